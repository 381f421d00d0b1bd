"""Translated words for the domain's stored codes (kinds of candidate, roles, levels).

The stored values are English codes (``commune``, ``president``…); the interface shows them in
the user's language. An unknown code is shown as it is rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_label(kind: str) -> str:
    """The kind of local government, e.g. "Commune", "EPCI"."""
    labels = {
        "commune": QCoreApplication.translate("Vocabulary", "Municipality"),
        "epci": QCoreApplication.translate("Vocabulary", "Intermunicipality (EPCI)"),
        "departement": QCoreApplication.translate("Vocabulary", "Département"),
        "region": QCoreApplication.translate("Vocabulary", "Region"),
        "other": QCoreApplication.translate("Vocabulary", "Other"),
    }
    return labels.get(kind, kind)


def role_label(role: str) -> str:
    """A jury member's role in the meeting."""
    labels = {
        "president": QCoreApplication.translate("Vocabulary", "President"),
        "vice_president": QCoreApplication.translate("Vocabulary", "Vice-president"),
        "member": QCoreApplication.translate("Vocabulary", "Member"),
        "secretary": QCoreApplication.translate("Vocabulary", "Secretary"),
    }
    return labels.get(role, role)


def yes_no(value: bool) -> str:
    """Written out, so that a state never depends on a colour or a check mark alone."""
    return (
        QCoreApplication.translate("Vocabulary", "Yes")
        if value
        else QCoreApplication.translate("Vocabulary", "No")
    )


def level_label(level: int | None) -> str:
    """The decided label level, or a dash when the jury has not decided yet."""
    if level is None:
        return "—"
    return QCoreApplication.translate("Vocabulary", "Level {level}").format(level=level)


def level_accessible(level: int | None) -> str:
    """What a screen reader says for :func:`level_label` (a dash says nothing)."""
    if level is None:
        return QCoreApplication.translate("Vocabulary", "not decided yet")
    return level_label(level)
