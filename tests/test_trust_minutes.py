"""Issue 13, case 3: the minutes are bound to the state they record.

The minutes print a digest of what they record (decisions, votes, attendance, recusals, the
figures they print); signing them with the jury file refuses minutes that no longer match it,
and ``audit verify --minutes`` checks the PDF's signatures (with the jury CA) and the digest
against the file. Real subprocesses, real keys, a real sqlite3 edit.
"""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tnl_jury.services import deliberation, members, results
from tnl_jury.services.demo import DemoSize, create_demo
from tnl_jury.storage.jury_file import open_jury_file

PASS = "phrase de passe du membre"
ENV = {"TNL_JURY_PASSPHRASE": PASS, "TNL_JURY_CA_PASSPHRASE": "phrase de passe du jury"}
DECIDED = 30  # as in the issue: one signature locks 30 decisions

pytestmark = pytest.mark.filterwarnings("ignore:DSA is deprecated")


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TNL_JURY_")}
    env.update(ENV, TNL_JURY_SETTINGS_SCOPE="tests")
    return subprocess.run(
        [sys.executable, "-m", "tnl_jury", *map(str, args)],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=180,
        check=False,
    )  # fmt: skip


def _decide(jf_path: Path) -> None:
    with create_demo(jf_path, DemoSize(dossiers=DECIDED, members=6)) as jf:
        ids = [m.id for m in members.list_members(jf)]
        deliberation.set_attendance(jf, dict.fromkeys(ids, True))
        deliberation.set_meeting(jf, held_on=None, place="Montpellier")
        for dossier_id in range(1, DECIDED + 1):
            eligible = len(deliberation.voters(jf, dossier_id).eligible)
            deliberation.record_decision(
                jf, dossier_id, 5 if dossier_id == 1 else 2, votes_for=eligible,
                votes_against=0, abstentions=0, motivation="Motivé.",
            )  # fmt: skip


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("minutes")
    paths = {"jury": folder / "jury.tnlj", "ca": folder / "ca", "key": folder / "claire.p12"}
    _decide(paths["jury"])
    assert run("keys", "new-ca", "--name", "Jury 2026", "--out-dir", paths["ca"]).returncode == 0
    r = run("keys", "new-member", "--name", "Claire Duval", "--out", paths["key"],
            "--ca-dir", paths["ca"], "--jury-file", paths["jury"], "--member", "1")  # fmt: skip
    assert r.returncode == 0, r.stderr
    return paths


def _pyhanko_sign(pdf: Path, p12: Path, field: str) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    signer = signers.SimpleSigner.load_pkcs12(str(p12), passphrase=PASS.encode())
    assert signer is not None
    out = io.BytesIO()
    signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf.read_bytes())),
        signers.PdfSignatureMetadata(field_name=field),
        signer=signer,
        output=out,
    )
    return out.getvalue()


def _locked(jury: Path) -> int:
    with open_jury_file(jury) as jf:
        return sum(1 for r in results.compute_results(jf) if r.status == "locked")


def test_out_of_date_minutes_cannot_be_signed(setup: dict[str, Path], tmp_path: Path) -> None:
    jury = tmp_path / "jury.tnlj"
    shutil.copy(setup["jury"], jury)
    pv = tmp_path / "pv.pdf"
    assert run("minutes", jury, pv).returncode == 0
    with open_jury_file(jury) as jf:  # a decision changes after the minutes were written
        eligible = len(deliberation.voters(jf, 1).eligible)
        deliberation.record_decision(
            jf, 1, 1, votes_for=eligible, votes_against=0, abstentions=0, motivation="Revu."
        )
    before = pv.read_bytes()
    r = run("sign", pv, "--key", setup["key"], "--jury-file", jury)
    assert r.returncode == 2, r.stdout + r.stderr
    assert "no longer match the jury file" in r.stderr and len(r.stderr.splitlines()) == 1
    assert pv.read_bytes() == before and _locked(jury) == 0

    assert run("minutes", jury, pv).returncode == 0  # written again: they match
    r = run("sign", pv, "--key", setup["key"], "--jury-file", jury)
    assert r.returncode == 0, r.stderr
    assert f"{DECIDED} decisions locked" in r.stdout


def test_audit_verify_minutes_checks_signatures_and_the_recorded_state(
    setup: dict[str, Path], tmp_path: Path
) -> None:
    jury = tmp_path / "jury.tnlj"
    shutil.copy(setup["jury"], jury)
    unsigned, signed = tmp_path / "pv.pdf", tmp_path / "pv-signed.pdf"
    assert run("minutes", jury, unsigned).returncode == 0
    r = run("sign", unsigned, "--key", setup["key"], "--out", signed, "--jury-file", jury)
    assert r.returncode == 0, r.stderr
    trust = setup["ca"] / "ca-cert.pem"

    r = run("audit", jury, "verify", "--minutes", signed, "--trust", trust)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "the jury file still records what the minutes say" in r.stdout

    r = run("audit", jury, "verify", "--minutes", unsigned, "--trust", trust)
    assert r.returncode == 3, r.stdout + r.stderr
    assert "NOT SIGNED" in r.stdout

    other_ca, other_key = tmp_path / "other-ca", tmp_path / "other.p12"
    assert run("keys", "new-ca", "--name", "Autre", "--out-dir", other_ca).returncode == 0
    assert run("keys", "new-member", "--name", "Claire Duval", "--out", other_key,
               "--ca-dir", other_ca).returncode == 0  # fmt: skip
    foreign = tmp_path / "pv-foreign.pdf"  # signed with another tool: no box check there
    foreign.write_bytes(_pyhanko_sign(unsigned, other_key, "sig-1"))
    r = run("audit", jury, "verify", "--minutes", foreign, "--trust", trust)
    assert r.returncode == 3, r.stdout + r.stderr
    assert "signatures do NOT verify" in r.stdout
    r = run("audit", jury, "verify", "--minutes", signed)  # no jury CA given
    assert r.returncode == 3 and "identities are NOT established" in r.stdout

    with sqlite3.connect(jury) as db:  # behind the app's back, after signing
        db.execute("UPDATE decision SET level = 1 WHERE level = 5")
    r = run("audit", jury, "verify", "--minutes", signed, "--trust", trust)
    assert r.returncode == 3, r.stdout + r.stderr
    assert "NO LONGER records what the minutes say" in r.stdout
