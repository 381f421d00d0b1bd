"""ds_mapping: the secretariat's mapping of the procedure's questions to the grid

Adds what #14 needs: ``question_mapping`` (which column of the export answers each question of
the grid), ``identity_mapping`` (which column holds each identity field of the candidate), and
two columns of ``dossier``: ``import_side_digest`` (the digest of the repeated-block rows and
notes, apart, so that a csv, which cannot carry them, keeps them) and ``registry_name`` (the
company registry's name when the displayed name comes from the form).

Data-preserving: new tables and new columns with server defaults.

Revision ID: 0006_ds_mapping
Revises: 0005
Create Date: 2026-12-07 18:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_ds_mapping"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "question_mapping",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("question_label", sa.Text(), nullable=False),
        sa.Column("question_occurrence", sa.Integer(), nullable=False),
        sa.Column("column_label", sa.Text(), nullable=False),
        sa.Column("column_occurrence", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_question_mapping")),
        sa.UniqueConstraint(
            "question_label",
            "question_occurrence",
            name=op.f("uq_question_mapping_question_label_question_occurrence"),
        ),
    )
    op.create_table(
        "identity_mapping",
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("column_label", sa.Text(), nullable=False),
        sa.Column("column_occurrence", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("field", name=op.f("pk_identity_mapping")),
    )
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("import_side_digest", sa.String(length=64), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("registry_name", sa.String(length=300), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_column("registry_name")
        batch_op.drop_column("import_side_digest")
    op.drop_table("identity_mapping")
    op.drop_table("question_mapping")
