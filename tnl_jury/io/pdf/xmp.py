"""Refreshing a document's XMP packet after a change, in a form strict validators accept.

pyHanko (0.38) rewrites the whole packet at each incremental update it writes (the signature
fields, each signature), declaring the ``dc`` namespace on every ``dc:`` element instead of on
``rdf:Description``: PDFBox Preflight then reports "7.3 Schema is not set … dc/elements/1.1".
So we write the packet ourselves (see :func:`tnl_jury.io.pdf.pdfa.keep_metadata_in_step`):
the packet already in the file (pikepdf's, well-formed) with the producer and the dates
changed, and every namespace declared once on ``rdf:Description``.
"""

from __future__ import annotations

import datetime as dt

from lxml import etree

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
# The schemas our documents use (ISO 19005 and XMP part 1), declared on rdf:Description.
NAMESPACES = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
}
_HEADER = '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
_TRAILER = '\n<?xpacket end="w"?>'


def refresh_xmp(packet: bytes, producer: str, when: dt.datetime) -> bytes:
    """Return ``packet`` with ``pdf:Producer`` = ``producer`` and ``xmp:ModifyDate`` and
    ``xmp:MetadataDate`` = ``when`` (aware), set as elements, the namespaces of
    :data:`NAMESPACES` declared on each ``rdf:Description`` and nowhere below it.

    Properties written as attributes of ``rdf:Description`` (pyHanko's form) become elements
    too. Raises ``ValueError`` when ``packet`` is not an XMP packet.
    """
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(packet.strip(), parser)  # the xpacket PIs are siblings: dropped
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"unreadable XMP packet: {exc}") from exc
    descriptions = root.findall(f".//{{{RDF}}}Description")
    if not descriptions:
        raise ValueError("XMP packet without rdf:Description")
    for description in descriptions:
        _attributes_to_elements(description)
    values = {
        f"{{{NAMESPACES['pdf']}}}Producer": producer,
        f"{{{NAMESPACES['xmp']}}}ModifyDate": when.isoformat(),
        f"{{{NAMESPACES['xmp']}}}MetadataDate": when.isoformat(),
    }
    for tag, value in values.items():
        found = root.find(f".//{tag}")
        if found is None:
            found = etree.SubElement(descriptions[0], tag)
        found.text = value
    # Rebuild each rdf:Description with the namespaces on itself; cleanup_namespaces then
    # drops the now redundant declarations of its children.
    for description in descriptions:
        parent = description.getparent()
        assert parent is not None  # found below the root
        rebuilt = etree.Element(
            description.tag, attrib=dict(description.attrib), nsmap={"rdf": RDF, **NAMESPACES}
        )
        rebuilt.extend(list(description))
        parent.replace(description, rebuilt)
    etree.cleanup_namespaces(root)
    body: str = etree.tostring(root, encoding="unicode", pretty_print=True)
    return (_HEADER + body + _TRAILER).encode("utf-8")


def _attributes_to_elements(description: etree._Element) -> None:
    """``<rdf:Description pdf:Producer="x">`` → ``<pdf:Producer>x</pdf:Producer>`` (both are
    RDF; the element form is the one every validator reads)."""
    for name, value in list(description.attrib.items()):
        if str(name).startswith(f"{{{RDF}}}"):
            continue  # rdf:about stays an attribute
        del description.attrib[name]
        etree.SubElement(description, name).text = value
