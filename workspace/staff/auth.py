"""FastAPI dependencies for the signed-in staff member, admins only, and CSRF on every POST.

Every workspace route declares exactly one access dependency (`public`, `current_staff`,
`admin_staff`, or a case dependency built on them); the authorization test reads them from the
route table.
"""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, HTTPException, Request, Response
from itsdangerous import BadSignature, URLSafeSerializer

from core.context import get_context
from workspace.staff import service as staff
from workspace.staff.models import StaffUser
from workspace.web import DbSession, LoginRequired, public  # noqa: F401 - public is an access dependency

SESSION_COOKIE = "intake_staff"
LOGIN_COOKIE = "intake_login"


def _serializer(request: Request, salt: str) -> URLSafeSerializer:
    return URLSafeSerializer(get_context(request).settings.secret_key, salt=salt)


def cookie_is_secure(request: Request) -> bool:
    return get_context(request).settings.public_base_url.startswith("https://")


def sign_session_token(secret_key: str, token: str) -> str:
    """The cookie value for a session token (tests sign sessions they start themselves)."""
    return URLSafeSerializer(secret_key, salt="staff-session").dumps(token)


def set_session_cookie(request: Request, response: Response, token: str) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        sign_session_token(get_context(request).settings.secret_key, token),
        httponly=True,
        samesite="lax",
        secure=cookie_is_secure(request),
        path="/",
    )


def clear_session_cookie(request: Request, response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax", secure=cookie_is_secure(request))


def session_token(request: Request) -> str | None:
    raw = request.cookies.get(SESSION_COOKIE)
    if not raw:
        return None
    try:
        return _serializer(request, "staff-session").loads(raw)
    except BadSignature:
        return None


# Pages a person whose password an admin set may still open: they change it there first.
PASSWORD_CHANGE_PATHS = ("/staff/password", "/staff/logout")


class PasswordChangeRequired(HTTPException):
    def __init__(self) -> None:
        super().__init__(303, "パスワードを変更してください。", headers={"Location": "/staff/password?required=1"})


def signed_in(request: Request, session, *, touch: bool) -> StaffUser:
    token = session_token(request)
    found = staff.resume_session(session, token, get_context(request).settings, touch=touch) if token else None
    if found is None:
        raise LoginRequired()
    row, user = found
    request.state.staff_user = user
    request.state.staff_session = row
    request.state.csrf_token = row.csrf_token
    if user.must_change_password and request.url.path not in PASSWORD_CHANGE_PATHS:
        raise PasswordChangeRequired()
    return user


def current_staff(request: Request, session: DbSession) -> StaffUser:
    """The signed-in staff member, or 401 (GET pages redirect to the login form).

    The request counts as the person's activity and keeps the session from its idle timeout.
    """
    return signed_in(request, session, touch=True)


def background_staff(request: Request, session: DbSession) -> StaffUser:
    """As current_staff, for a page's background polls: they do not keep the session alive."""
    return signed_in(request, session, touch=False)


CurrentStaff = Annotated[StaffUser, Depends(current_staff)]
BackgroundStaff = Annotated[StaffUser, Depends(background_staff)]


def admin_staff(user: CurrentStaff) -> StaffUser:
    """Admins only (403 for other staff)."""
    if user.role != "admin":
        raise HTTPException(403, "管理者だけが使えるページです。")
    return user


AdminStaff = Annotated[StaffUser, Depends(admin_staff)]


async def verify_csrf(request: Request) -> None:
    """The form's (or X-CSRF-Token header's) token must be this session's."""
    row = getattr(request.state, "staff_session", None)
    if row is None:
        raise LoginRequired()
    given = request.headers.get("x-csrf-token")
    if given is None:
        form = await request.form()
        given = form.get("csrf_token")
    if not staff.csrf_matches(row.csrf_token, given if isinstance(given, str) else None):
        raise HTTPException(403, "画面の有効期限が切れました。ページを読み込み直してから、もう一度操作してください。")


CsrfChecked = Annotated[None, Depends(verify_csrf)]


# ---- the login form's own CSRF token (before there is a session) ---------------------------------


def new_login_nonce() -> str:
    return secrets.token_urlsafe(24)


def set_login_cookie(request: Request, response: Response, nonce: str) -> None:
    response.set_cookie(
        LOGIN_COOKIE,
        _serializer(request, "staff-login").dumps(nonce),
        httponly=True,
        samesite="strict",
        secure=cookie_is_secure(request),
        path="/staff/login",
        max_age=3600,
    )


def login_nonce_matches(request: Request, given: str | None) -> bool:
    raw = request.cookies.get(LOGIN_COOKIE)
    if not raw or not given:
        return False
    try:
        expected = _serializer(request, "staff-login").loads(raw)
    except BadSignature:
        return False
    return staff.csrf_matches(expected, given)
