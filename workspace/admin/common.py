"""What the admin console's pages share: the running bot, Japanese form errors, field names."""

from __future__ import annotations

from typing import Protocol

from fastapi import Request
from pydantic import ValidationError

from bot.conversation.engine import Deps
from knowledge.retrieval import FaqIndex


class FaqCache(Protocol):
    """The bot's FAQ index as it runs (knowledge.retrieval.IndexCache)."""

    def current(self) -> FaqIndex: ...

    def invalidate(self) -> None: ...


class RunningBot(Protocol):
    """What the admin console uses of this process's bot (app.runtime.Runtime)."""

    @property
    def deps(self) -> Deps: ...

    @property
    def faq_cache(self) -> FaqCache: ...


def running_bot(request: Request) -> RunningBot | None:
    """This process's bot, as the composition root (app.web) put it on the app, or None before start-up."""
    return request.app.state.runtime


def refresh_bot_faq(request: Request) -> None:
    """After an edit: this process's bot checks the knowledge base at its next answer.

    Other processes notice within the cache's check interval (a few seconds).
    """
    bot = running_bot(request)
    if bot is not None:
        bot.faq_cache.invalidate()


def japanese_errors(exc: ValidationError, names: dict[str, str], rules: dict[str, str] | None = None) -> list[str]:
    """Pydantic's errors as one Japanese line per field (`rules` says what a field must look like)."""
    rules = rules or {}
    lines = []
    for err in exc.errors():
        field = str(err["loc"][0]) if err.get("loc") else ""
        label = names.get(field, field or "入力")
        message = err.get("msg", "")
        if field in rules:
            lines.append(f"{label}：{rules[field]}")
        elif err.get("type") in ("missing", "string_too_short", "too_short"):
            lines.append(f"{label}を入力してください。")
        elif err.get("type", "").startswith("date"):
            lines.append(f"{label}は 2027-03-31 の形で入力してください。")
        else:
            lines.append(f"{label}：{message.removeprefix('Value error, ')}")
    return list(dict.fromkeys(lines))
