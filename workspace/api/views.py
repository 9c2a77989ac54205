"""JSON API for integrations: cases without personal data, for named, scoped bearer tokens (workspace.api.service)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from pydantic import AfterValidator, AwareDatetime, BaseModel
from sqlalchemy import select

from cases.models import STATUSES, Case
from core.context import get_context
from workspace.api import service as tokens
from workspace.api.service import ApiAccount
from workspace.audit import service as audit
from workspace.web import DbSession, client_ip

# Ids are the database's INTEGER (32-bit on PostgreSQL): larger numbers are refused with 422, not a 500.
MAX_ID = 2**31 - 1
CaseStatus = Literal[STATUSES]


def in_utc(moment: datetime) -> datetime:
    """The moment in UTC, as the database compares it. A valid moment UTC cannot hold (early in year 1 east of
    Greenwich, late in 9999 west of it) is the first or the last moment UTC holds, which selects the same cases."""
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        return datetime.min.replace(tzinfo=UTC) if moment.year == 1 else datetime.max.replace(tzinfo=UTC)


UtcMoment = Annotated[AwareDatetime, AfterValidator(in_utc)]


class Problem(BaseModel):
    """The body of a 401 or 404, as FastAPI writes an HTTPException."""

    detail: str


router = APIRouter(
    prefix="/api",
    tags=["cases"],
    responses={401: {"model": Problem, "description": "Missing or wrong bearer token"}},
)


def service_account(request: Request, session: DbSession) -> ApiAccount:
    """The account of a live API token (looked up by its digest) in the bearer header; 401 otherwise."""
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    account = None
    if scheme.lower() == "bearer":
        account = tokens.account_for(session, given.strip(), get_context(request).settings.intake_api_token)
    if account is None:
        raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})
    return account


ServiceAccount = Annotated[ApiAccount, Depends(service_account)]


class CaseOut(BaseModel):
    """A case as integrations see it: labels, routing and times, no personal data."""

    id: int
    number: str | None
    topics: list[str]
    urgency: str
    route: str
    destination_id: str
    status: CaseStatus
    restricted: bool
    created_at: datetime
    updated_at: datetime
    accepted_at: datetime | None
    closed_at: datetime | None
    close_reason: str | None

    @classmethod
    def of(cls, case: Case) -> CaseOut:
        return cls(
            id=case.id,
            number=case.number,
            topics=list(case.topics or []),
            urgency=case.urgency,
            route=case.route,
            destination_id=case.destination_id,
            status=case.status,
            restricted=case.restricted,
            created_at=case.created_at,
            updated_at=case.updated_at,
            accepted_at=case.accepted_at,
            closed_at=case.closed_at,
            close_reason=case.close_reason,
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
    # No control characters: PostgreSQL cannot compare a text with NUL in it (that was a 500).
    destination: str | None = Query(
        None, max_length=40, pattern=r"^[^\x00-\x1f\x7f]*$", description="a destination id, e.g. benten"
    ),
    status: CaseStatus | None = Query(None),
    since: UtcMoment | None = Query(
        None,
        description="cases updated at or after this moment (ISO 8601 with a UTC offset, e.g. 2026-04-01T00:00:00+09:00)",
    ),
    after_id: int = Query(0, ge=0, le=MAX_ID),
    limit: int = Query(100, ge=1, le=1000),
):
    query = select(Case).where(Case.id > after_id, account.cases())
    if destination:
        query = query.where(Case.destination_id == destination)
    if status:
        query = query.where(Case.status == status)
    if since is not None:
        query = query.where(Case.updated_at >= since)
    rows = list(session.scalars(query.order_by(Case.id).limit(limit)))
    audit.record(session, "api.cases", actor_label=account.label, ip=client_ip(request), count=len(rows))
    return CasePage(items=[CaseOut.of(c) for c in rows], next_after_id=rows[-1].id if len(rows) == limit else None)


@router.get(
    "/cases/{case_id}",
    response_model=CaseOut,
    responses={404: {"model": Problem, "description": "No case with this id"}},
)
def get_case(
    request: Request, account: ServiceAccount, session: DbSession, case_id: Annotated[int, Path(ge=1, le=MAX_ID)]
):
    case = session.scalars(select(Case).where(Case.id == case_id, account.cases())).first()
    if case is None:
        raise HTTPException(404, "no such case")
    audit.record(session, "api.case", actor_label=account.label, case_id=case.id, ip=client_ip(request))
    return CaseOut.of(case)
