"""Telling a destination's staff that something needs them, by the channels it configured."""

from __future__ import annotations

import logging
import re
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot import outbox
from bot.models import OutgoingMessage
from cases.models import OPEN_STATUSES, Case
from core.db import transaction, utcnow
from routing import destinations
from routing.models import Destination
from workspace.notifications.models import EmailNotification, NotificationLog

log = logging.getLogger(__name__)

URGENCY_JA = {"emergency": "緊急", "urgent": "急ぎ", "routine": "通常"}


CHANNEL_NAMES = {"line_group": "LINE グループ", "email": "メール", "none": "通知先なし"}
EVENT_NAMES = {
    "case_opened": "新しい相談",
    "resident_wrote": "相談者からのメッセージ",
    "transferred": "移管",
    "reminder": "リマインダー",
    "safety_alert": "緊急・危機の知らせ",
    "case_restricted": "虐待の相談として制限",
    "test": "テスト通知",
}


def notify(
    session: Session,
    destination_id: str,
    headline: str,
    *,
    base_url: str,
    event: str = "case_opened",
    case_id: int | None = None,
) -> list[str]:
    """Queue a notice for the destination's staff group and e-mail addresses, if configured.

    Every channel used (or "none") is written to the notification log. Returns the channels used.
    The count is of cases anyone at the destination may see: restricted (abuse) cases are left out,
    since a group or a mailing list may reach staff without access to them.
    """
    # From memory in a worker's turn (routing.destinations); never flushes the caller's changes
    # first (that split a turn's writes into two flushes, the case's row updated twice).
    destination = destinations.destination(session, destination_id)
    if destination is None:
        return []
    recipients = email_recipients(destination.notify_emails)
    if not destination.notify_line_group_id and not recipients:
        session.add(NotificationLog(destination_id=destination_id, event=event, channel="none", case_id=case_id))
        return []
    open_count = session.scalar(
        select(func.count()).where(
            Case.destination_id == destination_id, Case.status.in_(OPEN_STATUSES), Case.restricted.is_(False)
        )
    )
    body = f"{headline}\n対応中の相談（閲覧制限のものを除く）：{open_count}件\n{base_url.rstrip('/')}/staff/queue"
    channels = []
    if destination.notify_line_group_id:
        rows = outbox.enqueue(
            session, destination.notify_line_group_id, [{"type": "text", "text": body}], origin="notification"
        )
        session.flush()
        session.add(
            NotificationLog(
                destination_id=destination_id,
                event=event,
                channel="line_group",
                case_id=case_id,
                outgoing_id=rows[0].id,
            )
        )
        channels.append("line_group")
    if recipients:
        email = EmailNotification(
            destination_id=destination_id,
            recipients=", ".join(recipients),
            subject=f"[あんしんケア相談] {headline}",
            body=body,
        )
        session.add(email)
        session.flush()
        session.add(
            NotificationLog(
                destination_id=destination_id, event=event, channel="email", case_id=case_id, email_id=email.id
            )
        )
        channels.append("email")
    return channels


def destinations_without_channel(session: Session) -> list[Destination]:
    """Active destinations cases go to that have neither a LINE group nor an e-mail address."""
    rows = session.scalars(select(Destination).where(Destination.active.is_(True)).order_by(Destination.id))
    return [d for d in rows if not d.notify_line_group_id and not email_recipients(d.notify_emails)]


def channels_text(channels: list[str]) -> str:
    """What the timeline says was sent: 「LINE グループとメールで通知しました」 or that nothing was."""
    if not channels:
        return "通知先が登録されていないため、担当先への通知は送られていません"
    return "と".join(CHANNEL_NAMES[c] for c in channels) + "で担当先に通知しました"


@dataclass
class LogLine:
    at: datetime
    destination_id: str
    event: str
    channel: str
    case_id: int | None
    state: str  # pending / sent / failed / not_sent
    error: str | None


def notification_log(
    session: Session, *, destination_id: str | None = None, state: str | None = None, limit: int = 200
) -> list[LogLine]:
    """The newest notices with their delivery state, read from the channel's own row."""
    query = (
        select(
            NotificationLog,
            OutgoingMessage.status,
            OutgoingMessage.last_error,
            EmailNotification.status,
            EmailNotification.last_error,
        )
        .outerjoin(OutgoingMessage, OutgoingMessage.id == NotificationLog.outgoing_id)
        .outerjoin(EmailNotification, EmailNotification.id == NotificationLog.email_id)
        .order_by(NotificationLog.id.desc())
    )
    if destination_id:
        query = query.where(NotificationLog.destination_id == destination_id)
    lines = []
    for row, line_status, line_error, mail_status, mail_error in session.execute(
        query.limit(limit * 3 if state else limit)
    ):
        if row.channel == "none":
            current, error = "not_sent", None
        elif row.channel == "line_group":
            current, error = _state(line_status), line_error
        else:
            current, error = _state(mail_status), mail_error
        if state and current != state:
            continue
        lines.append(
            LogLine(
                row.created_at,
                row.destination_id,
                row.event,
                row.channel,
                row.case_id,
                current,
                _without_addresses(error),
            )
        )
    return lines[:limit]


def _state(status: str | None) -> str:
    return {"sent": "sent", "failed": "failed", None: "failed"}.get(status, "pending")


def _without_addresses(error: str | None) -> str | None:
    """An SMTP error can quote the recipient: the log shows no e-mail address."""
    return re.sub(r"[^\s<>@,;]+@[^\s<>@,;]+", "（アドレス）", error)[:300] if error else None


TEST_HEADLINE = "テスト通知です。新しい相談のお知らせは、ここに届きます"


def case_opened_headline(case: Case) -> str:
    return f"新しい相談が1件あります（{URGENCY_JA.get(case.urgency, case.urgency)}）"


def resident_wrote_headline(case: Case) -> str:
    return f"相談者から新しいメッセージがあります（受付番号 {case.number}）"


def safety_headline(case: Case, reason: str) -> str:
    return f"【至急】相談者のメッセージに緊急の内容があります（受付番号 {case.number}・{reason}）"


def case_transferred_headline(case: Case) -> str:
    return (
        f"ほかの担当先から相談が移管されました（{URGENCY_JA.get(case.urgency, case.urgency)}・受付番号 {case.number}）"
    )


REMINDER_JA = {
    "urgent_unaccepted": "急ぎの相談が1時間以上受付されていません",
    "untouched": "2営業日以上対応のない相談があります",
}


def reminder_headline(case: Case, kind: str) -> str:
    return f"{REMINDER_JA.get(kind, kind)}（受付番号 {case.number}）"


def email_recipients(raw: str | None) -> list[str]:
    """The addresses of a destination's notify_emails (comma, semicolon or line separated)."""
    return [part for part in re.split(r"[\s,;、]+", raw or "") if "@" in part]


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    sender: str
    security: str = "starttls"  # starttls / tls (implicit, e.g. port 465) / none (a relay on localhost)
    username: str = ""
    password: str = ""
    timeout: float = 10.0

    @classmethod
    def of(cls, settings) -> SmtpConfig:
        return cls(
            settings.smtp_host,
            settings.smtp_port,
            settings.smtp_sender,
            settings.smtp_security,
            settings.smtp_username,
            settings.smtp_password,
        )


def smtp_connection(config: SmtpConfig) -> smtplib.SMTP:
    """An open SMTP connection, encrypted (certificate and host name verified) unless security is "none"."""
    context = ssl.create_default_context()
    if config.security == "tls":
        smtp = smtplib.SMTP_SSL(config.host, config.port, timeout=config.timeout, context=context)
    else:
        smtp = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
        if config.security == "starttls":
            smtp.starttls(context=context)
    if config.username:
        smtp.login(config.username, config.password)
    return smtp


def send_pending_emails(factory: sessionmaker[Session], config: SmtpConfig) -> int:
    """Send queued e-mails over SMTP; failures stay visible on the row and are retried."""
    host, sender = config.host, config.sender
    if not host:
        return 0
    with factory() as session:
        pending = session.scalars(
            select(EmailNotification)
            .where(EmailNotification.status == "pending")
            .order_by(EmailNotification.id)
            .limit(20)
        ).all()
    sent = 0
    for item in pending:
        message = EmailMessage()
        message["From"] = sender
        message["To"] = item.recipients
        message["Subject"] = item.subject
        message.set_content(item.body)
        try:
            with smtp_connection(config) as smtp:
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
        send_pending_emails(factory, SmtpConfig.of(settings))

    return send_notification_emails
