"""Getting to the admin pages: links in the workspace header, and back to the page asked for after login."""

from __future__ import annotations

import re

import httpx
import pytest

from tests.workspace.admin.conftest import StaffClient, new_account
from tests.workspace.conftest import PASSWORD
from workspace.staff.views import safe_next


def header_links(page: httpx.Response) -> set[str]:
    header = page.text.split("</header>", 1)[0]
    return set(re.findall(r'href="(/admin[^"]*)"', header))


def test_the_workspace_header_links_admins_to_the_console_and_statistics(app_server, session_factory):
    admin = StaffClient(app_server, session_factory, new_account(session_factory, "admin"))
    ward = StaffClient(app_server, session_factory, new_account(session_factory, "ward_oversight", "ward_inage"))
    center = StaffClient(app_server, session_factory, new_account(session_factory, "center_staff", "benten"))
    assert header_links(admin.get("/staff/queue")) == {"/admin", "/admin/stats"}
    assert header_links(ward.get("/staff/queue")) == {"/admin/stats"}
    assert header_links(center.get("/staff/queue")) == set()
    assert admin.get("/admin").status_code == ward.get("/admin/stats").status_code == 200


def log_in_from(app_server, login: str, page: str) -> str:
    """Open `page` signed out, follow the way to the login form, sign in; where the browser is sent."""
    with httpx.Client(
        base_url=app_server.url, follow_redirects=False, timeout=15, headers={"Accept": "text/html"}
    ) as browser:
        to_login = browser.get(page)
        assert to_login.status_code == 303
        form = browser.get(to_login.headers["location"])
        nonce = re.search(r'name="nonce" value="([^"]+)"', form.text).group(1)
        next_url = re.search(r'name="next" value="([^"]*)"', form.text).group(1)
        signed_in = browser.post(
            "/staff/login",
            data={"login": login, "password": PASSWORD, "nonce": nonce, "next": next_url.replace("&amp;", "&")},
        )
        return signed_in.headers["location"]


def test_login_returns_to_the_admin_page_that_asked_for_it(app_server, session_factory):
    login = new_account(session_factory, "admin")
    assert log_in_from(app_server, login, "/admin/faq?q=介護") == "/admin/faq?q=%E4%BB%8B%E8%AD%B7"
    assert log_in_from(app_server, login, "/admin") == "/admin"


@pytest.mark.parametrize(
    "target",
    [
        "//evil.example/admin",
        "/\\evil.example/admin",
        "\\\\evil.example",
        "https://evil.example/admin",
        "javascript:alert(1)",
        "/admin@evil.example",
        "/administrator",
        "/\t/evil.example",
        "/admin\n/x",
        "evil.example/admin",
        "",
        None,
        "/public/page",
    ],
)
def test_login_never_follows_a_next_that_leaves_the_workspace(target):
    assert safe_next(target) == "/staff/queue"


@pytest.mark.parametrize(
    "target", ["/admin", "/admin/", "/admin/stats?ward=%E4%B8%AD%E5%A4%AE%E5%8C%BA", "/staff/cases/3"]
)
def test_login_follows_a_next_inside_the_workspace_or_the_console(target):
    assert safe_next(target) == target
