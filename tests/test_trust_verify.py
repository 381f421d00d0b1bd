"""Issue 13, case 6: incomplete signing never looks complete.

``verify`` reports every box of the minutes (owner; signed by whom, when; or empty) and exits 3
unless every box is signed and valid (``--partial`` accepts a partial PV and says so); a fully
signed PV cut back to an earlier revision is incomplete; without ``--trust`` (or the jury CA
beside the file) the signers' identity is not established and the exit code is not 0.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tnl_jury.io.signing.keys import create_jury_ca, create_member_identity, load_certificate
from tnl_jury.services import deliberation, members, outputs
from tnl_jury.services.demo import DemoSize, create_demo
from tnl_jury.services.minutes_signing import sign_minutes

PASS = "phrase de passe du membre"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tnl_jury", *map(str, args)],
        capture_output=True, text=True, check=False, timeout=120,
        env={**os.environ, "TNL_JURY_SETTINGS_SCOPE": "tests"},
    )  # fmt: skip


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Minutes with five boxes (one member absent): after one signature, and after all five."""
    folder = tmp_path_factory.mktemp("verify")
    ca = create_jury_ca("Jury 2026", folder / "ca", PASS, key_size=2048)
    paths = {"ca": ca.cert_path, "pv": folder / "pv.pdf"}
    with create_demo(folder / "jury.tnlj", DemoSize(dossiers=3, members=6)) as jf:
        present = members.list_members(jf)[:-1]
        deliberation.set_attendance(jf, {m.id: m in present for m in members.list_members(jf)})
        deliberation.set_meeting(jf, held_on=None, place="Montpellier")
        deliberation.record_decision(
            jf, 1, 3, votes_for=4, votes_against=1, abstentions=0, motivation="Bien."
        )
        outputs.write_minutes(jf, paths["pv"])
        for index, member in enumerate(present):
            key = create_member_identity(
                member.name, "Membre", folder / f"m{member.id}.p12", PASS, ca, key_size=2048
            )
            members.bind_certificate(jf, member.id, load_certificate(key.cert_path))
            sign_minutes(jf, paths["pv"], paths["pv"], key.p12_path, PASS, role="Membre")
            if index == 0:
                paths["one"] = folder / "one.pdf"
                shutil.copy(paths["pv"], paths["one"])
    return paths


def test_a_partly_signed_pv_fails_and_every_box_is_reported(signed: dict[str, Path]) -> None:
    r = run("verify", signed["one"], "--trust", signed["ca"])
    assert r.returncode == 3, r.stdout + r.stderr
    assert "1 of 5 boxes signed" in r.stdout
    assert "sig-1 (Claire Duval): signed by Claire Duval" in r.stdout
    assert "sig-2 (Thomas Lefèvre): EMPTY" in r.stdout
    r = run("verify", signed["one"], "--trust", signed["ca"], "--partial")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "PARTIAL: 1 of 5 boxes signed" in r.stdout
    r = run("verify", signed["one"], "--trust", signed["ca"], "--json")
    report = json.loads(r.stdout)
    assert [(b["field_name"], b["owner"], b["signed"]) for b in report["boxes"]][:2] == [
        ("sig-1", "Claire Duval", True),
        ("sig-2", "Thomas Lefèvre", False),
    ]
    assert report["complete"] is False


def test_a_fully_signed_pv_passes(signed: dict[str, Path]) -> None:
    r = run("verify", signed["pv"], "--trust", signed["ca"])
    assert r.returncode == 0, r.stdout + r.stderr
    assert "5 of 5 boxes signed, all signatures are good" in r.stdout


def test_a_pv_cut_back_to_an_earlier_revision_is_incomplete(
    signed: dict[str, Path], tmp_path: Path
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    data = signed["pv"].read_bytes()
    sigs = PdfFileReader(io.BytesIO(data)).embedded_signatures
    _, _, start, length = sigs[1].byte_range  # the second signature's revision ends here
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: start + length])
    r = run("verify", cut, "--trust", signed["ca"])
    assert r.returncode == 3, r.stdout + r.stderr
    assert "2 of 5 boxes signed" in r.stdout


def test_without_a_trusted_root_the_identities_are_not_established(
    signed: dict[str, Path], tmp_path: Path
) -> None:
    pv = tmp_path / "pv.pdf"
    shutil.copy(signed["pv"], pv)
    r = run("verify", pv)
    assert r.returncode == 3, r.stdout + r.stderr
    assert "identities are NOT established" in r.stdout
    shutil.copy(signed["ca"], tmp_path / "ca-cert.pem")  # the jury CA beside the minutes
    r = run("verify", pv)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "trusting the jury CA found beside the file" in r.stdout
