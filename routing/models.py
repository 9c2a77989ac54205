"""Tables of the routing domain: destinations, the town table, contacts and their sources.

The admin console edits these rows; `intake routing import` only inserts what is missing
and fills empty fields, so an admin's edits survive a re-import.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, UTCDateTime, utcnow

DESTINATION_KINDS = ("center", "marugoto", "zaitaku_renkei", "ward_office")


class Destination(Base):
    """Where a case can be sent: a あんしんケアセンター, まるごと, 在宅医療・介護連携, a ward office."""

    __tablename__ = "routing_destination"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)  # "benten", "marugoto", "ward_chuo"
    kind: Mapped[str] = mapped_column(String(20), index=True)
    name: Mapped[str] = mapped_column(String(120))
    short_name: Mapped[str] = mapped_column(String(80))
    ward: Mapped[str | None] = mapped_column(String(10), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(60), nullable=True)  # empty for centers in the seed
    address: Mapped[str | None] = mapped_column(String(200), nullable=True)
    hours: Mapped[str | None] = mapped_column(Text, nullable=True)
    holidays_note: Mapped[str | None] = mapped_column(Text, nullable=True)
    notify_line_group_id: Mapped[str | None] = mapped_column(String(80), nullable=True)
    notify_emails: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Key of a verified Contact to give while `phone` is empty.
    fallback_contact_key: Mapped[str | None] = mapped_column(
        String(40), ForeignKey("routing_contact.key"), nullable=True
    )
    area_raw: Mapped[str | None] = mapped_column(Text, nullable=True)
    source_url: Mapped[str | None] = mapped_column(Text, nullable=True)
    source_date: Mapped[str | None] = mapped_column(String(80), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Town(Base):
    """One 町丁目 and its responsible center (chome is NULL for a 町 without 丁目)."""

    __tablename__ = "routing_town"
    __table_args__ = (UniqueConstraint("ward", "town", "chome"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ward: Mapped[str] = mapped_column(String(10), index=True)  # 中央区
    town: Mapped[str] = mapped_column(String(40), index=True)  # 弁天
    chome: Mapped[int | None] = mapped_column(Integer, nullable=True)
    zip: Mapped[str | None] = mapped_column(String(7), nullable=True, index=True)
    kana: Mapped[str | None] = mapped_column(String(80), nullable=True)
    lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    lng: Mapped[float | None] = mapped_column(Float, nullable=True)
    center_id: Mapped[str] = mapped_column(String(40), ForeignKey("routing_destination.id"), index=True)


class PostalCode(Base):
    """Japan Post rows for Chiba City (town NULL: the ward's 「以下に掲載がない場合」 code)."""

    __tablename__ = "routing_postal_code"
    __table_args__ = (UniqueConstraint("zip", "raw_town"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    zip: Mapped[str] = mapped_column(String(7), index=True)
    ward: Mapped[str] = mapped_column(String(10))
    town: Mapped[str | None] = mapped_column(String(40), nullable=True)
    raw_town: Mapped[str] = mapped_column(String(120))


class Contact(Base):
    """Another destination the bot may refer to, exactly as in contacts.csv (with its status)."""

    __tablename__ = "routing_contact"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(80), nullable=True)
    hours_or_note: Mapped[str | None] = mapped_column(Text, nullable=True)
    address: Mapped[str | None] = mapped_column(String(200), nullable=True)
    status: Mapped[str | None] = mapped_column(Text, nullable=True)
    source_url: Mapped[str | None] = mapped_column(Text, nullable=True)
    source_date: Mapped[str | None] = mapped_column(String(120), nullable=True)


class DataSource(Base):
    """Provenance of the seed data, with the attribution text a license requires."""

    __tablename__ = "routing_data_source"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    license: Mapped[str | None] = mapped_column(String(120), nullable=True)
    retrieved: Mapped[str | None] = mapped_column(String(80), nullable=True)  # date or edition as known
    attribution: Mapped[str | None] = mapped_column(Text, nullable=True)
    used_for: Mapped[str | None] = mapped_column(Text, nullable=True)
