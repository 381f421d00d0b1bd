"""Models of what an import of a Démarches Simplifiées export remembers: the secretariat's
column choices, each run, and the attachments' bytes (stored once per content). The dossiers'
own rows (answers, blocks, notes, attachments) are in :mod:`.models`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    DateTime,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from tnl_jury.storage.orm_base import Base, utcnow


class ImportMapping(Base):
    """Which columns of a template-based export hold the dossier number and the candidate's
    name, as the user said once; reused by later imports whose header has these columns."""

    __tablename__ = "import_mapping"

    id: Mapped[int] = mapped_column(primary_key=True)
    id_column: Mapped[str] = mapped_column(Text, default="")
    name_column: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    used_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class QuestionMapping(Base):
    """Which column of the procedure's export answers a question of the grid, as the
    secretariat chose it (or confirmed the proposal): the grid's question by label and
    occurrence, the export's column likewise; an empty ``column_label`` says the procedure's
    form has no such question. Reused by every later import and by the scoring screen."""

    __tablename__ = "question_mapping"
    __table_args__ = (UniqueConstraint("question_label", "question_occurrence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question_label: Mapped[str] = mapped_column(Text)
    question_occurrence: Mapped[int] = mapped_column(Integer, default=1)
    column_label: Mapped[str] = mapped_column(Text, default="")
    column_occurrence: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class IdentityMapping(Base):
    """Which column of the export holds an identity field of the candidate (``field``: one of
    ``candidate_name``, ``kind``, ``departement``, ``official_name``, ``official_function``,
    ``referent_name``); tried before the grid's ``[import]`` labels."""

    __tablename__ = "identity_mapping"

    field: Mapped[str] = mapped_column(String(40), primary_key=True)
    column_label: Mapped[str] = mapped_column(Text)
    column_occurrence: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ImportRun(Base):
    """One import of a Démarches Simplifiées export: when, what file, what it did."""

    __tablename__ = "import_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(300), default="")
    file_name: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    format: Mapped[str] = mapped_column(String(10))
    variant: Mapped[str] = mapped_column(String(20))
    attachments_file_name: Mapped[str] = mapped_column(Text, default="")
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    warnings: Mapped[list[Any]] = mapped_column(default=list)


class AttachmentBlob(Base):
    """The bytes of an attachment, stored once per content (deduplicated by sha256)."""

    __tablename__ = "attachment_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
