"""Address text normalisation: one canonical spelling for whatever a resident types.

Everything here is plain string work with precompiled patterns: it runs on every
message, so it must stay in the microseconds.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from typing import NamedTuple, TypeAlias

import jaconv
from kanjize import kanji2number

KANJI_DIGITS = "〇一二三四五六七八九十百千壱弐参拾"
# What a normalising step puts in place of a match: a fixed string, or one computed from the match.
Replacement: TypeAlias = str | Callable[[re.Match[str]], str]
_FORMAL_DIGITS = str.maketrans("壱弐参拾", "一二三十")
# Old and variant forms of kanji in place names (美濱区 → 美浜区, 千葉縣千葉市中央區 → 千葉県千葉市中央区);
# names are folded the same way. Old forms (旧字体) are those the 常用漢字表 (2010 cabinet notice) prints in
# brackets beside each character, limited to those met in place names; 邉/嶋/嶌/﨑/嵜/髙/瀨/戶 are variants
# from the 人名用漢字 異体字 list (戸籍統一文字). 齊 is the old form of 斉, not of 斎 (齋).
# Left out on purpose: a character that is itself the official spelling of a name in routing/data (檜, in
# 檜原村), and 龍 (龍ケ崎市 is spelt so; neither 龍 nor 竜 is in any name here). tests/routing checks that
# no name in routing/data contains a character folded here.
_VARIANT_KANJI_PAIRS = (
    "區区縣県稻稲綠緑濱浜氣気眞真實実澤沢邊辺邉辺齋斎齊斉嶋島嶌島﨑崎嵜崎櫻桜髙高瀨瀬廣広國国萬万"
    "關関驛駅舊旧發発莊荘德徳榮栄豐豊淺浅瀧滝澁渋藏蔵嶽岳圓円壽寿團団學学會会臺台黑黒條条來来鐵鉄"
    "寶宝戶戸步歩賣売讀読彌弥龜亀鹽塩惠恵橫横增増兒児繪絵觀観靜静聲声燒焼晝昼數数樂楽藥薬鄕郷鄉郷"
    "穗穂佛仏檢検濟済擧挙舍舎廳庁縱縦將将莖茎峽峡狹狭姬姫"
)
_VARIANT_KANJI = dict(zip(_VARIANT_KANJI_PAIRS[0::2], _VARIANT_KANJI_PAIRS[1::2], strict=True))
_VARIANT_KANJI_RE = re.compile(f"[{''.join(_VARIANT_KANJI)}]")


def _fold_variants(text: str) -> str:
    """ヶ→ケ, ヵ→カ, 美濱→美浜: one character for one (str.translate is slower than this)."""
    text = text.replace("ヶ", "ケ").replace("ヵ", "カ")
    if _VARIANT_KANJI_RE.search(text):
        text = _VARIANT_KANJI_RE.sub(lambda m: _VARIANT_KANJI[m.group()], text)
    return text


# 漢数字 that are block numbers: before 丁目/番/号/-/の+number, or after 丁目/番地/番/-/number+の.
_KANJI_BLOCK_NUMBER = re.compile(
    f"[{KANJI_DIGITS}]+(?=丁|番|号|-|[のノ][\\d{KANJI_DIGITS}])"
    f"|(?:(?<=丁目)|(?<=番地)|(?<=番)|(?<=-)|(?<=番地の)|(?<=番の)|(?<=[\\d{KANJI_DIGITS}][のノ]))[{KANJI_DIGITS}]+"
)
_SPACES = re.compile(r"\s+")
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")
# Dashes residents put between block numbers (after NFKC): hyphens, dashes, minus, long vowel mark.
_DASH_BETWEEN_DIGITS = re.compile(f"(?<=[\\d{KANJI_DIGITS}])[‐‑‒–—―−ー─━﹣](?=[\\d{KANJI_DIGITS}])")
_NO_BETWEEN_DIGITS = re.compile(r"(?<=\d)[のノ之](?=\d)")

# The first block number after a town name (2丁目, 2-, 2の, 2番, or a bare 2) and the rest of the chain.
_FIRST_NUMBER = re.compile(r"(?:第)?(\d{1,4})(丁目|丁|番地|番|号|-)?((?:の?\d{1,5}(?:丁目|番地|番|号|-)?)*)")
# A number followed by one of these counts something else (85歳の母, 3人, 2階).
_NOT_AN_ADDRESS_NUMBER = re.compile(
    r"(?:歳|才|年|月|日|時|分|秒|人|回|円|階|件|代|%|km|週|ヶ月|ケ月|か月|カ月|名|度|号室|号棟)"
)

# 「263-0051」「2630051」, and 「263.0051」 with a dot between (a separator some residents type)
POSTAL_CODE = re.compile(r"(?:〒|郵便番号[:は]?)?(?<![\d.-])(\d{3})[-.]?(\d{4})(?![\d-]|\.\d)")
POSTAL_CODE_MARKED = re.compile(r"(?:〒|郵便番号[:は]?)(\d{3})[-.]?(\d{4})(?!\d)")


# A postal code written in kanji numerals, read digit by digit (〒二六〇ー〇八四四, 郵便番号は二六〇の〇〇四五,
# 郵便番号 二六七〇〇六一): seven digits after 〒/郵便番号, or three and four with a dash or の between.
# Only 〇一二…九 (and 零, ○) count: 十/百/千 are ordinary numbers (二十三, 千), never a code's digits.
_ZIP_KANJI = "〇零○◯一二三四五六七八九"
_ZIP_KANJI_VALUE = {**{ch: str(i) for i, ch in enumerate("〇一二三四五六七八九")}, "零": "0", "○": "0", "◯": "0"}
_KANJI_POSTAL_CODE = re.compile(
    f"(〒|郵便番号[:はがを]?)?(?<![\\d{KANJI_DIGITS}{_ZIP_KANJI}])([{_ZIP_KANJI}]{{3}})"
    f"([‐‑‒–—―−ー─━﹣-]|[のノ])?([{_ZIP_KANJI}]{{4}})(?![\\d{KANJI_DIGITS}{_ZIP_KANJI}])"
)


def _kanji_postal_code(m: re.Match[str]) -> str:
    marker, first, separator, rest = m.groups()
    if marker is None and separator is None:
        return m.group()  # seven kanji digits alone: not said to be a postal code
    digits = "".join(_ZIP_KANJI_VALUE[ch] for ch in first + rest)
    return f"{marker or ''}{digits[:3]}-{digits[3:]}"


# Roman numerals before 丁目 (柏井Ⅳ丁目; NFKC has made Ⅳ into IV and ⅳ into iv): the 丁目's number.
# A lone X is left: after NFKC Ⅹ and a typed X are one letter, and X丁目 is also written for "some 丁目".
_ROMAN_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}
_ROMAN_CHOME = re.compile(
    r"(?<![A-Za-z])(VIII|VII|VI|IV|IX|III|II|I|V)(?=丁|[ちチ][ょよョヨ][うウー][め目メ])", re.IGNORECASE
)


def _roman_chome_to_digits(m: re.Match[str]) -> str:
    return str(_ROMAN_VALUES[m.group(1).upper()])


# Voicing marks typed as their own character after a kana (「マツカ゛オカ」): NFKC makes them a space and a
# combining mark that then stays apart; as combining marks they join the kana before them (カ゛ → ガ).
_SPACING_KANA_MARKS = str.maketrans({"\u309b": "\u3099", "\u309c": "\u309a"})


def _join_spacing_kana_marks(text: str) -> str:
    """「マツカ゛オカ」 → 「マツカ\u3099オカ」, which NFKC makes 「マツガオカ」 (one for one, offsets kept)."""
    if "\u309b" in text or "\u309c" in text:
        return text.translate(_SPACING_KANA_MARKS)
    return text


def normalize_text(text: str) -> str:
    """NFKC, ヶ→ケ and old kanji forms folded (美濱→美浜), no spaces (line breaks become 。),
    one dash, 漢数字 (and 壱弐参) block numbers as digits.

    「千葉市 稲毛区 小仲台二丁目５－３」 → 「千葉市稲毛区小仲台2丁目5-3」.
    Town names keep their own numerals (三角町, 五十土町, 千種町): only numerals that
    stand before 丁目/番/号 or inside a chain of block numbers are converted.
    """
    text = unicodedata.normalize("NFKC", _join_spacing_kana_marks(text))
    text = _fold_variants(text)
    if "\n" in text or "\r" in text:
        text = _LINE_BREAKS.sub("。", text.strip())  # a line break ends a sentence
    for pattern, replacement in _STEPS:
        text = pattern.sub(replacement, text)
    return text


class Normalized(NamedTuple):
    """A normalised text and, for each of its characters, the span of the original it came from."""

    text: str
    starts: list[int]
    ends: list[int]

    def original_span(self, start: int, stop: int) -> tuple[int, int] | None:
        """The span of the original text that `text[start:stop]` was made from."""
        if not 0 <= start < stop <= len(self.text):
            return None
        return self.starts[start], self.ends[stop - 1]


_COMBINING_KANA_MARKS = frozenset("\uff9e\uff9f\u3099\u309a")


@functools.lru_cache(maxsize=8192)
def _one_for_one(ch: str) -> bool:
    if unicodedata.combining(ch) or ch in _COMBINING_KANA_MARKS:
        return False
    return len(unicodedata.normalize("NFKC", ch)) == 1


def nfkc_with_offsets(text: str) -> tuple[str, list[int], list[int]]:
    """NFKC character by character (a base with its combining marks), with where each came from."""
    text = _join_spacing_kana_marks(text)
    whole = unicodedata.normalize("NFKC", text)
    if len(whole) == len(text) and all(map(_one_for_one, set(text))):
        return whole, list(range(len(text))), list(range(1, len(text) + 1))  # one for one
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and (unicodedata.combining(text[j]) or text[j] in _COMBINING_KANA_MARKS):
            j += 1
        for ch in unicodedata.normalize("NFKC", text[i:j]):
            chars.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    return "".join(chars), starts, ends


def normalize_with_offsets(text: str, normalized: str | None = None) -> Normalized | None:
    """`normalize_text` step by step, keeping track of where each character came from.

    Slower than `normalize_text` (a Python loop per character), so it runs only once an
    address has been found. None in the rare case where NFKC of the parts is not NFKC of
    the whole (then no span is better than a wrong one).
    """
    t, starts, ends = nfkc_with_offsets(text)
    t = _fold_variants(t)
    if "\n" in t or "\r" in t:
        stripped = t.strip()
        left = len(t) - len(t.lstrip())
        t, starts, ends = stripped, starts[left : left + len(stripped)], ends[left : left + len(stripped)]
        t, starts, ends = _tracked_sub(_LINE_BREAKS, "。", t, starts, ends)
    for pattern, replacement in _STEPS:
        t, starts, ends = _tracked_sub(pattern, replacement, t, starts, ends)
    if t != (normalized if normalized is not None else normalize_text(text)):
        return None
    return Normalized(t, starts, ends)


def _tracked_sub(
    pattern: re.Pattern[str], replace: Replacement, t: str, starts: list[int], ends: list[int]
) -> tuple[str, list[int], list[int]]:
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    last = 0
    for m in pattern.finditer(t):
        a, b = m.span()
        out.append(t[last:a])
        new_starts.extend(starts[last:a])
        new_ends.extend(ends[last:a])
        replacement = replace if isinstance(replace, str) else replace(m)
        if replacement and b > a:
            out.append(replacement)
            new_starts.extend([starts[a]] * len(replacement))
            new_ends.extend([ends[b - 1]] * len(replacement))
        last = b
    out.append(t[last:])
    new_starts.extend(starts[last:])
    new_ends.extend(ends[last:])
    return "".join(out), new_starts, new_ends


def _kanji_match_to_digits(m: re.Match[str]) -> str:
    return str(_kanji_to_int(m.group()))


_KANA_DIGITS = {
    "いっ": 1,
    "いち": 1,
    "に": 2,
    "さん": 3,
    "よん": 4,
    "ご": 5,
    "ろっ": 6,
    "ろく": 6,
    "なな": 7,
    "はっ": 8,
    "はち": 8,
    "きゅう": 9,
    "きゆう": 9,  # small kana written large (きゆう, じゆう, ちよう), as older writers and old lists do
}
# 「にちょうめ」「2ちょうめ」「3ちょう目」「じゅうにちょうめ」: the 丁目 spoken or typed in kana.
# In katakana too (ロクチョウメ, as a reading heard on the phone is often typed).
_KANA_DIGIT = "|".join(sorted({*_KANA_DIGITS, *(jaconv.hira2kata(k) for k in _KANA_DIGITS)}, key=len, reverse=True))
_KANA_CHOME = re.compile(
    f"(?:([じジ][ゅゆュユ][うウ])({_KANA_DIGIT})?|({_KANA_DIGIT})|(?<=\\d))[ちチ][ょよョヨ][うウー][め目メ]"
)


def _kana_chome_to_digits(m: re.Match[str]) -> str:
    tens, ones = m.group(1), m.group(2) or m.group(3)
    if tens is None and ones is None:
        return "丁目"  # 「2ちょうめ」: the digits are already there
    return f"{(10 if tens else 0) + (_KANA_DIGITS[to_hiragana(ones)] if ones else 0)}丁目"


# Each step of normalize_text after NFKC, folding and line breaks: (pattern, replacement).
_STEPS: tuple[tuple[re.Pattern[str], Replacement], ...] = ()


def _kanji_to_int(run: str) -> int:
    run = run.translate(_FORMAL_DIGITS)
    if all(ch in "〇一二三四五六七八九" for ch in run) and len(run) > 1:
        # positional writing: 二〇 = 20
        return int("".join(str("〇一二三四五六七八九".index(ch)) for ch in run))
    return int(kanji2number(run))


def to_hiragana(text: str) -> str:
    """Katakana as hiragana (コナカダイ → こなかだい), everything else as it is."""
    return str(jaconv.kata2hira(text))


# Small kana and the kana they are written as when the small form is missed (ちよう for ちょう):
# older writers, old lists (総務省's code list writes ｷﾖﾅﾝﾏﾁ) and phones without the small key.
_SMALL_KANA = "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵ"
_LARGE_KANA = "あいうえおつやゆよわかけアイウエオツヤユヨワカ"
_SMALL_TO_LARGE = str.maketrans(_SMALL_KANA, _LARGE_KANA)


def _without_marks(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base != ch and unicodedata.combining(unicodedata.normalize("NFD", ch)[-1]) else ch


# が → か, ぱ → は, ヴ → ウ: each kana with a (semi-)voicing mark as the kana without it.
_UNVOICED = str.maketrans(
    {ch: _without_marks(ch) for ch in map(chr, range(0x3041, 0x30FB)) if _without_marks(ch) != ch}
)


def large_kana(text: str) -> str:
    """Small kana written large: ちょう → ちよう, シャ → シヤ (one character for one)."""
    return text.translate(_SMALL_TO_LARGE)


def fold_kana_slips(text: str) -> str:
    """The kana as a slip may leave them: small kana large and the voicing marks dropped (こてはしだい,
    こてはしたい → こてはしたい; ホシグキチョウ → ホシクキチヨウ). One character for one, so that a
    position in the folded text is the same position in the text."""
    folded = text.translate(_SMALL_TO_LARGE).translate(_UNVOICED)
    if _LONG_O.search(folded) is None:
        return folded
    # ちゅうおおく, チュウオーク for ちゅうおうく: a long o written as it sounds (お, ー) is う
    return _LONG_O.sub(lambda m: m.group(1) + ("ウ" if "ァ" <= m.group(1) <= "ヺ" else "う"), folded)


# A kana of the o-row (voicing marks and small kana folded before), then the long vowel as heard.
_LONG_O = re.compile(r"([おこそとのほもよろオコソトノホモヨロ])[おーオ]")


class BlockNumber(NamedTuple):
    """The first number after a town name and what it most likely is."""

    value: int | None
    is_chome: bool  # written as 丁目, or the leading number of a 2-5-3 chain
    explicit_chome: bool  # written with 丁目/丁
    length: int  # characters of the whole chain 2丁目5番3号 / 2-5-3 (building names excluded)


NO_NUMBER = BlockNumber(None, False, False, 0)


def read_block_number(text: str, pos: int) -> BlockNumber:
    """Read 「2丁目」「2-5-3」「2番地」 starting at `pos` of a normalised text."""
    m = _FIRST_NUMBER.match(text, pos)
    if m is None:
        return NO_NUMBER
    value = int(m.group(1))
    unit = m.group(2)
    length = m.end() - pos
    if unit in ("丁目", "丁"):
        return BlockNumber(value, True, True, length)
    if unit in ("番地", "番", "号"):
        return BlockNumber(value, False, False, length)
    if unit is None and _NOT_AN_ADDRESS_NUMBER.match(text, m.end(1)):
        return NO_NUMBER
    return BlockNumber(value, True, False, length)


def skip_block_numbers(text: str, pos: int) -> int:
    """Position after the whole chain 2丁目5番地3号 / 2-5-3 (building names are left)."""
    return pos + read_block_number(text, pos).length


def spelling_variants(name: str) -> set[str]:
    """Spellings residents use for one official name (after normalize_text).

    ケ/ヶ/が/ガ in 〜ケ丘 and 〜が丘 (朝日ケ丘 = 朝日が丘), の/ノ/之 (鵜の森町 = 鵜ノ森町).
    """
    name = normalize_text(name)
    variants = {name}
    for a, alternatives in (("ケ", ("が", "ガ", "ケ")), ("が", ("ケ", "ガ")), ("の", ("ノ", "之")), ("ノ", ("の",))):
        for v in list(variants):
            if a in v:
                for alt in alternatives:
                    variants.add(v.replace(a, alt))
    return variants


def normalize_postal_code(text: str) -> str | None:
    """「〒263-0043」「２６３－００４３」「2630043」 → 「2630043」, else None."""
    m = POSTAL_CODE.search(normalize_text(text))
    return m.group(1) + m.group(2) if m else None


__all__ = [
    "BlockNumber",
    "Normalized",
    "fold_kana_slips",
    "large_kana",
    "nfkc_with_offsets",
    "normalize_with_offsets",
    "normalize_text",
    "normalize_postal_code",
    "read_block_number",
    "skip_block_numbers",
    "spelling_variants",
    "to_hiragana",
]


_STEPS = (
    (_SPACES, ""),
    (_KANJI_POSTAL_CODE, _kanji_postal_code),
    (_ROMAN_CHOME, _roman_chome_to_digits),
    (_DASH_BETWEEN_DIGITS, "-"),
    (_KANA_CHOME, _kana_chome_to_digits),
    (_KANJI_BLOCK_NUMBER, _kanji_match_to_digits),
    (_NO_BETWEEN_DIGITS, "-"),
)
