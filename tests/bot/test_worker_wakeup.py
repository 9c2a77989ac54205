"""A worker acts the moment work is committed, though its own poll is a minute apart, and idles quietly."""

from __future__ import annotations

import time
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from bot import outbox
from bot.simulator import line_events
from core.db import transaction
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
    settings = make_settings(
        database_url, fake_line, worker_poll_seconds=FALLBACK_POLL, in_process_worker=sqlite, **overrides
    )
    app = create_app(settings)
    web = ServerThread(app).start()
    runtime = None
    try:
        if sqlite:
            worker = app.state.runtime.worker
        else:
            runtime = build_runtime(build_context(settings))
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
