"""staff day one: notification log, API tokens, case links, forced password change, lifted locks

- notification_log: what was sent to a destination, by which channel (no personal data);
- api_tokens: named, scoped, hashed bearer tokens (INTAKE_API_TOKEN keeps working until replaced);
- cases.previous_case_id: a resident who writes after closure is linked to the earlier case;
- staff_users.must_change_password: a password set by an admin is replaced at first login;
- staff_login_attempts.cleared_at: an admin lifted the lock, the failure no longer counts.

Revision ID: 9a1b2c3d4e5f
Revises: 9e3f4a5b6c7d
Create Date: 2026-12-06 01:30:00
"""

import sqlalchemy as sa
from alembic import op

import core.db

revision = "9a1b2c3d4e5f"
down_revision = "9e3f4a5b6c7d"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "notification_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("destination_id", sa.String(length=40), nullable=False),
        sa.Column("event", sa.String(length=24), nullable=False),
        sa.Column("channel", sa.String(length=12), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("outgoing_id", sa.BigInteger(), nullable=True),
        sa.Column("email_id", sa.Integer(), nullable=True),
        sa.Column("created_at", core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("notification_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notification_log_destination_id"), ["destination_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_notification_log_created_at"), ["created_at"], unique=False)
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("prefix", sa.String(length=12), nullable=False),
        sa.Column("destination_id", sa.String(length=40), nullable=True),
        sa.Column("restricted_access", sa.Boolean(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", core.db.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("previous_case_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_cases_previous_case_id"), ["previous_case_id"], unique=False)
    with op.batch_alter_table("staff_users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("staff_login_attempts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cleared_at", core.db.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff_login_attempts", schema=None) as batch_op:
        batch_op.drop_column("cleared_at")
    with op.batch_alter_table("staff_users", schema=None) as batch_op:
        batch_op.drop_column("must_change_password")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_previous_case_id"))
        batch_op.drop_column("previous_case_id")
    op.drop_table("api_tokens")
    with op.batch_alter_table("notification_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notification_log_created_at"))
        batch_op.drop_index(batch_op.f("ix_notification_log_destination_id"))
    op.drop_table("notification_log")
