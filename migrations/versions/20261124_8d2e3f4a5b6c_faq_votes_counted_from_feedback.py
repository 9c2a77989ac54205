"""FAQ votes counted from faq_feedback instead of counters on the entry

Every vote already has its row in faq_feedback; the counters on faq_entry made concurrent
votes on one entry wait for each other. The downgrade counts them back.

Revision ID: 8d2e3f4a5b6c
Revises: 7c1d2e3f4a5b
Create Date: 2026-11-24 01:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "8d2e3f4a5b6c"
down_revision = "7c1d2e3f4a5b"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("faq_entry", schema=None) as batch_op:
        batch_op.drop_column("unhelpful_count")
        batch_op.drop_column("helpful_count")


def downgrade() -> None:
    with op.batch_alter_table("faq_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("helpful_count", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("unhelpful_count", sa.Integer(), nullable=False, server_default="0"))
    for column, helpful in (("helpful_count", "true"), ("unhelpful_count", "false")):
        op.execute(
            f"UPDATE faq_entry SET {column} = (SELECT count(*) FROM faq_feedback "
            f"WHERE faq_feedback.entry_id = faq_entry.id AND faq_feedback.helpful = {helpful})"
        )
