"""The "Edition" tab: the edition's identity, what the file holds, the grid's tree, and the
checklist from the edition to publication."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.gui.panels.checklist import ChecklistBox
from tnl_jury.gui.plain_text import PlainLabel, plain_tip
from tnl_jury.gui.snapshot import FileSnapshot

if TYPE_CHECKING:
    from tnl_jury.services.views import EditionInfo


def _value_label(parent: QWidget) -> QLabel:
    label = PlainLabel(parent)
    # Selectable by keyboard, so the values are reachable with Tab (and readable aloud).
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setWordWrap(True)
    return label


class _Form:
    """A form of (field label, value label) pairs whose names are retranslated."""

    def __init__(self, box: QGroupBox, keys: list[str]) -> None:
        self.layout = QFormLayout(box)
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in keys:
            name, value = PlainLabel(box), _value_label(box)
            name.setBuddy(value)
            self.layout.addRow(name, value)
            self.names[key], self.values[key] = name, value

    def set(self, key: str, name: str, value: str) -> None:
        self.names[key].setText(name)
        self.values[key].setText(value)
        self.values[key].setAccessibleName(f"{name.replace('&', '')} {value}")


class EditionPanel(QWidget):
    """Read-only view of the edition and its grid."""

    key = "edition"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._snapshot: FileSnapshot | None = None
        self.edition_box = QGroupBox(self)
        self.edition_form = _Form(self.edition_box, ["title", "year", "label", "grid", "dates"])
        self.counts_box = QGroupBox(self)
        self.counts_form = _Form(
            self.counts_box,
            ["dossiers", "members", "scores", "decisions", "answers", "attachments"],
        )
        top = QHBoxLayout()
        top.addWidget(self.edition_box, 2)
        top.addWidget(self.counts_box, 1)

        self.grid_label = PlainLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.grid_label.setBuddy(self.tree)

        # The secretariat's checklist (filled by gui/checklist_steps.py) beside the edition.
        self.checklist = ChecklistBox(self)
        column = QVBoxLayout()
        column.addLayout(top)
        column.addWidget(self.grid_label)
        column.addWidget(self.tree, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(column, 3)
        layout.addWidget(self.checklist, 2)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Edition")

    def show_snapshot(self, snapshot: FileSnapshot | None) -> None:
        self._snapshot = snapshot
        self._fill()

    def focus_filter(self) -> bool:
        return False

    def domain_count(self) -> int:
        return self.tree.topLevelItemCount()

    def _fill(self) -> None:
        s = self._snapshot
        locale = QLocale()
        e = s.edition if s else None
        self.edition_form.set("title", self.tr("Title:"), e.title if e else "")
        self.edition_form.set("year", self.tr("Year:"), str(e.year) if e else "")
        self.edition_form.set("label", self.tr("Label:"), e.label_name if e else "")
        self.edition_form.set("grid", self.tr("Grid:"), e.grid_name if e else "")
        self.edition_form.set("dates", self.tr("Application period:"), self._dates(e, locale))
        n = s.counts if s else None
        for key, name in (
            ("dossiers", self.tr("Dossiers:")),
            ("members", self.tr("Jury members:")),
            ("scores", self.tr("Scores given:")),
            ("decisions", self.tr("Decisions:")),
            ("answers", self.tr("Answers:")),
            ("attachments", self.tr("Attachments:")),
        ):
            self.counts_form.set(key, name, locale.toString(getattr(n, key)) if n else "")
        self._fill_tree(locale)

    def _dates(self, e: EditionInfo | None, locale: QLocale) -> str:
        if e is None:
            return ""
        opens, closes = e.opens_on, e.closes_on
        if opens is None and closes is None:
            return self.tr("dates not set")

        def long_date(day: dt.date | None) -> str:
            if day is None:
                return "?"
            return locale.toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
            )

        return self.tr("from {opens} to {closes}").format(
            opens=long_date(opens), closes=long_date(closes)
        )

    def _fill_tree(self, locale: QLocale) -> None:
        self.tree.clear()
        if self._snapshot is None:
            return
        for d in self._snapshot.domains:
            count = self.tr("%n criterion/criteria", "", len(d.criteria))
            name = self.tr("{domain} ({count})").format(domain=d.name, count=count)
            domain = QTreeWidgetItem([name, d.code, self._weight(d.weight, locale), ""])
            for c in d.criteria:
                scale = self.tr("{low} to {high}").format(
                    low=locale.toString(c.scale_min), high=locale.toString(c.scale_max)
                )
                item = QTreeWidgetItem([c.label, c.code, self._weight(c.weight, locale), scale])
                item.setToolTip(0, plain_tip(c.label))
                domain.addChild(item)
            self.tree.addTopLevelItem(domain)
        self.tree.expandAll()
        for column in (1, 2, 3):
            self.tree.resizeColumnToContents(column)

    @staticmethod
    def _weight(weight: float, locale: QLocale) -> str:
        return locale.toString(weight, "g", 4)

    def retranslate_ui(self) -> None:
        self.edition_box.setTitle(self.tr("Edition"))
        self.counts_box.setTitle(self.tr("In this jury file"))
        self.grid_label.setText(self.tr("&Grid: domains and criteria"))
        self.tree.setHeaderLabels(
            [self.tr("Domain or criterion"), self.tr("Code"), self.tr("Weight"), self.tr("Scale")]
        )
        self.tree.setAccessibleName(self.tr("Grid"))
        self.tree.setAccessibleDescription(
            self.tr("The grid's domains; open a domain to see its criteria, weights and scales.")
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
