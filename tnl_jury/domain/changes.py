"""What committed writes changed in a jury file: the change notice's value (Qt-free, pure).

The storage layer fills it (``storage/changes.py``: which tables a transaction wrote, which
dossiers), the jury file publishes it after COMMIT, the GUI's hub (``gui/change_hub.py``)
delivers it to the screens on the GUI thread. It lives here, below every layer, so that the
GUI can name it without loading the storage at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """What a change is about. Each table belongs to one kind (``storage/changes.py``)."""

    SETTINGS = "settings"  # the edition, its grid and settings, letterhead, previous levels
    DOSSIERS = "dossiers"  # dossiers and their answers (import, manual add), import mappings
    ATTACHMENTS = "attachments"  # dossiers' attachments
    MEMBERS = "members"  # jury members, recusals, members' keys
    SCORES = "scores"  # scores and proposed levels, members' progress (submitted…)
    MEETING = "meeting"  # the meeting and its attendance
    DECISIONS = "decisions"  # decisions, their votes, locking
    BALLOTS = "ballots"  # ballot imports, their items and conflicts, package identity
    TRAIL = "trail"  # the audit trail (every write adds an event; outputs add only that)


@dataclass(frozen=True)
class Changes:
    """What one or more committed transactions changed.

    ``kinds``: what changed (:class:`Kind`). ``dossier_ids``: the dossiers whose rows changed
    (scores, decisions, answers…), or None when any dossier may have (a bulk write, a
    cascade, :data:`EVERYTHING`). Screens react to the kinds they show and, where they can,
    redo only the dossiers named.
    """

    kinds: frozenset[Kind]
    dossier_ids: frozenset[int] | None = frozenset()

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def touches(self, *kinds: Kind) -> bool:
        """Whether any of ``kinds`` changed."""
        return not self.kinds.isdisjoint(kinds)

    @property
    def results(self) -> bool:
        """Whether the results (aggregates, levels, statuses, decisions) may have changed."""
        return self.touches(
            Kind.SETTINGS, Kind.DOSSIERS, Kind.MEMBERS, Kind.SCORES, Kind.MEETING, Kind.DECISIONS
        )

    @property
    def results_of_all(self) -> bool:
        """Whether every dossier's results must be computed again (not only some)."""
        return self.touches(Kind.SETTINGS, Kind.MEMBERS) or (
            self.results and self.dossier_ids is None
        )

    def merged(self, other: Changes) -> Changes:
        """Both notices in one (several transactions delivered together)."""
        ids = (
            None
            if self.dossier_ids is None or other.dossier_ids is None
            else self.dossier_ids | other.dossier_ids
        )
        return Changes(self.kinds | other.kinds, ids)


NOTHING = Changes(frozenset())
EVERYTHING = Changes(frozenset(Kind), None)
