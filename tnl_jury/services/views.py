"""The plain values the services return: read models for the GUI, the CLI and exporters."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class EditionInfo:
    year: int
    label_name: str
    title: str
    opens_on: dt.date | None
    closes_on: dt.date | None
    grid_name: str


@dataclass(frozen=True)
class CriterionInfo:
    code: str
    label: str
    weight: float
    scale_min: int
    scale_max: int


@dataclass(frozen=True)
class DomainInfo:
    code: str
    name: str
    weight: float
    criteria: tuple[CriterionInfo, ...]


@dataclass(frozen=True)
class Counts:
    dossiers: int
    members: int
    scores: int
    decisions: int
    answers: int
    attachments: int


@dataclass(frozen=True)
class MemberRow:
    id: int
    name: str
    organisation: str
    role: str
    active: bool
    cert_sha256: str | None = None  # the certificate bound to the member (SHA-256, hex)
    voting: bool = True  # a deliberative vote: counts toward quorum, votes, scores


@dataclass(frozen=True)
class RecusalRow:
    member_id: int
    member_name: str
    dossier_id: int
    ds_number: str
    candidate_name: str
    reason: str


@dataclass(frozen=True)
class DossierRow:
    """One line of the dossier list."""

    id: int
    ds_number: str
    candidate_name: str
    kind: str
    departement_code: str
    official_name: str
    official_function: str
    ds_state: str
    deposited_at: dt.datetime | None
    answer_count: int
    scored_members: int
    submitted_members: int
    decision_level: int | None
    flags: tuple[str, ...] = field(default=())
    registry_name: str = ""  # the company registry's name, when the form's name is shown


@dataclass(frozen=True)
class AnswerRow:
    position: int
    label: str
    value_type: str
    value: str


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    file_name: str
    kind: str
    size: int
    sha256: str


@dataclass(frozen=True)
class DossierDetail:
    row: DossierRow
    referent_name: str
    answers: tuple[AnswerRow, ...]
    attachments: tuple[AttachmentRow, ...]


@dataclass(frozen=True)
class ScoreRow:
    member_id: int
    dossier_id: int
    criterion_code: str
    value: int | None
    no_opinion: bool
    comment: str
    updated_at: dt.datetime
    # After a write (set_score): the member's status on the dossier that follows it; not part
    # of the row's identity (a row read back has None).
    progress_status: str | None = field(default=None, compare=False)
