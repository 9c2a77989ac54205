"""The chat simulator in a real browser: with no LINE channel configured, a newcomer can talk to the bot."""

from __future__ import annotations

import pytest

from bot.conversation import copy
from core.settings import Settings
from tests.browser import ARTIFACTS, launch
from tests.support import ServerThread, free_port


@pytest.fixture
def simulator_server(isolated_database_url):
    from app.web import create_app

    port = free_port()
    settings = Settings(
        database_url=isolated_database_url,
        line_channel_secret="",
        line_channel_access_token="",
        public_base_url=f"http://127.0.0.1:{port}",
        secret_key="simulator-test",
        log_json=False,
        worker_poll_seconds=0.05,
    )
    assert settings.simulator_enabled
    server = ServerThread(create_app(settings), port=port).start()
    yield server
    server.stop()


def test_simulator_greets_on_follow_and_answers_a_typed_worry(simulator_server):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page()
        page.goto(f"{simulator_server.url}/simulator")
        page.get_by_role("button", name="友だち追加").click()
        expect(page.locator(".bot .bubble").first).to_have_text(copy.WELCOME, timeout=15000)
        expect(page.locator("#quick button").first).to_have_text("物忘れ・認知症")

        page.locator("#text").fill("介護保険の申請のしかたを教えてください")
        page.keyboard.press("Enter")
        expect(page.locator(".me .bubble").last).to_have_text("介護保険の申請のしかたを教えてください")
        expect(page.locator(".bot .bubble").last).to_have_text(
            copy.OFFER_HANDOFF["center"], timeout=15000
        )  # after the FAQ answer
        assert page.locator(".bot .bubble").count() >= 4  # the welcome (2), the answer, the offer
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "simulator.png"), full_page=True)

        page.locator("#quick button", has_text=copy.NO_NEED).click()
        expect(page.locator(".bot .bubble").last).to_have_text(copy.GOODBYE, timeout=15000)
        browser.close()


def test_the_rich_menu_under_the_chat_is_tappable_and_a_found_center_shows_as_a_card(simulator_server):
    from PIL import Image
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": 480, "height": 1000})
        page.goto(f"{simulator_server.url}/simulator")
        menu = page.locator("#richmenu")
        expect(menu.locator("img")).to_have_attribute("alt", "相談する・よくある質問・センターをさがす・急いでいるとき")
        page.wait_for_function("document.querySelector('#richmenu img').naturalWidth === 2500")

        menu.get_by_role("button", name=copy.RICHMENU_URGENT).click()
        expect(page.locator(".me .bubble").last).to_have_text(copy.RICHMENU_URGENT)
        expect(page.locator(".bot .bubble", has_text="0120-279-338")).to_be_visible(timeout=15000)

        menu.get_by_role("button", name=copy.RICHMENU_FIND).click()
        expect(page.locator(".bot .bubble").last).to_have_text(copy.FIND_ASK, timeout=15000)
        page.locator("#text").fill("稲毛区小仲台2丁目")
        page.keyboard.press("Enter")
        card = page.locator(".flex").last
        expect(card).to_contain_text("千葉市あんしんケアセンター小仲台", timeout=15000)
        expect(card.get_by_role("link", name=copy.FIND_CARD_MAP)).to_have_attribute("href", re_maps())
        expect(card.get_by_role("link", name=copy.FIND_CARD_CALL)).to_have_attribute("href", "tel:0432454894")

        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / "simulator-richmenu.png"
        page.screenshot(path=str(shot))
        browser.close()

    # The screenshot shows the menu as drawn: its urgent area's dark red, and a card's blue call button.
    image = Image.open(shot).convert("RGB")
    colours = set(image.getdata())
    assert (176, 0, 32) in colours  # 急いでいるとき (bot/richmenu/render.py URGENT_PAPER)
    assert (11, 83, 148) in colours  # the card's primary button (cards.ACCENT)


def re_maps():
    import re

    return re.compile(r"^https://www\.google\.com/maps/search/\?api=1&query=")


def test_a_menu_applied_to_the_simulator_is_the_one_its_page_shows(simulator_server):
    import httpx

    from bot.richmenu.apply import apply_rich_menu
    from bot.richmenu.render import render_png

    base = f"{simulator_server.url}/simulator/line-api"
    applied = apply_rich_menu(base, f"{base}/api-data", "simulator-access-token")
    shown = httpx.get(f"{simulator_server.url}/simulator/richmenu").json()
    assert shown["name"] == applied.name and shown["chatBarText"] == copy.RICHMENU_CHAT_BAR
    assert httpx.get(f"{simulator_server.url}/simulator/richmenu.png").content == render_png()
