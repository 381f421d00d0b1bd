"""Exporting a ballot from a juror package (see :mod:`tnl_jury.services.ballots`).

The member's own scores, "no opinion" marks, comments, proposed levels, general notes,
statuses and recusals, each with the juror's time of change, numbered (1, 2, 3… per package),
signed with the package's key and written atomically as
``ballot-<member>-<year>-<YYYYMMDD-HHMMSS>.tnlb`` (local time). The number is committed before
the file is written: a failed write leaves a gap in the numbers (harmless), never two different
ballots under one number.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, UserError
from tnl_jury.io.ballots import codec
from tnl_jury.io.ballots.model import (
    SUFFIX,
    Ballot,
    DossierEntry,
    ProgressEntry,
    RecusalEntry,
    ScoreEntry,
)
from tnl_jury.services import audit
from tnl_jury.services.packages import file_slug, free_path, require_package
from tnl_jury.storage import ballot_models as bm
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile
from tnl_jury.storage.orm_base import utcnow


@dataclass(frozen=True)
class BallotWritten:
    path: Path
    member_id: int
    member_name: str
    sequence: int
    created_at: dt.datetime
    dossiers: int
    scores: int


def local_time(utc: dt.datetime) -> dt.datetime:
    """A stored (naive UTC) time in the computer's local time, naive."""
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def ballot_file_name(member_name: str, year: int, when_local: dt.datetime) -> str:
    """``ballot-<member>-<year>-<YYYYMMDD-HHMMSS>.tnlb``: whose and when, at a glance."""
    return f"ballot-{file_slug(member_name)}-{year}-{when_local:%Y%m%d-%H%M%S}{SUFFIX}"


def export_ballot(package: JuryFile, out: str | Path) -> BallotWritten:
    """Write the member's ballot from their ``package`` to ``out`` (a ``.tnlb`` file, or a
    folder where it gets its usual name). Refused for a file that is not a juror package."""
    info = require_package(package)
    out = Path(out)
    if not out.is_dir():
        if out.suffix.lower() != SUFFIX:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "{path}: a ballot's name must end in {suffix}"),
                path=out,
                suffix=SUFFIX,
            )
        if not out.parent.is_dir():
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "{path}: the folder {folder} does not exist"),
                path=out,
                folder=out.parent,
            )
    with package.reader() as session:
        entries = _member_entries(session, info.member_id)
    with package.transaction() as session:
        identity = session.scalar(select(bm.PackageIdentity).limit(1))
        assert identity is not None  # require_package saw it; only this process writes
        sequence = identity.next_sequence
        identity.next_sequence = sequence + 1
        now = utcnow()
        identity.last_ballot_at = now
        private_pem, fingerprint = identity.private_key, identity.fingerprint
        ballot = Ballot(
            edition_uid=info.edition_uid,
            edition_year=info.year,
            edition_title=info.title,
            member_id=info.member_id,
            member_name=info.member_name,
            package_uid=info.package_uid,
            sequence=sequence,
            created_at=now,
            dossiers=entries,
        )
        audit.record(
            session,
            package.actor,
            "ballot.export",
            member_id=info.member_id,
            sequence=sequence,
            dossiers=len(entries),
            scores=ballot.score_count,
        )
    # The number is committed before the file is written: a failed write leaves a gap in the
    # numbers (harmless), never two different ballots under one number.
    target = out
    if out.is_dir():
        target = free_path(out / ballot_file_name(info.member_name, info.year, local_time(now)))
    codec.write_ballot(ballot, private_pem, fingerprint, target)
    return BallotWritten(
        target, info.member_id, info.member_name, sequence, now, len(entries), ballot.score_count
    )


def _member_entries(session: Session, member_id: int) -> tuple[DossierEntry, ...]:
    """Every dossier the member touched, with their values, by dossier number."""
    ds_numbers = dict(iter(session.execute(select(m.Dossier.id, m.Dossier.ds_number))))
    order = {
        code: index
        for index, code in enumerate(
            session.scalars(
                select(m.Criterion.code)
                .join(m.Domain, m.Domain.id == m.Criterion.domain_id)
                .order_by(m.Domain.position, m.Criterion.position)
            )
        )
    }
    scores: dict[int, list[ScoreEntry]] = {}
    for s, code in session.execute(
        select(m.Score, m.Criterion.code)
        .join(m.Criterion, m.Criterion.id == m.Score.criterion_id)
        .where(m.Score.member_id == member_id)
    ):
        scores.setdefault(s.dossier_id, []).append(
            ScoreEntry(code, s.value, bool(s.no_opinion), s.comment, s.updated_at)
        )
    progress = {
        p.dossier_id: ProgressEntry(
            p.status, p.proposed_level, p.general_note, p.updated_at, p.submitted_at
        )
        for p in session.scalars(
            select(m.MemberDossier).where(m.MemberDossier.member_id == member_id)
        )
    }
    recusals = {
        r.dossier_id: RecusalEntry(r.reason, r.created_at)
        for r in session.scalars(select(m.Recusal).where(m.Recusal.member_id == member_id))
    }
    touched = set(scores) | set(progress) | set(recusals)
    return tuple(
        DossierEntry(
            ds_numbers[did],
            progress.get(did),
            recusals.get(did),
            tuple(sorted(scores.get(did, []), key=lambda s: order.get(s.criterion, 0))),
        )
        for did in sorted(touched, key=lambda did: ds_numbers[did])
    )
