"""Documents > Sign the minutes…: the members present sign the minutes in turn, on this
computer, each into their own signature field (``sig-<member id>``), with a visible stamp.

Steps: choose the minutes PDF (or write it now), which lists its signatories (president
first); for the selected one, "I bring my key file" or "Create my key now", then Sign (off the
GUI thread; the PDF is signed in place, one incremental update per signature) or Skip (not at
the computer: they can be selected again later), by `services/minutes_signing.py`. Passphrase
fields are emptied as soon as the signing starts. Only Finish locks the decisions
(:func:`tnl_jury.services.outputs.minutes_signed`); Cancel or Escape never does.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.domain.signing import KeyChoice, MinutesToSign, SignedField
from tnl_jury.gui.announce import announce
from tnl_jury.gui.models.common import RowTableModel
from tnl_jury.gui.outputs.common import (
    PathField,
    PathKind,
    buddy_label,
    run_output,
    show_done,
    start_dir,
    with_suffix,
)
from tnl_jury.gui.outputs.documents import last_minutes, write_minutes_to
from tnl_jury.gui.outputs.key_form import SignerBox
from tnl_jury.gui.outputs.signatories import (
    SIGNED,
    SIGNED_BEFORE,
    SKIPPED,
    WAITING,
    SignatoryState,
    progress_text,
    signatory_columns,
)
from tnl_jury.gui.panels.common import make_notice, make_table_view
from tnl_jury.gui.plain_text import PlainLabel
from tnl_jury.gui.tasks import TaskContext
from tnl_jury.gui.vocabulary import role_label

if TYPE_CHECKING:
    from tnl_jury.gui.main_window import MainWindow

T = TypeVar("T")


def _service(name: str) -> ModuleType:  # imported by the work function: pyHanko is slow
    return importlib.import_module(f"tnl_jury.services.{name}")


class SigningWizard(QDialog):
    """See the module's contract. ``states()`` tells who has signed so far."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("signing_wizard")
        self.window_ = window
        self._minutes: MinutesToSign | None = None
        self._states: list[SignatoryState] = []
        self._current: int | None = None
        self._signed_now = 0
        self._working = False
        self.setWindowTitle(self.tr("Sign the minutes"))

        self.intro = PlainLabel(
            self.tr(
                "The members present sign in turn, on this computer, each in their own box. "
                "A member who is not at the computer can be skipped and sign later. Each "
                "signature is added to the minutes file itself; finishing locks the decisions "
                "the minutes record."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.minutes_field = PathField(
            PathKind.OPEN,
            self.tr("Br&owse…"),
            self,
            caption=lambda: self.tr("The minutes to sign"),
            file_filter=lambda: self.tr("PDF documents (*.pdf)"),
        )
        self.minutes_field.describe(
            self.tr("Minutes to sign"),
            self.tr("Choose the minutes to sign"),
            self.tr("The minutes PDF written by tnl-jury, with one signature box per member."),
        )
        self.load_button = QPushButton(self.tr("&Load"), self)
        self.load_button.setAccessibleName(self.tr("Load the minutes"))
        self.generate_button = QPushButton(self.tr("&Generate the minutes now…"), self)
        self.generate_button.setAccessibleName(self.tr("Generate the minutes now"))
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(buddy_label(self.tr("&Minutes (PDF):"), self.minutes_field, self))
        minutes_row.addWidget(self.minutes_field, 1)
        minutes_row.addWidget(self.load_button)
        minutes_row.addWidget(self.generate_button)
        self.notice, self.notice_text = make_notice(self)

        self.model: RowTableModel[SignatoryState] = RowTableModel(signatory_columns(), self)
        self.table = make_table_view(self.model, self)
        self.table.setSortingEnabled(False)  # the order of the signature page
        self.table.horizontalHeader().setStretchLastSection(True)
        rows = 7  # president, secretary and most juries without scrolling
        self.table.setMinimumHeight(
            self.table.verticalHeader().defaultSectionSize() * rows
            + self.table.horizontalHeader().sizeHint().height()
            + 2 * self.table.frameWidth()
        )
        self.table.setAccessibleName(self.tr("Signatories"))
        self.table.setAccessibleDescription(
            self.tr("Select a member to have them sign now; the list says who has signed.")
        )
        self.table_label = buddy_label(self.tr("Signa&tories:"), self.table, self)
        self.progress_label = PlainLabel(self)
        self.progress_label.setWordWrap(True)
        self.progress_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.current_box = SignerBox(self)
        self.key_form = self.current_box.key_form
        self.sign_button = self.current_box.sign_button
        self.skip_button = self.current_box.skip_button
        self.problem = self.current_box.problem

        self.finish_button = QPushButton(self.tr("&Finish"), self)
        self.finish_button.setAccessibleName(self.tr("Finish and lock the decisions"))
        self.finish_button.setAccessibleDescription(
            self.tr("Locks the decisions recorded in the signed minutes, then closes.")
        )
        self.finish_button.setAutoDefault(False)
        self.cancel_button = QPushButton(self.tr("Ca&ncel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel without locking"))
        self.cancel_button.setAccessibleDescription(
            self.tr("Closes without locking any decision; signatures made stay in the minutes.")
        )
        self.cancel_button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress_label, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.finish_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(minutes_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.current_box)
        layout.addLayout(bottom)

        self.minutes_field.chosen.connect(lambda _path: self.load())
        self.minutes_field.edit.returnPressed.connect(self.load)
        self.load_button.clicked.connect(self.load)
        self.generate_button.clicked.connect(self.generate)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.sign_button.clicked.connect(self.sign)
        self.skip_button.clicked.connect(self.skip)
        self.finish_button.clicked.connect(self.finish)
        self.cancel_button.clicked.connect(self.reject)  # as Escape: locks nothing
        # Enter in the last field typed signs (no default button: Enter elsewhere does nothing).
        form = self.key_form
        for edit in (form.passphrase, form.new_again, form.ca_passphrase):
            edit.returnPressed.connect(self.sign)
        for button in (self.load_button, self.generate_button):
            button.setAutoDefault(False)
        self._update()
        width = self.fontMetrics().averageCharWidth() * 125
        self.resize(width, max(self.sizeHint().height(), self.fontMetrics().height() * 44))

    # Public -------------------------------------------------------------------------------

    def states(self) -> list[SignatoryState]:
        return list(self._states)

    def select(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, 0))

    def load(self) -> None:
        """Read the signatories of the chosen minutes (off the GUI thread)."""
        jury_file = self.window_.jury_file
        path = self.minutes_field.path()
        if jury_file is None or self._working:
            return
        if path is None:
            self._show_problem(self.tr("Choose the minutes to sign."), self.minutes_field)
            return
        self._run(
            lambda ctx: _service("minutes_signing").read_signatories(jury_file, path),
            label=self.tr("Reading {name}…").format(name=path.name),
            on_result=self._show_minutes,
            error_action=self.tr("Cannot read the minutes"),
        )

    def generate(self) -> None:
        """Write the minutes now, then load them."""
        if self._working:
            return
        year = self.window_.snapshot.edition.year if self.window_.snapshot else ""
        start = start_dir(self.window_) / self.tr("minutes-{year}.pdf").format(year=year)
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Write the minutes"), str(start), self.tr("PDF documents (*.pdf)")
        )
        if not chosen:
            return
        path = with_suffix(Path(chosen), ".pdf")

        def written(done: Path) -> None:
            self.minutes_field.set_path(done)
            self.load()

        write_minutes_to(self.window_, path, then=written)

    def sign(self) -> None:
        """Sign for the selected member with the key described in the form."""
        index = self._current
        minutes = self._minutes
        if index is None or minutes is None or self._working:
            return
        state = self._states[index]
        if state.has_signed:
            return
        choice, problem, field = self.key_form.key_choice()
        if choice is None:
            self._show_problem(problem, field)
            return
        self.key_form.clear_secrets()  # the choice holds them until the work is done
        self.problem.hide()
        name = state.signatory.name
        jury_file = self.window_.jury_file
        if jury_file is None:
            return
        self._run(
            lambda ctx: _service("minutes_signing").sign_for(
                jury_file, minutes.path, state.signatory, choice
            ),
            label=self.tr("Signing for {name}…").format(name=name),
            on_result=lambda done: self._signed(index, done),
            error_action=self.tr("Cannot sign for {name}").format(name=name),
            on_error=lambda exc: self._sign_failed(exc, choice, name),
            cancellable=False,  # a key or a signature is written whole or not at all
        )

    def skip(self) -> None:
        """The selected member is not at the computer: go on with the next one."""
        index = self._current
        if index is None or self._working or self._states[index].has_signed:
            return
        self._states[index] = dataclasses.replace(self._states[index], status=SKIPPED)
        self._refresh_rows()
        self._go_to_next(index)

    def finish(self) -> None:
        """Lock the decisions if anyone has signed, then close."""
        jury_file = self.window_.jury_file
        minutes = self._minutes
        if self._working:
            return
        if jury_file is None or minutes is None or not any(s.has_signed for s in self._states):
            self.accept()
            return
        self._run(
            lambda ctx: _service("outputs").minutes_signed(jury_file, minutes.path),
            label=self.tr("Locking the decisions…"),
            on_result=self._locked,
            error_action=self.tr("Cannot lock the decisions"),
            cancellable=False,
        )

    def reject(self) -> None:
        """Escape or the window's close button: close without locking anything (only Finish
        locks). Signatures already made stay in the minutes; the status bar says the decisions
        are not locked."""
        if self._working:
            return
        if self._signed_now:
            text = self.tr(
                "The signatures made stay in the minutes, but the decisions are NOT locked: "
                "open Sign the minutes again and choose Finish to lock them."
            )
            self.window_.statusBar().showMessage(text, 15000)
            announce(text, self.window_)
        super().reject()

    # Results (GUI thread) -----------------------------------------------------------------

    def _show_minutes(self, minutes: MinutesToSign) -> None:
        self._minutes = minutes
        self._signed_now = 0
        self._states = [
            SignatoryState(s, SIGNED_BEFORE if s.signed else WAITING) for s in minutes.signatories
        ]
        self._current = None
        self._refresh_rows()
        if minutes.missing:
            self.notice_text.setText(
                self.tr(
                    "These minutes have no signature box for {names}, recorded as present: "
                    "generate the minutes again before signing."
                ).format(names=", ".join(minutes.missing))
            )
            self.notice.show()
        else:
            self.notice.hide()
        self._go_to_next(-1)

    def _signed(self, index: int, done: SignedField) -> None:
        self._states[index] = dataclasses.replace(
            self._states[index], status=SIGNED, signed_at=done.signed_at
        )
        self._signed_now += 1
        self._refresh_rows()
        name = self._states[index].signatory.name
        notes = [self.tr("{name} has signed.").format(name=name)]
        if done.created_p12 is not None:
            notes.append(
                self.tr("Their key was saved as {key}, their certificate as {cert}.").format(
                    key=done.created_p12, cert=done.created_cert
                )
            )
        if not done.pdfa_ok:
            notes.append(self.tr("Warning: the signed file is no longer PDF/A."))
        self.window_.statusBar().showMessage(" ".join(notes), 10000)
        self._go_to_next(index)

    def _sign_failed(self, exc: BaseException, choice: KeyChoice, name: str) -> None:
        self.window_.report_error(exc, self.tr("Cannot sign for {name}").format(name=name))
        if choice.create and choice.p12_path.is_file():
            # The key was created, the signature failed: sign with that key next time.
            self.key_form.use_key_file(choice.p12_path)
            self._show_problem(
                self.tr(
                    "Your key was created as {path}: type its passphrase to sign with it."
                ).format(path=choice.p12_path),
                self.key_form.passphrase,
            )

    def _locked(self, count: int) -> None:
        minutes = self._minutes
        assert minutes is not None
        signed = sum(1 for s in self._states if s.has_signed)
        title = self.tr("Minutes signed")
        text = (
            self.tr("%n member(s) have signed the minutes:", "", signed)
            + f"\n{minutes.path}\n\n"
            + self.tr("%n decision(s) locked.", "", count)
        )
        self._signed_now = 0
        self.accept()  # the screens followed the locking (the change notice)
        show_done(self.window_, title, text, minutes.path.parent)

    # Internals ----------------------------------------------------------------------------

    def _run(
        self,
        work: Callable[[TaskContext], T],
        *,
        label: str,
        on_result: Callable[[T], None],
        error_action: str,
        on_error: Callable[[BaseException], None] | None = None,
        cancellable: bool = True,
    ) -> None:
        """Run ``work`` through the window, the wizard's controls disabled meanwhile."""
        self._working = True
        self._update()

        def done() -> None:
            self._working = False
            self._update()

        run_output(
            self.window_,
            work,
            label=label,
            on_result=on_result,
            error_action=error_action,
            on_error=on_error,
            cancellable=cancellable,
            on_done=done,
        )

    def _go_to_next(self, after: int) -> None:
        """Select the first member still to sign after row ``after`` (wrapping round)."""
        count = len(self._states)
        for step in range(1, count + 1):
            row = (after + step) % count
            if self._states[row].status == WAITING:
                self._set_current(row)
                self.key_form.bring_radio.setFocus()
                return
        self._set_current(None)
        self.finish_button.setFocus()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The user moved in the list."""
        self._set_current(current.row() if current.isValid() else None, move_view=False)

    def _set_current(self, row: int | None, *, move_view: bool = True) -> None:
        """Make ``row`` the signatory to sign now (None: nobody), the form ready for them."""
        self._current = row
        if move_view:
            self._show_current()
        if row is not None:
            state = self._states[row]
            self.key_form.start_with(state.signatory.name, start_dir(self.window_))
            self.problem.hide()
        self._update()

    def _show_current(self) -> None:
        """Move the list's cursor to the current row, without calling :meth:`_row_changed`."""
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            if self._current is None:
                self.table.setCurrentIndex(QModelIndex())
                self.table.clearSelection()
            else:
                self.select(self._current)
        finally:
            selection.blockSignals(False)
        self.table.viewport().update()

    def _refresh_rows(self) -> None:
        self.model.set_rows(self._states)  # a model reset: the cursor is put back below
        self.table.resizeColumnsToContents()
        self._show_current()

    def _show_problem(self, text: str, field: QWidget) -> None:
        self.problem.setText(text)
        self.problem.show()
        field.setAccessibleDescription(text)
        field.setFocus()

    def _update(self) -> None:
        """Titles, enabled buttons and the "who has signed" line, from the state."""
        working = self._working
        state = self._states[self._current] if self._current is not None else None
        can_sign = state is not None and not state.has_signed and not working
        self.current_box.setEnabled(can_sign)
        if state is None:
            self.current_box.setTitle(self.tr("Select a member in the list"))
        elif state.has_signed:
            self.current_box.setTitle(
                self.tr("{name} has signed").format(name=state.signatory.name)
            )
        else:
            role = role_label(state.signatory.role) if state.signatory.role else ""
            who = f"{state.signatory.name} ({role})" if role else state.signatory.name
            self.current_box.setTitle(self.tr("Now signing: {name}").format(name=who))
        self.current_box.setAccessibleName(self.current_box.title())
        for widget in (self.minutes_field, self.load_button, self.generate_button, self.table):
            widget.setEnabled(not working)
        self.finish_button.setEnabled(not working)
        self.progress_label.setText(progress_text(self._states))
        self.progress_label.setAccessibleName(self.progress_label.text())


def open_signing_wizard(window: MainWindow) -> SigningWizard | None:
    """Show the wizard (window-modal, not blocking)."""
    jury_file = window.jury_file
    if jury_file is None or window.busy:
        return None
    if jury_file.read_only:
        window.show_message(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("SigningWizard", "Sign the minutes"),
            QCoreApplication.translate(
                "SigningWizard",
                "This jury file is open read-only, so its decisions cannot be locked once "
                "signed: close it in the other window, then open it again here.",
            ),
        )
        return None
    wizard = SigningWizard(window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    minutes = last_minutes(window)
    if minutes is not None:  # just written with Documents > Minutes: start with them
        wizard.minutes_field.set_path(minutes)
        wizard.load()
    return wizard
