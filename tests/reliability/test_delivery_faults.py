"""The Messaging API misbehaves (500, 429, a slow answer, a connection dropped before or after it
accepted the message): every answer still reaches the resident exactly once, retries wait
their backoff, and what could not be delivered is shown on the staff member's case page."""

from __future__ import annotations

import time

import pytest

from bot.conversation import copy
from bot.simulator import line_events
from tests.conftest import make_settings
from tests.reliability.support import hand_off_residents, outgoing_for, resident_messages, staff_client
from tests.support import LineUserSim, ServerThread, wait_for

FAULTS = [500, 429, "timeout", "drop_before", "drop_after"]


def handed_off(app_server, fake_line, session_factory) -> tuple[LineUserSim, int]:
    user_id, case_id = next(iter(hand_off_residents(session_factory, 1).items()))
    return LineUserSim(app_server.url, fake_line, user_id=user_id), case_id


def settled_row(session_factory, user_id: str, timeout: float = 30.0):
    def row():
        rows = outgoing_for(session_factory, user_id)
        return rows[-1] if rows and rows[-1].status in ("sent", "failed") else None

    return wait_for(row, timeout=timeout, interval=0.1)


def send(resident: LineUserSim, fake_line, text: str, *, stale: bool) -> None:
    """A text as LINE sends it; with a stale reply token the answer has to be pushed."""
    if stale:
        issued = time.time() - 120
        token = fake_line.issue_reply_token(resident.user_id, issued_at=issued)
        event = line_events.text_event(resident.user_id, text, token, timestamp_ms=int(issued * 1000))
    else:
        event = line_events.text_event(resident.user_id, text, resident.token())
    assert resident.post(event).status_code == 200


@pytest.mark.parametrize("endpoint", ["reply", "push"])
@pytest.mark.parametrize("fault", FAULTS)
def test_one_fault_then_the_answer_arrives_exactly_once(app_server, fake_line, session_factory, endpoint, fault):
    fake_line.clear_faults()
    resident, case_id = handed_off(app_server, fake_line, session_factory)
    fake_line.fail_next(endpoint, fault)
    send(resident, fake_line, "母のことで追加です", stale=endpoint == "push")

    row = settled_row(session_factory, resident.user_id)
    time.sleep(0.3)
    assert row.status == "sent" and row.attempts == 2 and row.case_id == case_id
    deliveries = fake_line.messages_for(resident.user_id)
    assert len(deliveries) == 1, [d.method for d in deliveries]
    assert resident.texts() == [copy.FORWARDED]
    assert resident_messages(session_factory, [case_id])[case_id] == ["母のことで追加です"]
    if endpoint == "push":
        assert deliveries[0].method == "push" and deliveries[0].retry_key == row.retry_key
    if fault == "drop_after" and endpoint == "push":
        # The first push was accepted before the connection dropped: its retry answers 409.
        assert [c[1] for c in fake_line.calls if c[0] == "push"][-1] == 409
    if fault in ("timeout", "drop_after") and endpoint == "reply":
        # The reply token was used by the attempt that got no answer: recorded, not sent twice.
        assert row.method == "reply" and row.last_error == "reply token consumed by an earlier attempt"


def test_retries_wait_for_their_backoff(app_server, fake_line, session_factory):
    fake_line.clear_faults()
    resident, _ = handed_off(app_server, fake_line, session_factory)
    fake_line.fail_next("push", 500, 429, 500)
    send(resident, fake_line, "よろしくお願いします", stale=True)
    row = settled_row(session_factory, resident.user_id, timeout=40)
    pushes = [c for c in fake_line.calls if c[0] == "push"][-4:]
    assert [c[1] for c in pushes] == [500, 429, 500, 200]
    gaps = [later[2] - earlier[2] for earlier, later in zip(pushes, pushes[1:])]
    assert gaps[0] >= 0.9 and gaps[1] >= 1.9 and gaps[2] >= 3.9, gaps  # 1 s, 2 s, 4 s
    assert row.status == "sent" and row.attempts == 4
    assert len(fake_line.messages_for(resident.user_id)) == 1


def test_a_refused_message_is_failed_on_the_case_and_shown_to_staff(app_server, fake_line, session_factory):
    fake_line.clear_faults()
    resident, case_id = handed_off(app_server, fake_line, session_factory)
    fake_line.fail_next("reply", 403)
    send(resident, fake_line, "電話がほしいです", stale=False)
    row = settled_row(session_factory, resident.user_id)
    assert row.status == "failed" and row.case_id == case_id and row.last_status_code == 403 and row.attempts == 1
    assert fake_line.messages_for(resident.user_id) == []
    assert_case_page_shows_the_problem(
        app_server.url, app_server.settings.secret_key, session_factory, case_id, "HTTP 403"
    )


def test_retries_exhausted_leave_a_failed_message_on_the_case(isolated_database_url, fake_line):
    """Nothing is dropped silently: after the last attempt the message is `failed` with its error."""
    from app.web import create_app
    from core.db import make_engine, make_session_factory

    fake_line.clear_faults()
    settings = make_settings(isolated_database_url, fake_line, line_api_max_attempts=3)
    server = ServerThread(create_app(settings)).start()
    engine = make_engine(isolated_database_url)
    factory = make_session_factory(engine)
    try:
        resident, case_id = handed_off(server, fake_line, factory)
        fake_line.fail_next("push", 500, 502, 503)
        send(resident, fake_line, "連絡をお待ちしています", stale=True)
        row = settled_row(factory, resident.user_id, timeout=30)
        assert row.status == "failed" and row.attempts == 3 and row.case_id == case_id
        assert row.last_status_code == 503 and row.last_error.startswith("HTTP 503")
        assert fake_line.messages_for(resident.user_id) == []
        assert_case_page_shows_the_problem(server.url, settings.secret_key, factory, case_id, "HTTP 503")
    finally:
        server.stop()
        engine.dispose()


def assert_case_page_shows_the_problem(base_url: str, secret_key: str, factory, case_id: int, error: str) -> None:
    from cases.models import Case

    with factory() as session:
        destination = session.get(Case, case_id).destination_id
    with staff_client(base_url, factory, secret_key, destination) as browser:
        page = browser.get(f"/staff/cases/{case_id}", headers={"Accept": "text/html"})
    assert page.status_code == 200
    problems = page.text.split('id="problems-title"', 1)
    assert len(problems) == 2, "the case page has no 送信の問題 section"
    assert error in problems[1].split("</section>", 1)[0]
