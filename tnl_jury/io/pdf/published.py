"""The published results list ("palmarès"): the labelled candidates by level, highest first,
each on one line in the published form (:attr:`DossierRecord.published_line`), as a printable
PDF/A-2b. Candidates without the label (level 0) or without a decision are not published.
"""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer

from tnl_jury.domain.records import ResultsRecord
from tnl_jury.io.atomic import atomic_write_bytes
from tnl_jury.io.pdf import fonts
from tnl_jury.io.pdf.layout import DocMeta, build_pdf, heading, styles
from tnl_jury.io.pdf.text import by_name, french_date, level_name, level_order, level_title, plural

# Every French sentence of the list, in one place.
W: dict[str, str] = {
    "title": "Palmarès du label « {label} » {year}",
    "heading": "Palmarès {year}",
    "subject": "Liste des collectivités labellisées, {edition}",
    "footer": "Palmarès — {edition}",
    "intro": "Réuni le {date}, le jury a attribué le label à {count}.",
    "intro_no_date": "Le jury a attribué le label à {count}.",
    "candidate": "collectivité",
    "level_head": "{title} ({count})",
    "nobody": "Aucune collectivité n’a été labellisée.",
}


def render_published_list(record: ResultsRecord, out_path: str | os.PathLike[str]) -> Path:
    """Write the published list of ``record`` to ``out_path`` (atomically)."""
    st = styles()
    p = fonts.para
    labelled = [d for d in record.dossiers if d.level is not None and d.level > 0]
    title = W["title"].format(label=record.label_name, year=record.year)
    story: list[Flowable] = [
        Paragraph(p(W["heading"].format(year=record.year)), st.title),
        Paragraph(p(record.edition_title), st.subtitle),
    ]
    count = plural(len(labelled), W["candidate"])
    meeting = record.meeting
    if meeting and meeting.held_on:
        intro = W["intro"].format(date=french_date(meeting.held_on), count=count)
    else:
        intro = W["intro_no_date"].format(count=count)
    story.append(Paragraph(p(intro if labelled else W["nobody"]), st.body))
    for level in level_order(record):
        if level <= 0:
            continue
        dossiers = by_name([d for d in labelled if d.level == level])
        if not dossiers:
            continue
        head = W["level_head"].format(
            title=level_title(level, level_name(record, level)),
            count=plural(len(dossiers), W["candidate"]),
        )
        story += heading(p(head), st.h1)
        for d in dossiers:
            story.append(Paragraph(p(d.published_line), st.line, bulletText="•"))
        story.append(Spacer(1, 4))
    meta = DocMeta(
        title=title,
        subject=W["subject"].format(edition=record.edition_title),
        author=record.label_name,
        keywords=(record.label_name, str(record.year), "palmarès"),
        footer=W["footer"].format(edition=record.edition_title),
    )
    pdf, _ = build_pdf(story, meta, what=str(out_path))
    atomic_write_bytes(out_path, pdf)
    return Path(out_path)
