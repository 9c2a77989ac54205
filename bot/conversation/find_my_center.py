"""「センターをさがす」: the responsible center for an address, a postal code or a location.

A thin wrapper over the routing domain's `routing.find_center.find_center`: its finding, with
the directory's row for the center (phone, hours, short name) that the answer shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from bot.conversation.ports import AddressRouter
from routing.find_center import CenterFinding, centers_from_session, find_center, finding_from
from routing.models import Contact, Destination

CITY_CALLCENTER = "city_callcenter"


@dataclass(frozen=True)
class Option:
    center_id: str
    ward: str | None
    town: str | None
    chome: tuple[int, ...] = ()


@dataclass(frozen=True)
class Lookup:
    """kind: center | ambiguous | outside_city | unknown. ask (ambiguous): chome | town | ward."""

    kind: str
    center: Destination | None = None
    ward: str | None = None
    town: str | None = None
    chome: int | None = None
    to_confirm: bool = False
    ask: str | None = None
    options: tuple[Option, ...] = field(default=())
    municipality: str | None = None
    method: str | None = None

    @property
    def place(self) -> str:
        return f"{self.ward or ''}{self.town or ''}" + (f"{self.chome}丁目" if self.chome else "")


def lookup(
    router: AddressRouter,
    session: Session,
    *,
    text: str | None = None,
    lat: float | None = None,
    lng: float | None = None,
) -> Lookup:
    return from_finding(find_center(router, centers_from_session(session), text=text, lat=lat, lng=lng), session)


def find_in_question(router: AddressRouter, session: Session, text: str) -> Lookup | None:
    """An address inside a question (「小仲台の担当センターはどこ？」), or None when it names none."""
    resolution = router.find_in_text(text)
    if resolution is None:  # the question may be little more than the place (「小仲台の担当センターはどこ？」)
        resolution = router.resolve(text)
    if resolution is None or resolution.kind == "unknown":
        return None
    return from_finding(finding_from(resolution, centers_from_session(session)), session)


def from_finding(finding: CenterFinding, session: Session) -> Lookup:
    method = finding.resolution.method if finding.resolution is not None else None
    if finding.kind == "center":
        center = session.get(Destination, finding.center.id)
        if center is None or not center.active:  # never name a center the directory no longer has
            return Lookup("unknown")
        return Lookup("center", center, finding.ward, finding.town, finding.chome, finding.to_confirm, method=method)
    if finding.kind == "ambiguous":
        options = tuple(Option(o.center.id, o.ward, o.town, tuple(o.chome)) for o in finding.options)
        return Lookup(
            "ambiguous", ward=finding.ward, town=finding.town, ask=finding.ask, options=options, method=method
        )
    if finding.kind == "outside_city":
        return Lookup("outside_city", municipality=finding.municipality, method=method)
    return Lookup("unknown")


def ask_at(session: Session) -> Contact:
    """Where to ask while a center has no verified phone: the city call center (verified, every day)."""
    return session.get(Contact, CITY_CALLCENTER)
