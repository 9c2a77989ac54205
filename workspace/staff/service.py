"""Staff accounts and sessions: argon2 passwords, server-side sessions, throttled logins."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from core.db import utcnow
from routing.models import Destination
from core.settings import Settings
from workspace.staff.models import ROLES, LoginAttempt, StaffSession, StaffUser

MIN_PASSWORD_LENGTH = 10
_hasher = PasswordHasher()
# Verified against when the login is unknown, so both cases cost the same time.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


class AccountError(ValueError):
    """A request about an account that cannot be granted; the message is shown to staff."""


def hash_password(password: str) -> str:
    """An argon2id hash of the password."""
    return _hasher.hash(password)


def password_matches(password_hash: str, password: str) -> bool:
    """Whether the password matches the stored hash (never raises)."""
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def check_password_strength(password: str, login: str = "") -> None:
    """Refuse passwords that are too short or equal to the login."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"パスワードは{MIN_PASSWORD_LENGTH}文字以上にしてください。")
    if login and password.lower() == login.lower():
        raise AccountError("ログインIDと同じパスワードは使えません。")


def get(session: Session, user_id: int) -> StaffUser | None:
    """The staff user with this id, or None."""
    return session.get(StaffUser, user_id)


def get_by_login(session: Session, login: str) -> StaffUser | None:
    """The staff user with this login, or None."""
    return session.scalars(select(StaffUser).where(StaffUser.login == login)).first()


def create(
    session: Session,
    *,
    login: str,
    password: str,
    role: str,
    display_name: str | None = None,
    destination_id: str | None = None,
    restricted_access: bool = False,
) -> StaffUser:
    """Create an account after checking its role, destination and password."""
    login = login.strip()
    if not login or len(login) > 60:
        raise AccountError("ログインIDを1〜60文字で指定してください。")
    if role not in ROLES:
        raise AccountError(f"役割は {', '.join(ROLES)} のどれかです。")
    if get_by_login(session, login) is not None:
        raise AccountError(f"ログインID {login} はすでにあります。")
    check_destination_fits_role(session, role, destination_id)
    check_password_strength(password, login)
    now = utcnow()
    user = StaffUser(
        login=login,
        display_name=(display_name or login)[:60],
        password_hash=hash_password(password),
        role=role,
        destination_id=destination_id,
        restricted_access=restricted_access and role == "center_staff",
        created_at=now,
        password_changed_at=now,
    )
    session.add(user)
    session.flush()
    return user


def check_destination_fits_role(session: Session, role: str, destination_id: str | None) -> None:
    """Center staff need a non-ward destination, ward oversight a ward office; admins need none."""
    if role == "admin" and destination_id is None:
        return
    destination = session.get(Destination, destination_id) if destination_id else None
    if destination is None:
        raise AccountError(f"所属先 {destination_id!r} が見つかりません。")
    if role == "ward_oversight" and destination.kind != "ward_office":
        raise AccountError("区の担当者の所属先は区役所（ward_…）です。")
    if role == "center_staff" and destination.kind == "ward_office":
        raise AccountError("センター職員の所属先に区役所は指定できません。")


def colleagues(session: Session, destination_id: str, *, restricted: bool) -> list[StaffUser]:
    """Active staff of a destination who could work a case (restricted: only those allowed)."""
    query = select(StaffUser).where(
        StaffUser.destination_id == destination_id, StaffUser.role == "center_staff", StaffUser.active.is_(True)
    )
    if restricted:
        query = query.where(StaffUser.restricted_access.is_(True))
    return list(session.scalars(query.order_by(StaffUser.display_name)))


def names(session: Session, user_ids) -> dict[int, str]:
    """Display names of the given staff ids, in one query."""
    ids = {i for i in user_ids if i is not None}
    if not ids:
        return {}
    return dict(session.execute(select(StaffUser.id, StaffUser.display_name).where(StaffUser.id.in_(ids))).all())


# ---- login throttling ---------------------------------------------------------------------------


def recent_failures(session: Session, *, login: str | None = None, ip: str | None = None, since: datetime) -> int:
    """Failed attempts since a moment for a login or an address, not counting those before a success."""
    query = select(func.count()).select_from(LoginAttempt).where(LoginAttempt.success.is_(False), LoginAttempt.at >= since)
    if login is not None:
        last_success = session.scalar(
            select(func.max(LoginAttempt.at)).where(LoginAttempt.login == login, LoginAttempt.success.is_(True))
        )
        query = query.where(LoginAttempt.login == login)
        if last_success is not None:
            query = query.where(LoginAttempt.at > last_success)
    if ip is not None:
        query = query.where(LoginAttempt.ip == ip)
    return session.scalar(query) or 0


def is_throttled(session: Session, login: str, ip: str, settings: Settings, now: datetime) -> bool:
    """Too many recent failures for this login or from this address."""
    since = now - timedelta(minutes=settings.login_window_minutes)
    return (
        recent_failures(session, login=login, since=since) >= settings.login_max_failures_per_login
        or recent_failures(session, ip=ip, since=since) >= settings.login_max_failures_per_ip
    )


@dataclass
class LoginResult:
    user: StaffUser | None
    throttled: bool = False


def authenticate(session: Session, login: str, password: str, *, ip: str, settings: Settings) -> LoginResult:
    """Check a login and password, throttled per login and per address; every try is recorded."""
    now = utcnow()
    login = login.strip()[:60]
    if is_throttled(session, login, ip, settings, now):
        session.add(LoginAttempt(login=login, ip=ip, success=False, at=now))
        return LoginResult(None, throttled=True)
    user = get_by_login(session, login)
    ok = password_matches(user.password_hash if user else _DUMMY_HASH, password) and user is not None and user.active
    session.add(LoginAttempt(login=login, ip=ip, success=ok, at=now))
    if not ok:
        return LoginResult(None)
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = now
    return LoginResult(user)


# ---- sessions -----------------------------------------------------------------------------------


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(session: Session, user: StaffUser, *, ip: str | None = None, user_agent: str | None = None) -> tuple[str, StaffSession]:
    """A new session with a fresh random id (never reused: logging in rotates it). Returns (token, row)."""
    token = secrets.token_urlsafe(32)
    row = StaffSession(
        token_hash=token_digest(token),
        user_id=user.id,
        csrf_token=secrets.token_urlsafe(32),
        ip=(ip or "")[:64] or None,
        user_agent=(user_agent or "")[:200] or None,
    )
    session.add(row)
    session.flush()
    return token, row


def session_is_live(row: StaffSession, settings: Settings, now: datetime) -> bool:
    """Not ended, not idle too long, not older than the maximum."""
    return (
        row.ended_at is None
        and now - row.last_seen_at < timedelta(minutes=settings.staff_session_idle_minutes)
        and now - row.created_at < timedelta(hours=settings.staff_session_max_hours)
    )


def resume_session(session: Session, token: str, settings: Settings) -> tuple[StaffSession, StaffUser] | None:
    """The live session and its active user for a cookie's token, touching it; None otherwise."""
    row = session.scalars(select(StaffSession).where(StaffSession.token_hash == token_digest(token))).first()
    if row is None:
        return None
    now = utcnow()
    if not session_is_live(row, settings, now):
        if row.ended_at is None:
            row.ended_at = now
        return None
    user = session.get(StaffUser, row.user_id)
    if user is None or not user.active:
        row.ended_at = now
        return None
    # Touch at most once a minute: most requests then read without writing.
    if now - row.last_seen_at > timedelta(minutes=1):
        row.last_seen_at = now
    return row, user


def end_session(session: Session, row: StaffSession) -> None:
    """Log out: the cookie no longer opens anything."""
    if row.ended_at is None:
        row.ended_at = utcnow()


def end_all_sessions(session: Session, user_id: int, *, except_id: int | None = None) -> None:
    """End every live session of a user (after a password change, or when deactivated)."""
    query = update(StaffSession).where(StaffSession.user_id == user_id, StaffSession.ended_at.is_(None))
    if except_id is not None:
        query = query.where(StaffSession.id != except_id)
    session.execute(query.values(ended_at=utcnow()))


def change_password(session: Session, user: StaffUser, current: str, new: str, *, keep_session_id: int | None = None) -> None:
    """Change a password after checking the current one; other sessions of the user end."""
    if not password_matches(user.password_hash, current):
        raise AccountError("現在のパスワードが違います。")
    check_password_strength(new, user.login)
    if password_matches(user.password_hash, new):
        raise AccountError("新しいパスワードは、現在のものと違うものにしてください。")
    user.password_hash = hash_password(new)
    user.password_changed_at = utcnow()
    end_all_sessions(session, user.id, except_id=keep_session_id)


def csrf_matches(expected: str, given: str | None) -> bool:
    """Constant-time comparison of a form's CSRF token with the session's."""
    return bool(given) and hmac.compare_digest(expected.encode(), given.encode())
