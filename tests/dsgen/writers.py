"""Writers of the spreadsheet exports: xlsx (openpyxl), ods (odfpy), csv (the csv module).

``write_*`` take an :class:`~dsgen.model.Export` and a variant; ``save_*`` lay out ready-made
:class:`~dsgen.tables.Table` objects (the hostile-file makers edit tables, then save them).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill

from .model import Export
from .tables import Cell, Table, Variant, build_tables

_HEADER_FONT = Font(bold=True, color="FFFFFF", size=12)
_HEADER_FILL = PatternFill("solid", fgColor="000000")


def _text_cell(ws: object, value: str) -> WriteOnlyCell:
    """A text cell for a string that openpyxl would otherwise store as a formula (``=…``)."""
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    return cell


def save_xlsx(path: Path, tables: Sequence[Table]) -> Path:
    """Write ``tables`` as sheets of an xlsx file (write-only mode; DS's black bold header)."""
    wb = Workbook(write_only=True)
    for table in tables:
        ws = wb.create_sheet(table.name)
        header = []
        for text in table.header:
            cell = WriteOnlyCell(ws, value=text)
            cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
            header.append(cell)
        ws.append(header)
        for row in table.rows:
            ws.append(
                [_text_cell(ws, v) if isinstance(v, str) and v[:1] == "=" else v for v in row]
            )
    wb.save(path)
    return path


def _ods_cell(value: Cell) -> object:
    from odf.table import TableCell
    from odf.text import P

    if value is None:
        return TableCell()
    if isinstance(value, bool):
        cell = TableCell(valuetype="boolean", booleanvalue="true" if value else "false")
        text = "VRAI" if value else "FAUX"
    elif isinstance(value, int | float):
        cell = TableCell(valuetype="float", value=value)
        text = str(value)
    elif isinstance(value, dt.datetime):
        cell = TableCell(valuetype="date", datevalue=value.strftime("%Y-%m-%dT%H:%M:%S"))
        text = value.strftime("%d/%m/%Y %H:%M:%S")
    elif isinstance(value, dt.date):
        cell = TableCell(valuetype="date", datevalue=value.isoformat())
        text = value.strftime("%d/%m/%Y")
    else:
        cell = TableCell(valuetype="string")
        for line in re.split(r"\r?\n", value):
            cell.addElement(P(text=line))
        return cell
    cell.addElement(P(text=text))
    return cell


def save_ods(path: Path, tables: Sequence[Table]) -> Path:
    """Write ``tables`` as sheets of an ods file; a multi-line text is one paragraph per line."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table as OdsTable
    from odf.table import TableRow

    doc = OpenDocumentSpreadsheet()
    for table in tables:
        sheet = OdsTable(name=table.name)
        for values in [table.header, *table.rows]:
            tr = TableRow()
            for value in values:
                tr.addElement(_ods_cell(value))
            sheet.addElement(tr)
        doc.spreadsheet.addElement(sheet)
    doc.save(str(path))
    return path


def _csv_value(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def save_csv(
    path: Path,
    table: Table,
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
    bom: bool = False,
) -> Path:
    """Write one table as csv: ``"`` quoting when needed, ``\\n`` line ends.

    DS writes ``delimiter=","``, UTF-8, no BOM. ``encoding="cp1252"`` gives the "Latin-1" file that
    a spreadsheet re-saved on Windows produces (``œ`` and ``–`` exist in cp1252, not in ISO-8859-1;
    characters missing from the encoding become ``?``). ``bom`` prefixes the UTF-8 byte order mark.
    """
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, quotechar='"', lineterminator="\n")
    writer.writerow(table.header)
    writer.writerows([_csv_value(v) for v in row] for row in table.rows)
    data = buf.getvalue().encode(encoding, errors="replace")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def write_xlsx(path: Path, export: Export, variant: Variant = "current") -> Path:
    """DS's xlsx export: sheets ``Dossiers``, ``Etablissements``, ``Avis``, then one per filled
    repeated block; dossier dates are real date-time cells. ``template``: ``Dossiers`` only."""
    return save_xlsx(path, build_tables(export, "xlsx", variant))


def write_ods(path: Path, export: Export, variant: Variant = "current") -> Path:
    """DS's ods export: the same sheets as xlsx, dossier dates as text
    ``2024-03-05 14:30:12 +0100``; numbers are float cells."""
    return save_ods(path, build_tables(export, "ods", variant))


def write_csv(
    path: Path,
    export: Export,
    variant: Variant = "current",
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
    bom: bool = False,
) -> Path:
    """DS's csv export: ``Dossiers`` only, the 31-column SIRET block instead of
    ``Entreprise raison sociale``, dates as text. Options as in :func:`save_csv`."""
    table = build_tables(export, "csv", variant)[0]
    return save_csv(path, table, delimiter=delimiter, encoding=encoding, bom=bom)
