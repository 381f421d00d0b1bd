"""juror packages and ballots

Adds what juror packages and signed ballots need (#7): a stable identifier of each jury file
(``edition.uid``, filled with a random value for existing editions), the members' ballot-signing
public keys (``member_key``), a package's own identity and signing key (``package_identity``,
only in packages), the log of merged ballots (``ballot_import``), the per-item merge state
(``ballot_item``) and the conflicts waiting for the secretariat (``ballot_conflict``).

Data-preserving: only new tables and one new column with a server default.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 15:18:50.604983
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ballot_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=300), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["jury_member.id"],
            name=op.f("fk_ballot_import_member_id_jury_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot_import")),
        sa.UniqueConstraint(
            "fingerprint", "sequence", name=op.f("uq_ballot_import_fingerprint_sequence")
        ),
    )
    with op.batch_alter_table("ballot_import", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ballot_import_member_id"), ["member_id"], unique=False)

    op.create_table(
        "ballot_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=80), nullable=False),
        sa.Column("seen_digest", sa.String(length=64), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.Column("written_digest", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["dossier.id"],
            name=op.f("fk_ballot_item_dossier_id_dossier"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["jury_member.id"],
            name=op.f("fk_ballot_item_member_id_jury_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot_item")),
        sa.UniqueConstraint(
            "member_id", "dossier_id", "item", name=op.f("uq_ballot_item_member_id_dossier_id_item")
        ),
    )
    with op.batch_alter_table("ballot_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ballot_item_dossier_id"), ["dossier_id"], unique=False)

    op.create_table(
        "member_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("package_uid", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["jury_member.id"],
            name=op.f("fk_member_key_member_id_jury_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_key")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_member_key_fingerprint")),
    )
    with op.batch_alter_table("member_key", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_key_member_id"), ["member_id"], unique=False)

    op.create_table(
        "package_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_uid", sa.String(length=32), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("private_key", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("source_name", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("next_sequence", sa.Integer(), nullable=False),
        sa.Column("last_ballot_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["jury_member.id"],
            name=op.f("fk_package_identity_member_id_jury_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package_identity")),
    )
    op.create_table(
        "ballot_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=80), nullable=False),
        sa.Column("file_value", sa.JSON(), nullable=False),
        sa.Column("ballot_value", sa.JSON(), nullable=False),
        sa.Column("ballot_updated_at", sa.DateTime(), nullable=False),
        sa.Column("ballot_import_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=20), nullable=False),
        sa.Column("resolved_by", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["ballot_import_id"],
            ["ballot_import.id"],
            name=op.f("fk_ballot_conflict_ballot_import_id_ballot_import"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["dossier.id"],
            name=op.f("fk_ballot_conflict_dossier_id_dossier"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["jury_member.id"],
            name=op.f("fk_ballot_conflict_member_id_jury_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot_conflict")),
    )
    with op.batch_alter_table("ballot_conflict", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ballot_conflict_dossier_id"), ["dossier_id"], unique=False
        )

    with op.batch_alter_table("edition", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("uid", sa.String(length=32), server_default="", nullable=False)
        )
    # Existing editions get their identifier now (random, like new ones).
    op.execute("UPDATE edition SET uid = lower(hex(randomblob(16))) WHERE uid = ''")


def downgrade() -> None:
    with op.batch_alter_table("edition", schema=None) as batch_op:
        batch_op.drop_column("uid")

    with op.batch_alter_table("ballot_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ballot_conflict_dossier_id"))

    op.drop_table("ballot_conflict")
    op.drop_table("package_identity")
    with op.batch_alter_table("member_key", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_key_member_id"))

    op.drop_table("member_key")
    with op.batch_alter_table("ballot_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ballot_item_dossier_id"))

    op.drop_table("ballot_item")
    with op.batch_alter_table("ballot_import", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ballot_import_member_id"))

    op.drop_table("ballot_import")
