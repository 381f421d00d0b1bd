"""Year over year: importing a previous edition's levels and showing them beside this year's."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tnl_jury.io.previous import PreviousResultsError, candidate_key
from tnl_jury.services import deliberation, members, outputs, previous, results
from tnl_jury.services.demo import DemoSize, create_demo
from tnl_jury.storage.jury_file import JuryFile


def test_candidate_key_folds_accents_case_and_prefixes() -> None:
    assert candidate_key("Ville de Œuilly-sur-Aube") == candidate_key("COMMUNE DE OEUILLY SUR AUBE")
    assert candidate_key("Région Grand Est") == "region grand est"


def test_two_column_sheet_without_header(demo_file: JuryFile, tmp_path: Path) -> None:
    names = [r.candidate_name for r in results.compute_results(demo_file)]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([names[0].upper(), 3])  # no header: the first row is data
    sheet.append([names[1], "Niveau 2 — Initiatives"])
    sheet.append([names[2], "aucun"])
    sheet.append(["Ville qui n'est plus candidate", 4])
    path = tmp_path / "palmares-2025.xlsx"
    book.save(path)
    assert previous.import_previous_results(demo_file, path, 2025) == (4, 3)
    got = {r.candidate_name: r.previous_level for r in results.compute_results(demo_file)}
    assert (got[names[0]], got[names[1]], got[names[2]], got[names[3]]) == (3, 2, 0, None)


def test_our_own_results_export_round_trips(demo_file: JuryFile, tmp_path: Path) -> None:
    ids = [m.id for m in members.list_members(demo_file)]
    deliberation.set_attendance(demo_file, dict.fromkeys(ids, True))
    deliberation.set_meeting(demo_file, held_on=dt.date(2025, 11, 20), place="Paris")
    deliberation.record_decision(
        demo_file, 2, 4, votes_for=5, votes_against=0, abstentions=1, motivation="Très bien."
    )
    (export,) = outputs.export_results(demo_file, tmp_path / "resultats-2025.ods")
    with create_demo(tmp_path / "2026.tnlj", DemoSize(dossiers=12, members=6)) as next_year:
        read, matched = previous.import_previous_results(next_year, export, 2025)
        assert (read, matched) == (1, 1)  # only decided dossiers carry a level
        (second,) = results.compute_results(next_year, [2])
        assert second.previous_level == 4


def test_bad_level_names_the_row_and_writes_nothing(demo_file: JuryFile, tmp_path: Path) -> None:
    path = tmp_path / "prev.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerows([["Candidat", "Niveau"], ["Ville de A", "2"], ["Ville de B", "7"]])
    with pytest.raises(PreviousResultsError, match=r"prev\.csv, sheet Dossiers, row 3: “7”"):
        previous.import_previous_results(demo_file, path)
    with demo_file.reader() as session:
        assert previous.match_previous(session) == {}
    jury = str(demo_file.path)
    demo_file.close()
    done = subprocess.run(
        [sys.executable, "-m", "tnl_jury", "previous", jury, str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and "row 3" in done.stderr and "Traceback" not in done.stderr
