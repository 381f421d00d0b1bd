"""``tnl-jury mapping`` and ``tnl-jury import --json`` on a real procedure's export (#14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_import_cli import tnl

from tnl_jury.services.edition import new_jury_file

dsgen = pytest.importorskip("dsgen")
from dsgen.procedure import PROCEDURE_LABELS, procedure_tables  # noqa: E402

STAKES = "Décrivez les enjeux de cette stratégie"


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    jury = tmp_path / "edition.tnlj"
    new_jury_file(jury, year=2026).close()
    tables = procedure_tables(dsgen.build_tables(dsgen.make_export(), "xlsx"))
    return jury, dsgen.save_xlsx(tmp_path / "procedure.xlsx", tables)


def test_import_json_lists_what_is_not_mapped(files: tuple[Path, Path], tmp_path: Path) -> None:
    jury, export = files
    done = tnl("import", jury, export, "--json", "--dry-run", home=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    strat1 = next(c for c in data["mapping"]["criteria"] if c["code"] == "STRAT-1")
    assert STAKES in strat1["missing"]
    assert data["mapping"]["identity"]["official_name"]["column"] is None
    assert any("criterion STRAT-1" in w for w in data["warnings"])


def test_set_then_show_then_import(files: tuple[Path, Path], tmp_path: Path) -> None:
    jury, export = files
    done = tnl(
        "mapping", jury, "set", "--question", STAKES, "--column", PROCEDURE_LABELS[STAKES],
        home=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    done = tnl(
        "mapping", jury, "set", "--question", "Précisez", "--occurrence", "2",
        "--column", "Précisez", "--column-occurrence", "3", home=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    done = tnl(
        "mapping", jury, "set", "--identity", "official_name",
        "--column", "Élu référent : nom et prénom", home=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    shown = tnl("mapping", jury, "show", home=tmp_path)
    assert f"question “{STAKES}” → “{PROCEDURE_LABELS[STAKES]}”" in shown.stdout
    assert "question “Précisez (#2)” → “Précisez (#3)”" in shown.stdout
    assert "identity official_name → “Élu référent : nom et prénom”" in shown.stdout
    checked = tnl("mapping", jury, "show", "--export", export, home=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert f"“{STAKES}” → “{PROCEDURE_LABELS[STAKES]}” [saved]" in checked.stdout
    assert "“Précisez” → – [NOT FOUND] (repeated label: choose by its neighbours)" in (
        checked.stdout
    )
    done = tnl("import", jury, export, "--json", home=tmp_path)
    data = json.loads(done.stdout)
    strat1 = next(c for c in data["mapping"]["criteria"] if c["code"] == "STRAT-1")
    assert strat1["missing"] == [next(iter(PROCEDURE_LABELS))]
    assert not any("“elected official”: not found" in w for w in data["warnings"])


def test_a_question_the_grid_lacks_is_one_line_and_exit_2(
    files: tuple[Path, Path], tmp_path: Path
) -> None:
    jury, _ = files
    done = tnl("mapping", jury, "set", "--question", "Nulle part", "--auto", home=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0
    assert "the grid has no question “Nulle part”" in done.stderr
