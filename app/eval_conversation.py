"""`intake eval conversation FILE…`: direct questions through the whole conversation, with the real
domains wired as in production (bot.conversation.evaluate scores them)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import click

from app.commands import load_seed_data
from app.runtime import conversation_deps
from bot.conversation.engine import Conversation
from bot.conversation.evaluate import evaluate, load_rows


@click.command("conversation")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--database-url",
    default=None,
    help="a migrated, seeded database (default: a fresh temporary SQLite with the seed data)",
)
@click.option("--show-errors", is_flag=True, help="list every question not answered right in the first reply")
def eval_conversation_command(paths: tuple[Path, ...], database_url: str | None, show_errors: bool) -> None:
    """Direct questions through the whole conversation: answered in the first reply, wrong, not answered."""
    from core.db import make_engine, make_read_session_factory, make_session_factory
    from core.migrations import upgrade
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
                click.echo(
                    f"  {o.verdict:14} {o.id:8} expect={o.expect} got={o.answered} "
                    f"asked={o.first_question[:30]!r} :: {o.text[:60]}"
                )
