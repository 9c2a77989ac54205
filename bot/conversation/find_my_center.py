"""「センターをさがす」: the responsible center for an address, a postal code or a location.

A thin wrapper over the router of this branch. The routing domain is adding
`routing.find_center.find_center` (a service function returning the same facts); at merge,
`lookup` becomes a call to it and the rest of the bot stays as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

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


def lookup(router, session: Session, *, text: str | None = None, lat: float | None = None,
           lng: float | None = None) -> Lookup:
    if lat is not None and lng is not None:
        resolution = router.resolve_location(lat, lng)
    elif text and text.strip():
        resolution = router.resolve(text)
    else:
        return Lookup("unknown")
    return from_resolution(resolution, session)


def find_in_question(router, session: Session, text: str) -> Lookup | None:
    """An address inside a question (「小仲台の担当センターはどこ？」), or None when it names none."""
    resolution = router.find_in_text(text) if hasattr(router, "find_in_text") else None
    if resolution is None:  # the question may be little more than the place (「小仲台の担当センターはどこ？」)
        resolution = router.resolve(text)
    if resolution is None or resolution.kind == "unknown":
        return None
    return from_resolution(resolution, session)


def from_resolution(resolution, session: Session) -> Lookup:
    if resolution.kind == "center":
        center = session.get(Destination, resolution.center_id)
        if center is None or not center.active:  # never name a center the directory no longer has
            return Lookup("unknown")
        return Lookup("center", center, resolution.ward, resolution.town, resolution.chome,
                      resolution.to_confirm, method=resolution.method)
    if resolution.kind == "ambiguous":
        options = tuple(Option(c.center_id, c.ward, c.town, tuple(c.chome)) for c in resolution.choices)
        return Lookup("ambiguous", ward=resolution.ward, town=resolution.town, ask=resolution.ask,
                      options=options, method=resolution.method)
    if resolution.kind == "outside_city":
        return Lookup("outside_city", municipality=resolution.municipality, method=resolution.method)
    return Lookup("unknown")


def ask_at(session: Session) -> Contact:
    """Where to ask while a center has no verified phone: the city call center (verified, every day)."""
    return session.get(Contact, CITY_CALLCENTER)
