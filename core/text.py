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


# A sentence typed all in katakana, read in hiragana for the FAQ (knowledge.vocabulary.layout_read): stricter than
# `katakana_reading` (which triage and the safety detector read) and without its を for お, so that the FAQ's
# phrasings and a resident's question are read alike. Half-width katakana from an old phone or a till, NFKC makes it
# full width: 「ﾁﾊﾞﾉ ﾆﾝﾁｼｮｳﾉ ﾃﾞﾝﾜｿｳﾀﾞﾝ」 is read in hiragana, the way kana-only messages are read: the kana
# spellings of the FAQ's tables (にんちしょう, でんわそうだん) apply, and its loanwords are read back in katakana.
# Only a sentence - no kanji, no hiragana, a few letters at least, and a particle or an ending of Japanese grammar
# after a word (ノ, ヲ, ガ, デス, マス, ナイ...) -: a message of loanwords alone (「ケアマネ ヘルパー」) stays.
_KATAKANA_LETTER = re.compile(r"[\u30a1-\u30fa]")
_NOT_KATAKANA_SCRIPT = re.compile(r"[\u3041-\u3096\u4e00-\u9fff]")
_KATAKANA_GRAMMAR = re.compile(
    r"(?<=[\u30a1-\u30faー])(?:ノ|ヲ|ガ|ハ|ニ|デ|ヘ|モ|カ|ヨ|ネ)(?=[\s?？!！、。,.]|$)"
    r"|デス|マス|マシタ|デシタ|ナイ|タイ|テクダサイ|マデ|カラ"
)
KATAKANA_MIN_LETTERS = 6


def katakana_as_hiragana(text: str) -> str:
    """A sentence typed all in katakana (an NFKC text), in hiragana; any other text as typed."""
    if _NOT_KATAKANA_SCRIPT.search(text) or len(_KATAKANA_LETTER.findall(text)) < KATAKANA_MIN_LETTERS:
        return text
    if not _KATAKANA_GRAMMAR.search(text):
        return text
    return str(jaconv.kata2hira(text))


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
        return _romaji_read(normalised, dominant)
    return None


# One romaji word: syllables of Hepburn, kunrei-shiki or a keyboard's wapuro spelling (a vowel, a consonant or
# digraph and a vowel, a doubled consonant for っ, n for ん, x/l and a kana for a small one, - for a long
# vowel), with no consonant left over but n. English words (「ok」「thanks」「help」「please」) leave a
# consonant over and are not read: their "reading" (「おっ」「てゃんっっ」) is nonsense the model may score as
# an alarm.
_ROMAJI_SYLLABLE = (
    r"(?:(?:[kgsztdnhbpmr]y|sh|ch|ts|dh|th(?=[iu])|[kgsztdnhbpmrywfjv])?[aiueo]"  # (consonant) vowel
    r"|[xl](?:tsu|tu|ya|yu|yo|wa|[aiueo])"  # a small kana as a keyboard types it
    r"|n'|n(?![aiueoy])"  # ん
    r"|([kgsztdhbpmrfjvc])(?=\1)|t(?=ch)"  # っ: a doubled consonant
    r"|-)"
)
_ROMAJI_WORD = re.compile(rf"(?:{_ROMAJI_SYLLABLE})+")
_LATIN_WORD = re.compile(r"[a-z]+(?:['-]+[a-z]+)*-*")


def is_romaji_word(word: str) -> bool:
    """A word of Latin letters spelled wholly in romaji syllables (`_ROMAJI_SYLLABLE`)."""
    return _ROMAJI_WORD.fullmatch(word.lower()) is not None


# English words that happen to spell romaji syllables: in a message they are English, never romaji.
_ENGLISH_AS_ROMAJI = frozenset(
    "a i are be do go he hi me we you so see here home time take make made open one none mine name nine "
    "fine sure she some come".split()
)


def romaji_reading(text: str, dominant: float = 0.6) -> str | None:
    """The message in hiragana when it is typed mostly in romaji, else None (`kana_reading` once a
    katakana reading is ruled out). Romaji only: words of Latin letters that spell romaji syllables with no
    consonant left over but n (`is_romaji_word`; 「haha ga taoreta」) are read, other words (English,
    acronyms, loanwords: 「ATM」「center」) stay as typed, and there is a reading only when romaji words hold
    at least `dominant` of the Latin letters. 「OK」「Thanks」「my mother fell」 have none: their "reading"
    (「おっ」「てゃんっっ」) was nonsense the learned detector could score as an alarm."""
    normalised = unicodedata.normalize("NFKC", text)
    _, _, latin, letters = _script_counts(normalised)
    if not letters or latin / letters < dominant:
        return None
    return _romaji_read(normalised, dominant)


def _romaji_read(normalised: str, dominant: float) -> str | None:
    """`romaji_reading` of a text already NFKC-normalised and mostly in Latin letters."""
    lowered = normalised.lower()
    words = _LATIN_WORD.findall(lowered)
    romaji = [w for w in words if w not in _ENGLISH_AS_ROMAJI and is_romaji_word(w)]
    romaji_letters = sum(1 for w in romaji for ch in w if ch.isalpha())
    if not romaji or romaji_letters < dominant * sum(1 for ch in lowered if ch.isascii() and ch.isalpha()):
        return None
    return _LATIN_WORD.sub(
        lambda m: str(jaconv.alphabet2kana(m.group())) if m.group() in romaji else m.group(), lowered
    )


# A message written as a list of questions and answers, each field a 「Q」, a short label and the writer's answer
# after an arrow, a colon or an 「A」 (「Q 誰→私(84) Q 困り→ごみ出し」「Q 誰 A 父 要介護1 Q 希望 A 週2回」「Q: 用件
# A: …」) is one account, read as the words of one sentence for the FAQ (knowledge.vocabulary.layout_read): the
# Q/A marks and arrows go; a label that is a question word (誰, いつ, どこ) goes too, since it is a question the
# writer answers, not one asked; a label that says what the answer is (希望, 困りごと, 知りたい, 期間) stays
# before it. Two fields at least; a lone 「Q」 (「Q&A」, 「QRコード」) stays. Triage reads field lists its own way
# (nlp.urgency `_field_list`: other labels, and the sense of 今, 手元, 誰, 何を kept as words of the sentence).
_QA_FIELD = re.compile(
    r"(?:^|(?<=[\s/、。,]))Q[0-9]*[.:)]?\s*(?P<label>[^\s:→/、。?]{1,8}?)\s*[?]?\s*"
    r"(?:→|:|(?<=\s)A[0-9]*[.:)]?(?=\s)|(?<=\s)A[0-9]*[.:)])\s*"
)
_QUESTION_LABEL = re.compile(r"誰|だれ|何|なに|なん|いつ|いつから|どこ|どれ|どの|どう|どんな|名前|年齢|年|歳")
_SPACE_RUNS = re.compile(r"[^\S\n]+")


def qa_fields_as_account(text: str) -> str:
    """The answers of a Q/A field list (an NFKC text), without its labels and marks; any other text as typed."""
    if len(_QA_FIELD.findall(text)) < 2:
        return text
    read = _QA_FIELD.sub(
        lambda m: " " if _QUESTION_LABEL.fullmatch(m.group("label")) else f" {m.group('label')} ", text
    )
    return _SPACE_RUNS.sub(" ", read).strip()
