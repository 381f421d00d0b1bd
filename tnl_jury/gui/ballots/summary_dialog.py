"""What an import of ballots did: per member (added, changed, unchanged, older, conflicts,
locked), per ballot file (whose, which number, made when, result), and the refusals in full."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.domain.enums import BallotStatus
from tnl_jury.domain.errors import QT_TRANSLATE_NOOP  # returns str (PySide6's says object)
from tnl_jury.gui.ballots.texts import local_time_text
from tnl_jury.gui.errors import user_message
from tnl_jury.gui.models.common import Column, RowTableModel
from tnl_jury.gui.panels.common import make_table_view
from tnl_jury.gui.plain_text import PlainLabel

if TYPE_CHECKING:
    from tnl_jury.services.ballots import BallotOutcome, MemberTotals

CONTEXT = "BallotImportDialog"


def _count(header: str, attr: str, tip: str | None = None) -> Column[MemberTotals]:
    """A count column; ``tip`` (untranslated) says what a short header means."""
    return Column(
        lambda: QCoreApplication.translate(CONTEXT, header),
        lambda r: str(getattr(r, attr)),
        sort_key=lambda r: getattr(r, attr),
        numeric=True,
        accessible=lambda r: f"{QCoreApplication.translate(CONTEXT, header)}: {getattr(r, attr)}",
        filterable=False,
        header_tip=None if tip is None else (lambda: QCoreApplication.translate(CONTEXT, tip)),
    )


def _member_columns() -> list[Column[MemberTotals]]:
    return [
        Column(
            lambda: QCoreApplication.translate("BallotImportDialog", "Member"),
            lambda r: r.member_name,
        ),
        _count(QT_TRANSLATE_NOOP("BallotImportDialog", "Ballots"), "ballots"),
        _count(QT_TRANSLATE_NOOP("BallotImportDialog", "Added"), "added"),
        _count(QT_TRANSLATE_NOOP("BallotImportDialog", "Changed"), "changed"),
        _count(QT_TRANSLATE_NOOP("BallotImportDialog", "Unchanged"), "unchanged"),
        _count(
            QT_TRANSLATE_NOOP("BallotImportDialog", "Older"),
            "older",
            QT_TRANSLATE_NOOP(
                "BallotImportDialog",
                "Values older than those already in the file: the newer values were kept",
            ),
        ),
        _count(
            QT_TRANSLATE_NOOP("BallotImportDialog", "Conflicts"),
            "conflicts",
            QT_TRANSLATE_NOOP(
                "BallotImportDialog",
                "Values that differ from values typed in the file: you choose which to keep",
            ),
        ),
        _count(
            QT_TRANSLATE_NOOP("BallotImportDialog", "Locked"),
            "locked",
            QT_TRANSLATE_NOOP(
                "BallotImportDialog",
                "Values on dossiers whose decision is locked: not taken into the file",
            ),
        ),
    ]


def refusal_text(o: BallotOutcome) -> str:
    """Why ``o`` was refused, in the interface's language ("" when it was not)."""
    return user_message(o.error) if o.error is not None else o.message


def result_text(o: BallotOutcome) -> str:
    if o.status == BallotStatus.IMPORTED:
        if o.summary is not None and o.summary.recused:
            return QCoreApplication.translate(
                "BallotImportDialog",
                "Merged; {count} values refused: the member stepped aside for dossier {dossiers}",
            ).format(count=o.summary.recused, dossiers=", ".join(o.summary.recused_dossiers))
        return QCoreApplication.translate("BallotImportDialog", "Merged")
    if o.status == BallotStatus.ALREADY_IMPORTED:
        return QCoreApplication.translate("BallotImportDialog", "Already imported: nothing changed")
    return QCoreApplication.translate("BallotImportDialog", "Refused")


def _ballot_columns() -> list[Column[BallotOutcome]]:
    return [
        Column(
            lambda: QCoreApplication.translate("BallotImportDialog", "File"),
            lambda o: o.path.name,
            tooltip=lambda o: str(o.path),
        ),
        Column(
            lambda: QCoreApplication.translate("BallotImportDialog", "Member"),
            lambda o: o.summary.member_name if o.summary else "",
        ),
        Column(
            lambda: QCoreApplication.translate("BallotImportDialog", "No."),
            lambda o: str(o.summary.sequence) if o.summary else "",
            sort_key=lambda o: o.summary.sequence if o.summary else 0,
            numeric=True,
            header_tip=lambda: QCoreApplication.translate(
                "BallotImportDialog", "The ballot's number (1, 2, 3… per package)"
            ),
        ),
        Column(
            lambda: QCoreApplication.translate("BallotImportDialog", "Made at"),
            lambda o: local_time_text(o.summary.created_at) if o.summary else "",
            sort_key=lambda o: o.summary.created_at.isoformat() if o.summary else "",
        ),
        Column(
            lambda: QCoreApplication.translate("BallotImportDialog", "Result"),
            result_text,
            tooltip=refusal_text,
        ),
    ]


class BallotImportDialog(QDialog):
    """The summary of one import; "Settle the conflicts…" when some wait for a choice."""

    conflicts_requested = Signal()

    def __init__(
        self, outcomes: Sequence[BallotOutcome], pending: int, parent: QWidget | None = None
    ) -> None:
        from tnl_jury.services.ballots import member_totals

        super().__init__(parent)
        self.outcomes = list(outcomes)
        self.pending = pending
        self.setWindowTitle(self.tr("Ballots imported"))
        self.resize(820, 520)
        merged = sum(o.status == BallotStatus.IMPORTED for o in outcomes)
        again = sum(o.status == BallotStatus.ALREADY_IMPORTED for o in outcomes)
        refused = [o for o in outcomes if o.status == BallotStatus.REFUSED]

        self.heading = PlainLabel(self)
        self.heading.setWordWrap(True)
        # Each count is its own phrase, so that Qt's %n gives it its plural form ("1 bulletin
        # lu", "2 bulletins lus").
        heading = "{read} {merged}, {again}, {refused}.".format(
            read=self.tr("%n ballot(s) read:", None, len(outcomes)),
            merged=self.tr("%n merged", None, merged),
            again=self.tr("%n already imported", None, again),
            refused=self.tr("%n refused", None, len(refused)),
        )
        if pending:
            heading += " " + self.tr(
                "%n value(s) differ from values typed in the file: choose which to keep "
                "with “Settle the conflicts…”.",
                None,
                pending,
            )
        self.heading.setText(heading)
        self.heading.setAccessibleName(heading)

        self.members_label = PlainLabel(self.tr("Per &member"), self)
        self.members_model: RowTableModel[MemberTotals] = RowTableModel(_member_columns(), self)
        self.members_model.set_rows(member_totals(outcomes))
        self.members_view = make_table_view(self.members_model, self)
        self.members_view.setAccessibleName(self.tr("What the ballots did, per member"))
        self.members_view.setAccessibleDescription(
            self.tr(
                "Values added, changed, unchanged, older than the file's (the newer kept), in "
                "conflict with the file, and on locked decisions."
            )
        )
        self.members_label.setBuddy(self.members_view)

        self.ballots_label = PlainLabel(self.tr("&Per ballot file"), self)
        self.ballots_model: RowTableModel[BallotOutcome] = RowTableModel(_ballot_columns(), self)
        self.ballots_model.set_rows(self.outcomes)
        self.ballots_view = make_table_view(self.ballots_model, self)
        self.ballots_view.setAccessibleName(self.tr("The ballot files read"))
        self.ballots_label.setBuddy(self.ballots_view)

        self.refusals_label = PlainLabel(
            self.tr("&Refused ballots (nothing was taken from them)"), self
        )
        self.refusals = QPlainTextEdit(self)
        self.refusals.setReadOnly(True)
        self.refusals.setPlainText("\n\n".join(refusal_text(o) for o in refused))
        self.refusals.setAccessibleName(self.tr("Why ballots were refused"))
        self.refusals_label.setBuddy(self.refusals)
        for refusal_widget in (self.refusals_label, self.refusals):
            refusal_widget.setVisible(bool(refused))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.conflicts_button = QPushButton(self.tr("Settle the &conflicts…"), self)
        self.conflicts_button.setAccessibleName(self.tr("Settle the conflicts"))
        self.buttons.addButton(self.conflicts_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.conflicts_button.setVisible(pending > 0)
        self.conflicts_button.clicked.connect(self._conflicts)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        for widget in (
            self.members_label,
            self.members_view,
            self.ballots_label,
            self.ballots_view,
            self.refusals_label,
            self.refusals,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        for view in (self.members_view, self.ballots_view):
            view.resizeColumnsToContents()
            view.horizontalHeader().setStretchLastSection(True)
        self.members_view.setFocus()

    def _conflicts(self) -> None:
        self.accept()
        self.conflicts_requested.emit()
