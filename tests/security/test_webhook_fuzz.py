"""Whatever arrives at the webhook, the answer is a clean 200 or 4xx and the worker keeps going.

Property-based: hypothesis builds webhook bodies from LINE's event shapes, then breaks them
(wrong types, missing fields, unknown types, control characters, emoji and unusual Unicode,
10,000-character texts), signs some and not others, and posts them over real HTTP. After the
run every stored event has ended `done` or parked `failed` with its error recorded, every
parked resident got the apology, every resident who wrote got an answer, and the worker
threads are still alive.
"""

from __future__ import annotations

import json
import math
import time
import uuid

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from bot.conversation import copy
from bot.models import InboxEvent, LineUser, OutgoingMessage
from bot.simulator import line_events
from tests.support import CHANNEL_SECRET, wait_for

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
CLEAN = {200, 400, 413}

ODD_STRINGS = [
    "",
    " ",
    "\x00",
    "母\x00の物忘れ",
    "\x07\x08\x1b[31m赤\x1b[0m",
    "\u202e右から左\u202c",
    "\u200b\u200c\u200d\ufeff",
    "👵🏻👨‍👩‍👧‍👦🏳️‍🌈",
    "𠮷野家の𩸽",
    "ｱｲｳｴｵ①②③㍻",
    "\ud7ff\ue000\uffff",
    "'; DROP TABLE inbox_events; --",
    "<script>alert(1)</script>",
    "{{7*7}}${7*7}",
    "母の物忘れが心配です" * 1000,  # 10,000 characters
    "あ" * 5001,
]
odd_text = st.one_of(st.sampled_from(ODD_STRINGS), st.text(max_size=300))
json_value = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | odd_text,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=6,
)


def fuzz_user() -> str:
    return "Ufz" + uuid.uuid4().hex[:29]


@st.composite
def line_event(draw) -> dict:
    """One event as LINE sends it (any kind), then possibly broken."""
    user = fuzz_user()
    token = "r" + uuid.uuid4().hex
    kind = draw(
        st.sampled_from(
            [
                "text",
                "sticker",
                "image",
                "location",
                "postback",
                "follow",
                "unfollow",
                "unsend",
                "group_text",
                "unknown",
                "video_call",
            ]
        )
    )
    if kind == "text":
        event = line_events.text_event(user, draw(odd_text), token)
    elif kind == "sticker":
        event = line_events.sticker_event(user, token)
    elif kind == "image":
        event = line_events.image_event(user, token)
    elif kind == "location":
        lat = draw(st.floats(allow_nan=True, allow_infinity=True) | st.floats(35.5, 35.7))
        lng = draw(st.floats(allow_nan=True, allow_infinity=True) | st.floats(140.0, 140.2))
        event = line_events.location_event(user, 0.0, 0.0, draw(odd_text), token)
        event["message"]["latitude"], event["message"]["longitude"] = lat, lng
    elif kind == "postback":
        event = line_events.postback_event(user, draw(odd_text), token)
    elif kind == "follow":
        event = line_events.follow_event(user, token)
    elif kind == "unfollow":
        event = line_events.unfollow_event(user)
    elif kind == "unsend":
        event = line_events.unsend_event(user, draw(odd_text))
    elif kind == "group_text":
        event = line_events.group_text_event("C" + uuid.uuid4().hex, user, draw(odd_text), token)
    elif kind == "unknown":
        event = {**line_events.follow_event(user, token), "type": draw(odd_text)}
    else:
        event = {**line_events.text_event(user, "x", token)}
        event["message"]["type"] = draw(odd_text)
    for _ in range(draw(st.integers(0, 3))):
        event = draw(broken(event))
    return event


@st.composite
def broken(draw, event: dict) -> dict:
    """Drop a field, or give a field (top level or one level down) a value of the wrong type."""
    event = json.loads(json.dumps(event))
    target = event
    nested = [k for k, v in event.items() if isinstance(v, dict)]
    if nested and draw(st.booleans()):
        target = event[draw(st.sampled_from(sorted(nested)))]
    if not target:
        return event
    key = draw(st.sampled_from(sorted(target)))
    if draw(st.booleans()):
        del target[key]
    else:
        target[key] = draw(json_value)
    return event


# Events each server acknowledged as newly stored (its 200 answers' `stored`), for the final check.
STORED: dict[str, int] = {}


def post(server, body: bytes, signature: str | None) -> httpx.Response:
    headers = {"Content-Type": "application/json"}
    if signature is not None:
        headers["X-Line-Signature"] = signature
    response = httpx.post(f"{server.url}/line/webhook", content=body, headers=headers, timeout=20)
    if response.status_code == 200:
        STORED[server.url] = STORED.get(server.url, 0) + response.json()["stored"]
    return response


def signed(body: bytes) -> str:
    return line_events.sign(CHANNEL_SECRET, body)


def is_json(body: bytes) -> bool:
    """Standard JSON: no NaN or Infinity, and no number beyond a double (1e400)."""

    def constant(literal: str):
        raise ValueError(literal)

    def finite(literal: str) -> float:
        if not math.isfinite(float(literal)):
            raise ValueError(literal)
        return float(literal)

    try:
        json.loads(body, parse_constant=constant, parse_float=finite)
    except ValueError:
        return False
    return True


@FUZZ
@given(events=st.lists(line_event(), min_size=1, max_size=3), destination=odd_text)
def test_signed_events_of_any_shape_are_acknowledged(own_server, events, destination):
    body = json.dumps({"destination": destination, "events": events}, ensure_ascii=False).encode()
    response = post(own_server, body, signed(body))
    # A NaN or infinite coordinate makes json.dumps write NaN/Infinity, which JSON does not have: 400.
    assert response.status_code == (200 if is_json(body) else 400), response.text


@FUZZ
@given(payload=json_value)
def test_signed_json_of_the_wrong_shape_is_a_clean_answer(own_server, payload):
    body = json.dumps({"destination": "U0", "events": payload} if isinstance(payload, list) else payload).encode()
    assert post(own_server, body, signed(body)).status_code in CLEAN


@FUZZ
@given(body=st.binary(max_size=2000) | st.text(max_size=500).map(str.encode))
def test_signed_bytes_that_are_not_json_are_refused_cleanly(own_server, body):
    assert post(own_server, body, signed(body)).status_code in {200, 400}


header_text = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=100).map(
    str.strip
)  # h11 refuses surrounding whitespace


@FUZZ
@given(
    events=st.lists(line_event(), max_size=2),
    signature=st.none() | header_text | st.just("sig"),
    other_secret=st.text(min_size=1, max_size=40),
)
def test_unsigned_or_wrongly_signed_bodies_are_refused(own_server, events, signature, other_secret):
    body = line_events.body(*events)
    if signature == "sig":
        signature = line_events.sign(other_secret, body) if other_secret != CHANNEL_SECRET else None
    assert post(own_server, body, signature).status_code == 400


@pytest.mark.parametrize("chunked", [False, True])
def test_a_10_mb_body_is_refused_with_413_before_it_is_read(own_server, chunked):
    body = b'{"events": [' + b" " * (10 * 1024 * 1024) + b"]}"
    content = body if not chunked else (body[i : i + 65536] for i in range(0, len(body), 65536))
    started = time.perf_counter()
    response = httpx.post(
        f"{own_server.url}/line/webhook", content=content, headers={"X-Line-Signature": signed(body)}, timeout=30
    )
    assert response.status_code == 413
    assert time.perf_counter() - started < 5


def test_nan_and_infinity_are_refused_not_stored(own_server):
    """Not JSON, and PostgreSQL's json refuses them: stored, they would be a 503 for LINE forever."""
    for constant in (b"NaN", b"Infinity", b"-Infinity", b"1e400", b"-1e400"):
        event = line_events.text_event(fuzz_user(), "x", "r" + uuid.uuid4().hex)
        body = json.dumps({"destination": "U0", "events": [event]}).encode().replace(b'"x"', constant)
        assert post(own_server, body, signed(body)).status_code == 400


def test_after_the_fuzzing_every_event_ended_and_the_worker_lives(own_server, fake_line):
    """Runs after the property tests of this module on the same server and database.

    How many events the fuzzing stores is up to hypothesis (duplicated or broken ids are stored
    once), so the inbox is compared with what the webhook acknowledged, exactly.
    """
    from core.db import make_engine, make_session_factory

    # One more resident whose message cannot be stored as text anywhere: a NUL in the middle.
    user = fuzz_user()
    body = line_events.body(line_events.text_event(user, "母の\x00物忘れ", "r" + uuid.uuid4().hex))
    assert post(own_server, body, signed(body)).status_code == 200

    engine = make_engine(own_server.database_url)
    factory = make_session_factory(engine)

    def settled():
        with factory() as session:
            pending = session.scalar(select(func.count()).where(InboxEvent.status == "pending"))
            sending = session.scalar(select(func.count()).where(OutgoingMessage.status.in_(("pending", "sending"))))
            return pending == 0 and sending == 0

    try:
        wait_for(settled, timeout=180, interval=0.5)
        with factory() as session:
            events = session.scalars(select(InboxEvent)).all()
            active_users = {u.user_id for u in session.scalars(select(LineUser).where(LineUser.active.is_(True)))}
    finally:
        engine.dispose()
    # Each example of the first property test sent at least one new event.
    assert STORED[own_server.url] >= FUZZ.max_examples
    assert len(events) == STORED[own_server.url], "an acknowledged event is missing, or one was stored unannounced"
    assert {e.status for e in events} <= {"done", "failed"}
    failed = [e for e in events if e.status == "failed"]
    assert all(e.last_error for e in failed)
    for event in failed:
        kind, _, ident = event.source_key.partition(":")
        if kind == "user":
            assert copy.FAILED_APOLOGY in fake_line.texts_for(ident), f"no apology for parked {event.id}"
    for event in events:
        kind, _, ident = event.source_key.partition(":")
        if (
            kind == "user"
            and event.status == "done"
            and event.event_type in ("message", "postback")
            and ident in active_users
        ):
            assert fake_line.messages_for(ident), f"{event.event_type} of {ident} was never answered"
    runtime = own_server.app.state.runtime
    assert runtime.worker._threads and all(t.is_alive() for t in runtime.worker._threads)
    assert user in active_users and fake_line.messages_for(user)
