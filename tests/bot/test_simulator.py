"""The chat simulator in a real browser: with no LINE channel configured, a newcomer can talk to the bot."""

from __future__ import annotations


import pytest

from bot.conversation import copy
from core.settings import Settings
from tests.browser import ARTIFACTS, launch
from tests.support import ServerThread, free_port



@pytest.fixture
def simulator_server(isolated_database_url):
    from core.app import create_app

    port = free_port()
    settings = Settings(database_url=isolated_database_url, line_channel_secret="", line_channel_access_token="",
                        public_base_url=f"http://127.0.0.1:{port}", secret_key="simulator-test", log_json=False,
                        worker_poll_seconds=0.05)
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
        expect(page.locator(".bot .bubble").last).to_have_text(copy.ASK_HELPFUL, timeout=15000)  # an FAQ answer came first
        assert page.locator(".bot .bubble").count() >= 6
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "simulator.png"), full_page=True)

        page.locator("#quick button", has_text=copy.YES).click()
        expect(page.locator(".bot .bubble").last).to_have_text(copy.OFFER_HANDOFF["center"], timeout=15000)
        browser.close()
