"""Plain functions over a session for cases, their timelines and their lifecycle.

Lifecycle (every change is a "status" entry with who and when):

    new ──accept/assign──▶ accepted ──start/reply──▶ in_progress ──close──▶ closed
     │                        │                                          │
     └──────────close─────────┴──────────────close─────────────────────┘   closed ──reopen──▶ accepted

A transfer moves an open case to another destination, where it starts again as "new" (a
"transfer" entry says from where, to where and why; the old destination no longer sees it).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, CursorResult, Select, String, bindparam, cast, delete, func, select
from sqlalchemy import case as sql_case
from sqlalchemy.orm import InstrumentedAttribute, Session, defer, load_only

from cases.labels import CLOSE_REASONS, URGENCY_ORDER
from cases.models import OPEN_STATUSES, STATUSES, Case, CaseEntry
from cases.staff import StaffMember
from cases.visibility import visible_cases
from core.db import utcnow
from core.hours import BusinessHours
from core.topics import OTHER, TOPIC_IDS
from routing.models import Destination
from routing.service import oversight_for

MAX_TEXT = 5000  # LINE's limit for one text message
URGENT_TARGET = timedelta(hours=1)
ROUTINE_TARGET_BUSINESS_DAYS = 2
VIEW_ENTRY_EVERY = timedelta(minutes=10)
# Entries that do not count as work on the case (reminders and notices are about it, views are reading).
NOT_ACTIVITY = ("view", "reminder", "notification", "link")

TRANSITIONS = {
    "new": ("accepted", "closed"),
    "accepted": ("in_progress", "closed"),
    "in_progress": ("closed",),
    "closed": ("accepted",),
}


class CaseActionError(ValueError):
    """An action that cannot be done on a case in its state; the message is shown to staff."""


# Built once: Session.get builds, annotates and hashes a new statement on every load (a worker
# loads the resident's open case for every message to it).
_BY_ID = select(Case).where(Case.id == bindparam("case_id"))


def get(session: Session, case_id: int | None) -> Case | None:
    """The case with this id, or None (the object already in the session if it was loaded)."""
    if case_id is None:
        return None
    return session.scalars(_BY_ID, {"case_id": case_id}).first()


def get_visible(session: Session, user: StaffMember, case_id: int, *, for_update: bool = False) -> Case | None:
    """The case if this user may see it, else None (the caller answers 404)."""
    query = select(Case).where(Case.id == case_id, visible_cases(user))
    if for_update:
        query = query.with_for_update()
    return session.scalars(query).first()


def link_to_earlier_case(session: Session, case: Case) -> Case | None:
    """Link a new case to the same resident's latest closed case, on both timelines.

    A resident who writes after closure starts a new intake; staff see the earlier case from the
    new one (if they may see it) and can reopen it. Returns the earlier case, or None.
    """
    if not case.line_user_id or case.previous_case_id is not None:
        return None
    earlier = session.scalars(
        select(Case)
        .where(
            Case.line_user_id == case.line_user_id,
            Case.id != case.id,
            Case.status == "closed",
            Case.purged_at.is_(None),
        )
        .order_by(Case.closed_at.desc(), Case.id.desc())
        .limit(1)
    ).first()
    if earlier is None:
        return None
    case.previous_case_id = earlier.id
    add_entry(session, case, "link", "", data={"case_id": earlier.id, "number": earlier.number, "direction": "earlier"})
    add_entry(session, earlier, "link", "", data={"case_id": case.id, "number": case.number, "direction": "later"})
    return earlier


def linked_cases(session: Session, user: StaffMember, case: Case) -> tuple[Case | None, list[Case]]:
    """The earlier case and the later ones of the same resident that this user may see."""
    earlier = get_visible(session, user, case.previous_case_id) if case.previous_case_id else None
    later = session.scalars(
        select(Case).where(Case.previous_case_id == case.id, visible_cases(user)).order_by(Case.id)
    ).all()
    return earlier, list(later)


def create(session: Session, **fields: Any) -> Case:
    """Create a case with its public number."""
    case = Case(**fields)
    session.add(case)
    session.flush()
    case.number = f"{case.created_at.astimezone().year}-{case.id:05d}"
    return case


def add_entry(
    session: Session, case: Case, kind: str, body: str = "", *, actor_id: int | None = None, **extra: Any
) -> CaseEntry:
    """Append a line to the case timeline and mark the case active.

    The entry is written with the transaction's next flush: a turn's entries go in one INSERT.
    """
    entry = CaseEntry(case_id=case.id, kind=kind, body=body, actor_id=actor_id, **extra)
    session.add(entry)
    if kind not in NOT_ACTIVITY:
        case.last_activity_at = utcnow()
    return entry


def delete_resident_message(session: Session, line_message_id: str) -> int:
    """Remove the stored copy of a message the resident unsent. Returns rows removed."""
    result = session.execute(
        delete(CaseEntry).where(CaseEntry.line_message_id == line_message_id, CaseEntry.kind == "resident_message")
    )
    assert isinstance(result, CursorResult)  # a DELETE answers with a cursor and its row count
    return result.rowcount or 0


# ---- the queue ----------------------------------------------------------------------------------


SORTS = ("urgent", "newest", "oldest")
QUEUE_COLUMNS = (
    Case.id,
    Case.number,
    Case.destination_id,
    Case.status,
    Case.urgency,
    Case.topics,
    Case.restricted,
    Case.assigned_to_id,
    Case.created_at,
    Case.accepted_at,
)
PAGE_SIZE = 100


@dataclass
class QueueFilter:
    statuses: tuple[str, ...] = OPEN_STATUSES
    topic: str | None = None
    urgency: str | None = None
    destination_id: str | None = None
    # "2026-00042", or only its serial ("42"): matches whatever the status.
    number: str | None = None
    created_from: datetime | None = None  # inclusive
    created_before: datetime | None = None  # exclusive
    assignee_id: int | None = None  # 0: nobody assigned
    sort: str = "urgent"
    page: int = 1
    limit: int = PAGE_SIZE

    @property
    def is_search(self) -> bool:
        """Anything beyond the default open queue (such a look-up is audited)."""
        return bool(
            self.number
            or self.created_from
            or self.created_before
            or self.assignee_id is not None
            or self.statuses != OPEN_STATUSES
            or self.topic
            or self.urgency
            or self.destination_id
            or self.page > 1
            or self.sort != "urgent"
        )


def urgency_rank() -> ColumnElement[int]:
    return sql_case(*((Case.urgency == u, i) for i, u in enumerate(URGENCY_ORDER)), else_=len(URGENCY_ORDER))


def number_condition(number: str) -> ColumnElement[bool]:
    number = number.strip()
    if number.isdigit():
        # The serial alone: "42" is "YYYY-00042" of any year.
        return Case.number.like(f"%-{int(number):05d}")
    return Case.number == number


def queue_query(user: StaffMember, filters: QueueFilter) -> Select[tuple[Case]]:
    """The SELECT for a user's queue: visible cases, filtered."""
    query = select(Case).where(visible_cases(user))
    if filters.number:
        query = query.where(number_condition(filters.number))
    elif filters.statuses:
        query = query.where(Case.status.in_(filters.statuses))
    if filters.urgency:
        query = query.where(Case.urgency == filters.urgency)
    if filters.topic:
        # topics is a JSON list of fixed ASCII ids: its text contains "id" with the quotes.
        query = query.where(cast(Case.topics, String).like(f'%"{filters.topic}"%'))
    if filters.destination_id:
        query = query.where(Case.destination_id == filters.destination_id)
    if filters.created_from:
        query = query.where(Case.created_at >= filters.created_from)
    if filters.created_before:
        query = query.where(Case.created_at < filters.created_before)
    if filters.assignee_id == 0:
        query = query.where(Case.assigned_to_id.is_(None))
    elif filters.assignee_id is not None:
        query = query.where(Case.assigned_to_id == filters.assignee_id)
    return query


def queue_order(sort: str) -> tuple[ColumnElement[Any] | InstrumentedAttribute[Any], ...]:
    if sort == "newest":
        return (Case.created_at.desc(), Case.id.desc())
    if sort == "oldest":
        return (Case.created_at, Case.id)
    return (urgency_rank(), Case.created_at, Case.id)


def queue(session: Session, user: StaffMember, filters: QueueFilter) -> tuple[list[Case], int]:
    """One page of the user's queue and how many cases match in all."""
    query = queue_query(user, filters)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    # The queue shows labels and times only: what a row and its response target need is read.
    rows = session.scalars(
        query.options(load_only(*QUEUE_COLUMNS))
        .order_by(*queue_order(filters.sort))
        .offset((max(filters.page, 1) - 1) * filters.limit)
        .limit(filters.limit)
    ).all()
    return list(rows), total


def queue_marker(session: Session, user: StaffMember) -> tuple[int, int]:
    """(count, newest id) of the user's open cases: changes when a case arrives or leaves."""
    query = select(func.count(), func.max(Case.id)).where(visible_cases(user), Case.status.in_(OPEN_STATUSES))
    count, newest = session.execute(query).one()
    return count or 0, newest or 0


UPDATES_LIMIT = 20


def queue_updates(session: Session, user: StaffMember, since: datetime | None) -> dict[str, Any]:
    """The user's open queue in numbers, and the cases that arrived or changed since a moment.

    A change the user made themselves is not reported back to them. Only numbers and urgency:
    no personal data, since this becomes a notification on the screen.
    """
    now = utcnow()
    open_cases = select(Case).where(visible_cases(user), Case.status.in_(OPEN_STATUSES))
    waiting = session.scalar(select(func.count()).select_from(open_cases.where(Case.status == "new").subquery())) or 0
    items = []
    if since is not None:
        changed = session.scalars(
            open_cases.where(Case.last_activity_at > since)
            .options(defer(Case.triage), defer(Case.address), defer(Case.summary))
            .order_by(Case.last_activity_at.desc())
            .limit(UPDATES_LIMIT)
        ).all()
        for case in changed:
            if case.created_at > since:
                kind = "new"
            else:
                last_actor = session.scalar(
                    select(CaseEntry.actor_id)
                    .where(CaseEntry.case_id == case.id, CaseEntry.kind.not_in(NOT_ACTIVITY))
                    .order_by(CaseEntry.id.desc())
                    .limit(1)
                )
                if last_actor == user.id:
                    continue
                kind = "updated"
            items.append(
                {"id": case.id, "number": case.number, "urgency": case.urgency, "kind": kind, "status": case.status}
            )
    return {"now": now.isoformat(), "waiting": waiting, "items": items}


@dataclass
class Target:
    due: datetime
    met: bool | None  # True: accepted in time; False: accepted late; None: not accepted yet
    overdue: bool
    remaining: timedelta  # negative when overdue


def response_target(case: Case, hours: BusinessHours, now: datetime) -> Target:
    """Urgent (and emergency) cases are to be accepted within 1 hour, others within 2 business days."""
    if case.urgency in ("emergency", "urgent"):
        due = case.created_at + URGENT_TARGET
    else:
        due = hours.add_business_days(case.created_at, ROUTINE_TARGET_BUSINESS_DAYS)
    if case.accepted_at is not None:
        met = case.accepted_at <= due
        return Target(due, met, not met, due - case.accepted_at)
    return Target(due, None, now > due, due - now)


# ---- the lifecycle ------------------------------------------------------------------------------


def change_status(
    session: Session,
    case: Case,
    new_status: str,
    actor: StaffMember,
    *,
    body: str = "",
    data: dict[str, Any] | None = None,
) -> CaseEntry:
    """Move a case to a new status if the lifecycle allows it, recording who and when."""
    if new_status not in STATUSES or new_status not in TRANSITIONS.get(case.status, ()):
        raise CaseActionError(f"この相談は「{case.status}」から「{new_status}」に変えられません。")
    old = case.status
    case.status = new_status
    now = utcnow()
    if new_status == "accepted" and case.accepted_at is None:
        case.accepted_at = now
    if new_status == "closed":
        case.closed_at = now
    return add_entry(
        session, case, "status", body, actor_id=actor.id, data={"from": old, "to": new_status, **(data or {})}
    )


def require_open(case: Case) -> None:
    if not case.is_open:
        raise CaseActionError("この相談は終了しています。再開してから操作してください。")


def accept(session: Session, case: Case, actor: StaffMember) -> None:
    """The actor takes the case: accepted, assigned to them."""
    if case.status != "new":
        raise CaseActionError("この相談はすでに受付されています。")
    change_status(session, case, "accepted", actor)
    set_assignee(session, case, actor, actor)


def assign(session: Session, case: Case, actor: StaffMember, assignee: StaffMember) -> None:
    """Give the case to a colleague (a new case is accepted by doing so)."""
    require_open(case)
    if assignee.role != "center_staff" or assignee.destination_id != case.destination_id or not assignee.active:
        raise CaseActionError("この相談の担当先の職員を選んでください。")
    if case.restricted and not assignee.restricted_access:
        raise CaseActionError("この職員は制限付きの相談を担当できません。")
    if case.status == "new":
        change_status(session, case, "accepted", actor)
    set_assignee(session, case, actor, assignee)


def set_assignee(session: Session, case: Case, actor: StaffMember, assignee: StaffMember) -> None:
    if case.assigned_to_id == assignee.id:
        return
    previous = case.assigned_to_id
    case.assigned_to_id = assignee.id
    add_entry(
        session,
        case,
        "assignment",
        assignee.display_name,
        actor_id=actor.id,
        data={"from": previous, "to": assignee.id},
    )


def start(session: Session, case: Case, actor: StaffMember) -> None:
    """Mark an accepted case as being worked on."""
    change_status(session, case, "in_progress", actor)


def begin_work(session: Session, case: Case, actor: StaffMember) -> None:
    """Replying to a case is working it: a new case is accepted, an accepted one started."""
    if case.status == "new":
        accept(session, case, actor)
    if case.status == "accepted":
        start(session, case, actor)


def clean_text(text: str, *, what: str) -> str:
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        raise CaseActionError(f"{what}を入力してください。")
    if len(text) > MAX_TEXT:
        raise CaseActionError(f"{what}は{MAX_TEXT}文字以内にしてください。")
    return text


def add_note(session: Session, case: Case, actor: StaffMember, body: str) -> CaseEntry:
    """A note for staff only; the resident never sees it."""
    return add_entry(session, case, "note", clean_text(body, what="メモ"), actor_id=actor.id)


def transfer(session: Session, case: Case, actor: StaffMember, to_destination_id: str, reason: str) -> Destination:
    """Move an open case to another destination, where it is new again; the resident is not told."""
    require_open(case)
    reason = clean_text(reason, what="移管の理由")
    target = session.get(Destination, to_destination_id)
    if target is None or not target.active or target.kind == "ward_office":
        raise CaseActionError("移管先を選んでください。")
    if target.id == case.destination_id:
        raise CaseActionError("いまの担当先と同じです。")
    old_destination, old_status = case.destination_id, case.status
    case.destination_id = target.id
    case.status = "new"
    case.assigned_to_id = None
    case.accepted_at = None
    if case.restricted:
        case.oversight_destination_id = oversight_for(session, target)
    add_entry(session, case, "transfer", reason, actor_id=actor.id, data={"from": old_destination, "to": target.id})
    add_entry(session, case, "status", "", actor_id=actor.id, data={"from": old_status, "to": "new", "transfer": True})
    return target


def transfer_targets(session: Session, case: Case) -> list[Destination]:
    """Destinations a case can be moved to (centers, まるごと, 在宅医療・介護連携)."""
    return list(
        session.scalars(
            select(Destination)
            .where(
                Destination.active.is_(True), Destination.kind != "ward_office", Destination.id != case.destination_id
            )
            .order_by(Destination.kind, Destination.ward, Destination.id)
        )
    )


def close(session: Session, case: Case, actor: StaffMember, reason: str, text: str = "") -> None:
    """Close with a reason from the fixed list (and free text; required for "other")."""
    require_open(case)
    if reason not in CLOSE_REASONS:
        raise CaseActionError("終了の理由を選んでください。")
    text = (text or "").strip()[:1000]
    if reason == "other" and not text:
        raise CaseActionError("「その他」の場合は理由を記入してください。")
    case.close_reason = reason
    change_status(session, case, "closed", actor, body=text, data={"reason": reason})


def reopen(session: Session, case: Case, actor: StaffMember) -> None:
    """Open a closed case again, for the actor to work."""
    if case.status != "closed":
        raise CaseActionError("終了した相談だけを再開できます。")
    change_status(session, case, "accepted", actor, data={"reopened": True, "reason": case.close_reason})
    case.closed_at = None
    case.close_reason = None
    if case.assigned_to_id is None and actor.role == "center_staff":
        set_assignee(session, case, actor, actor)


def correct_labels(
    session: Session, case: Case, actor: StaffMember, topics: list[str], urgency: str
) -> CaseEntry | None:
    """Staff's correction of topics and urgency, kept as a label_change entry (training signal)."""
    topics = [t for t in dict.fromkeys(topics) if t in TOPIC_IDS]
    if len(topics) > 1 and OTHER in topics:
        topics.remove(OTHER)
    topics = topics or [OTHER]
    if urgency not in URGENCY_ORDER:
        raise CaseActionError("緊急度を選んでください。")
    old = {"topics": list(case.topics or []), "urgency": case.urgency}
    new = {"topics": topics, "urgency": urgency}
    if old == new:
        return None
    case.topics = topics
    case.urgency = urgency
    # Staff labelling abuse is abuse told: the case is restricted with the ward's oversight, also when the bot
    # restricted it without oversight for abuse it only guessed (bot/conversation/handoff.py abuse_told).
    if "abuse" in topics:
        case.abuse_told = True
    if "abuse" in topics and (not case.restricted or case.oversight_destination_id is None):
        case.restricted = True
        destination = session.get(Destination, case.destination_id)
        case.oversight_destination_id = oversight_for(session, destination) if destination else None
    return add_entry(session, case, "label_change", "", actor_id=actor.id, data={"old": old, "new": new})


def label_corrections(session: Session, *, since: datetime | None = None) -> Iterator[dict[str, Any]]:
    """Every label correction with the text it was about, oldest first (for retraining)."""
    query = (
        select(CaseEntry, Case)
        .join(Case, Case.id == CaseEntry.case_id)
        .where(CaseEntry.kind == "label_change", Case.purged_at.is_(None))
        .order_by(CaseEntry.id)
    )
    if since is not None:
        query = query.where(CaseEntry.created_at >= since)
    for entry, case in session.execute(query):
        texts = session.scalars(
            select(CaseEntry.body)
            .where(CaseEntry.case_id == case.id, CaseEntry.kind == "resident_message", CaseEntry.id < entry.id)
            .order_by(CaseEntry.id)
        ).all()
        yield {
            "case_id": case.id,
            "corrected_at": entry.created_at.isoformat(),
            "text": "\n".join(texts),
            "bot": {"topics": (case.triage or {}).get("topics"), "urgency": (case.triage or {}).get("urgency")},
            "old": entry.data.get("old"),
            "new": entry.data.get("new"),
        }


# ---- the timeline -------------------------------------------------------------------------------


def record_view(session: Session, case: Case, viewer: StaffMember) -> None:
    """Put "viewed by" on the timeline, at most once per viewer per ten minutes."""
    recent = session.scalar(
        select(func.count())
        .select_from(CaseEntry)
        .where(
            CaseEntry.case_id == case.id,
            CaseEntry.kind == "view",
            CaseEntry.actor_id == viewer.id,
            CaseEntry.created_at >= utcnow() - VIEW_ENTRY_EVERY,
        )
    )
    if not recent:
        add_entry(session, case, "view", "", actor_id=viewer.id)
