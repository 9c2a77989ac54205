"""Staff's first week in a real browser (Debian's Chromium driven by Playwright), against the real app:
new cases noticed in a background tab, cases found again and reopened, the idle timeout with the
queue open, lockouts that say what to do and that an admin lifts, notification channels and their
log, a first password that must be changed, API tokens issued and revoked."""

from __future__ import annotations

import re
import secrets
import uuid
from datetime import timedelta

import httpx
from sqlalchemy import select

from bot.simulator import line_events
from cases import service as cases
from cases.models import Case
from core.db import transaction, utcnow
from tests.browser import ARTIFACTS, needs_chromium
from tests.browser import log_in as browser_log_in
from tests.support import wait_for
from tests.workspace.chat import chat_to_a_case
from tests.workspace.conftest import PASSWORD
from workspace.staff import service as staff
from workspace.staff.models import StaffSession, StaffUser

WORRY = "稲毛区小仲台2丁目でひとり暮らしの母が、最近物忘れがひどく、同じことを何度も電話してきます。病院に連れて行くべきか相談したいです。"
AGAIN = "先日相談した母のことで、また心配なことがあります。最近は夜に外へ出ていってしまいます。"
ADDRESS = "稲毛区小仲台2丁目"

pytestmark = needs_chromium

# The page is in a background tab (hidden, without focus); browser notifications are recorded as shown.
BACKGROUND_TAB = """
Object.defineProperty(document, "hidden", { get: () => true });
document.hasFocus = () => false;
window.__notes = [];
const Real = window.Notification;
function Recorded(title, options) { window.__notes.push({ title: title, body: options.body }); return new Real(title, options); }
Object.defineProperty(Recorded, "permission", { get: () => Real.permission });
Recorded.requestPermission = Real.requestPermission.bind(Real);
window.Notification = Recorded;
"""


def account(session_factory, role="center_staff", destination="konakadai", **kwargs) -> str:
    login = f"{role}-{uuid.uuid4().hex[:8]}"
    with transaction(session_factory) as session:
        staff.create(
            session,
            login=login,
            password=PASSWORD,
            role=role,
            destination_id=destination,
            display_name=kwargs.pop("display_name", login),
            **kwargs,
        )
    return login


def log_in(browser, base_url: str, login: str, then: str | None = None, **context):
    if not context:
        return browser_log_in(browser, base_url, login, PASSWORD, then)
    ctx = browser.new_context(base_url=base_url, locale="ja-JP", viewport={"width": 1280, "height": 900}, **context)
    page = ctx.new_page()
    page.goto("/staff/login")
    page.locator("input[name=login]").fill(login)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    page.wait_for_url("**/staff/queue")
    return page


def test_a_new_case_is_announced_in_a_background_tab(browser, app_server, resident, session_factory):
    login = account(session_factory)
    context = browser.new_context(base_url=app_server.url, locale="ja-JP", permissions=["notifications"])
    context.add_init_script(BACKGROUND_TAB)
    page = context.new_page()
    page.goto("/staff/login")
    page.locator("input[name=login]").fill(login)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    page.wait_for_url("**/staff/queue")
    assert page.locator("#notification-state").inner_text() == "デスクトップ通知：オン"
    page.get_by_label("音でも知らせる").check()
    page.wait_for_timeout(6000)  # the watcher has taken its first look

    chat_to_a_case(resident, WORRY, ADDRESS)
    with session_factory() as session:
        case = session.scalars(select(Case).where(Case.line_user_id == resident.user_id)).one()
    page.wait_for_function("() => window.__notes.length > 0", timeout=15_000)
    notes = page.evaluate("window.__notes")
    assert notes[0]["title"] == "あんしんケア相談：新しい相談" and case.number in notes[0]["body"]
    assert resident.user_id not in str(notes) and "物忘れ" not in str(notes)  # no personal data on screen
    assert re.match(r"^\(新規\d+・更新\d+\) 受付一覧", page.title())
    assert page.locator("html").get_attribute("data-last-sound")

    page.goto(f"/staff/cases/{case.id}")
    # No destination channel is set in the seed: the timeline says nothing was sent, not that it was.
    assert (
        "通知先が登録されていないため、担当先への通知は送られていません"
        in page.locator("li.k-notification").inner_text()
    )
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "workspace-notification.png"), full_page=True)
    context.close()


def test_a_closed_case_is_found_by_number_and_the_residents_new_case_links_to_it(
    browser, app_server, resident, session_factory
):
    login = account(session_factory)
    chat_to_a_case(resident, WORRY, ADDRESS)
    with transaction(session_factory) as session:
        first = session.scalars(select(Case).where(Case.line_user_id == resident.user_id)).one()
        closer = staff.get_by_login(session, login)
        cases.close(session, first, closer, "resolved", "")
        first_id, first_number = first.id, first.number
    page = log_in(browser, app_server.url, login)
    assert page.get_by_role("link", name=first_number).count() == 0  # the open queue
    page.get_by_label("受付番号").fill(first_number)
    page.get_by_label("受付番号").press("Enter")
    page.get_by_role("link", name=first_number).click()
    page.wait_for_url(f"**/staff/cases/{first_id}")

    chat_to_a_case(resident, AGAIN, ADDRESS)
    with session_factory() as session:
        second = session.scalars(select(Case).where(Case.line_user_id == resident.user_id, Case.id != first_id)).one()
    assert second.previous_case_id == first_id
    page.goto(f"/staff/cases/{second.id}")
    linked = page.locator("#linked-cases")
    assert first_number in linked.inner_text()
    linked.get_by_role("button", name=f"以前の相談 {first_number} を再開する").click()
    page.wait_for_url(f"**/staff/cases/{first_id}?done=reopen**")
    assert "この相談の終了後、同じ相談者から新しい相談" in page.locator("li.k-link").inner_text()
    with session_factory() as session:
        assert session.get(Case, first_id).status == "accepted"
    page.context.close()


def test_the_queue_pages_past_a_hundred_and_sorts_newest_first(browser, app_server, session_factory):
    with transaction(session_factory) as session:
        for n in range(101):
            cases.create(
                session,
                destination_id="chuo",
                line_user_id="U" + uuid.uuid4().hex,
                status="closed",
                created_at=utcnow() - timedelta(days=400, minutes=n),
            )
        newest = cases.create(session, destination_id="chuo", line_user_id="U" + uuid.uuid4().hex, status="closed")
    page = log_in(browser, app_server.url, account(session_factory, destination="chuo"))
    page.locator("select[name=status]").select_option("closed")
    page.locator("#search-sort").select_option("newest")
    page.get_by_role("button", name="絞り込む").click()
    page.wait_for_url("**sort=newest**")
    assert page.locator("#queue-rows tr").first.locator("a").inner_text() == newest.number
    page.get_by_role("link", name="次の100件").click()
    page.wait_for_url("**page=2**")
    assert page.locator("#queue-rows tr:not(.pager)").count() >= 1
    assert "2/" in page.locator("tr.pager").inner_text()
    page.context.close()


def test_an_unattended_queue_reaches_the_idle_timeout(browser, app_server, session_factory):
    login = account(session_factory)
    page = log_in(browser, app_server.url, login)
    with transaction(session_factory) as session:
        row = session.scalars(
            select(StaffSession)
            .join(StaffUser, StaffUser.id == StaffSession.user_id)
            .where(StaffUser.login == login, StaffSession.ended_at.is_(None))
        ).one()
        row.last_seen_at = utcnow() - timedelta(minutes=app_server.settings.staff_session_idle_minutes - 2)
        row_id, seen = row.id, row.last_seen_at
    page.wait_for_timeout(12_000)  # the queue's rows and the watcher have polled
    with session_factory() as session:
        assert session.get(StaffSession, row_id).last_seen_at == seen
    with transaction(session_factory) as session:
        session.get(StaffSession, row_id).last_seen_at = utcnow() - timedelta(
            minutes=app_server.settings.staff_session_idle_minutes + 1
        )
    page.wait_for_url("**/staff/login**", timeout=20_000)  # the page noticed on its own
    page.context.close()


def test_a_locked_out_person_is_told_what_to_do_and_an_admin_lifts_the_lock(browser, app_server, session_factory):
    login = account(session_factory)
    admin = log_in(browser, app_server.url, account(session_factory, role="admin", destination=None))
    context = browser.new_context(base_url=app_server.url, locale="ja-JP")
    page = context.new_page()
    try:
        for _ in range(app_server.settings.login_max_failures_per_login + 1):
            page.goto("/staff/login")
            page.locator("input[name=login]").fill(login)
            page.locator("input[name=password]").fill("not my password")
            page.locator("input[name=password]").press("Enter")
            page.wait_for_load_state()
        message = page.get_by_role("alert").inner_text()
        assert "ロックされています" in message and "管理者にロックの解除かパスワードの再発行を依頼" in message

        admin.goto("/admin/staff/locks")
        admin.get_by_role("button", name=f"{login} の制限を解除する").click()
        admin.wait_for_url("**done=lifted")
        assert login not in admin.locator("main").inner_text().replace("ロックを解除しました。", "")
    finally:
        with transaction(session_factory) as session:
            staff.lift_lock(session, "account", login)
    page.goto("/staff/login")
    page.locator("input[name=login]").fill(login)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    page.wait_for_url("**/staff/queue")
    context.close()
    admin.context.close()


def test_a_centers_line_group_is_linked_tested_and_logged(browser, app_server, resident, fake_line, session_factory):
    group = "C" + secrets.token_hex(16)
    resident.post(
        line_events._base(
            "join", "", reply_token=fake_line.issue_reply_token(group), source={"type": "group", "groupId": group}
        )
    )
    wait_for(lambda: fake_line.messages_for(group))  # the bot said in the group that it talks 1:1 only
    admin = log_in(
        browser, app_server.url, account(session_factory, role="admin", destination=None), then="/admin/directory/chuo"
    )
    try:
        admin.locator("#joined-group-list li", has_text=group).get_by_role("button", name="このグループを使う").click()
        assert admin.locator("#d-line").input_value() == group
        admin.get_by_role("button", name="保存する (S)").click()
        admin.wait_for_url("**done=saved")
        admin.get_by_role("button", name="テスト通知を送る").click()
        admin.wait_for_url("**done=test")
        wait_for(lambda: any("テスト通知です" in t for t in fake_line.texts_for(group)))
        admin.goto("/admin/notifications?destination=chuo")
        row = admin.locator("#notification-log tbody tr").first
        assert "テスト通知" in row.inner_text() and "LINE グループ" in row.inner_text()
        wait_for(
            lambda: admin.reload() or "届いた" in admin.locator("#notification-log tbody tr").first.inner_text(),
            timeout=20,
        )
    finally:
        with transaction(session_factory) as session:
            from routing.models import Destination

            session.get(Destination, "chuo").notify_line_group_id = None
    admin.context.close()


def test_a_first_password_is_changed_before_anything_else(browser, app_server, session_factory):
    admin = log_in(
        browser, app_server.url, account(session_factory, role="admin", destination=None), then="/admin/staff"
    )
    login = f"new-{uuid.uuid4().hex[:6]}"
    admin.locator("#s-login").fill(login)
    admin.locator("#s-name").fill("小仲台 新人")
    admin.locator("select[name=role]").select_option("center_staff")
    admin.locator("select[name=destination_id]").select_option("konakadai")
    admin.get_by_role("button", name="作る").click()
    password = re.search(r"<code>([A-Za-z0-9-]{14})</code>", admin.content()).group(1)

    context = browser.new_context(base_url=app_server.url, locale="ja-JP")
    page = context.new_page()
    page.goto("/staff/login")
    page.locator("input[name=login]").fill(login)
    page.locator("input[name=password]").fill(password)
    page.locator("input[name=password]").press("Enter")
    page.wait_for_url("**/staff/password?required=1")
    assert "ご自分だけが知るパスワードに変更してください" in page.locator("#password-required").inner_text()
    page.goto("/staff/queue")
    page.wait_for_url("**/staff/password?required=1")
    page.locator("#current").fill(password)
    page.locator("#new").fill("my very own secret")
    page.locator("#confirm").fill("my very own secret")
    page.get_by_role("button", name="変更する").click()
    page.wait_for_url("**/staff/queue?notice=password_changed")
    context.close()
    admin.context.close()


def test_an_api_token_is_issued_once_scoped_and_revoked(browser, app_server, session_factory):
    with transaction(session_factory) as session:
        restricted = cases.create(
            session, destination_id="benten", line_user_id="U" + uuid.uuid4().hex, restricted=True, topics=["abuse"]
        ).id
    admin = log_in(
        browser, app_server.url, account(session_factory, role="admin", destination=None), then="/admin/api-tokens"
    )
    name = f"弁天の記録-{uuid.uuid4().hex[:4]}"
    admin.locator("#t-name").fill(name)
    admin.locator("#t-destination").select_option("benten")
    admin.get_by_role("button", name="発行する").click()
    token = admin.locator("#new-token code").first.inner_text()
    auth = {"Authorization": f"Bearer {token}"}
    assert httpx.get(f"{app_server.url}/api/cases/{restricted}", headers=auth).status_code == 404
    assert httpx.get(f"{app_server.url}/api/cases?destination=benten", headers=auth).status_code == 200
    admin.goto("/admin/api-tokens")
    assert token not in admin.content()
    admin.get_by_role("button", name=f"「{name}」を無効にする").click()
    admin.wait_for_url("**done=revoked")
    assert httpx.get(f"{app_server.url}/api/cases", headers=auth).status_code == 401
    admin.context.close()
