"""The list of signatories in the signing wizard: each one's state (to sign, signed, skipped),
the table columns, and the "who has signed" sentence. Texts are in the wizard's context.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from tnl_jury.domain.signing import Signatory
from tnl_jury.gui.models.common import Column
from tnl_jury.gui.vocabulary import role_label

WAITING, SIGNED_BEFORE, SIGNED, SKIPPED = "waiting", "signed_before", "signed", "skipped"


@dataclass(frozen=True)
class SignatoryState:
    signatory: Signatory
    status: str  # WAITING, SIGNED_BEFORE, SIGNED or SKIPPED
    signed_at: dt.datetime | None = None

    @property
    def has_signed(self) -> bool:
        return self.status in (SIGNED, SIGNED_BEFORE)


def status_text(state: SignatoryState) -> str:
    if state.status == SIGNED and state.signed_at is not None:
        local = state.signed_at.astimezone()
        when = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        return QCoreApplication.translate("SigningWizard", "Signed at {time}").format(time=when)
    texts = {
        WAITING: QCoreApplication.translate("SigningWizard", "To sign"),
        SIGNED_BEFORE: QCoreApplication.translate("SigningWizard", "Already signed"),
        SIGNED: QCoreApplication.translate("SigningWizard", "Signed"),
        SKIPPED: QCoreApplication.translate("SigningWizard", "Skipped (not at the computer)"),
    }
    return texts[state.status]


def signatory_columns() -> list[Column[SignatoryState]]:
    return [
        Column(
            lambda: QCoreApplication.translate("SigningWizard", "Member"),
            lambda s: s.signatory.name,
        ),
        Column(
            lambda: QCoreApplication.translate("SigningWizard", "Role"),
            lambda s: role_label(s.signatory.role) if s.signatory.role else "",
        ),
        Column(lambda: QCoreApplication.translate("SigningWizard", "Signature"), status_text),
    ]


def progress_text(states: list[SignatoryState]) -> str:
    """Who has signed, who was skipped, who is still to sign (or what to do first)."""

    if not states:
        return QCoreApplication.translate(
            "SigningWizard", "Choose the minutes to sign, or generate them now."
        )
    signed = ", ".join(s.signatory.name for s in states if s.has_signed)
    skipped = ", ".join(s.signatory.name for s in states if s.status == SKIPPED)
    waiting = ", ".join(s.signatory.name for s in states if s.status == WAITING)
    if signed:
        parts = [
            QCoreApplication.translate("SigningWizard", "Signed: {names}.").format(names=signed)
        ]
    else:
        parts = [QCoreApplication.translate("SigningWizard", "Nobody has signed yet.")]
    if skipped:
        parts.append(
            QCoreApplication.translate("SigningWizard", "Skipped: {names}.").format(names=skipped)
        )
    if waiting:
        parts.append(
            QCoreApplication.translate("SigningWizard", "Still to sign: {names}.").format(
                names=waiting
            )
        )
    return " ".join(parts)
