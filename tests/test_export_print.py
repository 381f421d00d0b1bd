"""The spreadsheets as LibreOffice opens them with a view (#19): frozen header row (the ods too,
which LibreOffice 7.4 ignored), A4 landscape fitted to one page wide with the header row
repeated, rows tall enough for wrapped text; the French spreadsheet csv read as numbers by a
French LibreOffice; the detailed scores in grid order with domain and criterion labels.

A headless conversion creates no view, so the view is inspected by a LibreOffice Basic macro
run in a private profile: it opens each file in a (hidden) frame and writes, per sheet, what
the controller and the page style say.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from export_records import tricky_record

from tnl_jury.io.export import write_results
from tnl_jury.io.export.sheets import results_sheets
from tnl_jury.services.dossiers import list_dossiers
from tnl_jury.services.edition import load_stored_grid
from tnl_jury.services.outputs import export_results
from tnl_jury.services.records import build_results_record
from tnl_jury.storage.jury_file import JuryFile

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
TIMEOUT_S = 180

MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"
 script:language="StarBasic">
Sub Inspect(url As String, outUrl As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(url, &quot;_blank&quot;, 0, args)
  ctrl = doc.getCurrentController()
  s = &quot;&quot;
  For i = 0 To doc.Sheets.Count - 1
    sh = doc.Sheets.getByIndex(i)
    ctrl.setActiveSheet(sh)
    styles = doc.StyleFamilies.getByName(&quot;PageStyles&quot;)
    ps = styles.getByName(sh.PageStyle)
    s = s &amp; sh.Name &amp; &quot;|&quot; &amp; ctrl.hasFrozenPanes() _
      &amp; &quot;|&quot; &amp; ctrl.SplitRow _
      &amp; &quot;|&quot; &amp; ps.IsLandscape &amp; &quot;|&quot; &amp; ps.ScaleToPagesX _
      &amp; &quot;|&quot; &amp; ps.ScaleToPagesY &amp; &quot;|&quot; &amp; sh.PrintTitleRows _
      &amp; &quot;|&quot; &amp; sh.TitleRows.StartRow _
      &amp; &quot;|&quot; &amp; sh.TitleRows.EndRow _
      &amp; &quot;|&quot; &amp; sh.Rows.getByIndex(1).Height &amp; Chr(10)
  Next
  doc.close(True)
  f = FreeFile
  Open ConvertFromURL(outUrl) For Output As #f
  Print #f, s
  Close #f
End Sub
</script:module>
"""


def _soffice(profile: Path, *args: str) -> None:
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    command = [str(SOFFICE), f"-env:UserInstallation={profile.as_uri()}", "--headless"]
    done = subprocess.run(
        [*command, "--norestore", *args], capture_output=True, text=True, timeout=TIMEOUT_S, env=env
    )
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private LibreOffice profile holding the inspecting macro."""
    folder = tmp_path_factory.mktemp("lo-profile")
    seed = tmp_path_factory.mktemp("lo-seed")
    (seed / "x.csv").write_text("a\n", encoding="utf-8")
    _soffice(folder, "--convert-to", "ods", "--outdir", str(seed), str(seed / "x.csv"))
    module = folder / "user" / "basic" / "Standard" / "Module1.xba"
    assert module.is_file(), "LibreOffice did not create its Standard library"
    module.write_text(MACRO, encoding="utf-8")
    return folder


def inspect(profile: Path, path: Path) -> dict[str, list[str]]:
    """Per sheet: frozen, split row, landscape, pages wide, pages high, title rows on,
    first and last title row, height of row 2 (1/100 mm)."""
    out = path.with_suffix(".view.txt")
    _soffice(profile, f'macro:///Standard.Module1.Inspect("{path.as_uri()}","{out.as_uri()}")')
    lines = out.read_text(encoding="utf-8").split("\n")
    return {line.split("|")[0]: line.split("|")[1:] for line in lines if "|" in line}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("print")
    record = tricky_record()
    return {fmt: write_results(record, folder / f"r.{fmt}")[0] for fmt in ("xlsx", "ods")}


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
def test_libreoffice_view_frozen_header_and_page_setup(
    profile: Path, files: dict[str, Path], fmt: str
) -> None:
    view = inspect(profile, files[fmt])
    names = [s.name for s in results_sheets(tricky_record())]
    assert list(view) == names
    for name, (frozen, split, landscape, wide, high, titles, first, last, _h) in view.items():
        assert (frozen, split) == ("True", "1"), (fmt, name)  # the header row stays in view
        assert landscape == "True", (fmt, name)
        assert (wide, high) == ("1", "0"), (fmt, name)  # one page wide, as many down as needed
        assert (titles, first, last) == ("True", "0", "0"), (fmt, name)  # row 1 on every page
    # A decision's motivation wraps: its row is several lines tall, a one-line row is not.
    decisions, laureates = int(view["Décisions"][-1]), int(view["Palmarès"][-1])
    assert decisions > 2.5 * laureates, fmt


def test_printed_results_fit_the_page_width(profile: Path, files: dict[str, Path]) -> None:
    """Printed by LibreOffice, no column spills onto a page of its own: the decisions' page
    holds the first and the last column."""
    out = files["xlsx"].parent / "pdf"
    _soffice(profile, "--convert-to", "pdf", "--outdir", str(out), str(files["xlsx"]))
    first = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-layout", str(out / "r.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "N° de dossier" in first and "Abstentions" in first
    assert "Décisions" in first  # the footer: the sheet's name, the page numbers
    assert re.search(r"\b1 ?/ ?\d+\s*$", first.strip("\f\n "))


def test_french_csv_reads_as_numbers_in_a_french_libreoffice(profile: Path, tmp_path: Path) -> None:
    record = tricky_record()
    [french] = write_results(record, tmp_path / "fr.csv", csv_french=True)
    [standard] = write_results(record, tmp_path / "std.csv")
    assert standard.read_text(encoding="utf-8-sig").startswith("N° de dossier,Candidat,")
    head = french.read_text(encoding="utf-8-sig").split("\r\n")[0]
    assert head.startswith("N° de dossier;Candidat;")
    # Separator ";", UTF-8, French (France) locale (1036): what a French LibreOffice proposes.
    _soffice(
        profile,
        "--infilter=Text - txt - csv (StarCalc):59,34,76,1,,1036",
        "--convert-to",
        "xlsx",
        "--outdir",
        str(tmp_path / "lo"),
        str(french),
    )
    openpyxl = pytest.importorskip("openpyxl")
    ws = openpyxl.load_workbook(tmp_path / "lo" / "fr.xlsx").active
    header = [c.value for c in ws[1]]
    column = header.index("Score global") + 1
    assert ws.max_row == len(record.dossiers) + 1
    for row, dossier in enumerate(record.dossiers, 2):
        value = ws.cell(row, column).value
        if dossier.overall_score is None:
            assert value is None
            continue
        assert isinstance(value, float | int), (dossier.ds_number, value)  # not a text
        assert value == pytest.approx(round(dossier.overall_score, 2))


def test_detailed_scores_in_grid_order_with_labels(demo_file: JuryFile, tmp_path: Path) -> None:
    grid = load_stored_grid(demo_file)
    order = [c.code for _d, c in grid.criteria()]
    domain_of = {c.code: d.name for d, c in grid.criteria()}
    label_of = {c.code: c.label for _d, c in grid.criteria()}
    record = build_results_record(demo_file)
    first = list_dossiers(demo_file)[0].ds_number
    mine = [s for s in record.scores if s.ds_number == first]
    member = mine[0].member_name
    codes = [s.criterion_code for s in mine if s.member_name == member]
    assert codes == sorted(codes, key=order.index)  # domain by domain, never interleaved
    assert len({domain_of[c] for c in codes}) > 1
    [path] = export_results(demo_file, tmp_path / "r.xlsx")
    openpyxl = pytest.importorskip("openpyxl")
    ws = openpyxl.load_workbook(path, read_only=True)["Notes détaillées"]
    rows = ws.iter_rows(min_row=1, max_row=2, values_only=True)
    header, row = next(rows), next(rows)
    assert header[:5] == ("N° de dossier", "Membre", "Domaine", "Critère", "Libellé du critère")
    assert row[2] == domain_of[str(row[3])] and row[4] == label_of[str(row[3])]
