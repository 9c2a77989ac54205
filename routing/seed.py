"""Reading the seed CSVs in routing/data (see routing/data/README.md for their provenance)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

# Ward names as they appear in the data (千葉市中央区 → 中央区), in JIS order 12101–12106.
WARDS: tuple[str, ...] = ("中央区", "花見川区", "稲毛区", "若葉区", "緑区", "美浜区")
WARD_IDS: dict[str, str] = {
    "中央区": "chuo",
    "花見川区": "hanamigawa",
    "稲毛区": "inage",
    "若葉区": "wakaba",
    "緑区": "midori",
    "美浜区": "mihama",
}
CITY = "千葉市"


@dataclass(frozen=True, slots=True)
class TownRecord:
    """One 町丁目 and the center responsible for it."""

    ward: str
    town: str
    chome: int | None
    zip: str | None
    kana: str | None
    lat: float | None
    lng: float | None
    center_id: str


@dataclass(frozen=True, slots=True)
class PostalRecord:
    """One Japan Post row: a postal code and the town it names (None: the ward's catch-all code)."""

    zip: str
    ward: str
    town: str | None
    raw_town: str


@dataclass(frozen=True, slots=True)
class CenterRecord:
    center_id: str
    name: str
    short_name: str
    ward: str
    area_raw: str
    source_url: str
    source_date: str


def read_rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


def strip_city(ward: str) -> str:
    return ward.removeprefix(CITY)


def is_catch_all_zip(zip_code: str) -> bool:
    """Japan Post's 「以下に掲載がない場合」 codes end in 0000 and name no town."""
    return zip_code.endswith("0000")


def read_towns(data_dir: Path = DATA_DIR) -> list[TownRecord]:
    return [_town_record(row) for row in read_rows(data_dir / "towns.csv")]


def _town_record(row: dict[str, str]) -> TownRecord:
    zip_code = row["zip_ken_all"] or row["zip_geolonia"]
    if zip_code and is_catch_all_zip(zip_code):
        zip_code = ""
    return TownRecord(
        ward=strip_city(row["ward"]),
        town=row["town"],
        chome=int(row["chome"]) if row["chome"] else None,
        zip=zip_code or None,
        kana=row["town_kana_ken_all"] or None,
        lat=float(row["lat"]) if row["lat"] else None,
        lng=float(row["lng"]) if row["lng"] else None,
        center_id=row["center_id"],
    )


def read_postal_codes(data_dir: Path = DATA_DIR) -> list[PostalRecord]:
    records = []
    for row in read_rows(data_dir / "postal_codes.csv"):
        raw = row["town"]
        town = _postal_town_name(raw)
        records.append(PostalRecord(zip=row["zip"], ward=strip_city(row["city"]), town=town, raw_town=raw))
    return records


def _postal_town_name(raw: str) -> str | None:
    if raw == "以下に掲載がない場合":
        return None
    # 「中瀬（次のビルを除く）」「中瀬ワールドビジネスガーデン（１階）」 → 中瀬
    for stop in ("（", "(", "ワールドビジネスガーデン"):
        raw = raw.split(stop, 1)[0]
    return raw or None


def read_centers(data_dir: Path = DATA_DIR) -> list[CenterRecord]:
    return [
        CenterRecord(
            center_id=row["center_id"],
            name=row["name"],
            short_name=row["short_name"],
            ward=row["ward"],
            area_raw=row["area_raw"],
            source_url=row["area_source_url"],
            source_date=row["area_retrieved"],
        )
        for row in read_rows(data_dir / "centers.csv")
    ]


def read_contacts(data_dir: Path = DATA_DIR) -> list[dict[str, str]]:
    return list(read_rows(data_dir / "contacts.csv"))


@dataclass(frozen=True, slots=True)
class AreaName:
    """A name residents use for an area that is no 町 of its own (幕張新都心): the towns it covers."""

    name: str
    ward: str
    towns: tuple[str, ...]
    # an area outside the city (千葉ニュータウン): the municipalities it lies in, no town of ours
    outside: tuple[str, ...] = ()


def read_area_names(data_dir: Path = DATA_DIR) -> list[AreaName]:
    path = data_dir / "area_names.csv"
    if not path.exists():
        return []
    return [
        AreaName(row["name"], row["ward"], tuple(row["towns"].split()), tuple((row.get("outside") or "").split()))
        for row in read_rows(path)
    ]
