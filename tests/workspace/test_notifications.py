"""Notices to a destination's staff: by its channels, logged without personal data, said on the
timeline as they were (or were not) sent, counts without restricted cases, e-mail over SMTP."""

from __future__ import annotations

import threading
import warnings

import pytest
from sqlalchemy import select

from bot.models import OutgoingMessage
from cases.models import Case, CaseEntry
from core.db import transaction
from routing.models import Destination
from tests.support import free_port
from tests.workspace.conftest import make_case
from workspace.cases import flows
from workspace.notifications import service as notifications
from workspace.notifications.models import EmailNotification, NotificationLog

GROUP = "C" + "0123456789abcdef" * 2


def open_case(factory, destination_id="benten", **fields):
    case = make_case(factory, destination_id, **fields)
    with transaction(factory) as session:
        flows.case_opened(session, session.get(Case, case.id), base_url="http://workspace.test")
    return case


def timeline(factory, case_id, kind):
    with factory() as session:
        return session.scalars(select(CaseEntry).where(CaseEntry.case_id == case_id, CaseEntry.kind == kind)).all()


def test_a_destination_without_channels_gets_nothing_and_the_timeline_says_so(factory):
    case = open_case(factory, "chuo")
    [entry] = timeline(factory, case.id, "notification")
    assert entry.data["channels"] == [] and "送られていません" in entry.body
    with factory() as session:
        [log] = session.scalars(select(NotificationLog)).all()
    assert (log.destination_id, log.channel, log.event, log.case_id) == ("chuo", "none", "case_opened", case.id)


def test_each_channel_used_is_logged_and_named_on_the_timeline(factory):
    with transaction(factory) as session:
        session.get(Destination, "benten").notify_line_group_id = GROUP
    case = open_case(factory, "benten")
    [entry] = timeline(factory, case.id, "notification")
    assert entry.data["channels"] == ["line_group", "email"]
    assert entry.body == "LINE グループとメールで担当先に通知しました"
    with factory() as session:
        lines = notifications.notification_log(session)
        group_message = session.scalars(select(OutgoingMessage).where(OutgoingMessage.to == GROUP)).one()
    assert {(line.channel, line.state) for line in lines} == {("line_group", "pending"), ("email", "pending")}
    with transaction(factory) as session:
        session.get(OutgoingMessage, group_message.id).status = "sent"
        session.scalars(select(EmailNotification)).one().status = "failed"
        session.scalars(select(EmailNotification)).one().last_error = "SMTPRecipientsRefused: benten-a@example.org"
    with factory() as session:
        lines = {line.channel: line for line in notifications.notification_log(session)}
        failed_only = notifications.notification_log(session, state="failed")
    assert lines["line_group"].state == "sent" and lines["email"].state == "failed"
    assert "@" not in lines["email"].error  # the log shows no address
    assert [line.channel for line in failed_only] == ["email"]


def test_counts_in_a_notice_leave_out_restricted_cases(factory):
    make_case(factory, "benten", restricted=True, topics=["abuse"], user_suffix=2)
    make_case(factory, "benten", restricted=True, topics=["abuse"], user_suffix=3)
    open_case(factory, "benten", user_suffix=4)
    with factory() as session:
        body = session.scalars(select(EmailNotification.body)).one()
    assert "対応中の相談（閲覧制限のものを除く）：1件" in body


def test_a_reminder_says_on_the_timeline_which_channels_carried_it(factory, hours):
    from tests.workspace.conftest import at
    from workspace.cases import scheduled

    start = at("2026-11-05 10:00")
    told = make_case(factory, "benten", urgency="urgent", created_at=start)
    untold = make_case(factory, "chuo", urgency="urgent", created_at=start, user_suffix=5)
    with transaction(factory) as session:
        scheduled.send_reminders(session, hours, at("2026-11-05 11:30"), base_url="http://workspace.test")
    assert timeline(factory, told.id, "reminder")[0].data["channels"] == ["email"]
    assert timeline(factory, untold.id, "reminder")[0].data["channels"] == []


class CapturingSmtp:
    """A plain SMTP server on localhost (Python's smtpd), keeping what it receives."""

    def __init__(self):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            import asyncore
            import smtpd
        self.asyncore = asyncore
        self.received = []
        outer = self

        class Server(smtpd.SMTPServer):
            def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
                outer.received.append((mailfrom, rcpttos, data))

        self.port = free_port()
        self.server = Server(("127.0.0.1", self.port), None, decode_data=False)
        self.thread = threading.Thread(target=asyncore.loop, kwargs={"timeout": 0.05}, daemon=True)
        self.thread.start()

    def close(self):
        self.server.close()
        self.thread.join(timeout=2)


@pytest.fixture
def smtp_server():
    server = CapturingSmtp()
    yield server
    server.close()


def test_queued_e_mails_are_sent_and_tls_is_never_skipped(factory, smtp_server):
    open_case(factory, "benten")
    plain = notifications.SmtpConfig("127.0.0.1", smtp_server.port, "intake@example.org", security="starttls")
    # This server offers no STARTTLS: the mail is not sent in clear, it waits with the error shown.
    assert notifications.send_pending_emails(factory, plain) == 0
    with factory() as session:
        row = session.scalars(select(EmailNotification)).one()
    assert row.status == "pending" and "STARTTLS" in row.last_error.upper() and not smtp_server.received
    relay = notifications.SmtpConfig("127.0.0.1", smtp_server.port, "intake@example.org", security="none")
    assert notifications.send_pending_emails(factory, relay) == 1
    [(sender, recipients, data)] = smtp_server.received
    assert sender == "intake@example.org" and recipients == ["benten-a@example.org", "benten-b@example.org"]
    assert "/staff/queue" in data.decode()
    with factory() as session:
        assert [line.state for line in notifications.notification_log(session)] == ["sent"]


def test_half_set_or_clear_text_smtp_configuration_fails_at_start():
    from pydantic import ValidationError

    from core.settings import Settings

    with pytest.raises(ValidationError, match="together"):
        Settings(_env_file=None, smtp_host="smtp.example.org", smtp_username="intake")
    with pytest.raises(ValidationError, match="relay on this machine"):
        Settings(_env_file=None, smtp_host="smtp.example.org", smtp_security="none")
    assert Settings(_env_file=None, smtp_host="localhost", smtp_security="none").smtp_port == 587
