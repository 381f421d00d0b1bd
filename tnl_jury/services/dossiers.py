"""Reading dossiers (the list and one dossier's detail) and adding them one by one.

The bulk import from Démarches Simplifiées exports lives in :mod:`tnl_jury.io` and its service;
:func:`add_dossier` serves the demo generator, tests and manual entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tnl_jury.domain.enums import AnswerType, DossierKind, ProgressStatus, parse_enum
from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, RuleError
from tnl_jury.services import audit
from tnl_jury.services.views import AnswerRow, AttachmentRow, DossierDetail, DossierRow
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile


@dataclass(frozen=True)
class NewDossier:
    """What is needed to add a dossier by hand."""

    ds_number: str
    candidate_name: str
    kind: str = DossierKind.OTHER
    departement_code: str = ""
    official_name: str = ""
    official_function: str = ""
    referent_name: str = ""
    ds_state: str = ""
    deposited_at: dt.datetime | None = None
    answers: Sequence[tuple[str, str, str]] = ()  # (label, value_type, value), in form order


def add_dossiers(jury_file: JuryFile, dossiers: Sequence[NewDossier]) -> list[int]:
    """Add dossiers in one transaction; return their ids. A number already present is refused."""
    with jury_file.transaction() as session:
        ids = [_insert(session, new) for new in dossiers]
        audit.record(
            session, jury_file.actor, "dossier.add", ds_numbers=[d.ds_number for d in dossiers]
        )
        return ids


def _insert(session: Session, new: NewDossier) -> int:
    number = new.ds_number.strip()
    if not number:
        raise RuleError(
            QT_TRANSLATE_NOOP("Errors", "a dossier needs its Démarches Simplifiées number")
        )
    try:
        kind = parse_enum(DossierKind, new.kind, "kind of candidate")
        for _, value_type, _ in new.answers:
            parse_enum(AnswerType, value_type, "answer type")
    except ValueError as exc:
        raise RuleError(
            QT_TRANSLATE_NOOP("Errors", "dossier {number}: {problem}"), number=number, problem=exc
        ) from None
    if session.scalar(select(m.Dossier.id).where(m.Dossier.ds_number == number)):
        raise RuleError(
            QT_TRANSLATE_NOOP("Errors", "dossier {number} is already in this jury file"),
            number=number,
        )
    dossier = m.Dossier(
        ds_number=number,
        candidate_name=new.candidate_name.strip(),
        kind=kind.value,
        departement_code=new.departement_code,
        official_name=new.official_name,
        official_function=new.official_function,
        referent_name=new.referent_name,
        ds_state=new.ds_state,
        deposited_at=new.deposited_at,
        answers=[
            m.Answer(position=i, label=label, value_type=value_type, value=value)
            for i, (label, value_type, value) in enumerate(new.answers)
        ],
    )
    session.add(dossier)
    session.flush()
    return dossier.id


def list_dossiers(jury_file: JuryFile) -> list[DossierRow]:
    """Every dossier with its counts, ordered by dossier number."""
    with jury_file.reader() as session:
        answers = _count_by_dossier(session, m.Answer)
        scored = _members_by_dossier(session, None)
        submitted = _members_by_dossier(session, ProgressStatus.SUBMITTED)
        levels = dict(iter(session.execute(select(m.Decision.dossier_id, m.Decision.level))))
        rows = []
        for d in session.scalars(select(m.Dossier).order_by(m.Dossier.ds_number)):
            rows.append(
                _row(
                    d,
                    answers.get(d.id, 0),
                    scored.get(d.id, 0),
                    submitted.get(d.id, 0),
                    levels.get(d.id),
                )
            )
        return rows


def _row(d: m.Dossier, answers: int, scored: int, submitted: int, level: int | None) -> DossierRow:
    flags = []
    if d.missing_from_last_import:
        flags.append("missing_from_last_import")
    if d.answers_changed_at is not None:
        flags.append("answers_changed")
    return DossierRow(
        d.id,
        d.ds_number,
        d.candidate_name,
        d.kind,
        d.departement_code,
        d.official_name,
        d.official_function,
        d.ds_state,
        d.deposited_at,
        answers,
        scored,
        submitted,
        level,
        tuple(flags),
        d.registry_name,
    )


def _count_by_dossier(session: Session, model: type[m.Answer]) -> dict[int, int]:
    query = select(model.dossier_id, func.count()).group_by(model.dossier_id)
    return dict(iter(session.execute(query)))


def _members_by_dossier(session: Session, status: ProgressStatus | None) -> dict[int, int]:
    """How many members have started (status None: any score given) or reached ``status``."""
    if status is None:
        query = (
            select(m.Score.dossier_id, func.count(func.distinct(m.Score.member_id)))
            .where(m.Score.value.is_not(None) | m.Score.no_opinion)
            .group_by(m.Score.dossier_id)
        )
    else:
        query = (
            select(m.MemberDossier.dossier_id, func.count())
            .where(m.MemberDossier.status == status)
            .group_by(m.MemberDossier.dossier_id)
        )
    return dict(iter(session.execute(query)))


def get_dossier_detail(jury_file: JuryFile, dossier_id: int) -> DossierDetail:
    with jury_file.reader() as session:
        d = session.get(m.Dossier, dossier_id)
        if d is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "there is no dossier with id {dossier_id}"),
                dossier_id=dossier_id,
            )
        level = session.scalar(select(m.Decision.level).where(m.Decision.dossier_id == d.id))
        submitted = _members_by_dossier(session, ProgressStatus.SUBMITTED).get(d.id, 0)
        scored = _members_by_dossier(session, None).get(d.id, 0)
        return DossierDetail(
            row=_row(d, len(d.answers), scored, submitted, level),
            referent_name=d.referent_name,
            answers=tuple(AnswerRow(a.position, a.label, a.value_type, a.value) for a in d.answers),
            attachments=tuple(
                AttachmentRow(a.id, a.file_name, a.kind, a.size, a.sha256) for a in d.attachments
            ),
        )


def find_dossier_id(jury_file: JuryFile, ds_number: str) -> int:
    """The id of the dossier with this Démarches Simplifiées number."""
    with jury_file.reader() as session:
        found = session.scalar(select(m.Dossier.id).where(m.Dossier.ds_number == ds_number))
        if found is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "there is no dossier number {ds_number}"),
                ds_number=ds_number,
            )
        return found
