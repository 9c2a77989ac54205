"""All configuration in one typed place, read from the environment and `.env`."""

from __future__ import annotations

import secrets
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LINE_API_DEFAULT = "https://api.line.me"
# LINE serves uploads and downloads of content (rich menu images) from a host of its own.
LINE_API_DATA_DEFAULT = "https://api-data.line.me"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = Field(default=f"sqlite:///{PROJECT_ROOT / 'var' / 'intake.sqlite3'}")
    line_channel_secret: str = ""
    # During a rotation of the channel secret: the old one, still accepted until it is removed.
    line_channel_secret_previous: str = ""
    line_channel_access_token: str = ""
    line_api_base_url: str = LINE_API_DEFAULT
    # Empty: LINE's api-data host with LINE's API, or `<base>/api-data` of a stand-in (the simulator
    # and the fake Messaging API serve it there).
    line_api_data_base_url: str = ""

    # Where this service is reachable by itself; the simulator posts signed events here.
    public_base_url: str = "http://127.0.0.1:8000"
    # Secret for signing postback data, sessions and CSRF tokens. Set it in production.
    secret_key: str = Field(default_factory=lambda: secrets.token_hex(32))
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
    # Consecutive messages arriving within this window are read together.
    message_batch_seconds: float = 1.5

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
    smtp_port: int = 25
    smtp_sender: str = "anshin-intake@localhost"
    email_poll_seconds: float = 30.0
    # A staff session ends after this long without a request, and in any case after the maximum.
    staff_session_idle_minutes: int = 60
    staff_session_max_hours: int = 12
    # Login throttling: failures counted over the window, per login and per client address.
    login_window_minutes: int = 15
    login_max_failures_per_login: int = 5
    login_max_failures_per_ip: int = 20
    # Reminders to a destination: how often the worker looks for overdue cases.
    reminder_poll_seconds: float = 60.0

    max_webhook_body_bytes: int = 1_000_000
    log_json: bool = True
    log_level: str = "INFO"

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


@lru_cache
def get_settings() -> Settings:
    return Settings()
