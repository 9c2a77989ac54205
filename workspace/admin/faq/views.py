"""/admin/faq: the FAQ the bot answers from — list, search, edit with a try-out, history, import/export."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

import yaml
from fastapi import Depends, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError
from starlette.background import BackgroundTask

from cases.labels import ROUTE_LABELS, TOPIC_LABELS, URGENCY_LABELS
from core.db import utcnow
from core.hours import JST
from core.topics import TOPIC_IDS
from knowledge import lint
from knowledge import service as knowledge
from knowledge.models import ANSWER_MAX_CHARS, FaqEntry, FaqEntryIn
from workspace.admin.common import japanese_errors, refresh_bot_faq, running_bot
from workspace.admin.faq import service as faq_admin
from workspace.audit import service as audit
from workspace.staff.auth import AdminStaff, CsrfChecked
from workspace.web import DbSession, client_ip, render, workspace_router

router = workspace_router(prefix="/admin/faq")

NOTICES = {
    "created": "FAQ を追加しました。数秒でボットの回答に反映されます。",
    "saved": "保存しました。数秒でボットの回答に反映されます。",
    "unchanged": "変更はありませんでした。",
    "activated": "公開しました。数秒でボットの回答に反映されます。",
    "deactivated": "非公開にしました。ボットはこの FAQ で答えなくなります。",
    "reverted": "以前の版に戻しました（新しい版として記録されます）。",
}
SHOW = {"active": "公開中", "inactive": "非公開", "all": "すべて", "review": "見直し期限が来たもの"}


def today():
    return datetime.now(JST).date()


def page_context(**extra) -> dict:
    return {
        "topics": TOPIC_LABELS,
        "urgencies": URGENCY_LABELS,
        "routes": ROUTE_LABELS,
        "field_names": faq_admin.FIELD_NAMES,
        "answer_max": ANSWER_MAX_CHARS,
        "today": today(),
        **extra,
    }


def require_entry(session, entry_id: int) -> FaqEntry:
    entry = knowledge.get(session, entry_id)
    if entry is None:
        raise HTTPException(404)
    return entry


@dataclass
class EntryFormInput:
    data: dict
    note: str
    preview_message: str
    action: str


def entry_form(
    slug: str = Form("", max_length=200),
    question: str = Form("", max_length=2000),
    paraphrases: str = Form("", max_length=20000),
    answer: str = Form("", max_length=5000),
    link: str = Form("", max_length=500),
    topics: list[str] = Form([]),  # noqa: B006 - FastAPI copies defaults
    source: str = Form("", max_length=2000),
    owner: str = Form("", max_length=200),
    review_by: str = Form("", max_length=20),
    active: bool = Form(False),
    note: str = Form("", max_length=500),
    preview_message: str = Form("", max_length=2000),
    action: str = Form("save", max_length=20),
) -> EntryFormInput:
    """The create/edit form: an entry's fields, a change note, a message to try, which button."""
    data = faq_admin.form_data(
        slug=slug,
        question=question,
        paraphrases=paraphrases,
        answer=answer,
        link=link,
        topics=topics,
        source=source,
        owner=owner,
        review_by=review_by,
        active=active,
    )
    return EntryFormInput(data, note, preview_message, action)


EntryForm = Annotated[EntryFormInput, Depends(entry_form)]


# ---- list and search --------------------------------------------------------------------------------


@router.get("", name="admin_faq")
def faq_list(
    request: Request,
    session: DbSession,
    user: AdminStaff,
    q: str = Query("", max_length=200),
    topic: str = Query("", max_length=40),
    show: str = Query("active", max_length=20),
):
    show = show if show in SHOW else "active"
    entries = knowledge.list_entries(
        session, search=q or None, include_inactive=show != "active", topic=topic if topic in TOPIC_IDS else None
    )
    if show == "inactive":
        entries = [e for e in entries if not e.active]
    elif show == "review":
        entries = [e for e in entries if faq_admin.review_overdue(e, today())]
    overdue = len(knowledge.entries_due_for_review(session, today()))
    return render(
        request,
        "faq/list.html",
        page_context(
            entries=entries,
            q=q,
            topic=topic,
            show=show,
            shows=SHOW,
            overdue_count=overdue,
            notice=NOTICES.get(request.query_params.get("done", "")),
        ),
    )


@router.get("/preview", name="admin_faq_preview")
def faq_preview(request: Request, session: DbSession, user: AdminStaff, message: str = Query("", max_length=2000)):
    """「このメッセージならどう答えるか」 against the bot as it runs now."""
    bot = running_bot(request)
    result = faq_admin.preview(session, bot, message, utcnow()) if message.strip() and bot else None
    return render(
        request,
        "faq/preview.html",
        page_context(
            message=message,
            preview=result,
            entry_slugs=_slugs(session, result),
            bot_missing=bot is None,
        ),
    )


def _slugs(session, result) -> dict[int, str]:
    if result is None:
        return {}
    ids = {m.entry_id for m in result.ranked} | ({result.answered_entry_id} if result.answered_entry_id else set())
    return {i: e.slug for i in ids if (e := knowledge.get(session, i)) is not None}


# ---- create and edit ----------------------------------------------------------------------------------


@router.get("/new", name="admin_faq_new")
def faq_new(request: Request, session: DbSession, user: AdminStaff):
    return render(
        request,
        "faq/edit.html",
        page_context(entry=None, form=faq_admin.form_of(None), errors=[], preview=None, preview_message="", note=""),
    )


@router.post("/new", name="admin_faq_create")
def faq_create(request: Request, session: DbSession, user: AdminStaff, _csrf: CsrfChecked, form: EntryForm):
    data, note, preview_message = form.data, form.note, form.preview_message
    if form.action == "preview":
        return _edit_with_preview(request, session, None, data, preview_message, note)
    try:
        with session.begin_nested():
            entry = knowledge.create(session, data, actor=user.login, note=note.strip() or None)
    except (ValidationError, knowledge.DuplicateSlug) as exc:
        return _edit_with_errors(request, None, data, exc, preview_message, note)
    audit.record(session, "faq.create", actor=user, ip=client_ip(request), entry_id=entry.id, slug=entry.slug)
    return RedirectResponse(
        f"/admin/faq/{entry.id}?done=created", status_code=303, background=BackgroundTask(refresh_bot_faq, request)
    )


@router.get("/export.csv", name="admin_faq_export_csv")
def faq_export_csv(request: Request, session: DbSession, user: AdminStaff):
    text = knowledge.export_csv(session)
    audit.record(session, "faq.export", actor=user, ip=client_ip(request), format="csv")
    return _download(text, "text/csv; charset=utf-8", f"faq-{today():%Y%m%d}.csv")


@router.get("/export.yaml", name="admin_faq_export_yaml")
def faq_export_yaml(request: Request, session: DbSession, user: AdminStaff):
    text = knowledge.export_yaml(session)
    audit.record(session, "faq.export", actor=user, ip=client_ip(request), format="yaml")
    return _download(text, "application/yaml; charset=utf-8", f"faq-{today():%Y%m%d}.yaml")


def _download(text: str, media_type: str, filename: str) -> Response:
    return Response(
        text.encode("utf-8"),
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get("/import", name="admin_faq_import_form")
def faq_import_form(request: Request, session: DbSession, user: AdminStaff):
    return render(request, "faq/import.html", page_context(report=None, errors=[], dry_run=True))


@router.post("/import", name="admin_faq_import")
def faq_import(
    request: Request,
    session: DbSession,
    user: AdminStaff,
    _csrf: CsrfChecked,
    file: Annotated[UploadFile, File()],
    dry_run: Annotated[bool, Form()] = False,
    note: Annotated[str, Form(max_length=500)] = "",
):
    """Create or update entries by slug from CSV or YAML; all or nothing; a dry run changes nothing."""
    raw = file.file.read(faq_admin.MAX_UPLOAD_BYTES + 1)
    name = (file.filename or "").lower()
    errors: list[str] = []
    report = None
    if len(raw) > faq_admin.MAX_UPLOAD_BYTES:
        errors.append("ファイルが大きすぎます（2MBまで）。")
    elif not name.endswith((".csv", ".yaml", ".yml")):
        errors.append("CSV（.csv）か YAML（.yaml）のファイルを選んでください。")
    else:
        try:
            text = faq_admin.decode_upload(raw)
            importer = knowledge.import_csv if name.endswith(".csv") else knowledge.import_yaml
            savepoint = session.begin_nested()
            try:
                report = importer(session, text, actor=user.login, note=note.strip() or None)
            except BaseException:
                savepoint.rollback()
                raise
            if dry_run:
                savepoint.rollback()
            else:
                savepoint.commit()
        except knowledge.InvalidImport as exc:
            errors.extend(exc.errors)
        except (yaml.YAMLError, csv.Error, ValueError, TypeError, AttributeError) as exc:  # a malformed file
            errors.append(f"ファイルを読み取れませんでした：{exc}")
    if report is not None and not dry_run:
        audit.record(
            session,
            "faq.import",
            actor=user,
            ip=client_ip(request),
            file=file.filename,
            created=len(report.created),
            updated=len(report.updated),
            unchanged=len(report.unchanged),
        )
    response = render(
        request,
        "faq/import.html",
        page_context(report=report, errors=errors, dry_run=dry_run, filename=file.filename),
        status_code=400 if errors else 200,
    )
    if report is not None and not dry_run:
        response.background = BackgroundTask(refresh_bot_faq, request)
    return response


@router.get("/{entry_id}", name="admin_faq_edit")
def faq_edit(request: Request, session: DbSession, user: AdminStaff, entry_id: int):
    entry = require_entry(session, entry_id)
    return render(
        request,
        "faq/edit.html",
        page_context(
            entry=entry,
            form=faq_admin.form_of(entry),
            errors=[],
            preview=None,
            preview_message="",
            note="",
            notice=NOTICES.get(request.query_params.get("done", "")),
            lint=lint_of(entry),
        ),
    )


def lint_of(entry: FaqEntry) -> list[dict[str, str]]:
    """The entry's `intake kb lint` findings, as the edit page lists them."""
    return [{"rule": lint.RULES[f.rule], "message": f.message} for f in lint.lint_entry(entry, today())]


@router.post("/{entry_id}", name="admin_faq_update")
def faq_update(
    request: Request, session: DbSession, user: AdminStaff, _csrf: CsrfChecked, entry_id: int, form: EntryForm
):
    entry = require_entry(session, entry_id)
    data, note, preview_message = form.data, form.note, form.preview_message
    if form.action == "preview":
        return _edit_with_preview(request, session, entry, data, preview_message, note)
    before = knowledge.snapshot_of(entry)
    version = entry.version
    try:
        with session.begin_nested():
            knowledge.update(session, entry_id, data, actor=user.login, note=note.strip() or None)
    except (ValidationError, knowledge.DuplicateSlug) as exc:
        session.refresh(entry)
        return _edit_with_errors(request, entry, data, exc, preview_message, note)
    if entry.version == version:
        return RedirectResponse(f"/admin/faq/{entry_id}?done=unchanged", status_code=303)
    changed = [name for name, _, _ in knowledge.diff_versions(before, knowledge.snapshot_of(entry))]
    audit.record(
        session,
        "faq.update",
        actor=user,
        ip=client_ip(request),
        entry_id=entry.id,
        slug=entry.slug,
        version=entry.version,
        fields=changed,
    )
    return RedirectResponse(
        f"/admin/faq/{entry_id}?done=saved", status_code=303, background=BackgroundTask(refresh_bot_faq, request)
    )


def _edit_with_errors(request, entry, data, exc, preview_message: str, note: str):
    if isinstance(exc, knowledge.DuplicateSlug):
        errors = [f"識別名「{exc}」はほかの FAQ で使われています。"]
    else:
        errors = japanese_errors(exc, faq_admin.FIELD_NAMES, faq_admin.FIELD_RULES)
    return render(
        request,
        "faq/edit.html",
        page_context(
            entry=entry,
            form=faq_admin.form_of(data),
            errors=errors,
            preview=None,
            preview_message=preview_message,
            note=note,
        ),
        status_code=400,
    )


def _edit_with_preview(request, session, entry, data, preview_message: str, note: str):
    """The form as typed, and what the bot would answer with it (nothing saved)."""
    try:
        validated = FaqEntryIn.model_validate(data)
    except ValidationError as exc:
        return _edit_with_errors(request, entry, data, exc, preview_message, note)
    bot = running_bot(request)
    errors = [] if preview_message.strip() else ["試すメッセージを入力してください。"]
    result = None
    if bot is not None and not errors:
        index = faq_admin.draft_index(session, validated.model_dump(), entry.id if entry else None)
        result = faq_admin.preview(session, bot, preview_message, utcnow(), index=index)
    return render(
        request,
        "faq/edit.html",
        page_context(
            entry=entry,
            form=faq_admin.form_of(data),
            errors=errors,
            preview=result,
            preview_message=preview_message,
            note=note,
            entry_slugs=_slugs(session, result),
            draft_id=entry.id if entry else 0,
        ),
        status_code=400 if errors else 200,
    )


@router.post("/{entry_id}/active", name="admin_faq_active")
def faq_active(
    request: Request,
    session: DbSession,
    user: AdminStaff,
    _csrf: CsrfChecked,
    entry_id: int,
    active: Annotated[bool, Form()],
):
    entry = require_entry(session, entry_id)
    knowledge.set_active(session, entry.id, active, actor=user.login, note="公開" if active else "非公開")
    audit.record(
        session,
        "faq.activate" if active else "faq.deactivate",
        actor=user,
        ip=client_ip(request),
        entry_id=entry.id,
        slug=entry.slug,
    )
    return RedirectResponse(
        f"/admin/faq/{entry.id}?done={'activated' if active else 'deactivated'}",
        status_code=303,
        background=BackgroundTask(refresh_bot_faq, request),
    )


@router.get("/{entry_id}/history", name="admin_faq_history")
def faq_history(request: Request, session: DbSession, user: AdminStaff, entry_id: int):
    entry = require_entry(session, entry_id)
    return render(
        request,
        "faq/history.html",
        page_context(
            entry=entry,
            versions=faq_admin.history_with_diffs(session, entry.id),
        ),
    )


@router.post("/{entry_id}/revert", name="admin_faq_revert")
def faq_revert(
    request: Request,
    session: DbSession,
    user: AdminStaff,
    _csrf: CsrfChecked,
    entry_id: int,
    version: Annotated[int, Form(ge=1)],
):
    entry = require_entry(session, entry_id)
    try:
        with session.begin_nested():
            knowledge.revert(session, entry.id, version, actor=user.login)
    except knowledge.EntryNotFound as exc:
        raise HTTPException(404) from exc
    except (ValidationError, knowledge.DuplicateSlug) as exc:
        raise HTTPException(
            409, "この版には戻せません（識別名がほかの FAQ と重なるか、いまの決まりに合いません）。"
        ) from exc
    audit.record(
        session,
        "faq.revert",
        actor=user,
        ip=client_ip(request),
        entry_id=entry.id,
        slug=entry.slug,
        to_version=version,
        version=entry.version,
    )
    return RedirectResponse(
        f"/admin/faq/{entry.id}?done=reverted", status_code=303, background=BackgroundTask(refresh_bot_faq, request)
    )
