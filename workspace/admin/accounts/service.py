"""What an admin does to staff accounts, on top of workspace.staff.service's checks and hashing."""

from __future__ import annotations

import secrets
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.db import utcnow
from routing.models import Destination
from workspace.staff import service as staff
from workspace.staff.models import ROLES, StaffUser

# No 0/O, 1/l/I: read aloud or copied from a screen without mistakes.
PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def accounts(session: Session) -> list[StaffUser]:
    """Every account: active first, then by role and login."""
    order = {role: i for i, role in enumerate(reversed(ROLES))}
    users = session.scalars(select(StaffUser))
    return sorted(users, key=lambda u: (not u.active, order.get(u.role, 9), u.login))


def destination_choices(session: Session) -> list[Destination]:
    return list(session.scalars(select(Destination).order_by(Destination.kind, Destination.ward, Destination.id)))


def active_admins(session: Session) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(StaffUser).where(StaffUser.role == "admin", StaffUser.active.is_(True))
        )
        or 0
    )


def temporary_password() -> str:
    """A random password to hand over once: 3 groups of 4 unambiguous characters."""
    return "-".join("".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(4)) for _ in range(3))


def update_account(
    session: Session,
    user: StaffUser,
    actor: StaffUser,
    *,
    display_name: str,
    role: str,
    destination_id: str | None,
    restricted_access: bool,
) -> dict[str, list[Any]]:
    """Change name, role, destination and restricted access; returns {field: [old, new]}."""
    display_name = display_name.strip()[:60]
    if not display_name:
        raise staff.AccountError("表示名を入力してください。")
    if role not in ROLES:
        raise staff.AccountError("役割を選んでください。")
    destination_id = destination_id or None
    staff.check_destination_fits_role(session, role, destination_id)
    if user.role == "admin" and role != "admin" and user.active and active_admins(session) <= 1:
        raise staff.AccountError("最後の管理者の役割は変えられません。先にほかの管理者を作ってください。")
    if user.id == actor.id and role != "admin":
        raise staff.AccountError("自分の管理者の役割は外せません。ほかの管理者に頼んでください。")
    new = {
        "display_name": display_name,
        "role": role,
        "destination_id": destination_id,
        "restricted_access": bool(restricted_access) and role == "center_staff",
    }
    changes = {}
    for field, value in new.items():
        old = getattr(user, field)
        if old != value:
            changes[field] = [old, value]
            setattr(user, field, value)
    if {"role", "destination_id", "restricted_access"} & set(changes):
        # What the account may see changed: its open sessions start over with the new rights.
        staff.end_all_sessions(session, user.id)
    session.flush()
    return changes


def set_active(session: Session, user: StaffUser, actor: StaffUser, active: bool) -> bool:
    """Activate or deactivate an account (its sessions end). Returns whether anything changed."""
    if user.active == active:
        return False
    if not active:
        if user.id == actor.id:
            raise staff.AccountError("自分のアカウントは無効にできません。")
        if user.role == "admin" and active_admins(session) <= 1:
            raise staff.AccountError("最後の管理者は無効にできません。")
    user.active = active
    if not active:
        staff.end_all_sessions(session, user.id)
    session.flush()
    return True


def reset_password(session: Session, user: StaffUser) -> str:
    """Give the account a new random password (returned once, never stored) and end its sessions."""
    password = temporary_password()
    staff.check_password_strength(password, user.login)
    user.password_hash = staff.hash_password(password)
    user.password_changed_at = utcnow()
    user.must_change_password = True
    staff.end_all_sessions(session, user.id)
    session.flush()
    return password
