"""Interpretation: from the mentions of one address to a resolution.

A `center` is returned only when the address leaves one center possible; otherwise the
resolution says what to ask (the 丁目, the town, the ward) and offers the choices.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from routing.index import WARD_BASES, AddressIndex
from routing.normalize import NO_NUMBER, BlockNumber
from routing.places import HOME_PREFECTURE
from routing.results import KIND_AMBIGUOUS, KIND_CENTER, KIND_OUTSIDE, KIND_UNKNOWN, Choice, Resolution
from routing.scan import NAME_CHAR, OUTSIDE_KINDS, Mention, name_goes_on
from routing.seed import WARDS
from routing.whose import NEAR_AFTER, WARD_NAMES_ELSEWHERE, named_as_the_writers_round


@dataclass(slots=True)
class _Candidate:
    ward: str
    town: str
    number: BlockNumber
    loose: bool


class Interpreter:
    """Reads the mentions of one address against the index."""

    def __init__(self, index: AddressIndex, center_names: Mapping[str, str]):
        self.index = index
        self._center_names = dict(center_names)

    def interpret(self, group: Sequence[Mention], t: str) -> Resolution | None:
        notes: list[str] = []
        resolution = self._interpret_parts(group, t, notes)
        if notes and resolution is not None and resolution.kind in (KIND_CENTER, KIND_AMBIGUOUS):
            flags = tuple(dict.fromkeys(resolution.flags + ("spelling_corrected",)))
            resolution = replace(resolution, flags=flags, to_confirm=True)
        return resolution

    def _interpret_parts(self, group: Sequence[Mention], t: str, notes: list[str]) -> Resolution | None:
        matched = t[group[0].start : group[-1].stop]
        outside: list[Mention] = []
        wards: list[Mention] = []
        towns: list[Mention] = []
        postal: list[Mention] = []
        has_city = has_line = has_chiba = has_chiba_prefecture = False
        if any(m.entry.corrected or m.entry.folded for m in group):
            notes.append("spelling_corrected")
        for m in group:
            kind = m.kind
            if kind == "town":
                towns.append(m)
            elif kind == "ward":
                wards.append(m)
            elif kind in OUTSIDE_KINDS:
                outside.append(m)
            elif kind == "postal":
                postal.append(m)
            elif kind == "city" and m.entry.line:
                has_line = True
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
                m for m in towns if m.entry.exact or not name_goes_on(t, m) or not whole.intersection(m.entry.towns)
            ] or towns
            # a town right before 「の近く」「寄り」 after the home's town is the landmark (…貝塚の近く)
            towns = [m for i, m in enumerate(towns) if i == 0 or not NEAR_AFTER.match(t, m.stop)]
        if len(towns) > 1 and any(m.entry.exact and m.number.value is not None for m in towns):
            # 「幕張ベイパークのマンション(美浜区若葉3丁目)」「幕張メッセの向かい、中瀬2丁目」: beside a town
            # written with its number, a loose name inside a longer one (幕張|ベイパーク) or an area or
            # landmark that takes in that same town adds nothing
            numbered = {key for m in towns if m.entry.exact and m.number.value is not None for key in m.entry.towns}
            towns = [
                m
                for m in towns
                if m.entry.exact
                or m.number.value is not None
                or not (name_goes_on(t, m) or numbered.intersection(m.entry.towns))
            ]
        if len(towns) > 1:
            # 「小仲台2丁目、稲毛駅の近く」「園生町、穴川インターの近く」: a station, an interchange or a
            # bus stop named after a town is a landmark, not a second town
            not_stations = [m for m in towns if not _STOP_AFTER_NAME.match(t, m.end)]
            if not_stations:
                towns = not_stations
        # 「船橋の京成線沿い」「多摩モノレールの駅」: a line runs beyond the city; a place outside named with it
        # is where the person lives. Without one, the line puts the home in the city (the ward is asked).
        has_city = has_city or (has_line and not outside)
        if outside and wards and all(m.entry.generic for m in outside):
            # 「千場市稲毛区」: only 千葉市 has a 稲毛区; an unlisted 〇〇市 before it is a slip
            outside = []
            has_city = True
            notes.append("spelling_corrected")
        if outside and has_city and (wards or towns) and all(m.kind == "pref" for m in outside):
            # 「茨城県千葉市中央区村田町」: 千葉市 and a ward or town of it written after another
            # prefecture; only 千葉県 has a 千葉市, so the prefecture is the slip (confirmed)
            outside = []
            notes.append("spelling_corrected")
        if outside:
            if has_city or _ward_of_the_city_alone_first(wards, outside):
                # 「稲毛区小仲台、船橋」「美浜区、高洲、東京勤務」: a ward no other city has, then another
                # municipality: not that municipality's ward; ask again rather than send outside
                return Resolution(KIND_UNKNOWN, flags=("contradictory_places",), matched=matched)
            return self._outside(outside, wards, matched)
        districts = [m for m in towns if m.number.value is None and _SCHOOL_DISTRICT_AFTER.match(t, m.end)]
        if districts and len(districts) == len(towns):
            # 「末広中学校の学区です」: a school's district is not the town the school is named after;
            # districts cross towns and centers (末広中 takes in 川崎町 too): ask the town
            ward = (wards[0].entry.required_name if wards else None) or districts[0].entry.towns[0][0]
            return self._ask_town_in_ward(ward, (), ("school_district",), matched)
        # 「千葉県の栄町」: the prefecture says nothing of a town that shares its name with one of the
        # prefecture's own (印旛郡栄町); only the city, a ward or a postal code does
        homonym_in_prefecture = any((m.entry.outside_homonym or "").startswith(HOME_PREFECTURE) for m in towns)
        corroborated = has_city or bool(wards) or bool(postal) or (has_chiba_prefecture and not homonym_in_prefecture)
        # (a kanji put for one of the same reading, 亀丘町 for 亀岡町, is the city's town all the same)
        if towns and all(m.entry.corrected and not m.entry.homophone for m in towns) and not (has_city or has_chiba):
            shared = [m.entry.required_name for m in wards if m.entry.required_name in self.index.wards_also_elsewhere]
            if shared:
                # the rest names no town of the city's 中央区: never a center, ask within the ward
                return self._ask_town_in_ward(shared[0], (), ("ward_also_elsewhere",), matched)
        if towns and wards and self._only_inside_another_word(t, group, towns, wards):
            # 「緑区お丙み野中央3丁目」: 中央 cut out of a word, in another ward than the one written
            return self._ask_town_in_ward(wards[0].entry.required_name, (), ("town_not_in_ward",), matched)
        if towns and not postal and all(not m.entry.exact for m in towns) and any(name_goes_on(t, m) for m in towns):
            # 検見川浜, 新検見川: a longer name that only begins or ends like a town (検見川町); ask
            flags = ("unknown_place_name",)
            if wards:
                return self._ask_town_in_ward(wards[0].entry.required_name, (), flags, matched)
            return replace(self._ask_ward(list(WARDS), matched), flags=flags)
        if towns:
            local = not corroborated and named_as_the_writers_round(t, towns)
            resolution = self._resolve_towns(towns, wards, postal, corroborated or local, matched)
            if local and resolution.kind == KIND_CENTER:
                # 「栄町の店」: the city's town, still to be confirmed (印旛郡栄町 bears the name too)
                same_name = (*resolution.flags, "same_name_outside_city")
                resolution = replace(resolution, flags=same_name, to_confirm=True)
            return resolution
        if wards:
            names = list(dict.fromkeys(m.entry.required_name for m in wards))
            if postal:
                # 「263-0043 稲毛区」: the code gives the town, the ward agrees with it
                by_code = self.resolve_postal(postal[0].entry.required_name, matched)
                if by_code.kind != KIND_UNKNOWN and by_code.ward in names:
                    return by_code
                if len(names) == 1:
                    return self._ask_town_in_ward(names[0], (), ("postal_code_contradicts_ward",), matched)
            if len(names) == 1:
                return self._ask_town_in_ward(names[0], (), matched=matched)
            return self._ask_ward(names, matched)
        if postal:
            return self.resolve_postal(postal[0].entry.required_name, matched)
        if has_city:
            return self._ask_ward(list(WARDS), matched)
        if has_chiba:
            return Resolution(KIND_UNKNOWN, flags=("prefecture_only",), matched=matched)
        return None

    @staticmethod
    def _only_inside_another_word(
        t: str, group: Sequence[Mention], towns: Sequence[Mention], wards: Sequence[Mention]
    ) -> bool:
        """No town is in the ward written, and each begins in the middle of a word."""
        ward_names = {m.entry.name for m in wards}
        for m in towns:
            if any(w in ward_names for w, _ in m.entry.towns):
                return False
            if m.start == 0 or not NAME_CHAR.match(t[m.start - 1]) or any(o.end == m.start for o in group):
                return False
        return True

    @staticmethod
    def _outside(outside: Sequence[Mention], wards: Sequence[Mention], matched: str) -> Resolution:
        municipality = next((m.entry.name for m in outside if m.kind == "muni" and m.entry.name), None)
        prefecture = next((m.entry.prefecture for m in outside if m.entry.prefecture), None)
        if municipality is None and wards and any(m.kind == "pref" for m in outside):
            municipality = wards[0].entry.required_name  # 東京都中央区: Tokyo's ward of that name
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
        towns: Sequence[Mention],
        wards: Sequence[Mention],
        postal: Sequence[Mention],
        corroborated: bool,
        matched: str,
    ) -> Resolution:
        ward_hints = {m.entry.required_name for m in wards}
        towns = _one_town_named_again(_one_town_with_its_reading(towns))
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
        candidates = [_Candidate(w, tn, m.number, loose=not m.entry.exact) for m in towns for (w, tn) in m.entry.towns]
        corroborated = corroborated or bool(ward_hints)
        if ward_hints:
            in_ward = [c for c in candidates if c.ward in ward_hints]
            if in_ward:
                candidates = in_ward
            else:
                flags.append("ward_contradicts_town")
        if postal:
            zip_towns = self.index.zip_towns.get(postal[0].entry.required_name, frozenset())
            agreeing = [c for c in candidates if (c.ward, c.town) in zip_towns]
            if agreeing:
                candidates = agreeing
            else:
                flags.append("postal_code_contradicts_town")
        candidates = self._with_the_chome_written(candidates)
        homonym = next((m.entry.outside_homonym for m in towns if m.entry.outside_homonym), None)
        if homonym and not (corroborated or any(self._number_of_the_city_town(m) for m in towns)):
            flags.append("may_be_outside_city")
            return self._ask_between(candidates, "town", flags, matched, municipality=homonym)
        corroborated = corroborated or any(m.number.value is not None for m in towns)
        if (
            any(c.loose for c in candidates)
            and not corroborated
            and len({(c.ward, c.town) for c in candidates}) > 1
            and not self._one_center(candidates)
        ):
            flags.append("loose_town_name")
            return self._ask_between(candidates, "town", flags, matched)
        # 「検見川」 can only be 検見川町: a center flagged loose_town_name, for the resident to confirm
        return self._resolve_candidates(candidates, flags, matched, method="address")

    def _number_of_the_city_town(self, m: Mention) -> bool:
        """The number after a town sharing its name with a place outside (瑞穂, 宮崎, 栄町) fits the city's
        town: a 丁目 it has (瑞穂2丁目; not 宮崎3丁目, the city's 宮崎 has two), or a 番地 (栄町12-3; not
        栄町1丁目, the city's 栄町 has none). Only then does the number say the town is the city's."""
        number = m.number
        if number.value is None:
            return False
        for key in m.entry.towns:
            if key in self.index.towns_with_chome:
                if not number.is_chome or number.value in self.index.towns.chome_center[key]:
                    return True
            elif not number.explicit_chome:
                return True
        return False

    def _one_center(self, candidates: Sequence[_Candidate]) -> bool:
        """「千城台」 (千城台北, 西, 東, 南), 「長沼」 (長沼町, 長沼原町): every town a loose name may be
        lies wholly in one center's area, so no question between them changes the center; the
        center is given, flagged loose_town_name and town_uncertain, for the resident to confirm."""
        centers = {center for c in candidates for center in self.index.towns.centers[(c.ward, c.town)]}
        return len(centers) == 1

    def _with_the_chome_written(self, candidates: list[_Candidate]) -> list[_Candidate]:
        """「小中台6丁目」: of the towns a loose name may be (小中台町, 小仲台), a town never divided
        into 丁目 cannot be the one with a 6丁目 written, when another has that 丁目."""
        if not any(c.loose and c.number.explicit_chome for c in candidates):
            return candidates
        has_it = [c for c in candidates if c.number.value in self.index.towns.chome_center[(c.ward, c.town)]]
        if not has_it:
            return candidates
        return [c for c in candidates if c in has_it or (c.ward, c.town) in self.index.towns_with_chome]

    def _resolve_one_exact_town(
        self, m: Mention, ward_hints: set[str], corroborated: bool, matched: str
    ) -> Resolution | None:
        """The common case, without the general machinery: one official town name, one center."""
        entry = m.entry
        if not entry.exact or entry.reading or len(entry.towns) != 1:
            return None
        key = entry.towns[0]
        number = m.number
        if entry.outside_homonym and not (corroborated or ward_hints or self._number_of_the_city_town(m)):
            return None
        if number.value is None and key[1] in WARD_BASES:
            return None
        centers = self.index.towns.centers[key]
        by_chome = self.index.towns.chome_center[key]
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
        if number.is_chome and chome is None and key in self.index.towns_with_chome:
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
                if c.number.is_chome and c.number.value in self.index.towns.chome_center[(ward, town)]:
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
        return self.index.town_choices[(ward, town)]

    def _ask_town_in_ward(
        self,
        ward: str,
        extra: Sequence[tuple[str, str]],
        flags: Sequence[str] = (),
        matched: str | None = None,
        method: str = "address",
    ) -> Resolution:
        choices = self.index.ward_choices.get(ward, ())
        if not extra:
            candidates = self.index.ward_candidates.get(ward, ())
            return self._ambiguous(choices, "town", flags, matched, method, ward=ward, candidates=candidates)
        for w, town in extra:
            choices += self.index.town_choices[(w, town)]
        return self._ambiguous(choices, "town", flags, matched, method, ward=ward)

    def _ask_ward(self, wards: Sequence[str], matched: str | None) -> Resolution:
        choices: list[Choice] = []
        for ward in wards:
            seen: dict[str, None] = {}
            for key in self.index.towns.by_ward.get(ward, ()):
                for center in sorted(self.index.towns.centers[key]):
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

    def resolve_postal(self, code: str, matched: str | None) -> Resolution:
        towns = self.index.zip_towns.get(code)
        if towns is None:
            ward = self.index.zip_ward.get(code)
            if ward is not None:
                return self._ask_town_in_ward(ward, (), ("postal_code_ward_only",), matched, method="postal_code")
            if code[:3] in self.index.city_zip_prefixes:
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
        by_chome = self.index.towns.chome_center[key]
        valid = c.number.is_chome and c.number.value in by_chome
        all_centers = self.index.towns.centers[key]
        if len(all_centers) == 1 or not valid:
            return all_centers, valid
        return frozenset({by_chome[c.number.value]}), True

    def _has_chome(self, c: _Candidate) -> bool:
        return (c.ward, c.town) in self.index.towns_with_chome


# What makes a town's name the name of a school whose district is meant: 末広中学校の学区, 幕張西小の校区.
_SCHOOL_DISTRICT_AFTER = re.compile(
    r"(?:第?[一二三四五六七八九\d])?(?:小学校|中学校|小学|中学|小|中|義務教育学校)(?:校)?の?(?:学区|校区|通学区)"
)
# What makes a town's name the name of a station or a road's exit (after NFKC: ＩＣ → IC).
_STOP_AFTER_NAME = re.compile(r"駅|インター|IC|ic|ジャンクション|JCT|バス停|停留所")


def _ward_of_the_city_alone_first(wards: Sequence[Mention], outside: Sequence[Mention]) -> bool:
    """A ward only the city has (稲毛区, not 緑区 or 中央区) written before the first place outside it."""
    first = min(m.start for m in outside)
    return any(m.start < first and m.entry.name not in WARD_NAMES_ELSEWHERE for m in wards)


def _ward_base_of(m: Mention) -> str | None:
    """The ward base (稲毛) when this town mention is a town named like a ward."""
    town = m.entry.towns[0][1] if len(m.entry.towns) == 1 else None
    return town if town in WARD_BASES else None


def _one_town_with_its_reading(towns: Sequence[Mention]) -> Sequence[Mention]:
    """「宮野木台(みやのぎだい)一丁目(いっちょうめ)」「ひび野(ひびの)二丁目」: a town written and its reading
    beside it name one town, and the 丁目 after either is that town's. Read as the town written, with the
    丁目 (only when both name exactly the same towns and one 丁目 is given)."""
    if len(towns) != 2:
        return towns
    first, second = towns
    if set(first.entry.towns) != set(second.entry.towns) or not (first.entry.reading or second.entry.reading):
        return towns
    written = first if not first.entry.reading else second
    numbered = [m for m in towns if m.number.value is not None]
    if len(numbered) != 1:
        return towns
    n = numbered[0]
    return [Mention(written.entry, written.start, written.end, max(written.stop, n.stop), n.number)]


def _one_town_named_again(towns: Sequence[Mention]) -> Sequence[Mention]:
    """「宮野木台の母…いえ、宮野木台三丁目です」「宮野木台2丁目の母です。宮野木台は坂が多くて」: one town
    named twice, once with its number: the number given is that town's, the name said again adds nothing.
    Only when every mention names exactly the same towns and one number is given (「宮野木台1丁目…宮野木台
    3丁目」 stays asked)."""
    if len(towns) < 2 or any(set(m.entry.towns) != set(towns[0].entry.towns) for m in towns):
        return towns
    numbered = [m for m in towns if m.number.value is not None]
    if not numbered or len(numbered) == len(towns) or len({(m.number.value, m.number.is_chome) for m in numbered}) != 1:
        return towns
    return numbered[:1]
