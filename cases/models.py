"""A case: one resident's worry, handed to one destination, with its whole timeline."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db import Base, UTCDateTime, utcnow

STATUSES = ("new", "accepted", "in_progress", "closed")
OPEN_STATUSES = ("new", "accepted", "in_progress")


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # Shown to the resident and staff: "2026-00042".
    number: Mapped[str | None] = mapped_column(String(20), unique=True, nullable=True)
    destination_id: Mapped[str] = mapped_column(String(40), index=True)
    # The ward's 高齢障害支援課 that also sees the case (abuse cases), if any.
    oversight_destination_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    line_user_id: Mapped[str | None] = mapped_column(String(64), index=True, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="new")
    urgency: Mapped[str] = mapped_column(String(12), default="routine")
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    route: Mapped[str] = mapped_column(String(20), default="center")
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    # Treated as an abuse case: abuse told (at intake or after the handoff) or labelled by staff, decided where it
    # was told (bot/conversation/handoff.py abuse_told, cases/service.py correct_labels). Such a case is restricted;
    # a later message telling abuse leaves it, and what staff changed since, as it is.
    abuse_told: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The triage as the bot made it, kept even when staff correct the labels.
    triage: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    summary: Mapped[str] = mapped_column(Text, default="")
    relation: Mapped[str | None] = mapped_column(String(16), nullable=True)  # self/family/neighbour/professional
    # Resolved address of the person concerned and how it was resolved (router output).
    address: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    contact_method: Mapped[str | None] = mapped_column(String(8), nullable=True)  # line / phone
    contact_phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    contact_times: Mapped[str | None] = mapped_column(String(60), nullable=True)
    contact_name: Mapped[str | None] = mapped_column(String(60), nullable=True)
    consent_version: Mapped[str | None] = mapped_column(String(40), nullable=True)
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    assigned_to_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    last_activity_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    close_reason: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # Set when retention or a deletion request removed personal data; statistics remain.
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # The same resident's earlier case, closed when this one began (they wrote again after closure).
    previous_case_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)

    entries: Mapped[list[CaseEntry]] = relationship(
        back_populates="case", order_by="CaseEntry.id", cascade="all, delete-orphan"
    )

    __table_args__ = (Index("ix_cases_queue", "destination_id", "status", "urgency", "created_at"),)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class CaseEntry(Base):
    """One line of a case's timeline, which is also its audit trail.

    kinds: resident_message, bot_message, staff_reply, note, status, assignment, transfer,
    label_change, view, delivery_problem, consent.
    """

    __tablename__ = "case_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    # Staff user id, or None for the resident and the bot.
    actor_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    body: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # For resident messages: LINE's message id, so an unsend can delete the stored copy.
    line_message_id: Mapped[str | None] = mapped_column(String(40), nullable=True, index=True)
    outgoing_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    case: Mapped[Case] = relationship(back_populates="entries")


class CaseReminder(Base):
    """A reminder sent to a case's destination; the unique pair makes it once per case per kind."""

    __tablename__ = "case_reminders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(24))  # urgent_unaccepted / untouched
    destination_id: Mapped[str] = mapped_column(String(40))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("case_id", "kind"),)
