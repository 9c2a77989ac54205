"""The queue and the case page, and every action on a case. Thin: the work is in service.py."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Annotated
from urllib.parse import urlencode

from fastapi import Depends, Form, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, StreamingResponse
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.background import BackgroundTask

from bot.conversation import copy as bot_copy
from cases import labels
from cases import service as cases
from cases.models import OPEN_STATUSES, STATUSES, Case
from cases.visibility import may_act
from core.context import get_context
from core.db import utcnow
from core.hours import JST, BusinessHours
from core.topics import TOPIC_IDS
from routing.models import Destination
from workspace.audit import service as audit
from workspace.cases import flows, messages
from workspace.notifications import service as notifications
from workspace.staff import service as staff
from workspace.staff.auth import AdminStaff, BackgroundStaff, CsrfChecked, CurrentStaff
from workspace.staff.models import StaffUser
from workspace.web import DbSession, client_ip, render, workspace_router

router = workspace_router(prefix="/staff")

NOTICES = {
    "accept": "受付しました。",
    "assign": "担当者を変更しました。",
    "start": "対応中にしました。",
    "note": "メモを追加しました。",
    "reply": "返信を送信待ちにしました。送信の結果はタイムラインに表示されます。",
    "close": "相談を終了しました。",
    "reopen": "相談を再開しました。",
    "labels": "分類を修正しました。",
    "transferred": "相談を移管しました。",
    "password_changed": "パスワードを変更しました。",
}


class CachedBusinessHours(BusinessHours):
    """Business hours with the holiday calendar memoised: a queue computes a target per row."""

    @staticmethod
    @lru_cache(maxsize=8192)
    def is_business_day(day: date) -> bool:
        return BusinessHours.is_business_day(day)


@lru_cache(maxsize=8)
def hours_between(opens: str, closes: str) -> BusinessHours:
    return CachedBusinessHours(time.fromisoformat(opens), time.fromisoformat(closes))


def business_hours(request: Request) -> BusinessHours:
    settings = get_context(request).settings
    return hours_between(settings.business_opens, settings.business_closes)


# ---- access to one case -----------------------------------------------------------------------------


def visible_case(case_id: int, session: DbSession, user: CurrentStaff) -> Case:
    """The case if the user may see it; 404 otherwise (whether or not it exists)."""
    case = cases.get_visible(session, user, case_id)
    if case is None:
        raise HTTPException(404)
    return case


def actionable_case(case_id: int, session: DbSession, user: CurrentStaff) -> Case:
    """The case, locked, if the user may work it: 404 if not visible, 403 if only visible."""
    case = cases.get_visible(session, user, case_id, for_update=True)
    if case is None:
        raise HTTPException(404)
    if not may_act(user, case):
        raise HTTPException(403, "この相談を操作できるのは、担当先の職員です。")
    return case


VisibleCase = Annotated[Case, Depends(visible_case)]
ActionableCase = Annotated[Case, Depends(actionable_case)]


# ---- the queue ------------------------------------------------------------------------------------


def day_start(text: str, *, plus_days: int = 0) -> datetime | None:
    """The start of a Japan-time day given as 2026-04-01, in UTC; None if not a date."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        return None
    return (datetime.combine(day, time(0), tzinfo=JST) + timedelta(days=plus_days)).astimezone(UTC)


def assignee_value(raw: str, user: StaffUser) -> int | None:
    if raw == "me":
        return user.id
    if raw == "none":
        return 0
    return int(raw) if raw.isdigit() and int(raw) > 0 else None


def queue_filter(params: dict, user: StaffUser) -> cases.QueueFilter:
    status = params["status"]
    if status == "all":
        statuses: tuple[str, ...] = ()
    elif status in STATUSES:
        statuses = (status,)
    else:
        statuses = OPEN_STATUSES
    return cases.QueueFilter(
        statuses=statuses,
        topic=params["topic"] if params["topic"] in TOPIC_IDS else None,
        urgency=params["urgency"] if params["urgency"] in labels.URGENCY_LABELS else None,
        destination_id=params["destination"] or None,
        number=params["number"].strip() or None,
        created_from=day_start(params["since"]) if params["since"] else None,
        created_before=day_start(params["until"], plus_days=1) if params["until"] else None,
        assignee_id=assignee_value(params["assignee"], user),
        sort=params["sort"] if params["sort"] in cases.SORTS else "urgent",
        page=params["page"],
    )


def destination_choices(session: Session, user: StaffUser) -> list[Destination]:
    """Destinations a user can filter the queue by (none for center staff: they have one)."""
    if user.role == "admin":
        query = select(Destination).where(Destination.kind != "ward_office")
    elif user.role == "ward_oversight":
        ward = select(Destination.ward).where(Destination.id == user.destination_id).scalar_subquery()
        query = select(Destination).where(Destination.ward == ward, Destination.kind != "ward_office")
    else:
        return []
    return list(session.scalars(query.order_by(Destination.ward, Destination.id)))


def destination_names(session: Session, ids) -> dict[str, str]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    return dict(session.execute(select(Destination.id, Destination.short_name).where(Destination.id.in_(ids))).all())


def page_links(request: Request, filters: cases.QueueFilter, total: int) -> dict:
    pages = max(1, -(-total // filters.limit))

    def link(page: int) -> str:
        return "/staff/queue?" + urlencode({**request.query_params, "page": page})

    return {
        "page": filters.page,
        "pages": pages,
        "first_row": (filters.page - 1) * filters.limit + 1 if total else 0,
        "previous": link(filters.page - 1) if filters.page > 1 else None,
        "next": link(filters.page + 1) if filters.page < pages else None,
    }


def queue_rows_context(request: Request, session: Session, user: StaffUser, filters: cases.QueueFilter) -> dict:
    rows, total = cases.queue(session, user, filters)
    now = utcnow()
    hours = business_hours(request)
    count, newest = cases.queue_marker(session, user)
    return {
        "rows": [(case, cases.response_target(case, hours, now)) for case in rows],
        "total": total,
        "now": now,
        "marker": f"{count}-{newest}",
        "newest": newest,
        "assignees": staff.names(session, (c.assigned_to_id for c in rows)),
        "destinations": destination_names(session, (c.destination_id for c in rows)),
        "labels": labels,
        "pager": page_links(request, filters, total),
    }


def queue_params(
    status: str = Query("open", max_length=20),
    topic: str = Query("", max_length=40),
    urgency: str = Query("", max_length=20),
    destination: str = Query("", max_length=40),
    number: str = Query("", max_length=20),
    since: str = Query("", max_length=10),
    until: str = Query("", max_length=10),
    assignee: str = Query("", max_length=12),
    sort: str = Query("urgent", max_length=10),
    page: int = Query(1, ge=1, le=100_000),
) -> dict:
    return dict(
        status=status,
        topic=topic,
        urgency=urgency,
        destination=destination,
        number=number,
        since=since,
        until=until,
        assignee=assignee,
        sort=sort,
        page=page,
    )


QueueParams = Annotated[dict, Depends(queue_params)]
SORT_LABELS = {"urgent": "緊急度の高い順（同じ緊急度では古い順）", "newest": "新しい順", "oldest": "古い順"}


@router.get("/queue", name="queue")
def queue_page(request: Request, session: DbSession, user: CurrentStaff, params: QueueParams):
    filters = queue_filter(params, user)
    context = queue_rows_context(request, session, user, filters)
    if filters.is_search:
        audit.record(
            session,
            "queue.search",
            actor=user,
            ip=client_ip(request),
            filters={k: v for k, v in params.items() if v not in ("", None)},
            matched=context["total"],
        )
    own = session.get(Destination, user.destination_id) if user.destination_id else None
    context.update(
        own_destination=own,
        destination_choices=destination_choices(session, user),
        assignee_choices=staff.colleagues(session, user.destination_id, restricted=False)
        if user.role == "center_staff" and user.destination_id
        else [],
        selected=params,
        statuses=labels.STATUS_LABELS,
        sorts=SORT_LABELS,
        searching=filters.is_search,
        notice=NOTICES.get(request.query_params.get("notice", "")),
    )
    return render(request, "cases/queue.html", context)


@router.get("/queue/rows", name="queue_rows")
def queue_rows(request: Request, session: DbSession, user: BackgroundStaff, params: QueueParams):
    """The queue's rows alone: the page polls this every 10 seconds (not a person's activity)."""
    filters = queue_filter(params, user)
    return render(request, "cases/queue_rows.html", queue_rows_context(request, session, user, filters))


@router.get("/updates", name="queue_updates")
def queue_updates(session: DbSession, user: BackgroundStaff, since: str = Query("", max_length=40)):
    """What changed in the user's queue since a moment, for the page's background watcher.

    Numbers and urgency only: it becomes a browser notification, which may show on a locked screen.
    """
    try:
        moment = datetime.fromisoformat(since) if since else None
    except ValueError:
        raise HTTPException(422, "since must be an ISO 8601 moment") from None
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return cases.queue_updates(session, user, moment)


# ---- the case page ----------------------------------------------------------------------------------


def case_context(request: Request, session: Session, user: StaffUser, case: Case, **extra) -> dict:
    items = messages.timeline(session, case)
    actor_ids = {i.actor_id for i in items} | {case.assigned_to_id}
    transfer_ids = {i.data.get(k) for i in items if i.kind == "transfer" for k in ("from", "to")}
    transfer_ids |= {i.data.get("destination") for i in items if i.kind == "notification"}
    acting = may_act(user, case)
    earlier, later = cases.linked_cases(session, user, case)
    return {
        "earlier": earlier,
        "later": later,
        "may_reopen_earlier": earlier is not None and earlier.status == "closed" and may_act(user, earlier),
        "linked_ids": {c.id for c in ([earlier] if earlier else []) + later},
        "case": case,
        "destination": session.get(Destination, case.destination_id),
        "oversight": session.get(Destination, case.oversight_destination_id) if case.oversight_destination_id else None,
        "timeline": items,
        "names": staff.names(session, actor_ids),
        "destinations": destination_names(session, transfer_ids | {case.destination_id}),
        "problems": messages.delivery_problems(session, case),
        "target": cases.response_target(case, business_hours(request), utcnow()),
        "may_act": acting,
        "colleagues": staff.colleagues(session, case.destination_id, restricted=case.restricted) if acting else [],
        "transfer_targets": cases.transfer_targets(session, case) if acting and case.is_open else [],
        "labels": labels,
        "channels_text": notifications.channels_text,
        "closing_notice": bot_copy.CASE_CLOSED_NOTICE.format(number=case.number),
        "notice": NOTICES.get(request.query_params.get("done", "")),
        "error": None,
        **extra,
    }


@router.get("/cases/{case_id}", name="case_page")
def case_page(request: Request, session: DbSession, user: CurrentStaff, case: VisibleCase):
    cases.record_view(session, case, user)
    audit.record(session, "case.view", actor=user, case_id=case.id, ip=client_ip(request))
    return render(request, "cases/case.html", case_context(request, session, user, case))


def act(
    request: Request, session: Session, user: StaffUser, case: Case, action: str, work: Callable[[], object], **detail
):
    """Do one action in a savepoint; on refusal show the case with the reason, else go back to it."""
    try:
        with session.begin_nested():
            work()
    except cases.CaseActionError as exc:
        session.refresh(case)
        return render(request, "cases/case.html", case_context(request, session, user, case, error=str(exc)), 400)
    audit.record(session, f"case.{action}", actor=user, case_id=case.id, ip=client_ip(request), **detail)
    ctx = get_context(request)
    # Woken after the commit, the worker delivers a reply at once rather than at its next poll.
    return RedirectResponse(
        f"/staff/cases/{case.id}?done={action}#timeline", status_code=303, background=BackgroundTask(ctx.wake_worker)
    )


@router.post("/cases/{case_id}/accept", name="case_accept")
def case_accept(request: Request, session: DbSession, user: CurrentStaff, case: ActionableCase, _csrf: CsrfChecked):
    return act(request, session, user, case, "accept", lambda: cases.accept(session, case, user))


@router.post("/cases/{case_id}/assign", name="case_assign")
def case_assign(
    request: Request,
    session: DbSession,
    user: CurrentStaff,
    case: ActionableCase,
    _csrf: CsrfChecked,
    assignee_id: Annotated[int, Form()] = 0,
):
    def work():
        assignee = staff.get(session, assignee_id)
        if assignee is None:
            raise cases.CaseActionError("担当者を選んでください。")
        cases.assign(session, case, user, assignee)

    return act(request, session, user, case, "assign", work, assignee_id=assignee_id)


@router.post("/cases/{case_id}/start", name="case_start")
def case_start(request: Request, session: DbSession, user: CurrentStaff, case: ActionableCase, _csrf: CsrfChecked):
    return act(request, session, user, case, "start", lambda: cases.start(session, case, user))


@router.post("/cases/{case_id}/note", name="case_note")
def case_note(
    request: Request,
    session: DbSession,
    user: CurrentStaff,
    case: VisibleCase,
    _csrf: CsrfChecked,
    body: Annotated[str, Form(max_length=20000)] = "",
):
    return act(request, session, user, case, "note", lambda: cases.add_note(session, case, user, body))


@router.post("/cases/{case_id}/reply", name="case_reply")
def case_reply(
    request: Request,
    session: DbSession,
    user: CurrentStaff,
    case: ActionableCase,
    _csrf: CsrfChecked,
    body: Annotated[str, Form(max_length=20000)] = "",
):
    return act(request, session, user, case, "reply", lambda: messages.reply(session, case, user, body))


@router.post("/cases/{case_id}/transfer", name="case_transfer")
def case_transfer(
    request: Request,
    session: DbSession,
    user: CurrentStaff,
    case: ActionableCase,
    _csrf: CsrfChecked,
    destination_id: Annotated[str, Form(max_length=40)] = "",
    reason: Annotated[str, Form(max_length=5000)] = "",
):
    old_destination = case.destination_id

    def work():
        cases.transfer(session, case, user, destination_id, reason)
        flows.case_transferred(session, case, base_url=get_context(request).settings.public_base_url)

    response = act(
        request, session, user, case, "transfer", work, from_destination=old_destination, to_destination=destination_id
    )
    if response.status_code == 303 and cases.get_visible(session, user, case.id) is None:
        # The case left the user's sight with the transfer: back to the queue.
        return RedirectResponse("/staff/queue?notice=transferred", status_code=303)
    return response


@router.post("/cases/{case_id}/close", name="case_close")
def case_close(
    request: Request,
    session: DbSession,
    user: CurrentStaff,
    case: ActionableCase,
    _csrf: CsrfChecked,
    reason: Annotated[str, Form(max_length=40)] = "",
    text: Annotated[str, Form(max_length=5000)] = "",
    notify_resident: Annotated[bool, Form()] = False,
):
    notice = bot_copy.CASE_CLOSED_NOTICE.format(number=case.number)
    return act(
        request,
        session,
        user,
        case,
        "close",
        lambda: messages.close(session, case, user, reason, text, notify_resident=notify_resident, notice=notice),
        reason=reason,
        notified=notify_resident,
    )


@router.post("/cases/{case_id}/reopen", name="case_reopen")
def case_reopen(request: Request, session: DbSession, user: CurrentStaff, case: ActionableCase, _csrf: CsrfChecked):
    return act(request, session, user, case, "reopen", lambda: cases.reopen(session, case, user))


@router.post("/cases/{case_id}/labels", name="case_labels")
def case_labels(
    request: Request,
    session: DbSession,
    user: CurrentStaff,
    case: ActionableCase,
    _csrf: CsrfChecked,
    topics: Annotated[list[str], Form()] = [],  # noqa: B006 - FastAPI copies defaults
    urgency: Annotated[str, Form(max_length=20)] = "",
):
    return act(
        request, session, user, case, "labels", lambda: cases.correct_labels(session, case, user, topics, urgency)
    )


# ---- corrections for retraining -------------------------------------------------------------------


@router.get("/corrections.jsonl", name="label_corrections")
def corrections_export(request: Request, session: DbSession, user: AdminStaff):
    """Staff's label corrections as JSON lines (admins only: it carries residents' words)."""
    lines = [json.dumps(item, ensure_ascii=False) + "\n" for item in cases.label_corrections(session)]
    audit.record(session, "corrections.export", actor=user, ip=client_ip(request), rows=len(lines))
    return StreamingResponse(
        iter(lines),
        media_type="application/x-ndjson",
        headers={"Content-Disposition": 'attachment; filename="label-corrections.jsonl"'},
    )
