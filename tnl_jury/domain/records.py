"""What the exporters receive: a self-contained record of an edition's results.

The services build a :class:`ResultsRecord` from the jury file; the io layer turns it into
spreadsheets, minutes, letters and the published list. Nothing here knows about databases or
file formats, so exporters can be tested on records built by hand.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field


@dataclass(frozen=True)
class MemberRecord:
    id: int
    name: str
    organisation: str
    role: str  # president | member | secretary
    present: bool | None  # None when no meeting was recorded
    cert_sha256: str | None = None  # the certificate bound to the member, if any
    excused: bool = False  # absent with apologies ("excusé")
    voting: bool = True  # a deliberative vote; without one, listed among the others present


@dataclass(frozen=True)
class RecusalRecord:
    member_name: str
    ds_number: str
    candidate_name: str
    reason: str


@dataclass(frozen=True)
class DomainScoreRecord:
    code: str
    name: str
    score: float | None


@dataclass(frozen=True)
class VoteRecord:
    votes_for: int
    votes_against: int
    abstentions: int
    by_casting_vote: bool = False  # a tie the president's casting vote decided


@dataclass(frozen=True)
class DossierRecord:
    """One candidate and, when the jury decided, its decision."""

    ds_number: str
    candidate_name: str
    kind: str  # commune | epci | departement | region | other
    departement_code: str
    official_name: str  # "M. Prénom NOM"
    official_function: str  # "1er Adjoint"
    overall_score: float | None
    domain_scores: tuple[DomainScoreRecord, ...]
    level: int | None  # None: no decision yet; 0: no label
    level_name: str
    motivation: str
    recommendations: str
    vote: VoteRecord | None
    recused_members: tuple[str, ...] = ()
    # Below the candidate's name in a letter's address block: street lines, "postcode TOWN".
    postal_address: str = ""

    @property
    def published_line(self) -> str:
        """The line of the published list: ``Ville de La Tronche (38) – Dossier porté par
        M. Prénom NOM, 1er Adjoint``."""
        head = self.candidate_name
        if self.departement_code:
            head += f" ({self.departement_code})"
        if not self.official_name:
            return head
        carried = f"Dossier porté par {self.official_name}"
        if self.official_function:
            carried += f", {self.official_function}"
        return f"{head} – {carried}"


@dataclass(frozen=True)
class ScoreRecord:
    """One line of the detailed scores (long format)."""

    ds_number: str
    candidate_name: str
    member_name: str
    criterion_code: str
    criterion_label: str
    value: int | None
    no_opinion: bool
    comment: str
    domain_name: str = ""  # the criterion's domain (rows come in grid order: domain, criterion)


@dataclass(frozen=True)
class MeetingRecord:
    held_on: dt.date | None
    place: str
    president: str
    secretary: str
    quorum_statement: str  # one sentence, e.g. "7 membres présents sur 8 : le quorum est atteint."
    opened_time: str = ""  # "HH:MM", the session's opening
    closed_time: str = ""  # "HH:MM", its closing
    others_present: tuple[str, ...] = ()  # present without a vote: "Name, capacity"
    convened_on: dt.date | None = None  # the day the members were convened
    agenda: tuple[str, ...] = ()
    vote_method: str = ""  # "show_of_hands" | "secret_ballot" | ""
    undecided_reason: str = ""  # why the dossiers without a decision were left


@dataclass(frozen=True)
class ThresholdRecord:
    """What a level asks of the scores (the grid's level rule), for the letters' chart."""

    level: int
    min_score: float
    min_every_domain: float | None = None
    domain_minimums: tuple[tuple[str, float], ...] = ()  # (domain code, minimum)

    def domain_minimum(self, code: str) -> float | None:
        """The least score this level asks of domain ``code`` (None: no requirement)."""
        named = dict(self.domain_minimums).get(code)
        values = [v for v in (self.min_every_domain, named) if v is not None]
        return max(values) if values else None


@dataclass(frozen=True)
class CriterionRecord:
    """One criterion of the grid, for the minutes' grid annex."""

    domain_code: str
    domain_name: str
    domain_weight: float
    code: str
    label: str
    weight: float


@dataclass(frozen=True)
class MethodRecord:
    """The method the minutes describe: the grid and its levels (the documents word it)."""

    grid_name: str  # "" when unknown: the minutes then say nothing of the grid
    domain_count: int
    criterion_count: int
    levels: tuple[tuple[int, str], ...]  # (level, name) in increasing order
    thresholds: tuple[ThresholdRecord, ...] = ()  # in increasing level order
    scale_max: float = 0.0  # the top of the scoring scale (0: unknown)
    criteria: tuple[CriterionRecord, ...] = ()  # the grid, in its order


@dataclass(frozen=True)
class Letterhead:
    """What an edition's letters are headed and signed with (#19); every field may be empty.

    ``sender``: the sender block, one line each (organiser, address, contact); ``place``: the
    town the letters are written from; ``reference``: the prefix of each letter's reference
    (the dossier number follows it); ``signatory_title``: the signatory's own title
    (``Présidente du jury``)."""

    sender: str = ""
    place: str = ""
    reference: str = ""
    signatory_title: str = ""


@dataclass(frozen=True)
class ResultsRecord:
    label_name: str
    edition_title: str
    year: int
    meeting: MeetingRecord | None
    method: MethodRecord
    members: tuple[MemberRecord, ...]
    recusals: tuple[RecusalRecord, ...]
    dossiers: tuple[DossierRecord, ...]
    scores: tuple[ScoreRecord, ...] = field(default=())
    domain_names: tuple[tuple[str, str], ...] = ()  # (code, name) in grid order
    # The audit trail when the record was built: how many events, the newest one's hash. The
    # minutes print it, so that the signed minutes vouch for the trail up to that event.
    audit_events: int = 0
    audit_head: str = ""
    letterhead: Letterhead = field(default_factory=Letterhead)
    # Dossiers the jury received and, of them, the admissible ones (None: not counted).
    dossiers_received: int | None = None
    dossiers_admissible: int | None = None


def state_digest(record: ResultsRecord) -> str:
    """The SHA-256 (hex) of the state the minutes of ``record`` record: the meeting, who was
    present, the recusals, the method, every dossier with its decision, vote, motivation and
    the overall score printed beside a decision. Left out: the audit trail's head (it grows as
    documents are written), the figures the minutes do not print (domain scores, detailed
    scores, the score of a dossier without a decision: scoring may go on), the letters'
    letterhead and the candidates' postal addresses (the letters print them), and the
    members' certificate bindings (made while the minutes are being signed). The minutes
    print it; signing them with the jury file and ``audit verify --minutes`` compare it with
    the file's current state."""
    data = dataclasses.asdict(record)
    for key in ("audit_events", "audit_head", "scores", "letterhead"):
        data.pop(key, None)
    for member in data["members"]:
        member.pop("cert_sha256", None)
        if member.get("voting", True):
            # Minutes signed before members could sit without a vote still match.
            member.pop("voting", None)
    data["method"] = _digested_method(data["method"])
    for dossier in data["dossiers"]:
        dossier.pop("domain_scores", None)
        dossier.pop("postal_address", None)  # the letters print it, the minutes do not
        if dossier["level"] is None:
            dossier.pop("overall_score", None)
    payload = json.dumps(
        data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _digested_method(method: dict[str, object]) -> dict[str, object]:
    """The method as the digest has always hashed it: two French sentences, the grid's and the
    rules'. The documents word the method themselves now (``io/pdf/minutes.py``); the digest
    keeps the sentences the record used to carry, word for word, so that minutes signed before
    still match their unchanged jury file."""
    digested = {k: v for k, v in method.items() if k not in _METHOD_FIGURES}
    digested["grid"] = (
        f"Chaque dossier a été noté selon la grille « {method['grid_name']} » : "
        f"{method['domain_count']} domaines, {method['criterion_count']} critères."
    )
    digested["rules"] = (
        "Le score agrégé est la moyenne pondérée des notes des membres non déportés ; "
        "les niveaux suivent les seuils de la grille, puis le jury a voté chaque "
        "décision à la majorité des suffrages exprimés."
    )
    return digested


_METHOD_FIGURES = ("grid_name", "domain_count", "criterion_count")
