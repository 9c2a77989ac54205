"""Telling a destination's staff that something needs them, by the channels it configured."""

from __future__ import annotations

import logging
import re
import smtplib
from collections.abc import Callable
from email.message import EmailMessage

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot import outbox
from core.db import transaction, utcnow
from routing.models import Destination
from workspace.cases.models import OPEN_STATUSES, Case
from workspace.notifications.models import EmailNotification

log = logging.getLogger(__name__)

URGENCY_JA = {"emergency": "緊急", "urgent": "急ぎ", "routine": "通常"}


def notify(session: Session, destination_id: str, headline: str, *, base_url: str) -> None:
    """Queue a notice for the destination's staff group and e-mail addresses, if configured."""
    destination = session.get(Destination, destination_id)
    if destination is None:
        return
    recipients = email_recipients(destination.notify_emails)
    if not destination.notify_line_group_id and not recipients:
        return
    open_count = session.scalar(
        select(func.count()).where(Case.destination_id == destination_id, Case.status.in_(OPEN_STATUSES))
    )
    body = f"{headline}\n対応中の相談：{open_count}件\n{base_url.rstrip('/')}/staff/queue"
    if destination.notify_line_group_id:
        outbox.enqueue(session, destination.notify_line_group_id, [{"type": "text", "text": body}], origin="notification")
    if recipients:
        session.add(
            EmailNotification(
                destination_id=destination_id,
                recipients=", ".join(recipients),
                subject=f"[あんしんケア相談] {headline}",
                body=body,
            )
        )


def case_opened_headline(case: Case) -> str:
    return f"新しい相談が1件あります（{URGENCY_JA.get(case.urgency, case.urgency)}）"


def resident_wrote_headline(case: Case) -> str:
    return f"相談者から新しいメッセージがあります（受付番号 {case.number}）"


def safety_headline(case: Case, reason: str) -> str:
    return f"【至急】相談者のメッセージに緊急の内容があります（受付番号 {case.number}・{reason}）"


def case_transferred_headline(case: Case) -> str:
    return f"ほかの担当先から相談が移管されました（{URGENCY_JA.get(case.urgency, case.urgency)}・受付番号 {case.number}）"


REMINDER_JA = {
    "urgent_unaccepted": "急ぎの相談が1時間以上受付されていません",
    "untouched": "2営業日以上対応のない相談があります",
}


def reminder_headline(case: Case, kind: str) -> str:
    return f"{REMINDER_JA.get(kind, kind)}（受付番号 {case.number}）"


def email_recipients(raw: str | None) -> list[str]:
    """The addresses of a destination's notify_emails (comma, semicolon or line separated)."""
    return [part for part in re.split(r"[\s,;、]+", raw or "") if "@" in part]


def send_pending_emails(factory: sessionmaker[Session], *, host: str, port: int, sender: str) -> int:
    """Send queued e-mails over SMTP; failures stay visible on the row and are retried."""
    if not host:
        return 0
    with factory() as session:
        pending = session.scalars(
            select(EmailNotification).where(EmailNotification.status == "pending").order_by(EmailNotification.id).limit(20)
        ).all()
    sent = 0
    for item in pending:
        message = EmailMessage()
        message["From"] = sender
        message["To"] = item.recipients
        message["Subject"] = item.subject
        message.set_content(item.body)
        try:
            with smtplib.SMTP(host, port, timeout=10) as smtp:
                smtp.send_message(message)
            error = None
        except (OSError, smtplib.SMTPException) as exc:
            error = f"{type(exc).__name__}: {exc}"
        with transaction(factory) as session:
            row = session.get(EmailNotification, item.id)
            row.attempts += 1
            if error is None:
                row.status, row.sent_at = "sent", utcnow()
                sent += 1
            else:
                row.last_error = error
                row.status = "failed" if row.attempts >= 5 else "pending"
                log.warning("notification e-mail failed", extra={"notification_id": row.id})
    return sent


def email_job(factory: sessionmaker[Session], settings) -> Callable[[], None]:
    """The worker's periodic job: send what is queued (settings: core.settings.Settings)."""

    def send_notification_emails() -> None:
        send_pending_emails(factory, host=settings.smtp_host, port=settings.smtp_port, sender=settings.smtp_sender)

    return send_notification_emails
