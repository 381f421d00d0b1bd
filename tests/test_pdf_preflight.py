"""Issue 19: Apache PDFBox Preflight (a validator outside our stack) finds nothing of ours in
the minutes (unsigned and signed), a letter and the published list.

PDFBox 2.0's Preflight validates PDF/A-1b only; our documents are PDF/A-2b. The two findings
that only PDF/A-1 makes (cross-reference streams, forbidden by ISO 19005-1 6.1.4 and allowed
by 19005-2; the XMP ``pdfaid:part`` 2) are expected; any other finding fails. Debian packages:
libpdfbox2-java (preflight.jar), libactivation-java, libjaxb-api-java and a JRE (``dev.sh``'s
TEST_DEBS); the test is skipped, saying so, without them. The reviewed output is in
docs/pdf-validation.md.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from records import sample_record

from tnl_jury.io.pdf.letters import render_letters
from tnl_jury.io.pdf.minutes import render_minutes
from tnl_jury.io.pdf.published import render_published_list
from tnl_jury.io.signing.keys import create_jury_ca, create_member_identity
from tnl_jury.io.signing.sign import sign_pdf

JAVA_DIR = Path("/usr/share/java")
JARS = (
    "preflight.jar",
    "pdfbox2.jar",
    "fontbox2.jar",
    "xmpbox.jar",
    "commons-logging.jar",
    "javax.activation.jar",
    "jaxb-api.jar",
)
# What only PDF/A-1 forbids (ISO 19005-1 6.1.4, and the part number of the identification).
PDFA1_ONLY = {
    "1.4 : Trailer Syntax error, /XRef cross reference streams are not allowed",
    "7.11.2 : Error on MetaData, part must be 1",
}
PASS = "phrase de passe"


def preflight(pdf: Path) -> list[str]:
    """PDFBox Preflight's findings on ``pdf``: lines "<rule> : <message>"."""
    missing = [jar for jar in JARS if not (JAVA_DIR / jar).exists()]
    if shutil.which("java") is None or missing:
        pytest.skip(
            "needs PDFBox Preflight: apt-get install default-jre-headless libpdfbox2-java "
            f"libactivation-java libjaxb-api-java (missing: {missing or 'java'})"
        )
    classpath = ":".join(str(JAVA_DIR / jar) for jar in JARS)
    done = subprocess.run(
        ["java", "-cp", classpath, "org.apache.pdfbox.preflight.Validator_A1b", str(pdf)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Exception" not in done.stderr, done.stderr
    lines = [line.strip() for line in done.stdout.splitlines()]
    return [line for line in lines if " : " in line]


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("preflight")
    record = sample_record()
    minutes = render_minutes(record, folder / "pv.pdf").path
    ca = create_jury_ca("Jury TNL 2025", folder / "ca", PASS, key_size=2048)
    signed, src = folder / "pv-signed.pdf", minutes
    for i, (name, role) in enumerate(
        (("Zoé Œuvray-Çelik", "Présidente du jury"), ("François Lefèvre", "Secrétaire"))
    ):
        # Beside the CA's revocation list: each signature is followed by a DSS update.
        p12 = ca.cert_path.parent / f"m{i}.p12"
        key = create_member_identity(name, role, p12, PASS, ca, key_size=2048)
        sign_pdf(src, signed, key.p12_path, PASS, role=role)
        src = signed
    letters = render_letters(record, folder / "letters")
    published = render_published_list(record, folder / "liste.pdf")
    return {
        "minutes": minutes,
        "signed minutes": signed,
        "letter": letters[0],
        "published list": published,
    }


@pytest.mark.parametrize("which", ["minutes", "signed minutes", "letter", "published list"])
def test_preflight_finds_nothing_of_ours(documents: dict[str, Path], which: str) -> None:
    findings = preflight(documents[which])
    assert set(findings) <= PDFA1_ONLY, findings
