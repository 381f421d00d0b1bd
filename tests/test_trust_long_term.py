"""Issue 13, case 7: signed minutes still verify once the member certificates have expired.

A certificate valid from 2020 to 2023 signed the minutes in 2022; verified today (after its
expiry, as in 2030 for a certificate made now), the signature is judged at its signing time:
valid, with "certificate expired since" said apart, never "does not chain to a trusted root".
Certificates are made here with the validity dates the case needs; the CLI runs as a subprocess.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from records import sample_record

from tnl_jury.io.pdf.minutes import render_minutes
from tnl_jury.io.signing.sign import sign_pdf

PASS = "phrase de passe du membre"
UTC = dt.UTC

pytestmark = pytest.mark.filterwarnings("ignore:DSA is deprecated")


def _cert(subject: str, issuer: x509.Name | None, key, issuer_key, start, end, *, ca: bool):  # type: ignore[no-untyped-def]
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
    usage = x509.KeyUsage(
        digital_signature=not ca, content_commitment=not ca, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
        encipher_only=False, decipher_only=False,
    )  # fmt: skip
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer or name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None), True)
        .add_extension(usage, True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
    )
    return builder.sign(issuer_key, hashes.SHA256())


def test_minutes_signed_with_a_certificate_expired_since_still_verify(tmp_path: Path) -> None:
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca = _cert("Jury 2022", None, ca_key, ca_key, dt.datetime(2019, 1, 1, tzinfo=UTC),
               dt.datetime(2045, 1, 1, tzinfo=UTC), ca=True)  # fmt: skip
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    record = sample_record()
    member = record.members[0].name  # the first box's owner
    cert = _cert(member, ca.subject, key, ca_key, dt.datetime(2020, 1, 1, tzinfo=UTC),
                 dt.datetime(2023, 1, 1, tzinfo=UTC), ca=False)  # fmt: skip
    p12 = tmp_path / "member.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"m", key, cert, [ca], serialization.BestAvailableEncryption(PASS.encode())
        )
    )
    trust = tmp_path / "ca-cert.pem"
    trust.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    pv = render_minutes(record, tmp_path / "pv.pdf").path
    sign_pdf(pv, pv, p12, PASS, "sig-1", role="Présidente",
             when=dt.datetime(2022, 6, 1, 10, 0, tzinfo=UTC))  # fmt: skip

    r = subprocess.run(
        [sys.executable, "-m", "tnl_jury", "verify", str(pv), "--trust", str(trust), "--partial"],
        capture_output=True, text=True, check=False, timeout=120,
        env={**os.environ, "TNL_JURY_SETTINGS_SCOPE": "tests"},
    )  # fmt: skip
    assert "does not chain" not in r.stdout
    assert r.returncode == 0, r.stdout + r.stderr
    assert "certificate expired since 2023-01-01 (valid when signed)" in r.stdout

    # The same expired key used today (with another tool: tnl-jury refuses): not valid, and
    # the report says why.
    import io

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    fresh = render_minutes(record, tmp_path / "pv2.pdf").path
    signer = signers.SimpleSigner.load_pkcs12(str(p12), passphrase=PASS.encode())
    assert signer is not None
    out = io.BytesIO()
    signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(fresh.read_bytes())),
        signers.PdfSignatureMetadata(field_name="sig-1"),
        signer=signer,
        output=out,
    )
    fresh.write_bytes(out.getvalue())
    r = subprocess.run(
        [sys.executable, "-m", "tnl_jury", "verify", str(fresh), "--trust", str(trust),
         "--partial"],
        capture_output=True, text=True, check=False, timeout=120,
        env={**os.environ, "TNL_JURY_SETTINGS_SCOPE": "tests"},
    )  # fmt: skip
    assert r.returncode == 3, r.stdout + r.stderr
    assert "the certificate was not valid on" in r.stdout
