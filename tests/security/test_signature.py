"""X-Line-Signature: checked by the SDK, in constant time, over the raw bytes; replays do nothing;
a rotated-out channel secret is accepted only while LINE_CHANNEL_SECRET_PREVIOUS names it."""

from __future__ import annotations

import hmac
import inspect
import json
import time

import httpx
import pytest
from linebot.v3 import WebhookParser
from sqlalchemy import select

from bot import webhook as our_webhook
from bot.models import InboxEvent, OutgoingMessage
from bot.simulator import line_events
from tests.conftest import make_settings
from tests.support import CHANNEL_SECRET, ServerThread, wait_for


def stored(session_factory, user_id: str) -> list[InboxEvent]:
    with session_factory() as session:
        return session.scalars(select(InboxEvent).where(InboxEvent.source_key == f"user:{user_id}")).all()


def post_raw(url: str, body: bytes, signature: str) -> httpx.Response:
    return httpx.post(
        f"{url}/line/webhook",
        content=body,
        headers={"X-Line-Signature": signature, "Content-Type": "application/json"},
        timeout=15,
    )


def test_the_sdk_compares_signatures_in_constant_time():
    from linebot.v3 import webhook as sdk_webhook

    validate = inspect.getsource(sdk_webhook.SignatureValidator.validate)
    assert "compare_digest(" in validate and "==" not in validate.split("compare_digest(", 1)[1]
    assert sdk_webhook.compare_digest is not None
    assert "hmac.compare_digest(" in inspect.getsource(sdk_webhook.compare_digest)
    assert hasattr(hmac, "compare_digest")  # so the SDK never falls back to its own comparison


def test_the_webhook_verifies_with_the_sdks_validator():
    assert "parser.signature_validator.validate(" in inspect.getsource(our_webhook.verify_signature)
    assert "hmac" not in inspect.getsource(our_webhook)  # no comparison of our own next to the SDK's


def test_the_json_api_finds_tokens_by_digest_and_compares_the_legacy_one_in_constant_time():
    """A stored token is found by its SHA-256 (timing can reveal only digest bytes, never the token);
    the INTAKE_API_TOKEN of the migration path is compared in constant time."""
    from workspace.api import service

    source = inspect.getsource(service.account_for)
    assert "hmac.compare_digest(" in source and "digest(" in source


@pytest.mark.parametrize(
    "reserialise",
    [
        lambda payload: json.dumps(payload, ensure_ascii=True).encode(),
        lambda payload: json.dumps(payload, ensure_ascii=False, indent=1).encode(),
        lambda payload: json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode(),
        lambda payload: json.dumps(payload, ensure_ascii=False, sort_keys=True).encode(),
        lambda payload: json.dumps(payload, ensure_ascii=False).encode() + b"\n",
    ],
    ids=["ascii-escapes", "indented", "compact", "sorted-keys", "trailing-newline"],
)
def test_the_same_json_in_other_bytes_is_refused(resident, session_factory, reserialise):
    """A proxy that re-encodes the body breaks the signature, as it must: it is over the raw bytes."""
    original = line_events.body(line_events.text_event(resident.user_id, "母の物忘れが心配です", resident.token()))
    again = reserialise(json.loads(original))
    assert again != original and json.loads(again) == json.loads(original)
    response = post_raw(resident.app_url, again, line_events.sign(CHANNEL_SECRET, original))
    assert response.status_code == 400
    assert stored(session_factory, resident.user_id) == []


def test_a_replayed_body_is_acknowledged_and_does_nothing(resident, session_factory, fake_line):
    body = line_events.body(line_events.text_event(resident.user_id, "介護保険の申請について", resident.token()))
    signature = line_events.sign(CHANNEL_SECRET, body)
    assert post_raw(resident.app_url, body, signature).json()["stored"] == 1
    wait_for(lambda: all(e.status == "done" for e in stored(session_factory, resident.user_id)))
    answers = resident.wait_for_messages(1)
    time.sleep(0.5)
    answered = len(resident.received())
    with session_factory() as session:
        outgoing = session.scalars(select(OutgoingMessage.id).where(OutgoingMessage.to == resident.user_id)).all()

    for _ in range(3):  # the same bytes later: an attacker's replay or LINE's redelivery
        response = post_raw(resident.app_url, body, signature)
        assert response.status_code == 200 and response.json()["stored"] == 0
    time.sleep(1.0)
    assert len(resident.received()) == answered and answers
    assert len(stored(session_factory, resident.user_id)) == 1
    with session_factory() as session:
        assert (
            session.scalars(select(OutgoingMessage.id).where(OutgoingMessage.to == resident.user_id)).all() == outgoing
        )


@pytest.fixture
def rotating_server(isolated_database_url, fake_line):
    """The app in the middle of a channel secret rotation: new secret set, old one still accepted."""
    from app.web import create_app

    settings = make_settings(
        isolated_database_url,
        fake_line,
        line_channel_secret="new-channel-secret",
        line_channel_secret_previous="old-channel-secret",
        in_process_worker=False,
    )
    server = ServerThread(create_app(settings)).start()
    yield server
    server.stop()


def test_during_a_rotation_both_secrets_are_accepted_and_no_other(rotating_server, fake_line):
    def signed_with(secret: str) -> int:
        body = line_events.body(line_events.follow_event("U" + secret.encode().hex()[:32], "r" + str(time.time_ns())))
        return post_raw(rotating_server.url, body, line_events.sign(secret, body)).status_code

    assert signed_with("new-channel-secret") == 200
    assert signed_with("old-channel-secret") == 200
    assert signed_with("some-other-secret") == 400
    assert signed_with(CHANNEL_SECRET) == 400


def test_without_a_previous_secret_the_old_one_is_refused(resident):
    body = line_events.body(line_events.follow_event(resident.user_id, resident.token()))
    assert post_raw(resident.app_url, body, line_events.sign("old-channel-secret", body)).status_code == 400


def test_a_parser_per_secret_is_the_sdks():
    from app.runtime import build_context
    from core.settings import Settings

    ctx = build_context(
        Settings(
            database_url="sqlite://",
            line_channel_secret="a",
            line_channel_access_token="t",
            secret_key="k",
            line_channel_secret_previous="b",
        )
    )
    assert isinstance(ctx.line_parser, WebhookParser) and isinstance(ctx.line_parser_previous, WebhookParser)
    ctx.engine.dispose()
