"""Fixtures of the admin console's tests: an admin (and other staff) signed in over HTTP or in Chromium."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest

from core.db import transaction
from tests.workspace.conftest import PASSWORD
from workspace.staff import service as staff
from workspace.staff.auth import SESSION_COOKIE, sign_session_token

CHROMIUM = os.environ.get("INTAKE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
needs_chromium = pytest.mark.skipif(not shutil.which(CHROMIUM), reason="Chromium is not installed (make browser)")


def new_account(session_factory, role: str = "admin", destination_id: str | None = None, **kwargs) -> str:
    """A fresh account on the shared database; returns its login."""
    login = f"{role}-{uuid.uuid4().hex[:8]}"
    with transaction(session_factory) as session:
        staff.create(session, login=login, password=PASSWORD, role=role, destination_id=destination_id,
                     display_name=kwargs.pop("display_name", login), **kwargs)
    return login


class StaffClient:
    """A signed-in staff member talking to the real app over HTTP (with their CSRF token)."""

    def __init__(self, app_server, session_factory, login: str):
        with transaction(session_factory) as session:
            token, row = staff.start_session(session, staff.get_by_login(session, login))
        self.csrf = row.csrf_token
        self.login = login
        self.http = httpx.Client(base_url=app_server.url, follow_redirects=False, timeout=30,
                                 headers={"Accept": "text/html"})
        self.http.cookies.set(SESSION_COOKIE, sign_session_token(app_server.settings.secret_key, token),
                              domain="127.0.0.1")

    def get(self, path: str, **kwargs) -> httpx.Response:
        return self.http.get(path, **kwargs)

    def post(self, path: str, data: dict | None = None, **kwargs) -> httpx.Response:
        return self.http.post(path, data={"csrf_token": self.csrf, **(data or {})}, **kwargs)


@pytest.fixture
def admin(app_server, session_factory):
    client = StaffClient(app_server, session_factory, new_account(session_factory, "admin"))
    yield client
    client.http.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def log_in(browser, base_url: str, login: str, then: str):
    """A fresh browser context signed in with the keyboard only, then at the page `then`."""
    context = browser.new_context(base_url=base_url, locale="ja-JP", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto("/staff/login")
    page.keyboard.type(login)  # the login field has the focus
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: urlparse(url).path == "/staff/queue")
    page.goto(then)
    return page
