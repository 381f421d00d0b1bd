"""Documents > Create the jury CA…: the secretariat creates, once per edition, the
certification authority that issues the members' certificates (so that a verifier trusts one
certificate, ``ca-cert.pem``). Its key, ``ca-key.pem``, is protected by a passphrase typed
twice; the key is generated off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.gui.outputs.common import (
    PathField,
    PathKind,
    buddy_label,
    password_edit,
    problem_label,
    run_output,
    show_done,
    start_dir,
)
from tnl_jury.gui.outputs.key_form import MIN_PASSPHRASE
from tnl_jury.gui.plain_text import PlainLabel
from tnl_jury.gui.tasks import Task, TaskContext

if TYPE_CHECKING:
    from tnl_jury.gui.main_window import MainWindow


@dataclass(frozen=True)
class CaRequest:
    name: str
    folder: Path
    passphrase: str = field(repr=False)


class CreateCaDialog(QDialog):
    """Asks for the CA's name, its folder and its passphrase (twice); ``request()`` once
    accepted. The passphrase fields are emptied when the dialog closes."""

    def __init__(self, parent: QWidget, name: str, folder: Path) -> None:
        super().__init__(parent)
        self.setObjectName("create_ca_dialog")
        self.setWindowTitle(self.tr("Create the jury authority"))
        self._request: CaRequest | None = None
        # Plain words on screen; the technical terms (a certification authority, its PEM
        # files) in the tooltips and accessible descriptions, as in the signing form.
        self.intro = PlainLabel(
            self.tr(
                "Once per edition, the secretariat creates the jury authority: it vouches for "
                "the members' signature keys, so that whoever checks the signed minutes needs "
                "to trust it alone. Its folder and its passphrase stay with the secretariat."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.intro.setToolTip(
            self.tr(
                "Technically, a certification authority (CA): its certificate, ca-cert.pem, "
                "is public; its private key, ca-key.pem, is protected by the passphrase."
            )
        )
        self.intro.setAccessibleDescription(self.intro.toolTip())
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setAccessibleName(self.tr("Name of the authority"))
        self.name_edit.setToolTip(
            self.tr("Printed in every certificate the authority issues (its common name).")
        )
        self.folder_field = PathField(
            PathKind.FOLDER,
            self.tr("&Browse…"),
            self,
            caption=lambda: self.tr("Folder of the jury authority"),
        )
        self.folder_field.set_path(folder)
        self.folder_field.describe(
            self.tr("Folder of the jury authority"),
            self.tr("Choose the folder of the jury authority"),
            self.tr(
                "The authority's two files are written there, its certificate (ca-cert.pem) "
                "and its private key (ca-key.pem); the folder is created if missing."
            ),
        )
        self.passphrase = password_edit(self)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the authority"))
        self.passphrase.setAccessibleDescription(
            self.tr("At least {count} characters.").format(count=MIN_PASSPHRASE)
        )
        self.again = password_edit(self)
        self.again.setAccessibleName(self.tr("Passphrase of the authority again"))
        self.problem = problem_label(self)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Name:"), self.name_edit, self), self.name_edit)
        form.addRow(buddy_label(self.tr("&Folder:"), self.folder_field, self), self.folder_field)
        form.addRow(buddy_label(self.tr("&Passphrase:"), self.passphrase, self), self.passphrase)
        form.addRow(buddy_label(self.tr("R&epeat the passphrase:"), self.again, self), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("&Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.finished.connect(lambda _result: self._clear())
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.sizeHint().height())

    def request(self) -> CaRequest | None:
        return self._request

    def accept(self) -> None:
        problem, widget = self._check()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            widget.setAccessibleDescription(problem)
            widget.setFocus()
            return
        super().accept()

    def _check(self) -> tuple[str, QWidget]:
        name = self.name_edit.text().strip()
        if not name:
            return self.tr("Give the authority a name."), self.name_edit
        folder = self.folder_field.path()
        if folder is None:
            return self.tr("Choose the folder of the jury authority."), self.folder_field
        for existing in (folder / "ca-cert.pem", folder / "ca-key.pem"):
            if existing.exists():
                return self.tr(
                    "The folder {folder} already holds a jury authority ({name}): choose another "
                    "one."
                ).format(folder=folder, name=existing.name), self.folder_field
        first = self.passphrase.text()
        if len(first) < MIN_PASSPHRASE:
            return self.tr("The passphrase must have at least {count} characters.").format(
                count=MIN_PASSPHRASE
            ), self.passphrase
        if first != self.again.text():
            return self.tr("The two passphrases differ: type them again."), self.again
        self._request = CaRequest(name, folder, first)
        return "", self.name_edit

    def _clear(self) -> None:
        self.passphrase.clear()
        self.again.clear()


def open_create_ca_dialog(window: MainWindow) -> CreateCaDialog | None:
    """Show the dialog (window-modal, not blocking); Create generates the CA."""
    if window.busy:
        return None
    snapshot = window.snapshot
    year = snapshot.edition.year if snapshot is not None else ""
    label = snapshot.edition.label_name if snapshot is not None else ""
    name = QCoreApplication.translate("CreateCaDialog", "Jury {label} {year}").format(
        label=label or "Territoire Numérique Libre", year=year
    )
    folder_name = QCoreApplication.translate("CreateCaDialog", "jury-ca-{year}").format(year=year)
    dialog = CreateCaDialog(window, " ".join(name.split()), start_dir(window) / folder_name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted() -> None:
        request = dialog.request()
        if request is not None:
            create_ca(window, request)

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def create_ca(window: MainWindow, request: CaRequest) -> Task[Path]:
    """Generate the CA's key and certificate off the GUI thread; say where they are."""

    def work(ctx: TaskContext) -> Path:
        from tnl_jury.io.signing.keys import create_jury_ca

        ctx.progress(0, 0, "")
        return create_jury_ca(request.name, request.folder, request.passphrase).cert_path

    def done(cert: Path) -> None:
        title = QCoreApplication.translate("CreateCaDialog", "Jury authority created")
        text = QCoreApplication.translate(
            "CreateCaDialog",
            "The jury authority was created in:\n{folder}\n\nGive its certificate, the file "
            "ca-cert.pem, to whoever checks the signatures; keep its private key, ca-key.pem, "
            "and its passphrase with the secretariat.",
        ).format(folder=cert.parent)
        window.statusBar().showMessage(title, 5000)
        show_done(window, title, text, cert.parent)

    return run_output(
        window,
        work,
        label=QCoreApplication.translate("CreateCaDialog", "Creating the jury authority…"),
        on_result=done,
        cancellable=False,  # a key is generated whole or not at all
        error_action=QCoreApplication.translate(
            "CreateCaDialog", "Cannot create the jury authority"
        ),
    )
