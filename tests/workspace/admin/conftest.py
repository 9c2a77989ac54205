"""Fixtures of the admin console's tests: an admin (and other staff) signed in over HTTP or in Chromium."""

from __future__ import annotations

import uuid

import httpx
import pytest

from core.db import transaction
from tests.browser import log_in as browser_log_in
from tests.workspace.conftest import PASSWORD
from workspace.staff import service as staff
from workspace.staff.auth import SESSION_COOKIE, sign_session_token


def new_account(session_factory, role: str = "admin", destination_id: str | None = None, **kwargs) -> str:
    """A fresh account on the shared database; returns its login."""
    login = f"{role}-{uuid.uuid4().hex[:8]}"
    with transaction(session_factory) as session:
        staff.create(
            session,
            login=login,
            password=PASSWORD,
            role=role,
            destination_id=destination_id,
            display_name=kwargs.pop("display_name", login),
            **kwargs,
        )
    return login


class StaffClient:
    """A signed-in staff member talking to the real app over HTTP (with their CSRF token)."""

    def __init__(self, app_server, session_factory, login: str):
        with transaction(session_factory) as session:
            token, row = staff.start_session(session, staff.get_by_login(session, login))
        self.csrf = row.csrf_token
        self.login = login
        self.http = httpx.Client(
            base_url=app_server.url, follow_redirects=False, timeout=30, headers={"Accept": "text/html"}
        )
        self.http.cookies.set(
            SESSION_COOKIE, sign_session_token(app_server.settings.secret_key, token), domain="127.0.0.1"
        )

    def get(self, path: str, **kwargs) -> httpx.Response:
        return self.http.get(path, **kwargs)

    def post(self, path: str, data: dict | None = None, **kwargs) -> httpx.Response:
        return self.http.post(path, data={"csrf_token": self.csrf, **(data or {})}, **kwargs)


@pytest.fixture
def admin(app_server, session_factory):
    client = StaffClient(app_server, session_factory, new_account(session_factory, "admin"))
    yield client
    client.http.close()


def log_in(browser, base_url: str, login: str, then: str):
    return browser_log_in(browser, base_url, login, PASSWORD, then)
