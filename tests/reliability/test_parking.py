"""An event that cannot be processed is retried, then parked `failed` with its error; the resident
is told so politely, and the resident's other messages are not taken down with it."""

from __future__ import annotations

from sqlalchemy import select

from bot.conversation import copy
from bot.inbox import MAX_ATTEMPTS, store_events
from bot.models import InboxEvent, LineUser
from bot.simulator import line_events
from core.db import transaction
from tests.conftest import make_settings
from tests.reliability.support import hand_off_residents, resident_messages
from tests.support import LineUserSim, wait_for


def events_of(factory, user_id: str) -> list[InboxEvent]:
    with factory() as session:
        return session.scalars(
            select(InboxEvent).where(InboxEvent.source_key == f"user:{user_id}").order_by(InboxEvent.id)
        ).all()


def test_a_conversation_in_a_step_that_no_longer_exists_is_parked_with_an_apology(
    app_server, fake_line, session_factory
):
    """As after a deploy that removed a step while a resident was in it."""
    resident = LineUserSim(app_server.url, fake_line)
    with transaction(session_factory) as session:
        session.add(LineUser(user_id=resident.user_id, step="step_removed_by_a_deploy", state={"greeted": True}))
    assert resident.post(line_events.text_event(resident.user_id, "こんにちは", resident.token())).status_code == 200

    [event] = wait_for(lambda: [e for e in events_of(session_factory, resident.user_id) if e.status == "failed"])
    assert event.attempts == MAX_ATTEMPTS and event.last_error.startswith("KeyError")
    resident.wait_for_messages(1)
    assert resident.texts() == [copy.FAILED_APOLOGY]


def test_one_poisonous_event_is_parked_alone_and_the_others_are_acted_on_in_order(isolated_database_url, fake_line):
    """A fault injected into the real handler for one text; its neighbours in the batch survive."""
    from app.runtime import build_context, build_runtime

    fake_line.clear_faults()
    runtime = build_runtime(build_context(make_settings(isolated_database_url, fake_line, in_process_worker=False)))
    factory = runtime.ctx.session_factory
    real_handler = runtime.worker.handler

    def handler(session, claim):
        if any((e.payload.get("message") or {}).get("text") == "毒" for e in claim.events):
            raise RuntimeError("injected fault")
        real_handler(session, claim)

    runtime.worker.handler = handler
    user_id, case_id = next(iter(hand_off_residents(factory, 1, prefix="Upz").items()))
    with transaction(factory) as session:
        store_events(
            session.connection(), [line_events.text_event(user_id, text) for text in ("一つ目", "毒", "三つ目")]
        )
    try:
        runtime.worker.drain()
    finally:
        runtime.ctx.engine.dispose()
    first, poison, third = events_of(factory, user_id)
    assert (first.status, poison.status, third.status) == ("done", "failed", "done")
    assert poison.attempts == MAX_ATTEMPTS and poison.last_error == "RuntimeError: injected fault"
    assert resident_messages(factory, [case_id])[case_id] == ["一つ目", "三つ目"]
    assert copy.FAILED_APOLOGY in fake_line.texts_for(user_id)
