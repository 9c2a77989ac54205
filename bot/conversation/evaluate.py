"""Direct questions through the whole conversation: is the FAQ's answer the first reply?

Each question is the first message of a new resident, run through the real engine (triage,
safety, FAQ, topic menu) inside a savepoint that is rolled back, so nothing is kept. A question
counts as answered when the first reply carries an FAQ answer (the conversation recorded which).

    intake eval conversation FILE [FILE ...]     (JSON lines: {"id", "text", "expect": slug | null})

`expect` null (or "none") marks a message the FAQ must not answer.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from bot.conversation.engine import Conversation
from bot.conversation.turn import Incoming
from bot.models import LineUser

# A weekday morning: business hours do not change the first reply, but a fixed moment keeps runs equal.
EVAL_MOMENT = datetime(2026, 12, 8, 1, 0, tzinfo=UTC)


@dataclass
class Outcome:
    id: str
    text: str
    expect: str | None
    answered: str | None  # the FAQ slug of the first reply, or None
    first_question: str  # the question the first reply ended with

    @property
    def verdict(self) -> str:
        if self.expect is None:
            return "rightly_not_answered" if self.answered is None else "false_answer"
        if self.answered == self.expect:
            return "correct"
        return "wrong_answer" if self.answered else "not_answered"


@dataclass
class Figures:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def counts(self) -> Counter:
        return Counter(o.verdict for o in self.outcomes)

    def summary(self) -> str:
        c = self.counts
        asked = c["correct"] + c["wrong_answer"] + c["not_answered"]
        lines = []
        if asked:
            lines.append(
                f"questions with an FAQ answer: {asked}; answered correctly in the first reply "
                f"{c['correct']} ({c['correct'] / asked:.3f}), wrong answer {c['wrong_answer']} "
                f"({c['wrong_answer'] / asked:.3f}), not answered {c['not_answered']} ({c['not_answered'] / asked:.3f})"
            )
        others = c["rightly_not_answered"] + c["false_answer"]
        if others:
            lines.append(
                f"messages the FAQ must not answer: {others}; answered anyway {c['false_answer']} "
                f"({c['false_answer'] / others:.3f})"
            )
        return "\n".join(lines)


def first_reply(conversation: Conversation, session: Session, text: str, now: datetime = EVAL_MOMENT) -> Outcome:
    user = LineUser(user_id="U-eval-conversation", step="start", state={"greeted": True}, state_version=0, active=True)
    savepoint = session.begin_nested()
    try:
        session.add(user)
        session.flush()
        outcome = conversation.handle(session, user, [Incoming("text", text=text, message_id="eval")], now)
    finally:
        savepoint.rollback()
    texts = [m.get("text", "") for m in outcome.messages]
    return Outcome("", text, None, outcome.faq_shown[0] if outcome.faq_shown else None, texts[-1] if texts else "")


def expectation(row: dict) -> str | None:
    expect = row.get("expect")
    return None if expect in (None, "", "none", "null") else str(expect)


def evaluate(conversation: Conversation, session: Session, rows: list[dict]) -> Figures:
    figures = Figures()
    for row in rows:
        outcome = first_reply(conversation, session, row["text"])
        outcome.id, outcome.expect = str(row.get("id", "")), expectation(row)
        figures.outcomes.append(outcome)
    return figures


def load_rows(paths: list[Path]) -> list[dict]:
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows
