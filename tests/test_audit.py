"""The audit trail: one chained event per change; edits made behind the app's back (with the
``sqlite3`` command-line tool) break the chain where they happened."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import new_jury_file_copy

from tnl_jury.services import audit, dossiers, members, scores
from tnl_jury.services.dossiers import NewDossier
from tnl_jury.storage.jury_file import JuryFile, open_jury_file


@pytest.fixture
def jury_file(tmp_path: Path) -> Iterator[JuryFile]:
    """Like the shared fixture (a new jury file, default grid, 2026), copied from a template."""
    jf = new_jury_file_copy(tmp_path / "edition.tnlj")
    yield jf
    jf.close()


SQLITE3 = shutil.which("sqlite3")
needs_sqlite3 = pytest.mark.skipif(SQLITE3 is None, reason="the sqlite3 command-line tool")


def _sqlite3(path: Path, sql: str) -> None:
    """Run ``sqlite3 FILE SQL`` in a subprocess, as someone tampering with the file would."""
    assert SQLITE3 is not None
    subprocess.run([SQLITE3, str(path), sql], check=True, capture_output=True, timeout=30)


def _fill(jf: JuryFile) -> None:
    """Five events after the file's creation: member, dossier, recusal, score, level."""
    member = members.add_member(jf, "Claire")
    other = members.add_member(jf, "Karim")
    (dossier,) = dossiers.add_dossiers(jf, [NewDossier("18000001", "Ville")])
    members.recuse(jf, other.id, dossier, "Élu")
    scores.set_score(jf, member.id, dossier, "STRAT-1", 3)


def test_events_are_chained_newest_first(jury_file: JuryFile) -> None:
    """Each event stores the hash of the one before; the list is newest first."""
    _fill(jury_file)
    events = audit.list_events(jury_file)
    assert [e.action for e in events] == [
        "score.set",
        "member.recuse",
        "dossier.add",
        "member.add",
        "member.add",
        "edition.create",
    ]
    assert [e.id for e in events] == sorted((e.id for e in events), reverse=True)
    assert all(e.actor == jury_file.actor for e in events)
    assert [e.action for e in audit.list_events(jury_file, limit=2)] == [
        "score.set",
        "member.recuse",
    ]
    assert audit.first_broken_link(jury_file) is None


def test_chain_survives_reopening(jury_file: JuryFile) -> None:
    """The chain is computed from what is stored, so it verifies after a reopen."""
    _fill(jury_file)
    path = jury_file.path
    jury_file.close()
    with open_jury_file(path) as jf:
        assert audit.first_broken_link(jf) is None
        members.add_member(jf, "Léa")
        assert audit.first_broken_link(jf) is None


@needs_sqlite3
@pytest.mark.parametrize(
    ("sql", "broken_at"),
    [
        pytest.param("UPDATE audit_event SET details='{}' WHERE id=2", 2, id="details edited"),
        pytest.param("UPDATE audit_event SET actor='mallory' WHERE id=3", 3, id="actor edited"),
        pytest.param(
            "UPDATE audit_event SET at='2020-01-01 00:00:00.000000' WHERE id=4", 4, id="time"
        ),
        pytest.param("DELETE FROM audit_event WHERE id=3", 4, id="event removed"),
        pytest.param("UPDATE audit_event SET prev_hash='' WHERE id=3", 3, id="link edited"),
        pytest.param(
            "UPDATE audit_event SET hash='x' || substr(hash, 2) WHERE id=5", 5, id="hash edited"
        ),
    ],
)
def test_tampering_with_sqlite3_breaks_the_chain_where_it_happened(
    jury_file: JuryFile, sql: str, broken_at: int
) -> None:
    """An event changed or removed with the ``sqlite3`` tool is found: the first broken link is
    the changed event (or the one after a removed event)."""
    _fill(jury_file)
    assert audit.first_broken_link(jury_file) is None
    _sqlite3(jury_file.path, sql)
    assert audit.first_broken_link(jury_file) == broken_at


@needs_sqlite3
def test_changing_a_score_behind_the_apps_back_is_not_in_the_trail(jury_file: JuryFile) -> None:
    """The chain protects the events, not the data: a score edited with ``sqlite3`` leaves the
    chain intact (documented limit; the events still tell what the app wrote)."""
    _fill(jury_file)
    _sqlite3(jury_file.path, "UPDATE score SET value = 0")
    assert [s.value for s in scores.list_scores(jury_file)] == [0]
    assert audit.first_broken_link(jury_file) is None
    assert audit.list_events(jury_file, limit=1)[0].details["value"] == 3
