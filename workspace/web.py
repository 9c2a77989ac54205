"""What every workspace page shares: templates, the database session, security headers, errors.

Templates live beside their views (workspace/<domain>/templates/) and are addressed with the
domain as prefix ("cases/queue.html"); the one base layout is workspace/templates/base.html.
Autoescaping is on for everything.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader, select_autoescape
from sqlalchemy.orm import Session

from core.context import get_context
from core.db import transaction
from core.hours import JST

WORKSPACE_DIR = Path(__file__).resolve().parent
STATIC_DIR = WORKSPACE_DIR / "static"

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}

# Every domain's templates folder, addressed as "<prefix>/<name>": the whole list, in one place,
# whichever views happen to be imported.
TEMPLATE_FOLDERS = {
    "cases": "cases/templates",
    "staff": "staff/templates",
    "audit": "audit/templates",
    "admin": "admin/templates",
    "faq": "admin/faq/templates",
    "directory": "admin/directory/templates",
    "accounts": "admin/accounts/templates",
    "stats": "stats/templates",
    "api": "api/templates",
    "notifications": "notifications/templates",
    "privacy": "privacy/templates",
}
environment = Environment(
    loader=ChoiceLoader(
        [
            FileSystemLoader(WORKSPACE_DIR / "templates"),
            PrefixLoader(
                {prefix: FileSystemLoader(WORKSPACE_DIR / folder) for prefix, folder in TEMPLATE_FOLDERS.items()}
            ),
        ]
    ),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
templates = Jinja2Templates(env=environment)


def local_time(moment: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A UTC moment as Japan time."""
    return moment.astimezone(JST).strftime(fmt) if moment else ""


def duration(delta: timedelta) -> str:
    """A duration in Japanese, coarse: 3日4時間 / 2時間5分 / 12分."""
    minutes = int(abs(delta).total_seconds() // 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days}日{hours}時間"
    if hours:
        return f"{hours}時間{mins}分"
    return f"{mins}分"


environment.filters["jst"] = local_time
environment.filters["duration"] = duration


# ---- the request's database session --------------------------------------------------------------


def db_session(request: Request) -> Iterator[Session]:
    """One transaction per request, committed before the response is sent."""
    with transaction(get_context(request).session_factory) as session:
        yield session


DbSession = Annotated[Session, Depends(db_session, scope="function")]


def client_ip(request: Request) -> str:
    """The client's address as the server sees it (uvicorn's --proxy-headers decides trust)."""
    return request.client.host if request.client else "unknown"


def public(request: Request) -> None:
    """Open to anyone (the login page, static files)."""


# ---- responses -------------------------------------------------------------------------------------


class LoginRequired(HTTPException):
    def __init__(self) -> None:
        super().__init__(401, "ログインしてください。")


ERROR_TITLES = {
    400: "入力を確認してください",
    401: "ログインしてください",
    403: "この操作はできません",
    404: "見つかりません",
    405: "この操作はできません",
    409: "操作できない状態です",
    422: "入力を確認してください",
    429: "しばらくしてからお試しください",
}


def render(request: Request, name: str, context: dict[str, Any] | None = None, status_code: int = 200) -> HTMLResponse:
    """A page of the workspace: the signed-in user and the CSRF token are always there."""
    values = {
        "user": getattr(request.state, "staff_user", None),
        "csrf_token": getattr(request.state, "csrf_token", ""),
    }
    values.update(context or {})
    return templates.TemplateResponse(request, name, values, status_code=status_code)


def error_response(request: Request, status_code: int, detail: str | None) -> Response:
    if status_code in (302, 303):  # a redirect raised from a dependency; its Location comes with it
        return Response(status_code=status_code)
    if status_code == 401 and request.method == "GET" and not request.url.path.endswith("/rows"):
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/staff/login?next={_quote(target)}", status_code=303)
    accepts_html = "text/html" in request.headers.get("accept", "") or request.method == "POST"
    if not accepts_html:
        return JSONResponse({"detail": detail or ERROR_TITLES.get(status_code, "error")}, status_code=status_code)
    title = ERROR_TITLES.get(status_code, "エラーが起きました")
    message = detail if isinstance(detail, str) and status_code != 404 else None
    return render(request, "error.html", {"title": title, "message": message, "status": status_code}, status_code)


def _quote(value: str) -> str:
    from urllib.parse import quote

    return quote(value, safe="/")


def add_security_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    response.headers.setdefault("Cache-Control", "no-store")
    return response


class WorkspaceRoute(APIRoute):
    """Every workspace route: security headers on every answer, errors as Japanese pages.

    Works as a small middleware for the /staff (and /admin) routers without touching the app.
    """

    def get_route_handler(self):
        handler = super().get_route_handler()

        async def secured(request: Request) -> Response:
            try:
                response = await handler(request)
            except HTTPException as exc:
                response = error_response(request, exc.status_code, exc.detail)
                for name, value in (exc.headers or {}).items():
                    response.headers[name] = value
            except RequestValidationError:
                response = error_response(request, 422, "入力の形式が正しくありません。")
            return add_security_headers(response)

        return secured


def workspace_router(**kwargs) -> APIRouter:
    """An APIRouter whose routes carry the security headers and error pages."""
    return APIRouter(route_class=WorkspaceRoute, include_in_schema=False, **kwargs)


# ---- static files (served by the app itself, no CDN) ----------------------------------------------

static_router = workspace_router(prefix="/staff/static")


@static_router.get("/{name}", name="workspace_static", dependencies=[Depends(public)])
def static_file(name: str) -> Response:
    path = (STATIC_DIR / name).resolve()
    if path.parent != STATIC_DIR or not path.is_file():
        raise HTTPException(404)
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileResponse(path, media_type=media_type, headers={"Cache-Control": "public, max-age=3600"})
