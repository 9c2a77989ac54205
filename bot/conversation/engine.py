"""Runs the step table for a batch of incoming events of one resident."""

from __future__ import annotations

import unicodedata
from copy import deepcopy
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.conversation import copy
from bot.conversation import menu, welcome  # rich menu, find-my-center, the short welcome
from bot.conversation.messages import PostbackCodec, text
from bot.conversation.steps import STEPS, worry_buttons, worry_text
from bot.conversation.turn import Answer, Incoming, Turn
from bot.models import LineUser
from core.hours import BusinessHours
from workspace.cases import service as cases
from workspace.cases.models import Case

IDLE_STEPS_EXEMPT = ("start", "handed_off")


@dataclass
class Deps:
    """What the conversation needs from the other domains, passed in."""

    codec: PostbackCodec
    triage: Callable[[str], Any]  # nlp Triager.triage
    urgency: Callable[[str], Any]  # rules only: .urgency, .call_number
    router: Any  # routing Router: resolve(text), resolve_location(lat, lng)
    faq: Callable[[str, list[str]], Any]  # best FAQ match or None
    # (session, entry id, helpful, voter): one vote per voter and entry, a later one replaces it.
    record_faq_feedback: Callable[[Session, int | None, bool, str], None]
    # workspace.stats record_from_state(session, state, *, outcome, at): a worry that ended without a case.
    record_inquiry: Callable[..., Any]
    directory: Any  # bot.conversation.directory.Directory
    workspace_url: str  # the staff workspace's public address, for the links in staff e-mails
    hours: BusinessHours
    idle: timedelta


@dataclass
class Outcome:
    messages: list[dict]
    case: Case | None


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
        return Outcome(turn.messages(greeting), turn.case)

    def greeting(self, turn: Turn) -> list[dict]:
        turn.state["greeted"] = True
        if turn.user.step != "handed_off":
            turn.reset()
        bubbles = welcome.first_bubbles()  # welcome: who we are and 119/110; the question follows
        if turn.user.step == "start":
            probe = Turn(turn.session, turn.user, self.deps, turn.now)
            probe.ask(copy.ASK_WORRY, worry_buttons())
            bubbles.extend(probe.out)
        return bubbles

    def one(self, turn: Turn, incoming: Incoming) -> None:
        if menu.take(turn, incoming):  # rich menu taps and find-my-center, in any step
            return
        step = turn.user.step
        if incoming.kind == "media":
            if step == "handed_off":
                STEPS[step].answer(turn, Answer(message_id=incoming.message_id))
            else:
                turn.say(copy.MEDIA_NOT_READ)
                if step != "start":
                    turn.reask()
            return
        if incoming.kind == "text" and step != "handed_off":
            typed = unicodedata.normalize("NFKC", incoming.text).strip()
            if typed in copy.CANCEL_WORDS:
                turn.say(copy.CANCELLED)
                turn.end_without_case("cancelled")
                return
            if typed in copy.RESTART_WORDS:
                turn.reset()
                turn.ask(copy.ASK_WORRY, worry_buttons())
                return
        if incoming.kind == "postback":
            decoded = self.deps.codec.decode(incoming.data)
            if decoded is None:
                turn.say(copy.NOT_UNDERSTOOD)
                turn.reask()
                return
            button_step, version, value = decoded
            if button_step != step or version != turn.user.state_version:
                turn.say(copy.STALE_BUTTON)
                turn.reask()
                return
            STEPS[step].answer(turn, Answer(value=value))
            return
        if incoming.kind == "location" and step == "start":
            turn.ask(copy.ASK_WORRY, worry_buttons())
            return
        STEPS[step].answer(
            turn,
            Answer(
                text=incoming.text,
                latitude=incoming.latitude,
                longitude=incoming.longitude,
                message_id=incoming.message_id,
                parts=incoming.parts,
            ),
        )

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
        messages = state.get("messages") or []
        kept = [m for m in messages if m.get("id") != message_id]
        if len(kept) != len(messages):
            state["messages"] = kept
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


def absorb_following_texts(first: Incoming, pending: list[Incoming]) -> Incoming:
    """Several texts sent in a row are read together as one message (a worry in pieces)."""
    parts = [(first.message_id, first.text)]
    while pending and pending[0].kind == "text" and pending[0].text.strip() not in (*copy.CANCEL_WORDS, *copy.RESTART_WORDS):
        following = pending.pop(0)
        parts.append((following.message_id, following.text))
    if len(parts) == 1:
        return first
    return Incoming("text", text="\n".join(t for _, t in parts), message_id=first.message_id, parts=parts)
