"""/staff/audit: the audit log, for admins only."""

from __future__ import annotations

from fastapi import Query, Request

from workspace.audit import service as audit
from workspace.staff import service as staff
from workspace.staff.auth import AdminStaff
from workspace.web import DbSession, client_ip, render, workspace_router

router = workspace_router(prefix="/staff")
PAGE = 100


@router.get("/audit", name="audit_log")
def audit_page(
    request: Request,
    session: DbSession,
    user: AdminStaff,
    case_id: int | None = Query(None, ge=1),
    login: str = Query("", max_length=60),
    action: str = Query("", max_length=40),
    before: int | None = Query(None, ge=1),
):
    actor = staff.get_by_login(session, login) if login else None
    filters = audit.AuditFilter(
        case_id=case_id,
        actor_id=actor.id if actor else (-1 if login else None),
        action=action or None,
        before_id=before,
        limit=PAGE,
    )
    rows = audit.search(session, filters)
    audit.record(session, "audit.view", actor=user, ip=client_ip(request), case_filter=case_id, login_filter=login)
    return render(
        request,
        "audit/audit.html",
        {
            "rows": rows,
            "names": staff.names(session, (r.actor_id for r in rows)),
            "actions": audit.actions(session),
            "selected": {"case_id": case_id or "", "login": login, "action": action},
            "next_before": rows[-1].id if len(rows) == PAGE else None,
        },
    )
