"""The command line, through real ``python -m tnl_jury`` subprocesses: output, exit codes, and
refusals on exactly one line of stderr without a traceback."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from helpers import CUSTOM_GRID, custom_grid_path, folder_listing, run_cli, run_cli_many, write_grid

from tnl_jury import __version__
from tnl_jury.services import dossiers, edition, members
from tnl_jury.storage.jury_file import open_jury_file


def _json(stdout: str) -> object:
    return json.loads(stdout)


def test_new_then_info_text(tmp_path: Path) -> None:
    """``new`` creates the file (exit 0); ``info`` names the grid and the counts."""
    created = run_cli("new", "ed.tnlj", "--edition", "2027", cwd=tmp_path)
    assert created.code == 0, created
    assert created.stdout.startswith("created ed.tnlj: Territoire Numérique Libre 2027")
    assert created.stderr == ""
    info = run_cli("info", "ed.tnlj", cwd=tmp_path)
    assert info.code == 0, info
    assert info.stdout.startswith("Territoire Numérique Libre 2027 — ed.tnlj\n")
    assert "grid: Grille TNL (par défaut) (5 domains, 17 criteria)" in info.stdout
    assert "dossiers: 0   members: 0   scores: 0   decisions: 0" in info.stdout
    assert folder_listing(tmp_path) == ["ed.tnlj", "ed.tnlj.lock"]


def test_new_refusals_exit_2_on_one_line(tmp_path: Path) -> None:
    """Existing path, broken grid and implausible year: exit 2, one line that names the
    problem, and no file created."""
    (tmp_path / "taken.tnlj").write_bytes(b"mine")
    write_grid(tmp_path, CUSTOM_GRID.replace("weight = 0.5", "weight = 0"), "bad.toml")
    listing = folder_listing(tmp_path)
    cases = [
        (["new", "taken.tnlj"], "taken.tnlj: a file with this name already exists"),
        (
            ["new", "a.tnlj", "--grid", "bad.toml"],
            "bad.toml, domains[2].criteria[2].weight: must be greater than 0",
        ),
        (["new", "d.tnlj", "--edition", "1800"], "the edition year 1800 is not plausible"),
    ]
    results = run_cli_many([argv for argv, _ in cases], cwd=tmp_path)
    for (argv, words), result in zip(cases, results, strict=True):
        line = result.check_clean_failure()
        assert words in line, (argv, line)
        assert result.stdout == ""
    assert folder_listing(tmp_path) == listing
    assert (tmp_path / "taken.tnlj").read_bytes() == b"mine"


def test_new_with_a_custom_grid(tmp_path: Path) -> None:
    """``new --grid`` uses the grid given: 2 domains, 3 criteria, scale 1–3."""
    grid = custom_grid_path(tmp_path)
    created = run_cli("new", "c.tnlj", "--grid", grid.name, "--edition", "2026", cwd=tmp_path)
    assert created.code == 0, created
    assert "(grid: Grille de test)" in created.stdout
    with open_jury_file(tmp_path / "c.tnlj", read_only=True) as jf:
        summary = edition.grid_summary(jf)
        assert edition.get_edition(jf).label_name == "Label Test"
    assert [(d.code, len(d.criteria)) for d in summary] == [("A", 1), ("B", 2)]
    assert {(c.scale_min, c.scale_max) for d in summary for c in d.criteria} == {(1, 3)}


@pytest.fixture(scope="module")
def cli_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo file made by ``tnl-jury demo`` (exit 0); a second ``demo`` on it exits 2."""
    folder = tmp_path_factory.mktemp("cli-demo")
    made = run_cli("demo", "demo.tnlj", cwd=folder)
    assert made.code == 0, made
    assert made.stdout.startswith("created demo.tnlj: demo edition with 30 dossiers, 8 members")
    return folder / "demo.tnlj"


def test_info_json_and_jurors_list_json_on_the_demo(cli_demo: Path) -> None:
    """``info --json`` and ``jurors list --json`` report the demo's 30 dossiers and 8 members;
    ``demo`` on the existing file exits 2 and leaves it alone."""
    before = cli_demo.read_bytes()
    info_json, listed, again = run_cli_many(
        [
            ["info", "--json", cli_demo.name],
            ["jurors", cli_demo.name, "list", "--json"],
            ["demo", cli_demo.name],
        ],
        cwd=cli_demo.parent,
    )
    assert "demo.tnlj: a file with this name already exists" in again.check_clean_failure()
    assert cli_demo.read_bytes() == before
    assert (info_json.code, info_json.stderr, listed.code, listed.stderr) == (0, "", 0, "")
    data = _json(info_json.stdout)
    assert isinstance(data, dict)
    assert (data["dossiers"], data["members"]) == (30, 8)
    assert data["scores"] > 0
    assert data["grid"]["name"] == "Grille TNL (par défaut)"
    assert (data["grid"]["domains"], data["grid"]["criteria"]) == (5, 17)
    jurors = _json(listed.stdout)
    assert isinstance(jurors, list) and len(jurors) == 8
    for juror in jurors:
        assert {"id", "name", "organisation", "role"} <= juror.keys()
        assert isinstance(juror["id"], int) and juror["name"] and juror["organisation"]
        assert juror["role"] in {"president", "member", "secretary"}
    assert [j["id"] for j in jurors] == list(range(1, 9))
    assert [j["role"] for j in jurors].count("president") == 1


def test_jurors_add_and_recuse(cli_demo: Path, tmp_path: Path) -> None:
    """``jurors add`` adds (exit 0), a second president exits 2; ``jurors recuse`` records a
    recusal (exit 0) and refuses an unknown dossier (exit 2)."""
    path = tmp_path / "copy.tnlj"
    path.write_bytes(cli_demo.read_bytes())
    with open_jury_file(path, read_only=True) as jf:
        ds_number = dossiers.list_dossiers(jf)[0].ds_number

    added = run_cli(
        "jurors", path.name, "add", "Nadia Fabre", "--organisation", "CNLL", cwd=tmp_path
    )
    assert added.code == 0, added
    assert added.stdout.strip() == "added member 9: Nadia Fabre (member)"
    president = run_cli("jurors", path.name, "add", "Autre", "--role", "president", cwd=tmp_path)
    assert "the jury already has a president" in president.check_clean_failure()

    recused = run_cli(
        "jurors",
        path.name,
        "recuse",
        "--member",
        "9",
        "--dossier",
        ds_number,
        "--reason",
        "Élue",
        cwd=tmp_path,
    )
    assert recused.code == 0, recused
    assert recused.stdout.startswith(f"Nadia Fabre steps aside for dossier {ds_number}")
    unknown = run_cli(
        "jurors",
        path.name,
        "recuse",
        "--member",
        "9",
        "--dossier",
        "99999999",
        "--reason",
        "x",
        cwd=tmp_path,
    )
    assert "no dossier number 99999999" in unknown.check_clean_failure()

    with open_jury_file(path, read_only=True) as jf:
        last = members.list_members(jf)[-1]
        recusals = [(r.member_name, r.ds_number, r.reason) for r in members.list_recusals(jf)]
    assert (last.id, last.name, last.organisation, last.role) == (
        9,
        "Nadia Fabre",
        "CNLL",
        "member",
    )
    assert ("Nadia Fabre", ds_number, "Élue") in recusals
    assert len(recusals) == 2  # the demo's own recusal and this one


def test_bad_usage_exits_2_with_one_line_and_no_traceback(tmp_path: Path) -> None:
    """Usage errors (unknown command or option, missing or malformed argument) exit 2 with one
    line on stderr pointing to ``--help``."""
    cases = [
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["jurors", "x.tnlj"], "the following arguments are required: ACTION"),
        (["new", "x.tnlj", "--edition", "soon"], "invalid int value: 'soon'"),
    ]
    results = run_cli_many([argv for argv, _ in cases], cwd=tmp_path)
    for (argv, words), result in zip(cases, results, strict=True):
        line = result.check_clean_failure()
        assert words in line, (argv, line)
        assert result.stdout == ""
    assert all("--help" in r.stderr for r in results)
    assert folder_listing(tmp_path) == []


def test_version(tmp_path: Path) -> None:
    """``--version`` prints the version on stdout and exits 0."""
    version = run_cli("--version", cwd=tmp_path)
    assert (version.code, version.stdout, version.stderr) == (0, f"tnl-jury {__version__}\n", "")


def test_internal_error_exits_1_with_the_traceback_in_the_log(tmp_path: Path) -> None:
    """A bug (here: a JSON column damaged behind the app's back) exits 1 with one line naming
    the log file; the traceback is in that log, never on screen."""
    with edition.new_jury_file(tmp_path / "odd.tnlj", year=2026):
        pass
    conn = sqlite3.connect(tmp_path / "odd.tnlj")
    conn.execute("UPDATE edition SET settings = 'not json'")
    conn.commit()
    conn.close()
    home = tmp_path / "home"
    env = {"HOME": str(home), "XDG_STATE_HOME": str(home / "state")}
    result = run_cli("info", "odd.tnlj", cwd=tmp_path, env=env)
    assert result.code == 1, result
    assert "Traceback" not in result.stdout + result.stderr
    (line,) = result.stderr.splitlines()
    logs = list(home.rglob("tnl-jury.log"))
    assert len(logs) == 1
    assert line == f"tnl-jury: internal error; the details are in {logs[0]}"
    logged = logs[0].read_text(encoding="utf-8")
    assert "Traceback" in logged
    assert "JSONDecodeError" in logged


def test_output_is_utf8_when_redirected_in_an_ansi_code_page(tmp_path: Path) -> None:
    """Windows writes a redirected stream in its ANSI code page (cp1252 in France): a name
    outside it ended the command as an internal error after the member was added, and every
    later listing failed the same way. PYTHONIOENCODING=cp1252 reproduces that on Linux."""
    ansi = {"PYTHONIOENCODING": "cp1252"}
    jury = tmp_path / "j.tnlj"
    assert run_cli("new", jury, cwd=tmp_path, env=ansi).code == 0
    added = run_cli("jurors", jury, "add", "Żaneta Łukasiewicz", cwd=tmp_path, env=ansi)
    assert (added.code, added.stderr) == (0, "")
    listed = run_cli("jurors", jury, "list", cwd=tmp_path, env=ansi)
    assert (listed.code, listed.stderr) == (0, "")
    assert "Żaneta Łukasiewicz" in listed.stdout  # read back as UTF-8 by run_cli
    refused = run_cli("info", tmp_path / "Łódź.tnlj", cwd=tmp_path, env=ansi)
    assert refused.code == 2
    assert "Łódź.tnlj" in refused.stderr
