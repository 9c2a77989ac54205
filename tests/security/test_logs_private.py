"""Secrets and residents' personal data never reach the logs.

The app runs as in production, in its own process with JSON logs at DEBUG on stderr (a file
here). Residents go through whole conversations with names, phone numbers, addresses and
worries; bodies are refused, deliveries fail, an event is parked, staff mistype a password and
the API is read. Then the log file is searched for every one of those values.
"""

from __future__ import annotations

import json
import time
import uuid

import httpx
import pytest

from bot.conversation import copy
from bot.models import LineUser
from bot.simulator import line_events
from core.db import make_engine, make_session_factory, transaction
from tests.security.conftest import LOGGED_SECRETS
from tests.support import ACCESS_TOKEN, LineUserSim, wait_for

NAME = "柴田多恵子"
PHONE = "090-4417-2093"
PHONE_DIGITS = "09044172093"
ADDRESS = "千葉市稲毛区小仲台２－５－３　コーポ梅里２０３"
WORRY = f"母（{NAME}、八十七歳）が夜中に家を出て歩き回るようになり、近所の方に保護されました"
LATER = f"追加です。母の携帯は{PHONE}、かかりつけは小仲台の梅里クリニックです"
BROKEN_BODY_TEXT = f"壊れた本文 {NAME} {PHONE}"
STAFF_PASSWORD = "wrong-password-5e1c"


def last_text(messages: list[dict]) -> str:
    texts = [m.get("text", "") for m in messages if m.get("type") == "text"]
    return texts[-1] if texts else ""


def converse_to_a_case(resident: LineUserSim) -> None:
    """Worry, address, phone and name, answering whatever the bot asks, until the case is accepted."""
    answers = resident.say(WORRY)
    told_name = False
    for _ in range(20):
        if any(m.get("altText", "").startswith(copy.CARD_RECEIPT_TITLE) for m in answers):  # the receipt card
            return
        question = last_text(answers)
        labels = [item["action"].get("label") for item in resident.quick_replies()]
        if question in (copy.ASK_ADDRESS, copy.ADDRESS_NOT_FOUND):
            answers = resident.say(ADDRESS)
        elif question in (copy.ASK_PHONE, copy.BAD_PHONE):
            answers = resident.say(PHONE)
        elif question.startswith(copy.CONFIRM_TOWN.split("「")[0]):
            answers = resident.tap(copy.YES)
        elif copy.WANT_PHONE in labels:
            answers = resident.tap(copy.WANT_PHONE)
        elif copy.SEND in labels and not told_name:
            told_name = True
            answers = resident.say(f"名前は{NAME}です")  # free text at the confirmation: added to the case
        elif copy.SEND in labels:
            answers = resident.tap(copy.SEND)
        elif copy.AGREE in labels:
            answers = resident.tap(copy.AGREE)
        elif copy.CONNECT in labels:
            answers = resident.tap(copy.CONNECT)
        elif labels:
            answers = resident.tap(labels[0])
        else:
            raise AssertionError(f"the test does not know how to answer {question!r}")
    raise AssertionError(f"no case: {resident.texts()}")


@pytest.fixture(scope="module")
def logged_run(logged_server, fake_line):
    """Everything that may tempt a log line, done once; returns the log text."""
    fake_line.clear_faults()
    resident = LineUserSim(logged_server.url, fake_line, secret=logged_server.secret)
    converse_to_a_case(resident)
    fake_line.fail_next("reply", 500)  # a delivery that has to be retried
    resident.say(LATER)

    # Bodies refused: wrong signature, malformed JSON with a valid one.
    body = line_events.body(line_events.text_event(resident.user_id, BROKEN_BODY_TEXT, resident.token()))
    assert (
        resident.post(line_events.text_event(resident.user_id, BROKEN_BODY_TEXT), signature="AAAA").status_code == 400
    )
    broken = body[:-5]
    headers = {"X-Line-Signature": line_events.sign(logged_server.secret, broken)}
    assert httpx.post(f"{logged_server.url}/line/webhook", content=broken, headers=headers).status_code == 400

    # An event that cannot be processed: parked, with a traceback in the log.
    engine = make_engine(logged_server.database_url)
    factory = make_session_factory(engine)
    parked = LineUserSim(logged_server.url, fake_line, secret=logged_server.secret)
    with transaction(factory) as session:
        session.add(LineUser(user_id=parked.user_id, step="step_removed_by_a_deploy", state={"greeted": True}))
    parked.post(line_events.text_event(parked.user_id, WORRY, parked.token()))
    wait_for(lambda: copy.FAILED_APOLOGY in parked.texts(), timeout=30)
    with factory() as session:
        assert session.get(LineUser, resident.user_id).step == "handed_off"
    engine.dispose()

    # Staff side: a mistyped password, the API with its token.
    with httpx.Client(base_url=logged_server.url) as browser:
        form = browser.get("/staff/login").text
        nonce = form.split('name="nonce" value="', 1)[1].split('"', 1)[0]
        browser.post(
            "/staff/login", data={"login": "nobody-" + uuid.uuid4().hex[:6], "password": STAFF_PASSWORD, "nonce": nonce}
        )
        auth = {"Authorization": f"Bearer {LOGGED_SECRETS['INTAKE_API_TOKEN']}"}
        assert browser.get("/api/cases", headers=auth).status_code == 200
    time.sleep(1.0)  # let the last lines reach the file
    return {"text": logged_server.log_path.read_text(encoding="utf-8"), "users": [resident.user_id, parked.user_id]}


def test_the_run_was_logged(logged_run):
    text = logged_run["text"]
    assert "event processing failed" in text and "line delivery will be retried" in text
    assert "webhook refused: invalid signature" in text and "webhook refused: malformed body" in text


def test_every_log_line_is_json(logged_run):
    for line in logged_run["text"].splitlines():
        if line.strip():
            record = json.loads(line)
            assert {"time", "level", "name", "message", "request_id"} <= set(record), line


@pytest.mark.parametrize(
    "what, value",
    [
        ("channel secret", LOGGED_SECRETS["LINE_CHANNEL_SECRET"]),
        ("channel access token", ACCESS_TOKEN),
        ("session/postback signing key", LOGGED_SECRETS["SECRET_KEY"]),
        ("API token", LOGGED_SECRETS["INTAKE_API_TOKEN"]),
        ("database password", LOGGED_SECRETS["DB_PASSWORD"]),
        ("staff password", STAFF_PASSWORD),
        ("resident's name", NAME),
        ("phone number", PHONE),
        ("phone number, digits only", PHONE_DIGITS),
        ("address", "小仲台２－５－３"),
        ("address, normalised", "小仲台2-5-3"),
        ("building", "コーポ梅里"),
        ("worry", "家を出て歩き回る"),
        ("later message", "梅里クリニック"),
        ("refused body", "壊れた本文"),
    ],
)
def test_no_secret_or_personal_data_in_the_logs(logged_run, what, value):
    assert value not in logged_run["text"], f"the {what} is in the logs"


def test_no_line_user_id_in_the_logs(logged_run):
    for user_id in logged_run["users"]:
        assert user_id not in logged_run["text"]


@pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")  # the NULL primary key is the point
def test_a_database_error_is_logged_and_kept_without_the_row(session_factory):
    """PostgreSQL quotes the failing row in its DETAIL and SQLAlchemy the bound values: neither is
    logged (the formatter of core.logging) nor kept as an event's last_error (bot.worker)."""
    import logging
    import sys

    from sqlalchemy.exc import SQLAlchemyError

    from core.logging import make_formatter, redact_error

    try:
        with transaction(session_factory) as session:
            session.add(LineUser(user_id=None, step="start", state={"phone": PHONE, "name": NAME}))
            session.flush()
    except SQLAlchemyError as exc:
        error = exc
        exc_info = sys.exc_info()
    else:
        raise AssertionError("the insert should have failed")
    record = logging.LogRecord("bot.worker", logging.ERROR, __file__, 1, "event processing failed", None, exc_info)
    record.correlation_id = "-"
    for json_logs in (True, False):
        logged = make_formatter(json_logs).format(record)
        assert "Traceback" in logged and PHONE not in logged and NAME not in logged
    kept = redact_error(f"{type(error).__name__}: {error}")
    assert kept.startswith("IntegrityError") and PHONE not in kept and NAME not in kept
