"""A worker acts the moment work is committed, though its own poll is a minute apart, and idles quietly."""

from __future__ import annotations

import time
from contextlib import contextmanager

import pytest
from sqlalchemy import event
from sqlalchemy import text as text_sql

from bot import outbox
from bot.simulator import line_events
from core.db import transaction, utcnow
from tests.conftest import make_settings
from tests.support import LineUserSim, ServerThread, wait_for

# Far longer than any wait below: whatever happens sooner was woken, not polled.
FALLBACK_POLL = 120.0


@contextmanager
def production_layout(database_url: str, fake_line, **overrides):
    """A web app that only stores events and a separate worker (on SQLite, one process, as `make run`)."""
    from app.runtime import build_context, build_runtime
    from app.web import create_app

    sqlite = database_url.startswith("sqlite")
    overrides.setdefault("worker_poll_seconds", FALLBACK_POLL)
    settings = make_settings(database_url, fake_line, in_process_worker=sqlite, **overrides)
    app = create_app(settings)
    web = ServerThread(app).start()
    runtime = None
    try:
        if sqlite:
            worker = app.state.runtime.worker
        else:
            runtime = build_runtime(build_context(settings))
            runtime.warm_up()  # as `intake worker` does before it takes work
            worker = runtime.worker
            worker.start(threads=2)
            assert worker.listener.connected.wait(10)
        time.sleep(0.5)  # past the start-up look for work: from here on only a wake-up acts
        yield web, app.state.ctx, worker
    finally:
        if runtime is not None:
            runtime.worker.stop()
            runtime.ctx.engine.dispose()
        web.stop()


def test_a_stored_event_is_answered_at_once_without_waiting_for_a_poll(isolated_database_url, fake_line):
    with production_layout(isolated_database_url, fake_line) as (web, _, _):
        resident = LineUserSim(web.url, fake_line)
        started = time.monotonic()
        resident.post(line_events.text_event(resident.user_id, "こんにちは", resident.token()))
        resident.wait_for_messages(1, timeout=10)
        assert time.monotonic() - started < 10 < FALLBACK_POLL


def queue_staff_reply(web_ctx, user_id: str) -> None:
    """As the workspace does: queue in the request's transaction, then wake this process's worker
    (which does nothing where the worker is another process, woken by the notification)."""
    with transaction(web_ctx.session_factory) as session:
        outbox.enqueue(session, user_id, [{"type": "text", "text": "担当の者です。"}], origin="staff")
    web_ctx.wake_worker()


def test_a_message_queued_outside_the_worker_is_pushed_at_once(isolated_database_url, fake_line):
    """A staff reply or a notice is queued by a web process: a notification sends it."""
    with production_layout(isolated_database_url, fake_line) as (web, web_ctx, _):
        user_id = LineUserSim(web.url, fake_line).user_id
        queue_staff_reply(web_ctx, user_id)
        wait_for(lambda: fake_line.messages_for(user_id), timeout=10)


def test_a_transient_failure_is_retried_after_its_backoff_not_at_the_next_poll(isolated_database_url, fake_line):
    fake_line.clear_faults()
    with production_layout(isolated_database_url, fake_line) as (web, web_ctx, _):
        user_id = LineUserSim(web.url, fake_line).user_id
        fake_line.fail_next("push", 500)
        queue_staff_reply(web_ctx, user_id)
        wait_for(lambda: fake_line.messages_for(user_id), timeout=15)


def test_an_idle_worker_does_not_query_the_database_between_wake_ups(isolated_database_url, fake_line):
    with production_layout(isolated_database_url, fake_line) as (_, _, worker):
        statements: list[str] = []
        engine = worker.factory.kw["bind"]
        record = lambda *args: statements.append(args[2])  # noqa: E731
        event.listen(engine, "before_cursor_execute", record)
        try:
            time.sleep(3)
        finally:
            event.remove(engine, "before_cursor_execute", record)
        assert statements == []


def test_an_answer_costs_no_outbox_sweep_when_a_notification_woke_the_worker(isolated_database_url, fake_line):
    """The thread that decides an answer delivers it; the sweep over every recipient's due
    messages is for outbox notifications, retries and the fallback poll, not for every event."""
    if isolated_database_url.startswith("sqlite"):
        pytest.skip("SQLite has no notifications: every local ring may be for outgoing messages")
    with production_layout(isolated_database_url, fake_line) as (web, _, worker):
        statements: list[str] = []
        engine = worker.factory.kw["bind"]
        record = lambda *args: statements.append(args[2])  # noqa: E731
        event.listen(engine, "before_cursor_execute", record)
        try:
            resident = LineUserSim(web.url, fake_line)
            resident.post(line_events.text_event(resident.user_id, "こんにちは", resident.token()))
            resident.wait_for_messages(1, timeout=10)
            time.sleep(0.5)
        finally:
            event.remove(engine, "before_cursor_execute", record)
        assert any("inbox_events" in s for s in statements), "the event was claimed by this worker"
        assert not [s for s in statements if "GROUP BY outgoing_messages" in s]


@contextmanager
def second_worker(database_url: str, fake_line):
    """Another `intake worker` process's worker: its own engine, doorbell and listener."""
    from app.runtime import build_context, build_runtime

    settings = make_settings(database_url, fake_line, worker_poll_seconds=FALLBACK_POLL, in_process_worker=False)
    runtime = build_runtime(build_context(settings))
    runtime.warm_up()  # as `intake worker` does before it takes work
    runtime.worker.start(threads=2)
    assert runtime.worker.listener.connected.wait(10)
    try:
        yield runtime.worker
    finally:
        runtime.worker.stop()
        runtime.ctx.engine.dispose()


def postgres_only(database_url: str) -> None:
    if database_url.startswith("sqlite"):
        pytest.skip("SQLite has no notifications: one process, woken by its own rings")


def pending_events(web_ctx) -> int:
    with web_ctx.session_factory() as session:
        return session.execute(text_sql("select count(*) from inbox_events where status = 'pending'")).scalar_one()


def test_a_notification_costs_one_claim_in_one_worker_process(isolated_database_url, fake_line):
    """Every worker process hears every notification, but only one claims for it, and the thread
    that took the event does not claim again unless more was announced for its resident."""
    postgres_only(isolated_database_url)
    with production_layout(isolated_database_url, fake_line) as (web, _, worker):
        with second_worker(isolated_database_url, fake_line) as other:
            # Past both processes' first look at who is listening (each then claims until nothing is left).
            time.sleep(3 * other.listener.members_seconds)
            claims: list[str] = []

            def record(connection, cursor, statement, *_):
                if "WITH head" in statement:
                    claims.append(statement)

            engines = [worker.factory.kw["bind"], other.factory.kw["bind"]]
            for engine in engines:
                event.listen(engine, "before_cursor_execute", record)
            try:
                residents = [LineUserSim(web.url, fake_line) for _ in range(6)]
                for resident in residents:
                    resident.post(line_events.text_event(resident.user_id, "こんにちは", resident.token()))
                    resident.wait_for_messages(1, timeout=10)
                time.sleep(0.5)
            finally:
                for engine in engines:
                    event.remove(engine, "before_cursor_execute", record)
            # Before: three a message (the other process's empty claim, and the claimer's own again).
            assert len(claims) <= len(residents)


def test_messages_sent_while_their_resident_is_being_answered_are_answered_without_a_poll(
    isolated_database_url, fake_line
):
    """A resident's next messages, announced while a thread holds that resident, are looked for again
    by that thread as soon as it commits (the other claims found the resident held)."""
    postgres_only(isolated_database_url)
    with production_layout(isolated_database_url, fake_line) as (web, web_ctx, _):
        with second_worker(isolated_database_url, fake_line):
            residents = [LineUserSim(web.url, fake_line) for _ in range(4)]
            for words in ("母のことで", "相談です", "よろしく", "お願いします"):
                for resident in residents:
                    resident.post(line_events.text_event(resident.user_id, words, resident.token()))
            wait_for(lambda: pending_events(web_ctx) == 0, timeout=20)


def test_events_of_several_residents_stored_in_one_transaction_are_all_answered_without_a_poll(
    isolated_database_url, fake_line
):
    """One notification then names several residents: it wakes a claim for each, not just one."""
    postgres_only(isolated_database_url)
    from bot.inbox import store_events

    with production_layout(isolated_database_url, fake_line) as (web, web_ctx, _):
        with second_worker(isolated_database_url, fake_line):
            residents = [LineUserSim(web.url, fake_line) for _ in range(6)]
            with web_ctx.engine.begin() as connection:
                events = [line_events.text_event(r.user_id, "こんにちは", r.token()) for r in residents]
                assert store_events(connection, events) == len(residents)
            wait_for(lambda: pending_events(web_ctx) == 0, timeout=20)


def test_events_stored_without_a_notification_are_all_claimed_at_the_fallback_poll(isolated_database_url, fake_line):
    """A lost notification costs one poll: the poll then claims until nothing is left, not one batch."""
    postgres_only(isolated_database_url)
    from bot.inbox import STORE

    POLL = 5.0
    with production_layout(isolated_database_url, fake_line, worker_poll_seconds=POLL) as (web, web_ctx, _):
        residents = [LineUserSim(web.url, fake_line) for _ in range(3)]
        with web_ctx.engine.begin() as connection:  # as store_events, but its notification lost
            for n, resident in enumerate(residents):
                event_ = line_events.text_event(resident.user_id, "こんにちは", resident.token())
                connection.execute(
                    STORE,
                    {
                        "webhook_event_id": f"lost-{n}-{resident.user_id}",
                        "source_key": f"user:{resident.user_id}",
                        "event_type": "message",
                        "payload": event_,
                        "is_redelivery": False,
                        "event_time": utcnow(),
                        "received_at": utcnow(),
                    },
                )
        wait_for(lambda: pending_events(web_ctx) == 0, timeout=4 * POLL)
        with web_ctx.session_factory() as session:
            first, last = session.execute(
                text_sql("select min(processed_at), max(processed_at) from inbox_events")
            ).one()
        assert (last - first).total_seconds() < POLL, "all at the same poll, not one resident a poll"


def test_a_webhook_of_one_event_is_stored_and_announced_by_one_statement_outside_begin_and_commit(
    isolated_database_url, fake_line
):
    """On PostgreSQL the insert carries its own notification and commits by itself: one round
    trip per webhook, not four (BEGIN, insert, notify, COMMIT); a redelivery announces nothing."""
    postgres_only(isolated_database_url)
    with production_layout(isolated_database_url, fake_line) as (web, web_ctx, worker):
        sent: list[tuple[str, bool]] = []

        def record(connection, cursor, statement, *_):
            sent.append((statement.split()[0], connection.connection.dbapi_connection.autocommit))

        event.listen(web_ctx.engine, "before_cursor_execute", record)
        try:
            resident = LineUserSim(web.url, fake_line)
            first = line_events.text_event(resident.user_id, "こんにちは", resident.token())
            assert resident.post(first).status_code == 200
            resident.wait_for_messages(1, timeout=30)
            assert sent == [("WITH", True)], "one statement, committed by itself"
            sent.clear()
            seq = worker.wake.seq
            # The same event again (a redelivery): stored once, so neither stored nor announced now.
            assert resident.post(first).status_code == 200
            assert sent == [("WITH", True)]
            time.sleep(1.0)
            assert not worker.wake.announced_since(f"user:{resident.user_id}", seq)
            assert pending_events(web_ctx) == 0 and len(fake_line.messages_for(resident.user_id)) == 1
        finally:
            event.remove(web_ctx.engine, "before_cursor_execute", record)


def test_a_delivered_answer_is_recorded_by_one_statement_and_the_next_message_still_follows(
    isolated_database_url, fake_line
):
    """Recording a sent message is one statement committed by itself on PostgreSQL; when the
    recipient has another message waiting, it is still claimed and delivered after it, in order."""
    postgres_only(isolated_database_url)
    with production_layout(isolated_database_url, fake_line) as (web, web_ctx, worker):
        engine = worker.factory.kw["bind"]
        marks: list[bool] = []

        def record(connection, cursor, statement, *_):
            if statement.startswith("UPDATE outgoing_messages") and "sent_at=" in statement:
                marks.append(connection.connection.dbapi_connection.autocommit)

        event.listen(engine, "before_cursor_execute", record)
        try:
            resident = LineUserSim(web.url, fake_line)
            resident.post(line_events.text_event(resident.user_id, "こんにちは", resident.token()))
            resident.wait_for_messages(1, timeout=30)
            time.sleep(0.5)
            assert marks and all(marks)
            answered = len(fake_line.messages_for(resident.user_id))
            with transaction(web_ctx.session_factory) as session:
                for words in ("一通目です。", "二通目です。"):
                    outbox.enqueue(session, resident.user_id, [{"type": "text", "text": words}], origin="staff")
            wait_for(lambda: len(fake_line.messages_for(resident.user_id)) == answered + 2, timeout=30)
            assert resident.texts()[-2:] == ["一通目です。", "二通目です。"]
            assert len(marks) == answered + 2 and all(marks)
        finally:
            event.remove(engine, "before_cursor_execute", record)
