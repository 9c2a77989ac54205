"""A town written in the wrong kanji for its sound (voice input: 皆実花園 for 南花園, 五月が丘 for さつきが丘,
お弓野 for おゆみ野), read by the readings SudachiPy's dictionary gives each of its words, against the
readings of the towns of the ward named with it; and a town's reading in kana with one kana of the
wrong vowel (`town_by_kana_slip`).

Narrow on purpose: only where the kanji matched no town, the ward is given, and the sound matches one
town of that ward (and the 丁目 is given, or that town belongs to one center). SudachiPy and its core
dictionary are installed with the project; the dictionary (core.sudachi, the one nlp tokenises with) is
loaded on the first answer that needs it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from core.sudachi import dictionary
from routing.normalize import fold_kana_slips, to_hiragana

# A run of kanji and kana (the town as written), at most ten characters.
_SEGMENT = re.compile(r"[々〆ヵヶ\u3041-\u309f\u30a1-\u30fa\u30fc\u4e00-\u9fff]{2,10}")
_KANJI = re.compile(r"[々\u4e00-\u9fff]")
# Readings kept while reading a segment (they are pruned to the towns' readings, so few remain).
_MAX_READINGS = 64


@functools.lru_cache(maxsize=2048)
def _word_readings(surface: str) -> frozenset[str]:
    """Every reading the dictionary gives `surface` as one word, in hiragana with kana slips folded."""
    if not _KANJI.search(surface):
        return frozenset({_fold(surface)})
    return frozenset(_fold(str(m.reading_form())) for m in dictionary().lookup(surface))


def _fold(kana: str) -> str:
    # voicing marks dropped (rendaku: が丘 ガオカ / 丘 オカ), small kana large, one form of the long o
    return fold_kana_slips(to_hiragana(kana))


def segment_readings(segment: str, targets: Iterable[str]) -> set[str]:
    """The readings of `segment` (split into dictionary words every way) that are one of `targets`
    (folded readings); prefixes of no target are dropped on the way."""
    wanted = set(targets)
    prefixes = {t[:i] for t in wanted for i in range(len(t) + 1)}
    # readings[i]: the readings of segment[:i] that begin some target
    readings: list[set[str]] = [set() for _ in range(len(segment) + 1)]
    readings[0].add("")
    for i in range(len(segment)):
        if not readings[i]:
            continue
        for j in range(i + 1, min(len(segment), i + 6) + 1):
            for word in _word_readings(segment[i:j]):
                for head in readings[i]:
                    joined = head + word
                    if joined in prefixes and len(readings[j]) < _MAX_READINGS:
                        readings[j].add(joined)
    return readings[len(segment)] & wanted


def town_by_sound(
    t: str, ward: str, start: int, towns: Sequence[tuple[str, str]], kana: dict[tuple[str, str], str]
) -> tuple[int, int, str] | None:
    """The span of `t` from `start` (after a ward named `ward`) written for a town of that ward by its
    sound, and the town's name; None unless one town sounds so."""
    m = _SEGMENT.match(t, start)
    if m is None or not _KANJI.search(m.group()):
        return None
    by_reading: dict[str, set[str]] = {}
    for key in towns:
        if key[0] == ward and key in kana:
            by_reading.setdefault(_fold(kana[key]), set()).add(key[1])
    # the longest run first: 皆実花園 before 皆実
    segment = m.group()
    for stop in range(len(segment), 1, -1):
        found = segment_readings(segment[:stop], by_reading)
        names = {name for reading in found for name in by_reading[reading]}
        if len(names) == 1:
            return m.start(), m.start() + stop, names.pop()
        if names:
            return None
    return None


# A run of kana right after the ward (the town's reading and what follows it).
_KANA_RUN = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]{2,16}")
# The rows of the kana table (voicing marks and small kana folded before): a kana of the same row is the
# same consonant with another vowel, one flick of the same key off (け for き) or a vowel misheard.
_ROWS = "あいうえお かきくけこ さしすせそ たちつてと なにぬねの はひふへほ まみむめも やゆよ らりるれろ わを".split()
_ROW_OF = {kana: i for i, row in enumerate(_ROWS) for kana in row}
# A reading of three kana with one off is too little to go by: たかし (a given name) for たかす (高洲).
_SHORTEST_SLIPPED = 4


def one_vowel_off(written: str, reading: str) -> bool:
    """`written` is `reading` (both folded) with one kana of another vowel of its row: ときちょう for
    とけちょう; not two kana off, nor another consonant (とみちょう)."""
    if len(written) != len(reading):
        return False
    slips = [(a, b) for a, b in zip(written, reading, strict=True) if a != b]
    if len(slips) != 1:
        return False
    a, b = slips[0]
    return a in _ROW_OF and _ROW_OF.get(a) == _ROW_OF.get(b)


def town_by_kana_slip(
    t: str,
    ward: str,
    start: int,
    ward_towns: Sequence[tuple[str, str]],
    kana: Mapping[tuple[str, str], str],
    ends: Callable[[str, int], bool],
) -> tuple[int, int, str] | None:
    """「みどりくときちょうの父」(土気町, とけちょう): the span of `t` from `start` (after a ward named `ward`)
    written in kana for a town of that ward with one kana of the wrong vowel, and the town's name.

    None unless the kana there is no town's reading, every town of the ward has a known reading, and of all
    the towns of the city (of readings of four kana or more) exactly one is so read, in that ward, its
    reading ending where a word ends (`ends`): a reading that could be two towns is never guessed."""
    m = _KANA_RUN.match(t, start)
    if m is None or not ward_towns or any(key not in kana for key in ward_towns):
        return None
    run = _fold(m.group())
    readings = {_fold(reading) for reading in kana.values()}
    found: set[tuple[str, str]] = set()
    stops: set[int] = set()
    for key, reading in kana.items():
        folded = _fold(reading)
        if len(folded) < _SHORTEST_SLIPPED:
            continue
        written = run[: len(folded)]
        if written in readings or not one_vowel_off(written, folded) or not ends(t, start + len(folded)):
            continue
        found.add(key)
        stops.add(start + len(folded))
    if len(found) != 1:
        return None
    (key,) = found
    if key[0] != ward:
        return None
    return start, stops.pop(), key[1]


_KANJI_NAME = re.compile(r"[々\u4e00-\u9fff]{3,10}")


def one_kanji_off(written: str, name: str) -> bool:
    """Both in kanji, of one length, different in exactly one kanji that is not the name's last (大推町 for
    大椎町: the 町, 台 or 丘 that ends a name is kept)."""
    if len(written) != len(name) or not _KANJI_NAME.fullmatch(name):
        return False
    off = [i for i, (a, b) in enumerate(zip(written, name, strict=True)) if a != b]
    return len(off) == 1 and off[0] < len(name) - 1


def towns_by_kanji_slip(
    t: str,
    start: int,
    ward_towns: Sequence[tuple[str, str]],
    city_names: Collection[str],
    ends: Callable[[str, int], bool],
) -> list[tuple[int, str]]:
    """「緑区大推町」(大椎町, or 大高町?): the towns of the ward named right before `start` whose name in kanji
    is written there with one kanji slipped (a look-alike picked by mistake), each with where it ends in `t`.

    Empty unless what is written is no town's name of the city (`city_names`) and ends where a word ends
    (no kanji goes on, and `ends`). Which kanji looks like which is not known here: every town one kanji off
    is given, and the caller asks between them."""
    m = _KANJI_NAME.match(t, start)
    if m is None:
        return []
    found: list[tuple[int, str]] = []
    for _, name in ward_towns:
        stop = start + len(name)
        written = t[start:stop]
        if written in city_names or not one_kanji_off(written, name) or _KANJI.match(t, stop) or not ends(t, stop):
            continue
        found.append((stop, name))
    return found
