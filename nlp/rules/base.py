"""What a rule is, and the vocabularies several families share.

A rule is a regular expression over the compact text (NFKC, lower case, no spaces) with a level,
a number to call and a staff-facing reason. nlp/urgency.py reads every match in its sentence
(negation, past, hypothetical, prevention, already dealt with, long-standing) before it counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

EMERGENCY, URGENT, ADVICE, ROUTINE = "emergency", "urgent", "advice", "routine"
ADVICE_NUMBER = "#7119"


@dataclass(frozen=True)
class Rule:
    id: str
    level: str  # emergency / urgent / advice
    call: str | None  # "119", "110", "#7119" or None
    reason: str  # shown to staff (Japanese)
    pattern: re.Pattern[str]
    # Another pattern that must also occur in the message (context), or None.
    needs: re.Pattern[str] | None = None
    # A pattern that, anywhere in the message, switches the rule off.
    unless: re.Pattern[str] | None = None
    # 「〜かもしれない」「〜ないか心配」 still count (someone unanswered for days).
    worry_counts: bool = False
    # A negation right after the match switches it off (False for patterns that are negative
    # themselves, like 「意識がない」).
    negatable: bool = True
    # The duration is the evidence (「3日連絡が取れない」): not demoted as long-standing or habitual.
    duration_is_evidence: bool = False
    # What a habitual emergency becomes (「時々胸が苦しい」 → advice; 「毎日殴られる」 → urgent).
    when_habitual: str | None = ADVICE
    # `needs` must be found in the matched sentence itself (not anywhere in the message).
    needs_in_sentence: bool = False
    # An urgent match is set aside when the message then says it is over (「今は治っています」).
    resolvable: bool = True
    # The emergency family (shared/spec/triage.md) this rule belongs to; set by nlp/rules/__init__.py.
    family: str | None = None
    # Thoughts of death or self-harm: the match sets the crisis flag (and at least `urgent`).
    crisis: bool = False
    # Set aside as dealt with only when care was given (an ambulance, a hospital, spat out), not when the
    # person is calm or talking now (a poison swallowed to die acts later).
    relieved_only_by_care: bool = False
    # A crisis match reads as a thought without an act now, so a model alarm on the message may only ask
    # (False where the words may come with the act: 「今ベランダで死ぬって言ってる」).
    no_act_now: bool = True
    # A vital sign (breath, heartbeat, consciousness, death) that still counts when said to look about to go
    # (「夫の呼吸が止まりそうです」「祖母が今にも死にそう」): nlp/urgency.py reads who it is said of and whether it is
    # a figure of speech (「疲れて死にそう」「心臓が止まりそうなくらい驚いた」) instead of setting it aside as not yet.
    about_to_counts: bool = False


def r(p: str) -> re.Pattern[str]:
    return re.compile(p)


_TO_KATAKANA = str.maketrans({chr(c): chr(c + 0x60) for c in range(ord("ぁ"), ord("ゖ") + 1)})


def with_katakana(p: str) -> str:
    """The pattern, or the same with its hiragana written in katakana (「ダレカ イエノ ナカニ イル」:
    some phones and older writers send katakana only)."""
    return p + "|" + p.translate(_TO_KATAKANA)


def with_swapped_kana(*words: str) -> str:
    """The kana words, and each with two neighbouring kana swapped (「うごなかい」 for うごかない, 「まらわない」 for
    まわらない): a slip of the thumb when a message is typed in haste, in kana only, often by an older writer."""
    forms = dict.fromkeys(words)
    for word in words:
        for i in range(len(word) - 1):
            if word[i] != word[i + 1]:
                forms.setdefault(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    return "(?:" + "|".join(forms) + ")"


# "いま" written in hiragana, but not inside 「していました」「います」.
IMA = r"(?:今|(?:^|(?<=[、。!?！？「」がはもにでとよね]))いま(?![すしせ]))"
# Also in an old-fashioned or dialect hand (「戻りませぬ」「目覚めぬ」「起きへん」「動かねえ」).
NEG = r"(ない|ず|ません|ませぬ|なく|ねえ|ねぇ|ぬ|ん|へん|ひん)"

# Grandparents named in Korean, as families from Korea say at home (ハラボジ grandfather, ハルモニ/ハンメ grandmother).
_KOREAN_GRANDPARENT = r"ハラボジ|はらぼじ|ハルモニ|はるもに|ハンメ|ハルベ"
# Someone who may be missing: an older person or someone with dementia (not a teenager out late).
OLDER_PERSON = (
    _KOREAN_GRANDPARENT + r"|"
    r"認知症|にんちしょう|徘徊|はいかい|物忘れ|ぼけ|父|母|祖父|祖母|夫|妻|主人|家内|旦那|"
    r"おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|おじいさん|おばあさん|おとうさん|おかあさん|お年寄り|高齢|"
    r"利用者|入居者|本人|叔父|叔母|伯父|伯母|[6-9]0代|[6-9][0-9]歳|おやじ|親父|おふくろ|お袋|おかん|おとん|ばあさん|じいさん"
)
PERSON_SUBJECT = (
    r"(父|母|夫|妻|主人|家内|祖父|祖母|おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|おとうさん|おかあさん|"
    r"親父|おやじ|お袋|本人|入居者|利用者|利用者さん|患者さん|" + _KOREAN_GRANDPARENT + r")"
)
# Death said to look near (「今にも死にそう」「死んじゃいそう」「息を引き取りそう」); not 「相談しにそうだん」 in kana.
# Read by nlp/urgency.py like any vital sign about to go: of whom, how, or a figure of speech (「疲れて死にそう」).
ABOUT_TO_DIE = r"(?:今にも|いまにも)?(?:(?:死|し)(?:に|んじゃい|んでしまい|んじまい)|(?:息|いき)を(?:引き取|ひきと)り)そう(?!だん|ぞく|じ(?!ゃ))"
STRONG_NOW = r"今です|いまです|今まさに|今すぐ|いますぐ|たすけて|助けて|至急|急いで|早く来|すぐ来"

# A will drawn up with a lawyer or a notary (「弁護士と一緒に遺書を書いた」「遺言書を公正証書で」): planning one's estate,
# no suicide note.
ESTATE_WILL = (
    r"(弁護士|べんごし|司法書士|行政書士|公証)[^。]{0,12}?(遺書|いしょ|遺言|ゆいごん)"
    r"|(遺書|いしょ|遺言|ゆいごん)[^。]{0,12}?(弁護士|べんごし|司法書士|行政書士|公証|公正証書)"
)
# …with no word of death or of ending it anywhere in the message (an `unless`: a wish to die stays read).
ESTATE_WILL_ONLY = (
    r"^(?!.*(死|しに|しぬ|しね|しの|消え|きえ|終わり|おわり|さよなら|さようなら|自殺|じさつ|もう(無理|むり|限界|いい)))(?=.*("
    + ESTATE_WILL
    + r"))"
)
