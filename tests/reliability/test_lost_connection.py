"""A database connection lost in the middle of an event (a failover, a killed backend) costs the
event nothing: it stays pending without spending an attempt and is then acted on exactly once."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, func, select, text

from bot.inbox import store_events
from bot.models import InboxEvent, OutgoingMessage
from bot.simulator import line_events
from core.db import transaction
from tests.conftest import make_settings


def test_a_connection_killed_mid_event_spends_no_attempt_and_the_event_is_acted_on_once(
    isolated_database_url, fake_line
):
    if isolated_database_url.startswith("sqlite"):
        pytest.skip("an embedded database has no connection to lose")
    from app.runtime import build_context, build_runtime

    fake_line.clear_faults()
    runtime = build_runtime(build_context(make_settings(isolated_database_url, fake_line, in_process_worker=False)))
    factory = runtime.ctx.session_factory
    real_handler = runtime.worker.handler
    killed: list[int] = []
    admin = create_engine(isolated_database_url)

    def handler(session, claim):
        if not killed:
            backend = session.scalar(text("select pg_backend_pid()"))
            with admin.connect() as connection:
                connection.execute(text("select pg_terminate_backend(:pid)"), {"pid": backend})
            killed.append(backend)
        real_handler(session, claim)

    runtime.worker.handler = handler
    user_id = "U" + "c0ffee" * 5 + "42"
    with transaction(factory) as session:
        store_events(session.connection(), [line_events.text_event(user_id, "母の物忘れが心配です")])
    try:
        runtime.worker.drain()
        with factory() as session:
            [event] = session.scalars(select(InboxEvent).where(InboxEvent.source_key == f"user:{user_id}")).all()
            answers = session.scalar(select(func.count()).where(OutgoingMessage.inbox_event_id == event.id))
    finally:
        runtime.ctx.engine.dispose()
        admin.dispose()
    assert killed, "the fault was injected"
    assert (event.status, event.attempts, event.last_error) == ("done", 1, None)
    assert answers >= 1
    assert len(fake_line.messages_for(user_id)) == answers
