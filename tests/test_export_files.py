"""The xlsx, ods and csv files of the results, read back by independent readers.

python-calamine and openpyxl read the xlsx, calamine and the ODF XML itself the ods, the
``csv`` module the csv. LibreOffice's reading is in ``test_export_libreoffice.py``.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from export_records import DANGEROUS, HYPERLINK, large_record, tricky_record
from python_calamine import CalamineWorkbook

from tnl_jury.domain.errors import UserError
from tnl_jury.io.atomic import AtomicWriteError, Cancelled
from tnl_jury.io.export import write_results
from tnl_jury.io.export.sheets import (
    Kind,
    Sheet,
    column_letters,
    is_formula_like,
    results_sheets,
)

SHEETS = ["Décisions", "Palmarès", "Notes détaillées", "Jury"]
NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The tricky edition written once in each format."""
    folder = tmp_path_factory.mktemp("export")
    record = tricky_record()
    out = {}
    for fmt in ("xlsx", "ods", "csv"):
        [out[fmt]] = write_results(record, folder / f"résultats.{fmt}")
    return out


def as_calamine(sheet: Sheet) -> list[list[object]]:
    """What calamine should read: numbers as floats, dates as dates, empty cells as ""."""

    def cell(value: object) -> object:
        if value is None:
            return ""
        if isinstance(value, bool | str | dt.date):
            return value
        assert isinstance(value, int | float)
        return float(value)

    header: list[object] = [c.header for c in sheet.columns]
    return [header, *([cell(v) for v in row] for row in sheet.rows())]


def read_calamine(path: Path) -> dict[str, list[list[object]]]:
    wb = CalamineWorkbook.from_path(str(path))
    sheets: dict[str, list[list[object]]] = {}
    for name in wb.sheet_names:
        sheets[name] = [list(row) for row in wb.get_sheet_by_name(name).to_python()]
    return sheets


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
def test_calamine_reads_back_the_same_values(written: dict[str, Path], fmt: str) -> None:
    got = read_calamine(written[fmt])
    assert list(got) == SHEETS
    for sheet in results_sheets(tricky_record()):
        assert got[sheet.name] == as_calamine(sheet), sheet.name
    decisions = got["Décisions"]
    # Numbers are numbers, not text that looks like one.
    assert all(isinstance(row[6], float) for row in decisions[1:] if row[6] != "")
    assert isinstance(got["Jury"][1][4], dt.date)
    assert HYPERLINK in [row[1] for row in decisions]


def test_xlsx_and_ods_hold_the_same_content(written: dict[str, Path]) -> None:
    assert read_calamine(written["xlsx"]) == read_calamine(written["ods"])


def test_openpyxl_sees_strings_never_formulas(written: dict[str, Path]) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.load_workbook(written["xlsx"])
    assert wb.sheetnames == SHEETS
    seen_dangerous = set()
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
                if isinstance(c.value, str) and is_formula_like(c.value):
                    assert c.data_type == "s" and c.quotePrefix, c.coordinate
                    seen_dangerous.add(c.value)
    assert set(DANGEROUS) <= seen_dangerous
    decisions = wb["Décisions"]
    column = {c.value: c.column_letter for c in decisions[1]}
    level, score = column["Niveau"], column["Score global"]
    assert decisions[f"{level}1"].font.b
    assert isinstance(decisions[f"{level}2"].value, int)
    assert decisions[f"{score}2"].number_format == "0.00"
    assert isinstance(decisions[f"{score}2"].value, float)
    assert decisions[f"{column['Motivation']}2"].alignment.wrap_text
    assert decisions.column_dimensions["B"].width == 32
    record = tricky_record()
    assert record.meeting is not None and record.meeting.held_on is not None
    assert wb["Jury"]["E2"].number_format == "dd/mm/yyyy"
    assert wb["Jury"]["E2"].value.date() == record.meeting.held_on
    assert wb.properties.title == f"{record.label_name} – {record.edition_title}"


def test_xlsx_xml_has_no_formula_element(written: dict[str, Path]) -> None:
    with zipfile.ZipFile(written["xlsx"]) as zf:
        sheets = [n for n in zf.namelist() if n.startswith("xl/worksheets/")]
        assert len(sheets) == 4
        xml = "".join(zf.read(n).decode() for n in sheets)
        workbook = zf.read("xl/workbook.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    assert '<t>=HYPERLINK("http://x","clic")</t>' in xml.replace("&quot;", '"')
    assert workbook.count("_xlnm._FilterDatabase") == 4


def test_ods_package_is_valid_and_has_no_formula(written: dict[str, Path]) -> None:
    with zipfile.ZipFile(written["ods"]) as zf:
        first = zf.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert zf.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
        manifest = ET.fromstring(zf.read("META-INF/manifest.xml"))
        listed = {e.get(f"{{{NS['manifest']}}}full-path") for e in manifest}
        assert listed == {"/", "content.xml", "styles.xml", "meta.xml", "settings.xml"}
        for name in ("content.xml", "styles.xml", "meta.xml", "settings.xml"):
            ET.fromstring(zf.read(name))  # well-formed
        content_bytes = zf.read("content.xml")
        settings = ET.fromstring(zf.read("settings.xml"))
    assert b"formula" not in content_bytes  # neither table:formula nor anything like it
    content = ET.fromstring(content_bytes)
    tables = content.findall(".//table:table", NS)
    assert [t.get(f"{{{NS['table']}}}name") for t in tables] == SHEETS
    ranges = content.findall(".//table:database-range", NS)
    assert [r.get(f"{{{NS['table']}}}target-range-address") for r in ranges] == [
        f"'{s.name}'.A1:'{s.name}'.{_last_cell(s)}" for s in results_sheets(tricky_record())
    ]
    assert all(r.get(f"{{{NS['table']}}}display-filter-buttons") == "true" for r in ranges)
    # Every text cell is a string cell.
    for cell in content.iterfind(".//table:table-cell", NS):
        if cell.find("{urn:oasis:names:tc:opendocument:xmlns:text:1.0}p") is not None:
            assert cell.get(f"{{{NS['office']}}}value-type") == "string"
    # The first row frozen in every sheet.
    entries = settings.findall(".//config:config-item-map-named/config:config-item-map-entry", NS)
    assert [e.get(f"{{{NS['config']}}}name") for e in entries] == SHEETS
    for entry in entries:
        items = {i.get(f"{{{NS['config']}}}name"): i.text for i in entry}
        assert items["VerticalSplitMode"] == "2" and items["VerticalSplitPosition"] == "1"
        assert items["HorizontalSplitMode"] == "0"


def _last_cell(sheet: Sheet) -> str:
    return f"{column_letters(len(sheet.columns))}{sheet.row_count + 1}"


def test_csv_is_utf8_bom_rfc4180_with_quote_prefix_exactly_on_formula_like_texts(
    written: dict[str, Path],
) -> None:
    raw = written["csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfN\xc2\xb0 de dossier,")  # BOM, then "N° de dossier"
    assert b"\r\n" in raw
    with written["csv"].open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    decisions = results_sheets(tricky_record())[0]
    assert rows[0] == [c.header for c in decisions.columns]
    expected = list(decisions.rows())
    assert len(rows) == len(expected) + 1
    prefixed = 0
    for got, want in zip(rows[1:], expected, strict=True):
        for column, text, value in zip(decisions.columns, got, want, strict=True):
            if value is None:
                assert text == ""
            elif column.kind is Kind.TEXT:
                assert isinstance(value, str)
                if is_formula_like(value):
                    assert text == "'" + value
                    prefixed += 1
                else:
                    assert text == value
            elif column.kind is Kind.SCORE:
                assert text == f"{value:.2f}"
            else:
                assert text == str(value)  # levels and votes: bare numbers, never prefixed
    assert prefixed >= 4  # the =HYPERLINK candidate, the "-" function, a tab, a CR


def test_csv_per_sheet_writes_one_file_per_sheet(tmp_path: Path) -> None:
    record = tricky_record()
    paths = write_results(record, tmp_path / "résultats.csv", csv_per_sheet=True)
    assert [p.name for p in paths] == [
        "résultats-decisions.csv",
        "résultats-palmares.csv",
        "résultats-notes-detaillees.csv",
        "résultats-jury.csv",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)
    with paths[2].open(encoding="utf-8-sig", newline="") as f:
        notes = list(csv.reader(f))
    assert len(notes) == len(record.scores) + 1
    comments = {row[7] for row in notes[1:]}
    assert {"'+33 6 12 34 56 78", "'-1", "'@SUM(A1)", "Très bien ; « excellent »"} <= comments
    assert (
        "'\t=1+1 après une tabulation" in comments and "'\r=2+2 après un retour chariot" in comments
    )
    with paths[3].open(encoding="utf-8-sig", newline="") as f:
        jury = list(csv.reader(f))
    assert jury[1][4] == "2025-11-18"
    assert "'-Membre Tiret" in [row[0] for row in jury]


def test_format_from_suffix_or_argument(tmp_path: Path) -> None:
    record = tricky_record()
    [ods] = write_results(record, tmp_path / "export.data", fmt="ods")
    assert zipfile.ZipFile(ods).read("mimetype").endswith(b"spreadsheet")
    [xlsx] = write_results(record, tmp_path / "EXPORT.XLSX")
    assert "xl/workbook.xml" in zipfile.ZipFile(xlsx).namelist()
    with pytest.raises(UserError, match="unknown spreadsheet format"):
        write_results(record, tmp_path / "export.pdf")
    with pytest.raises(UserError, match="unknown spreadsheet format"):
        write_results(record, tmp_path / "export")
    with pytest.raises(AtomicWriteError):
        write_results(record, tmp_path / "missing" / "export.xlsx")


@pytest.mark.parametrize("fmt", ["xlsx", "ods", "csv"])
def test_progress_is_reported_up_to_the_total(tmp_path: Path, fmt: str) -> None:
    record = large_record(10, 6, 30)  # 1,800 detailed rows
    calls: list[tuple[int, int, str]] = []
    write_results(
        record,
        tmp_path / f"r.{fmt}",
        csv_per_sheet=True,
        progress=lambda d, t, m: calls.append((d, t, m)),
    )
    total = 10 + 10 * 5 // 6 + 1800 + 6  # dossiers, laureates (levels 1-5), scores, members
    assert calls[-1] == (total, total, "")
    assert all(t == total for _, t, _ in calls)
    assert [d for d, _, _ in calls] == sorted(d for d, _, _ in calls)
    assert {m for _, _, m in calls} >= {"Décisions", "Notes détaillées", "Jury"}
    assert len(calls) >= 4


def _cancel_after(checks: int) -> Callable[[], bool]:
    count = 0

    def cancelled() -> bool:
        nonlocal count
        count += 1
        return count > checks

    return cancelled


@pytest.mark.parametrize("fmt", ["xlsx", "ods", "csv"])
@pytest.mark.parametrize("checks", [0, 2, 5])
def test_cancel_leaves_no_file(tmp_path: Path, fmt: str, checks: int) -> None:
    record = large_record(10, 6, 30)
    with pytest.raises(Cancelled) as caught:
        write_results(
            record, tmp_path / f"r.{fmt}", csv_per_sheet=True, cancelled=_cancel_after(checks)
        )
    assert isinstance(caught.value, UserError)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["xlsx", "ods", "csv"])
def test_an_error_mid_write_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / f"r.{fmt}"
    target.write_bytes(b"previous export")

    def failing_progress(done: int, total: int, message: str) -> None:
        # Half-way (for the csv, only the end of the sheet is reported: still before the move).
        if done and done >= total // 2:
            raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError, match="disk on fire"):
        write_results(large_record(10, 6, 30), target, progress=failing_progress)
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_an_existing_file_is_replaced(tmp_path: Path) -> None:
    target = tmp_path / "r.ods"
    target.write_bytes(b"old")
    write_results(tricky_record(), target)
    assert zipfile.is_zipfile(target)
    assert [p.name for p in tmp_path.iterdir()] == ["r.ods"]


@pytest.mark.parametrize("fmt", ["xlsx", "ods", "csv"])
def test_an_empty_edition_gives_headers_only(tmp_path: Path, fmt: str) -> None:
    import dataclasses

    record = dataclasses.replace(
        tricky_record(), members=(), recusals=(), dossiers=(), scores=(), meeting=None
    )
    paths = write_results(record, tmp_path / f"vide.{fmt}", csv_per_sheet=True)
    if fmt == "csv":
        assert [len(read_csv_rows(p)) for p in paths] == [1, 1, 1, 1]
        return
    got = read_calamine(paths[0])
    assert [len(rows) for rows in got.values()] == [1, 1, 1, 1]
    assert got["Décisions"][0][:2] == ["N° de dossier", "Candidat"]


def test_non_finite_scores_are_left_empty(tmp_path: Path) -> None:
    import dataclasses

    record = tricky_record()
    nan = dataclasses.replace(record.dossiers[0], overall_score=float("nan"))
    record = dataclasses.replace(record, dossiers=(nan, *record.dossiers[1:]))
    for fmt in ("xlsx", "ods"):
        [path] = write_results(record, tmp_path / f"n.{fmt}")
        decisions = read_calamine(path)["Décisions"]
        assert decisions[1][decisions[0].index("Score global")] == ""


def read_csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_text_escaping_round_trips_awkward_characters(tmp_path: Path) -> None:
    """XML specials, Excel's _xHHHH_ escapes, spaces, tabs and CR survive both formats."""
    import dataclasses

    record = tricky_record()
    awkward = [
        "a < b & c > d",
        "_x0041_ n’est pas un A",
        "  deux espaces devant",
        "trois   espaces",
        "fin ",
        "\ttab\tet\t",
        "ligne 1\n\nligne 3\n",
        "\r",
        "\x00contrôle\x07",
    ]
    scores = tuple(
        dataclasses.replace(s, comment=awkward[i % len(awkward)])
        for i, s in enumerate(record.scores)
    )
    record = dataclasses.replace(record, scores=scores)
    notes = results_sheets(record)[2]
    want = as_calamine(notes)
    for fmt in ("xlsx", "ods"):
        [path] = write_results(record, tmp_path / f"a.{fmt}")
        assert read_calamine(path)["Notes détaillées"] == want, fmt
    comments = {row[7] for row in want[1:]}
    assert "contrôle" in comments  # control characters XML cannot hold are dropped


def test_no_heavy_import_at_start() -> None:
    import subprocess
    import sys

    code = (
        "import sys, tnl_jury.io.export as e; "
        "print(sorted(m for m in ('openpyxl', 'python_calamine', 'lxml') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


def test_dangerous_texts_reach_every_format(written: dict[str, Path]) -> None:
    """A guard on the fixture itself: the tricky texts are really in the files."""
    text = written["csv"].read_text(encoding="utf-8-sig")
    assert re.search(r"'=HYPERLINK", text)
