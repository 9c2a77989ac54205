"""Outgoing LINE messages: decided inside a transaction, delivered after it, exactly once.

A message is replied with its reply token while the token is fresh, otherwise pushed with
its own `X-Line-Retry-Key`, so a retried push can never arrive twice. Transient failures
(429, 5xx, no answer) are retried with exponential backoff; other 4xx fail at once. Every
failure is recorded on the row, where the staff workspace shows it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.line_client import CallResult, LineClient
from bot.models import OutgoingMessage
from core.db import transaction, utcnow
from core.metrics import OUTGOING_PENDING

log = logging.getLogger(__name__)

MAX_MESSAGES_PER_CALL = 5
LEASE_SECONDS = 30.0


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
    session.flush()
    return rows


def backoff(attempts: int) -> timedelta:
    """1 s, 2 s, 4 s … capped at 5 minutes."""
    return timedelta(seconds=min(2 ** max(attempts - 1, 0), 300))


class Deliverer:
    def __init__(self, factory: sessionmaker[Session], client: LineClient, *, reply_budget: float, max_attempts: int,
                 lease: float = LEASE_SECONDS):
        self.factory = factory
        self.client = client
        self.reply_budget = timedelta(seconds=reply_budget)
        self.max_attempts = max_attempts
        # How long a claimed ("sending") message belongs to the process that claimed it.
        self.lease = timedelta(seconds=lease)

    def deliver_for(self, recipient: str) -> None:
        """Deliver a recipient's due messages in order, stopping at the first that must wait."""
        while (message_id := self._next_due_id(recipient)) is not None:
            if self.deliver(message_id) in ("wait", "busy"):
                return

    def deliver_due(self, limit: int = 50) -> int:
        """One sweep over all recipients with due messages (retries, pushes from staff)."""
        with self.factory() as session:
            recipients = session.scalars(
                select(OutgoingMessage.to)
                .where(OutgoingMessage.status.in_(("pending", "sending")), OutgoingMessage.next_attempt_at <= utcnow())
                .group_by(OutgoingMessage.to)
                .limit(limit)
            ).all()
            OUTGOING_PENDING.set(
                session.scalar(select(func.count()).where(OutgoingMessage.status.in_(("pending", "sending")))) or 0
            )
        for recipient in recipients:
            self.deliver_for(recipient)
        return len(recipients)

    def _next_due_id(self, recipient: str) -> int | None:
        with self.factory() as session:
            head = session.scalars(
                select(OutgoingMessage)
                .where(OutgoingMessage.to == recipient, OutgoingMessage.status.in_(("pending", "sending")))
                .order_by(OutgoingMessage.id)
                .limit(1)
            ).first()
            if head is None or head.next_attempt_at > utcnow():
                return None
            return head.id

    def deliver(self, message_id: int) -> str:
        """Attempt one message: "settled" (sent or failed for good), "again" (push now), "wait", "busy"."""
        plan = self._claim(message_id)
        if plan is None:
            return "busy"
        method, row = plan
        if method == "reply":
            result = self.client.reply(row.reply_token, row.messages)
        else:
            result = self.client.push(row.to, row.messages, row.retry_key)
        return self._record(message_id, method, result)

    def _claim(self, message_id: int):
        with transaction(self.factory) as session:
            row = session.scalars(
                select(OutgoingMessage)
                .where(OutgoingMessage.id == message_id, OutgoingMessage.status.in_(("pending", "sending")))
                .with_for_update(skip_locked=True)
            ).first()
            if row is None or row.next_attempt_at > utcnow():
                return None
            if row.status == "sending" and row.method == "reply":
                # A previous attempt died without an answer: the token may have been used.
                row.reply_attempted = True
            fresh = row.reply_token_time is not None and utcnow() - row.reply_token_time < self.reply_budget
            # After a reply that may have been delivered, only the token can tell (LINE refuses a
            # used one with 400): a push now, even with a stale token, could say it all twice.
            method = "reply" if row.reply_token and (fresh or row.reply_attempted) else "push"
            row.status = "sending"
            row.method = method
            row.attempts += 1
            row.next_attempt_at = utcnow() + self.lease
            session.flush()
            session.expunge(row)
            return method, row

    def _record(self, message_id: int, method: str, result: CallResult) -> str:
        with transaction(self.factory) as session:
            row = session.get(OutgoingMessage, message_id, with_for_update=True)
            row.last_status_code = result.status
            if result.ok:
                row.status, row.sent_at, row.last_error = "sent", utcnow(), None
                return "settled"
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
                log.warning("line delivery will be retried", extra={"outgoing_id": row.id, "status": result.status})
                return "wait"
            row.status = "failed"
            log.error("line delivery failed", extra={"outgoing_id": row.id, "status": result.status})
            return "settled"
