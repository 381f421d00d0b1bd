"""LibreOffice reads the exported spreadsheets as we meant them: same values, no formula.

Real ``soffice --headless`` runs, with a private profile. Skipped when LibreOffice is not
installed (CI installs it). Each conversion is checked against a control file that holds real
formulas, so that a test that would not notice a formula cannot pass.

Frozen panes cannot be checked this way: a headless conversion creates no view, and LibreOffice
writes no view settings without one (our own files' panes are checked in
``test_export_files.py``). Auto-filters survive the conversion and are checked here.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from export_records import DANGEROUS, HYPERLINK, tricky_record

from tnl_jury.io.export import write_results
from tnl_jury.io.export.sheets import (
    Kind,
    Sheet,
    column_letters,
    is_formula_like,
    results_sheets,
)

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")

TIMEOUT_S = 120
CSV_FILTER = "Text - txt - csv (StarCalc)"
# Comma, double quote, UTF-8 (76), from line 1, default column types, en-US (1033), quoted
# fields not forced to text, special numbers detected, raw values (not "as shown"), values of
# formulas (not their text: a formula would show its result), spaces kept; the 12th token, -1,
# exports every sheet to <name>-<sheet>.csv (LibreOffice >= 7.2); the 13th, on import only,
# evaluates formulas.
EXPORT_ALL_SHEETS = f"csv:{CSV_FILTER}:44,34,76,1,,1033,false,true,false,false,false,-1"
EXPORT_ONE_SHEET = f"csv:{CSV_FILTER}:44,34,76,1,,1033,false,true,false,false,false,0"
IMPORT_EVALUATING = f"{CSV_FILTER}:44,34,76,1,,1033,false,true,false,false,false,-1,true"


def soffice(profile: Path, outdir: Path, convert_to: str, *files: Path, infilter: str = "") -> None:
    """Convert ``files`` into ``outdir`` with a private LibreOffice profile."""
    command = [
        str(SOFFICE),
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
    ]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", convert_to, "--outdir", str(outdir), *map(str, files)]
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S, env=env)
    assert done.returncode == 0, done.stderr


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Our files and the control, converted by LibreOffice (four soffice runs in all)."""
    openpyxl = pytest.importorskip("openpyxl")
    src = tmp_path_factory.mktemp("lo-src")
    out = tmp_path_factory.mktemp("lo-out")
    profile = tmp_path_factory.mktemp("lo-profile")
    record = tricky_record()
    [xlsx] = write_results(record, src / "from-xlsx.xlsx")
    [ods] = write_results(record, src / "from-ods.ods")
    csvs = write_results(record, src / "ours.csv", csv_per_sheet=True)

    # The control: the same kind of texts, but as real formulas (openpyxl's normal mode).
    wb = openpyxl.Workbook()
    wb.active.title = "Control"
    wb.active.append(["=1+1", HYPERLINK])
    control = src / "control.xlsx"
    wb.save(control)
    control_csv = src / "control.csv"
    control_csv.write_text('=1+1,"=HYPERLINK(""http://x"",""clic"")"\r\n', encoding="utf-8")

    soffice(profile, out / "csv", EXPORT_ALL_SHEETS, xlsx, ods, control)
    soffice(profile, out / "xlsx", "xlsx", ods)
    soffice(profile, out / "ods", "ods", xlsx)
    soffice(
        profile,
        out / "csv-import",
        EXPORT_ONE_SHEET,
        *csvs,
        control_csv,
        infilter=IMPORT_EVALUATING,
    )
    return {
        "csv": out / "csv",
        "xlsx": out / "xlsx",
        "ods": out / "ods",
        "import": out / "csv-import",
    }


def test_control_formulas_are_evaluated(converted: dict[str, Path]) -> None:
    """The checks below would see a formula: LibreOffice exports its result, not its text."""
    assert read_csv(converted["csv"] / "control-Control.csv") == [["2", "clic"]]
    assert read_csv(converted["import"] / "control.csv") == [["2", "clic"]]


def _lo_value(text: str, kind: Kind) -> object:
    if text == "":
        return None
    if kind is Kind.TEXT:
        return text
    if kind is Kind.DATE:
        for fmt in ("%m/%d/%Y", "%d/%m/%Y", "%Y-%m-%d"):  # the day (18) is not a month
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                pass
        raise AssertionError(f"not a date: {text!r}")
    return float(text)  # a number: LibreOffice wrote a number, or this fails


def _assert_same(sheet: Sheet, rows: list[list[str]]) -> None:
    assert rows[0] == [c.header for c in sheet.columns]
    expected = list(sheet.rows())
    assert len(rows) == len(expected) + 1
    for got, want in zip(rows[1:], expected, strict=True):
        for column, text, value in zip(sheet.columns, got, want, strict=True):
            seen = _lo_value(text, column.kind)
            if isinstance(value, int | float) and not isinstance(value, bool):
                assert isinstance(seen, float)
                assert math.isclose(seen, value, rel_tol=1e-13), (sheet.name, column.header)
            else:
                assert seen == (value or None), (sheet.name, column.header)


@pytest.mark.parametrize("source", ["from-xlsx", "from-ods"])
def test_libreoffice_reads_the_same_values_and_no_formula(
    converted: dict[str, Path], source: str
) -> None:
    texts: set[str] = set()
    for sheet in results_sheets(tricky_record()):
        rows = read_csv(converted["csv"] / f"{source}-{sheet.name}.csv")
        _assert_same(sheet, rows)
        texts.update(cell for row in rows for cell in row)
    # The formula-like texts came back as they were written: text, not a computed value.
    assert set(DANGEROUS) <= texts
    assert "clic" not in texts


def test_xlsx_and_ods_read_identically_by_libreoffice(converted: dict[str, Path]) -> None:
    for name in ("Décisions", "Palmarès", "Notes détaillées", "Jury"):
        xlsx = (converted["csv"] / f"from-xlsx-{name}.csv").read_bytes()
        assert xlsx == (converted["csv"] / f"from-ods-{name}.csv").read_bytes(), name


def test_ods_resaved_as_xlsx_by_libreoffice_keeps_filters_numbers_and_no_formula(
    converted: dict[str, Path],
) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.load_workbook(converted["xlsx"] / "from-ods.xlsx")
    sheets = results_sheets(tricky_record())
    assert wb.sheetnames == [s.name for s in sheets]
    for ws, sheet in zip(wb.worksheets, sheets, strict=True):
        assert ws.auto_filter.ref == f"A1:{_last_cell(sheet)}", ws.title
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
    decisions = wb["Décisions"]
    column = {c.value: c.column_letter for c in decisions[1]}
    assert decisions[f"{column['Score global']}2"].number_format == "0.00"
    assert isinstance(decisions[f"{column['Niveau']}2"].value, int | float)


def test_xlsx_resaved_as_ods_by_libreoffice_keeps_filters_and_no_formula(
    converted: dict[str, Path],
) -> None:
    with zipfile.ZipFile(converted["ods"] / "from-xlsx.ods") as zf:
        content = zf.read("content.xml").decode()
    assert "table:formula" not in content
    # One filtered database range per sheet, over the header and every row.
    ranges = re.findall(r'table:target-range-address="([^"]*)"', content)
    last = [_last_cell(s) for s in results_sheets(tricky_record())]
    assert [r.rsplit(".", 1)[1] for r in ranges] == last
    assert content.count('table:display-filter-buttons="true"') == 4


def test_our_csv_keeps_formula_like_texts_as_text_even_when_libreoffice_evaluates(
    converted: dict[str, Path],
) -> None:
    """Imported with "evaluate formulas" on, every cell comes back as we wrote it."""
    record = tricky_record()
    for sheet in results_sheets(record):
        rows = read_csv(converted["import"] / f"ours-{sheet.slug}.csv")
        assert rows[0] == [c.header for c in sheet.columns]
        for got, want in zip(rows[1:], sheet.rows(), strict=True):
            for column, text, value in zip(sheet.columns, got, want, strict=True):
                if column.kind is not Kind.TEXT or not isinstance(value, str) or not value:
                    continue
                if value.isdigit():
                    # CSV has no types: "07" (Ardèche) comes back as the number 7.
                    assert int(text) == int(value)
                else:
                    # The quote prefix stays visible: the text is not evaluated, not changed
                    # (but for LibreOffice's CSV reader turning a CR into a line feed).
                    want_text = "'" + value if is_formula_like(value) else value
                    assert text == want_text.replace("\r", "\n")


def _last_cell(sheet: Sheet) -> str:
    return f"{column_letters(len(sheet.columns))}{sheet.row_count + 1}"
