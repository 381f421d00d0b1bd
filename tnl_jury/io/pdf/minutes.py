"""The minutes of the deliberation ("procès-verbal"), PDF/A-2b, with empty signature fields.

Contents, in order: the meeting (date, place, times, president, secretary, quorum), the members
present, excused and absent and those present without a vote, the recusals, the method (grid,
rules, levels), the dossiers received and examined and the decisions by level (vote and
motivation, each kept on one page), a summary table, the annexes (attendance, scores by domain:
:mod:`.minutes_annexes`), and a signature page with one box per signatory — the
members present (every member when no presence was recorded), president first, then the
secretary. Each box holds an empty signature field named ``sig-<member id>``, created with
pyHanko in one incremental update after the PDF/A conversion; members then sign in turn
(:mod:`tnl_jury.io.signing`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from tnl_jury.domain.records import MemberRecord, ResultsRecord, state_digest
from tnl_jury.io.atomic import CancelledFn, ProgressFn, atomic_write_bytes, check_cancelled
from tnl_jury.io.pdf import fonts, minutes_annexes, minutes_sections
from tnl_jury.io.pdf.layout import (
    FRAME_WIDTH,
    DocMeta,
    Step,
    Styles,
    build_pdf,
    heading,
    styles,
    table_style,
)
from tnl_jury.io.pdf.signature_page import (
    ROLES,
    Boxes,
    SignatureField,
    add_signature_fields,
    field_name,
    signatories,
    signature_grid,
)
from tnl_jury.io.pdf.text import (
    by_name,
    french_date,
    french_number,
    join_fr,
    level_name,
    level_order,
    level_title,
    plural,
)

# Every French sentence of the minutes, in one place.
W: dict[str, str] = {
    "title": "Procès-verbal de délibération du jury",
    "subject": "Procès-verbal de délibération du jury, {edition}",
    "footer": "Procès-verbal — {edition}",
    "s_meeting": "1. Séance",
    # The place is what the secretariat typed ("Salle du conseil", "Montpellier, …"): named,
    # not pasted after "à" ("à Salle du conseil").
    "met": "Le jury du label « {label} », édition {year}, s’est réuni le {date} (lieu : {place}).",
    "met_no_date": "Le jury du label « {label} », édition {year}, s’est réuni (lieu : {place}).",
    "no_meeting": "Aucune séance n’a été enregistrée pour cette édition.",
    "chair": "Présidence de séance : {president}. Secrétariat de séance : {secretary}.",
    "s_members": "2. Composition du jury",
    "no_presence": "La présence des membres n’a pas été enregistrée.",
    "s_recusals": "3. Déports",
    "recusals_intro": "Les membres suivants se sont déportés : ils n’ont pris part ni à "
    "l’examen ni au vote des dossiers concernés.",
    "no_recusal": "Aucun membre ne s’est déporté.",
    "s_method": "4. Méthode",
    "grid": "<b>Grille d’évaluation.</b> {grid}",
    "grid_text": "Chaque dossier a été noté selon la grille « {name} » : {domains}, {criteria}.",
    "rules": "<b>Règles de décision.</b> {rules}",
    "rules_text": "Le score agrégé est la moyenne pondérée des notes des membres non déportés ; "
    "les niveaux suivent les seuils de la grille, puis le jury a voté chaque décision à la "
    "majorité des suffrages exprimés.",
    "levels": "<b>Niveaux.</b> {levels}.",
    "s_decisions": "5. Décisions",
    "level_head": "{title} ({count})",
    "dossier_head": "Dossier n° {number} — {name}",
    "carried": "Dossier porté par {official}.",
    "score": "Note globale : {score}.",
    "vote": "Vote : {votes_for} pour, {against} contre, {abst}.",
    "vote_casting": "Vote : {votes_for} pour, {against} contre, {abst} ; adoptée avec la voix "
    "prépondérante du président.",
    "no_vote": "Vote : non enregistré.",
    "recused": "Ne prend pas part au vote (déport) : {names}.",
    "motivation": "<b>Motivation.</b> {text}",
    "undecided_head": "Dossiers sans décision ({count})",
    "undecided": "Dossier n° {number} — {name} : le jury n’a pas statué.",
    "no_dossier": "Aucun dossier n’a été examiné.",
    "s_summary": "6. Tableau récapitulatif",
    "closing": "Le présent procès-verbal est établi sous forme électronique au format PDF/A et "
    "signé électroniquement par les membres présents, chacun dans le cadre qui lui est réservé.",
    "state": "Empreinte SHA-256 de l’état que constate le présent procès-verbal (séance, "
    "présences, déports, méthode, chiffres, décisions, votes et motivations) :",
    "audit": "Intégrité : à l’établissement du présent procès-verbal, le journal d’audit du "
    "fichier de jury comptait {events} événements ; empreinte SHA-256 du dernier :",
    "s_signatures": "Signatures",
    "done_at": "Fait à {place}, le {date}.",
    "done": "Fait en un exemplaire électronique.",
}

MEMBERS_HEAD = ("Nom", "Organisation", "Rôle")
RECUSALS_HEAD = ("Membre", "Dossier", "Candidat", "Motif")
SUMMARY_HEAD = ("N°", "Candidat", "Dépt", "Niveau", "Pour", "Contre", "Abst.")


@dataclass(frozen=True)
class MinutesInfo:
    path: Path
    pages: int
    fields: tuple[SignatureField, ...]


def render_minutes(
    record: ResultsRecord,
    out_path: str | os.PathLike[str],
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> MinutesInfo:
    """Write the minutes of ``record`` to ``out_path`` (atomically) and describe the fields.

    Raises :class:`~tnl_jury.io.atomic.Cancelled` (no file written) when ``cancelled()``
    becomes true, :class:`~tnl_jury.io.atomic.AtomicWriteError` if the file cannot be put in
    place.
    """
    out = Path(out_path)
    st = styles()
    signers = signatories(record)
    boxes: Boxes = {}
    story, steps = _story(record, st, signers, boxes)
    edition = f"{record.label_name} {record.year}"
    meta = DocMeta(
        title=f"{W['title']} — {edition}",
        subject=W["subject"].format(edition=record.edition_title),
        author=record.meeting.president if record.meeting else record.label_name,
        keywords=(record.label_name, str(record.year), "procès-verbal"),
        footer=W["footer"].format(edition=record.edition_title),
    )
    pdf, pages = build_pdf(
        story, meta, steps=steps, progress=progress, cancelled=cancelled, what=str(out)
    )
    fields = tuple(
        SignatureField(
            name=field_name(m),
            member_id=m.id,
            member_name=m.name,
            role=ROLES.get(m.role, m.role),
            page=boxes[field_name(m)][0],
            box=boxes[field_name(m)][1],
            cert_sha256=m.cert_sha256,
        )
        for m in signers
    )
    pdf = add_signature_fields(pdf, fields)
    check_cancelled(cancelled, str(out))
    atomic_write_bytes(out, pdf)
    return MinutesInfo(path=out, pages=pages, fields=fields)


def _story(
    record: ResultsRecord,
    st: Styles,
    signers: Sequence[MemberRecord],
    boxes: Boxes,
) -> tuple[list[Flowable], int]:
    p = fonts.para
    # "Territoire Numérique Libre — Label Territoire Numérique Libre 2026" said it twice.
    subtitle = record.edition_title or f"{record.label_name} {record.year}"
    if record.label_name not in subtitle:
        subtitle = f"{record.label_name} — {subtitle}"
    story: list[Flowable] = [
        Paragraph(p(W["title"]), st.title),
        Paragraph(p(subtitle), st.subtitle),
    ]
    meeting = record.meeting
    place = meeting.place if meeting and meeting.place else "…"
    story += heading(W["s_meeting"], st.h1)
    if meeting is None:
        story.append(Paragraph(W["no_meeting"], st.body))
    else:
        key = "met" if meeting.held_on else "met_no_date"
        held = french_date(meeting.held_on) if meeting.held_on else ""
        args = {"label": record.label_name, "year": record.year, "date": held, "place": place}
        story.append(Paragraph(p(W[key].format(**args)), st.body))
        story += minutes_sections.opening(record, st)
        chair = {"president": meeting.president or "…", "secretary": meeting.secretary or "…"}
        story.append(Paragraph(p(W["chair"].format(**chair)), st.body))
        if meeting.quorum_statement:
            story.append(Paragraph(p(meeting.quorum_statement), st.body))
    story.append(Step(1, "séance"))

    story += heading(W["s_members"], st.h1)
    present = [m for m in record.members if m.present]
    absent = [m for m in record.members if m.present is False]
    if not present and not absent:
        story.append(Paragraph(W["no_presence"], st.body))
        story.append(_members_table(record.members, st))
    else:
        story += minutes_sections.composition(record, st, _members_table)

    story += heading(W["s_recusals"], st.h1)
    if record.recusals:
        story.append(Paragraph(p(W["recusals_intro"]), st.body))
        rows = [[Paragraph(h, st.cell_bold) for h in RECUSALS_HEAD]]
        rows += [
            [Paragraph(p(x), st.cell) for x in (r.member_name, r.ds_number, r.candidate_name)]
            + [Paragraph(p(r.reason), st.cell)]
            for r in record.recusals
        ]
        story.append(_table(rows, (0.22, 0.13, 0.30, 0.35)))
    else:
        story.append(Paragraph(W["no_recusal"], st.body))

    story += heading(W["s_method"], st.h1)
    method = record.method
    if method.grid_name:
        grid = W["grid_text"].format(
            name=method.grid_name,
            domains=plural(method.domain_count, "domaine"),
            criteria=plural(method.criterion_count, "critère"),
        )
        story.append(Paragraph(W["grid"].format(grid=p(grid)), st.body))
    story.append(Paragraph(W["rules"].format(rules=p(W["rules_text"])), st.body))
    if method.levels:
        levels = " ; ".join(level_title(n, name) for n, name in method.levels)
        story.append(Paragraph(W["levels"].format(levels=p(levels.rstrip("."))), st.body))
    story.append(Step(2, "méthode"))

    story += heading(W["s_decisions"], st.h1)
    story += minutes_sections.dossier_counts(record, st)
    step = 2
    for flowables in _decisions(record, st):
        step += 1
        story += flowables
        story.append(Step(step, "décisions"))
    if not record.dossiers:
        story.append(Paragraph(W["no_dossier"], st.body))

    # Room for the heading, the header row and three rows (two lines each at most): a heading
    # with one row at a page's foot would read as a table of one dossier.
    story += heading(W["s_summary"], st.h1, room=6 * cm)
    story.append(_summary_table(record, st))
    story.append(Spacer(1, 10))
    story += minutes_sections.closing(record, st)
    story.append(Paragraph(p(W["closing"]), st.body))
    if record.audit_events:
        # Signed, this sentence vouches for the audit trail up to its newest event:
        # `tnl-jury audit JURY_FILE verify --minutes SIGNED.pdf` checks it is still all there.
        anchor = W["audit"].format(events=record.audit_events)
        story.append(Paragraph(p(anchor), st.body))
        story.append(Paragraph(p(record.audit_head), st.cell))  # on its own line: unbreakable
    # Signed, this digest binds the minutes to the state they record: signing them with the
    # jury file, and `audit verify --minutes`, compare it with the file (domain/records.py).
    story.append(Paragraph(p(W["state"]), st.body))
    story.append(Paragraph(p(state_digest(record)), st.cell))
    story += minutes_annexes.annexes(record, st)
    step += 1
    story.append(Step(step, "récapitulatif"))

    story.append(PageBreak())
    story += heading(W["s_signatures"], st.h1)
    if meeting and meeting.held_on:
        done_at = W["done_at"].format(place=place, date=french_date(meeting.held_on))
        story.append(Paragraph(p(done_at), st.body))
    story.append(Paragraph(W["done"], st.body))
    story.append(Spacer(1, 8))
    story.append(signature_grid(signers, st, boxes))
    step += 1
    story.append(Step(step, "signatures"))
    return story, step


def _members_table(members: Sequence[MemberRecord], st: Styles) -> Flowable:
    p = fonts.para
    rows = [[Paragraph(h, st.cell_bold) for h in MEMBERS_HEAD]]
    rows += [
        [
            Paragraph(p(m.name), st.cell),
            Paragraph(p(m.organisation), st.cell),
            Paragraph(p(ROLES.get(m.role, m.role)), st.cell),
        ]
        for m in members
    ]
    return _table(rows, (0.32, 0.43, 0.25))


def _table(rows: list[list[Any]], fractions: Sequence[float]) -> Table:
    table = Table(rows, colWidths=[FRAME_WIDTH * f for f in fractions], repeatRows=1)
    table.setStyle(TableStyle(table_style()))
    return table


def _decisions(record: ResultsRecord, st: Styles) -> list[list[Flowable]]:
    """One list of flowables per dossier, kept together on a page with its headings (a level
    heading goes with its first dossier)."""
    p = fonts.para
    out: list[list[Flowable]] = []
    for level in level_order(record):
        dossiers = by_name([d for d in record.dossiers if d.level == level])
        if not dossiers:
            continue
        title = level_title(level, level_name(record, level))
        head = W["level_head"].format(title=title, count=plural(len(dossiers), "dossier"))
        for i, d in enumerate(dossiers):
            level_heading = Paragraph(p(head), st.h2) if i == 0 else None
            name = d.candidate_name + (f" ({d.departement_code})" if d.departement_code else "")
            head_line = W["dossier_head"].format(number=d.ds_number, name=name)
            block: list[Flowable] = []
            lines = []
            if d.official_name:
                official = d.official_name + (
                    f", {d.official_function}" if d.official_function else ""
                )
                lines.append(W["carried"].format(official=official))
            if d.overall_score is not None:
                lines.append(W["score"].format(score=french_number(d.overall_score)))
            if d.vote is not None:
                v = d.vote
                lines.append(
                    W["vote_casting" if v.by_casting_vote else "vote"].format(
                        votes_for=v.votes_for,
                        against=v.votes_against,
                        abst=plural(v.abstentions, "abstention"),
                    )
                )
            else:
                lines.append(W["no_vote"])
            if d.recused_members:
                lines.append(W["recused"].format(names=join_fr(d.recused_members)))
            block.append(Paragraph("<br/>".join(p(line) for line in lines), st.body))
            if d.motivation:
                block.append(Paragraph(W["motivation"].format(text=p(d.motivation)), st.body))
            # The room a heading needs at a page's foot (as ``heading`` gives), then the block.
            out.append(
                [
                    CondPageBreak(3.5 * cm),
                    *minutes_sections.decision_block(
                        level_heading, Paragraph(p(head_line), st.h3), block
                    ),
                ]
            )
    undecided = by_name([d for d in record.dossiers if d.level is None])
    if undecided:
        block = heading(W["undecided_head"].format(count=len(undecided)), st.h2)
        block += minutes_sections.undecided_reason(record, st)
        for d in undecided:
            text = W["undecided"].format(number=d.ds_number, name=d.candidate_name)
            block.append(Paragraph(p(text), st.body))
        out.append(block)
    return out


def _summary_table(record: ResultsRecord, st: Styles) -> Flowable:
    p = fonts.para
    rows: list[list[Any]] = [[Paragraph(h, st.cell_bold) for h in SUMMARY_HEAD]]
    for level in level_order(record):
        for d in by_name([d for d in record.dossiers if d.level == level]):
            v = d.vote
            counts = (v.votes_for, v.votes_against, v.abstentions) if v else ("–", "–", "–")
            rows.append(
                [
                    Paragraph(p(d.ds_number), st.cell),
                    Paragraph(p(d.candidate_name), st.cell),
                    Paragraph(p(d.departement_code), st.cell),
                    Paragraph(p(level_title(level, level_name(record, level))), st.cell),
                ]
                + [Paragraph(str(c), st.cell) for c in counts]
            )
    for d in by_name([d for d in record.dossiers if d.level is None]):
        rows.append(
            [Paragraph(p(d.ds_number), st.cell), Paragraph(p(d.candidate_name), st.cell)]
            + [Paragraph(p(d.departement_code), st.cell), Paragraph("–", st.cell)]
            + [Paragraph("–", st.cell)] * 3
        )
    return _table(rows, (0.11, 0.33, 0.07, 0.22, 0.08, 0.10, 0.09))
