"""Notifications to staff: counts, urgency and a link, never personal data."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, UTCDateTime, utcnow


class EmailNotification(Base):
    """An e-mail to a destination's staff, written in the transaction that caused it, sent after."""

    __tablename__ = "email_notifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    destination_id: Mapped[str] = mapped_column(String(40), index=True)
    recipients: Mapped[str] = mapped_column(Text)
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="pending")  # pending / sent / failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class NotificationLog(Base):
    """One notice to a destination by one channel: what and when, never personal data.

    Delivery is read from the channel's own row (the outbox message or the queued e-mail), so the
    log always shows the current state. channel "none": the destination has no channel configured,
    nothing was sent.
    """

    __tablename__ = "notification_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    destination_id: Mapped[str] = mapped_column(String(40), index=True)
    event: Mapped[str] = mapped_column(String(24))  # case_opened / resident_wrote / transferred / reminder / test
    channel: Mapped[str] = mapped_column(String(12))  # line_group / email / none
    case_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    outgoing_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    email_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
