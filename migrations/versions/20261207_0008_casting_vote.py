"""casting vote: a decision says when the president's casting vote carried it

Revision ID: 0008_casting_vote
Revises: 0007_member_certificates
Create Date: 2026-12-07 18:30:00

``decision.by_casting_vote`` is true for a tie decided by the president's casting vote (voix
prépondérante), shown in the minutes, ``results --json`` and the spreadsheets (issue 13).
Decisions recorded before have false: the audit trail's ``decision.record`` events hold the
fact, and are copied over.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_casting_vote"
down_revision: str | None = "0007_member_certificates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("by_casting_vote", sa.Boolean(), server_default="0", nullable=False)
        )
    # The newest decision.record event of each dossier says whether the casting vote decided.
    op.execute(
        """
        UPDATE decision SET by_casting_vote = 1
        WHERE dossier_id IN (
            SELECT d.id FROM dossier d
            JOIN audit_event e ON json_extract(e.details, '$.dossier') = d.ds_number
            WHERE e.action = 'decision.record'
              AND e.id = (
                  SELECT MAX(e2.id) FROM audit_event e2
                  WHERE e2.action = 'decision.record'
                    AND json_extract(e2.details, '$.dossier') = d.ds_number
              )
              AND json_extract(e.details, '$.casting_vote') = 1
        )
        """
    )


def downgrade() -> None:
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_column("by_casting_vote")
