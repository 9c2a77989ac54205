"""Waking workers the moment work is committed: PostgreSQL LISTEN/NOTIFY, with a slow poll as fallback.

Whatever stores work (the webhook's events, a staff reply, a scheduled notification) sends a
NOTIFY in its own transaction; PostgreSQL delivers it only when that transaction commits. Each
worker process keeps one listening connection (`Listener`), and each notification rings a
`Doorbell` that wakes one waiting worker thread. An inbox notification wakes a thread to claim
events only; the outbox sweep (a query over every recipient's due messages) runs only for an outbox
notification, a local ring, a due retry or the fallback poll, not after every event (the worker
that decided an answer delivers it itself). A lost notification (the listener reconnecting,
a restarted database) costs only time: the threads still look for work every fallback poll, and a
listener that (re)connects rings for every thread once. SQLite has no NOTIFY: there the web
process and its in-process worker share the doorbell directly.
"""

from __future__ import annotations

import logging
import threading

import psycopg
from sqlalchemy import text
from sqlalchemy.engine import URL, Connection, make_url

log = logging.getLogger(__name__)

INBOX_CHANNEL = "intake_inbox"
OUTBOX_CHANNEL = "intake_outbox"
CHANNELS = (INBOX_CHANNEL, OUTBOX_CHANNEL)

_NOTIFY = {channel: text(f"NOTIFY {channel}") for channel in CHANNELS}


def notify(connection: Connection, channel: str) -> None:
    """Wake listening workers when the current transaction commits (nothing on SQLite)."""
    if connection.dialect.name == "postgresql":
        connection.execute(_NOTIFY[channel])


class Doorbell:
    """Wakes waiting worker threads: one thread per ring, every thread on ring_all.

    Rings that come while every thread is busy are kept, up to the number of threads, so that
    work committed meanwhile is looked for once more and no ring is spent twice on nothing.
    """

    def __init__(self, threads: int = 1):
        self._condition = threading.Condition()
        self._rings = 0
        self.capacity = max(threads, 1)
        # True while a Listener delivers notifications for this process: the process's own code
        # then need not ring as well (its commits come back as notifications).
        self.listening = False
        # Set by a ring that may be for outgoing messages; taken by the thread that sweeps the outbox.
        self._sweep = False

    def ring(self, *, sweep: bool = True) -> None:
        """Wake one thread; `sweep` False: only events were stored (nothing new to deliver)."""
        with self._condition:
            self._rings = min(self._rings + 1, self.capacity)
            self._sweep = self._sweep or sweep
            self._condition.notify()

    def ring_all(self) -> None:
        with self._condition:
            self._rings = self.capacity
            self._sweep = True
            self._condition.notify_all()

    def take_sweep(self) -> bool:
        """True once after a ring that may be for outgoing messages (the caller then sweeps the outbox)."""
        with self._condition:
            sweep, self._sweep = self._sweep, False
            return sweep

    def ring_locally(self) -> None:
        """A ring from this process's own code, needed only where no notification will come."""
        if not self.listening:
            self.ring()

    def wait(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for a ring; True when one was taken."""
        with self._condition:
            if self._rings == 0:
                self._condition.wait(timeout)
            if self._rings > 0:
                self._rings -= 1
                return True
            return False


def libpq_conninfo(database_url: str | URL) -> str:
    """The SQLAlchemy URL as a libpq connection string for psycopg."""
    url = make_url(database_url).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


class Listener:
    """One LISTEN connection per process, in a thread of its own, ringing the doorbell per notification."""

    def __init__(
        self,
        database_url: str | URL,
        doorbell: Doorbell,
        *,
        channels: tuple[str, ...] = CHANNELS,
        check_seconds: float = 5.0,
        max_backoff: float = 30.0,
    ):
        self.conninfo = libpq_conninfo(database_url)
        self.doorbell = doorbell
        self.channels = channels
        self.check_seconds = check_seconds
        self.max_backoff = max_backoff
        self.connected = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._connection: psycopg.Connection | None = None

    def start(self) -> Listener:
        self._thread = threading.Thread(target=self._run, name="intake-listener", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self.doorbell.listening = False

    def _run(self) -> None:
        backoff = 0.5
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.conninfo, autocommit=True, application_name="intake-listener") as conn:
                    for channel in self.channels:
                        conn.execute(f"LISTEN {channel}")
                    self._on_connected()
                    backoff = 0.5
                    self._listen(conn)
            except psycopg.Error as exc:
                log.warning(
                    "listener lost its database connection; workers fall back to polling",
                    extra={"error": type(exc).__name__},
                )
            finally:
                self._on_disconnected()
            if self._stop.wait(backoff):
                return
            backoff = min(backoff * 2, self.max_backoff)

    def _on_connected(self) -> None:
        self.doorbell.listening = True
        self.connected.set()
        # Work committed while nobody was listening is looked for at once.
        self.doorbell.ring_all()

    def _on_disconnected(self) -> None:
        self.connected.clear()
        self.doorbell.listening = False

    def _listen(self, conn: psycopg.Connection) -> None:
        while not self._stop.is_set():
            # notifies() returns after check_seconds without a notification, so stop() is seen.
            for notification in conn.notifies(timeout=self.check_seconds):
                self.doorbell.ring(sweep=notification.channel != INBOX_CHANNEL)
