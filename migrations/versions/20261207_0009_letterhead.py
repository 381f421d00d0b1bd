"""letterhead of the letters to candidates

Revision ID: 0009_letterhead
Revises: 0008_casting_vote
Create Date: 2026-12-07 18:10:00

Issue #19: the letters carry a sender block, the town they are written from, a reference and
the signatory's own title, set once per edition. Four columns of ``edition``, empty by default
(the letters then fall back to the label's name and the meeting's place).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_letterhead"
down_revision: str | None = "0008_casting_vote"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("edition", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("letter_sender", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("letter_place", sa.String(length=200), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("letter_reference", sa.String(length=100), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column(
                "letter_signatory_title",
                sa.String(length=200),
                server_default="",
                nullable=False,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("edition", schema=None) as batch_op:
        batch_op.drop_column("letter_signatory_title")
        batch_op.drop_column("letter_reference")
        batch_op.drop_column("letter_place")
        batch_op.drop_column("letter_sender")
