"""what the minutes of a French jury carry: convocation, agenda, session times, vote method,
excused members, others present

Revision ID: 0010_minutes_details
Revises: 0009_letterhead
Create Date: 2026-12-07 18:15:00

Issue #19: the minutes give the convocation's date and the agenda, the session's opening and
closing times and how the votes were taken, tell excused members from absent ones, and name
the people present without a vote (secretariat, observers). ``meeting`` gains
``opened_time``, ``closed_time`` ("HH:MM"), ``others_present`` and ``agenda`` (one per line),
``convened_on``, ``vote_method`` and ``undecided_reason`` (why the dossiers without a
decision were left); ``attendance`` gains ``excused``. All empty / false /
null for existing files.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_minutes_details"
down_revision: str | None = "0009_letterhead"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("opened_time", sa.String(length=5), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("closed_time", sa.String(length=5), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("others_present", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("convened_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("agenda", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(
            sa.Column("vote_method", sa.String(length=20), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("undecided_reason", sa.Text(), server_default="", nullable=False)
        )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.add_column(sa.Column("excused", sa.Boolean(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_column("excused")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("undecided_reason")
        batch_op.drop_column("vote_method")
        batch_op.drop_column("agenda")
        batch_op.drop_column("convened_on")
        batch_op.drop_column("others_present")
        batch_op.drop_column("closed_time")
        batch_op.drop_column("opened_time")
