"""LINE's loading animation starts when a resident's answer is not ready soon after work on it starts."""

from __future__ import annotations

import time
import uuid

from bot.inbox import store_events
from bot.loading import LoadingAnimation
from bot.simulator import line_events
from core.db import transaction
from tests.conftest import make_settings
from tests.support import wait_for


def test_an_answer_queued_within_the_delay_shows_no_animation():
    started: list[str] = []
    loading = LoadingAnimation(started.append, after=0.2)
    loading.work_started("Uquick").set()
    time.sleep(0.5)
    assert started == []


def test_an_answer_not_queued_within_the_delay_shows_the_animation_once():
    started: list[str] = []
    loading = LoadingAnimation(started.append, after=0.1)
    answered = loading.work_started("Uslow")
    wait_for(lambda: started, timeout=2)
    answered.set()
    time.sleep(0.2)
    assert started == ["Uslow"]


def test_each_resident_waits_only_for_their_own_answer():
    started: list[str] = []
    loading = LoadingAnimation(started.append, after=0.1)
    loading.work_started("Uslow")
    loading.work_started("Uquick").set()
    loading.work_started("Ulater")
    wait_for(lambda: len(started) == 2, timeout=2)
    time.sleep(0.2)
    assert sorted(started) == ["Ulater", "Uslow"]  # two calls may go out side by side


def test_with_no_delay_the_animation_starts_as_soon_as_work_starts():
    started: list[str] = []
    loading = LoadingAnimation(started.append, after=0)
    loading.work_started("Unow")
    wait_for(lambda: started == ["Unow"], timeout=2)


def test_a_failing_call_does_not_stop_later_animations():
    started: list[str] = []

    def start(user_id: str) -> None:
        if user_id == "Ufirst":
            raise RuntimeError("network down")
        started.append(user_id)

    loading = LoadingAnimation(start, after=0)
    loading.work_started("Ufirst")
    loading.work_started("Usecond")
    wait_for(lambda: started == ["Usecond"], timeout=2)


def test_a_slow_turn_shows_the_animation_on_line_and_a_quick_one_does_not(isolated_database_url, fake_line):
    """Through the real worker, the real SDK and the fake Messaging API; one turn is made slow."""
    from app.runtime import build_context, build_runtime

    runtime = build_runtime(build_context(make_settings(
        isolated_database_url, fake_line, in_process_worker=False, loading_animation_after_seconds=1.0)))
    slow, quick = (f"U{uuid.uuid4().hex}" for _ in range(2))
    conversation = runtime.worker.handler.conversation
    real_handle = conversation.handle

    def handle(session, user, incomings, now):
        if user.user_id == slow:
            time.sleep(2.5)  # as a turn held up by a slow database would be
        return real_handle(session, user, incomings, now)

    conversation.handle = handle
    with transaction(runtime.ctx.session_factory) as session:
        store_events(session.connection(), [line_events.text_event(slow, "こんにちは", "r" + uuid.uuid4().hex),
                                            line_events.text_event(quick, "こんにちは", "r" + uuid.uuid4().hex)])
    try:
        runtime.worker.drain()
        wait_for(lambda: fake_line.messages_for(slow) and fake_line.messages_for(quick))
        assert slow in fake_line.loading
        time.sleep(1.5)  # past the moment the quick turn's animation would have started
        assert quick not in fake_line.loading
    finally:
        runtime.ctx.engine.dispose()
