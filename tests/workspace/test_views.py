"""Signing in and out over real HTTP against the real app: cookies, fixation, expiry, escaping."""

from __future__ import annotations

import re
import uuid

import httpx
import pytest
from sqlalchemy import select

from cases import service as cases
from core.db import transaction
from tests.workspace.conftest import PASSWORD
from workspace.audit.models import AuditLog
from workspace.staff import service as staff
from workspace.staff.auth import SESSION_COOKIE


@pytest.fixture
def account(session_factory):
    login = f"view-{uuid.uuid4().hex[:8]}"
    with transaction(session_factory) as session:
        staff.create(
            session,
            login=login,
            password=PASSWORD,
            role="center_staff",
            destination_id="benten",
            display_name="<b>弁天</b> 職員",
        )
    return login


def sign_in(client: httpx.Client, login: str, password: str = PASSWORD) -> httpx.Response:
    form = client.get("/staff/login")
    nonce = re.search(r'name="nonce" value="([^"]+)"', form.text).group(1)
    return client.post("/staff/login", data={"login": login, "password": password, "nonce": nonce})


def csrf_of(page: httpx.Response) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


def client(app_server) -> httpx.Client:
    return httpx.Client(base_url=app_server.url, follow_redirects=False, timeout=15)


def test_login_sets_a_new_httponly_lax_session_cookie_and_rotates_it(app_server, account):
    with client(app_server) as browser:
        browser.cookies.set(SESSION_COOKIE, "planted-by-an-attacker", domain="127.0.0.1")
        response = sign_in(browser, account)
        assert response.status_code == 303 and response.headers["location"] == "/staff/queue"
        cookie = response.headers["set-cookie"]
        assert "HttpOnly" in cookie and "samesite=lax" in cookie.lower() and "Secure" not in cookie
        first = browser.cookies[SESSION_COOKIE]
        assert first != "planted-by-an-attacker"
        sign_in(browser, account)
        assert browser.cookies[SESSION_COOKIE] != first
        browser.cookies.set(SESSION_COOKIE, first, domain="127.0.0.1")
        assert browser.get("/staff/queue").status_code == 303  # the earlier session ended at the new login


def test_logout_really_ends_the_session(app_server, account):
    with client(app_server) as browser:
        sign_in(browser, account)
        cookie = browser.cookies[SESSION_COOKIE]
        queue = browser.get("/staff/queue")
        assert queue.status_code == 200
        assert browser.post("/staff/logout", data={"csrf_token": csrf_of(queue)}).status_code == 303
    with client(app_server) as replay:
        replay.cookies.set(SESSION_COOKIE, cookie, domain="127.0.0.1")
        assert replay.get("/staff/queue").headers["location"].startswith("/staff/login")


def test_wrong_password_is_a_generic_error_and_is_audited(app_server, account, session_factory):
    with client(app_server) as browser:
        response = sign_in(browser, account, "not the password")
    assert response.status_code == 400 and "ログインIDまたはパスワードが違います" in response.text
    with session_factory() as session:
        assert session.scalars(
            select(AuditLog).where(AuditLog.action == "login.failed", AuditLog.actor_label == account)
        ).first()


def test_login_without_the_forms_token_is_refused(app_server, account):
    with client(app_server) as browser:
        response = browser.post("/staff/login", data={"login": account, "password": PASSWORD, "nonce": "x"})
    assert response.status_code == 400 and SESSION_COOKIE not in response.headers.get("set-cookie", "")


def test_login_does_not_redirect_off_site(app_server, account):
    with client(app_server) as browser:
        form = browser.get("/staff/login")
        nonce = re.search(r'name="nonce" value="([^"]+)"', form.text).group(1)
        response = browser.post(
            "/staff/login",
            data={"login": account, "password": PASSWORD, "nonce": nonce, "next": "//evil.example/staff/"},
        )
    assert response.headers["location"] == "/staff/queue"


def test_password_change_through_the_form(app_server, account):
    with client(app_server) as browser:
        sign_in(browser, account)
        form = browser.get("/staff/password")
        response = browser.post(
            "/staff/password",
            data={
                "csrf_token": csrf_of(form),
                "current": PASSWORD,
                "new": "another long secret",
                "confirm": "another long secret",
            },
        )
        assert response.status_code == 303
    with client(app_server) as browser:
        assert sign_in(browser, account, "another long secret").status_code == 303


def test_names_and_messages_with_html_are_escaped(app_server, account, session_factory):
    with transaction(session_factory) as session:
        case = cases.create(
            session,
            destination_id="benten",
            line_user_id="U" + uuid.uuid4().hex,
            contact_name="<script>alert('name')</script>",
        )
        cases.add_entry(session, case, "resident_message", "<b onmouseover=alert(1)>母</b>")
    with client(app_server) as browser:
        sign_in(browser, account)
        page = browser.get(f"/staff/cases/{case.id}")
    assert page.status_code == 200
    assert "<script>alert('name')</script>" not in page.text and "&lt;script&gt;" in page.text
    assert "<b onmouseover" not in page.text and "&lt;b onmouseover=alert(1)&gt;" in page.text
    assert "<b>弁天</b>" not in page.text  # the staff member's own name too


def test_viewing_a_case_is_audited_with_the_address(app_server, account, session_factory):
    with transaction(session_factory) as session:
        case = cases.create(session, destination_id="benten", line_user_id="U" + uuid.uuid4().hex)
    with client(app_server) as browser:
        sign_in(browser, account)
        browser.get(f"/staff/cases/{case.id}")
    with session_factory() as session:
        row = session.scalars(select(AuditLog).where(AuditLog.case_id == case.id, AuditLog.action == "case.view")).one()
    assert row.actor_label == account and row.ip == "127.0.0.1"


def test_queue_rows_fragment_needs_a_session_and_does_not_redirect(app_server):
    with client(app_server) as browser:
        assert browser.get("/staff/queue/rows").status_code == 401


def test_the_bots_safety_alarm_and_the_intake_are_shown_on_the_case(app_server, account, session_factory):
    reason = "死にたい気持ち（危機）：希死念慮の訴え"
    with transaction(session_factory) as session:
        case = cases.create(
            session,
            destination_id="benten",
            line_user_id="U" + uuid.uuid4().hex,
            urgency="urgent",
            triage={"urgency": "urgent", "safety": {"family": "crisis", "level": "crisis", "reason": reason}},
        )
        cases.add_entry(session, case, "bot_message", "FAQ の答え", data={"faq": "caregiver-exhausted"})
        cases.add_entry(
            session, case, "intake_choice", "担当のあんしんケアセンターに相談しますか？ → センターに相談したい"
        )
        cases.add_entry(session, case, "safety", reason, data={"family": "crisis"})
    with client(app_server) as browser:
        sign_in(browser, account)
        page = browser.get(f"/staff/cases/{case.id}")
    assert page.status_code == 200
    assert 'id="safety-reason"' in page.text and reason in page.text
    assert "ボットでの選択" in page.text and "安全の確認" in page.text and "FAQ の答え" in page.text


def test_a_locked_out_person_is_told_until_when_and_what_to_do(app_server, account, session_factory):
    try:
        with client(app_server) as browser:
            for _ in range(app_server.settings.login_max_failures_per_login):
                assert sign_in(browser, account, "not the password").status_code == 400
            refused = sign_in(browser, account)
        assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 60
        text = refused.text
        assert "ごろまでロックされています" in text and "管理者にロックの解除かパスワードの再発行を依頼" in text
    finally:
        with transaction(session_factory) as session:
            staff.lift_lock(session, "account", account)
    with client(app_server) as browser:
        assert sign_in(browser, account).status_code == 303


def test_a_password_set_by_an_admin_must_be_changed_before_anything_else(app_server, account, session_factory):
    with transaction(session_factory) as session:
        staff.get_by_login(session, account).must_change_password = True
    with client(app_server) as browser:
        assert sign_in(browser, account).headers["location"] == "/staff/queue"
        queue = browser.get("/staff/queue")
        assert queue.status_code == 303 and queue.headers["location"] == "/staff/password?required=1"
        assert browser.get("/staff/queue/rows").status_code == 303
        form = browser.get("/staff/password?required=1")
        assert "ご自分だけが知るパスワードに変更してください" in form.text
        changed = browser.post(
            "/staff/password",
            data={
                "csrf_token": csrf_of(form),
                "current": PASSWORD,
                "new": "my own new secret",
                "confirm": "my own new secret",
            },
        )
        assert changed.status_code == 303
        assert browser.get("/staff/queue").status_code == 200
    with session_factory() as session:
        assert staff.get_by_login(session, account).must_change_password is False


def test_the_queue_poll_does_not_count_as_activity_but_opening_a_page_does(app_server, account, session_factory):
    from datetime import timedelta

    from core.db import utcnow
    from workspace.staff.models import StaffSession

    with client(app_server) as browser:
        sign_in(browser, account)
        with transaction(session_factory) as session:
            row = session.scalars(
                select(StaffSession)
                .join(staff.StaffUser, staff.StaffUser.id == StaffSession.user_id)
                .where(staff.StaffUser.login == account, StaffSession.ended_at.is_(None))
            ).one()
            row.last_seen_at = utcnow() - timedelta(minutes=20)
            row_id, before = row.id, row.last_seen_at
        assert browser.get("/staff/queue/rows").status_code == 200
        with session_factory() as session:
            assert session.get(StaffSession, row_id).last_seen_at == before
        assert browser.get("/staff/queue").status_code == 200
        with session_factory() as session:
            assert session.get(StaffSession, row_id).last_seen_at > before
        with transaction(session_factory) as session:
            session.get(StaffSession, row_id).last_seen_at = utcnow() - timedelta(
                minutes=app_server.settings.staff_session_idle_minutes + 1
            )
        assert browser.get("/staff/queue/rows").status_code == 401
