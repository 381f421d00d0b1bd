"""Ballot values and times in words, translated (context ``BallotTexts``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

CONTEXT = "BallotTexts"


def local_time_text(utc: dt.datetime | None) -> str:
    """A stored UTC time as the user's short local date and time ("" for None)."""
    if utc is None:
        return ""
    local = utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    # QLocale.toString is typed for Qt's dates (PySide converts a datetime, its stubs don't say).
    qt_local = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return QLocale().toString(qt_local, QLocale.FormatType.ShortFormat)


def value_text(kind: str, value: dict[str, Any] | None) -> str:
    """A score, a proposed level or a recusal in words, with its comment or note."""
    if kind == "recusal":
        if value is None:
            return QCoreApplication.translate("BallotTexts", "Does not step aside")
        return QCoreApplication.translate("BallotTexts", "Steps aside: {reason}").format(
            reason=value.get("reason", "")
        )
    if kind == "level":
        level = None if value is None else value.get("proposed_level")
        note = "" if value is None else str(value.get("general_note") or "")
        shown = (
            QCoreApplication.translate("BallotTexts", "(no level)")
            if level is None
            else QCoreApplication.translate("BallotTexts", "Level {level}").format(level=level)
        )
    else:
        score = None if value is None else value.get("value")
        note = "" if value is None else str(value.get("comment") or "")
        if value is not None and value.get("no_opinion"):
            shown = QCoreApplication.translate("BallotTexts", "No opinion")
        elif score is None:
            shown = QCoreApplication.translate("BallotTexts", "(no score)")
        else:
            shown = str(score)
    return (
        QCoreApplication.translate("BallotTexts", "{value} — “{note}”").format(
            value=shown, note=note
        )
        if note
        else shown
    )


def item_text(kind: str, code: str, label: str) -> str:
    """What a conflict is about: a criterion, the proposed level, or the recusal."""
    if kind == "level":
        return QCoreApplication.translate("BallotTexts", "Proposed level and general note")
    if kind == "recusal":
        return QCoreApplication.translate("BallotTexts", "Stepping aside")
    return f"{code} {label}".strip()
