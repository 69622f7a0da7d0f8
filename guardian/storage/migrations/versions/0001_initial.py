"""The first schema: children, policies, apps, usage, events, requests, grants, settings.

Revision ID: 0001
Revises:
Create Date: 2026-05-09

Written by hand to match guardian/storage/models.py; tests/storage/test_migrations.py compares
the migrated schema with the models. Instants are INTEGER epoch milliseconds (UtcDateTime).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from guardian.storage.types import UtcDateTime

# Revision identifiers, used by Alembic. Guardian numbers them: 0001, 0002, ...
revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "child",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("os_user", sa.String(), nullable=True),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_child")),
        sa.UniqueConstraint("name", name=op.f("uq_child_name")),
    )
    op.create_table(
        "app",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exe_path", sa.String(), nullable=False),
        sa.Column("exe_name", sa.String(), nullable=False),
        sa.Column("display_name", sa.String(), nullable=True),
        sa.Column("first_seen", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app")),
        sa.UniqueConstraint("exe_path", name=op.f("uq_app_exe_path")),
    )
    op.create_index(op.f("ix_app_exe_name"), "app", ["exe_name"])
    op.create_table(
        "setting",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "policy_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("comment", sa.String(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_policy_version_child_id_child"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_version")),
        sa.UniqueConstraint("child_id", "version", name=op.f("uq_policy_version_child_id_version")),
    )
    op.create_table(
        "usage_span",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("app_id", sa.Integer(), nullable=False),
        sa.Column("start", UtcDateTime(), nullable=False),
        sa.Column("end", UtcDateTime(), nullable=False),
        sa.Column("category", sa.String(), nullable=False),
        sa.Column("counted", sa.Boolean(), nullable=False),
        sa.Column("title", sa.String(), nullable=True),
        # A span is at most an hour long (models.MAX_SPAN_MS at the time of this revision).
        sa.CheckConstraint(
            '"end" >= start AND "end" - start <= 3600000',
            name=op.f("ck_usage_span_start_end"),
        ),
        sa.ForeignKeyConstraint(["app_id"], ["app.id"], name=op.f("fk_usage_span_app_id_app")),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_usage_span_child_id_child"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_usage_span")),
    )
    op.create_index(op.f("ix_usage_span_child_id_start"), "usage_span", ["child_id", "start"])
    op.create_index(op.f("ix_usage_span_child_id_end"), "usage_span", ["child_id", "end"])
    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=True),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_event_child_id_child"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    op.create_index(op.f("ix_event_child_id_at"), "event", ["child_id", "at"])
    op.create_index(op.f("ix_event_kind_at"), "event", ["kind", "at"])
    op.create_table(
        "time_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=False),
        sa.Column("message", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("answered_at", UtcDateTime(), nullable=True),
        sa.Column("answered_by", sa.String(), nullable=True),
        sa.CheckConstraint(
            "status IN ('pending', 'approved', 'denied')", name=op.f("ck_time_request_status")
        ),
        sa.CheckConstraint("seconds > 0", name=op.f("ck_time_request_seconds")),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_time_request_child_id_child"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_time_request")),
    )
    op.create_index(op.f("ix_time_request_child_id_status"), "time_request", ["child_id", "status"])
    op.create_table(
        "time_grant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("granted_at", UtcDateTime(), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=True),
        sa.Column("until", UtcDateTime(), nullable=True),
        sa.Column("category", sa.String(), nullable=True),
        sa.Column("reason", sa.String(), nullable=True),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("author", sa.String(), nullable=False),
        sa.CheckConstraint(
            "(seconds IS NULL) <> (until IS NULL)", name=op.f("ck_time_grant_seconds_or_until")
        ),
        sa.CheckConstraint("seconds IS NULL OR seconds > 0", name=op.f("ck_time_grant_seconds")),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_time_grant_child_id_child"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["time_request.id"],
            name=op.f("fk_time_grant_request_id_time_request"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_time_grant")),
    )
    op.create_index(
        op.f("ix_time_grant_child_id_granted_at"), "time_grant", ["child_id", "granted_at"]
    )


def downgrade() -> None:
    op.drop_table("time_grant")
    op.drop_table("time_request")
    op.drop_table("event")
    op.drop_table("usage_span")
    op.drop_table("policy_version")
    op.drop_table("setting")
    op.drop_table("app")
    op.drop_table("child")
