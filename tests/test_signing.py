"""Signing the minutes in turn and verifying them: PAdES B-B offline, checked by pyHanko's
validator (through verify_pdf), poppler's pdfsig and pikepdf's PDF/A validator; tampering in
every place must be reported."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from records import sample_record

from tnl_jury.domain.errors import UserError
from tnl_jury.io.pdf.minutes import render_minutes
from tnl_jury.io.pdf.pdfa import check_pdfa
from tnl_jury.io.signing.keys import (
    JuryCa,
    KeyFileError,
    MemberIdentityFiles,
    create_jury_ca,
    create_member_identity,
    load_certificate,
    load_identity,
)
from tnl_jury.io.signing.sign import SigningError, sign_pdf
from tnl_jury.io.signing.verify import VerifyError, verify_pdf

PASS = "phrase de passe"
SIGNERS = (
    ("Zoé Œuvray-Çelik", "Présidente du jury"),
    ("François Lefèvre", "Secrétaire de séance"),
    ("Hélène N’Diaye", "Membre du jury"),
)
# A fixed signing time (within the fresh certificates' validity) that the stamp must show.
WHEN = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)


@dataclasses.dataclass
class Signed:
    folder: Path
    ca: JuryCa
    members: list[MemberIdentityFiles]
    minutes: Path  # unsigned
    revisions: list[Path]  # after 1, 2, 3 signatures
    infos: list[object]


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> Signed:
    folder = tmp_path_factory.mktemp("signing")
    # 2048-bit keys keep the fixture fast; the default size is covered by the CLI test.
    ca = create_jury_ca("Jury Territoire Numérique Libre 2025", folder / "ca", PASS, key_size=2048)
    members = [
        create_member_identity(name, role, folder / f"m{i}.p12", PASS, ca, key_size=2048)
        for i, (name, role) in enumerate(SIGNERS)
    ]
    minutes = folder / "minutes.pdf"
    render_minutes(sample_record(), minutes)
    revisions, infos = [], []
    src = minutes
    for i, (member, (_name, role)) in enumerate(zip(members, SIGNERS, strict=True)):
        out = folder / f"signed-{i + 1}.pdf"
        infos.append(sign_pdf(src, out, member.p12_path, PASS, role=role, when=WHEN))
        revisions.append(out)
        src = out
    return Signed(folder, ca, members, minutes, revisions, infos)


def flip(data: bytes, position: int) -> bytes:
    return data[:position] + bytes([data[position] ^ 0x01]) + data[position + 1 :]


def test_signatures_in_turn(signed: Signed) -> None:
    infos = signed.infos
    assert [i.field_name for i in infos] == ["sig-1", "sig-2", "sig-3"]  # type: ignore[attr-defined]
    assert [i.certification for i in infos] == [True, False, False]  # type: ignore[attr-defined]
    for info in infos:
        assert info.pdfa is not None and info.pdfa.passed, info.pdfa  # type: ignore[attr-defined]


def test_pdfa_holds_after_every_signature(signed: Signed) -> None:
    for path in signed.revisions:
        assert check_pdfa(path).passed
        with pikepdf.open(path) as pdf:
            meta = pdf.open_metadata()
            assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("2", "B")
            assert any(oi.S == "/GTS_PDFA1" for oi in pdf.Root.OutputIntents)
            assert str(pdf.Root.get("/Version", "/1.7")) in ("/1.7", "/1.6", "/1.5")
            # Info and XMP agree (pyHanko would otherwise append to the Info producer only)
            assert str(pdf.docinfo["/Producer"]) == meta["pdf:Producer"]


def test_verify_three_signatures_trusted(signed: Signed) -> None:
    report = verify_pdf(signed.revisions[-1], trust_roots=[signed.ca.cert_path])
    assert report.ok, report
    assert report.trust_checked
    assert [s.field_name for s in report.signatures] == ["sig-1", "sig-2", "sig-3"]
    assert [s.signer for s in report.signatures] == [name for name, _ in SIGNERS]
    for sig in report.signatures:
        assert sig.intact and sig.valid and sig.trusted and sig.bottom_line and sig.ok
        assert sig.signing_time == WHEN
    assert [s.certification for s in report.signatures] == [True, False, False]
    assert [s.covers_whole_file for s in report.signatures] == [False, False, True]
    assert report.signatures[0].modified_after == "FORM_FILLING"


def test_pdfsig_finds_three_valid_signatures(signed: Signed) -> None:
    if shutil.which("pdfsig") is None:
        pytest.skip("needs poppler-utils")
    out = subprocess.run(
        ["pdfsig", str(signed.revisions[-1])], capture_output=True, text=True
    ).stdout
    assert out.count("Signature is Valid.") == 3, out
    assert "Signer Certificate Common Name: Zoé Œuvray-Çelik" in out
    assert "Total document signed" in out


def test_stamps_show_name_role_and_date(signed: Signed) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler-utils")
    out = subprocess.run(
        ["pdftotext", str(signed.revisions[-1]), "-"], capture_output=True, text=True, check=True
    ).stdout
    for name, role in SIGNERS:
        assert name in out and role in out
    assert "Signé électroniquement par" in out
    assert WHEN.astimezone().strftime("%d/%m/%Y") in out


def test_untrusted_root_is_reported(signed: Signed, tmp_path: Path) -> None:
    other = create_jury_ca("Autre jury", tmp_path, PASS, key_size=2048)
    report = verify_pdf(signed.revisions[-1], trust_roots=[other.certificate])
    assert not report.ok
    assert all(s.trusted is False and not s.ok for s in report.signatures)
    no_roots = verify_pdf(signed.revisions[-1])
    assert no_roots.ok and not no_roots.trust_checked
    assert all(s.trusted is None for s in no_roots.signatures)


def _first_content_stream_offset(data: bytes) -> int:
    """An offset inside the data of page 1's content stream (first revision)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        objnum = pdf.pages[0].obj.Contents.objgen[0]
    start = re.search(rb"(?<![0-9])%d 0 obj" % objnum, data)
    assert start is not None
    stream = data.index(b"stream", start.end())
    return stream + 20


def test_tampered_first_revision_is_reported(signed: Signed, tmp_path: Path) -> None:
    data = signed.revisions[-1].read_bytes()
    first_eof = data.index(b"%%EOF")
    position = _first_content_stream_offset(data)
    assert position < first_eof
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(flip(data, position))
    report = verify_pdf(bad, trust_roots=[signed.ca.cert_path])
    assert not report.ok
    assert all(not s.intact and not s.ok for s in report.signatures)


def test_tampered_last_revision_is_reported(signed: Signed, tmp_path: Path) -> None:
    data = signed.revisions[-1].read_bytes()
    previous_end = len(signed.revisions[-2].read_bytes())
    stream = data.index(b"stream", previous_end)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(flip(data, stream + 20))
    report = verify_pdf(bad, trust_roots=[signed.ca.cert_path])
    assert not report.ok
    last = report.signatures[-1]
    assert not last.intact and not last.ok


def test_tampered_signature_padding_is_reported(signed: Signed, tmp_path: Path) -> None:
    data = signed.revisions[-1].read_bytes()
    contents = data.rindex(b"/Contents <")
    padding = data.index(b"0000000000>", contents)  # the zeros after the DER signature
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(data[:padding] + b"1" + data[padding + 1 :])
    report = verify_pdf(bad, trust_roots=[signed.ca.cert_path])
    assert not report.ok
    assert any("extra bytes" in p for p in report.signatures[-1].problems)


def test_update_appended_after_signing_is_reported(signed: Signed, tmp_path: Path) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.content import RawContent
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    data = signed.revisions[-1].read_bytes()
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    RawContent(b"0 0 1 rg 100 100 200 200 re f").add_to_page(writer, 0)
    writer.root["/Lang"] = generic.TextStringObject("en")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    bad = tmp_path / "appended.pdf"
    bad.write_bytes(out.getvalue())
    report = verify_pdf(bad, trust_roots=[signed.ca.cert_path])
    assert not report.ok
    last = report.signatures[-1]
    assert last.intact and last.valid  # the signed bytes themselves are untouched...
    assert not last.covers_whole_file and last.modified_after == "OTHER"  # ...but not the file
    assert any("after the last signature" in p for p in report.problems)


def test_signing_a_signed_field_is_refused(signed: Signed, tmp_path: Path) -> None:
    with pytest.raises(SigningError, match="sig-1 is already signed"):
        sign_pdf(
            signed.revisions[-1], tmp_path / "x.pdf", signed.members[0].p12_path, PASS,
            "sig-1", role="Y",
        )  # fmt: skip
    with pytest.raises(SigningError, match="no signature field named sig-99"):
        sign_pdf(
            signed.revisions[-1], tmp_path / "x.pdf", signed.members[0].p12_path, PASS,
            "sig-99", role="Y",
        )  # fmt: skip
    assert not (tmp_path / "x.pdf").exists()


def test_wrong_passphrase_is_a_clear_user_error(signed: Signed, tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="wrong passphrase") as caught:
        sign_pdf(
            signed.minutes, tmp_path / "x.pdf", signed.members[0].p12_path, "pas la bonne",
            role="Y",
        )  # fmt: skip
    assert isinstance(caught.value, UserError)
    assert str(signed.members[0].p12_path) in str(caught.value)


def test_ec_keys_are_refused(tmp_path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Ève Courbe")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    p12 = tmp_path / "ec.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"ec", key, cert, None, serialization.BestAvailableEncryption(PASS.encode())
        )
    )
    with pytest.raises(KeyFileError, match="not an RSA key"):
        load_identity(p12, PASS)


def test_member_certificates(signed: Signed) -> None:
    identity = load_identity(signed.members[0].p12_path, PASS)
    assert identity.common_name == "Zoé Œuvray-Çelik"
    assert identity.title == "Présidente du jury"
    usage = identity.certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment
    assert identity.certificate.issuer == signed.ca.certificate.subject
    assert load_certificate(signed.members[0].cert_path) == identity.certificate
    ca_constraints = signed.ca.certificate.extensions.get_extension_for_class(x509.BasicConstraints)
    assert ca_constraints.value.ca
    assert signed.ca.key_path.stat().st_mode & 0o077 == 0  # private key: owner only
    with pytest.raises(KeyFileError, match="already exists"):
        create_member_identity("X", "Y", signed.members[0].p12_path, PASS, key_size=2048)
    with pytest.raises(KeyFileError, match="at least 8"):
        create_jury_ca("X", signed.folder / "other", "court")


def test_sign_in_place_leaves_no_temporary_file(signed: Signed, tmp_path: Path) -> None:
    target = tmp_path / "pv.pdf"
    shutil.copy(signed.revisions[0], target)
    info = sign_pdf(target, target, signed.members[1].p12_path, PASS, role="S")
    assert info.field_name == "sig-2" and not info.certification
    assert [p.name for p in tmp_path.iterdir()] == ["pv.pdf"]
    assert verify_pdf(target, [signed.ca.cert_path]).ok


def test_verify_bad_input(tmp_path: Path) -> None:
    with pytest.raises(VerifyError):
        verify_pdf(tmp_path / "missing.pdf")
    (tmp_path / "x.pdf").write_text("hello")
    with pytest.raises(VerifyError, match="not a PDF"):
        verify_pdf(tmp_path / "x.pdf")


def test_unsigned_document_is_not_ok(signed: Signed) -> None:
    report = verify_pdf(signed.minutes)
    assert not report.ok and report.problems == ("the document holds no signature.",)
