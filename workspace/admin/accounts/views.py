"""/admin/staff: staff accounts — create, change role and destination, deactivate, reset password."""

from __future__ import annotations

from typing import Annotated

from fastapi import Form, HTTPException, Request
from fastapi.responses import RedirectResponse

from core.context import get_context
from workspace.admin.accounts import service as accounts
from workspace.audit import service as audit
from workspace.staff import service as staff
from workspace.staff.auth import AdminStaff, CsrfChecked
from workspace.staff.models import ROLE_NAMES, StaffUser
from workspace.web import DbSession, client_ip, render, workspace_router

router = workspace_router(prefix="/admin/staff")

NOTICES = {
    "saved": "保存しました。役割や所属が変わった場合、その職員は次に開くページでログインし直します。",
    "unchanged": "変更はありませんでした。",
    "activated": "アカウントを有効にしました。",
    "deactivated": "アカウントを無効にしました。ログイン中の画面も使えなくなりました。",
}


def require_account(session, user_id: int) -> StaffUser:
    account = staff.get(session, user_id)
    if account is None:
        raise HTTPException(404)
    return account


def list_context(session, **extra) -> dict:
    return {
        "accounts": accounts.accounts(session),
        "roles": ROLE_NAMES,
        "destinations": accounts.destination_choices(session),
        "names": {d.id: d.short_name for d in accounts.destination_choices(session)},
        "form": {
            "login": "",
            "display_name": "",
            "role": "center_staff",
            "destination_id": "",
            "restricted_access": False,
        },
        "errors": [],
        **extra,
    }


def account_context(session, account: StaffUser, **extra) -> dict:
    return {
        "account": account,
        "roles": ROLE_NAMES,
        "destinations": accounts.destination_choices(session),
        "names": {d.id: d.short_name for d in accounts.destination_choices(session)},
        "errors": [],
        "new_password": None,
        **extra,
    }


@router.get("", name="admin_staff")
def staff_list(request: Request, session: DbSession, user: AdminStaff):
    return render(request, "accounts/list.html", list_context(session))


@router.post("", name="admin_staff_create")
def staff_create(
    request: Request,
    session: DbSession,
    user: AdminStaff,
    _csrf: CsrfChecked,
    login: Annotated[str, Form(max_length=200)],
    display_name: Annotated[str, Form(max_length=200)] = "",
    role: Annotated[str, Form(max_length=20)] = "",
    destination_id: Annotated[str, Form(max_length=40)] = "",
    restricted_access: Annotated[bool, Form()] = False,
):
    password = accounts.temporary_password()
    try:
        with session.begin_nested():
            account = staff.create(
                session,
                login=login,
                password=password,
                role=role,
                display_name=display_name.strip() or None,
                destination_id=destination_id or None,
                restricted_access=restricted_access,
            )
            account.must_change_password = True  # the admin knows it: the person replaces it first
    except staff.AccountError as exc:
        form = {
            "login": login,
            "display_name": display_name,
            "role": role,
            "destination_id": destination_id,
            "restricted_access": restricted_access,
        }
        return render(request, "accounts/list.html", list_context(session, form=form, errors=[str(exc)]), 400)
    audit.record(
        session,
        "staff.create",
        actor=user,
        ip=client_ip(request),
        user_id=account.id,
        login=account.login,
        role=account.role,
        destination_id=account.destination_id,
    )
    return render(
        request,
        "accounts/account.html",
        account_context(session, account, new_password=password, notice="アカウントを作りました。"),
    )


@router.get("/locks", name="admin_login_locks")
def login_locks(request: Request, session: DbSession, user: AdminStaff):
    settings = get_context(request).settings
    return render(
        request,
        "accounts/locks.html",
        {
            "locks": staff.current_locks(session, settings),
            "settings": settings,
            "notice": "ロックを解除しました。" if request.query_params.get("done") == "lifted" else None,
        },
    )


@router.post("/locks/lift", name="admin_login_lock_lift")
def login_lock_lift(
    request: Request,
    session: DbSession,
    user: AdminStaff,
    _csrf: CsrfChecked,
    kind: Annotated[str, Form(max_length=10)],
    key: Annotated[str, Form(max_length=200)],
):
    if kind not in ("account", "address"):
        raise HTTPException(400, "解除するものを選んでください。")
    cleared = staff.lift_lock(session, kind, key)
    audit.record(session, "login.unlock", actor=user, ip=client_ip(request), kind=kind, key=key, cleared=cleared)
    return RedirectResponse("/admin/staff/locks?done=lifted", status_code=303)


@router.get("/{user_id}", name="admin_staff_account")
def staff_account(request: Request, session: DbSession, user: AdminStaff, user_id: int):
    account = require_account(session, user_id)
    return render(
        request,
        "accounts/account.html",
        account_context(session, account, notice=NOTICES.get(request.query_params.get("done", ""))),
    )


@router.post("/{user_id}", name="admin_staff_update")
def staff_update(
    request: Request,
    session: DbSession,
    user: AdminStaff,
    _csrf: CsrfChecked,
    user_id: int,
    role: Annotated[str, Form(max_length=20)],
    display_name: Annotated[str, Form(max_length=200)] = "",
    destination_id: Annotated[str, Form(max_length=40)] = "",
    restricted_access: Annotated[bool, Form()] = False,
):
    account = require_account(session, user_id)
    try:
        with session.begin_nested():
            changes = accounts.update_account(
                session,
                account,
                user,
                display_name=display_name,
                role=role,
                destination_id=destination_id or None,
                restricted_access=restricted_access,
            )
            account.must_change_password = True  # the admin knows it: the person replaces it first
    except staff.AccountError as exc:
        session.refresh(account)
        return render(request, "accounts/account.html", account_context(session, account, errors=[str(exc)]), 400)
    if not changes:
        return RedirectResponse(f"/admin/staff/{account.id}?done=unchanged", status_code=303)
    audit.record(
        session,
        "staff.update",
        actor=user,
        ip=client_ip(request),
        user_id=account.id,
        login=account.login,
        changes=changes,
    )
    return RedirectResponse(f"/admin/staff/{account.id}?done=saved", status_code=303)


@router.post("/{user_id}/active", name="admin_staff_active")
def staff_active(
    request: Request,
    session: DbSession,
    user: AdminStaff,
    _csrf: CsrfChecked,
    user_id: int,
    active: Annotated[bool, Form()],
):
    account = require_account(session, user_id)
    try:
        changed = accounts.set_active(session, account, user, active)
    except staff.AccountError as exc:
        return render(request, "accounts/account.html", account_context(session, account, errors=[str(exc)]), 400)
    if changed:
        audit.record(
            session,
            "staff.activate" if active else "staff.deactivate",
            actor=user,
            ip=client_ip(request),
            user_id=account.id,
            login=account.login,
        )
    return RedirectResponse(
        f"/admin/staff/{account.id}?done={'activated' if active else 'deactivated'}", status_code=303
    )


@router.post("/{user_id}/password", name="admin_staff_password_reset")
def staff_password_reset(
    request: Request,
    session: DbSession,
    user: AdminStaff,
    _csrf: CsrfChecked,
    user_id: int,
    confirm: Annotated[bool, Form()],
):
    account = require_account(session, user_id)
    if not confirm:
        return render(
            request,
            "accounts/account.html",
            account_context(session, account, errors=["本人に確認したことを示すチェックを入れてください。"]),
            400,
        )
    password = accounts.reset_password(session, account)
    audit.record(
        session, "staff.password_reset", actor=user, ip=client_ip(request), user_id=account.id, login=account.login
    )
    return render(
        request,
        "accounts/account.html",
        account_context(session, account, new_password=password, notice="新しいパスワードを発行しました。"),
    )
