"""API tokens: issued once in clear, stored as a SHA-256 digest, scoped, revocable.

A token reads the cases of one destination or of all; restricted (abuse) cases only when that
was granted. The old single INTAKE_API_TOKEN setting still opens the API while integrations
move to named tokens, as a token for every destination without restricted cases.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import ColumnElement, and_, select, true
from sqlalchemy.orm import Session

from cases.models import Case
from core.db import utcnow
from routing.models import Destination
from workspace.api.models import ApiToken
from workspace.staff.models import StaffUser

TOKEN_PREFIX = "ait_"
LEGACY_NAME = "INTAKE_API_TOKEN（旧設定）"


class TokenError(ValueError):
    """A token that cannot be issued as asked; the message is shown to the admin."""


@dataclass(frozen=True)
class ApiAccount:
    """Who is calling the API, and what they may read."""

    name: str
    destination_id: str | None
    restricted_access: bool
    token_id: int | None = None

    @property
    def label(self) -> str:
        return f"api:{self.name}"[:80]

    def cases(self) -> ColumnElement[bool]:
        """A WHERE clause selecting the cases this account may read."""
        condition = true()
        if self.destination_id is not None:
            condition = and_(condition, Case.destination_id == self.destination_id)
        if not self.restricted_access:
            condition = and_(condition, Case.restricted.is_(False))
        return condition


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue(
    session: Session, actor: StaffUser, *, name: str, destination_id: str | None, restricted_access: bool
) -> tuple[str, ApiToken]:
    """A new token: returned once in clear (shown to the admin), only its digest is kept."""
    name = name.strip()[:80]
    if not name:
        raise TokenError("トークンの名前（使う仕組みや相手先）を入力してください。")
    if destination_id and session.get(Destination, destination_id) is None:
        raise TokenError("相談先が見つかりません。")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(
        name=name,
        token_hash=digest(token),
        prefix=token[:10],
        destination_id=destination_id or None,
        restricted_access=bool(restricted_access),
        created_by_id=actor.id,
    )
    session.add(row)
    session.flush()
    return token, row


def tokens(session: Session) -> list[ApiToken]:
    """Every token, live ones first, newest first."""
    rows = session.scalars(select(ApiToken).order_by(ApiToken.id.desc()))
    return sorted(rows, key=lambda t: t.revoked_at is not None)


def revoke(session: Session, token_id: int) -> ApiToken | None:
    row = session.get(ApiToken, token_id)
    if row is not None and row.revoked_at is None:
        row.revoked_at = utcnow()
    return row


def account_for(session: Session, given: str, legacy_token: str = "") -> ApiAccount | None:
    """The account a bearer token opens, or None. Touches the token's last use (once a minute)."""
    if not given:
        return None
    row = session.scalars(select(ApiToken).where(ApiToken.token_hash == digest(given))).first()
    if row is not None:
        if row.revoked_at is not None:
            return None
        now = utcnow()
        if row.last_used_at is None or now - row.last_used_at > timedelta(minutes=1):
            row.last_used_at = now
        return ApiAccount(row.name, row.destination_id, row.restricted_access, row.id)
    if legacy_token and hmac.compare_digest(given.encode(), legacy_token.encode()):
        return ApiAccount(LEGACY_NAME, None, restricted_access=False)
    return None
