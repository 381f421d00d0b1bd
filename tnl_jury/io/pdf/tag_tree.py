"""Tagged PDF (#19): the structure tree, written with pikepdf after reportlab.

:mod:`.tagging` marked the content and recorded, in reading order, which element owns each
marked-content sequence. :func:`add_structure` turns that record into what a reader walks:
``/StructTreeRoot`` with one ``Document`` element, the ``/ParentTree`` number tree (each
page's MCIDs to their elements) and ``/StructParents`` on the pages, ``/MarkInfo
<</Marked true>>``, the language (``fr-FR``), ``/DisplayDocTitle`` (readers announce the title,
not the file name) and ``/Tabs /S`` on the pages (fields in structure order).

Headings are written ``H1``… by rank among the heading styles the document uses, so that the
levels never skip. A figure gets its ``/Alt`` and its bounding box.

pikepdf is imported inside the function: it is slow to import and the app must start fast.
"""

from __future__ import annotations

import io
from typing import Any

from tnl_jury.io.pdf.tagging import HEADING_STYLES, Node, Recorder

LANG = "fr-FR"


def add_structure(raw: bytes, recorder: Recorder) -> bytes:
    """Return ``raw`` (the PDF whose drawing ``recorder`` followed) with its structure tree."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name

    with pikepdf.open(io.BytesIO(raw)) as pdf:
        pages = [page.obj for page in pdf.pages]
        levels = _heading_levels(recorder.root)
        owners: dict[int, dict[int, Any]] = {}

        def element(node: Node, parent: Any) -> Any:
            tag = levels.get(id(node), "H1") if node.tag == "H" else node.tag
            obj = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + tag), P=parent))
            kids = Array()
            first_page = node.refs[0][0] if node.refs else None
            if first_page is None:
                first_page = _first_page(node)
            if first_page is not None:
                obj.Pg = pages[first_page]
            for page, mcid in node.refs:
                owners.setdefault(page, {})[mcid] = obj
                if page == first_page:
                    kids.append(mcid)
                else:
                    kids.append(Dictionary(Type=Name.MCR, Pg=pages[page], MCID=mcid))
            for kid in node.kids:
                if _has_content(kid):
                    kids.append(element(kid, obj))
            obj.K = kids
            if node.alt:
                obj.Alt = pikepdf.String(node.alt)
            attributes = Dictionary()
            if node.scope:
                attributes = Dictionary(O=Name.Table, Scope=Name("/" + node.scope))
            if node.bbox is not None:
                attributes = Dictionary(O=Name.Layout, BBox=Array(list(node.bbox)))
            if len(attributes):
                obj.A = attributes
            return obj

        root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        document = element(recorder.root, root)
        nums = Array()
        for index, page in enumerate(pages):
            page.StructParents = index
            page.Tabs = Name.S
            mcids = owners.get(index, {})
            nums.append(index)
            nums.append(pdf.make_indirect(Array([mcids[m] for m in sorted(mcids)])))
        root.K = Array([document])
        root.ParentTree = pdf.make_indirect(Dictionary(Nums=nums))
        root.ParentTreeNextKey = len(pages)
        pdf.Root.StructTreeRoot = root
        pdf.Root.MarkInfo = Dictionary(Marked=True)
        pdf.Root.Lang = pikepdf.String(LANG)
        pdf.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _heading_levels(root: Node) -> dict[int, str]:
    """Each heading's tag (``H1``…), by the id of its node.

    A heading style's level is its rank among the styles the document uses (a letter's only
    heading style is ``H1``); a heading never goes more than one level below the one before
    it (the minutes' annex puts ``h3`` headings under an ``h1``), so levels never skip.
    """
    headings = [node for node in _in_order(root) if node.tag == "H" and node.refs]
    used = [style for style in HEADING_STYLES if any(h.heading == style for h in headings)]
    rank = {style: number for number, style in enumerate(used, start=1)}
    levels: dict[int, str] = {}
    previous = 0
    for heading in headings:
        level = min(rank[heading.heading], previous + 1)
        levels[id(heading)] = f"H{level}"
        previous = level
    return levels


def _in_order(node: Node) -> list[Node]:
    return [node, *(n for kid in node.kids for n in _in_order(kid))]


def _has_content(node: Node) -> bool:
    # A table keeps its empty cells: a reader counts rows and columns.
    if node.tag in ("TR", "TH", "TD"):
        return True
    return bool(node.refs) or any(_has_content(kid) for kid in node.kids)


def _first_page(node: Node) -> int | None:
    for kid in node.kids:
        if kid.refs:
            return kid.refs[0][0]
        page = _first_page(kid)
        if page is not None:
            return page
    return None
