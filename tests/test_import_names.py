"""Candidate names come from the form's own name field (as the candidate writes it), the
company registry's name kept beside (issue #14, item 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tnl_jury.services import dossiers
from tnl_jury.services.importing import run_import
from tnl_jury.storage.jury_file import JuryFile

dsgen = pytest.importorskip("dsgen")


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_the_forms_name_is_shown_and_the_registrys_kept(
    jury_file: JuryFile, tmp_path: Path, fmt: str
) -> None:
    export = dsgen.make_export()
    writer = dsgen.write_xlsx if fmt == "xlsx" else dsgen.write_csv
    run_import(jury_file, writer(tmp_path / f"e.{fmt}", export))
    rows = {r.ds_number: r for r in dossiers.list_dossiers(jury_file)}
    assert rows
    for number, row in rows.items():
        model = export.by_id(int(number))
        assert row.candidate_name == model.name  # "Commune de Saint-Genès-la-Forêt"
        assert row.registry_name == model.etablissement.entreprise_raison_sociale  # "COMMUNE…"
        assert row.candidate_name != row.registry_name
