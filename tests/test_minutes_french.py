"""What a French jury's procès-verbal carries (#19), read back with poppler's pdftotext: the
session's opening and closing times, excused and absent members apart, people present without
a vote, dossiers received / admissible / examined, "après en avoir délibéré", decisions kept on
one page with their headings, no doubled full stop, the label named once in the subtitle, one
rounding rule for the scores; and the service that records these details."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from records import LONG_MOTIVATION, MEETING, MEMBERS, sample_record

from tnl_jury.domain.errors import RuleError
from tnl_jury.domain.records import ResultsRecord
from tnl_jury.io.pdf.minutes import render_minutes
from tnl_jury.io.pdf.minutes_sections import french_time
from tnl_jury.services import audit, deliberation
from tnl_jury.services.dossiers import list_dossiers
from tnl_jury.services.edition import load_stored_grid
from tnl_jury.services.members import list_members
from tnl_jury.services.minutes_details import get_minutes_details, set_minutes_details
from tnl_jury.services.records import build_results_record
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile, open_jury_file

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def page_texts(path: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return [" ".join(page.replace("\u00a0", " ").split()) for page in out.split("\f")]


def detailed_record(dossiers: int = 6) -> ResultsRecord:
    """The sample edition with the session's details: one member excused, one absent."""
    members = list(MEMBERS)
    members[6] = dataclasses.replace(members[6], present=False, excused=True)
    meeting = dataclasses.replace(
        MEETING,
        opened_time="09:30",
        closed_time="12:00",
        others_present=("Julie Martin, secrétariat du label", "Marc Petit, observateur"),
        convened_on=dt.date(2025, 11, 4),
        agenda=("Examen des dossiers", "Délibération et votes"),
        vote_method="show_of_hands",
        undecided_reason="Dossiers incomplets, examen reporté à la prochaine séance.",
    )
    return dataclasses.replace(
        sample_record(dossiers),
        members=tuple(members),
        meeting=meeting,
        dossiers_received=dossiers + 2,
        dossiers_admissible=dossiers + 1,
    )


@pytest.fixture(scope="module")
def minutes(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    path = tmp_path_factory.mktemp("pv") / "pv.pdf"
    render_minutes(detailed_record(), path)
    return page_texts(path)


def test_minutes_required_elements(minutes: list[str]) -> None:
    text = " ".join(minutes)
    for needle in (
        # The place is free text ("Salle du conseil"): named, never pasted after "à".
        "s’est réuni le 18 novembre 2025 (lieu : Montpellier, Maison de la Région). "
        "Les membres du jury ont été convoqués le 4 novembre 2025. Ordre du jour : "
        "1. Examen des dossiers 2. Délibération et votes "
        "La séance est ouverte à 9 h 30 sous la présidence de Zoé Œuvray-Çelik.",
        "Chaque décision a été mise aux voix à main levée. Après en avoir délibéré",
        "Membres présents, avec voix délibérative (6)",
        "Membres excusés (1) Nom Organisation Rôle Agnès Ébrard",
        "Membres absents (1) Nom Organisation Rôle Côme Thévenin",
        "Assistent également à la séance, sans voix délibérative : Julie Martin, secrétariat du "
        "label et Marc Petit, observateur.",
        "Le jury a été saisi de 8 dossiers de candidature, dont 7 recevables.",
        "Il a examiné 6 dossiers au cours de la séance.",
        "Après en avoir délibéré, le jury arrête les décisions suivantes.",
        "L’ordre du jour étant épuisé, la séance est levée à 12 h.",
    ):
        assert needle in text, needle
    assert ".." not in text.replace("…", "")
    # The sample has no undecided dossier: the reason is said only where there are some.
    assert "Motif :" not in text
    assert "Territoire Numérique Libre — Label Territoire Numérique Libre" not in text
    assert "Label Territoire Numérique Libre 2025" in minutes[0]


def test_one_rounding_rule_for_scores(minutes: list[str]) -> None:
    scores = re.findall(r"Note globale : (\d+,\d+)", " ".join(minutes))
    assert scores and all(len(s.split(",")[1]) == 2 for s in scores)


def test_decisions_kept_on_one_page_with_their_headings(tmp_path: Path) -> None:
    """With enough dossiers for many page breaks, every decision (heading, vote, motivation to
    its last word) sits on one page, and a level's heading on the page of its first dossier
    (the long motivation, taller than a page, may run over)."""
    base = detailed_record(40)
    words = "Une politique du libre décrite avec précision et des réalisations concrètes. " * 7
    record = dataclasses.replace(
        base,
        dossiers=tuple(
            d
            if d.motivation == LONG_MOTIVATION
            else dataclasses.replace(d, motivation=f"{words}Fin du dossier {d.ds_number}.")
            for d in base.dossiers
        ),
    )
    path = tmp_path / "pv.pdf"
    render_minutes(record, path)
    pages = page_texts(path)
    assert len(pages) > 8
    checked = 0
    for dossier in record.dossiers:
        if dossier.level is None or dossier.motivation == LONG_MOTIVATION:
            continue
        head = f"Dossier n° {dossier.ds_number} —"
        (page,) = [p for p in pages if head in p]
        block = page[page.index(head) :].split("Dossier n°", 2)[1]  # up to the next dossier
        ending = f"Fin du dossier {dossier.ds_number}."
        assert "Vote :" in block and ending in block, dossier.ds_number  # the whole decision
        checked += 1
    assert checked > 30
    for page in pages:  # no page ends with a level heading
        last = re.findall(r"Niveau \d — [^()]+\(\d+ dossiers?\)", page)
        if last:
            assert "Dossier n°" in page[page.rindex(last[-1]) :], last[-1]


def test_french_time() -> None:
    assert french_time("09:30") == "9\u00a0h\u00a030"
    assert french_time("14:00") == "14\u00a0h"
    assert french_time("") == ""


def test_minutes_details_service(demo_file: JuryFile) -> None:
    ids = [mem.id for mem in list_members(demo_file)]
    deliberation.set_attendance(demo_file, dict.fromkeys(ids, True))
    deliberation.set_meeting(demo_file, held_on=dt.date(2026, 11, 26), place="Lyon")
    with pytest.raises(RuleError):
        set_minutes_details(demo_file, opened_time="9h30")
    with pytest.raises(RuleError):
        set_minutes_details(demo_file, vote_method="by acclamation")
    set_minutes_details(
        demo_file,
        convened_on=dt.date(2026, 11, 2),
        agenda=["Examen des dossiers", " "],
        vote_method="secret_ballot",
    )
    kept = get_minutes_details(demo_file)
    assert (kept.convened_on, kept.agenda, kept.vote_method) == (
        dt.date(2026, 11, 2),
        ("Examen des dossiers",),
        "secret_ballot",
    )
    assert set_minutes_details(demo_file, clear_convened_on=True).convened_on is None
    reason = set_minutes_details(demo_file, undecided_reason="  Examen   reporté ").undecided_reason
    assert reason == "Examen reporté"
    events = audit.head(demo_file).events
    details = set_minutes_details(
        demo_file,
        opened_time="09:30",
        closed_time=" 12:15 ",
        others_present=["  Julie  Martin, secrétariat ", ""],
        excused={ids[-1]: True},
    )
    assert details.opened_time == "09:30" and details.closed_time == "12:15"
    assert details.others_present == ("Julie Martin, secrétariat",)
    assert details.excused == (ids[-1],)
    assert audit.head(demo_file).events == events + 1
    assert get_minutes_details(demo_file) == details
    assert deliberation.get_meeting(demo_file).absent == (ids[-1],)  # excused means absent

    first = list_dossiers(demo_file)[0]
    with demo_file.transaction() as session:
        session.get_one(m.Dossier, first.id).ds_state = "Refusé"
    record = build_results_record(demo_file, with_scores=False)
    assert record.dossiers_received == len(list_dossiers(demo_file))
    assert record.dossiers_admissible == record.dossiers_received - 1
    assert [mem.excused for mem in record.members] == [mid == ids[-1] for mid in ids]
    assert record.meeting is not None and record.meeting.opened_time == "09:30"


def test_cli_session_then_minutes(demo_file: JuryFile) -> None:
    ids = [mem.id for mem in list_members(demo_file)]
    deliberation.set_attendance(demo_file, dict.fromkeys(ids, True))
    deliberation.set_meeting(demo_file, held_on=dt.date(2026, 11, 26), place="Lyon")
    path = demo_file.path
    demo_file.close()

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tnl_jury", *args], capture_output=True, text=True, check=False
        )

    bad = cli("session", str(path), "--closed", "12h")
    assert bad.returncode == 2 and "HH:MM" in bad.stderr
    done = cli(
        "session", str(path), "--opened", "14:00", "--closed", "17:05",
        "--excused", str(ids[-1]), "--other", "Léa Roux, observatrice",
        "--vote-method", "secret-ballot", "--agenda", "Délibération", "--convened", "2026-11-10",
        "--undecided-reason", "Examen reporté à la séance de décembre.",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    done = cli("minutes", str(path), str(path.parent / "pv.pdf"))
    assert done.returncode == 0, done.stderr
    text = " ".join(page_texts(path.parent / "pv.pdf"))
    assert "La séance est ouverte à 14 h sous la présidence de" in text
    assert "la séance est levée à 17 h 05." in text
    assert "Membres excusés (1)" in text
    assert "sans voix délibérative : Léa Roux, observatrice." in text
    assert "Chaque décision a été mise aux voix au scrutin secret." not in text  # none decided
    assert "convoqués le 10 novembre 2026. Ordre du jour : 1. Délibération" in text
    assert (
        "Dossiers sans décision" in text
        and "Motif : Examen reporté à la séance de décembre." in text
    )


def test_minutes_annexes(minutes: list[str]) -> None:
    """Annexe 1 tells every member's presence; annexe 2 every dossier's scores by domain, with
    the rounding rule of the whole document; both come before the signature page."""
    text = " ".join(minutes)
    annex1 = text[text.index("Annexe 1 — État de présence") : text.index("Annexe 2")]
    assert "Agnès Ébrard Commune de Membre du jury Excusé(e) 1048377" in annex1  # and her déport
    assert "Côme Thévenin DINUM Membre du jury Absent(e)" in annex1
    assert annex1.count("Présent(e)") == 6
    assert "Présents sans voix délibérative : Julie Martin, secrétariat du label" in annex1
    annex2 = text[text.index("Annexe 2 — Scores par domaine") : text.index("Signatures")]
    assert "D1 : Stratégie et mutualisation" in annex2
    for dossier in detailed_record().dossiers:
        assert dossier.ds_number in annex2
        if dossier.overall_score is not None:
            assert f"{dossier.overall_score:.2f}".replace(".", ",") in annex2
    assert "Signatures" in minutes[-2]  # the signature page stays the last one


def test_grid_annex_from_a_jury_file(demo_file: JuryFile, tmp_path: Path) -> None:
    """Annexe 3 gives every criterion of the stored grid and what each level asks; its title
    never ends a page alone."""
    grid = load_stored_grid(demo_file)
    record = build_results_record(demo_file, with_scores=False)
    path = tmp_path / "pv.pdf"
    render_minutes(record, path)
    pages = page_texts(path)
    text = " ".join(pages)
    annex = text[text.index("Annexe 3 — Grille d’évaluation") : text.index("Signatures")]
    for domain in grid.domains:
        assert f"{domain.code} — {domain.name} (poids" in annex
        for criterion in domain.criteria:
            assert criterion.code in annex and " ".join(criterion.label.split()) in annex
    for rule in grid.level_rules:
        asks = f"score global ≥ {rule.min_score:.2f}".replace(".", ",")
        assert f"{rule.name} : {asks}" in annex, rule.name
    (page,) = [p for p in pages if "Annexe 3 — Grille d’évaluation" in p]
    assert f"{grid.domains[0].code} — {grid.domains[0].name}" in page


def lone_summary_rows(pages: list[str], count: int) -> int | None:
    """How many of the summary table's rows follow its heading on the heading's page, when
    that is fewer than three (or than the table has): None when the heading is well placed."""
    for page in pages:
        if "6. Tableau récapitulatif" in page:
            after = page[page.index("6. Tableau récapitulatif") :]
            rows = len(re.findall(r"\b\d{7,8}\b", after))
            return rows if rows < min(3, count) else None
    raise AssertionError("no summary heading")


def test_the_summary_table_never_starts_with_a_lone_row(tmp_path: Path) -> None:
    """The summary's heading takes at least three of its table's rows with it: a heading and
    one row at a page's foot, the rest overleaf, reads as a table of one dossier. The decided
    demo (docs/samples) put the heading and one row at the foot of page 4."""
    jury = tmp_path / "decided.tnlj"
    root = Path(__file__).resolve().parent.parent
    subprocess.run(
        [sys.executable, str(root / "tools" / "decided_demo.py"), str(jury)],
        check=True,
        capture_output=True,
    )
    with open_jury_file(jury) as jf:
        record = build_results_record(jf, with_scores=False)
    path = tmp_path / "pv.pdf"
    render_minutes(record, path)
    assert lone_summary_rows(page_texts(path), len(record.dossiers)) is None
