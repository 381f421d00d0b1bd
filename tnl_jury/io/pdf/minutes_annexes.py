"""The annexes of the minutes (#19), placed before the signature page so that the signature
fields stay on the last page:

* **Annexe 1 — État de présence**: every member of the jury, their organisation and role, and
  whether they were present (with a vote), excused or absent, and the dossiers they stepped
  aside from; then the people present without a vote;
* **Annexe 2 — Scores par domaine**: each dossier's score in every domain of the grid and its
  overall score, with two decimals (the rounding rule of the whole document), and the level
  decided; the domains head the columns as D1, D2…, named in a legend under the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from tnl_jury.domain.records import DossierRecord, MemberRecord, ResultsRecord
from tnl_jury.io.pdf import fonts
from tnl_jury.io.pdf.layout import FRAME_WIDTH, Styles, heading, table_style
from tnl_jury.io.pdf.signature_page import ROLES
from tnl_jury.io.pdf.text import by_name, french_number, level_name, level_order, level_title

W: dict[str, str] = {
    "s_attendance": "Annexe 1 — État de présence",
    "s_scores": "Annexe 2 — Scores par domaine",
    "present": "Présent(e)",
    "excused": "Excusé(e)",
    "absent": "Absent(e)",
    "unknown": "Non renseignée",
    "others": "Présents sans voix délibérative : {names}.",
    "legend": "Domaines : {legend}. Scores sur l’échelle de la grille, arrondis à deux "
    "décimales ; « – » : sans note.",
    "undecided": "Sans décision",
}
ATTENDANCE_HEAD = ("Membre", "Organisation", "Rôle", "Présence", "Déports")
SCORES_FIXED_HEAD = ("N°", "Candidat")


def presence(member: MemberRecord) -> str:
    """``Présent(e)``, ``Excusé(e)``, ``Absent(e)`` or ``Non renseignée``."""
    if member.present is None:
        return W["unknown"]
    if member.present:
        return W["present"]
    return W["excused"] if member.excused else W["absent"]


def annexes(record: ResultsRecord, st: Styles) -> list[Flowable]:
    """Both annexes (the second only when the record has dossiers)."""
    out = attendance(record, st)
    if record.dossiers:
        out += scores(record, st)
    return out


def attendance(record: ResultsRecord, st: Styles) -> list[Flowable]:
    p = fonts.para
    out: list[Flowable] = heading(W["s_attendance"], st.h1)
    rows: list[list[Any]] = [[Paragraph(h, st.cell_bold) for h in ATTENDANCE_HEAD]]
    for m in record.members:
        stepped = [r.ds_number for r in record.recusals if r.member_name == m.name]
        cells = (m.name, m.organisation, ROLES.get(m.role, m.role), presence(m), ", ".join(stepped))
        rows.append([Paragraph(p(c), st.cell) for c in cells])
    out.append(_table(rows, (0.25, 0.25, 0.2, 0.14, 0.16)))
    meeting = record.meeting
    if meeting is not None and meeting.others_present:
        out.append(Spacer(1, 6))
        names = " ; ".join(meeting.others_present)
        out.append(Paragraph(p(W["others"].format(names=names)), st.body))
    return out


def _ordered(record: ResultsRecord) -> list[DossierRecord]:
    """Decided dossiers by level (highest first) then name, then the undecided by name."""
    out: list[DossierRecord] = []
    for level in level_order(record):
        out += by_name([d for d in record.dossiers if d.level == level])
    return out + by_name([d for d in record.dossiers if d.level is None])


def scores(record: ResultsRecord, st: Styles) -> list[Flowable]:
    p = fonts.para
    domains = list(record.domain_names) or [
        (s.code, s.name) for s in record.dossiers[0].domain_scores
    ]
    out: list[Flowable] = heading(W["s_scores"], st.h1)
    # Short column heads (D1, D2…), named in the legend: domain codes are too wide for them.
    head = [*SCORES_FIXED_HEAD, *(f"D{i}" for i in range(1, len(domains) + 1)), "Global", "Niveau"]
    rows: list[list[Any]] = [[Paragraph(p(h), st.cell_bold) for h in head]]
    for d in _ordered(record):
        by_code = {s.code: s.score for s in d.domain_scores}
        figures = [_figure(by_code.get(code)) for code, _ in domains]
        level = (
            level_title(d.level, d.level_name or level_name(record, d.level))
            if d.level is not None
            else W["undecided"]
        )
        cells = [d.ds_number, d.candidate_name, *figures, _figure(d.overall_score), level]
        rows.append([Paragraph(p(c), st.cell) for c in cells])
    n = len(domains)
    score_share = 0.075
    fractions = [0.11, 0.27 - max(0, n - 5) * 0.02, *([score_share] * n), 0.09]
    fractions.append(max(0.1, 1 - sum(fractions)))
    out.append(_table(rows, fractions))
    legend = " ; ".join(f"D{i} : {name}" for i, (_code, name) in enumerate(domains, 1))
    out.append(Spacer(1, 4))
    out.append(Paragraph(p(W["legend"].format(legend=legend)), st.small))
    return out


def _figure(score: float | None) -> str:
    return "–" if score is None else french_number(score)


def _table(rows: list[list[Any]], fractions: Sequence[float]) -> Table:
    table = Table(rows, colWidths=[FRAME_WIDTH * f for f in fractions], repeatRows=1)
    table.setStyle(TableStyle(table_style()))
    return table
