"""The meeting services' refusals in the interface's language.

The services word their :class:`~tnl_jury.domain.errors.RuleError` in English (the CLI prints
them as they are). The decision form shows them inline: the refusals it can meet are
recognised here and said again in the interface's language, with their figures; any other
refusal keeps the service's own words.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from tnl_jury.domain.meeting import Quorum

_QUORUM = re.compile(r"without quorum: (\d+) of (\d+) members present \((\d+) required\)")
_NOT_ADOPTED = re.compile(r"is not adopted \((\d+) for, (\d+) against, (\d+) abstentions\)")
_TOO_MANY = re.compile(r"^(\d+) votes for (\d+) members entitled to vote")


def explain(message: str, *, french: bool) -> str:
    """``message`` (a service's refusal) as one sentence in the interface's language."""
    if found := _QUORUM.search(message):
        present, members, required = (int(g) for g in found.groups())
        q = Quorum(present, members, required)
        return QCoreApplication.translate(
            "Refusals", "No decision can be recorded without quorum: {statement}"
        ).format(statement=q.statement_fr() if french else q.statement_en())
    if found := _NOT_ADOPTED.search(message):
        votes_for, against, abstentions = found.groups()
        return QCoreApplication.translate(
            "Refusals",
            "The level is not adopted ({votes_for} for, {against} against, {abstentions} "
            "abstentions): it needs a majority of the votes cast.",
        ).format(votes_for=votes_for, against=against, abstentions=abstentions)
    if found := _TOO_MANY.search(message):
        total, eligible = found.groups()
        return QCoreApplication.translate(
            "Refusals",
            "{total} votes for {eligible} members entitled to vote (present and not recused).",
        ).format(total=total, eligible=eligible)
    known = {
        "nobody voted": QCoreApplication.translate("Refusals", "Nobody voted."),
        "a decision needs a motivation": QCoreApplication.translate(
            "Refusals", "A decision needs a motivation."
        ),
        "the meeting is closed: reopen": QCoreApplication.translate(
            "Refusals", "The meeting is closed: reopen the decision first (a reason is required)."
        ),
        "can no longer change": QCoreApplication.translate(
            "Refusals", "The meeting is closed: its record can no longer change."
        ),
        "is locked": QCoreApplication.translate(
            "Refusals", "This decision is locked: reopen it first (a reason is required)."
        ),
        "reopening a decision needs a reason": QCoreApplication.translate(
            "Refusals", "Reopening a decision needs a reason."
        ),
        "no meeting has been recorded": QCoreApplication.translate(
            "Refusals", "No meeting has been recorded yet."
        ),
        "the meeting is already closed": QCoreApplication.translate(
            "Refusals", "The meeting is already closed."
        ),
    }
    for key, text in known.items():
        if key in message:
            return text
    message = message.strip()
    if message and message[-1] not in ".!?…":
        message += "."
    return message[:1].upper() + message[1:]
