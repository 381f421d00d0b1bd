"""Signing a PDF into one of its signature fields: PAdES B-B, offline, with a visible stamp.

Each signatory signs in turn, each signature an incremental update over the previous file.
The first signature of a document certifies it (DocMDP "fill forms": later signatures into
the other fields stay allowed, other changes invalidate it); the next ones are approval
signatures. There is no timestamp server (offline): the level is PAdES B-B, the signing time
is the PC's clock, and the signature carries the signer's certificate and the jury CA's (the
chain, from the .p12). :mod:`tnl_jury.io.signing.verify` judges each certificate at that
signing time, so minutes stay verifiable after the member certificates (3 years) expire; the
jury CA lasts 10 years and must be kept to verify (see docs/ARCHITECTURE.md, "Trust model").
pyHanko is imported inside the function: it is slow to import.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, UserError
from tnl_jury.domain.signing import DEFAULT_ROLE
from tnl_jury.io.atomic import atomic_write_bytes
from tnl_jury.io.pdf.pdfa import PdfaCheck, check_pdfa, keep_metadata_in_step
from tnl_jury.io.signing.keys import Identity, load_identity
from tnl_jury.io.signing.owners import BoxOwner, may_sign, read_owner
from tnl_jury.io.signing.revocation import (
    embed_validation_material,
    find_revocation_list,
    load_revocation_list,
    revoked_on,
)
from tnl_jury.io.signing.stamp import stamp_pdf, stamp_style


class SigningError(UserError):
    """The document cannot be signed as asked (no free field, field already signed, …)."""


@dataclass(frozen=True)
class SignatureInfo:
    """What :func:`sign_pdf` did. ``pdfa`` is the PDF/A-2b check of the signed file (None
    when not asked for)."""

    path: Path
    field_name: str
    signer_name: str
    role: str
    certificate_subject: str
    signed_at: dt.datetime
    certification: bool
    pdfa: PdfaCheck | None


def sign_pdf(
    in_path: str | os.PathLike[str],
    out_path: str | os.PathLike[str],
    p12_path: str | os.PathLike[str],
    passphrase: str,
    field_name: str | None = None,
    *,
    role: str | None = None,
    when: dt.datetime | None = None,
    reason: str | None = None,
    location: str | None = None,
    verify_pdfa: bool = True,
    revocation_list: str | os.PathLike[str] | None = None,
) -> SignatureInfo:
    """Sign ``in_path`` into ``field_name`` and write the result to ``out_path`` atomically
    (``out_path`` may be ``in_path``: signing in place).

    A box that carries its owner (minutes written by tnl-jury, see
    :mod:`tnl_jury.io.signing.owners`) is signed only with the owner's certificate; with
    ``field_name`` None, the signer's own empty box is chosen (for a document without owners,
    the first empty field). The certificate's common name (never a free argument), ``role``
    (None: the certificate's title, else :data:`DEFAULT_ROLE`) and the date go on the visible
    stamp, which fills the field's box. ``when`` is the
    signing time to claim (default: now); offline B-B signatures carry the PC clock anyway —
    use it for reproducible samples only.

    Raises :class:`~tnl_jury.io.signing.keys.KeyFileError` (wrong passphrase, non-RSA key,
    certificate unfit for signing) or :class:`SigningError` (unreadable PDF, no such field, no
    empty field left, field already signed, another member's box, certification forbids more
    signatures).
    """
    identity = load_identity(p12_path, passphrase)
    role = role or identity.title or DEFAULT_ROLE
    src = Path(in_path)
    data = _read_pdf(src)
    when = (when or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    not_before = identity.certificate.not_valid_before_utc
    not_after = identity.certificate.not_valid_after_utc
    if not not_before <= when <= not_after:
        raise SigningError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path}: the certificate is valid from {start} to {end}, not on {day}."
            ),
            path=p12_path,
            start=f"{not_before:%d/%m/%Y}",
            end=f"{not_after:%d/%m/%Y}",
            day=f"{when:%d/%m/%Y}",
        )
    signer_name = identity.common_name
    if not signer_name:
        raise SigningError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path}: the certificate names nobody (it has no common name)."
            ),
            path=p12_path,
        )
    crl = _revocation_list(identity, revocation_list, (src.parent, Path(p12_path).parent))
    if crl is not None and (revoked := revoked_on(crl, identity.certificate)) is not None:
        raise SigningError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path}: this certificate was revoked by the jury CA on {day}."
            ),
            path=p12_path,
            day=f"{revoked:%d/%m/%Y}",
        )
    signed = _sign(data, src, identity, field_name, signer_name, role, when, reason, location)
    if crl is not None:
        chain = (identity.certificate, *identity.chain)
        signed = _Signed(
            embed_validation_material(signed.data, chain, crl),
            signed.field_name,
            signed.certification,
        )
    atomic_write_bytes(out_path, signed.data)
    return SignatureInfo(
        path=Path(out_path),
        field_name=signed.field_name,
        signer_name=signer_name,
        role=role,
        certificate_subject=identity.certificate.subject.rfc4514_string(),
        signed_at=when,
        certification=signed.certification,
        pdfa=check_pdfa(signed.data) if verify_pdfa else None,
    )


def _revocation_list(
    identity: Identity, explicit: str | os.PathLike[str] | None, folders: tuple[Path, ...]
) -> x509.CertificateRevocationList | None:
    """The list given, or the signer's CA's found in ``folders``; the given one must be the
    signer's CA's (its issuer)."""
    if explicit is None:
        return find_revocation_list(identity.certificate, folders)
    crl = load_revocation_list(Path(explicit))
    if crl.issuer != identity.certificate.issuer:
        raise SigningError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: this revocation list is not the one of the CA that issued "
                "the signer's certificate.",
            ),
            path=explicit,
        )
    return crl


@dataclass(frozen=True)
class _Signed:
    data: bytes
    field_name: str
    certification: bool


def _sign(
    data: bytes,
    src: Path,
    identity: Identity,
    field_name: str | None,
    signer_name: str,
    role: str,
    when: dt.datetime,
    reason: str | None,
    location: str | None,
) -> _Signed:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign import signers
    from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
    from pyhanko.sign.general import SigningError as PyHankoSigningError

    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data))
        name, widget, already_signed = _choose_field(writer.prev, src, field_name, identity)
    except PdfError as exc:
        raise SigningError(
            QT_TRANSLATE_NOOP("Errors", "{path}: damaged or unsupported PDF ({detail})."),
            path=src,
            detail=exc,
        ) from exc
    certify = not already_signed
    x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
    stamp = stamp_pdf(abs(x2 - x1), abs(y2 - y1), signer_name, role, when)
    meta = signers.PdfSignatureMetadata(
        field_name=name,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        certify=certify,
        docmdp_permissions=MDPPerm.FILL_FORMS,
        name=signer_name,
        reason=reason,
        location=location,
    )
    pdf_signer = _ClockedPdfSigner(
        meta, _pyhanko_signer(identity), stamp_style=stamp_style(stamp), when=when
    )
    keep_metadata_in_step(writer)
    out = io.BytesIO()
    try:
        pdf_signer.sign_pdf(writer, output=out, existing_fields_only=True)
    except (PyHankoSigningError, PdfError) as exc:
        raise SigningError(
            QT_TRANSLATE_NOOP("Errors", "{path}: cannot sign field {field}: {detail}"),
            path=src,
            field=name,
            detail=exc,
        ) from exc
    return _Signed(out.getvalue(), name, certify)


def signature_fields(pdf: Path) -> list[tuple[str, bool]]:
    """The signature fields of ``pdf`` in document order: (name, already signed)."""
    return [(name, signed) for name, signed, _owner in signature_boxes(pdf)]


def signature_boxes(pdf: Path) -> list[tuple[str, bool, BoxOwner | None]]:
    """The signature fields of ``pdf`` in document order: (name, already signed, owner)."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    data = _read_pdf(pdf)
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        return [
            (str(name), value is not None, read_owner(ref.get_object()))
            for name, value, ref in enumerate_sig_fields(reader)
        ]
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        raise SigningError(
            QT_TRANSLATE_NOOP("Errors", "{path}: damaged or unsupported PDF ({detail})."),
            path=pdf,
            detail=exc,
        ) from exc


def _read_pdf(pdf: Path) -> bytes:
    try:
        data = pdf.read_bytes()
    except OSError as exc:
        raise SigningError(
            QT_TRANSLATE_NOOP("Errors", "{path}: cannot read the file ({reason})."),
            path=pdf,
            reason=exc.strerror or str(exc),
        ) from exc
    if not data.startswith(b"%PDF-"):
        raise SigningError(QT_TRANSLATE_NOOP("Errors", "{path}: not a PDF file."), path=pdf)
    return data


def _choose_field(
    reader: Any, src: Path, wanted: str | None, identity: Identity
) -> tuple[str, Any, bool]:
    """Return (field name, widget dictionary, whether any field is already signed)."""
    from pyhanko.sign.fields import enumerate_sig_fields

    fields = [(name, value, ref) for name, value, ref in enumerate_sig_fields(reader)]
    if not fields:
        raise SigningError(
            QT_TRANSLATE_NOOP("Errors", "{path}: the document has no signature field."), path=src
        )
    any_signed = any(value is not None for _, value, _ in fields)
    owners = {name: read_owner(ref.get_object()) for name, _, ref in fields}
    if wanted is None:
        free = [(name, ref) for name, value, ref in fields if value is None]
        if any(owners.values()):  # our minutes: the signer's own box
            mine = [(name, ref) for name, value, ref in fields if _mine(owners[name], identity)]
            if not mine:
                raise SigningError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{path}: no signature box of this document is {signer}'s."
                    ),
                    path=src,
                    signer=identity.common_name,
                )
            free = [(name, ref) for name, ref in free if _mine(owners[name], identity)]
            if not free:
                raise SigningError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{path}: the signature field {field} is already signed."
                    ),
                    path=src,
                    field=mine[0][0],
                )
        if not free:
            raise SigningError(
                QT_TRANSLATE_NOOP("Errors", "{path}: every signature field is already signed."),
                path=src,
            )
        name, ref = free[0]
    else:
        matches = [(value, ref) for name, value, ref in fields if name == wanted]
        if not matches:
            names = ", ".join(name for name, _, _ in fields)
            raise SigningError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{path}: no signature field named {field} (fields: {names})."
                ),
                path=src,
                field=wanted,
                names=names,
            )
        value, ref = matches[0]
        if value is not None:
            raise SigningError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{path}: the signature field {field} is already signed."
                ),
                path=src,
                field=wanted,
            )
        name = wanted
        owner = owners[name]
        if owner is not None and not may_sign(owner, identity.certificate):
            raise SigningError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path}: the signature box {field} is {owner}'s; the key given is "
                    "{signer}'s: each member signs only their own box.",
                ),
                path=src,
                field=name,
                owner=owner.name,
                signer=identity.common_name or "?",
            )
    field = ref.get_object()
    widget = field["/Kids"][0].get_object() if "/Kids" in field else field
    return name, widget, any_signed


def _mine(owner: BoxOwner | None, identity: Identity) -> bool:
    return owner is not None and may_sign(owner, identity.certificate)


def _pyhanko_signer(identity: Identity) -> Any:
    from asn1crypto import keys as asn1_keys  # type: ignore[import-untyped]
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from pyhanko_certvalidator.util import get_pyca_cryptography_hash

    class LoadedKeySigner(signers.SimpleSigner):
        """pyHanko's SimpleSigner re-reads the key from DER at every signing operation (two
        per signature), and cryptography re-validates an RSA key on each read: 0.1 s (2048
        bits) to 0.25 s (3072 bits) each. The key was validated once, when the .p12 was read:
        sign with that key object."""

        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
            if mechanism.signature_algo == "rsassa_pkcs1v15":
                hash_algo = get_pyca_cryptography_hash(digest_algorithm)
                signature: bytes = identity.private_key.sign(data, PKCS1v15(), hash_algo)
                return signature
            return bytes(super().sign_raw(data, digest_algorithm))

    def asn1_cert(cert: Any) -> Any:
        return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))

    key_der = identity.private_key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return LoadedKeySigner(
        signing_cert=asn1_cert(identity.certificate),
        signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
            [asn1_cert(c) for c in identity.chain]
        ),
    )


def _clocked_signer_class() -> Any:
    from pyhanko.sign.signers import PdfSigner

    class ClockedPdfSigner(PdfSigner):
        """A PdfSigner whose signing time is the one given (pyHanko reads the clock)."""

        def __init__(self, *args: Any, when: dt.datetime, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._tnl_when = when

        def init_signing_session(self, *args: Any, **kwargs: Any) -> Any:
            session = super().init_signing_session(*args, **kwargs)
            session.system_time = self._tnl_when
            return session

    return ClockedPdfSigner


def _ClockedPdfSigner(*args: Any, **kwargs: Any) -> Any:  # noqa: N802 (reads as a class)
    return _clocked_signer_class()(*args, **kwargs)
