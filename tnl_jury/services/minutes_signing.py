"""Signing the minutes with the jury file at hand: up-to-date minutes only, each box signed by
its owner only.

:func:`sign_minutes` first refuses minutes whose printed state digest is not the jury file's
current state (:func:`minutes_state_matches`): signed, they would say what the file no longer
records.

It then checks the signer against the jury file: the box must be
a member's (``sig-<member id>``), and the key's certificate the one bound to that member
(:func:`tnl_jury.services.members.bind_certificate`); a member with no certificate bound yet
gets this one bound (audited), provided it is in their name. The io layer then checks the box's
owner as the PDF records it (:mod:`tnl_jury.io.signing.owners`) and signs. Locking the
decisions stays apart (:func:`tnl_jury.services.outputs.minutes_signed`): the CLI locks after
each signature, the wizard once everyone present has signed.

The signing session both front ends run is here, once: who signs the minutes
(:func:`read_signatories`), a member signing with a key file they bring or one created on the
spot (:func:`sign_for`, a created key bound to the member at once); locking is
:func:`tnl_jury.services.outputs.minutes_signed`. The session's values are the plain
dataclasses of :mod:`tnl_jury.domain.signing`; pyHanko, reportlab and cryptography are imported
inside the functions.
"""

from __future__ import annotations

import os
from pathlib import Path

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, RuleError
from tnl_jury.domain.signing import (
    KeyChoice,
    MinutesFileError,
    MinutesToSign,
    Signatory,
    SignedField,
)
from tnl_jury.io.signing.sign import SignatureInfo
from tnl_jury.services import members
from tnl_jury.services.views import MemberRow
from tnl_jury.storage.jury_file import JuryFile

FIELD_PREFIX = "sig-"


def member_of_field(field_name: str) -> int | None:
    """The member id a box named ``sig-<id>`` belongs to (None for another name)."""
    rest = field_name[len(FIELD_PREFIX) :] if field_name.startswith(FIELD_PREFIX) else ""
    return int(rest) if rest.isdigit() else None


def minutes_state_matches(jury_file: JuryFile, pdf: str | os.PathLike[str]) -> bool | None:
    """Whether the state digest the minutes ``pdf`` printed is the jury file's current state
    (:func:`tnl_jury.domain.records.state_digest`); None when they print none (minutes from an
    older version, or another document). Raises the io layer's
    :class:`~tnl_jury.io.pdf.audit_anchor.AnchorError` when ``pdf`` cannot be read."""
    from tnl_jury.domain.records import state_digest
    from tnl_jury.io.pdf.audit_anchor import read_state_digest
    from tnl_jury.services.records import build_results_record

    printed = read_state_digest(Path(pdf))
    if printed is None:
        return None
    return printed == state_digest(build_results_record(jury_file, with_scores=False))


def sign_minutes(
    jury_file: JuryFile,
    pdf: str | os.PathLike[str],
    out: str | os.PathLike[str],
    p12_path: str | os.PathLike[str],
    passphrase: str,
    field_name: str | None = None,
    *,
    role: str | None = None,
    revocation_list: str | os.PathLike[str] | None = None,
) -> SignatureInfo:
    """Sign the minutes ``pdf`` into the box ``field_name`` (None: the signer's own box) and
    write them to ``out``; ``role`` (None: the certificate's title) and ``revocation_list`` as for
    :func:`~tnl_jury.io.signing.sign.sign_pdf`. See the module's contract.

    Raises :class:`~tnl_jury.domain.errors.RuleError` (another member's box, a certificate
    bound to someone else or in another name) and the io layer's signing errors.
    """
    from tnl_jury.io.signing.keys import load_identity
    from tnl_jury.io.signing.owners import certificate_sha256
    from tnl_jury.io.signing.sign import sign_pdf

    identity = load_identity(p12_path, passphrase)
    if not minutes_state_matches(jury_file, pdf):
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: these minutes no longer match the jury file (a decision, vote, "
                "attendance or recusal changed since they were written, or they record no "
                "state): write them again, then sign.",
            ),
            path=pdf,
        )
    sha = certificate_sha256(identity.certificate)
    rows = members.list_members(jury_file)
    if field_name is None:
        field_name = _own_box(pdf, rows, sha, identity.common_name)
    member_id = member_of_field(field_name)
    member = next((r for r in rows if r.id == member_id), None)
    if member is None:
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path}: the signature box {field} is no member's of this jury file."
            ),
            path=pdf,
            field=field_name,
        )
    _check_owner(pdf, field_name, member, sha, identity.common_name)
    if member.cert_sha256 is None:
        members.bind_certificate(jury_file, member.id, identity.certificate)
    return sign_pdf(
        pdf, out, p12_path, passphrase, field_name, role=role, revocation_list=revocation_list
    )


def _own_box(pdf: str | os.PathLike[str], rows: list[MemberRow], sha: str, common_name: str) -> str:
    """The signer's own empty-or-not box of ``pdf``: that of the member bound to the
    certificate ``sha``, else of a member without one whose name is the certificate's."""
    from tnl_jury.io.signing.owners import same_name
    from tnl_jury.io.signing.sign import signature_boxes

    mine = [r for r in rows if r.cert_sha256 == sha] or [
        r for r in rows if r.cert_sha256 is None and same_name(r.name, common_name)
    ]
    boxes = {name for name, _signed, _owner in signature_boxes(Path(pdf))}
    field_name = next(
        (f"{FIELD_PREFIX}{r.id}" for r in mine if f"{FIELD_PREFIX}{r.id}" in boxes), None
    )
    if field_name is None:
        raise RuleError(
            QT_TRANSLATE_NOOP("Errors", "{path}: no signature box of these minutes is {signer}'s."),
            path=pdf,
            signer=common_name or "?",
        )
    return field_name


def _check_owner(
    pdf: str | os.PathLike[str], field_name: str, member: MemberRow, sha: str, common_name: str
) -> None:
    """Refuse a key that is not the member's: not the certificate bound to them, or (none bound
    yet) a certificate in another name."""
    from tnl_jury.io.signing.owners import same_name

    bound = member.cert_sha256
    if (bound is not None and bound != sha) or (
        bound is None and not same_name(member.name, common_name)
    ):
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: the signature box {field} is {owner}'s; the key given is {signer}'s, "
                "not the one bound to {owner}: each member signs only their own box.",
            ),
            path=pdf,
            field=field_name,
            owner=member.name,
            signer=common_name or "?",
        )


def read_signatories(jury_file: JuryFile, pdf: Path) -> MinutesToSign:
    """Who signs ``pdf``: its signature fields (``sig-<member id>``, in the order of the
    signature page: president, secretary, then the others) matched to the jury's members."""
    from tnl_jury.io.signing.sign import SigningError, signature_fields
    from tnl_jury.services import deliberation

    try:
        fields = signature_fields(pdf)
    except SigningError as exc:
        raise MinutesFileError(exc.template, **exc.params) from exc
    if not fields:
        raise MinutesFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: the document has no signature field; write the minutes with tnl-jury "
                "first (Documents > Minutes).",
            ),
            path=pdf,
        )
    by_id = {m.id: m for m in members.list_members(jury_file)}
    rows = []
    for name, signed in fields:
        member_id = member_of_field(name)
        member = by_id.get(member_id) if member_id is not None else None
        if member is None:
            rows.append(Signatory(name, None, name, "", "", signed))
        else:
            rows.append(
                Signatory(name, member.id, member.name, member.role, member.organisation, signed)
            )
    in_minutes = {r.member_id for r in rows}
    meeting = deliberation.get_meeting(jury_file)
    missing = tuple(
        by_id[mid].name for mid in meeting.present if mid not in in_minutes and mid in by_id
    )
    return MinutesToSign(pdf, tuple(rows), missing)


def stamp_role(role: str) -> str:
    """The role written on the stamp and in the created certificate (French: the minutes
    are a French document), as on the signature page."""
    from tnl_jury.io.pdf.signature_page import ROLES

    return ROLES.get(role, role)


def sign_for(jury_file: JuryFile, pdf: Path, signatory: Signatory, key: KeyChoice) -> SignedField:
    """Sign ``pdf`` in place into the signatory's field, creating their key first if asked
    (a key created here is bound to the member at once).

    Raises the io layer's user errors (wrong passphrase, unreadable CA, existing key file,
    field already signed…) and :func:`sign_minutes`'s refusals (another member's box or key).
    """
    from tnl_jury.io.signing.keys import create_member_identity, load_certificate, load_jury_ca

    role = stamp_role(signatory.role)
    created_p12 = created_cert = None
    p12 = key.p12_path
    if key.create:
        ca = None
        if key.ca_dir is not None:
            ca = load_jury_ca(
                key.ca_dir / "ca-cert.pem", key.ca_dir / "ca-key.pem", key.ca_passphrase
            )
        files = create_member_identity(
            signatory.name, role, p12, key.passphrase, ca, organisation=signatory.organisation
        )
        created_p12, created_cert = files.p12_path, files.cert_path
        if signatory.member_id is not None:
            members.bind_certificate(
                jury_file, signatory.member_id, load_certificate(files.cert_path)
            )
    info = sign_minutes(jury_file, pdf, pdf, p12, key.passphrase, signatory.field_name, role=role)
    pdfa_ok = info.pdfa is None or info.pdfa.passed
    return SignedField(info.field_name, info.signed_at, created_p12, created_cert, pdfa_ok)
