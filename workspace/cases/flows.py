"""What follows from a step of a case, across domains: notify staff, keep the timeline."""

from __future__ import annotations

from sqlalchemy.orm import Session

from core.settings import get_settings
from workspace.cases.models import Case
from workspace.notifications import service as notifications


def case_opened(session: Session, case: Case) -> None:
    """A resident's worry became a case: the destination's staff (and oversight) are told."""
    base_url = get_settings().public_base_url
    headline = notifications.case_opened_headline(case)
    notifications.notify(session, case.destination_id, headline, base_url=base_url)
    if case.oversight_destination_id:
        notifications.notify(session, case.oversight_destination_id, headline, base_url=base_url)


def resident_wrote(session: Session, case: Case) -> None:
    """The resident wrote again on an open case."""
    notifications.notify(session, case.destination_id, notifications.resident_wrote_headline(case),
                         base_url=get_settings().public_base_url)


def case_transferred(session: Session, case: Case) -> None:
    """A case moved to another destination: its staff (and oversight) are told as for a new case."""
    base_url = get_settings().public_base_url
    headline = notifications.case_transferred_headline(case)
    notifications.notify(session, case.destination_id, headline, base_url=base_url)
    if case.oversight_destination_id:
        notifications.notify(session, case.oversight_destination_id, headline, base_url=base_url)


def reminder_due(session: Session, case: Case, kind: str) -> None:
    """A case waits too long: its destination is reminded."""
    notifications.notify(session, case.destination_id, notifications.reminder_headline(case, kind),
                         base_url=get_settings().public_base_url)
