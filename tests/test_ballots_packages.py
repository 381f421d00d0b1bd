"""Juror packages (#7): what a package holds and does not hold, the key it registers, the
names it gets, and what making one refuses."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from ballot_helpers import base_file, file_state

from tnl_jury.domain.errors import UserError
from tnl_jury.services import audit, deliberation, dossiers, edition, members, scores
from tnl_jury.services.packages import (
    CLEARED_TABLES,
    OWN_ROWS_TABLES,
    SHARED_TABLES,
    SPECIAL_TABLES,
    make_all_packages,
    make_package,
    package_file_name,
    package_info,
)
from tnl_jury.storage.jury_file import open_jury_file
from tnl_jury.storage.models import Base

SECRET = "Commentaire confidentiel de Thomas 7f3a"


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return [tuple(row) for row in conn.execute(sql)]
    finally:
        conn.close()


def test_every_table_is_classified() -> None:
    """A new table must say whether a package keeps it, filters it by member or clears it."""
    groups = (SHARED_TABLES, OWN_ROWS_TABLES, CLEARED_TABLES, SPECIAL_TABLES)
    classified = set().union(*groups)
    assert set(Base.metadata.tables) | {"alembic_version"} <= classified
    assert sum(len(g) for g in groups) == len(classified)  # no table in two groups


def test_a_package_holds_the_members_own_data_and_nothing_of_the_others(tmp_path: Path) -> None:
    base = base_file(tmp_path, dossier_count=4, member_count=3)
    with open_jury_file(base) as jf:
        ids = [d.id for d in dossiers.list_dossiers(jf)]
        scores.set_score(jf, 1, ids[0], "A-1", 2, comment="Mon avis")
        scores.set_score(jf, 2, ids[0], "A-1", 3, comment=SECRET)
        scores.set_proposed_level(jf, 2, ids[1], 4, SECRET)
        members.recuse(jf, 1, ids[1], "Ma commune")
        members.recuse(jf, 2, ids[2], SECRET)
        member_ids = [r.id for r in members.list_members(jf)]
        deliberation.set_attendance(jf, dict.fromkeys(member_ids, True))
        deliberation.record_decision(
            jf, ids[0], 2, votes_for=3, votes_against=0, abstentions=0, motivation=SECRET
        )
        uid = _rows(base, "SELECT uid FROM edition")[0][0]
        made = make_package(jf, 1, tmp_path / "claire.tnlj")
        keys = _rows(base, "SELECT member_id, fingerprint FROM member_key")
        assert keys == [(1, made.fingerprint)]
        assert audit.list_events(jf, limit=1)[0].action == "package.make"
        counts = edition.counts(jf)
    package = made.path
    assert SECRET.encode("utf-8") not in package.read_bytes()  # not even in free pages
    assert not Path(f"{package}-wal").exists()
    assert _rows(package, "SELECT DISTINCT member_id FROM score") == [(1,)]
    assert _rows(package, "SELECT DISTINCT member_id FROM member_dossier") == [(1,)]
    assert _rows(package, "SELECT member_id, reason FROM recusal") == [(1, "Ma commune")]
    assert _rows(package, "SELECT count(*) FROM decision") == [(0,)]
    assert _rows(package, "SELECT count(*) FROM member_key") == [(0,)]
    assert _rows(package, "SELECT count(*) FROM attendance WHERE member_id != 1") == [(0,)]
    assert _rows(package, "SELECT organisation FROM jury_member WHERE id != 1") == [("",), ("",)]
    assert [r[0] for r in _rows(package, "SELECT action FROM audit_event")] == ["package.create"]
    with open_jury_file(package) as pk:
        info = package_info(pk)
        assert info is not None
        assert (info.member_id, info.edition_uid, info.year) == (1, uid, 2026)
        assert (info.fingerprint, info.ballots_made, info.source_name) == (
            made.fingerprint,
            0,
            "secretariat.tnlj",
        )
        # The shared material is all there: dossiers, answers, grid, members' names.
        mine = edition.counts(pk)
        assert (mine.dossiers, mine.answers, mine.members) == (
            counts.dossiers,
            counts.answers,
            counts.members,
        )
        assert edition.grid_summary(pk)[0].criteria[0].code == "A-1"
        assert audit.first_broken_link(pk) is None
    with open_jury_file(base) as jf:
        assert package_info(jf) is None


def test_all_packages_at_once_with_readable_names(tmp_path: Path) -> None:
    base = base_file(tmp_path, dossier_count=2, member_count=3)
    out = tmp_path / "usb"
    out.mkdir()
    with open_jury_file(base) as jf:
        listed = members.list_members(jf)
        members.update_member(jf, listed[2].id, active=False)
        taken = out / package_file_name(listed[0].name, 2026)
        taken.write_bytes(b"an older package")
        made = make_all_packages(jf, out)
    assert sorted(p.member_id for p in made) == sorted(r.id for r in listed[:2])
    names = {p.member_id: p.path.name for p in made}
    assert names[listed[0].id] == taken.stem + "-2.tnlj"
    assert names[listed[1].id].startswith("package-") and names[listed[1].id].endswith("-2026.tnlj")
    assert taken.read_bytes() == b"an older package"
    assert package_file_name("Gaël Le Goff", 2026) == "package-gael-le-goff-2026.tnlj"
    assert package_file_name("Œuvray Ça", 2026) == "package-oeuvray-ca-2026.tnlj"


def test_making_a_package_refuses_and_leaves_everything_as_it_was(tmp_path: Path) -> None:
    base = base_file(tmp_path, dossier_count=2, member_count=3)
    with open_jury_file(base) as jf:
        members.update_member(jf, 3, active=False)
    before = file_state(base)
    existing = tmp_path / "existing.tnlj"
    existing.write_bytes(b"mine")
    cases = [
        (1, existing, "already exists"),
        (1, tmp_path / "wrong.sqlite", "must end in .tnlj"),
        (1, tmp_path / "missing" / "p.tnlj", "does not exist"),
        (3, tmp_path / "inactive.tnlj", "no longer an active member"),
        (42, tmp_path / "nobody.tnlj", "no jury member with id 42"),
    ]
    with open_jury_file(base) as jf:
        for member_id, path, message in cases:
            with pytest.raises(UserError, match=message):
                make_package(jf, member_id, path)
    assert file_state(base) == before
    assert existing.read_bytes() == b"mine"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in {".tnlj", ".sqlite"}) == [
        "existing.tnlj",
        "secretariat.tnlj",
    ]
    assert not list(tmp_path.glob(".*.tmp*"))
    with open_jury_file(base, read_only=True) as ro, pytest.raises(UserError, match="read-only"):
        make_package(ro, 1, tmp_path / "ro.tnlj")
    assert not (tmp_path / "ro.tnlj").exists()
