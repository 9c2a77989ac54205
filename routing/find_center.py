"""「わたしのセンターをさがす」: from an address, a postal code or a location to the responsible center.

A plain service function over the router, for any screen or bot step that lets a resident
look up their あんしんケアセンター. It says what the router concluded, with what a screen
needs to show it (the center's name and area) or to ask the next question (丁目, town, ward).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from routing.results import KIND_AMBIGUOUS, KIND_CENTER, KIND_OUTSIDE, KIND_UNKNOWN, Resolution
from routing.seed import DATA_DIR, read_centers

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class Resolver(Protocol):
    def resolve(self, text: str) -> Resolution: ...

    def resolve_location(self, lat: float, lng: float) -> Resolution: ...


@dataclass(frozen=True, slots=True)
class CenterInfo:
    id: str
    name: str
    ward: str | None
    area: str | None  # 担当地域 as the city writes it


@dataclass(frozen=True, slots=True)
class CenterOption:
    """One answer to the follow-up question: this center, for this town (and these 丁目)."""

    center: CenterInfo
    ward: str | None
    town: str | None
    chome: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class CenterFinding:
    """kind: center | ambiguous | outside_city | unknown (the router's kinds).

    center: the responsible center (kind center). to_confirm: show it as 「〜でよろしいですか」
    (a location, a kana reading, a corrected spelling). ask / options: the question to ask
    when ambiguous — "chome" (「〇〇の何丁目ですか」, options per center with their 丁目),
    "town" or "ward". municipality / prefecture: where the person lives when outside the city
    (None when the text did not say, never a guess).
    """

    kind: str
    center: CenterInfo | None = None
    ward: str | None = None
    town: str | None = None
    chome: int | None = None
    to_confirm: bool = False
    ask: str | None = None
    options: tuple[CenterOption, ...] = ()
    municipality: str | None = None
    prefecture: str | None = None
    resolution: Resolution | None = None


def find_center(
    router: Resolver,
    centers: Mapping[str, CenterInfo],
    *,
    text: str | None = None,
    lat: float | None = None,
    lng: float | None = None,
) -> CenterFinding:
    """The responsible center for an address or postal code (`text`) or a location (`lat`, `lng`)."""
    if lat is not None and lng is not None:
        resolution = router.resolve_location(lat, lng)
    elif text is not None and text.strip():
        resolution = router.resolve(text)
    else:
        return CenterFinding(KIND_UNKNOWN)
    return finding_from(resolution, centers)


def finding_from(resolution: Resolution, centers: Mapping[str, CenterInfo]) -> CenterFinding:
    kind = resolution.kind
    if kind == KIND_CENTER:
        center = _center(resolution.center_id, centers)
        if center is None:  # a center the directory no longer has: never name it
            return CenterFinding(KIND_UNKNOWN, resolution=resolution)
        return CenterFinding(
            KIND_CENTER,
            center=center,
            ward=resolution.ward,
            town=resolution.town,
            chome=resolution.chome,
            to_confirm=resolution.to_confirm,
            resolution=resolution,
        )
    if kind == KIND_AMBIGUOUS:
        options = tuple(
            CenterOption(center, c.ward, c.town, c.chome)
            for c in resolution.choices
            if (center := _center(c.center_id, centers)) is not None
        )
        return CenterFinding(
            KIND_AMBIGUOUS,
            ward=resolution.ward,
            town=resolution.town,
            to_confirm=True,
            ask=resolution.ask,
            options=options,
            municipality=resolution.municipality,  # a town named like a place outside (栄町)
            resolution=resolution,
        )
    if kind == KIND_OUTSIDE:
        return CenterFinding(
            KIND_OUTSIDE,
            municipality=resolution.municipality,
            prefecture=resolution.prefecture,
            resolution=resolution,
        )
    return CenterFinding(KIND_UNKNOWN, resolution=resolution)


def _center(center_id: str | None, centers: Mapping[str, CenterInfo]) -> CenterInfo | None:
    return centers.get(center_id) if center_id else None


def centers_from_csv(data_dir: Path | str = DATA_DIR) -> dict[str, CenterInfo]:
    """The 28 centers as in the seed (before the database is imported)."""
    return {c.center_id: CenterInfo(c.center_id, c.name, c.ward, c.area_raw) for c in read_centers(Path(data_dir))}


def centers_from_session(session: Session) -> dict[str, CenterInfo]:
    """The active centers as the admin keeps them."""
    from sqlalchemy import select

    from routing.models import Destination

    rows = session.scalars(
        select(Destination).where(Destination.kind == "center", Destination.active.is_(True)).order_by(Destination.id)
    )
    return {d.id: CenterInfo(d.id, d.name, d.ward, d.area_raw) for d in rows}
