"""Ballots: a member hands in their work from their juror package, the secretariat merges it.

Export (in a package, :func:`export_ballot`, in :mod:`tnl_jury.services.ballot_export`): the
member's own values, each with the juror's time of change, numbered, signed and written
atomically as ``ballot-<member>-<year>-<YYYYMMDD-HHMMSS>.tnlb``. Ballots are cumulative: a
later one holds everything the earlier ones held.

Import (in the secretariat's file, :func:`import_ballots`): each ballot is read strictly
(:mod:`tnl_jury.io.ballots.codec`), then, in one transaction with one audit event:

* refused, nothing written, when its key is not registered in this file (a ballot of another
  edition or jury file, or forged), its signature does not match the registered key (altered
  or forged), it claims to be another member's than the key's, its key was revoked, its
  member is no longer active, a *different* ballot with the same number from the same package
  was already imported, a *newer* ballot of the same package was already imported (its values
  are already superseded), or it names a dossier, a criterion or a value this file's grid does
  not have;
* "already imported" (nothing written) when this very ballot was imported before;
* otherwise merged value by value (:mod:`tnl_jury.services.ballot_merge`): added, changed,
  unchanged, older (never overwrites a newer value), locked (decision locked) and conflicts
  (a different value someone else put in the file: both kept, the secretariat chooses with
  :func:`resolve_conflict`). Nothing is silently dropped: every value lands in one count.

Several ballots given at once are merged oldest first, so a newer one always wins.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tnl_jury.domain.enums import BallotStatus
from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, Phrase, UserError
from tnl_jury.io.atomic import ProgressFn, report
from tnl_jury.io.ballots import codec
from tnl_jury.io.ballots.model import Ballot, SignedBallot
from tnl_jury.services import audit, ballot_merge
from tnl_jury.services.ballot_conflicts import (
    ConflictRow,
    describe_value,
    list_conflicts,
    resolve_conflict,
)
from tnl_jury.services.ballot_export import (
    BallotWritten,
    ballot_file_name,
    export_ballot,
    local_time,
)
from tnl_jury.services.packages import refuse_package
from tnl_jury.storage import ballot_models as bm
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile

__all__ = [
    "BallotOutcome",
    "BallotRefusedError",
    "BallotSummary",
    "BallotWritten",
    "ConflictRow",
    "MemberTotals",
    "ballot_file_name",
    "describe_value",
    "export_ballot",
    "import_ballots",
    "list_conflicts",
    "local_time",
    "member_totals",
    "resolve_conflict",
]


_REFUSED = QT_TRANSLATE_NOOP("Errors", "{file}: {problem}; nothing was imported from it")


class BallotRefusedError(UserError):
    """A ballot that was read but cannot be merged into this jury file: ``file`` names it,
    ``problem`` says why (a template of its own, filled with ``params``)."""

    def __init__(self, file: str, problem: str, /, **params: object) -> None:
        self.file = file
        super().__init__(_REFUSED, file=file, problem=Phrase(problem, **params))


@dataclass(frozen=True)
class BallotSummary:
    """What merging one ballot did (counts of values: scores, proposed levels, recusals)."""

    member_id: int
    member_name: str
    sequence: int
    created_at: dt.datetime
    dossiers: int
    added: int
    changed: int
    unchanged: int
    older: int
    conflicts: int
    locked: int
    locked_dossiers: tuple[str, ...] = ()
    conflict_ids: tuple[int, ...] = ()
    recused: int = 0  # values refused: the member stepped aside for these dossiers
    recused_dossiers: tuple[str, ...] = ()


@dataclass(frozen=True)
class BallotOutcome:
    path: Path
    status: BallotStatus
    message: str  # why it was refused (English, one sentence naming the file), else ""
    summary: BallotSummary | None
    error: UserError | None = None  # the refusal itself: the GUI shows it in its language


@dataclass(frozen=True)
class MemberTotals:
    member_id: int
    member_name: str
    ballots: int
    added: int
    changed: int
    unchanged: int
    older: int
    conflicts: int
    locked: int


def _shown(utc: dt.datetime) -> str:
    return local_time(utc).strftime("%Y-%m-%d %H:%M")


# Import ----------------------------------------------------------------------------------


def import_ballots(
    jury_file: JuryFile, paths: Sequence[str | Path], *, progress: ProgressFn | None = None
) -> list[BallotOutcome]:
    """Merge the ballots at ``paths`` into the secretariat's ``jury_file``, oldest first (see
    the module's docstring); one outcome per path, in the order given. A refused ballot does
    not stop the others."""
    refuse_package(
        jury_file,
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: this is {member}'s juror package; importing ballots is done in the "
            "secretariat's jury file",
        ),
    )
    outcomes: dict[int, BallotOutcome] = {}
    readable: list[tuple[int, SignedBallot]] = []
    for index, path in enumerate(paths):
        report(progress, index, len(paths) * 2, Path(path).name)
        try:
            readable.append((index, codec.read_ballot(path)))
        except UserError as exc:
            outcomes[index] = BallotOutcome(Path(path), BallotStatus.REFUSED, str(exc), None, exc)
    readable.sort(key=lambda pair: (pair[1].ballot.created_at, pair[1].ballot.sequence))
    for done, (index, signed) in enumerate(readable):
        report(progress, len(paths) + done, len(paths) * 2, signed.path.name)
        try:
            outcomes[index] = _import_one(jury_file, signed)
        except UserError as exc:
            outcomes[index] = BallotOutcome(signed.path, BallotStatus.REFUSED, str(exc), None, exc)
    report(progress, len(paths) * 2, len(paths) * 2, "")
    return [outcomes[index] for index in range(len(paths))]


def _refuse(signed: SignedBallot, problem: str, /, **params: object) -> BallotRefusedError:
    """The refusal of ``signed``: ``problem`` is a template filled with ``params``."""
    return BallotRefusedError(signed.path.name, problem, **params)


def _import_one(jury_file: JuryFile, signed: SignedBallot) -> BallotOutcome:
    b = signed.ballot
    with jury_file.transaction() as session:
        member = _check_origin(session, signed)
        same = session.scalar(
            select(bm.BallotImport).where(
                bm.BallotImport.fingerprint == signed.key_fingerprint,
                bm.BallotImport.sequence == b.sequence,
            )
        )
        if same is not None:
            if same.sha256 != signed.sha256:
                raise _refuse(
                    signed,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "another ballot numbered {sequence} from {member}'s package was "
                        "already imported on {imported_at}, with other values (was the "
                        "package copied and used on two computers?)",
                    ),
                    sequence=b.sequence,
                    member=member.name,
                    imported_at=_shown(same.imported_at),
                )
            return BallotOutcome(
                signed.path, BallotStatus.ALREADY_IMPORTED, "", _summary(member, b, same)
            )
        newest = session.scalar(
            select(func.max(bm.BallotImport.sequence)).where(
                bm.BallotImport.fingerprint == signed.key_fingerprint
            )
        )
        if newest is not None and b.sequence < newest:
            raise _refuse(
                signed,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "this is {member}'s ballot no. {sequence} of {created_at}, "
                    "older than their ballot no. {newest} already imported, which holds "
                    "everything it held",
                ),
                member=member.name,
                sequence=b.sequence,
                created_at=_shown(b.created_at),
                newest=newest,
            )
        dossier_ids = _check_content(session, signed)
        row = bm.BallotImport(
            member_id=member.id,
            fingerprint=signed.key_fingerprint,
            sequence=b.sequence,
            created_at=b.created_at,
            sha256=signed.sha256,
            file_name=signed.path.name,
            imported_by=jury_file.actor,
            counts={},
        )
        session.add(row)
        session.flush()
        result = ballot_merge.merge(
            session,
            b,
            member.id,
            dossier_ids,
            row,
            f"ballot no. {b.sequence} of {member.name}",
        )
        row.counts = {
            **result.counts(),
            "dossiers": len(b.dossiers),
            "locked_dossiers": result.locked_dossiers,
            "recused_dossiers": result.recused_dossiers,
        }
        audit.record(
            session,
            jury_file.actor,
            "ballot.import",
            member_id=member.id,
            sequence=b.sequence,
            file=signed.path.name,
            key=signed.key_fingerprint,
            **result.counts(),
        )
        session.flush()
        summary = _summary(member, b, row, tuple(c.id for c in result.conflict_rows))
        return BallotOutcome(signed.path, BallotStatus.IMPORTED, "", summary)


def _check_origin(session: Session, signed: SignedBallot) -> m.JuryMember:
    """The ballot's signer, once its key, signature, member and edition are checked."""
    b = signed.ballot
    edition = session.scalar(select(m.Edition).limit(1))
    if edition is None:
        raise _refuse(signed, QT_TRANSLATE_NOOP("Errors", "this jury file holds no edition"))
    elsewhere = QT_TRANSLATE_NOOP(
        "Errors",
        "this ballot belongs to another jury file (edition {year}, “{title}”), "
        "not to this one (edition {this_year})",
    )
    about = {"year": b.edition_year, "title": b.edition_title, "this_year": edition.year}
    key = session.scalar(
        select(bm.MemberKey).where(bm.MemberKey.fingerprint == signed.key_fingerprint)
    )
    if key is None:
        if b.edition_uid != edition.uid:
            raise _refuse(signed, elsewhere, **about)
        raise _refuse(
            signed,
            QT_TRANSLATE_NOOP(
                "Errors",
                "this ballot is signed with a key this jury file does not know (its package "
                "was not made from this file, or the ballot was forged)",
            ),
        )
    if not codec.verify(signed, key.public_key):
        raise _refuse(
            signed,
            QT_TRANSLATE_NOOP(
                "Errors",
                "the signature does not match: the ballot was changed after it was signed, "
                "or forged",
            ),
        )
    signer = session.get(m.JuryMember, key.member_id)
    if signer is None:  # cascades remove keys with their member; kept for type checkers
        raise _refuse(
            signed, QT_TRANSLATE_NOOP("Errors", "its member is no longer in this jury file")
        )
    if key.member_id != b.member_id:
        raise _refuse(
            signed,
            QT_TRANSLATE_NOOP(
                "Errors",
                "this ballot claims to be {claimed}'s, but it is signed with {signer}'s key",
            ),
            claimed=b.member_name,
            signer=signer.name,
        )
    if b.edition_uid != edition.uid or b.edition_year != edition.year:
        # The year too: a jury file copied to start another edition keeps its identifier.
        raise _refuse(signed, elsewhere, **about)
    if key.revoked_at is not None:
        raise _refuse(
            signed,
            QT_TRANSLATE_NOOP(
                "Errors",
                "this ballot comes from {member}'s package of {created_at}, which was replaced "
                "on {revoked_at}; ask for a ballot made from their new package",
            ),
            member=signer.name,
            created_at=_shown(key.created_at),
            revoked_at=_shown(key.revoked_at),
        )
    if not signer.active:
        raise _refuse(
            signed,
            QT_TRANSLATE_NOOP("Errors", "{member} is no longer an active member of the jury"),
            member=signer.name,
        )
    return signer


def _check_content(session: Session, signed: SignedBallot) -> dict[str, int]:
    """The ids of the ballot's dossiers, once every dossier, criterion and value is checked
    against this file's grid."""
    b = signed.ballot
    dossier_ids = dict(iter(session.execute(select(m.Dossier.ds_number, m.Dossier.id))))
    scales: dict[str, set[int]] = {}
    for code, value in session.execute(
        select(m.Criterion.code, m.ScaleStep.value).join(
            m.ScaleStep, m.ScaleStep.scale_id == m.Criterion.scale_id
        )
    ):
        scales.setdefault(code, set()).add(value)
    for entry in b.dossiers:
        if entry.ds_number not in dossier_ids:
            raise _refuse(
                signed,
                QT_TRANSLATE_NOOP(
                    "Errors", "it names dossier {dossier}, which this file does not hold"
                ),
                dossier=entry.ds_number,
            )
        for s in entry.scores:
            if s.criterion not in scales:
                raise _refuse(
                    signed,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "it names criterion {criterion}, which this file's grid does not have",
                    ),
                    criterion=s.criterion,
                )
            if s.value is not None and s.value not in scales[s.criterion]:
                raise _refuse(
                    signed,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "dossier {dossier}, criterion {criterion}: {value} is not a step "
                        "of the criterion's scale",
                    ),
                    dossier=entry.ds_number,
                    criterion=s.criterion,
                    value=s.value,
                )
    return dossier_ids


def _summary(
    member: m.JuryMember,
    b: Ballot,
    row: bm.BallotImport,
    conflict_ids: tuple[int, ...] = (),
) -> BallotSummary:
    counts = row.counts or {}
    return BallotSummary(
        member_id=member.id,
        member_name=member.name,
        sequence=b.sequence,
        created_at=b.created_at,
        dossiers=len(b.dossiers),
        added=int(counts.get("added", 0)),
        changed=int(counts.get("changed", 0)),
        unchanged=int(counts.get("unchanged", 0)),
        older=int(counts.get("older", 0)),
        conflicts=int(counts.get("conflicts", 0)),
        locked=int(counts.get("locked", 0)),
        locked_dossiers=tuple(counts.get("locked_dossiers", ())),
        conflict_ids=conflict_ids,
        recused=int(counts.get("recused", 0)),
        recused_dossiers=tuple(counts.get("recused_dossiers", ())),
    )


def member_totals(outcomes: Sequence[BallotOutcome]) -> list[MemberTotals]:
    """The imported ballots' counts added up per member (by name); "already imported"
    ballots changed nothing and are not counted."""
    totals: dict[int, list[int]] = {}
    names: dict[int, str] = {}
    for outcome in outcomes:
        s = outcome.summary
        if s is None or outcome.status != "imported":
            continue
        names[s.member_id] = s.member_name
        t = totals.setdefault(s.member_id, [0] * 7)
        for i, n in enumerate((1, s.added, s.changed, s.unchanged, s.older, s.conflicts, s.locked)):
            t[i] += n
    return [
        MemberTotals(mid, names[mid], *totals[mid])
        for mid in sorted(totals, key=lambda mid: (names[mid], mid))
    ]
