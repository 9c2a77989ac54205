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
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable

import psycopg
from sqlalchemy import text
from sqlalchemy.engine import URL, Connection, make_url

log = logging.getLogger(__name__)

INBOX_CHANNEL = "intake_inbox"
OUTBOX_CHANNEL = "intake_outbox"
CHANNELS = (INBOX_CHANNEL, OUTBOX_CHANNEL)

_NOTIFY = {channel: text(f"NOTIFY {channel}") for channel in CHANNELS}
_NOTIFY_WITH_PAYLOAD = text("SELECT pg_notify(:channel, :payload)")
# PostgreSQL refuses a payload of 8000 bytes or more; a longer list of sources is sent as none
# (an inbox notification without sources may be for any source: see Doorbell.announce).
MAX_PAYLOAD = 7000


def notify(connection: Connection, channel: str, sources: Iterable[str] = ()) -> None:
    """Wake listening workers when the current transaction commits (nothing on SQLite).

    `sources`: the source keys whose events were stored, sent as the payload (space separated).
    """
    if connection.dialect.name != "postgresql":
        return
    payload = " ".join(sorted(set(sources)))
    if payload and len(payload) < MAX_PAYLOAD:
        connection.execute(_NOTIFY_WITH_PAYLOAD, {"channel": channel, "payload": payload})
    else:
        connection.execute(_NOTIFY[channel])


class Doorbell:
    """Wakes waiting worker threads: one thread per ring, every thread on ring_all.

    Rings that come while every thread is busy are kept, up to the number of threads, so that
    work committed meanwhile is looked for once more and no ring is spent twice on nothing.

    Inbox notifications are announced instead (`announce`): each is a ring kept however many
    come (up to ANNOUNCED_LIMIT), numbered, with the sources it was for. A worker thread that
    claimed a batch then looks for more only if its source was announced meanwhile
    (`announced_since`), and a claim that found nothing drops the rings that came before it
    (`found_nothing`): whatever they were for was claimable by that claim, or was held by a
    thread that looks again itself. So a notification costs one claim per process, not two.
    """

    # Announced rings kept while every thread is busy (a backlog of that many notifications).
    ANNOUNCED_LIMIT = 100_000
    # Sources remembered with the number of the last notification for them.
    REMEMBERED_SOURCES = 4096

    def __init__(self, threads: int = 1):
        self._condition = threading.Condition()
        self._rings = 0
        self.capacity = max(threads, 1)
        # How many rings there were so far (announced or not), and the count at the last
        # announcement for each recent source
        # ("" for a notification whose sources are unknown: it may be for any).
        self._seq = 0
        self._announced: OrderedDict[str, int] = OrderedDict()
        self._forgotten = 0  # the number of the last announcement of a source no longer remembered
        # Set by ring_all: a thread woken by it claims until nothing is left, as after a poll.
        self._drains = 0
        self._taken = threading.local()
        # True while a Listener delivers notifications for this process: the process's own code
        # then need not ring as well (its commits come back as notifications).
        self.listening = False
        # Set by a ring that may be for outgoing messages; taken by the thread that sweeps the outbox.
        self._sweep = False

    def ring(self, *, sweep: bool = True) -> None:
        """Wake one thread; `sweep` False: only events were stored (nothing new to deliver)."""
        with self._condition:
            self._seq += 1
            self._rings = max(self._rings, min(self._rings + 1, self.capacity))
            self._sweep = self._sweep or sweep
            self._condition.notify()

    def ring_all(self) -> None:
        with self._condition:
            self._seq += self.capacity
            self._rings = max(self._rings, self.capacity)
            self._drains = self.capacity
            self._sweep = True
            self._condition.notify_all()

    def announce(self, sources: Iterable[str], mine: Callable[[str], bool] | None = None) -> None:
        """An inbox notification for events of these sources: a ring per source, each waking a thread.

        `mine`: which of the sources this process claims for (every process hears every
        notification: see Listener); all are remembered for `announced_since` all the same.
        Without sources (unknown: too many for a payload), as ring_all: every thread claims until
        nothing is left.
        """
        distinct = set(sources)
        added = (len([s for s in distinct if mine(s)]) if mine else len(distinct)) if distinct else self.capacity
        with self._condition:
            self._seq += added
            for source in distinct or [""]:
                self._announced[source] = self._seq
                self._announced.move_to_end(source)
            while len(self._announced) > self.REMEMBERED_SOURCES:
                self._forgotten = self._announced.popitem(last=False)[1]
            if not distinct:
                self._rings = max(self._rings, self.capacity)
                self._drains = self.capacity
                self._condition.notify_all()
                return
            if added:
                self._rings = min(self._rings + added, self.ANNOUNCED_LIMIT)
                self._condition.notify(added)

    @property
    def seq(self) -> int:
        """How many rings there were so far: taken before a claim, for the two methods below."""
        with self._condition:
            return self._seq

    def announced_since(self, source: str, seq: int) -> bool:
        """Whether events of `source` (or of unknown sources) may have been notified after `seq`."""
        with self._condition:
            if self._forgotten > seq:
                return True  # a source was forgotten since: assume it was this one
            return self._announced.get(source, 0) > seq or self._announced.get("", 0) > seq

    def found_nothing(self, seq: int) -> None:
        """A claim that began at `seq` found nothing: only rings that came after it may find work."""
        with self._condition:
            self._rings = min(self._rings, self._seq - seq)
            self._drains = min(self._drains, self._rings)

    def take_drain(self) -> bool:
        """Whether the ring this thread took last was ring_all's: claim until nothing is left."""
        drain = getattr(self._taken, "drain", False)
        self._taken.drain = False
        return drain

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
                self._taken.drain = self._drains > 0
                self._drains = max(self._drains - 1, 0)
                return True
            return False


def libpq_conninfo(database_url: str | URL) -> str:
    """The SQLAlchemy URL as a libpq connection string for psycopg."""
    url = make_url(database_url).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


LISTENER_NAME = "intake-listener"
# The listening processes of this database, in a fixed order: each claims for its share of the
# residents a notification names (see Listener.mine).
MEMBERS = (
    "SELECT pg_backend_pid(), array(SELECT pid FROM pg_stat_activity "
    f"WHERE datname = current_database() AND application_name = '{LISTENER_NAME}' ORDER BY pid)"
)


class Listener:
    """One LISTEN connection per process, in a thread of its own, ringing the doorbell per notification.

    Every listening process hears every notification, but one is enough to claim for it: each
    process rings its threads only for the residents whose key hashes to its place among the
    listening processes (read from pg_stat_activity every `members_seconds`), so a stored event
    costs one claim, not one per process. When the members change, every thread claims until
    nothing is left (a share that was another's, or nobody's while the views differed, is found
    then); a lost notification is found by the fallback poll, as always.
    """

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
        self.members_seconds = min(check_seconds, 2.0)
        # This process's place among the listening processes, and how many there are.
        self.rank, self.members = 0, 1
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
                with psycopg.connect(self.conninfo, autocommit=True, application_name=LISTENER_NAME) as conn:
                    for channel in self.channels:
                        conn.execute(f"LISTEN {channel}")
                    self._read_members(conn)
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

    def mine(self, source: str) -> bool:
        """Whether this process claims for a notification of events of `source`."""
        return self.members == 1 or zlib.crc32(source.encode()) % self.members == self.rank

    def _read_members(self, conn: psycopg.Connection) -> bool:
        """Read this process's place among the listening processes; True when it changed."""
        row = conn.execute(MEMBERS).fetchone()
        pid, pids = (row[0], list(row[1])) if row is not None else (0, [])
        rank, members = (pids.index(pid), len(pids)) if pid in pids else (0, 1)
        changed = (rank, members) != (self.rank, self.members)
        self.rank, self.members = rank, members
        return changed

    def _listen(self, conn: psycopg.Connection) -> None:
        while not self._stop.is_set():
            # notifies() returns after members_seconds, so stop() and new members are seen
            # (notifications arriving meanwhile are kept by psycopg for the next call).
            for notification in conn.notifies(timeout=self.members_seconds):
                if notification.channel == INBOX_CHANNEL:
                    self.doorbell.announce(notification.payload.split(), self.mine)
                else:
                    self.doorbell.ring()
            if self._read_members(conn):
                self.doorbell.ring_all()
