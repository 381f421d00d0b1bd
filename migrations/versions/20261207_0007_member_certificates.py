"""member certificates: each member's box in the minutes belongs to one certificate

Revision ID: 0007_member_certificates
Revises: 0006_ds_mapping
Create Date: 2026-12-07 18:00:00

``jury_member.cert_sha256`` holds the SHA-256 (hex) of the certificate bound to the member when
their key is made or registered (issue 13): signing another member's box is refused, and the
minutes carry each box's owner and certificate for ``verify``. Existing members have none yet.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_member_certificates"
down_revision: str | None = "0006_ds_mapping"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("jury_member", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cert_sha256", sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint("uq_jury_member_cert_sha256", ["cert_sha256"])


def downgrade() -> None:
    with op.batch_alter_table("jury_member", schema=None) as batch_op:
        batch_op.drop_constraint("uq_jury_member_cert_sha256", type_="unique")
        batch_op.drop_column("cert_sha256")
