"""/admin/privacy: retention of personal data, a resident's request to delete or see their data."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import Form, Request
from fastapi.responses import RedirectResponse, Response

from core.context import get_context
from core.db import utcnow
from workspace.audit import service as audit
from workspace.privacy import service as privacy
from workspace.privacy.models import COUNT_NAMES, RUN_KINDS
from workspace.privacy.scheduled import retention_settings
from workspace.staff.auth import AdminStaff, CsrfChecked
from workspace.web import DbSession, client_ip, render, workspace_router

router = workspace_router(prefix="/admin/privacy")

NOTICES = {
    "retention": "保存期間を過ぎた個人情報を削除しました。",
    "deleted": "相談者のデータを削除しました。",
}
NOT_FOUND = "該当する相談者が見つかりません。LINE のユーザーID（U で始まる33文字）か受付番号（例：2026-00042）を入力してください。"


def page_context(request: Request, session, **extra) -> dict:
    settings = get_context(request).settings
    return {
        "retention_days": settings.closed_case_retention_days,
        "bot_message_days": settings.bot_message_retention_days,
        "due": privacy.count_due_for_purge(session, utcnow(), settings.closed_case_retention_days),
        "runs": privacy.recent_runs(session),
        "kinds": RUN_KINDS,
        "count_names": COUNT_NAMES,
        "reference": "",
        "resident": None,
        "errors": [],
        **extra,
    }


@router.get("", name="admin_privacy")
def privacy_page(request: Request, session: DbSession, user: AdminStaff):
    done = request.query_params.get("done", "")
    return render(request, "privacy/privacy.html", page_context(request, session, notice=NOTICES.get(done)))


@router.post("/retention", name="admin_privacy_retention")
def privacy_retention(
    request: Request,
    session: DbSession,
    user: AdminStaff,
    _csrf: CsrfChecked,
    confirm: Annotated[bool, Form()],
):
    if not confirm:
        return render(
            request,
            "privacy/privacy.html",
            page_context(request, session, errors=["確認のチェックを入れてください。"]),
            400,
        )
    run = privacy.run_retention(session, retention_settings(get_context(request).settings), trigger="admin", actor=user)
    audit.record(session, "privacy.retention", actor=user, ip=client_ip(request), run_id=run.id, **run.counts)
    return RedirectResponse("/admin/privacy?done=retention", status_code=303)


@router.post("/deletion", name="admin_privacy_deletion")
def privacy_deletion(
    request: Request,
    session: DbSession,
    user: AdminStaff,
    _csrf: CsrfChecked,
    reference: Annotated[str, Form(max_length=100)],
    note: Annotated[str, Form(max_length=1000)] = "",
    confirm: Annotated[bool, Form()] = False,
):
    """First what would be deleted; with the confirmation, the deletion itself."""
    try:
        resident = privacy.find_resident(session, reference)
    except privacy.RequestNotFound:
        return render(
            request,
            "privacy/privacy.html",
            page_context(request, session, errors=[NOT_FOUND], reference=reference),
            400,
        )
    if not confirm:
        return render(
            request,
            "privacy/privacy.html",
            page_context(request, session, resident=resident, reference=reference.strip(), note=note),
        )
    run = privacy.delete_resident(session, resident, user, note=note)
    audit.record(
        session,
        "privacy.deletion",
        actor=user,
        ip=client_ip(request),
        run_id=run.id,
        cases=run.case_numbers,
        **{k: v for k, v in run.counts.items() if k != "cases"},
    )
    return RedirectResponse("/admin/privacy?done=deleted", status_code=303)


@router.post("/export", name="admin_privacy_export")
def privacy_export(
    request: Request,
    session: DbSession,
    user: AdminStaff,
    _csrf: CsrfChecked,
    reference: Annotated[str, Form(max_length=100)],
):
    """One resident's data as a JSON file (for a request to see one's own data)."""
    try:
        resident = privacy.find_resident(session, reference)
    except privacy.RequestNotFound:
        return render(
            request,
            "privacy/privacy.html",
            page_context(request, session, errors=[NOT_FOUND], reference=reference),
            400,
        )
    data, run = privacy.export_resident(session, resident, user)
    audit.record(session, "privacy.export", actor=user, ip=client_ip(request), run_id=run.id, cases=run.case_numbers)
    body = json.dumps(data, ensure_ascii=False, indent=2)
    filename = f"resident-data-{utcnow():%Y%m%d%H%M%S}.json"
    return Response(
        body.encode("utf-8"),
        media_type="application/json; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
