"""The jury CA's revocation list, and the validation material a signed PV carries (PAdES B-LT).

Minutes are archived for decades; member certificates last three years; a meeting room has no
internet and no timestamping authority. So the jury CA keeps a certificate revocation list
beside its certificate (``ca-crl.pem``, issued when the CA is made and again at each
revocation, valid as long as the CA), and each signature of a PV is followed by a Document
Security Store update holding the signer's chain and that list as it was when they signed. A
verifier years later judges the certificate at the signing time the signature claims, against
the list embedded then: no network, no file to keep beside the PV.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, UserError
from tnl_jury.io.atomic import atomic_write_bytes

CRL_FILE = "ca-crl.pem"


class RevocationError(UserError):
    """A revocation list that cannot be read, or that does not belong to the jury CA."""


def issue_revocation_list(
    folder: Path, ca_cert: x509.Certificate, ca_key: Any, revoke: Iterable[x509.Certificate] = ()
) -> Path:
    """Write ``folder/ca-crl.pem``: the certificates it listed before plus ``revoke`` (revoked
    now), signed by the CA, valid from now until the CA expires. Returns its path."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    path = folder / CRL_FILE
    entries: dict[int, dt.datetime] = {}
    if path.exists():
        for entry in load_revocation_list(path, ca_cert):
            entries[entry.serial_number] = entry.revocation_date_utc
    for cert in revoke:
        if cert.issuer != ca_cert.subject:
            raise RevocationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "this certificate was not issued by the jury CA ({subject})."
                ),
                subject=cert.subject.rfc4514_string(),
            )
        entries.setdefault(cert.serial_number, now)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca_cert.subject)
        .last_update(now)
        .next_update(max(ca_cert.not_valid_after_utc, now + dt.timedelta(days=1)))
    )
    for serial, when in sorted(entries.items()):
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(when).build()
        )
    crl = builder.sign(ca_key, hashes.SHA256())
    atomic_write_bytes(path, crl.public_bytes(serialization.Encoding.PEM))
    return path


def load_revocation_list(
    path: Path, ca_cert: x509.Certificate | None = None
) -> x509.CertificateRevocationList:
    """The list at ``path``; with ``ca_cert``, checked to be that CA's (signature included)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RevocationError(
            QT_TRANSLATE_NOOP("Errors", "{path}: cannot read the file ({reason})."),
            path=path,
            reason=exc.strerror or str(exc),
        ) from exc
    try:
        crl = (
            x509.load_pem_x509_crl(data)
            if data.lstrip().startswith(b"-----")
            else x509.load_der_x509_crl(data)
        )
    except ValueError as exc:
        raise RevocationError(
            QT_TRANSLATE_NOOP("Errors", "{path}: not a certificate revocation list."), path=path
        ) from exc
    if ca_cert is not None and (
        crl.issuer != ca_cert.subject or not crl.is_signature_valid(ca_cert.public_key())  # type: ignore[arg-type]
    ):
        raise RevocationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path}: this revocation list was not signed by the jury CA."
            ),
            path=path,
        )
    return crl


def find_revocation_list(
    cert: x509.Certificate, folders: Sequence[Path]
) -> x509.CertificateRevocationList | None:
    """The first ``ca-crl.pem`` in ``folders`` issued by ``cert``'s issuer, if any."""
    for folder in folders:
        path = folder / CRL_FILE
        if not path.is_file():
            continue
        crl = load_revocation_list(path)
        if crl.issuer == cert.issuer:
            return crl
    return None


def revoked_on(crl: x509.CertificateRevocationList, cert: x509.Certificate) -> dt.datetime | None:
    """When ``crl`` says ``cert`` was revoked; None when it is not listed."""
    entry = crl.get_revoked_certificate_by_serial_number(cert.serial_number)
    return entry.revocation_date_utc if entry is not None else None


def embed_validation_material(
    data: bytes, chain: Sequence[x509.Certificate], crl: x509.CertificateRevocationList
) -> bytes:
    """``data`` (a PDF just signed) with a Document Security Store update holding ``chain``
    and ``crl``: an incremental update after the signature, which verifiers accept as
    long-term validation material (not a change of the signed document)."""
    from asn1crypto import crl as asn1_crl  # type: ignore[import-untyped]
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    from tnl_jury.io.pdf.pdfa import keep_metadata_in_step

    stream = io.BytesIO(data)
    # DocumentSecurityStore.add_dss, with our metadata step: pyHanko's own would rewrite the
    # XMP in the form strict validators refuse (see keep_metadata_in_step).
    writer = IncrementalPdfFileWriter(stream)
    DocumentSecurityStore.supply_dss_in_writer(
        writer,
        None,
        certs=[
            asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in chain
        ],
        crls=[asn1_crl.CertificateList.load(crl.public_bytes(serialization.Encoding.DER))],
    )
    keep_metadata_in_step(writer)
    writer.write_in_place()  # type: ignore[no-untyped-call]
    return stream.getvalue()


def embedded_revocation_lists(reader: Any) -> list[Any]:
    """The revocation lists (asn1crypto) of a PDF's Document Security Store; [] without one."""
    from asn1crypto import crl as asn1_crl

    try:
        dss = reader.root.get("/DSS")
        if dss is None:
            return []
        streams = dss.get_object().get("/CRLs", [])
        return [asn1_crl.CertificateList.load(s.get_object().data) for s in streams]
    except (KeyError, ValueError, TypeError, AttributeError):
        return []
