"""Direct questions through the whole conversation: is the FAQ's answer the first reply?

Each question is the first message of a new resident, run through the real engine (triage,
safety, FAQ, topic menu) inside a savepoint that is rolled back, so nothing is kept. A question
counts as answered when the first reply carries an FAQ answer (the conversation recorded which).

    intake eval conversation FILE [FILE ...]     (JSON lines: {"id", "text", "expect": slug | null})

`expect` null (or "none") marks a message the FAQ must not answer.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import click
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
            lines.append(f"messages the FAQ must not answer: {others}; answered anyway {c['false_answer']} "
                         f"({c['false_answer'] / others:.3f})")
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


@click.command("conversation")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--database-url", default=None,
              help="a migrated, seeded database (default: a fresh temporary SQLite with the seed data)")
@click.option("--show-errors", is_flag=True, help="list every question not answered right in the first reply")
def eval_conversation_command(paths: tuple[Path, ...], database_url: str | None, show_errors: bool) -> None:
    """Direct questions through the whole conversation: answered in the first reply, wrong, not answered."""
    from app.commands import load_seed_data
    from core.db import make_engine, make_read_session_factory, make_session_factory
    from core.migrations import upgrade
    from app.runtime import conversation_deps
    from core.settings import Settings

    rows = load_rows(list(paths))
    with tempfile.TemporaryDirectory() as tmp:
        url = database_url or f"sqlite:///{Path(tmp) / 'eval.sqlite3'}"
        if database_url is None:
            upgrade(url)
            load_seed_data(make_session_factory(make_engine(url)))
        engine = make_engine(url)
        settings = Settings(database_url=url, secret_key="eval-conversation", public_base_url="http://localhost")
        conversation = Conversation(conversation_deps(settings, make_read_session_factory(engine)))
        with make_session_factory(engine)() as session:
            figures = evaluate(conversation, session, rows)
        engine.dispose()
    click.echo(f"Direct questions through the conversation ({len(rows)} from {', '.join(p.name for p in paths)})")
    from knowledge.evaluate import is_tuning_path

    tuning = [p.name for p in paths if is_tuning_path(p)]
    if tuning:
        click.echo(f"  note: {', '.join(tuning)} is tuning material for the FAQ ranker: not held-out figures")
    click.echo(figures.summary())
    if show_errors:
        for o in figures.outcomes:
            if o.verdict not in ("correct", "rightly_not_answered"):
                click.echo(f"  {o.verdict:14} {o.id:8} expect={o.expect} got={o.answered} "
                           f"asked={o.first_question[:30]!r} :: {o.text[:60]}")
