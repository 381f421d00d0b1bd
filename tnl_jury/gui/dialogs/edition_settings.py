"""File > Edition settings…: how this edition's jury scores and decides.

The dialog only edits values: it is given the current settings
(:func:`tnl_jury.services.edition.get_settings`) and :meth:`EditionSettingsDialog.changes`
gives the ones the user changed, for :func:`tnl_jury.services.edition.update_settings`
(the feature module calls the services, off the GUI thread).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.domain.settings import EditionSettings
from tnl_jury.gui.dialog_buttons import ok_cancel
from tnl_jury.gui.plain_text import PlainLabel

MAX_THRESHOLD = 10.0  # far above any spread a 0–4 or 0–10 scale can have


class EditionSettingsDialog(QDialog):
    """Blind scoring, normalisation, disagreement threshold, president's casting vote."""

    def __init__(self, settings: EditionSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("edition_settings_dialog")
        self._initial = settings
        self.blind_check = QCheckBox(self)
        self.blind_check.setChecked(settings.blind_scoring)
        self.blind_help = _help_label(self)
        self.normalisation_check = QCheckBox(self)
        self.normalisation_check.setChecked(settings.normalisation)
        self.normalisation_help = _help_label(self)
        self.threshold_label = PlainLabel(self)
        self.threshold_spin = QDoubleSpinBox(self)
        self.threshold_spin.setRange(0.0, MAX_THRESHOLD)
        self.threshold_spin.setDecimals(2)
        self.threshold_spin.setSingleStep(0.1)
        self.threshold_spin.setValue(settings.disagreement_threshold)
        self.threshold_label.setBuddy(self.threshold_spin)
        self.threshold_help = _help_label(self)
        self.casting_check = QCheckBox(self)
        self.casting_check.setChecked(settings.president_casting_vote)
        self.casting_help = _help_label(self)

        form = QFormLayout()
        form.addRow(self.blind_check)
        form.addRow(self.blind_help)
        form.addRow(self.normalisation_check)
        form.addRow(self.normalisation_help)
        form.addRow(self.threshold_label, self.threshold_spin)
        form.addRow(self.threshold_help)
        form.addRow(self.casting_check)
        form.addRow(self.casting_help)

        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(self.fontMetrics().averageCharWidth() * 72, self.sizeHint().height())

    def values(self) -> EditionSettings:
        """Every setting as the dialog shows it now."""
        return EditionSettings(
            blind_scoring=self.blind_check.isChecked(),
            normalisation=self.normalisation_check.isChecked(),
            disagreement_threshold=round(self.threshold_spin.value(), 2),
            president_casting_vote=self.casting_check.isChecked(),
        )

    def changes(self) -> dict[str, object]:
        """Only the settings that differ from those the dialog was opened with."""
        return self._initial.differences(self.values())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edition settings"))
        self.blind_check.setText(self.tr("&Blind scoring"))
        self.blind_help.setText(
            self.tr(
                "A member sees the other members' scores on a dossier only after submitting "
                "their own. The president and the secretary always see everything."
            )
        )
        self.normalisation_check.setText(self.tr("Show &normalised scores"))
        self.normalisation_help.setText(
            self.tr(
                "Beside the raw figures, also show each member's scores adjusted for how "
                "strictly they score overall. The raw figures always remain."
            )
        )
        self.threshold_label.setText(self.tr("&Disagreement threshold:"))
        self.threshold_help.setText(
            self.tr(
                "A criterion is flagged as disputed when the standard deviation of the "
                "members' scores reaches this value."
            )
        )
        self.casting_check.setText(self.tr("The &president's vote decides a tie"))
        self.casting_help.setText(
            self.tr("When the votes for and against are equal, the president's vote decides.")
        )
        for control, helper in (
            (self.blind_check, self.blind_help),
            (self.normalisation_check, self.normalisation_help),
            (self.threshold_spin, self.threshold_help),
            (self.casting_check, self.casting_help),
        ):
            control.setAccessibleDescription(helper.text())
        self.blind_check.setAccessibleName(self.tr("Blind scoring"))
        self.normalisation_check.setAccessibleName(self.tr("Show normalised scores"))
        self.threshold_spin.setAccessibleName(self.tr("Disagreement threshold"))
        self.casting_check.setAccessibleName(self.tr("The president's vote decides a tie"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _help_label(parent: QWidget) -> QLabel:
    label = PlainLabel(parent)
    label.setWordWrap(True)
    label.setIndent(label.fontMetrics().averageCharWidth() * 4)  # under its check box's text
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label
