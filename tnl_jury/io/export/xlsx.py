"""The results spreadsheet as an Office Open XML workbook (.xlsx), written with openpyxl.

openpyxl's write-only mode (``Workbook(write_only=True)``) streams each row to the sheet's XML
as it is appended, so the memory stays bounded whatever the number of rows. Each sheet gets a
bold header row, frozen (``freeze_panes``), an auto-filter over header and data (openpyxl adds
the ``_xlnm._FilterDatabase`` name Excel and LibreOffice expect beside it), the columns' widths,
and wrapped text in the columns marked ``wrap``, in rows tall enough for it (an estimate from
the text's length: neither Excel nor LibreOffice 7.4 fits a row's height to an xlsx's wrapped
text on opening). Printing: A4 landscape, fitted to the page's width, header row repeated.
Numbers are number cells: scores with the "0.00" format (a French Excel or LibreOffice shows
12,50), dates with dd/mm/yyyy.

Formula safety: openpyxl reads a ``str`` starting with "=" as a formula (and "#N/A" and the
other error codes as error values). Plain texts are handed over as ``str``; a text that starts
with a formula character (:func:`~tnl_jury.io.export.sheets.is_formula_like`) or is an error
code goes in a :class:`~openpyxl.cell.WriteOnlyCell` whose ``data_type`` is forced back to "s"
after the value is set, so openpyxl writes it as an inline string (``t="inlineStr"``), never an
``<f>`` element. Such a cell also gets ``quotePrefix`` (``cell.quotePrefix = True``, the
``quotePrefix`` flag of its cell format), Excel's mark for "typed with a leading apostrophe":
the cell stays text even when the user edits it and presses Enter.

Text encoding that openpyxl leaves to the caller: Excel decodes ``_xHHHH_`` in a cell's text as
an escaped character, so a literal ``_xHHHH_`` is written ``_x005F_xHHHH_``. A carriage return
is written as ``&#13;`` by openpyxl's lxml writer; without lxml (ElementTree) it would be read
back as a line feed, so it is then written ``_x000D_``, the escape Excel itself uses.

Numbers: openpyxl writes them with 16 significant digits (``"%.16g"``), so a score such as
2.5833333333333335 reads back as 2.583333333333333 — far below the two decimals shown, and
Excel itself keeps 15 digits.

The zip is written the way ``Workbook.save`` writes it (:class:`openpyxl.writer.excel.ExcelWriter`)
into an archive this module opens, so that it is closed even on error, with deflate level 3
instead of the default 6: the compression takes half the time, for a file about 10 % larger.
openpyxl first writes each sheet to a temporary file of the system's temporary folder; after a
cancel or an error those files are removed at once, not when the process exits.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from tnl_jury.io.export._common import Progress
from tnl_jury.io.export.sheets import (
    DATE_FORMAT,
    FORMULA_TRIGGERS,
    SCORE_FORMAT,
    Column,
    Kind,
    Sheet,
    Value,
    column_letters,
    is_formula_like,
)

if TYPE_CHECKING:
    from openpyxl import Workbook

# Deflate level 3: measured on the detailed scores' XML, half the compression time of the
# default level 6 (about 1 s of CPU on the 1,000-dossier edition).
_LEVEL: Final = 3

# Texts openpyxl would store as error values rather than strings (its ``ERROR_CODES``).
_ERROR_CODES: Final = frozenset(
    ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A")
)

# What Excel would decode as an escaped character: written with its "_" escaped, as "_x005F_".
_ESCAPED_CHAR: Final = re.compile(r"_(x[0-9A-Fa-f]{4}_)")

# Row heights in points: a line of Calibri 11 takes 15; Excel refuses more than 409.
LINE_HEIGHT: Final = 15.0
MAX_ROW_HEIGHT: Final = 409.0

# A value as openpyxl's ``append`` takes it: a plain value, or a styled cell.
Out = Any
Convert = Callable[[Value], Out]


def write_xlsx(sheets: Sequence[Sheet], path: Path, progress: Progress, *, title: str = "") -> None:
    """Write ``sheets`` as a workbook at ``path`` (overwritten if present).

    Each sheet gets a bold, frozen header row, an auto-filter over header and data, the
    columns' widths, and wrapped text in the columns marked ``wrap``.
    """
    from openpyxl import LXML, Workbook
    from openpyxl.writer.excel import ExcelWriter

    wb = Workbook(write_only=True)
    wb.properties.creator = "tnl-jury"
    if title:
        wb.properties.title = title
    styles = _Styles()
    try:
        for index, sheet in enumerate(sheets):
            progress.start(sheet.name)
            _write_sheet(wb, sheet, progress, styles, selected=index == 0, cr_escape=not LXML)
        progress.start("")
        # What Workbook.save does, with a faster deflate level.
        archive = zipfile.ZipFile(
            path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=_LEVEL, allowZip64=True
        )
        with archive:
            ExcelWriter(wb, archive).save()
    except BaseException:
        _discard(wb)
        raise


class _Styles:
    """The few style objects every styled cell shares (created once, not once per cell)."""

    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Font

        self.bold = Font(name="Calibri", sz=11, family=2, b=True, scheme="minor")  # Normal, bold
        self.wrap = Alignment(vertical="top", wrap_text=True)


def _write_sheet(
    wb: Workbook,
    sheet: Sheet,
    progress: Progress,
    styles: _Styles,
    *,
    selected: bool,
    cr_escape: bool,
) -> None:
    from openpyxl.cell import WriteOnlyCell

    ws = wb.create_sheet(sheet.name)
    # Write-only mode writes everything that comes before the rows with the first row: the
    # columns' widths, the frozen pane and the view must be set now.
    for i, column in enumerate(sheet.columns, 1):
        ws.column_dimensions[column_letters(i)].width = column.width
    ws.freeze_panes = "A2"
    ws.sheet_view.selection[0].activeCell = ws.sheet_view.selection[0].sqref = "A2"
    ws.sheet_view.tabSelected = selected
    ws.auto_filter.ref = f"A1:{column_letters(len(sheet.columns))}{sheet.row_count + 1}"
    _page_setup(ws)

    header = []
    for column in sheet.columns:
        header_text = column.header
        cell = _text_cell(ws, header_text, cr_escape) or WriteOnlyCell(
            ws, _escaped(header_text, cr_escape)
        )
        cell.font = styles.bold
        cell.alignment = styles.wrap
        header.append(cell)
    lines = max(wrapped_lines(c.header, c.width - 3) for c in sheet.columns)
    if lines > 1:
        ws.row_dimensions[1].height = lines * LINE_HEIGHT + 2
    ws.append(header)

    converts = [_converter(ws, column, styles, cr_escape) or _same for column in sheet.columns]
    append, step = ws.append, progress.step
    wrapped = [(i, c.width) for i, c in enumerate(sheet.columns) if c.wrap]
    if not wrapped:  # the fast path (the detailed scores): default row heights
        for row in sheet.rows():
            append([convert(value) for convert, value in zip(converts, row, strict=True)])
            step()
        return
    dims = ws.row_dimensions
    for index, row in enumerate(sheet.rows(), 2):
        lines = max(wrapped_lines(row[i], width) for i, width in wrapped)
        if lines > 1:  # written with the row: a height tall enough for the wrapped text
            dims[index].height = min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 2)
        append([convert(value) for convert, value in zip(converts, row, strict=True)])
        step()


def wrapped_lines(value: Value, width: float) -> int:
    """About how many lines ``value`` takes in a wrapped column ``width`` characters wide:
    each paragraph's length over the characters a line holds (a little more than the width,
    which counts "0" digits, wider than the average letter), at least one line."""
    if not isinstance(value, str) or not value:
        return 1
    per_line = max(1, int(width * 1.25))
    return sum(max(1, -(-len(part) // per_line)) for part in value.split("\n"))


def _page_setup(ws: Any) -> None:
    """Printing: A4 landscape, every column on the page's width (as many pages down as
    needed), the header row repeated on each page, the sheet's name and page numbers in the
    footer."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4 (openpyxl: Worksheet.PAPERSIZE_A4)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = "&P / &N"


def _same(value: Value) -> Out:
    return value


def _converter(ws: Any, column: Column, styles: _Styles, cr_escape: bool) -> Convert | None:
    """The function that turns a value of ``column`` into what ``ws.append`` takes.

    None when values can be handed over as they are (integers; None is an empty cell).
    """
    from openpyxl.cell import WriteOnlyCell

    kind = column.kind
    if kind is Kind.INTEGER:
        return None
    if kind is Kind.SCORE:

        def score(value: Value) -> Out:
            if value is None:
                return None
            cell = WriteOnlyCell(ws, value)
            cell.number_format = SCORE_FORMAT
            return cell

        return score
    if kind is Kind.DATE:

        def date(value: Value) -> Out:
            if not isinstance(value, dt.date):
                return None
            if isinstance(value, dt.datetime):  # the day only: the column shows dd/mm/yyyy
                value = value.date()
            cell = WriteOnlyCell(ws, value)
            cell.number_format = DATE_FORMAT
            return cell

        return date
    if column.wrap:
        wrap = styles.wrap

        def wrapped(value: Value) -> Out:
            if not value:
                return None
            text = str(value)
            cell = _text_cell(ws, text, cr_escape) or WriteOnlyCell(ws, _escaped(text, cr_escape))
            cell.alignment = wrap
            return cell

        return wrapped

    # The fast path of the 360,000-row sheet: most texts are handed over as they are.
    risky = (*FORMULA_TRIGGERS, "#")

    def text(value: Any) -> Out:  # a str (the rows' contract) or None
        if not value:  # "" as no cell at all, as None
            return None
        if value.startswith(risky):
            return _text_cell(ws, value, cr_escape) or _escaped(value, cr_escape)
        if "_x" in value or "\r" in value:
            return _escaped(value, cr_escape)
        return value

    return text


def _text_cell(ws: Any, text: str, cr_escape: bool) -> Any:
    """A string cell with ``quotePrefix`` when openpyxl would not store ``text`` as a plain
    string (a formula or an error value) or a spreadsheet could read it as a formula; else None.
    """
    if not (is_formula_like(text) or (text[:1] == "#" and text in _ERROR_CODES)):
        return None
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, _escaped(text, cr_escape))
    cell.data_type = "s"  # after the value: openpyxl made "=..." a formula, "#N/A" an error
    cell.quotePrefix = True
    return cell


def _escaped(text: str, cr_escape: bool) -> str:
    """``text`` with what Excel would decode escaped (see the module's docstring)."""
    if "_x" in text:
        text = _ESCAPED_CHAR.sub(r"_x005F_\1", text)
    if cr_escape and "\r" in text:
        text = text.replace("\r", "_x000D_")
    return text


def _discard(wb: Workbook) -> None:
    """Close and delete the temporary files openpyxl has written the sheets to so far.

    openpyxl only deletes them once saved, or when the process exits: a cancelled export
    would otherwise leave them in the temporary folder for as long as the app runs.
    """
    from openpyxl.worksheet import _writer

    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            rows = getattr(ws, "_rows", None)
            if rows is not None:
                rows.close()
            writer.close()
        out = writer.out
        if isinstance(out, str):
            with contextlib.suppress(OSError):
                Path(out).unlink()
            with contextlib.suppress(ValueError):
                _writer.ALL_TEMP_FILES.remove(out)
