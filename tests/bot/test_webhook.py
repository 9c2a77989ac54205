"""The webhook edge, through real HTTP with signed requests and the real SDK against the fake API."""

from __future__ import annotations

import time

import httpx
from sqlalchemy import select

from bot.conversation import copy
from bot.models import InboxEvent, LineUser, OutgoingMessage
from bot.simulator import line_events
from tests.conftest import make_settings
from tests.support import LineUserSim, ServerThread, free_port, wait_for


def stored_events(session_factory, user_id: str) -> list[InboxEvent]:
    with session_factory() as session:
        return session.scalars(select(InboxEvent).where(InboxEvent.source_key == f"user:{user_id}")).all()


def test_wrong_signature_is_refused_and_nothing_is_stored(resident, session_factory):
    event = line_events.text_event(resident.user_id, "こんにちは", resident.token())
    response = resident.post(event, signature="bm90IHRoZSByaWdodCBzaWduYXR1cmU=")
    assert response.status_code == 400
    assert stored_events(session_factory, resident.user_id) == []


def test_missing_signature_is_refused(app_server):
    response = httpx.post(
        f"{app_server.url}/line/webhook", content=line_events.body(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400


def test_verify_request_with_no_events_is_acknowledged(resident):
    assert resident.post().status_code == 200


def test_malformed_json_with_a_valid_signature_is_a_clean_400(resident):
    body = b'{"events": [ {"type": '
    response = resident.http.post(
        f"{resident.app_url}/line/webhook",
        content=body,
        headers={"X-Line-Signature": line_events.sign(resident.secret, body)},
    )
    assert response.status_code == 400


def test_oversized_body_is_refused_before_reading_it(resident):
    body = b"x" * (10 * 1024 * 1024)
    response = resident.http.post(
        f"{resident.app_url}/line/webhook",
        content=body,
        headers={"X-Line-Signature": line_events.sign(resident.secret, body)},
    )
    assert response.status_code == 413


def test_event_is_stored_before_the_acknowledgement(resident, session_factory):
    event = line_events.text_event(resident.user_id, "こんにちは", resident.token())
    assert resident.post(event).status_code == 200
    rows = stored_events(session_factory, resident.user_id)
    assert [r.webhook_event_id for r in rows] == [event["webhookEventId"]]


def test_follow_is_greeted_in_two_bubbles_who_we_are_with_119_and_110_then_the_question(resident):
    resident.post(line_events.follow_event(resident.user_id, resident.token()))
    messages = resident.wait_for_messages(2)
    time.sleep(0.3)
    texts = resident.texts()
    assert texts == [copy.WELCOME, copy.ASK_WORRY]
    assert "119" in texts[0] and "110" in texts[0] and copy.PRIVACY_NOTICE not in texts
    labels = [i["action"]["label"] for i in messages[-1]["quickReply"]["items"]]
    assert labels == [label for label, _, _ in copy.WORRY_BUTTONS]


def test_same_event_delivered_three_times_has_one_effect(resident, session_factory, fake_line):
    event = line_events.follow_event(resident.user_id, resident.token())
    redelivered = {**event, "deliveryContext": {"isRedelivery": True}}
    for payload in (event, redelivered, redelivered):
        assert resident.post(payload).status_code == 200
    resident.wait_for_messages(2)
    time.sleep(0.5)
    assert len(fake_line.messages_for(resident.user_id)) == 1  # one reply call carrying the greeting
    assert len(stored_events(session_factory, resident.user_id)) == 1


def test_expired_reply_token_falls_back_to_a_push_with_a_retry_key(resident, fake_line):
    two_minutes_ago = time.time() - 120
    token = fake_line.issue_reply_token(resident.user_id, issued_at=two_minutes_ago)
    resident.post(line_events.follow_event(resident.user_id, token, timestamp_ms=int(two_minutes_ago * 1000)))
    resident.wait_for_messages(2)
    deliveries = fake_line.messages_for(resident.user_id)
    assert {d.method for d in deliveries} == {"push"}
    assert all(len(d.retry_key) == 36 for d in deliveries)


def test_429_then_200_delivers_the_message_once(resident, fake_line):
    fake_line.fail_next("reply", 429)
    resident.post(line_events.follow_event(resident.user_id, resident.token()))
    resident.wait_for_messages(2, timeout=20)
    time.sleep(1.5)
    assert len(fake_line.messages_for(resident.user_id)) == 1
    assert resident.texts()[0] == copy.WELCOME


def test_a_push_refused_with_429_is_retried_after_a_backoff_and_delivered_once(resident, fake_line):
    stale = time.time() - 120
    token = fake_line.issue_reply_token(resident.user_id, issued_at=stale)
    fake_line.fail_next("push", 429, 500)
    resident.post(line_events.follow_event(resident.user_id, token, timestamp_ms=int(stale * 1000)))
    resident.wait_for_messages(2, timeout=20)
    pushes = [c for c in fake_line.calls if c[0] == "push"]
    assert [c[1] for c in pushes[-3:]] == [429, 500, 200]
    assert pushes[-1][2] - pushes[-2][2] >= 1.5  # 1 s, then 2 s of backoff
    deliveries = fake_line.messages_for(resident.user_id)
    assert len(deliveries) == 1 and deliveries[0].method == "push"


def test_non_retryable_4xx_is_recorded_as_failed_not_retried(resident, fake_line, session_factory):
    fake_line.fail_next("reply", 400)  # a refused reply token: pushed instead
    fake_line.fail_next("push", 403)
    resident.post(line_events.follow_event(resident.user_id, resident.token()))

    def failed_row():
        with session_factory() as session:
            return session.scalars(
                select(OutgoingMessage).where(
                    OutgoingMessage.to == resident.user_id, OutgoingMessage.status == "failed"
                )
            ).first()

    row = wait_for(failed_row)
    assert row.last_status_code == 403 and row.attempts == 2
    assert fake_line.messages_for(resident.user_id) == []


def test_sticker_gets_a_polite_request_for_text(resident):
    resident.post(line_events.sticker_event(resident.user_id, resident.token()))
    texts = [m["text"] for m in resident.wait_for_messages(1)]
    assert copy.MEDIA_NOT_READ in texts


def test_image_gets_a_polite_request_for_text_and_nothing_is_kept(resident, session_factory):
    resident.post(line_events.image_event(resident.user_id, resident.token()))
    assert copy.MEDIA_NOT_READ in [m["text"] for m in resident.wait_for_messages(1)]


def test_unfollow_marks_the_user_inactive(resident, session_factory):
    resident.post(line_events.follow_event(resident.user_id, resident.token()))
    resident.wait_for_messages(2)
    resident.post(line_events.unfollow_event(resident.user_id))

    def inactive():
        with session_factory() as session:
            user = session.get(LineUser, resident.user_id)
            return user is not None and not user.active

    wait_for(inactive)


def test_group_chat_gets_the_one_to_one_line_and_no_content_is_stored(app_server, fake_line, session_factory):
    group = LineUserSim(app_server.url, fake_line)
    group_id = "C" + group.user_id[1:]
    token = fake_line.issue_reply_token(group_id)
    group.post(line_events.group_text_event(group_id, group.user_id, "母の物忘れが心配です", token))
    wait_for(lambda: fake_line.messages_for(group_id))
    assert fake_line.texts_for(group_id) == [copy.GROUP_ONLY_ONE_TO_ONE]
    with session_factory() as session:
        rows = session.scalars(select(InboxEvent).where(InboxEvent.source_key == f"group:{group_id}")).all()
    assert rows and all("text" not in (r.payload.get("message") or {}) for r in rows)


def test_unknown_event_type_is_stored_and_ignored_safely(resident, session_factory):
    event = line_events.follow_event(resident.user_id)
    event = {**event, "type": "somethingNew", "somethingNew": {"x": 1}}
    assert resident.post(event).status_code == 200

    def done():
        rows = stored_events(session_factory, resident.user_id)
        return rows and rows[0].status == "done"

    wait_for(done)


def test_database_down_answers_503_so_line_redelivers(fake_line):
    from app.web import create_app

    dead = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/nowhere"
    settings = make_settings(dead, fake_line, in_process_worker=False)
    server = ServerThread(create_app(settings)).start()
    try:
        resident = LineUserSim(server.url, fake_line)
        response = resident.post(line_events.text_event(resident.user_id, "こんにちは", resident.token()))
        assert response.status_code == 503
        assert httpx.get(f"{server.url}/readyz").status_code == 503
        assert httpx.get(f"{server.url}/healthz").status_code == 200
    finally:
        server.stop()


def test_event_stored_before_a_crash_is_processed_once_after_restart(isolated_database_url, fake_line):
    from app.web import create_app
    from core.db import make_engine, make_session_factory

    database_url = isolated_database_url
    session_factory = make_session_factory(make_engine(database_url))
    first = ServerThread(create_app(make_settings(database_url, fake_line, in_process_worker=False))).start()
    resident = LineUserSim(first.url, fake_line)
    assert resident.post(line_events.follow_event(resident.user_id, resident.token())).status_code == 200
    first.stop()  # gone before any worker looked at the event
    assert [e.status for e in stored_events(session_factory, resident.user_id)] == ["pending"]

    second = ServerThread(create_app(make_settings(database_url, fake_line))).start()
    try:
        resident.wait_for_messages(2)
        time.sleep(0.5)
        assert len(fake_line.messages_for(resident.user_id)) == 1
        assert [e.status for e in stored_events(session_factory, resident.user_id)] == ["done"]
    finally:
        second.stop()


def test_readiness_reports_migrations_current(app_server):
    response = httpx.get(f"{app_server.url}/readyz")
    assert response.status_code == 200 and response.json()["status"] == "ok"
