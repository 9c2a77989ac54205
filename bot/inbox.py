"""The event inbox: store webhook events idempotently, claim them in per-source order."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import bindparam, or_, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from bot.models import InboxEvent, pending
from core.db import utcnow
from core.notify import INBOX_CHANNEL, notify

MAX_ATTEMPTS = 5
BATCH_LIMIT = 20


# LINE's ids (user, group, room, webhook event, reply token) are short printable ASCII.
LINE_ID = re.compile(r"[\x21-\x7e]{1,64}")


def line_id(value: object, limit: int = 64) -> str | None:
    """An id as LINE sends them, or None for anything else (wrong type, control characters, too long)."""
    return value if isinstance(value, str) and len(value) <= limit and LINE_ID.fullmatch(value) else None


def field(value: object, key: str) -> object:
    """value[key] when value is an object; None otherwise (a signed body can still have any shape)."""
    return value.get(key) if isinstance(value, dict) else None


def source_key(event: dict) -> str:
    source = event.get("source")
    kind = field(source, "type")
    id_field = {"user": "userId", "group": "groupId", "room": "roomId"}.get(kind) if isinstance(kind, str) else None
    ident = line_id(field(source, id_field)) if id_field else None
    return f"{kind}:{ident}" if ident else "none"


def webhook_event_id(event: dict) -> str:
    """LINE's id; an event without one (never sent by LINE) gets a digest of its content."""
    ident = line_id(event.get("webhookEventId"))
    if ident:
        return ident
    digest = hashlib.sha256(json.dumps(event, sort_keys=True, ensure_ascii=True).encode()).hexdigest()
    return f"sha256:{digest[:57]}"


def event_type(event: dict) -> str:
    kind = line_id(event.get("type"), limit=40)
    return kind if kind else "unknown"


def event_time(event: dict) -> datetime:
    stamp = event.get("timestamp")
    if isinstance(stamp, int | float) and 0 < stamp < 4e12:
        return datetime.fromtimestamp(stamp / 1000, UTC)
    return utcnow()


# Insert, ignoring an event already stored (redelivered or replayed), returning what was new.
# Written as text, which SQLAlchemy compiles once: its dialect-specific insert().on_conflict_do_nothing()
# is never cached (inherit_cache = False) and was compiled again for every webhook request.
# PostgreSQL and SQLite (3.35+) both read this SQL.
_INSERT = (
    "INSERT INTO inbox_events (webhook_event_id, source_key, event_type, payload, is_redelivery, event_time, "
    "received_at, status, attempts) VALUES (:webhook_event_id, :source_key, :event_type, :payload, "
    ":is_redelivery, :event_time, :received_at, 'pending', 0) "
    "ON CONFLICT (webhook_event_id) DO NOTHING RETURNING id"
)
_TYPES = (
    bindparam("payload", type_=InboxEvent.__table__.c.payload.type),
    bindparam("is_redelivery", type_=InboxEvent.__table__.c.is_redelivery.type),
    bindparam("event_time", type_=InboxEvent.__table__.c.event_time.type),
    bindparam("received_at", type_=InboxEvent.__table__.c.received_at.type),
)
STORE = text(_INSERT).bindparams(*_TYPES)
# PostgreSQL: the same insert and, in the same statement, the notification for a new event (none
# for one stored before): one round trip instead of two, and a statement atomic by itself.
STORE_AND_NOTIFY = text(
    f"WITH stored AS ({_INSERT}, source_key) SELECT id, pg_notify('{INBOX_CHANNEL}', source_key) FROM stored"
).bindparams(*_TYPES)


def store_events(connection: Connection, events: Iterable[dict]) -> int:
    """Store new events; redelivered or replayed ones are ignored. Returns how many were new."""
    rows = []
    for event in events:
        if not isinstance(event, dict):
            continue
        rows.append(
            {
                "webhook_event_id": webhook_event_id(event),
                "source_key": source_key(event),
                "event_type": event_type(event),
                "payload": event,
                "is_redelivery": field(event.get("deliveryContext"), "isRedelivery") is True,
                "event_time": event_time(event),
                "received_at": utcnow(),
            }
        )
    # One statement per event (a webhook body rarely holds more than one); a row comes back only
    # for an event not stored before. On PostgreSQL that statement also sends its notification.
    if connection.dialect.name == "postgresql":
        return sum(1 for row in rows if connection.execute(STORE_AND_NOTIFY, row).first() is not None)
    stored = [row["source_key"] for row in rows if connection.execute(STORE, row).first() is not None]
    if stored:
        notify(connection, INBOX_CHANNEL, stored)
    return len(stored)


@dataclass
class ClaimedEvent:
    """A claimed event: what acting on it reads. Plain data, not an ORM object: loading and
    flushing ORM objects cost more CPU than the statements; `payload` (scrubbed by the handler)
    is written back by `mark_done`."""

    id: int
    source_key: str
    event_type: str
    payload: dict
    event_time: datetime
    received_at: datetime
    attempts: int


@dataclass
class Claim:
    source_key: str
    events: list[ClaimedEvent]


_events = InboxEvent.__table__
CLAIMED_COLUMNS = tuple(_events.c[name] for name in ClaimedEvent.__dataclass_fields__)


def _claim_statement():
    older = _events.alias("older")
    head = (
        select(_events.c.id, _events.c.source_key, _events.c.attempts)
        .where(
            pending(_events.c),
            _events.c.source_key.not_in(bindparam("busy", expanding=True)),
            # The source's oldest pending event: both indexes are partial, over pending rows only,
            # so a claim reads a few index entries however many events are done.
            ~select(older.c.id)
            .where(older.c.source_key == _events.c.source_key, pending(older.c), older.c.id < _events.c.id)
            .exists(),
        )
        .order_by(_events.c.id)
        .limit(1)
        .with_for_update(skip_locked=True)
        .cte("head")
    )
    return (
        select(*CLAIMED_COLUMNS)
        .join(head, _events.c.source_key == head.c.source_key)
        .where(
            pending(_events.c),
            _events.c.id >= head.c.id,
            # A head that failed before is taken alone, so one poisonous event is parked by
            # itself and never takes the resident's other messages with it.
            or_(_events.c.id == head.c.id, head.c.attempts == 0),
        )
        .order_by(_events.c.id)
        .limit(BATCH_LIMIT)
    )


# Built once: building and hashing it on every claim cost more CPU than running it.
CLAIM = _claim_statement()

# Done, with the payload as the handler left it (scrubbed) and the attempt counted.
MARK_DONE = (
    update(_events)
    .where(_events.c.id == bindparam("event_id"))
    .values(
        status="done",
        processed_at=bindparam("done_at"),
        attempts=_events.c.attempts + 1,
        payload=bindparam("scrubbed", type_=_events.c.payload.type),
    )
)


def claim_next(session: Session, busy_sources: Sequence[str] = ()) -> Claim | None:
    """Lock the oldest pending event of some source and return that source's pending batch.

    Only the oldest pending event of a source is ever claimable, so two workers can never
    process one source's events out of order. On PostgreSQL the row lock is taken with
    SKIP LOCKED; SQLite has a single writer, and `busy_sources` covers this process's threads.
    One statement: the head is locked in a CTE and its source's batch is read with it.
    """
    rows = session.connection().execute(CLAIM, {"busy": list(busy_sources)}).all()
    if not rows:
        return None
    events = [ClaimedEvent(*row) for row in rows]
    return Claim(events[0].source_key, events)


def mark_done(session: Session, events: Sequence[ClaimedEvent]) -> None:
    """Mark the batch done in this transaction (one statement per event, sent together)."""
    now = utcnow()
    session.connection().execute(MARK_DONE, [{"event_id": e.id, "done_at": now, "scrubbed": e.payload} for e in events])


def record_failure(session: Session, event_ids: Sequence[int], error: str) -> list[int]:
    """Count a failed attempt; after MAX_ATTEMPTS the event is parked as failed, visibly.

    Returns the ids parked by this call.
    """
    session.execute(
        update(InboxEvent)
        .where(InboxEvent.id.in_(list(event_ids)))
        .values(attempts=InboxEvent.attempts + 1, last_error=error[:2000])
    )
    parked = session.scalars(
        select(InboxEvent.id).where(InboxEvent.id.in_(list(event_ids)), InboxEvent.attempts >= MAX_ATTEMPTS)
    ).all()
    if parked:
        session.execute(
            update(InboxEvent).where(InboxEvent.id.in_(list(parked))).values(status="failed", processed_at=utcnow())
        )
    return list(parked)
