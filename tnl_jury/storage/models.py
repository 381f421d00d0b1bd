"""SQLAlchemy 2 typed models of a jury file.

The jury file's core tables: the edition and its grid, dossiers and what they hold, the jury,
scores, the meeting and decisions, the audit trail. The tables an import remembers are in
:mod:`.import_models`, those of juror packages and ballots in :mod:`.ballot_models`.

Enumerations are stored as their string values (see :mod:`tnl_jury.domain.enums`); times are
stored in UTC. Every table is created by the Alembic scripts, never by ``create_all``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

# The tables of imports and of ballots live in their own modules; importing them here registers
# them with Base.metadata wherever the models are used (Alembic, the migrations' tests).
from tnl_jury.domain.enums import ProgressStatus
from tnl_jury.storage import ballot_models as ballot_models
from tnl_jury.storage import import_models as import_models
from tnl_jury.storage.orm_base import Base as Base
from tnl_jury.storage.orm_base import new_uid, utcnow


class Edition(Base):
    """The one edition a jury file holds (year, label, dates, settings, grid source)."""

    __tablename__ = "edition"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    label_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300), default="")
    opens_on: Mapped[dt.date | None] = mapped_column(Date)
    closes_on: Mapped[dt.date | None] = mapped_column(Date)
    grid_name: Mapped[str] = mapped_column(String(300), default="")
    grid_source: Mapped[str] = mapped_column(Text, default="")
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    import_hints: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Tells this jury file apart from any other (ballots name it, #7); copies, backups and
    # juror packages made from it share it.
    uid: Mapped[str] = mapped_column(String(32), default=new_uid, server_default="")
    # The letters' letterhead (#19): sender block (organiser, address, contact; one per line),
    # the town the letters are written from, the reference's prefix, the signatory's title.
    letter_sender: Mapped[str] = mapped_column(Text, default="", server_default="")
    letter_place: Mapped[str] = mapped_column(String(200), default="", server_default="")
    letter_reference: Mapped[str] = mapped_column(String(100), default="", server_default="")
    letter_signatory_title: Mapped[str] = mapped_column(String(200), default="", server_default="")


class Scale(Base):
    __tablename__ = "scale"
    __table_args__ = (UniqueConstraint("code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50))
    name: Mapped[str] = mapped_column(String(200))
    steps: Mapped[list[ScaleStep]] = relationship(
        back_populates="scale", order_by="ScaleStep.value", cascade="all, delete-orphan"
    )


class ScaleStep(Base):
    __tablename__ = "scale_step"
    __table_args__ = (UniqueConstraint("scale_id", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scale_id: Mapped[int] = mapped_column(ForeignKey("scale.id", ondelete="CASCADE"))
    value: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    scale: Mapped[Scale] = relationship(back_populates="steps")


class Domain(Base):
    __tablename__ = "domain"
    __table_args__ = (UniqueConstraint("code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50))
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    position: Mapped[int] = mapped_column(Integer)
    criteria: Mapped[list[Criterion]] = relationship(
        back_populates="domain", order_by="Criterion.position", cascade="all, delete-orphan"
    )


class Criterion(Base):
    __tablename__ = "criterion"
    __table_args__ = (UniqueConstraint("code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    domain_id: Mapped[int] = mapped_column(ForeignKey("domain.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(50))
    label: Mapped[str] = mapped_column(String(500))
    help_text: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    position: Mapped[int] = mapped_column(Integer)
    scale_id: Mapped[int] = mapped_column(ForeignKey("scale.id"))
    domain: Mapped[Domain] = relationship(back_populates="criteria")
    scale: Mapped[Scale] = relationship()
    questions: Mapped[list[CriterionQuestion]] = relationship(
        order_by="CriterionQuestion.position", cascade="all, delete-orphan"
    )


class CriterionQuestion(Base):
    """A form question that informs a criterion (by label; ``occurrence`` for repeated labels)."""

    __tablename__ = "criterion_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(Text)
    occurrence: Mapped[int] = mapped_column(Integer, default=1)


class LevelRule(Base):
    __tablename__ = "level_rule"
    __table_args__ = (
        UniqueConstraint("level"),
        CheckConstraint("level BETWEEN 1 AND 5", name="level_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    level: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    min_score: Mapped[float] = mapped_column(Float)
    min_every_domain: Mapped[float | None] = mapped_column(Float)
    domain_minimums: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Dossier(Base):
    """A candidate's dossier, as filed on Démarches Simplifiées."""

    __tablename__ = "dossier"
    __table_args__ = (UniqueConstraint("ds_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ds_number: Mapped[str] = mapped_column(String(50))
    candidate_name: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(20), default="other")
    departement_code: Mapped[str] = mapped_column(String(10), default="")
    official_name: Mapped[str] = mapped_column(String(300), default="")
    official_function: Mapped[str] = mapped_column(String(300), default="")
    referent_name: Mapped[str] = mapped_column(String(300), default="")
    ds_state: Mapped[str] = mapped_column(String(50), default="")
    deposited_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    answers_changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    missing_from_last_import: Mapped[bool] = mapped_column(Boolean, default=False)
    # Digest of what the last import read for this dossier (identity, answers, blocks, notes):
    # a re-import compares digests instead of every answer. Empty for dossiers added by hand.
    import_digest: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # Digest of its repeated-block rows and notes, apart: a csv cannot carry them, so an import
    # of a csv compares (and rewrites) the rest only and keeps them.
    import_side_digest: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # The name the company registry gives (``Entreprise raison sociale``) when the displayed
    # name comes from the form's own name field.
    registry_name: Mapped[str] = mapped_column(String(300), default="", server_default="")
    # The candidate's postal address below its name (street lines, then "postcode TOWN"), from
    # the export's establishment columns (io/ds/postal.py): the letters' address block.
    postal_address: Mapped[str] = mapped_column(String(700), default="", server_default="")
    answers: Mapped[list[Answer]] = relationship(
        order_by="Answer.position", cascade="all, delete-orphan"
    )
    attachments: Mapped[list[Attachment]] = relationship(cascade="all, delete-orphan")
    block_rows: Mapped[list[AnswerBlockRow]] = relationship(
        order_by="AnswerBlockRow.position", cascade="all, delete-orphan"
    )
    notes: Mapped[list[DsNote]] = relationship(
        order_by="DsNote.position", cascade="all, delete-orphan"
    )


class Answer(Base):
    """One answer of a dossier, in form order; the value is kept as the candidate gave it.

    ``occurrence`` tells apart two questions with the same label (1 = the first column carrying
    it); ``companions`` holds the columns Démarches Simplifiées adds after some fields, by their
    suffix (``{"Code INSEE": "34172", "Département": "34 – Hérault"}``). ``changed_at`` is set
    when a re-import changed this answer after a juror had started scoring the dossier.
    """

    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("dossier_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(Text)
    value_type: Mapped[str] = mapped_column(String(20), default="text")
    value: Mapped[str] = mapped_column(Text, default="")
    occurrence: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    companions: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AnswerBlockRow(Base):
    """One row of a repeated block ("répétition") of a dossier, in the order of the export.

    ``cells`` is a list of ``{"label", "occurrence", "value_type", "value", "companions"}``
    objects, in column order; ``block_key`` is the block's stable id in Démarches Simplifiées
    (or its sheet name when the sheet name carries none).
    """

    __tablename__ = "answer_block_row"
    __table_args__ = (UniqueConstraint("dossier_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    block_key: Mapped[str] = mapped_column(String(100))
    block_label: Mapped[str] = mapped_column(Text, default="")
    row_number: Mapped[int] = mapped_column(Integer)
    cells: Mapped[list[Any]] = mapped_column(default=list)
    changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class DsNote(Base):
    """A note read from the export's ``Avis`` sheet (an expert's opinion): read-only.

    ``cells`` keeps every column of the row as ``[header, value]`` pairs, in order.
    """

    __tablename__ = "ds_note"
    __table_args__ = (UniqueConstraint("dossier_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    question: Mapped[str] = mapped_column(Text, default="")
    answer: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(300), default="")
    cells: Mapped[list[Any]] = mapped_column(default=list)


class Attachment(Base):
    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(30), default="piece")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(ForeignKey("attachment_blob.sha256"))
    # The entry's full name in the attachments zip ("" for files added otherwise).
    path_in_zip: Mapped[str] = mapped_column(Text, default="", server_default="")


class JuryMember(Base):
    __tablename__ = "jury_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(20), default="member")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # A deliberative vote (migration 0012): a member without one (the secretary, an observer)
    # may be present but counts neither toward the quorum nor among the voters, and does not score.
    voting: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # The SHA-256 of the member's signing certificate (DER, hex), bound when their key is
    # made or registered: only that certificate may sign the member's box in the minutes.
    cert_sha256: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)


class Recusal(Base):
    """A member steps aside ("se déporte") for one dossier."""

    __tablename__ = "recusal"
    __table_args__ = (UniqueConstraint("member_id", "dossier_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("jury_member.id", ondelete="CASCADE"))
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Score(Base):
    """A member's score of one criterion for one dossier.

    ``value`` NULL with ``no_opinion`` false means "not scored yet"; ``no_opinion`` true means
    the member explicitly has no opinion (never read as zero).
    """

    __tablename__ = "score"
    __table_args__ = (
        UniqueConstraint("member_id", "dossier_id", "criterion_id"),
        CheckConstraint("NOT (no_opinion AND value IS NOT NULL)", name="no_opinion_has_no_value"),
        # Covering indexes in the order the results queries group by, so a recompute of a large
        # edition counts its scores without sorting them (services/result_figures.py). The
        # first also serves every lookup by dossier.
        Index("ix_score_tally", "dossier_id", "criterion_id", "value", "no_opinion"),
        Index(
            "ix_score_by_member", "dossier_id", "member_id", "criterion_id", "value", "no_opinion"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("jury_member.id", ondelete="CASCADE"))
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"))
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id", ondelete="CASCADE"))
    value: Mapped[int | None] = mapped_column(Integer)
    no_opinion: Mapped[bool] = mapped_column(Boolean, default=False)
    comment: Mapped[str] = mapped_column(Text, default="")
    entered_by: Mapped[str] = mapped_column(String(300), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class MemberDossier(Base):
    """A member's progress on a dossier, the level they propose and their general note."""

    __tablename__ = "member_dossier"
    __table_args__ = (
        UniqueConstraint("member_id", "dossier_id"),
        CheckConstraint("proposed_level BETWEEN 0 AND 5", name="proposed_level_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("jury_member.id", ondelete="CASCADE"))
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20), default=ProgressStatus.NOT_STARTED.value)
    proposed_level: Mapped[int | None] = mapped_column(Integer)
    general_note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Meeting(Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), default="")
    quorum_rule: Mapped[str] = mapped_column(String(50), default="more_than_half")
    president_id: Mapped[int | None] = mapped_column(ForeignKey("jury_member.id"))
    secretary_id: Mapped[int | None] = mapped_column(ForeignKey("jury_member.id"))
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # For the minutes (#19): the session's opening and closing times ("HH:MM", local time),
    # and the people present without a vote (secretariat, observers), one per line.
    opened_time: Mapped[str] = mapped_column(String(5), default="", server_default="")
    closed_time: Mapped[str] = mapped_column(String(5), default="", server_default="")
    others_present: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The convocation's date, the agenda (one item per line), how the votes were taken
    # ("show_of_hands" | "secret_ballot" | "").
    convened_on: Mapped[dt.date | None] = mapped_column(Date)
    agenda: Mapped[str] = mapped_column(Text, default="", server_default="")
    vote_method: Mapped[str] = mapped_column(String(20), default="", server_default="")
    # Why the dossiers without a decision were left (one sentence for them all).
    undecided_reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("jury_member.id", ondelete="CASCADE"))
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    # An absent member who sent apologies ("excusé"); meaningless when present.
    excused: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class Decision(Base):
    __tablename__ = "decision"
    __table_args__ = (
        UniqueConstraint("dossier_id"),
        CheckConstraint("level BETWEEN 0 AND 5", name="level_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))
    level: Mapped[int] = mapped_column(Integer)
    motivation: Mapped[str] = mapped_column(Text, default="")
    recommendations: Mapped[str] = mapped_column(Text, default="")
    votes_for: Mapped[int] = mapped_column(Integer, default=0)
    votes_against: Mapped[int] = mapped_column(Integer, default=0)
    abstentions: Mapped[int] = mapped_column(Integer, default=0)
    # A tie the president's casting vote (voix prépondérante) decided.
    by_casting_vote: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    locked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AuditEvent(Base):
    """One change made through the services. ``hash`` chains each event to the previous one."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(300))
    action: Mapped[str] = mapped_column(String(100))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


class PreviousResult(Base):
    """A candidate's level in a previous edition (imported from a results sheet), matched to
    this edition's dossiers by the candidate's name folded for comparison."""

    __tablename__ = "previous_result"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_key: Mapped[str] = mapped_column(String(300), index=True)
    candidate_name: Mapped[str] = mapped_column(String(300))
    level: Mapped[int] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer)
    source_file: Mapped[str] = mapped_column(Text, default="")
