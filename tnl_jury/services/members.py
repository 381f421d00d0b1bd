"""Jury members and their recusals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from tnl_jury.domain import limits
from tnl_jury.domain.enums import MemberRole, parse_enum
from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, RuleError
from tnl_jury.services import audit
from tnl_jury.services.views import MemberRow, RecusalRow
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile

if TYPE_CHECKING:
    from cryptography import x509


def _row(member: m.JuryMember) -> MemberRow:
    return MemberRow(
        member.id,
        member.name,
        member.organisation,
        member.role,
        member.active,
        member.cert_sha256,
        member.voting,
    )


def get_member(session: Session, member_id: int) -> m.JuryMember:
    member = session.get(m.JuryMember, member_id)
    if member is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "there is no jury member with id {member_id}"),
            member_id=member_id,
        )
    return member


def get_dossier(session: Session, dossier_id: int) -> m.Dossier:
    dossier = session.get(m.Dossier, dossier_id)
    if dossier is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "there is no dossier with id {dossier_id}"),
            dossier_id=dossier_id,
        )
    return dossier


def _check_role(role: str) -> MemberRole:
    try:
        return parse_enum(MemberRole, role, "role")
    except ValueError as exc:
        raise RuleError(str(exc)) from None


def add_member(
    jury_file: JuryFile,
    name: str,
    organisation: str = "",
    role: str = MemberRole.MEMBER,
    *,
    voting: bool = True,
) -> MemberRow:
    """Add a jury member. The name is required; there is at most one president. A member
    without a deliberative vote (``voting=False``: the secretary, an observer) may attend but
    counts neither toward the quorum nor among the voters, and does not score."""
    name = name.strip()
    if not name:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "a jury member needs a name"))
    limits.check_length(name, limits.NAME, "name")
    limits.check_length(organisation.strip(), limits.NAME, "organisation")
    checked_role = _check_role(role)
    with jury_file.transaction() as session:
        if checked_role is MemberRole.PRESIDENT and session.scalar(
            select(m.JuryMember.id).where(
                m.JuryMember.role == MemberRole.PRESIDENT, m.JuryMember.active
            )
        ):
            raise RuleError(QT_TRANSLATE_NOOP("Errors", "the jury already has a president"))
        member = m.JuryMember(
            name=name,
            organisation=organisation.strip(),
            role=checked_role.value,
            active=True,
            voting=voting,
        )
        session.add(member)
        session.flush()
        audit.record(
            session,
            jury_file.actor,
            "member.add",
            member_id=member.id,
            name=name,
            role=checked_role.value,
            voting=voting,
        )
        return _row(member)


def update_member(
    jury_file: JuryFile,
    member_id: int,
    *,
    name: str | None = None,
    organisation: str | None = None,
    role: str | None = None,
    active: bool | None = None,
    voting: bool | None = None,
) -> MemberRow:
    """Change a member's fields (None leaves a field as it is); audited ``member.update`` with
    the fields that changed."""
    with jury_file.transaction() as session:
        member = get_member(session, member_id)
        changes: dict[str, object] = {}
        if name is not None:
            if not name.strip():
                raise RuleError(QT_TRANSLATE_NOOP("Errors", "a jury member needs a name"))
            changes["name"] = limits.check_length(name.strip(), limits.NAME, "name")
        if organisation is not None:
            changes["organisation"] = limits.check_length(
                organisation.strip(), limits.NAME, "organisation"
            )
        if role is not None:
            changes["role"] = _check_role(role).value
        if active is not None:
            changes["active"] = active
        if voting is not None:
            changes["voting"] = voting
        changes = {k: v for k, v in changes.items() if getattr(member, k) != v}
        becomes_president = changes.get("role", member.role) == MemberRole.PRESIDENT and bool(
            changes.get("active", member.active)
        )
        if (
            ({"role", "active"} & changes.keys())
            and becomes_president
            and session.scalar(
                select(m.JuryMember.id).where(
                    m.JuryMember.role == MemberRole.PRESIDENT,
                    m.JuryMember.active,
                    m.JuryMember.id != member_id,
                )
            )
        ):
            raise RuleError(QT_TRANSLATE_NOOP("Errors", "the jury already has a president"))
        for key, value in changes.items():
            setattr(member, key, value)
        if changes:
            audit.record(session, jury_file.actor, "member.update", member_id=member_id, **changes)
        return _row(member)


def bind_certificate(
    jury_file: JuryFile, member_id: int, certificate: x509.Certificate
) -> MemberRow:
    """Bind ``certificate`` to the member: from now on only it signs the member's box in the
    minutes (audited ``member.certificate``, with the certificate it replaces, if any).

    Refused when the certificate's common name is not the member's name (the stamp prints the
    certificate's name), or when another member holds it.
    """
    from tnl_jury.io.signing.owners import certificate_sha256, common_name, same_name

    sha = certificate_sha256(certificate)
    holder = common_name(certificate)
    with jury_file.transaction() as session:
        member = get_member(session, member_id)
        if not same_name(member.name, holder):
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the certificate is {holder}'s, not {member}'s: each member signs with a "
                    "certificate in their own name",
                ),
                holder=holder or "?",
                member=member.name,
            )
        other = session.scalar(
            select(m.JuryMember).where(
                m.JuryMember.cert_sha256 == sha, m.JuryMember.id != member_id
            )
        )
        if other is not None:
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "Errors", "this certificate is already bound to {other}, another member"
                ),
                other=other.name,
            )
        if member.cert_sha256 != sha:
            audit.record(
                session,
                jury_file.actor,
                "member.certificate",
                member_id=member_id,
                cert_sha256=sha,
                replaced=member.cert_sha256,
                subject=certificate.subject.rfc4514_string(),
            )
            member.cert_sha256 = sha
        return _row(member)


def list_members(jury_file: JuryFile, *, include_inactive: bool = True) -> list[MemberRow]:
    with jury_file.reader() as session:
        query = select(m.JuryMember).order_by(m.JuryMember.id)
        if not include_inactive:
            query = query.where(m.JuryMember.active)
        return [_row(member) for member in session.scalars(query)]


def recuse(jury_file: JuryFile, member_id: int, dossier_id: int, reason: str) -> RecusalRow:
    """Record that a member steps aside for a dossier. A reason is required."""
    reason = reason.strip()
    limits.check_length(reason, limits.REASON, "reason")
    if not reason:
        raise RuleError(
            QT_TRANSLATE_NOOP("Errors", "a recusal needs a reason (it appears in the minutes)")
        )
    with jury_file.transaction() as session:
        member = get_member(session, member_id)
        dossier = get_dossier(session, dossier_id)
        if session.scalar(
            select(m.Recusal.id).where(
                m.Recusal.member_id == member_id, m.Recusal.dossier_id == dossier_id
            )
        ):
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{member} has already stepped aside for dossier {dossier}"
                ),
                member=member.name,
                dossier=dossier.ds_number,
            )
        session.add(m.Recusal(member_id=member_id, dossier_id=dossier_id, reason=reason))
        audit.record(
            session,
            jury_file.actor,
            "member.recuse",
            member_id=member_id,
            dossier_id=dossier_id,
            reason=reason,
        )
        return RecusalRow(
            member.id, member.name, dossier.id, dossier.ds_number, dossier.candidate_name, reason
        )


def lift_recusal(jury_file: JuryFile, member_id: int, dossier_id: int) -> None:
    with jury_file.transaction() as session:
        recusal = session.scalar(
            select(m.Recusal).where(
                m.Recusal.member_id == member_id, m.Recusal.dossier_id == dossier_id
            )
        )
        if recusal is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "this member has not stepped aside for this dossier")
            )
        session.delete(recusal)
        audit.record(
            session,
            jury_file.actor,
            "member.recusal_lifted",
            member_id=member_id,
            dossier_id=dossier_id,
        )


def list_recusals(jury_file: JuryFile) -> list[RecusalRow]:
    with jury_file.reader() as session:
        rows = session.execute(
            select(m.Recusal, m.JuryMember, m.Dossier)
            .join(m.JuryMember, m.JuryMember.id == m.Recusal.member_id)
            .join(m.Dossier, m.Dossier.id == m.Recusal.dossier_id)
            .order_by(m.Dossier.ds_number, m.JuryMember.name)
        )
        return [
            RecusalRow(mem.id, mem.name, dos.id, dos.ds_number, dos.candidate_name, r.reason)
            for r, mem, dos in rows
        ]


def is_recused(session: Session, member_id: int, dossier_id: int) -> bool:
    return (
        session.scalar(
            select(m.Recusal.id).where(
                m.Recusal.member_id == member_id, m.Recusal.dossier_id == dossier_id
            )
        )
        is not None
    )
