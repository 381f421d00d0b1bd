"""Ballots > Settle the conflicts…: each value of a ballot that differs from a value typed in
the file, both side by side; the secretariat takes the member's value (Alt+M) or keeps the
typed one (Alt+T), row after row. Nothing changes until they choose. (The mnemonics avoid the
letters of the main window's menus, which would make them ambiguous.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
)

from tnl_jury.gui.ballots.texts import item_text, local_time_text, value_text
from tnl_jury.gui.models.common import ROW_ROLE, Column, RowTableModel
from tnl_jury.gui.panels.common import make_table_view
from tnl_jury.gui.plain_text import PlainLabel
from tnl_jury.gui.tasks import TaskContext

if TYPE_CHECKING:
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.services.ballots import ConflictRow

CONTEXT = "BallotConflictsDialog"
FILE_COLUMN, BALLOT_COLUMN = 4, 5


def _columns() -> list[Column[ConflictRow]]:
    return [
        Column(
            lambda: QCoreApplication.translate("BallotConflictsDialog", "Dossier"),
            lambda r: r.ds_number,
        ),
        Column(
            lambda: QCoreApplication.translate("BallotConflictsDialog", "Candidate"),
            lambda r: r.candidate_name,
        ),
        Column(
            lambda: QCoreApplication.translate("BallotConflictsDialog", "Member"),
            lambda r: r.member_name,
        ),
        Column(
            lambda: QCoreApplication.translate("BallotConflictsDialog", "What"),
            lambda r: item_text(r.kind, r.criterion_code, r.criterion_label),
        ),
        Column(
            lambda: QCoreApplication.translate("BallotConflictsDialog", "Typed in the file"),
            lambda r: value_text(r.kind, r.file_value),
            accessible=lambda r: QCoreApplication.translate(
                "BallotConflictsDialog", "Typed in the file: {value}"
            ).format(value=value_text(r.kind, r.file_value)),
            tooltip=lambda r: value_text(r.kind, r.file_value),
        ),
        Column(
            lambda: QCoreApplication.translate("BallotConflictsDialog", "Member's ballot"),
            lambda r: value_text(r.kind, r.ballot_value),
            accessible=lambda r: QCoreApplication.translate(
                "BallotConflictsDialog", "Member's ballot: {value}"
            ).format(value=value_text(r.kind, r.ballot_value)),
            tooltip=lambda r: QCoreApplication.translate(
                "BallotConflictsDialog", "Changed by the member on {time}"
            ).format(time=local_time_text(r.ballot_updated_at)),
        ),
    ]


class ConflictsDialog(QDialog):
    """The pending conflicts of the window's jury file (read when opened and after each
    choice)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Conflicts between ballots and the file"))
        self.resize(900, 480)
        self.intro = PlainLabel(
            self.tr(
                "These values of members' ballots differ from values someone typed in the file "
                "(from a paper sheet, say). For each one, take the member's value from the ballot "
                "or keep the value typed in the file. "
                "Nothing changes until you choose."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.model: RowTableModel[ConflictRow] = RowTableModel(_columns(), self)
        self.view = make_table_view(self.model, self)
        self.view.setSortingEnabled(False)  # the service's order: dossier, member, grid order
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        # Who and what at their natural width; the two values share the rest (and wrap).
        for column in range(FILE_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (FILE_COLUMN, BALLOT_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.view.setAccessibleName(self.tr("Conflicts to settle"))
        self.view.setAccessibleDescription(
            self.tr("Dossier, member, criterion, the value in the file and the one in the ballot.")
        )
        self.list_label = PlainLabel(self.tr("&Conflicts:"), self)
        self.list_label.setBuddy(self.view)
        self.empty = PlainLabel(self.tr("No conflict is waiting for a choice."), self)
        self.keep_ballot = QPushButton(self.tr("Take the &member's value"), self)
        self.keep_ballot.setAccessibleDescription(
            self.tr("The member's value from the ballot replaces the file's.")
        )
        self.keep_file = QPushButton(self.tr("Keep the &typed value"), self)
        self.keep_file.setAccessibleDescription(
            self.tr("The file's value stays; the ballot's is set aside.")
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.keep_ballot, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.keep_file, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.keep_ballot.clicked.connect(lambda: self.settle("ballot"))
        self.keep_file.clicked.connect(lambda: self.settle("file"))
        self.keep_ballot.setAutoDefault(False)
        self.keep_file.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.reload()

    def rows(self) -> list[ConflictRow]:
        return self.model.rows()

    def current(self) -> ConflictRow | None:
        from tnl_jury.services.ballots import ConflictRow

        row = self.view.currentIndex().data(ROW_ROLE)
        return row if isinstance(row, ConflictRow) else None

    def reload(self, select_row: int = 0) -> None:
        """Read the pending conflicts again; put the cursor on ``select_row``."""
        jury_file = self.window_.jury_file
        if jury_file is None:
            self.model.set_rows([])
        else:
            from tnl_jury.services.ballots import list_conflicts

            self.model.set_rows(list_conflicts(jury_file))
        self.view.resizeRowsToContents()
        if self.model.rowCount():
            row = min(select_row, self.model.rowCount() - 1)
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update()

    def _update(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.list_label.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        writable = self.window_.snapshot is not None and not self.window_.snapshot.read_only
        chosen = self.current() is not None and writable
        self.keep_ballot.setEnabled(chosen)
        self.keep_file.setEnabled(chosen)

    def settle(self, keep: str) -> None:
        """Keep the ballot's or the file's value for the selected conflict, then go on."""
        row = self.current()
        jury_file = self.window_.jury_file
        if row is None or jury_file is None or keep not in ("ballot", "file"):
            return
        position = self.view.currentIndex().row()

        def work(ctx: TaskContext) -> None:
            from tnl_jury.services.ballots import resolve_conflict

            ctx.progress(0, 0, "")
            resolve_conflict(jury_file, row.id, "ballot" if keep == "ballot" else "file")

        def done(_: None) -> None:
            self.reload(position)  # the window's screens follow through the change notice

        self.window_.run_task(
            work,
            label=self.tr("Recording your choice…"),
            on_result=done,
            cancellable=False,
            error_action=self.tr("Cannot settle this conflict"),
        )
