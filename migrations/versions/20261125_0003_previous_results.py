"""previous results

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 15:15:11.630181
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "previous_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_key", sa.String(length=300), nullable=False),
        sa.Column("candidate_name", sa.String(length=300), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("source_file", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_previous_result")),
    )
    with op.batch_alter_table("previous_result", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_previous_result_candidate_key"), ["candidate_key"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("previous_result", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_previous_result_candidate_key"))

    op.drop_table("previous_result")
