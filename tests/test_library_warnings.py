"""No library warning reaches a user's terminal, and the filter that ensures it stays narrow."""

from __future__ import annotations

import subprocess
import sys

# Every pyHanko module the app imports, as the io layer imports them.
_IMPORTS = """
import tnl_jury.io.signing.sign, tnl_jury.io.signing.verify, tnl_jury.io.signing.stamp
import tnl_jury.io.pdf.signature_page, tnl_jury.io.pdf.pdfa
import pyhanko.sign.signers.pdf_cms, pyhanko.sign.validation, pyhanko_certvalidator
"""


def _run(code: str) -> subprocess.CompletedProcess[str]:
    # -W default: show every warning once, as a user's Python would with no filter of ours.
    return subprocess.run(
        [sys.executable, "-W", "default", "-c", code], capture_output=True, text=True, check=False
    )


def test_importing_pyhanko_through_the_io_layer_prints_nothing() -> None:
    r = _run(_IMPORTS)
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""


def test_pyhanko_alone_does_warn_so_the_test_above_can_fail() -> None:
    """With the locked cryptography (≥ 51), pyHanko's import warns when nothing filters it."""
    r = _run("import pyhanko.sign.signers.pdf_cms")
    assert "DSA is deprecated" in r.stderr


def test_the_filter_is_narrow() -> None:
    """The same words raised from outside pyHanko, or another warning, still show."""
    r = _run(
        "import tnl_jury.io, warnings\n"
        "warnings.warn('DSA is deprecated (ours)', UserWarning)\n"
        "warnings.warn('something else', DeprecationWarning)\n"
    )
    assert "DSA is deprecated (ours)" in r.stderr
    assert "something else" in r.stderr
