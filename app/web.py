"""The web application: webhook, health, simulator, staff workspace, admin console, JSON API."""

from __future__ import annotations

import gc
import logging
import threading
from contextlib import asynccontextmanager

from asgi_correlation_id import CorrelationIdMiddleware
from fastapi import FastAPI

from app import health, home
from app.runtime import Runtime, build_context, build_runtime
from app.security import SecurityHeadersMiddleware
from bot import webhook
from bot.simulator import views as simulator_views
from bot.simulator.fake_api import FakeLineState, create_fake_line_app
from core.logging import configure_logging
from core.settings import Settings, get_settings
from workspace import web as workspace_web
from workspace.admin import views as admin_views
from workspace.admin.accounts import views as admin_account_views
from workspace.admin.directory import views as admin_directory_views
from workspace.admin.faq import views as admin_faq_views
from workspace.api import admin_views as api_token_views
from workspace.api import views as api_views
from workspace.audit import views as audit_views
from workspace.cases import views as case_views
from workspace.notifications import views as notification_views
from workspace.privacy import views as privacy_views
from workspace.staff import views as staff_views
from workspace.stats import views as stats_views

log = logging.getLogger(__name__)


def warm_up_then_work(runtime: Runtime, threads: int, stopping: threading.Event) -> None:
    runtime.warm_up(stopping)
    if not stopping.is_set():
        gc.freeze()  # what the warm-up built, too
        runtime.worker.start(threads)
        runtime.warm.set()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    fake_line = FakeLineState(access_token=settings.effective_access_token) if settings.simulator_enabled else None

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        ctx = build_context(settings)
        # A web process whose worker is off (the Procfile's `web`) loads the triage models only if
        # something here triages (the admin console's preview); `make run` loads them at start.
        runtime = build_runtime(ctx, lazy_triage=not settings.in_process_worker)
        app.state.ctx = ctx
        app.state.runtime = runtime
        # As in `intake worker`: what start-up built lives as long as the process; keep it out of
        # the collector's full passes, which would otherwise pause requests to walk all of it.
        gc.freeze()
        stopping = threading.Event()
        warming = None
        if settings.in_process_worker:
            # As `intake worker` does: the router, FAQ index and models are built before the worker
            # takes its first event, not by the first resident's message (15 s on a slow machine).
            # Meanwhile the process serves: the webhook stores events, `/readyz` answers 503.
            warming = threading.Thread(
                target=warm_up_then_work,
                args=(runtime, settings.worker_threads if not settings.is_sqlite else 1, stopping),
                name="intake-warm-up",
                daemon=True,
            )
            warming.start()
        else:
            runtime.warm.set()  # it answers no resident: nothing to build before it is ready
        log.info(
            "intake started", extra={"simulator": settings.simulator_enabled, "worker": settings.in_process_worker}
        )
        try:
            yield
        finally:
            stopping.set()
            if warming is not None:
                warming.join()  # a warm-up stops between its steps; the worker is started or not
            runtime.worker.stop()
            ctx.engine.dispose()

    docs = {} if settings.api_docs else {"docs_url": None, "redoc_url": None, "openapi_url": None}
    app = FastAPI(title="anshin-intake", version="0.1.0", lifespan=lifespan, **docs)
    # What the routes get besides the context: the running bot (typed Runtime, set at start-up) and
    # the simulator's fake Messaging API.
    app.state.runtime = None
    app.state.fake_line = fake_line
    app.add_middleware(CorrelationIdMiddleware, header_name="X-Request-ID")
    app.add_middleware(SecurityHeadersMiddleware, hsts=settings.uses_https)
    app.include_router(home.router)
    app.include_router(webhook.router)
    app.include_router(health.router)
    app.include_router(workspace_web.static_router)
    app.include_router(staff_views.router)
    app.include_router(case_views.router)
    app.include_router(audit_views.router)
    app.include_router(api_views.router)
    app.include_router(admin_views.router)
    app.include_router(admin_faq_views.router)
    app.include_router(admin_directory_views.router)
    app.include_router(admin_account_views.router)
    app.include_router(stats_views.router)
    app.include_router(privacy_views.router)
    app.include_router(notification_views.router)
    app.include_router(api_token_views.router)
    if fake_line is not None:
        app.mount("/simulator/line-api", create_fake_line_app(fake_line))
        app.include_router(simulator_views.router)
    return app


def create_default_app() -> FastAPI:
    """Entry point for uvicorn/gunicorn: `app.web:create_default_app` with --factory."""
    settings = get_settings()
    configure_logging(settings.log_level, settings.log_json)
    return create_app(settings)
