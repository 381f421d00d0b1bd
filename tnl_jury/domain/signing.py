"""What a session of signing the minutes holds: who signs, with which key, what was signed.

Plain values shared by :mod:`tnl_jury.services.minutes_signing` (which does the work) and the
front ends (the GUI's signing wizard holds them between its steps). Passphrases travel in
:class:`KeyChoice`, never in a ``repr``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from tnl_jury.domain.errors import UserError

DEFAULT_ROLE = "Membre du jury"  # the stamp's role for a key without a title (French minutes)


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
