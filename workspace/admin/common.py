"""What the admin console's pages share: the running bot, Japanese form errors, field names."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from pydantic import ValidationError

from core.context import get_context


def runtime_of(request: Request) -> Any | None:
    """The running bot (app.runtime.Runtime) of this process, or None when it is not built."""
    return get_context(request).services.get("runtime")


def bot_deps(request: Request) -> Any | None:
    """The conversation's dependencies (triage, FAQ index, router, directory) as the bot uses them."""
    runtime = runtime_of(request)
    return runtime.conversation.deps if runtime is not None else None


def faq_index_cache(request: Request) -> Any | None:
    """The bot's FAQ IndexCache (deps.faq is its bound `best`), or None."""
    deps = bot_deps(request)
    cache = getattr(getattr(deps, "faq", None), "__self__", None)
    return cache if hasattr(cache, "current") else None


def refresh_bot_faq(request: Request) -> None:
    """After an edit: this process's bot checks the knowledge base at its next answer.

    Other processes notice within the cache's check interval (a few seconds).
    """
    cache = faq_index_cache(request)
    if cache is not None and hasattr(cache, "invalidate"):
        cache.invalidate()


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
