"""whether a jury member has a deliberative vote

Revision ID: 0012_member_voting
Revises: 0011_postal_address
Create Date: 2026-12-07 22:00:00

Issue #16: a member may sit without a deliberative vote (the secretary, an observer): present,
but not counted toward the quorum nor among the voters, and not scoring. ``jury_member`` gains
``voting``, true for every existing member (they all voted until now).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_member_voting"
down_revision: str | None = "0011_postal_address"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("jury_member", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("voting", sa.Boolean(), server_default=sa.true(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("jury_member", schema=None) as batch_op:
        batch_op.drop_column("voting")
