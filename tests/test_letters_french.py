"""The letters' French (#19): the collectivité named with its article for each kind, the
greeting from the official's function, the signatory's own title, the letterhead, the date
chosen when generating, and nothing internal to the jury copied to a candidate. Read back from
the PDFs with poppler's pdftotext."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from records import sample_record

from tnl_jury.domain.addressing import address_title, designation
from tnl_jury.domain.errors import RuleError
from tnl_jury.domain.records import DossierRecord, Letterhead, ThresholdRecord
from tnl_jury.io.pdf.letters import render_letter
from tnl_jury.io.pdf.pdfa import check_pdfa
from tnl_jury.services import audit, deliberation, drafts, scores
from tnl_jury.services.dossiers import list_dossiers
from tnl_jury.services.letterhead import get_letterhead, set_letterhead
from tnl_jury.services.members import list_members
from tnl_jury.storage.jury_file import JuryFile

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def text_of(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    )
    return " ".join(out.stdout.replace("\u00a0", " ").split())


# (name as typed, kind) → (subject form, "of" form)
DESIGNATIONS = [
    ("Ville de La Tronche", "commune", "la ville de La Tronche", "de la ville de La Tronche"),
    ("Commune de Ça-Rivière", "commune", "la commune de Ça-Rivière", "de la commune de Ça-Rivière"),
    (
        "Village de Saint-Aignan",
        "commune",
        "le village de Saint-Aignan",
        "du village de Saint-Aignan",
    ),
    ("La Tronche", "commune", "la commune de La Tronche", "de la commune de La Tronche"),
    ("Le Havre", "commune", "la commune du Havre", "de la commune du Havre"),
    ("Les Mureaux", "commune", "la commune des Mureaux", "de la commune des Mureaux"),
    ("Orléans", "commune", "la commune d’Orléans", "de la commune d’Orléans"),
    (
        "Ville d’Œuilly-sur-Aube",
        "commune",
        "la ville d’Œuilly-sur-Aube",
        "de la ville d’Œuilly-sur-Aube",
    ),
    (
        "Communauté de communes du Pays de Lavaur",
        "epci",
        "la communauté de communes du Pays de Lavaur",
        "de la communauté de communes du Pays de Lavaur",
    ),
    (
        "Communauté d'agglomération du Grand Dax",
        "epci",
        "la communauté d'agglomération du Grand Dax",
        "de la communauté d'agglomération du Grand Dax",
    ),
    (
        "Agglomération du Grand Dax",
        "epci",
        "l’agglomération du Grand Dax",
        "de l’agglomération du Grand Dax",
    ),
    ("Métropole de Lyon", "epci", "la métropole de Lyon", "de la métropole de Lyon"),
    ("Grenoble-Alpes Métropole", "epci", "Grenoble-Alpes Métropole", "de Grenoble-Alpes Métropole"),
    ("Est Ensemble", "epci", "Est Ensemble", "d’Est Ensemble"),
    (
        "Département de l’Ardèche",
        "departement",
        "le département de l’Ardèche",
        "du département de l’Ardèche",
    ),
    ("Département Isère", "departement", "le département d’Isère", "du département d’Isère"),
    ("Ardèche", "departement", "le département d’Ardèche", "du département d’Ardèche"),
    (
        "Conseil départemental du Gard",
        "departement",
        "le conseil départemental du Gard",
        "du conseil départemental du Gard",
    ),
    ("Région Occitanie", "region", "la région Occitanie", "de la région Occitanie"),
    ("Occitanie", "region", "la région Occitanie", "de la région Occitanie"),
    (
        "Établissement public territorial Est Ensemble",
        "epci",
        "l’établissement public territorial Est Ensemble",
        "de l’établissement public territorial Est Ensemble",
    ),
    (
        "Syndicat mixte numérique de l’Ain",
        "other",
        "le syndicat mixte numérique de l’Ain",
        "du syndicat mixte numérique de l’Ain",
    ),
    ("SIVOM de la vallée", "other", "le SIVOM de la vallée", "du SIVOM de la vallée"),
    ("CC du Pays de Lavaur", "epci", "la CC du Pays de Lavaur", "de la CC du Pays de Lavaur"),
]


@pytest.mark.parametrize(("name", "kind", "subject", "of"), DESIGNATIONS)
def test_designation_by_kind(name: str, kind: str, subject: str, of: str) -> None:
    named = designation(name, kind)
    assert (named.subject, named.of) == (subject, of)


# (official, function) → greeting
TITLES = [
    ("M. Jean DUPONT", "Maire", "Monsieur le Maire"),
    ("Mme Anne DUPONT", "Maire", "Madame la Maire"),
    ("Mme Anne DUPONT", "Présidente", "Madame la Présidente"),
    ("Mme Anne DUPONT", "Président du conseil départemental", "Madame la Présidente"),
    ("M. Jean DUPONT", "Président de la communauté de communes", "Monsieur le Président"),
    ("Mme Ségolène D’ARAGON", "Vice-présidente déléguée au numérique", "Madame la Vice-présidente"),
    ("M. Jean DUPONT", "Vice-président chargé du numérique", "Monsieur le Vice-président"),
    ("M. Jérôme ÇA", "1er Adjoint", "Monsieur le Premier adjoint"),
    ("Mme Anne DUPONT", "1re adjointe", "Madame la Première adjointe"),
    ("M. Jean DUPONT", "Adjoint au numérique", "Monsieur l’Adjoint"),
    ("Mme Anne DUPONT", "3e adjointe", "Madame l’Adjointe"),
    ("Mme Anne DUPONT", "Maire-adjointe", "Madame la Maire-adjointe"),
    ("Mme Claire MERCIER", "Conseillère déléguée au numérique", "Madame la Conseillère"),
    ("M. Jean DUPONT", "Conseiller municipal délégué", "Monsieur le Conseiller"),
    ("M. Jean DUPONT", "Directeur général des services", "Monsieur le Directeur général"),
    ("Mme Anne DUPONT", "Directrice des systèmes d'information", "Madame la Directrice"),
    ("M. Jean DUPONT", "DSI", "Monsieur"),
    ("Mme Anne DUPONT", "", "Madame"),
    ("Anne DUPONT", "Présidente", "Madame la Présidente"),
    ("Jean DUPONT", "Maire", "Madame, Monsieur"),
    ("", "", "Madame, Monsieur"),
]


@pytest.mark.parametrize(("official", "function", "title"), TITLES)
def test_address_title_from_function(official: str, function: str, title: str) -> None:
    assert address_title(official, function) == title


def _dossier(number: str, name: str, kind: str, official: str, function: str) -> DossierRecord:
    base = sample_record().dossiers[0]
    return dataclasses.replace(
        base,
        ds_number=number,
        candidate_name=name,
        kind=kind,
        official_name=official,
        official_function=function,
        motivation="Motivation votée par le jury.",
        recommendations="Ouvrir des données.\nFormer les élus.",
    )


LETTERS = [
    (
        _dossier("1", "Commune de Saint-Paul", "commune", "M. Jean DUPONT", "Maire"),
        "Monsieur le Maire,",
        "a examiné la candidature de la commune de Saint-Paul.",
    ),
    (
        _dossier(
            "2", "Communauté de communes du Pays de Lavaur", "epci", "Mme Anne RIVE", "Présidente"
        ),
        "Madame la Présidente,",
        "a examiné la candidature de la communauté de communes du Pays de Lavaur.",
    ),
    (
        _dossier("3", "Département de l’Ardèche", "departement", "M. Luc BEL", "Président"),
        "Monsieur le Président,",
        "a examiné la candidature du département de l’Ardèche.",
    ),
    (
        _dossier(
            "4", "Région Occitanie", "region", "Mme Inès ARNAUD", "Vice-présidente au numérique"
        ),
        "Madame la Vice-présidente,",
        "a examiné la candidature de la région Occitanie.",
    ),
    (
        _dossier("5", "Agglomération du Grand Dax", "epci", "M. Paul ORS", "Conseiller délégué"),
        "Monsieur le Conseiller,",
        "a examiné la candidature de l’agglomération du Grand Dax.",
    ),
    (
        _dossier("6", "Syndicat mixte numérique de l’Ain", "other", "Mme Léa VIAL", "Directrice"),
        "Madame la Directrice,",
        "a examiné la candidature du syndicat mixte numérique de l’Ain.",
    ),
]


@needs_poppler
@pytest.mark.parametrize(("dossier", "greeting", "sentence"), LETTERS)
def test_letter_french_for_each_kind_and_function(
    tmp_path: Path, dossier: DossierRecord, greeting: str, sentence: str
) -> None:
    letterhead = Letterhead(
        sender="Association ADULLACT\n836 rue du Mas de Verchant\n34000 Montpellier",
        place="Montpellier",
        reference="TNL-2025/",
        signatory_title="Présidente du jury",
    )
    record = dataclasses.replace(sample_record(), letterhead=letterhead)
    path = render_letter(record, dossier, tmp_path / "l.pdf", dated=dt.date(2025, 12, 1))
    text = text_of(path)
    assert greeting in text
    assert sentence in text
    assert f"Je vous prie d’agréer, {greeting[:-1]}, l’expression" in text
    assert "Montpellier, le 1er décembre 2025" in text
    assert "18 novembre 2025 et a examiné" in text  # the meeting's day is told, not the date
    assert f"Réf. : TNL-2025/{dossier.ds_number}" in text
    assert "836 rue du Mas de Verchant" in text and "Association ADULLACT" in text
    assert "Zoé Œuvray-Çelik Présidente du jury" in text
    assert "Présidence du jury" not in text
    assert "Ouvrir des données. Former les élus." in text
    assert "candidature de " + dossier.candidate_name not in text  # never without the article


@needs_poppler
def test_letter_without_letterhead_falls_back(tmp_path: Path) -> None:
    record = sample_record()
    path = render_letter(record, record.dossiers[0], tmp_path / "l.pdf", dated=dt.date(2026, 1, 5))
    text = text_of(path)
    assert "Montpellier, le 5 janvier 2026" in text  # the meeting's town
    assert "Territoire Numérique Libre" in text.split("Objet")[0]  # the label heads it
    assert "Réf." not in text
    assert "Pour le jury, Zoé Œuvray-Çelik" in text


def test_the_footer_names_the_label_once(tmp_path: Path) -> None:
    """ "Label Territoire Numérique Libre 2025", not "Territoire Numérique Libre — Label
    Territoire Numérique Libre 2025"; an edition title without the label's name keeps it."""
    record = sample_record()
    path = render_letter(record, record.dossiers[0], tmp_path / "l.pdf", dated=dt.date(2026, 1, 5))
    footer = text_of(path).rsplit("Cachet", 1)[-1]
    assert "Label Territoire Numérique Libre 2025" in footer
    assert footer.count("Territoire Numérique Libre") == 1
    other = dataclasses.replace(record, edition_title="Édition 2025")
    path = render_letter(other, other.dossiers[0], tmp_path / "m.pdf", dated=dt.date(2026, 1, 5))
    assert "Territoire Numérique Libre — Édition 2025" in text_of(path)


def _decide(jury_file: JuryFile, count: int) -> None:
    ids = [m.id for m in list_members(jury_file)]
    deliberation.set_attendance(jury_file, dict.fromkeys(ids, True))
    deliberation.set_meeting(jury_file, held_on=dt.date(2026, 11, 26), place="Lyon, salle 2")
    for row in list_dossiers(jury_file)[:count]:
        draft = drafts.draft_decision(jury_file, row.id)
        voters = len(deliberation.voters(jury_file, row.id).eligible)
        deliberation.record_decision(
            jury_file,
            row.id,
            draft.level,
            votes_for=voters,
            votes_against=0,
            abstentions=0,
            motivation=draft.motivation,
            recommendations=draft.recommendations,
        )


def test_letterhead_service_cleans_audits_and_refuses(demo_file: JuryFile) -> None:
    assert get_letterhead(demo_file) == Letterhead()
    events = audit.head(demo_file).events
    set_letterhead(demo_file, sender=" ADULLACT \n\n  34000   Montpellier ", place="Montpellier")
    assert get_letterhead(demo_file) == Letterhead("ADULLACT\n34000 Montpellier", "Montpellier")
    assert audit.head(demo_file).events == events + 1
    set_letterhead(demo_file, place="Montpellier")  # no change: no event
    assert audit.head(demo_file).events == events + 1
    with pytest.raises(RuleError):
        set_letterhead(demo_file, colour="red")
    with pytest.raises(RuleError):
        set_letterhead(demo_file, place="x" * 201)
    assert get_letterhead(demo_file).place == "Montpellier"


@needs_poppler
def test_cli_letters_dated_with_letterhead_and_no_juror_comment(demo_file: JuryFile) -> None:
    comment = "Remarque interne : le référent semble peu disponible."
    first = list_dossiers(demo_file)[0]
    scores.set_score(
        demo_file, list_members(demo_file)[0].id, first.id, "DATA-1", 0, comment=comment
    )
    _decide(demo_file, 3)
    path = demo_file.path
    demo_file.close()

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tnl_jury", *args], capture_output=True, text=True, check=False
        )

    done = cli(
        "letterhead", str(path), "--sender", "ADULLACT\\n34000 Montpellier", "--place",
        "Montpellier", "--reference", "TNL/", "--signatory-title", "Présidente du jury",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    shown = cli("letterhead", str(path), "--json")
    assert json.loads(shown.stdout)["sender"] == "ADULLACT\n34000 Montpellier"
    bad = cli("letters", str(path), str(path.parent / "out"), "--date", "31/12/2026")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
    done = cli("letters", str(path), str(path.parent / "out"), "--date", "2026-12-14")
    assert done.returncode == 0, done.stderr
    letters = sorted((path.parent / "out").glob("*.pdf"))
    assert len(letters) == 3
    texts = [text_of(letter) for letter in letters]
    for text in texts:
        assert "Montpellier, le 14 décembre 2026" in text
        assert "Présidente du jury" in text
        assert "34000 Montpellier" in text
        assert comment not in text
        assert "Valorisez" not in text  # the grid's guidance to jurors
    assert any(f"Réf. : TNL/{first.ds_number}" in text for text in texts)
    # The chart: every domain with its score, what the next level asks; fonts all embedded.
    assert all("Vos résultats par domaine" in text for text in texts)
    assert all("Scores sur une échelle de 0 à 4." in text for text in texts)
    for letter in letters:
        assert check_pdfa(letter).passed, letter.name
        fonts = subprocess.run(
            ["pdffonts", str(letter)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert fonts and all(" yes " in line for line in fonts), fonts


@needs_poppler
def test_letter_chart_says_what_the_next_level_asks(tmp_path: Path) -> None:
    method = dataclasses.replace(
        sample_record().method,
        scale_max=4.0,
        thresholds=(
            ThresholdRecord(3, 2.0, 1.0),
            ThresholdRecord(4, 2.7, 2.0),
            ThresholdRecord(5, 3.4, 3.0, (("DATA", 3.5),)),
        ),
    )
    record = dataclasses.replace(sample_record(), method=method)
    level_four = next(d for d in record.dossiers if d.level == 4)
    text = text_of(render_letter(record, level_four, tmp_path / "l.pdf"))
    assert "Vos résultats par domaine" in text
    for domain in level_four.domain_scores:
        assert f"{domain.name} {domain.score:.2f}".replace(".", ",") in text
    assert (
        "Le niveau 5 demande un score global d’au moins 3,40, au moins 3,00 dans chaque domaine "
        "et au moins 3,50 en « Ouverture des données publiques »." in text
    )
    assert "trait noir : ce que demande le niveau 5" in text
    top = next(d for d in record.dossiers if d.level == 5)
    text = text_of(render_letter(record, top, tmp_path / "top.pdf"))
    assert "ce que demande le niveau 5, le plus élevé" in text and "demande un score" not in text
    no_label = next(d for d in record.dossiers if d.level == 0)
    assert "Vos résultats" in text_of(render_letter(record, no_label, tmp_path / "0.pdf"))
    bare = render_letter(sample_record(), level_four, tmp_path / "bare.pdf")  # no scale known
    assert "Vos résultats" not in text_of(bare)
