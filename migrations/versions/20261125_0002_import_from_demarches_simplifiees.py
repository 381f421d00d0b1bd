"""import from Démarches Simplifiées

Adds what the importer of Démarches Simplifiées exports keeps: the occurrence, companion
columns and change mark of each answer, the rows of repeated blocks, the experts' notes
(``Avis``), the saved column mapping of template-based exports, the log of imports, the path of
each attachment in its zip and the digest of each dossier's last import.

Data-preserving: only new tables and new columns (with server defaults, so existing rows
upgrade); the occurrence of existing answers is computed from their labels.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 14:22:57.665769
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_mapping",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("id_column", sa.Text(), nullable=False),
        sa.Column("name_column", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mapping")),
    )
    op.create_table(
        "import_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=300), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("variant", sa.String(length=20), nullable=False),
        sa.Column("attachments_file_name", sa.Text(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_run")),
    )
    op.create_table(
        "answer_block_row",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("block_key", sa.String(length=100), nullable=False),
        sa.Column("block_label", sa.Text(), nullable=False),
        sa.Column("row_number", sa.Integer(), nullable=False),
        sa.Column("cells", sa.JSON(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["dossier.id"],
            name=op.f("fk_answer_block_row_dossier_id_dossier"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_block_row")),
        sa.UniqueConstraint(
            "dossier_id", "position", name=op.f("uq_answer_block_row_dossier_id_position")
        ),
    )
    with op.batch_alter_table("answer_block_row", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_answer_block_row_dossier_id"), ["dossier_id"], unique=False
        )

    op.create_table(
        "ds_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=300), nullable=False),
        sa.Column("cells", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["dossier.id"],
            name=op.f("fk_ds_note_dossier_id_dossier"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ds_note")),
        sa.UniqueConstraint("dossier_id", "position", name=op.f("uq_ds_note_dossier_id_position")),
    )
    with op.batch_alter_table("ds_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ds_note_dossier_id"), ["dossier_id"], unique=False)

    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("occurrence", sa.Integer(), server_default="1", nullable=False)
        )
        batch_op.add_column(sa.Column("companions", sa.JSON(), server_default="{}", nullable=False))
        batch_op.add_column(sa.Column("changed_at", sa.DateTime(), nullable=True))
    # Answers written before this revision: number repeated labels in form order.
    op.execute(
        "UPDATE answer SET occurrence = (SELECT COUNT(*) FROM answer AS earlier "
        "WHERE earlier.dossier_id = answer.dossier_id AND earlier.label = answer.label "
        "AND earlier.position <= answer.position)"
    )

    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("path_in_zip", sa.Text(), server_default="", nullable=False))

    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("import_digest", sa.String(length=64), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_column("import_digest")

    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_column("path_in_zip")

    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.drop_column("changed_at")
        batch_op.drop_column("companions")
        batch_op.drop_column("occurrence")

    with op.batch_alter_table("ds_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ds_note_dossier_id"))

    op.drop_table("ds_note")
    with op.batch_alter_table("answer_block_row", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_block_row_dossier_id"))

    op.drop_table("answer_block_row")
    op.drop_table("import_run")
    op.drop_table("import_mapping")
