"""Opening an export: format detection by content, then raw sheets of cells.

Contract:

* :func:`detect_format` looks at the bytes, not the extension: a zip holding
  ``[Content_Types].xml`` and ``xl/workbook.xml`` is xlsx, a zip whose ``mimetype`` is the ODF
  spreadsheet type is ods, so is a zip without ``mimetype`` whose manifest declares that
  type (DS writes its ods with rodf, which leaves the member out: such a package is handed to
  python-calamine rewritten in memory with the member, see :mod:`odf_package`); any other
  zip is refused (with a hint when it is the attachments zip), an OLE2 container (old
  ``.xls``, or a password-protected workbook) is refused, and everything else is read as CSV.
* :func:`read_workbook` returns every sheet (``Etablissements`` too: the postal address) as
  rows of raw cells, as the library gives them (python-calamine: ``str``, ``float``, ``bool``,
  ``date``, ``datetime``…;
  the csv module: ``str``), padded to the same width, coordinates untouched (row 0 is the
  sheet's first row, column 0 its column A).
* CSV: UTF-8 with or without BOM, ``,`` or ``;`` separator (the one that splits the header
  into more columns). A file that is not UTF-8 is refused with :class:`NotUtf8Error`, naming
  the line of the first bad byte.
* Every failure is an :class:`ExportError` naming the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, Phrase
from tnl_jury.io.ds.errors import ExportError, NotUtf8Error, Place, placed
from tnl_jury.io.ds.odf_package import manifest_media_type, with_mimetype

Cell = str | float | int | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None
Format = Literal["xlsx", "ods", "csv"]

ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC = b"PK\x05\x06"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class RawSheet:
    """One sheet: its name and its rows of raw cells (all rows of the same width)."""

    name: str
    rows: list[list[Cell]]


@dataclass(frozen=True)
class RawWorkbook:
    """What :func:`read_workbook` read: the detected format and the sheets, in file order."""

    path: Path
    format: Format
    sheets: tuple[RawSheet, ...]
    warnings: tuple[Phrase, ...] = ()

    def sheet(self, name: str) -> RawSheet | None:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        return None


def detect_format(path: Path) -> Format:
    """The format of the export at ``path``, from its content (see the module's contract)."""
    name = path.name
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise ExportError(name, QT_TRANSLATE_NOOP("Errors", "no such file")) from None
    except OSError as exc:
        raise _unreadable(name, exc) from None
    if not head:
        raise ExportError(name, QT_TRANSLATE_NOOP("Errors", "the file is empty"))
    if head.startswith(_OLE2_MAGIC):
        raise ExportError(
            name,
            QT_TRANSLATE_NOOP(
                "Errors",
                "this is an old Excel (.xls) file or a password-protected workbook; export the "
                "dossiers again from Démarches Simplifiées as xlsx, ods or csv",
            ),
        )
    if head.startswith((_ZIP_MAGIC, _EMPTY_ZIP_MAGIC)):
        return _zip_format(path)
    return "csv"


def _unreadable(name: str, exc: OSError) -> ExportError:
    return ExportError(
        name,
        QT_TRANSLATE_NOOP("Errors", "cannot be read ({reason})"),
        reason=exc.strerror or exc,
    )


def _zip_format(path: Path) -> Format:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" in names:
                if "xl/workbook.xml" in names:
                    return "xlsx"
                raise ExportError(
                    path.name,
                    QT_TRANSLATE_NOOP("Errors", "this is an Office document, not a spreadsheet"),
                )
            if "mimetype" in names:
                mimetype = archive.read("mimetype")[:200].strip()
            else:  # DS's own ods (rodf) has no mimetype member: its manifest says the type
                mimetype = (manifest_media_type(archive) or "").encode("ascii", "replace")
            if mimetype == ODS_MIMETYPE:
                return "ods"
            if mimetype:
                raise ExportError(
                    path.name,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "this is an OpenDocument file of type {mimetype}, not a spreadsheet",
                    ),
                    mimetype=mimetype.decode("ascii", "replace"),
                )
            if any("dossier-" in n for n in names):
                raise ExportError(
                    path.name,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "this is the zip of attachments, not the spreadsheet of dossiers: give it "
                        "as the attachments file",
                    ),
                )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
        raise ExportError(
            path.name,
            QT_TRANSLATE_NOOP("Errors", "this spreadsheet is damaged ({detail})"),
            detail=exc,
        ) from None
    raise ExportError(
        path.name,
        QT_TRANSLATE_NOOP("Errors", "this is a zip archive, not a spreadsheet (xlsx, ods or csv)"),
    )


def read_workbook(path: Path) -> RawWorkbook:
    """Read the export at ``path`` (see the module's contract)."""
    fmt = detect_format(path)
    warnings = []
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("xlsx", "ods", "csv") and suffix != fmt:
        warnings.append(
            placed(
                Place(path.name),
                QT_TRANSLATE_NOOP(
                    "Errors", "this file is named .{suffix} but holds {format}: read as {format}"
                ),
                suffix=suffix,
                format=fmt,
            )
        )
    if fmt == "csv":
        rows, csv_warnings = read_csv_rows(path)
        sheet = RawSheet("Dossiers", rows)
        return RawWorkbook(path, fmt, (sheet,), tuple(warnings + csv_warnings))
    return RawWorkbook(path, fmt, _read_calamine(path, fmt), tuple(warnings))


def _read_calamine(path: Path, fmt: Format) -> tuple[RawSheet, ...]:
    from python_calamine import CalamineWorkbook

    sheets = []
    repacked = _ods_with_mimetype(path) if fmt == "ods" else None
    try:
        if repacked is not None:
            workbook = CalamineWorkbook.from_filelike(io.BytesIO(repacked))
        else:
            workbook = CalamineWorkbook.from_path(str(path))
        try:
            for name in workbook.sheet_names:
                rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
                sheets.append(RawSheet(str(name), _pad(cast("list[list[Cell]]", rows))))
        finally:
            workbook.close()
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as exc:  # calamine raises several types, Rust panics included
        detail = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise ExportError(
            path.name,
            QT_TRANSLATE_NOOP(
                "Errors", "cannot be read as an {format} spreadsheet: it is damaged ({detail})"
            ),
            format=fmt,
            detail=detail,
        ) from None
    if not sheets:
        raise ExportError(
            path.name, QT_TRANSLATE_NOOP("Errors", "this spreadsheet has no sheet of dossiers")
        )
    return tuple(sheets)


def _ods_with_mimetype(path: Path) -> bytes | None:
    """The bytes of an ods package without ``mimetype`` member (as DS writes it) with one
    added, for python-calamine; None when the package has its member."""
    try:
        with zipfile.ZipFile(path) as archive:
            if "mimetype" in archive.namelist():
                return None
        return with_mimetype(path, ODS_MIMETYPE.decode("ascii"))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
        raise ExportError(
            path.name,
            QT_TRANSLATE_NOOP("Errors", "this spreadsheet is damaged ({detail})"),
            detail=exc,
        ) from None


def _pad(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Every row as wide as the widest (csv rows may be ragged)."""
    width = max((len(r) for r in rows), default=0)
    for r in rows:
        if len(r) < width:
            r.extend([""] * (width - len(r)))
    return rows


def read_csv_rows(path: Path) -> tuple[list[list[Cell]], list[Phrase]]:
    """The rows of a CSV export (see the module's contract), and warnings about rows that
    have fewer or more fields than the header (padded; extra fields are dropped)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(path.name, exc) from None
    text = decode_utf8(data, path.name)
    if not text.strip():
        raise ExportError(path.name, QT_TRANSLATE_NOOP("Errors", "the file is empty"))
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        rows: list[list[Cell]] = [list(row) for row in reader]
    except csv.Error as exc:
        raise ExportError(
            path.name,
            QT_TRANSLATE_NOOP("Errors", "this is not a readable CSV file (line {line}: {detail})"),
            line=reader.line_num,
            detail=exc,
        ) from None
    warnings = []
    width = len(rows[0]) if rows else 0
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != width and any(row):
            warnings.append(_ragged_row(path.name, number, len(row), width))
            del row[width:]
    return _pad(rows), warnings


def _ragged_row(file: str, number: int, fields: int, width: int) -> Phrase:
    """The warning about row ``number``, which has ``fields`` fields for a ``width``-wide
    header."""
    gap = abs(fields - width)
    if fields < width:
        template = (
            QT_TRANSLATE_NOOP(
                "Errors",
                "1 field fewer than the header ({fields} instead of {width}); the missing one "
                "is read as empty",
            )
            if gap == 1
            else QT_TRANSLATE_NOOP(
                "Errors",
                "{gap} fields fewer than the header ({fields} instead of {width}); the missing "
                "ones are read as empty",
            )
        )
    elif gap == 1:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "1 field more than the header ({fields} instead of {width}); the extra one is ignored",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "{gap} fields more than the header ({fields} instead of {width}); the extra ones "
            "are ignored",
        )
    return placed(Place(file, row=number), template, gap=gap, fields=fields, width=width)


def decode_utf8(data: bytes, name: str) -> str:
    """``data`` as text: UTF-8, with or without BOM; else :class:`NotUtf8Error`."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotUtf8Error(
            name,
            QT_TRANSLATE_NOOP(
                "Errors", "this file is UTF-16 text, not UTF-8: save it again as “CSV UTF-8”"
            ),
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise NotUtf8Error(
            name,
            QT_TRANSLATE_NOOP(
                "Errors",
                "this file is not UTF-8 text (byte 0x{byte} on line {line}; it was probably "
                "saved as Windows-1252 or Latin-1): save it again as “CSV UTF-8”",
            ),
            byte=f"{data[exc.start]:02X}",
            line=line,
        ) from None


def _sniff_delimiter(text: str) -> str:
    """``;`` when it splits the header record into more columns than ``,`` does, else ``,``."""
    widths = {
        d: len(next(csv.reader(io.StringIO(text, newline=""), delimiter=d), [])) for d in (",", ";")
    }
    return ";" if widths[";"] > widths[","] else ","
