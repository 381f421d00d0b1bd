"""the candidate's postal address, for the letters' address block

Revision ID: 0011_postal_address
Revises: 0010_minutes_details
Create Date: 2026-12-07 21:00:00

Issue #19: a letter to a French administration carries the addressee's postal address. The
importer reads it from the export's establishment columns (csv) or ``Etablissements`` sheet
(xlsx, ods); ``dossier`` gains ``postal_address`` (street lines, then "postcode TOWN"), empty
for existing files until the next import (whose digest version changes, so every dossier is
read again).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_postal_address"
down_revision: str | None = "0010_minutes_details"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("postal_address", sa.String(length=700), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_column("postal_address")
