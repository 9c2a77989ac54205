"""/admin/api-tokens: issue, list and revoke the JSON API's tokens."""

from __future__ import annotations

from typing import Annotated

from fastapi import Form, Request
from fastapi.responses import RedirectResponse
from sqlalchemy import select

from core.context import get_context
from routing.models import Destination
from workspace.api import service as tokens
from workspace.audit import service as audit
from workspace.staff.auth import AdminStaff, CsrfChecked
from workspace.web import DbSession, client_ip, render, workspace_router

router = workspace_router(prefix="/admin/api-tokens")


def page(
    request: Request,
    session,
    *,
    new_token: str | None = None,
    errors: list[str] | None = None,
    notice: str | None = None,
    status_code: int = 200,
):
    destinations = session.scalars(
        select(Destination).where(Destination.kind != "ward_office").order_by(Destination.ward, Destination.id)
    ).all()
    return render(
        request,
        "api/tokens.html",
        {
            "page_title": "API トークン",
            "tokens": tokens.tokens(session),
            "names": {d.id: d.short_name for d in destinations},
            "destinations": destinations,
            "legacy": bool(get_context(request).settings.intake_api_token),
            "legacy_name": tokens.LEGACY_NAME,
            "new_token": new_token,
            "errors": errors or [],
            "notice": notice,
        },
        status_code,
    )


@router.get("", name="admin_api_tokens")
def token_list(request: Request, session: DbSession, user: AdminStaff):
    notice = "トークンを無効にしました。" if request.query_params.get("done") == "revoked" else None
    return page(request, session, notice=notice)


@router.post("", name="admin_api_token_issue")
def token_issue(
    request: Request,
    session: DbSession,
    user: AdminStaff,
    _csrf: CsrfChecked,
    name: Annotated[str, Form(max_length=200)] = "",
    destination_id: Annotated[str, Form(max_length=40)] = "",
    restricted_access: Annotated[bool, Form()] = False,
):
    try:
        with session.begin_nested():
            token, row = tokens.issue(
                session, user, name=name, destination_id=destination_id or None, restricted_access=restricted_access
            )
    except tokens.TokenError as exc:
        return page(request, session, errors=[str(exc)], status_code=400)
    audit.record(
        session,
        "api_token.issue",
        actor=user,
        ip=client_ip(request),
        token_id=row.id,
        name=row.name,
        destination_id=row.destination_id,
        restricted_access=row.restricted_access,
    )
    return page(request, session, new_token=token, notice="トークンを発行しました。")


@router.post("/{token_id}/revoke", name="admin_api_token_revoke")
def token_revoke(request: Request, session: DbSession, user: AdminStaff, _csrf: CsrfChecked, token_id: int):
    row = tokens.revoke(session, token_id)
    if row is not None:
        audit.record(session, "api_token.revoke", actor=user, ip=client_ip(request), token_id=row.id, name=row.name)
    return RedirectResponse("/admin/api-tokens?done=revoked", status_code=303)
