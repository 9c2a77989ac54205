"""Small Japanese text tools shared by the packages."""

from __future__ import annotations

import unicodedata

import jaconv


def compact(text: str) -> str:
    """NFKC, lower case, no whitespace: the form the cues and rules read."""
    return "".join(unicodedata.normalize("NFKC", text).lower().split())


def _script_counts(text: str) -> tuple[int, int, int]:
    """(katakana, latin letters, all letters) in an NFKC text."""
    katakana = latin = letters = 0
    for ch in text:
        if "\u30a1" <= ch <= "\u30fa":
            katakana += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
        if ch.isalpha():
            letters += 1
    return katakana, latin, letters


def kana_reading(text: str, dominant: float = 0.6) -> str | None:
    """The message in hiragana when it is written mostly in katakana or in romaji (a phone without a
    Japanese keyboard, an old phone's katakana mode), else None: such a message reads as the words
    the cues and models know only once it is in hiragana."""
    normalised = unicodedata.normalize("NFKC", text)
    katakana, latin, letters = _script_counts(normalised)
    if not letters:
        return None
    if katakana / letters >= dominant:
        return str(jaconv.kata2hira(normalised))
    if latin / letters >= dominant:
        return str(jaconv.alphabet2kana(normalised.lower()))
    return None
