"""Retention and residents' privacy requests: purge, delete on request, export.

Purging a case removes what identifies or describes the person and keeps what statistics count:

- kept: the case row, its number, destination, ward/town, topics, urgency, route, relation, status,
  the times (created, accepted, closed), close reason, and the timeline's structure (kinds, times,
  staff ids);
- removed: the LINE user id, contact phone/name/times, the address beyond ward and town, the
  summary, the triage's address and trigger words, every free text of the timeline (resident
  messages, bot messages, replies, notes, reasons), and the text of the messages sent about it.

A deletion request purges all of a resident's cases (closing open ones), deletes the bot's
conversation state and inbox rows, and blanks every message sent to them. Each run is a PrivacyRun.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from bot.models import InboxEvent, LineUser, OutgoingMessage
from cases import service as cases
from cases.models import OPEN_STATUSES, Case, CaseEntry
from core.db import utcnow
from workspace.privacy.models import PrivacyRun
from workspace.staff.models import StaffUser

PURGED_TEXT = "（個人情報の保存期間を過ぎたため削除しました）"
DELETED_TEXT = "（相談者の求めにより削除しました）"
# Timeline entries whose text is a fixed label or a staff name, not something about the resident.
STRUCTURAL_KINDS = ("assignment", "reminder", "view", "label_change", "notification", "link")
CHUNK = 500
# What of a resolved address survives a purge.
KEPT_ADDRESS_FIELDS = ("kind", "method", "center_id", "center_name", "ward", "town")
# What of the bot's triage survives a purge (its address and trigger words do not).
KEPT_TRIAGE_FIELDS = ("topics", "topic_scores", "confident", "candidates", "urgency", "route", "center_id")


class RequestNotFound(LookupError):
    """No resident matches the LINE user id or case number given."""


# ---- purging one case ---------------------------------------------------------------------------


def purge_case(session: Session, case: Case, now: datetime, text: str = PURGED_TEXT) -> dict[str, int]:
    """Remove a case's personal data in place; statistics stay. Returns counts of what was touched."""
    return purge_cases(session, [case], now, text)


def purge_cases(session: Session, to_purge: list[Case], now: datetime, text: str = PURGED_TEXT) -> dict[str, int]:
    """purge_case for many cases, with one UPDATE per table for each chunk of cases."""
    counts = {"entries": 0, "messages": 0}
    for case in to_purge:
        _strip_case(case, now)
    session.flush()
    for start in range(0, len(to_purge), CHUNK):
        ids = [c.id for c in to_purge[start : start + CHUNK]]
        counts["entries"] += (
            session.execute(
                update(CaseEntry)
                .where(CaseEntry.case_id.in_(ids), CaseEntry.kind.not_in(STRUCTURAL_KINDS), CaseEntry.body != "")
                .values(body=text)
                .execution_options(synchronize_session=False)
            ).rowcount
            or 0
        )
        session.execute(
            update(CaseEntry)
            .where(CaseEntry.case_id.in_(ids), CaseEntry.line_message_id.is_not(None))
            .values(line_message_id=None)
            .execution_options(synchronize_session=False)
        )
        counts["messages"] += blank_messages(session, OutgoingMessage.case_id.in_(ids), text)
    session.flush()
    return counts


def _strip_case(case: Case, now: datetime) -> None:
    case.line_user_id = None
    case.contact_phone = None
    case.contact_name = None
    case.contact_times = None
    case.summary = ""
    case.address = _kept(case.address, KEPT_ADDRESS_FIELDS) if case.address else None
    triage = dict(case.triage or {})
    kept_triage = _kept(triage, KEPT_TRIAGE_FIELDS)
    if isinstance(triage.get("address"), dict):
        kept_triage["address"] = _kept(triage["address"], KEPT_ADDRESS_FIELDS)
    case.triage = kept_triage
    case.purged_at = now


def _kept(data: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    return {k: data[k] for k in fields if k in data}


def blank_messages(session: Session, condition, text: str) -> int:
    """Replace the content and recipient of messages; those not sent yet are cancelled (failed) first."""
    session.execute(
        update(OutgoingMessage)
        .where(condition, OutgoingMessage.status.in_(("pending", "sending")))
        .values(status="failed", last_error="送信前に削除しました")
        .execution_options(synchronize_session=False)
    )
    return (
        session.execute(
            update(OutgoingMessage)
            .where(condition, OutgoingMessage.to != "")
            .values(to="", messages=[{"type": "text", "text": text}], reply_token=None)
            .execution_options(synchronize_session=False)
        ).rowcount
        or 0
    )


# ---- retention ----------------------------------------------------------------------------------


def purge_cutoff(now: datetime, retention_days: int) -> datetime:
    return now - timedelta(days=retention_days)


def cases_due_for_purge(session: Session, now: datetime, retention_days: int, limit: int | None = None) -> list[Case]:
    """Closed cases, not yet purged, closed before the retention period began (oldest first)."""
    query = (
        select(Case)
        .where(
            Case.status == "closed",
            Case.purged_at.is_(None),
            Case.closed_at.is_not(None),
            Case.closed_at < purge_cutoff(now, retention_days),
        )
        .order_by(Case.closed_at, Case.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def count_due_for_purge(session: Session, now: datetime, retention_days: int) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Case)
            .where(
                Case.status == "closed",
                Case.purged_at.is_(None),
                Case.closed_at.is_not(None),
                Case.closed_at < purge_cutoff(now, retention_days),
            )
        )
        or 0
    )


def blank_old_bot_messages(session: Session, now: datetime, retention_days: int) -> int:
    """The bot's messages to residents that belong to no case, older than the period: content blanked."""
    cutoff = now - timedelta(days=retention_days)
    return blank_messages(
        session,
        (
            OutgoingMessage.case_id.is_(None)
            & (OutgoingMessage.created_at < cutoff)
            & OutgoingMessage.status.in_(("sent", "failed"))
            & (OutgoingMessage.origin == "bot")
        ),
        PURGED_TEXT,
    )


def delete_old_inbox_events(session: Session, now: datetime, retention_days: int) -> int:
    """Received events already acted on (their content is scrubbed then), older than the period: deleted.

    What is left of them is who wrote when; duplicates that LINE redelivers arrive within minutes.
    """
    cutoff = now - timedelta(days=retention_days)
    return (
        session.execute(
            delete(InboxEvent).where(InboxEvent.status.in_(("done", "failed")), InboxEvent.received_at < cutoff)
        ).rowcount
        or 0
    )


def clear_blocked_conversations(session: Session) -> int:
    """Residents who blocked the bot: what they had typed into an unfinished intake is deleted.

    Nothing more can come of it (the bot cannot write to them, and a resident who unblocks starts
    again); it may be an abuse report. Their cases, if any, follow the cases' own retention.
    """
    cleared = 0
    for user in session.scalars(select(LineUser).where(LineUser.active.is_(False)).execution_options(yield_per=CHUNK)):
        if user.state or user.step != "start":
            user.state, user.step = {}, "start"
            user.state_version += 1
            cleared += 1
    return cleared


@dataclass
class RetentionSettings:
    closed_case_days: int
    bot_message_days: int


def run_retention(
    session: Session,
    settings: RetentionSettings,
    *,
    trigger: str,
    actor: StaffUser | None = None,
    actor_label: str | None = None,
    now: datetime | None = None,
    dry_run: bool = False,
) -> PrivacyRun:
    """Purge every case closed longer than the retention period; blank old bot messages, drop old events;
    delete the unfinished conversations of residents who blocked the bot.

    Recorded as a PrivacyRun (unless a dry run, whose run is returned unsaved with the counts).
    """
    now = now or utcnow()
    due = cases_due_for_purge(session, now, settings.closed_case_days)
    counts = {
        "cases": len(due),
        "entries": 0,
        "messages": 0,
        "bot_messages": 0,
        "inbox_events": 0,
        "blocked_conversations": 0,
    }
    if not dry_run:
        counts["blocked_conversations"] = clear_blocked_conversations(session)
        counts.update(purge_cases(session, due, now))
        counts["bot_messages"] = blank_old_bot_messages(session, now, settings.bot_message_days)
        counts["inbox_events"] = delete_old_inbox_events(session, now, settings.bot_message_days)
    run = PrivacyRun(
        kind="retention",
        trigger=trigger,
        actor_id=actor.id if actor else None,
        actor_label=(actor.login if actor else actor_label or trigger)[:80],
        started_at=now,
        finished_at=utcnow(),
        counts=counts,
        case_numbers=[],
        note=f"終了後{settings.closed_case_days}日・ボットのメッセージ{settings.bot_message_days}日"
        + ("（試行）" if dry_run else ""),
    )
    if not dry_run:
        session.add(run)
        session.flush()
    return run


def last_run(session: Session, kind: str, trigger: str | None = None) -> PrivacyRun | None:
    query = select(PrivacyRun).where(PrivacyRun.kind == kind)
    if trigger:
        query = query.where(PrivacyRun.trigger == trigger)
    return session.scalars(query.order_by(PrivacyRun.started_at.desc(), PrivacyRun.id.desc()).limit(1)).first()


def recent_runs(session: Session, limit: int = 50) -> list[PrivacyRun]:
    return list(session.scalars(select(PrivacyRun).order_by(PrivacyRun.id.desc()).limit(limit)))


# ---- one resident: who they are, deletion, export ------------------------------------------------


@dataclass
class Resident:
    """A resident found by LINE user id or case number, and everything stored about them."""

    line_user_id: str | None
    cases: list[Case] = field(default_factory=list)
    line_user: LineUser | None = None
    inbox_events: int = 0
    messages: int = 0

    @property
    def case_numbers(self) -> list[str]:
        return [c.number or str(c.id) for c in self.cases]

    @property
    def open_cases(self) -> list[Case]:
        return [c for c in self.cases if c.status in OPEN_STATUSES]


def find_resident(session: Session, reference: str) -> Resident:
    """A LINE user id (U + 32 hex) or a case number (2026-00042); RequestNotFound if nothing matches."""
    reference = reference.strip()
    if not reference:
        raise RequestNotFound(reference)
    user_id = reference if reference.startswith("U") else None
    if user_id is None:
        case = session.scalars(select(Case).where(Case.number == reference)).first()
        if case is None:
            raise RequestNotFound(reference)
        if case.line_user_id is None:
            # Purged already, or never from LINE: only this case is about the person.
            return Resident(None, [case])
        user_id = case.line_user_id
    found = Resident(
        line_user_id=user_id,
        cases=list(session.scalars(select(Case).where(Case.line_user_id == user_id).order_by(Case.id))),
        line_user=session.get(LineUser, user_id),
        inbox_events=_count(session, select(InboxEvent.id).where(InboxEvent.source_key == f"user:{user_id}")),
        messages=_count(session, select(OutgoingMessage.id).where(OutgoingMessage.to == user_id)),
    )
    if not found.cases and found.line_user is None and not found.inbox_events and not found.messages:
        raise RequestNotFound(reference)
    return found


def _count(session: Session, query) -> int:
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def delete_resident(
    session: Session, resident: Resident, actor: StaffUser, *, note: str = "", now: datetime | None = None
) -> PrivacyRun:
    """A resident's request to delete their data: every case purged (open ones closed first),
    the conversation state and inbox rows deleted, every message to them blanked."""
    now = now or utcnow()
    counts = {"cases": 0, "closed": 0, "entries": 0, "messages": 0, "inbox_events": 0, "conversation": 0}
    for case in resident.cases:
        if case.status in OPEN_STATUSES:
            cases.close(session, case, actor, "withdrawn", "相談者の求めによる削除")
            counts["closed"] += 1
        touched = purge_case(session, case, now, DELETED_TEXT)
        counts["cases"] += 1
        counts["entries"] += touched["entries"]
        counts["messages"] += touched["messages"]
    user_id = resident.line_user_id
    if user_id:
        counts["messages"] += blank_messages(session, OutgoingMessage.to == user_id, DELETED_TEXT)
        counts["inbox_events"] = (
            session.execute(delete(InboxEvent).where(InboxEvent.source_key == f"user:{user_id}")).rowcount or 0
        )
        counts["conversation"] = session.execute(delete(LineUser).where(LineUser.user_id == user_id)).rowcount or 0
    run = PrivacyRun(
        kind="deletion",
        trigger="admin",
        actor_id=actor.id,
        actor_label=actor.login[:80],
        started_at=now,
        finished_at=utcnow(),
        counts=counts,
        case_numbers=resident.case_numbers,
        note=note.strip()[:1000] or None,
    )
    session.add(run)
    session.flush()
    return run


def export_resident(session: Session, resident: Resident, actor: StaffUser) -> tuple[dict[str, Any], PrivacyRun]:
    """Everything stored about one resident, as JSON-ready data; the export is recorded."""
    user_id = resident.line_user_id
    data: dict[str, Any] = {
        "exported_at": utcnow().isoformat(),
        "line_user_id": user_id,
        "conversation": _line_user(resident.line_user),
        "cases": [_case(session, c) for c in resident.cases],
        "messages_sent": [],
        "events_received": [],
    }
    if user_id:
        sent = session.scalars(
            select(OutgoingMessage).where(OutgoingMessage.to == user_id).order_by(OutgoingMessage.id)
        )
        data["messages_sent"] = [
            {
                "at": _iso(m.created_at),
                "status": m.status,
                "case_number": _number(resident, m.case_id),
                "texts": [x.get("text", "") for x in m.messages or [] if isinstance(x, dict)],
            }
            for m in sent
        ]
        received = session.scalars(
            select(InboxEvent).where(InboxEvent.source_key == f"user:{user_id}").order_by(InboxEvent.id)
        )
        data["events_received"] = [
            {"at": _iso(e.event_time), "type": e.event_type, "message": (e.payload or {}).get("message")}
            for e in received
        ]
    run = PrivacyRun(
        kind="export",
        trigger="admin",
        actor_id=actor.id,
        actor_label=actor.login[:80],
        started_at=utcnow(),
        finished_at=utcnow(),
        case_numbers=resident.case_numbers,
        counts={
            "cases": len(data["cases"]),
            "messages": len(data["messages_sent"]),
            "events": len(data["events_received"]),
        },
    )
    session.add(run)
    session.flush()
    return data, run


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _number(resident: Resident, case_id: int | None) -> str | None:
    return next((c.number for c in resident.cases if c.id == case_id), None)


def _line_user(user: LineUser | None) -> dict[str, Any] | None:
    if user is None:
        return None
    return {
        "first_seen_at": _iso(user.first_seen_at),
        "followed_at": _iso(user.followed_at),
        "unfollowed_at": _iso(user.unfollowed_at),
        "active": user.active,
        "step": user.step,
        "state": user.state,
        "last_activity_at": _iso(user.last_activity_at),
    }


def _case(session: Session, case: Case) -> dict[str, Any]:
    entries = session.scalars(select(CaseEntry).where(CaseEntry.case_id == case.id).order_by(CaseEntry.id))
    return {
        "number": case.number,
        "status": case.status,
        "destination_id": case.destination_id,
        "topics": case.topics,
        "urgency": case.urgency,
        "route": case.route,
        "relation": case.relation,
        "summary": case.summary,
        "address": case.address,
        "contact_method": case.contact_method,
        "contact_phone": case.contact_phone,
        "contact_times": case.contact_times,
        "contact_name": case.contact_name,
        "consent_version": case.consent_version,
        "consent_at": _iso(case.consent_at),
        "created_at": _iso(case.created_at),
        "accepted_at": _iso(case.accepted_at),
        "closed_at": _iso(case.closed_at),
        "close_reason": case.close_reason,
        "purged_at": _iso(case.purged_at),
        "timeline": [
            {"at": _iso(e.created_at), "kind": e.kind, "text": e.body} for e in entries if e.kind not in ("view",)
        ],
    }
