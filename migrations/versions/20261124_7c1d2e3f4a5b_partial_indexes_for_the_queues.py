"""partial indexes for the inbox and outbox queues

The claim of the next event and a recipient's next message read only pending (unsettled) rows;
indexes over every row made them slower as the tables grew.

Revision ID: 7c1d2e3f4a5b
Revises: 6feb10b9f027
Create Date: 2026-11-24 00:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "7c1d2e3f4a5b"
down_revision = "6feb10b9f027"
branch_labels = None
depends_on = None

PENDING = sa.text("status = 'pending'")
UNSETTLED = sa.text("status IN ('pending', 'sending')")


def upgrade() -> None:
    with op.batch_alter_table("inbox_events", schema=None) as batch_op:
        batch_op.drop_index("ix_inbox_events_pending")
        batch_op.create_index(
            "ix_inbox_events_pending", ["id"], unique=False, postgresql_where=PENDING, sqlite_where=PENDING
        )
        batch_op.create_index(
            "ix_inbox_events_pending_source",
            ["source_key", "id"],
            unique=False,
            postgresql_where=PENDING,
            sqlite_where=PENDING,
        )
    with op.batch_alter_table("outgoing_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_outgoing_messages_due")
        batch_op.create_index(
            "ix_outgoing_messages_unsettled_to",
            ["to", "id"],
            unique=False,
            postgresql_where=UNSETTLED,
            sqlite_where=UNSETTLED,
        )
        batch_op.create_index(
            "ix_outgoing_messages_unsettled_due",
            ["next_attempt_at"],
            unique=False,
            postgresql_where=UNSETTLED,
            sqlite_where=UNSETTLED,
        )


def downgrade() -> None:
    with op.batch_alter_table("outgoing_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_outgoing_messages_unsettled_due")
        batch_op.drop_index("ix_outgoing_messages_unsettled_to")
        batch_op.create_index("ix_outgoing_messages_due", ["status", "next_attempt_at"], unique=False)
    with op.batch_alter_table("inbox_events", schema=None) as batch_op:
        batch_op.drop_index("ix_inbox_events_pending_source")
        batch_op.drop_index("ix_inbox_events_pending")
        batch_op.create_index("ix_inbox_events_pending", ["status", "source_key", "id"], unique=False)
