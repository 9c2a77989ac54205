"""Anonymous counts of 「センターをさがす」 lookups: no case is created, the question is still counted.

A row keeps the Japan date, how the place was given, what was found and the center (and its
ward) it led to: never the LINE user, the text, the address or the location.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from sqlalchemy import Date, Index, Integer, String, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from core.db import Base
from core.hours import JST

RESULTS = {
    "center": "担当センターを案内",
    "ambiguous": "丁目・町・区をたずねた",
    "outside_city": "市外（市町村の窓口を案内）",
    "unknown": "住所がわからず",
}
METHODS = ("address", "postal_code", "location")
VIAS = ("menu", "typed")


class CenterLookupStat(Base):
    __tablename__ = "stats_center_lookup"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date)  # Japan date
    via: Mapped[str] = mapped_column(String(12))  # menu / typed
    method: Mapped[str | None] = mapped_column(String(16), nullable=True)  # address / postal_code / location
    result: Mapped[str] = mapped_column(String(16))
    destination_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    ward: Mapped[str | None] = mapped_column(String(10), nullable=True)

    __table_args__ = (Index("ix_stats_center_lookup_day", "day"),)


def record_lookup(
    session: Session,
    *,
    via: str,
    method: str | None,
    result: str,
    destination_id: str | None,
    ward: str | None,
    at: datetime,
) -> CenterLookupStat:
    if result not in RESULTS or via not in VIAS:
        raise ValueError(f"unknown lookup {result!r} via {via!r}")
    row = CenterLookupStat(
        day=at.astimezone(JST).date(),
        via=via,
        method=method if method in METHODS else None,
        result=result,
        destination_id=destination_id if result == "center" else None,
        ward=ward if result == "center" else None,
    )
    session.add(row)
    session.flush()
    return row


def lookup_counts(session: Session, first: date, end: date, ward: str | None = None) -> Counter:
    """(month "YYYY-MM", result) -> lookups, for days in [first, end); a ward sees the lookups
    that led to its centers (a place outside the city or not understood belongs to no ward)."""
    query = (
        select(CenterLookupStat.day, CenterLookupStat.result, func.count())
        .where(CenterLookupStat.day >= first, CenterLookupStat.day < end)
        .group_by(CenterLookupStat.day, CenterLookupStat.result)
    )
    if ward is not None:
        query = query.where(CenterLookupStat.ward == ward)
    rows = session.execute(query)
    counts: Counter = Counter()
    for day, result, n in rows:
        counts[(f"{day.year:04d}-{day.month:02d}", result)] += n
    return counts
