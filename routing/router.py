"""From whatever a resident types to the one responsible あんしんケアセンター.

The router may ask again but never guesses between centers: a `center` resolution is
returned only when the text leaves one center possible; otherwise it says what to ask.

All indexes are built once in `Router.__init__` (routing.index); one resolution is a single
regex scan over the normalised text (routing.scan), the parts grouped into addresses and the
person's chosen (routing.whose), then a few dictionary look-ups (routing.interpret).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from routing.geo import PointIndex
from routing.index import AddressIndex
from routing.interpret import Interpreter
from routing.names import WARD_READINGS, municipality_bare_readings
from routing.normalize import POSTAL_CODE, normalize_text, normalize_with_offsets, read_block_number
from routing.places import Place, read_municipality_readings, read_places
from routing.results import KIND_AMBIGUOUS, KIND_CENTER, KIND_OUTSIDE, KIND_UNKNOWN, UNKNOWN, Resolution
from routing.romaji import RomajiReader, has_romaji_words, looks_like_romaji
from routing.scan import OUTSIDE_KINDS, Mention, Scanner, name_goes_on, reading_ends_past_ward
from routing.seed import (
    DATA_DIR,
    AreaName,
    PostalRecord,
    TownRecord,
    read_area_names,
    read_centers,
    read_postal_codes,
    read_towns,
)
from routing.sounds import town_by_kana_slip, town_by_sound, towns_by_kanji_slip
from routing.whose import (
    PERSON,
    all_outside,
    choose_by_person,
    corroborated,
    drop_likened_places,
    drop_name_remarks,
    drop_negated,
    drop_station_of_named_municipality,
    drop_ward_taken_back,
    group_mentions,
    join_afterthought_municipality,
    most_precise,
    named_not_as_home,
    named_outside,
    person_score,
    without_the_bare_home_prefecture,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


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
        self._index = AddressIndex(
            towns,
            postal_codes,
            places if places is not None else read_places(),
            area_names if area_names is not None else read_area_names(),
            municipality_readings if municipality_readings is not None else read_municipality_readings(),
        )
        self._scanner = Scanner(self._index)
        self._interpreter = Interpreter(self._index, center_names or {})
        self._center_names = dict(center_names or {})
        located = [(r, (r.lat, r.lng)) for r in self._index.records if r.lat is not None and r.lng is not None]
        self._located = [r for r, _ in located]
        self._points = PointIndex([point for _, point in located])

    @functools.cached_property
    def _romaji(self) -> RomajiReader:
        """Built on the first answer in romaji (few answers are)."""
        return RomajiReader(self._known_readings())

    def _known_readings(self) -> list[str]:
        """The city's, its wards', its towns' and the prefecture's municipalities' readings."""
        municipalities = self._index.municipality_readings
        return [
            "ちば",
            *WARD_READINGS.values(),
            *self._index.towns.kana.values(),
            *municipality_bare_readings(municipalities),
            *municipalities.values(),
        ]

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

    # ------------------------------------------------------------------ public API

    def resolve(self, text: str) -> Resolution:
        """Resolve an answer to 「ご本人のお住まいの住所を教えてください」."""
        resolution = self._resolve_as_typed(text)
        if resolution.kind in (KIND_AMBIGUOUS, KIND_UNKNOWN) and _LINE_BREAK.search(text):
            return self._name_across_line_breaks(text) or resolution
        return resolution

    def _name_across_line_breaks(self, text: str) -> Resolution | None:
        """「中央区南生\n実町です」: a name broken across lines where a narrow screen wrapped it. A line break
        otherwise ends a sentence; read with the breaks taken out, the answer is taken only when it names one
        center and the address found runs across a break (a break between two whole names changes nothing)."""
        kept = [i for i, keep in enumerate(_outside_line_breaks(text)) if keep]
        joined = "".join(text[i] for i in kept)
        resolution = self._resolve_as_typed(joined)
        if resolution.kind != KIND_CENTER or resolution.span is None:
            return None
        start, stop = resolution.span
        if not any(kept[i] + 1 != kept[i + 1] for i in range(start, min(stop, len(kept)) - 1)):
            return None
        return replace(resolution, span=(kept[start], kept[stop - 1] + 1))

    def _resolve_as_typed(self, text: str) -> Resolution:
        if looks_like_romaji(text):
            # Mihama-ku Takasu 3-chome: read in kana; the whole answer is the address
            resolution = self._resolve(self._romaji.to_kana(text))
            return replace(resolution, span=(0, len(text)) if resolution.span else None)
        if has_romaji_words(text):
            return self._resolve_with_romaji_names(text)
        return self._resolve(text)

    def _resolve_with_romaji_names(self, text: str) -> Resolution:
        """「Soga-cho, Chuo-ku の祖母の家」「Sapporo, 中央区」: the address written in romaji inside Japanese,
        its names read in kana (other words left as typed). Read as written when reading them finds nothing."""
        as_typed = self._resolve(text)
        read = self._romaji.to_kana(text, names_only=True)
        if read == text or as_typed.kind == KIND_CENTER:
            return as_typed
        resolution = self._resolve(read)
        if resolution.kind == KIND_UNKNOWN or (as_typed.kind != KIND_UNKNOWN and resolution.kind == KIND_AMBIGUOUS):
            return as_typed
        return replace(resolution, span=(0, len(text)) if resolution.span else None)

    def _resolve(self, text: str, *, by_sound: bool = True) -> Resolution:
        t = normalize_text(text)
        mentions = self._scanner.scan_answer(t, _kana_word_breaks(text, t))
        if not mentions:
            return UNKNOWN
        resolution = self._resolve_mentions(text, t, mentions)
        if by_sound and resolution.kind in (KIND_AMBIGUOUS, KIND_UNKNOWN):
            heard = self._town_by_sound(text, t, mentions)
            if heard is not None:
                return heard
        return resolution

    def _town_by_sound(self, text: str, t: str, mentions: Sequence[Mention]) -> Resolution | None:
        """「花見川区 皆実花園 2丁目」(南花園), 「花見川区 五月が丘 1丁目」(さつきが丘): where the kanji after
        a ward matched no town, the town of that ward they sound like (voice input), when one does and
        the 丁目 is given or that town is one center's. Read with that town's name, to be confirmed.
        「みどりくときちょうの父」(土気町, とけちょう): the same for a town's reading in kana with one kana of
        the wrong vowel, when that can be only one town of the city (`town_by_kana_slip`); 「緑区大推町」: a town in
        kanji with one kanji slipped (`_town_by_kanji_slip`)."""
        wards = [m for m in mentions if m.kind == "ward"]
        if len(wards) != 1 or any(m.kind not in ("ward", "city") for m in mentions):
            return None
        ward = wards[0]
        if ward.entry.name is None or any(m.start > ward.start for m in mentions if m is not ward):
            return None
        start = ward.stop + (1 if t[ward.stop : ward.stop + 1] in ("の", "ノ") else 0)
        towns = self._index.towns
        ward_towns = towns.by_ward.get(ward.entry.name, [])
        flag = "town_by_sound"
        found = town_by_sound(t, ward.entry.name, start, ward_towns, towns.kana)
        if found is None:
            flag = "town_by_kana_slip"
            found = town_by_kana_slip(t, ward.entry.name, start, ward_towns, towns.kana, reading_ends_past_ward)
        if found is None:
            return self._town_by_kanji_slip(text, t, ward.entry.name, start)
        begin, stop, town = found
        number = read_block_number(t, stop)
        one_center = len(towns.centers.get((ward.entry.name, town), frozenset())) == 1
        # (a reading in kana ends where a particle follows it, as after the ward it always does)
        ends = _ENDS_ANSWER.match(t, stop) if flag == "town_by_sound" else reading_ends_past_ward(t, stop)
        if not (number.explicit_chome or (one_center and ends)):
            return None
        heard = self._resolve(t[:begin] + town + t[stop:], by_sound=False)
        if heard.kind != KIND_CENTER:
            return None
        return replace(heard, to_confirm=True, flags=(*heard.flags, flag), span=(0, len(text)) if heard.span else None)

    def _town_by_kanji_slip(self, text: str, t: str, ward: str, start: int) -> Resolution | None:
        """「緑区大推町」: the towns of the ward its name in kanji is one kanji off, asked between with those towns
        offered (大椎町, 大高町). The scanner already reads a slip that can be one town only (`_scan_misspelt_towns`);
        between several none is guessed, as which kanji looks like which is not known here."""
        towns = self._index.towns
        city_names = {town for keys in towns.by_ward.values() for _, town in keys}
        found = towns_by_kanji_slip(t, start, towns.by_ward.get(ward, []), city_names, reading_ends_past_ward)
        if not found:
            return None
        choices = tuple(c for _, town in found for c in self._index.town_choices[(ward, town)])
        return Resolution(
            KIND_AMBIGUOUS,
            method="address",
            ward=ward,
            ask="town",
            candidates=tuple(dict.fromkeys(c.center_id for c in choices)),
            choices=choices,
            flags=("town_by_kanji_slip",),
            to_confirm=True,
            span=(0, len(text)),
        )

    def _resolve_mentions(self, text: str, t: str, mentions: Sequence[Mention]) -> Resolution:
        groups = drop_ward_taken_back(t, join_afterthought_municipality(t, _groups(t, mentions)))
        groups = drop_station_of_named_municipality(t, groups)
        if not groups:
            # 「市原市寄り」 alone, or 「四街道市の生まれで、小仲台の娘の家によく来ます」: no home named, asked
            flag = "no_home_named" if named_not_as_home(t, mentions) else "near_a_place_outside"
            return Resolution(KIND_UNKNOWN, flags=(flag,))
        interpret = self._interpreting(t)
        if len(groups) > 1:
            chosen_one = _one_of_several_in_city(t, groups, interpret)
            if chosen_one is not None:
                return _with_span(text, t, *chosen_one)
            if not _whole_addresses_apart(groups, interpret):
                groups = _pieces_merged(t, groups)
        results: list[tuple[Sequence[Mention], Resolution]] = [
            (g, r) for g in groups if (r := interpret(g)) is not None
        ]
        results = without_the_bare_home_prefecture(results)
        if not results:
            return UNKNOWN
        if len(results) == 1:
            return _with_span(text, t, *results[0])
        chosen = named_outside(choose_by_person(t, results), results) or most_precise(results) or all_outside(results)
        if chosen is None:
            return Resolution(KIND_UNKNOWN, flags=("several_addresses",))
        return _with_span(text, t, *chosen)

    def _interpreting(self, t: str) -> Callable[[Sequence[Mention]], Resolution | None]:
        """The interpreter's reading of a group of mentions in `t`, worked out once per group however many
        steps of one resolution ask for it (the interpreter keeps no state: the same group reads the same)."""
        read: dict[int, tuple[Sequence[Mention], Resolution | None]] = {}

        def interpret(group: Sequence[Mention]) -> Resolution | None:
            kept = read.get(id(group))
            if kept is None or kept[0] is not group:
                kept = read[id(group)] = (group, self._interpreter.interpret(group, t))
            return kept[1]

        return interpret

    def find_in_text(self, text: str) -> Resolution | None:
        """The address of the person concerned inside a longer message, or None.

        Town names alone are ordinary words too (今井さん, 院内で転倒): they count only with a
        ward, 千葉市, a block number or 「に住む」-like words around them.
        """
        t = normalize_text(text)
        mentions = self._scanner.scan_free_text(t)
        if not mentions:
            return None
        groups = [g for g in _groups(t, mentions) if corroborated(t, g)]
        results: list[tuple[Sequence[Mention], Resolution]] = [
            (g, r) for g in groups if (r := self._interpreter.interpret(g, t)) is not None
        ]
        results = without_the_bare_home_prefecture(results)
        if not results:
            return None
        if len(results) == 1:
            group, resolution = results[0]
            if person_score(t, group, results) < 0 and PERSON.search(t):
                resolution = Resolution(KIND_UNKNOWN, flags=("address_of_writer",), matched=resolution.matched)
            return _with_span(text, t, group, resolution)
        chosen = named_outside(choose_by_person(t, results), results) or most_precise(results)
        if chosen is None:
            return Resolution(KIND_UNKNOWN, flags=("several_addresses",))
        return _with_span(text, t, *chosen)

    def resolve_postal_code(self, code: str) -> Resolution:
        """Resolve a postal code given on its own (〒263-0043, ２６３００４３)."""
        m = POSTAL_CODE.search(normalize_text(code))
        if m is None:
            return UNKNOWN
        resolution = self._interpreter.resolve_postal(m.group(1) + m.group(2), m.group())
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
        if nearest.runner_up_index is not None and nearest.runner_up_km is not None:
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

    @property
    def towns(self) -> list[TownRecord]:
        return list(self._index.records)


# What may follow a town named alone at the end of an answer (です, punctuation, nothing).
_ENDS_ANSWER = re.compile(r"(?:です|でございます|に住んでいます|に住んでます)?[。.!?…]*$")


_LINE_BREAK = re.compile(r"[ \t\u3000]*[\r\n]+[ \t\u3000]*")


def _outside_line_breaks(text: str) -> list[bool]:
    """For each character of `text`, whether it is kept when line breaks (and spaces around them) are taken out."""
    keep = [True] * len(text)
    for m in _LINE_BREAK.finditer(text):
        keep[m.start() : m.end()] = [False] * (m.end() - m.start())
    return keep


def _groups(t: str, mentions: Sequence[Mention]) -> list[list[Mention]]:
    """The mentions grouped into addresses, without the ones taken back, named as landmarks or former
    homes (drop_negated), the names repeated only in a remark about them (drop_name_remarks) and the places
    a name is likened to (drop_likened_places)."""
    return drop_name_remarks(t, drop_negated(t, group_mentions(t, drop_likened_places(t, mentions))))


def _one_of_several_in_city(
    t: str, groups: Sequence[Sequence[Mention]], interpret: Callable[[Sequence[Mention]], Resolution | None]
) -> tuple[Sequence[Mention], Resolution] | None:
    """「私は高洲1丁目、母は真砂2丁目」「私は千葉市中央区、…父はおゆみ野3丁目」: the writer's address
    and the person's, not one address in pieces. The person's (a part with its town), when the
    words around the parts tell them apart (one the writer's or their child's, one the
    person's); otherwise None and the parts are read as pieces of one address."""
    if any(m.kind in OUTSIDE_KINDS for g in groups for m in g):
        return None
    results = [(g, r) for g in groups if (r := interpret(g)) is not None]
    if len(results) < 2:
        return None
    scores = [person_score(t, g, results) for g, _ in results]
    if min(scores) >= 0 or max(scores) <= 0:
        return None
    best = [(g, r) for (g, r), s in zip(results, scores) if s == max(scores)]
    if len(best) != 1 or not any(m.kind == "town" for m in best[0][0]):
        return None
    return best[0]


def _whole_addresses_apart(
    groups: Sequence[Sequence[Mention]], interpret: Callable[[Sequence[Mention]], Resolution | None]
) -> bool:
    """「高洲1丁目です。真砂2丁目です」: towns in the city each with its 丁目 that lead to different centers
    are whole addresses, not one in pieces with a building's name after it; none is dropped (the
    person's is chosen, or asked). 「花園町2丁目です。あ、花園の2丁目かも」 leads to one center."""
    found = {
        (r.kind, r.center_id)
        for g in groups
        if _town_with_number(g) and not any(m.kind in OUTSIDE_KINDS for m in g)
        if (r := interpret(g)) is not None
    }
    return len(found) > 1


def _pieces_merged(t: str, groups: list[list[Mention]]) -> list[list[Mention]]:
    """One address written in pieces (「稲毛区です。小仲台2丁目」「俺は三角町だ。花見川区の。」): the
    parts in the city read as one (beside a place outside, only when one of them names a town), the
    places outside kept apart; names after a full address with block numbers belong to a building
    (サンハイツ稲毛201号室)."""
    inside = [g for g in groups if not any(m.kind in OUTSIDE_KINDS for m in g)]
    if len(inside) < 2:
        return groups
    # 「千葉寺町から通ってくる…。道場以外で」: a loose name running on into a longer word names no town, and is
    # no piece of the address beside a town written whole
    whole = [g for g in inside if not _loose_name_running_on(t, g)]
    if len(whole) < len(inside) and any(m.kind == "town" and m.entry.exact for g in whole for m in g):
        groups = [g for g in groups if not _loose_name_running_on(t, g)]
        inside = whole
        if len(inside) < 2:
            return groups
    if len(inside) < len(groups) and sum(any(m.kind == "town" for m in g) for g in inside) > 1:
        return groups  # beside a place outside, two towns are two places, for the person's to be chosen
    merged: list[Mention] = []
    for g in inside:
        merged.extend(g)
        if _town_with_number(g):
            break
    outside = [g for g in groups if any(m.kind in OUTSIDE_KINDS for m in g)]
    return sorted([merged, *outside], key=lambda g: g[0].start)


def _loose_name_running_on(t: str, group: Sequence[Mention]) -> bool:
    return len(group) == 1 and group[0].kind == "town" and not group[0].entry.exact and name_goes_on(t, group[0])


def _town_with_number(group: Sequence[Mention]) -> bool:
    return any(m.kind == "town" and m.number.value is not None for m in group)


def _kana_word_breaks(text: str, t: str) -> frozenset[int]:
    """Where in `t` a space typed between two hiragana was taken out (「はは たかだちょう」): in kana
    the only mark of where a word ends."""
    if not _SPACE_BETWEEN_HIRAGANA.search(text):
        return frozenset()
    normalized = normalize_with_offsets(text, t)
    if normalized is None:
        return frozenset()
    starts, ends = normalized.starts, normalized.ends
    return frozenset(
        i
        for i in range(1, len(t))
        if starts[i] > ends[i - 1] and text[ends[i - 1] : starts[i]].isspace() and _HIRAGANA.match(t[i])
    )


# (or katakana: 「ウナヤチョウ　ハナミガワク」, a reading as heard on the phone)
_SPACE_BETWEEN_HIRAGANA = re.compile(r"[ぁ-ゖァ-ヺー][^\S\n]+[ぁ-ゖァ-ヺ]")
_HIRAGANA = re.compile(r"[ぁ-ゖァ-ヺ]")


def _with_span(text: str, t: str, group: Sequence[Mention], resolution: Resolution) -> Resolution:
    """The resolution with the span of its address in `text` as the caller gave it (`t` normalised)."""
    if t == text:
        span: tuple[int, int] | None = (group[0].start, group[-1].stop)
    else:
        normalized = normalize_with_offsets(text, t)
        span = normalized.original_span(group[0].start, group[-1].stop) if normalized else None
    if resolution is UNKNOWN:
        return replace(resolution, span=span)
    if resolution.kind == KIND_OUTSIDE and resolution.municipality and t != text:
        resolution = _named_as_written(text, t, group, resolution)
    # Built for this call and not yet seen by anyone: set in place (dataclasses.replace was a
    # third of the time of a whole resolution).
    object.__setattr__(resolution, "span", span)
    return resolution


def _named_as_written(text: str, t: str, group: Sequence[Mention], resolution: Resolution) -> Resolution:
    """A municipality not in the lists, read by the general pattern from the folded text, named as the
    resident wrote it: 「鹿嶋市」 (茨城県) is not 鹿島市 (佐賀県), though 嶋 folds to 島 for the city's names."""
    for m in group:
        name = m.entry.name
        if not (m.entry.generic and m.kind == "muni" and name and name == resolution.municipality):
            continue
        normalized = normalize_with_offsets(text, t)
        where = normalized.original_span(m.end - len(name), m.end) if normalized else None
        if where is None:
            return resolution
        a, b = where
        written = unicodedata.normalize("NFKC", text[a:b])
        if written != name and len(written) == len(name) and not re.search(r"\s", written):
            return replace(resolution, municipality=written)
        return resolution
    return resolution
