"""Outgoing LINE messages: decided inside a transaction, delivered after it, exactly once.

A message is replied with its reply token while the token is fresh, otherwise pushed with
its own `X-Line-Retry-Key`, so a retried push can never arrive twice. Transient failures
(429, 5xx, no answer) are retried with exponential backoff; other 4xx fail at once. Every
failure is recorded on the row, where the staff workspace shows it.

A recipient's messages go out in order: only the oldest unsettled one (its head) is ever
attempted. Attempting means claiming it first ("sending", leased for `lease` seconds), in a
committed transaction, so another process leaves it alone unless this one dies.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, func, insert, literal, null, select, update
from sqlalchemy import case as sql_case
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, aliased, sessionmaker

from bot.line_client import CallResult, LineClient
from bot.models import OutgoingMessage, unsettled
from core.db import autocommit, single_statements, transaction, utcnow
from core.metrics import OUTGOING_PENDING
from core.notify import OUTBOX_CHANNEL, notify

log = logging.getLogger(__name__)

MAX_MESSAGES_PER_CALL = 5
LEASE_SECONDS = 30.0
# Session.info key: the rows `enqueue` added in this session's transaction (see Deliverer.claim_queued).
QUEUED = "outbox.queued"


# The statements of the delivery path, built once: building and hashing a statement costs more
# CPU than PostgreSQL spends running it. `_other` is a second name for the table in subqueries.
_other = aliased(OutgoingMessage)

# The recipient's head: its oldest unsettled message, locked unless another process holds it.
# Only the head, never the next one: a locked head (SKIP LOCKED) means "not now", not "skip it".
HEAD = (
    select(OutgoingMessage)
    .where(
        OutgoingMessage.id
        == select(func.min(_other.id)).where(_other.to == bindparam("recipient"), unsettled(_other)).scalar_subquery(),
        unsettled(),
    )
    .with_for_update(skip_locked=True)
)

# Claim a just-queued message in its own transaction, only if it is the recipient's head (an
# older one, e.g. a retry waiting for its backoff, goes first and takes this one along).
CLAIM_IF_HEAD = (
    update(OutgoingMessage)
    .where(
        OutgoingMessage.id == bindparam("message_id"),
        OutgoingMessage.status == "pending",
        ~select(_other.id)
        .where(_other.to == bindparam("recipient"), unsettled(_other), _other.id < bindparam("message_id"))
        .exists(),
    )
    .values(
        status="sending",
        method=bindparam("claim_method"),
        attempts=OutgoingMessage.attempts + 1,
        next_attempt_at=bindparam("lease_until"),
    )
    .returning(OutgoingMessage.id)
)

# Mark a message sent and, in the same statement, find whether the recipient has another.
MARK_SENT = (
    update(OutgoingMessage)
    .where(OutgoingMessage.id == bindparam("message_id"))
    .values(status="sent", sent_at=bindparam("sent_time"), last_error=None, last_status_code=bindparam("status_code"))
    .returning(
        select(func.min(_other.id))
        .where(_other.to == bindparam("recipient"), unsettled(_other), _other.id != bindparam("message_id"))
        .scalar_subquery()
    )
)


def enqueue(
    session: Session,
    to: str,
    messages: Sequence[dict],
    *,
    origin: str = "bot",
    case_id: int | None = None,
    reply_token: str | None = None,
    reply_token_time=None,
    inbox_event_id: int | None = None,
) -> list[OutgoingMessage]:
    """Queue messages for one recipient; more than five are split into several calls."""
    rows = []
    for start in range(0, len(messages), MAX_MESSAGES_PER_CALL):
        row = OutgoingMessage(
            to=to,
            messages=list(messages[start : start + MAX_MESSAGES_PER_CALL]),
            origin=origin,
            case_id=case_id,
            reply_token=reply_token if start == 0 else None,
            reply_token_time=reply_token_time if start == 0 else None,
            inbox_event_id=inbox_event_id,
            next_attempt_at=utcnow(),
        )
        session.add(row)
        rows.append(row)
    # Only these rows (their ids are needed now): the caller's other changes go in the commit's
    # flush, all together (one UPDATE of a case touched twice in a turn, one INSERT of its entries).
    session.flush(rows)
    session.info.setdefault(QUEUED, []).extend(rows)
    if inbox_event_id is None:
        # An answer to an event is delivered by the worker that decided it, right after its
        # commit; anything else (a staff reply, a notice, an apology) wakes a worker to send it.
        notify(session.connection(), OUTBOX_CHANNEL)
    return rows


@dataclass(frozen=True)
class Queued:
    """A message queued by `enqueue_answer`: what delivering it and the case timeline read."""

    id: int
    to: str
    messages: list[dict]
    reply_token: str | None
    reply_token_time: datetime | None
    retry_key: str
    # How it was claimed for delivery as it was inserted (ClaimTerms), or None: not claimed.
    method: str | None = None


@dataclass(frozen=True)
class ClaimTerms:
    """Put in session.info (CLAIM_TERMS) by `Deliverer.offer_claim` before an event is acted on:
    the answer to `recipient` is claimed for delivery in the statement that inserts it, when it is
    the recipient's head (as `claim_queued` would claim it a moment later, one statement fewer)."""

    recipient: str
    lease: timedelta
    reply_budget: timedelta


CLAIM_TERMS = "outbox.claim_terms"

_outgoing = OutgoingMessage.__table__
_c = _outgoing.c


def _typed(name: str) -> Any:
    return bindparam(name, type_=_c[name].type)


# The worker's answers, inserted by one Core statement (the ORM's unit of work for these rows cost
# more CPU than the insert itself); the other columns take their defaults.
_ANSWER_FIELDS = (
    "to",
    "messages",
    "origin",
    "case_id",
    "reply_token",
    "reply_token_time",
    "inbox_event_id",
    "retry_key",
)
INSERT_ANSWER = (
    insert(_outgoing).values({name: _typed(name) for name in (*_ANSWER_FIELDS, "next_attempt_at")}).returning(_c.id)
)

# The same insert, the row claimed ("sending", leased, its method chosen) when the recipient has no
# unsettled message before it: what CLAIM_IF_HEAD does to a just-queued message, in the insert.
_head = select(
    (~select(_other.id).where(_other.to == bindparam("to", type_=_c.to.type), unsettled(_other)).exists()).label("free")
).subquery("head")
_ANSWER_COLUMNS = (
    *_ANSWER_FIELDS,
    "reply_attempted",
    "status",
    "method",
    "attempts",
    "next_attempt_at",
    "created_at",
)
INSERT_ANSWER_AS_HEAD = (
    insert(_outgoing)
    .from_select(
        list(_ANSWER_COLUMNS),
        select(
            *(_typed(name) for name in _ANSWER_FIELDS),
            _typed("reply_attempted"),
            sql_case((_head.c.free, literal("sending", _c.status.type)), else_=literal("pending", _c.status.type)),
            sql_case((_head.c.free, bindparam("claim_method", type_=_c.method.type)), else_=null()),
            sql_case((_head.c.free, literal(1, _c.attempts.type)), else_=literal(0, _c.attempts.type)),
            sql_case(
                (_head.c.free, bindparam("lease_until", type_=_c.next_attempt_at.type)),
                else_=bindparam("now", type_=_c.next_attempt_at.type),
            ),
            bindparam("created", type_=_c.created_at.type),
        ).select_from(_head),
    )
    .returning(_c.id, _c.status)
)


def enqueue_answer(
    session: Session,
    to: str,
    messages: Sequence[dict],
    *,
    inbox_event_id: int,
    case_id: int | None = None,
    reply_token: str | None = None,
    reply_token_time: datetime | None = None,
) -> list[Queued]:
    """`enqueue` for the answer to an event, as plain rows: written at once, delivered by the
    worker that decided it right after its commit, so no notification. The first row is claimed
    for that delivery by its own insert when the worker offered it (`Deliverer.offer_claim`) and
    nothing of the recipient's is unsettled before it; otherwise by `Deliverer.claim_queued`."""
    now = utcnow()
    params = [
        {
            "to": to,
            "messages": list(messages[start : start + MAX_MESSAGES_PER_CALL]),
            "origin": "bot",
            "case_id": case_id,
            "reply_token": reply_token if start == 0 else None,
            "reply_token_time": reply_token_time if start == 0 else None,
            "inbox_event_id": inbox_event_id,
            "retry_key": str(uuid.uuid4()),
            "next_attempt_at": now,
        }
        for start in range(0, len(messages), MAX_MESSAGES_PER_CALL)
    ]
    connection = session.connection()
    terms = session.info.get(CLAIM_TERMS)
    rows = []
    # One statement per call (a turn's answer rarely needs two): ids in the order of the messages.
    for p in params:
        if terms is not None and terms.recipient == to and not rows:
            fresh = p["reply_token_time"] is not None and now - p["reply_token_time"] < terms.reply_budget
            method = "reply" if p["reply_token"] and fresh else "push"
            claim = {"reply_attempted": False, "claim_method": method, "lease_until": now + terms.lease, "created": now}
            ident, status = connection.execute(INSERT_ANSWER_AS_HEAD, {**p, **claim, "now": now}).one()
            claimed = method if status == "sending" else None
        else:
            ident, claimed = connection.execute(INSERT_ANSWER, p).scalar_one(), None
        rows.append(Queued(ident, to, p["messages"], p["reply_token"], p["reply_token_time"], p["retry_key"], claimed))
    session.info.setdefault(QUEUED, []).extend(rows)
    return rows


def backoff(attempts: int) -> timedelta:
    """1 s, 2 s, 4 s … capped at 5 minutes."""
    return timedelta(seconds=min(2 ** max(attempts - 1, 0), 300))


@dataclass(frozen=True)
class Attempt:
    """A claimed message, detached from its session: what to send and how."""

    id: int
    to: str
    method: str  # reply / push
    messages: list[dict]
    reply_token: str | None
    retry_key: str


class Deliverer:
    def __init__(
        self,
        factory: sessionmaker[Session],
        client: LineClient,
        *,
        reply_budget: float,
        max_attempts: int,
        lease: float = LEASE_SECONDS,
    ):
        self.factory = factory
        self.client = client
        self.reply_budget = timedelta(seconds=reply_budget)
        self.max_attempts = max_attempts
        # How long a claimed ("sending") message belongs to the process that claimed it.
        self.lease = timedelta(seconds=lease)
        # When (time.monotonic()) the earliest retry this process scheduled falls due: idle worker
        # threads wake for it rather than at their next fallback poll.
        self.next_retry: float | None = None
        # PostgreSQL: a delivery is recorded by one statement sent on its own (see _record).
        self.single_statements = single_statements(factory)

    def _retry_in(self, delay: timedelta) -> None:
        at = time.monotonic() + delay.total_seconds()
        if self.next_retry is None or at < self.next_retry:
            self.next_retry = at

    def deliver_for(self, recipient: str) -> None:
        """Deliver a recipient's due messages in order, stopping at the first that must wait."""
        with transaction(self.factory) as session:
            attempt = self._claim_head(session, recipient)
        self.deliver_claimed(attempt)

    def deliver_claimed(self, attempt: Attempt | None) -> None:
        """Send a claimed message, then the recipient's next due ones, each claimed as the last is recorded."""
        while attempt is not None:
            if attempt.method == "reply":
                result = self.client.reply(attempt.reply_token, attempt.messages)
            else:
                result = self.client.push(attempt.to, attempt.messages, attempt.retry_key)
            attempt = self._record(attempt, result)

    def offer_claim(self, session: Session, recipient: str) -> None:
        """Before acting on a recipient's events: their answer is claimed as it is inserted, if it
        is the recipient's head (`enqueue_answer`); `claim_queued` then takes it without a statement."""
        session.info[CLAIM_TERMS] = ClaimTerms(recipient, self.lease, self.reply_budget)

    def claim_queued(self, session: Session, recipient: str) -> Attempt | None:
        """In the transaction that queued a recipient's messages: claim the first, if nothing is before it.

        Committing the claim with the messages saves a transaction per message; the caller then
        delivers it with `deliver_claimed` after the commit (if it dies first, the lease runs out
        and another process attempts it, as after any claim).
        """
        session.info.pop(CLAIM_TERMS, None)
        queued = [row for row in session.info.pop(QUEUED, []) if row.to == recipient]
        if not queued:
            return None
        first = min(queued, key=lambda row: row.id)
        if isinstance(first, Queued) and first.method is not None:
            # Claimed by the statement that inserted it (offer_claim).
            return Attempt(first.id, first.to, first.method, list(first.messages), first.reply_token, first.retry_key)
        method = "reply" if first.reply_token and self._fresh(first) else "push"
        claimed = (
            session.connection()
            .execute(
                CLAIM_IF_HEAD,
                {
                    "message_id": first.id,
                    "recipient": recipient,
                    "claim_method": method,
                    "lease_until": utcnow() + self.lease,
                },
            )
            .first()
        )
        # The row object in the session still says "pending"; nothing reads it after the commit.
        if claimed is None:
            return None
        return Attempt(first.id, first.to, method, list(first.messages), first.reply_token, first.retry_key)

    def deliver_due(self, limit: int = 50) -> int:
        """One sweep over all recipients with due messages (retries, pushes from staff)."""
        if self.next_retry is not None and self.next_retry <= time.monotonic():
            self.next_retry = None
        # Committed, not rolled back, though it only reads: see Worker._process.
        with transaction(self.factory) as session:
            recipients = session.scalars(
                select(OutgoingMessage.to)
                .where(unsettled(), OutgoingMessage.next_attempt_at <= utcnow())
                .group_by(OutgoingMessage.to)
                .limit(limit)
            ).all()
            OUTGOING_PENDING.set(session.scalar(select(func.count()).where(unsettled())) or 0)
        for recipient in recipients:
            self.deliver_for(recipient)
        return len(recipients)

    def _claim_head(self, session: Session, recipient: str) -> Attempt | None:
        """Claim the recipient's oldest unsettled message if it is due and no other process holds it."""
        row = session.scalars(HEAD, {"recipient": recipient}).first()
        if row is None or row.next_attempt_at > utcnow():
            return None
        return self._take(row)

    def _take(self, row: OutgoingMessage) -> Attempt:
        if row.status == "sending" and row.method == "reply":
            # A previous attempt died without an answer: the token may have been used.
            row.reply_attempted = True
        fresh = self._fresh(row)
        # After a reply that may have been delivered, only the token can tell (LINE refuses a
        # used one with 400): a push now, even with a stale token, could say it all twice.
        method = "reply" if row.reply_token and (fresh or row.reply_attempted) else "push"
        row.status = "sending"
        row.method = method
        row.attempts = (row.attempts or 0) + 1
        row.next_attempt_at = utcnow() + self.lease
        return Attempt(row.id, row.to, method, list(row.messages), row.reply_token, row.retry_key)

    def _fresh(self, row: OutgoingMessage) -> bool:
        return row.reply_token_time is not None and utcnow() - row.reply_token_time < self.reply_budget

    def _record(self, attempt: Attempt, result: CallResult) -> Attempt | None:
        """Record the outcome and claim the recipient's next due message, if any."""
        if result.ok and self.single_statements:
            # The common case, once per answer: one statement, committed by itself (no BEGIN, no
            # COMMIT, no session). A next message is claimed after it, in a transaction of its own,
            # as `deliver_for` claims one; if another process claims it first, it delivers it.
            with autocommit(self.factory) as connection:
                later = self._record_sent(connection, attempt, result)
            if later is None:
                return None
            with transaction(self.factory) as session:
                return self._claim_head(session, attempt.to)
        with transaction(self.factory) as session:
            if result.ok:
                later = self._record_sent(session.connection(), attempt, result)
                return self._claim_head(session, attempt.to) if later is not None else None
            if self._record_failure(session, attempt, result) == "wait":
                return None
            return self._claim_head(session, attempt.to)

    def _record_sent(self, connection: Connection, attempt: Attempt, result: CallResult) -> int | None:
        """Mark it sent; returns the id of the recipient's next unsettled message, if any (same statement)."""
        return connection.execute(
            MARK_SENT,
            {
                "message_id": attempt.id,
                "recipient": attempt.to,
                "sent_time": utcnow(),
                "status_code": result.status,
            },
        ).scalar()

    def _record_failure(self, session: Session, attempt: Attempt, result: CallResult) -> str:
        """ "settled" (failed for good, or the token was consumed), "again" (push now) or "wait" (retry later)."""
        method = attempt.method
        row = session.get(OutgoingMessage, attempt.id, with_for_update=True)
        row.last_status_code = result.status
        row.last_error = result.error
        if method == "reply" and result.status == 400:
            if row.reply_attempted:
                # The single-use token was consumed by the earlier, unanswered attempt.
                row.status, row.sent_at = "sent", utcnow()
                row.last_error = "reply token consumed by an earlier attempt"
                return "settled"
            # Expired or otherwise refused token: push instead, at once.
            row.reply_token = None
            row.status, row.next_attempt_at = "pending", utcnow()
            return "again"
        if method == "reply" and result.maybe_accepted:
            row.reply_attempted = True
        if result.transient and row.attempts < self.max_attempts:
            row.status, row.next_attempt_at = "pending", utcnow() + backoff(row.attempts)
            self._retry_in(backoff(row.attempts))
            log.warning("line delivery will be retried", extra={"outgoing_id": row.id, "status": result.status})
            return "wait"
        row.status = "failed"
        log.error("line delivery failed", extra={"outgoing_id": row.id, "status": result.status})
        return "settled"
