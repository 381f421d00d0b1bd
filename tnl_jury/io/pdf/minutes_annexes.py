"""The annexes of the minutes (#19), placed before the signature page so that the signature
fields stay on the last page:

* **Annexe 1 — État de présence**: every member of the jury, their organisation and role, and
  whether they were present (with a vote), excused or absent, and the dossiers they stepped
  aside from; then the people present without a vote;
* **Annexe 2 — Scores par domaine**: each dossier's score in every domain of the grid and its
  overall score, with two decimals (the rounding rule of the whole document), and the level
  decided; the domains head the columns as D1, D2…, named in a legend under the table;
* **Annexe 3 — Grille d’évaluation** (when the record carries the grid): each domain with its
  weight and criteria (code, label, weight), then what each level asks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

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
    "s_grid": "Annexe 3 — Grille d’évaluation",
    "domain": "{code} — {name} (poids {weight})",
    "levels_head": "Ce que demande chaque niveau",
    "asks_score": "score global ≥ {value}",
    "asks_every": "chaque domaine ≥ {value}",
    "asks_domain": "{code} ≥ {value}",
}
GRID_HEAD = ("Critère", "Libellé", "Poids")
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
    if record.method.criteria:
        out += grid(record, st)
    return out


def _weight(value: float) -> str:
    return french_number(value, 0) if float(value).is_integer() else french_number(value, 1)


def grid(record: ResultsRecord, st: Styles) -> list[Flowable]:
    """The grid: a table of criteria per domain, then the levels' requirements."""
    p = fonts.para
    out: list[Flowable] = []
    title: list[Flowable] = [Paragraph(p(W["s_grid"]), st.h1)]  # kept with the first domain
    domains: dict[str, list[Any]] = {}
    for c in record.method.criteria:
        domains.setdefault(c.domain_code, []).append(c)
    for code, criteria in domains.items():
        first = criteria[0]
        head = W["domain"].format(
            code=code, name=first.domain_name, weight=_weight(first.domain_weight)
        )
        rows: list[list[Any]] = [[Paragraph(h, st.cell_bold) for h in GRID_HEAD]]
        rows += [
            [
                Paragraph(p(c.code), st.cell),
                Paragraph(p(c.label), st.cell),
                Paragraph(_weight(c.weight), st.cell),
            ]
            for c in criteria
        ]
        block = [*title, Paragraph(p(head), st.h3), _table(rows, (0.18, 0.70, 0.12))]
        out.append(KeepTogether(block))
        title = []
    if record.method.thresholds:
        names = dict(record.method.levels)
        lines = []
        for t in record.method.thresholds:
            asks = [W["asks_score"].format(value=french_number(t.min_score))]
            if t.min_every_domain is not None:
                asks.append(W["asks_every"].format(value=french_number(t.min_every_domain)))
            asks += [
                W["asks_domain"].format(code=c, value=french_number(v))
                for c, v in t.domain_minimums
            ]
            level_head = level_title(t.level, names.get(t.level, ""))
            lines.append(Paragraph(p(f"{level_head} : {' ; '.join(asks)}."), st.line))
        out.append(KeepTogether([Paragraph(p(W["levels_head"]), st.h3), *lines]))
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
