"""Staff accounts from the console: create with a one-time password, change role, reset, deactivate."""

from __future__ import annotations

import re
import uuid

import httpx
from sqlalchemy import select

from tests.workspace.admin.conftest import StaffClient
from workspace.audit.models import AuditLog
from workspace.staff import service as staff


def password_on(page: str) -> str:
    found = re.search(r"<code>([A-Za-z0-9-]{14})</code>", page)
    assert found, "no one-time password on the page"
    return found.group(1)


def logs_in(app_server, login: str, password: str) -> bool:
    with httpx.Client(base_url=app_server.url, follow_redirects=False) as client:
        form = client.get("/staff/login")
        nonce = re.search(r'name="nonce" value="([^"]+)"', form.text).group(1)
        response = client.post("/staff/login", data={"login": login, "password": password, "nonce": nonce})
        return response.status_code == 303 and response.headers["location"] == "/staff/queue"


def test_an_account_is_created_reset_moved_and_deactivated(admin, app_server, session_factory):
    login = f"new-{uuid.uuid4().hex[:6]}"
    created = admin.post(
        "/admin/staff",
        data={"login": login, "display_name": "弁天 新人", "role": "center_staff", "destination_id": "benten"},
    )
    assert created.status_code == 200 and "新しいパスワード" in created.text
    first_password = password_on(created.text)
    assert logs_in(app_server, login, first_password)
    with session_factory() as session:
        user_id = staff.get_by_login(session, login).id

    their_browser = StaffClient(app_server, session_factory, login)
    # The admin knows this password: the person must replace it before opening anything else.
    assert their_browser.get("/staff/queue").headers["location"] == "/staff/password?required=1"
    assert their_browser.get("/staff/password").status_code == 200
    moved = admin.post(
        f"/admin/staff/{user_id}",
        data={"display_name": "稲毛区 担当", "role": "ward_oversight", "destination_id": "ward_inage"},
    )
    assert moved.status_code == 303
    # What the account may see changed: its sessions end, it signs in again.
    assert their_browser.get("/staff/password").headers["location"].startswith("/staff/login")

    wrong = admin.post(
        f"/admin/staff/{user_id}", data={"display_name": "x", "role": "ward_oversight", "destination_id": "benten"}
    )
    assert wrong.status_code == 400 and "区の担当者の所属先は区役所" in wrong.text

    unconfirmed = admin.post(f"/admin/staff/{user_id}/password", data={"confirm": "false"})
    assert unconfirmed.status_code == 400
    reset = admin.post(f"/admin/staff/{user_id}/password", data={"confirm": "true"})
    second_password = password_on(reset.text)
    assert second_password != first_password
    assert not logs_in(app_server, login, first_password) and logs_in(app_server, login, second_password)
    with session_factory() as session:
        assert staff.get(session, user_id).must_change_password is True

    assert admin.post(f"/admin/staff/{user_id}/active", data={"active": "false"}).status_code == 303
    assert not logs_in(app_server, login, second_password)
    with session_factory() as session:
        user = staff.get(session, user_id)
        assert (user.active, user.role, user.destination_id) == (False, "ward_oversight", "ward_inage")
        actions = session.scalars(select(AuditLog.action).where(AuditLog.actor_label == admin.login)).all()
    assert {"staff.create", "staff.update", "staff.password_reset", "staff.deactivate"} <= set(actions)
    # Passwords are never in the audit log.
    with session_factory() as session:
        details = [str(d) for d in session.scalars(select(AuditLog.detail).where(AuditLog.actor_label == admin.login))]
    assert not any(first_password in d or second_password in d for d in details)


def test_an_admin_cannot_lock_themselves_out(admin, session_factory):
    with session_factory() as session:
        me = staff.get_by_login(session, admin.login)
    refused = admin.post(f"/admin/staff/{me.id}/active", data={"active": "false"})
    assert refused.status_code == 400 and "自分のアカウントは無効にできません" in refused.text
    demoted = admin.post(
        f"/admin/staff/{me.id}", data={"display_name": "x", "role": "center_staff", "destination_id": "benten"}
    )
    assert demoted.status_code == 400
    with session_factory() as session:
        assert staff.get(session, me.id).role == "admin" and staff.get(session, me.id).active


def test_an_admin_sees_a_locked_login_and_lifts_the_lock(admin, app_server, session_factory):
    login = f"locked-{uuid.uuid4().hex[:6]}"
    with session_factory.begin() as session:
        staff.create(session, login=login, password="the right password", role="center_staff", destination_id="benten")
    for _ in range(app_server.settings.login_max_failures_per_login):
        assert not logs_in(app_server, login, "a wrong guess")
    assert not logs_in(app_server, login, "the right password")
    page = admin.get("/admin/staff/locks")
    assert page.status_code == 200 and login in page.text
    lifted = admin.post("/admin/staff/locks/lift", data={"kind": "account", "key": login})
    assert lifted.status_code == 303
    assert login not in admin.get("/admin/staff/locks").text
    assert logs_in(app_server, login, "the right password")
    with session_factory() as session:
        assert session.scalars(
            select(AuditLog).where(AuditLog.action == "login.unlock", AuditLog.actor_label == admin.login)
        ).first()
    assert admin.post("/admin/staff/locks/lift", data={"kind": "everything", "key": login}).status_code == 400
