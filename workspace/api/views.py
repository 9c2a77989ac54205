"""JSON API for integrations: cases without personal data, for service accounts with a bearer token."""

from __future__ import annotations

import hmac
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel
from sqlalchemy import select

from core.context import get_context
from workspace.audit import service as audit
from workspace.cases.models import STATUSES, Case
from workspace.web import DbSession, client_ip

router = APIRouter(prefix="/api", tags=["cases"])


def service_account(request: Request) -> str:
    """The request carries the configured bearer token (compared in constant time); 401 otherwise."""
    expected = get_context(request).settings.intake_api_token
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if not expected or scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})
    return "service-account"


ServiceAccount = Annotated[str, Depends(service_account)]


class CaseOut(BaseModel):
    """A case as integrations see it: labels, routing and times, no personal data."""

    id: int
    number: str | None
    topics: list[str]
    urgency: str
    route: str
    destination_id: str
    status: str
    restricted: bool
    created_at: datetime
    updated_at: datetime
    accepted_at: datetime | None
    closed_at: datetime | None
    close_reason: str | None

    @classmethod
    def of(cls, case: Case) -> CaseOut:
        return cls(
            id=case.id, number=case.number, topics=list(case.topics or []), urgency=case.urgency, route=case.route,
            destination_id=case.destination_id, status=case.status, restricted=case.restricted,
            created_at=case.created_at, updated_at=case.updated_at, accepted_at=case.accepted_at,
            closed_at=case.closed_at, close_reason=case.close_reason,
        )


class CasePage(BaseModel):
    items: list[CaseOut]
    # Pass as after_id for the next page; null on the last page.
    next_after_id: int | None


@router.get("/cases", response_model=CasePage)
def list_cases(
    request: Request,
    account: ServiceAccount,
    session: DbSession,
    destination: str | None = Query(None, max_length=40),
    status: str | None = Query(None, max_length=20),
    since: datetime | None = Query(None, description="cases updated at or after this moment (ISO 8601 with offset)"),
    after_id: int = Query(0, ge=0),
    limit: int = Query(100, ge=1, le=1000),
):
    if status is not None and status not in STATUSES:
        raise HTTPException(422, f"status must be one of {', '.join(STATUSES)}")
    if since is not None and since.tzinfo is None:
        raise HTTPException(422, "since needs a UTC offset, e.g. 2026-04-01T00:00:00+09:00")
    query = select(Case).where(Case.id > after_id)
    if destination:
        query = query.where(Case.destination_id == destination)
    if status:
        query = query.where(Case.status == status)
    if since is not None:
        query = query.where(Case.updated_at >= since)
    rows = list(session.scalars(query.order_by(Case.id).limit(limit)))
    audit.record(session, "api.cases", actor_label=account, ip=client_ip(request), count=len(rows))
    return CasePage(items=[CaseOut.of(c) for c in rows], next_after_id=rows[-1].id if len(rows) == limit else None)


@router.get("/cases/{case_id}", response_model=CaseOut)
def get_case(request: Request, account: ServiceAccount, session: DbSession, case_id: int):
    case = session.get(Case, case_id)
    if case is None:
        raise HTTPException(404, "no such case")
    audit.record(session, "api.case", actor_label=account, case_id=case.id, ip=client_ip(request))
    return CaseOut.of(case)
