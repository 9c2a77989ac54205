"""Addresses typed in romaji (chiba-shi inage-ku anagawa 4, Mihama-ku Takasu 3-chome), read back in kana.

Romaji as people type it drops long vowels (Chuo for ちゅうおう, Hongo for ほんごう) and writes ん as m
before b, m, p (Shimbashi): each word is compared with the names the router knows, romanised and
folded the same way, and given back as that name's reading in hiragana, which the router reads as
it reads kana. Words it does not know are spelt in kana as they are.

A long vowel left out is taken as such only where the word stands as a place: 「kaigo no koto de」 is
こと, not こうとう (江東区), while 「Koto-ku」「Chuo-ku Shirahata」「Makuhari-hongo 3」「sobo wa Tokyo ni sunde
imasu」 are names (a suffix, a block number or another part of the address beside it, a capital inside a
sentence, living there said after it, 住所 said before it). Long vowels written with a macron or
circumflex (Chūō-ku, Sankaku-chō) are read as written out (chuuou, sankakuchou).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable

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
# The suffixes in English, after a name written in romaji (Mihama Ward, Chiba City, Chiba Prefecture): read
# as the suffix only right after a name the router knows (「the city office」 is no 市)
_ENGLISH_SUFFIXES = {"ward": "く", "city": "し", "prefecture": "けん"}
# Suffixes that make the word beside them part of an address (not と, 号, 番: と is also "and")
_ADDRESS_SUFFIXES = frozenset(("shi", "ku", "gun", "ken", "cho", "machi", "mura", "chome", "banchi"))
# Long vowels written with a mark (Chūō, Sankaku-chō), spelt out as Hepburn without marks has them
_MARKED_VOWELS = str.maketrans(
    {"ō": "ou", "ô": "ou", "ū": "uu", "û": "uu", "ā": "aa", "â": "aa", "ē": "ee", "ê": "ee", "ī": "ii", "î": "ii"}
    | {"Ō": "Ou", "Ô": "Ou", "Ū": "Uu", "Û": "Uu", "Ā": "Aa", "Â": "Aa", "Ē": "Ee", "Ê": "Ee", "Ī": "Ii", "Î": "Ii"}
)
# What marks a word as a place it is said of: living there said after it (ni sunde imasu, ni sumu, ni iru,
# de kurashite, zaiju, no jikka), or whose home it is (no sobo, no haha), or the address said before it
# (jusho wa, jusho:)
_LIVING_THERE_AFTER = re.compile(
    r"[\s,]*(?:ni\s*(?:sun|sum|iru|imas|orima|kura)|de\s*kura|zaij|no\s*(?:jikka|ie\b|uchi\b|"
    r"(?:sofu|sobo|haha|chichi|ryou?shin|oya|ani|ane|otou?to|imou?to|oba|oji|gifu|gibo|"
    r"o?baa?(?:san|chan)|o?jii?(?:san|chan)|oka+san|oto+san|otousan)\b))"
)
# Words of an answer that is the place alone (「Tokyo desu」)
_ANSWER_WORDS = frozenset(("desu", "da", "deshita", "dayo", "desuyo"))
_ADDRESS_BEFORE = re.compile(r"(?:ju+s+h?o+|zaij[uy]*)\s*(?:wa|ga|:)?[\s:]*$")
_SENTENCE_STOP = frozenset(".!?。!?\n")
_SEPARATORS = frozenset(" ,、/・\t")
_LETTERS = re.compile(r"[a-z']{3,}")
_LETTERS_AS_TYPED = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]{3,}")
_TOKEN = re.compile(r"[A-Za-z']+|\d+|[^A-Za-z'\d]")
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


def has_romaji_words(text: str) -> bool:
    """Latin letters making words beside kana or kanji (「Soga-cho, Chuo-ku の祖母の家」)."""
    if not _LETTERS_AS_TYPED.search(text):
        return False
    t = unicodedata.normalize("NFKC", text).lower()
    return bool(_LETTERS.search(t)) and bool(_JAPANESE.search(t))


class RomajiReader:
    """Reads romaji back into kana with the readings of the names the router knows."""

    def __init__(self, readings: Iterable[str]):
        spellings: dict[str, set[str]] = {}
        for reading in readings:
            hiragana = jaconv.kata2hira(reading)
            spellings.setdefault(fold(jaconv.kana2alphabet(hiragana)), set()).add(hiragana)
        # two names romanised alike (こうや, こや): neither is guessed, the word is spelt as written
        self._kana = {folded: next(iter(kana)) for folded, kana in spellings.items() if len(kana) == 1}

    def to_kana(self, text: str, *, names_only: bool = False) -> str:
        """「Mihama-ku Takasu 3-chome」 → 「みはま く たかす 3丁目」 (spaces as written).

        `names_only`: words of romaji inside Japanese (「Soga-cho, Chuo-ku の祖母の家」): only the names the
        router knows and the suffixes beside them are read in kana, other words are left as typed (an
        English word spelt in kana could run on into the Japanese beside it)."""
        typed = unicodedata.normalize("NFKC", text).translate(_MARKED_VOWELS)
        tokens, joined = self._join_hyphenated_names(_TOKEN.findall(typed))
        out: list[str] = []
        for i, token in enumerate(tokens):
            if token == "-" and _is_word(tokens, i - 1) and _is_word(tokens, i + 1):
                continue  # chiba-shi, 3-chome: the hyphen only joins the parts of one name
            if token in (" ", "\t") and i + 1 < len(tokens) and self._english_suffix_after_name(tokens, i + 1):
                continue  # Sakura city: さくらし, one name with its suffix
            if self._english_suffix_after_name(tokens, i):
                out.append(_ENGLISH_SUFFIXES[token.lower()])
            elif token[0].isalpha() or token[0] == "'":
                # (whether it stands as a place is asked only of a name read with its long vowels left out)
                as_a_place = functools.partial(self._stands_as_a_place, tokens, i, joined)
                if names_only:
                    out.append(self._name_or_suffix(tokens, i, as_a_place) or token)
                else:
                    out.append(self._word(token, as_a_place))
            else:
                out.append(token)
        return "".join(out)

    def _name_or_suffix(self, tokens: list[str], i: int, as_a_place: Callable[[], bool]) -> str | None:
        """Word `i` in kana when it is a name the router knows (read as `_word` reads it), or the suffix of an
        address right after a word read as one (Chuo-ku, Soga-cho); None otherwise."""
        word = tokens[i]
        folded = fold(word)
        if folded in _SUFFIXES:
            j = _previous_word(tokens, i)
            if j >= 0 and tokens[j].isdigit():
                return _SUFFIXES[folded]  # 3-chome
            named = j >= 0 and tokens[j][0].isalpha() and self._name_or_suffix(tokens, j, lambda: True) is not None
            return _SUFFIXES[folded] if named and folded in _ADDRESS_SUFFIXES else None
        k = i + 1
        while k < len(tokens) and tokens[k] in (" ", "\t", "-"):
            k += 1
        if k < len(tokens) and self._english_suffix_after_name(tokens, k):
            return jaconv.alphabet2kana(word.lower())  # Sakura city: the name read with its suffix
        kana = self._kana.get(folded)
        if kana is not None and (not _long_vowels_left_out(word, kana) or as_a_place()):
            return kana
        for suffix, suffix_kana in _SUFFIXES.items():  # chibashi, inageku: the suffix written on
            stem = folded.removesuffix(suffix)
            if suffix in _ADDRESS_SUFFIXES and stem != folded and stem in self._kana:
                return self._kana[stem] + suffix_kana
        return None

    def _english_suffix_after_name(self, tokens: list[str], i: int) -> bool:
        """「Mihama Ward」「Chiba City」: ward, city or prefecture in English right after a known name, or after
        a name known with that suffix (「Sakura city」: さくらし, where さくら alone is an everyday word)."""
        suffix = _ENGLISH_SUFFIXES.get(tokens[i].lower())
        if suffix is None:
            return False
        j, _ = _neighbour(tokens, i, -1)
        if j < 0 or j != _previous_word(tokens, i) or not tokens[j][0].isalpha():
            return False
        name = fold(tokens[j])
        return name in self._kana or fold(name + jaconv.kana2alphabet(suffix)) in self._kana

    def _join_hyphenated_names(self, tokens: list[str]) -> tuple[list[str], set[int]]:
        """Makuhari-Hongo, Hon-Chiba-cho: parts joined by hyphens that together are one known name (and
        where in the tokens given back those names are)."""
        joined: list[str] = []
        names: set[int] = set()
        i = 0
        while i < len(tokens):
            for j in range(min(len(tokens), i + 7) - 1, i, -1):  # longest first: word - word - word
                parts = tokens[i : j + 1]
                if len(parts) % 2 and all(p == "-" for p in parts[1::2]) and all(p[0].isalpha() for p in parts[::2]):
                    if fold("".join(parts[::2])) in self._kana:
                        names.add(len(joined))
                        joined.append("".join(parts[::2]))
                        i = j + 1
                        break
            else:
                joined.append(tokens[i])
                i += 1
        return joined, names

    def _stands_as_a_place(self, tokens: list[str], i: int, joined: set[int]) -> bool:
        """Word `i` stands where a place does: joined by hyphens (Makuhari-hongo), beside a suffix of an
        address (Koto-ku, Chuo-ku Shirahata), a block number (Hongo 3) or a name with its suffix written on
        (Chibashi Chuo), capitalised inside a sentence (sobo wa Tokyo), the answer's only word (Koto desu),
        with living there said after it (koto ni sunde) or the address said before it (jusho wa koto-ku)."""
        if i in joined:
            return True
        for step in (-1, 1):
            j, hyphen = _neighbour(tokens, i, step)
            if j < 0:
                continue
            word = fold(tokens[j])
            if tokens[j].isdigit() or word in _ADDRESS_SUFFIXES or (hyphen and word in _SUFFIXES):
                return True
            if any(word.removesuffix(s) in self._kana for s in _ADDRESS_SUFFIXES if word.endswith(s)):
                return True
        k = i - 1
        while k >= 0 and tokens[k] in _SEPARATORS:
            k -= 1
        inside_a_sentence = k >= 0 and tokens[k] not in _SENTENCE_STOP
        if inside_a_sentence and tokens[i][0].isupper() and not tokens[i].isupper():
            return True
        if all(fold(t) in _ANSWER_WORDS for j, t in enumerate(tokens) if j != i and t[0].isalpha()):
            return True  # the answer is the place alone
        after, before = "".join(tokens[i + 1 :]).lower(), "".join(tokens[:i]).lower()
        return bool(_LIVING_THERE_AFTER.match(after) or _ADDRESS_BEFORE.search(before))

    def _word(self, word: str, as_a_place: Callable[[], bool]) -> str:
        folded = fold(word)
        if folded in _SUFFIXES:
            return _SUFFIXES[folded]
        kana = self._kana.get(folded)
        if kana is not None and (not _long_vowels_left_out(word, kana) or as_a_place()):
            return kana
        for suffix, suffix_kana in _SUFFIXES.items():  # chibashi, inageku: the suffix written on
            stem = folded.removesuffix(suffix)
            if stem != folded and stem in self._kana:
                return self._kana[stem] + suffix_kana
        return jaconv.alphabet2kana(word.lower())


def _long_vowels_left_out(word: str, kana: str) -> bool:
    """「koto」 for こうとう, 「Tokyo」 for とうきょう: fewer letters than the name's Hepburn spelling has."""
    typed = re.sub(r"m(?=[bmp])", "n", word.lower().replace("'", ""))
    return len(typed) < len(jaconv.kana2alphabet(kana))


def _neighbour(tokens: list[str], i: int, step: int) -> tuple[int, bool]:
    """The next word or number from token `i` on (step -1: before it), past spaces and commas, and whether
    only a hyphen came in between; -1 when a sentence ends or the text does first."""
    j = i + step
    hyphen = False
    while 0 <= j < len(tokens) and (tokens[j] in _SEPARATORS or tokens[j] == "-"):
        hyphen = hyphen or tokens[j] == "-"
        j += step
    if not 0 <= j < len(tokens) or tokens[j] in _SENTENCE_STOP or not tokens[j][0].isalnum():
        return -1, False
    return j, hyphen


def _previous_word(tokens: list[str], i: int) -> int:
    """The token before `i` past spaces and hyphens only (not past a comma: 「Mihama, City of ...」)."""
    j = i - 1
    while j >= 0 and tokens[j] in (" ", "\t", "-"):
        j -= 1
    return j


def _is_word(tokens: list[str], i: int) -> bool:
    return 0 <= i < len(tokens) and (tokens[i][0].isalpha() or (tokens[i].isdigit() and _is_chome_next(tokens, i)))


def _is_chome_next(tokens: list[str], i: int) -> bool:
    return i + 2 < len(tokens) and tokens[i + 1] == "-" and fold(tokens[i + 2]) == "chome"
