"""Help > About: version, licence, and the versions of Qt and Python underneath."""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from tnl_jury import APP_NAME, __version__

LICENCE = "AGPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/agpl-3.0.html"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About tnl-jury"))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        description = self.tr(
            "An offline application for a graded-label jury: import the candidates' "
            "dossiers, score them, deliberate and export the results."
        )
        licence = self.tr("Free software, under the licence {licence}.").format(
            licence=f'<a href="{LICENCE_URL}">{LICENCE}</a>'
        )
        versions = self.tr("Qt {qt}, PySide6 {pyside}, Python {python}").format(
            qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version()
        )
        self.text.setText(
            f"<h2>{APP_NAME} {html.escape(__version__)}</h2>"
            f"<p>{html.escape(description)}</p><p>{licence}</p><p>{html.escape(versions)}</p>"
        )
        self.text.setAccessibleName(self.tr("About tnl-jury"))
        self.text.setAccessibleDescription(
            f"{APP_NAME} {__version__}. {description} {LICENCE}. {versions}"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(self.sizeHint().expandedTo(self.fontMetrics().size(0, "M" * 40)))
