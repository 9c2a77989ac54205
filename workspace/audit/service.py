"""Recording and reading the audit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from workspace.audit.models import AuditLog
from workspace.staff.models import StaffUser


def record(
    session: Session,
    action: str,
    *,
    actor: StaffUser | None = None,
    actor_label: str | None = None,
    case_id: int | None = None,
    ip: str | None = None,
    **detail,
) -> AuditLog:
    """Write one line of the audit log in the caller's transaction."""
    row = AuditLog(
        action=action,
        actor_id=actor.id if actor else None,
        actor_label=(actor_label if actor_label is not None else (actor.login if actor else ""))[:80],
        case_id=case_id,
        ip=(ip or "")[:64] or None,
        detail=detail,
    )
    session.add(row)
    return row


@dataclass
class AuditFilter:
    case_id: int | None = None
    actor_id: int | None = None
    action: str | None = None
    before_id: int | None = None
    since: datetime | None = None
    limit: int = 100


def search(session: Session, filters: AuditFilter) -> list[AuditLog]:
    """Newest first, paged by id."""
    query = select(AuditLog)
    if filters.case_id is not None:
        query = query.where(AuditLog.case_id == filters.case_id)
    if filters.actor_id is not None:
        query = query.where(AuditLog.actor_id == filters.actor_id)
    if filters.action:
        query = query.where(AuditLog.action == filters.action)
    if filters.before_id is not None:
        query = query.where(AuditLog.id < filters.before_id)
    if filters.since is not None:
        query = query.where(AuditLog.at >= filters.since)
    return list(session.scalars(query.order_by(AuditLog.id.desc()).limit(filters.limit)))


def actions(session: Session) -> list[str]:
    """Every action that occurs in the log, for the filter."""
    return sorted(session.scalars(select(AuditLog.action).group_by(AuditLog.action)))
