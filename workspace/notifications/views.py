"""/admin/notifications: every notice sent to a destination's staff, by channel, with its delivery."""

from __future__ import annotations

from fastapi import Query, Request

from core.context import get_context
from routing.models import Destination
from workspace.notifications import service as notifications
from workspace.staff.auth import AdminStaff
from workspace.web import DbSession, render, workspace_router

router = workspace_router(prefix="/admin/notifications")

STATE_NAMES = {
    "sent": "届いた",
    "pending": "送信待ち",
    "failed": "送れなかった",
    "not_sent": "送っていない（通知先なし）",
}


@router.get("", name="admin_notifications")
def notification_log(
    request: Request,
    session: DbSession,
    user: AdminStaff,
    destination: str = Query("", max_length=40),
    state: str = Query("", max_length=10),
):
    settings = get_context(request).settings
    destinations = {d.id: d.short_name for d in session.query(Destination).order_by(Destination.id)}
    lines = notifications.notification_log(
        session, destination_id=destination or None, state=state if state in STATE_NAMES else None
    )
    return render(
        request,
        "notifications/log.html",
        {
            "page_title": "通知の記録",
            "lines": lines,
            "destinations": destinations,
            "selected": {"destination": destination, "state": state},
            "states": STATE_NAMES,
            "events": notifications.EVENT_NAMES,
            "channels": notifications.CHANNEL_NAMES,
            "unconfigured": notifications.destinations_without_channel(session),
            "smtp_host": settings.smtp_host,
        },
    )
