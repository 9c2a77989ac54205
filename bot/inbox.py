"""The event inbox: store webhook events idempotently, claim them in per-source order."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import bindparam, func, literal_column, or_, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from bot.models import InboxEvent, LineUser, pending
from core.db import utcnow
from core.notify import INBOX_CHANNEL, notify
from routing import destinations

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
    # A resident's batch ("user:" source): their line_users row as the claim read and locked it
    # (RESIDENT_COLUMNS, None if they have none yet), for the handler's `get_user_for_update`.
    resident: tuple | None = None
    resident_read: bool = False


_events = InboxEvent.__table__
CLAIMED_COLUMNS = tuple(_events.c[name] for name in ClaimedEvent.__dataclass_fields__)


_users = LineUser.__table__
USER_PREFIX = "user:"
# The resident's row and the version of the destinations table, as bot.events reads them first
# thing in a turn: read by the claim itself, one statement and round trip fewer per batch.
RESIDENT_COLUMNS = (*_users.c, *destinations.VERSION_COLUMNS)


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
    # The head's resident, locked (waiting, as the handler's own statement did, for the idle-expiry
    # job): after the head, whose CTE it reads, so locks are taken in the same order as before.
    resident = (
        select(*RESIDENT_COLUMNS)
        .where(
            _users.c.user_id
            == select(func.substr(head.c.source_key, len(USER_PREFIX) + 1))
            .where(head.c.source_key.like(literal_column(f"'{USER_PREFIX}%'")))
            .scalar_subquery()
        )
        .with_for_update(of=_users)
        .cte("resident")
    )
    return (
        select(*CLAIMED_COLUMNS, *resident.c)
        .join(head, _events.c.source_key == head.c.source_key)
        .outerjoin(resident, literal_column("1") == literal_column("1"))
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
    One statement: the head is locked in a CTE and its source's batch is read with it, and for
    a resident's batch their row, locked, as `bot.events.get_user_for_update` reads it.
    """
    rows = session.connection().execute(CLAIM, {"busy": list(busy_sources)}).all()
    if not rows:
        return None
    width = len(CLAIMED_COLUMNS)
    events = [ClaimedEvent(*row[:width]) for row in rows]
    key = events[0].source_key
    if not key.startswith(USER_PREFIX):
        return Claim(key, events)
    resident = tuple(rows[0][width:])
    # The primary key is never NULL in a row: NULL there is the outer join finding no row.
    return Claim(key, events, resident if resident[0] is not None else None, resident_read=True)


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
