"""The lookup tables of the router, built once from the town table and the lists of places.

`AddressIndex` holds the towns by (ward, town), postal codes, the choices to offer per town and
per ward, and every spelling the scanner looks for (`entries`), matched by one regex factored as
a trie (`scanner`).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from routing.names import (
    WARD_READINGS,
    city_spellings,
    kana_led_spellings,
    katakana,
    municipality_bare_readings,
    municipality_kana_spellings,
    prefecture_spellings,
    ward_bare_readings,
    ward_spellings,
)
from routing.normalize import fold_kana_slips, large_kana, normalize_text, spelling_variants, to_hiragana
from routing.places import HOME_PREFECTURE, OUTSIDE_WORDS, Place
from routing.results import Choice
from routing.seed import CITY, WARDS, AreaName, PostalRecord, TownRecord

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
_DIRECTION_READINGS = {"北": "キタ", "南": "ミナミ", "東": "ヒガシ", "西": "ニシ"}


@dataclass(frozen=True, slots=True)
class Entry:
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
    folded: bool = False  # found only with its kana slips folded (こてはしたい for こてはしだい)
    homophone: bool = False  # corrected by a kanji of the same reading (亀丘町 → 亀岡町, 寒河町 → 寒川町)
    line: bool = False  # a railway line through the city and beyond (京成線): a place outside named with it wins

    @property
    def required_name(self) -> str:
        """The name of a key that always has one (a ward, a postal code)."""
        if self.name is None:
            raise ValueError(f"a {self.kind} key without a name")
        return self.name


@dataclass
class TownIndex:
    chome_center: dict[tuple[str, str], dict[int | None, str]] = field(default_factory=dict)
    centers: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    kana: dict[tuple[str, str], str] = field(default_factory=dict)
    by_ward: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


class AddressIndex:
    """Everything a resolution looks up, built once."""

    def __init__(
        self,
        towns: Iterable[TownRecord],
        postal_codes: Iterable[PostalRecord],
        places: Iterable[Place],
        area_names: Iterable[AreaName],
        municipality_readings: Mapping[str, str],
    ):
        self.records = list(towns)
        self.area_names = list(area_names)
        self.towns = self._index_towns(self.records)
        self._precompute_choices()
        self.towns_with_chome = frozenset(
            key for key, by_chome in self.towns.chome_center.items() if any(k is not None for k in by_chome)
        )
        self.zip_towns, self.zip_ward = self._index_postal_codes(self.records, postal_codes)
        self.city_zip_prefixes = frozenset(r.zip[:3] for r in self.records if r.zip)
        self.municipality_readings = dict(municipality_readings)
        place_list = list(places)
        # 中央区 is also Tokyo's: a slip in its town could be a Tokyo address (中央区日本橋)
        self.wards_also_elsewhere = frozenset(p.name for p in place_list if p.name in WARDS)
        self.entries = self._build_entries(place_list)
        _add_large_kana_spellings(self.entries)
        self.scanner = _trie_regex(self.entries)
        self.one_off = self._index_one_off(self.towns.centers)
        self.place_suffix_counts = {k: n for k in self.entries if (n := sum(k.count(ch) for ch in "市区県郡"))}

    @functools.cached_property
    def folded(self) -> tuple[dict[str, Entry], re.Pattern[str]]:
        """Every key with its kana slips folded (`fold_kana_slips`), and its scanning regex; built on
        the first answer that needs it. Keys that fold alike are one key: towns merge (and then ask
        between them); a town and another kind of place cannot be told apart, and are left out."""
        folded: dict[str, Entry] = {}
        clashes: set[str] = set()
        for key, entry in self.entries.items():
            fk = fold_kana_slips(key)
            if entry.kind == "town":
                entry = replace(entry, folded=True)
            old = folded.get(fk)
            if old is None or old == entry:
                folded[fk] = entry
            elif old.kind == entry.kind == "town":
                towns = tuple(dict.fromkeys(old.towns + entry.towns))
                exact = old.exact and entry.exact and len(towns) == 1
                folded[fk] = replace(old, towns=towns, exact=exact, reading=old.reading or entry.reading)
            elif old.kind == entry.kind and old.name == entry.name:
                folded[fk] = old if not old.weak else entry
            else:
                clashes.add(fk)
        for fk in clashes:
            folded.pop(fk, None)
        _add_dropped_long_o(folded)
        return folded, _trie_regex(folded)

    @staticmethod
    def _index_towns(records: Sequence[TownRecord]) -> TownIndex:
        """Towns by (ward, town); kana without Japan Post's notes (ナカセ(ツギノビルヲノゾク) → ナカセ)."""
        index = TownIndex()
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
        for keys in index.by_ward.values():
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
        known = {normalize_text(t): (w, t) for (w, t) in self.towns.centers}
        for p in postal_codes:
            if p.town is None:
                ward_only[p.zip] = p.ward
                continue
            key = known.get(normalize_text(p.town))
            if key is not None:
                by_zip[p.zip].add(key)
        return {z: frozenset(v) for z, v in by_zip.items()}, ward_only

    def _build_entries(self, places: Sequence[Place]) -> dict[str, Entry]:
        entries: dict[str, Entry] = {}
        town_keys = list(self.towns.centers)
        town_names = {t for (_, t) in town_keys}

        def add_town_key(key: str, entry: Entry) -> None:
            old = entries.get(key)
            if old is None:
                entries[key] = entry
            elif old.kind == "town" and not old.exact and not entry.exact:
                merged = tuple(dict.fromkeys(old.towns + entry.towns))
                entries[key] = replace(old, towns=merged)

        for key in town_keys:
            for variant in spelling_variants(key[1]):
                entries[variant] = Entry("town", towns=(key,), exact=True, weak=True)
        for spelling, key in self._direction_kana_spellings(town_keys).items():
            entries.setdefault(spelling, Entry("town", towns=(key,), exact=True, weak=True))
        for key in town_keys:
            for variant, towns in self._loose_names(key, town_keys, town_names).items():
                add_town_key(variant, Entry("town", towns=towns, weak=True))
        self._add_ward_split_readings(entries)
        for area in self.area_names:
            if area.outside:
                # 千葉ニュータウン: in 印西市, 白井市 and 船橋市, none of it in the city
                name = area.outside[0] if len(area.outside) == 1 else None
                # 日本橋: in 東京都中央区, a place the lists name with its prefecture
                prefecture: str | None = next(
                    (p.prefecture for p in places if name and p.display_name == name), HOME_PREFECTURE
                )
                entries[normalize_text(area.name)] = Entry("muni", name=name, prefecture=prefecture, weak=True)
                continue
            if not area.towns:
                # 西千葉 lies in two wards, 千葉駅 is a station: in the city, the ward to be asked
                kind, name = ("city", CITY) if area.ward == CITY else ("ward", area.ward)
                entries[normalize_text(area.name)] = Entry(kind, name=name, weak=True, line=_is_a_line(area.name))
                continue
            towns = tuple(key for key in ((area.ward, t) for t in area.towns) if key in self.towns.centers)
            if towns:
                entries[normalize_text(area.name)] = Entry("town", towns=towns, weak=True)
        for reading, keys in self._town_readings(town_keys).items():
            # two towns read alike (小仲台, 小中台 as コナカダイ) make a loose reading that asks
            entry = Entry("town", towns=tuple(keys), exact=len(keys) == 1, reading=True, weak=True)
            add_town_key(reading, entry)
        for reading, keys in self._town_stem_readings(town_keys).items():
            # ちばでら, ほんだ: a 町 without its 町, like 検見川 for 検見川町 (loose, to confirm)
            add_town_key(reading, Entry("town", towns=tuple(keys), reading=True, weak=True))
        for spelling, keys in self._kana_led_spellings(town_keys).items():
            # さくら木, こなか台: the first kanji in kana, where no other name is spelt so
            if spelling not in entries:
                entries[spelling] = Entry("town", towns=tuple(keys), exact=len(keys) == 1, weak=True)

        for ward in WARDS:
            entries[ward] = Entry("ward", name=ward)
        for spelling, ward in ward_spellings().items():
            # いなげく, ミハマ区: in free text only next to another part of the address
            entries[spelling] = Entry("ward", name=ward, weak=not spelling.endswith("区"), kana_edges=True)
        for reading, ward in ward_bare_readings().items():
            entries.setdefault(reading, Entry("ward", name=ward, reading=True, weak=True))
        entries[CITY] = Entry("city", name=CITY)
        for spelling in city_spellings():
            entries[spelling] = Entry("city", name=CITY, weak=not spelling.endswith("市"), kana_edges=True)
        entries[HOME_PREFECTURE] = Entry("chiba", name=HOME_PREFECTURE)
        for spelling in prefecture_spellings():
            entries[spelling] = Entry("chiba", name=HOME_PREFECTURE, kana_edges=True)
        entries["千葉"] = Entry("chiba", name=HOME_PREFECTURE, weak=True)

        home_keys = set(entries)
        for place in places:
            self._add_place(entries, home_keys, place)
        for word, prefecture in OUTSIDE_WORDS.items():
            entries.setdefault(word, Entry("outside", prefecture=prefecture, weak=True))
        prefectures = {p.name for p in places if p.kind == "prefecture"}
        # せたがやく: Tokyo's special wards in kana are told as 東京都世田谷区
        special_wards = {p.name: p for p in places if p.kind == "special_ward"}
        # よこはまし is 神奈川県's; a name the home prefecture has too is the home prefecture's
        prefecture_of: dict[str, str] = {}
        for p in places:
            if p.kind != "prefecture" and (p.prefecture == HOME_PREFECTURE or p.name not in prefecture_of):
                prefecture_of[p.name] = p.prefecture

        def outside_entry(name: str | None) -> tuple[str, str | None, str | None]:
            if name in prefectures:
                return "pref", name, name
            if name in special_wards:
                return "muni", special_wards[name].display_name, special_wards[name].prefecture
            return "muni", name, prefecture_of.get(name, HOME_PREFECTURE) if name else None

        for spelling, name in municipality_kana_spellings(self.municipality_readings).items():
            # ふなばし市, いちかわし: in free text only with 「に住む」 or the like
            if spelling in home_keys:
                # さかえまち: the city's 栄町 and 印旛郡栄町 alike; alone it asks
                if name and entries[spelling].kind == "town" and entries[spelling].outside_homonym is None:
                    _, told, prefecture = outside_entry(name)
                    told = (prefecture or "") + told if told == name else told
                    entries[spelling] = replace(entries[spelling], outside_homonym=told)
                continue
            kind, told, prefecture = outside_entry(name)
            entries.setdefault(spelling, Entry(kind, name=told, prefecture=prefecture, weak=True, kana_edges=True))
        for reading, name in municipality_bare_readings(self.municipality_readings).items():
            kind, told, prefecture = outside_entry(name)
            if reading in home_keys:
                # みやざき: the city's 宮崎 and 宮崎県 alike; alone it asks
                if entries[reading].kind == "town" and entries[reading].outside_homonym is None:
                    entries[reading] = replace(entries[reading], outside_homonym=told)
                continue
            # ふなばし, よつかいどう, とうきょう: alone in kana, in an answer only
            entries.setdefault(reading, Entry(kind, name=told, prefecture=prefecture, reading=True, weak=True))
        return entries

    def _town_readings(self, town_keys: Sequence[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
        """Kana forms of each town from its reading (Japan Post's kana): こなかだい, ソンノウチョウ,
        町 read まち (そがまち), and the reading of the name before a written suffix (こなか台,
        まくはり本郷, ソンノウ町)."""
        readings: dict[str, list[tuple[str, str]]] = {}
        for key in town_keys:
            kana = self.towns.kana.get(key)
            if not kana:
                continue
            town = key[1]
            forms = {kana}
            if town.endswith("町") and kana.endswith("チョウ"):
                forms.add(kana[: -len("チョウ")] + "マチ")
            if town.endswith("町") and kana.endswith("マチ"):
                forms.add(kana[: -len("マチ")] + "チョウ")  # 畑町 (ハタマチ) read はたちょう
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

    def _kana_led_spellings(self, town_keys: Sequence[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
        """Each town with its first kanji written in hiragana from its reading (さくら木 for 桜木)."""
        spellings: dict[str, list[tuple[str, str]]] = {}
        for key in town_keys:
            reading = to_hiragana(self.towns.kana.get(key, ""))
            for spelling in kana_led_spellings(key[1], reading):
                keys = spellings.setdefault(spelling, [])
                if key not in keys:
                    keys.append(key)
        return spellings

    def _direction_kana_spellings(self, town_keys: Sequence[tuple[str, str]]) -> dict[str, tuple[str, str]]:
        """千城台きた, 千城台キタ: a kanji name whose 北/南/東/西 is written in kana, when the
        town's reading (Japan Post's kana) reads that suffix so."""
        spellings: dict[str, tuple[str, str]] = {}
        for key in town_keys:
            town, kana = key[1], self.towns.kana.get(key, "")
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
            kana = self.towns.kana.get(key, "")
            stem = kana.removesuffix("チョウ")
            # みどり is the ward 緑区 before it is 緑町 without 町
            if key[1].endswith("町") and kana.endswith("チョウ") and len(stem) >= 3 and stem not in _WARD_KATAKANA:
                # まくはり, like 幕張: every town of that stem and reading (幕張町, 幕張本郷, 幕張西)
                same = [
                    k for k in town_keys if k[1].startswith(key[1][:-1]) and self.towns.kana.get(k, "").startswith(stem)
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
                    towns += self._same_reading(self.towns.kana.get(key, "").removesuffix("チョウ"))
                for variant in spelling_variants(stem):
                    names[variant] = tuple(dict.fromkeys(towns))
        if not town.endswith("町") and town not in WARD_BASES and town + "町" not in town_names:
            towns = [key] + self._same_reading((self.towns.kana.get(key) or "") + "チョウ")
            for variant in spelling_variants(town + "町"):
                names[variant] = tuple(dict.fromkeys(towns))
        return names

    @staticmethod
    def _add_ward_split_readings(entries: dict[str, Entry]) -> None:
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
        return [k for k, v in self.towns.kana.items() if v == kana]

    @staticmethod
    def _add_place(entries: dict[str, Entry], home_keys: set[str], place: Place) -> None:
        is_pref = place.kind == "prefecture"
        kind = "pref" if is_pref else "muni"
        full = Entry(kind, name=place.display_name, prefecture=place.prefecture)
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

    def _precompute_choices(self) -> None:
        self.town_choices: dict[tuple[str, str], tuple[Choice, ...]] = {}
        for (ward, town), by_chome in self.towns.chome_center.items():
            by_center: dict[str, list[int]] = {}
            for chome, center in by_chome.items():
                chomes = by_center.setdefault(center, [])
                if chome is not None:
                    chomes.append(chome)
            choices: tuple[Choice, ...]
            if len(by_center) == 1:
                choices = (Choice(next(iter(by_center)), ward, town, ()),)
            else:
                choices = tuple(Choice(center, ward, town, tuple(sorted(ch))) for center, ch in by_center.items())
            self.town_choices[(ward, town)] = choices
        self.ward_choices = {
            ward: tuple(c for key in keys for c in self.town_choices[key]) for ward, keys in self.towns.by_ward.items()
        }
        self.ward_candidates = {
            ward: tuple(dict.fromkeys(c.center_id for c in choices)) for ward, choices in self.ward_choices.items()
        }


@dataclass
class _TrieNode:
    children: dict[str, _TrieNode] = field(default_factory=dict)
    ends_here: bool = False  # a key ends at this node


def _trie_regex(keys: Iterable[str]) -> re.Pattern[str]:
    """One regex for all keys, factored as a trie: leftmost, then longest match.

    `re` tries the alternatives of a group one after the other, so a node with many
    children is split into chunks, each guarded by a character-class lookahead.
    """
    trie = _TrieNode()
    for key in keys:
        node = trie
        for ch in key:
            node = node.children.setdefault(ch, _TrieNode())
        node.ends_here = True

    def emit(node: _TrieNode) -> str:
        children = sorted(node.children.items(), key=lambda item: item[0])
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
        if node.ends_here:
            return "(?:" + body + ")?"
        return body

    return re.compile(emit(trie))


_TRIE_CHUNK = 64


def _guarded(chunk: list[tuple[str, str]]) -> str:
    chars = "".join(re.escape(ch) for ch, _ in chunk)
    return f"(?=[{chars}])(?:" + "|".join(b for _, b in chunk) + ")"


# 京成線, 京成千葉線, 千葉都市モノレール: the names of railway lines among the area names.
_LINE_NAME = re.compile(r"(?:線|モノレール)$")


def _is_a_line(name: str) -> bool:
    """A railway line's name: where someone lives along it, not a place of the city alone."""
    return _LINE_NAME.search(name) is not None


def _add_large_kana_spellings(entries: dict[str, Entry]) -> None:
    """しいなざきちよう, ちゆうおうく: each kana spelling with its small kana written large, where
    that spelling is not a key already (one character for one: the small form is only missed)."""
    for key, entry in list(entries.items()):
        large = large_kana(key)
        if large != key:
            entries.setdefault(large, entry)


def _mark_homonym(entries: dict[str, Entry], key: str, place: Place) -> None:
    entry = entries[key]
    if entry.kind == "town" and entry.outside_homonym is None:
        entries[key] = replace(
            entry, outside_homonym=place.prefecture + place.name if place.kind != "prefecture" else place.name
        )


def _is_hiragana(text: str) -> bool:
    return all("ぁ" <= ch <= "ん" for ch in text)


# A town's reading ending in a long o (ちゅうおう, folded ちゆうおう), its last う dropped as voice input
# and quick typing drop it (ちゅうお): read as that town too, with the other kana slips (to be confirmed).
_ENDS_IN_LONG_O = re.compile(r"[おこそとのほもよろ]う$")


def _add_dropped_long_o(folded: dict[str, Entry]) -> None:
    """ちゆうお for ちゆうおう: a town's reading (four kana or more once shortened) without its final う,
    unless that is a key already (a name of its own) or two towns' readings shorten alike."""
    shortened: dict[str, Entry | None] = {}
    for key, entry in folded.items():
        if entry.kind != "town" or not entry.reading or not _ENDS_IN_LONG_O.search(key) or len(key) < 5:
            continue
        short = key[:-1]
        shortened[short] = None if short in shortened else entry
    for short, only in shortened.items():
        if only is not None and short not in folded:
            folded[short] = only
