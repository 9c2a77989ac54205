"""Anonymous counts of 'find my center' lookups (stats_center_lookup)

Revision ID: 5a6b7c8d9e0f
Revises: 9a1b2c3d4e5f
Create Date: 2026-12-06 01:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "5a6b7c8d9e0f"
down_revision = "9a1b2c3d4e5f"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stats_center_lookup",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("via", sa.String(length=12), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=True),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("destination_id", sa.String(length=40), nullable=True),
        sa.Column("ward", sa.String(length=10), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stats_center_lookup")),
    )
    op.create_index("ix_stats_center_lookup_day", "stats_center_lookup", ["day"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_stats_center_lookup_day", table_name="stats_center_lookup")
    op.drop_table("stats_center_lookup")
