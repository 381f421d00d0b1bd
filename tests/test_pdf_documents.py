"""The minutes, letters and published list, checked with tools outside our stack: qpdf,
poppler's pdftotext and pdffonts, and pikepdf's PDF/A validator."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest
from records import DOSSIERS, LONG_MOTIVATION, MEMBERS, sample_record

from tnl_jury.domain.records import ResultsRecord
from tnl_jury.io.atomic import AtomicWriteError, Cancelled, atomic_write
from tnl_jury.io.pdf.letters import letter_file_name, render_letters
from tnl_jury.io.pdf.minutes import MinutesInfo, render_minutes
from tnl_jury.io.pdf.pdfa import check_pdfa
from tnl_jury.io.pdf.published import render_published_list
from tnl_jury.io.pdf.text import french_date, level_title, slug

TOOLS = ("qpdf", "pdftotext", "pdffonts")
pytestmark = pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS), reason="needs qpdf and poppler-utils"
)


@dataclasses.dataclass
class Rendered:
    minutes: Path
    info: MinutesInfo
    letters: list[Path]
    published: Path
    progress: list[tuple[int, int, str]]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    folder = tmp_path_factory.mktemp("pdf")
    record = sample_record()
    calls: list[tuple[int, int, str]] = []
    info = render_minutes(
        record, folder / "minutes.pdf", progress=lambda d, t, m: calls.append((d, t, m))
    )
    letters = render_letters(record, folder / "letters")
    published = render_published_list(record, folder / "published.pdf")
    return Rendered(folder / "minutes.pdf", info, letters, published, calls)


def all_documents(r: Rendered) -> list[Path]:
    return [r.minutes, r.published, *r.letters]


def text_of(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = subprocess.run([*args, str(path), "-"], capture_output=True, check=True, text=True)
    # French typography puts no-break spaces before « : ; » and after «: compare on plain spaces.
    return " ".join(out.stdout.replace("\u00a0", " ").split())


def test_every_document_passes_qpdf_check(rendered: Rendered) -> None:
    for path in all_documents(rendered):
        result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, (path, result.stdout, result.stderr)
        assert "No syntax or stream encoding errors" in result.stdout


def test_every_font_is_embedded(rendered: Rendered) -> None:
    for path in all_documents(rendered):
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True)
        rows = out.stdout.splitlines()[2:]
        assert rows, path
        for row in rows:
            # columns: name type encoding emb sub uni object-id
            assert row.split()[-5] == "yes", (path, row)
            assert "Helvetica" not in row and "Courier" not in row


def test_every_document_is_pdfa_2b(rendered: Rendered) -> None:
    for path in all_documents(rendered):
        check = check_pdfa(path)
        assert check.passed, (path, check.problems)
        with pikepdf.open(path) as pdf:
            meta = pdf.open_metadata()
            assert meta["pdfaid:part"] == "2"
            assert meta["pdfaid:conformance"] == "B"
            intents = pdf.Root.OutputIntents
            assert any(oi.S == "/GTS_PDFA1" for oi in intents)
            assert str(pdf.Root.Lang) == "fr-FR"


def test_minutes_text_names_levels_and_accents(rendered: Rendered) -> None:
    text = text_of(rendered.minutes)
    for needle in (
        "Procès-verbal de délibération du jury",
        "18 novembre 2025",
        "Montpellier, Maison de la Région",
        "Présidence de séance : Zoé Œuvray-Çelik",
        "Secrétariat de séance : François Lefèvre",
        "7 membres présents sur 8 : le quorum est atteint.",
        "Membres présents, avec voix délibérative (7)",
        "Membres absents (1)",
        "Côme Thévenin",
        "Agnès Ébrard",  # the recusal
        "Élue d’une commune membre de la même intercommunalité.",
        "Ne prend pas part au vote (déport) : Agnès Ébrard",
        "Grille d’évaluation.",
        "Règles de décision.",
        "Ville d’Œuilly-sur-Aube (10)",
        "Commune de Ça-Rivière (974)",
        "Communauté de communes « Cœur de Béarn » (64)",
        "Niveau 5 — Excellence (1 dossier)",
        "Niveau 1 — Premiers pas (1 dossier)",
        "Aucun label (1 dossier)",
        "Vote : 7 pour, 0 contre, 0 abstention.",
        "Vote : 4 pour, 1 contre, 2 abstentions.",
        "6. Tableau récapitulatif",
        "Signatures",
    ):
        assert needle in text, needle
    for member in MEMBERS:
        assert member.name in text


def test_minutes_page_numbers(rendered: Rendered) -> None:
    pages = rendered.info.pages
    assert pages >= 4
    for n in range(1, pages + 1):
        assert f"page {n} / {pages}" in text_of(rendered.minutes, n)


def test_long_motivation_wraps_across_a_page_break(rendered: Rendered) -> None:
    first_words = " ".join(LONG_MOTIVATION.split()[:8])
    last_words = " ".join(LONG_MOTIVATION.split()[-8:])
    pages = rendered.info.pages
    start = next(n for n in range(1, pages + 1) if first_words in text_of(rendered.minutes, n))
    end = next(n for n in range(1, pages + 1) if last_words in text_of(rendered.minutes, n))
    assert end > start


def test_minutes_signature_fields(rendered: Rendered) -> None:
    present = [m for m in MEMBERS if m.present]
    expected = [f"sig-{m.id}" for m in present]  # president (1) and secretary (2) first
    assert [f.name for f in rendered.info.fields] == expected
    assert {f.page for f in rendered.info.fields} == {rendered.info.pages}
    with pikepdf.open(rendered.minutes) as pdf:
        fields = [f for f in pdf.Root.AcroForm.Fields]
        assert [str(f.T) for f in fields] == expected
        assert all(f.FT == "/Sig" and "/V" not in f for f in fields)
        last_page = pdf.pages[-1]
        annots = {str(a.T): a for a in last_page.Annots}
        for field in rendered.info.fields:
            rect = [float(v) for v in annots[field.name].Rect]
            assert rect[0] <= field.box[0] + 1 and rect[2] >= field.box[2] - 1
            assert rect[2] - rect[0] > 200 and rect[3] - rect[1] > 50


def test_minutes_progress_is_reported_to_the_end(rendered: Rendered) -> None:
    calls = rendered.progress
    assert calls
    done = [d for d, _, _ in calls]
    assert done == sorted(done)
    assert calls[-1][0] == calls[-1][1]


def test_cancelled_minutes_leave_no_file_and_keep_the_old_one(tmp_path: Path) -> None:
    out = tmp_path / "minutes.pdf"
    with pytest.raises(Cancelled):
        render_minutes(sample_record(), out, cancelled=lambda: True)
    assert not out.exists()
    out.write_bytes(b"old")
    steps = iter(range(100))
    with pytest.raises(Cancelled):
        render_minutes(sample_record(), out, cancelled=lambda: next(steps) > 3)
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["minutes.pdf"]


def test_minutes_without_meeting_or_decisions(tmp_path: Path) -> None:
    base = sample_record()
    members = tuple(dataclasses.replace(m, present=None) for m in base.members)
    undecided = dataclasses.replace(base.dossiers[0], level=None, level_name="", vote=None)
    record = dataclasses.replace(base, meeting=None, members=members, dossiers=(undecided,))
    info = render_minutes(record, tmp_path / "m.pdf")
    text = text_of(tmp_path / "m.pdf")
    assert "Aucune séance n’a été enregistrée" in text
    assert "le jury n’a pas statué" in text
    assert len(info.fields) == len(MEMBERS)  # nobody marked present: everybody signs
    assert check_pdfa(tmp_path / "m.pdf").passed


def test_letters_one_per_decided_dossier(rendered: Rendered) -> None:
    assert [p.name for p in rendered.letters] == [letter_file_name(d) for d in DOSSIERS]
    assert rendered.letters[0].name == "1048213-ville-d-oeuilly-sur-aube.pdf"
    assert rendered.letters[1].name == "1048377-commune-de-ca-riviere.pdf"
    top = text_of(rendered.letters[0])
    for needle in (
        "Mme Éléonore FAŸ-LŒWE",
        "Ville d’Œuilly-sur-Aube (10)",
        "Objet : Label Territoire Numérique Libre 2025",
        "(dossier n° 1048213)",
        "Madame la Maire,",
        "la candidature de la ville d’Œuilly-sur-Aube.",
        "avec le niveau suivant : Niveau 5 — Excellence.",
        "Motivation du jury",
        "Pistes de progression",
        "Partager l’expérience de migration",
        "Zoé Œuvray-Çelik",
        "Cachet et signature",
    ):
        assert needle in top, needle
    bottom = text_of(rendered.letters[-1])
    assert "Monsieur le Président," in bottom
    assert "la candidature du département de l’Ardèche." in bottom
    assert "Présidence du jury" not in bottom
    assert "ne lui a pas attribué le label" in bottom
    assert "page 1 / 1" in bottom


def test_cancelled_letters_remove_what_was_written(tmp_path: Path) -> None:
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        render_letters(sample_record(), tmp_path / "out", cancelled=lambda: next(calls) >= 2)
    assert list((tmp_path / "out").iterdir()) == []


def test_published_list(rendered: Rendered) -> None:
    text = text_of(rendered.published)
    assert "Palmarès 2025" in text
    lines = [d.published_line for d in DOSSIERS if d.level]
    positions = [text.index(" ".join(line.split())) for line in lines]
    assert positions == sorted(positions)  # by level, highest first
    assert "Ville de La Tronche (38) – Dossier porté par M. Prénom NOM, 1er Adjoint" in text
    assert "Ardèche" not in text  # level 0 is not published
    assert "le jury a attribué le label à 5 collectivités" in text


def test_empty_published_list(tmp_path: Path) -> None:
    record: ResultsRecord = dataclasses.replace(sample_record(), dossiers=DOSSIERS[-1:])
    render_published_list(record, tmp_path / "p.pdf")
    assert "Aucune collectivité n’a été labellisée." in text_of(tmp_path / "p.pdf")


def test_text_helpers() -> None:
    assert slug("Ville d’Œuilly-sur-Aube (10)") == "ville-d-oeuilly-sur-aube-10"
    assert slug("« Cœur de Béarn »") == "coeur-de-bearn"
    assert slug("???") == "sans-nom"
    assert french_date(dt.date(2026, 3, 1)) == "1er mars 2026"
    assert level_title(5, "Niveau 5 — Excellence") == "Niveau 5 — Excellence"
    assert level_title(5, "Excellence") == "Niveau 5 — Excellence"
    assert level_title(0, "Aucun label") == "Aucun label"


def test_atomic_write_keeps_the_old_file_on_error(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_write(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("crash")
    assert target.read_text() == "old"
    with atomic_write(target) as tmp:
        tmp.write_text("new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]
    with pytest.raises(AtomicWriteError), atomic_write(tmp_path / "missing" / "b.txt"):
        pass


def test_start_up_imports_stay_light() -> None:
    """pyHanko and pikepdf are slow to import: nothing the app loads at start-up may."""
    code = (
        "import sys\n"
        "import tnl_jury.io.pdf, tnl_jury.io.signing, tnl_jury.io.atomic\n"
        "import tnl_jury.io.pdf.minutes, tnl_jury.io.pdf.letters, tnl_jury.io.pdf.published\n"
        "import tnl_jury.io.signing.sign, tnl_jury.io.signing.verify\n"
        "import tnl_jury.cli.commands\n"
        "heavy = sorted(m for m in sys.modules if re.match(r'(pyhanko|pikepdf)\\b', m))\n"
        "print(heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", "import re\n" + code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]", out.stdout
