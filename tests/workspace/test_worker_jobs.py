"""The reminder and e-mail jobs run in the real worker of the real app."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import select

from cases import service as cases
from cases.models import CaseReminder
from core.db import transaction, utcnow


def running_app(app_server):
    app = app_server.server.config.loaded_app
    while not hasattr(app, "state"):
        app = app.app
    return app


def test_reminders_and_emails_are_periodic_jobs_of_the_worker(app_server, session_factory):
    worker = running_app(app_server).state.runtime.worker
    jobs = {getattr(fn, "__name__", ""): fn for _, _, fn in worker.periodic}
    assert {"send_case_reminders", "send_notification_emails"} <= set(jobs)

    with transaction(session_factory) as session:
        case = cases.create(
            session,
            destination_id="benten",
            line_user_id="U" + uuid.uuid4().hex,
            urgency="urgent",
            created_at=utcnow() - timedelta(hours=2),
        )
    jobs["send_case_reminders"]()
    jobs["send_notification_emails"]()  # no SMTP host configured: a no-op that must not fail
    with session_factory() as session:
        kinds = session.scalars(select(CaseReminder.kind).where(CaseReminder.case_id == case.id)).all()
    assert kinds == ["urgent_unaccepted"]
