"""A resident talking to the conversation engine directly: real triage, router, FAQ and database,
an injected clock, no HTTP and no sleeping. Counts the messages the resident sends."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.conversation.engine import Conversation
from bot.conversation.turn import Incoming
from bot.models import LineUser
from cases.models import Case, CaseEntry
from core.db import transaction

# A Tuesday, 10:00 in Japan: the centers are open.
OPEN_HOURS = datetime(2026, 12, 8, 1, 0, tzinfo=UTC)
# A Saturday, 22:00 in Japan.
AFTER_HOURS = datetime(2026, 12, 12, 13, 0, tzinfo=UTC)


@dataclass
class Clock:
    now: datetime = OPEN_HOURS

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


@dataclass
class Chat:
    conversation: Conversation
    session_factory: object
    clock: Clock = field(default_factory=Clock)
    user_id: str = field(default_factory=lambda: "U" + uuid.uuid4().hex)
    sent: int = 0  # messages (and taps) the resident sent
    last: list[dict] = field(default_factory=list)
    history: list[dict] = field(default_factory=list)

    def _handle(self, incomings: list[Incoming]) -> list[dict]:
        with transaction(self.session_factory) as session:
            user = session.get(LineUser, self.user_id, with_for_update=True)
            if user is None:
                user = LineUser(
                    user_id=self.user_id, step="start", state={"greeted": True}, state_version=0, active=True
                )
                session.add(user)
                session.flush()
            outcome = self.conversation.handle(session, user, incomings, self.clock.now)
        self.last = outcome.messages
        self.history.extend(outcome.messages)
        return outcome.messages

    def say(self, text: str, message_id: str | None = None) -> list[dict]:
        self.sent += 1
        return self._handle([Incoming("text", text=text, message_id=message_id or uuid.uuid4().hex[:12])])

    def say_in_a_row(self, *texts: str) -> list[dict]:
        self.sent += len(texts)
        return self._handle([Incoming("text", text=t, message_id=uuid.uuid4().hex[:12]) for t in texts])

    def send_location(self, latitude: float, longitude: float) -> list[dict]:
        self.sent += 1
        return self._handle([Incoming("location", latitude=latitude, longitude=longitude)])

    def sticker(self) -> list[dict]:
        self.sent += 1
        return self._handle([Incoming("media", message_id=uuid.uuid4().hex[:12])])

    def follow(self) -> list[dict]:
        return self._handle([Incoming("follow")])

    def tap(self, label: str) -> list[dict]:
        action = self.button(label)
        self.sent += 1
        if action["type"] == "postback":
            return self._handle([Incoming("postback", data=action["data"])])
        if action["type"] == "message":
            return self._handle([Incoming("text", text=action["text"], message_id=uuid.uuid4().hex[:12])])
        raise AssertionError(f"cannot tap a {action['type']} button")

    def tap_postback_data(self, data: str) -> list[dict]:
        self.sent += 1
        return self._handle([Incoming("postback", data=data)])

    def buttons(self) -> list[str]:
        return [i["action"].get("label") for i in self.quick_replies()]

    def button(self, label: str) -> dict:
        for item in self.quick_replies():
            if item["action"].get("label") == label:
                return item["action"]
        raise AssertionError(f"no button {label!r} in {self.buttons()}; last: {self.texts()}")

    def quick_replies(self) -> list[dict]:
        for message in reversed(self.last):
            if "quickReply" in message:
                return message["quickReply"]["items"]
        return []

    def texts(self, messages: list[dict] | None = None) -> list[str]:
        # A card (Flex) reads as its altText, as LINE shows it in notifications.
        return [m.get("text") or m.get("altText", "") for m in (self.last if messages is None else messages)]

    def question(self) -> str:
        return self.texts()[-1] if self.last else ""

    def user(self) -> LineUser:
        with self.session_factory() as session:
            return session.get(LineUser, self.user_id)

    def case(self) -> Case | None:
        with self.session_factory() as session:
            return session.scalars(
                select(Case).where(Case.line_user_id == self.user_id).order_by(Case.id.desc())
            ).first()

    def entries(self) -> list[CaseEntry]:
        case = self.case()
        with self.session_factory() as session:
            return list(session.scalars(select(CaseEntry).where(CaseEntry.case_id == case.id).order_by(CaseEntry.id)))
