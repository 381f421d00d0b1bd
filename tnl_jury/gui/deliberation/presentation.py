"""Presentation mode: the deliberation table and the selected dossier's detail for a projector.

The system font scaled by :data:`SCALE` (no fixed point size), high contrast (white on black,
selection in yellow with black text), F11 for full screen, Esc to leave. The table shares the
panel's sorted and filtered model; choosing a dossier here chooses it in the panel too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QApplication, QSplitter, QVBoxLayout, QWidget

from tnl_jury.gui.deliberation.detail import DossierDetailWidget
from tnl_jury.gui.deliberation.results_model import ResultsColumn, ResultsProxyModel
from tnl_jury.gui.models.common import ROW_ROLE
from tnl_jury.gui.panels.common import make_table_view
from tnl_jury.gui.plain_text import PlainLabel

SCALE = 1.8


def presentation_font(base: QFont | None = None) -> QFont:
    """The system font (or ``base``) scaled by :data:`SCALE`."""
    font = QFont(base or QApplication.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * SCALE)
    else:  # a font sized in pixels
        font.setPixelSize(round(font.pixelSize() * SCALE))
    return font


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    black, white, yellow = QColor(0, 0, 0), QColor(255, 255, 255), QColor(255, 221, 0)
    for role, colour in (
        (QPalette.ColorRole.Window, black),
        (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Base, black),
        (QPalette.ColorRole.AlternateBase, QColor(38, 38, 38)),
        (QPalette.ColorRole.Text, white),
        (QPalette.ColorRole.Button, QColor(38, 38, 38)),
        (QPalette.ColorRole.ButtonText, white),
        (QPalette.ColorRole.Highlight, yellow),
        (QPalette.ColorRole.HighlightedText, black),
        (QPalette.ColorRole.ToolTipBase, white),
        (QPalette.ColorRole.ToolTipText, black),
    ):
        palette.setColor(role, colour)
    return palette


class PresentationWindow(QWidget):
    """A top-level window; ``selected(dossier_id)`` when a dossier is chosen in it."""

    selected = Signal(int)

    def __init__(self, proxy: ResultsProxyModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        # Font and palette first: the children read them when they size themselves.
        self.setFont(presentation_font())
        self.setPalette(high_contrast_palette())
        self.setAutoFillBackground(True)
        self.hint = PlainLabel(self)
        self.view = make_table_view(proxy, self)
        # Every column must fit on the projector: the candidate's name is cut short (its tooltip
        # and the detail below give it whole) and the status column takes what is left.
        self.view.horizontalHeader().setStretchLastSection(True)
        self.detail = DossierDetailWidget(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        self.splitter = splitter
        # Domains × members across the whole width, the comments under them.
        self.detail.splitter.setOrientation(Qt.Orientation.Vertical)
        self.detail.splitter.setStretchFactor(0, 3)
        self.detail.splitter.setStretchFactor(1, 2)
        # Long headers ("Majority judgment") wrap on two lines instead of widening columns.
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 8)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.toggle_full_screen)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retranslate_ui()
        self.fit_columns()
        proxy.modelReset.connect(self.fit_columns)
        self.view.setFocus()

    def fit_columns(self) -> None:
        """Size the columns to their contents; leave out the previous level while no dossier
        has one, and normalised scores while they are off (the projector's width is precious)."""
        model = self.view.model()
        rows = [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]
        self.view.setColumnHidden(
            ResultsColumn.PREVIOUS, all(r.previous_level is None for r in rows)
        )
        self.view.setColumnHidden(ResultsColumn.NORMALISED, all(r.normalised is None for r in rows))
        # Widths from the cells (the headers wrap), the candidate's name cut short.
        char = self.view.fontMetrics().averageCharWidth()
        for column in range(model.columnCount()):
            width = max(self.view.sizeHintForColumn(column), char * 6) + char
            if column == ResultsColumn.CANDIDATE:
                width = min(width, char * 22)
            self.view.setColumnWidth(column, width)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        # The shortcuts above need the window to be active; keys that reach the window
        # otherwise (from a child that does not use them) do the same.
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif event.key() == Qt.Key.Key_F11:
            self.toggle_full_screen()
        else:
            super().keyPressEvent(event)

    def select_dossier(self, dossier_id: int) -> None:
        model = self.view.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ROW_ROLE).dossier_id == dossier_id:
                self.view.selectRow(row)
                return

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.selected.emit(rows[0].data(ROW_ROLE).dossier_id)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Deliberation — presentation mode"))
        self.hint.setText(self.tr("F11: full screen · Esc: leave the presentation mode"))
        self.view.setAccessibleName(self.tr("Results of the dossiers"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
