"""The event worker: claims stored events, acts on them exactly once, then delivers the answers.

Runs as threads inside the web process by default (`IN_PROCESS_WORKER=true`) and as
`intake worker` processes in production. Any number of either can run against one database.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy.orm import Session, sessionmaker

from bot.inbox import BATCH_LIMIT, Claim, claim_next, mark_done, record_failure
from bot.outbox import Attempt, Deliverer
from core.db import lost_connection, transaction, utcnow
from core.logging import redact_error
from core.metrics import EVENTS_PROCESSED, PROCESSING_LAG
from core.notify import Doorbell, Listener

log = logging.getLogger(__name__)

Handler = Callable[[Session, Claim], None]
# Called in the transaction that parks events for good: (session, source key) -> None.
OnParked = Callable[[Session, str], None]


def recipient_of(source_key: str) -> str | None:
    """Who answers to a source go to: the user, group or room id; None for "none"."""
    kind, _, ident = source_key.partition(":")
    return ident if kind in ("user", "group", "room") and ident else None


class Worker:
    def __init__(
        self,
        factory: sessionmaker[Session],
        handler: Handler,
        deliverer: Deliverer,
        *,
        wake: Doorbell | None = None,
        listener: Listener | None = None,
        poll_seconds: float = 10.0,
        periodic: list[tuple[float, Callable[[], None]]] | None = None,
        on_parked: OnParked | None = None,
    ):
        self.factory = factory
        self.handler = handler
        self.deliverer = deliverer
        self.wake = wake or Doorbell()
        # Notifications wake the threads; the poll is only the fallback for a lost one.
        self.listener = listener
        self.poll_seconds = poll_seconds
        self.on_parked = on_parked
        self.periodic = [[interval, 0.0, job] for interval, job in (periodic or [])]
        self._busy: set[str] = set()
        self._busy_lock = threading.Lock()
        self._periodic_lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    def process_one(self) -> bool:
        """Claim one source's pending events and act on them in one transaction."""
        return self._process(self.wake.seq) is not None

    def _process(self, seq: int) -> bool | None:
        """process_one, saying whether to look for more at once: None (nothing claimed), True or False.

        After a batch, more is looked for at once only where no ring may come for it: the batch
        failed or was cut short (a limit, a head taken alone), notifications are not being
        received, or events of the same source were announced since `seq` (taken before the
        claim: a claim by another thread found that source held and left it to this one).
        """
        with self._busy_lock:
            session = self.factory()
            session.begin()
            try:
                claim = claim_next(session, tuple(self._busy))
            except Exception:
                session.rollback()
                session.close()
                raise
            if claim is None:
                # Ended by COMMIT, not ROLLBACK (it read only; both end it alike on the server): psycopg
                # drops the connection's prepared statements on every rollback (DEALLOCATE ALL, then
                # each statement parsed and planned again), and claims that find nothing are common.
                session.commit()
                session.close()
                return None
            self._busy.add(claim.source_key)
        cut_short = len(claim.events) >= BATCH_LIMIT or claim.events[0].attempts > 0
        try:
            attempt, done = self._act(session, claim)
        finally:
            with self._busy_lock:
                self._busy.discard(claim.source_key)
        recipient = recipient_of(claim.source_key)
        if attempt is not None:
            self.deliverer.deliver_claimed(attempt)
        elif recipient is not None:
            self.deliverer.deliver_for(recipient)
        return not done or cut_short or not self.wake.listening or self.wake.announced_since(claim.source_key, seq)

    def _act(self, session: Session, claim: Claim) -> tuple[Attempt | None, bool]:
        """Act on the batch; returns the answer's first message when it was claimed for delivery in
        the same commit, and whether the batch was done."""
        event_ids = [e.id for e in claim.events]
        received = [e.received_at for e in claim.events]
        recipient = recipient_of(claim.source_key)
        try:
            if recipient is not None:
                self.deliverer.offer_claim(session, recipient)
            self.handler(session, claim)
            mark_done(session, claim.events)
            attempt = self.deliverer.claim_queued(session, recipient) if recipient is not None else None
            session.commit()
        except Exception as exc:
            session.rollback()
            if lost_connection(exc):
                # Nothing was done (the transaction is gone with the connection) and nothing is
                # wrong with the events: they stay pending, without spending one of their attempts.
                log.warning(
                    "database connection lost while processing; the events stay pending", extra={"event_ids": event_ids}
                )
                EVENTS_PROCESSED.labels("interrupted").inc(len(event_ids))
                return None, False
            log.exception("event processing failed", extra={"event_ids": event_ids})
            with transaction(self.factory) as retry_session:
                parked = record_failure(retry_session, event_ids, redact_error(f"{type(exc).__name__}: {exc}"))
                if parked and self.on_parked is not None:
                    self.on_parked(retry_session, claim.source_key)
            EVENTS_PROCESSED.labels("error").inc(len(event_ids))
            EVENTS_PROCESSED.labels("parked").inc(len(parked))
            return None, False
        finally:
            session.close()
        now = utcnow()
        for at in received:
            PROCESSING_LAG.observe((now - at).total_seconds())
        EVENTS_PROCESSED.labels("done").inc(len(event_ids))
        return attempt, True

    def drain(self, timeout: float = 30.0) -> None:
        """Process until nothing is pending (tests, the simulator, `intake worker --once`)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            worked = self.process_one()
            self.deliverer.deliver_due()
            if not worked:
                return

    def run_periodic(self) -> bool:
        """Run the jobs that are due; True when any ran (what it queued is then swept at once)."""
        if not self._periodic_lock.acquire(blocking=False):
            return False
        ran = False
        try:
            now = time.monotonic()
            for job in self.periodic:
                interval, last, fn = job
                if now - last >= interval:
                    job[1] = now
                    ran = True
                    try:
                        fn()
                    except Exception:
                        log.exception("periodic job failed", extra={"job": getattr(fn, "__name__", str(fn))})
        finally:
            self._periodic_lock.release()
        return ran

    def seconds_until_due(self) -> float:
        """How long an idle thread may wait: the fallback poll, or less when a periodic job or a retry is due sooner."""
        now = time.monotonic()
        due = [self.poll_seconds]
        due += [last + interval - now for interval, last, _ in self.periodic]
        if self.deliverer.next_retry is not None:
            due.append(self.deliverer.next_retry - now)
        return max(min(due), 0.0)

    def _loop(self) -> None:
        # The outbox is swept on start, after a wait that ran out (the fallback poll, a due retry or
        # periodic job), after a ring that may be for outgoing messages, and after periodic jobs ran.
        # A ring for stored events alone only claims: their answers are delivered by the thread
        # that decides them, so sweeping then (two queries, and a transaction) found nothing.
        timed_out = True
        # Claim until nothing is left: on start, after the fallback poll, after ring_all (a listener
        # that reconnected). After an announced ring, only as long as work may remain (`_process`).
        drain = True
        while not self._stop.is_set():
            try:
                seq = self.wake.seq
                again = self._process(seq)
                if again or (again is not None and drain):
                    continue
                if again is None:
                    self.wake.found_nothing(seq)
                # Periodic jobs first: what they queue (an expiry notice) goes out in this sweep.
                ran = self.run_periodic()
                if self.wake.take_sweep() or timed_out or ran:
                    self.deliverer.deliver_due()
            except Exception:
                log.exception("worker loop error; continuing")
                self._stop.wait(1.0)
            timed_out = not self.wake.wait(self.seconds_until_due())
            drain = timed_out or self.wake.take_drain()

    def start(self, threads: int = 1) -> None:
        self.wake.capacity = max(threads, 1)
        if self.listener is not None:
            self.listener.start()
        for index in range(threads):
            thread = threading.Thread(target=self._loop, name=f"intake-worker-{index}", daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self.wake.ring_all()
        for thread in self._threads:
            thread.join(timeout)
        self._threads.clear()
        if self.listener is not None:
            self.listener.stop(timeout)

    def run_forever(self, threads: int = 1) -> None:
        # Everything built so far (the NLP model, the routing tables, the FAQ index: several
        # hundred thousand objects) lives as long as the process: keep it out of the collector's
        # full passes, which otherwise walk all of it again and again under load.
        gc.freeze()
        self.start(threads)
        try:
            while any(t.is_alive() for t in self._threads):
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            self.stop()
