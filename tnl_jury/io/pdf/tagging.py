"""Tagged PDF from reportlab (#19): marking the content while platypus draws it.

reportlab has no tagging API, but its canvas takes raw operators. While a document is laid out,
every flowable the frame draws is wrapped in a marked-content sequence: a paragraph in
``/P <</MCID n>> BDC … EMC`` (a heading's style makes it ``H``, a list line's ``LI``), a chart
given alternative text by :func:`with_alt` in ``/Figure``, and everything that is decoration —
the footer, table rules and shading, an unknown flowable such as the letters' stamp frame — in
``/Artifact BMC … EMC``. Tables are followed through reportlab's own render callback
(:class:`~reportlab.platypus.tables.TableRenderCB`): a table with repeated header rows is a
data table (``Table`` > ``TR`` > ``TH``/``TD``, each cell holding its text, the header repeated
on a later page an artifact); any other table only lays its cells out, and their flowables are
tagged as if they stood in the text, row by row. A paragraph cut by a page break is drawn as
two parts, one per page: they share one element, with an MCID on each page.

What is recorded here (the :class:`Recorder`, a tree of :class:`Node` with each node's
``(page, MCID)`` references, in reading order, which is the order of drawing in our one-frame
documents) becomes the structure tree once the PDF is written: :mod:`.tag_tree`.

A flowable declares its tag with a ``tnl_tag`` attribute (``"P"``, ``"Artifact"``) and a chart
its alternative text with :func:`with_alt`; nothing else in the documents knows about tagging.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, Frame, Paragraph, Table
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import CondPageBreak, Spacer
from reportlab.platypus.tables import TableRenderCB

# Paragraph styles that are headings, highest first (layout.styles' names); their levels in the
# tree are decided by tag_tree, so that they never skip (PDF/UA-1 7.4.2).
HEADING_STYLES = ("title", "h1", "h2", "h3")
LIST_STYLE = "line"  # layout.styles' list line: an item of a list


@dataclass
class Node:
    """A structure element: its tag (``P``, ``H``, ``Figure``, ``Table``…), its children and
    the marked content it owns, as ``(page index from 0, MCID)``, in reading order."""

    tag: str
    kids: list[Node] = field(default_factory=list)
    refs: list[tuple[int, int]] = field(default_factory=list)
    alt: str = ""
    heading: str = ""  # a heading's style name (its level is decided when the tree is written)
    scope: str = ""  # a header cell's scope: "Column"
    bbox: tuple[float, float, float, float] | None = None  # a figure's, in page space


class Recorder:
    """The structure of one document while it is drawn (one per build, on the canvas as
    ``canvas.tnl_tags``)."""

    def __init__(self) -> None:
        self.root = Node("Document")
        self._next_mcid: dict[int, int] = {}

    @contextmanager
    def marked(self, canv: Any, node: Node) -> Iterator[None]:
        """Draw inside ``/<tag> <</MCID n>> BDC … EMC``, n the page's next MCID, owned by
        ``node``."""
        page = canv.getPageNumber() - 1
        mcid = self._next_mcid.get(page, 0)
        self._next_mcid[page] = mcid + 1
        node.refs.append((page, mcid))
        tag = "P" if node.tag in ("H", "LBody") else node.tag
        canv.addLiteral(f"/{tag} <</MCID {mcid}>> BDC")
        try:
            yield
        finally:
            canv.addLiteral("EMC")


@contextmanager
def artifact(canv: Any, kind: str = "") -> Iterator[None]:
    """Draw as an artifact (``kind``: ``Pagination``, ``Layout``…, or none)."""
    if kind:
        canv.addLiteral(f"/Artifact <</Type /{kind}>> BDC")
    else:
        canv.addLiteral("/Artifact BMC")
    try:
        yield
    finally:
        canv.addLiteral("EMC")


def with_alt(flowable: Flowable, alt: str) -> Flowable:
    """``flowable`` (a chart), tagged as a ``Figure`` whose alternative text is ``alt``."""
    flowable.__dict__["tnl_alt"] = alt  # a Drawing refuses unknown attributes set plainly
    return flowable


class SpacedText(PDFTextObject):  # type: ignore[misc]
    """A text object whose lines (a paragraph's, or ``drawString``'s) end with a space.

    reportlab breaks a paragraph's lines between words and drops the space there; a reader
    that follows the structure tree (poppler, some screen readers) then runs the last word of
    a line into the first of the next ("examinéla candidature"). The trailing space is
    invisible: it is drawn after the line's last glyph.
    """

    def _textOut(self, text: str, TStar: int = 0) -> None:  # noqa: N802, N803 (reportlab's)
        if TStar and not text.endswith(" "):
            text += " "
        super()._textOut(text, TStar)

    def textLine(self, text: str = "") -> None:  # noqa: N802 (reportlab's name)
        # canvas.drawString's way: a signature box's name and role are two such lines.
        super().textLine(text if not text or text.endswith(" ") else text + " ")


def recorder_of(canv: Any) -> Recorder | None:
    """The canvas's recorder, None when the document is not tagged."""
    tags = getattr(canv, "tnl_tags", None)
    return tags if isinstance(tags, Recorder) else None


def _draws_nothing(flowable: Flowable) -> bool:
    return isinstance(flowable, (Spacer, CondPageBreak, ActionFlowable)) or (
        getattr(flowable, "width", 1) == 0 and getattr(flowable, "height", 1) == 0
    )


def node_for(flowable: Flowable) -> Node | None:
    """The element a flowable's drawing belongs to: None for an artifact (or nothing drawn)."""
    declared = getattr(flowable, "tnl_tag", "")
    if declared == "Artifact":
        return None
    if declared:
        return Node(declared)
    if isinstance(flowable, Paragraph):
        if not flowable.getPlainText().strip():
            return None  # an empty cell's paragraph: nothing to read
        name = getattr(flowable.style, "name", "")
        if name in HEADING_STYLES:
            return Node("H", heading=name)
        if name == LIST_STYLE:
            return Node("LI", kids=[Node("LBody")])
        return Node("P")
    alt = str(flowable.__dict__.get("tnl_alt", ""))
    if isinstance(flowable, Drawing) and alt:
        return Node("Figure", alt=alt)
    return None


def _content_of(node: Node) -> Node:
    """Where a node's own marked content goes (a list item's goes into its body)."""
    return node.kids[0] if node.tag == "LI" else node


def _attach(parent: Node, node: Node) -> None:
    """Add ``node`` under ``parent``; consecutive list items share one ``L``."""
    if node.tag == "LI":
        if not parent.kids or parent.kids[-1].tag != "L":
            parent.kids.append(Node("L"))
        parent.kids[-1].kids.append(node)
    else:
        parent.kids.append(node)


@contextmanager
def _drawn(flowable: Flowable, around: Callable[[Any, float, float], Any]) -> Iterator[None]:
    """While the block runs, ``flowable.drawOn`` draws inside ``around(canvas, x, y)``.

    The frame and the table call ``drawOn`` themselves, and reportlab has no hook before a
    flowable is drawn; shadowing the method on this one instance, for this one call, tags
    exactly what is drawn, whatever its class (a ``Drawing`` has its own ``drawOn``).
    """
    original = flowable.drawOn

    def draw_on(canv: Any, x: float, y: float, *args: Any, **kwargs: Any) -> None:
        with around(canv, x, y):
            original(canv, x, y, *args, **kwargs)

    # Through __dict__: a Drawing refuses attributes it does not know.
    flowable.__dict__["drawOn"] = draw_on
    try:
        yield
    finally:
        del flowable.__dict__["drawOn"]


def _tagging(recorder: Recorder, parent: Node, flowable: Flowable) -> Callable[..., Any]:
    """What :func:`_drawn` wraps a flowable's drawing in: its element, or an artifact."""

    @contextmanager
    def around(canv: Any, x: float, y: float) -> Iterator[None]:
        if _draws_nothing(flowable) or isinstance(flowable, Table):
            yield  # a table tags itself (follow_table)
            return
        pieces: _Pieces | None = flowable.__dict__.get("tnl_pieces")
        node = pieces.node if pieces is not None else None
        if node is None:
            node = node_for(flowable)
            if node is None:
                with artifact(canv):
                    yield
                return
            if node.tag == "Figure":
                x1, y1 = canv.absolutePosition(x, y)
                x2, y2 = canv.absolutePosition(x + flowable.width, y + flowable.height)
                node.bbox = (x1, y1, x2, y2)
            if node.tag == "P" and parent.tag in ("TH", "TD"):
                node = parent  # a cell holds its text itself: half the elements
            else:
                _attach(parent, node)
            if pieces is not None:
                pieces.node = node
        with recorder.marked(canv, _content_of(node)):
            yield

    return around


class TaggingFrame(Frame):  # type: ignore[misc]
    """A platypus frame that tags what it draws when the canvas carries a :class:`Recorder`
    (and is a plain frame otherwise)."""

    def add(self, flowable: Flowable, canv: Any, trySplit: int = 0) -> Any:  # noqa: N803
        recorder = recorder_of(canv)
        if recorder is None:
            return super().add(flowable, canv, trySplit)
        follow_table(recorder, flowable, recorder.root)
        with _drawn(flowable, _tagging(recorder, recorder.root, flowable)):
            return super().add(flowable, canv, trySplit)

    def split(self, flowable: Flowable, canv: Any) -> Any:
        # A table's parts inherit its render callback: it must be set before the split.
        recorder = recorder_of(canv)
        if recorder is not None:
            follow_table(recorder, flowable, recorder.root)
        parts = super().split(flowable, canv)
        if recorder is not None and isinstance(flowable, Paragraph):
            # The pieces of a paragraph cut by a page break are one element, one MCID on
            # each page (a piece cut again passes the same record on).
            pieces = flowable.__dict__.get("tnl_pieces") or _Pieces()
            for part in parts:
                if isinstance(part, Paragraph):
                    part.__dict__["tnl_pieces"] = pieces
        return parts


@dataclass
class _Pieces:
    """The element shared by the pieces of one split paragraph (set when the first is drawn)."""

    node: Node | None = None


def follow_table(recorder: Recorder, flowable: Flowable, parent: Node) -> None:
    """Give a table (not yet followed) the render callback that tags it."""
    # reportlab 5 takes the callback only as a constructor argument; the parts of a split
    # copy this attribute, so one callback follows the whole table across pages.
    if isinstance(flowable, Table) and getattr(flowable, "_renderCB", None) is None:
        flowable._renderCB = _TableTags(recorder, parent, _header_rows(flowable))


def _header_rows(table: Table) -> int:
    repeat = getattr(table, "repeatRows", 0)
    if isinstance(repeat, int):
        return repeat
    return len(tuple(repeat))


class _TableTags(TableRenderCB):  # type: ignore[misc]
    """Tags one table (all its parts) as reportlab draws it, through its render callback.

    With header rows (our data tables repeat them on each page), the table is a ``Table``
    element: first part's header rows ``TH`` (scope column), other rows ``TD``, each cell's
    flowables inside; a later part's repeated header is an artifact. Without, the table is
    layout: each cell's flowables are tagged under the table's parent, in drawing order.
    Shading and rules are artifacts.
    """

    def __init__(self, recorder: Recorder, parent: Node, header_rows: int) -> None:
        self.recorder = recorder
        self.parent = parent
        self.header_rows = header_rows
        self.node: Node | None = None
        self._continued = False
        self._row: Node | None = None
        self._cell_parent: Node | None = None
        self._cell = ExitStack()  # what the cell being drawn has opened

    # The callback's protocol (reportlab calls these names).
    def startTable(self, t: Table) -> None:  # noqa: N802
        if self.header_rows and self.node is None:
            self.node = Node("Table")
            _attach(self.parent, self.node)
        elif self.header_rows:
            self._continued = True

    def endTable(self, t: Table) -> None:  # noqa: N802
        pass

    def startBG(self, t: Table) -> None:  # noqa: N802
        t.canv.addLiteral("/Artifact BMC")

    def endBG(self, t: Table) -> None:  # noqa: N802
        t.canv.addLiteral("EMC")

    startLines = startBG  # noqa: N815
    endLines = endBG  # noqa: N815

    def startRow(self, t: Table, row: int) -> None:  # noqa: N802
        if self.node is None:
            self._row = None
            return
        if row < self.header_rows and self._continued:
            self._row = None  # the header repeated on a later page
            return
        self._row = Node("TR")
        self.node.kids.append(self._row)

    def endRow(self, t: Table) -> None:  # noqa: N802
        self._row = None

    def startCell(  # noqa: N802
        self, t: Table, row: int, col: int, value: Any, style: Any, pos: Any, size: Any
    ) -> None:
        canv = t.canv
        if self.node is not None and self._row is None:
            self._cell.enter_context(artifact(canv))
            return
        parent = self.parent
        if self._row is not None:
            header = row < self.header_rows
            parent = Node("TH" if header else "TD", scope="Column" if header else "")
            self._row.kids.append(parent)
        flowables = value if isinstance(value, (list, tuple)) else [value]
        if not all(isinstance(f, Flowable) for f in flowables):
            if value in (None, ""):
                return  # an empty cell draws nothing
            # Plain text in a cell: a data cell holds it, a layout cell is a paragraph.
            node = parent if parent.tag in ("TH", "TD") else Node("P")
            if node is not parent:
                _attach(parent, node)
            self._cell.enter_context(self.recorder.marked(canv, node))
            return
        for f in flowables:
            follow_table(self.recorder, f, parent)
            self._cell.enter_context(_drawn(f, _tagging(self.recorder, parent, f)))

    def endCell(self, t: Table) -> None:  # noqa: N802
        self._cell.close()
