"""Signing keys: a jury CA per edition, members' PKCS#12 files, reading them back.

A member either brings a PKCS#12 file (``.p12``/``.pfx``) from elsewhere, or the app creates
an RSA key and certificate for them (:func:`create_member_identity`), protected by the member's
passphrase. The certificate is issued by a jury CA (:func:`create_jury_ca`, once per edition)
when one is given, so that a verifier only has to trust one root; otherwise it is
self-signed. Member certificates carry the digitalSignature and nonRepudiation key usages that
PAdES validators expect. Keys are RSA: pyHanko raises the PDF version to 2.0 with EC or
Ed25519 keys, which breaks PDF/A-2b, so :func:`load_identity` refuses other keys.

Files: the CA certificate ``ca-cert.pem`` and its key ``ca-key.pem`` (PKCS#8, encrypted with
the CA passphrase, permissions 0600); a member's ``NAME.p12`` (AES-256, PBKDF2-SHA256) and
beside it ``NAME.pem``, the certificate alone, to hand to verifiers. Nothing is overwritten.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, UserError
from tnl_jury.io.atomic import atomic_write_bytes

KEY_SIZE = 3072  # ANSSI (RGS B1): 2048 bits until 2030, 3072 beyond; minutes are archived.
MIN_PASSPHRASE = 8
CA_YEARS = 10
MEMBER_YEARS = 3


class KeyFileError(UserError):
    """A key or certificate file is unreadable, protected by another passphrase, or unfit."""


@dataclass(frozen=True)
class JuryCa:
    """A jury CA: its files, and (when created or loaded) the certificate and key to issue
    member certificates with."""

    cert_path: Path
    key_path: Path
    certificate: x509.Certificate = field(repr=False)
    private_key: rsa.RSAPrivateKey = field(repr=False)


@dataclass(frozen=True)
class MemberIdentityFiles:
    p12_path: Path
    cert_path: Path  # the certificate alone (PEM), for verifiers


@dataclass(frozen=True)
class Identity:
    """A signing identity read from a PKCS#12 file."""

    certificate: x509.Certificate = field(repr=False)
    private_key: rsa.RSAPrivateKey = field(repr=False)
    chain: tuple[x509.Certificate, ...] = field(repr=False)

    @property
    def common_name(self) -> str:
        return _attribute(self.certificate.subject, NameOID.COMMON_NAME)

    @property
    def title(self) -> str:
        return _attribute(self.certificate.subject, NameOID.TITLE)


def create_jury_ca(
    name: str, out_dir: str | os.PathLike[str], passphrase: str, *, key_size: int = KEY_SIZE
) -> JuryCa:
    """Create a CA named ``name`` (e.g. "Jury Territoire Numérique Libre 2025") in ``out_dir``.

    Writes ``ca-cert.pem``, ``ca-key.pem`` (encrypted with ``passphrase``) and ``ca-crl.pem``
    (its revocation list, empty: see :mod:`tnl_jury.io.signing.revocation`); refuses to
    overwrite them.
    """
    _check_passphrase(passphrase)
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / "ca-cert.pem", folder / "ca-key.pem"
    _refuse_existing(cert_path, key_path)
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, name),
        ]
    )
    now = _now()
    cert = (
        _builder(subject, subject, key.public_key(), now, CA_YEARS)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(sign=False, ca=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    encrypted = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode()),
    )
    atomic_write_bytes(key_path, encrypted, private=True)
    atomic_write_bytes(cert_path, cert.public_bytes(serialization.Encoding.PEM))
    from tnl_jury.io.signing.revocation import issue_revocation_list

    issue_revocation_list(folder, cert, key)
    return JuryCa(cert_path, key_path, cert, key)


def load_jury_ca(
    cert_path: str | os.PathLike[str], key_path: str | os.PathLike[str], passphrase: str
) -> JuryCa:
    """Read a CA made by :func:`create_jury_ca`, to issue more member certificates."""
    cert = load_certificate(cert_path)
    try:
        key = serialization.load_pem_private_key(Path(key_path).read_bytes(), passphrase.encode())
    except OSError as exc:
        raise KeyFileError(
            QT_TRANSLATE_NOOP("Errors", "{path}: cannot read the CA key ({reason})."),
            path=key_path,
            reason=exc.strerror or str(exc),
        ) from exc
    except (ValueError, TypeError) as exc:
        raise KeyFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path}: wrong passphrase, or not a CA key made by tnl-jury."
            ),
            path=key_path,
        ) from exc
    if not isinstance(key, rsa.RSAPrivateKey) or key.public_key() != cert.public_key():
        raise KeyFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path}: this key does not belong to the certificate {certificate}."
            ),
            path=key_path,
            certificate=cert_path,
        )
    return JuryCa(Path(cert_path), Path(key_path), cert, key)


def create_member_identity(
    name: str,
    role: str,
    out_p12: str | os.PathLike[str],
    passphrase: str,
    ca: JuryCa | None = None,
    *,
    organisation: str = "",
    key_size: int = KEY_SIZE,
) -> MemberIdentityFiles:
    """Create an RSA key and certificate for member ``name`` (``role`` goes into the
    certificate's title), saved as ``out_p12`` under ``passphrase``, and the certificate alone
    beside it (same name, ``.pem``). Issued by ``ca`` if given, else self-signed."""
    _check_passphrase(passphrase)
    p12_path = Path(out_p12)
    cert_path = p12_path.with_suffix(".pem")
    _refuse_existing(p12_path, cert_path)
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if role:
        attributes.append(x509.NameAttribute(NameOID.TITLE, role))
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    subject = x509.Name(attributes)
    issuer = ca.certificate.subject if ca else subject
    signing_key = ca.private_key if ca else key
    builder = (
        _builder(subject, issuer, key.public_key(), _now(), MEMBER_YEARS)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(sign=True, ca=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
    )
    if ca:
        ski = ca.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski.value), False
        )
    cert = builder.sign(signing_key, hashes.SHA256())
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(100_000)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase.encode())
    )
    data = pkcs12.serialize_key_and_certificates(
        name.encode(), key, cert, [ca.certificate] if ca else None, encryption
    )
    atomic_write_bytes(p12_path, data, private=True)
    atomic_write_bytes(cert_path, cert.public_bytes(serialization.Encoding.PEM))
    return MemberIdentityFiles(p12_path, cert_path)


def load_identity(p12_path: str | os.PathLike[str], passphrase: str) -> Identity:
    """Read a PKCS#12 file; refuse a wrong passphrase, a non-RSA key or a certificate that
    may not sign documents, each with a sentence naming the file."""
    path = Path(p12_path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KeyFileError(
            QT_TRANSLATE_NOOP("Errors", "{path}: cannot read the key file ({reason})."),
            path=path,
            reason=exc.strerror or str(exc),
        ) from exc
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, passphrase.encode())
    except ValueError as exc:
        raise KeyFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path}: wrong passphrase, or not a PKCS#12 (.p12) key file."
            ),
            path=path,
        ) from exc
    if key is None or cert is None:
        raise KeyFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path}: the file holds no private key with its certificate."
            ),
            path=path,
        )
    if not isinstance(key, rsa.RSAPrivateKey):
        raise KeyFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: the key is not an RSA key ({kind}); only RSA keys keep the signed "
                "minutes PDF/A-2b (create one with {command}).",
            ),
            path=path,
            kind=type(key).__name__.strip("_"),
            command="'tnl-jury keys new-member'",
        )
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is not None and not (usage.digital_signature or usage.content_commitment):
        raise KeyFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path}: the certificate may not be used to sign documents."
            ),
            path=path,
        )
    return Identity(cert, key, tuple(extra))


def load_certificate(path: str | os.PathLike[str]) -> x509.Certificate:
    """Read a certificate in PEM or DER form."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise KeyFileError(
            QT_TRANSLATE_NOOP("Errors", "{path}: cannot read the certificate ({reason})."),
            path=path,
            reason=exc.strerror or str(exc),
        ) from exc
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError as exc:
        raise KeyFileError(
            QT_TRANSLATE_NOOP("Errors", "{path}: not a certificate (PEM or DER)."), path=path
        ) from exc


def _builder(
    subject: x509.Name,
    issuer: x509.Name,
    public_key: rsa.RSAPublicKey,
    now: dt.datetime,
    years: int,
) -> x509.CertificateBuilder:
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        # a little in the past: a PC whose clock is a few minutes behind still validates
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * years))
    )


def _key_usage(*, sign: bool, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign,
        content_commitment=sign,  # = nonRepudiation
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def _attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise KeyFileError(
            QT_TRANSLATE_NOOP("Errors", "the passphrase must have at least {count} characters."),
            count=MIN_PASSPHRASE,
        )


def _refuse_existing(*paths: Path) -> None:
    for path in paths:
        if path.exists():
            raise KeyFileError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{path}: a file with this name already exists; it is kept."
                ),
                path=path,
            )
