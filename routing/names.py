"""How residents write the city's own names: 千葉市 and its six wards in kana, without 区, with a slip.

Every spelling here names Chiba City or one of its wards and nothing else, so the router
may take it at its word. The readings are Japan Post's (city_kana of postal_codes.csv);
the kana forms are those an IME or voice input produces.
"""

from __future__ import annotations

from routing.seed import CITY, WARDS

# The ward names' readings without 区, as in Japan Post's data (ﾁﾊﾞｼｲﾅｹﾞｸ).
WARD_READINGS: dict[str, str] = {
    "中央区": "ちゅうおう",
    "花見川区": "はなみがわ",
    "稲毛区": "いなげ",
    "若葉区": "わかば",
    "緑区": "みどり",
    "美浜区": "みはま",
}


def _katakana(text: str) -> str:
    return "".join(chr(ord(ch) + 0x60) if "ぁ" <= ch <= "ゖ" else ch for ch in text)


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
        for stem in (reading, _katakana(reading), base):
            for ku in ("区", "く", "ク"):
                spellings[stem + ku] = ward
        del spellings[ward]
    # 「中央く」「緑く」 are too short to be sure of; the kana forms say enough.
    spellings.pop("緑く", None)
    spellings.pop("緑ク", None)
    return spellings


def ward_bare_readings() -> dict[str, str]:
    """The ward readings alone (みどり, ミハマ): a ward, when they stand alone in kana."""
    readings: dict[str, str] = {}
    for ward, reading in WARD_READINGS.items():
        readings[reading] = ward
        readings[_katakana(reading)] = ward
    return readings
