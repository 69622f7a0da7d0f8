"""Rollups: the counted usage of closed days, kept so that reports need not read their spans.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30

Two new tables and nothing else changed; a store upgraded from 0002 has no rollups yet, and its
reports read the spans until the closed days are rolled up (guardian.services.reports).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from guardian.storage.types import UtcDateTime

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rolled_interval",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("start", UtcDateTime(), nullable=False),
        sa.Column("end", UtcDateTime(), nullable=False),
        # At most two days (models.MAX_ROLLED_MS at the time of this revision).
        sa.CheckConstraint(
            '"end" > start AND "end" - start <= 172800000',
            name=op.f("ck_rolled_interval_start_end"),
        ),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_rolled_interval_child_id_child"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rolled_interval")),
        sa.UniqueConstraint(
            "child_id", "start", "end", name=op.f("uq_rolled_interval_child_id_start_end")
        ),
    )
    op.create_table(
        "rolled_usage",
        sa.Column("interval_id", sa.Integer(), nullable=False),
        sa.Column("app_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(), nullable=False),
        sa.Column("ms", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["app_id"], ["app.id"], name=op.f("fk_rolled_usage_app_id_app")),
        sa.ForeignKeyConstraint(
            ["interval_id"],
            ["rolled_interval.id"],
            name=op.f("fk_rolled_usage_interval_id_rolled_interval"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("interval_id", "app_id", "category", name=op.f("pk_rolled_usage")),
        sqlite_with_rowid=False,  # as models.RolledUsage: kept in the order of its key
    )


def downgrade() -> None:
    op.drop_table("rolled_usage")
    op.drop_table("rolled_interval")
