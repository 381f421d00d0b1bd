"""Issue 19: the addressee's postal address. The importer keeps it from a Démarches
Simplifiées export (csv: the ``Établissement …`` columns of ``Dossiers``; xlsx, ods: the
``Etablissements`` sheet), the jury file stores it (migration 0011), and a letter prints it in
its address block, French postal style (name, function, organisation, street, postcode and
TOWN), read back with poppler's pdftotext."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from helpers import migrate_file, stored_revision
from records import sample_record

from tnl_jury.domain.grid_file import load_grid
from tnl_jury.io.ds.parse import ParseOptions, parse_export
from tnl_jury.io.ds.postal import addresses_by_dossier, postal_address
from tnl_jury.io.ds.reader import RawSheet
from tnl_jury.io.pdf.letters import render_letter
from tnl_jury.paths import default_grid_path
from tnl_jury.services.edition import new_jury_file
from tnl_jury.services.importing import run_import
from tnl_jury.services.records import build_results_record

dsgen = pytest.importorskip("dsgen")
pytest_plugins = ["dsgen.fixtures"]

WITH_ADDRESS = ["xlsx", "ods", "csv", "xlsx_pre2024", "ods_pre2024", "csv_pre2024", "csv_bom"]


def expected_addresses(export: object) -> dict[str, str]:
    """What the generator wrote: the registry's block without its first line (the name)."""
    return {
        str(d.id): "\n".join(d.etablissement.adresse.splitlines()[1:])
        for d in export.dossiers  # type: ignore[attr-defined]
    }


@pytest.mark.parametrize("key", WITH_ADDRESS)
def test_the_importer_reads_the_address_in_every_format(ds_export_files: object, key: str) -> None:
    hints = load_grid(default_grid_path()).import_hints
    parsed = parse_export(ds_export_files[key], ParseOptions(hints=hints))  # type: ignore[index]
    expected = expected_addresses(ds_export_files.export)  # type: ignore[attr-defined]
    got = {d.number: d.postal_address for d in parsed.dossiers}
    assert got == {n: expected[n] for n in got}, key
    assert all(a.count("\n") == 1 and a.split("\n")[1][:5].isdigit() for a in got.values())
    assert not any("Etablissements" in str(w) for w in parsed.warnings)


def test_an_export_for_persons_has_no_address(ds_export_files: object) -> None:
    hints = load_grid(default_grid_path()).import_hints
    for key in ("xlsx_individual", "csv_individual"):
        parsed = parse_export(ds_export_files[key], ParseOptions(hints=hints))  # type: ignore[index]
        assert parsed.dossiers and all(d.postal_address == "" for d in parsed.dossiers)


HEADER = ["Dossier ID", "Champ", "Établissement SIRET", "Etablissement enseigne",
          "Établissement Adresse", "Établissement numero voie", "Établissement type voie",
          "Établissement nom voie", "Établissement complément adresse",
          "Établissement code postal", "Établissement localité"]  # fmt: skip


def test_the_dossiers_own_establishment_is_the_one_kept() -> None:
    sheet = RawSheet(
        "Etablissements",
        [
            HEADER,
            # A SIRET field of the form (a partner's): not the candidate's address.
            ["24817355", "SIRET du prestataire", "1", "", "ACME\n1 RUE X\n75001 PARIS",
             "", "", "", "", "", ""],
            ["24817355", "Dossier", "2", "", "MAIRIE D'OEUILLY\n2 PLACE DE LA MAIRIE\n"
             "10170 Oeuilly-sur-Aube", "", "", "", "", "", ""],
            # No registry block: built from the structured columns.
            ["24817356", "Dossier", "3", "", "", "14", "RUE", "DES TILLEULS", "BP 12",
             "34000", "Montpellier"],
            ["24817357", "", "4", "", "", "", "", "", "", "", ""],
        ],
    )  # fmt: skip
    names = {"24817355": ("Mairie d’Oeuilly", "MAIRIE D'OEUILLY")}
    got = addresses_by_dossier(sheet, lambda n: names.get(n, ()))
    assert got == {
        "24817355": "2 PLACE DE LA MAIRIE\n10170 OEUILLY-SUR-AUBE",
        "24817356": "14 RUE DES TILLEULS\nBP 12\n34000 MONTPELLIER",
    }
    assert addresses_by_dossier(RawSheet("Etablissements", [[None, None]]), lambda n: ()) == {}


def test_an_absurd_address_is_cut() -> None:
    columns = {"block": 0}
    block = "\n".join(f"LIGNE {i} " + "X" * 200 for i in range(12)) + "\n75001 Paris"
    address = postal_address([block], columns)
    lines = address.splitlines()
    assert len(lines) == 6 and all(len(line) <= 100 for line in lines)
    assert lines[-1] == "75001 PARIS"


def test_the_import_stores_it_and_the_records_carry_it(
    ds_export_files: object, tmp_path: Path
) -> None:
    expected = expected_addresses(ds_export_files.export)  # type: ignore[attr-defined]
    with new_jury_file(tmp_path / "j.tnlj", year=2026) as jf:
        run_import(jf, ds_export_files["xlsx"])  # type: ignore[index]
        record = build_results_record(jf, with_scores=False)
    got = {d.ds_number: d.postal_address for d in record.dossiers}
    assert got and got == {n: expected[n] for n in got}


def pdftotext(pdf: Path) -> list[str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler-utils (pdftotext)")
    out = subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [line.strip() for line in out.splitlines() if line.strip()]


def test_the_letter_prints_the_address_block_in_french_postal_order(tmp_path: Path) -> None:
    record = sample_record()
    decided = next(d for d in record.dossiers if d.level)
    dossier = dataclasses.replace(
        decided,
        official_name="Mme Françoise Nguyễn",
        official_function="Maire",
        candidate_name="Commune d’Oeuilly",
        departement_code="10",
        postal_address="2 PLACE DE LA MAIRIE\n10170 OEUILLY-SUR-AUBE",
    )
    letter = render_letter(record, dossier, tmp_path / "lettre.pdf")
    lines = pdftotext(letter)
    # The address block is the right-hand column of the head: the end of each line.
    block = ["Mme Françoise Nguyễn", "Maire", "Commune d’Oeuilly", "2 PLACE DE LA MAIRIE",
             "10170 OEUILLY-SUR-AUBE"]  # fmt: skip
    positions = [next(i for i, line in enumerate(lines) if line.endswith(b)) for b in block]
    assert positions == sorted(positions) and positions[-1] - positions[0] == 4, lines[:15]
    assert not any("(10)" in line for line in lines[:15])  # the postcode says the département

    without = dataclasses.replace(dossier, postal_address="")
    lines = pdftotext(render_letter(record, without, tmp_path / "sans.pdf"))
    assert any(line.endswith("Commune d’Oeuilly (10)") for line in lines[:15]), lines[:15]


def test_migration_0011_adds_the_address_empty_and_takes_it_back(tmp_path: Path) -> None:
    path = tmp_path / "older.tnlj"
    with new_jury_file(path, year=2026):
        pass
    migrate_file(path, "0010_minutes_details", downgrade=True)
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO dossier (ds_number, candidate_name, kind, departement_code, "
                   "official_name, official_function, referent_name, ds_state, imported_at, "
                   "missing_from_last_import) VALUES ('18000001', 'Ville de Lanvéoc', 'commune', "
                   "'29', '', '', '', '', '2026-12-07 20:00:00', 0)")  # fmt: skip
    db.close()
    migrate_file(path, "0011_postal_address", downgrade=False)
    assert stored_revision(path) == "0011_postal_address"
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT ds_number, postal_address FROM dossier").fetchall()
    db.close()
    assert rows == [("18000001", "")]
    migrate_file(path, "0010_minutes_details", downgrade=True)
    with sqlite3.connect(path) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(dossier)")]
    db.close()
    assert "postal_address" not in columns and "registry_name" in columns
