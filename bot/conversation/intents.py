"""What a typed answer means at a step: yes, no, send, edit, skip, cancel, resolved, ...

Residents answer as they would answer a person: 「はい」「お願いします」「それでいいです」
「この内容で送ってください」「けっこうです」「やめます」, in kanji or hiragana, polite or plain,
with or without punctuation. The reader normalises the text (NFKC, katakana to hiragana, no
spaces or punctuation, lower case) and looks for the phrases of each intent, the negative ones
first (「送らないで」 is not 「送って」). A step asks only for the intents it can act on.
"""

from __future__ import annotations

import re
import unicodedata

from bot.conversation import copy

YES, NO, CANCEL, EDIT, SKIP, RESOLVED, UNHELPFUL, DONT_KNOW = (
    "yes",
    "no",
    "cancel",
    "edit",
    "skip",
    "resolved",
    "unhelpful",
    "dont_know",
)

_PUNCTUATION = re.compile(r"[\s。、，．,.!！?？・…‥「」『』（）()\[\]【】〜~ｰー－―\-♪☆★※✨🙏😊]+")


def normalise(typed: str) -> str:
    text = unicodedata.normalize("NFKC", typed or "").lower()
    text = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)
    return _PUNCTUATION.sub("", text)


def _any(*phrases: str) -> re.Pattern[str]:
    return re.compile("|".join(phrases))


# Agreement worded with a negative: checked before the negatives.
_YES_DESPITE_NEGATION = _any(
    "かまいません",
    "構いません",
    "かまわない",
    "構わない",
    "問題(?:ない|ありません|なし)",
    "もんだい(?:ない|ありません)",
    "差し支えない",
    "差し支えありません",
    "さしつかえ(?:ない|ありません)",
    "異存(?:ない|ありません)",
)
_CANCEL = _any(
    "^やめ(?:る|ます|たい|て(?:ください)?)?$",
    "^中止",
    "^ちゅうし",
    "^きゃんせる",
    "^取り?消し",
    "^とりけし",
    "^もう(?:いい|けっこう|結構)(?:です)?$",
    "^終わり(?:にします|で)?$",
    "^おわり(?:にします|で)?$",
    "相談(?:を)?(?:やめ|中止)",
    "そうだん(?:を)?(?:やめ|ちゅうし)",
)
_NO = _any(
    "^(?:いいえ|いえ|いや|いいや|no|のー|ちがう|違う|ちがいます|違います|だめ|ダメ|ううん|うーん違)",
    "結構です",
    "けっこうです",
    "^結構",
    "^けっこう",
    "不要",
    "ふよう",
    "いらな",
    "いりません",
    "要らな",
    "必要(?:ない|ありません|なし)",
    "ひつよう(?:ない|ありません|なし)",
    "(?:送|おく)らない",
    "(?:伝|つた)えない",
    "(?:伝|つた)えないで",
    "(?:同意|どうい)(?:しない|しません|できない|できません)",
    "やめておき",
    "やめとき",
    "やめとく",
    "遠慮",
    "えんりょ",
    "しないで",
    "しません",
    "したくない",
    "今は(?:いい|大丈夫|だいじょうぶ|結構|けっこう)",
    "いまは(?:いい|大丈夫|だいじょうぶ|けっこう)",
    "ちがいま",
    "違いま",
    "ちがう",
    "違う",
)
_YES = _any(
    "^(?:はい|はーい|ええ|うん|おう|yes|ok|okay|おけ|おっけ|おーけー|了解|りょうかい|承知|しょうち|わかりました|分かりました|そう|その通り|そのとおり)",
    "お願い",
    "おねがい",
    "頼み",
    "頼む",
    "たのみ",
    "たのむ",
    "よろしく",
    "宜しく",
    "それで(?:いい|よい|良い|大丈夫|だいじょうぶ|お願い|おねがい|ok|結構|けっこう)",
    "これで(?:いい|よい|良い|大丈夫|だいじょうぶ|お願い|おねがい|ok)",
    "いいです",
    "いいよ",
    "よいです",
    "良いです",
    "いいですよ",
    "大丈夫です",
    "だいじょうぶです",
    "同意",
    "どうい",
    "(?:送|おく)って",
    "(?:送|おく)る",
    "(?:送|おく)ります",
    "送信",
    "そうしん",
    "(?:伝|つた)えて",
    "(?:伝|つた)えてよい",
    "(?:つな|繋)いで",
    "(?:つな|繋)げて",
    "(?:つな|繋)ぐ",
    "相談したい",
    "そうだんしたい",
    "相談します",
    "そうだんします",
    "話したい",
    "はなしたい",
    # dialect and casual: 「ええよ」「それでええ」「かまへん」「たのむわ」
    "^ええ(?:よ|で|わ|です|ですよ)?$",
    "それでええ",
    "これでええ",
    "かまへん",
    "構へん",
    "よかよ",
    "よかです",
    "いいっす",
    "合って",
    "あって(?:い)?ます",
    "正しい",
    "ただしい",
    "あたり",
    "そこです",
    "そうです",
)
_EDIT = _any(
    "なお(?:す|し|して)",
    "直(?:す|し|して)",
    "修正",
    "しゅうせい",
    "訂正",
    "ていせい",
    "変更",
    "へんこう",
    "(?:変|か)え(?:たい|て)",
    "まちが",
    "間違",
)
_SKIP = _any(
    "^なし",
    "^無し",
    "書かない",
    "かかない",
    "書きません",
    "かきません",
    "言いたくない",
    "いいたくない",
    "飛ばす",
    "とばす",
    "すきっぷ",
    "skip",
    "匿名",
    "とくめい",
    "名前なし",
    "なまえなし",
)
_RESOLVED = _any(
    "解決",
    "かいけつ",
    "わかりました",
    "分かりました",
    "了解",
    "りょうかい",
    "十分",
    "じゅうぶん",
    "ありがとう",
    "役に立った",
    "役にたった",
    "やくにたった",
    "役に立ちました",
    "やくにたちました",
    "参考にな",
    "さんこうにな",
    "大丈夫",
    "だいじょうぶ",
    "これでいい",
    "もういい",
    "もう大丈夫",
    "たすかりました",
    "助かりました",
)
_UNHELPFUL = _any(
    "役に立たな",
    "役にたたな",
    "やくにたたな",
    "わからな",
    "分からな",
    "わかりにく",
    "分かりにく",
    "答えになって",
    "こたえになって",
    "違う答え",
    "ちがう答え",
    "ちがうこたえ",
)
_DONT_KNOW = _any(
    "^わから(?:ない|ないです|ん|ぬ)",
    "^分から(?:ない|ないです|ん)",
    "^知らない",
    "^しらない",
    "^不明",
    "^ふめい",
    "^わかりません",
    "^分かりません",
)


ALL = (YES, NO, CANCEL, EDIT, SKIP, RESOLVED, UNHELPFUL, DONT_KNOW)

# ---- The safety question: 「今、だれかの命が危ない状態ですか？」 --------------------------------------
# Its own reader: there 「大丈夫です」 is a no (elsewhere a yes), 「相談したい」 is a no that connects
# (elsewhere a yes), and a yes is any word of danger. Safety first: a denial that still tells of
# danger (「いいえ、でも息が苦しそう」) is danger.
CONNECT = "connect"

_DANGER = _any(
    "(?:今|いま)すぐ(?!(?:では|じゃ|で)(?:は)?な|(?:では|じゃ)?ありません)",
    "すぐ(?:来|き)て",
    "(?:急|いそ)いで",
    "(?:助|たす)けて",
    "(?:危|あぶ)な(?!く)",
    "(?:大丈夫|だいじょうぶ)(?:じゃ|では)(?:な|あり)",
    "(?:危険|きけん)(?:です|な|だ)",
    "(?:死|し)(?:にそう|んで|ぬ(?!ほど))",
    "(?:倒|たお)れ(?:て|た)(?!は)",
    "(?:息|いき)(?:が|を)(?:し|でき|くる|苦|と)",
    "血(?!圧)",
    "意識|いしき",
    "(?:苦|くる)し(?:い|そう|んで)",
    "(?:動|うご)かな",
    "(?:返事|へんじ)が(?:ない|ありません)",
    "(?:救急|きゅうきゅう)",
    "119|110",
    "(?:警察|けいさつ)",
)
_NOT_IN_DANGER = _any(
    "^(?:いいえ|いえ|いや(?!な)|いいや|no|ちがう|違う|ちがいます|違います|ううん)",
    "(?:大丈夫|だいじょうぶ)(?!じゃ|では|で?な)",
    "(?:危|あぶ)なく(?:な|ありません)",
    "(?:危険|きけん)(?:は|では|じゃ)?(?:ない|ありません)",
    "(?:命|いのち)に(?:別状|べつじょう)",
    "平気|へいき",
    "(?:急|いそ)ぎ(?:では|じゃ)?(?:ない|ありません)",
    "(?:そこ|それ|そんな)(?:まで|に)(?:では|じゃ)?(?:ない|ありません)",
    "ほど(?:では|じゃ)(?:ない|ありません)",
    "(?:落|お)ち(?:着|つ)いて",
    "(?:今|いま)は(?:ない|ありません|違|ちが)",
    "(?:では|じゃ)(?:ない|ありません)(?:です)?$",
)
_PLAIN_YES = re.compile("^(?:はい|はーい|うん|ええ(?!っ?と)|yes|そうです|その(?:通り|とおり))")
_UNSURE = _any(
    "わから(?:な|ん)", "分から(?:な|ん)", "わかりません", "分かりません", "知らな", "しらな", "不明", "ふめい"
)


# 「救急車を呼ぶほどではない」: what comes before 「ほどではない」 is denied, not told.
_NOT_AS_MUCH_AS = re.compile(".{0,12}ほど(?:では|じゃ)(?:ない|ありません)")


def _tells_of_danger(text: str) -> bool:
    return bool(_DANGER.search(_NOT_AS_MUCH_AS.sub("", text)))


def denies_danger(typed: str) -> bool:
    """「いいえ」「大丈夫です」「危なくないです」…, with no word of danger."""
    text = normalise(typed)
    return not _tells_of_danger(text) and bool(_NOT_IN_DANGER.search(text) or _no(text))


def read_safety(typed: str) -> str | None:
    """YES (danger now), NO, CONNECT (no danger, a person at the center), DONT_KNOW, or None."""
    text = normalise(typed)
    if not text:
        return None
    if _tells_of_danger(text):
        return YES
    if denies_danger(text):
        return CONNECT if _wants_center(text) else NO
    if _UNSURE.search(text):
        return DONT_KNOW
    if _PLAIN_YES.search(text):
        return YES
    if _wants_center(text) or re.search("相談(?:します|です|があります)|そうだん(?:します|です)", text):
        return CONNECT
    if _yes(text):
        return YES
    return None


def read(typed: str, allowed: tuple[str, ...]) -> str | None:
    """The intent of a typed answer among those the step allows, or None."""
    text = normalise(typed)
    if not text:
        return None
    for intent, matches in _ORDER:
        if intent in allowed and matches(text):
            return intent
    return None


# Thanks and nothing else (「ありがとう」「ありがとうございました」「どうも」「サンキュー」), read after normalise (so
# 「サンキュー」 is 「さんきゅ」). Not 「今までありがとう」 nor 「ありがとう、もう疲れた」: those say more than thanks.
_THANKS_ONLY = re.compile(
    "(?:(?:ほんとうに|本当に|ほんとに|どうも|どーも|いつも|たいへん|大変)?"
    "(?:ありがと(?:う|お)?(?:ございます|ございました|ござました|ございまーす|ね|な)?|感謝(?:します|しています|です)"
    "|さんきゅ|てんきゅ|thanks?|thankyou|thx|ty)|どうも)(?:です|でした|ね|よ|w+|笑)*"
)


def is_thanks(typed: str) -> bool:
    """Whether the text is thanks and nothing else, in any politeness, script or punctuation."""
    return bool(_THANKS_ONLY.fullmatch(normalise(typed)))


def is_restart(typed: str) -> bool:
    """Whether the text is a restart word (「最初から」), compared after NFKC and trimming."""
    return unicodedata.normalize("NFKC", typed or "").strip() in copy.RESTART_WORDS


def _yes(text: str) -> bool:
    if _YES_DESPITE_NEGATION.search(text):
        return True
    return bool(_YES.search(text)) and not _NO.search(text)


def _no(text: str) -> bool:
    return bool(_NO.search(text)) and not _YES_DESPITE_NEGATION.search(text)


def _resolved(text: str) -> bool:
    return bool(_RESOLVED.search(text)) and not _UNHELPFUL.search(text) and not _wants_center(text)


def _wants_center(text: str) -> bool:
    # 「センター」 reads 「せんた」 once normalised (katakana to hiragana, the long-vowel mark dropped).
    return bool(re.search("相談したい|そうだんしたい|つないで|繋いで|話したい|はなしたい|せんた(?!く)", text))


# Checked in this order: the narrow and the negative before the broad.
_ORDER = (
    (CANCEL, lambda t: bool(_CANCEL.search(t))),
    (DONT_KNOW, lambda t: bool(_DONT_KNOW.search(t))),
    (UNHELPFUL, lambda t: bool(_UNHELPFUL.search(t))),
    (EDIT, lambda t: bool(_EDIT.search(t)) and not _no(t)),
    (SKIP, lambda t: bool(_SKIP.search(t))),
    (RESOLVED, _resolved),
    (NO, _no),
    (YES, _yes),
)
