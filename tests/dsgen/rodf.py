"""The ods file Démarches Simplifiées really writes: built the way the rodf gem builds it.

Follows ``shared/reference/demarches-simplifiees-export.md`` ("Cell encoding per format"), not
what our reader expects:

* the zip holds ``META-INF/manifest.xml``, ``styles.xml`` and ``content.xml``, deflated, and
  **no** ``mimetype`` member (readers that insist on it refuse the file; LibreOffice opens it);
* strings are stripped of leading and trailing spaces; ``None`` and the standard export's
  ``"false"`` become empty cells (a boolean column reads ``true`` or empty);
* numbers are float cells; a Python ``bool`` (a template export's typed yes/no) is a boolean
  cell whose ``office:value`` is ``1`` / ``0``; date-times are text (the tables hold text
  for ods already);
* a text is split on ``\\n`` into one paragraph per line, so a CRLF text leaves a ``\\r`` at the
  end of each paragraph.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from .tables import Cell, Table

SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet"
_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)
MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">\n'
    f' <manifest:file-entry manifest:media-type="{SPREADSHEET}" manifest:full-path="/"/>\n'
    ' <manifest:file-entry manifest:media-type="text/xml" manifest:full-path="content.xml"/>\n'
    ' <manifest:file-entry manifest:media-type="text/xml" manifest:full-path="styles.xml"/>\n'
    "</manifest:manifest>\n"
)
STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {_NS} '
    'office:version="1.2"><office:styles/></office:document-styles>\n'
)


def _cell(value: Cell) -> str:
    if isinstance(value, bool):  # a template's typed yes/no or checkbox: 1 / 0
        flag, word = ("1", "true") if value else ("0", "false")
        return (
            f'<table:table-cell office:value-type="boolean" office:value="{flag}">'
            f"<text:p>{word}</text:p></table:table-cell>"
        )
    if value is None or value == "false":
        return "<table:table-cell/>"
    if isinstance(value, int | float):
        number = float(value)
        return (
            f'<table:table-cell office:value-type="float" office:value="{number!r}">'
            f"<text:p>{number!r}</text:p></table:table-cell>"
        )
    if isinstance(value, dt.datetime):
        value = value.strftime("%Y-%m-%d %H:%M:%S +0200")
    elif isinstance(value, dt.date):
        value = value.isoformat()
    text = value.strip()
    if not text:
        return "<table:table-cell/>"
    paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in text.split("\n"))
    return f'<table:table-cell office:value-type="string">{paragraphs}</table:table-cell>'


def content_xml(tables: Sequence[Table]) -> str:
    """The ``content.xml`` of ``tables`` (one ``table:table`` per sheet)."""
    parts = [
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_NS} '
        'office:version="1.2"><office:body><office:spreadsheet>'
    ]
    for table in tables:
        parts.append(f"<table:table table:name={quoteattr(table.name)}>")
        for values in [table.header, *table.rows]:
            parts.append("<table:table-row>")
            parts.extend(_cell(v) for v in values)
            parts.append("</table:table-row>")
        parts.append("</table:table>")
    parts.append("</office:spreadsheet></office:body></office:document-content>\n")
    return "".join(parts)


def save_rodf_ods(path: Path, tables: Sequence[Table]) -> Path:
    """Write ``tables`` as rodf does (see the module's doc): no ``mimetype`` member."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("META-INF/manifest.xml", MANIFEST)
        zf.writestr("styles.xml", STYLES)
        zf.writestr("content.xml", content_xml(tables))
    return path
