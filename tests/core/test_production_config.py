"""Production fails loudly instead of running in a surprising mode, and runs safely behind a proxy.

With LINE credentials, a missing SECRET_KEY or PUBLIC_BASE_URL stops the process with a message
naming it; one LINE variable without the other stops it too. The simulator keeps one generated key
under var/ so every local process signs alike. API docs are off unless switched on; an https public
address makes cookies Secure and sends HSTS; the Procfile's web process trusts the proxy's
forwarded headers, so the login throttle counts the real client.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from core.settings import PROJECT_ROOT, ConfigurationError, Settings, checked_settings, local_secret_key
from tests.reliability.support import INTAKE, wait_http
from tests.support import ACCESS_TOKEN, CHANNEL_SECRET, ServerThread, free_port

LINE = {"line_channel_secret": CHANNEL_SECRET, "line_channel_access_token": ACCESS_TOKEN}
PRODUCTION = {**LINE, "secret_key": "a-long-production-secret-key", "public_base_url": "https://intake.example.jp"}
# What a process inherits must not decide these tests.
CONFIG_VARIABLES = (
    "LINE_CHANNEL_SECRET",
    "LINE_CHANNEL_ACCESS_TOKEN",
    "LINE_CHANNEL_SECRET_PREVIOUS",
    "SECRET_KEY",
    "PUBLIC_BASE_URL",
    "DATABASE_URL",
    "IN_PROCESS_WORKER",
    "FORWARDED_ALLOW_IPS",
    "API_DOCS",
)


def settings(**values) -> Settings:
    return Settings(_env_file=None, **values)


def clean_env(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in CONFIG_VARIABLES}
    return {**env, "LOG_LEVEL": "WARNING", **values}


def refusal(**values) -> str:
    with pytest.raises(ConfigurationError) as raised:
        checked_settings(settings(**values))
    return str(raised.value)


@pytest.mark.parametrize("missing", ["secret_key", "public_base_url"])
def test_a_line_channel_without_secret_key_or_public_base_url_is_refused_naming_it(missing):
    values = {k: v for k, v in PRODUCTION.items() if k != missing}
    message = refusal(**values)
    assert missing.upper() in message and "cannot start" in message


def test_an_empty_secret_key_with_a_line_channel_is_refused():
    assert "SECRET_KEY" in refusal(**{**PRODUCTION, "secret_key": ""})


@pytest.mark.parametrize(
    "given, missing",
    [("line_channel_secret", "LINE_CHANNEL_ACCESS_TOKEN"), ("line_channel_access_token", "LINE_CHANNEL_SECRET")],
)
def test_exactly_one_line_variable_is_refused_rather_than_running_the_simulator(given, missing):
    message = refusal(**{given: LINE[given], "secret_key": "k", "public_base_url": "https://intake.example.jp"})
    assert given.upper() in message and f"but {missing} is not" in message


def test_a_previous_channel_secret_without_a_channel_is_refused():
    assert "LINE_CHANNEL_SECRET_PREVIOUS" in refusal(line_channel_secret_previous="old")


def test_a_complete_production_configuration_is_accepted_as_given():
    ready = checked_settings(settings(**PRODUCTION))
    assert not ready.simulator_enabled and ready.secret_key == PRODUCTION["secret_key"]


def test_the_simulator_keeps_one_generated_key_under_var(tmp_path):
    first = checked_settings(settings(), var_dir=tmp_path / "var")
    second = checked_settings(settings(), var_dir=tmp_path / "var")
    assert len(first.secret_key) == 64 and first.secret_key == second.secret_key
    key_file = tmp_path / "var" / "secret_key"
    assert key_file.read_text().strip() == first.secret_key
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert [p.name for p in key_file.parent.iterdir()] == ["secret_key"]


def test_the_simulator_uses_a_secret_key_that_is_given(tmp_path):
    assert checked_settings(settings(secret_key="given"), var_dir=tmp_path).secret_key == "given"
    assert not (tmp_path / "secret_key").exists()


def test_local_processes_starting_together_agree_on_one_key(tmp_path):
    path = tmp_path / "var" / "secret_key"
    with ProcessPoolExecutor(4) as pool:
        keys = set(pool.map(local_secret_key, [path] * 8))
    assert len(keys) == 1 and keys == {path.read_text().strip()}


def test_intake_refuses_to_start_a_worker_with_one_line_variable(tmp_path):
    done = subprocess.run(
        [*INTAKE, "worker", "--once"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=clean_env(LINE_CHANNEL_SECRET=CHANNEL_SECRET, DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}"),
    )
    assert done.returncode == 1
    assert "LINE_CHANNEL_ACCESS_TOKEN is not" in done.stderr and "Traceback" not in done.stderr


def procfile_command(process: str) -> str:
    for line in (PROJECT_ROOT / "Procfile").read_text().splitlines():
        if line.startswith(f"{process}:"):
            return line.split(":", 1)[1].strip()
    raise AssertionError(f"no {process} in the Procfile")


def start_web(env: dict[str, str], log: Path) -> subprocess.Popen:
    """The Procfile's web process, as a platform runs it (a shell, $PORT, the venv's commands on PATH)."""
    bin_dir = str(Path(sys.executable).parent)
    env = {**env, "PATH": f"{bin_dir}:{env.get('PATH', '')}", "WEB_CONCURRENCY": "1"}
    with open(log, "wb") as out:
        return subprocess.Popen(
            ["bash", "-c", procfile_command("web")],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, 15)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
            process.wait()


def test_the_procfile_web_process_stops_without_a_secret_key(tmp_path):
    env = clean_env(
        PORT=str(free_port()),
        LINE_CHANNEL_SECRET=CHANNEL_SECRET,
        LINE_CHANNEL_ACCESS_TOKEN=ACCESS_TOKEN,
        PUBLIC_BASE_URL="https://intake.example.jp",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    web = start_web(env, tmp_path / "web.log")
    try:
        returncode = web.wait(120)  # gunicorn halts ("Worker failed to boot"), it does not respawn forever
    finally:
        stop(web)
    output = (tmp_path / "web.log").read_text()
    assert returncode != 0 and "SECRET_KEY is not set" in output


def test_api_docs_are_off_by_default(app_server):
    assert not app_server.settings.api_docs
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert httpx.get(app_server.url + path, timeout=15).status_code == 404, path


def test_plain_http_gets_no_hsts_and_no_secure_cookie(app_server):
    home = httpx.get(app_server.url + "/", timeout=15)
    assert "strict-transport-security" not in home.headers
    login = httpx.get(app_server.url + "/staff/login", timeout=15)
    assert "secure" not in login.headers["set-cookie"].lower()


@pytest.fixture(scope="module")
def https_server(database_url, fake_line):
    """The app configured for an https public address, with the API docs switched on."""
    from app.web import create_app
    from tests.conftest import make_settings

    app = create_app(
        make_settings(
            database_url, fake_line, public_base_url="https://intake.example.jp", api_docs=True, in_process_worker=False
        )
    )
    server = ServerThread(app).start()
    yield server
    server.stop()


def test_api_docs_are_served_when_switched_on(https_server):
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert httpx.get(https_server.url + path, timeout=15).status_code == 200, path


def test_an_https_public_address_sends_hsts_on_every_answer(https_server):
    for path in ("/", "/healthz", "/staff/login", "/no-such-page"):
        response = httpx.get(https_server.url + path, timeout=15)
        assert response.headers["strict-transport-security"].startswith("max-age=31536000"), path


def test_an_https_public_address_makes_the_cookies_secure(https_server):
    login = httpx.get(https_server.url + "/staff/login", timeout=15)
    cookie = login.headers["set-cookie"]
    assert cookie.startswith("intake_login=") and "; secure" in cookie.lower()


def failed_login(client: httpx.Client, client_address: str) -> int:
    form = client.get("/staff/login").text
    nonce = form.split('name="nonce" value="', 1)[1].split('"', 1)[0]
    response = client.post(
        "/staff/login",
        headers={"X-Forwarded-For": client_address},
        data={"login": f"nobody-{client_address}", "password": "wrong guess", "nonce": nonce},
    )
    return response.status_code


@pytest.mark.parametrize("trusted_proxies, counted_as", [("127.0.0.1", "forwarded"), ("192.0.2.254", "proxy")])
def test_the_login_throttle_counts_the_client_the_trusted_proxy_forwards(
    isolated_database_url, tmp_path, trusted_proxies, counted_as
):
    from core.db import make_engine
    from workspace.staff.models import LoginAttempt

    port = free_port()
    env = clean_env(
        PORT=str(port),
        LINE_CHANNEL_SECRET=CHANNEL_SECRET,
        LINE_CHANNEL_ACCESS_TOKEN=ACCESS_TOKEN,
        SECRET_KEY="proxy-test-secret",
        PUBLIC_BASE_URL=f"http://127.0.0.1:{port}",
        DATABASE_URL=isolated_database_url,
        FORWARDED_ALLOW_IPS=trusted_proxies,
        LOGIN_IP_FREE_FAILURES="3",
        LOGIN_IP_DELAY_SECONDS="60",
        LOGIN_MAX_FAILURES_PER_LOGIN="100",
    )
    web = start_web(env, tmp_path / "web.log")
    try:
        wait_http(f"http://127.0.0.1:{port}/readyz")
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=15) as client:
            first = [failed_login(client, "203.0.113.7") for _ in range(4)]
            other = failed_login(client, "203.0.113.8")
    finally:
        stop(web)
    engine = make_engine(isolated_database_url)
    with engine.connect() as connection:
        addresses = set(connection.scalars(select(LoginAttempt.ip)))
    engine.dispose()
    if counted_as == "forwarded":
        assert first == [400, 400, 400, 429] and other == 400
        assert addresses == {"203.0.113.7", "203.0.113.8"}
    else:  # a header from a client that is not the trusted proxy is ignored
        assert first == [400, 400, 400, 429] and other == 429
        assert addresses == {"127.0.0.1"}
