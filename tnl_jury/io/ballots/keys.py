"""Ballot-signing keys: Ed25519 (small, fast, deterministic signatures) with ``cryptography``.

Ballots are not PDFs, so the RSA constraint of PDF/A signatures does not apply here. A
member's key pair is created when their juror package is made: the private key goes into the
package (PKCS#8 PEM, not encrypted: see :mod:`tnl_jury.services.packages` for why), the
public key is registered in the secretariat's jury file under its fingerprint.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, UserError


@dataclass(frozen=True)
class SigningKey:
    """A new key pair: the private key as PEM, the public key as hex, its fingerprint."""

    private_pem: str = field(repr=False)
    public_hex: str
    fingerprint: str


def fingerprint_of(public_raw: bytes) -> str:
    """The SHA-256 of a raw public key, as 64 lowercase hex digits."""
    return hashlib.sha256(public_raw).hexdigest()


def new_signing_key() -> SigningKey:
    """Create an Ed25519 key pair."""
    private = Ed25519PrivateKey.generate()
    raw = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")
    return SigningKey(pem, raw.hex(), fingerprint_of(raw))


def _private_key(private_pem: str) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(private_pem.encode("ascii"), password=None)
    except (ValueError, TypeError, UnicodeEncodeError):
        key = None
    if not isinstance(key, Ed25519PrivateKey):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "this juror package's signing key is damaged: ask for a new package"
            )
        )
    return key


def sign(private_pem: str, data: bytes) -> bytes:
    """The Ed25519 signature of ``data`` (64 bytes)."""
    return _private_key(private_pem).sign(data)


def verify(public_hex: str, signature: bytes, data: bytes) -> bool:
    """True when ``signature`` is a valid signature of ``data`` by the key ``public_hex``."""
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))
        key.verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
