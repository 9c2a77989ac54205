"""Workers are woken by notifications, not by polling: PostgreSQL LISTEN/NOTIFY and the doorbell."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import create_engine, event, text

from core.notify import INBOX_CHANNEL, OUTBOX_CHANNEL, Doorbell, Listener, notify
from tests.support import wait_for


def test_a_ring_wakes_exactly_one_waiting_thread():
    doorbell = Doorbell(threads=3)
    woken: list[str] = []

    def wait(name: str) -> None:
        if doorbell.wait(5.0):
            woken.append(name)

    threads = [threading.Thread(target=wait, args=(f"t{i}",)) for i in range(3)]
    for thread in threads:
        thread.start()
    time.sleep(0.2)
    doorbell.ring()
    wait_for(lambda: woken, timeout=2)
    time.sleep(0.3)
    assert len(woken) == 1
    doorbell.ring_all()
    for thread in threads:
        thread.join(5)
    assert len(woken) == 3


def test_rings_while_every_thread_is_busy_are_kept_up_to_the_number_of_threads():
    doorbell = Doorbell(threads=2)
    for _ in range(10):
        doorbell.ring()
    assert doorbell.wait(0) and doorbell.wait(0)
    assert not doorbell.wait(0)


def test_a_local_ring_is_skipped_while_notifications_arrive():
    doorbell = Doorbell()
    doorbell.listening = True
    doorbell.ring_locally()
    assert not doorbell.wait(0)
    doorbell.listening = False
    doorbell.ring_locally()
    assert doorbell.wait(0)


def test_only_a_ring_that_may_be_for_outgoing_messages_asks_for_an_outbox_sweep():
    doorbell = Doorbell(threads=2)
    doorbell.ring(sweep=False)  # events stored: claiming is enough
    assert doorbell.wait(0)
    assert not doorbell.take_sweep()
    doorbell.ring()  # a local ring or an outbox notification
    assert doorbell.wait(0)
    assert doorbell.take_sweep()
    assert not doorbell.take_sweep(), "one sweep per ring, taken by one thread"
    doorbell.ring_all()
    assert doorbell.take_sweep()


@pytest.fixture
def postgres_url(isolated_database_url):
    if isolated_database_url.startswith("sqlite"):
        pytest.skip("SQLite has no LISTEN/NOTIFY: in one process the web app rings its worker directly")
    return isolated_database_url


@pytest.fixture
def listening(postgres_url):
    doorbell = Doorbell(threads=1)
    listener = Listener(postgres_url, doorbell, check_seconds=0.2, max_backoff=0.5).start()
    assert listener.connected.wait(10)
    assert doorbell.wait(0)  # the ring every (re)connection gives
    yield postgres_url, doorbell, listener
    listener.stop()


def test_a_notification_rings_only_when_its_transaction_commits(listening):
    url, doorbell, _ = listening
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            with connection.begin() as transaction:
                notify(connection, INBOX_CHANNEL)
                assert not doorbell.wait(0.5)
                transaction.rollback()
            assert not doorbell.wait(0.5)
            with connection.begin():
                notify(connection, INBOX_CHANNEL)
        assert doorbell.wait(5)
    finally:
        engine.dispose()


def test_a_listener_whose_connection_is_killed_reconnects_and_rings_every_thread(listening):
    url, doorbell, listener = listening
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            killed = (
                connection.execute(
                    text(
                        "select pg_terminate_backend(pid) from pg_stat_activity "
                        "where application_name = 'intake-listener' and datname = current_database()"
                    )
                )
                .scalars()
                .all()
            )
        assert killed == [True]
        assert doorbell.wait(10), "a reconnected listener rings so that work committed meanwhile is found"
        assert listener.connected.wait(5)
        with engine.begin() as connection:
            notify(connection, INBOX_CHANNEL)
        assert doorbell.wait(5)
    finally:
        engine.dispose()


def test_an_inbox_notification_wakes_a_thread_without_a_sweep_an_outbox_one_with(listening):
    url, doorbell, _ = listening
    doorbell.take_sweep()  # the connection's ring
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            notify(connection, INBOX_CHANNEL)
        assert doorbell.wait(5)
        assert not doorbell.take_sweep()
        with engine.begin() as connection:
            notify(connection, OUTBOX_CHANNEL)
        assert doorbell.wait(5)
        assert doorbell.take_sweep()
    finally:
        engine.dispose()


def test_notify_is_nothing_on_sqlite(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    with engine.begin() as connection:
        notify(connection, INBOX_CHANNEL)
    engine.dispose()
    assert statements == []


def test_announced_rings_are_all_kept_while_every_thread_is_busy():
    doorbell = Doorbell(threads=2)
    for n in range(5):
        doorbell.announce([f"user:U{n}"])
    assert [doorbell.wait(0) for _ in range(6)] == [True] * 5 + [False]


def test_a_notification_for_several_residents_rings_once_for_each():
    doorbell = Doorbell(threads=2)
    doorbell.announce(["user:A", "user:B", "user:A", "group:G"])
    assert [doorbell.wait(0) for _ in range(4)] == [True, True, True, False]


def test_a_notification_without_sources_makes_every_thread_claim_until_nothing_is_left():
    doorbell = Doorbell(threads=2)
    doorbell.announce([])
    assert doorbell.wait(0) and doorbell.take_drain()
    assert doorbell.wait(0) and doorbell.take_drain()
    assert not doorbell.wait(0)


def test_a_claim_that_found_nothing_drops_only_the_rings_that_came_before_it():
    doorbell = Doorbell(threads=4)
    doorbell.announce(["user:A"])
    doorbell.announce(["user:B"])
    seq = doorbell.seq  # a claim begins: A and B were claimable by it, or held by a thread that looks again
    doorbell.announce(["user:C"])  # committed after the claim's snapshot: must still be looked for
    doorbell.found_nothing(seq)
    assert doorbell.wait(0)
    assert not doorbell.wait(0)
    seq = doorbell.seq
    doorbell.announce(["user:D", "user:E", "user:F"])  # one notification, three residents
    doorbell.found_nothing(seq)
    assert [doorbell.wait(0) for _ in range(4)] == [True, True, True, False]


def test_a_source_announced_after_a_claim_began_is_looked_for_again_by_its_claimer():
    doorbell = Doorbell(threads=2)
    doorbell.announce(["user:A"])
    seq = doorbell.seq
    assert not doorbell.announced_since("user:A", seq)
    doorbell.announce(["user:B"])
    assert not doorbell.announced_since("user:A", seq)
    assert doorbell.announced_since("user:B", seq)
    doorbell.announce([])  # a notification without sources may be for any
    assert doorbell.announced_since("user:A", seq)
    assert doorbell.announced_since("user:never-seen", seq)


def test_a_source_forgotten_among_many_is_assumed_announced():
    doorbell = Doorbell(threads=1)
    seq = doorbell.seq
    for n in range(Doorbell.REMEMBERED_SOURCES + 1):
        doorbell.announce([f"user:U{n}"])
    assert doorbell.announced_since("user:never-seen", seq)


def test_an_inbox_notification_carries_the_sources_of_the_stored_events(listening):
    url, doorbell, _ = listening
    engine = create_engine(url)
    try:
        seq = doorbell.seq
        with engine.begin() as connection:
            notify(connection, INBOX_CHANNEL, ["user:A", "group:G", "user:A"])
        assert doorbell.wait(5)
        assert doorbell.announced_since("user:A", seq) and doorbell.announced_since("group:G", seq)
        assert not doorbell.announced_since("user:B", seq)
    finally:
        engine.dispose()


def test_each_resident_named_by_a_notification_is_claimed_for_by_exactly_one_listening_process(postgres_url):
    """Every process hears every notification; the residents are shared among them, and when one
    stops listening the others take its share and claim until nothing is left."""
    doorbells = [Doorbell(threads=1), Doorbell(threads=1)]
    listeners = [Listener(postgres_url, d, check_seconds=0.2, max_backoff=0.5).start() for d in doorbells]
    try:
        for listener in listeners:
            assert listener.connected.wait(10)
        wait_for(lambda: all(listener.members == 2 for listener in listeners), timeout=10)
        sources = [f"user:U{n:032d}" for n in range(64)]
        owners = [sum(listener.mine(source) for listener in listeners) for source in sources]
        assert owners == [1] * len(sources)
        assert 0 < sum(listeners[0].mine(source) for source in sources) < len(sources)
        # Take the rings so far, until none came for longer than a members check: the stop's ring
        # may come as soon as the other's connection closes, before stop() returns.
        while doorbells[0].wait(0.5):
            pass
        listeners[1].stop()
        wait_for(lambda: listeners[0].members == 1, timeout=10)
        assert all(listeners[0].mine(source) for source in sources)
        assert doorbells[0].wait(5) and doorbells[0].take_drain(), "a share that was another's is looked for at once"
    finally:
        for listener in listeners:
            listener.stop()
