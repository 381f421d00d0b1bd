"""Issue 19: the signed minutes are clean PDFs. After three signatures every embedded font
subset has a tag of its own (poppler's pdffonts), each signature adds its stamp's two light
subsets only (file growth per signature bounded), the XMP declares its schemas on
rdf:Description (what PDFBox Preflight's "7.3 Schema is not set" asks), and the signatures
still verify (pdfsig) with PDF/A-2b holding."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from lxml import etree
from records import sample_record

from tnl_jury.io.pdf.minutes import render_minutes
from tnl_jury.io.pdf.pdfa import check_pdfa
from tnl_jury.io.pdf.xmp import NAMESPACES, RDF, refresh_xmp
from tnl_jury.io.signing.keys import create_jury_ca, create_member_identity
from tnl_jury.io.signing.sign import sign_pdf

PASS = "phrase de passe"
SIGNERS = (
    ("Zoé Œuvray-Çelik", "Présidente du jury"),
    ("François Lefèvre", "Secrétaire de séance"),
    ("Hélène N’Diaye", "Membre du jury"),
)
# Measured (signature and DSS update): 85.1 KB unsigned and 78.8 KB per signature before
# (three DejaVu subsets per stamp, hinting and licence text included); 47.7 KB and 33.5 KB
# after (two light subsets per stamp).
MAX_GROWTH = 40_000


@dataclasses.dataclass
class Signed:
    minutes: Path
    revisions: list[Path]


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> Signed:
    folder = tmp_path_factory.mktemp("hygiene")
    ca = create_jury_ca("Jury TNL 2025", folder / "ca", PASS, key_size=2048)
    minutes = folder / "minutes.pdf"
    render_minutes(sample_record(), minutes)
    revisions, src = [], minutes
    for i, (name, role) in enumerate(SIGNERS):
        # Beside the CA's revocation list: each signature is followed by a DSS update.
        p12 = ca.cert_path.parent / f"m{i}.p12"
        key = create_member_identity(name, role, p12, PASS, ca, key_size=2048)
        out = folder / f"signed-{i + 1}.pdf"
        sign_pdf(src, out, key.p12_path, PASS, role=role)
        revisions.append(out)
        src = out
    return Signed(minutes, revisions)


def pdffonts(pdf: Path) -> list[str]:
    if shutil.which("pdffonts") is None:
        pytest.skip("needs poppler-utils (pdffonts)")
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    return out.stdout.splitlines()[2:]


def test_every_subset_has_a_tag_of_its_own_after_three_signatures(signed: Signed) -> None:
    lines = pdffonts(signed.revisions[-1])
    names = [line.split()[0] for line in lines]
    assert all(re.fullmatch(r"[A-Z]{6}\+DejaVuSans(-\w+)?", n) for n in names), names
    assert all(" yes yes yes " in line for line in lines), lines  # embedded subsets, ToUnicode
    assert len(set(names)) == len(names), names
    assert len({n.split("+")[0] for n in names}) == len(names), names  # tags, not just names
    # The document's three faces, then two per stamp (regular and bold): nothing re-embedded
    # beyond what a stamp draws.
    assert len(names) == 3 + 2 * len(SIGNERS), names
    assert not any("Vera" in n for n in names), names


def test_each_signature_adds_little(signed: Signed) -> None:
    sizes = [p.stat().st_size for p in (signed.minutes, *signed.revisions)]
    growth = [b - a for a, b in itertools.pairwise(sizes)]
    assert max(growth) < MAX_GROWTH, (sizes, growth)


def test_signatures_verify_and_pdfa_holds(signed: Signed) -> None:
    for path in (signed.minutes, *signed.revisions):
        assert check_pdfa(path).passed, check_pdfa(path).problems
    if shutil.which("pdfsig") is None:
        pytest.skip("needs poppler-utils (pdfsig)")
    out = subprocess.run(
        ["pdfsig", str(signed.revisions[-1])], capture_output=True, text=True
    ).stdout
    assert out.count("Signature is Valid.") == 3, out


def test_the_stamps_text_is_still_extracted(signed: Signed) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler-utils (pdftotext)")
    out = subprocess.run(
        ["pdftotext", str(signed.revisions[-1]), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = " ".join(out.split())
    # Two columns of boxes interleave in the extracted text: count, don't read in order.
    assert text.count("Signé électroniquement par") == len(SIGNERS), text[-800:]
    assert text.count("Signature électronique PAdES") == len(SIGNERS), text[-800:]
    for name, _role in SIGNERS:
        assert text.count(name) >= 2, name  # the box's title and the stamp


def _declared_below(description: etree._Element) -> list[str]:
    """Namespace declarations made below ``description`` (not inherited from it)."""
    found = []
    for element in description.iterdescendants():
        parent = element.getparent()
        assert parent is not None
        extra = set(element.nsmap.items()) - set(parent.nsmap.items())
        found += [f"{element.tag}: {prefix}" for prefix, _uri in extra]
    return found


def _check_packet(packet: bytes) -> etree._Element:
    root = etree.fromstring(packet.strip())
    descriptions = root.findall(f".//{{{RDF}}}Description")
    assert descriptions
    for description in descriptions:
        assert description.nsmap.get("dc") == NAMESPACES["dc"]
        assert _declared_below(description) == []
    return root


def test_the_xmp_declares_its_schemas_on_the_description(signed: Signed) -> None:
    for path in (signed.minutes, *signed.revisions):
        with pikepdf.open(path) as pdf:
            if path in signed.revisions:
                assert "/DSS" in pdf.Root  # the validation material's update is checked too
            root = _check_packet(pdf.Root.Metadata.read_bytes())
            producer = root.find(f".//{{{NAMESPACES['pdf']}}}Producer")
            assert producer is not None and producer.text == str(pdf.docinfo["/Producer"])


# What pyHanko 0.38 wrote at each signature: dc declared on each element, properties as
# attributes of rdf:Description.
PYHANKO_PACKET = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="pyHanko 0.38.0">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" \
xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" \
xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" pdf:Producer="pyHanko 0.38.0" \
xmp:ModifyDate="2026-12-07T20:31:53+00:00" pdfaid:part="2" pdfaid:conformance="B" \
rdf:about=""><dc:title xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Alt>\
<rdf:li xml:lang="x-default">Procès-verbal</rdf:li></rdf:Alt></dc:title></rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>""".encode()


def test_a_packet_pyhanko_wrote_is_normalised() -> None:
    when = dt.datetime(2026, 12, 7, 21, 0, tzinfo=dt.UTC)
    out = refresh_xmp(PYHANKO_PACKET, "pyHanko 0.38.0", when)
    root = _check_packet(out)
    assert out.startswith(b"<?xpacket begin=") and out.rstrip().endswith(b'<?xpacket end="w"?>')
    description = root.find(f".//{{{RDF}}}Description")
    assert description is not None
    assert set(description.attrib) == {f"{{{RDF}}}about"}  # the rest became elements
    values = {child.tag: child.text for child in description}
    assert values[f"{{{NAMESPACES['pdfaid']}}}part"] == "2"
    assert values[f"{{{NAMESPACES['xmp']}}}ModifyDate"] == "2026-12-07T21:00:00+00:00"
    assert values[f"{{{NAMESPACES['xmp']}}}MetadataDate"] == "2026-12-07T21:00:00+00:00"
    title = root.find(f".//{{{NAMESPACES['dc']}}}title//{{{RDF}}}li")
    assert title is not None and title.text == "Procès-verbal"


def test_a_packet_that_is_not_xmp_is_refused() -> None:
    when = dt.datetime(2026, 12, 7, 21, 0, tzinfo=dt.UTC)
    for junk in (b"not xml at all", b"<x:xmpmeta xmlns:x='adobe:ns:meta/'/>"):
        with pytest.raises(ValueError):
            refresh_xmp(junk, "pyHanko", when)


def test_a_pdf_whose_xmp_is_unreadable_is_still_signed(tmp_path: Path) -> None:
    """Another producer's file with a broken packet: signed, its packet left as it was."""
    minutes = render_minutes(sample_record(), tmp_path / "pv.pdf").path
    with pikepdf.open(minutes, allow_overwriting_input=True) as pdf:
        pdf.Root.Metadata = pdf.make_stream(b"<broken")
        pdf.Root.Metadata.Type = pikepdf.Name.Metadata
        pdf.Root.Metadata.Subtype = pikepdf.Name.XML
        pdf.save(minutes, fix_metadata_version=False)  # else pikepdf rewrites the packet
    ca = create_jury_ca("Jury TNL 2025", tmp_path / "ca", PASS, key_size=2048)
    name, role = SIGNERS[0]
    key = create_member_identity(name, role, tmp_path / "m.p12", PASS, ca, key_size=2048)
    info = sign_pdf(minutes, tmp_path / "signed.pdf", key.p12_path, PASS, role=role)
    assert info.field_name == "sig-1"
    with pikepdf.open(tmp_path / "signed.pdf") as pdf:
        assert pdf.Root.Metadata.read_bytes() == b"<broken"
