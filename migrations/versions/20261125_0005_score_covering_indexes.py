"""score covering indexes for the results queries

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 17:10:00

The results of a large edition are counted by SQLite (services/result_figures.py), grouped by
(dossier, criterion, value) and by (dossier, member). These two covering indexes let both
queries walk the scores in that order instead of sorting millions of rows; the first one starts
with the dossier, so it replaces the plain index on ``score.dossier_id``.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("score", schema=None) as batch_op:
        batch_op.drop_index("ix_score_dossier_id")
        batch_op.create_index(
            "ix_score_tally", ["dossier_id", "criterion_id", "value", "no_opinion"], unique=False
        )
        batch_op.create_index(
            "ix_score_by_member",
            ["dossier_id", "member_id", "criterion_id", "value", "no_opinion"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("score", schema=None) as batch_op:
        batch_op.drop_index("ix_score_by_member")
        batch_op.drop_index("ix_score_tally")
        batch_op.create_index("ix_score_dossier_id", ["dossier_id"], unique=False)
