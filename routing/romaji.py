"""Addresses typed in romaji (chiba-shi inage-ku anagawa 4, Mihama-ku Takasu 3-chome), read back in kana.

Romaji as people type it drops long vowels (Chuo for ちゅうおう, Hongo for ほんごう) and writes ん as m
before b, m, p (Shimbashi): each word is compared with the names the router knows, romanised and
folded the same way, and given back as that name's reading in hiragana, which the router reads as
it reads kana. Words it does not know are spelt in kana as they are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import jaconv

# Words of an address that are not names: 市, 区, 丁目...
_SUFFIXES = {
    "shi": "し",
    "ku": "く",
    "ken": "けん",
    "to": "と",
    "gun": "ぐん",
    "cho": "ちょう",
    "machi": "まち",
    "mura": "むら",
    "son": "そん",
    "chome": "丁目",
    "banchi": "番地",
    "ban": "番",
    "go": "号",
}
_LETTERS = re.compile(r"[a-z']{3,}")
_LETTERS_AS_TYPED = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]{3,}")
_TOKEN = re.compile(r"[a-z']+|\d+|[^a-z'\d]")
_JAPANESE = re.compile(r"[ぁ-ゖァ-ヺ一-龥々]")


def fold(romaji: str) -> str:
    """One spelling for the ways one name is romanised: no long vowels (ou, oo, uu), no apostrophes,
    n for m before b/m/p."""
    text = "".join(ch for ch in unicodedata.normalize("NFKD", romaji.lower()) if not unicodedata.combining(ch))
    text = text.replace("'", "")
    text = re.sub(r"m(?=[bmp])", "n", text)
    return re.sub(r"ou|oo+|uu+", lambda m: m.group()[0], text)


def looks_like_romaji(text: str) -> bool:
    """Latin letters making words, and no kana or kanji."""
    if not _LETTERS_AS_TYPED.search(text):
        return False  # most answers: no NFKC needed to know
    t = unicodedata.normalize("NFKC", text).lower()
    return bool(_LETTERS.search(t)) and not _JAPANESE.search(t)


class RomajiReader:
    """Reads romaji back into kana with the readings of the names the router knows."""

    def __init__(self, readings: Iterable[str]):
        spellings: dict[str, set[str]] = {}
        for reading in readings:
            hiragana = jaconv.kata2hira(reading)
            spellings.setdefault(fold(jaconv.kana2alphabet(hiragana)), set()).add(hiragana)
        # two names romanised alike (こうや, こや): neither is guessed, the word is spelt as written
        self._kana = {folded: next(iter(kana)) for folded, kana in spellings.items() if len(kana) == 1}

    def to_kana(self, text: str) -> str:
        """「Mihama-ku Takasu 3-chome」 → 「みはま く たかす 3丁目」 (spaces as written)."""
        tokens = self._join_hyphenated_names(_TOKEN.findall(unicodedata.normalize("NFKC", text).lower()))
        out: list[str] = []
        for i, token in enumerate(tokens):
            if token == "-" and _is_word(tokens, i - 1) and _is_word(tokens, i + 1):
                continue  # chiba-shi, 3-chome: the hyphen only joins the parts of one name
            out.append(self._word(token) if token[0].isalpha() or token[0] == "'" else token)
        return "".join(out)

    def _join_hyphenated_names(self, tokens: list[str]) -> list[str]:
        """Makuhari-Hongo, Hon-Chiba-cho: parts joined by hyphens that together are one known name."""
        joined: list[str] = []
        i = 0
        while i < len(tokens):
            for j in range(min(len(tokens), i + 7) - 1, i, -1):  # longest first: word - word - word
                parts = tokens[i : j + 1]
                if len(parts) % 2 and all(p == "-" for p in parts[1::2]) and all(p[0].isalpha() for p in parts[::2]):
                    if fold("".join(parts[::2])) in self._kana:
                        joined.append("".join(parts[::2]))
                        i = j + 1
                        break
            else:
                joined.append(tokens[i])
                i += 1
        return joined

    def _word(self, word: str) -> str:
        folded = fold(word)
        if folded in _SUFFIXES:
            return _SUFFIXES[folded]
        if folded in self._kana:
            return self._kana[folded]
        for suffix, kana in _SUFFIXES.items():  # chibashi, inageku: the suffix written on
            stem = folded.removesuffix(suffix)
            if stem != folded and stem in self._kana:
                return self._kana[stem] + kana
        return jaconv.alphabet2kana(word)


def _is_word(tokens: list[str], i: int) -> bool:
    return 0 <= i < len(tokens) and (tokens[i][0].isalpha() or (tokens[i].isdigit() and _is_chome_next(tokens, i)))


def _is_chome_next(tokens: list[str], i: int) -> bool:
    return i + 2 < len(tokens) and tokens[i + 1] == "-" and fold(tokens[i + 2]) == "chome"
