"""From whatever a resident types to the one responsible あんしんケアセンター.

The router may ask again but never guesses between centers: a `center` resolution is
returned only when the text leaves one center possible; otherwise it says what to ask.

All indexes are built once in `Router.__init__`; one resolution is a single regex scan
over the normalised text plus a few dictionary look-ups.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from routing.geo import PointIndex
from routing.names import (
    WARD_READINGS,
    katakana,
    city_spellings,
    municipality_bare_readings,
    municipality_kana_spellings,
    prefecture_spellings,
    ward_bare_readings,
    ward_spellings,
)
from routing.normalize import (
    NO_NUMBER,
    POSTAL_CODE,
    POSTAL_CODE_MARKED,
    BlockNumber,
    normalize_text,
    normalize_with_offsets,
    read_block_number,
    spelling_variants,
    to_hiragana,
)
from routing.places import (
    GENERIC_PLACE,
    HOME_PREFECTURE,
    NOT_A_PLACE_BEFORE_SUFFIX,
    OUTSIDE_WORDS,
    Place,
    read_municipality_readings,
    read_places,
    trim_generic_name,
)
from routing.seed import (
    CITY,
    DATA_DIR,
    WARDS,
    AreaName,
    PostalRecord,
    TownRecord,
    read_area_names,
    read_centers,
    read_postal_codes,
    read_towns,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# 中央 → 中央区 ...: five of these are also town names (中央, 花見川, 稲毛, 若葉 in 美浜区, 美浜).
WARD_BASES: dict[str, str] = {w[:-1]: w for w in WARDS}
# A town is also called by its stem when it ends in one of these (幕張 for 幕張町/幕張本郷/幕張西).
STEM_SUFFIXES = ("町", "台", "北", "南", "東", "西", "中央", "本郷", "有吉", "港")
# Stems that are words of their own in addresses.
RESERVED_STEMS = frozenset({"千葉"})

# Readings of the last part of a town name, for kana written before it (こなか台, まくはり本郷).
_SUFFIX_READINGS: dict[str, tuple[str, ...]] = {
    "町": ("チョウ", "マチ"),
    "台": ("ダイ",),
    "本郷": ("ホンゴウ",),
    "北": ("キタ",),
    "南": ("ミナミ",),
    "東": ("ヒガシ",),
    "西": ("ニシ",),
    "中央": ("チュウオウ",),
    "丘": ("オカ",),
    "野": ("ノ",),
    "田": ("ダ", "タ"),
    "浜": ("ハマ",),
}

_WARD_KATAKANA = frozenset(katakana(reading) for reading in WARD_READINGS.values())

KIND_CENTER = "center"
KIND_AMBIGUOUS = "ambiguous"
KIND_OUTSIDE = "outside_city"
KIND_UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Choice:
    """One answer the resident can pick: a center and the town (and 丁目) that lead to it."""

    center_id: str
    ward: str | None
    town: str | None
    chome: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Resolution:
    """What the router concluded from one text, location or postal code.

    kind: "center" | "ambiguous" | "outside_city" | "unknown".
    ask (ambiguous only): "chome" (choices per center with their 丁目), "town" (the towns to
    choose from) or "ward" (only 千葉市 was given).
    """

    kind: str
    method: str | None = None  # "address" | "postal_code" | "location"
    center_id: str | None = None
    center_name: str | None = None
    ward: str | None = None
    town: str | None = None
    chome: int | None = None
    ask: str | None = None
    candidates: tuple[str, ...] = ()
    choices: tuple[Choice, ...] = ()
    municipality: str | None = None
    prefecture: str | None = None
    flags: tuple[str, ...] = ()
    to_confirm: bool = False
    matched: str | None = None
    distance_km: float | None = None
    # Where the address is in the text it was found in (start, end), as given by the caller.
    span: tuple[int, int] | None = None

    def to_dict(self) -> dict:
        data = asdict(self)
        data["candidates"] = list(self.candidates)
        data["choices"] = [
            {"center_id": c.center_id, "ward": c.ward, "town": c.town, "chome": list(c.chome)} for c in self.choices
        ]
        data["flags"] = list(self.flags)
        data["span"] = list(self.span) if self.span else None
        return data


UNKNOWN = Resolution(KIND_UNKNOWN)


@dataclass(frozen=True, slots=True)
class _Entry:
    """What a key of the scanning regex stands for."""

    kind: str  # town | ward | city | chiba | pref | muni | outside | postal
    towns: tuple[tuple[str, str], ...] = ()  # (ward, town) candidates of a town key
    exact: bool = False  # the official name of one town or a plain spelling variant of it
    reading: bool = False  # a kana reading: must stand alone between non-kana characters
    name: str | None = None  # ward, municipality, prefecture or postal code
    prefecture: str | None = None
    weak: bool = False  # in free text it needs corroboration (a ward, a number, 「に住む」…)
    outside_homonym: str | None = None  # also the short name of a place outside the city
    kana_edges: bool = False  # a kana end must not run into more kana of the same word (ちばし|んぶん)
    generic: bool = False  # 〇〇市/〇〇区 not in the lists, read by the general pattern
    corrected: bool = False  # a slip of the pen read as the city's own name (稲手区 → 稲毛区)


class _Mention:
    """One name found in the text; `stop` also covers the block numbers after a town."""

    __slots__ = ("entry", "kind", "start", "end", "stop", "number")

    def __init__(self, entry: _Entry, start: int, end: int, stop: int, number: BlockNumber = NO_NUMBER):
        self.entry = entry
        self.kind = entry.kind
        self.start = start
        self.end = end
        self.stop = stop
        self.number = number


@dataclass(slots=True)
class _Candidate:
    ward: str
    town: str
    number: BlockNumber
    loose: bool


@dataclass
class _TownIndex:
    chome_center: dict[tuple[str, str], dict[int | None, str]] = field(default_factory=dict)
    centers: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    kana: dict[tuple[str, str], str] = field(default_factory=dict)
    by_ward: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


class Router:
    """Resolve addresses, postal codes and locations to the responsible center."""

    def __init__(
        self,
        towns: Iterable[TownRecord],
        postal_codes: Iterable[PostalRecord] = (),
        center_names: Mapping[str, str] | None = None,
        places: Iterable[Place] | None = None,
        area_names: Iterable[AreaName] | None = None,
        municipality_readings: Mapping[str, str] | None = None,
    ):
        self._records = list(towns)
        self._area_names = list(area_names) if area_names is not None else read_area_names()
        self._center_names = dict(center_names or {})
        self._index = self._index_towns(self._records)
        self._precompute_choices()
        self._towns_with_chome = frozenset(
            key for key, by_chome in self._index.chome_center.items() if any(k is not None for k in by_chome)
        )
        self._zip_towns, self._zip_ward = self._index_postal_codes(self._records, postal_codes)
        self._city_zip_prefixes = frozenset(r.zip[:3] for r in self._records if r.zip)
        self._municipality_readings = dict(
            municipality_readings if municipality_readings is not None else read_municipality_readings()
        )
        place_list = list(places) if places is not None else read_places()
        # 中央区 is also Tokyo's: a slip in its town could be a Tokyo address (中央区日本橋)
        self._wards_also_elsewhere = frozenset(p.name for p in place_list if p.name in WARDS)
        self._entries = self._build_entries(place_list)
        self._scanner = _trie_regex(self._entries)
        self._one_off = self._index_one_off(self._index.centers)
        self._place_suffix_counts = {
            k: n for k in self._entries if (n := sum(k.count(ch) for ch in "市区県郡"))
        }
        located = [r for r in self._records if r.lat is not None and r.lng is not None]
        self._located = located
        self._points = PointIndex([(r.lat, r.lng) for r in located])

    # ------------------------------------------------------------------ construction

    @classmethod
    def from_csv(cls, data_dir: Path | str = DATA_DIR) -> Router:
        """A router straight from the seed CSVs (no database needed)."""
        data_dir = Path(data_dir)
        names = {c.center_id: c.name for c in read_centers(data_dir)}
        return cls(
            read_towns(data_dir),
            read_postal_codes(data_dir),
            names,
            read_places(data_dir),
            read_area_names(data_dir),
            read_municipality_readings(data_dir),
        )

    @classmethod
    def from_session(cls, session: Session) -> Router:
        """A router from the database rows the admin keeps current."""
        from routing.service import load_router

        return load_router(session)

    @staticmethod
    def _index_towns(records: Sequence[TownRecord]) -> _TownIndex:
        """Towns by (ward, town); kana without Japan Post's notes (ナカセ(ツギノビルヲノゾク) → ナカセ)."""
        index = _TownIndex()
        centers: dict[tuple[str, str], set[str]] = defaultdict(set)
        for r in records:
            key = (r.ward, r.town)
            index.chome_center.setdefault(key, {})[r.chome] = r.center_id
            centers[key].add(r.center_id)
            if r.kana and key not in index.kana:
                index.kana[key] = r.kana.split("(", 1)[0]
            index.by_ward.setdefault(r.ward, [])
            if key not in index.by_ward[r.ward]:
                index.by_ward[r.ward].append(key)
        index.centers = {k: frozenset(v) for k, v in centers.items()}
        for ward, keys in index.by_ward.items():
            keys.sort(key=lambda k: index.kana.get(k, k[1]))
        return index

    def _index_postal_codes(
        self, records: Sequence[TownRecord], postal_codes: Iterable[PostalRecord]
    ) -> tuple[dict[str, frozenset[tuple[str, str]]], dict[str, str]]:
        by_zip: dict[str, set[tuple[str, str]]] = defaultdict(set)
        ward_only: dict[str, str] = {}
        for r in records:
            if r.zip:
                by_zip[r.zip].add((r.ward, r.town))
        known = {normalize_text(t): (w, t) for (w, t) in self._index.centers}
        for p in postal_codes:
            if p.town is None:
                ward_only[p.zip] = p.ward
                continue
            key = known.get(normalize_text(p.town))
            if key is not None:
                by_zip[p.zip].add(key)
        return {z: frozenset(v) for z, v in by_zip.items()}, ward_only

    def _build_entries(self, places: Sequence[Place]) -> dict[str, _Entry]:
        entries: dict[str, _Entry] = {}
        town_keys = list(self._index.centers)
        town_names = {t for (_, t) in town_keys}

        def add_town_key(key: str, entry: _Entry) -> None:
            old = entries.get(key)
            if old is None:
                entries[key] = entry
            elif old.kind == "town" and not old.exact and not entry.exact:
                merged = tuple(dict.fromkeys(old.towns + entry.towns))
                entries[key] = replace(old, towns=merged)

        for key in town_keys:
            for variant in spelling_variants(key[1]):
                entries[variant] = _Entry("town", towns=(key,), exact=True, weak=True)
        for spelling, key in self._direction_kana_spellings(town_keys).items():
            entries.setdefault(spelling, _Entry("town", towns=(key,), exact=True, weak=True))
        for key in town_keys:
            for variant, towns in self._loose_names(key, town_keys, town_names).items():
                add_town_key(variant, _Entry("town", towns=towns, weak=True))
        self._add_ward_split_readings(entries)
        for area in self._area_names:
            if area.outside:
                # 千葉ニュータウン: in 印西市, 白井市 and 船橋市, none of it in the city
                name = area.outside[0] if len(area.outside) == 1 else None
                entries[normalize_text(area.name)] = _Entry("muni", name=name, prefecture=HOME_PREFECTURE, weak=True)
                continue
            if not area.towns:
                # 西千葉 lies in two wards, 千葉駅 is a station: in the city, the ward to be asked
                kind, name = ("city", CITY) if area.ward == CITY else ("ward", area.ward)
                entries[normalize_text(area.name)] = _Entry(kind, name=name, weak=True)
                continue
            towns = tuple(key for key in ((area.ward, t) for t in area.towns) if key in self._index.centers)
            if towns:
                entries[normalize_text(area.name)] = _Entry("town", towns=towns, weak=True)
        for reading, keys in self._town_readings(town_keys).items():
            # two towns read alike (小仲台, 小中台 as コナカダイ) make a loose reading that asks
            entry = _Entry("town", towns=tuple(keys), exact=len(keys) == 1, reading=True, weak=True)
            add_town_key(reading, entry)
        for reading, keys in self._town_stem_readings(town_keys).items():
            # ちばでら, ほんだ: a 町 without its 町, like 検見川 for 検見川町 (loose, to confirm)
            add_town_key(reading, _Entry("town", towns=tuple(keys), reading=True, weak=True))

        for ward in WARDS:
            entries[ward] = _Entry("ward", name=ward)
        for spelling, ward in ward_spellings().items():
            # いなげく, ミハマ区: in free text only next to another part of the address
            entries[spelling] = _Entry("ward", name=ward, weak=not spelling.endswith("区"), kana_edges=True)
        for reading, ward in ward_bare_readings().items():
            entries.setdefault(reading, _Entry("ward", name=ward, reading=True, weak=True))
        entries[CITY] = _Entry("city", name=CITY)
        for spelling in city_spellings():
            entries[spelling] = _Entry("city", name=CITY, weak=not spelling.endswith("市"), kana_edges=True)
        entries[HOME_PREFECTURE] = _Entry("chiba", name=HOME_PREFECTURE)
        for spelling in prefecture_spellings():
            entries[spelling] = _Entry("chiba", name=HOME_PREFECTURE, kana_edges=True)
        entries["千葉"] = _Entry("chiba", name=HOME_PREFECTURE, weak=True)

        home_keys = set(entries)
        for place in places:
            self._add_place(entries, home_keys, place)
        for word, prefecture in OUTSIDE_WORDS.items():
            entries.setdefault(word, _Entry("outside", prefecture=prefecture, weak=True))
        prefectures = {p.name for p in places if p.kind == "prefecture"}
        # せたがやく: Tokyo's special wards in kana are told as 東京都世田谷区
        special_wards = {p.name: p for p in places if p.kind == "special_ward"}

        def outside_entry(name: str | None) -> tuple[str, str | None, str | None]:
            if name in prefectures:
                return "pref", name, name
            if name in special_wards:
                return "muni", special_wards[name].display_name, special_wards[name].prefecture
            return "muni", name, HOME_PREFECTURE if name else None

        for spelling, name in municipality_kana_spellings(self._municipality_readings).items():
            # ふなばし市, いちかわし: in free text only with 「に住む」 or the like
            if spelling in home_keys:
                # さかえまち: the city's 栄町 and 印旛郡栄町 alike; alone it asks
                if name and entries[spelling].kind == "town" and entries[spelling].outside_homonym is None:
                    told = outside_entry(name)[1]
                    told = HOME_PREFECTURE + told if told == name else told
                    entries[spelling] = replace(entries[spelling], outside_homonym=told)
                continue
            kind, told, prefecture = outside_entry(name)
            entries.setdefault(spelling, _Entry(kind, name=told, prefecture=prefecture, weak=True, kana_edges=True))
        for reading, name in municipality_bare_readings(self._municipality_readings).items():
            kind, told, prefecture = outside_entry(name)
            if reading in home_keys:
                # みやざき: the city's 宮崎 and 宮崎県 alike; alone it asks
                if entries[reading].kind == "town" and entries[reading].outside_homonym is None:
                    entries[reading] = replace(entries[reading], outside_homonym=told)
                continue
            # ふなばし, よつかいどう, とうきょう: alone in kana, in an answer only
            entries.setdefault(reading, _Entry(kind, name=told, prefecture=prefecture, reading=True, weak=True))
        return entries

    def _town_readings(self, town_keys: Sequence[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
        """Kana forms of each town from its reading (Japan Post's kana): こなかだい, ソンノウチョウ,
        町 read まち (そがまち), and the reading of the name before a written suffix (こなか台,
        まくはり本郷, ソンノウ町)."""
        readings: dict[str, list[tuple[str, str]]] = {}
        for key in town_keys:
            kana = self._index.kana.get(key)
            if not kana:
                continue
            town = key[1]
            forms = {kana}
            if town.endswith("町") and kana.endswith("チョウ"):
                forms.add(kana[: -len("チョウ")] + "マチ")
            for base, ward in WARD_BASES.items():
                # いなげ海岸, はなみがわ区... : the ward's name read in kana before the rest in kanji
                reading = katakana(WARD_READINGS[ward])
                if town.startswith(base) and len(town) > len(base) and kana.startswith(reading):
                    forms.add(reading + town[len(base) :])
            for suffix, suffix_readings in _SUFFIX_READINGS.items():
                if not town.endswith(suffix):
                    continue
                for suffix_reading in suffix_readings:
                    stem = kana[: -len(suffix_reading)]
                    if kana.endswith(suffix_reading) and len(stem) >= 2:
                        forms.add(stem + suffix)
            for form in forms:
                for spelling in (form, to_hiragana(form)):
                    keys = readings.setdefault(spelling, [])
                    if key not in keys:
                        keys.append(key)
        return readings

    def _direction_kana_spellings(self, town_keys: Sequence[tuple[str, str]]) -> dict[str, tuple[str, str]]:
        """千城台きた, 千城台キタ: a kanji name whose 北/南/東/西 is written in kana, when the
        town's reading (Japan Post's kana) reads that suffix so."""
        spellings: dict[str, tuple[str, str]] = {}
        for key in town_keys:
            town, kana = key[1], self._index.kana.get(key, "")
            reading = _DIRECTION_READINGS.get(town[-1:])
            if reading is None or len(town) < 3 or not kana.endswith(reading):
                continue
            for variant in spelling_variants(town):
                for spelling in (variant[:-1] + reading, variant[:-1] + to_hiragana(reading)):
                    spellings.setdefault(spelling, key)
        return spellings

    def _town_stem_readings(self, town_keys: Sequence[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
        stems: dict[str, list[tuple[str, str]]] = {}
        for key in town_keys:
            kana = self._index.kana.get(key, "")
            stem = kana.removesuffix("チョウ")
            # みどり is the ward 緑区 before it is 緑町 without 町
            if key[1].endswith("町") and kana.endswith("チョウ") and len(stem) >= 3 and stem not in _WARD_KATAKANA:
                # まくはり, like 幕張: every town of that stem and reading (幕張町, 幕張本郷, 幕張西)
                same = [
                    k for k in town_keys
                    if k[1].startswith(key[1][:-1]) and self._index.kana.get(k, "").startswith(stem)
                ]
                for spelling in (stem, to_hiragana(stem)):
                    keys = stems.setdefault(spelling, [])
                    keys.extend(k for k in same if k not in keys)
        return stems

    def _loose_names(
        self, key: tuple[str, str], town_keys: Sequence[tuple[str, str]], town_names: set[str]
    ) -> dict[str, tuple[tuple[str, str], ...]]:
        """Names a town is called by that are not its own: stems, 町 dropped or added."""
        ward, town = key
        names: dict[str, tuple[tuple[str, str], ...]] = {}
        for suffix in STEM_SUFFIXES:
            stem = town[: -len(suffix)]
            if (
                town.endswith(suffix)
                and len(stem) >= 2
                and stem not in town_names
                and stem not in RESERVED_STEMS
                and stem[-1] not in "のノケが"
            ):
                towns = [k for k in town_keys if k[1].startswith(stem)]
                if suffix == "町":
                    towns += self._same_reading(self._index.kana.get(key, "").removesuffix("チョウ"))
                for variant in spelling_variants(stem):
                    names[variant] = tuple(dict.fromkeys(towns))
        if not town.endswith("町") and town not in WARD_BASES and town + "町" not in town_names:
            towns = [key] + self._same_reading((self._index.kana.get(key) or "") + "チョウ")
            for variant in spelling_variants(town + "町"):
                names[variant] = tuple(dict.fromkeys(towns))
        return names

    @staticmethod
    def _add_ward_split_readings(entries: dict[str, _Entry]) -> None:
        """「中央港町」 reads as 中央港 + 町 or as 中央(区) + 港町: such a key names both towns."""
        exact = {k: e for k, e in entries.items() if e.kind == "town" and e.exact}
        for key, entry in list(entries.items()):
            for base, ward in WARD_BASES.items():
                rest = key[len(base) :] if key.startswith(base) else ""
                alt = exact.get(rest) if rest else None
                if alt is not None and alt.towns[0][0] == ward and alt.towns != entry.towns:
                    towns = tuple(dict.fromkeys(entry.towns + alt.towns))
                    entries[key] = replace(entry, towns=towns, exact=False)

    def _same_reading(self, kana: str) -> list[tuple[str, str]]:
        if not kana:
            return []
        return [k for k, v in self._index.kana.items() if v == kana]

    @staticmethod
    def _add_place(entries: dict[str, _Entry], home_keys: set[str], place: Place) -> None:
        is_pref = place.kind == "prefecture"
        kind = "pref" if is_pref else "muni"
        full = _Entry(kind, name=place.display_name, prefecture=place.prefecture)
        keys = set(spelling_variants(place.name))
        if place.district:
            keys |= {place.district + k for k in keys}
        if not is_pref:
            keys |= {place.prefecture + place.name}
        for key in keys:
            if key in home_keys:
                _mark_homonym(entries, key, place)
            else:
                entries.setdefault(key, full)
        short = place.short
        if len(short) < 2 or short == place.name or _is_hiragana(short):
            return
        for key in spelling_variants(short):
            if key in home_keys:
                _mark_homonym(entries, key, place)
            else:
                entries.setdefault(key, replace(full, weak=True))

    # ------------------------------------------------------------------ public API

    def resolve(self, text: str) -> Resolution:
        """Resolve an answer to 「ご本人のお住まいの住所を教えてください」."""
        t = normalize_text(text)
        mentions = self._scan(t, free_text=False)
        if not any(m.kind in _TOWN_AND_OUTSIDE_KINDS for m in mentions):
            self._scan_misspelt_towns(t, mentions)
        else:
            mentions = self._slip_over_cut_names(t, mentions)
        if not mentions:
            return UNKNOWN
        groups = _drop_negated(t, _group(t, mentions))
        if not groups:
            return Resolution(KIND_UNKNOWN, flags=("near_a_place_outside",))
        if len(groups) > 1 and not any(m.kind in _OUTSIDE_KINDS for g in groups for m in g):
            # One address written in pieces (「稲毛区です。小仲台2丁目」), but names after a full
            # address with block numbers belong to a building (サンハイツ稲毛201号室).
            merged: list[_Mention] = []
            for g in groups:
                merged.extend(g)
                if any(m.kind == "town" and m.number.value is not None for m in g):
                    break
            groups = [merged]
        results = [(g, r) for g in groups if (r := self._interpret(g, t)) is not None]
        if not results:
            return UNKNOWN
        if len(results) == 1:
            return _with_span(text, t, *results[0])
        chosen = _choose_by_person(t, results) or _most_precise(results) or _all_outside(results)
        if chosen is None:
            return Resolution(KIND_UNKNOWN, flags=("several_addresses",))
        return _with_span(text, t, *chosen)

    def find_in_text(self, text: str) -> Resolution | None:
        """The address of the person concerned inside a longer message, or None.

        Town names alone are ordinary words too (今井さん, 院内で転倒): they count only with a
        ward, 千葉市, a block number or 「に住む」-like words around them.
        """
        t = normalize_text(text)
        mentions = self._scan(t, free_text=True)
        if not mentions:
            return None
        groups = [g for g in _drop_negated(t, _group(t, mentions)) if _corroborated(t, g)]
        results = [(g, r) for g in groups if (r := self._interpret(g, t)) is not None]
        if not results:
            return None
        if len(results) == 1:
            group, resolution = results[0]
            if _person_score(t, group, results) < 0 and _PERSON.search(t):
                resolution = Resolution(KIND_UNKNOWN, flags=("address_of_writer",), matched=resolution.matched)
            return _with_span(text, t, group, resolution)
        chosen = _choose_by_person(t, results) or _most_precise(results)
        if chosen is None:
            return Resolution(KIND_UNKNOWN, flags=("several_addresses",))
        return _with_span(text, t, *chosen)

    def resolve_postal_code(self, code: str) -> Resolution:
        """Resolve a postal code given on its own (〒263-0043, ２６３００４３)."""
        m = POSTAL_CODE.search(normalize_text(code))
        if m is None:
            return UNKNOWN
        resolution = self._resolve_postal(m.group(1) + m.group(2), m.group())
        normalized = normalize_with_offsets(code)
        span = normalized.original_span(*m.span()) if normalized else None
        return replace(resolution, span=span)

    def resolve_location(self, lat: float, lng: float) -> Resolution:
        """Nearest 町丁目 representative point; always to be confirmed by the resident."""
        nearest = self._points.nearest(float(lat), float(lng))
        distance = round(nearest.distance_km, 2)
        if not self._points.is_inside(nearest):
            return Resolution(
                KIND_OUTSIDE, method="location", flags=("location_outside_city",), to_confirm=True, distance_km=distance
            )
        record = self._located[nearest.index]
        flags: list[str] = []
        candidates = [record.center_id]
        if nearest.runner_up_index is not None:
            other = self._located[nearest.runner_up_index]
            if other.center_id != record.center_id and nearest.runner_up_km - nearest.distance_km < 0.3:
                flags.append("near_center_boundary")
                candidates.append(other.center_id)
        return Resolution(
            KIND_CENTER,
            method="location",
            center_id=record.center_id,
            center_name=self._center_names.get(record.center_id),
            ward=record.ward,
            town=record.town,
            chome=record.chome,
            candidates=tuple(candidates),
            flags=tuple(flags),
            to_confirm=True,
            distance_km=distance,
        )

    def centers_of(self, ward: str, town: str) -> frozenset[str]:
        return self._index.centers.get((ward, town), frozenset())

    @property
    def towns(self) -> list[TownRecord]:
        return list(self._records)

    # ------------------------------------------------------------------ scanning

    def _scan(self, t: str, *, free_text: bool) -> list[_Mention]:
        mentions: list[_Mention] = []
        entries = self._entries
        suffix_counts = self._place_suffix_counts
        place_chars = t.count("市") + t.count("区") + t.count("県") + t.count("郡")
        for m in self._scanner.finditer(t):
            key = m.group()
            entry = entries[key]
            start, end = m.span()
            if entry.kind == "ward" and entry.reading and _KANJI_OR_KATAKANA.match(t, end):
                continue  # いなげ海岸, みどり台: the start of a longer name, not the ward
            if entry.reading and (free_text or not _stands_alone_in_kana(t, start, end)):
                # 「いなげくこなかだい」: a reading right after the city or a ward stands alone too
                gap = 1 if t[start - 1 : start] == "の" else 0  # いなげくのこなかだい
                previous = mentions[-1] if mentions else None
                follows_name = (
                    previous is not None and previous.end == start - gap and _is_city_or_ward(previous.entry)
                )
                # after the ward, の may follow the town too (こなかだいのにのごのさん, spoken numbers)
                after_ok = (
                    not _KANA.match(t[end : end + 1])
                    or t[end : end + 1] == "の"
                    or _AFTER_READING.match(t, end) is not None
                )
                if free_text or not follows_name or not after_ok:
                    if free_text or not self._ward_reading_before_town(entry, t, start, end):
                        continue
            if entry.kana_edges and not self._kana_edges_clear(
                t, start, end, mentions[-1].end if mentions else -1, check_after=free_text or entry.kind not in ("muni", "pref")
            ):
                continue
            if entry.kind == "town":
                if t[end : end + 1] in _PLACE_SUFFIXES:
                    continue  # 太田市, 宮崎県: a place of the same name elsewhere
                number = _block_number_after(t, end)
                mentions.append(_Mention(entry, start, end, end + number.length, number))
            else:
                mentions.append(_Mention(entry, start, end, end))
            place_chars -= suffix_counts.get(key, 0)
        if place_chars > 0 and _has_uncovered_place_suffix(t, mentions):
            self._scan_generic_places(t, mentions)
        if _DIGITS.search(t):
            self._scan_postal_codes(t, mentions, free_text)
            mentions.sort(key=_start_of)
        if mentions:
            _drop_towns_in_tails(t, mentions)
        return mentions

    def _ward_reading_before_town(self, entry: _Entry, t: str, start: int, end: int) -> bool:
        """「いなげのこなかだい」「いなげこなかだい」: a ward read in kana, の or nothing, then a town's name."""
        if entry.kind == "city" or not _is_city_or_ward(entry):
            return False
        before = t[start - 1 : start]
        if before and _KANA.match(before) and before not in _TOPIC_PARTICLES:
            return False
        following = self._scanner.match(t, end + (t[end : end + 1] == "の"))
        return following is not None and self._entries[following.group()].kind == "town"

    @staticmethod
    def _index_one_off(town_keys: Iterable[tuple[str, str]]) -> dict[str, frozenset[tuple[str, str]]]:
        """Each official name with one character blanked: 小仲台 → ?仲台, 小?台, 小仲?."""
        index: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for key in town_keys:
            for name in spelling_variants(key[1]):
                if len(name) >= 2:
                    for i in range(len(name)):
                        index[name[:i] + "?" + name[i + 1 :]].add(key)
        return {k: frozenset(v) for k, v in index.items()}

    def _slip_over_cut_names(self, t: str, mentions: list[_Mention]) -> list[_Mention]:
        """「稲毛区小仲代」: the only towns found are loose names cut out of a longer word (小仲|代);
        read the whole word as a slip instead, when it can be only one town."""
        towns = [m for m in mentions if m.kind == "town"]
        if any(m.kind in _OUTSIDE_KINDS for m in mentions) or not all(
            not m.entry.exact and _name_goes_on(t, m) for m in towns
        ):
            return mentions
        rest = [m for m in mentions if m.kind != "town"]
        self._scan_misspelt_towns(t, rest)
        return rest if any(m.kind == "town" for m in rest) else mentions

    def _scan_misspelt_towns(self, t: str, mentions: list[_Mention]) -> None:
        """A town name one character off (小仲代, 高州町), when it can be only one town.

        Only in an answer to the address question, only where no town was found, and always
        to be confirmed by the resident (`corrected`).
        """
        taken = [(m.start, m.end) for m in mentions]
        wards = {m.entry.name for m in mentions if m.kind == "ward"}
        found: list[_Mention] = []
        for run in _NAME_RUN.finditer(t):
            a, b = run.span()
            best: tuple[int, int, tuple[str, str]] | None = None
            shortest = 2 if wards else 3  # 高州 for 高洲 only with its ward (高浜 is one off too)
            for length in range(min(b - a, 8), shortest - 1, -1):
                for start in range(a, b - length + 1):
                    end = start + length
                    if any(s < end and start < e for s, e in taken):
                        continue
                    if not self._whole_name(t, start, end, a, b, taken):
                        continue  # 日本橋人形町: 本橋 is a piece of a longer name, not a slip of 本町
                    window = t[start:end]
                    keys = {k for i in range(length) for k in self._one_off.get(window[:i] + "?" + window[i + 1 :], ())}
                    if wards:
                        keys = {k for k in keys if k[0] in wards}
                    if len(keys) == 1 and _KANJI.search(window):
                        best = (start, end, next(iter(keys)))
                        break
                if best:
                    break
            if best:
                start, end, key = best
                number = _block_number_after(t, end)
                entry = _Entry("town", towns=(key,), exact=True, corrected=True)
                found.append(_Mention(entry, start, end, end + number.length, number))
        if found:
            mentions.extend(found)
            mentions.sort(key=_start_of)

    @staticmethod
    def _whole_name(t: str, start: int, end: int, a: int, b: int, taken: Sequence[tuple[int, int]]) -> bool:
        """The window starts where the name run or a found part ends and ends where the run or a
        found part begins, or before kana (小仲代です) or a digit."""
        starts_clean = start == a or any(e == start for _, e in taken)
        ends_clean = end == b or any(s == end for s, _ in taken) or not _KANJI_OR_KATAKANA.match(t, end)
        return starts_clean and ends_clean

    def _kana_edges_clear(self, t: str, start: int, end: int, previous_end: int, check_after: bool = True) -> bool:
        """A kana spelling (ちばし, いなげく) is not the middle of a longer kana word.

        In an answer to the address question a municipality in kana may run into the kana of
        its town (いちかわしみなみやわた, the space was dropped): only its start is checked.
        """
        first, last = t[start], t[end - 1]
        before, after = t[start - 1 : start], t[end : end + 1]
        if before and _same_script(before, first) and before not in _PARTICLE_CHARS and previous_end != start:
            return False
        if check_after and after and _same_script(last, after) and after not in _PARTICLE_CHARS:
            # 「ちばしいなげく」: another name may follow directly
            return self._scanner.match(t, end) is not None
        return True

    @staticmethod
    def _scan_generic_places(t: str, mentions: list[_Mention]) -> None:
        for g in GENERIC_PLACE.finditer(t):
            start, end = g.span()
            covered = [m for m in mentions if m.start < end and start < m.end]
            # after 〇〇郡 a town name of the city is that 郡's 町 (福井県三方郡美浜町)
            allowed = ("pref", "muni", "town") if g.group(5) else ("pref", "muni")
            if any(m.kind not in allowed or not (start <= m.start and m.end <= end) for m in covered):
                continue
            if covered and all(m.end - m.start >= end - start for m in covered):
                continue
            if g.group(5):  # 〇〇郡〇〇町
                entry = _Entry("muni", name=g.group(6), weak=True, generic=True)
            else:
                run = trim_generic_name(g.group(1))
                suffix = g.group(2) or g.group(3) or g.group(4)
                # one-character names (朝市, 闇市) are words; 津市, 旭市, 堺市 are in the lists
                if len(run) < 2 or run in NOT_A_PLACE_BEFORE_SUFFIX or run[-1] in _NOT_A_PLACE_LAST_CHAR[suffix]:
                    continue
                start = g.end(1) - len(run)
                ward = _ward_misspelt(run) if suffix == "区" else None
                if ward is not None:
                    entry = _Entry("ward", name=ward, weak=True, corrected=True)
                else:
                    # A name in kana is trusted only right after its prefecture (茨城県つくば市):
                    # elsewhere 「母はよこはま市」 cannot be cut reliably, so the place stays unnamed.
                    after_prefecture = any(m.kind == "pref" and m.end == start for m in mentions)
                    name = run + suffix if after_prefecture or not _KANA.search(run) else None
                    kind = "pref" if suffix == "県" else "muni"
                    # weak: in free text 〇〇市 needs 「に住む」 or the like (朝市, 〇〇市場 are not homes)
                    prefecture = name if kind == "pref" else None
                    entry = _Entry(kind, name=name, prefecture=prefecture, weak=True, generic=True)
            for m in covered:
                mentions.remove(m)
            mentions.append(_Mention(entry, start, end, end))
        mentions.sort(key=_start_of)

    def _scan_postal_codes(self, t: str, mentions: list[_Mention], free_text: bool) -> None:
        pattern = POSTAL_CODE_MARKED if free_text else POSTAL_CODE
        found = list(pattern.finditer(t))
        if free_text:
            # 「263-0043」 unmarked, when it is one of the city's: 3-4 digits with a hyphen is
            # no phone number (043-245-5111) and no block chain (2-5-3)
            found += [p for p in _POSTAL_CODE_HYPHENATED.finditer(t) if p.group(1) in self._city_zip_prefixes]
        for p in found:
            start, end = p.span()
            if any(m.start < end and start < m.stop for m in mentions):
                continue
            code = p.group(1) + p.group(2)
            mentions.append(_Mention(_Entry("postal", name=code), start, end, end))

    # ------------------------------------------------------------------ interpretation

    def _interpret(self, group: Sequence[_Mention], t: str) -> Resolution | None:
        notes: list[str] = []
        resolution = self._interpret_parts(group, t, notes)
        if notes and resolution is not None and resolution.kind in (KIND_CENTER, KIND_AMBIGUOUS):
            flags = tuple(dict.fromkeys(resolution.flags + ("spelling_corrected",)))
            resolution = replace(resolution, flags=flags, to_confirm=True)
        return resolution

    def _interpret_parts(self, group: Sequence[_Mention], t: str, notes: list[str]) -> Resolution | None:
        matched = t[group[0].start : group[-1].stop]
        outside: list[_Mention] = []
        wards: list[_Mention] = []
        towns: list[_Mention] = []
        postal: list[_Mention] = []
        has_city = has_chiba = has_chiba_prefecture = False
        if any(m.entry.corrected for m in group):
            notes.append("spelling_corrected")
        for m in group:
            kind = m.kind
            if kind == "town":
                towns.append(m)
            elif kind == "ward":
                wards.append(m)
            elif kind in _OUTSIDE_KINDS:
                outside.append(m)
            elif kind == "postal":
                postal.append(m)
            elif kind == "city":
                has_city = True
            elif kind == "chiba":
                has_chiba = True
                has_chiba_prefecture = has_chiba_prefecture or not m.entry.weak
        if len(towns) > 1:
            # 「加曽利町 加曽利貝塚の近く」: a longer name that begins like a town written in full
            # beside it (a landmark named after the town) adds nothing to that town
            whole = {key for m in towns if m.entry.exact for key in m.entry.towns}
            towns = [
                m for m in towns
                if m.entry.exact or not _name_goes_on(t, m) or not whole.intersection(m.entry.towns)
            ] or towns
            # a town right before 「の近く」「寄り」 after the home's town is the landmark (…貝塚の近く)
            towns = [
                m for i, m in enumerate(towns) if i == 0 or not _NEAR_AFTER.match(t, m.stop)
            ]
        if len(towns) > 1:
            # 「小仲台2丁目、稲毛駅の近く」: a station named after a town is a landmark, not a second town
            not_stations = [m for m in towns if t[m.end : m.end + 1] != "駅"]
            if not_stations:
                towns = not_stations
        if outside and wards and all(m.entry.generic for m in outside):
            # 「千場市稲毛区」: only 千葉市 has a 稲毛区; an unlisted 〇〇市 before it is a slip
            outside = []
            has_city = True
            notes.append("spelling_corrected")
        if outside:
            if has_city:
                return Resolution(KIND_UNKNOWN, flags=("contradictory_places",), matched=matched)
            return self._outside(outside, wards, matched)
        corroborated = has_city or bool(wards) or bool(postal) or has_chiba_prefecture
        if towns and all(m.entry.corrected for m in towns) and not (has_city or has_chiba):
            shared = [m.entry.name for m in wards if m.entry.name in self._wards_also_elsewhere]
            if shared:
                # the rest names no town of the city's 中央区: never a center, ask within the ward
                return self._ask_town_in_ward(shared[0], (), ("ward_also_elsewhere",), matched)
        if towns and wards and self._only_inside_another_word(t, group, towns, wards):
            # 「緑区お丙み野中央3丁目」: 中央 cut out of a word, in another ward than the one written
            return self._ask_town_in_ward(wards[0].entry.name, (), ("town_not_in_ward",), matched)
        if towns and not postal and all(not m.entry.exact for m in towns) and any(_name_goes_on(t, m) for m in towns):
            # 検見川浜, 新検見川: a longer name that only begins or ends like a town (検見川町); ask
            flags = ("unknown_place_name",)
            if wards:
                return self._ask_town_in_ward(wards[0].entry.name, (), flags, matched)
            return replace(self._ask_ward(list(WARDS), matched), flags=flags)
        if towns:
            return self._resolve_towns(towns, wards, postal, corroborated, matched)
        if wards:
            names = list(dict.fromkeys(m.entry.name for m in wards))
            if postal:
                # 「263-0043 稲毛区」: the code gives the town, the ward agrees with it
                by_code = self._resolve_postal(postal[0].entry.name, matched)
                if by_code.kind != KIND_UNKNOWN and by_code.ward in names:
                    return by_code
                if len(names) == 1:
                    return self._ask_town_in_ward(names[0], (), ("postal_code_contradicts_ward",), matched)
            if len(names) == 1:
                return self._ask_town_in_ward(names[0], (), matched=matched)
            return self._ask_ward(names, matched)
        if postal:
            return self._resolve_postal(postal[0].entry.name, matched)
        if has_city:
            return self._ask_ward(list(WARDS), matched)
        if has_chiba:
            return Resolution(KIND_UNKNOWN, flags=("prefecture_only",), matched=matched)
        return None

    @staticmethod
    def _only_inside_another_word(
        t: str, group: Sequence[_Mention], towns: Sequence[_Mention], wards: Sequence[_Mention]
    ) -> bool:
        """No town is in the ward written, and each begins in the middle of a word."""
        ward_names = {m.entry.name for m in wards}
        for m in towns:
            if any(w in ward_names for w, _ in m.entry.towns):
                return False
            if m.start == 0 or not _NAME_CHAR_RE.match(t[m.start - 1]) or any(o.end == m.start for o in group):
                return False
        return True

    @staticmethod
    def _outside(outside: Sequence[_Mention], wards: Sequence[_Mention], matched: str) -> Resolution:
        municipality = next((m.entry.name for m in outside if m.kind == "muni" and m.entry.name), None)
        prefecture = next((m.entry.prefecture for m in outside if m.entry.prefecture), None)
        if municipality is None and wards and any(m.kind == "pref" for m in outside):
            municipality = wards[0].entry.name  # 東京都中央区: Tokyo's ward of that name
            if prefecture == "東京都":
                municipality = prefecture + municipality
        flags = ("outside_city",) if municipality or prefecture else ("outside_city_unnamed",)
        return Resolution(
            KIND_OUTSIDE,
            method="address",
            municipality=municipality,
            prefecture=prefecture,
            flags=flags,
            matched=matched,
        )

    def _resolve_towns(
        self,
        towns: Sequence[_Mention],
        wards: Sequence[_Mention],
        postal: Sequence[_Mention],
        corroborated: bool,
        matched: str,
    ) -> Resolution:
        ward_hints = {m.entry.name for m in wards}
        if len(towns) == 1 and not postal:
            fast = self._resolve_one_exact_town(towns[0], ward_hints, corroborated, matched)
            if fast is not None:
                return fast
        towns = list(towns)
        # 「稲毛小仲台」: a ward name without 区 written before a town is the ward.
        if len(towns) > 1:
            kept = []
            for i, m in enumerate(towns):
                base = m.entry.exact and _ward_base_of(m)
                if base and m.number.value is None and i + 1 < len(towns):
                    ward_hints.add(WARD_BASES[base])
                else:
                    kept.append(m)
            towns = kept
        flags: list[str] = ["kana_reading"] if any(m.entry.reading for m in towns) else []
        if len(towns) == 1:
            only = towns[0]
            base = _ward_base_of(only) if only.entry.exact else None
            if base and only.number.value is None and only.entry.towns[0][0] not in ward_hints:
                # 「稲毛」 alone: the ward 稲毛区 without 区, or the town 稲毛?
                extra = only.entry.towns if WARD_BASES[base] != only.entry.towns[0][0] else ()
                return self._ask_town_in_ward(WARD_BASES[base], extra, flags=("ward_or_town",), matched=matched)
        candidates = [
            _Candidate(w, tn, m.number, loose=not m.entry.exact) for m in towns for (w, tn) in m.entry.towns
        ]
        corroborated = corroborated or bool(ward_hints) or any(m.number.value is not None for m in towns)
        if ward_hints:
            in_ward = [c for c in candidates if c.ward in ward_hints]
            if in_ward:
                candidates = in_ward
            else:
                flags.append("ward_contradicts_town")
        if postal:
            zip_towns = self._zip_towns.get(postal[0].entry.name, frozenset())
            agreeing = [c for c in candidates if (c.ward, c.town) in zip_towns]
            if agreeing:
                candidates = agreeing
            else:
                flags.append("postal_code_contradicts_town")
        homonym = next((m.entry.outside_homonym for m in towns if m.entry.outside_homonym), None)
        if homonym and not corroborated:
            flags.append("may_be_outside_city")
            return self._ask_between(candidates, "town", flags, matched, municipality=homonym)
        if any(c.loose for c in candidates) and not corroborated and len({(c.ward, c.town) for c in candidates}) > 1:
            flags.append("loose_town_name")
            return self._ask_between(candidates, "town", flags, matched)
        # 「検見川」 can only be 検見川町: a center flagged loose_town_name, for the resident to confirm
        return self._resolve_candidates(candidates, flags, matched, method="address")

    def _resolve_one_exact_town(
        self, m: _Mention, ward_hints: set[str], corroborated: bool, matched: str
    ) -> Resolution | None:
        """The common case, without the general machinery: one official town name, one center."""
        entry = m.entry
        if not entry.exact or entry.reading or len(entry.towns) != 1:
            return None
        key = entry.towns[0]
        number = m.number
        if entry.outside_homonym and not (corroborated or ward_hints or number.value is not None):
            return None
        if number.value is None and key[1] in WARD_BASES:
            return None
        centers = self._index.centers[key]
        by_chome = self._index.chome_center[key]
        chome = number.value if number.is_chome and number.value in by_chome else None
        if len(centers) == 1:
            (center_id,) = centers
        elif chome is not None:
            center_id = by_chome[chome]
        else:
            return None
        flags: tuple[str, ...] = ()
        if ward_hints and key[0] not in ward_hints:
            flags = ("ward_contradicts_town",)
        if number.is_chome and chome is None and key in self._towns_with_chome:
            flags += ("chome_not_in_data",)
        return Resolution(
            KIND_CENTER,
            method="address",
            center_id=center_id,
            center_name=self._center_names.get(center_id),
            ward=key[0],
            town=key[1],
            chome=chome,
            candidates=(center_id,),
            flags=flags,
            to_confirm=bool(flags),
            matched=matched,
        )

    def _resolve_candidates(
        self, candidates: Sequence[_Candidate], flags: list[str], matched: str | None, method: str
    ) -> Resolution:
        centers: set[str] = set()
        chome_missing = False
        for c in candidates:
            found, valid = self._centers_for(c)
            centers |= found
            if c.number.is_chome and not valid and self._has_chome(c):
                chome_missing = True
        if chome_missing:
            flags.append("chome_not_in_data")
        places = list(dict.fromkeys((c.ward, c.town) for c in candidates))
        loose = any(c.loose for c in candidates)
        if len(centers) == 1:
            center_id = next(iter(centers))
            ward = town = chome = None
            if len(places) == 1:
                ward, town = places[0]
                c = candidates[0]
                if c.number.is_chome and c.number.value in self._index.chome_center[(ward, town)]:
                    chome = c.number.value
            else:
                ward = places[0][0] if len({w for w, _ in places}) == 1 else None
                flags.append("town_uncertain")
            if loose:
                flags.append("loose_town_name")
            return Resolution(
                KIND_CENTER,
                method=method,
                center_id=center_id,
                center_name=self._center_names.get(center_id),
                ward=ward,
                town=town,
                chome=chome,
                candidates=(center_id,),
                flags=tuple(flags),
                to_confirm=bool(flags),
                matched=matched,
            )
        ask = "chome" if len(places) == 1 else "town"
        return self._ask_between(candidates, ask, flags, matched, method=method)

    def _ask_between(
        self,
        candidates: Sequence[_Candidate],
        ask: str,
        flags: list[str],
        matched: str | None,
        method: str = "address",
        municipality: str | None = None,
    ) -> Resolution:
        choices: list[Choice] = []
        for ward, town in dict.fromkeys((c.ward, c.town) for c in candidates):
            choices.extend(self._choices_for_town(ward, town))
        return self._ambiguous(choices, ask, flags, matched, method, municipality=municipality)

    def _ambiguous(
        self,
        choices: Sequence[Choice],
        ask: str,
        flags: Sequence[str],
        matched: str | None,
        method: str = "address",
        ward: str | None = None,
        municipality: str | None = None,
        candidates: tuple[str, ...] | None = None,
    ) -> Resolution:
        if candidates is None:
            candidates = tuple(dict.fromkeys(c.center_id for c in choices))
        if ward is None:
            wards = {c.ward for c in choices}
            ward = next(iter(wards)) if len(wards) == 1 else None
        return Resolution(
            KIND_AMBIGUOUS,
            method=method,
            ward=ward,
            town=choices[0].town if ask == "chome" and choices else None,
            ask=ask,
            candidates=candidates,
            choices=tuple(choices),
            municipality=municipality,
            flags=tuple(dict.fromkeys(flags)),
            to_confirm=True,
            matched=matched,
        )

    def _choices_for_town(self, ward: str, town: str) -> tuple[Choice, ...]:
        return self._town_choices[(ward, town)]

    def _precompute_choices(self) -> None:
        self._town_choices: dict[tuple[str, str], tuple[Choice, ...]] = {}
        for (ward, town), by_chome in self._index.chome_center.items():
            by_center: dict[str, list[int]] = {}
            for chome, center in by_chome.items():
                chomes = by_center.setdefault(center, [])
                if chome is not None:
                    chomes.append(chome)
            if len(by_center) == 1:
                choices = (Choice(next(iter(by_center)), ward, town, ()),)
            else:
                choices = tuple(Choice(center, ward, town, tuple(sorted(ch))) for center, ch in by_center.items())
            self._town_choices[(ward, town)] = choices
        self._ward_choices = {
            ward: tuple(c for key in keys for c in self._town_choices[key]) for ward, keys in self._index.by_ward.items()
        }
        self._ward_candidates = {
            ward: tuple(dict.fromkeys(c.center_id for c in choices)) for ward, choices in self._ward_choices.items()
        }

    def _ask_town_in_ward(
        self,
        ward: str,
        extra: Sequence[tuple[str, str]],
        flags: Sequence[str] = (),
        matched: str | None = None,
        method: str = "address",
    ) -> Resolution:
        choices = self._ward_choices.get(ward, ())
        if not extra:
            candidates = self._ward_candidates.get(ward, ())
            return self._ambiguous(choices, "town", flags, matched, method, ward=ward, candidates=candidates)
        for w, town in extra:
            choices += self._town_choices[(w, town)]
        return self._ambiguous(choices, "town", flags, matched, method, ward=ward)

    def _ask_ward(self, wards: Sequence[str], matched: str | None) -> Resolution:
        choices = []
        for ward in wards:
            seen: dict[str, None] = {}
            for key in self._index.by_ward.get(ward, ()):
                for center in sorted(self._index.centers[key]):
                    seen.setdefault(center)
            choices.extend(Choice(center, ward, None, ()) for center in seen)
        return Resolution(
            KIND_AMBIGUOUS,
            method="address",
            ask="ward",
            candidates=tuple(dict.fromkeys(c.center_id for c in choices)),
            choices=tuple(choices),
            to_confirm=True,
            matched=matched,
        )

    def _resolve_postal(self, code: str, matched: str | None) -> Resolution:
        towns = self._zip_towns.get(code)
        if towns is None:
            ward = self._zip_ward.get(code)
            if ward is not None:
                return self._ask_town_in_ward(ward, (), ("postal_code_ward_only",), matched, method="postal_code")
            if code[:3] in self._city_zip_prefixes:
                return Resolution(KIND_UNKNOWN, method="postal_code", flags=("postal_code_not_found",), matched=matched)
            return Resolution(
                KIND_OUTSIDE,
                method="postal_code",
                flags=("postal_code_outside_city",),
                to_confirm=True,
                matched=matched,
            )
        candidates = [_Candidate(w, tn, NO_NUMBER, loose=False) for (w, tn) in sorted(towns)]
        return self._resolve_candidates(candidates, [], matched, method="postal_code")

    def _centers_for(self, c: _Candidate) -> tuple[frozenset[str], bool]:
        key = (c.ward, c.town)
        by_chome = self._index.chome_center[key]
        valid = c.number.is_chome and c.number.value in by_chome
        all_centers = self._index.centers[key]
        if len(all_centers) == 1 or not valid:
            return all_centers, valid
        return frozenset({by_chome[c.number.value]}), True

    def _has_chome(self, c: _Candidate) -> bool:
        return (c.ward, c.town) in self._towns_with_chome


# ---------------------------------------------------------------------- helpers

_OUTSIDE_KINDS = frozenset({"pref", "muni", "outside"})
_MAY_HAVE_GENERIC_PLACE = re.compile(r"[市県区郡]")
_POSTAL_CODE_HYPHENATED = re.compile(r"(?<![\d-])(\d{3})-(\d{4})(?![\d-])")
_PLACE_SUFFIXES = frozenset("市県郡村")


def _start_of(m: _Mention) -> int:
    return m.start


def _has_uncovered_place_suffix(t: str, mentions: Sequence[_Mention]) -> bool:
    """Is there a 市/県/区/郡 that no known name explains (so 〇〇市 may name another city)?"""
    for s in _MAY_HAVE_GENERIC_PLACE.finditer(t):
        pos = s.start()
        if not any(m.start <= pos < m.end for m in mentions):
            return True
    return False
_DIGITS = re.compile(r"\d{3}")
_NOT_A_PLACE_LAST_CHAR = {"市": "都", "区": "地学校管挙特別", "県": ""}
_KANA = re.compile(r"[ぁ-んァ-ヶー]")
# What joins two parts of one address: nothing, a comma or a space-like mark.
_JOINERS = frozenset("、,・/()「」 ")

_PERSON_WORDS = (
    "母|父|祖母|祖父|義母|義父|両親|親|本人|夫|妻|主人|旦那|兄|姉|弟|妹|叔母|伯母|叔父|伯父|おば|おじ|ばあ|じい|"
    "婆|爺|姑|舅|利用者|患者|家族|親戚|知人|友人|隣人|近所|高齢者|息子|娘|孫"
)
_PERSON = re.compile(f"(?:{_PERSON_WORDS})")
_AFTER_PERSON = re.compile(
    r"(?:(?:に住む|に住んでいる|に住んでる|で暮らす|に暮らす|で暮らしている|に暮らしている|で一人暮らし(?:を|の|している)?|"
    r"に一人で住む|に一人で住んでいる|在住の|の)[^、。!?]{0,6}?"
    f"(?:{_PERSON_WORDS})"
    r"|(?:に住む|に住んでいる|在住の|で暮らす|に暮らす)(?:方|人))"
)
_AFTER_HOME = re.compile(r"(?:の|にある|に)?(?:実家|自宅)")
_AFTER_WRITER = re.compile(r"(?:に住んでいますが|に住んでいて|に住んでおり|に住んでいる者|在住の者|在住です|から)")
_LAST_PERSON_OR_HOME = re.compile(f"(?s:.*)(?:{_PERSON_WORDS}|実家)")
_LAST_WRITER = re.compile(r"(?s:.*)(?:私|わたし|わたくし|僕|ぼく|俺|自分|当方)")


def _last_end(pattern: re.Pattern[str], text: str) -> int:
    m = pattern.match(text)
    return m.end() if m else -1
_RESIDENCE_AFTER = re.compile(
    r"(?:に住|にお住|で暮ら|に暮ら|在住|で一人暮らし|に一人暮らし|に一人で|で一人で|の実家|にある実家|に実家|の自宅|にある自宅|"
    r"に引っ越|へ引っ越|に転居|の家に|に住所|の[^、。]{0,2}(?:" + _PERSON_WORDS + r"))"
)
_RESIDENCE_BEFORE = re.compile(r"(?:住所|住まい|在住|実家|自宅|出身)(?:は|が|:)?$")
# 「母は小仲台です」: the person concerned as the topic, the place as the answer.
_PERSON_TOPIC_BEFORE = re.compile(f"(?:{_PERSON_WORDS})(?:の(?:住所|住まい|家|自宅))?(?:は|が|も)$")
_PLACE_AS_ANSWER_AFTER = re.compile(r"(?:です|でした|在住|[。!?\n]|$)")
_SENTENCE_END = re.compile(r"[。!?\n]")


_TOWN_KIND = frozenset({"town"})
_TOWN_AND_OUTSIDE_KINDS = frozenset({"town", "pref", "muni", "outside"})
# What the rest of an address is made of: 道野辺本町1-1, 八日市場イ1, サンハイツ稲毛201号室.
_TAIL_CHAR = re.compile(r"[一-龥々〆ァ-ヺー0-9A-Za-z\-・#&'.]")
_TAIL_KANA = re.compile(r"[ぁ-ゖ]")


def _drop_towns_in_tails(t: str, mentions: list[_Mention]) -> None:
    """Town names of the city inside the rest of another address are not that address.

    After another municipality (鎌ケ谷市道野辺本町1-1) the rest is that municipality's; after
    block numbers (小仲台2-5-3 サンハイツ稲毛201) it is the building. The rest runs over
    kanji, katakana, digits and names of the city's towns; over hiragana only once it has
    begun with something else (コーポさくら稲毛), and never over a particle (に住む, の母).
    """
    dropped: set[int] = set()
    for i, m in enumerate(mentions):
        if i in dropped:
            continue
        if m.kind in ("muni", "pref"):
            pos = m.end
            # 市原市辰巳台東: the rest is that municipality's, 台東 there is no 台東区
            droppable: frozenset[str] = _TOWN_KIND if m.kind == "pref" else _TOWN_AND_OUTSIDE_KINDS
        elif m.kind == "town" and m.number.value is not None and m.number.length:
            pos = m.stop
            droppable = _TOWN_AND_OUTSIDE_KINDS  # メゾン船橋101, 東京ハイツ
        else:
            continue
        begun = False
        address_end = m.stop
        j = i + 1
        while pos < len(t):
            while j < len(mentions) and mentions[j].start < pos:
                j += 1
            if j < len(mentions) and mentions[j].start == pos:
                nxt = mentions[j]
                if nxt.kind not in droppable or (nxt.kind != "town" and not nxt.entry.weak):
                    break
                dropped.add(j)
                pos = max(pos + 1, mentions[j].stop)
                address_end = pos
                begun = True
                continue
            ch = t[pos]
            if _TAIL_CHAR.match(ch) or (begun and _TAIL_KANA.match(ch) and ch not in _PARTICLE_CHARS):
                pos += 1
                if ch.isdigit() or ch in "丁目番地号":
                    address_end = pos
                begun = True
                continue
            break
        if m.kind != "town":
            m.stop = address_end  # the span of 船橋市本町1-2-3 is all of it
    if dropped:
        mentions[:] = [m for k, m in enumerate(mentions) if k not in dropped]


def _trie_regex(keys: Iterable[str]) -> re.Pattern[str]:
    """One regex for all keys, factored as a trie: leftmost, then longest match.

    `re` tries the alternatives of a group one after the other, so a node with many
    children is split into chunks, each guarded by a character-class lookahead.
    """
    trie: dict = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node: dict) -> str:
        children = sorted((ch, child) for ch, child in node.items() if ch != "")
        if not children:
            return ""
        branches = [(ch, re.escape(ch) + emit(child)) for ch, child in children]
        if len(branches) == 1:
            body = branches[0][1]
        elif len(branches) <= _TRIE_CHUNK:
            body = "(?:" + "|".join(b for _, b in branches) + ")"
        else:
            chunks = [branches[i : i + _TRIE_CHUNK] for i in range(0, len(branches), _TRIE_CHUNK)]
            body = "(?:" + "|".join(_guarded(chunk) for chunk in chunks) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return re.compile(emit(trie))


_TRIE_CHUNK = 64


def _guarded(chunk: list[tuple[str, str]]) -> str:
    chars = "".join(re.escape(ch) for ch, _ in chunk)
    return f"(?=[{chars}])(?:" + "|".join(b for _, b in chunk) + ")"


def _mark_homonym(entries: dict[str, _Entry], key: str, place: Place) -> None:
    entry = entries[key]
    if entry.kind == "town" and entry.outside_homonym is None:
        entries[key] = replace(entry, outside_homonym=place.prefecture + place.name if place.kind != "prefecture" else place.name)


_PARTICLE_CHARS = frozenset("はがのにでもへとや")
_DIRECTION_READINGS = {"北": "キタ", "南": "ミナミ", "東": "ヒガシ", "西": "ニシ"}
_NAME_RUN = re.compile(r"[一-龥々〆ケァ-ヺーぁ-ゖ]{3,}")
_KANJI = re.compile(r"[一-龥々]")
_NAME_CHAR_RE = re.compile(r"[一-龥々〆ケァ-ヺーぁ-ゖ]")


def _same_script(a: str, b: str) -> bool:
    """Both hiragana or both katakana."""
    if "ぁ" <= a <= "ゖ":
        return "ぁ" <= b <= "ゖ"
    if "ァ" <= a <= "ヺ" or a == "ー":
        return "ァ" <= b <= "ヺ" or b == "ー"
    return False


def _is_hiragana(text: str) -> bool:
    return all("ぁ" <= ch <= "ん" for ch in text)


def _stands_alone_in_kana(t: str, start: int, end: int) -> bool:
    """A kana reading is a word of its own: no kana around it but a particle before
    (母はこなかだい) or a particle or 「です」 after (こなかだいです, こなかだいに住んでいます)."""
    before = t[start - 1 : start]
    if before and _KANA.match(before) and not (before in _TOPIC_PARTICLES and not _KANA.match(t[start - 2 : start - 1])):
        return False
    after = t[end : end + 1]
    return not (after and _KANA.match(after)) or _AFTER_READING.match(t, end) is not None


_TOPIC_PARTICLES = frozenset("はがも")
_AFTER_READING = re.compile(r"(?:です|でした|だよ|だ(?![ぁ-ゖ])|に住|にすん|にお住|で暮|でく|の(?:[一-龥]|いえ|うち)|在住|[。!?]|$)")


def _block_number_after(t: str, end: int) -> BlockNumber:
    """The block number after a town name, also past a comma or の when it is surely one
    (小仲台、2丁目 / 高浜の3-2-1), not any number (高浜の2人)."""
    number = read_block_number(t, end)
    if number.value is not None or t[end : end + 1] not in ("、", ",", "の"):
        return number
    after = read_block_number(t, end + 1)
    if after.explicit_chome or "-" in t[end + 1 : end + 1 + after.length]:
        return after._replace(length=after.length + 1)
    return number


# What may follow a loose town name without making it a longer name: 幕張駅, 検見川団地, 幕張辺り.
_AFTER_LOOSE_NAME_OK = frozenset("駅団辺付周近在方住地界家宅側寄")
# Prefixes that make station and area names of a town's name (新検見川, 西千葉, 京成幕張).
_BEFORE_LOOSE_NAME = frozenset("新西東南北本京")
_KANJI_OR_KATAKANA = re.compile(r"[一-龥々〆ケァ-ヺー]")


def _name_goes_on(t: str, m: _Mention) -> bool:
    """A loose town name inside a longer name: 検見川|浜, 新|検見川 (no block number between)."""
    if m.number.length == 0:
        after = t[m.end : m.end + 1]
        if after and _KANJI_OR_KATAKANA.match(after) and after not in _AFTER_LOOSE_NAME_OK:
            return True
    return m.start > 0 and t[m.start - 1] in _BEFORE_LOOSE_NAME


def _is_city_or_ward(entry: _Entry) -> bool:
    """千葉市, a ward, or a town named like a ward (稲毛, みはま) that may stand for its ward."""
    if entry.kind in ("city", "ward"):
        return True
    return entry.kind == "town" and len(entry.towns) == 1 and entry.towns[0][1] in WARD_BASES


def _ward_misspelt(name: str) -> str | None:
    """The ward a 〇〇区 not in any list stands for, when it is one character off (稲手 → 稲毛区)."""
    found = [
        ward
        for base, ward in WARD_BASES.items()
        if len(base) == len(name) >= 2 and sum(a != b for a, b in zip(base, name)) == 1
    ]
    return found[0] if len(found) == 1 else None


def _ward_base_of(m: _Mention) -> str | None:
    """The ward base (稲毛) when this town mention is a town named like a ward."""
    town = m.entry.towns[0][1] if len(m.entry.towns) == 1 else None
    return town if town in WARD_BASES else None


def _group(t: str, mentions: Sequence[_Mention]) -> list[list[_Mention]]:
    """Split mentions into addresses: parts written next to each other belong together."""
    groups: list[list[_Mention]] = [[mentions[0]]]
    for m in mentions[1:]:
        prev = groups[-1][-1]
        gap = t[prev.stop : m.start]
        if m.start < prev.stop or _joins(gap, prev, m):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def _joins(gap: str, prev: _Mention, nxt: _Mention) -> bool:
    if not gap or (len(gap) <= 2 and all(ch in _JOINERS for ch in gap)):
        return True
    if gap in ("の", "在住の", "内の") and prev.kind in ("pref", "muni", "chiba", "city", "ward"):
        return nxt.kind in ("ward", "muni", "city", "town")
    return False


def _window_before(t: str, start: int, limit: int) -> str:
    window = t[max(limit, start - 14) : start]
    ends = list(_SENTENCE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


def _window_after(t: str, stop: int, limit: int) -> str:
    window = t[stop : min(limit, stop + 16)]
    m = _SENTENCE_END.search(window)
    return window[: m.start()] if m else window


def _corroborated(t: str, group: Sequence[_Mention]) -> bool:
    if any(not m.entry.weak for m in group):
        return True
    if any(m.kind == "town" and m.number.value is not None for m in group):
        return True
    after = t[group[-1].stop : group[-1].stop + 12]
    before = t[max(0, group[0].start - 8) : group[0].start]
    if _RESIDENCE_AFTER.match(after) or _RESIDENCE_BEFORE.search(before):
        return True
    return bool(_PERSON_TOPIC_BEFORE.search(before) and _PLACE_AS_ANSWER_AFTER.match(after))


def _person_score(t: str, group: Sequence[_Mention], results: Sequence[tuple[Sequence[_Mention], Resolution]]) -> int:
    starts = sorted(g[0].start for g, _ in results)
    stops = sorted(g[-1].stop for g, _ in results)
    start, stop = group[0].start, group[-1].stop
    limit_before = max((s for s in stops if s <= start), default=0)
    limit_after = min((s for s in starts if s >= stop), default=len(t))
    before = _window_before(t, start, limit_before)
    after = _window_after(t, stop, limit_after)
    score = 0
    if _AFTER_PERSON.match(after) or _AFTER_HOME.match(after):
        score += 3
    last_person = _last_end(_LAST_PERSON_OR_HOME, before)
    last_writer = _last_end(_LAST_WRITER, before)
    if last_person > last_writer:
        score += 2
    elif last_writer >= 0:
        score -= 2
    if score <= 0 and _AFTER_WRITER.match(after):
        score -= 1
    return score


def _choose_by_person(
    t: str, results: Sequence[tuple[Sequence[_Mention], Resolution]]
) -> tuple[Sequence[_Mention], Resolution] | None:
    """Of several addresses, the one linked to the person concerned; None when unsure."""
    scored = [(_person_score(t, g, results), g, r) for g, r in results]
    best = max(s for s, _, _ in scored)
    winners = [(g, r) for s, g, r in scored if s == best]
    outcomes = {(r.kind, r.center_id, r.municipality) for _, r in winners}
    if len(outcomes) == 1:
        return winners[0]
    return None


def _most_precise(
    results: Sequence[tuple[Sequence[_Mention], Resolution]],
) -> tuple[Sequence[_Mention], Resolution] | None:
    """「稲毛区です。小仲台2丁目」: one center that every other (ambiguous) part allows."""
    centers = [(g, r) for g, r in results if r.kind == KIND_CENTER]
    if len(centers) != 1:
        return None
    group, found = centers[0]
    for _, r in results:
        if r is not found and (r.kind != KIND_AMBIGUOUS or found.center_id not in r.candidates):
            return None
    return group, found


# 「さくら市じゃなくて佐倉市」「千葉郡…じゃなかった、八千代市」「東京じゃないです」: a place taken back.
_NEGATION_AFTER = re.compile(
    r"[郡市区町村.…、,。 ]{0,4}(?:(?:じゃ|では|でわ|でも)(?:なく|ない|なかった|ありません)|[、,]?(?:違|ちが)(?:います|う))"
    r"(?!か|でしょ|だろ|と思)"  # 「稲毛区じゃないかな」 is a guess, not a correction
)


# 「市原市寄り」「四街道市との境」「船橋の近く」: another municipality named as a landmark, not as the home.
_NEAR_AFTER = re.compile(
    r"(?:との|と|の)?(?:境|さかい)|寄り|よりの|の?(?:近く|ちかく|そば|隣|となり|手前|方面|側)|に近い|にちかい|から近い"
)


def _drop_negated(t: str, groups: list[list[_Mention]]) -> list[list[_Mention]]:
    """Addresses the resident took back right after writing them, when another one remains, and
    places outside the city named only as landmarks (市原市寄り): never the home."""
    kept = []
    for i, g in enumerate(groups):
        limit = groups[i + 1][0].start if i + 1 < len(groups) else len(t)
        if g[-1].kind in _OUTSIDE_KINDS and _NEAR_AFTER.match(t, g[-1].stop, limit):
            # 「緑区市原市寄り」: the home is what comes before the landmark
            home = [m for m in g if m.kind not in _OUTSIDE_KINDS]
            if home and home[-1].stop <= g[-1].start:
                kept.append(home)
            continue
        if len(groups) > 1 and _NEGATION_AFTER.match(t, g[-1].stop, limit):
            continue
        if len(groups) > 1 and _NEAR_AFTER.match(t, g[-1].stop, limit):
            continue  # 「千葉市の隣の四街道です」「小仲台の近くの轟町」: the landmark, not the home
        kept.append(g)
    if not kept and any(all(m.kind in _OUTSIDE_KINDS for m in g) for g in groups):
        return []  # only a landmark outside: nothing to route on
    return kept or groups


def _all_outside(
    results: Sequence[tuple[Sequence[_Mention], Resolution]],
) -> tuple[Sequence[_Mention], Resolution] | None:
    """Every part is outside the city (印西市中央南 千葉ニュータウン中央駅): outside, named when they agree."""
    if not all(r.kind == KIND_OUTSIDE for _, r in results):
        return None
    named = {r.municipality for _, r in results if r.municipality}
    if len(named) > 1:
        return results[0][0], replace(results[0][1], municipality=None, flags=("outside_city_unnamed",))
    return next(((g, r) for g, r in results if r.municipality), results[0])


def _with_span(text: str, t: str, group: Sequence[_Mention], resolution: Resolution) -> Resolution:
    """The resolution with the span of its address in `text` as the caller gave it (`t` normalised)."""
    if t == text:
        span: tuple[int, int] | None = (group[0].start, group[-1].stop)
    else:
        normalized = normalize_with_offsets(text, t)
        span = normalized.original_span(group[0].start, group[-1].stop) if normalized else None
    if resolution is UNKNOWN:
        return replace(resolution, span=span)
    # Built for this call and not yet seen by anyone: set in place (dataclasses.replace was a
    # third of the time of a whole resolution).
    object.__setattr__(resolution, "span", span)
    return resolution
