"""The key part of the signing wizard: the member brings a PKCS#12 file (and types its
passphrase), or creates a key now (passphrase twice, where to save it, optionally issued by
the jury CA). :meth:`KeyForm.key_choice` checks the answer; :meth:`KeyForm.clear_secrets`
empties every passphrase field once used. :class:`SignerBox` puts it in a box with the Sign
and Skip buttons.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.domain.signing import KeyChoice
from tnl_jury.gui.outputs.common import (
    PathField,
    PathKind,
    buddy_label,
    password_edit,
    problem_label,
)
from tnl_jury.gui.plain_text import PlainLabel

MIN_PASSPHRASE = 8  # as tnl_jury.io.signing.keys.MIN_PASSPHRASE (not imported: cryptography)


def key_file_stem(name: str) -> str:
    """A file name for ``name``'s key: ASCII letters, digits and dashes ("zoe-oeuvray")."""
    text = unicodedata.normalize("NFKD", name.replace("œ", "oe").replace("Œ", "Oe"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "key"


class KeyForm(QWidget):
    """How the current signatory signs; see the module's contract."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Plain words on the controls, the technical terms in their tooltips.
        self.bring_radio = QRadioButton(self.tr("I &bring my signature key (a file)"), self)
        self.create_radio = QRadioButton(self.tr("&Create my key now"), self)
        self.bring_radio.setAccessibleName(self.tr("I bring my key file"))
        self.bring_radio.setAccessibleDescription(
            self.tr("A PKCS#12 file (.p12 or .pfx) holding your key and certificate.")
        )
        self.bring_radio.setToolTip(self.bring_radio.accessibleDescription())
        self.create_radio.setAccessibleName(self.tr("Create my key now"))
        self.create_radio.setAccessibleDescription(
            self.tr(
                "The application creates a key and a certificate, protected by your passphrase."
            )
        )
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.bring_radio)
        self.mode_group.addButton(self.create_radio)
        modes = QHBoxLayout()
        modes.addWidget(self.bring_radio)
        modes.addWidget(self.create_radio)
        modes.addStretch(1)

        key_filter = self.tr("Key files (*.p12 *.pfx)")
        # I bring my key file
        bring = QWidget(self)
        self.p12_field = PathField(
            PathKind.OPEN,
            self.tr("Bro&wse…"),
            bring,
            caption=lambda: self.tr("Your key file"),
            file_filter=lambda: key_filter,
        )
        self.p12_field.describe(self.tr("Your key file"), self.tr("Choose your key file"))
        self.passphrase = password_edit(bring)
        self.passphrase.setAccessibleName(self.tr("Passphrase of your key file"))
        bring_form = QFormLayout(bring)
        bring_form.addRow(buddy_label(self.tr("&Key file:"), self.p12_field, bring), self.p12_field)
        bring_form.addRow(
            buddy_label(self.tr("&Passphrase:"), self.passphrase, bring), self.passphrase
        )

        # Create my key now
        create = QWidget(self)
        self.new_passphrase = password_edit(create)
        self.new_passphrase.setAccessibleName(self.tr("New passphrase"))
        self.new_passphrase.setAccessibleDescription(
            self.tr("At least {count} characters; it protects your key.").format(
                count=MIN_PASSPHRASE
            )
        )
        self.new_again = password_edit(create)
        self.new_again.setAccessibleName(self.tr("New passphrase again"))
        self.save_field = PathField(
            PathKind.SAVE,
            self.tr("Bro&wse…"),
            create,
            caption=lambda: self.tr("Save your key as"),
            file_filter=lambda: key_filter,
        )
        self.save_field.describe(
            self.tr("Save the key as"),
            self.tr("Choose where to save your key"),
            self.tr(
                "Your proof of identity (certificate) is saved beside it, to give to verifiers."
            ),
        )
        self.cert_note = PlainLabel(create)
        self.cert_note.setWordWrap(True)
        self.cert_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.use_ca = QCheckBox(self.tr("Vouched for by the secretariat (&jury authority)"), create)
        self.use_ca.setAccessibleName(self.tr("Vouched for by the secretariat"))
        self.use_ca.setAccessibleDescription(
            self.tr(
                "The secretariat's certification authority signs your certificate, so that "
                "verifiers only need to trust the jury authority (certification authority, CA)."
            )
        )
        self.use_ca.setToolTip(self.use_ca.accessibleDescription())
        self.ca_field = PathField(
            PathKind.FOLDER,
            self.tr("B&rowse…"),
            create,
            caption=lambda: self.tr("Folder of the jury authority"),
        )
        self.ca_field.describe(
            self.tr("Folder of the jury authority"),
            self.tr("Choose the folder of the jury authority"),
            self.tr(
                "The folder the secretariat created the authority in (ca-cert.pem, ca-key.pem)."
            ),
        )
        self.ca_passphrase = password_edit(create)
        self.ca_passphrase.setAccessibleName(self.tr("Passphrase of the jury authority"))
        self.ca_passphrase.setAccessibleDescription(self.tr("Typed by the secretariat."))
        create_form = QFormLayout(create)
        create_form.addRow(
            buddy_label(self.tr("&Passphrase:"), self.new_passphrase, create), self.new_passphrase
        )
        create_form.addRow(
            buddy_label(self.tr("R&epeat the passphrase:"), self.new_again, create),
            self.new_again,
        )
        create_form.addRow(
            buddy_label(self.tr("Save the key &as:"), self.save_field, create), self.save_field
        )
        create_form.addRow(self.cert_note)  # the whole width: two lines at most
        create_form.addRow("", self.use_ca)
        create_form.addRow(
            buddy_label(self.tr("Authority's fol&der:"), self.ca_field, create), self.ca_field
        )
        create_form.addRow(
            buddy_label(self.tr("Authority's passp&hrase:"), self.ca_passphrase, create),
            self.ca_passphrase,
        )

        self.stack = QStackedWidget(self)
        self.stack.addWidget(bring)
        self.stack.addWidget(create)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(modes)
        layout.addWidget(self.stack)

        self.bring_radio.setChecked(True)
        self.mode_group.buttonToggled.connect(self._mode_changed)
        self.use_ca.toggled.connect(self._ca_changed)
        self.save_field.edit.textChanged.connect(self._update_note)
        self._mode_changed()
        self._ca_changed()
        self._update_note()

    # Public -------------------------------------------------------------------------------

    def creating(self) -> bool:
        return self.create_radio.isChecked()

    def set_creating(self, create: bool) -> None:
        (self.create_radio if create else self.bring_radio).setChecked(True)

    def start_with(self, signer_name: str, folder: Path) -> None:
        """Ready for a new signatory: their key file name proposed in ``folder``; the key
        file brought by the previous one forgotten; the CA folder kept (the same for all)."""
        self.clear_secrets()
        self.p12_field.set_path(None)
        self.save_field.set_path(folder / f"{key_file_stem(signer_name)}.p12")
        self.set_creating(False)

    def use_key_file(self, path: Path) -> None:
        """Switch to "I bring my key file" with ``path`` (a key just created, whose signing
        failed: the member signs with it at the next try)."""
        self.set_creating(False)
        self.p12_field.set_path(path)

    def clear_secrets(self) -> None:
        for edit in (self.passphrase, self.new_passphrase, self.new_again, self.ca_passphrase):
            edit.clear()

    def key_choice(self) -> tuple[KeyChoice | None, str, QWidget]:
        """(the choice, "", _) when the answer is complete, else (None, the problem, the
        field to fix)."""
        if not self.creating():
            p12 = self.p12_field.path()
            if p12 is None:
                return None, self.tr("Choose your key file (.p12)."), self.p12_field
            if not p12.is_file():
                return (
                    None,
                    self.tr("The key file {path} does not exist.").format(path=p12),
                    self.p12_field,
                )
            if not self.passphrase.text():
                return None, self.tr("Type the passphrase of your key file."), self.passphrase
            return KeyChoice(False, p12, self.passphrase.text()), "", self.passphrase
        return self._create_choice()

    # Internals ----------------------------------------------------------------------------

    def _create_choice(self) -> tuple[KeyChoice | None, str, QWidget]:
        first, again = self.new_passphrase.text(), self.new_again.text()
        if len(first) < MIN_PASSPHRASE:
            return (
                None,
                self.tr("The passphrase must have at least {count} characters.").format(
                    count=MIN_PASSPHRASE
                ),
                self.new_passphrase,
            )
        if first != again:
            return None, self.tr("The two passphrases differ: type them again."), self.new_again
        path = self.save_field.path()
        if path is None:
            return None, self.tr("Choose where to save your key."), self.save_field
        if path.suffix.lower() not in (".p12", ".pfx"):
            path = path.with_name(path.name + ".p12")
        if not path.parent.is_dir():
            return (
                None,
                self.tr("The folder {folder} does not exist.").format(folder=path.parent),
                self.save_field,
            )
        for taken in (path, path.with_suffix(".pem")):
            if taken.exists():
                return (
                    None,
                    self.tr("A file named {name} already exists: choose another name.").format(
                        name=taken.name
                    ),
                    self.save_field,
                )
        ca_dir = None
        if self.use_ca.isChecked():
            ca_dir = self.ca_field.path()
            if ca_dir is None or not (ca_dir / "ca-key.pem").is_file():
                return (
                    None,
                    self.tr(
                        "Choose the folder of the jury authority (it holds ca-cert.pem and "
                        "ca-key.pem)."
                    ),
                    self.ca_field,
                )
            if not self.ca_passphrase.text():
                return (
                    None,
                    self.tr("Type the passphrase of the jury authority."),
                    self.ca_passphrase,
                )
        return (
            KeyChoice(True, path, first, ca_dir, self.ca_passphrase.text()),
            "",
            self.new_passphrase,
        )

    def _mode_changed(self, *_args: object) -> None:
        self.stack.setCurrentIndex(1 if self.creating() else 0)

    def _ca_changed(self, *_args: object) -> None:
        on = self.use_ca.isChecked()
        self.ca_field.setEnabled(on)
        self.ca_passphrase.setEnabled(on)

    def _update_note(self, *_args: object) -> None:
        """Plain words on screen; the file's name and what it is in the tooltip (the key's
        name is not chosen yet: no "….pem" placeholder)."""
        path = self.save_field.path()
        self.cert_note.setText(
            self.tr(
                "Your proof of identity is also saved beside your key, as a separate file: "
                "give it to whoever checks the signatures. It holds nothing secret."
            )
        )
        technical = self.tr(
            "Your certificate (public part of your key, PEM format), saved as {name}."
        ).format(name=path.with_suffix(".pem").name if path is not None else "*.pem")
        self.cert_note.setToolTip(technical)
        self.cert_note.setAccessibleDescription(technical)


class SignerBox(QGroupBox):
    """The signing wizard's box for the selected signatory: the :class:`KeyForm`, what to fix
    before signing, and the Sign and Skip buttons (the wizard gives the title)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key_form = KeyForm(self)
        self.sign_button = QPushButton(self.tr("&Sign"), self)
        self.sign_button.setAccessibleName(self.tr("Sign now"))
        self.skip_button = QPushButton(self.tr("Skip (&not at the computer)"), self)
        self.skip_button.setAccessibleName(self.tr("Skip this member"))
        self.skip_button.setAccessibleDescription(
            self.tr("They can be selected in the list later, to sign when they come back.")
        )
        for button in (self.sign_button, self.skip_button):
            button.setAutoDefault(False)
        self.problem = problem_label(self)
        actions = QHBoxLayout()
        actions.addWidget(self.sign_button)
        actions.addWidget(self.skip_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key_form)
        layout.addWidget(self.problem)
        layout.addLayout(actions)
