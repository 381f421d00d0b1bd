"""The meeting's rules: quorum and votes.

A quorum rule is a string stored with the meeting:

* ``more_than_half`` (the default): more than half of the jury's active members are present;
* ``two_thirds``: at least two thirds are present;
* ``at_least:N``: at least N members are present.

A decision is adopted by a majority of the votes cast (for > against; abstentions are not votes
cast). On a tie, the president's vote decides when the edition allows it (the default) and the
president took part in the vote.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, RuleError

DEFAULT_QUORUM_RULE = "more_than_half"


class Ballot(StrEnum):
    """How one member voted."""

    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"


def required_present(rule: str, members: int) -> int:
    """How many present members the rule requires out of ``members`` active ones."""
    if rule == "more_than_half":
        return members // 2 + 1
    if rule == "two_thirds":
        return math.ceil(members * 2 / 3)
    if rule.startswith("at_least:"):
        try:
            count = int(rule.split(":", 1)[1])
        except ValueError:
            raise RuleError(
                QT_TRANSLATE_NOOP("Errors", "the quorum rule {rule!r} is not understood"),
                rule=rule,
            ) from None
        if count < 1:
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "Errors", "the quorum rule {rule!r} must require at least one member"
                ),
                rule=rule,
            )
        return count
    raise RuleError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "the quorum rule {rule!r} is not understood "
            "(use more_than_half, two_thirds or at_least:N)",
        ),
        rule=rule,
    )


@dataclass(frozen=True)
class Quorum:
    present: int
    members: int
    required: int

    @property
    def reached(self) -> bool:
        return self.present >= self.required

    def statement_fr(self) -> str:
        """One sentence for the minutes."""
        verdict = "le quorum est atteint" if self.reached else "le quorum n'est pas atteint"
        plural = "s" if self.present > 1 else ""
        return (
            f"{self.present} membre{plural} présent{plural} sur {self.members} "
            f"({self.required} requis) : {verdict}."
        )

    def statement_en(self) -> str:
        verdict = "quorum is reached" if self.reached else "quorum is not reached"
        return (
            f"{self.present} of {self.members} members present "
            f"({self.required} required): {verdict}."
        )


def quorum(rule: str, present: int, members: int) -> Quorum:
    return Quorum(present, members, required_present(rule, members))


@dataclass(frozen=True)
class VoteResult:
    votes_for: int
    votes_against: int
    abstentions: int
    adopted: bool
    by_casting_vote: bool


def count_vote(
    votes_for: int,
    votes_against: int,
    abstentions: int,
    eligible: int,
    *,
    president_ballot: Ballot | None = None,
    casting_vote: bool = True,
) -> VoteResult:
    """Check a tally against the ``eligible`` voters (present, not recused) and decide it.

    Raises RuleError when the tally is impossible (negative, more votes than voters, nobody
    voted).
    """
    if min(votes_for, votes_against, abstentions) < 0:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "vote counts cannot be negative"))
    total = votes_for + votes_against + abstentions
    if total == 0:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "nobody voted"))
    if total > eligible:
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{total} votes for {eligible} members entitled to vote (present with a "
                "deliberative vote, not recused)",
            ),
            total=total,
            eligible=eligible,
        )
    if votes_for != votes_against:
        return VoteResult(votes_for, votes_against, abstentions, votes_for > votes_against, False)
    if casting_vote and president_ballot in (Ballot.FOR, Ballot.AGAINST):
        return VoteResult(
            votes_for, votes_against, abstentions, president_ballot is Ballot.FOR, True
        )
    return VoteResult(votes_for, votes_against, abstentions, False, False)
