"""Seals on the rows that decide a child's time: policy versions, grants, settings.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30

A nullable text column each; rows written before this revision have none and are sealed when
the sealing key is first made (guardian.sealing).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("policy_version", "time_grant", "setting")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("seal", sa.String(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("seal")
