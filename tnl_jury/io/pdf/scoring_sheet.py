"""Printable scoring sheets, for jurors who prefer paper (PDF/A-2b, one file for a print run).

One sheet per (dossier, member) of the :class:`~tnl_jury.domain.sheets.ScoringSheetRecord`,
each starting on a new page: the edition, then one table whose first row names the dossier,
the candidate and the member (repeated at the top of a continuation page, so that a loose page
still says whose it is), then each domain's criteria with a box per scale step (the steps'
values and labels head every domain: "0 Absent", "1 Amorcé"…), a "Sans avis" box and room for
a comment; under it the proposed level (boxes 0–5), a general remark and the signature line.
With the default TNL grid (17 criteria) a sheet fits on one A4 page.

The secretariat types the ticked boxes back in (``set_score(..., entered_by=...)``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from tnl_jury.domain.grid import ScaleStep
from tnl_jury.domain.sheets import ScoringSheetRecord, SheetCriterion, SheetTarget
from tnl_jury.io.atomic import CancelledFn, ProgressFn, atomic_write_bytes, check_cancelled
from tnl_jury.io.pdf import fonts
from tnl_jury.io.pdf.layout import (
    ACCENT,
    FRAME_WIDTH,
    INK,
    RULE,
    SHADE,
    DocMeta,
    Step,
    Styles,
    build_pdf,
    styles,
)

# Every French word of the sheets, in one place.
W: dict[str, str] = {
    "title": "Fiche de notation",
    "subject": "Fiches de notation, {edition}",
    "footer": "Fiche de notation — {edition}",
    "how": "Cochez une seule case par critère, ou « Sans avis ». Un critère laissé vide "
    "n’est pas noté. Rendez la fiche signée au secrétariat, qui saisira vos notes.",
    "dossier": "Dossier n° {number} — {name}",
    "member": "Membre du jury : {name}",
    "no_member": "Membre du jury : ",
    "no_opinion": "Sans avis",
    "comment": "Commentaire",
    "level": "Niveau proposé :",
    "remark": "Remarque générale :",
    "signature": "Date et signature :",
    "blank_line": "_" * 34,
}

CRITERION_WIDTH = 150.0  # points
NO_OPINION_WIDTH = 40.0
MIN_COMMENT_WIDTH = 80.0
MAX_STEP_WIDTH = 42.0
BOX = 9.0  # side of a tick box, points
ROW_HEIGHT = 23.0  # a criterion row: two lines of label, or room to write a word or two


class TickBox(Flowable):  # type: ignore[misc]
    """An empty square to tick, with an optional short label (a value) on its right."""

    def __init__(self, label: str = "", size: float = BOX, font_size: float = 8) -> None:
        super().__init__()
        self.label = fonts.printable(label)
        self.size = size
        self.font_size = font_size
        self._text_width = stringWidth(self.label, fonts.REGULAR, font_size) if label else 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = self.size + (3 + self._text_width if self.label else 0)
        self.height = self.size
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, self.size, self.size, stroke=1, fill=0)
        if self.label:
            canvas.setFillColor(INK)
            canvas.setFont(fonts.REGULAR, self.font_size)
            canvas.drawString(self.size + 3, (self.size - self.font_size) / 2 + 1, self.label)
        canvas.restoreState()


def render_scoring_sheets(
    record: ScoringSheetRecord,
    out_path: str | os.PathLike[str],
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> tuple[Path, int]:
    """Write every sheet of ``record`` into one PDF at ``out_path`` (atomically); return the
    path and the page count.

    Raises :class:`~tnl_jury.io.atomic.Cancelled` (no file written) when ``cancelled()``
    becomes true, :class:`~tnl_jury.io.atomic.AtomicWriteError` if the file cannot be put in
    place.
    """
    out = Path(out_path)
    st = styles()
    story: list[Flowable] = []
    for number, sheet in enumerate(record.sheets, start=1):
        if number > 1:
            story.append(PageBreak())
        story += _sheet(record, sheet, st)
        story.append(Step(number, sheet.ds_number))
    if not record.sheets:
        story.append(Paragraph(fonts.para(W["title"]), st.title))
    meta = DocMeta(
        title=f"{W['title']} — {record.edition_title}",
        subject=W["subject"].format(edition=record.edition_title),
        author=record.label_name,
        keywords=(record.label_name, "fiche de notation"),
        footer=W["footer"].format(edition=record.edition_title),
    )
    pdf, pages = build_pdf(
        story,
        meta,
        steps=len(record.sheets),
        progress=progress,
        cancelled=cancelled,
        what=str(out),
    )
    check_cancelled(cancelled, str(out))
    atomic_write_bytes(out, pdf)
    return out, pages


def _sheet(record: ScoringSheetRecord, sheet: SheetTarget, st: Styles) -> list[Flowable]:
    p = fonts.para
    title = ParagraphStyle("sheet_title", parent=st.title, spaceAfter=0)
    subtitle = ParagraphStyle("sheet_subtitle", parent=st.subtitle, spaceAfter=4)
    return [
        Paragraph(p(W["title"]), title),
        Paragraph(p(record.edition_title), subtitle),
        Paragraph(p(W["how"]), st.small),
        Spacer(1, 4),
        _grid_table(record, sheet, st),
        Spacer(1, 8),
        KeepTogether(_closing(record, st)),
    ]


def _widths(steps: int) -> list[float]:
    step = min(
        MAX_STEP_WIDTH,
        (FRAME_WIDTH - CRITERION_WIDTH - NO_OPINION_WIDTH - MIN_COMMENT_WIDTH) / max(steps, 1),
    )
    comment = FRAME_WIDTH - CRITERION_WIDTH - NO_OPINION_WIDTH - step * steps
    return [CRITERION_WIDTH, *([step] * steps), NO_OPINION_WIDTH, comment]


def _header_style(st: Styles, labels: list[str], inner: float) -> ParagraphStyle:
    """A small centred style whose size lets the longest step label fit on its line."""
    widest = max((stringWidth(fonts.printable(t), fonts.REGULAR, 7) for t in labels), default=0)
    size = 7.0 if widest <= inner else max(5.5, 7.0 * inner / widest)
    return ParagraphStyle(
        "step_head", parent=st.cell, fontSize=size, leading=size + 1.5, alignment=1
    )


def _grid_table(record: ScoringSheetRecord, sheet: SheetTarget, st: Styles) -> Table:
    p = fonts.para
    n = record.step_columns
    widths = _widths(n)
    last = n + 2  # the comment column
    name = sheet.candidate_name + (f" ({sheet.departement_code})" if sheet.departement_code else "")
    who = (
        W["member"].format(name=sheet.member_name)
        if sheet.member_name
        else W["no_member"] + W["blank_line"]
    )
    ident = ParagraphStyle("ident", parent=st.cell_bold, fontSize=9.5, leading=12)
    rows: list[list[Any]] = [
        [
            Paragraph(
                p(W["dossier"].format(number=sheet.ds_number, name=name)) + "<br/>" + p(who), ident
            )
        ]
        + [""] * (last)
    ]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
        ("INNERGRID", (0, 1), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (-2, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, 0), 4),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
    ]
    heights: list[float | None] = [None]
    domain_style = ParagraphStyle(
        "domain", parent=st.cell_bold, fontSize=8.5, leading=10, textColor=ACCENT
    )
    label_style = ParagraphStyle("criterion", parent=st.cell, fontSize=8, leading=9.5)
    for domain in record.domains:
        shown: tuple[ScaleStep, ...] | None = None
        for criterion in domain.criteria:
            if criterion.steps != shown:  # a domain's first criterion, or a change of scale
                shown = criterion.steps
                row_index = len(rows)
                rows.append(_head_row(domain.name, criterion, n, widths, st, domain_style))
                commands += [
                    ("BACKGROUND", (0, row_index), (-1, row_index), SHADE),
                    ("LINEABOVE", (0, row_index), (-1, row_index), 0.8, ACCENT),
                ]
                heights.append(None)
            cells: list[Any] = [
                Paragraph(f"<b>{p(criterion.code)}</b> {p(criterion.label)}", label_style)
            ]
            cells += [TickBox(str(s.value)) for s in criterion.steps]
            cells += [""] * (n - len(criterion.steps))
            cells += [TickBox(), ""]
            rows.append(cells)
            heights.append(ROW_HEIGHT)
    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _head_row(
    domain_name: str,
    criterion: SheetCriterion,
    n: int,
    widths: list[float],
    st: Styles,
    domain_style: ParagraphStyle,
) -> list[Any]:
    p = fonts.para
    labels = [s.label for s in criterion.steps] + [W["no_opinion"], W["comment"]]
    head = _header_style(st, labels, widths[1] - 6)
    cells: list[Any] = [Paragraph(p(domain_name), domain_style)]
    cells += [Paragraph(f"<b>{s.value}</b><br/>{p(s.label)}", head) for s in criterion.steps]
    cells += [""] * (n - len(criterion.steps))
    cells += [Paragraph(p(W["no_opinion"]), head), Paragraph(p(W["comment"]), head)]
    return cells


def _closing(record: ScoringSheetRecord, st: Styles) -> list[Flowable]:
    """The proposed level boxes, the general remark and the signature line."""
    p = fonts.para
    strong = ParagraphStyle("strong", parent=st.cell_bold, fontSize=9, leading=11)
    level_row: list[Any] = [Paragraph(p(W["level"]), strong)]
    level_row += [TickBox(str(level), font_size=9) for level in record.levels]
    level_widths = [CRITERION_WIDTH] + [36.0] * len(record.levels)
    levels = Table([level_row], colWidths=level_widths, hAlign="LEFT")
    levels.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    box = Table(
        [
            [Paragraph(p(W["remark"]), strong), Paragraph(p(W["signature"]), strong)],
        ],
        colWidths=[FRAME_WIDTH * 0.62, FRAME_WIDTH * 0.38],
        rowHeights=[46],
    )
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [levels, Spacer(1, 4), box]
