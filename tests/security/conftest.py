"""Fixtures of the security tests: the real app on a database of its own, per backend."""

from __future__ import annotations

import pytest

from tests.conftest import BACKENDS, make_settings, prepared_database
from tests.support import ServerThread


@pytest.fixture(scope="module", params=BACKENDS)
def own_server(request, tmp_path_factory, fake_line):
    """The app with its in-process worker on a database nobody else writes to (so the whole inbox can be checked)."""
    from app.web import create_app

    fake_line.clear_faults()  # a fault queued and left by an earlier module must not fail these deliveries
    with prepared_database(request.param, tmp_path_factory.mktemp("own")) as url:
        settings = make_settings(url, fake_line, delivery_lease_seconds=5.0)
        app = create_app(settings)
        server = ServerThread(app)
        settings.public_base_url = server.url
        server.start()
        server.settings, server.app, server.database_url = settings, app, url
        try:
            yield server
        finally:
            server.stop()


LOGGED_SECRETS = {
    "LINE_CHANNEL_SECRET": "chan-secret-7f3a9c1e5b",
    "SECRET_KEY": "session-key-4d8e2b6a0c",
    "INTAKE_API_TOKEN": "api-token-9b1f7e3d5a",
    "DB_PASSWORD": "db-pass-2c6a8e0f4b",
}


@pytest.fixture(scope="session")
def logged_server(tmp_path_factory, fake_line):
    """The app as production runs it, in a process of its own: `intake serve`, JSON logs to a file.

    On PostgreSQL when selected (with a password in DATABASE_URL, which trust authentication ignores,
    so the logs can be searched for it too).
    """
    from tests.reliability.support import INTAKE, Children, wait_http
    from tests.support import ACCESS_TOKEN, free_port

    backend = "postgresql" if "postgresql" in BACKENDS else BACKENDS[0]
    log_dir = tmp_path_factory.mktemp("logged")
    with prepared_database(backend, log_dir) as url:
        if backend == "postgresql":
            url = url.replace("postgres@", f"postgres:{LOGGED_SECRETS['DB_PASSWORD']}@")
        port = free_port()
        env = {
            "DATABASE_URL": url,
            "LINE_CHANNEL_SECRET": LOGGED_SECRETS["LINE_CHANNEL_SECRET"],
            "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN,
            "LINE_API_BASE_URL": fake_line.url,
            "SECRET_KEY": LOGGED_SECRETS["SECRET_KEY"],
            "INTAKE_API_TOKEN": LOGGED_SECRETS["INTAKE_API_TOKEN"],
            "PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
            "IN_PROCESS_WORKER": "true",
            "WORKER_POLL_SECONDS": "0.05",
            "LINE_API_TIMEOUT_SECONDS": "2",
            "LOG_JSON": "true",
            "LOG_LEVEL": "DEBUG",
        }
        children = Children(log_dir)
        children.start("app", [*INTAKE, "serve", "--port", str(port)], env)
        try:
            wait_http(f"http://127.0.0.1:{port}/readyz")
            server = type("LoggedServer", (), {})()
            server.url, server.log_path, server.database_url = f"http://127.0.0.1:{port}", log_dir / "app.log", url
            server.secret = LOGGED_SECRETS["LINE_CHANNEL_SECRET"]
            yield server
        finally:
            children.stop_all()
