"""Issue 13, long-term verification: each signature of a PV carries the jury CA's revocation
list as it was when the member signed (a DSS update after the signature, PAdES B-LT without a
timestamping authority). A certificate revoked before it signs cannot sign, and a PV whose
embedded list revokes its signer before the signing time fails; a PV signed before a later
revocation still verifies. Real keys, real PDFs, the CLI as a subprocess; poppler's pdfsig and
qpdf check the files independently."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from records import sample_record

from tnl_jury.io.pdf.minutes import render_minutes
from tnl_jury.io.signing.keys import create_jury_ca, create_member_identity, load_certificate
from tnl_jury.io.signing.revocation import (
    CRL_FILE,
    embed_validation_material,
    embedded_revocation_lists,
    issue_revocation_list,
    load_revocation_list,
)
from tnl_jury.io.signing.sign import SigningError, sign_pdf

CA_PASS, PASS = "phrase du jury 2026", "phrase de passe du membre"
pytestmark = pytest.mark.filterwarnings("ignore:DSA is deprecated")


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TNL_JURY_SETTINGS_SCOPE": "tests", "TNL_JURY_CA_PASSPHRASE": CA_PASS}
    return subprocess.run(
        [sys.executable, "-m", "tnl_jury", *map(str, args)],
        capture_output=True, text=True, check=False, timeout=120, env=env,
    )  # fmt: skip


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, Path]:
    """(the CA folder, the first member's key, the unsigned PV beside the CA's list)."""
    ca_dir = tmp_path / "ca"
    ca = create_jury_ca("Jury TNL 2026", ca_dir, CA_PASS, key_size=2048)
    record = sample_record()
    key = tmp_path / "member.p12"
    create_member_identity(record.members[0].name, "Présidente", key, PASS, ca, key_size=2048)
    meeting = tmp_path / "meeting"
    meeting.mkdir()
    shutil.copy(ca_dir / CRL_FILE, meeting / CRL_FILE)  # the secretariat's copy beside the PV
    pv = render_minutes(record, meeting / "pv.pdf").path
    return ca_dir, key, pv


def test_a_new_ca_issues_its_revocation_list(setup: tuple[Path, Path, Path]) -> None:
    ca_dir, _key, _pv = setup
    ca_cert = load_certificate(ca_dir / "ca-cert.pem")
    crl = load_revocation_list(ca_dir / CRL_FILE, ca_cert)  # signed by the CA, or refused
    assert len(list(crl)) == 0
    assert crl.next_update_utc is not None and crl.next_update_utc >= ca_cert.not_valid_after_utc


def test_each_signature_carries_the_list_and_verifies(setup: tuple[Path, Path, Path]) -> None:
    ca_dir, key, pv = setup
    info = sign_pdf(pv, pv, key, PASS, role="Présidente")
    assert info.pdfa is not None and info.pdfa.passed, info.pdfa  # still PDF/A-2b
    from pyhanko.pdf_utils.reader import PdfFileReader

    with pv.open("rb") as handle:
        crls = embedded_revocation_lists(PdfFileReader(handle))
    assert len(crls) == 1
    r = cli("verify", pv, "--trust", ca_dir / "ca-cert.pem", "--partial")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "changed after" not in r.stdout  # the DSS update is validation material, not a change
    qpdf = subprocess.run(["qpdf", "--check", str(pv)], capture_output=True, text=True)
    assert qpdf.returncode == 0, qpdf.stdout
    pdfsig = subprocess.run(["pdfsig", str(pv)], capture_output=True, text=True)
    assert "Signature is Valid" in pdfsig.stdout, pdfsig.stdout


def test_a_revoked_certificate_cannot_sign(setup: tuple[Path, Path, Path]) -> None:
    ca_dir, key, pv = setup
    r = cli("keys", "revoke", "--ca-dir", ca_dir, "--cert", key.with_suffix(".pem"))
    assert r.returncode == 0, r.stderr
    shutil.copy(ca_dir / CRL_FILE, pv.parent / CRL_FILE)
    before = pv.read_bytes()
    with pytest.raises(SigningError, match="revoked by the jury CA"):
        sign_pdf(pv, pv, key, PASS, role="Présidente")
    assert pv.read_bytes() == before


def test_a_later_revocation_leaves_earlier_signatures_valid(
    setup: tuple[Path, Path, Path],
) -> None:
    ca_dir, key, pv = setup
    sign_pdf(pv, pv, key, PASS, role="Présidente")
    assert (
        cli("keys", "revoke", "--ca-dir", ca_dir, "--cert", key.with_suffix(".pem")).returncode == 0
    )
    r = cli("verify", pv, "--trust", ca_dir / "ca-cert.pem", "--partial")
    assert r.returncode == 0, r.stdout + r.stderr  # the list it carries was issued before


def test_a_pv_whose_list_revokes_its_signer_before_signing_fails(
    setup: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    """Signed (by another tool, or with the list hidden) after the CA revoked the key: the
    list embedded afterwards shows it, and verify fails with the reason."""
    ca_dir, key, pv = setup
    (pv.parent / CRL_FILE).unlink()  # the signer hid the list
    from tnl_jury.io.signing.keys import load_jury_ca

    ca = load_jury_ca(ca_dir / "ca-cert.pem", ca_dir / "ca-key.pem", CA_PASS)
    crl_path = issue_revocation_list(
        ca_dir, ca.certificate, ca.private_key, [load_certificate(key.with_suffix(".pem"))]
    )
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    sign_pdf(pv, pv, key, PASS, role="Présidente", when=later)
    crl = load_revocation_list(crl_path)
    pv.write_bytes(embed_validation_material(pv.read_bytes(), [ca.certificate], crl))
    r = cli("verify", pv, "--trust", ca_dir / "ca-cert.pem", "--partial")
    assert r.returncode == 3, r.stdout + r.stderr
    assert "the jury CA revoked this certificate on" in r.stdout


def test_a_list_of_another_ca_is_refused(setup: tuple[Path, Path, Path], tmp_path: Path) -> None:
    _ca_dir, key, pv = setup
    other = create_jury_ca("Autre jury", tmp_path / "other", CA_PASS, key_size=2048)
    with pytest.raises(SigningError, match="not the one of the CA"):
        sign_pdf(pv, pv, key, PASS, role="Présidente",
                 revocation_list=other.cert_path.parent / CRL_FILE)  # fmt: skip
    assert isinstance(load_certificate(other.cert_path), x509.Certificate)


def test_the_cli_embeds_the_list_it_is_given(setup: tuple[Path, Path, Path]) -> None:
    ca_dir, key, pv = setup
    (pv.parent / CRL_FILE).unlink()  # not beside the PV: given explicitly
    env_pass = {"TNL_JURY_PASSPHRASE": PASS}
    r = subprocess.run(
        [sys.executable, "-m", "tnl_jury", "sign", str(pv), "--key", str(key),
         "--crl", str(ca_dir / CRL_FILE)],
        capture_output=True, text=True, check=False, timeout=120,
        env={**os.environ, "TNL_JURY_SETTINGS_SCOPE": "tests", **env_pass},
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    from pyhanko.pdf_utils.reader import PdfFileReader

    with pv.open("rb") as handle:
        assert len(embedded_revocation_lists(PdfFileReader(handle))) == 1
