"""Every workspace route × every role × own and foreign cases, generated from the app's route table.

A route is classified by the access dependency it declares (workspace.staff.auth / cases.views);
a route without one fails this test, so a new route cannot be forgotten.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

import httpx
import pytest
from fastapi.routing import APIRoute
from sqlalchemy import select

from cases import service as cases
from core.db import transaction
from knowledge.models import FaqEntry
from routing.models import Town
from tests.workspace.conftest import PASSWORD
from workspace.api.views import service_account
from workspace.cases.views import actionable_case, visible_case
from workspace.staff import service as staff
from workspace.staff.auth import (
    SESSION_COOKIE,
    admin_staff,
    background_staff,
    current_staff,
    public,
    sign_session_token,
    verify_csrf,
)
from workspace.stats.views import stats_viewer

POLICIES = [
    (actionable_case, "act_on_case"),
    (visible_case, "see_case"),
    (admin_staff, "admin"),
    (stats_viewer, "stats"),
    (current_staff, "staff"),
    (background_staff, "staff"),
    (service_account, "service_account"),
    (public, "public"),
]
PREFIXES = ("/staff", "/admin", "/api")
ROLES = ["anonymous", "center_own", "center_foreign", "ward_own", "ward_foreign", "admin"]
CASES = ["own", "own_restricted", "foreign"]


@dataclass
class Route:
    method: str
    path: str
    name: str
    policy: str
    csrf: bool


def top_level_calls(route: APIRoute) -> set:
    return {dep.call for dep in route.dependant.dependencies}


def policy_of(route: APIRoute) -> str:
    calls = top_level_calls(route)
    for call, policy in POLICIES:
        if call in calls:
            return policy
    raise AssertionError(f"{route.path} declares no access dependency")


def flat_routes(routes):
    """(route, full path) of every API route, through included routers (FastAPI keeps them nested)."""
    for route in routes:
        if isinstance(route, APIRoute):
            yield route, route.path
        elif hasattr(route, "effective_route_contexts"):
            for context in route.effective_route_contexts():
                if isinstance(context.original_route, APIRoute):
                    yield context.original_route, context.path or context.original_route.path
        elif hasattr(route, "routes") and isinstance(getattr(route, "routes", None), list):
            yield from flat_routes(route.routes)


def workspace_routes(settings) -> list[Route]:
    from app.web import create_app

    app = create_app(settings)
    routes = []
    for route, path in flat_routes(app.routes):
        if not path.startswith(PREFIXES):
            continue
        for method in sorted(route.methods - {"HEAD"}):
            routes.append(Route(method, path, route.name, policy_of(route), verify_csrf in top_level_calls(route)))
    assert routes, "no workspace route found in the app's route table"
    return routes


@pytest.fixture
def world(app_server, session_factory):
    """Staff of every role and three cases: two at 弁天 (中央区, one restricted) and one at 小仲台 (稲毛区)."""
    tag = uuid.uuid4().hex[:8]
    users = {}
    with transaction(session_factory) as session:
        for role, (kind, destination) in {
            "center_own": ("center_staff", "benten"),
            "center_foreign": ("center_staff", "konakadai"),
            "ward_own": ("ward_oversight", "ward_chuo"),
            "ward_foreign": ("ward_oversight", "ward_inage"),
            "admin": ("admin", None),
        }.items():
            users[role] = staff.create(
                session, login=f"{role}-{tag}", password=PASSWORD, role=kind, destination_id=destination
            ).id
    with session_factory() as session:
        path_values = {
            "{entry_id}": str(session.scalar(select(FaqEntry.id).order_by(FaqEntry.id).limit(1))),
            "{destination_id}": "benten",
            "{town_id}": str(session.scalar(select(Town.id).order_by(Town.id).limit(1))),
            "{user_id}": str(users["center_own"]),
            "{token_id}": "999999",
        }
    return {"users": users, "settings": app_server.settings, "url": app_server.url, "path_values": path_values}


def fresh_case(session_factory, which: str) -> int:
    with transaction(session_factory) as session:
        case = cases.create(
            session,
            destination_id="konakadai" if which == "foreign" else "benten",
            oversight_destination_id="ward_chuo" if which == "own_restricted" else None,
            restricted=which == "own_restricted",
            line_user_id="U" + uuid.uuid4().hex,
            topics=["abuse"] if which == "own_restricted" else ["dementia"],
        )
        cases.add_entry(session, case, "resident_message", "テスト")
        return case.id


def client_for(world, session_factory, role: str) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=world["url"], follow_redirects=False, timeout=15)
    if role == "anonymous":
        return client, ""
    with transaction(session_factory) as session:
        token, row = staff.start_session(session, staff.get(session, world["users"][role]))
    client.cookies.set(SESSION_COOKIE, sign_session_token(world["settings"].secret_key, token), domain="127.0.0.1")
    return client, row.csrf_token


def expected(policy: str, role: str, which: str | None) -> str:
    """ "ok", "login", "forbidden" or "not_found"."""
    if policy == "public":
        return "ok"
    if policy == "service_account":
        return "unauthorized"
    if role == "anonymous":
        return "login"
    if policy == "staff":
        return "ok"
    if policy == "admin":
        return "ok" if role == "admin" else "forbidden"
    if policy == "stats":
        return "ok" if role == "admin" or role.startswith("ward") else "forbidden"
    visible = {
        "center_own": which == "own",
        "center_foreign": which == "foreign",
        "ward_own": which in ("own", "own_restricted"),
        "ward_foreign": which == "foreign",
        "admin": True,
    }[role]
    if not visible:
        return "not_found"
    if policy == "act_on_case" and role.startswith("ward"):
        return "forbidden"
    return "ok"


def outcome(response: httpx.Response) -> str:
    if response.status_code == 401:
        return "unauthorized" if response.request.url.path.startswith("/api") else "login"
    if (
        response.status_code == 303
        and "/staff/login" in response.headers.get("location", "")
        and not response.request.url.path.startswith("/staff/log")
    ):
        return "login"
    if response.status_code == 403:
        return "forbidden"
    if response.status_code == 404:
        return "not_found"
    return "ok"


def call(client: httpx.Client, route: Route, case_id: int | None, csrf: str, values: dict[str, str]) -> httpx.Response:
    path = route.path.replace("{case_id}", str(case_id)).replace("{name}", "workspace.css")
    for placeholder, value in values.items():
        path = path.replace(placeholder, value)
    assert not re.search(r"{\w+}", path), f"the matrix does not know how to fill {route.path}"
    if route.method == "GET":
        return client.get(path, headers={"Accept": "text/html"})
    return client.request(route.method, path, data={"csrf_token": csrf})


def test_every_post_route_checks_the_csrf_token(app_server):
    for route in workspace_routes(app_server.settings):
        if route.method != "GET" and route.policy not in ("public", "service_account"):
            assert route.csrf, f"{route.method} {route.path} does not check the CSRF token"


def test_route_table_has_the_workspace(app_server):
    names = {r.name for r in workspace_routes(app_server.settings)}
    assert {"queue", "case_page", "case_reply", "case_close", "audit_log", "login"} <= names


@pytest.mark.parametrize("role", ROLES)
def test_matrix(app_server, world, session_factory, role):
    failures = []
    for route in workspace_routes(app_server.settings):
        for which in CASES if "{case_id}" in route.path else [None]:
            case_id = fresh_case(session_factory, which) if which else None
            client, csrf = client_for(world, session_factory, role)
            with client:
                response = call(client, route, case_id, csrf, world["path_values"])
            want, got = expected(route.policy, role, which), outcome(response)
            if want != got:
                failures.append(
                    f"{route.method} {route.path} as {role} on {which}: want {want}, got {got} ({response.status_code})"
                )
            if got == "ok":
                assert response.status_code < 500, f"{route.method} {route.path} as {role}: {response.status_code}"
    assert not failures, "\n".join(failures)


def test_a_post_without_the_csrf_token_is_refused_and_changes_nothing(app_server, world, session_factory):
    case_id = fresh_case(session_factory, "own")
    client, _ = client_for(world, session_factory, "center_own")
    with client:
        response = client.post(f"/staff/cases/{case_id}/accept", data={"csrf_token": "forged"})
    assert response.status_code == 403
    with session_factory() as session:
        assert cases.get(session, case_id).status == "new"


def test_api_needs_the_bearer_token(app_server, session_factory):
    case_id = fresh_case(session_factory, "own")
    with httpx.Client(base_url=app_server.url) as client:
        assert client.get("/api/cases").status_code == 401
        assert client.get("/api/cases", headers={"Authorization": "Bearer wrong"}).status_code == 401
        auth = {"Authorization": f"Bearer {app_server.settings.intake_api_token}"}
        one = client.get(f"/api/cases/{case_id}", headers=auth).json()
        listed = client.get(
            "/api/cases", params={"destination": "benten", "status": "new", "limit": 1000}, headers=auth
        ).json()
    assert one["id"] == case_id and one["destination_id"] == "benten" and one["status"] == "new"
    assert set(one) == {
        "id",
        "number",
        "topics",
        "urgency",
        "route",
        "destination_id",
        "status",
        "restricted",
        "created_at",
        "updated_at",
        "accepted_at",
        "closed_at",
        "close_reason",
    }
    assert case_id in {item["id"] for item in listed["items"]}
