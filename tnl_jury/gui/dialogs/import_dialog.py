"""File > Import from Démarches Simplifiées…: choose, preview, import, summary.

The dialog walks through four pages (:mod:`~tnl_jury.gui.dialogs.import_pages`,
:mod:`~tnl_jury.gui.dialogs.import_preview_page`):

1. *choose*: the export, the optional attachments zip, the options;
2. *preview*: :func:`~tnl_jury.services.importing.preview_import`, computed off the GUI thread,
   and, for a template export, the choice of the identity columns (previewed again);
3. *progress*: :func:`~tnl_jury.services.importing.run_import` with a progress bar; Cancel (or
   Escape) asks it to stop, and the service then leaves the jury file as it was;
4. *summary*: the report.

Errors (a :class:`~tnl_jury.domain.errors.UserError`: a broken or hostile file, a bad column)
are written in the dialog's message area, on the page where the user can fix them; a bug is
logged and named as an internal error. Nothing is written before Import.
:attr:`ImportDialog.report` is set once an import went through (the caller then reloads the
file).
"""

from __future__ import annotations

import threading
from dataclasses import replace
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.domain.errors import UserError
from tnl_jury.gui import errors
from tnl_jury.gui.dialogs.import_pages import (
    ImportChoosePage,
    ImportMessageArea,
    ImportProgressPage,
    ImportSummaryPage,
)
from tnl_jury.gui.dialogs.import_preview_page import ImportPreviewPage
from tnl_jury.gui.dialogs.mapping_dialog import MappingDialog
from tnl_jury.gui.tasks import Task, TaskContext, TaskRunner

if TYPE_CHECKING:
    from tnl_jury.services.importing import (
        ImportPreview,
        ImportReport,
    )
    from tnl_jury.storage.jury_file import JuryFile


class Page(IntEnum):
    CHOOSE = 0
    PREVIEW = 1
    PROGRESS = 2
    SUMMARY = 3


class ImportDialog(QDialog):
    """The import of one export into ``jury_file`` (open for writing), tasks on ``runner``."""

    def __init__(
        self,
        jury_file: JuryFile,
        runner: TaskRunner,
        parent: QWidget | None = None,
        start_dir: Path | None = None,
    ) -> None:
        from tnl_jury.services.importing import ImportOptions

        super().__init__(parent)
        self.jury_file = jury_file
        self.runner = runner
        self.preview: ImportPreview | None = None  # the last preview, for ``options``
        self.options = ImportOptions()
        self.report: ImportReport | None = None
        self._task: Task[Any] | None = None
        self._task_kind = ""  # "preview" or "import" while a task runs
        self._stale = False  # the column choice differs from the one previewed
        self._cancel_import = threading.Event()  # set by Cancel during the import

        self.setWindowTitle(self.tr("Import from Démarches Simplifiées"))
        self.choose = ImportChoosePage(start_dir or jury_file.path.parent, self)
        self.preview_page = ImportPreviewPage(self)
        self.progress_page = ImportProgressPage(self)
        self.summary_page = ImportSummaryPage(self)
        self.pages = QStackedWidget(self)
        for page in (self.choose, self.preview_page, self.progress_page, self.summary_page):
            self.pages.addWidget(page)
        self.message = ImportMessageArea(self)
        self.message.text.setAccessibleDescription(self.tr("Message of the import"))

        self.buttons = QDialogButtonBox(self)
        self.back_button = self._button(self.tr("< &Back"), QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button = self._button(
            self.tr("&Preview >"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = self._button(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self._button(self.tr("&Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self._button(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.back_button.setAccessibleName(self.tr("Back to the choice of files"))
        self.next_button.setAccessibleName(self.tr("Preview the import"))
        self.import_button.setAccessibleName(self.tr("Import into the jury file"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(
            self.tr("During the import: stop it, leaving the jury file as it was.")
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self.start_preview)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.choose.export_chosen.connect(self._forget_columns)
        self.preview_page.columns.apply_requested.connect(self._preview_with_columns)
        self.preview_page.columns.changed.connect(self._columns_changed)
        self.preview_page.mapping_button.clicked.connect(self.open_mapping)
        self.mapping_dialog: MappingDialog | None = None

        self._initial_size()
        self._go(Page.CHOOSE)

    def _initial_size(self) -> None:
        """Room for the preview's table (from the user's font), within the main window."""
        metrics = self.fontMetrics()
        width, height = metrics.averageCharWidth() * 160, metrics.height() * 44
        parent = self.parentWidget()
        room = parent.size() if parent is not None else self.screen().availableSize()
        self.resize(
            min(width, max(room.width() - 80, 600)), min(height, max(room.height() - 60, 400))
        )

    def _button(self, text: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.setAutoDefault(False)  # Enter presses the default button, set per page
        return button

    # Public API ---------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._task is not None

    def start_preview(self) -> None:
        """Read the files chosen on the first page and preview the import."""
        if self.is_busy():
            return
        problem, field = self.choose.check()
        if problem:
            self.message.show_problem(problem)
            if field is not None:
                field.setAccessibleDescription(problem)
                field.setFocus()
            return
        self.options = replace(
            self.options,
            include_drafts=self.choose.drafts_check.isChecked(),
            include_closed=self.choose.closed_check.isChecked(),
            skip_bad_attachments=self.choose.skip_check.isChecked(),
        )
        self._run_preview(Page.CHOOSE)

    def start_import(self) -> None:
        """Import with the options of the preview shown (enabled only when it can)."""
        from tnl_jury.services.importing import run_import

        preview = self.preview
        if self.is_busy() or preview is None or not preview.can_import or self._stale:
            return
        jury_file, options = self.jury_file, self.options
        export, zip_ = self.choose.export_path(), self.choose.zip_path()

        cancel = self._cancel_import = threading.Event()

        def work(ctx: TaskContext) -> ImportReport:
            # ctx.cancelled(): the window is closing (TaskRunner.shutdown).
            return run_import(
                jury_file,
                export,
                zip_,
                options,
                progress=ctx.progress,
                cancelled=lambda: cancel.is_set() or ctx.cancelled(),
            )

        self.message.clear()
        self.progress_page.start(preview.export_file)
        self._go(Page.PROGRESS)
        self._submit(
            "import",
            work,
            on_result=self._imported,
            on_error=self._import_failed,
            on_progress=lambda done, total, _msg: self.progress_page.set_progress(done, total),
        )

    # Steps ---------------------------------------------------------------------------------

    def _run_preview(self, failed_page: Page) -> None:
        from tnl_jury.services.importing import preview_import

        jury_file, options = self.jury_file, self.options
        export, zip_ = self.choose.export_path(), self.choose.zip_path()
        self.message.clear()
        if failed_page == Page.CHOOSE:
            self.choose.set_busy(True)
        else:
            self.preview_page.setEnabled(False)
        self._submit(
            "preview",
            lambda _ctx: preview_import(jury_file, export, zip_, options),
            on_result=self._previewed,
            on_error=lambda exc: self._preview_failed(exc, failed_page),
        )

    def _previewed(self, preview: ImportPreview) -> None:
        self.preview = preview
        self._stale = False
        self.preview_page.show_preview(preview)
        self._go(Page.PREVIEW)
        zip_ = preview.attachments
        if preview.needs:
            self.message.show_info(
                self.tr(
                    "Choose the columns of the dossier number and of the candidate's name, "
                    "then preview again."
                )
            )
            combo = self.preview_page.columns
            (combo.id_combo if "number" in preview.needs else combo.name_combo).setFocus()
        elif zip_ is not None and zip_.problems and not preview.skip_bad_attachments:
            self.message.show_problem(
                self.tr(
                    "The attachments zip has bad entries, so it would be refused. Go back and "
                    "tick “Skip bad attachments” to import the rest, or choose another zip."
                )
            )
            self.back_button.setFocus()
        else:
            self.import_button.setFocus()

    def _preview_failed(self, exc: BaseException, page: Page) -> None:
        self._show_error(exc, self.tr("Cannot read the export"))
        if page == Page.PREVIEW:
            # The preview shown no longer matches the columns chosen: no import from it.
            self._stale = True
            self._update_buttons()
            self.preview_page.columns.id_combo.setFocus()
        else:
            self.preview = None
            self.choose.export_edit.setFocus()

    def _preview_with_columns(self) -> None:
        if self.is_busy():
            return
        id_column, name_column = self.preview_page.columns.chosen()
        needs = self.preview.needs if self.preview else ()
        if ("number" in needs and not id_column) or ("candidate_name" in needs and not name_column):
            self.message.show_problem(
                self.tr("Choose a column for the dossier number and one for the candidate's name.")
            )
            return
        self.options = replace(
            self.options,
            id_column=id_column,
            name_column=name_column,
            remember_columns=self.preview_page.columns.remember_check.isChecked(),
        )
        self._run_preview(Page.PREVIEW)

    def open_mapping(self) -> None:
        """The mapping of the previewed export's columns; previewed again once saved."""
        preview = self.preview
        if preview is None or preview.mapping is None or self.is_busy():
            return
        self.mapping_dialog = MappingDialog(self.jury_file, preview.mapping, self)

        def done() -> None:
            if self.mapping_dialog is not None and self.mapping_dialog.saved:
                self._run_preview(Page.PREVIEW)

        self.mapping_dialog.finished.connect(done)
        self.mapping_dialog.open()

    def _columns_changed(self) -> None:
        chosen = self.preview_page.columns.chosen()
        identity = self.preview.identity if self.preview else None
        self._stale = identity is None or chosen != (identity.id_column, identity.name_column)
        self._update_buttons()
        if self._stale:
            self.message.show_info(
                self.tr("Press “Preview with these columns” to see the import with this choice.")
            )

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.summary_page.show_report(report, late=self._cancel_import.is_set())
        self.message.clear()
        self._go(Page.SUMMARY)
        self.close_button.setFocus()

    def _import_failed(self, exc: BaseException) -> None:
        from tnl_jury.services.importing import ImportCancelled

        self._go(Page.PREVIEW)
        if isinstance(exc, ImportCancelled):
            self.message.show_info(
                self.tr("The import was cancelled: the jury file was not changed.")
            )
            self.import_button.setFocus()
        else:
            self._show_error(exc, self.tr("Cannot import"))

    # Machinery ------------------------------------------------------------------------------

    def _submit(self, kind: str, work: Any, **callbacks: Any) -> None:
        self._task_kind = kind

        def finished() -> None:
            self._task = None
            self._task_kind = ""
            self.choose.set_busy(False)
            self.preview_page.setEnabled(True)
            self.cancel_button.setEnabled(True)
            self._update_buttons()

        self._task = self.runner.submit(
            work, name=f"import {kind}", on_finished=finished, **callbacks
        )
        if self._task is not None and not self._task.is_running():
            self._task = None  # synchronous runner: already finished
        self._update_buttons()

    def _show_error(self, exc: BaseException, action: str) -> None:
        if isinstance(exc, UserError):
            # In the interface's language; it starts with the file's name, kept as it is spelt.
            text = errors.user_message(exc).strip()
            text = text if text.endswith((".", "!", "?", "…")) else text + "."
        else:
            text = errors.describe(exc, action).text  # a bug: logged, named as internal
        self.message.show_problem(text)
        self.message.text.setFocus()

    def _back(self) -> None:
        if not self.is_busy():
            self.message.clear()
            self._go(Page.CHOOSE)
            self.choose.export_edit.setFocus()

    def _forget_columns(self) -> None:
        """Another export: the columns chosen for the previous one do not apply."""
        self.options = replace(self.options, id_column=None, name_column=None)
        self.preview = None

    def _go(self, page: Page) -> None:
        self.pages.setCurrentIndex(page)
        self._update_buttons()

    def current_page(self) -> Page:
        return Page(self.pages.currentIndex())

    def _update_buttons(self) -> None:
        page = self.current_page()
        busy = self.is_busy()
        preview = self.preview
        can_import = preview is not None and preview.can_import and not self._stale
        self.back_button.setVisible(page == Page.PREVIEW)
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(page == Page.CHOOSE)
        self.next_button.setEnabled(not busy)
        self.import_button.setVisible(page == Page.PREVIEW)
        self.import_button.setEnabled(can_import and not busy)
        self.close_button.setVisible(page == Page.SUMMARY)
        self.cancel_button.setVisible(page != Page.SUMMARY)
        default = {
            Page.CHOOSE: self.next_button,
            Page.PREVIEW: self.import_button if can_import else None,
            Page.SUMMARY: self.close_button,
        }.get(page)
        for button in (self.next_button, self.import_button, self.close_button):
            button.setDefault(button is default)

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: during the import, stop it (the
        dialog stays, to say that nothing was changed); otherwise close."""
        if self._task_kind == "import":
            # Our own flag, not Task.cancel(): an import that committed just before the click
            # must still be reported as done (Task.cancel() would drop its report).
            self._cancel_import.set()
            self.cancel_button.setEnabled(False)
            self.progress_page.label.setText(self.tr("Cancelling…"))
            return
        if self._task is not None:
            self._task.cancel()  # a preview nobody waits for any more
        super().reject()
