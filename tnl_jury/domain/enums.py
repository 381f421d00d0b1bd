"""The closed vocabularies of the domain, stored as their string values."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

E = TypeVar("E", bound=StrEnum)


class MemberRole(StrEnum):
    """The role of a jury member in the meeting."""

    PRESIDENT = "president"
    VICE_PRESIDENT = "vice_president"  # a voting member who may chair in the president's absence
    MEMBER = "member"
    SECRETARY = "secretary"


class DossierKind(StrEnum):
    """The kind of local government that files a dossier."""

    COMMUNE = "commune"
    EPCI = "epci"
    DEPARTEMENT = "departement"
    REGION = "region"
    OTHER = "other"


class ProgressStatus(StrEnum):
    """Where a member stands with one dossier (stored in ``member_dossier.status``; a ballot
    carries the same words). The front ends' words for them: ``gui/scoring/status.py``."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"


# The status the scoring screens and the progress matrix show for a dossier a member stepped
# aside from (never stored: a recusal is its own row).
RECUSED = "recused"


class BallotStatus(StrEnum):
    """What importing one ballot file did (``tnl-jury ballots import``, the summary dialog)."""

    IMPORTED = "imported"
    ALREADY_IMPORTED = "already_imported"
    REFUSED = "refused"


class DecisionStatus(StrEnum):
    """Where a dossier stands in the deliberation, most urgent first (the results table's sort
    order); see :attr:`tnl_jury.services.results.DossierResults.status`."""

    TO_DISCUSS = "to_discuss"
    PENDING = "pending"
    DECIDED = "decided"
    LOCKED = "locked"


class AnswerType(StrEnum):
    """How an answer's value is stored (typed only where the type is certain)."""

    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    DATETIME = "datetime"
    BOOLEAN = "boolean"
    EMPTY = "empty"


def parse_enum(enum: type[E], value: str, what: str) -> E:
    """Return the member of ``enum`` whose value is ``value`` or raise a readable ValueError."""
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise ValueError(f"unknown {what} {value!r} (expected one of: {allowed})") from None
