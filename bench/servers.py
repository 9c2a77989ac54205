"""ASGI apps the benchmarks serve in their own processes.

uvicorn bench.servers:fake_line --factory   the fake LINE Messaging API (accepts any fresh token)
gunicorn 'bench.servers:echo()'             the baseline: LINE's FastAPI echo sample, in memory
"""

from __future__ import annotations

import json
import os

from fastapi import FastAPI, Header, Request
from fastapi.responses import JSONResponse
from linebot.v3 import WebhookParser
from linebot.v3.exceptions import InvalidSignatureError
from linebot.v3.messaging import (
    ApiException,
    AsyncApiClient,
    AsyncMessagingApi,
    Configuration,
    ReplyMessageRequest,
    TextMessage,
)
from linebot.v3.webhooks import MessageEvent, TextMessageContent

from bench.harness import SCRATCH, SECRET, TOKEN
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
    """The baseline: the SDK's own FastAPI echo sample (examples/fastapi-echo), kept in memory.

    It verifies the signature, answers each text message by replying the same text through the
    Messaging API (the fake one, at LINE_API_BASE_URL) inside the request, then answers 200. It
    stores nothing and deduplicates nothing: a redelivered event is echoed again. The echoes per
    event are written on shutdown for the bench to read.
    """
    parser = WebhookParser(SECRET)
    configuration = Configuration(access_token=TOKEN, host=os.environ["LINE_API_BASE_URL"])
    clients: list[AsyncMessagingApi] = []
    echoed: dict[str, int] = {}
    app = FastAPI()

    def messaging_api() -> AsyncMessagingApi:
        # Built on first use, inside the worker's event loop (aiohttp sessions belong to one loop).
        if not clients:
            clients.append(AsyncMessagingApi(AsyncApiClient(configuration)))
        return clients[0]

    @app.post("/line/webhook")
    async def webhook(request: Request, x_line_signature: str = Header(...)):
        body = (await request.body()).decode()
        try:
            events = parser.parse(body, x_line_signature)
        except InvalidSignatureError:
            return JSONResponse({"detail": "invalid signature"}, status_code=400)
        for event in events:
            if isinstance(event, MessageEvent) and isinstance(event.message, TextMessageContent):
                try:
                    await messaging_api().reply_message(
                        ReplyMessageRequest(
                            reply_token=event.reply_token, messages=[TextMessage(text=event.message.text)]
                        )
                    )
                except ApiException:
                    continue  # a redelivery's reply token is spent (400); the sample would answer 500
                echoed[event.webhook_event_id] = echoed.get(event.webhook_event_id, 0) + 1
        return "OK"

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    @app.on_event("shutdown")
    async def dump() -> None:
        if clients:
            await clients[0].api_client.close()
        with open(SCRATCH / f"bench-echo-{os.getpid()}.json", "w") as f:
            json.dump(echoed, f)

    return app
