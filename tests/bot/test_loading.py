"""LINE's loading animation starts when a resident's answer is not ready soon after work on it starts."""

from __future__ import annotations

import threading
import time
import uuid

import pytest

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


def test_a_turn_held_up_by_the_database_shows_the_animation_on_line_and_a_quick_one_does_not(
    isolated_database_url, fake_line
):
    """Through the real worker, the real SDK and the fake Messaging API. The slow turn waits for the
    outbox, locked by another transaction as during a long write. PostgreSQL only: on SQLite the
    worker takes the database's write lock before the turn starts, so no turn can be held up inside."""
    if isolated_database_url.startswith("sqlite"):
        pytest.skip("a lock on one table held by another transaction needs PostgreSQL")
    from app.runtime import build_context, build_runtime

    runtime = build_runtime(
        build_context(
            make_settings(
                isolated_database_url, fake_line, in_process_worker=False, loading_animation_after_seconds=1.0
            )
        )
    )
    warm, slow, quick = (f"U{uuid.uuid4().hex}" for _ in range(3))

    def write(*user_ids: str) -> None:
        with transaction(runtime.ctx.session_factory) as session:
            store_events(
                session.connection(),
                [line_events.text_event(u, "こんにちは", "r" + uuid.uuid4().hex) for u in user_ids],
            )

    locked, release = threading.Event(), threading.Event()

    def hold_the_outbox() -> None:
        with runtime.ctx.engine.connect() as connection, connection.begin():
            connection.exec_driver_sql("LOCK TABLE outgoing_messages IN EXCLUSIVE MODE")
            locked.set()
            release.wait(10)

    blocker = threading.Thread(target=hold_the_outbox, daemon=True)
    try:
        write(warm)  # the first turn of a process loads the models: not the delay under test
        runtime.worker.drain()
        write(slow, quick)
        blocker.start()
        assert locked.wait(10)
        threading.Timer(2.5, release.set).start()
        runtime.worker.drain()
        wait_for(lambda: fake_line.messages_for(slow) and fake_line.messages_for(quick))
        assert slow in fake_line.loading
        time.sleep(1.5)  # past the moment the quick turn's animation would have started
        assert quick not in fake_line.loading
    finally:
        release.set()
        if blocker.is_alive():
            blocker.join(10)
        runtime.ctx.engine.dispose()
