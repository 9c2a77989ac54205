"""Anonymous counts of emergencies and crises by family (stats_safety)

Revision ID: 9e3f4a5b6c7d
Revises: 8d2e3f4a5b6c
Create Date: 2026-12-06 01:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "9e3f4a5b6c7d"
down_revision = "8d2e3f4a5b6c"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stats_safety",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("family", sa.String(length=40), nullable=False),
        sa.Column("level", sa.String(length=12), nullable=False),
        sa.Column("ward", sa.String(length=10), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stats_safety")),
    )
    with op.batch_alter_table("stats_safety", schema=None) as batch_op:
        batch_op.create_index("ix_stats_safety_day", ["day"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("stats_safety", schema=None) as batch_op:
        batch_op.drop_index("ix_stats_safety_day")
    op.drop_table("stats_safety")
