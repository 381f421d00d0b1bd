"""Tagged PDFs (#19): the minutes, a letter and the published list of a real jury file (the
demo edition, every dossier decided through the deliberation service) carry a structure tree
that a screen reader can follow. Read back with tools outside our stack: poppler's
``pdfinfo -struct`` / ``-struct-text``, qpdf's JSON, and pikepdf's content-stream parser for
the one thing poppler does not show (every painted operator is either tagged or an
artifact)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import json
import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from records import LONG_MOTIVATION, sample_record

from tnl_jury.io.pdf.minutes import render_minutes
from tnl_jury.io.pdf.pdfa import check_pdfa
from tnl_jury.io.signing.keys import create_jury_ca, create_member_identity
from tnl_jury.io.signing.sign import sign_pdf
from tnl_jury.io.signing.verify import verify_pdf
from tnl_jury.services import deliberation, drafts, members, outputs
from tnl_jury.services.demo import DemoSize, create_demo
from tnl_jury.services.dossiers import list_dossiers
from tnl_jury.storage.jury_file import open_jury_file

pytestmark = pytest.mark.skipif(
    shutil.which("pdfinfo") is None or shutil.which("qpdf") is None,
    reason="needs poppler-utils and qpdf",
)

DOSSIERS = 30  # enough for the summary table to run over a page


@dataclasses.dataclass
class Documents:
    minutes: Path
    letters: list[Path]
    published: Path
    decided: int
    president: str
    signers: int


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> Documents:
    folder = tmp_path_factory.mktemp("tags")
    path = folder / "demo.tnlj"
    with create_demo(path, DemoSize(dossiers=DOSSIERS, members=6)) as jf:
        jurors = members.list_members(jf)
        ids = [m.id for m in jurors]
        president = next(m.name for m in jurors if m.role == "president")
        deliberation.set_attendance(jf, {mid: True for mid in ids})
        deliberation.set_meeting(jf, held_on=dt.date(2026, 11, 26), place="Montpellier")
        for row in list_dossiers(jf):
            draft = drafts.draft_decision(jf, row.id)
            eligible = len(deliberation.voters(jf, row.id).eligible)
            deliberation.record_decision(
                jf,
                row.id,
                draft.level,
                votes_for=eligible,
                votes_against=0,
                abstentions=0,
                motivation=draft.motivation,
                recommendations=draft.recommendations,
            )
    with open_jury_file(path) as jf:
        minutes = outputs.write_minutes(jf, folder / "pv.pdf")
        letters = outputs.write_letters(jf, folder / "letters", dated=dt.date(2026, 12, 1))
        published = outputs.write_published_list(jf, folder / "palmares.pdf")
    return Documents(minutes, letters, published, DOSSIERS, president, len(ids))


@dataclasses.dataclass
class Element:
    """One line of ``pdfinfo -struct-text``: a structure element and the text under it."""

    tag: str
    depth: int
    text: str = ""
    kids: list[Element] = dataclasses.field(default_factory=list)

    def walk(self) -> list[Element]:
        return [self, *(e for kid in self.kids for e in kid.walk())]

    def all_text(self) -> str:
        return " ".join([self.text, *(kid.all_text() for kid in self.kids)]).strip()


@functools.cache
def structure(path: Path) -> Element:
    """The structure tree as poppler reads it (once per file: poppler takes 20 s on the
    minutes, looking each marked content up)."""
    out = subprocess.run(
        ["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True
    ).stdout
    root = Element("(root)", -1)
    stack = [root]
    for line in out.splitlines():
        depth = (len(line) - len(line.lstrip(" "))) // 2
        body = line.strip()
        if body.startswith('"'):
            stack[-1].text = " ".join((stack[-1].text + " " + body.strip('"')).split())
            continue
        if not body or body.startswith("/"):
            continue  # an attribute line (/Scope, /BBox)
        tag = re.split(r"[ :(]", body, maxsplit=1)[0]
        while stack[-1].depth >= depth:
            stack.pop()
        element = Element(tag, depth)
        stack[-1].kids.append(element)
        stack.append(element)
    return root


def pdfinfo(path: Path) -> str:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout


def headings(tree: Element) -> list[tuple[int, str]]:
    return [(int(e.tag[1:]), e.text) for e in tree.walk() if re.fullmatch(r"H\d", e.tag)]


def test_every_document_is_tagged_and_stays_pdfa(documents: Documents) -> None:
    for path in [documents.minutes, documents.published, *documents.letters[:3]]:
        info = pdfinfo(path)
        assert re.search(r"^Tagged:\s+yes$", info, re.M), path
        tree = structure(path)
        assert [e.tag for e in tree.kids] == ["Document"], path
        assert check_pdfa(path).passed, (path, check_pdfa(path).problems)
        with pikepdf.open(path) as pdf:
            assert str(pdf.Root.Lang) == "fr-FR"
            assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
            assert bool(pdf.Root.MarkInfo.Marked)


def test_the_footer_is_an_artifact(documents: Documents) -> None:
    text = structure(documents.minutes).all_text()
    assert "Procès-verbal de délibération du jury" in text
    assert "page 1 /" not in text  # the running footer is not read


def test_minutes_headings_in_reading_order(documents: Documents) -> None:
    found = headings(structure(documents.minutes))
    titles = [text for _level, text in found]
    sections = [
        "Procès-verbal de délibération du jury",
        "1. Séance",
        "2. Composition du jury",
        "3. Déports",
        "4. Méthode",
        "5. Décisions",
        "6. Tableau récapitulatif",
        "Signatures",
    ]
    positions = [next(i for i, t in enumerate(titles) if t.startswith(s)) for s in sections]
    assert positions == sorted(positions)
    assert found[0][0] == 1 and found[1][0] == 2  # the title, then the sections
    # Levels never skip on the way down (PDF/UA 7.4.2).
    for (before, _), (after, text) in itertools.pairwise(found):
        assert after <= before + 1, text
    dossier_heads = [t for t in titles if t.startswith("Dossier n°")]
    assert len(dossier_heads) == documents.decided


def test_summary_table_spans_pages_as_one_table(documents: Documents) -> None:
    tree = structure(documents.minutes)
    tables = [e for e in tree.walk() if e.tag == "Table"]
    head = ["N°", "Candidat", "Dépt", "Niveau", "Pour", "Contre", "Abst."]
    summary = [t for t in tables if [c.all_text() for c in t.kids[0].kids] == head]
    assert len(summary) == 1
    rows = summary[0].kids
    assert all(row.tag == "TR" for row in rows)
    assert [c.tag for c in rows[0].kids] == ["TH"] * 7
    # One row per dossier after the header, which is not read again on the next page.
    assert len(rows) == 1 + documents.decided
    assert all([c.tag for c in row.kids] == ["TD"] * 7 for row in rows[1:])
    numbers = [row.kids[0].all_text() for row in rows[1:]]
    assert len(set(numbers)) == documents.decided
    pages = subprocess.run(
        ["pdftotext", str(documents.minutes), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    header_pages = [i for i, page in enumerate(pages) if re.search(r"^Contre$", page, re.M)]
    assert len(header_pages) >= 2, "the table should run over a page for this test to mean much"


def test_signature_boxes_are_read(documents: Documents) -> None:
    tree = structure(documents.minutes)
    after = tree.all_text().split("Signatures", 1)[1]
    # Name and role drawn as two lines are read as two words, not "DuvalPrésidence".
    assert f"{documents.president} Présidence du jury" in after


def test_letter_reading_order(documents: Documents) -> None:
    letter = documents.letters[0]
    tree = structure(letter)
    blocks = [e for e in tree.kids[0].kids]
    texts = [e.all_text() for e in blocks]
    tags = [e.tag for e in blocks]

    def where(start: str) -> int:
        return next(i for i, t in enumerate(texts) if t.startswith(start))

    order = [
        where("Territoire Numérique Libre"),  # the sender (the demo sets no letterhead)
        where("M. ") if any(t.startswith("M. ") for t in texts) else where("Mme "),
        where("Montpellier, le 1er décembre 2026"),
        where("Objet :"),
        where("Le jury du label"),
        where("Motivation du jury"),
        tags.index("Figure"),
        where("Pistes de progression"),
        where("Je vous prie d’agréer"),
        where("Pour le jury,"),
    ]
    assert order == sorted(order), texts
    assert tags[where("Motivation du jury")] == "H1"
    assert "page 1 / 1" not in tree.all_text()


def figure_alts(path: Path) -> list[str]:
    """The ``/Alt`` of every ``/Figure`` structure element, read from qpdf's JSON (qpdf
    writes a text string as ``u:`` and its characters)."""
    out = subprocess.run(
        ["qpdf", "--json=2", "--json-key=qpdf", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    objects = json.loads(out)["qpdf"][1].values()
    values = [o.get("value") for o in objects if isinstance(o, dict)]
    return [
        str(v.get("/Alt", "")) for v in values if isinstance(v, dict) and v.get("/S") == "/Figure"
    ]


def test_letter_chart_is_a_figure_with_alternative_text(documents: Documents) -> None:
    alts = [alt for letter in documents.letters[:3] for alt in figure_alts(letter)]
    assert alts
    for alt in alts:
        assert alt.startswith("u:Graphique en barres, scores sur une échelle de 0 à")
        assert "Score global" in alt


def test_published_list_is_a_list_per_level(documents: Documents) -> None:
    tree = structure(documents.published)
    body = tree.kids[0].kids
    assert body[0].tag == "H1" and body[0].text.startswith("Palmarès")
    levels = [i for i, e in enumerate(body) if e.tag == "H2"]
    assert levels
    for i in levels:
        assert body[i + 1].tag == "L"
        items = body[i + 1].kids
        count = int(re.search(r"\((\d+) collectivit", body[i].text).group(1))  # type: ignore[union-attr]
        assert [e.tag for e in items] == ["LI"] * count
        assert all(item.kids[0].tag == "LBody" and item.all_text() for item in items)


def painting_outside_marks(pdf: pikepdf.Pdf) -> list[str]:
    """Operators that paint outside any marked content, and MCIDs without an owner."""
    paint = {"Tj", "TJ", "'", '"', "f", "f*", "F", "S", "s", "B", "B*", "b", "b*", "Do", "sh"}
    problems = []
    nums = pdf.Root.StructTreeRoot.ParentTree.Nums
    owners = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    for number, page in enumerate(pdf.pages):
        depth = 0
        seen: list[int] = []
        for instruction in pikepdf.parse_content_stream(page):
            operands, op = instruction.operands, str(instruction.operator)
            if op in ("BDC", "BMC"):
                depth += 1
                if op == "BDC" and "/MCID" in operands[1]:
                    seen.append(int(operands[1].MCID))
            elif op == "EMC":
                depth -= 1
            elif op in paint and depth == 0:
                problems.append(f"page {number + 1}: {op} outside marked content")
        assert depth == 0
        owned = owners[int(page.obj.StructParents)]
        if sorted(seen) != list(range(len(owned))):
            problems.append(f"page {number + 1}: MCIDs {seen} vs parent tree {len(owned)}")
    return problems


def test_every_painted_thing_is_tagged_or_an_artifact(documents: Documents) -> None:
    for path in [documents.minutes, documents.published, documents.letters[0]]:
        with pikepdf.open(path) as pdf:
            assert painting_outside_marks(pdf) == [], path


def test_signature_fields_are_forms_and_survive_signing(
    documents: Documents, tmp_path: Path
) -> None:
    def forms(path: Path) -> list[str]:
        out = subprocess.run(["pdfinfo", "-struct", str(path)], capture_output=True, text=True)
        return [line.strip() for line in out.stdout.splitlines() if line.strip() == "Form"]

    assert len(forms(documents.minutes)) == documents.signers
    passphrase = "phrase de passe"
    ca = create_jury_ca("Jury TNL 2026", tmp_path / "ca", passphrase, key_size=2048)
    identity = create_member_identity(
        documents.president, "Présidente", tmp_path / "p.p12", passphrase, ca, key_size=2048
    )
    signed = tmp_path / "signed.pdf"
    sign_pdf(documents.minutes, signed, identity.p12_path, passphrase, role="Présidente")
    report = verify_pdf(signed, trust_roots=[ca.cert_path])
    assert [s.signer for s in report.signatures if s.signer] == [documents.president]
    assert re.search(r"^Tagged:\s+yes$", pdfinfo(signed), re.M)
    assert len(forms(signed)) == documents.signers
    assert check_pdfa(signed).passed
    with pikepdf.open(signed) as pdf:
        assert painting_outside_marks(pdf) == []


def test_a_paragraph_cut_by_a_page_break_is_one_element(tmp_path: Path) -> None:
    path = tmp_path / "pv.pdf"
    render_minutes(sample_record(), path)  # a motivation long enough to run over a page
    first = " ".join(LONG_MOTIVATION.split()[:8])
    last = " ".join(LONG_MOTIVATION.split()[-8:])
    paragraphs = [e for e in structure(path).walk() if e.tag == "P" and last in e.text]
    assert len(paragraphs) == 1
    assert first in paragraphs[0].text
    with pikepdf.open(path) as pdf:
        pages_of_mcids = [
            kid.Pg.objgen
            for element in pdf.objects
            if isinstance(element, pikepdf.Dictionary) and element.get("/S") == "/P"
            for kid in element.get("/K", [])
            if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR"
        ]
    assert pages_of_mcids, "a P whose content continues on another page"
