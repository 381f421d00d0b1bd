"""The work functions of the signing wizard (no Qt here): reading who signs the minutes, and
signing for one member with a key file brought or created on the spot.

They run off the GUI thread; pyHanko, reportlab and cryptography are imported inside them.
Passphrases travel in :class:`KeyChoice` (never in a ``repr``, never logged).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:
    from tnl_jury.storage.jury_file import JuryFile

FIELD_PREFIX = "sig-"


class MinutesFileError(UserError):
    """The chosen file cannot be signed here (missing, not a PDF, no signature field)."""


@dataclass(frozen=True)
class Signatory:
    """One signature field of the minutes and the member it belongs to."""

    field_name: str
    member_id: int | None  # None: the field does not name a member of this jury file
    name: str
    role: str  # the role code (president, secretary, member), "" when unknown
    organisation: str
    signed: bool  # the field was already signed when the file was read


@dataclass(frozen=True)
class MinutesToSign:
    path: Path
    signatories: tuple[Signatory, ...]
    # Members the meeting records as present who have no box in these minutes (minutes
    # written before the attendance was recorded): the minutes should be written again.
    missing: tuple[str, ...]


@dataclass(frozen=True)
class KeyChoice:
    """How a member signs: with a PKCS#12 file they bring (``create`` False), or with one
    created now at ``p12_path`` (issued by the jury CA in ``ca_dir`` when given)."""

    create: bool
    p12_path: Path
    passphrase: str = field(repr=False)
    ca_dir: Path | None = None
    ca_passphrase: str = field(default="", repr=False)


@dataclass(frozen=True)
class SignedField:
    field_name: str
    signed_at: dt.datetime
    created_p12: Path | None  # the key file created for the member, if any
    created_cert: Path | None  # its certificate alone (PEM), for verifiers
    pdfa_ok: bool


def read_minutes(jury_file: JuryFile, pdf: Path) -> MinutesToSign:
    """Who signs ``pdf``: its signature fields (``sig-<member id>``, in the order of the
    signature page: president, secretary, then the others) matched to the jury's members."""
    from tnl_jury.io.signing.sign import SigningError, signature_fields
    from tnl_jury.services import deliberation, members

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
        member = None
        if name.startswith(FIELD_PREFIX) and name[len(FIELD_PREFIX) :].isdigit():
            member = by_id.get(int(name[len(FIELD_PREFIX) :]))
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
    field already signed…) and the service's refusals (another member's box or key).
    """
    from tnl_jury.io.signing.keys import create_member_identity, load_certificate, load_jury_ca
    from tnl_jury.services.members import bind_certificate
    from tnl_jury.services.minutes_signing import sign_minutes

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
            bind_certificate(jury_file, signatory.member_id, load_certificate(files.cert_path))
    info = sign_minutes(jury_file, pdf, pdf, p12, key.passphrase, signatory.field_name, role=role)
    pdfa_ok = info.pdfa is None or info.pdfa.passed
    return SignedField(info.field_name, info.signed_at, created_p12, created_cert, pdfa_ok)


def lock_decisions(jury_file: JuryFile, pdf: Path) -> int:
    """The minutes ``pdf`` are signed: lock the decisions they record; return how many."""
    from tnl_jury.services.outputs import minutes_signed

    return minutes_signed(jury_file, pdf)
