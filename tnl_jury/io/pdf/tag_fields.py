"""Tagged PDF (#19): the minutes' signature fields in the structure tree.

The empty signature fields are added by pyHanko after the PDF/A conversion, in an incremental
update (:func:`tnl_jury.io.pdf.signature_page.add_signature_fields`). A tagged PDF wants each
widget annotation inside a ``Form`` structure element (an object reference, ``OBJR``), with
``/StructParent`` on the widget pointing back through the parent tree (PDF/UA-1 7.18.4), and
its description in the field's ``/TU`` (the owner's name, already written by
:mod:`tnl_jury.io.signing.owners`). :func:`tag_signature_fields` adds that to the same update;
signing later fills the same widgets, so the structure still holds after each signature.
"""

from __future__ import annotations

from typing import Any


def tag_signature_fields(writer: Any) -> int:
    """Put every signature widget of ``writer`` (a pyHanko ``IncrementalPdfFileWriter``)
    under a ``Form`` element at the end of the document's structure, in field order; return
    how many. Does nothing to an untagged PDF (no ``/StructTreeRoot``) or to widgets already
    in the structure."""
    from pyhanko.pdf_utils import generic
    from pyhanko.sign.fields import enumerate_sig_fields

    root = writer.root
    if "/StructTreeRoot" not in root:
        return 0
    tree_ref = root.raw_get("/StructTreeRoot")
    tree = tree_ref.get_object()
    top: Any = tree["/K"]  # [Document], as io/pdf/tag_tree.py writes it
    document_ref = top.raw_get(0)
    document = document_ref.get_object()
    parent_tree_ref = tree.raw_get("/ParentTree")
    nums = parent_tree_ref.get_object()["/Nums"]
    next_key = int(tree["/ParentTreeNextKey"])
    tagged = 0
    for _field, _value, field_ref in enumerate_sig_fields(writer):
        field = field_ref.get_object()
        kids = field.get("/Kids")
        widget_refs = [kids.raw_get(i) for i in range(len(kids))] if kids else [field_ref]
        for widget_ref in widget_refs:
            widget = widget_ref.get_object()
            if "/StructParent" in widget or "/P" not in widget:
                continue
            page_ref = widget.raw_get("/P")
            objr = _dict(generic, {"/Type": _name("/OBJR"), "/Obj": widget_ref, "/Pg": page_ref})
            form = _dict(
                generic,
                {
                    "/Type": _name("/StructElem"),
                    "/S": _name("/Form"),
                    "/P": document_ref,
                    "/Pg": page_ref,
                    "/K": objr,
                },
            )
            form_ref = writer.add_object(form)
            document["/K"].append(form_ref)
            widget[generic.NameObject("/StructParent")] = _number(generic, next_key)
            nums.append(_number(generic, next_key))
            nums.append(form_ref)
            next_key += 1
            tagged += 1
            writer.mark_update(widget_ref)
    if tagged:
        tree[generic.NameObject("/ParentTreeNextKey")] = _number(generic, next_key)
        writer.mark_update(tree_ref)
        writer.mark_update(document_ref)
        writer.mark_update(parent_tree_ref)
    return tagged


def _name(value: str) -> Any:
    from pyhanko.pdf_utils import generic

    return generic.NameObject(value)


def _dict(generic: Any, entries: dict[str, Any]) -> Any:
    return generic.DictionaryObject({generic.NameObject(k): v for k, v in entries.items()})


def _number(generic: Any, value: int) -> Any:
    return generic.NumberObject(value)
