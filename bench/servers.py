"""ASGI apps the benchmarks serve in their own processes.

    uvicorn bench.servers:fake_line --factory   the fake LINE Messaging API (accepts any fresh token)
    gunicorn 'bench.servers:echo()'             the baseline: verify the signature, keep events in memory
"""

from __future__ import annotations

import json
import os
import threading

from fastapi import FastAPI, Header, Request
from fastapi.responses import JSONResponse
from linebot.v3 import WebhookParser
from linebot.v3.exceptions import InvalidSignatureError

from bench.harness import SECRET, TOKEN
from bot.simulator.fake_api import FakeLineState, create_fake_line_app


def fake_line() -> FastAPI:
    state = FakeLineState(access_token=TOKEN, strict_reply_tokens=False)
    app = create_fake_line_app(state)

    @app.get("/_stats")
    def stats():
        keys = [d.retry_key for d in state.delivered if d.retry_key]
        return {
            "deliveries": len(state.delivered),
            "by_method": {m: sum(1 for d in state.delivered if d.method == m) for m in ("reply", "push")},
            "retry_keys_accepted_twice": len(keys) - len(set(keys)),
            "calls_by_status": {str(s): sum(1 for c in state.calls if c[1] == s) for s in {c[1] for c in state.calls}},
        }

    return app


def echo() -> FastAPI:
    """The least a webhook can do: check the signature, remember the event, answer 200."""
    parser = WebhookParser(SECRET)
    seen: dict[str, int] = {}
    lock = threading.Lock()
    app = FastAPI()

    @app.post("/line/webhook")
    async def webhook(request: Request, x_line_signature: str = Header(...)):
        body = (await request.body()).decode()
        try:
            parser.parse(body, x_line_signature)
        except InvalidSignatureError:
            return JSONResponse({"detail": "invalid signature"}, status_code=400)
        with lock:
            for event in json.loads(body)["events"]:
                seen[event["webhookEventId"]] = seen.get(event["webhookEventId"], 0) + 1
        return {"status": "ok"}

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    @app.on_event("shutdown")
    def dump() -> None:
        with open(f"/tmp/bench-echo-{os.getpid()}.json", "w") as f:
            json.dump(seen, f)

    return app
