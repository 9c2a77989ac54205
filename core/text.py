"""Small Japanese text tools shared by the packages."""

from __future__ import annotations

import re
import unicodedata

import jaconv

# を typed as お in katakana (ヲ is out of easy reach in many phones' katakana mode: 「ﾁｵﾊｲﾀ」 for 血を吐いた):
# an お right after a word (a kana, or a kana and one space) and right before one of the verbs that take
# an object in an emergency (an adverb between: 「ｸｽﾘｵ ｾﾞﾝﾌﾞ ﾉﾝﾀﾞ」) — 吐く, 飲む, 打つ, 切る, 失う,
# 詰まらせる, 折る, 付ける, 出す, 流す, 渡す, 取られる, 盗まれる, 振り込む, 教える, 無くす, 間違える, and
# (息を)しない — reads as を.
# Only these conjugated forms: 「お飲みください」「お渡しします」「お出汁」 never match; an お at the
# start of a word (「おうち」「起きない」) is never read as を; a long vowel (「とおい」「おおい」) is
# followed by none of them.
_WO_TYPED_AS_O = re.compile(
    r"(?<=[ぁ-ゖー])(\s?)お(?=\s?(?:(?:ぜんぶ|たくさん|いっぱい|たいりょうに|まとめて|つよく|おもいきり)\s?)?(?:"
    r"はい[たてち]|はき(?:ま|そ|け|だ|つづ)|はく"
    r"|のん[だで]|のみ(?:ま|こ|すぎ)|のま[させ]"
    r"|うっ[たて]|うち(?:ま|つけ)"
    r"|きっ[たて]|きり(?:ま|つけ)"
    r"|うしな"
    r"|つまら"
    r"|おっ[たて]|おり(?:ま|そ)"
    r"|つけ[たてっ]|つけま"
    r"|だし[たて]|だしま"
    r"|ながし[たてま]"
    r"|わたし[たてちそま]|わたそ"
    r"|とられ|ぬすまれ|ふりこ"
    r"|おしえ[たてちま]"
    r"|なくし[たてちま]"
    r"|まちがえ"
    r"))"
    # 息をしてない: not after と (「とおしてない」 is 通してない).
    r"|(?<=[ぁ-でど-ゖー])(\s?)お(?=\s?(?:して(?:な|い|ま)|しな[いくか]|しま?せん))"
)


def _wo_typed_as_o(reading: str) -> str:
    """The hiragana reading of a katakana message with を read where お stands for it."""
    return _WO_TYPED_AS_O.sub(lambda m: (m.group(1) or m.group(2) or "") + "を", reading)


def compact(text: str) -> str:
    """NFKC, lower case, no whitespace: the form the cues and rules read."""
    return "".join(unicodedata.normalize("NFKC", text).lower().split())


def _script_counts(text: str) -> tuple[int, int, int, int]:
    """(katakana, hiragana, latin letters, all letters) in an NFKC text."""
    katakana = hiragana = latin = letters = 0
    for ch in text:
        if "\u30a1" <= ch <= "\u30fa":
            katakana += 1
        elif "\u3041" <= ch <= "\u3096":
            hiragana += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
        if ch.isalpha():
            letters += 1
    return katakana, hiragana, latin, letters


def _typed_in_katakana(katakana: int, hiragana: int, letters: int, dominant: float) -> bool:
    """Mostly katakana; or kanji with katakana for every kana (「母ガ 夜中ニ 何度モ 起キテ」: at most one
    hiragana in ten kana, katakana at least half of `dominant` of the letters). Ordinary Japanese with
    loanwords always has hiragana around them (「母がデイサービスに行きたがらない」)."""
    if katakana >= dominant * letters:
        return True
    return katakana >= dominant / 2 * letters and hiragana * 10 <= katakana + hiragana


def katakana_reading(text: str, dominant: float = 0.6) -> str | None:
    """The message in hiragana when it is typed in katakana (an old phone's katakana mode, half-width
    ｶﾀｶﾅ included, kanji with katakana okurigana too: `_typed_in_katakana`), with を read where お was
    typed for it; else None. Kanji stay kanji (「身ニ覚エノナイ請求」 → 「身に覚えのない請求」). The learned safety detector reads a katakana
    message only in this reading, in training and in triage alike (nlp/safety.py `safety_text`)."""
    normalised = unicodedata.normalize("NFKC", text)
    katakana, hiragana, _, letters = _script_counts(normalised)
    if not letters or not _typed_in_katakana(katakana, hiragana, letters, dominant):
        return None
    return _wo_typed_as_o(str(jaconv.kata2hira(normalised)))


def kana_reading(text: str, dominant: float = 0.6) -> str | None:
    """The message in hiragana when it is typed in katakana (`katakana_reading`) or mostly in romaji
    (a phone without a Japanese keyboard), else None: such a message reads as the words the cues and
    rules know only once it is in hiragana. The script is counted once for both."""
    normalised = unicodedata.normalize("NFKC", text)
    katakana, hiragana, latin, letters = _script_counts(normalised)
    if not letters:
        return None
    if _typed_in_katakana(katakana, hiragana, letters, dominant):
        return _wo_typed_as_o(str(jaconv.kata2hira(normalised)))
    if latin / letters >= dominant:
        return str(jaconv.alphabet2kana(normalised.lower()))
    return None
