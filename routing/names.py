"""How residents write the city's own names: 千葉市 and its six wards in kana, without 区, with a slip.

Every spelling here names Chiba City or one of its wards and nothing else, so the router
may take it at its word. The readings are Japan Post's (city_kana of postal_codes.csv);
the kana forms are those an IME or voice input produces.
"""

from __future__ import annotations

from routing.seed import CITY

# The ward names' readings without 区, as in Japan Post's data (ﾁﾊﾞｼｲﾅｹﾞｸ).
WARD_READINGS: dict[str, str] = {
    "中央区": "ちゅうおう",
    "花見川区": "はなみがわ",
    "稲毛区": "いなげ",
    "若葉区": "わかば",
    "緑区": "みどり",
    "美浜区": "みはま",
}


def katakana(text: str) -> str:
    return "".join(chr(ord(ch) + 0x60) if "ぁ" <= ch <= "ゖ" else ch for ch in text)


def kana_led_spellings(name: str, reading: str) -> set[str]:
    """わか葉, さくら木: the first kanji of a name written in hiragana (two kana or more), the rest in kanji.

    Which kana belong to which kanji is not known: every split that gives each kanji one to three
    kana is taken (さくら木, and さく木, which nobody writes and which matches nothing).
    """
    forms: set[str] = set()
    if len(name) < 2 or not all("一" <= ch <= "龥" or ch == "々" for ch in name):
        return forms
    for i in range(1, len(name)):
        rest = len(name) - i
        for j in range(max(2, i), 3 * i + 1):
            if rest <= len(reading) - j <= 3 * rest:
                forms.add(reading[:j] + name[i:])
    return forms


def city_spellings() -> set[str]:
    """千葉市 written in kana or half converted: ちば市, チバ市, 千葉し, ちばし."""
    spellings = set()
    for chiba in ("千葉", "ちば", "チバ"):
        for shi in ("市", "し", "シ"):
            spellings.add(chiba + shi)
    spellings.discard(CITY)
    # 「千葉シ」 is too close to the name of a shop or a person to stand for the city.
    spellings.discard("千葉シ")
    return spellings


def prefecture_spellings() -> set[str]:
    """千葉県 in kana: ちば県, ちばけん, チバケン, 千葉けん."""
    spellings = set()
    for chiba in ("千葉", "ちば", "チバ"):
        for ken in ("県", "けん", "ケン"):
            spellings.add(chiba + ken)
    spellings.discard("千葉県")
    return spellings


def ward_spellings() -> dict[str, str]:
    """Spelling → ward, for the spellings that carry 区 (or its reading く) and cannot be a town.

    稲毛区: いなげく, いなげ区, イナゲ区, イナゲク, 稲毛く.
    """
    spellings: dict[str, str] = {}
    for ward, reading in WARD_READINGS.items():
        base = ward.removesuffix("区")
        for stem in (reading, katakana(reading), base):
            for ku in ("区", "く", "ク"):
                spellings[stem + ku] = ward
        del spellings[ward]
        for spelling in kana_led_spellings(base, reading):
            spellings.setdefault(spelling + "区", ward)  # わか葉区, はなみ川区
    # 「中央く」「緑く」 are too short to be sure of; the kana forms say enough.
    spellings.pop("緑く", None)
    spellings.pop("緑ク", None)
    return spellings


def ward_bare_readings() -> dict[str, str]:
    """The ward readings alone (みどり, ミハマ): a ward, when they stand alone in kana."""
    readings: dict[str, str] = {}
    for ward, reading in WARD_READINGS.items():
        readings[reading] = ward
        readings[katakana(reading)] = ward
    return readings


# Kana spellings of Chiba prefecture's municipalities that are also the official name of a
# municipality elsewhere (栃木県さくら市): outside the city, but which one cannot be told.
_KANA_NAMES_ELSEWHERE = frozenset({"さくら市"})
_SUFFIX_READINGS = (
    ("し", "市"),
    ("まち", "町"),
    ("むら", "村"),
    ("けん", "県"),
    ("と", "都"),
    ("ふ", "府"),
    ("どう", "道"),
    ("く", "区"),
)
# Readings that are everyday words in kana: 調子, 調整, 長男.
_COMMON_WORDS = frozenset({"ちょうし", "ちょうせい", "ちょうなん"})


def municipality_kana_spellings(readings: dict[str, str]) -> dict[str, str | None]:
    """Spelling → municipality for the kana forms of other municipalities (いちかわし, フナバシ市).

    `readings` maps a municipality to its full reading (市川市 → いちかわし, as in 総務省's code
    list). The value is None where the spelling is also a municipality elsewhere (さくら市).
    """
    spellings: dict[str, str | None] = {}
    for name, reading in readings.items():
        for kana_suffix, kanji_suffix in _SUFFIX_READINGS:
            if reading.endswith(kana_suffix) and name.endswith(kanji_suffix):
                stem = reading[: -len(kana_suffix)]
                break
        else:
            continue
        for kana_stem in (stem, katakana(stem)):
            for suffix in (kanji_suffix, kana_suffix, katakana(kana_suffix)):
                spelling = kana_stem + suffix
                if spelling == name:
                    continue  # いすみ市 is already its official name
                ambiguous = (kana_stem + kanji_suffix) in _KANA_NAMES_ELSEWHERE or (
                    stem + "市"
                ) in _KANA_NAMES_ELSEWHERE
                spellings[spelling] = None if ambiguous else name
    return spellings


def municipality_bare_readings(readings: dict[str, str]) -> dict[str, str]:
    """A municipality's reading without 市/町/村 (ふなばし, ヨツカイドウ), four kana or more: shorter
    ones are ordinary words too (かしわ, のだ, さくら). Read only where the kana stands alone. Where two
    share a reading (ふくおか: 福岡県, 福岡市), the one read first is kept."""
    bare: dict[str, str] = {}
    for name, reading in readings.items():
        for kana_suffix, kanji_suffix in _SUFFIX_READINGS:
            if reading.endswith(kana_suffix) and name.endswith(kanji_suffix):
                stem = reading[: -len(kana_suffix)]
                if len(stem) >= 4 and stem + "市" not in _KANA_NAMES_ELSEWHERE and stem not in _COMMON_WORDS:
                    # ふくおか alone is the prefecture (read first), not its capital
                    bare.setdefault(stem, name)
                    bare.setdefault(katakana(stem), name)
                break
    return bare
