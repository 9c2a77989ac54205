"""/admin/directory: the centers and other destinations, their areas, contact data and sources."""

from __future__ import annotations

from typing import Annotated

from fastapi import Form, HTTPException, Request
from fastapi.responses import RedirectResponse
from starlette.background import BackgroundTask

from core.context import get_context
from routing.models import Destination, Town
from workspace.admin.directory import service as directory
from workspace.audit import service as audit
from workspace.notifications import service as notifications
from workspace.staff.auth import AdminStaff, CsrfChecked
from workspace.web import DbSession, client_ip, render, workspace_router

router = workspace_router(prefix="/admin/directory")

NOTICES = {
    "saved": "保存しました。ボットは次の案内からこの内容を使います。",
    "unchanged": "変更はありませんでした。",
    "town": "担当センターを変更しました。ボットの振り分けには数秒で反映されます。",
    "test": "テスト通知を送りました。届いたかどうかは「通知の記録」で確かめられます。",
    "test_none": "通知先が登録されていないため、テスト通知は送れませんでした。",
}


def require_destination(session, destination_id: str) -> Destination:
    destination = session.get(Destination, destination_id)
    if destination is None:
        raise HTTPException(404)
    return destination


@router.get("", name="admin_directory")
def directory_page(request: Request, session: DbSession, user: AdminStaff):
    return render(
        request,
        "directory/index.html",
        {
            "destinations": directory.destinations(session),
            "kinds": directory.KIND_NAMES,
            "town_counts": directory.town_counts(session),
            "problems": directory.coverage_problems(session),
            "missing": directory.missing_phones(session),
            "sources": directory.data_sources(session),
            "contacts": directory.contacts(session),
            "attribution": directory.attribution(),
        },
    )


def destination_context(session, destination: Destination, **extra) -> dict:
    is_center = destination.kind == "center"
    return {
        "destination": destination,
        "kinds": directory.KIND_NAMES,
        "field_names": directory.FIELD_NAMES,
        "form": {f: getattr(destination, f) or "" for f in directory.EDITABLE_FIELDS},
        "fallbacks": directory.fallback_choices(session),
        "bot_says": directory.bot_contact_text(session, destination.id),
        "towns": directory.towns_of(session, destination.id) if is_center else [],
        "ward_centers": directory.centers(session, destination.ward) if is_center else [],
        "problems": directory.coverage_problems(session) if is_center else [],
        "place_name": directory.place_name,
        "joined_groups": directory.joined_groups(session),
        "errors": [],
        **extra,
    }


@router.get("/{destination_id}", name="admin_destination")
def destination_page(request: Request, session: DbSession, user: AdminStaff, destination_id: str):
    destination = require_destination(session, destination_id)
    return render(
        request,
        "directory/destination.html",
        destination_context(session, destination, notice=NOTICES.get(request.query_params.get("done", ""))),
    )


@router.post("/{destination_id}", name="admin_destination_update")
def destination_update(
    request: Request,
    session: DbSession,
    user: AdminStaff,
    _csrf: CsrfChecked,
    destination_id: str,
    name: Annotated[str, Form(max_length=500)],
    short_name: Annotated[str, Form(max_length=500)] = "",
    phone: Annotated[str, Form(max_length=100)] = "",
    address: Annotated[str, Form(max_length=1000)] = "",
    hours: Annotated[str, Form(max_length=2000)] = "",
    holidays_note: Annotated[str, Form(max_length=2000)] = "",
    notify_line_group_id: Annotated[str, Form(max_length=200)] = "",
    notify_emails: Annotated[str, Form(max_length=2000)] = "",
    fallback_contact_key: Annotated[str, Form(max_length=40)] = "",
):
    destination = require_destination(session, destination_id)
    values = dict(
        name=name,
        short_name=short_name,
        phone=phone,
        address=address,
        hours=hours,
        holidays_note=holidays_note,
        notify_line_group_id=notify_line_group_id,
        notify_emails=notify_emails,
        fallback_contact_key=fallback_contact_key,
    )
    try:
        with session.begin_nested():
            changes = directory.update_destination(session, destination, values)
    except directory.DirectoryError as exc:
        session.refresh(destination)
        context = destination_context(session, destination, errors=[str(exc)])
        context["form"] = values
        return render(request, "directory/destination.html", context, status_code=400)
    if not changes:
        return RedirectResponse(f"/admin/directory/{destination.id}?done=unchanged", status_code=303)
    audit.record(
        session, "directory.update", actor=user, ip=client_ip(request), destination_id=destination.id, changes=changes
    )
    return RedirectResponse(f"/admin/directory/{destination.id}?done=saved", status_code=303)


@router.post("/{destination_id}/test-notification", name="admin_destination_test_notification")
def destination_test_notification(
    request: Request,
    session: DbSession,
    user: AdminStaff,
    _csrf: CsrfChecked,
    destination_id: str,
):
    """Send a test notice by the destination's channels, so the link to its group is proven."""
    destination = require_destination(session, destination_id)
    channels = notifications.notify(
        session,
        destination.id,
        notifications.TEST_HEADLINE,
        base_url=get_context(request).settings.public_base_url,
        event="test",
    )
    audit.record(
        session,
        "directory.test_notification",
        actor=user,
        ip=client_ip(request),
        destination_id=destination.id,
        channels=channels,
    )
    ctx = get_context(request)
    return RedirectResponse(
        f"/admin/directory/{destination.id}?done={'test' if channels else 'test_none'}",
        status_code=303,
        background=BackgroundTask(ctx.wake_worker),
    )


@router.post("/towns/{town_id}", name="admin_town_reassign")
def town_reassign(
    request: Request,
    session: DbSession,
    user: AdminStaff,
    _csrf: CsrfChecked,
    town_id: int,
    center_id: Annotated[str, Form(max_length=40)],
):
    town = session.get(Town, town_id)
    if town is None:
        raise HTTPException(404)
    previous = town.center_id
    try:
        town, previous = directory.reassign_town(session, town_id, center_id)
    except directory.DirectoryError as exc:
        destination = require_destination(session, previous)
        return render(
            request,
            "directory/destination.html",
            destination_context(session, destination, errors=[str(exc)]),
            status_code=400,
        )
    if previous != center_id:
        audit.record(
            session,
            "directory.town",
            actor=user,
            ip=client_ip(request),
            town_id=town.id,
            place=directory.place_name(town),
            from_center=previous,
            to_center=center_id,
        )
    return RedirectResponse(f"/admin/directory/{previous}?done=town#towns", status_code=303)
