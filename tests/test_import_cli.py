"""``tnl-jury import`` through a subprocess, as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_import_support import D, fingerprint, make_export, standard_zip

from tnl_jury.services.edition import new_jury_file

REPO = Path(__file__).resolve().parent.parent


def tnl(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home), "XDG_STATE_HOME": str(home / "state")}
    return subprocess.run(
        [sys.executable, "-m", "tnl_jury", *map(str, args)],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=120,
    )  # fmt: skip


@pytest.fixture
def jury_path(tmp_path: Path) -> Path:
    path = tmp_path / "edition.tnlj"
    new_jury_file(path, year=2026).close()
    return path


def dossiers() -> list[D]:
    return [
        D(1001),
        D(1002, name="Métropole de Lyon", kind="Métropole"),
        D(1003, state="Brouillon"),
    ]


def test_import_prints_a_summary(jury_path: Path, tmp_path: Path) -> None:
    export = make_export(tmp_path, dossiers())
    zip_ = standard_zip(tmp_path / "pj.zip", [1001, 1002])
    done = tnl("import", jury_path, export, "--attachments", zip_, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "2 new, 0 changed, 0 unchanged, 1 skipped" in done.stdout
    assert "attachments: 5 stored, 1 duplicates, 0 rejected" in done.stdout
    assert "1003" in done.stdout  # the skipped draft is named


def test_json_output_has_the_documented_shape(jury_path: Path, tmp_path: Path) -> None:
    export = make_export(tmp_path, dossiers(), "csv")
    zip_ = standard_zip(tmp_path / "pj.zip", [1001, 1002])
    done = tnl("import", jury_path, export, "--attachments", zip_, "--json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert list(data) == ["format", "dossiers", "attachments", "warnings", "mapping"]
    assert data["format"] == "csv"
    assert data["dossiers"] == {"new": 2, "changed": 0, "unchanged": 0, "skipped": 1}
    assert data["attachments"] == {"stored": 5, "duplicates": 1, "rejected": 0}
    assert isinstance(data["warnings"], list) and all(isinstance(w, str) for w in data["warnings"])
    again = json.loads(
        tnl("import", jury_path, export, "--attachments", zip_, "--json", home=tmp_path).stdout
    )
    assert again["dossiers"] == {"new": 0, "changed": 0, "unchanged": 2, "skipped": 1}
    assert again["attachments"] == {"stored": 0, "duplicates": 6, "rejected": 0}
    with_drafts = tnl("import", jury_path, export, "--include-skipped", "--json", home=tmp_path)
    assert json.loads(with_drafts.stdout)["dossiers"]["new"] == 1


def test_dry_run_writes_nothing(jury_path: Path, tmp_path: Path) -> None:
    before = fingerprint(jury_path)
    export = make_export(tmp_path, dossiers(), "ods")
    done = tnl("import", jury_path, export, "--dry-run", "--json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["dossiers"]["new"] == 2
    assert fingerprint(jury_path) == before


def test_template_columns_on_the_command_line(jury_path: Path, tmp_path: Path) -> None:
    export = make_export(tmp_path, dossiers(), "xlsx", "template")
    refused = tnl("import", jury_path, export, home=tmp_path)
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "Numéro" in refused.stderr
    done = tnl("import", jury_path, export, "--id-column", "Numéro", "--name-column",
               "Demandeur", "--json", home=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    counts = json.loads(done.stdout)["dossiers"]
    assert (counts["new"], counts["skipped"]) == (2, 1)  # the draft: its state was recognised
    reused = tnl("import", jury_path, export, "--json", home=tmp_path)  # the saved mapping
    assert json.loads(reused.stdout)["dossiers"]["unchanged"] == 2


@pytest.mark.parametrize("broken", ["cut.xlsx", "latin1.csv", "hostile.zip"])
def test_broken_input_exits_2_with_one_line(jury_path: Path, tmp_path: Path, broken: str) -> None:
    export = make_export(tmp_path, dossiers())
    args: list[str | Path] = ["import", jury_path, export]
    if broken == "cut.xlsx":
        bad = tmp_path / broken
        bad.write_bytes(export.read_bytes()[:2000])
        args[2] = bad
    elif broken == "latin1.csv":
        bad = tmp_path / broken
        bad.write_bytes("ID;État du dossier\n1;Accepté\n".encode("cp1252"))
        args[2] = bad
    else:
        from test_import_support import write_zip

        bad = write_zip(tmp_path / broken, [("../evil.txt", b"x")])
        args += ["--attachments", bad]
    before = fingerprint(jury_path)
    done = tnl(*args, home=tmp_path)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("tnl-jury: ") and done.stderr.count("\n") == 1
    assert broken in done.stderr
    assert fingerprint(jury_path) == before
