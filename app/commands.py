"""Commands of the core: serving, the worker, migrations, seed data, evaluations."""

from __future__ import annotations

import os
import signal

import click

from core.lazy_commands import LazyGroup
from core.settings import get_settings


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option(
    "--forwarded-allow-ips",
    default=None,
    help="Proxies whose X-Forwarded-For/-Proto are trusted (default: FORWARDED_ALLOW_IPS, else 127.0.0.1)",
)
def serve(host: str, port: int, forwarded_allow_ips: str | None) -> None:
    """Serve the web app (webhook, simulator, workspace) with the in-process worker."""
    import uvicorn

    from app.home import local_urls

    settings = get_settings()  # refuses to start on an incomplete configuration, before serving
    if settings.simulator_enabled and "public_base_url" not in settings.model_fields_set:
        # The simulator posts to the webhook at the public address: here, unless told otherwise.
        os.environ["PUBLIC_BASE_URL"] = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}"
        get_settings.cache_clear()
        settings = get_settings()
    if settings.simulator_enabled:  # local use: where everything is (production output stays JSON log lines)
        for label, url in local_urls(settings.public_base_url, simulator=True):
            click.echo(f"  {label:<32} {url}")
    uvicorn.run(
        "app.web:create_default_app",
        factory=True,
        host=host,
        port=port,
        log_config=None,
        proxy_headers=True,
        forwarded_allow_ips=forwarded_allow_ips,
    )


@click.command()
@click.option("--threads", default=None, type=int, help="worker threads (default: WORKER_THREADS)")
@click.option("--once", is_flag=True, help="process what is pending, then exit")
@click.option(
    "--metrics-port",
    default=None,
    type=int,
    help="serve Prometheus metrics on this port (default: WORKER_METRICS_PORT; 0: off)",
)
def worker(threads: int | None, once: bool, metrics_port: int | None) -> None:
    """Process stored LINE events and deliver outgoing messages (production: one or more of these)."""
    from app.runtime import build_context, build_runtime
    from core.logging import configure_logging

    settings = get_settings()
    configure_logging(settings.log_level, settings.log_json)
    runtime = build_runtime(build_context(settings))
    port = settings.worker_metrics_port if metrics_port is None else metrics_port
    if port and not once:
        # Processing happens here, not in `web`: its counters and lag are only visible here.
        from prometheus_client import start_http_server

        start_http_server(port, addr=settings.worker_metrics_addr)
    if once:
        runtime.worker.drain()
        return
    # A deploy or scale-down sends SIGTERM: finish the batch and the delivery in hand, then exit,
    # rather than leave a message "sending" until DELIVERY_LEASE_SECONDS lets another worker retry it.
    signal.signal(signal.SIGTERM, _stop_gracefully)
    # Models, the router and the FAQ index are built before the first event is taken (and before
    # run_forever freezes what start-up built), not by the first residents' messages.
    runtime.warm_up()
    runtime.worker.run_forever(threads or settings.worker_threads)


def _stop_gracefully(signum, frame) -> None:
    raise KeyboardInterrupt


@click.group()
def db() -> None:
    """Database migrations."""


@db.command("upgrade")
@click.argument("revision", default="head")
def db_upgrade(revision: str) -> None:
    """Apply Alembic migrations up to REVISION (default: head)."""
    from core.migrations import upgrade

    upgrade(get_settings().database_url, revision)
    click.echo(f"database at {revision}")


def load_seed_data(factory) -> dict:
    """Chiba's centers, towns and contacts, and the FAQ: idempotent, keeps admin edits."""
    from core.db import transaction
    from knowledge import service as knowledge_service
    from routing import service as routing_service

    with transaction(factory) as session:
        routing_counts = routing_service.import_seed(session)
    with transaction(factory) as session:
        faq_counts = knowledge_service.seed(session)
    return {"routing": routing_counts, "faq": faq_counts}


@click.command()
def seed() -> None:
    """Load the seed data (safe to run again)."""
    from core.db import make_engine, make_session_factory

    engine = make_engine(get_settings().database_url)
    click.echo(load_seed_data(make_session_factory(engine)))
    engine.dispose()


@click.command()
@click.pass_context
def release(ctx: click.Context) -> None:
    """The deploy's release phase: migrate, load the seed data, put the rich menu on the channel."""
    ctx.invoke(db_upgrade)
    ctx.invoke(seed)
    if not get_settings().simulator_enabled:
        # With LINE credentials set: the menu is part of the release (idempotent, see bot/richmenu/apply.py).
        from bot.richmenu.cli import apply_command

        ctx.invoke(apply_command)


# `intake eval` scores triage; `intake eval kb`, `intake eval address`, `intake eval safety FILE` the others.
EVAL_COMMANDS = {
    "kb": "knowledge.cli:eval_kb_command",
    "address": "routing.cli:eval_address_command",
    "conversation": "app.eval_conversation:eval_conversation_command",
    "safety": "nlp.cli:eval_safety_command",
}


@click.group(cls=LazyGroup, lazy_commands=EVAL_COMMANDS, invoke_without_command=True)
@click.option(
    "--data",
    "data_path",
    default=None,
    help="Labelled JSON lines to score (a development set); without it, the corpus's held-out part",
)
@click.pass_context
def eval_group(ctx: click.Context, data_path: str | None) -> None:
    """Score triage on a labelled file, or on the corpus's held-out part (topics, urgency, route, center)."""
    if ctx.invoked_subcommand is None:
        from nlp.cli import eval_triage_command

        args = ["--data", data_path] if data_path else []
        eval_triage_command.main(args=args, standalone_mode=False)
