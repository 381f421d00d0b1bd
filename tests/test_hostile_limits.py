"""One limit per field (``tnl_jury.domain.limits``), enforced where a text is stored and where
a ballot carrying it is read: a ballot the app writes is always one it accepts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ballot_helpers import base_file
from helpers import run_cli, sha256_of

from tnl_jury.domain import limits
from tnl_jury.io.ballots import codec
from tnl_jury.io.ballots.codec import BallotFileError, write_ballot
from tnl_jury.services import dossiers, edition, members, scores
from tnl_jury.services.ballot_export import export_ballot
from tnl_jury.services.ballots import import_ballots
from tnl_jury.services.packages import make_all_packages, package_info
from tnl_jury.storage.jury_file import open_jury_file


def test_the_ballot_reader_uses_the_same_limits() -> None:
    assert codec.MAX_TEXT == limits.COMMENT == limits.NOTE == limits.REASON
    assert codec.MAX_NAME == limits.NAME
    assert codec.MAX_BYTES == limits.BALLOT_BYTES


def test_a_comment_over_the_limit_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    path = base_file(tmp_path, dossier_count=2, member_count=2)
    with open_jury_file(path) as jf:
        member = members.list_members(jf)[0].id
        dossier = dossiers.list_dossiers(jf)[0].id
        code = edition.grid_summary(jf)[0].criteria[0].code
        scores.set_score(jf, member, dossier, code, 1, comment="é" * limits.COMMENT)
    before = sha256_of(path)
    with open_jury_file(path) as jf:
        with pytest.raises(limits.TextTooLongError, match="at most 20000 characters"):
            scores.set_score(jf, member, dossier, code, 2, comment="x" * (limits.COMMENT + 1))
        with pytest.raises(limits.TextTooLongError, match="general note"):
            scores.set_proposed_level(jf, member, dossier, 3, "n" * (limits.NOTE + 1))
        with pytest.raises(limits.TextTooLongError, match="reason"):
            members.recuse(jf, member, dossier, "r" * (limits.REASON + 1))
        with pytest.raises(limits.TextTooLongError, match="a name"):
            members.add_member(jf, "N" * (limits.NAME + 1))
    assert sha256_of(path) == before


def test_a_ballot_with_every_text_at_its_limit_is_accepted(tmp_path: Path) -> None:
    base = base_file(tmp_path, dossier_count=2, member_count=2)
    out = tmp_path / "usb"
    out.mkdir()
    with open_jury_file(base) as secretariat:
        package = make_all_packages(secretariat, out)[0]
    with open_jury_file(package.path) as pk:
        info = package_info(pk)
        assert info is not None
        codes = [c.code for d in edition.grid_summary(pk) for c in d.criteria]
        for d in dossiers.list_dossiers(pk):
            for code in codes:
                scores.set_score(pk, info.member_id, d.id, code, 1, comment="€" * limits.COMMENT)
            scores.set_proposed_level(pk, info.member_id, d.id, 2, "ñ" * limits.NOTE)
        ballot = export_ballot(pk, out).path
    with open_jury_file(base) as secretariat:
        (outcome,) = import_ballots(secretariat, [ballot])
    assert outcome.status == "imported", outcome.message


def test_a_ballot_over_the_size_limit_is_not_written(tmp_path: Path) -> None:
    """The writer refuses what the reader would refuse, in one sentence, writing nothing."""
    from tnl_jury.io.ballots.keys import new_signing_key
    from tnl_jury.io.ballots.model import Ballot, DossierEntry, ScoreEntry

    now = dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.UTC)
    comment = "é" * limits.COMMENT  # 40,000 bytes each
    entries = tuple(
        DossierEntry(
            ds_number=str(n),
            scores=tuple(ScoreEntry(f"C{c}", 1, False, comment, now) for c in range(50)),
            progress=None,
            recusal=None,
        )
        for n in range(20)
    )
    ballot = Ballot(
        edition_uid="0" * 32, edition_year=2026, edition_title="T", member_id=1,
        member_name="M", package_uid="1" * 32, sequence=1, created_at=now, dossiers=entries,
    )  # fmt: skip
    target = tmp_path / "big.tnlb"
    key = new_signing_key()
    with pytest.raises(BallotFileError, match="at most 32 MB"):
        write_ballot(ballot, key.private_pem, key.fingerprint, target)
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_the_command_line_refuses_a_name_over_the_limit_in_one_sentence(tmp_path: Path) -> None:
    path = base_file(tmp_path, dossier_count=1, member_count=1)
    before = sha256_of(path)
    done = run_cli("jurors", path, "add", "N" * 3000, cwd=tmp_path)
    assert done.code == 2, done.stderr
    assert "at most 300 characters" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 1
    assert sha256_of(path) == before
