"""Paper scoring sheets, checked with tools outside our stack (qpdf, poppler's pdftotext)."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import run_cli

from tnl_jury.domain.errors import NotFoundError, RuleError
from tnl_jury.domain.grid import ScaleStep
from tnl_jury.domain.sheets import ScoringSheetRecord, SheetCriterion, SheetDomain, SheetTarget
from tnl_jury.io.atomic import Cancelled
from tnl_jury.io.pdf.scoring_sheet import render_scoring_sheets
from tnl_jury.services import audit, dossiers, members
from tnl_jury.services.demo import DemoSize, create_demo
from tnl_jury.services.sheets import build_sheet_record, write_scoring_sheets
from tnl_jury.services.views import DossierRow, MemberRow
from tnl_jury.storage.jury_file import JuryFile, open_jury_file

TOOLS = ("qpdf", "pdftotext", "pdfinfo")
pytestmark = pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS), reason="needs qpdf and poppler-utils"
)
SCALE_LABELS = ("0 Absent", "1 Amorcé", "2 Ciblé", "3 Structuré", "4 Exemplaire")


@dataclasses.dataclass(frozen=True)
class Demo:
    path: Path
    members: list[MemberRow]
    dossiers: list[DossierRow]
    recused: tuple[int, int]  # (member id, dossier id)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    path = tmp_path_factory.mktemp("sheets") / "demo.tnlj"
    with create_demo(path, DemoSize(dossiers=5, members=3)) as jf:
        (recusal,) = members.list_recusals(jf)
        return Demo(
            path,
            members.list_members(jf),
            dossiers.list_dossiers(jf),
            (recusal.member_id, recusal.dossier_id),
        )


@pytest.fixture
def jf(demo: Demo) -> Iterator[JuryFile]:
    with open_jury_file(demo.path) as jury_file:
        yield jury_file


def text_of(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = subprocess.run([*args, str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(out.stdout.replace("\u00a0", " ").split())


def pages_of(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    return int(
        next(line for line in out.stdout.splitlines() if line.startswith("Pages:")).split()[1]
    )


def qpdf_check(path: Path) -> None:
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_one_page_per_dossier_and_member_with_names_and_accented_labels(
    demo: Demo, jf: JuryFile, tmp_path: Path
) -> None:
    _, recused_dossier = demo.recused
    chosen = [d for d in demo.dossiers if d.id != recused_dossier][:3]
    calls: list[tuple[int, int, str]] = []
    out = write_scoring_sheets(
        jf,
        tmp_path / "fiches.pdf",
        dossier_ids=[d.id for d in chosen],
        progress=lambda done, total, msg: calls.append((done, total, msg)),
    )
    assert out == tmp_path / "fiches.pdf"
    qpdf_check(out)
    assert pages_of(out) == len(chosen) * len(demo.members)
    page = 0
    for member in demo.members:  # each member's pile together, dossiers by number
        for dossier in chosen:
            page += 1
            text = text_of(out, page)
            assert f"Dossier n° {dossier.ds_number} — {dossier.candidate_name}" in text
            assert f"Membre du jury : {member.name}" in text
            for label in SCALE_LABELS:
                assert label.split()[1] in text
            for words in ("Sans avis", "Commentaire", "Niveau proposé", "Date et signature"):
                assert words in text
            assert "Stratégie et mutualisation" in text and "DATA-3" in text
    assert calls[-1][0] == calls[-1][1]  # progress reaches the end
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)
    event = audit.list_events(jf, limit=1)[0]
    assert event.action == "export.scoring_sheets"
    assert event.details["pages"] == len(chosen) * len(demo.members)


def test_a_member_who_stepped_aside_gets_no_sheet_for_that_dossier(
    demo: Demo, jf: JuryFile
) -> None:
    record = build_sheet_record(jf)
    recused_member, recused_dossier = demo.recused
    names = {m.id: m.name for m in demo.members}
    numbers = {d.id: d.ds_number for d in demo.dossiers}
    pairs = {(s.member_name, s.ds_number) for s in record.sheets}
    assert len(record.sheets) == len(demo.members) * len(demo.dossiers) - 1
    assert (names[recused_member], numbers[recused_dossier]) not in pairs
    assert [s.member_name for s in record.sheets][: len(demo.dossiers)] == [
        demo.members[0].name
    ] * len(demo.dossiers)
    steps = record.domains[0].criteria[0].steps
    assert [f"{s.value} {s.label}" for s in steps] == list(SCALE_LABELS)


def test_blank_sheets_one_per_dossier_with_a_name_line(
    demo: Demo, jf: JuryFile, tmp_path: Path
) -> None:
    out = write_scoring_sheets(jf, tmp_path / "blank.pdf", blank=True)
    qpdf_check(out)
    assert pages_of(out) == len(demo.dossiers)
    text = text_of(out, 1)
    assert "Membre du jury : ____" in text
    assert not any(m.name in text for m in demo.members)


def test_unknown_or_inactive_members_and_dossiers_are_refused(
    demo: Demo, jf: JuryFile, tmp_path: Path
) -> None:
    with pytest.raises(NotFoundError, match="no jury member with id 999"):
        write_scoring_sheets(jf, tmp_path / "x.pdf", member_ids=[999])
    with pytest.raises(NotFoundError, match="no dossier with id 999"):
        write_scoring_sheets(jf, tmp_path / "x.pdf", dossier_ids=[999])
    with pytest.raises(RuleError, match="no scoring sheet"):
        write_scoring_sheets(jf, tmp_path / "x.pdf", dossier_ids=[])
    assert not (tmp_path / "x.pdf").exists()


def test_cancelling_leaves_the_previous_file(demo: Demo, jf: JuryFile, tmp_path: Path) -> None:
    out = tmp_path / "fiches.pdf"
    out.write_bytes(b"old")
    seen: list[int] = []
    with pytest.raises(Cancelled):
        write_scoring_sheets(
            jf,
            out,
            progress=lambda done, total, msg: seen.append(done),
            cancelled=lambda: len(seen) >= 2,
        )
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fiches.pdf"]


def _criterion(i: int) -> SheetCriterion:
    steps = (ScaleStep(1, "Faible"), ScaleStep(2, "Moyen"), ScaleStep(3, "Élevé"))
    return SheetCriterion(f"C-{i}", f"Critère numéro {i} à évaluer", steps)


def test_a_long_grid_continues_on_a_page_that_names_the_dossier_and_member(
    tmp_path: Path,
) -> None:
    domains = tuple(
        SheetDomain(
            f"D{d}", f"Domaine n° {d} — Œuvres", tuple(_criterion(d * 10 + i) for i in range(9))
        )
        for d in range(4)
    )
    record = ScoringSheetRecord(
        label_name="Label d’essai",
        edition_title="Label d’essai 2030",
        domains=domains,
        sheets=(
            SheetTarget("42", "Commune d’Écouen", "95", "Zoé Lefèvre"),
            SheetTarget("43", "Ville de Saint-Étienne", "42", "Zoé Lefèvre"),
        ),
    )
    out, pages = render_scoring_sheets(record, tmp_path / "long.pdf")
    qpdf_check(out)
    assert pages == pages_of(out) > 2
    first_of_second = next(n for n in range(1, pages + 1) if "Saint-Étienne" in text_of(out, n))
    assert first_of_second > 2  # the first sheet took more than one page
    for page in range(2, first_of_second):  # its continuation pages say whose sheet it is
        text = text_of(out, page)
        assert "Dossier n° 42 — Commune d’Écouen (95)" in text
        assert "Membre du jury : Zoé Lefèvre" in text
        assert "Saint-Étienne" not in text
    assert "Élevé" in text_of(out, 1) and "Œuvres" in text_of(out, 1)


def test_cli_writes_the_chosen_sheets_and_refuses_bad_input(demo: Demo, tmp_path: Path) -> None:
    recused_member, _ = demo.recused
    member = next(m for m in demo.members if m.id != recused_member)
    numbers = [d.ds_number for d in demo.dossiers[:2]]
    out = tmp_path / "cli.pdf"
    args = ["sheets", demo.path, out, "--member", str(member.id)]
    for number in numbers:
        args += ["--dossier", number]
    result = run_cli(*args, cwd=tmp_path)
    assert result.code == 0, result.stderr
    assert result.stdout.strip() == f"written {out}"
    assert pages_of(out) == len(numbers)
    assert member.name in text_of(out)

    bad = run_cli("sheets", demo.path, tmp_path / "bad.pdf", "--dossier", "nope", cwd=tmp_path)
    assert "no dossier number nope" in bad.check_clean_failure()
    wrong = run_cli("sheets", demo.path, tmp_path / "bad.txt", cwd=tmp_path)
    assert "must end in .pdf" in wrong.check_clean_failure()
    assert not (tmp_path / "bad.pdf").exists()
