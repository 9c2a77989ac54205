"""Fixtures: each database backend, the fake LINE Messaging API, the real app over HTTP."""

from __future__ import annotations

import os
from contextlib import contextmanager

import pytest

from bot.simulator.fake_api import FakeLineState, create_fake_line_app
from tests.support import ACCESS_TOKEN, CHANNEL_SECRET, LineUserSim, ServerThread, free_port, postgres_database

BACKENDS = [b for b in os.environ.get("INTAKE_TEST_BACKENDS", "sqlite,postgresql").split(",") if b]


@contextmanager
def prepared_database(backend: str, tmp_dir):
    """A migrated, seeded database; PostgreSQL gets a database of its own, dropped after."""
    from app.commands import load_seed_data
    from core.db import make_engine, make_session_factory
    from core.migrations import upgrade

    def prepare(url: str) -> str:
        upgrade(url)
        engine = make_engine(url)
        load_seed_data(make_session_factory(engine))
        engine.dispose()
        return url

    if backend == "sqlite":
        yield prepare(f"sqlite:///{tmp_dir / 'intake.sqlite3'}")
    else:
        with postgres_database() as url:
            yield prepare(url)


@pytest.fixture(scope="session", params=BACKENDS)
def database_url(request, tmp_path_factory):
    """The shared database of one backend for this run."""
    with prepared_database(request.param, tmp_path_factory.mktemp("db")) as url:
        yield url


@pytest.fixture
def isolated_database_url(database_url, tmp_path):
    """A database of the same backend that no other app or worker is using."""
    backend = "sqlite" if database_url.startswith("sqlite") else "postgresql"
    with prepared_database(backend, tmp_path) as url:
        yield url


@pytest.fixture(scope="session")
def fake_line():
    """The fake Messaging API on its own port, as LINE would be on the internet."""
    state = FakeLineState(access_token=ACCESS_TOKEN)
    server = ServerThread(create_fake_line_app(state, slow_seconds=3.0)).start()
    state.url = server.url
    yield state
    server.stop()


def make_settings(database_url: str, fake_line, **overrides):
    from core.settings import Settings

    values = dict(
        database_url=database_url,
        line_channel_secret=CHANNEL_SECRET,
        line_channel_access_token=ACCESS_TOKEN,
        line_api_base_url=fake_line.url,
        secret_key="test-secret-key",
        public_base_url="http://127.0.0.1:8000",
        in_process_worker=True,
        worker_poll_seconds=0.05,
        line_api_timeout_seconds=2.0,
        log_json=False,
        intake_api_token="test-api-token",
    )
    values.update(overrides)
    return Settings(**values)


@pytest.fixture(scope="session")
def app_server(database_url, fake_line):
    """The real application served over HTTP with its in-process worker."""
    from app.web import create_app

    port = free_port()
    settings = make_settings(database_url, fake_line, public_base_url=f"http://127.0.0.1:{port}")
    app = create_app(settings)
    server = ServerThread(app, port=port)
    server.start()
    server.settings = settings
    server.app = app
    yield server
    server.stop()


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium, one per test module."""
    from playwright.sync_api import sync_playwright

    from tests.browser import launch

    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def forget_failed_logins(request):
    """Failed logins from 127.0.0.1 pile up in the shared database and would throttle later tests."""
    if "app_server" not in request.fixturenames:
        yield
        return
    from sqlalchemy import create_engine, delete

    from workspace.staff.models import LoginAttempt

    engine = create_engine(request.getfixturevalue("database_url"))
    yield
    with engine.begin() as connection:
        connection.execute(delete(LoginAttempt))
    engine.dispose()


@pytest.fixture
def resident(app_server, fake_line) -> LineUserSim:
    """A new resident on LINE for each test (and no fault left queued by an earlier test)."""
    fake_line.clear_faults()
    return LineUserSim(app_server.url, fake_line)


@pytest.fixture
def session_factory(database_url):
    from core.db import make_engine, make_session_factory

    engine = make_engine(database_url)
    yield make_session_factory(engine)
    engine.dispose()
