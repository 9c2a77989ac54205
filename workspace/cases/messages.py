"""What staff send the resident through the LINE edge's outbox, and the timeline with its delivery state.

The case domain (cases/) knows nothing of LINE; the workspace sends a staff reply by putting it in
the bot's outbox (delivered after the transaction) and recording a "staff_reply" entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot import outbox
from bot.models import OutgoingMessage
from cases.models import Case, CaseEntry
from cases.service import CaseActionError, add_entry, begin_work, clean_text, require_open
from cases.service import close as close_case
from cases.staff import StaffMember


def reply(session: Session, case: Case, actor: StaffMember, body: str) -> CaseEntry:
    """Send the resident a LINE message from staff; delivery happens after the transaction."""
    require_open(case)
    body = clean_text(body, what="返信")
    if not case.line_user_id:
        raise CaseActionError("この相談者にはLINEで返信できません。")
    begin_work(session, case, actor)
    return push_to_resident(session, case, actor, body)


def push_to_resident(session: Session, case: Case, actor: StaffMember, body: str, **data) -> CaseEntry:
    rows = outbox.enqueue(session, case.line_user_id, [{"type": "text", "text": body}], origin="staff", case_id=case.id)
    return add_entry(session, case, "staff_reply", body, actor_id=actor.id, outgoing_id=rows[0].id, data=data)


def close(
    session: Session,
    case: Case,
    actor: StaffMember,
    reason: str,
    text: str = "",
    *,
    notify_resident: bool = False,
    notice: str = "",
) -> None:
    """Close the case (cases.service.close) and, if asked, tell the resident on LINE."""
    close_case(session, case, actor, reason, text)
    if notify_resident and case.line_user_id and notice:
        push_to_resident(session, case, actor, notice, closing_notice=True)


# ---- the timeline -------------------------------------------------------------------------------


@dataclass
class TimelineItem:
    at: datetime
    kind: str
    body: str = ""
    actor_id: int | None = None
    data: dict = field(default_factory=dict)
    delivery: str | None = None  # for staff replies: pending / sent / failed
    delivery_error: str | None = None


def timeline(session: Session, case: Case) -> list[TimelineItem]:
    """Entries and the bot's messages about the case, in order, with delivery state of replies."""
    entries = session.scalars(select(CaseEntry).where(CaseEntry.case_id == case.id).order_by(CaseEntry.id)).all()
    outgoing = {
        row.id: row for row in session.scalars(select(OutgoingMessage).where(OutgoingMessage.case_id == case.id)).all()
    }
    items = []
    for entry in entries:
        item = TimelineItem(entry.created_at, entry.kind, entry.body, entry.actor_id, entry.data or {})
        row = outgoing.get(entry.outgoing_id) if entry.outgoing_id else None
        if row is not None:
            item.delivery, item.delivery_error = row.status, row.last_error
        items.append(item)
    recorded = {entry.outgoing_id for entry in entries if entry.outgoing_id}
    for row in outgoing.values():
        # The bot records its own messages as entries; older rows without one are shown from the outbox.
        if row.origin == "bot" and row.id not in recorded:
            body = "\n".join(m.get("text", "") for m in row.messages if m.get("type") == "text")
            items.append(
                TimelineItem(row.created_at, "bot_message", body, delivery=row.status, delivery_error=row.last_error)
            )
    items.sort(key=lambda i: i.at)
    return items


def delivery_problems(session: Session, case: Case) -> list[OutgoingMessage]:
    """Messages about this case that failed or had to be retried."""
    return list(
        session.scalars(
            select(OutgoingMessage)
            .where(
                OutgoingMessage.case_id == case.id,
                or_(OutgoingMessage.status == "failed", OutgoingMessage.last_error.is_not(None)),
            )
            .order_by(OutgoingMessage.id)
        )
    )
