"""`/`: what this service is, and where its parts are (simulator, staff workspace, admin console, health)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from core.context import get_context

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")
# The page has no script and only its own inline style.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


def local_urls(base_url: str, simulator: bool) -> list[tuple[str, str]]:
    """(label, URL) of the service's entry points, as `intake serve` prints them."""
    base = base_url.rstrip("/")
    urls = [("home", f"{base}/")]
    if simulator:
        urls.append(("simulator (chat as a resident)", f"{base}/simulator"))
    urls += [
        ("staff workspace", f"{base}/staff"),
        ("admin console", f"{base}/admin"),
        ("health", f"{base}/healthz  {base}/readyz"),
    ]
    return urls


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    settings = get_context(request).settings
    response = templates.TemplateResponse(
        request, "home.html", {"simulator": settings.simulator_enabled, "api_docs": settings.api_docs}
    )
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    return response
