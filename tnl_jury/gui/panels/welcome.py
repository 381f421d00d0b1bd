"""The panel shown when no jury file is open: what to do first, and the recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.gui.plain_text import PlainLabel, plain_tip

_PATH_ROLE = int(Qt.ItemDataRole.UserRole)


class WelcomePanel(QWidget):
    """Buttons Open / New / Create demo file and the recent files (Enter or double-click opens).

    The panel only emits requests; the main window does the work.
    """

    open_requested = Signal()
    new_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = PlainLabel(self)
        font = self.heading.font()
        # Relative to the user's font, never a fixed size.
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.6)
        elif font.pixelSize() > 0:
            font.setPixelSize(round(font.pixelSize() * 1.6))
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = PlainLabel(self)
        self.intro.setWordWrap(True)

        self.open_button = QPushButton(self)
        self.new_button = QPushButton(self)
        self.demo_button = QPushButton(self)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.new_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.recent_label = PlainLabel(self)
        self.recent_list = QListWidget(self)
        self.recent_label.setBuddy(self.recent_list)
        self.no_recent = PlainLabel(self)

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addSpacing(self.fontMetrics().height())
        column.addLayout(buttons)
        column.addSpacing(self.fontMetrics().height())
        column.addWidget(self.recent_label)
        column.addWidget(self.no_recent)
        column.addWidget(self.recent_list)
        column.addStretch(2)  # the block sits a little above the middle
        # Keep lines readable on wide screens: a centred column, not the whole width.
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)

        self.open_button.clicked.connect(self.open_requested)
        self.new_button.clicked.connect(self.new_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent_list.itemActivated.connect(self._on_item_activated)
        self._recent: list[Path] = []
        self.retranslate_ui()

    def set_recent_files(self, paths: list[Path]) -> None:
        self._recent = list(paths)
        self.recent_list.clear()
        for path in self._recent:
            item = QListWidgetItem(f"{path.name} — {path.parent}")
            item.setData(_PATH_ROLE, str(path))
            item.setToolTip(plain_tip(str(path)))
            self.recent_list.addItem(item)
        if self._recent:
            self.recent_list.setCurrentRow(0)
            # As tall as its rows (at most eight), not a large empty box.
            rows = sum(self.recent_list.sizeHintForRow(i) for i in range(len(self._recent)))
            frame = 2 * self.recent_list.frameWidth()
            self.recent_list.setFixedHeight(rows + frame + self.fontMetrics().height() // 2)
        self.recent_list.setVisible(bool(self._recent))
        self.no_recent.setVisible(not self._recent)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(Path(item.data(_PATH_ROLE)))

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Welcome to tnl-jury"))
        self.intro.setText(
            self.tr(
                "Open the jury file of your edition to start. To prepare a new edition, create "
                "a new jury file. To discover the application, create a demo file: it holds "
                "fictional candidates and jury members."
            )
        )
        self.open_button.setText(self.tr("&Open a jury file…"))
        self.open_button.setAccessibleName(self.tr("Open a jury file"))
        self.new_button.setText(self.tr("&New jury file…"))
        self.new_button.setAccessibleName(self.tr("New jury file"))
        self.demo_button.setText(self.tr("Create a &demo file…"))
        self.demo_button.setAccessibleName(self.tr("Create a demo file"))
        self.demo_button.setAccessibleDescription(
            self.tr("Creates a jury file with fictional data, to try the application.")
        )
        self.recent_label.setText(self.tr("&Recent files (press Enter to open):"))
        self.recent_list.setAccessibleName(self.tr("Recent files"))
        self.no_recent.setText(self.tr("No recent file yet."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
