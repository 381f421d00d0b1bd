"""Models of juror packages and ballots (#7): see tnl_jury/services/packages.py and ballots.py."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from tnl_jury.storage.orm_base import Base, utcnow


class MemberKey(Base):
    """In the secretariat's file: a member's ballot-signing public key (Ed25519), registered
    when a juror package was made for them. Ballots are verified against these keys only."""

    __tablename__ = "member_key"
    __table_args__ = (UniqueConstraint("fingerprint"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("jury_member.id", ondelete="CASCADE"), index=True
    )
    fingerprint: Mapped[str] = mapped_column(String(64))  # SHA-256 of the raw public key
    public_key: Mapped[str] = mapped_column(String(64))  # the raw 32-byte key, in hex
    package_uid: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class PackageIdentity(Base):
    """In a juror package only (one row): whose package this is, and their signing key.

    A jury file holding a row here is a package and opens in juror mode.
    """

    __tablename__ = "package_identity"

    id: Mapped[int] = mapped_column(primary_key=True)
    package_uid: Mapped[str] = mapped_column(String(32))
    member_id: Mapped[int] = mapped_column(ForeignKey("jury_member.id", ondelete="CASCADE"))
    private_key: Mapped[str] = mapped_column(Text)  # PKCS#8 PEM, not encrypted (threat model)
    fingerprint: Mapped[str] = mapped_column(String(64))
    source_name: Mapped[str] = mapped_column(Text, default="")  # the secretariat's file name
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    next_sequence: Mapped[int] = mapped_column(Integer, default=1)
    last_ballot_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class BallotImport(Base):
    """In the secretariat's file: one ballot merged (what it was and what it did)."""

    __tablename__ = "ballot_import"
    __table_args__ = (UniqueConstraint("fingerprint", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("jury_member.id", ondelete="CASCADE"), index=True
    )
    fingerprint: Mapped[str] = mapped_column(String(64))
    sequence: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)  # when the juror made it
    sha256: Mapped[str] = mapped_column(String(64))  # of the signed payload
    file_name: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(300), default="")
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)


class BallotItem(Base):
    """In the secretariat's file, per member, dossier and item (``score:<criterion code>``,
    ``level``, ``status``, ``recusal``): the newest ballot value seen (digest and the juror's
    time) and the digest of the value a ballot last wrote into the file ("" when none), which
    tells a value still as the ballot left it from one changed since by someone else."""

    __tablename__ = "ballot_item"
    __table_args__ = (UniqueConstraint("member_id", "dossier_id", "item"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("jury_member.id", ondelete="CASCADE"))
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    item: Mapped[str] = mapped_column(String(80))
    seen_digest: Mapped[str] = mapped_column(String(64))
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime)
    written_digest: Mapped[str] = mapped_column(String(64), default="")


class BallotConflict(Base):
    """In the secretariat's file: a ballot value that differs from a value someone else put in
    the file (typed from a paper sheet, say). Both are kept until the secretariat chooses."""

    __tablename__ = "ballot_conflict"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("jury_member.id", ondelete="CASCADE"))
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    item: Mapped[str] = mapped_column(String(80))
    file_value: Mapped[dict[str, Any]] = mapped_column(default=dict)  # when it was found
    ballot_value: Mapped[dict[str, Any]] = mapped_column(default=dict)
    ballot_updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ballot_import_id: Mapped[int | None] = mapped_column(
        ForeignKey("ballot_import.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str] = mapped_column(String(20), default="")  # ballot, file, agreed
    resolved_by: Mapped[str] = mapped_column(String(300), default="")
