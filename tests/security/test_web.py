"""The web side across every route of the real app, on top of tests/workspace (which already proves
per-route authorization, CSRF on every POST, session fixation and rotation, and escaping on the
case page): every page escapes what residents and staff wrote, injection attempts in every query
parameter are harmless, login guessing is throttled over HTTP, every answer carries the security
headers, and no route exists outside the known access policies.
"""

from __future__ import annotations

import re
import uuid

import httpx
import pytest
from fastapi.routing import APIRoute
from sqlalchemy import func, select
from starlette.routing import Mount, Route

from core.db import transaction
from tests.reliability.support import staff_client
from tests.workspace.test_authorization import flat_routes

SCRIPT = '<script>alert("xss")</script>'
IMG = '"><img src=x onerror=alert(1)>'
RAW_MARKERS = ("<script>alert(", "<img src=x onerror")
INJECTIONS = [
    "' OR '1'='1",
    "1; DROP TABLE cases; --",
    "%' OR 1=1 --",
    "' UNION SELECT password_hash FROM staff_users --",
    "\\",
    "1)) OR ((1=1",
    "benten' --",
]
# Routes outside /staff, /admin and /api (whose policies tests/workspace/test_authorization.py checks),
# and why each is open.
OPEN_ROUTES = {
    "/": "the landing page: what this is and where its parts are",
    "/line/webhook": "LINE: the signature is the authentication",
    "/healthz": "liveness probe",
    "/readyz": "readiness probe",
    "/metrics": "Prometheus (restrict at the proxy)",
}  # /docs, /redoc and /openapi.json are off unless API_DOCS is set (tests/core/test_production_config.py)


def every_route(app) -> list[tuple[str, set[str], object]]:
    """(path, methods, route) of every route of the app, API routes through included routers too."""
    found = [(path, set(route.methods), route) for route, path in flat_routes(app.routes)]
    for route in app.routes:
        if isinstance(route, Route) and not isinstance(route, APIRoute):
            found.append((route.path, set(route.methods or []), route))
        elif isinstance(route, Mount):
            found.append((route.path, {"*"}, route))
    return found


@pytest.fixture
def marked(app_server, session_factory):
    """HTML-bearing data everywhere a page can show it: a case, its timeline, a staff member's name."""
    from bot import outbox
    from cases import service as cases
    from workspace.staff import service as staff

    with transaction(session_factory) as session:
        case = cases.create(
            session,
            destination_id="benten",
            line_user_id="U" + uuid.uuid4().hex,
            contact_name=SCRIPT,
            summary=f"母が{IMG}",
            contact_times=SCRIPT,
            address={"ward": "中央区", "town": IMG, "matched": SCRIPT},
            topics=["dementia"],
        )
        cases.add_entry(session, case, "resident_message", f"{SCRIPT} 母の物忘れ {IMG}")
        row = outbox.enqueue(
            session, case.line_user_id, [{"type": "text", "text": SCRIPT}], origin="staff", case_id=case.id
        )[0]
        row.status, row.last_error = "failed", f"HTTP 400 {IMG}"
        marker = staff.create(
            session,
            login=f"xss-{uuid.uuid4().hex[:6]}",
            password="correct horse battery",
            role="center_staff",
            destination_id="benten",
            display_name=SCRIPT,
        )
        cases.add_entry(session, case, "note", f"メモ {IMG}", actor_id=marker.id)
        case_id, marker_id = case.id, marker.id
    return {"case_id": case_id, "user_id": marker_id}


def fill(path: str, values: dict[str, str]) -> str | None:
    for name in re.findall(r"{(\w+)}", path):
        if name not in values:
            return None
        path = path.replace("{" + name + "}", values[name])
    return path


def test_every_page_escapes_what_residents_and_staff_wrote(app_server, session_factory, marked):
    from knowledge.models import FaqEntry

    with session_factory() as session:
        entry_id = session.scalar(select(func.min(FaqEntry.id)))
    values = {
        "case_id": str(marked["case_id"]),
        "user_id": str(marked["user_id"]),
        "destination_id": "benten",
        "entry_id": str(entry_id),
        "name": "workspace.css",
    }
    pages, unfilled = 0, []
    with staff_client(app_server.url, session_factory, app_server.settings.secret_key, None, role="admin") as admin:
        for path, methods, _ in every_route(app_server.app):
            if "GET" not in methods or not path.startswith(("/staff", "/admin")):
                continue
            url = fill(path, values)
            if url is None:
                unfilled.append(path)
                continue
            response = admin.get(url, headers={"Accept": "text/html"})
            assert response.status_code < 500, f"GET {url}: {response.status_code}"
            if "text/html" in response.headers.get("content-type", ""):
                pages += 1
                for marker in RAW_MARKERS:
                    assert marker not in response.text, f"GET {url} shows {marker!r} unescaped"
        case_page = admin.get(f"/staff/cases/{marked['case_id']}").text
    assert not unfilled, f"the crawl does not know how to fill {unfilled}"
    assert pages >= 10
    assert "&lt;script&gt;alert(" in case_page and "&lt;img src=x onerror=alert(1)&gt;" in case_page


def test_injection_attempts_in_every_query_parameter_are_harmless(app_server, session_factory, marked):
    from cases.models import Case

    with session_factory() as session:
        cases_before = session.scalar(select(func.count()).select_from(Case))
    auth = {"Authorization": f"Bearer {app_server.settings.intake_api_token}"}
    tried = 0
    with staff_client(app_server.url, session_factory, app_server.settings.secret_key, None, role="admin") as admin:
        for path, methods, route in every_route(app_server.app):
            if "GET" not in methods or not isinstance(route, APIRoute) or not route.dependant.query_params:
                continue
            url = fill(
                path,
                {
                    "case_id": str(marked["case_id"]),
                    "user_id": str(marked["user_id"]),
                    "destination_id": "benten",
                    "entry_id": "1",
                    "name": "workspace.css",
                },
            )
            for param in route.dependant.query_params:
                for payload in INJECTIONS:
                    response = admin.get(url, params={param.alias: payload}, headers={**auth, "Accept": "text/html"})
                    tried += 1
                    assert response.status_code < 500, f"GET {url}?{param.alias}={payload!r}: {response.status_code}"
        listed = admin.get("/api/cases", params={"destination": "' OR '1'='1", "limit": 1000}, headers=auth)
        assert listed.status_code == 200 and listed.json()["items"] == []
        for login in INJECTIONS:
            form = admin.get("/staff/login").text
            nonce = form.split('name="nonce" value="', 1)[1].split('"', 1)[0]
            response = admin.post("/staff/login", data={"login": login, "password": "' OR '1'='1", "nonce": nonce})
            assert response.status_code in (400, 429) and "intake_staff=" not in response.headers.get("set-cookie", "")
        assert admin.get(f"/staff/cases/{marked['case_id']}'%20OR%20'1'='1").status_code in (404, 422)
    assert tried > 50
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == cases_before


def test_guessing_a_password_over_http_is_throttled(app_server, session_factory):
    from workspace.staff import service as staff

    login = f"guess-{uuid.uuid4().hex[:6]}"
    with transaction(session_factory) as session:
        staff.create(
            session, login=login, password="the real long password", role="center_staff", destination_id="benten"
        )

    def attempt(client: httpx.Client, password: str) -> httpx.Response:
        form = client.get("/staff/login").text
        nonce = form.split('name="nonce" value="', 1)[1].split('"', 1)[0]
        return client.post("/staff/login", data={"login": login, "password": password, "nonce": nonce})

    with httpx.Client(base_url=app_server.url, follow_redirects=False, timeout=15) as client:
        statuses = [attempt(client, f"guess {n}").status_code for n in range(6)]
        right = attempt(client, "the real long password")
    assert statuses[:5] == [400] * 5 and statuses[5] == 429
    assert right.status_code == 429 and "intake_staff=" not in right.headers.get("set-cookie", "")


def test_every_answer_carries_the_security_headers(app_server, session_factory):
    from workspace.web import SECURITY_HEADERS

    auth = {"Authorization": f"Bearer {app_server.settings.intake_api_token}"}
    anonymous = httpx.Client(base_url=app_server.url, follow_redirects=False, timeout=15)
    with (
        staff_client(app_server.url, session_factory, app_server.settings.secret_key, None, role="admin") as admin,
        anonymous,
    ):
        answers = {
            "queue": admin.get("/staff/queue"),
            "admin": admin.get("/admin"),
            "login": anonymous.get("/staff/login"),
            "a /staff 404": admin.get("/staff/no-such-page", headers={"Accept": "text/html"}),
            "an /admin 404": admin.get("/admin/no-such-page", headers={"Accept": "text/html"}),
            "api": anonymous.get("/api/cases", headers=auth),
            "api 401": anonymous.get("/api/cases"),
            "webhook 400": anonymous.post("/line/webhook", content=b"{}"),
            "metrics": anonymous.get("/metrics"),
            "health": anonymous.get("/healthz"),
        }
    for what, response in answers.items():
        assert response.headers.get("x-content-type-options") == "nosniff", what
        assert response.headers.get("x-frame-options") == "DENY", what
        assert response.headers.get("referrer-policy"), what
        if "text/html" in response.headers.get("content-type", ""):
            assert response.headers.get("content-security-policy") == SECURITY_HEADERS["Content-Security-Policy"], what
        if what.startswith(("queue", "admin", "api", "a /staff", "an /admin")):
            assert "no-store" in response.headers.get("cache-control", ""), what
    assert "'unsafe-inline'" not in SECURITY_HEADERS["Content-Security-Policy"]


def test_no_route_outside_the_known_access_policies(app_server):
    """The workspace matrix covers /staff, /admin and /api; anything else must be one of the open routes."""
    unknown = []
    for path, methods, _ in every_route(app_server.app):
        if path.startswith(("/staff", "/admin", "/api")):
            continue
        if path not in OPEN_ROUTES:
            unknown.append(f"{sorted(methods)} {path}")
    assert not unknown, f"routes with no known access policy: {unknown}"


def test_the_simulator_is_gone_when_a_real_channel_is_configured(app_server):
    assert app_server.settings.line_channel_secret and app_server.settings.line_channel_access_token
    assert not any(path.startswith("/simulator") for path, _, _ in every_route(app_server.app))
    with httpx.Client(base_url=app_server.url, timeout=15) as client:
        assert client.get("/simulator").status_code == 404
        assert client.post("/simulator/send", json={}).status_code in (404, 405)
        assert client.post("/simulator/line-api/v2/bot/message/push", json={}).status_code in (404, 405)


@pytest.mark.parametrize(
    "path",
    [
        "/staff/static/..%2f..%2fcore%2fsettings.py",
        "/staff/static/%2e%2e%2fweb.py",
        "/staff/static/..%5c..%5cpyproject.toml",
    ],
)
def test_static_files_do_not_escape_their_folder(app_server, path):
    response = httpx.get(app_server.url + path, timeout=15)
    assert response.status_code == 404 and "SECRET" not in response.text
