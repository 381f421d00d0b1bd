"""The jury file: round trip through real files, refusals that leave files untouched, and the
write lock held by a second process."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import folder_listing, run_cli_many, sha256_of, side_files

from tnl_jury.domain.grid_file import load_grid
from tnl_jury.paths import default_grid_path
from tnl_jury.services import audit, dossiers, edition, members, scores
from tnl_jury.services.dossiers import NewDossier
from tnl_jury.storage.jury_file import (
    APPLICATION_ID,
    AlreadyOpenError,
    JuryFile,
    JuryFileError,
    NewerSchemaError,
    NotAJuryFileError,
    ReadOnlyError,
    create_jury_file,
    open_for_reading,
    open_jury_file,
)

# ---------------------------------------------------------------------------------------------
# Round trip


def _snapshot(jf: JuryFile) -> dict[str, Any]:
    """Everything the services can read back from a jury file."""
    dossier_rows = dossiers.list_dossiers(jf)
    return {
        "edition": edition.get_edition(jf),
        "settings": edition.get_settings(jf),
        "grid": edition.grid_summary(jf),
        "stored_grid": edition.load_stored_grid(jf),
        "counts": edition.counts(jf),
        "members": members.list_members(jf),
        "recusals": members.list_recusals(jf),
        "dossiers": dossier_rows,
        "details": [dossiers.get_dossier_detail(jf, row.id) for row in dossier_rows],
        "scores": scores.list_scores(jf),
        "progress": [
            scores.get_progress(jf, member.id, row.id)
            for member in members.list_members(jf)
            for row in dossier_rows
        ],
        "events": [(e.id, e.actor, e.action, e.details) for e in audit.list_events(jf)],
    }


def test_everything_written_through_services_reads_back_equal(tmp_path: Path) -> None:
    """Edition, members, dossiers with answers, recusal, scores (value, "no opinion", comment)
    and proposed level survive closing and reopening the file, value for value."""
    path = tmp_path / "roundtrip.tnlj"
    deposited = dt.datetime(2026, 7, 3, 14, 30, 15)
    with edition.new_jury_file(path, year=2027, title="Jury 2027") as jf:
        edition.update_edition(jf, opens_on=dt.date(2027, 6, 1), closes_on=dt.date(2027, 9, 30))
        president = members.add_member(jf, "  Claire Duval ", "April", "president")
        member = members.add_member(jf, "Karim Benali", "AFUL")
        secretary = members.add_member(jf, "Léa Morel", role="secretary")
        ids = dossiers.add_dossiers(
            jf,
            [
                NewDossier(
                    "18000001",
                    "Ville de Œuilly",
                    kind="commune",
                    departement_code="2A",
                    official_name="Mme Zoé Çelik",
                    official_function="Maire",
                    referent_name="Loïc Nguyen",
                    ds_state="En instruction",
                    deposited_at=deposited,
                    answers=[
                        ("Nom de la collectivité", "text", "Ville de Œuilly"),
                        ("Nombre de postes de travail sous GNU/Linux", "number", "42"),
                        ("Publiez-vous des données ouvertes ?", "boolean", "Oui"),
                        ("Décrivez votre stratégie", "text", "Ligne 1\nLigne 2 « citée »"),
                        ("Précisez", "empty", ""),
                    ],
                ),
                NewDossier("18000002", "Région Bretagne", kind="region"),
            ],
        )
        first, second = ids
        members.recuse(jf, member.id, second, "Élu de la région candidate")
        scores.set_score(jf, president.id, first, "STRAT-1", 3, comment="Délibération de 2022")
        scores.set_score(jf, president.id, first, "DATA-2", None, no_opinion=True)
        scores.set_score(jf, member.id, first, "STRAT-1", 0)
        scores.set_score(jf, secretary.id, second, "COMM-3", 4, entered_by="secrétariat")
        scores.set_proposed_level(jf, president.id, first, 3, general_note="Bon dossier")
        before = _snapshot(jf)

    with open_jury_file(path) as jf:
        after = _snapshot(jf)
        assert not jf.read_only
        assert jf.backup_path is None

    assert after == before
    # And the values are the ones written, not merely equal to themselves.
    info = after["edition"]
    assert (info.year, info.title, info.opens_on, info.closes_on) == (
        2027,
        "Jury 2027",
        dt.date(2027, 6, 1),
        dt.date(2027, 9, 30),
    )
    assert [(m.name, m.organisation, m.role, m.active) for m in after["members"]] == [
        ("Claire Duval", "April", "president", True),
        ("Karim Benali", "AFUL", "member", True),
        ("Léa Morel", "", "secretary", True),
    ]
    assert [(r.member_name, r.ds_number, r.reason) for r in after["recusals"]] == [
        ("Karim Benali", "18000002", "Élu de la région candidate")
    ]
    detail = after["details"][0]
    assert detail.referent_name == "Loïc Nguyen"
    assert detail.row.deposited_at == deposited
    assert (detail.row.kind, detail.row.departement_code, detail.row.official_name) == (
        "commune",
        "2A",
        "Mme Zoé Çelik",
    )
    assert [(a.position, a.label, a.value_type, a.value) for a in detail.answers] == [
        (0, "Nom de la collectivité", "text", "Ville de Œuilly"),
        (1, "Nombre de postes de travail sous GNU/Linux", "number", "42"),
        (2, "Publiez-vous des données ouvertes ?", "boolean", "Oui"),
        (3, "Décrivez votre stratégie", "text", "Ligne 1\nLigne 2 « citée »"),
        (4, "Précisez", "empty", ""),
    ]
    assert [
        (s.member_id, s.dossier_id, s.criterion_code, s.value, s.no_opinion, s.comment)
        for s in after["scores"]
    ] == [
        (president.id, first, "STRAT-1", 3, False, "Délibération de 2022"),
        (president.id, first, "DATA-2", None, True, ""),
        (member.id, first, "STRAT-1", 0, False, ""),
        (secretary.id, second, "COMM-3", 4, False, ""),
    ]
    progress = dict(
        zip(
            [(m.id, d.id) for m in after["members"] for d in after["dossiers"]],
            after["progress"],
            strict=True,
        )
    )
    assert progress[(president.id, first)] == ("in_progress", 3)
    assert progress[(member.id, first)] == ("in_progress", None)
    assert progress[(member.id, second)] == ("not_started", None)
    counts = after["counts"]
    assert (counts.dossiers, counts.members, counts.scores, counts.answers) == (2, 3, 4, 5)
    assert after["stored_grid"] == load_grid(default_grid_path())
    assert [row.scored_members for row in after["dossiers"]] == [2, 1]
    assert len(after["events"]) == 12  # create, update, 3 members, dossiers, recusal, 4+1 scores


def test_entered_by_and_comment_columns_are_stored(tmp_path: Path) -> None:
    """``entered_by`` reaches the file (read back with plain sqlite3, outside the app)."""
    path = tmp_path / "e.tnlj"
    with edition.new_jury_file(path, year=2026) as jf:
        member = members.add_member(jf, "Ann")
        (dossier,) = dossiers.add_dossiers(jf, [NewDossier("1", "Ville")])
        scores.set_score(jf, member.id, dossier, "STRAT-2", 2, entered_by="secrétariat")
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT value, entered_by, comment, no_opinion FROM score").fetchall()
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()
    assert rows == [(2, "secrétariat", "", 0)]
    assert app_id == APPLICATION_ID
    assert journal == "wal"


def test_closed_jury_file_refuses_writes(jury_file: JuryFile) -> None:
    """Once closed (its lock released), a JuryFile cannot write any more."""
    jury_file.close()
    with pytest.raises(JuryFileError, match="closed"):
        members.add_member(jury_file, "Late")
    with open_jury_file(jury_file.path) as again:
        assert members.list_members(again) == []


def test_create_refuses_existing_path_and_missing_folder(tmp_path: Path) -> None:
    """Creating over an existing file, or in a missing folder, is refused and writes nothing."""
    existing = tmp_path / "taken.tnlj"
    existing.write_bytes(b"precious")
    with pytest.raises(JuryFileError, match=r"taken\.tnlj: a file with this name already exists"):
        create_jury_file(existing)
    assert existing.read_bytes() == b"precious"
    with pytest.raises(JuryFileError, match="does not exist"):
        create_jury_file(tmp_path / "nowhere" / "x.tnlj")
    assert folder_listing(tmp_path) == ["taken.tnlj"]


def test_open_missing_file_is_refused(tmp_path: Path) -> None:
    """Opening a path that does not exist says so, and creates nothing."""
    with pytest.raises(JuryFileError, match=r"absent\.tnlj: no such file"):
        open_jury_file(tmp_path / "absent.tnlj")
    assert folder_listing(tmp_path) == []


# ---------------------------------------------------------------------------------------------
# Refusals: the file stays byte-identical and nothing appears beside it


@pytest.fixture(scope="module")
def source_jury_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed jury file with some content, in its own folder (copied by the tests)."""
    path = tmp_path_factory.mktemp("source") / "source.tnlj"
    with edition.new_jury_file(path, year=2026) as jf:
        member = members.add_member(jf, "Ann")
        ids = dossiers.add_dossiers(
            jf,
            [
                NewDossier(str(n), f"Ville {n}", answers=[("Q", "text", "x" * 500)])
                for n in range(40)
            ],
        )
        for criterion in ("STRAT-1", "STRAT-2", "DATA-1"):
            scores.set_score(jf, member.id, ids[0], criterion, 2)
    assert side_files(path) == []
    return path


def _page_size(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[16:18], "big")


def _make_refused_file(kind: str, folder: Path, source: Path) -> Path:
    path = folder / f"{kind}.tnlj"
    data = source.read_bytes()
    if kind == "random-bytes":
        path.write_bytes(random.Random(7).randbytes(8192))
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "text":
        path.write_text("Liste des candidats\n" * 40, encoding="utf-8")
    elif kind == "other-sqlite":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('hello')")
        conn.commit()
        conn.close()
    elif kind == "our-id-no-version":
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)")
        conn.commit()
        conn.close()
    elif kind == "truncated-half":
        path.write_bytes(data[: len(data) // 2])
    elif kind == "truncated-page-boundary":
        path.write_bytes(data[: 3 * _page_size(source)])
    elif kind == "truncated-last-page":
        path.write_bytes(data[: len(data) - _page_size(source)])
    elif kind == "truncated-100-bytes":
        path.write_bytes(data[:100])
    elif kind == "truncated-one-byte-short":
        path.write_bytes(data[:-1])
    elif kind == "newer":
        path.write_bytes(data)
        conn = sqlite3.connect(path)
        conn.execute("UPDATE alembic_version SET version_num = 'f00dcafe9999'")
        conn.commit()
        conn.close()
    else:  # pragma: no cover - a typo in the parameters
        raise AssertionError(kind)
    assert side_files(path) == []
    return path


REFUSALS = [
    ("random-bytes", NotAJuryFileError, ["not a jury file", "not an SQLite database"]),
    ("empty", NotAJuryFileError, ["not a jury file", "not an SQLite database"]),
    ("text", NotAJuryFileError, ["not a jury file", "not an SQLite database"]),
    ("other-sqlite", NotAJuryFileError, ["SQLite database", "not a tnl-jury jury file"]),
    ("our-id-no-version", NotAJuryFileError, ["not a jury file", "no schema version"]),
    ("truncated-half", NotAJuryFileError, ["damaged", "truncated"]),
    ("truncated-page-boundary", NotAJuryFileError, ["damaged", "truncated"]),
    ("truncated-last-page", NotAJuryFileError, ["damaged", "truncated"]),
    ("truncated-100-bytes", NotAJuryFileError, ["damaged", "truncated"]),
    ("truncated-one-byte-short", NotAJuryFileError, ["damaged", "truncated"]),
    ("newer", NewerSchemaError, ["newer version", "f00dcafe9999"]),
]


@pytest.mark.parametrize(
    ("kind", "error", "words"), [pytest.param(*case, id=case[0]) for case in REFUSALS]
)
@pytest.mark.parametrize("mode", ["write", "read_only", "read_only_if_locked"])
def test_refused_file_is_left_byte_identical(
    tmp_path: Path,
    source_jury_file: Path,
    kind: str,
    error: type[Exception],
    words: list[str],
    mode: str,
) -> None:
    """Every kind of non-jury, truncated or newer file is refused with a message naming the
    file and the problem, and the folder is exactly as it was (same bytes, no -wal/-shm)."""
    path = _make_refused_file(kind, tmp_path, source_jury_file)
    digest, listing = sha256_of(path), folder_listing(tmp_path)
    options = {mode: True} if mode != "write" else {}
    with pytest.raises(error) as caught:
        open_jury_file(path, **options)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    problem = message.removeprefix(f"{path}: ")  # the key words, not the file's name
    for word in words:
        assert word in problem
    assert sha256_of(path) == digest
    assert folder_listing(tmp_path) == listing


def test_refusals_from_the_cli_exit_2_on_one_line(tmp_path: Path, source_jury_file: Path) -> None:
    """``tnl-jury info`` refuses a text file and a newer jury file with exit code 2 on one line
    naming the file and the problem; the files stay unchanged."""
    kinds = ["text", "newer"]
    paths = [_make_refused_file(kind, tmp_path, source_jury_file) for kind in kinds]
    digests, listing = [sha256_of(p) for p in paths], folder_listing(tmp_path)
    results = run_cli_many([["info", p.name] for p in paths], cwd=tmp_path)
    expected = ["not a jury file", "newer version"]
    for path, result, words in zip(paths, results, expected, strict=True):
        line = result.check_clean_failure()
        assert line.startswith(f"tnl-jury: {path.name}: ")
        assert words in line.removeprefix(f"tnl-jury: {path.name}: ")
    assert [sha256_of(p) for p in paths] == digests
    assert folder_listing(tmp_path) == listing


def test_a_normal_open_leaves_no_side_files(source_jury_file: Path, tmp_path: Path) -> None:
    """Opening and closing a jury file (read-only too) leaves only the file and its lock."""
    path = tmp_path / "copy.tnlj"
    path.write_bytes(source_jury_file.read_bytes())
    with open_jury_file(path, read_only=True) as jf:
        assert jf.read_only
        assert edition.counts(jf).dossiers == 40
        with pytest.raises(ReadOnlyError, match="read-only"):
            members.add_member(jf, "Bob")
    assert folder_listing(tmp_path) == ["copy.tnlj"]
    with open_jury_file(path) as jf:
        members.add_member(jf, "Bob")
    assert side_files(path) == []
    assert folder_listing(tmp_path) == ["copy.tnlj", "copy.tnlj.lock"]


CRASHING_WRITER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute(
    "INSERT INTO jury_member (name, organisation, role, active) VALUES ('Saved', '', 'member', 1)"
)
print("committed", flush=True)
sys.stdin.readline()
"""


@pytest.mark.parametrize("keep_shm", [True, False], ids=["as-left", "shm-lost"])
def test_committed_write_survives_a_crash_of_the_writer(
    jury_file: JuryFile, keep_shm: bool
) -> None:
    """A transaction committed into the WAL by a process killed before any checkpoint is there
    when the file is opened again, read-only or for writing, even if the ``-shm`` was lost."""
    path = jury_file.path
    jury_file.close()
    writer = subprocess.Popen(
        [sys.executable, "-c", CRASHING_WRITER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None and writer.stdout.readline() == "committed\n"
    os.kill(writer.pid, signal.SIGKILL)
    writer.communicate(timeout=30)
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    assert wal.stat().st_size > 0  # the commit is only in the WAL
    if not keep_shm:
        shm.unlink()
    with open_jury_file(path, read_only=True) as view:
        assert [m.name for m in members.list_members(view)] == ["Saved"]
    with open_jury_file(path) as jf:
        assert [m.name for m in members.list_members(jf)] == ["Saved"]
    assert side_files(path) == []  # checkpointed into the file by the last writer


# ---------------------------------------------------------------------------------------------
# A second instance: another process holds the file

HOLDER = """
import sys
from tnl_jury.services import members
from tnl_jury.storage.jury_file import open_jury_file
jf = open_jury_file(sys.argv[1])
members.add_member(jf, "Written by the holder")
print("ready", flush=True)
sys.stdin.readline()
jf.close()
print("closed", flush=True)
"""


@pytest.fixture
def holder(jury_file: JuryFile) -> Iterator[subprocess.Popen[str]]:
    """Another process that holds ``jury_file`` open for writing until told to stop."""
    path = jury_file.path
    jury_file.close()
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line == "ready\n", process.stderr.read() if process.stderr else line
    yield process
    if process.poll() is None:
        process.kill()
    process.communicate(timeout=30)


def test_second_instance_is_refused_or_gets_read_only(
    jury_file: JuryFile, holder: subprocess.Popen[str]
) -> None:
    """While another process holds the file: opening for writing is refused ("already open"),
    in-process and from the CLI; the read-only fallback reads and refuses writes; after SIGKILL
    the lock is free again and what the holder committed is there."""
    path = jury_file.path
    with pytest.raises(AlreadyOpenError) as caught:
        open_jury_file(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert "already open" in str(caught.value)

    with open_jury_file(path, read_only_if_locked=True) as view:
        assert view.read_only
        assert [m.name for m in members.list_members(view)] == ["Written by the holder"]
        assert edition.get_edition(view).year == 2026
        with pytest.raises(ReadOnlyError, match="read-only"):
            members.add_member(view, "Intruder")
        with pytest.raises(ReadOnlyError):
            scores.set_proposed_level(view, 1, 1, 3)

    # The CLI behaves the same way: reads fall back to read-only, writes are refused.
    info, add = run_cli_many(
        [["info", "--json", path.name], ["jurors", path.name, "add", "Bob"]], cwd=path.parent
    )
    assert info.code == 0, info
    assert json.loads(info.stdout)["read_only"] is True
    assert json.loads(info.stdout)["members"] == 1
    line = add.check_clean_failure()
    assert "already open" in line
    assert path.name in line

    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=30)
    assert holder.returncode == -signal.SIGKILL

    with open_jury_file(path) as jf:
        assert not jf.read_only
        members.add_member(jf, "After the crash")
        assert [m.name for m in members.list_members(jf)] == [
            "Written by the holder",
            "After the crash",
        ]
        assert audit.first_broken_link(jf) is None


def test_holder_closing_releases_the_lock(
    jury_file: JuryFile, holder: subprocess.Popen[str]
) -> None:
    """When the holder closes the file normally, the lock goes with it."""
    assert holder.stdin is not None and holder.stdout is not None
    with pytest.raises(AlreadyOpenError):
        open_jury_file(jury_file.path)
    holder.stdin.write("stop\n")
    holder.stdin.flush()
    assert holder.stdout.readline() == "closed\n"
    holder.wait(timeout=30)
    with open_jury_file(jury_file.path) as jf:
        assert not jf.read_only


def test_same_process_cannot_open_twice_for_writing(jury_file: JuryFile) -> None:
    """The lock is per open file, not per process: a second writer in-process is refused too."""
    with pytest.raises(AlreadyOpenError, match="already open"):
        open_jury_file(jury_file.path)
    with open_jury_file(jury_file.path, read_only_if_locked=True) as view:
        assert view.read_only


def test_a_jury_file_on_a_read_only_medium_opens_read_only(read_only_medium: Path) -> None:
    """No lock file can be made there, nor SQLite's shared-memory file: a read-only view is
    given when asked for (the window's way of opening), reading commands work, and writing is
    refused with a sentence that says why — never "damaged"."""
    with open_jury_file(read_only_medium, read_only_if_locked=True) as jf:
        assert jf.read_only
        assert len(dossiers.list_dossiers(jf)) == 3
    with open_for_reading(read_only_medium) as jf:
        assert len(members.list_members(jf)) == 3
    with pytest.raises(JuryFileError, match="its folder cannot be written"):
        open_jury_file(read_only_medium)
    listed = subprocess.run(
        [sys.executable, "-m", "tnl_jury", "results", str(read_only_medium), "--json"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    refused = subprocess.run(
        [sys.executable, "-m", "tnl_jury", "jurors", str(read_only_medium), "add", "X"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert refused.returncode == 2 and "read-only medium" in refused.stderr
    assert "Traceback" not in refused.stderr
