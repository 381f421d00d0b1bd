"""``tnl-jury keys``, ``sign`` and ``verify`` through real subprocesses, passphrases in the
environment, with the default (3072-bit) keys."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from records import sample_record

from tnl_jury.cli.main import main
from tnl_jury.io.pdf.minutes import render_minutes

CA_PASS = "secret du jury CA"
MEMBER_PASS = "secret de la présidente"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("TNL_JURY_")}
    full_env.update(env or {})
    full_env["TNL_JURY_SETTINGS_SCOPE"] = "tests"
    return subprocess.run(
        [sys.executable, "-m", "tnl_jury", *args],
        capture_output=True,
        text=True,
        env=full_env,
        stdin=subprocess.DEVNULL,  # no terminal: a missing passphrase must not hang
        timeout=120,
    )


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    render_minutes(sample_record(), folder / "pv.pdf")
    return folder


def test_keys_sign_verify_round_trip(workspace: Path) -> None:
    ca_dir = workspace / "ca"
    r = run("keys", "new-ca", "--name", "Jury TNL 2025", "--out-dir", str(ca_dir),
            env={"TNL_JURY_CA_PASSPHRASE": CA_PASS})  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert (ca_dir / "ca-cert.pem").exists() and (ca_dir / "ca-key.pem").exists()

    key = workspace / "zoe.p12"
    r = run("keys", "new-member", "--name", "Zoé Œuvray-Çelik", "--role", "Présidente du jury",
            "--out", str(key), "--ca-dir", str(ca_dir),
            env={"TNL_JURY_PASSPHRASE": MEMBER_PASS,
                 "TNL_JURY_CA_PASSPHRASE": CA_PASS})  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert key.exists() and key.with_suffix(".pem").exists()
    assert "issued by" in r.stdout

    # no --out: signs in place (atomically), into the first free field
    signed = workspace / "pv-signed.pdf"
    signed.write_bytes((workspace / "pv.pdf").read_bytes())
    r = run("sign", str(signed), "--key", str(key), env={"TNL_JURY_PASSPHRASE": MEMBER_PASS})
    assert r.returncode == 0, r.stderr
    assert "field sig-1 signed by Zoé Œuvray-Çelik (Présidente du jury)" in r.stdout
    assert "certification" in r.stdout
    assert r.stderr == ""  # no PDF/A warning
    assert sorted(p.name for p in workspace.glob("pv*")) == ["pv-signed.pdf", "pv.pdf"]

    r = run("verify", str(signed), "--trust", str(ca_dir / "ca-cert.pem"))
    assert r.returncode == 3, r.stdout + r.stderr  # six boxes still empty
    r = run("verify", str(signed), "--trust", str(ca_dir / "ca-cert.pem"), "--partial")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "1 of 7 boxes signed, all signatures are good" in r.stdout
    assert "sig-1 (Zoé Œuvray-Çelik): signed by Zoé Œuvray-Çelik" in r.stdout
    assert "trusted" in r.stdout

    # one byte changed: exit code 3, and the JSON report says why
    data = signed.read_bytes()
    position = data.index(b"stream", len(data) // 3) + 30
    tampered = workspace / "tampered.pdf"
    tampered.write_bytes(data[:position] + bytes([data[position] ^ 1]) + data[position + 1 :])
    r = run("verify", str(tampered), "--trust", str(ca_dir / "ca-cert.pem"), "--json")
    assert r.returncode == 3, r.stdout + r.stderr
    report = json.loads(r.stdout)
    assert report["ok"] is False
    assert report["signatures"][0]["field_name"] == "sig-1"
    assert report["signatures"][0]["intact"] is False
    assert "Traceback" not in r.stdout + r.stderr


def test_bad_input_exits_2_with_one_line(
    workspace: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TNL_JURY_PASSPHRASE", raising=False)
    r = run("verify", str(workspace / "missing.pdf"))
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "missing.pdf" in r.stderr

    # the other cases in-process (a subprocess costs seconds of imports)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    assert main(["sign", str(workspace / "pv.pdf"), "--key", str(workspace / "k.p12")]) == 2
    assert "TNL_JURY_PASSPHRASE" in capsys.readouterr().err  # told what to do, no hang

    (workspace / "junk.p12").write_bytes(b"not a key")
    monkeypatch.setenv("TNL_JURY_PASSPHRASE", "whatever")
    assert main(["sign", str(workspace / "pv.pdf"), "--key", str(workspace / "junk.p12")]) == 2
    err = capsys.readouterr().err
    assert "wrong passphrase, or not a PKCS#12" in err
    assert len(err.strip().splitlines()) == 1


def test_verify_help_documents_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["verify", "--help"])
    assert exited.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "exit codes: 0 every box is signed" in out and "3 a signature fails" in out
