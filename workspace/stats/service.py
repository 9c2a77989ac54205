"""Statistics for 地域ケア会議 and the city: counts and medians, never personal data.

Two sources, never overlapping:
- cases (the cases table; its statistical columns survive every purge), and
- triaged worries that ended without a case (InquiryStat, written by the bot via record_inquiry).
A case or worry with several topics counts once under each of its topics.
"""

from __future__ import annotations

import csv
import io
import json
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from sqlalchemy import String, cast, func, or_, select
from sqlalchemy.orm import Session

from cases.labels import (
    ROUTE_LABELS,
    SAFETY_FAMILY_LABELS,
    SAFETY_LEVEL_LABELS,
    TOPIC_LABELS,
    URGENCY_LABELS,
    URGENCY_ORDER,
)
from cases.models import Case
from core.csv_safety import neutralise_formula
from core.hours import JST
from knowledge.models import FaqEntry, FaqFeedback
from routing.models import Destination
from workspace.staff.models import StaffUser
from workspace.stats.models import OUTCOMES, SAFETY_LEVELS, InquiryStat, SafetyStat

SOURCES = {"case": "相談（ケース）", "bot": "ボットのみで終了"}
DEFAULT_MONTHS = 12


class NotAllowed(PermissionError):
    """This staff member has no statistics to see."""


# ---- recording (called by the bot) --------------------------------------------------------------


def record_inquiry(
    session: Session,
    *,
    topics: Iterable[str],
    urgency: str,
    route: str,
    destination_id: str | None,
    outcome: str,
    at: datetime,
) -> InquiryStat:
    """Count one triaged worry that ended without a case; keeps its day, labels and center only."""
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}")
    known = [t for t in dict.fromkeys(topics) if t in TOPIC_LABELS] or ["other"]
    destination = session.get(Destination, destination_id) if destination_id else None
    row = InquiryStat(
        day=at.astimezone(JST).date(),
        topics=known,
        urgency=urgency if urgency in URGENCY_ORDER else "routine",
        route=route if route in ROUTE_LABELS else "center",
        destination_id=destination.id if destination else None,
        ward=destination.ward if destination else None,
        outcome=outcome,
    )
    session.add(row)
    session.flush()
    return row


def record_from_state(session: Session, state: dict | None, *, outcome: str, at: datetime) -> InquiryStat | None:
    """record_inquiry from the conversation's state, if the worry was triaged (else nothing)."""
    state = state or {}
    if not state.get("topics"):
        return None
    route = state.get("route") or "center"
    if route in ("marugoto", "zaitaku_renkei"):
        destination_id = route
    else:
        destination_id = (state.get("address") or {}).get("center_id")
    return record_inquiry(
        session,
        topics=state["topics"],
        urgency=state.get("urgency") or "routine",
        route=route,
        destination_id=destination_id,
        outcome=outcome,
        at=at,
    )


def record_safety(session: Session, *, family: str, level: str, at: datetime, ward: str | None = None) -> SafetyStat:
    """Count one emergency or crisis the bot recognised: the day, the family and the level only."""
    if level not in SAFETY_LEVELS:
        raise ValueError(f"unknown safety level {level!r}")
    row = SafetyStat(day=at.astimezone(JST).date(), family=family[:40], level=level, ward=ward)
    session.add(row)
    return row


# ---- who sees what -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Scope:
    label: str
    ward: str | None = None  # None: the whole city
    destination_ids: frozenset[str] | None = None  # None: every destination


def ward_scope(session: Session, ward: str) -> Scope:
    """The destinations of one ward (its centers and its 高齢障害支援課)."""
    ids = frozenset(session.scalars(select(Destination.id).where(Destination.ward == ward)))
    return Scope(label=ward, ward=ward, destination_ids=ids)


def scope_for(session: Session, user: StaffUser, ward: str | None = None) -> Scope:
    """Admins see the city (or one ward they choose); ward oversight their own ward only."""
    if user.role == "admin":
        return ward_scope(session, ward) if ward else Scope(label="千葉市全体")
    if user.role == "ward_oversight" and user.destination_id:
        own = session.get(Destination, user.destination_id)
        if own is not None and own.ward:
            return ward_scope(session, own.ward)
    raise NotAllowed(user.login)


def wards(session: Session) -> list[str]:
    """The wards that have destinations, in the city's usual order."""
    order = ["中央区", "花見川区", "稲毛区", "若葉区", "緑区", "美浜区"]
    present = set(session.scalars(select(Destination.ward).where(Destination.ward.is_not(None)).distinct()))
    return [w for w in order if w in present] + sorted(present - set(order))


# ---- the period ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    first: date  # first day of the first month
    last: date  # first day of the last month

    @property
    def months(self) -> list[str]:
        out, year, month = [], self.first.year, self.first.month
        while (year, month) <= (self.last.year, self.last.month):
            out.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out

    @property
    def end(self) -> date:
        """The first day after the period."""
        y, m = self.last.year, self.last.month
        return date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)

    def utc_bounds(self) -> tuple[datetime, datetime]:
        return (
            datetime.combine(self.first, time(), JST).astimezone(UTC),
            datetime.combine(self.end, time(), JST).astimezone(UTC),
        )


def parse_month(text: str | None) -> date | None:
    """「2026-03」 → 2026-03-01; None for anything else."""
    try:
        year, month = (int(part) for part in (text or "").strip().split("-"))
        return date(year, month, 1)
    except (TypeError, ValueError):
        return None


def period_from(first: str | None, last: str | None, today: date) -> Period:
    """The months asked for, or the last twelve months up to this one; at most five years."""
    end = parse_month(last) or date(today.year, today.month, 1)
    start = parse_month(first)
    if start is None:
        y, m = end.year, end.month - (DEFAULT_MONTHS - 1)
        while m < 1:
            y, m = y - 1, m + 12
        start = date(y, m, 1)
    if start > end:
        start, end = end, start
    if (end.year - start.year) * 12 + end.month - start.month >= 60:
        start = date(end.year - 5, end.month, 1)
    return Period(start, end)


def month_of(moment: datetime) -> str:
    return moment.astimezone(JST).strftime("%Y-%m")


# ---- the report ----------------------------------------------------------------------------------


@dataclass
class FaqRow:
    slug: str
    question: str
    helpful: int
    unhelpful: int

    @property
    def rate(self) -> float | None:
        total = self.helpful + self.unhelpful
        return self.helpful / total if total else None


@dataclass
class Report:
    scope: Scope
    period: Period
    # (month, destination id or "", topic, source) -> count
    cube: Counter = field(default_factory=Counter)
    # (month, urgency, source) -> count
    urgency: Counter = field(default_factory=Counter)
    # (month, outcome) -> count
    outcomes: Counter = field(default_factory=Counter)
    # month -> hours from arrival to acceptance / days from arrival to closure, one per case
    accept_hours: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    close_days: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    # month -> number of cases / of worries without a case (each counted once, whatever its topics)
    cases_per_month: Counter = field(default_factory=Counter)
    others_per_month: Counter = field(default_factory=Counter)
    faq: list[FaqRow] = field(default_factory=list)
    # (month, family, level) -> count of emergencies and crises the bot recognised
    safety: Counter = field(default_factory=Counter)
    destination_names: dict[str, str] = field(default_factory=dict)
    destination_wards: dict[str, str] = field(default_factory=dict)

    @property
    def months(self) -> list[str]:
        return self.period.months

    @property
    def total_cases(self) -> int:
        return sum(self.cases_per_month.values())

    @property
    def total_others(self) -> int:
        return sum(self.others_per_month.values())

    def topic_totals(self, source: str | None = None) -> Counter:
        totals: Counter = Counter()
        for (_, _, topic, src), n in self.cube.items():
            if source is None or src == source:
                totals[topic] += n
        return totals

    def topic_by_destination(self) -> dict[str, Counter]:
        table: dict[str, Counter] = defaultdict(Counter)
        for (_, destination, topic, _), n in self.cube.items():
            table[destination][topic] += n
        return table

    def urgency_totals(self) -> Counter:
        totals: Counter = Counter()
        for (_, urgency, _), n in self.urgency.items():
            totals[urgency] += n
        return totals

    def outcome_totals(self) -> Counter:
        totals: Counter = Counter()
        for (_, outcome), n in self.outcomes.items():
            totals[outcome] += n
        return totals

    def safety_totals(self) -> Counter:
        """(family, level) -> count over the period."""
        totals: Counter = Counter()
        for (_, family, level), n in self.safety.items():
            totals[(family, level)] += n
        return totals

    def median_accept_hours(self, month: str | None = None) -> float | None:
        return _median(self.accept_hours.get(month, []) if month else _all(self.accept_hours))

    def median_close_days(self, month: str | None = None) -> float | None:
        return _median(self.close_days.get(month, []) if month else _all(self.close_days))

    def destination_order(self) -> list[str]:
        """Destinations with counts, by name; the empty id (no destination) last."""
        present = {d for d in self.topic_by_destination()}
        named = sorted((d for d in present if d), key=lambda d: self.destination_names.get(d, d))
        return named + ([""] if "" in present else [])


def _all(by_month: dict[str, list[float]]) -> list[float]:
    return [v for values in by_month.values() for v in values]


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def build_report(session: Session, scope: Scope, period: Period) -> Report:
    """Every count of the statistics page for a scope and period."""
    report = Report(scope=scope, period=period)
    months = set(period.months)
    _count_cases(session, scope, period, months, report)
    _count_other_inquiries(session, scope, period, report)
    _count_safety(session, scope, period, report)
    report.faq = faq_helpfulness(session, period)
    for destination_id, name, ward in session.execute(select(Destination.id, Destination.short_name, Destination.ward)):
        report.destination_names[destination_id] = name
        report.destination_wards[destination_id] = ward or ""
    return report


def _count_cases(session: Session, scope: Scope, period: Period, months: set[str], report: Report) -> None:
    start, end = period.utc_bounds()
    # Topics as their JSON text: decoded once per distinct list, not once per row.
    query = select(
        Case.created_at, cast(Case.topics, String), Case.destination_id, Case.urgency, Case.accepted_at, Case.closed_at
    ).where(Case.created_at >= start, Case.created_at < end)
    if scope.destination_ids is not None:
        query = query.where(Case.destination_id.in_(scope.destination_ids))
    topics_of = _TopicLists()
    for created, topics, destination, urgency, accepted, closed in session.execute(query):
        month = month_of(created)
        if month not in months:
            continue
        report.cases_per_month[month] += 1
        for topic in topics_of(topics):
            report.cube[(month, destination or "", topic, "case")] += 1
        report.urgency[(month, urgency, "case")] += 1
        if accepted is not None and accepted >= created:
            report.accept_hours[month].append((accepted - created).total_seconds() / 3600)
        if closed is not None and closed >= created:
            report.close_days[month].append((closed - created).total_seconds() / 86400)


def _count_other_inquiries(session: Session, scope: Scope, period: Period, report: Report) -> None:
    topics = cast(InquiryStat.topics, String)
    columns = (InquiryStat.day, topics, InquiryStat.urgency, InquiryStat.destination_id, InquiryStat.outcome)
    query = (
        select(*columns, func.count())
        .where(InquiryStat.day >= period.first, InquiryStat.day < period.end)
        .group_by(*columns)
    )
    if scope.destination_ids is not None:
        query = query.where(or_(InquiryStat.destination_id.in_(scope.destination_ids), InquiryStat.ward == scope.ward))
    topics_of = _TopicLists()
    for day, topic_text, urgency, destination, outcome, n in session.execute(query):
        month = day.strftime("%Y-%m")
        report.others_per_month[month] += n
        for topic in topics_of(topic_text):
            report.cube[(month, destination or "", topic, "bot")] += n
        report.urgency[(month, urgency, "bot")] += n
        report.outcomes[(month, outcome)] += n


def _count_safety(session: Session, scope: Scope, period: Period, report: Report) -> None:
    columns = (SafetyStat.day, SafetyStat.family, SafetyStat.level)
    query = (
        select(*columns, func.count())
        .where(SafetyStat.day >= period.first, SafetyStat.day < period.end)
        .group_by(*columns)
    )
    if scope.ward is not None:
        query = query.where(SafetyStat.ward == scope.ward)
    for day, family, level, n in session.execute(query):
        report.safety[(day.strftime("%Y-%m"), family, level)] += n


class _TopicLists:
    """JSON text of a topics column → its list (memoised; an empty or broken one counts as `other`)."""

    def __init__(self) -> None:
        self._seen: dict[str | None, list[str]] = {}

    def __call__(self, text: str | None) -> list[str]:
        found = self._seen.get(text)
        if found is None:
            try:
                found = [str(t) for t in json.loads(text or "[]")] or ["other"]
            except ValueError:
                found = ["other"]
            self._seen[text] = found
        return found


def faq_helpfulness(session: Session, period: Period) -> list[FaqRow]:
    """役に立った／立たなかった per FAQ entry in the period, most votes first (city-wide: votes have no place)."""
    start, end = period.utc_bounds()
    votes = session.execute(
        select(FaqFeedback.entry_id, FaqFeedback.helpful, func.count())
        .where(FaqFeedback.created_at >= start, FaqFeedback.created_at < end)
        .group_by(FaqFeedback.entry_id, FaqFeedback.helpful)
    ).all()
    tally: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for entry_id, helpful, n in votes:
        tally[entry_id][0 if helpful else 1] += n
    if not tally:
        return []
    entries = {e.id: e for e in session.scalars(select(FaqEntry).where(FaqEntry.id.in_(tally)))}
    rows = [FaqRow(entries[i].slug, entries[i].question, h, u) for i, (h, u) in tally.items() if i in entries]
    return sorted(rows, key=lambda r: (-(r.helpful + r.unhelpful), r.slug))


# ---- CSV for 地域ケア会議 ----------------------------------------------------------------------------

CSV_TABLES = {
    "inquiries": "相談件数（月 × 担当先 × 相談内容）",
    "urgency": "緊急度の内訳（月別）",
    "outcomes": "ケースにならなかった問い合わせの結果（月別）",
    "times": "受付・終了までの時間（月別の中央値）",
    "faq": "FAQ の評価",
    "safety": "緊急・危機として案内した件数（月 × 種類）",
}


def csv_rows(report: Report, table: str) -> list[list]:
    """The header and rows of one exported table (Japanese headers, ids kept for pivoting)."""
    names = report.destination_names
    if table == "inquiries":
        rows = [["月", "区", "担当先ID", "担当先", "相談内容ID", "相談内容", "区分", "件数"]]
        wards = report.destination_wards
        for (month, dest, topic, source), n in sorted(report.cube.items()):
            rows.append(
                [
                    month,
                    wards.get(dest, ""),
                    dest,
                    names.get(dest, "（担当先なし）" if not dest else dest),
                    topic,
                    TOPIC_LABELS.get(topic, topic),
                    SOURCES[source],
                    n,
                ]
            )
        return rows
    if table == "urgency":
        rows = [["月", "緊急度ID", "緊急度", "区分", "件数"]]
        for (month, urgency, source), n in sorted(report.urgency.items()):
            rows.append([month, urgency, URGENCY_LABELS.get(urgency, urgency), SOURCES[source], n])
        return rows
    if table == "outcomes":
        rows = [["月", "結果ID", "結果", "件数"]]
        for (month, outcome), n in sorted(report.outcomes.items()):
            rows.append([month, outcome, OUTCOMES.get(outcome, outcome), n])
        return rows
    if table == "times":
        rows = [
            [
                "月",
                "相談件数",
                "受付済み件数",
                "受付までの時間（中央値・時間）",
                "終了件数",
                "終了までの日数（中央値・日）",
            ]
        ]
        for month in report.months:
            rows.append(
                [
                    month,
                    report.cases_per_month.get(month, 0),
                    len(report.accept_hours.get(month, [])),
                    _blank(report.median_accept_hours(month)),
                    len(report.close_days.get(month, [])),
                    _blank(report.median_close_days(month)),
                ]
            )
        return rows
    if table == "faq":
        rows = [["FAQ", "質問", "役に立った", "役に立たなかった", "役に立った割合"]]
        for row in report.faq:
            rows.append(
                [row.slug, row.question, row.helpful, row.unhelpful, "" if row.rate is None else f"{row.rate:.2f}"]
            )
        return rows
    if table == "safety":
        rows = [["月", "種類ID", "種類", "区分ID", "区分", "件数"]]
        for (month, family, level), n in sorted(report.safety.items()):
            rows.append(
                [
                    month,
                    family,
                    SAFETY_FAMILY_LABELS.get(family, family),
                    level,
                    SAFETY_LEVEL_LABELS.get(level, level),
                    n,
                ]
            )
        return rows
    raise ValueError(f"unknown table {table!r}")


def _blank(value: float | None) -> str | float:
    return "" if value is None else value


def to_csv(rows: list[list]) -> str:
    """CSV with a byte-order mark, so Excel opens the Japanese correctly.

    Text cells (center names and FAQ questions are typed by staff) never start a formula;
    numbers are written as they are.
    """
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutralise_formula(cell) if isinstance(cell, str) else cell for cell in row])
    return out.getvalue()
