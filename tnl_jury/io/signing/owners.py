"""Who owns each signature box of the minutes, and whether a certificate may sign it.

Each box (signature field ``sig-<member id>``) of the minutes written by tnl-jury carries its
owner in its field dictionary: ``/TU`` (the field's accessible name) is the member's name, and
``/TNL_Owner`` holds ``/MemberId``, ``/Name`` and, when the jury file had bound a certificate to
the member when the minutes were written, ``/CertSHA256`` (the SHA-256 of the certificate,
DER, in hex). A certificate may sign a box when its SHA-256 is the owner's, or — when no
certificate was bound — when its common name is the owner's name (compared without regard to
case, Unicode normalisation or runs of spaces). The owner is part of the revision every
signature covers, so it cannot be changed without breaking the signatures.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

OWNER_KEY = "/TNL_Owner"


@dataclass(frozen=True)
class BoxOwner:
    """The member a signature box belongs to."""

    member_id: int
    name: str
    cert_sha256: str | None  # None: no certificate was bound when the minutes were written


def certificate_sha256(certificate: x509.Certificate) -> str:
    """The SHA-256 of the certificate's DER encoding, in lowercase hex."""
    return hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).hexdigest()


def common_name(certificate: x509.Certificate) -> str:
    """The certificate's common name ("" when it has none)."""
    values = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(values[0].value) if values else ""


def same_name(a: str, b: str) -> bool:
    """Whether two names are the same person's as written (case, NFC and spaces aside)."""

    def key(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).casefold().split())

    return bool(a.strip()) and key(a) == key(b)


def may_sign(owner: BoxOwner, certificate: x509.Certificate) -> bool:
    """Whether ``certificate`` may sign ``owner``'s box (see the module's contract)."""
    if owner.cert_sha256:
        return certificate_sha256(certificate) == owner.cert_sha256
    return same_name(owner.name, common_name(certificate))


def owner_entries(owner: BoxOwner) -> dict[str, Any]:
    """The pyHanko objects to put into the box's field dictionary."""
    from pyhanko.pdf_utils import generic

    entries = {
        "/MemberId": generic.NumberObject(owner.member_id),  # type: ignore[no-untyped-call]
        "/Name": generic.TextStringObject(owner.name),
    }
    if owner.cert_sha256:
        entries["/CertSHA256"] = generic.TextStringObject(owner.cert_sha256)
    return {
        generic.NameObject("/TU"): generic.TextStringObject(owner.name),
        generic.NameObject(OWNER_KEY): generic.DictionaryObject(  # type: ignore[no-untyped-call]
            {generic.NameObject(k): v for k, v in entries.items()}
        ),
    }


def read_owner(field: Any) -> BoxOwner | None:
    """The owner recorded in a signature field dictionary (pyHanko), None when absent or
    malformed (minutes from an older version, or a foreign PDF)."""
    try:
        entry = field.get(OWNER_KEY)
        if entry is None:
            return None
        entry = entry.get_object()
        sha = entry.get("/CertSHA256")
        return BoxOwner(
            int(entry["/MemberId"]),
            str(entry["/Name"]),
            str(sha).lower() if sha is not None and str(sha) else None,
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
