"""API tokens: issued in the admin console, named, scoped to a destination or all, restricted cases
only when granted, stored as a digest, revocable; the old INTAKE_API_TOKEN keeps working, narrowed."""

from __future__ import annotations

import re
import uuid

import httpx
from sqlalchemy import select

from cases import service as cases
from core.db import transaction
from tests.workspace.admin.conftest import admin  # noqa: F401 - fixture
from workspace.api.models import ApiToken
from workspace.audit.models import AuditLog


def a_case(session_factory, destination_id: str, restricted: bool = False) -> int:
    with transaction(session_factory) as session:
        return cases.create(
            session,
            destination_id=destination_id,
            line_user_id="U" + uuid.uuid4().hex,
            restricted=restricted,
            topics=["abuse"] if restricted else ["dementia"],
        ).id


def issued(admin, **form) -> str:  # noqa: F811
    page = admin.post("/admin/api-tokens", data=form)
    assert page.status_code == 200, page.text[:500]
    return re.search(r"<code>(ait_[^<]+)</code>", page.text).group(1)


def read(app_server, token: str, path: str) -> httpx.Response:
    return httpx.get(app_server.url + path, headers={"Authorization": f"Bearer {token}"}, timeout=15)


def listed(app_server, token: str, **params) -> set[int]:
    query = "&".join(f"{k}={v}" for k, v in {"limit": 1000, **params}.items())
    response = read(app_server, token, f"/api/cases?{query}")
    assert response.status_code == 200
    return {item["id"] for item in response.json()["items"]}


def test_a_token_reads_only_its_destination_and_restricted_cases_only_when_granted(app_server, session_factory, admin):  # noqa: F811
    own, own_restricted, foreign = (
        a_case(session_factory, "benten"),
        a_case(session_factory, "benten", True),
        a_case(session_factory, "konakadai"),
    )
    center = issued(admin, name="弁天の記録システム", destination_id="benten")
    granted = issued(admin, name="市の虐待対応システム", restricted_access="true")
    seen = listed(app_server, center, destination="benten")
    assert own in seen and own_restricted not in seen
    assert foreign not in listed(app_server, center)
    assert read(app_server, center, f"/api/cases/{foreign}").status_code == 404
    assert read(app_server, center, f"/api/cases/{own_restricted}").status_code == 404
    assert {own, own_restricted, foreign} <= listed(app_server, granted)
    with session_factory() as session:
        rows = session.scalars(
            select(ApiToken).where(ApiToken.name.in_(["弁天の記録システム", "市の虐待対応システム"]))
        ).all()
        labels = set(session.scalars(select(AuditLog.actor_label).where(AuditLog.action == "api.cases")))
    assert all(row.token_hash != center and row.token_hash != granted and len(row.token_hash) == 64 for row in rows)
    assert all(row.last_used_at is not None for row in rows)
    assert "api:弁天の記録システム" in labels


def test_a_revoked_token_is_refused_at_once(app_server, session_factory, admin):  # noqa: F811
    token = issued(admin, name=f"試し-{uuid.uuid4().hex[:4]}")
    assert read(app_server, token, "/api/cases").status_code == 200
    with session_factory() as session:
        token_id = session.scalars(select(ApiToken.id).where(ApiToken.prefix == token[:10])).one()
    assert admin.post(f"/admin/api-tokens/{token_id}/revoke").status_code == 303
    assert read(app_server, token, "/api/cases").status_code == 401
    page = admin.get("/admin/api-tokens").text
    assert "無効（" in page and token not in page  # never shown again


def test_the_old_single_token_still_works_but_no_longer_reads_restricted_cases(app_server, session_factory, admin):  # noqa: F811
    restricted, plain = a_case(session_factory, "benten", True), a_case(session_factory, "benten")
    legacy = app_server.settings.intake_api_token
    seen = listed(app_server, legacy, destination="benten")
    assert plain in seen and restricted not in seen
    assert "INTAKE_API_TOKEN の旧トークンがまだ有効です" in admin.get("/admin/api-tokens").text


def test_a_token_needs_a_name(admin):  # noqa: F811
    page = admin.post("/admin/api-tokens", data={"name": "  "})
    assert page.status_code == 400 and "名前" in page.text
