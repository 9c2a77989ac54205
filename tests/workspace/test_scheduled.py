"""Reminders: once per case per kind, on the timeline, to the destination."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from cases import service as cases
from cases.models import Case, CaseEntry
from core.db import transaction
from tests.workspace.conftest import at, make_case, make_staff
from workspace.cases import scheduled
from workspace.notifications.models import EmailNotification
from workspace.staff.models import StaffUser


def remind(factory, hours, now):
    with transaction(factory) as session:
        return scheduled.send_reminders(session, hours, now, base_url="http://workspace.test")


def test_urgent_case_not_accepted_within_the_hour_is_reminded_once(factory, hours):
    start = at("2026-11-05 10:00")
    case = make_case(factory, urgency="urgent", created_at=start)
    make_case(factory, urgency="urgent", created_at=start + timedelta(minutes=30))  # not yet an hour
    assert remind(factory, hours, start + timedelta(minutes=59)) == []
    assert remind(factory, hours, start + timedelta(minutes=61)) == [(case.id, "urgent_unaccepted")]
    assert remind(factory, hours, start + timedelta(minutes=75))[:1] != [(case.id, "urgent_unaccepted")]
    with factory() as session:
        timeline = session.scalars(
            select(CaseEntry).where(CaseEntry.case_id == case.id, CaseEntry.kind == "reminder")
        ).all()
        mails = session.scalars(select(EmailNotification).where(EmailNotification.destination_id == "benten")).all()
    assert [e.data["kind"] for e in timeline] == ["urgent_unaccepted"]
    assert len(mails) == 1 and case.number in mails[0].subject
    assert mails[0].recipients == "benten-a@example.org, benten-b@example.org"


def test_accepted_urgent_case_is_not_reminded(factory, hours):
    start = at("2026-11-05 10:00")
    case = make_case(factory, urgency="urgent", created_at=start)
    user = make_staff(factory, "tanaka")
    with transaction(factory) as session:
        cases.accept(session, session.get(Case, case.id), session.get(StaffUser, user.id))
    assert remind(factory, hours, start + timedelta(hours=2)) == []


def test_case_untouched_for_two_business_days_is_reminded_counting_the_weekend_out(factory, hours):
    friday = at("2026-11-06 10:00")
    case = make_case(factory, created_at=friday)
    assert remind(factory, hours, at("2026-11-09 12:00")) == []  # Monday: one business day
    assert remind(factory, hours, at("2026-11-10 10:01")) == [(case.id, "untouched")]
    assert remind(factory, hours, at("2026-11-12 10:01")) == []


def test_work_on_a_case_resets_the_untouched_clock(factory, hours):
    monday = at("2026-11-09 10:00")
    case = make_case(factory, created_at=monday)
    with transaction(factory) as session:
        stored = session.get(Case, case.id)
        cases.add_entry(session, stored, "note", "電話した")
        stored.last_activity_at = at("2026-11-10 10:00")
    assert remind(factory, hours, at("2026-11-11 11:00")) == []
    assert remind(factory, hours, at("2026-11-12 10:01")) == [(case.id, "untouched")]
