"""All configuration in one typed place, read from the environment and `.env`."""

from __future__ import annotations

import os
import secrets
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# Local state of a development checkout: the SQLite database and the simulator's secret key.
VAR_DIR = PROJECT_ROOT / "var"
LINE_API_DEFAULT = "https://api.line.me"
LOCAL_BASE_URL = "http://127.0.0.1:8000"
# LINE serves uploads and downloads of content (rich menu images) from a host of its own.
LINE_API_DATA_DEFAULT = "https://api-data.line.me"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = Field(default=f"sqlite:///{VAR_DIR / 'intake.sqlite3'}")
    line_channel_secret: str = ""
    # During a rotation of the channel secret: the old one, still accepted until it is removed.
    line_channel_secret_previous: str = ""
    line_channel_access_token: str = ""
    line_api_base_url: str = LINE_API_DEFAULT
    # Empty: LINE's api-data host with LINE's API, or `<base>/api-data` of a stand-in (the simulator
    # and the fake Messaging API serve it there).
    line_api_data_base_url: str = ""

    # Where staff and LINE reach this service (links in notification e-mails, whether cookies are
    # Secure and HSTS is sent); the simulator posts its signed events here. Required with LINE.
    public_base_url: str = LOCAL_BASE_URL
    # Signs postback buttons, staff sessions and CSRF tokens; the same in every process, and kept
    # across deploys. Required with LINE; in simulator mode a generated one is kept in var/secret_key.
    secret_key: str = ""
    # FastAPI's /docs, /redoc and /openapi.json (off: they describe the API to anyone).
    api_docs: bool = False
    # Bearer token for service accounts on the JSON API (empty: API disabled).
    intake_api_token: str = ""

    # Run the event worker inside the web process (the embedded default).
    in_process_worker: bool = True
    worker_threads: int = 4
    # Workers are woken by PostgreSQL notifications (and in-process by the web app itself); they
    # look for work on their own only this often, in case a notification was lost.
    worker_poll_seconds: float = 10.0
    # `intake worker` serves its own Prometheus metrics on this port (0: off).
    worker_metrics_port: int = 0
    worker_metrics_addr: str = "127.0.0.1"

    # LINE's loading animation starts when the answer is not ready this long after work on a
    # resident's message starts (an answer ready sooner needs none; 0: whenever work starts).
    loading_animation_after_seconds: float = 0.3
    # A reply token is used only while younger than this; otherwise the message is pushed.
    reply_token_budget_seconds: float = 20.0
    line_api_timeout_seconds: float = 5.0
    line_api_max_attempts: int = 6
    # A message claimed for delivery by a process that then died is retried after this long.
    # Keep it above line_api_timeout_seconds, so a slow call is never sent twice in parallel.
    delivery_lease_seconds: float = 30.0
    # Conversations idle longer than this are closed politely.
    conversation_idle_minutes: float = 30

    # FAQ answers: the ranker's probability an answer must reach (0–1). Unset: the threshold tuned
    # by `intake kb tune` and stored in knowledge/ranker.json. Higher means fewer, surer answers.
    faq_threshold: float | None = Field(default=None, ge=0.0, le=1.0)

    # When staff answer (weekdays, minus Japanese public holidays and 12/29-1/3), local time.
    business_opens: str = "09:00"
    business_closes: str = "17:00"

    # Privacy: personal data of cases closed longer than this is purged (statistics stay);
    # the bot's messages to residents that belong to no case are blanked after the second.
    closed_case_retention_days: int = 365
    bot_message_retention_days: int = 30

    # Staff workspace. Outgoing mail for staff notifications (empty host: e-mails stay queued,
    # visible as pending).
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_sender: str = "anshin-intake@localhost"
    # starttls (port 587), tls (implicit TLS, port 465) or none (only for a relay on this machine).
    # The server's certificate and name are verified. Username and password go together.
    smtp_security: Literal["starttls", "tls", "none"] = "starttls"
    smtp_username: str = ""
    smtp_password: str = ""
    email_poll_seconds: float = 30.0
    # A staff session ends after this long without a request, and in any case after the maximum.
    staff_session_idle_minutes: int = 60
    staff_session_max_hours: int = 12
    # Login throttling (workspace.staff.service). Failures count over the window. Per account: this
    # many lock it for addresses it has not signed in from within login_known_address_days (known
    # addresses keep their own count). Per client address: after the free failures each further
    # try waits a delay doubling from login_ip_delay_seconds up to the maximum.
    login_window_minutes: int = 15
    login_max_failures_per_login: int = 5
    login_known_address_days: int = 30
    login_ip_free_failures: int = 10
    login_ip_delay_seconds: float = 2.0
    login_ip_max_delay_seconds: float = 300.0
    # Reminders to a destination: how often the worker looks for overdue cases.
    reminder_poll_seconds: float = 60.0

    max_webhook_body_bytes: int = 1_000_000
    log_json: bool = True
    log_level: str = "INFO"

    @model_validator(mode="after")
    def smtp_is_fully_set(self) -> Settings:
        """Half-set mail configuration fails at start, not at the first notice."""
        if bool(self.smtp_username) != bool(self.smtp_password):
            raise ValueError("SMTP_USERNAME and SMTP_PASSWORD must be set together")
        local = self.smtp_host in ("localhost", "127.0.0.1", "::1")
        if self.smtp_host and self.smtp_security == "none" and not local:
            raise ValueError("SMTP_SECURITY=none is only for a relay on this machine (SMTP_HOST=localhost)")
        return self

    def configuration_problems(self) -> list[str]:
        """Why this configuration must not run: half-set LINE credentials, or LINE without what it needs."""
        line_vars = {
            "LINE_CHANNEL_SECRET": self.line_channel_secret,
            "LINE_CHANNEL_ACCESS_TOKEN": self.line_channel_access_token,
        }
        given = [name for name, value in line_vars.items() if value]
        if len(given) == 1:
            missing = next(name for name in line_vars if name not in given)
            return [
                f"{given[0]} is set but {missing} is not: set both for a LINE channel, or neither for the simulator"
            ]
        if not given:
            if self.line_channel_secret_previous:
                return ["LINE_CHANNEL_SECRET_PREVIOUS is set without a LINE channel"]
            return []
        problems = []
        if not self.secret_key:
            problems.append(
                "SECRET_KEY is not set: it signs staff sessions and LINE buttons and must be the "
                "same in every process and across deploys (for example: python -c "
                "'import secrets; print(secrets.token_hex(32))')"
            )
        if "public_base_url" not in self.model_fields_set or not self.public_base_url.startswith(
            ("https://", "http://")
        ):
            problems.append(
                "PUBLIC_BASE_URL is not set (or not an http(s) URL): the address staff and LINE "
                "reach this service at, for example https://intake.example.jp"
            )
        return problems

    @property
    def uses_https(self) -> bool:
        return self.public_base_url.startswith("https://")

    @property
    def simulator_enabled(self) -> bool:
        """The simulator stands in for LINE only when no real channel is configured."""
        return not (self.line_channel_secret and self.line_channel_access_token)

    @property
    def effective_channel_secret(self) -> str:
        return self.line_channel_secret or SIMULATOR_CHANNEL_SECRET

    @property
    def effective_access_token(self) -> str:
        return self.line_channel_access_token or "simulator-access-token"

    @property
    def effective_line_api_base_url(self) -> str:
        if self.simulator_enabled and self.line_api_base_url == LINE_API_DEFAULT:
            return f"{self.public_base_url.rstrip('/')}/simulator/line-api"
        return self.line_api_base_url.rstrip("/")

    @property
    def effective_line_api_data_base_url(self) -> str:
        if self.line_api_data_base_url:
            return self.line_api_data_base_url.rstrip("/")
        base = self.effective_line_api_base_url
        return LINE_API_DATA_DEFAULT if base == LINE_API_DEFAULT else f"{base}/api-data"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


# Used only by the local simulator, never with a real LINE channel.
SIMULATOR_CHANNEL_SECRET = "simulator-channel-secret"


class ConfigurationError(RuntimeError):
    """A configuration this process must not run with; the message names what is wrong.

    An exception (not SystemExit) so that gunicorn treats it as a worker that failed to boot and
    stops altogether instead of starting workers again; `intake` prints it without a traceback.
    """

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("anshin-intake cannot start: " + "; ".join(problems))


def local_secret_key(path: Path) -> str:
    """The key kept at `path`, created on first use, so every local process signs alike."""
    try:
        key = path.read_text(encoding="utf-8").strip()
        if key:
            return key
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    candidate = path.with_name(f".{path.name}.{os.getpid()}")
    with os.fdopen(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as out:
        out.write(secrets.token_hex(32))
    try:
        os.link(candidate, path)  # atomic: of processes starting together, one key wins
    except FileExistsError:
        pass
    finally:
        candidate.unlink()
    return path.read_text(encoding="utf-8").strip()


def checked_settings(settings: Settings, var_dir: Path = VAR_DIR) -> Settings:
    """`settings` ready for a process: refused when incomplete, the local key filled in for the simulator."""
    problems = settings.configuration_problems()
    if problems:
        raise ConfigurationError(problems)
    if not settings.secret_key:
        settings.secret_key = local_secret_key(var_dir / "secret_key")
    return settings


@lru_cache
def get_settings() -> Settings:
    return checked_settings(Settings())
