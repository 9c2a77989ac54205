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
from core.settings import Settings
from routing.models import Destination
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
#
# Two limits, neither of which a stranger can turn against the people who work here:
# - per address: after a few free failures, each further try from that address must wait a delay
#   that doubles with every failure (an office behind one NAT waits seconds, a guesser hours);
# - per account: after a few failures the account is locked for addresses it never signed in
#   from; the addresses it used recently keep their own, separate count. A stranger can lock the
#   account only against themselves, and every failure costs their address a longer delay.
# A refused (throttled) try is not counted: the lock lapses on time however often people retry.
# An admin sees the current locks and can lift them (the failures are marked cleared).


@dataclass
class Throttle:
    reason: str  # "address" or "account"
    until: datetime


def _failures(login: str | None = None, ip: str | None = None, *, since: datetime):
    query = select(LoginAttempt.at).where(
        LoginAttempt.success.is_(False), LoginAttempt.cleared_at.is_(None), LoginAttempt.at >= since
    )
    if login is not None:
        query = query.where(LoginAttempt.login == login)
    if ip is not None:
        query = query.where(LoginAttempt.ip == ip)
    return query


def recent_failures(session: Session, *, login: str | None = None, ip: str | None = None, since: datetime) -> int:
    """Failed attempts since a moment for a login or an address, not counting those before a success."""
    query = _failures(login, ip, since=since)
    if login is not None:
        last_success = last_success_at(session, login)
        if last_success is not None:
            query = query.where(LoginAttempt.at > last_success)
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def last_success_at(session: Session, login: str, ip: str | None = None) -> datetime | None:
    query = select(func.max(LoginAttempt.at)).where(LoginAttempt.login == login, LoginAttempt.success.is_(True))
    if ip is not None:
        query = query.where(LoginAttempt.ip == ip)
    return session.scalar(query)


def address_delay(failures: int, settings: Settings) -> timedelta:
    """How long an address waits after its last failure: nothing at first, then doubling, capped."""
    extra = failures - settings.login_ip_free_failures
    if extra < 0:
        return timedelta(0)
    seconds = min(settings.login_ip_delay_seconds * 2 ** min(extra, 30), settings.login_ip_max_delay_seconds)
    return timedelta(seconds=seconds)


def address_throttle(session: Session, ip: str, settings: Settings, now: datetime) -> Throttle | None:
    since = now - timedelta(minutes=settings.login_window_minutes)
    times = session.scalars(_failures(ip=ip, since=since).order_by(LoginAttempt.at.desc())).all()
    delay = address_delay(len(times), settings)
    if not times or not delay:
        return None
    until = times[0] + delay
    return Throttle("address", until) if now < until else None


def account_throttle(session: Session, login: str, ip: str, settings: Settings, now: datetime) -> Throttle | None:
    """Locked when the failures that count against this address reach the limit.

    From an address the account signed in from recently, only that address's own failures count.
    """
    since = now - timedelta(minutes=settings.login_window_minutes)
    last_success = last_success_at(session, login)
    if last_success is not None:
        since = max(since, last_success + timedelta(microseconds=1))
    known_since = now - timedelta(days=settings.login_known_address_days)
    known = (last_success_at(session, login, ip) or known_since - timedelta(days=1)) >= known_since
    query = _failures(login, ip if known else None, since=since)
    times = session.scalars(query.order_by(LoginAttempt.at.desc()).limit(settings.login_max_failures_per_login)).all()
    if len(times) < settings.login_max_failures_per_login:
        return None
    # The lock lapses when the oldest of the last `max` failures leaves the window.
    until = times[-1] + timedelta(minutes=settings.login_window_minutes)
    return Throttle("account", until) if now < until else None


def throttle_for(session: Session, login: str, ip: str, settings: Settings, now: datetime) -> Throttle | None:
    """Why this login from this address must wait now, and until when; None if it may try."""
    return address_throttle(session, ip, settings, now) or account_throttle(session, login, ip, settings, now)


def is_throttled(session: Session, login: str, ip: str, settings: Settings, now: datetime) -> bool:
    return throttle_for(session, login, ip, settings, now) is not None


@dataclass
class LoginResult:
    user: StaffUser | None
    throttled: bool = False
    throttle: Throttle | None = None


def authenticate(session: Session, login: str, password: str, *, ip: str, settings: Settings) -> LoginResult:
    """Check a login and password, throttled per address and per account.

    Every checked try is recorded; a throttled one is refused before the password is looked at and
    is not recorded (the caller audits it), so it neither counts nor prolongs a lock.
    """
    now = utcnow()
    login = login.strip()[:60]
    throttle = throttle_for(session, login, ip, settings, now)
    if throttle is not None:
        return LoginResult(None, throttled=True, throttle=throttle)
    user = get_by_login(session, login)
    ok = password_matches(user.password_hash if user else _DUMMY_HASH, password) and user is not None and user.active
    session.add(LoginAttempt(login=login, ip=ip, success=ok, at=now))
    if not ok:
        return LoginResult(None)
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = now
    return LoginResult(user)


@dataclass
class Lock:
    kind: str  # "account" or "address"
    key: str  # the login or the address
    failures: int
    last_at: datetime
    until: datetime | None  # for addresses: when the next try is allowed


def current_locks(session: Session, settings: Settings, now: datetime | None = None) -> list[Lock]:
    """Accounts with enough recent failures to be locked (for unknown addresses), and slowed addresses."""
    now = now or utcnow()
    since = now - timedelta(minutes=settings.login_window_minutes)
    failed = (LoginAttempt.success.is_(False), LoginAttempt.cleared_at.is_(None), LoginAttempt.at >= since)
    locks = []
    for login, count, last in session.execute(
        select(LoginAttempt.login, func.count(), func.max(LoginAttempt.at)).where(*failed).group_by(LoginAttempt.login)
    ):
        count = recent_failures(session, login=login, since=since)
        if count >= settings.login_max_failures_per_login:
            times = session.scalars(
                _failures(login, since=since)
                .order_by(LoginAttempt.at.desc())
                .limit(settings.login_max_failures_per_login)
            ).all()
            locks.append(
                Lock("account", login, count, last, times[-1] + timedelta(minutes=settings.login_window_minutes))
            )
    for ip, count, last in session.execute(
        select(LoginAttempt.ip, func.count(), func.max(LoginAttempt.at)).where(*failed).group_by(LoginAttempt.ip)
    ):
        if count >= settings.login_ip_free_failures:
            locks.append(Lock("address", ip, count, last, last + address_delay(count, settings)))
    return sorted(locks, key=lambda lock: lock.last_at, reverse=True)


def lift_lock(session: Session, kind: str, key: str, now: datetime | None = None) -> int:
    """Clear the recent failures of a login or an address. Returns how many were cleared."""
    column = LoginAttempt.login if kind == "account" else LoginAttempt.ip
    result = session.execute(
        update(LoginAttempt)
        .where(column == key, LoginAttempt.success.is_(False), LoginAttempt.cleared_at.is_(None))
        .values(cleared_at=now or utcnow())
    )
    return result.rowcount or 0


# ---- sessions -----------------------------------------------------------------------------------


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(
    session: Session, user: StaffUser, *, ip: str | None = None, user_agent: str | None = None
) -> tuple[str, StaffSession]:
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


def resume_session(
    session: Session, token: str, settings: Settings, *, touch: bool = True
) -> tuple[StaffSession, StaffUser] | None:
    """The live session and its active user for a cookie's token; None otherwise.

    touch: the request is a person's action and keeps the session alive. A page's background
    poll passes False, so an unattended screen still reaches the idle timeout.
    """
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
    if touch and now - row.last_seen_at > timedelta(minutes=1):
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


def change_password(
    session: Session, user: StaffUser, current: str, new: str, *, keep_session_id: int | None = None
) -> None:
    """Change a password after checking the current one; other sessions of the user end."""
    if not password_matches(user.password_hash, current):
        raise AccountError("現在のパスワードが違います。")
    check_password_strength(new, user.login)
    if password_matches(user.password_hash, new):
        raise AccountError("新しいパスワードは、現在のものと違うものにしてください。")
    user.password_hash = hash_password(new)
    user.password_changed_at = utcnow()
    user.must_change_password = False
    end_all_sessions(session, user.id, except_id=keep_session_id)


def csrf_matches(expected: str, given: str | None) -> bool:
    """Constant-time comparison of a form's CSRF token with the session's."""
    return bool(given) and hmac.compare_digest(expected.encode(), given.encode())
