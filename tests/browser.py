"""Debian's Chromium driven by Playwright, and signing in to the workspace with the keyboard only."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = os.environ.get("INTAKE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
needs_chromium = pytest.mark.skipif(not shutil.which(CHROMIUM), reason="Chromium is not installed (make browser)")


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def log_in(browser, base_url: str, login: str, password: str, then: str | None = None):
    """A fresh browser context signed in with the keyboard only, then at the page `then`."""
    from playwright.sync_api import expect

    context = browser.new_context(base_url=base_url, locale="ja-JP", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto("/staff/queue")
    page.wait_for_url("**/staff/login**")
    expect(page.locator("input[name=login]")).to_be_focused()  # typing before autofocus lands loses keys
    page.keyboard.type(login)
    page.keyboard.press("Tab")
    page.keyboard.type(password)
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: urlparse(url).path == "/staff/queue")
    if then:
        page.goto(then)
    return page
