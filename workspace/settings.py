"""Settings of the staff workspace, read from the environment and `.env` like core.settings.

Kept beside the workspace until the lead folds them into core.settings.Settings.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class WorkspaceSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    # Outgoing mail for staff notifications (empty host: e-mails stay queued, visible as pending).
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


@lru_cache
def get_workspace_settings() -> WorkspaceSettings:
    return WorkspaceSettings()
