"""The comparison view: one dossier's scores side by side, criteria × jury members.

:func:`open_comparison` is the entry point (the scoring screen calls it with the member who
is scoring; the Dossiers tab's "Compare scores…" with ``viewer_id`` None, the secretariat).
The scores are read off the GUI thread through the window's task helper
(:func:`tnl_jury.services.scoring.comparison`, which applies the blindness rule: a member sees
the others' scores only once they have submitted their own for the dossier, the president and
the secretary see everything, and an edition setting turns blindness off). Hidden cells read
"hidden", and the reason is written above the table.

The window is not modal, so that it can stay open beside the scoring screen; it reads the file
again on F5, whenever the main window reloads the file, and when
:func:`open_comparison` is called again for the same dossier and viewer. Selecting a cell
(mouse or arrow keys) shows its comment, or all the comments on a criterion, in the side pane;
hovering shows the comment as a tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.domain.changes import Kind
from tnl_jury.gui import vocabulary
from tnl_jury.gui.panels.common import make_notice, make_table_view
from tnl_jury.gui.plain_text import PlainLabel
from tnl_jury.gui.scoring.comparison_model import (
    COMMENT_MARK,
    WARNING_MARK,
    ComparisonTableModel,
)
from tnl_jury.gui.snapshot import FileSnapshot
from tnl_jury.gui.tasks import TaskContext

if TYPE_CHECKING:
    from tnl_jury.domain.changes import Changes
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.services import scoring
    from tnl_jury.storage.jury_file import JuryFile

__all__ = ["ComparisonDialog", "ComparisonTableModel", "open_comparison"]

# The service's reasons, in English; marked here so that lupdate offers them for translation.
_REASONS = (
    QT_TRANSLATE_NOOP(
        "ComparisonDialog", "submit your own scores for this dossier to see the other members'"
    ),
)


@dataclass(frozen=True)
class ComparisonData:
    """What one load brings back from the worker thread."""

    comparison: scoring.Comparison
    threshold: float


def load_comparison(
    jury_file: JuryFile, dossier_id: int, viewer_id: int | None, ctx: TaskContext | None = None
) -> ComparisonData:
    """Work function: the comparison as ``viewer_id`` may see it, and the edition's threshold."""
    from tnl_jury.services import edition, scoring

    if ctx is not None:
        ctx.progress(0, 0, "")
    view = scoring.comparison(jury_file, dossier_id, viewer_id)
    return ComparisonData(view, edition.get_settings(jury_file).disagreement_threshold)


def open_comparison(window: MainWindow, dossier_id: int, viewer_id: int | None) -> None:
    """Show the comparison of ``dossier_id`` as ``viewer_id`` (a member's id, or None for the
    secretariat) may see it; an open window for the same pair is read again and raised."""
    if window.jury_file is None:
        return
    for dialog in window.findChildren(ComparisonDialog):
        if dialog.key == (dossier_id, viewer_id) and not dialog.closing:
            dialog.reload(raise_it=True)
            return
    ComparisonDialog(window, dossier_id, viewer_id).reload(raise_it=True)


class ComparisonDialog(QDialog):
    """One dossier's comparison, as one viewer may see it (see the module's contract)."""

    def __init__(self, window: MainWindow, dossier_id: int, viewer_id: int | None) -> None:
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("comparison_dialog")
        self.window_ = window
        self.key = (dossier_id, viewer_id)
        self.closing = False
        self._path: Path | None = window.jury_file.path if window.jury_file else None
        self.data: ComparisonData | None = None

        self.title_label = PlainLabel(self)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.viewer_label = PlainLabel(self)
        self.notice, self.notice_text = make_notice(self)
        self.legend = PlainLabel(self)
        self.legend.setWordWrap(True)

        self.model = ComparisonTableModel(self)
        self.view = make_table_view(self.model, self)
        self.view.setSortingEnabled(False)  # the grid's order is the meaning
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table_label = PlainLabel(self)
        self.table_label.setBuddy(self.view)
        self.pane_label = PlainLabel(self)
        self.pane = QPlainTextEdit(self)
        self.pane.setReadOnly(True)
        self.pane.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.pane_label.setBuddy(self.pane)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table_label)
        left_layout.addWidget(self.view, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.pane_label)
        right_layout.addWidget(self.pane, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.refresh_button.clicked.connect(lambda: self.reload())

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.viewer_label)
        layout.addWidget(self.notice)
        layout.addWidget(self.legend)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)

        self.view.selectionModel().currentChanged.connect(self._show_comments)
        window.file_changed.connect(self._file_changed)
        window.change_hub.changed.connect(self.on_changes)
        self.finished.connect(self._finished)
        size = window.size()
        self.resize(max(720, size.width() * 4 // 5), max(480, size.height() * 4 // 5))
        self.splitter.setSizes([self.width() * 3 // 4, self.width() // 4])
        self.retranslate_ui()

    # Loading ------------------------------------------------------------------------------

    def reload(self, *, raise_it: bool = False) -> None:
        """Read the comparison again (off the GUI thread), then show it."""
        jury_file = self.window_.jury_file
        if jury_file is None or self.closing:
            return
        dossier_id, viewer_id = self.key

        def loaded(data: ComparisonData) -> None:
            if self.closing:
                return
            self.show_data(data)
            if raise_it or not self.isVisible():
                self.show()
                self.raise_()
                self.activateWindow()
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)

        def failed(exc: BaseException) -> None:
            self.window_.report_error(exc, self.tr("Cannot compare the scores"))
            if not self.isVisible():
                self.close_for_good()

        self.window_.run_task(
            lambda ctx: load_comparison(jury_file, dossier_id, viewer_id, ctx),
            label=self.tr("Reading the scores…"),
            on_result=loaded,
            on_error=failed,
        )

    def show_data(self, data: ComparisonData) -> None:
        """Show ``data`` (keeping the current cell when the table keeps its shape)."""
        current = self.view.currentIndex()
        self.data = data
        snapshot = self.window_.snapshot
        domains = {d.code: d.name for d in snapshot.domains} if snapshot else {}
        self.model.set_comparison(
            data.comparison,
            threshold=data.threshold,
            viewer_id=self.key[1],
            domain_names=domains,
        )
        header = self.view.horizontalHeader()
        self.view.resizeColumnsToContents()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        widest = self.fontMetrics().averageCharWidth() * 40  # longer labels: elided, tooltip
        header.resizeSection(0, min(header.sectionSize(0), widest))
        if current.isValid() and current.row() < self.model.rowCount():
            column = min(current.column(), self.model.columnCount() - 1)
            self.view.setCurrentIndex(self.model.index(current.row(), column))
        elif self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.retranslate_ui()

    # Texts --------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        dossier_id, viewer_id = self.key
        snapshot = self.window_.snapshot
        dossier = (
            next((d for d in snapshot.dossiers if d.id == dossier_id), None) if snapshot else None
        )
        if dossier is not None:
            title = self.tr("Dossier {number} — {candidate}").format(
                number=dossier.ds_number, candidate=dossier.candidate_name
            )
        else:
            title = self.tr("Dossier")
        self.setWindowTitle(self.tr("Compare scores — {title}").format(title=title))
        self.title_label.setText(title)
        self.viewer_label.setText(self._viewer_text(snapshot, viewer_id))
        self.viewer_label.setAccessibleName(self.viewer_label.text())

        blind = self.data is not None and self.data.comparison.blind
        self.notice.setVisible(blind)
        if blind and self.data is not None:
            reason = QCoreApplication.translate("ComparisonDialog", self.data.comparison.reason)
            text = self.tr("Some scores are hidden: {reason}.").format(reason=reason)
            self.notice_text.setText(text)
            self.notice_text.setAccessibleName(text)
        threshold = self.data.threshold if self.data else 1.0
        self.legend.setText(
            self.tr(
                "{warning} marks a criterion whose scores are far apart (standard deviation of "
                "{threshold} or more). {comment} marks a comment: point at the cell, or select "
                "it, to read it."
            ).format(
                warning=WARNING_MARK,
                comment=COMMENT_MARK,
                threshold=self.window_.locale().toString(threshold, "f", 2),
            )
        )
        self.legend.setAccessibleName(self.legend.text())
        count = self.model.highlighted_count()
        self.table_label.setText(
            self.tr("&Scores by criterion ({count} far apart)").format(count=count)
        )
        self.view.setAccessibleName(self.tr("Scores by criterion and jury member"))
        self.view.setAccessibleDescription(
            self.tr(
                "One row per criterion, one column per jury member, and the spread last. "
                "Move with the arrow keys; the comments of the selected cell are shown beside."
            )
        )
        self.pane_label.setText(self.tr("C&omments"))
        self.pane.setAccessibleName(self.tr("Comments of the selected cell"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Read the scores again"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close the comparison")
        )
        self.model.retranslate()
        self._show_comments(self.view.currentIndex())

    def _viewer_text(self, snapshot: FileSnapshot | None, viewer_id: int | None) -> str:
        if viewer_id is None:
            return self.tr("Seen by the secretariat: every score is shown.")
        member = (
            next((m for m in snapshot.members if m.id == viewer_id), None) if snapshot else None
        )
        if member is None:
            return self.tr("Seen by member {id}.").format(id=viewer_id)
        return self.tr("Seen by {name} ({role}).").format(
            name=member.name, role=vocabulary.role_label(member.role).lower()
        )

    def _show_comments(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        """The side pane: the selected member's comment, or every comment on the criterion."""
        comparison = self.model.comparison()
        if comparison is None or not index.isValid():
            self.pane.setPlainText(self.tr("Select a cell to read its comments."))
            return
        row = comparison.rows[index.row()]
        head = f"{row.criterion_code} — {row.criterion_label}"
        member = self.model.member_at(index.column())
        cell = self.model.cell_at(index.row(), index.column())
        if member is not None and cell is not None:
            score = self.tr("Score: {value}").format(value=self.model.cell_value(cell))
            lines = [member[1], head, score]
            if cell.comment:
                lines += ["", cell.comment]
            elif not cell.hidden:
                lines.append(self.tr("No comment."))
        else:
            lines = [head, self.model.spread_tip(row), ""]
            comments = [
                f"{name}: {cell.comment}"
                for (_, name), cell in zip(comparison.members, row.cells, strict=True)
                if cell.comment and not cell.hidden
            ]
            lines += comments or [self.tr("No comment on this criterion.")]
        self.pane.setPlainText("\n".join(lines))

    # Life cycle ---------------------------------------------------------------------------

    def _file_changed(self, snapshot: FileSnapshot | None) -> None:
        if snapshot is None or snapshot.path != self._path:
            self.close_for_good()  # another file: these ids mean nothing there
        elif self.isVisible():
            self.reload()

    def on_changes(self, changes: Changes) -> None:
        """Follow the file's writes: the settings (blindness, threshold), the jury, or the
        scores of this dossier."""
        dossier_id = self.key[0]
        ids = changes.dossier_ids
        mine = changes.touches(Kind.SCORES) and (ids is None or dossier_id in ids)
        if self.isVisible() and (mine or changes.touches(Kind.SETTINGS, Kind.MEMBERS)):
            self.reload()

    def close_for_good(self) -> None:
        self.closing = True
        self.close()
        self.deleteLater()  # also when never shown (close() deletes only a visible one)

    def _finished(self, _result: int) -> None:
        self.closing = True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
