"""Liveness, readiness and metrics."""

from __future__ import annotations

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from core.context import AppContext, get_context
from core.metrics import CASES_BY_STATUS
from core.migrations import alembic_config

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz():
    return {"status": "ok"}


def migration_state(ctx: AppContext) -> tuple[str | None, set[str]]:
    with ctx.engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        # Committed, not rolled back (it only read): psycopg drops a connection's prepared
        # statements on every rollback, and a load balancer asks every few seconds.
        connection.commit()
    heads = set(ScriptDirectory.from_config(alembic_config(ctx.settings.database_url)).get_heads())
    return current, heads


@router.get("/readyz")
async def readyz(request: Request, ctx: AppContext = Depends(get_context)):
    runtime = request.app.state.runtime
    if runtime is not None and not runtime.warm.is_set():
        # The in-process worker is still building its router, FAQ index and models (app.web).
        return JSONResponse({"status": "unavailable", "warming_up": True}, status_code=503)
    try:
        current, heads = await run_in_threadpool(migration_state, ctx)
    except SQLAlchemyError:
        return JSONResponse({"status": "unavailable", "database": "unreachable"}, status_code=503)
    if current not in heads:
        return JSONResponse({"status": "unavailable", "migrations": "not current"}, status_code=503)
    return {"status": "ok", "revision": current}


def count_cases(ctx: AppContext) -> None:
    from cases.models import STATUSES, Case

    with ctx.session_factory() as session:
        counts = dict(session.execute(select(Case.status, func.count()).group_by(Case.status)).all())
        session.commit()  # not a rollback: see migration_state
    for status in STATUSES:
        CASES_BY_STATUS.labels(status).set(counts.get(status, 0))


@router.get("/metrics")
async def metrics(ctx: AppContext = Depends(get_context)):
    try:
        await run_in_threadpool(count_cases, ctx)
    except SQLAlchemyError:
        pass  # the rest of the metrics are still worth serving
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
