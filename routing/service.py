"""Seed import, router loading and coverage checks over the routing tables."""

from __future__ import annotations

import hashlib
import logging
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from core.cache import VersionedCache
from core.db import Base
from routing.destinations import ward_office
from routing.models import Contact, DataSource, Destination, PostalCode, Town
from routing.places import read_municipality_readings, read_places
from routing.results import Resolution
from routing.router import Router
from routing.seed import (
    DATA_DIR,
    WARD_IDS,
    TownRecord,
    read_area_names,
    read_centers,
    read_contacts,
    read_postal_codes,
    read_towns,
)
from routing.sources import DATA_SOURCES

log = logging.getLogger(__name__)

# While a center has no phone, the bot gives its ward's 高齢障害支援課 介護保険室 line: verified,
# and the section that oversees the centers of that ward. City-wide destinations without a
# phone get the city call center (verified, open every day).
CITY_FALLBACK_CONTACT = "city_callcenter"


def ward_fallback_contact(ward: str) -> str:
    return f"kaigo_{WARD_IDS[ward]}"


def oversight_for(session: Session, destination: Destination | None) -> str | None:
    """The ward office (高齢障害支援課) that oversees a destination's restricted cases, or None."""
    if destination is None or not destination.ward:
        return None
    return ward_office(session, destination.ward)


def import_seed(session: Session, data_dir: Path | str = DATA_DIR) -> dict[str, dict[str, int]]:
    """Insert what is missing and fill empty fields; never overwrite a value already there.

    Running it twice changes nothing; a phone or address an admin filled in stays.
    Returns per table how many rows were inserted, filled in, or left as they were.
    """
    data_dir = Path(data_dir)
    contacts = read_contacts(data_dir)
    counts = {
        "data_sources": _upsert(session, DataSource, "name", list(DATA_SOURCES)),
        "contacts": _upsert(session, Contact, "key", [_contact_row(c) for c in contacts]),
    }
    session.flush()
    counts["destinations"] = _upsert(session, Destination, "id", destination_rows(data_dir, contacts))
    session.flush()
    counts["towns"] = _upsert_towns(session, read_towns(data_dir))
    counts["postal_codes"] = _upsert_postal_codes(session, data_dir)
    session.flush()
    return counts


def destination_rows(data_dir: Path, contacts: list[dict[str, str]]) -> list[dict[str, Any]]:
    """Destination rows from the seed: 28 centers, まるごと, 在宅医療・介護連携, six ward offices."""
    by_key = {c["key"]: c for c in contacts}
    rows: list[dict[str, Any]] = []
    for c in read_centers(data_dir):
        rows.append(
            {
                "id": c.center_id,
                "kind": "center",
                "name": c.name,
                "short_name": c.short_name,
                "ward": c.ward,
                "fallback_contact_key": ward_fallback_contact(c.ward),
                "area_raw": c.area_raw,
                "source_url": c.source_url,
                "source_date": c.source_date,
            }
        )
    marugoto = by_key["marugoto"]
    rows.append(
        {
            "id": "marugoto",
            "kind": "marugoto",
            "name": marugoto["name"],
            "short_name": "福祉まるごとサポートセンター",
            "phone": marugoto["phone"] or None,
            "address": marugoto["address"] or None,
            "hours": marugoto["hours_or_note"] or None,
            "fallback_contact_key": None if marugoto["phone"] else CITY_FALLBACK_CONTACT,
            "source_url": marugoto["source_url"] or None,
            "source_date": marugoto["source_date"] or None,
        }
    )
    renkei = by_key["zaitaku_renkei"]
    rows.append(
        {
            "id": "zaitaku_renkei",
            "kind": "zaitaku_renkei",
            "name": renkei["name"],
            "short_name": "在宅医療・介護連携支援センター",
            "phone": renkei["phone"] or None,
            "fallback_contact_key": None if renkei["phone"] else CITY_FALLBACK_CONTACT,
            "source_url": renkei["source_url"] or None,
            "source_date": renkei["source_date"] or None,
        }
    )
    rows.extend(_ward_office_rows(by_key))
    return rows


def _ward_office_rows(by_key: dict[str, dict[str, str]]) -> list[dict[str, Any]]:
    """One 高齢障害支援課 per ward, named after its 介護保険室 row in contacts.csv.

    The 介護保険室 number is not necessarily the consultation line of the 課, so it is not the
    destination's phone: it is the fallback contact until the admin enters the right number.
    """
    rows = []
    # The other kaigo_* rows say 「same as above」: the same issue of ちば市政だより.
    shared_url = by_key["kaigo_chuo"]["source_url"]
    for ward, ward_id in WARD_IDS.items():
        contact = by_key[f"kaigo_{ward_id}"]
        section = contact["name"].removesuffix(" 介護保険室")
        rows.append(
            {
                "id": f"ward_{ward_id}",
                "kind": "ward_office",
                "name": section,
                "short_name": f"{ward} 高齢障害支援課",
                "ward": ward,
                "fallback_contact_key": f"kaigo_{ward_id}",
                "source_url": contact["source_url"] if contact["source_url"].startswith("http") else shared_url,
                "source_date": contact["source_date"] or None,
            }
        )
    return rows


def _contact_row(c: dict[str, str]) -> dict[str, Any]:
    return {k: (v or None) for k, v in c.items()}


def _upsert(session: Session, model: type[Base], key_field: str, rows: list[dict[str, Any]]) -> dict[str, int]:
    existing: dict[object, Base] = {getattr(obj, key_field): obj for obj in session.scalars(select(model))}
    counts: Counter[str] = Counter(inserted=0, filled=0, unchanged=0)
    for row in rows:
        obj = existing.get(row[key_field])
        if obj is None:
            session.add(model(**row))
            counts["inserted"] += 1
        elif _fill_blanks(obj, row):
            counts["filled"] += 1
        else:
            counts["unchanged"] += 1
    return dict(counts)


def _fill_blanks(obj: Any, row: dict[str, Any]) -> bool:
    changed = False
    for field, value in row.items():
        if value is not None and getattr(obj, field) is None:
            setattr(obj, field, value)
            changed = True
    return changed


def _upsert_towns(session: Session, records: list[TownRecord]) -> dict[str, int]:
    existing = {(t.ward, t.town, t.chome): t for t in session.scalars(select(Town))}
    counts: Counter[str] = Counter(inserted=0, filled=0, unchanged=0)
    for r in records:
        row = {
            "ward": r.ward,
            "town": r.town,
            "chome": r.chome,
            "zip": r.zip,
            "kana": r.kana,
            "lat": r.lat,
            "lng": r.lng,
            "center_id": r.center_id,
        }
        obj = existing.get((r.ward, r.town, r.chome))
        if obj is None:
            session.add(Town(**row))
            counts["inserted"] += 1
        elif _fill_blanks(obj, row):
            counts["filled"] += 1
        else:
            counts["unchanged"] += 1
    return dict(counts)


def _upsert_postal_codes(session: Session, data_dir: Path) -> dict[str, int]:
    existing = {(p.zip, p.raw_town) for p in session.scalars(select(PostalCode))}
    counts: Counter[str] = Counter(inserted=0, filled=0, unchanged=0)
    for p in read_postal_codes(data_dir):
        if (p.zip, p.raw_town) in existing:
            counts["unchanged"] += 1
            continue
        session.add(PostalCode(zip=p.zip, ward=p.ward, town=p.town, raw_town=p.raw_town))
        existing.add((p.zip, p.raw_town))
        counts["inserted"] += 1
    return dict(counts)


def load_router(session: Session, data_dir: Path | str = DATA_DIR) -> Router:
    """A Router over the town table as the admin keeps it (outside-city names from routing/data)."""
    from routing.seed import PostalRecord

    towns = [
        TownRecord(t.ward, t.town, t.chome, t.zip, t.kana, t.lat, t.lng, t.center_id)
        for t in session.scalars(select(Town).order_by(Town.id))
    ]
    postal = [PostalRecord(p.zip, p.ward, p.town, p.raw_town) for p in session.scalars(select(PostalCode))]
    names = {d.id: d.name for d in session.scalars(select(Destination).where(Destination.kind == "center"))}
    return Router(
        towns,
        postal,
        names,
        read_places(Path(data_dir)),
        read_area_names(Path(data_dir)),
        read_municipality_readings(Path(data_dir)),
    )


class CoverageCode(StrEnum):
    """What is wrong with the town table; each problem says it with `CoverageProblem`'s data."""

    NO_TOWNS = "no_towns"
    DUPLICATE_ROWS = "duplicate_rows"  # place, rows
    NOT_A_CENTER = "not_a_center"  # place, center_id
    CENTER_INACTIVE = "center_inactive"  # place, center_id
    CENTER_IN_OTHER_WARD = "center_in_other_ward"  # place, center_id, ward (the center's)
    CHOME_OVERLAP = "chome_overlap"  # place
    CENTER_WITHOUT_TOWNS = "center_without_towns"  # center_id


_IN_ENGLISH = {
    CoverageCode.NO_TOWNS: "the town table is empty: run `intake routing import`",
    CoverageCode.DUPLICATE_ROWS: "{place}: {rows} rows (must be exactly one)",
    CoverageCode.NOT_A_CENTER: "{place}: center '{center_id}' is not a center destination",
    CoverageCode.CENTER_INACTIVE: "{place}: center '{center_id}' is inactive",
    CoverageCode.CENTER_IN_OTHER_WARD: "{place}: center '{center_id}' belongs to {ward}",
    CoverageCode.CHOME_OVERLAP: "{place}: a row without 丁目 and 丁目 rows of other centers overlap",
    CoverageCode.CENTER_WITHOUT_TOWNS: "center '{center_id}' has no 町丁目",
}


@dataclass(frozen=True, slots=True)
class CoverageProblem:
    """One thing that would make routing wrong, as a code and its data; the admin console says it
    in Japanese, `str()` in English (the CLI, logs)."""

    code: CoverageCode
    place: str | None = None  # the 町丁目 as written: 稲毛区小仲台2丁目
    center_id: str | None = None
    rows: int | None = None
    ward: str | None = None  # the center's ward, when it is not the town's

    def __str__(self) -> str:
        return _IN_ENGLISH[self.code].format(place=self.place, center_id=self.center_id, rows=self.rows, ward=self.ward)


def validate_coverage(session: Session) -> list[CoverageProblem]:
    """Problems that would make routing wrong: every 町丁目 must have exactly one active center."""
    problems: list[CoverageProblem] = []
    centers = {d.id: d for d in session.scalars(select(Destination).where(Destination.kind == "center"))}
    towns = list(session.scalars(select(Town)))
    if not towns:
        return [CoverageProblem(CoverageCode.NO_TOWNS)]
    seen: Counter[tuple[str, str, int | None]] = Counter((t.ward, t.town, t.chome) for t in towns)
    for (ward, town, chome), n in sorted(seen.items(), key=str):
        if n > 1:
            problems.append(CoverageProblem(CoverageCode.DUPLICATE_ROWS, place=_place(ward, town, chome), rows=n))
    by_town: dict[tuple[str, str], dict[int | None, str]] = defaultdict(dict)
    for t in towns:
        by_town[(t.ward, t.town)][t.chome] = t.center_id
        center = centers.get(t.center_id)
        place = _place(t.ward, t.town, t.chome)
        if center is None:
            problems.append(CoverageProblem(CoverageCode.NOT_A_CENTER, place=place, center_id=t.center_id))
        elif not center.active:
            problems.append(CoverageProblem(CoverageCode.CENTER_INACTIVE, place=place, center_id=t.center_id))
        elif center.ward and center.ward != t.ward:
            problems.append(
                CoverageProblem(CoverageCode.CENTER_IN_OTHER_WARD, place=place, center_id=t.center_id, ward=center.ward)
            )
    for (ward, town), by_chome in sorted(by_town.items()):
        if None in by_chome and len(set(by_chome.values())) > 1:
            problems.append(CoverageProblem(CoverageCode.CHOME_OVERLAP, place=_place(ward, town, None)))
    covered = {t.center_id for t in towns}
    for center_id, center in sorted(centers.items()):
        if center.active and center_id not in covered:
            problems.append(CoverageProblem(CoverageCode.CENTER_WITHOUT_TOWNS, center_id=center_id))
    return problems


def centers_missing_contact(session: Session) -> list[Destination]:
    """Active centers the admin still has to give a phone number (the bot uses the fallback)."""
    stmt = select(Destination).where(
        Destination.kind == "center", Destination.active.is_(True), Destination.phone.is_(None)
    )
    return list(session.scalars(stmt.order_by(Destination.id)))


def _place(ward: str, town: str, chome: int | None) -> str:
    return f"{ward}{town}{chome}丁目" if chome is not None else f"{ward}{town}"


def routing_version(session: Session) -> str:
    """A fingerprint of everything the router is built from (town table, postal codes, center names).

    Towns carry no timestamp, so the rows themselves are hashed: about 800 short rows, ~2 ms.
    """
    digest = hashlib.sha256()
    for row in session.execute(
        select(
            Town.id, Town.ward, Town.town, Town.chome, Town.zip, Town.kana, Town.lat, Town.lng, Town.center_id
        ).order_by(Town.id)
    ):
        digest.update(repr(tuple(row)).encode())
    for postal_row in session.execute(select(PostalCode.id, PostalCode.zip, PostalCode.town).order_by(PostalCode.id)):
        digest.update(repr(tuple(postal_row)).encode())
    for name_row in session.execute(select(Destination.id, Destination.name).order_by(Destination.id)):
        digest.update(repr(tuple(name_row)).encode())
    return digest.hexdigest()[:16]


class RouterCache(VersionedCache[Router]):
    """The current Router over the database, rebuilt when an admin changes the routing tables.

    Checked at most every `check_every_seconds`; other threads keep answering from the old
    router while one rebuilds. Until the town table has been imported, the router is built
    from the seed CSVs (and a warning is logged), so the bot can route from its first start.
    Offers the Router's own methods, so it can be passed wherever a Router is expected.
    """

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        check_every_seconds: float = 5.0,
        data_dir: Path | str = DATA_DIR,
        clock: Callable[[], float] = time.monotonic,
    ):
        self._data_dir = Path(data_dir)
        super().__init__(
            session_factory,
            name="routing",
            version_of=routing_version,
            build=self._build_router,
            check_every_seconds=check_every_seconds,
            clock=clock,
        )

    get = VersionedCache.current

    def _build_router(self, session: Session, version: str) -> Router:
        if session.scalar(select(Town.id).limit(1)) is not None:
            router = load_router(session, self._data_dir)
        else:
            log.warning("routing: the town table is empty; routing from the seed CSVs until `intake routing import`")
            router = Router.from_csv(self._data_dir)
        log.info("routing: router built, version %s", version)
        return router

    def resolve(self, text: str) -> Resolution:
        return self.current().resolve(text)

    def find_in_text(self, text: str) -> Resolution | None:
        return self.current().find_in_text(text)

    def resolve_location(self, lat: float, lng: float) -> Resolution:
        return self.current().resolve_location(lat, lng)

    def resolve_postal_code(self, code: str) -> Resolution:
        return self.current().resolve_postal_code(code)
