"""Runs the step table for a batch of incoming events of one resident.

Each step reads an answer and returns a Reply; `apply` says it and moves the conversation (the
only place that sets `user.step`). Time comes in as `now`, so the engine runs under any clock.
"""

from __future__ import annotations

import unicodedata
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.conversation import copy, intents, menu, safety, welcome
from bot.conversation.directory import Directory
from bot.conversation.messages import PostbackCodec, text
from bot.conversation.ports import (
    AddressRouter,
    CaseEvents,
    FaqAnswers,
    FaqFeedbackRecorder,
    InquiryRecorder,
    LookupRecorder,
    SafetyRecorder,
    Triager,
)
from bot.conversation.steps import SAFETY_READ_MIN_CHARS, STEPS, worry_buttons, worry_text
from bot.conversation.turn import Answer, Incoming, Question, Reply, Turn
from bot.models import LineUser
from cases import service as cases
from cases.models import Case
from core.hours import BusinessHours

IDLE_STEPS_EXEMPT = ("start", "handed_off")
# Steps whose answer is read as an answer only (a place, a yes, a number): a message there is
# also read for danger first. The others read free text as the worry, or as more detail, and
# check it themselves.
STEPS_READING_ANSWERS_ONLY = ("address", "chome", "town", "confirm_town", "consent", "phone", "edit")


@dataclass
class Deps:
    """What the conversation needs from the other domains, passed in."""

    codec: PostbackCodec
    triage: Triager
    router: AddressRouter
    faq: FaqAnswers  # best(text, topics): the FAQ answer to give, or None
    record_faq_feedback: FaqFeedbackRecorder
    record_inquiry: InquiryRecorder
    record_safety: SafetyRecorder
    record_lookup: LookupRecorder
    case_events: CaseEvents  # staff are told of a new case, a new message, an alarm, a restriction
    directory: Directory
    hours: BusinessHours
    idle: timedelta


@dataclass
class Outcome:
    messages: list[dict]
    case: Case | None
    faq_shown: list[str] = field(default_factory=list)  # slugs of the FAQ answers in these messages


class Conversation:
    def __init__(self, deps: Deps):
        self.deps = deps

    def handle(self, session: Session, user: LineUser, incomings: list[Incoming], now: datetime) -> Outcome:
        turn = Turn(session, user, self.deps, now)
        greeting: list[dict] = []
        if self._expired(user, now):
            turn.say(copy.EXPIRED_ON_RETURN)
            turn.end_without_case("expired")
        if user.step == "handed_off":
            case = cases.get(session, turn.state.get("case_id"))
            if case is None or not case.is_open:
                turn.reset()
            else:
                turn.case = case
        pending = list(incomings)
        while pending:
            incoming = pending.pop(0)
            if incoming.kind == "follow":
                greeting = self.greeting(turn)
                continue
            if not turn.state.get("greeted") and user.step == "start" and not greeting:
                greeting = self.greeting(turn)[:1]  # welcome: the bubbles before the question
            if incoming.kind == "text" and user.step in ("start", "handed_off"):
                incoming = absorb_following_texts(incoming, pending)
            self.one(turn, incoming)
        turn.state["greeted"] = True
        turn.save()
        return Outcome(turn.messages(greeting), turn.case, list(turn.faq_shown))

    def greeting(self, turn: Turn) -> list[dict]:
        turn.state["greeted"] = True
        if turn.user.step != "handed_off":
            turn.reset()
        bubbles = welcome.first_bubbles()  # welcome: who we are and 119/110; the question follows
        if turn.user.step == "start":
            probe = Turn(turn.session, turn.user, self.deps, turn.now)
            probe.ask(STEPS["start"].ask(probe))
            bubbles.extend(probe.out)
        return bubbles

    def one(self, turn: Turn, incoming: Incoming) -> None:
        # Rich menu taps and 「センターをさがす」 are read first, in any step (bot/conversation/menu.py).
        reply = menu.take(turn, incoming)
        apply(turn, reply if reply is not None else self.decide(turn, incoming))

    def decide(self, turn: Turn, incoming: Incoming) -> Reply:
        """What the current step makes of one incoming event."""
        step = turn.user.step
        if incoming.kind == "media":
            if step == "handed_off":
                return STEPS[step].answer(turn, Answer(message_id=incoming.message_id))
            return Reply(say=[copy.MEDIA_NOT_READ], ask_again=step != "start")
        if incoming.kind == "text" and step not in ("start", "handed_off"):
            if intents.read(incoming.text, (intents.CANCEL,)):
                return Reply(say=[copy.CANCELLED], end="cancelled")
        if incoming.kind == "text" and step != "handed_off":
            if intents.is_restart(incoming.text):
                return Reply(end="cancelled" if step != "start" else None, next="start")
        if incoming.kind == "postback":
            decoded = self.deps.codec.decode(incoming.data)
            if decoded is None:
                return Reply(say=[copy.NOT_UNDERSTOOD], ask_again=step != "handed_off")
            button_step, version, value = decoded
            if button_step != step or version != turn.user.state_version:
                return Reply(say=[copy.STALE_BUTTON], ask_again=step != "handed_off")
            return STEPS[step].answer(turn, Answer(value=value))
        if incoming.kind == "location" and step == "start":
            return location_before_worry(turn, incoming)
        alarm = None
        if incoming.kind == "text" and step in STEPS_READING_ANSWERS_ONLY:
            alarm = self.alarm_in_answer(turn, incoming)
        answered = STEPS[step].answer(
            turn,
            Answer(
                text=incoming.text,
                latitude=incoming.latitude,
                longitude=incoming.longitude,
                message_id=incoming.message_id,
                parts=incoming.parts,
            ),
        )
        # The number comes first, and the answer still counts: an address that also reads as
        # danger is not asked for again and again.
        return alarm.then(answered) if alarm is not None else answered

    def alarm_in_answer(self, turn: Turn, incoming: Incoming) -> Reply | None:
        """Danger told in answer to another question (「住所は…、いま母が倒れて」) is never passed over."""
        typed = unicodedata.normalize("NFKC", incoming.text).strip()
        if len(typed) < SAFETY_READ_MIN_CHARS or intents.read(typed, intents.ALL):
            return None
        alarm = safety.alarm_of(turn, self.deps.triage(typed[:1000]), offer=False)
        if alarm is not None:
            turn.state.setdefault("messages", []).append({"id": incoming.message_id, "text": typed[:5000]})
            turn.note("resident_message", typed[:5000], id=incoming.message_id)
            worry_text(turn.state)
        return alarm

    def _expired(self, user: LineUser, now: datetime) -> bool:
        return (
            user.step not in IDLE_STEPS_EXEMPT
            and user.last_activity_at is not None
            and now - user.last_activity_at > self.deps.idle
        )

    def forget_message(self, session: Session, user: LineUser, message_id: str) -> None:
        """The resident unsent a message: remove every stored copy of it."""
        cases.delete_resident_message(session, message_id)
        state = deepcopy(user.state or {})
        changed = False
        for key in ("messages", "details"):
            items = state.get(key) or []
            kept = [m for m in items if m.get("id") != message_id]
            if len(kept) != len(items):
                state[key], changed = kept, True
        log = state.get("log") or []
        kept_log = [
            e for e in log if not (e["kind"] == "resident_message" and (e.get("data") or {}).get("id") == message_id)
        ]
        if changed or len(kept_log) != len(log):
            state["log"] = kept_log
            worry_text(state)
            user.state = state

    def expire_idle(self, session: Session, now: datetime) -> list[tuple[str, list[dict]]]:
        """Close conversations left unanswered; returns the polite notes to push."""
        stale = session.scalars(
            select(LineUser)
            .where(
                LineUser.step.not_in(IDLE_STEPS_EXEMPT),
                LineUser.last_activity_at < now - self.deps.idle,
                LineUser.active.is_(True),
            )
            .limit(100)
            .with_for_update(skip_locked=True)
        ).all()
        notes = []
        for user in stale:
            turn = Turn(session, user, self.deps, now)
            turn.end_without_case("expired")
            turn.save()
            notes.append((user.user_id, [text(copy.EXPIRED)]))
        return notes


def location_before_worry(turn: Turn, incoming: Incoming) -> Reply:
    """A place sent before any worry: kept to confirm later, and the worry asked for in words."""
    resolution = turn.deps.router.resolve_location(incoming.latitude, incoming.longitude)
    if resolution.kind == "center":
        turn.state["place_in_worry"] = {**resolution.to_dict(), "to_confirm": True}
    return Reply(question=Question(copy.LOCATION_BEFORE_WORRY, worry_buttons()))


def apply(turn: Turn, reply: Reply) -> None:
    """Say what the step decided and move the conversation where it said (the only place that does)."""
    turn.say_first(*reply.first)
    turn.say(*reply.say)
    if reply.end:
        turn.end_without_case(reply.end)
    if reply.next:
        turn.user.step = reply.next
        turn.user.state_version += 1
        question = reply.question or STEPS[reply.next].ask(turn)
    elif reply.end or not reply.ask_again:
        question = None
    else:
        question = reply.question or STEPS[turn.user.step].ask(turn)
    turn.ask(question)


def absorb_following_texts(first: Incoming, pending: list[Incoming]) -> Incoming:
    """Several texts sent in a row are read together as one message (a worry in pieces)."""
    parts = [(first.message_id, first.text)]
    while pending and pending[0].kind == "text" and not intents.is_restart(pending[0].text):
        following = pending.pop(0)
        parts.append((following.message_id, following.text))
    if len(parts) == 1:
        return first
    return Incoming("text", text="\n".join(t for _, t in parts), message_id=first.message_id, parts=parts)
