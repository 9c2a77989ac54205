"""/admin: the admin console's front page — what needs attention, and where to fix it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from fastapi import Depends, Request
from fastapi.responses import FileResponse

from core.context import get_context
from core.db import utcnow
from core.hours import JST
from knowledge import service as knowledge
from workspace.admin.accounts import service as accounts
from workspace.admin.directory import service as directory
from workspace.privacy import service as privacy
from workspace.staff.auth import AdminStaff, public
from workspace.web import DbSession, render, workspace_router

ADMIN_DIR = Path(__file__).resolve().parent
router = workspace_router(prefix="/admin")


@router.get("", name="admin_home")
def admin_home(request: Request, session: DbSession, user: AdminStaff):
    settings = get_context(request).settings
    today = datetime.now(JST).date()
    users = accounts.accounts(session)
    return render(
        request,
        "admin/home.html",
        {
            "page_title": "管理",
            "faq_total": len(knowledge.list_entries(session, include_inactive=True)),
            "faq_inactive": len([e for e in knowledge.list_entries(session, include_inactive=True) if not e.active]),
            "faq_overdue": len(knowledge.entries_due_for_review(session, today)),
            "missing_phones": directory.missing_phones(session),
            "problems": directory.coverage_problems(session),
            "staff_active": len([u for u in users if u.active]),
            "staff_inactive": len([u for u in users if not u.active]),
            "due": privacy.count_due_for_purge(session, utcnow(), settings.closed_case_retention_days),
            "last_retention": privacy.last_run(session, "retention"),
        },
    )


@router.get("/static/admin.css", name="admin_css", dependencies=[Depends(public)])
def admin_css():
    return FileResponse(
        ADMIN_DIR / "static" / "admin.css", media_type="text/css", headers={"Cache-Control": "public, max-age=3600"}
    )
