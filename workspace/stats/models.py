"""Anonymous counts of the bot's conversations that did not become cases."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Date, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base

# How a triaged worry ended without a case (cases are counted from the cases table).
OUTCOMES = {
    "outside_city": "市外に住む方（市町村の窓口を案内）",
    "address_unresolved": "住所がわからず（コールセンターを案内）",
    "no_handoff": "つなぐ必要なし（FAQ などで終了）",
    "declined": "センターに伝えることに同意せず",
    "no_answer": "答えられる FAQ がなく、あらためて質問",
    "cancelled": "相談者が中止",
    "expired": "返事がなく時間切れ",
}


class InquiryStat(Base):
    """One triaged worry that ended without a case: what it was about, never who or what was written.

    Only the day is kept (no time, no LINE user, no text, no address beyond the center it would
    have gone to), so a row cannot be tied back to a person or a conversation.
    """

    __tablename__ = "stats_inquiry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date)  # Japan date
    topics: Mapped[list] = mapped_column(JSON, default=list)
    urgency: Mapped[str] = mapped_column(String(12))
    route: Mapped[str] = mapped_column(String(20))
    destination_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    ward: Mapped[str | None] = mapped_column(String(10), nullable=True)
    outcome: Mapped[str] = mapped_column(String(24))

    __table_args__ = (Index("ix_stats_inquiry_day", "day"),)


SAFETY_LEVELS = ("emergency", "crisis")


class SafetyStat(Base):
    """One emergency or crisis the bot recognised: its day, family and level, nothing else.

    Written when the bot gives the number or the crisis lines, once per conversation and family
    (a message on the case it became counts only a family not counted yet), so a city can see
    how often each family occurs.
    """

    __tablename__ = "stats_safety"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date)  # Japan date
    family: Mapped[str] = mapped_column(String(40))  # shared/spec/triage.md families, "crisis" or "emergency"
    level: Mapped[str] = mapped_column(String(12))  # emergency / crisis
    ward: Mapped[str | None] = mapped_column(String(10), nullable=True)  # when the place was known already

    __table_args__ = (Index("ix_stats_safety_day", "day"),)
