"""Attachments seen inside the application: PDF pages (rendered with pypdfium2), images, and
plain text; anything else is opened with the system's viewer after a confirmation.

Why pypdfium2 and not QtPdf: QtPdf ships only in PySide6-Addons, a 175 MB wheel; pypdfium2
is about 9 MB. The pages are rendered off the GUI thread (:func:`prepare`, a work function
for the task helper) and shown as images, with each page's text on a second tab for screen
readers and for copying.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.gui.plain_text import PlainLabel
from tnl_jury.gui.scoring.attachment_names import safe_temporary_name, shown_name

if TYPE_CHECKING:
    from tnl_jury.services.scoring_view import AttachmentContent

MAX_PAGES = 40  # pages rendered for the viewer; the system's viewer shows the rest
RENDER_SCALE = 1.5  # about 108 dots per inch: readable, a few MB per page
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp"}
TEXT_SUFFIXES = {".txt", ".csv", ".md"}

_PDFIUM_LOCK = threading.Lock()  # PDFium is not thread-safe


@dataclass(frozen=True)
class PageImage:
    width: int
    height: int
    stride: int
    mode: str
    pixels: bytes
    text: str


@dataclass(frozen=True)
class Prepared:
    """An attachment made ready for :class:`AttachmentViewer` (or ``kind == "external"``)."""

    content: AttachmentContent
    kind: str  # "pdf", "image", "text" or "external"
    pages: tuple[PageImage, ...] = ()
    page_count: int = 0
    text: str = ""
    problem: str = ""  # why a PDF could not be rendered (then kind is "external")


def viewer_kind(file_name: str, data: bytes) -> str:
    suffix = Path(file_name).suffix.lower()
    if data.startswith(b"%PDF") or suffix == ".pdf":
        return "pdf"
    if suffix in IMAGE_SUFFIXES:
        return "image"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return "external"


def prepare(content: AttachmentContent) -> Prepared:
    """Render a PDF's first pages and read their text (Qt-free: runs on a worker thread)."""
    kind = viewer_kind(content.file_name, content.data)
    if kind == "text":
        return Prepared(content, kind, text=content.data.decode("utf-8", errors="replace"))
    if kind != "pdf":
        return Prepared(content, kind)
    try:
        import pypdfium2 as pdfium
    except ImportError:  # an installation without it: the system's viewer still works
        return Prepared(content, "external", problem="pypdfium2 is not installed")
    pages = []
    with _PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(content.data)
        except pdfium.PdfiumError as exc:
            return Prepared(content, "external", problem=str(exc))
        try:
            count = len(document)
            for index in range(min(count, MAX_PAGES)):
                page = document[index]
                bitmap = page.render(scale=RENDER_SCALE, rev_byteorder=True)
                text = page.get_textpage().get_text_bounded()
                pages.append(
                    PageImage(
                        bitmap.width,
                        bitmap.height,
                        bitmap.stride,
                        bitmap.mode,
                        bytes(bitmap.buffer),
                        text.replace("\r\n", "\n"),
                    )
                )
        finally:
            document.close()
    return Prepared(content, "pdf", tuple(pages), count)


_FORMATS = {
    "RGB": QImage.Format.Format_RGB888,
    "BGR": QImage.Format.Format_BGR888,
    "RGBA": QImage.Format.Format_RGBA8888,
    "RGBX": QImage.Format.Format_RGBX8888,
    "L": QImage.Format.Format_Grayscale8,
}


def page_pixmap(page: PageImage) -> QPixmap:
    image = QImage(page.pixels, page.width, page.height, page.stride, _FORMATS[page.mode])
    return QPixmap.fromImage(image.copy())  # copy: the QImage must not outlive the bytes


def temporary_copy(content: AttachmentContent) -> Path:
    """Write the attachment into a new private temporary folder, under a safe name
    (:func:`~tnl_jury.gui.scoring.attachment_names.safe_temporary_name`)."""
    folder = Path(tempfile.mkdtemp(prefix="tnl-jury-"))
    path = folder / safe_temporary_name(content.file_name)
    path.write_bytes(content.data)
    return path


class AttachmentViewer(QDialog):
    """A window showing one prepared attachment (PDF pages and their text, an image, or
    text), with zoom (Ctrl++ / Ctrl+-) for the pictures.

    Docked in the scoring screen's pane it is no window: Esc there does not close it (a
    dialog's Esc would, and the pane would vanish under the reader) but calls ``on_escape``
    (back to the criteria); its Close button still closes it."""

    def __init__(self, prepared: Prepared, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_escape: Callable[[], None] | None = None  # set while docked
        self.prepared = prepared
        self.zoom = 1.0
        self._pixmaps: list[QPixmap] = []
        self.page_labels: list[QLabel] = []
        self.tabs = QTabWidget(self)
        self.pages_area = QScrollArea(self)
        self.pages_area.setWidgetResizable(True)
        content = QWidget(self.pages_area)
        pages = QVBoxLayout(content)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.note = PlainLabel(self)
        self.note.setWordWrap(True)
        if prepared.kind == "pdf":
            self._pixmaps = [page_pixmap(p) for p in prepared.pages]
            self.text.setPlainText("\n\n".join(p.text for p in prepared.pages))
        elif prepared.kind == "image":
            pixmap = QPixmap()
            if pixmap.loadFromData(prepared.content.data):
                self._pixmaps = [pixmap]
        elif prepared.kind == "text":
            self.text.setPlainText(prepared.text)
        for number, _pixmap in enumerate(self._pixmaps, start=1):
            label = PlainLabel(content)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            pages.addWidget(label)
            self.page_labels.append(label)
            label.setProperty("page_number", number)
        pages.addStretch(1)
        self.pages_area.setWidget(content)
        if self._pixmaps:
            self.tabs.addTab(self.pages_area, "")
        if prepared.kind in {"pdf", "text"}:
            self.tabs.addTab(self.text, "")
        self.zoom_in = QPushButton(self)
        self.zoom_out = QPushButton(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.zoom_out, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.zoom_in, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.zoom_in.clicked.connect(lambda: self.set_zoom(self.zoom * 1.25))
        self.zoom_out.clicked.connect(lambda: self.set_zoom(self.zoom / 1.25))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.zoom_in.click())
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.zoom_out.click())
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        for button in (self.zoom_in, self.zoom_out):
            button.setVisible(bool(self._pixmaps))
        self.resize(900, 800)
        self.set_zoom(1.0)
        self.retranslate_ui()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        """Esc: in a window, close it (the dialog's own); docked, hand the keyboard back
        (see the class). Only the key: closing the pane by its button still closes it."""
        docked = self.on_escape is not None and not self.isWindow()
        if docked and event.matches(QKeySequence.StandardKey.Cancel) and self.on_escape:
            event.accept()
            self.on_escape()
            return
        super().keyPressEvent(event)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(0.25, min(4.0, zoom))
        for label, pixmap in zip(self.page_labels, self._pixmaps, strict=True):
            size = pixmap.size() * (self.zoom / RENDER_SCALE * 1.2)
            label.setPixmap(
                pixmap.scaled(
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def retranslate_ui(self) -> None:
        prepared = self.prepared
        name = shown_name(prepared.content.file_name)
        self.setWindowTitle(name)
        self.setAccessibleName(self.tr("Attachment {name}").format(name=name))
        index = 0
        if self._pixmaps:
            self.tabs.setTabText(
                index, self.tr("Pages") if prepared.kind == "pdf" else self.tr("Image")
            )
            index += 1
        if prepared.kind in {"pdf", "text"}:
            self.tabs.setTabText(index, self.tr("Text"))
        total = len(self.page_labels)
        for label in self.page_labels:
            number = label.property("page_number")
            label.setAccessibleName(self.tr("Page {n} of {total}").format(n=number, total=total))
        self.text.setAccessibleName(self.tr("Text of the attachment"))
        self.tabs.setAccessibleName(self.tr("Views of the attachment"))
        notes = []
        if prepared.kind == "pdf" and prepared.page_count > len(prepared.pages):
            notes.append(
                self.tr(
                    "Only the first {shown} of {total} pages are shown here; open the file with "
                    "the system’s viewer to see them all."
                ).format(shown=len(prepared.pages), total=prepared.page_count)
            )
        if prepared.kind == "image" and not self._pixmaps:
            notes.append(self.tr("This image cannot be shown; open it with the system’s viewer."))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        self.zoom_in.setText(self.tr("Zoom &in"))
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.zoom_out.setText(self.tr("Zoom &out"))
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
