"""The center directory against the real app: a phone entered by the admin is what the bot gives at handoff;
towns move between centers only when every 町丁目 keeps exactly one center; every edit is audited."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from bot.conversation import copy
from cases.models import Case
from core.db import transaction
from routing.models import Destination, Town
from routing.service import CoverageCode, CoverageProblem
from tests.browser import ARTIFACTS, needs_chromium
from tests.support import LineUserSim, wait_for
from tests.workspace.admin.conftest import log_in, new_account
from tests.workspace.chat import chat_to_a_case
from workspace.admin.directory import service as directory
from workspace.audit.models import AuditLog

# Not a real number of any center: entered only into the test database.
TEST_PHONE = "043-300-1234"
WORRY = "若葉区千城台北1丁目に住む父が、最近物忘れがひどくなり、同じことを何度も聞いてきます。相談したいです。"
ADDRESS = "若葉区千城台北1丁目"


@pytest.fixture
def restore_destination(session_factory):
    """The destinations a test edits on the shared database get their contact fields back."""
    saved: dict[str, dict] = {}

    def remember(destination_id: str) -> None:
        with session_factory() as session:
            d = session.get(Destination, destination_id)
            saved[destination_id] = {f: getattr(d, f) for f in directory.EDITABLE_FIELDS}

    yield remember
    with transaction(session_factory) as session:
        for destination_id, values in saved.items():
            d = session.get(Destination, destination_id)
            for field, value in values.items():
                setattr(d, field, value)


def last_audit(session_factory, action: str) -> AuditLog:
    with session_factory() as session:
        return session.scalars(
            select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id.desc()).limit(1)
        ).one()


@needs_chromium
def test_a_phone_entered_in_the_browser_is_in_the_bots_handoff_message(
    browser, app_server, resident, session_factory, restore_destination
):
    from playwright.sync_api import expect

    restore_destination("chishirodai")
    admin_login = new_account(session_factory, "admin")
    page = log_in(browser, app_server.url, admin_login, "/admin/directory")
    missing = page.locator("#missing-phone-warning")
    expect(missing).to_contain_text("あんしんケアセンター千城台")
    expect(page.locator("#sources + table")).to_contain_text("Geolonia 住所データ")
    expect(page.locator("#sources + table")).to_contain_text("CC BY 4.0")
    expect(page.locator(".attribution")).to_contain_text("Geolonia")
    page.screenshot(path=str(ARTIFACTS / "admin-directory.png"), full_page=True)

    page.get_by_role("link", name="千葉市あんしんケアセンター千城台").first.click()
    page.wait_for_url("**/admin/directory/chishirodai")
    expect(page.locator("#bot-says")).to_contain_text("準備中")  # the verified fallback, until a phone is known
    page.locator("#d-phone").fill(TEST_PHONE)
    page.locator("#d-hours").fill("平日 8:30〜17:30")
    page.locator("#d-phone").press("Enter")
    page.wait_for_url("**done=saved**")
    expect(page.locator("#bot-says")).to_contain_text(f"連絡先：{TEST_PHONE}（平日 8:30〜17:30）")
    page.context.close()

    texts = chat_to_a_case(resident, WORRY, ADDRESS)
    with session_factory() as session:
        case = session.scalars(select(Case).where(Case.line_user_id == resident.user_id)).one()
    assert case.destination_id == "chishirodai"
    assert copy.CONTACT_LINE.format(contact=f"{TEST_PHONE}（平日 8:30〜17:30）") in texts

    audit = last_audit(session_factory, "directory.update")
    assert audit.actor_label == admin_login and audit.detail["destination_id"] == "chishirodai"
    assert audit.detail["changes"]["phone"] == [None, TEST_PHONE]


def test_a_malformed_phone_is_refused_and_nothing_changes(admin, session_factory):
    response = admin.post(
        "/admin/directory/chishirodai",
        data={"name": "千葉市あんしんケアセンター千城台", "short_name": "x", "phone": "12-34"},
    )
    assert response.status_code == 400 and "電話番号の形が正しくありません" in response.text
    with session_factory() as session:
        assert session.get(Destination, "chishirodai").short_name != "x"


def test_a_town_moves_to_another_center_and_the_next_case_follows_it(admin, app_server, fake_line, session_factory):
    with session_factory() as session:
        town = session.scalars(
            select(Town).where(Town.ward == "若葉区", Town.town == "千城台北", Town.chome == 1)
        ).one()
        other = next(c for c in directory.centers(session, "若葉区") if c.id != town.center_id)
        original = town.center_id
    page = admin.get(f"/admin/directory/{original}").text
    assert "千城台北1丁目" in page and "すべての町丁目に、担当センターが1つずつ決まっています" in page
    try:
        moved = admin.post(f"/admin/directory/towns/{town.id}", data={"center_id": other.id})
        assert moved.status_code == 303
        assert "千城台北1丁目" in admin.get(f"/admin/directory/{other.id}").text
        audit = last_audit(session_factory, "directory.town")
        assert audit.detail == {
            "town_id": town.id,
            "place": "若葉区千城台北1丁目",
            "from_center": original,
            "to_center": other.id,
        }

        # The bot's router notices within seconds: a new resident's case goes to the new center.
        resident = LineUserSim(app_server.url, fake_line)
        wait_for(lambda: running_router(app_server).resolve(ADDRESS).center_id == other.id, timeout=15)
        chat_to_a_case(resident, WORRY, ADDRESS)
        with session_factory() as session:
            case = session.scalars(select(Case).where(Case.line_user_id == resident.user_id)).one()
        assert case.destination_id == other.id

        wrong_ward = next(c for c in session_centers(session_factory) if c.ward != "若葉区")
        refused = admin.post(f"/admin/directory/towns/{town.id}", data={"center_id": wrong_ward.id})
        assert refused.status_code == 400 and "若葉区のセンターを選んでください" in refused.text
    finally:
        with transaction(session_factory) as session:
            session.get(Town, town.id).center_id = original


def test_moving_a_centers_last_town_away_is_refused(admin, session_factory):
    with transaction(session_factory) as session:
        counts = directory.town_counts(session)
        center = min((c for c in directory.centers(session)), key=lambda c: counts.get(c.id, 0))
        towns = directory.towns_of(session, center.id)
        other = next(c for c in directory.centers(session, center.ward) if c.id != center.id)
        keep, last = towns[:-1], towns[-1]
        moved = [t.id for t in keep]
        for t in keep:
            t.center_id = other.id
    try:
        refused = admin.post(f"/admin/directory/towns/{last.id}", data={"center_id": other.id})
        assert refused.status_code == 400 and "担当地域がありません" in refused.text
        with session_factory() as session:
            assert session.get(Town, last.id).center_id == center.id
    finally:
        with transaction(session_factory) as session:
            for town_id in moved:
                session.get(Town, town_id).center_id = center.id


def session_centers(session_factory):
    with session_factory() as session:
        return directory.centers(session)


def running_router(app_server):
    app = app_server.server.config.loaded_app
    while not hasattr(app, "state"):
        app = app.app
    return app.state.runtime.conversation.deps.router


@pytest.mark.parametrize("code", list(CoverageCode))
def test_every_coverage_problem_is_said_in_japanese_from_its_code_and_data(code):
    problem = CoverageProblem(code, place="中央区要町2丁目", center_id="chuo", rows=2, ward="稲毛区")
    said = directory.in_japanese(problem)
    assert said != str(problem)
    assert not re.search(r"\b(?:rows|center|belongs|inactive|overlap|must|None)\b", said), said
    assert ("中央区要町2丁目" in said) == (code not in (CoverageCode.NO_TOWNS, CoverageCode.CENTER_WITHOUT_TOWNS))


def test_a_center_of_another_ward_is_named_with_its_ward():
    problem = CoverageProblem(CoverageCode.CENTER_IN_OTHER_WARD, place="中央区要町", center_id="tendai", ward="稲毛区")
    assert directory.in_japanese(problem) == "中央区要町：担当センター「tendai」は稲毛区のセンターです。"
