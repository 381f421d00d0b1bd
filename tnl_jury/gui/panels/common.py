"""Pieces shared by the panels: the panel protocol, the filter bar, table views."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QAbstractItemModel, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QWidget,
)

from tnl_jury.gui.accessibility.hidden import follow_notice
from tnl_jury.gui.plain_text import PlainLabel

if TYPE_CHECKING:
    from tnl_jury.gui.snapshot import FileSnapshot

COUNT_PAUSE_MS = 700  # the filter's count is announced once the typing pauses this long


@runtime_checkable
class FilePanel(Protocol):
    """What a tab of the main window provides.

    ``key`` names the tab in the settings (the last tab shown is remembered); ``title()`` is
    read again after a language change; ``show_snapshot(None)`` empties the panel when the
    file is closed. ``focus_filter()`` (Ctrl+F) returns False when the panel has no filter.
    """

    key: str

    def title(self) -> str: ...

    def show_snapshot(self, snapshot: FileSnapshot | None) -> None: ...

    def focus_filter(self) -> bool: ...


class FilterBar(QWidget):
    """A labelled filter field and a "n of m shown" count, above a list."""

    text_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = PlainLabel(self)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.label.setBuddy(self.edit)
        self.count_label = PlainLabel(self)
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count_label)
        self.edit.textChanged.connect(self.text_changed)
        self._shown = self._total = 0
        # Once the typing pauses, the count is announced (a screen reader hears what is left).
        self._count_pause = QTimer(self)
        self._count_pause.setSingleShot(True)
        self._count_pause.setInterval(COUNT_PAUSE_MS)
        self._count_pause.timeout.connect(self._announce_count)
        self.edit.textEdited.connect(lambda _text: self._count_pause.start())
        self.retranslate_ui()

    def set_counts(self, shown: int, total: int) -> None:
        self._shown, self._total = shown, total
        self._update_count()

    def _update_count(self) -> None:
        if self._shown == self._total:
            text = self.tr("%n row(s)", "", self._total)
        else:
            # The plural follows the total: "1 of 2 rows".
            text = self.tr("%1 of %n row(s)", "", self._total).replace("%1", str(self._shown))
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)

    def _announce_count(self) -> None:
        from tnl_jury.gui.announce import announce

        if self.window().focusWidget() is self.edit:  # still typing there (not moved on)
            announce(self.count_label.text(), self)

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("F&ilter:"))
        self.edit.setPlaceholderText(self.tr("Type words to look for (Ctrl+F)"))
        self.edit.setAccessibleName(self.tr("Filter"))
        self.edit.setAccessibleDescription(
            self.tr(
                "Shows only the rows holding every word typed, whatever the case and the accents."
            )
        )
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def make_table_view(model: QAbstractItemModel, parent: QWidget) -> QTableView:
    """A read-only, sortable, keyboard-friendly table of whole rows."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    # Tab leaves the table (arrows move inside it): keyboard users are never trapped.
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    # Rows as tall as the text needs (from the user's font), not the style's roomier default.
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setHighlightSections(False)
    return view


def make_notice(parent: QWidget) -> tuple[QFrame, QLabel]:
    """A framed notice (hidden at first): an information icon and words, never a colour
    alone. Returns the frame and the label to put the words in."""
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    style = parent.style()
    icon = PlainLabel(frame)
    size = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    icon.setPixmap(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size))
    text = PlainLabel(frame)
    text.setWordWrap(True)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
    layout = QHBoxLayout(frame)
    layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(text, 1)
    frame.hide()
    follow_notice(frame, text)  # no "focusable" label while the notice is hidden
    return frame, text
