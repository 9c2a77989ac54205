"""The audit log: who did or saw what, when, from where. Admins read it at /staff/audit."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, UTCDateTime, utcnow


class AuditLog(Base):
    """One action of a staff member or service account.

    actions: case.view, case.accept, case.assign, case.note, case.reply, case.transfer, case.close,
    case.reopen, case.start, case.labels, login, login.failed, login.throttled, logout,
    password.change, api.cases, api.case, audit.view, corrections.export.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Staff user id; None for a service account or an unknown login.
    actor_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    actor_label: Mapped[str] = mapped_column(String(80), default="")
    action: Mapped[str] = mapped_column(String(40))
    case_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    ip: Mapped[str | None] = mapped_column(String(64), nullable=True)
    detail: Mapped[dict] = mapped_column(JSON, default=dict)

    __table_args__ = (
        Index("ix_audit_log_case_id_at", "case_id", "at"),
        Index("ix_audit_log_actor_id_at", "actor_id", "at"),
        Index("ix_audit_log_at", "at"),
    )
