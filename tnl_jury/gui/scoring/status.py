"""How a member's progress on a dossier reads and looks: a symbol and words first, a
background colour second (colour is never the only signal)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from tnl_jury.domain.enums import RECUSED, ProgressStatus

NOT_STARTED = ProgressStatus.NOT_STARTED
IN_PROGRESS = ProgressStatus.IN_PROGRESS
SUBMITTED = ProgressStatus.SUBMITTED
__all__ = ["IN_PROGRESS", "NOT_STARTED", "RECUSED", "SUBMITTED"]

# Light backgrounds with dark text, readable on light and dark themes alike.
_COLOURS = {
    SUBMITTED: QColor("#cdeccf"),
    IN_PROGRESS: QColor("#fde8b4"),
    RECUSED: QColor("#dcdcdc"),
}
TEXT_ON_COLOUR = QColor("#1a1a1a")
CHANGED_COLOUR = "#fde8b4"  # answers changed by a re-import (with the words "Changed")


def status_text(status: str) -> str:
    """The status with its symbol, e.g. "✓ Submitted"."""
    texts = {
        NOT_STARTED: "○ " + QCoreApplication.translate("ScoringStatus", "Not started"),
        IN_PROGRESS: "◐ " + QCoreApplication.translate("ScoringStatus", "In progress"),
        SUBMITTED: "✓ " + QCoreApplication.translate("ScoringStatus", "Submitted"),
        RECUSED: "⊘ " + QCoreApplication.translate("ScoringStatus", "Stepped aside"),
    }
    return texts.get(status, status)


def status_words(status: str) -> str:
    """The status without its symbol (what a screen reader says)."""
    return status_text(status).split(" ", 1)[-1]


def status_colour(status: str) -> QColor | None:
    """The background of a status cell, or None (the view's own) for "not started"."""
    return _COLOURS.get(status)
