"""A fake LINE Messaging API over real HTTP, for the simulator and the tests.

It checks requests the way LINE does where it matters to us (bearer token, reply tokens are
single use and expire, at most five messages, quick-reply limits, push retry keys answer 409
on repeat) and can be told to fail: 500, 429, a slow answer past the client's timeout, or a
dropped connection.

It also keeps rich menus as LINE does (create, validate, list, default, delete) and, under
`/api-data`, their images: LINE serves content from a host of its own (api-data.line.me).
"""

from __future__ import annotations

import asyncio
import io
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

REPLY_TOKEN_TTL = 60.0


@dataclass
class Delivered:
    seq: int
    to: str
    method: str  # reply / push
    messages: list[dict]
    retry_key: str | None
    at: float


@dataclass
class FakeLineState:
    access_token: str = "simulator-access-token"
    reply_token_ttl: float = REPLY_TOKEN_TTL
    # Benchmarks send tokens the fake never issued; there any fresh, unused token is accepted.
    strict_reply_tokens: bool = True
    delivered: list[Delivered] = field(default_factory=list)
    loading: list[str] = field(default_factory=list)
    calls: list[tuple[str, int, float]] = field(default_factory=list)  # endpoint, status, time
    _tokens: dict[str, tuple[str, float]] = field(default_factory=dict)  # token -> (user, issued)
    _used_tokens: set[str] = field(default_factory=set)
    _retry_keys: dict[str, int] = field(default_factory=dict)
    _faults: dict[str, deque] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _seq: int = 0
    rich_menus: dict[str, dict] = field(default_factory=dict)  # id -> rich menu object
    rich_menu_images: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # id -> (type, bytes)
    default_rich_menu: str | None = None
    rich_menu_calls: list[tuple[str, str, str]] = field(default_factory=list)  # host, method, path

    def issue_reply_token(self, user_id: str, issued_at: float | None = None) -> str:
        token = secrets.token_hex(16)
        with self._lock:
            self._tokens[token] = (user_id, time.time() if issued_at is None else issued_at)
        return token

    def fail_next(self, endpoint: str, *faults) -> None:
        """Queue faults for the next calls of an endpoint ("reply", "push", "loading").

        A fault is an HTTP status (500, 429, 400…), "timeout" (answer 200 after `slow_seconds`,
        having accepted the message), "drop_before" (close the connection, message not
        accepted) or "drop_after" (accept the message, then close the connection).
        """
        with self._lock:
            self._faults.setdefault(endpoint, deque()).extend(faults)

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def next_fault(self, endpoint: str):
        with self._lock:
            queue = self._faults.get(endpoint)
            return queue.popleft() if queue else None

    def messages_for(self, user_id: str) -> list[Delivered]:
        with self._lock:
            return [d for d in self.delivered if d.to == user_id]

    def texts_for(self, user_id: str) -> list[str]:
        return [m.get("text", f"<{m.get('type')}>") for d in self.messages_for(user_id) for m in d.messages]

    def record(self, to: str, method: str, messages: list[dict], retry_key: str | None) -> Delivered:
        with self._lock:
            self._seq += 1
            item = Delivered(self._seq, to, method, messages, retry_key, time.time())
            self.delivered.append(item)
            if retry_key:
                self._retry_keys[retry_key] = self._seq
            return item

    def reset(self) -> None:
        with self._lock:
            self.delivered.clear()
            self.loading.clear()
            self.calls.clear()
            self._faults.clear()
        self.reset_rich_menus()

    def reset_rich_menus(self) -> None:
        with self._lock:
            self.rich_menus.clear()
            self.rich_menu_images.clear()
            self.default_rich_menu = None
            self.rich_menu_calls.clear()


class DroppedResponse(Response):
    """Starts an answer and stops mid-body: the server then closes the connection."""

    status_code = 599

    def __init__(self):
        super().__init__()

    async def __call__(self, scope, receive, send):
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]})
        await send({"type": "http.response.body", "body": b"{", "more_body": True})


def _error(status: int, message: str, details: list | None = None) -> JSONResponse:
    body = {"message": message}
    if details:
        body["details"] = details
    return JSONResponse(body, status_code=status)


def validate_messages(messages) -> list[dict]:
    """Problems LINE would answer 400 for; empty when the messages are acceptable."""
    problems = []
    if not isinstance(messages, list) or not 1 <= len(messages) <= 5:
        return [{"message": "must be between 1 and 5 messages", "property": "messages"}]
    for i, m in enumerate(messages):
        if m.get("type") == "text":
            text = m.get("text") or ""
            if not 1 <= len(text) <= 5000:
                problems.append({"message": "text length must be 1..5000", "property": f"messages[{i}].text"})
        if m.get("type") == "flex":
            problems.extend(flex_problems(m, i))
        items = ((m.get("quickReply") or {}).get("items")) or []
        if len(items) > 13:
            problems.append({"message": "at most 13 quick reply items", "property": f"messages[{i}].quickReply"})
        for j, item in enumerate(items):
            action = item.get("action") or {}
            label = action.get("label") or ""
            if action.get("type") != "location" and not 1 <= len(label) <= 20:
                problems.append(
                    {"message": "label must be 1..20 characters", "property": f"messages[{i}].quickReply.items[{j}]"}
                )
            if action.get("type") == "postback" and len(action.get("data") or "") > 300:
                problems.append({"message": "data too long", "property": f"messages[{i}].quickReply.items[{j}].data"})
    return problems


def flex_problems(message: dict, i: int) -> list[dict]:
    """LINE's limits on a Flex Message (https://developers.line.biz/en/reference/messaging-api/#flex-message):
    altText 1..1500 characters; a bubble's JSON at most 30 KB, a carousel's at most 50 KB and 12 bubbles."""
    import json

    problems = []
    if not 1 <= len(message.get("altText") or "") <= 1500:
        problems.append({"message": "altText must be 1..1500 characters", "property": f"messages[{i}].altText"})
    contents = message.get("contents") or {}
    size = len(json.dumps(contents, ensure_ascii=False).encode())
    if contents.get("type") == "bubble" and size > 30_000:
        problems.append({"message": "bubble over 30 KB", "property": f"messages[{i}].contents"})
    elif contents.get("type") == "carousel" and (size > 50_000 or len(contents.get("contents") or []) > 12):
        problems.append({"message": "carousel over 50 KB or 12 bubbles", "property": f"messages[{i}].contents"})
    elif contents.get("type") not in ("bubble", "carousel"):
        problems.append({"message": "contents must be a bubble or a carousel", "property": f"messages[{i}].contents"})
    return problems


def create_fake_line_app(state: FakeLineState, slow_seconds: float = 6.0) -> FastAPI:
    app = FastAPI(title="Fake LINE Messaging API", openapi_url=None, docs_url=None, redoc_url=None)

    async def apply_fault(endpoint: str, accept):
        """Returns a response for a status fault, or None to go on; may raise FaultDrop."""
        fault = state.next_fault(endpoint)
        if fault is None:
            return None
        if fault == "timeout":
            accept()
            await asyncio.sleep(slow_seconds)
            return JSONResponse({}, status_code=200)
        if fault == "drop_after":
            accept()
            return DroppedResponse()
        if fault == "drop_before":
            return DroppedResponse()
        return _error(int(fault), "injected fault")

    def authorized(request: Request) -> bool:
        return request.headers.get("authorization") == f"Bearer {state.access_token}"

    @app.post("/v2/bot/message/reply")
    async def reply(request: Request):
        if not authorized(request):
            return _error(401, "Authentication failed")
        body = await request.json()
        token = body.get("replyToken")
        messages = body.get("messages")
        with state._lock:
            issued = state._tokens.get(token)
            if issued is None and not state.strict_reply_tokens and token:
                issued = state._tokens[token] = (body.get("to") or "unknown", time.time())
        problems = validate_messages(messages)
        if problems:
            return _error(400, "The request body has 1 error(s)", problems)

        def accept():
            with state._lock:
                state._used_tokens.add(token)
            state.record(issued[0], "reply", messages, None)

        if issued is None or token in state._used_tokens or time.time() - issued[1] > state.reply_token_ttl:
            state.calls.append(("reply", 400, time.time()))
            return _error(400, "Invalid reply token")
        fault = await apply_fault("reply", accept)
        if fault is not None:
            state.calls.append(("reply", fault.status_code, time.time()))
            return fault
        accept()
        state.calls.append(("reply", 200, time.time()))
        return {"sentMessages": [{"id": secrets.token_hex(8)} for _ in messages]}

    @app.post("/v2/bot/message/push")
    async def push(request: Request):
        if not authorized(request):
            return _error(401, "Authentication failed")
        body = await request.json()
        retry_key = request.headers.get("x-line-retry-key")
        messages = body.get("messages")
        problems = validate_messages(messages)
        if problems:
            return _error(400, "The request body has 1 error(s)", problems)
        if retry_key and retry_key in state._retry_keys:
            state.calls.append(("push", 409, time.time()))
            return JSONResponse(
                {"message": "The retry key is already accepted"},
                status_code=409,
                headers={"x-line-accepted-request-id": str(state._retry_keys[retry_key])},
            )
        fault = await apply_fault("push", lambda: state.record(body.get("to"), "push", messages, retry_key))
        if fault is not None:
            state.calls.append(("push", fault.status_code, time.time()))
            return fault
        state.record(body.get("to"), "push", messages, retry_key)
        state.calls.append(("push", 200, time.time()))
        return {"sentMessages": [{"id": secrets.token_hex(8)} for _ in messages]}

    @app.post("/v2/bot/chat/loading/start")
    async def loading(request: Request):
        if not authorized(request):
            return _error(401, "Authentication failed")
        body = await request.json()
        seconds = body.get("loadingSeconds", 20)
        if not isinstance(seconds, int) or seconds % 5 or not 5 <= seconds <= 60:
            return _error(400, "loadingSeconds must be a multiple of 5 up to 60")
        state.loading.append(body.get("chatId"))
        return JSONResponse({}, status_code=202)

    @app.get("/v2/bot/profile/{user_id}")
    async def profile(user_id: str, request: Request):
        if not authorized(request):
            return _error(401, "Authentication failed")
        return {"userId": user_id, "displayName": "シミュレーター", "language": "ja"}

    add_rich_menu_routes(app, state, authorized)
    app.mount("/api-data", create_fake_line_data_app(state))
    return app


# ---- rich menus (https://developers.line.biz/en/reference/messaging-api/#rich-menu) ----------------

RICH_MENU_SIZES = ((2500, 1686), (2500, 843))


def rich_menu_problems(menu) -> list[dict]:
    """What LINE would answer 400 for in a rich menu object."""
    if not isinstance(menu, dict):
        return [{"message": "must be an object"}]
    problems = []
    size = menu.get("size") or {}
    width, height = size.get("width"), size.get("height")
    if (width, height) not in RICH_MENU_SIZES:
        problems.append({"message": "size must be 2500x1686 or 2500x843", "property": "size"})
    if not isinstance(menu.get("selected"), bool):
        problems.append({"message": "selected is required", "property": "selected"})
    if not 1 <= len(menu.get("name") or "") <= 300:
        problems.append({"message": "name must be 1..300 characters", "property": "name"})
    if not 1 <= len(menu.get("chatBarText") or "") <= 14:
        problems.append({"message": "chatBarText must be 1..14 characters", "property": "chatBarText"})
    areas = menu.get("areas")
    if not isinstance(areas, list) or not 1 <= len(areas) <= 20:
        return [*problems, {"message": "areas must hold 1..20 areas", "property": "areas"}]
    for i, area in enumerate(areas):
        b = area.get("bounds") or {}
        if (
            width
            and height
            and not (
                0 <= b.get("x", -1)
                and 0 <= b.get("y", -1)
                and b.get("x", 0) + b.get("width", 0) <= width
                and b.get("y", 0) + b.get("height", 0) <= height
            )
        ):
            problems.append({"message": "bounds outside the menu", "property": f"areas[{i}].bounds"})
        action = area.get("action") or {}
        if action.get("type") == "postback" and not 1 <= len(action.get("data") or "") <= 300:
            problems.append({"message": "data must be 1..300 characters", "property": f"areas[{i}].action.data"})
        if len(action.get("label") or "") > 20:
            problems.append({"message": "label at most 20 characters", "property": f"areas[{i}].action.label"})
        if len(action.get("displayText") or "") > 300:
            problems.append({"message": "displayText at most 300", "property": f"areas[{i}].action.displayText"})
    return problems


def add_rich_menu_routes(app: FastAPI, state: FakeLineState, authorized) -> None:
    def seen(request: Request) -> None:
        state.rich_menu_calls.append(("api", request.method, request.url.path))

    @app.post("/v2/bot/richmenu/validate")
    async def validate_rich_menu(request: Request):
        seen(request)
        if not authorized(request):
            return _error(401, "Authentication failed")
        problems = rich_menu_problems(await request.json())
        return _error(400, "The request body has errors", problems) if problems else JSONResponse({})

    @app.post("/v2/bot/richmenu")
    async def create_rich_menu(request: Request):
        seen(request)
        if not authorized(request):
            return _error(401, "Authentication failed")
        menu = await request.json()
        if problems := rich_menu_problems(menu):
            return _error(400, "The request body has errors", problems)
        rich_menu_id = f"richmenu-{secrets.token_hex(16)}"
        with state._lock:
            state.rich_menus[rich_menu_id] = menu
        return {"richMenuId": rich_menu_id}

    @app.get("/v2/bot/richmenu/list")
    async def list_rich_menus(request: Request):
        seen(request)
        if not authorized(request):
            return _error(401, "Authentication failed")
        with state._lock:
            return {"richmenus": [{"richMenuId": i, **m} for i, m in state.rich_menus.items()]}

    @app.get("/v2/bot/user/all/richmenu")
    async def get_default_rich_menu(request: Request):
        seen(request)
        if not authorized(request):
            return _error(401, "Authentication failed")
        if state.default_rich_menu is None:
            return _error(404, "no default richmenu")
        return {"richMenuId": state.default_rich_menu}

    @app.post("/v2/bot/user/all/richmenu/{rich_menu_id}")
    async def set_default_rich_menu(rich_menu_id: str, request: Request):
        seen(request)
        if not authorized(request):
            return _error(401, "Authentication failed")
        with state._lock:
            if rich_menu_id not in state.rich_menus:
                return _error(404, "richmenu not found")
            if rich_menu_id not in state.rich_menu_images:
                return _error(400, "must upload richmenu image before applying it to user")
            state.default_rich_menu = rich_menu_id
        return JSONResponse({})

    @app.delete("/v2/bot/richmenu/{rich_menu_id}")
    async def delete_rich_menu(rich_menu_id: str, request: Request):
        seen(request)
        if not authorized(request):
            return _error(401, "Authentication failed")
        with state._lock:
            if state.rich_menus.pop(rich_menu_id, None) is None:
                return _error(404, "richmenu not found")
            state.rich_menu_images.pop(rich_menu_id, None)
            if state.default_rich_menu == rich_menu_id:
                state.default_rich_menu = None
        return JSONResponse({})


def create_fake_line_data_app(state: FakeLineState) -> FastAPI:
    """LINE's api-data host: the rich menu images."""
    app = FastAPI(title="Fake LINE Messaging API (api-data)", openapi_url=None, docs_url=None, redoc_url=None)

    def authorized(request: Request) -> bool:
        return request.headers.get("authorization") == f"Bearer {state.access_token}"

    @app.post("/v2/bot/richmenu/{rich_menu_id}/content")
    async def upload_image(rich_menu_id: str, request: Request):
        state.rich_menu_calls.append(("api-data", "POST", f"/v2/bot/richmenu/{rich_menu_id}/content"))
        if not authorized(request):
            return _error(401, "Authentication failed")
        content_type = (request.headers.get("content-type") or "").split(";")[0].strip()
        body = await request.body()
        with state._lock:
            menu = state.rich_menus.get(rich_menu_id)
            if menu is None:
                return _error(404, "richmenu not found")
            if rich_menu_id in state.rich_menu_images:
                return _error(400, "An image has already been uploaded to the richmenu")
            if content_type not in ("image/png", "image/jpeg"):
                return _error(415, "Content-Type must be image/png or image/jpeg")
            if not body or len(body) > 1024 * 1024:
                return _error(400, "image must be 1 byte..1 MB")
            if image_size(body) != (menu["size"]["width"], menu["size"]["height"]):
                return _error(400, "image size must match the richmenu size")
            state.rich_menu_images[rich_menu_id] = (content_type, body)
        return JSONResponse({})

    @app.get("/v2/bot/richmenu/{rich_menu_id}/content")
    async def download_image(rich_menu_id: str, request: Request):
        state.rich_menu_calls.append(("api-data", "GET", f"/v2/bot/richmenu/{rich_menu_id}/content"))
        if not authorized(request):
            return _error(401, "Authentication failed")
        image = state.rich_menu_images.get(rich_menu_id)
        if image is None:
            return _error(404, "Not found")
        return Response(image[1], media_type=image[0])

    return app


def image_size(data: bytes) -> tuple[int, int] | None:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            return image.size
    except (UnidentifiedImageError, OSError):
        return None
