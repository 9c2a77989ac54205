"""Scanning: the names of places a text contains, where they are, and the block numbers after them.

One regex (the index's trie) finds every known spelling; the rules here keep only the ones that
stand as names (a kana reading alone, not inside a longer word), add places no list holds
(〇〇市, 〇〇郡〇〇町), postal codes and, in an answer to the address question, town names written
one character off.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from routing.index import WARD_BASES, AddressIndex, Entry
from routing.names import WARD_READINGS
from routing.normalize import (
    NO_NUMBER,
    POSTAL_CODE,
    POSTAL_CODE_MARKED,
    BlockNumber,
    fold_kana_slips,
    read_block_number,
    spelling_variants,
    to_hiragana,
)
from routing.places import GENERIC_PLACE, NOT_A_PLACE_BEFORE_SUFFIX, trim_generic_name

OUTSIDE_KINDS = frozenset({"pref", "muni", "outside"})


class Mention:
    __slots__ = ("entry", "kind", "start", "end", "stop", "number")

    def __init__(self, entry: Entry, start: int, end: int, stop: int, number: BlockNumber = NO_NUMBER):
        self.entry = entry
        self.kind = entry.kind
        self.start = start
        self.end = end
        self.stop = stop
        self.number = number


class Scanner:
    """Finds the mentions of places in a normalised text."""

    def __init__(self, index: AddressIndex):
        self.index = index

    def scan_answer(self, t: str, breaks: frozenset[int] = frozenset()) -> list[Mention]:
        """The names in an answer to the address question; where no town was found, or only
        pieces of a longer word, a town name one character off. `breaks`: where a space typed
        between two words in hiragana was taken out (a kana reading may begin there)."""
        mentions = self._scan(t, free_text=False, breaks=breaks)
        if not any(m.kind in _TOWN_AND_OUTSIDE_KINDS for m in mentions):
            self._scan_misspelt_towns(t, mentions)
        else:
            mentions = self._slip_over_cut_names(t, mentions)
        # a town guessed one character off (寒河町) gives way to its reading written beside it
        # (さむかわちょう, a voicing mark missed)
        if not any(
            m.kind in OUTSIDE_KINDS or (m.kind == "town" and m.entry.exact and not m.entry.corrected) for m in mentions
        ):
            mentions = self._scan_kana_slips(t, mentions, breaks)
        self._scan_same_town(t, mentions)
        return _without_loose_repeats(mentions)

    @staticmethod
    def _scan_same_town(t: str, mentions: list[Mention]) -> None:
        """「私は朝日ケ丘4丁目、母は同じ町の5丁目」: the town named before, with another 丁目."""
        if "同" not in t:
            return
        for same in _SAME_TOWN.finditer(t):
            start = same.start()
            before = [m for m in mentions if m.kind == "town" and m.stop <= start]
            if not before or any(m.start < same.end() and start < m.stop for m in mentions):
                continue
            number = read_block_number(t, same.end())
            if not number.explicit_chome:
                continue
            town = before[-1]
            stop = same.end() + number.length
            mentions.append(Mention(town.entry, start, same.end(), stop, number))
            mentions.sort(key=_start_of)

    def _scan_kana_slips(self, t: str, mentions: list[Mention], breaks: frozenset[int]) -> list[Mention]:
        """「こてはしたい」「ほしくきちよう」: where no town was found by its name, or only a loose one,
        the names read again with the kana slips of flick input folded on both sides (a voicing
        mark missed, a small kana typed large), when that finds one town. Always to be confirmed."""
        if not _KANA.search(t):
            return mentions
        found = self._scan(t, free_text=False, folded=True, breaks=breaks)
        towns = [m for m in found if m.kind == "town"]
        if not towns and not mentions:
            return self._ward_with_kana_slips(found)
        if not towns or not all(m.entry.exact for m in towns) or any(m.kind in OUTSIDE_KINDS for m in found):
            return mentions
        return found

    @staticmethod
    def _ward_with_kana_slips(found: list[Mention]) -> list[Mention]:
        """「はなみかわく」「みとりく」「ちはしみとりく」: where nothing was found, a ward written with its 区
        (or く) and a kana slip, when that is all the answer names, with 千葉市 (ちはし) before it or not.
        The bare reading (みとり) is left: it is a word too; and so is ちはし without a ward. Always to be
        confirmed (`folded`)."""
        if not found or any(m.kind not in ("ward", "city") or m.entry.reading for m in found):
            return []
        if not any(m.kind == "ward" for m in found):
            return []
        return [Mention(replace(m.entry, folded=True), m.start, m.end, m.stop, m.number) for m in found]

    def scan_free_text(self, t: str) -> list[Mention]:
        """The names in a longer message (kana readings only where they cannot be other words)."""
        return self._scan(t, free_text=True)

    def _scan(
        self, t: str, *, free_text: bool, folded: bool = False, breaks: frozenset[int] = frozenset()
    ) -> list[Mention]:
        mentions: list[Mention] = []
        # folded: the keys are looked for in the text with its kana slips folded (same positions),
        # what stands around them is read in the text as written (です, not てす)
        entries, scanner = self.index.folded if folded else (self.index.entries, self.index.scanner)
        keys_text = fold_kana_slips(t) if folded else t
        suffix_counts = self.index.place_suffix_counts
        place_chars = t.count("市") + t.count("区") + t.count("県") + t.count("郡")
        for m in scanner.finditer(keys_text):
            key = m.group()
            entry = entries[key]
            start, end = m.span()
            if entry.kind == "ward" and entry.reading and _KANJI_OR_KATAKANA.match(t, end):
                continue  # いなげ海岸, みどり台: the start of a longer name, not the ward
            if entry.reading and (
                free_text or not _stands_alone_in_kana(t, start, end, start in breaks, end in breaks)
            ):
                # 「いなげくこなかだい」: a reading right after the city or a ward stands alone too
                gap = 1 if t[start - 1 : start] in ("の", "ノ") else 0  # いなげくのこなかだい, イナゲクノコナカダイ
                previous = mentions[-1] if mentions else None
                follows_name = previous is not None and previous.end == start - gap and _is_city_or_ward(previous.entry)
                # after the ward, の may follow the town too (こなかだいのにのごのさん, spoken numbers), and
                # any particle that ends the name (みつわだいにいます, ほんちばちょうでえきのちかく)
                after_ok = reading_ends_past_ward(t, end)
                if free_text or not follows_name or not after_ok:
                    if free_text or not self._ward_reading_before_town(
                        entry, t, start, end, scanner, entries, keys_text
                    ):
                        continue
            if entry.kana_edges and not self._kana_edges_clear(
                t,
                start,
                end,
                mentions[-1].end if mentions else -1,
                check_after=free_text or entry.kind not in ("muni", "pref"),
                scanner=scanner,
                keys_text=keys_text,
                spaced=(start in breaks, end in breaks),
            ):
                continue
            if entry.kind == "town":
                if t[end : end + 1] in _PLACE_SUFFIXES:
                    continue  # 太田市, 宮崎県: a place of the same name elsewhere
                if t[end : end + 1] == "区" and mentions and mentions[-1].kind == "muni" and mentions[-1].stop == start:
                    continue  # さいたま市大宮区: a ward of the municipality before it, named like a town of ours
                if not entry.exact and _HONORIFIC_BEFORE.match(t[start - 1 : start]) and _HONORIFIC_AFTER.match(t, end):
                    continue  # お稲荷さん, お不動さま: a shrine or temple named as a landmark, not the town
                if mentions and _tail_of_a_longer_name(t, start, mentions[-1]):
                    continue  # 中央区の十日市場町: no such town in the ward; 市場町 is the end of its name
                number = _block_number_after(t, end, functools.partial(self._one_center, entry))
                if number.value is None:
                    number = _chome_written_before(t, start, mentions[-1].stop if mentions else 0)
                mentions.append(Mention(entry, start, end, end + number.length, number))
            else:
                mentions.append(Mention(entry, start, end, end))
            place_chars -= sum(key.count(ch) for ch in "市区県郡") if folded else suffix_counts.get(key, 0)
        if place_chars > 0 and _has_uncovered_place_suffix(t, mentions):
            self._scan_generic_places(t, mentions)
        if _DIGITS.search(t):
            self._scan_postal_codes(t, mentions, free_text)
            mentions.sort(key=_start_of)
        if mentions:
            _drop_towns_in_tails(t, mentions)
            mentions[:] = _after_an_asterisk_fix(t, mentions)
            _correct_chome_later(t, mentions)
        return mentions

    def _one_center(self, entry: Entry, *chomes: int) -> bool:
        """Every (town, 丁目) the entry and the numbers can stand for belongs to one and the same center."""
        by_town = self.index.towns.chome_center
        centers = {by_town.get(town, {}).get(chome) for town in entry.towns for chome in chomes}
        return len(centers) == 1 and None not in centers

    def _ward_reading_before_town(
        self,
        entry: Entry,
        t: str,
        start: int,
        end: int,
        scanner: re.Pattern[str],
        entries: dict[str, Entry],
        keys_text: str,
    ) -> bool:
        """「いなげのこなかだい」「いなげこなかだい」: a ward read in kana, の or nothing, then a town's name."""
        if entry.kind == "city" or not _is_city_or_ward(entry):
            return False
        before = t[start - 1 : start]
        if before and _KANA.match(before) and before not in _TOPIC_PARTICLES:
            return False
        following = scanner.match(keys_text, end + (t[end : end + 1] == "の"))
        return following is not None and entries[following.group()].kind == "town"

    def _slip_over_cut_names(self, t: str, mentions: list[Mention]) -> list[Mention]:
        """「稲毛区小仲代」: the only towns found are loose names cut out of a longer word (小仲|代);
        read the whole word as a slip instead, when it can be only one town."""
        towns = [m for m in mentions if m.kind == "town"]
        if any(m.kind in OUTSIDE_KINDS for m in mentions) or not all(
            not m.entry.exact and name_goes_on(t, m) for m in towns
        ):
            return mentions
        rest = [m for m in mentions if m.kind != "town"]
        self._scan_misspelt_towns(t, rest)
        return rest if any(m.kind == "town" for m in rest) else mentions

    def _scan_misspelt_towns(self, t: str, mentions: list[Mention]) -> None:
        """A town name one character off (小仲代, 高州町), when it can be only one town.

        Only in an answer to the address question, only where no town was found, and always
        to be confirmed by the resident (`corrected`).
        """
        taken = [(m.start, m.end) for m in mentions]
        wards = {m.entry.name for m in mentions if m.kind == "ward"}
        found: list[Mention] = []
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
                    keys = {
                        k for i in range(length) for k in self.index.one_off.get(window[:i] + "?" + window[i + 1 :], ())
                    }
                    if wards:
                        keys = {k for k in keys if k[0] in wards}
                    if len(keys) > 1:
                        # 亀丘町: 亀井町 or 亀岡町, and 丘 is read as 岡 is (おか): the homophone is meant
                        keys = {k for k in keys if _one_homophone_off(window, k[1])} or keys
                    if len(keys) == 1 and _KANJI.search(window):
                        best = (start, end, next(iter(keys)))
                        break
                if best:
                    break
            if best:
                start, end, key = best
                number = _block_number_after(t, end)
                homophone = _one_homophone_off(t[start:end], key[1])
                entry = Entry("town", towns=(key,), exact=True, corrected=True, homophone=homophone)
                found.append(Mention(entry, start, end, end + number.length, number))
        if found:
            mentions.extend(found)
            mentions.sort(key=_start_of)

    @staticmethod
    def _whole_name(t: str, start: int, end: int, a: int, b: int, taken: Sequence[tuple[int, int]]) -> bool:
        """The window starts where the name run or a found part ends and ends where the run or a
        found part begins, or before kana (小仲代です) or a digit."""
        # or after a particle (中央区の亀丘町, 母は亀丘町): hiragana does not begin a name written in kanji
        starts_clean = start == a or any(e == start for _, e in taken) or t[start - 1 : start] in _PARTICLE_CHARS
        ends_clean = end == b or any(s == end for s, _ in taken) or not _KANJI_OR_KATAKANA.match(t, end)
        return starts_clean and ends_clean

    def _kana_edges_clear(
        self,
        t: str,
        start: int,
        end: int,
        previous_end: int,
        check_after: bool = True,
        scanner: re.Pattern[str] | None = None,
        keys_text: str | None = None,
        spaced: tuple[bool, bool] = (False, False),
    ) -> bool:
        """A kana spelling (ちばし, いなげく) is not the middle of a longer kana word.

        In an answer to the address question a municipality in kana may run into the kana of
        its town (いちかわしみなみやわた, the space was dropped): only its start is checked.
        `spaced`: a space was typed before it, after it (「しゅうとの おじさん きみつし すんでる」,
        「いもうと みどりく すんでる」): in kana the only mark of where a word ends, so that edge is clear.
        """
        first, last = t[start], t[end - 1]
        before, after = t[start - 1 : start], t[end : end + 1]
        space_before, space_after = spaced
        if (
            not space_before
            and before
            and _same_script(before, first)
            and to_hiragana(before) not in _PARTICLE_CHARS
            and previous_end != start
            and _KIN_IN_KANA_RIGHT_BEFORE.search(to_hiragana(t[max(0, start - 12) : start])) is None
        ):
            return False
        # (the particles in katakana too: 「チチハミハマク」「イナゲクノナガヌマチョウ」, all written so)
        if (
            check_after
            and not space_after
            and after
            and _same_script(last, after)
            and to_hiragana(after) not in _PARTICLE_CHARS
        ):
            # 「ちばしいなげく」: another name may follow directly
            return (scanner or self.index.scanner).match(keys_text or t, end) is not None
        return True

    @staticmethod
    def _scan_generic_places(t: str, mentions: list[Mention]) -> None:
        for g in GENERIC_PLACE.finditer(t):
            start, end = g.span()
            covered = [m for m in mentions if m.start < end and start < m.end]
            # after 〇〇郡 a town name of the city is that 郡's 町 (福井県三方郡美浜町)
            allowed = ("pref", "muni", "town") if g.group(5) else ("pref", "muni")
            if any(m.kind not in allowed or not (start <= m.start and m.end <= end) for m in covered):
                continue
            if covered and all(m.end - m.start >= end - start for m in covered):
                continue
            name_start = start if g.group(5) else g.end(1) - len(trim_generic_name(g.group(1)))
            if any(
                m.kind == "muni"
                and not m.entry.generic
                and m.end == end
                and _ONLY_HIRAGANA.fullmatch(t, name_start, m.start)
                for m in covered
            ):
                continue  # 「今でいう船橋市」: a known name after a word in hiragana, not 「いう船橋市」
            if g.group(5):  # 〇〇郡〇〇町
                entry = Entry("muni", name=g.group(6), weak=True, generic=True)
            else:
                run = trim_generic_name(g.group(1))
                suffix = g.group(2) or g.group(3) or g.group(4)
                slipped = _ward_in_slipped_kana(g.group(1)) if suffix == "区" else None
                if slipped is not None:
                    # 「はなみかわ区」「ミトリ区」: the city's ward in kana with a flick slip, not a place
                    # elsewhere (and は there is no particle: the whole run is read, not trimmed)
                    ward_name, length = slipped
                    for m in covered:
                        mentions.remove(m)
                    entry = Entry("ward", name=ward_name, weak=True, corrected=True)
                    mentions.append(Mention(entry, g.end(1) - length, end, end))
                    continue
                # one-character names (朝市, 闇市) are words; 津市, 旭市, 堺市 are in the lists
                if len(run) < 2 or run in NOT_A_PLACE_BEFORE_SUFFIX or run[-1] in _NOT_A_PLACE_LAST_CHAR[suffix]:
                    continue
                if run.endswith("の") and not all(_KANA.match(c) for c in run):
                    continue  # 「教会は別の区ですが」「隣の市」: a phrase before 区/市, no name (たつの市 is)
                start = g.end(1) - len(run)
                # 「横浜市青葉区」: a ward right after another municipality is that one's, not ours misspelt
                after_muni = any(m.kind == "muni" and m.end == start for m in mentions)
                ward = _ward_misspelt(run) if suffix == "区" and not after_muni else None
                if ward is not None:
                    entry = Entry("ward", name=ward, weak=True, corrected=True)
                else:
                    # A name in kana is trusted only right after its prefecture (茨城県つくば市):
                    # elsewhere 「母はよこはま市」 cannot be cut reliably, so the place stays unnamed.
                    after_prefecture = any(m.kind == "pref" and m.end == start for m in mentions)
                    name = run + suffix if after_prefecture or not _KANA.search(run) else None
                    kind = "pref" if suffix == "県" else "muni"
                    # weak: in free text 〇〇市 needs 「に住む」 or the like (朝市, 〇〇市場 are not homes)
                    prefecture = name if kind == "pref" else None
                    entry = _known_with_suffix(covered, kind, name) or Entry(
                        kind, name=name, prefecture=prefecture, weak=True, generic=True
                    )
            for m in covered:
                if m.end > start:  # 「茨城の鹿嶋市」: the prefecture before the name cut out stays
                    mentions.remove(m)
            mentions.append(Mention(entry, start, end, end))
        mentions.sort(key=_start_of)

    def _scan_postal_codes(self, t: str, mentions: list[Mention], free_text: bool) -> None:
        pattern = POSTAL_CODE_MARKED if free_text else POSTAL_CODE
        found = list(pattern.finditer(t))
        if free_text:
            # 「263-0043」 unmarked, when it is one of the city's: 3-4 digits with a hyphen is
            # no phone number (043-245-5111) and no block chain (2-5-3)
            found += [p for p in _POSTAL_CODE_HYPHENATED.finditer(t) if p.group(1) in self.index.city_zip_prefixes]
        for p in found:
            start, end = p.span()
            if any(m.start < end and start < m.stop for m in mentions):
                continue
            code = p.group(1) + p.group(2)
            mentions.append(Mention(Entry("postal", name=code), start, end, end))


def _known_with_suffix(covered: list[Mention], kind: str, name: str | None) -> Entry | None:
    """「仙台市の若林区」: a known municipality (仙台, read as 仙台市) written with its suffix is that known
    place, not an unlisted 〇〇市 (which before a ward of ours would be read as 千葉市 misspelt)."""
    for m in covered:
        if m.kind == kind and not m.entry.generic and name is not None and m.entry.name == name:
            return m.entry
    return None


_MAY_HAVE_GENERIC_PLACE = re.compile(r"[市県区郡]")
_POSTAL_CODE_HYPHENATED = re.compile(r"(?<![\d-])(\d{3})-(\d{4})(?![\d-])")
_PLACE_SUFFIXES = frozenset("市県郡村")


def _without_loose_repeats(mentions: list[Mention]) -> list[Mention]:
    """「こてはしちょう、漢字がむずかしいほうのこてはし」: a loose name said again beside the one town it was
    already named as exactly (犢橋町) repeats that town; it is not a second, vaguer place."""
    exact = {m.entry.towns[0] for m in mentions if m.kind == "town" and m.entry.exact and len(m.entry.towns) == 1}
    if not exact:
        return mentions
    return [
        m
        for m in mentions
        if not (m.kind == "town" and not m.entry.exact and m.number.value is None and exact & set(m.entry.towns))
    ]


def _tail_of_a_longer_name(t: str, start: int, previous: Mention) -> bool:
    """「中央区の十日市場町」「緑区新市場町」: after the city or a ward (and の), kanji no name explains, then a
    town's name: the town's name is only the end of a longer name (of no town of the city), not that
    town. 大字/字 before a town's name are part of old-style addresses."""
    if previous.kind not in ("city", "ward") or previous.end >= start:
        return False
    head_start = previous.end + (t[previous.end] == "の")
    head = t[head_start:start]
    return (
        bool(head)
        and _KANJI_RUN.fullmatch(head) is not None
        and head not in _ADDRESS_WORDS_BEFORE_TOWN
        and head not in WARD_BASES  # 千葉市中央市場町: the ward written without its 区
        and _NOT_A_NAME_HEAD.search(head) is None
    )


_KANJI_RUN = re.compile(r"[一-龥々]{1,4}")
# 「千葉市在住小仲台」「稲毛区実家小仲台」: words of who and where, not the head of a longer name
_NOT_A_NAME_HEAD = re.compile(r"[住家宅母父祖夫妻兄姉弟妹叔伯娘息孫私僕俺者方内]")
_ADDRESS_WORDS_BEFORE_TOWN = frozenset({"大字", "字", "字名"})


def _start_of(m: Mention) -> int:
    return m.start


def _has_uncovered_place_suffix(t: str, mentions: Sequence[Mention]) -> bool:
    """Is there a 市/県/区/郡 that no known name explains (so 〇〇市 may name another city)?"""
    for s in _MAY_HAVE_GENERIC_PLACE.finditer(t):
        pos = s.start()
        if not any(m.start <= pos < m.end for m in mentions):
            return True
    return False


_DIGITS = re.compile(r"\d{3}")
_ONLY_HIRAGANA = re.compile(r"[ぁ-ゖ]+")
_HONORIFIC_BEFORE = re.compile(r"[おご御]")
_HONORIFIC_AFTER = re.compile(r"さん|さま|様")
# (区 after 調査/投票/受持/工/街/保護/担当: a district drawn for some work — 調査区, 投票区, 街区 — no city's ward)
_NOT_A_PLACE_LAST_CHAR = {"市": "都", "区": "地学校管挙特別査票持工街護当", "県": ""}
_KANA = re.compile(r"[ぁ-んァ-ヶー]")


_TOWN_KIND = frozenset({"town"})
_TOWN_AND_OUTSIDE_KINDS = frozenset({"town", "pref", "muni", "outside"})
# What the rest of an address is made of: 道野辺本町1-1, 八日市場イ1, サンハイツ稲毛201号室.
_TAIL_CHAR = re.compile(r"[一-龥々〆ァ-ヺー0-9A-Za-z\-・#&'.]")
_TAIL_KANA = re.compile(r"[ぁ-ゖ]")


def _drop_towns_in_tails(t: str, mentions: list[Mention]) -> None:
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
                # 横浜市港北区: 北区 read inside the name of that city's own ward (港北区)
                inside_a_ward_name = (
                    m.kind == "muni"
                    and nxt.kind == "muni"
                    and begun
                    and _KANJI.match(t[pos - 1]) is not None
                    and t[nxt.end - 1] == "区"
                )
                if nxt.kind not in droppable or (nxt.kind != "town" and not nxt.entry.weak and not inside_a_ward_name):
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


_PARTICLE_CHARS = frozenset("はがのにでもへとや")
_NAME_RUN = re.compile(r"[一-龥々〆ケァ-ヺーぁ-ゖ]{3,}")
_KANJI = re.compile(r"[一-龥々]")
NAME_CHAR = re.compile(r"[一-龥々〆ケァ-ヺーぁ-ゖ]")


def _same_script(a: str, b: str) -> bool:
    """Both hiragana or both katakana."""
    if "ぁ" <= a <= "ゖ":
        return "ぁ" <= b <= "ゖ"
    if "ァ" <= a <= "ヺ" or a == "ー":
        return "ァ" <= b <= "ヺ" or b == "ー"
    return False


def _stands_alone_in_kana(
    t: str, start: int, end: int, after_a_space: bool = False, before_a_space: bool = False
) -> bool:
    """A kana reading is a word of its own: no kana around it but a particle before
    (母はこなかだい), who it is written in kana with its particle (ちちはとどろきちょう) or a space
    typed before it (はは たかだちょう), and a particle or 「です」 after (こなかだいです,
    こなかだいに住んでいます)."""
    before = t[start - 1 : start]
    if (
        not after_a_space
        and before
        and _KANA.match(before)
        and not (before in _TOPIC_PARTICLES and not _KANA.match(t[start - 2 : start - 1]))
        and _KIN_IN_KANA_BEFORE.search(t, max(0, start - 12), start) is None
    ):
        return False
    if (
        not after_a_space
        and t[start : start + 1] in _PARTICLES
        and _KANJI_OR_KATAKANA.match(before)
        and not _NUMBER_AFTER.match(t, end)
    ):
        # 「住所はまだ言いたくない」「母はまだです」: a particle after a word in kanji, then a word in
        # kana (は+まだ), not はまだ (浜田); a reading written against a kanji word is a town only
        # with a block number after it (住所はまだ2丁目)
        return False
    after = t[end : end + 1]
    # 「みなみおゆみちょう　ちゅうおうく」: a space typed after it ends the word too
    return before_a_space or not (after and _KANA.match(after)) or _AFTER_READING.match(t, end) is not None


_TOPIC_PARTICLES = frozenset("はがも")
# Particles a kana reading may begin with (はまだ, とどろき, にしちば) when written right after a word.
_PARTICLES = frozenset("はがもをにでとへのや")
_NUMBER_AFTER = re.compile(r"\d|丁目")
# Who the address is of, written in hiragana right before it with は/が/も (ちちは, おばあちゃんが). A ward
# written with its く may follow it without a particle too, as the sentence was said (ちちみはまくたかす,
# そふわかばくさくらぎ); a town's reading may not (ははこなかだい is one run of kana).
_KIN_WORDS = (
    r"(?:ちち|はは|そふ|そぼ|おや|りょうしん|おっと|つま|しゅうと|しゅうとめ|"
    r"お?(?:ばあ|じい|かあ|とう)(?:ちゃん|さん)|おば|おじ|おかん|おとん|ばあば|じいじ|"
    r"わたし|わたくし|ぼく|おれ|わし|あたし|じぶん)"
)
_KIN_IN_KANA = r"(?:^|(?<=[^ぁ-ゖ]))" + _KIN_WORDS
_KIN_IN_KANA_BEFORE = re.compile(_KIN_IN_KANA + r"(?:は|が|も)$")
_KIN_IN_KANA_RIGHT_BEFORE = re.compile(_KIN_IN_KANA + r"(?:は|が|も)?$")
# 「同じ町の5丁目」「同町3丁目」: the town named before, with another 丁目 (read after the match).
_SAME_TOWN = re.compile(r"同じ(?:町|町内|住所|ところ|所)の?|同町内?の?")
# 「ながぬまはらちょうの400ばん」: の before a block number ends the reading too.
# 「こなかだいにいます」「たかすにひとりです」「まさごでひとりぐらし」: where the person is or lives.
# 「こなかだいのそぼ」「たかすのおじいちゃんが」「まさごのものです」: whose place it is, written in kana
# too (the kin word a word of its own: not のおやつ).
_AFTER_READING = re.compile(
    r"(?:です|でした|だよ|だ(?![ぁ-ゖ])|に住|にすん|にすむ|にお住|で暮|でく|の(?:[一-龥\d]|いえ|うち)|在住|[。!?]|$"
    r"|に(?:い(?:ま|る|た)|居|おり|おる|ひとり|一人|住|すま)|で(?:ひとり|一人|住|すま)"
    r"|の(?:" + _KIN_WORDS + r"|もの(?=です|だ|で|が|は|の))(?:(?![ぁ-ゖ])|[はがもにのを]|です|で))"
)
# After a ward read in kana (いなげくのながぬまちょう), a particle ends the town's reading: a longer name
# would have matched whole, and a ward is followed by its town.
# (in katakana too: 「ミハマク タカスニイマス」; not と, や, も: 「まさごとたかすのあいだ」 lists two)
_PARTICLES_AFTER_TOWN_PAST_WARD = frozenset("のにでへはがノニデヘハガ")


def _block_number_after(t: str, end: int, one_center: Callable[[int, int], bool] | None = None) -> BlockNumber:
    """The block number after a town name, also past a comma or の when it is surely one
    (小仲台、2丁目 / 高浜の3-2-1), not any number (高浜の2人); a number taken back gives way to the
    one written after it (中瀬1丁目、じゃなくて2丁目). Two 丁目 listed (高浜4、5丁目, 中瀬1丁目か2丁目)
    are no number, unless `one_center` says both belong to the same center (高洲1、2丁目)."""
    number = _first_block_number_after(t, end)
    if number.value is None:
        return number
    listed = (_ANOTHER_CHOME_AFTER_CHOME if number.explicit_chome else _ANOTHER_CHOME_LISTED).match(
        t, end + number.length
    )
    if listed is not None:
        other = int(next(g for g in listed.groups() if g))
        if one_center is None or not one_center(number.value, other):
            return NO_NUMBER  # 「高浜4、5丁目あたり」「高浜の4か5」: two 丁目 named, neither is the one
        return number._replace(length=listed.end() - end)
    taken_back = _NUMBER_TAKEN_BACK.match(t, end + number.length)
    if taken_back is None:
        return number
    again = read_block_number(t, taken_back.end())
    if again.value is None:
        return number
    return again._replace(length=taken_back.end() - end + again.length)


# After a bare number, another one listed beside it (4、5丁目 / 4・5丁目 / 4か5 / 4～5丁目).
_ANOTHER_CHOME_LISTED = re.compile(r"(?:[、,・~〜]|か|と|や|から)(\d{1,2})(?![\d-])(?!番|号)(?:丁目)?")
# After a number written with 丁目, another 丁目 (4丁目か5丁目, 1丁目と2丁目の間, 4丁目~5丁目), or a bare
# number after an either-or that ends there (4丁目か5です); not 4丁目、5番 nor 4丁目、5-3.
_ANOTHER_CHOME_AFTER_CHOME = re.compile(
    r"(?:[、,・~〜]|か|と|や|から|または)(?:(\d{1,2})丁目"
    r"|(?<=[か~〜])(\d{1,2})(?=(?:です|かな|か|あたり|辺り)?(?:[、,。.!?…]|$))"
    r"|(?<=から)(\d{1,2})(?=(?:です|かな|か|あたり|辺り)?(?:[、,。.!?…]|$)))"
)


def _chome_written_before(t: str, start: int, previous_stop: int) -> BlockNumber:
    """「2丁目 宮野木台」「3丁目の高洲」「#2丁目 #宮野木台」: in reversed order the 丁目 comes before the town's name.
    Only a number written with 丁目, right before the name, that no earlier name has taken."""
    m = _CHOME_BEFORE.search(t, max(previous_stop, start - 8), start)
    if m is None:
        return NO_NUMBER
    return BlockNumber(int(m.group(1)), True, True, 0)


# (「#2丁目 #宮野木台」「2丁目／高洲」: a hashtag or slash mark between them too)
_CHOME_BEFORE = re.compile(r"(?<![\d-])(\d{1,2})丁目[、, #/・|]?の?$")


# 「1丁目、、じゃなくて2丁目」「3番、いや、5番」「2丁目…じゃない、5丁目」「2丁目、訂正、3丁目」
_NUMBER_TAKEN_BACK = re.compile(
    r"[、,。 .…・]{0,3}(?:(?:じゃ|では|でわ)(?:なくて|なく|なかった|ない)(?:です)?"
    r"|(?:いや|あ)?[、,]?(?:違|ちが)(?:った|う|います|いました)|いや|あ、?(?:間違え|まちがえ)(?:た|ました)?"
    # 「宮野木台二丁目、訂正、三丁目」: a correction marked as such
    r"|(?:訂正|ていせい)(?:します|して|です)?)"
    r"[、,。 .…・]{0,3}"
)


def _after_an_asterisk_fix(t: str, mentions: list[Mention]) -> list[Mention]:
    """「千葉市緑区の父です…*すみません横浜市緑区でした」: the chat's typo fix, one asterisk right before a place
    named after others, puts that place in place of all named before it. Asterisks before the first place,
    or more than one, are marks of a list, not a fix."""
    marks = [i for i, ch in enumerate(t) if ch in "*＊"]
    if len(marks) != 1:
        return mentions
    fix = _ASTERISK_FIX.match(t, marks[0])
    if fix is None or not any(m.stop <= marks[0] for m in mentions):
        return mentions
    if not any(m.start == fix.end() for m in mentions):
        return mentions
    return [m for m in mentions if m.start >= fix.end()]


_ASTERISK_FIX = re.compile(
    r"[*＊][、, ]?(?:すみません|すいません|失礼しました|ごめんなさい|ごめん|訂正|正しくは)?[、,:： ]*"
)


def _correct_chome_later(t: str, mentions: list[Mention]) -> None:
    """「高浜6丁目の叔母…*2丁目でした」「宮野木台4丁目の父のことで…*1丁目の間違いです」: a 丁目 corrected further
    on, before any other town is named, replaces the one written with the town. Another 丁目 with words that
    may take one back but do not mark it as the correction (「…2丁目でした」: a correction, or where the person
    lived before) leaves the 丁目 unsure: the number is dropped, to be asked where it decides the center."""
    for i, m in enumerate(mentions):
        if m.kind != "town" or not m.number.explicit_chome:
            continue
        until = next((n.start for n in mentions[i + 1 :] if n.kind in _TOWN_AND_OUTSIDE_KINDS), len(t))
        if until <= m.stop:
            continue
        corrections = list(_CHOME_CORRECTED.finditer(t, m.stop, until))
        if corrections:
            value = int(next(g for g in corrections[-1].groups() if g))
            mentions[i] = Mention(m.entry, m.start, m.end, m.stop, m.number._replace(value=value))
            continue
        if not _MAY_CORRECT.search(t, m.stop, until):
            continue
        others = [
            c
            for c in _ANOTHER_CHOME.finditer(t, m.stop, until)
            if not _FORMERLY_BEFORE.search(t, max(m.stop, c.start() - 5), c.start())
            and not _CHOME_DENIED_AFTER.match(t, c.end())  # 「1丁目です。2丁目じゃなくて」: not that one
        ]
        if any(int(c.group(1)) != m.number.value for c in others):
            mentions[i] = Mention(m.entry, m.start, m.end, m.stop, NO_NUMBER)


# A 丁目 marked as the correction of one written before: the asterisk of a chat's typo fix (*2丁目), 〜の間違い
# (the one meant; not 間違いなく, "surely"), 訂正 before it, じゃなくて/ではなく before it.
_CHOME_CORRECTED = re.compile(
    r"[*＊][、, ]?(?:すみません|すいません|失礼しました|ごめんなさい|ごめん)?[、, ]?(\d{1,2})丁目"
    r"|(?<!\d)(\d{1,2})丁目(?:の|が)?(?:間違い|まちがい|誤り|あやまり)(?!なく)"
    r"|(?:訂正|ていせい)(?:します|です)?[:：、, ]*(\d{1,2})丁目"
    r"|(?:じゃ|では|でわ)(?:なくて|なく)[、, ]*(\d{1,2})丁目"
)
# Words that may take back what was written, with another 丁目 not marked as its correction (「…2丁目でした」: a
# correction, or where the person lived before; 「5丁目の母、じゃなくて、…3丁目」): the 丁目 is not sure.
_MAY_CORRECT = re.compile(r"[*＊]|訂正|ていせい|(?:間違|まちが|違|ちが)(?!いなく)|誤り|なくて|ではなく|でした")
_ANOTHER_CHOME = re.compile(r"(?<!\d)(\d{1,2})丁目")
# 「2丁目じゃなくて」「2丁目ではないです」: another 丁目 named only to be denied; the one written stands.
_CHOME_DENIED_AFTER = re.compile(
    r"(?:は|では)?[、, ]?(?:じゃ|では|でわ)(?:なくて|なく|ない|ありません)(?!か|でしょ|だろ)"
)
# 「…前は6丁目でした」「以前は」「昔は」: where the person lived before, said as such; the 丁目 written first stands.
_FORMERLY_BEFORE = re.compile(r"(?:前|以前|昔|元|もと)(?:は|に|も)[、,]?$")


def _first_block_number_after(t: str, end: int) -> BlockNumber:
    number = read_block_number(t, end)
    if number.value is not None:
        return number
    gap = _GAP_BEFORE_CHOME.match(t, end)
    if gap is not None:
        # 「#朝日ケ丘 #2丁目」「朝日ケ丘の、5丁目」「高浜／2丁目」「宮野木台、えっと、1丁目」: marks, の and
        # fillers between the name and a number written with 丁目 (only that: a bare number or a chain
        # past them may be anything, 高浜。043-245-5111)
        after = read_block_number(t, gap.end())
        if after.explicit_chome:
            return after._replace(length=gap.end() - end + after.length)
    if t[end : end + 1] not in ("、", ",", "の"):
        return number
    after = read_block_number(t, end + 1)
    if after.explicit_chome or "-" in t[end + 1 : end + 1 + after.length]:
        return after._replace(length=after.length + 1)
    # 「柏井の1です」「高浜の3」: の and a bare number that ends the answer (not 高浜の2人)
    if t[end] == "の" and after.value is not None:
        past = end + 1 + after.length
        listed = _ANOTHER_CHOME_LISTED.match(t, past)  # 「高浜の1か2です」: read on by the caller
        if _BARE_NUMBER_ENDS.match(t, listed.end() if listed else past):
            return after._replace(length=after.length + 1)
    return number


# Between a town's name and its 丁目: punctuation, hashtag and slash marks, brackets, の, です before a
# mark and the fillers of someone thinking aloud (えっと, そう). No word of who or where: 「朝日ケ丘。母は4丁目」
# is not read on.
# In a written exchange, the question asking for the 丁目 and the answer's mark between them too
# (「…A 花見川区柏井 Q 丁目？ A 4丁目」「Q：何丁目ですか？ A：3丁目」).
_GAP_BEFORE_CHOME = re.compile(
    r"(?:です|で)?(?:[、,。.・/#|…()\[\]「」『』【】:→~〜]|の|えっと|えーと|ええと|えと|えー|ええ|あー|あの|うーん|んー|そう"
    # (「Q:何丁目? A:2丁目」, or asked of oneself without the Q: 「高浜。丁目?二丁目。」)
    r"|(?:Q[:.)]?)?(?:何|なん)?丁目(?:は|を)?(?:ですか|でしょうか|ですね)?\?+(?:A[:.)]?)?)+"
)
_BARE_NUMBER_ENDS = re.compile(r"(?:です|でした|だ|よ|ね)?(?:[、,。.!?…\s]|$)")


# What may follow a loose town name without making it a longer name: 幕張駅, 検見川団地, 幕張辺り.
_AFTER_LOOSE_NAME_OK = frozenset("駅団辺付周近在方住地界家宅側寄")
# Prefixes that make station and area names of a town's name (新検見川, 西千葉, 京成幕張).
_BEFORE_LOOSE_NAME = frozenset("新西東南北本京")
_KANJI_OR_KATAKANA = re.compile(r"[一-龥々〆ケァ-ヺー]")


def reading_ends_past_ward(t: str, end: int) -> bool:
    """A town's reading in kana right after its ward ends at `end`: no kana follows, or a particle that
    ends the name (みつわだいにいます, ほんちばちょうでえきのちかく, こなかだいのにのごのさん)."""
    return (
        not _KANA.match(t[end : end + 1])
        or t[end : end + 1] in _PARTICLES_AFTER_TOWN_PAST_WARD
        or _AFTER_READING.match(t, end) is not None
    )


def name_goes_on(t: str, m: Mention) -> bool:
    """A loose town name inside a longer name: 検見川|浜, 新|検見川 (no block number between)."""
    if m.number.length == 0:
        after = t[m.end : m.end + 1]
        if after and _KANJI_OR_KATAKANA.match(after) and after not in _AFTER_LOOSE_NAME_OK:
            return True
    return m.start > 0 and t[m.start - 1] in _BEFORE_LOOSE_NAME


def _is_city_or_ward(entry: Entry) -> bool:
    """千葉市, a ward, or a town named like a ward (稲毛, みはま) that may stand for its ward."""
    if entry.kind in ("city", "ward"):
        return True
    return entry.kind == "town" and len(entry.towns) == 1 and entry.towns[0][1] in WARD_BASES


def _ward_in_slipped_kana(run: str) -> tuple[str, int] | None:
    """The ward whose reading, with the kana slips of flick input folded, ends `run` (はなみかわ, ミトリ),
    and its length; not the end of a longer kana word (おみとり)."""
    for ward, reading in WARD_READINGS.items():
        n = len(reading)
        tail = run[-n:]
        if len(run) < n or fold_kana_slips(to_hiragana(tail)) != fold_kana_slips(reading):
            continue
        before = run[-n - 1 : -n] if len(run) > n else ""
        if before and _same_script(before, tail[0]) and before not in _PARTICLE_CHARS:
            continue
        return ward, n
    return None


# Kanji of the same reading that people put for one another in place names (亀丘 for 亀岡, 小仲代
# for 小仲台, 高州 for 高洲, 寒河 for 寒川); 沢/澤, 島/嶋 and the like are folded in normalising.
_SAME_READING = tuple(
    frozenset(pair) for pair in ("岡丘", "台代", "洲州", "川河", "崎埼", "野埜", "森杜", "園苑", "竜龍", "富冨", "館舘")
)


def _one_homophone_off(window: str, name: str) -> bool:
    """`window` is the town's name (or a spelling of it) with one kanji put for one read the same."""
    for spelling in spelling_variants(name):
        if len(spelling) != len(window):
            continue
        diff = [(a, b) for a, b in zip(window, spelling) if a != b]
        if len(diff) == 1 and frozenset(diff[0]) in _SAME_READING:
            return True
    return False


def _ward_misspelt(name: str) -> str | None:
    """The ward a 〇〇区 not in any list stands for, when it is one character off (稲手 → 稲毛区)."""
    found = [
        ward
        for base, ward in WARD_BASES.items()
        if len(base) == len(name) >= 2 and sum(a != b for a, b in zip(base, name)) == 1
    ]
    return found[0] if len(found) == 1 else None
