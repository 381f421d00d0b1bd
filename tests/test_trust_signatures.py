"""Issue 13, case 2: each box of the minutes belongs to one member.

The jury file binds each member to their certificate when the key is made or registered; the
minutes carry each box's owner; signing another member's box is refused with one sentence,
``verify`` fails (exit 3) on a box signed by someone else, and the stamp's name comes from the
certificate. Real subprocesses, real keys, real PDFs.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tnl_jury.services import audit, deliberation, members, results
from tnl_jury.services.demo import DemoSize, create_demo
from tnl_jury.storage.jury_file import open_jury_file

PASS = "phrase de passe du membre"
CA_PASS = "phrase de passe du jury"
ENV = {"TNL_JURY_PASSPHRASE": PASS, "TNL_JURY_CA_PASSPHRASE": CA_PASS}
CLAIRE, ZOE = 1, 5  # the demo's president and a member

# pyHanko imported here first: the io layer's filter of its DSA warning is not installed yet.
pytestmark = pytest.mark.filterwarnings("ignore:DSA is deprecated")


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TNL_JURY_")}
    env.update(ENV, TNL_JURY_SETTINGS_SCOPE="tests")
    return subprocess.run(
        [sys.executable, "-m", "tnl_jury", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=180,
        check=False,
    )


def decided_demo(path: Path) -> Path:
    with create_demo(path, DemoSize(dossiers=6, members=6)) as jf:
        ids = [m.id for m in members.list_members(jf)]
        deliberation.set_attendance(jf, {mid: mid != ids[-1] for mid in ids})
        deliberation.set_meeting(jf, held_on=None, place="Montpellier")
        for dossier_id, level in ((1, 5), (2, 3)):
            deliberation.record_decision(
                jf, dossier_id, level, votes_for=4, votes_against=1, abstentions=0,
                motivation=f"Niveau {level}.",
            )  # fmt: skip
    return path


@pytest.fixture(scope="module")
def jury(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A decided jury file, a jury CA, Claire's and Zoé's keys bound, and the minutes."""
    folder = tmp_path_factory.mktemp("trust")
    paths = {"jury": decided_demo(folder / "jury.tnlj"), "ca": folder / "ca"}
    assert run("keys", "new-ca", "--name", "Jury 2026", "--out-dir", paths["ca"]).returncode == 0
    for key, name, member in (("claire", "Claire Duval", CLAIRE), ("zoe", "Zoé Dubois", ZOE)):
        paths[key] = folder / f"{key}.p12"
        bind = ("--jury-file", paths["jury"], "--member", str(member))
        r = run("keys", "new-member", "--name", name, "--out", paths[key], "--ca-dir", paths["ca"],
                *bind)  # fmt: skip
        assert r.returncode == 0, r.stderr
        assert f"bound to member {member} ({name})" in r.stdout
    paths["pv"] = folder / "pv.pdf"
    assert run("minutes", paths["jury"], paths["pv"]).returncode == 0
    return paths


def _refused(r: subprocess.CompletedProcess[str]) -> str:
    assert r.returncode == 2, r.stdout + r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    return r.stderr


def test_a_member_cannot_sign_another_members_box(jury: dict[str, Path], tmp_path: Path) -> None:
    pv = tmp_path / "pv.pdf"
    pv.write_bytes(jury["pv"].read_bytes())
    before = pv.read_bytes()

    # The name on the stamp is the certificate's: there is no --name any more.
    _refused(run("sign", pv, "--key", jury["claire"], "--field", "sig-5", "--name", "Zoé Dubois"))
    err = _refused(run("sign", pv, "--key", jury["claire"], "--field", "sig-5"))
    assert "sig-5 is Zoé Dubois's" in err and "Claire Duval's" in err
    err = _refused(
        run("sign", pv, "--key", jury["claire"], "--field", "sig-5", "--jury-file", jury["jury"])
    )
    assert "sig-5 is Zoé Dubois's" in err
    # A self-signed certificate in Zoé's name, made by someone else, is not Zoé's.
    fake = tmp_path / "fake-zoe.p12"
    assert run("keys", "new-member", "--name", "Zoé Dubois", "--out", fake).returncode == 0
    err = _refused(run("sign", pv, "--key", fake, "--field", "sig-5"))
    assert "sig-5 is Zoé Dubois's" in err
    assert pv.read_bytes() == before
    with open_jury_file(jury["jury"]) as jf:
        assert not any(r.status == "locked" for r in results.compute_results(jf))

    # Claire signs her own box: the default, her name from her certificate.
    r = run("sign", pv, "--key", jury["claire"])
    assert r.returncode == 0, r.stderr
    assert "field sig-1 signed by Claire Duval" in r.stdout


def test_verify_fails_on_a_box_signed_by_someone_else(
    jury: dict[str, Path], tmp_path: Path
) -> None:
    """The refusal is in tnl-jury; another tool can still put Claire's signature into Zoé's
    box. ``verify`` catches it."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    signer = signers.SimpleSigner.load_pkcs12(str(jury["claire"]), passphrase=PASS.encode())
    assert signer is not None
    out = io.BytesIO()
    signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(jury["pv"].read_bytes())),
        signers.PdfSignatureMetadata(field_name="sig-5", name="Zoé Dubois"),
        signer=signer,
        output=out,
    )
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(out.getvalue())

    trust = jury["ca"] / "ca-cert.pem"
    r = run("verify", forged, "--trust", trust)
    assert r.returncode == 3, r.stdout + r.stderr
    assert "the box sig-5 is Zoé Dubois's but was signed by Claire Duval" in r.stdout
    r = run("verify", forged, "--trust", trust, "--json")
    assert r.returncode == 3
    (signature,) = json.loads(r.stdout)["signatures"]
    assert (signature["field_name"], signature["owner"], signature["ok"]) == (
        "sig-5",
        "Zoé Dubois",
        False,
    )


def test_certificates_are_bound_in_the_jury_file_and_audited(
    jury: dict[str, Path], tmp_path: Path
) -> None:
    with open_jury_file(jury["jury"]) as jf:
        rows = {m.id: m for m in members.list_members(jf)}
        events = [e for e in audit.list_events(jf) if e.action == "member.certificate"]
    assert rows[CLAIRE].cert_sha256 and rows[ZOE].cert_sha256
    assert rows[CLAIRE].cert_sha256 != rows[ZOE].cert_sha256
    assert {e.details["member_id"] for e in events} == {CLAIRE, ZOE}
    # Claire's certificate cannot be registered as Zoé's.
    claire_pem = jury["claire"].with_suffix(".pem")
    err = _refused(run("jurors", jury["jury"], "certificate", "--member", str(ZOE), claire_pem))
    assert "Claire Duval's, not Zoé Dubois's" in err
