"""what the minutes of a French jury carry: session times, excused members, others present

Revision ID: 0007_minutes_details
Revises: 0006_letterhead
Create Date: 2026-12-07 18:15:00

Issue #19: the minutes give the session's opening and closing times, tell excused members
from absent ones, and name the people present without a vote (secretariat, observers).
``meeting`` gains ``opened_time``, ``closed_time`` ("HH:MM") and ``others_present`` (one per
line); ``attendance`` gains ``excused``. All empty / false for existing files.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_minutes_details"
down_revision: str | None = "0006_letterhead"
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
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.add_column(sa.Column("excused", sa.Boolean(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_column("excused")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("others_present")
        batch_op.drop_column("closed_time")
        batch_op.drop_column("opened_time")
