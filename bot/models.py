"""Tables of the LINE edge: who we talk to, what arrived, what is to be sent."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, Index, Integer, String, Text, literal_column
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, UTCDateTime, utcnow

# SQLite only auto-increments INTEGER PRIMARY KEY; PostgreSQL gets a BIGINT.
BigIntPK = BigInteger().with_variant(Integer(), "sqlite")


class InboxEvent(Base):
    """A webhook event exactly as LINE sent it, stored before the request is acknowledged."""

    __tablename__ = "inbox_events"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    webhook_event_id: Mapped[str] = mapped_column(String(64), unique=True)
    # "user:U…", "group:C…", "room:R…", or "none": events of one source are processed in order.
    source_key: Mapped[str] = mapped_column(String(80))
    event_type: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict] = mapped_column(JSON)
    is_redelivery: Mapped[bool] = mapped_column(Boolean, default=False)
    event_time: Mapped[datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending / done / failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)


class LineUser(Base):
    """A resident's LINE account as far as we need it: no profile, no name."""

    __tablename__ = "line_users"

    user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    followed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    unfollowed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # The intake conversation: current step and what has been gathered so far.
    step: Mapped[str] = mapped_column(String(40), default="start")
    state: Mapped[dict] = mapped_column(JSON, default=dict)
    state_version: Mapped[int] = mapped_column(Integer, default=0)
    last_activity_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class OutgoingMessage(Base):
    """Messages to send to LINE: written in the transaction that decided them, delivered after."""

    __tablename__ = "outgoing_messages"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    to: Mapped[str] = mapped_column(String(64))
    messages: Mapped[list] = mapped_column(JSON)
    # "bot", "staff" or "notification": who decided to send it.
    origin: Mapped[str] = mapped_column(String(16), default="bot")
    case_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    inbox_event_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    reply_token: Mapped[str | None] = mapped_column(String(64), nullable=True)
    reply_token_time: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    reply_attempted: Mapped[bool] = mapped_column(Boolean, default=False)
    retry_key: Mapped[str] = mapped_column(String(36), default=lambda: str(uuid.uuid4()))
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending/sending/sent/failed
    method: Mapped[str | None] = mapped_column(String(8), nullable=True)  # reply / push
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_status_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


# The queues' conditions, and the partial indexes over the rows they match: a claim or a
# recipient's next message reads a few index entries however many rows are done or sent (indexes
# over every row made each claim slower as the tables grew). Written as literals, not parameters:
# a planner can only use a partial index when it can prove the query implies the index's
# predicate, and it cannot see through a parameter (PostgreSQL's cached generic plans).
def pending(events=InboxEvent):
    return events.status == literal_column("'pending'")


def unsettled(messages=OutgoingMessage):
    return messages.status.in_([literal_column("'pending'"), literal_column("'sending'")])


def _partial_index(name: str, *columns, where) -> Index:
    return Index(name, *columns, postgresql_where=where, sqlite_where=where)


_partial_index("ix_inbox_events_pending", InboxEvent.id, where=pending())
_partial_index("ix_inbox_events_pending_source", InboxEvent.source_key, InboxEvent.id, where=pending())
_partial_index("ix_outgoing_messages_unsettled_to", OutgoingMessage.to, OutgoingMessage.id, where=unsettled())
_partial_index("ix_outgoing_messages_unsettled_due", OutgoingMessage.next_attempt_at, where=unsettled())
