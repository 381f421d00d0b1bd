"""What our PDF documents share: page format, styles, "page n / N" footer, and a build step
that reports progress, honours cancellation and returns PDF/A-2b bytes.

Documents are built in memory (a few hundred KB at most) and written once, atomically, by the
caller: a cancelled or failed build leaves no file.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
)

from tnl_jury import __version__
from tnl_jury.io.atomic import CancelledFn, ProgressFn, check_cancelled, report
from tnl_jury.io.pdf import fonts, tagging
from tnl_jury.io.pdf.pdfa import to_pdfa
from tnl_jury.io.pdf.tag_tree import add_structure

PAGE = A4
MARGIN = 2 * cm
# What a flowable may use: the frame less reportlab's default 6 pt padding on each side.
FRAME_WIDTH = PAGE[0] - 2 * MARGIN - 12
INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#9aa7b4")
SHADE = colors.HexColor("#e9eef3")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    right: ParagraphStyle
    line: ParagraphStyle  # a list line: hanging indent, left aligned


def styles() -> Styles:
    """The paragraph styles (fonts registered on first call)."""
    fonts.register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=fonts.REGULAR,
        bulletFontName=fonts.REGULAR,  # reportlab's default is the unembedded Helvetica
        fontSize=10,
        leading=13.5,
        textColor=INK,
        alignment=TA_JUSTIFY,
        spaceAfter=5,
    )
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=2),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=17,
            leading=22,
            alignment=TA_CENTER,
            textColor=ACCENT,
            spaceAfter=4,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=11.5, leading=15, alignment=TA_CENTER, spaceAfter=14
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=6,
            alignment=0,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=9,
            spaceAfter=4,
            alignment=0,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=10,
            leading=13.5,
            spaceBefore=6,
            spaceAfter=2,
            alignment=0,
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, alignment=0),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=fonts.BOLD, fontSize=8.5, leading=10.5, alignment=0
        ),
        right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        line=ParagraphStyle(
            "line",
            parent=body,
            alignment=0,
            leftIndent=14,
            firstLineIndent=-10,
            bulletIndent=0,
            spaceAfter=3,
        ),
    )


@dataclass(frozen=True)
class DocMeta:
    """The document's metadata (Info dictionary and XMP) and its running footer."""

    title: str
    subject: str
    author: str
    keywords: tuple[str, ...] = ()
    footer: str = ""  # left part of the footer; "page n / N" goes on the right
    numbered: bool = True


class Step(Flowable):  # type: ignore[misc]
    """An invisible marker: when the layout reaches it, ``step`` of the build is done."""

    def __init__(self, step: int, message: str) -> None:
        super().__init__()
        self.step = step
        self.message = message
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def build_pdf(
    story: list[Flowable],
    meta: DocMeta,
    *,
    steps: int = 0,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    what: str = "document",
) -> tuple[bytes, int]:
    """Lay out ``story`` and return ``(PDF/A-2b bytes, page count)``.

    ``steps`` counts the :class:`Step` markers in the story; progress is reported as each is
    laid out (``steps`` + 1 for the PDF/A conversion), and ``cancelled`` is polled there and
    after each page (raises :class:`~tnl_jury.io.atomic.Cancelled` naming ``what``).
    """
    fonts.register_fonts()
    buf = io.BytesIO()
    total = steps + 1
    doc = _Doc(
        buf,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 0.4 * cm,
        title=fonts.printable(meta.title),
        subject=fonts.printable(meta.subject),
        author=fonts.printable(meta.author),
        keywords=list(meta.keywords),
        creator=f"tnl-jury {__version__}",
        lang="fr-FR",
        # Without this, reportlab's page preamble references the standard Helvetica, a font
        # that is not embedded (PDF/A violation) even if no text uses it.
        initialFontName=fonts.REGULAR,
    )
    doc.tnl_progress = progress
    doc.tnl_cancelled = cancelled
    doc.tnl_total = total
    doc.tnl_what = what
    pages: list[int] = []
    tags = tagging.Recorder()  # the structure, recorded as the story is drawn (#19)

    def canvas_maker(*args: Any, **kwargs: Any) -> Canvas:
        return _NumberedCanvas(*args, meta=meta, pages=pages, tags=tags, **kwargs)

    doc.build(story, canvasmaker=canvas_maker)
    check_cancelled(cancelled, what)
    result = to_pdfa(add_structure(buf.getvalue(), tags))
    report(progress, total, total, "PDF/A")
    return result, pages[0] if pages else 0


class _Doc(SimpleDocTemplate):  # type: ignore[misc]
    tnl_progress: ProgressFn | None
    tnl_cancelled: CancelledFn | None
    tnl_total: int
    tnl_what: str

    def build(self, flowables: list[Flowable], canvasmaker: Any) -> None:
        """SimpleDocTemplate's build, with a frame that tags what it draws."""
        self._calc()
        frame = tagging.TaggingFrame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="normal"
        )
        self.addPageTemplates(
            [
                PageTemplate(id="First", frames=frame, pagesize=self.pagesize),
                PageTemplate(id="Later", frames=frame, pagesize=self.pagesize),
            ]
        )
        BaseDocTemplate.build(self, flowables, canvasmaker=canvasmaker)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        if isinstance(flowable, Step):
            check_cancelled(self.tnl_cancelled, self.tnl_what)
            report(self.tnl_progress, flowable.step, self.tnl_total, flowable.message)

    def afterPage(self) -> None:  # noqa: N802 (reportlab's name)
        check_cancelled(self.tnl_cancelled, self.tnl_what)


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds the pages back until the end, so that the footer can say "page n / N"."""

    def __init__(
        self, *args: Any, meta: DocMeta, pages: list[int], tags: tagging.Recorder, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.tnl_tags = tags  # read by tagging.TaggingFrame
        self._tnl_meta = meta
        self._tnl_pages = pages
        self._tnl_saved: list[dict[str, Any]] = []

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> Any:  # noqa: N802
        return tagging.SpacedText(self, x, y, direction=direction)  # word breaks (#19)

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._tnl_saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        count = len(self._tnl_saved)
        self._tnl_pages.append(count)
        for number, state in enumerate(self._tnl_saved, start=1):
            self.__dict__.update(state)
            self._tnl_footer(number, count)
            super().showPage()
        super().save()

    def _tnl_footer(self, number: int, count: int) -> None:
        meta = self._tnl_meta
        y = MARGIN - 0.2 * cm
        # Running footer: an artifact, which screen readers skip (#19).
        with tagging.artifact(self, "Pagination"):
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, y + 10, PAGE[0] - MARGIN, y + 10)
            self.setFont(fonts.REGULAR, 8)
            self.setFillColor(colors.HexColor("#555555"))
            if meta.footer:
                self.drawString(MARGIN, y, fonts.printable(meta.footer))
            if meta.numbered:
                self.drawRightString(PAGE[0] - MARGIN, y, f"page {number} / {count}")
            self.restoreState()


def table_style(header_rows: int = 1) -> list[tuple[Any, ...]]:
    """The look of our tables: shaded header, thin rules, zebra-free (prints well)."""
    return [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
        ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.8, ACCENT),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]


def heading(text: str, style: ParagraphStyle, room: float = 3.5 * cm) -> list[Flowable]:
    """A heading that never ends a page: it starts a new page when less than ``room`` is left.

    (reportlab's ``keepWithNext`` would instead carry the heading and the whole next
    paragraph to a new page when that paragraph is long, leaving a near-empty page.)
    """
    return [CondPageBreak(room), Paragraph(text, style)]
