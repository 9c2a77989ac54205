"""Signing in and out, and changing one's password."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Form, Request
from fastapi.responses import RedirectResponse

from core.context import get_context
from core.db import utcnow
from workspace.audit import service as audit
from workspace.staff import service as staff
from workspace.staff.auth import (
    CsrfChecked,
    CurrentStaff,
    clear_session_cookie,
    login_nonce_matches,
    new_login_nonce,
    public,
    session_token,
    set_login_cookie,
    set_session_cookie,
)
from workspace.web import DbSession, client_ip, local_time, render, workspace_router

router = workspace_router(prefix="/staff")

NOTICES = {
    "logged_out": "ログアウトしました。",
    "password_changed": "パスワードを変更しました。",
}


def safe_next(target: str | None) -> str:
    """Only our own workspace and admin pages are followed after login (no open redirect)."""
    if target and is_own_page(target):
        return target
    return "/staff/queue"


def is_own_page(target: str) -> bool:
    """A path of this site under /staff/ or /admin: no host ("//evil"), scheme or control character."""
    # Browsers drop tabs and newlines inside a URL and read "\\" as "/": "/\\evil" would be "//evil".
    if "\\" in target or any(ord(c) < 0x21 or ord(c) == 0x7F for c in target):
        return False
    path = target.split("?", 1)[0].split("#", 1)[0]
    if not path.startswith("/") or path.startswith("//"):
        return False
    return path.startswith("/staff/") or path == "/admin" or path.startswith("/admin/")


def login_page(
    request: Request, *, error: str | None = None, status_code: int = 200, next_url: str = "", login: str = ""
):
    nonce = new_login_nonce()
    response = render(
        request,
        "staff/login.html",
        {
            "nonce": nonce,
            "error": error,
            "next": next_url,
            "login": login,
            "notice": NOTICES.get(request.query_params.get("notice", "")),
        },
        status_code,
    )
    set_login_cookie(request, response, nonce)
    return response


def throttled_message(throttle: staff.Throttle) -> str:
    """What a refused person reads: why, until when, and what they can do now."""
    wait = throttle.until - utcnow()
    if throttle.reason == "address":
        seconds = max(1, int(wait.total_seconds()) + 1)
        when = f"{seconds}秒" if seconds < 120 else f"{seconds // 60}分"
        return (
            f"この端末のネットワークからログインの失敗が続いたため、{when}ほどお待ちください。"
            "待つあいだの操作は数えられません。パスワードを忘れた場合は、管理者に再発行を依頼してください。"
        )
    until = local_time(throttle.until, "%H:%M")
    return (
        f"このログインIDは、ログインの失敗が続いたため {until} ごろまでロックされています"
        "（いつもログインしている職場の端末からは、そのままログインできます）。"
        "急ぐときやパスワードを忘れたときは、管理者にロックの解除かパスワードの再発行を依頼してください。"
    )


@router.get("", name="staff_home", dependencies=[Depends(public)])
def staff_home():
    return RedirectResponse("/staff/queue", status_code=303)


@router.get("/login", name="login_form", dependencies=[Depends(public)])
def login_form(request: Request, next: str = ""):
    return login_page(request, next_url=safe_next(next))


@router.post("/login", name="login", dependencies=[Depends(public)])
def login(
    request: Request,
    session: DbSession,
    login: Annotated[str, Form(max_length=200)] = "",
    password: Annotated[str, Form(max_length=500)] = "",
    nonce: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=500)] = "",
):
    ip = client_ip(request)
    target = safe_next(next)
    if not login_nonce_matches(request, nonce):
        return login_page(
            request,
            error="画面の有効期限が切れました。もう一度ログインしてください。",
            status_code=400,
            next_url=target,
            login=login,
        )
    result = staff.authenticate(session, login, password, ip=ip, settings=get_context(request).settings)
    if result.throttled:
        audit.record(session, "login.throttled", actor_label=login, ip=ip, reason=result.throttle.reason)
        response = login_page(
            request, error=throttled_message(result.throttle), status_code=429, next_url=target, login=login
        )
        wait = max(1, int((result.throttle.until - utcnow()).total_seconds()) + 1)
        response.headers["Retry-After"] = str(wait)
        return response
    if result.user is None:
        audit.record(session, "login.failed", actor_label=login, ip=ip)
        return login_page(
            request, error="ログインIDまたはパスワードが違います。", status_code=400, next_url=target, login=login
        )
    # A new session id at every login: a session id planted before login is worth nothing.
    old_token = session_token(request)
    if old_token:
        found = staff.resume_session(session, old_token, get_context(request).settings)
        if found is not None:
            staff.end_session(session, found[0])
    token, _ = staff.start_session(session, result.user, ip=ip, user_agent=request.headers.get("user-agent"))
    audit.record(session, "login", actor=result.user, ip=ip)
    response = RedirectResponse(target, status_code=303)
    set_session_cookie(request, response, token)
    return response


@router.post("/logout", name="logout")
def logout(request: Request, session: DbSession, user: CurrentStaff, _csrf: CsrfChecked):
    staff.end_session(session, request.state.staff_session)
    audit.record(session, "logout", actor=user, ip=client_ip(request))
    response = RedirectResponse("/staff/login?notice=logged_out", status_code=303)
    clear_session_cookie(request, response)
    return response


@router.get("/password", name="password_form")
def password_form(request: Request, user: CurrentStaff):
    return render(request, "staff/password.html", {"error": None})


@router.post("/password", name="change_password")
def change_password(
    request: Request,
    session: DbSession,
    user: CurrentStaff,
    _csrf: CsrfChecked,
    current: Annotated[str, Form(max_length=500)] = "",
    new: Annotated[str, Form(max_length=500)] = "",
    confirm: Annotated[str, Form(max_length=500)] = "",
):
    if new != confirm:
        return render(request, "staff/password.html", {"error": "新しいパスワードが一致しません。"}, 400)
    try:
        with session.begin_nested():
            staff.change_password(session, user, current, new, keep_session_id=request.state.staff_session.id)
    except staff.AccountError as exc:
        return render(request, "staff/password.html", {"error": str(exc)}, 400)
    audit.record(session, "password.change", actor=user, ip=client_ip(request))
    return RedirectResponse("/staff/queue?notice=password_changed", status_code=303)
