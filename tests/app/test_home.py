"""`/` tells a newcomer what this is and where its parts are, in Japanese."""

from __future__ import annotations

import re

import httpx
import pytest

from app.home import local_urls
from core.settings import Settings
from tests.support import ServerThread, free_port


def links(html: str) -> set[str]:
    return set(re.findall(r'href="([^"]+)"', html))


@pytest.fixture
def simulator_server(isolated_database_url):
    from app.web import create_app

    port = free_port()
    settings = Settings(
        _env_file=None,
        database_url=isolated_database_url,
        public_base_url=f"http://127.0.0.1:{port}",
        secret_key="home-test",
        log_json=False,
        in_process_worker=False,
    )
    assert settings.simulator_enabled
    server = ServerThread(create_app(settings), port=port).start()
    yield server
    server.stop()


def test_the_home_page_links_the_simulator_staff_admin_and_health(simulator_server):
    home = httpx.get(simulator_server.url + "/", timeout=15)
    assert home.status_code == 200 and home.headers["content-type"].startswith("text/html")
    assert '<html lang="ja">' in home.text and "あんしんケアセンター" in home.text
    assert {"/simulator", "/staff", "/admin", "/healthz", "/readyz"} <= links(home.text)
    assert "intake users create" in home.text  # how the first admin is made
    for path in ("/simulator", "/staff/login", "/healthz", "/readyz"):
        assert httpx.get(simulator_server.url + path, timeout=15).status_code == 200, path


def test_with_a_real_channel_the_home_page_has_no_simulator_and_no_setup_hint(app_server):
    home = httpx.get(app_server.url + "/", timeout=15)
    assert home.status_code == 200
    assert "/simulator" not in links(home.text) and "intake users create" not in home.text
    assert {"/staff", "/admin", "/healthz"} <= links(home.text)


def test_the_home_page_runs_no_script(app_server):
    home = httpx.get(app_server.url + "/", timeout=15)
    assert "<script" not in home.text
    assert "default-src 'none'" in home.headers["content-security-policy"]


def test_the_printed_urls_follow_the_public_address():
    urls = dict(local_urls("http://127.0.0.1:8123/", simulator=True))
    assert urls["simulator (chat as a resident)"] == "http://127.0.0.1:8123/simulator"
    assert urls["staff workspace"] == "http://127.0.0.1:8123/staff"
    assert urls["admin console"] == "http://127.0.0.1:8123/admin"
    assert "simulator (chat as a resident)" not in dict(local_urls("https://intake.example.jp", simulator=False))


def test_every_copy_name_the_ci_first_command_check_uses_exists():
    """.ci/first-command reads the bot's copy to tell an answer from the greeting; a renamed constant
    broke CI once, after the whole suite had passed."""
    from pathlib import Path

    from bot.conversation import copy

    script = (Path(__file__).resolve().parents[2] / ".ci" / "first-command").read_text(encoding="utf-8")
    names = set(re.findall(r"\bcopy\.([A-Z_]+)\b", script))
    assert names, "the check no longer reads the copy: update this test"
    assert all(hasattr(copy, name) for name in names), sorted(n for n in names if not hasattr(copy, n))
