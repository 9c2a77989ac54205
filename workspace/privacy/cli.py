"""`intake retention`: the scheduled purge of personal data, from the command line."""

from __future__ import annotations

import click

from core.db import make_engine, make_session_factory, transaction, utcnow
from core.settings import get_settings
from workspace.privacy import service as privacy
from workspace.privacy.models import RUN_KINDS
from workspace.privacy.scheduled import retention_settings


@click.group("retention")
def retention_group() -> None:
    """Retention of personal data (closed cases, the bot's messages)."""


@retention_group.command("run")
@click.option("--dry-run", is_flag=True, help="count what would be purged, change nothing")
def run_command(dry_run: bool) -> None:
    """Purge the personal data of cases closed longer than CLOSED_CASE_RETENTION_DAYS ago."""
    settings = get_settings()
    engine = make_engine(settings.database_url)
    try:
        with transaction(make_session_factory(engine)) as session:
            run = privacy.run_retention(
                session, retention_settings(settings), trigger="cli", actor_label="cli", dry_run=dry_run
            )
            counts = dict(run.counts)
    finally:
        engine.dispose()
    prefix = "would purge" if dry_run else "purged"
    click.echo(
        f"{prefix}: {counts['cases']} cases closed more than {settings.closed_case_retention_days} days ago "
        f"({counts['entries']} timeline texts, {counts['messages']} case messages); "
        f"{counts['bot_messages']} bot messages blanked and {counts['inbox_events']} received events deleted "
        f"(older than {settings.bot_message_retention_days} days)"
    )


@retention_group.command("status")
def status_command() -> None:
    """Retention settings, what is due now, and the latest runs."""
    settings = get_settings()
    engine = make_engine(settings.database_url)
    try:
        with make_session_factory(engine)() as session:
            due = privacy.count_due_for_purge(session, utcnow(), settings.closed_case_retention_days)
            click.echo(f"closed cases kept {settings.closed_case_retention_days} days; due for purge now: {due}")
            click.echo(f"bot messages without a case kept {settings.bot_message_retention_days} days")
            for run in privacy.recent_runs(session, 10):
                click.echo(
                    f"{run.started_at:%Y-%m-%d %H:%M}Z\t{run.kind}\t{run.trigger}\t{run.actor_label}\t"
                    f"{run.counts}\t{RUN_KINDS.get(run.kind, '')}"
                )
    finally:
        engine.dispose()
