"""Preconditions on the real triage and FAQ: how they read a test's own sentence.

A test states first what its sentence must be read as (an unsure risk sign with 110, a crisis, not
confident, an answer the FAQ is sure of…). A retrained model or an edited knowledge base that reads
the sentence otherwise then fails the test by name, with what it read, instead of quietly testing
nothing: pick another sentence of the same kind.
"""

from __future__ import annotations

from knowledge.retrieval import asks


def read_as(deps, text: str, why: str, **expected):
    """The real triage of `text`, asserted to have the `expected` fields; returns it.

    An expected value is the field's value, or a predicate the field's value must satisfy (`lacks("abuse")`)."""
    r = deps.triage(text)
    seen = {name: getattr(r, name) for name in expected}
    wrong = {
        name: value
        for name, value in seen.items()
        if not (expected[name](value) if callable(expected[name]) else value == expected[name])
    }
    scores = ", ".join(f"{t}={s:.3f}" for t, s in sorted(r.topic_scores.items(), key=lambda kv: -kv[1])[:3])
    assert not wrong, (
        f"precondition ({why}) no longer holds: {text!r} is read with {wrong}, expected "
        f"{ {name: _shown(expected[name]) for name in wrong} } (urgency={r.urgency}, topics={r.topics}, "
        f"guessed={r.topics_guessed}, confident={r.confident}; {scores}); pick another sentence"
    )
    return r


def has(item):
    """A predicate for `read_as`: the field (a list) holds `item`."""

    def holds(value) -> bool:
        return item in value

    holds.__name__ = f"has({item!r})"
    return holds


def lacks(item):
    """A predicate for `read_as`: the field (a list) does not hold `item`."""

    def holds(value) -> bool:
        return item not in value

    holds.__name__ = f"lacks({item!r})"
    return holds


def _shown(expected) -> str:
    return expected.__name__ if callable(expected) else repr(expected)


def faq_sure_of(deps, text: str, slug: str | None) -> None:
    """The FAQ's sure answer to `text` is the entry `slug` (None: it is sure of none)."""
    match = deps.faq.best(text, [])
    found = match.slug if match is not None else None
    assert found == slug, f"precondition: the FAQ answers {text!r} with {found!r}, not {slug!r}; pick another sentence"


def asks_something(text: str, expected: bool) -> None:
    """Whether `text` has a question or request form (knowledge.retrieval.asks)."""
    assert bool(asks(text)) is expected, (
        f"precondition: {text!r} {'asks nothing' if expected else 'asks something'}; pick another sentence"
    )
