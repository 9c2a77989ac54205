"""One turn of the conversation: the resident's input, the stored state, what the bot says back."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from bot.conversation import copy
from bot.conversation.messages import Button, text, with_buttons
from bot.models import LineUser

if TYPE_CHECKING:
    from bot.conversation.engine import Deps
    from cases.models import Case


@dataclass
class Incoming:
    kind: str  # text / location / postback / media / follow
    text: str = ""
    data: str = ""
    latitude: float | None = None
    longitude: float | None = None
    message_id: str | None = None
    # Texts read together: (LINE message id, text) of each.
    parts: list[tuple[str | None, str]] | None = None


@dataclass
class Answer:
    """What the resident answered to the current question: a tapped value, typed text or a place."""

    value: str | None = None
    text: str = ""
    latitude: float | None = None
    longitude: float | None = None
    message_id: str | None = None
    parts: list[tuple[str | None, str]] | None = None

    @property
    def typed(self) -> str:
        return unicodedata.normalize("NFKC", self.text).strip()

    def matches(self, *words: str) -> bool:
        typed = self.typed
        return any(typed == w or typed == unicodedata.normalize("NFKC", w) for w in words)


@dataclass
class Question:
    """What a step asks: one bubble, its buttons.

    `card`: a Flex card shown instead of the text bubble (the body stays the question's words,
    for the case timeline); the buttons go on the card as quick replies.
    """

    body: str
    buttons: list[Button] = field(default_factory=list)
    card: dict | None = None


@dataclass
class Reply:
    """What a step decided: what to say, and where the conversation goes.

    `say` holds sentences from copy.py, or a ready LINE message (a Flex card, bot/conversation/cards.py).

    `next`: the step to move to (its question is asked; buttons of earlier steps become stale).
    Without `next` the conversation stays at this step and asks its question again
    (`question` rewords it), unless `end` closes the worry without a case (the outcome is counted
    anonymously and everything gathered is forgotten); `end` with `next="start"` then asks for a
    new worry. `first` goes before everything else of the turn (emergency numbers).
    """

    say: list[str | dict] = field(default_factory=list)
    next: str | None = None
    question: Question | None = None
    end: str | None = None
    first: list[str] = field(default_factory=list)
    ask_again: bool = True

    def then(self, other: Reply) -> Reply:
        """This reply's words followed by another's decision."""
        return Reply(
            say=[*self.say, *other.say],
            next=other.next,
            question=other.question,
            end=other.end,
            first=[*self.first, *other.first],
            ask_again=other.ask_again,
        )


# Values a JSON document holds that are copied by reference (immutable).
_JSON_LEAVES = frozenset({str, int, float, bool, type(None)})


def copy_json(value: Any) -> Any:
    """A deep copy of a JSON value (dicts and lists of strings, numbers, booleans, None).

    What copy.deepcopy gives for the conversation state, without its memo and dispatch: that
    was about a twentieth of the CPU of a turn, done twice per turn. Leaves (most of a state's
    values) are taken as they are without a call of their own: a call per string was most of it.
    """
    kind = type(value)
    if kind is dict:
        return {key: item if type(item) in _JSON_LEAVES else copy_json(item) for key, item in value.items()}
    if kind is list:
        return [item if type(item) in _JSON_LEAVES else copy_json(item) for item in value]
    if kind in _JSON_LEAVES:
        return value
    if isinstance(value, dict):
        return {key: copy_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [copy_json(item) for item in value]
    if isinstance(value, tuple):
        return tuple(copy_json(item) for item in value)
    return value


@dataclass
class Turn:
    session: Session
    user: LineUser
    deps: Deps
    now: datetime
    out: list[dict] = field(default_factory=list)
    first: list[dict] = field(default_factory=list)
    # The case this turn's messages belong to, loaded once per turn (the session's identity map
    # keeps an object only while something refers to it).
    case: Case | None = None
    # FAQ entries (slugs) shown in this turn, for evaluation and logs.
    faq_shown: list[str] = field(default_factory=list)

    def __post_init__(self):
        # A deep copy: the JSON column only notices a new value, never an in-place change.
        self.state: dict[str, Any] = copy_json(self.user.state or {})

    @property
    def step(self) -> str:
        return self.user.step

    def say(self, *bodies: str | dict) -> None:
        """Text bubbles, or ready messages (a card) as they are."""
        self.out.extend(b if isinstance(b, dict) else text(b) for b in bodies if b)

    def say_first(self, *bodies: str) -> None:
        self.first.extend(text(b) for b in bodies if b)

    def messages(self, greeting: list[dict] = ()) -> list[dict]:
        """Emergency numbers first, then the greeting of a first contact, then the rest."""
        return [*self.first, *greeting, *self.out]

    def ask(self, question: Question | None) -> None:
        if question is None:
            return
        message = with_buttons(
            question.card or text(question.body),
            list(question.buttons),
            self.deps.codec,
            self.user.step,
            self.user.state_version,
        )
        self.out.append(message)

    def note(self, kind: str, body: str, **data) -> None:
        """One line of the intake for the case timeline (written only if the worry becomes a case)."""
        self.state.setdefault("log", []).append({"kind": kind, "body": body, "data": data})

    def reset(self) -> None:
        """Forget everything gathered in this conversation (nothing personal is kept)."""
        self.state = {"greeted": True} if self.state.get("greeted") else {}
        self.user.step = "start"
        self.user.state_version += 1

    def end_without_case(self, outcome: str) -> None:
        """The worry ends here without a case: count it anonymously (in this transaction), then forget it."""
        self.deps.record_inquiry(self.session, self.state, outcome=outcome, at=self.now)
        self.reset()

    def save(self) -> None:
        # `state` is already this turn's own copy (__post_init__), a new object for the JSON
        # column; the turn ends here, so it is handed over rather than copied a second time.
        self.user.state = self.state
        self.user.last_activity_at = self.now


def yes_no_buttons() -> list[Button]:
    return [Button(copy.YES, "yes"), Button(copy.NO, "no")]


def with_intent(a: Answer, *allowed: str) -> str | None:
    """The tapped button's value, else what the typed words mean among `allowed` (intents.read)."""
    from bot.conversation import intents

    if a.value:
        return a.value
    return intents.read(a.text, allowed)
