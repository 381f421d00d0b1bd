"""Letters to the candidates: one PDF/A-2b per decided dossier.

Each letter is headed with the edition's letterhead (sender block, reference; the label's name
when none is set), dated the day chosen when generating (today by default) and written from the
letterhead's place (else the meeting's town). It greets the official by civility and function
(``Madame la Présidente,``, see :mod:`tnl_jury.domain.addressing`), names the collectivité with
its article (``la candidature de la commune de…``), gives the level awarded (or that the label
was not awarded), the jury's motivation, a small chart of the domains' scores against what the
next level asks (:mod:`.letter_chart`), the jury's recommendations ("pistes de progression", the
decision's field as the jury recorded it), and ends with the president's name and own title
(the letterhead's signatory title) above an empty area for a stamp and signature. Dossiers
without a decision get no letter. Files are named ``<dossier number>-<slug of the
candidate>.pdf``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from tnl_jury.domain.addressing import address_title, designation
from tnl_jury.domain.records import DossierRecord, ResultsRecord
from tnl_jury.io.atomic import (
    Cancelled,
    CancelledFn,
    ProgressFn,
    atomic_write_bytes,
    check_cancelled,
    report,
)
from tnl_jury.io.pdf import fonts, letter_chart
from tnl_jury.io.pdf.layout import (
    ACCENT,
    FRAME_WIDTH,
    RULE,
    DocMeta,
    Styles,
    build_pdf,
    heading,
    styles,
)
from tnl_jury.io.pdf.text import french_date, level_name, level_title, slug

# Every French sentence of the letters, in one place.
W: dict[str, str] = {
    "title": "Label « {label} » {year} — dossier n° {number}",
    "subject": "Résultat de la candidature {candidate}",
    "footer": "{label} — {edition}",
    "place_date": "{place}, le {date}",
    "reference": "<b>Réf. :</b> {reference}",
    "subject_line": "<b>Objet :</b> {edition} — résultat de votre candidature "
    "(dossier n°\u00a0{number})",
    "met": "Le jury du label « {label} » s’est réuni le {date} et a examiné la candidature "
    "{candidate}.",
    "met_no_date": "Le jury du label « {label} » a examiné la candidature {candidate}.",
    "awarded": "J’ai le plaisir de vous annoncer qu’il lui a attribué le label "
    "<b>« {label} » {year}</b> avec le niveau suivant : <b>{level}</b>.",
    "not_awarded": "J’ai le regret de vous informer qu’il ne lui a pas attribué le label cette "
    "année. Le label étant millésimé, une nouvelle candidature sera la bienvenue lors d’une "
    "prochaine édition.",
    "motivation_head": "Motivation du jury",
    "recommendations_head": "Pistes de progression",
    "no_recommendation": "Le jury n’a pas formulé de piste particulière.",
    "congratulations": "Au nom du jury, je vous adresse toutes nos félicitations ainsi qu’aux "
    "élus et aux agents qui ont porté cette démarche.",
    "encouragement": "Le jury espère que ces pistes vous aideront à progresser et vous "
    "encourage à poursuivre votre démarche.",
    "closing": "Je vous prie d’agréer, {salutation}, l’expression de mes salutations distinguées.",
    "for_jury": "Pour le jury,",
    "stamp_area": "Cachet et signature",
}


def letter_file_name(dossier: DossierRecord) -> str:
    """``1048213-ville-d-oeuilly-sur-aube.pdf``."""
    return f"{slug(dossier.ds_number, 20)}-{slug(dossier.candidate_name)}.pdf"


def _footer(label: str, edition: str) -> str:
    """The letter's running footer: the edition's title, after the label's name unless the
    title already says it ("Label Territoire Numérique Libre 2026", not "Territoire Numérique
    Libre — Label Territoire Numérique Libre 2026")."""
    if not label or label.casefold() in edition.casefold():
        return edition
    return W["footer"].format(label=label, edition=edition)


def render_letters(
    record: ResultsRecord,
    out_dir: str | os.PathLike[str],
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    *,
    dated: dt.date | None = None,
) -> list[Path]:
    """Write one letter per decided dossier into ``out_dir`` (created if missing), each dated
    ``dated`` (today when None); return the paths in the record's order. Each file is written
    atomically; if ``cancelled()`` becomes true, the letters already written by this call are
    removed and :class:`~tnl_jury.io.atomic.Cancelled` is raised."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    day = dated or dt.date.today()
    decided = [d for d in record.dossiers if d.level is not None]
    written: list[Path] = []
    try:
        for i, dossier in enumerate(decided):
            check_cancelled(cancelled, str(folder))
            report(progress, i, len(decided), dossier.candidate_name)
            path = folder / letter_file_name(dossier)
            render_letter(record, dossier, path, dated=day)
            written.append(path)
        report(progress, len(decided), len(decided), "")
    except Cancelled:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return written


def render_letter(
    record: ResultsRecord,
    dossier: DossierRecord,
    out_path: str | os.PathLike[str],
    *,
    dated: dt.date | None = None,
) -> Path:
    """Write the letter for one decided ``dossier`` to ``out_path`` (atomically), dated
    ``dated`` (today when None)."""
    if dossier.level is None:
        raise ValueError(f"dossier {dossier.ds_number} has no decision: no letter")
    st = styles()
    named = designation(dossier.candidate_name, dossier.kind)
    meta = DocMeta(
        title=W["title"].format(
            label=record.label_name, year=record.year, number=dossier.ds_number
        ),
        subject=W["subject"].format(candidate=named.of),
        author=record.meeting.president if record.meeting else record.label_name,
        keywords=(record.label_name, str(record.year), dossier.ds_number),
        footer=_footer(record.label_name, record.edition_title),
    )
    story = _story(record, dossier, st, dated or dt.date.today())
    pdf, _ = build_pdf(story, meta, what=str(out_path))
    atomic_write_bytes(out_path, pdf)
    return Path(out_path)


def _sender(record: ResultsRecord, st: Styles) -> list[Flowable]:
    """The letterhead's sender block, its first line in the accent colour; the label's name
    and the edition's title when no sender is set."""
    p = fonts.para
    colour = "#" + ACCENT.hexval()[2:]
    lines = record.letterhead.sender.splitlines() or [record.label_name]
    block = [Paragraph(f'<font color="{colour}"><b>{p(lines[0])}</b></font>', st.body)]
    rest = lines[1:] if record.letterhead.sender else [record.edition_title]
    block += [Paragraph(p(line), st.small) for line in rest]
    return block


def _head(record: ResultsRecord, d: DossierRecord, st: Styles) -> Table:
    p = fonts.para
    # The address block is narrow: justified text would stretch its words apart; and its
    # lines follow each other without gaps, as on an envelope.
    address = ParagraphStyle("address", parent=st.body, alignment=TA_LEFT, spaceAfter=0)
    candidate = d.candidate_name
    if d.departement_code and not d.postal_address:  # with an address, the postcode says it
        candidate += f" ({d.departement_code})"
    # French postal style: name, function, organisation, street lines, "postcode TOWN".
    recipient = [d.official_name, d.official_function, candidate, *d.postal_address.splitlines()]
    head = Table(
        [[_sender(record, st), [Paragraph(p(line), address) for line in recipient if line]]],
        colWidths=[FRAME_WIDTH * 0.5, FRAME_WIDTH * 0.5],
    )
    head.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),  # never the unembedded Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 2 * cm),
            ]
        )
    )
    return head


def _story(record: ResultsRecord, d: DossierRecord, st: Styles, day: dt.date) -> list[Flowable]:
    p = fonts.para
    level = d.level if d.level is not None else 0
    meeting = record.meeting
    letterhead = record.letterhead
    story: list[Flowable] = [_head(record, d, st), Spacer(1, 0.8 * cm)]
    place = letterhead.place
    if not place and meeting and meeting.place:
        place = meeting.place.split(",")[0]
    date = french_date(day)
    line = W["place_date"].format(place=place, date=date) if place else f"Le {date}"
    story.append(Paragraph(p(line), st.right))
    story.append(Spacer(1, 0.4 * cm))
    left = ParagraphStyle("subject", parent=st.body, alignment=TA_LEFT)
    if letterhead.reference:
        reference = p(letterhead.reference + d.ds_number)
        story.append(Paragraph(W["reference"].format(reference=reference), left))
    story.append(
        Paragraph(
            W["subject_line"].format(edition=p(record.edition_title), number=p(d.ds_number)),
            left,
        )
    )
    story.append(Spacer(1, 0.4 * cm))
    polite = address_title(d.official_name, d.official_function)
    story.append(Paragraph(p(f"{polite},"), st.body))
    args = {"label": record.label_name, "candidate": designation(d.candidate_name, d.kind).of}
    if meeting and meeting.held_on:
        met = W["met"].format(date=french_date(meeting.held_on), **args)
    else:
        met = W["met_no_date"].format(**args)
    if level > 0:
        title = level_title(level, d.level_name or level_name(record, level))
        outcome = W["awarded"].format(label=p(record.label_name), year=record.year, level=p(title))
    else:
        outcome = p(W["not_awarded"])
    story.append(Paragraph(f"{p(met)} {outcome}", st.body))
    if d.motivation:
        story += heading(W["motivation_head"], st.h2)
        story += [Paragraph(p(part), st.body) for part in d.motivation.splitlines() if part]
    story += letter_chart.chart(record, d, st)
    story += heading(W["recommendations_head"], st.h2)
    advice = [part for part in d.recommendations.splitlines() if part.strip()]
    story += [
        Paragraph(p(part), st.line if part.lstrip().startswith("•") else st.body)
        for part in advice or [W["no_recommendation"]]
    ]
    story.append(Spacer(1, 0.3 * cm))
    story.append(Paragraph(p(W["congratulations" if level > 0 else "encouragement"]), st.body))
    president = meeting.president if meeting else ""
    # The closing formula never leaves the signature alone on a page.
    ending: list[Flowable] = [
        Paragraph(p(W["closing"].format(salutation=polite)), st.body),
        Spacer(1, 0.3 * cm),
        *_signature_block(president, letterhead.signatory_title, st),
    ]
    story.append(KeepTogether(ending))
    return story


def _signature_block(president: str, title: str, st: Styles) -> list[Flowable]:
    """``Pour le jury,``, the president's name, the signatory's own title (when set), above
    the stamp area."""
    p = fonts.para
    lines = [W["for_jury"], president, title]
    tight = ParagraphStyle("signature", parent=st.body, alignment=TA_LEFT, spaceAfter=1)
    text = [Paragraph(p(line), tight) for line in lines if line]
    block = Table([[text], [_StampArea()]], colWidths=[7 * cm], hAlign="RIGHT")
    block.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR)]))
    return [block]


class _StampArea(Flowable):  # type: ignore[misc]
    """An empty dashed frame for the president's stamp and signature."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = 6.5 * cm, 1.8 * cm
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.setDash(2, 2)
        c.rect(0, 0, self.width, self.height)
        c.setDash()
        c.setFont(fonts.ITALIC, 7)
        c.setFillColor(RULE)
        c.drawCentredString(self.width / 2, self.height / 2 - 3, W["stamp_area"])
