"""Crashes at the two dangerous moments, with real `intake worker` processes and SIGKILL:

- between the acknowledgement and the processing: events are stored and answered 200, the worker
  dies in the middle of acting on them, a new one starts;
- between the processing and the reply: the worker has committed the answer and is waiting for
  LINE, which accepted the message but holds the call open, when it dies; a new one starts.

Either way every effect happens exactly once.
"""

from __future__ import annotations

import time

import pytest

from bot.conversation import copy
from bot.simulator import line_events
from tests.conftest import make_settings
from tests.reliability.support import (
    Children,
    hand_off_residents,
    inbox_statuses,
    outgoing_for,
    product_env,
    resident_messages,
    settled,
)
from tests.support import LineUserSim, ServerThread, wait_for


@pytest.fixture
def edge(isolated_database_url, fake_line, tmp_path):
    """The webhook edge (no worker inside) on a database of its own, and a place for worker processes."""
    from app.web import create_app
    from core.db import make_engine, make_session_factory

    fake_line.clear_faults()
    server = ServerThread(create_app(make_settings(isolated_database_url, fake_line, in_process_worker=False))).start()
    engine = make_engine(isolated_database_url)
    children = Children(tmp_path)
    server.factory = make_session_factory(engine)
    server.children = children
    server.database_url = isolated_database_url
    try:
        yield server
    finally:
        children.stop_all()
        server.stop()
        engine.dispose()


def done_count(factory) -> int:
    return inbox_statuses(factory).get("done", 0)


def test_worker_killed_while_acting_on_acknowledged_events_then_replaced(edge, fake_line):
    residents = hand_off_residents(edge.factory, 40, prefix="Uck")
    sims = [LineUserSim(edge.url, fake_line, user_id=user_id) for user_id in residents]
    texts = [f"seq-{n:02d}" for n in range(1, 6)]
    for text in texts:
        for sim in sims:
            assert sim.post(line_events.text_event(sim.user_id, text, sim.token())).status_code == 200
    total = len(texts) * len(residents)
    assert inbox_statuses(edge.factory) == {"pending": total}  # acknowledged, nothing acted on yet

    env = product_env(edge.database_url, fake_line.url)
    edge.children.worker("first", env, threads=2)
    wait_for(lambda: done_count(edge.factory) >= 1, timeout=60, interval=0.01)
    edge.children.kill("first")
    done_at_kill = done_count(edge.factory)
    assert done_at_kill < total, "the worker finished before it could be killed"
    print(f"\nworker killed with {done_at_kill} of {total} events done")

    edge.children.worker("second", env, threads=2)
    wait_for(lambda: settled(edge.factory), timeout=90, interval=0.2)
    assert inbox_statuses(edge.factory) == {"done": total}
    messages = resident_messages(edge.factory, residents.values())
    assert all(messages[case] == texts for case in residents.values()), messages
    for user_id in residents:
        rows = outgoing_for(edge.factory, user_id)
        assert {r.status for r in rows} == {"sent"}
        assert len(fake_line.messages_for(user_id)) == len(rows)


@pytest.mark.parametrize("endpoint", ["reply", "push"])
def test_worker_killed_while_line_holds_the_accepted_reply_open(edge, fake_line, endpoint):
    residents = hand_off_residents(edge.factory, 2, prefix="Uhr")
    (user_id, case_id), (first_user, _) = residents.items()
    sim = LineUserSim(edge.url, fake_line, user_id=user_id)
    env = product_env(edge.database_url, fake_line.url, LINE_API_TIMEOUT_SECONDS="10", DELIVERY_LEASE_SECONDS="3")
    # The worker first starts and warms up (imports, models, FAQ index: 12 s on a quiet 2-core
    # machine, over the 20 s reply budget under load): an event sent before would find its reply
    # token too old, and be pushed. Another resident's answer shows the worker is taking events.
    edge.children.worker("first", env, threads=1)
    first = LineUserSim(edge.url, fake_line, user_id=first_user)
    assert first.post(line_events.text_event(first_user, "はじめに", first.token())).status_code == 200
    wait_for(lambda: fake_line.messages_for(first_user), timeout=120, interval=0.05)
    # LINE accepts the message, then holds the answer (3 s); the worker would wait up to 10 s.
    fake_line.fail_next(endpoint, "timeout")
    if endpoint == "push":
        issued = time.time() - 120  # too old to reply with: pushed, with its retry key
        event = line_events.text_event(
            user_id, "夜に電話をください", fake_line.issue_reply_token(user_id, issued), timestamp_ms=int(issued * 1000)
        )
    else:
        event = line_events.text_event(user_id, "夜に電話をください", sim.token())
    assert sim.post(event).status_code == 200

    wait_for(lambda: fake_line.messages_for(user_id), timeout=60, interval=0.01)
    edge.children.kill("first")  # LINE has the message; the worker never heard back
    [row] = outgoing_for(edge.factory, user_id)
    assert row.status == "sending" and row.method == endpoint
    assert inbox_statuses(edge.factory) == {"done": 2}

    edge.children.worker("second", env, threads=1)
    wait_for(lambda: settled(edge.factory), timeout=60, interval=0.1)
    time.sleep(0.3)
    [row] = outgoing_for(edge.factory, user_id)
    assert row.status == "sent" and row.attempts == 2
    assert [m["text"] for d in fake_line.messages_for(user_id) for m in d.messages] == [copy.FORWARDED]
    assert resident_messages(edge.factory, [case_id])[case_id] == ["夜に電話をください"]
    if endpoint == "push":
        assert [c[1] for c in fake_line.calls if c[0] == "push"][-1] == 409  # the retry key was already accepted
    else:
        assert row.last_error == "reply token consumed by an earlier attempt"


def test_sigterm_lets_a_worker_finish_what_it_holds_and_exit(edge, fake_line):
    """A deploy stops workers with SIGTERM: nothing is left half-sent for the lease to pick up."""
    import signal

    residents = hand_off_residents(edge.factory, 40, prefix="Ust")
    for user_id in residents:
        sim = LineUserSim(edge.url, fake_line, user_id=user_id)
        assert sim.post(line_events.text_event(user_id, "seq-01", sim.token())).status_code == 200
    env = product_env(edge.database_url, fake_line.url, DELIVERY_LEASE_SECONDS="600")
    worker = edge.children.worker("first", env, threads=2)
    wait_for(lambda: done_count(edge.factory) >= 1, timeout=60, interval=0.01)
    worker.send_signal(signal.SIGTERM)
    assert worker.wait(20) == 0
    rows = [r for user_id in residents for r in outgoing_for(edge.factory, user_id)]
    assert "sending" not in {r.status for r in rows}
    assert inbox_statuses(edge.factory).get("done", 0) == len(rows)  # each claimed batch was answered

    edge.children.worker("second", env, threads=2)
    wait_for(lambda: settled(edge.factory), timeout=60, interval=0.2)
    messages = resident_messages(edge.factory, residents.values())
    assert all(messages[case] == ["seq-01"] for case in residents.values())
