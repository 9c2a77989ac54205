"""Reminders: a case that waits too long is brought to its destination's attention, once.

- urgent_unaccepted: an urgent (or emergency) case still "new" one hour after it arrived;
- untouched: an open case with no work on it (views and reminders don't count) for 2 business days.
Each is sent at most once per case per kind (a unique row in case_reminders) and shown on the
case's timeline. The worker runs `reminder_job` periodically.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from cases import service as cases
from cases.labels import REMINDER_LABELS
from cases.models import OPEN_STATUSES, Case, CaseReminder
from core.db import transaction, utcnow
from core.hours import BusinessHours
from workspace.cases import flows

log = logging.getLogger(__name__)

BATCH = 100
UNTOUCHED_BUSINESS_DAYS = 2


def not_reminded(kind: str):
    return ~exists().where(CaseReminder.case_id == Case.id, CaseReminder.kind == kind)


def urgent_unaccepted(session: Session, now: datetime) -> list[Case]:
    """Urgent cases nobody accepted within the hour, not yet reminded."""
    return list(
        session.scalars(
            select(Case)
            .where(
                Case.status == "new",
                Case.urgency.in_(("emergency", "urgent")),
                Case.created_at <= now - cases.URGENT_TARGET,
                not_reminded("urgent_unaccepted"),
            )
            .order_by(Case.id)
            .limit(BATCH)
        )
    )


def untouched(session: Session, hours: BusinessHours, now: datetime) -> list[Case]:
    """Open cases without work for 2 business days, not yet reminded."""
    # Two business days are at least two calendar days: the database narrows, the calendar decides.
    candidates = session.scalars(
        select(Case)
        .where(
            Case.status.in_(OPEN_STATUSES),
            Case.last_activity_at <= now - timedelta(days=UNTOUCHED_BUSINESS_DAYS),
            not_reminded("untouched"),
        )
        .order_by(Case.id)
        .limit(BATCH)
    )
    return [c for c in candidates if hours.add_business_days(c.last_activity_at, UNTOUCHED_BUSINESS_DAYS) <= now]


def remind(session: Session, case: Case, kind: str, *, base_url: str) -> bool:
    """Record and send one reminder; False if another worker already did."""
    try:
        with session.begin_nested():
            session.add(CaseReminder(case_id=case.id, kind=kind, destination_id=case.destination_id))
            session.flush()
    except IntegrityError:
        return False
    channels = flows.reminder_due(session, case, kind, base_url=base_url)
    cases.add_entry(session, case, "reminder", REMINDER_LABELS[kind], data={"kind": kind, "channels": channels})
    return True


def send_reminders(
    session: Session, hours: BusinessHours, now: datetime | None = None, *, base_url: str
) -> list[tuple[int, str]]:
    """Every reminder due now. Returns (case id, kind) of those sent."""
    now = now or utcnow()
    sent = []
    for case in urgent_unaccepted(session, now):
        if remind(session, case, "urgent_unaccepted", base_url=base_url):
            sent.append((case.id, "urgent_unaccepted"))
    for case in untouched(session, hours, now):
        if remind(session, case, "untouched", base_url=base_url):
            sent.append((case.id, "untouched"))
    return sent


def reminder_job(factory: sessionmaker[Session], hours: BusinessHours, *, base_url: str) -> Callable[[], None]:
    """The worker's periodic job."""

    def send_case_reminders() -> None:
        with transaction(factory) as session:
            sent = send_reminders(session, hours, base_url=base_url)
        if sent:
            log.info("case reminders sent", extra={"count": len(sent)})

    return send_case_reminders
