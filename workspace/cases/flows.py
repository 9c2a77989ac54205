"""What follows from a step of a case, across domains: notify staff, keep the timeline.

`base_url` is the workspace's public address (settings.public_base_url), for the links in e-mails.
The timeline says what was actually sent: a "notification" entry names the channels used, or
says that the destination has none configured.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from cases import service as cases
from cases.models import Case
from workspace.notifications import service as notifications


def case_opened(session: Session, case: Case, *, base_url: str) -> None:
    """A resident's worry became a case: linked to their earlier closed case, if any, and the
    destination's staff (and oversight) are told."""
    cases.link_to_earlier_case(session, case)
    _notify_destinations(session, case, notifications.case_opened_headline(case), base_url, "case_opened")


def resident_wrote(session: Session, case: Case, *, base_url: str) -> None:
    """The resident wrote again on an open case (not put on the timeline: the message itself is)."""
    notifications.notify(
        session,
        case.destination_id,
        notifications.resident_wrote_headline(case),
        base_url=base_url,
        event="resident_wrote",
        case_id=case.id,
    )


def safety_alert(session: Session, case: Case, reason: str, *, base_url: str) -> None:
    """A message on an open case reads as an emergency or a crisis: its staff are told at once."""
    headline = notifications.safety_headline(case, reason)
    _notify_destinations(session, case, headline, base_url, "safety_alert")


def case_restricted(session: Session, case: Case, *, base_url: str) -> None:
    """A case became restricted (abuse told after the handoff): the ward's oversight is told too."""
    if case.oversight_destination_id:
        notifications.notify(
            session,
            case.oversight_destination_id,
            notifications.case_opened_headline(case),
            base_url=base_url,
            event="case_restricted",
            case_id=case.id,
        )


def case_transferred(session: Session, case: Case, *, base_url: str) -> None:
    """A case moved to another destination: its staff (and oversight) are told as for a new case."""
    _notify_destinations(session, case, notifications.case_transferred_headline(case), base_url, "transferred")


def reminder_due(session: Session, case: Case, kind: str, *, base_url: str) -> list[str]:
    """A case waits too long: its destination is reminded. Returns the channels used."""
    return notifications.notify(
        session,
        case.destination_id,
        notifications.reminder_headline(case, kind),
        base_url=base_url,
        event="reminder",
        case_id=case.id,
    )


def _notify_destinations(session: Session, case: Case, headline: str, base_url: str, event: str) -> None:
    sent = {
        case.destination_id: notifications.notify(
            session, case.destination_id, headline, base_url=base_url, event=event, case_id=case.id
        )
    }
    if case.oversight_destination_id:
        sent[case.oversight_destination_id] = notifications.notify(
            session, case.oversight_destination_id, headline, base_url=base_url, event=event, case_id=case.id
        )
    for destination_id, channels in sent.items():
        cases.add_entry(
            session,
            case,
            "notification",
            notifications.channels_text(channels),
            data={"event": event, "destination": destination_id, "channels": channels},
        )


class CaseNotifications:
    """The flows above bound to the workspace's address: what the LINE edge calls (bot's CaseEvents)."""

    def __init__(self, base_url: str):
        self.base_url = base_url

    def case_opened(self, session: Session, case: Case) -> None:
        case_opened(session, case, base_url=self.base_url)

    def resident_wrote(self, session: Session, case: Case) -> None:
        resident_wrote(session, case, base_url=self.base_url)

    def safety_alert(self, session: Session, case: Case, reason: str) -> None:
        safety_alert(session, case, reason, base_url=self.base_url)

    def case_restricted(self, session: Session, case: Case) -> None:
        case_restricted(session, case, base_url=self.base_url)
