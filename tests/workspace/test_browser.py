"""The workspace in a real browser (Debian's Chromium driven by Playwright), against the real app.

A resident chats through signed webhooks; staff log in, watch the case arrive in the queue without
reloading, open it, reply (the fake Messaging API receives the push), note, transfer; the receiving
center closes it with a reason and tells the resident; staff of other centers get 404 on its URL.
"""

from __future__ import annotations

import uuid

import httpx
import pytest
from sqlalchemy import select

from bot.conversation import copy as bot_copy
from cases.models import Case, CaseEntry
from core.db import transaction
from tests.browser import ARTIFACTS, needs_chromium
from tests.browser import log_in as browser_log_in
from tests.support import wait_for
from tests.workspace.chat import chat_to_a_case
from tests.workspace.conftest import PASSWORD
from workspace.staff import service as staff

WORRY = "稲毛区小仲台2丁目でひとり暮らしの母が、最近物忘れがひどく、同じことを何度も電話してきます。病院に連れて行くべきか相談したいです。"
ADDRESS = "稲毛区小仲台2丁目"

pytestmark = needs_chromium


@pytest.fixture
def people(session_factory):
    tag = uuid.uuid4().hex[:6]
    accounts = {
        "konakadai": ("center_staff", "konakadai", "小仲台 田中"),
        "konakadai2": ("center_staff", "konakadai", "小仲台 鈴木"),
        "benten": ("center_staff", "benten", "弁天 佐藤"),
        "chuo": ("center_staff", "chuo", "中央 伊藤"),
    }
    logins = {}
    with transaction(session_factory) as session:
        for key, (role, destination, name) in accounts.items():
            logins[key] = staff.create(
                session,
                login=f"{key}-{tag}",
                password=PASSWORD,
                role=role,
                destination_id=destination,
                display_name=name,
            ).login
    return logins


def log_in(browser, base_url: str, login: str):
    return browser_log_in(browser, base_url, login, PASSWORD)


def case_of(session_factory, user_id: str) -> Case:
    with session_factory() as session:
        return session.scalars(select(Case).where(Case.line_user_id == user_id)).one()


def test_a_case_from_line_to_closed_in_the_browser(browser, app_server, resident, fake_line, session_factory, people):
    ARTIFACTS.mkdir(exist_ok=True)
    page = log_in(browser, app_server.url, people["konakadai"])
    assert page.locator("footer").inner_text().strip() == "住所データ：Geolonia 住所データ（CC BY 4.0）"

    chat_to_a_case(resident, WORRY, ADDRESS)
    case = case_of(session_factory, resident.user_id)
    assert case.destination_id == "konakadai", f"the router sent the case to {case.destination_id}"
    resident.say("<img src=x onerror=alert(1)>追加で、薬の飲み忘れもあります")

    # The queue polls its rows: the case shows up without a reload.
    link = page.get_by_role("link", name=case.number)
    link.wait_for(timeout=25_000)
    page.screenshot(path=str(ARTIFACTS / "workspace-queue.png"), full_page=True)
    link.click()
    page.wait_for_url(f"**/staff/cases/{case.id}")
    timeline = page.locator("ol.entries")
    assert "<img src=x onerror=alert(1)>追加で" in timeline.inner_text()  # shown as text, not markup
    assert page.locator("ol.entries img").count() == 0

    page.get_by_role("button", name="受付する (A)").click()
    page.wait_for_url("**done=accept**")

    reply = "小仲台センターの田中です。明日の午前中にお電話してもよろしいでしょうか。"
    page.locator("#reply-body").fill(reply)
    page.get_by_role("button", name="返信を送る").click()
    page.wait_for_url("**done=reply**")
    wait_for(lambda: reply in resident.texts())
    page.reload()
    assert "送信済み" in page.locator("li.k-staff_reply").inner_text()

    page.locator("#note-body").fill("長女と電話。来週訪問予定。")
    page.get_by_role("button", name="メモを追加").click()
    page.wait_for_url("**done=note**")
    assert "長女と電話。来週訪問予定。" in page.locator("li.k-note").inner_text()

    # Another center's staff cannot open the case, whatever URL they type.
    other = log_in(browser, app_server.url, people["chuo"])
    assert other.goto(f"/staff/cases/{case.id}").status == 404
    other.context.close()

    page.locator("summary", has_text="ほかの担当先へ移管する").click()
    page.locator("#transfer-to").select_option("benten")
    page.locator("#transfer-reason").fill("本人は弁天の長女宅に転居済みと判明")
    page.get_by_role("button", name="移管する").click()
    page.wait_for_url("**/staff/queue?notice=transferred")
    assert page.goto(f"/staff/cases/{case.id}").status == 404  # no longer theirs

    receiver = log_in(browser, app_server.url, people["benten"])
    receiver.get_by_role("link", name=case.number).click()
    assert "本人は弁天の長女宅に転居済みと判明" in receiver.locator("li.k-transfer").inner_text()
    receiver.locator("summary", has_text="相談を終了する").click()
    receiver.locator("#close-reason").select_option("referred")
    receiver.locator("#close-text").fill("弁天で継続")
    receiver.get_by_label("相談者に終了を知らせる").check()
    receiver.get_by_role("button", name="終了する").click()
    receiver.wait_for_url("**done=close**")
    receiver.screenshot(path=str(ARTIFACTS / "workspace-case.png"), full_page=True)
    wait_for(lambda: bot_copy.CASE_CLOSED_NOTICE.format(number=case.number) in resident.texts())

    with session_factory() as session:
        stored = session.get(Case, case.id)
        kinds = session.scalars(select(CaseEntry.kind).where(CaseEntry.case_id == case.id)).all()
    assert (stored.status, stored.close_reason, stored.destination_id) == ("closed", "referred", "benten")
    assert {"resident_message", "staff_reply", "note", "transfer", "status", "view"} <= set(kinds)
    page.context.close()
    receiver.context.close()


def test_security_headers_and_cookie_flags_on_the_login(app_server):
    response = httpx.get(f"{app_server.url}/staff/login")
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    assert response.headers["referrer-policy"]
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
