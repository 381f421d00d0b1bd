"""What a ballot holds: a member's own work on the dossiers of one jury file.

A ballot is cumulative: it carries everything the member has done in their package so far
(every dossier they touched), so a later ballot of the same package contains the earlier ones
and losing an earlier ballot loses nothing. Times are UTC (naive ``datetime`` values, as in the
jury file); each value carries the juror's own time of change, which is what the merge
compares ("an older value never overwrites a newer one").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

FORMAT = "tnl-jury-ballot"
VERSION = 1
SUFFIX = ".tnlb"


@dataclass(frozen=True)
class ScoreEntry:
    """One criterion as the member left it: a value, "no opinion", or cleared (both empty)."""

    criterion: str  # the criterion's code in the grid
    value: int | None
    no_opinion: bool
    comment: str
    updated_at: dt.datetime


@dataclass(frozen=True)
class ProgressEntry:
    """The member's progress on a dossier, the level they propose and their general note."""

    status: str  # not_started, in_progress, submitted
    proposed_level: int | None
    general_note: str
    updated_at: dt.datetime
    submitted_at: dt.datetime | None


@dataclass(frozen=True)
class RecusalEntry:
    reason: str
    created_at: dt.datetime


@dataclass(frozen=True)
class DossierEntry:
    ds_number: str  # the Démarches Simplifiées number: the same in every copy of the file
    progress: ProgressEntry | None
    recusal: RecusalEntry | None
    scores: tuple[ScoreEntry, ...]


@dataclass(frozen=True)
class Ballot:
    """The signed payload."""

    edition_uid: str  # the jury file's identifier (``edition.uid``)
    edition_year: int
    edition_title: str
    member_id: int
    member_name: str
    package_uid: str
    sequence: int  # 1, 2, 3… per package
    created_at: dt.datetime
    dossiers: tuple[DossierEntry, ...]

    @property
    def score_count(self) -> int:
        """Scores given or marked "no opinion" (cleared ones not counted)."""
        return sum(
            1 for d in self.dossiers for s in d.scores if s.value is not None or s.no_opinion
        )


@dataclass(frozen=True)
class SignedBallot:
    """A ballot read from a file, its signature not yet checked (see ``codec.verify``)."""

    path: Path
    ballot: Ballot
    key_fingerprint: str
    signature: bytes
    signed_bytes: bytes  # what the signature covers
    sha256: str  # of ``signed_bytes``: tells two ballots apart whatever their layout
