"""POST /line/webhook: verify, store, acknowledge. The work happens after, in the worker."""

from __future__ import annotations

import json
import logging
import math
import time

from fastapi import APIRouter, Depends, Header, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from linebot.v3 import WebhookParser
from linebot.v3.exceptions import InvalidSignatureError
from sqlalchemy.exc import SQLAlchemyError

from bot.inbox import store_events
from core.context import AppContext, get_context_async
from core.metrics import EVENTS_DUPLICATE, EVENTS_RECEIVED, WEBHOOK_SECONDS

log = logging.getLogger(__name__)
router = APIRouter(tags=["line"])


class BodyTooLarge(Exception):
    pass


async def read_body(request: Request, limit: int) -> bytes:
    """Read the raw body, refusing early anything larger than LINE ever sends."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def strip_group_content(event: dict) -> dict:
    """Consultations are 1:1: what is said in groups and rooms is never stored."""
    source = event.get("source")
    if isinstance(source, dict) and source.get("type") in ("group", "room") and isinstance(event.get("message"), dict):
        message = event["message"]
        event = {**event, "message": {"id": message.get("id"), "type": message.get("type")}}
    return event


def refuse_constant(name: str):
    # NaN and Infinity are not JSON (json.loads accepts them; PostgreSQL would not store them).
    raise ValueError(f"{name} is not JSON")


def finite_float(literal: str) -> float:
    # A number beyond a double (1e400) would be read as Infinity: PostgreSQL would not store it either.
    value = float(literal)
    if not math.isfinite(value):
        raise ValueError(f"{literal[:40]} is out of range")
    return value


def verify_signature(parsers: list[WebhookParser], text: str, signature: str) -> None:
    """Accept the body if one of the channel secrets signed it (two only while one is rotated out)."""
    # The SDK's own validator (HMAC-SHA256, constant-time comparison); its parser would also
    # build a model of every event, which costs more than storing the event.
    if not any(parser.signature_validator.validate(text, signature) for parser in parsers):
        raise InvalidSignatureError("no channel secret matches the signature")


def parse_events(parsers: WebhookParser | list[WebhookParser], body: bytes, signature: str) -> list[dict]:
    """Verify the signature over the raw body with the SDK, then return the raw event objects."""
    text = body.decode("utf-8", errors="strict")
    verify_signature(parsers if isinstance(parsers, list) else [parsers], text, signature)
    payload = json.loads(text, parse_constant=refuse_constant, parse_float=finite_float)
    events = payload.get("events") if isinstance(payload, dict) else None
    if not isinstance(events, list):
        raise ValueError("no events list")
    return [strip_group_content(e) for e in events if isinstance(e, dict)]


def _bad_request(reason: str) -> JSONResponse:
    return JSONResponse({"detail": reason}, status_code=400)


@router.post("/line/webhook")
async def line_webhook(
    request: Request,
    ctx: AppContext = Depends(get_context_async),
    x_line_signature: str | None = Header(default=None),
):
    started = time.perf_counter()
    try:
        return await answer_webhook(request, ctx, x_line_signature)
    finally:
        WEBHOOK_SECONDS.observe(time.perf_counter() - started)


async def answer_webhook(request: Request, ctx: AppContext, x_line_signature: str | None) -> JSONResponse:
    try:
        body = await read_body(request, ctx.settings.max_webhook_body_bytes)
    except BodyTooLarge:
        return JSONResponse({"detail": "request body too large"}, status_code=413)
    if not x_line_signature:
        log.warning("webhook refused: missing signature")
        return _bad_request("missing X-Line-Signature")
    try:
        parsers = [ctx.line_parser] + ([ctx.line_parser_previous] if ctx.line_parser_previous else [])
        events = parse_events(parsers, body, x_line_signature)
    except InvalidSignatureError:
        log.warning("webhook refused: invalid signature", extra={"body_bytes": len(body)})
        return _bad_request("invalid signature")
    except (UnicodeDecodeError, ValueError):
        log.warning("webhook refused: malformed body", extra={"body_bytes": len(body)})
        return _bad_request("malformed body")
    if not events:
        return JSONResponse({"status": "ok", "stored": 0})
    try:
        stored = await run_in_threadpool(_store, ctx, events)
    except SQLAlchemyError:
        log.exception("webhook could not store events; LINE will redeliver")
        return JSONResponse({"detail": "temporarily unavailable"}, status_code=503)
    EVENTS_RECEIVED.inc(stored)
    EVENTS_DUPLICATE.inc(len(events) - stored)
    ctx.wake_worker()
    return JSONResponse({"status": "ok", "stored": stored})


def _store(ctx: AppContext, events: list[dict]) -> int:
    # A plain connection, not an ORM session: this is the hottest path of the service.
    if len(events) == 1 and ctx.engine.dialect.name == "postgresql":
        # One event (nearly every webhook) is one statement on PostgreSQL (the insert and its
        # notification), atomic by itself: sent without BEGIN and COMMIT, one round trip, not three.
        with ctx.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            return store_events(connection, events)
    with ctx.engine.begin() as connection:
        return store_events(connection, events)
