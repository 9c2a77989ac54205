"""The daily purge, run by the worker: it looks every hour and acts once a day."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy.orm import Session, sessionmaker

from core.db import transaction, utcnow
from workspace.privacy.service import RetentionSettings, last_run, run_retention

log = logging.getLogger(__name__)

CHECK_EVERY_SECONDS = 3600.0
# A little under a day, so the run does not creep later by an hour each day.
RUN_EVERY = timedelta(hours=23)


def retention_settings(settings) -> RetentionSettings:
    """The retention periods of core.settings.Settings."""
    return RetentionSettings(
        closed_case_days=settings.closed_case_retention_days, bot_message_days=settings.bot_message_retention_days
    )


def retention_job(factory: sessionmaker[Session], settings) -> Callable[[], None]:
    """The worker's periodic job: purge what is past its retention period, once a day."""

    def purge_expired_personal_data() -> None:
        with transaction(factory) as session:
            previous = last_run(session, "retention", trigger="scheduler")
            if previous is not None and utcnow() - previous.started_at < RUN_EVERY:
                return
            run = run_retention(session, retention_settings(settings), trigger="scheduler")
        log.info("retention run", extra={"counts": run.counts})

    return purge_expired_personal_data
