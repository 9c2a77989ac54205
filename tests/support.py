"""Real components for tests: databases, the fake LINE server, the app served over HTTP."""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from contextlib import contextmanager

import httpx
import psycopg
import uvicorn

from bot.simulator import line_events

PG_ADMIN_URL = os.environ.get("INTAKE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
CHANNEL_SECRET = "test-channel-secret"
ACCESS_TOKEN = "test-access-token"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def postgres_database(prefix: str = "intake_test"):
    """A database of its own for this run, so two runs can never collide; dropped after."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class ServerThread:
    """An ASGI app served by uvicorn on 127.0.0.1 in a thread: real HTTP, real sockets."""

    def __init__(self, app, port: int | None = None):
        self.app = app
        self.port = port or free_port()
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("server did not start")
            time.sleep(0.02)
        # As a deploy waits for /readyz: an app with an in-process worker warms up (router, FAQ index,
        # models) before its worker takes events. Generous: ~7 s on a quiet 2-core machine, 15 s and more
        # under the whole suite's load; this is start-up, not how long an answer may take.
        runtime = getattr(getattr(self.app, "state", None), "runtime", None)
        if runtime is not None and not runtime.warm.wait(120):
            raise RuntimeError("server did not warm up")
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(30)


def wait_for(condition: Callable[[], object], timeout: float = 15.0, interval: float = 0.05):
    """Poll until condition() is truthy; return its value or fail with a clear message."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s")


class LineUserSim:
    """A resident on LINE: sends signed webhook events as LINE would and reads the bot's answers."""

    def __init__(self, app_url: str, fake, secret: str = CHANNEL_SECRET, user_id: str | None = None):
        self.app_url = app_url
        self.fake = fake
        self.secret = secret
        self.user_id = user_id or "U" + uuid.uuid4().hex
        self.http = httpx.Client(timeout=10)

    def post(self, *events: dict, signature: str | None = None) -> httpx.Response:
        body = line_events.body(*events)
        return self.http.post(
            f"{self.app_url}/line/webhook",
            content=body,
            headers={
                "X-Line-Signature": signature or line_events.sign(self.secret, body),
                "Content-Type": "application/json",
            },
        )

    def token(self) -> str:
        return self.fake.issue_reply_token(self.user_id)

    def received(self) -> list[dict]:
        return [m for d in self.fake.messages_for(self.user_id) for m in d.messages]

    def texts(self) -> list[str]:
        return [m.get("text", "") for m in self.received()]

    def wait_for_messages(self, count: int, timeout: float = 15.0) -> list[dict]:
        wait_for(lambda: len(self.received()) >= count, timeout)
        return self.received()

    def say(self, text: str) -> list[dict]:
        """Send a text and return the bot's answer to it."""
        before = len(self.received())
        self.post(line_events.text_event(self.user_id, text, self.token()))
        return self._answer_after(before)

    def tap(self, label: str) -> list[dict]:
        """Tap a quick-reply button of the bot's last message, as LINE would send it."""
        action = self.button(label)
        before = len(self.received())
        if action["type"] == "postback":
            self.post(line_events.postback_event(self.user_id, action["data"], self.token()))
        elif action["type"] == "message":
            self.post(line_events.text_event(self.user_id, action["text"], self.token()))
        else:
            raise AssertionError(f"cannot tap a {action['type']} button")
        return self._answer_after(before)

    def follow(self) -> list[dict]:
        """Add the bot as a friend: the greeting arrives with the common worries as buttons."""
        before = len(self.received())
        self.post(line_events.follow_event(self.user_id, self.token()))
        return self._answer_after(before)

    def send_location(self, latitude: float, longitude: float) -> list[dict]:
        before = len(self.received())
        self.post(line_events.location_event(self.user_id, latitude, longitude, "", self.token()))
        return self._answer_after(before)

    def button(self, label: str) -> dict:
        items = self.quick_replies()
        for item in items:
            if item["action"].get("label") == label:
                return item["action"]
        raise AssertionError(f"no button {label!r} in {[i['action'].get('label') for i in items]}")

    def quick_replies(self) -> list[dict]:
        for message in reversed(self.received()):
            if "quickReply" in message:
                return message["quickReply"]["items"]
        return []

    def _answer_after(self, before: int, settle: float = 0.2) -> list[dict]:
        wait_for(lambda: len(self.received()) > before)
        # An answer may arrive as a reply and a push; wait until nothing more comes.
        count = -1
        while count != len(self.received()):
            count = len(self.received())
            time.sleep(settle)
        return self.received()[before:]
