"""Issue 13, case 8: every PDF prints every letter of a name as written.

Latin Extended-A/B, Vietnamese and Greek names go through the minutes, a letter, the published
list and a signature stamp unchanged (read back with poppler's pdftotext); the fonts are
embedded subsets with distinct tags (pdffonts); a letter no font has is refused with an error
naming it, and nothing is written.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

import pytest
from records import sample_record

from tnl_jury.domain.errors import UserError
from tnl_jury.io.pdf.letters import render_letter
from tnl_jury.io.pdf.minutes import render_minutes
from tnl_jury.io.pdf.published import render_published_list

NAMES = ("Łukasz Żółkiewski", "Françoise Nguyễn", "Ελένη Παπαδοπούλου", "Ștefan Țurcanu")


def text_of(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def _record(names: tuple[str, ...] = NAMES):  # type: ignore[no-untyped-def]
    record = sample_record()
    members = list(record.members)
    for index, name in enumerate(names):
        members[index + 2] = dataclasses.replace(members[index + 2], name=name)
    dossiers = list(record.dossiers)
    decided = next(i for i, d in enumerate(dossiers) if d.level)
    dossiers[decided] = dataclasses.replace(
        dossiers[decided], candidate_name="Commune de Łódź-Žižkov", official_name=f"M. {names[1]}"
    )
    return dataclasses.replace(record, members=tuple(members), dossiers=tuple(dossiers))


def test_names_print_as_written_in_every_pdf(tmp_path: Path) -> None:
    record = _record()
    minutes = render_minutes(record, tmp_path / "pv.pdf").path
    text = text_of(minutes)
    for name in NAMES:
        assert name in text, name
    decided = next(d for d in record.dossiers if d.candidate_name == "Commune de Łódź-Žižkov")
    letter = render_letter(record, decided, tmp_path / "lettre.pdf")
    assert "Commune de Łódź-Žižkov" in text_of(letter)
    assert "Françoise Nguyễn" in text_of(letter)
    published = render_published_list(record, tmp_path / "liste.pdf")
    assert "Commune de Łódź-Žižkov" in text_of(published)
    assert "Nguyễn" in text_of(published)

    fonts = subprocess.run(
        ["pdffonts", str(minutes)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    names = [line.split()[0] for line in fonts]
    assert names and all(re.fullmatch(r"[A-Z]{6}\+\S+", n) for n in names), names
    assert all(" yes yes " in line for line in fonts), fonts  # embedded, subset
    assert len(set(names)) == len(names)  # distinct tags


def test_the_stamp_prints_the_certificate_name_as_written(tmp_path: Path) -> None:
    from tnl_jury.io.signing.keys import create_member_identity
    from tnl_jury.io.signing.sign import sign_pdf

    record = _record()
    pv = render_minutes(record, tmp_path / "pv.pdf").path
    key = create_member_identity(NAMES[0], "Membre", tmp_path / "k.p12", "phrase-secrète", None,
                                 key_size=2048)  # fmt: skip
    sign_pdf(pv, pv, key.p12_path, "phrase-secrète", "sig-3", role="Membre du jury")
    assert text_of(pv).count(NAMES[0]) >= 2  # the box's title and the stamp


def test_a_letter_no_font_has_is_refused_by_name(tmp_path: Path) -> None:
    record = _record(("Li 李", *NAMES[1:]))
    with pytest.raises(UserError, match=r"“李” \(U\+674E, CJK UNIFIED IDEOGRAPH-674E\) in “Li 李”"):
        render_minutes(record, tmp_path / "pv.pdf")
    assert not (tmp_path / "pv.pdf").exists()
