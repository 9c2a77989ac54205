"""The FAQ's vocabulary: spellings of one thing rewritten to one form, words that hint at a subject,
and the lemmas that carry none. General vocabulary, not fitted to any test set.
"""

from __future__ import annotations

import re

from nlp.tokens import normalize

# Spellings and short forms of one thing, rewritten to one form in entries and questions alike.
# General vocabulary, not fitted to any test set.
# Kana-only variants are the terms as residents type them without kanji (voice input, elderly
# writers); they match with or without spaces between the kana (「しょきしゅうちゅう しえん」).
EQUIVALENTS: dict[str, tuple[str, ...]] = {
    "あんしんケアセンター": (
        "地域包括支援センター",
        "包括支援センター",
        "地域包括",
        "包括",
        "ケアセンター",
        "ちいきほうかつ",
        "ほうかつしえん",
        "あんしんけあせんたー",
        "けあせんたー",
        # Romaji and English as typed (any case, with or without spaces).
        "anshin care center",
        "anshincare",
        "care center",
        "anshin center",
    ),
    "福祉まるごとサポートセンター": ("まるごとサポートセンター", "まるごとサポート", "まるごとさぽーと"),
    # Telephone numbers spelled out or read aloud (voice input, as they are said).
    "#7119": (
        "シャープ7119",
        "しゃーぷ7119",
        "しゃーぷなないちいちきゅう",
        "しゃーぷななひゃくじゅうきゅう",
        "しゃーぷななせんひゃくじゅうきゅう",
        "なないちいちきゅう",
        "ななひゃくじゅうきゅう",
    ),
    "188": ("いちはちはち",),
    "無料": ("タダ", "無償", "お金はかから", "お金かから"),
    "遺言": ("遺言状", "遺言書", "ゆいごん"),
    "認知症": ("痴呆", "ボケ", "ぼけ", "にんちしょう", "dementia"),
    "初期集中支援チーム": ("しょきしゅうちゅうしえんちーむ", "しょきしゅうちゅうしえん"),
    "介護保険料": ("かいごほけんりょう",),
    "保険料": ("ほけんりょう",),
    "介護保険": ("かいごほけん", "care insurance", "long term care insurance"),
    "虐待": ("ぎゃくたい", "abuse"),
    "成年後見": ("せいねんこうけん",),
    "人生会議": ("ACP", "アドバンスケアプランニング", "アドバンス・ケア・プランニング"),
    "市役所": ("しやくしょ",),
    "悪質商法": ("悪徳商法", "悪徳業者", "あくとくしょうほう"),
    "訪問販売": ("ほうもんはんばい",),
    "介護休業": ("かいごきゅうぎょう",),
    "訪問看護": ("ほうもんかんご",),
    "訪問診療": ("ほうもんしんりょう",),
    "福祉用具": ("ふくしようぐ",),
    "民生委員": ("民生さん", "みんせいいいん"),
    "要介護認定": ("介護認定", "介護の認定", "かいごにんてい"),
    "物忘れ": ("もの忘れ", "ものわすれ", "物わすれ"),
    "ケアマネジャー": ("ケアマネージャー", "介護支援専門員", "ケアマネ", "けあまね", "care manager"),
    "デイサービス": ("通所介護", "デイ", "でいさーびす", "でーさーびす", "day service", "daycare"),
    "ヘルパー": ("ホームヘルパー", "訪問介護", "へるぱー", "home helper"),
    "ショートステイ": ("短期入所", "ショート", "しょーとすてい", "short stay"),
    "特別養護老人ホーム": ("特養",),
    "介護老人保健施設": ("老健",),
    "高齢者": ("お年寄り", "年寄り", "高齢の方"),
    "ひきこもり": ("引きこもり", "引き籠もり", "引き籠り"),
    "クーリングオフ": ("クーリング・オフ", "くーりんぐおふ"),
    "医師": ("お医者さん", "お医者様", "医者", "ドクター"),
    # English as some family members and residents from abroad write it (any case, with or without spaces).
    "詐欺": ("scam", "fraud"),
}

# Words that point to an entry's subject without being its name: the subject is added as a hint.
HINTS: dict[str, tuple[str, ...]] = {
    "詐欺": (
        "オレオレ",
        "振り込め",
        "還付金",
        "だまされ",
        "騙され",
        "騙す",
        # A refund offered on the phone: the classic opening of a refund scam.
        "税金が戻",
        "税金戻",
        "払いすぎた税金",
        "払い過ぎた税金",
        "医療費が戻",
        "医療費戻",
    ),
    "虐待": ("暴力", "殴", "叩か", "叩い", "たたか", "たたい", "怒鳴", "ひどい扱い", "酷い扱い", "乱暴"),
    "行方不明": ("いなくなった", "帰ってこない", "帰ってきません", "戻ってこない", "戻らない", "見つからない"),
    "介護疲れ": ("介護がつらい", "介護が辛い", "介護がしんどい", "介護で疲れ", "介護に疲れ", "介護疲れ"),
    "訪問診療": ("往診", "在宅医"),
    # Someone coming to the house, asked without 訪問.
    "訪問": ("うちにきて", "うちに来て", "家にきて", "家に来て", "きてもらえ", "来てもらえ", "来ていただけ"),
    # Staying a few nights away from home, described without ショートステイ.
    "ショートステイ": ("何泊", "泊まりで預", "泊まりで見て", "お泊まり", "おとまり"),
    # A professional introducing themself (a pharmacy, a hospital, a provider).
    "専門職": (
        "薬局の者",
        "薬剤師です",
        "薬剤師ですが",
        "病院の者",
        "事業所の者",
        "訪問看護の者",
        "ステーションの者",
        "相談員です",
        "相談員ですが",
    ),
    "施設": ("老人ホーム", "介護施設", "入所", "ホームで", "ホームの職員", "ホームに入って"),
    # Caring from afar, described without the word: living elsewhere, another prefecture.
    "遠距離介護": ("遠くから", "遠くに住", "遠方", "県外", "他県"),
    # A neighbour describing self-neglect: rubbish piling up, not eating, not bathing.
    "セルフネグレクト": (
        "ゴミの山",
        "ごみの山",
        "ゴミ屋敷",
        "ごみ屋敷",
        "ゴミだらけ",
        "ごみだらけ",
        "ゴミがたま",
        "ごみがたま",
        "風呂に入ってない",
        "風呂に入っていない",
    ),
    "死後": ("亡くなった後", "死んだ後", "死んだあと", "亡くなったあと"),
    "終活": ("エンディングノート",),
    # Everyday signs of dementia, described without the word.
    "認知症": ("物忘れ", "鍋を焦が", "鍋焦が", "鍋をこが", "火の消し忘れ", "同じことを何度も", "同じ話を何度も"),
    # The consumer hotline's mnemonic (188 = いやや) asked about as a word.
    "188": ("いややって何", "いややってなに", "いややってなん", "いややの番号", "いややは何"),
    # A care level that no longer fits, described without 区分変更.
    "区分変更": (
        "度合いが合わ",
        "介護度が合わ",
        "認定が合わ",
        "今の認定が",
        "状態に合わな",
        "介護度を見直",
        "認定を見直",
    ),
}

# Said after a question when routing found that the person lives outside Chiba City: the words the
# FAQ's entry about other municipalities is phrased with, so a question about "there" finds it.
OUTSIDE_CITY_HINT = "市外"

# Where someone lives is routing's business, not a subject: an address alone must not look like
# a question about finding a center.
_CHIBA_PLACES = re.compile(r"千葉市|(中央|花見川|稲毛|若葉|緑|美浜)区")

_SPACES = re.compile(r"\s+")
_EQUIVALENT_OF = {
    _SPACES.sub("", variant).lower(): canon for canon, variants in EQUIVALENTS.items() for variant in (canon, *variants)
}
_KANA_ONLY = re.compile(r"^[\u3040-\u30ffー]+$")
_LATIN = re.compile(r"^[a-z ]+$")


def _variant_pattern(variant: str) -> str:
    if len(variant) >= 4 and (_KANA_ONLY.match(variant) or _LATIN.match(variant)):
        return r"\s*".join(map(re.escape, _SPACES.sub("", variant)))
    return re.escape(variant)


def _variant_key(matched: str) -> str:
    """The table key of a matched variant: spaces removed, Latin letters in lower case."""
    return _SPACES.sub("", matched).lower()


# Longest first, so 地域包括支援センター is rewritten whole and 認知症 is not mistaken for a variant.
_VARIANTS = list(dict.fromkeys(v for canon, variants in EQUIVALENTS.items() for v in (canon, *variants)))
_EQUIVALENT_RE = re.compile(
    "|".join(map(_variant_pattern, sorted(_VARIANTS, key=lambda v: len(_SPACES.sub("", v)), reverse=True))),
    re.IGNORECASE,
)

# Lemmas that carry no subject: verbs of being and doing, formal nouns, question words, politeness,
# and the people a message is about (a mother's and a husband's memory loss are the same question).
STOP_LEMMAS = frozenset(
    """為る 有る 居る 成る 出来る 良い 言う 思う 行く 来る 見る 呉れる 貰う 遣る 下さる 頂く 致す 御座る 仰る
    置く 仕舞う 上げる 差し上げる 過ぎる 合う 得る 無い 易い 難い 宜しい 付く 頂ける 貰える
    事 物 方 時 所 様 為 此れ 其れ 彼れ 何 何処 何う 如何 誰 何時 ところ こと もの よう ため
    ちゃん さん 様 私 僕 俺 自分 今 最近 ちょっと 少し 色々 良く 凄い 大丈夫 本当 一寸 御 お 知る 分かる 教える
    聞く 欲しい 困る 相談 心配 不安 ください 方法 教え 場合 ありがとう 御願い 願う 気 実は 矢張り 全然 とても 仕方
    母 父 親 両親 主人 夫 旦那 妻 嫁 家内 義母 義父 姑 舅 祖母 祖父 息子 娘 兄 姉 弟 妹 孫 叔母 叔父 伯母 伯父
    お母さん お父さん 母親 父親 婆 爺 家族 本人 うち 我が家 住所 丁目 番地 番 号""".split()
)

# Punctuation and spaces: where a text is cut into stretches, and what hint cues are matched without.
PUNCTUATION = re.compile(r"[\s、。，．,.・･「」『』（）()\[\]【】!?！？…‥〜~：:；;”“\"'’‘/／]+")


def unify(text: str) -> str:
    """NFKC text without Chiba place names and with spelling variants rewritten to one form."""
    text = _CHIBA_PLACES.sub(" ", normalize(text))
    return _EQUIVALENT_RE.sub(lambda m: _EQUIVALENT_OF[_variant_key(m.group(0))], text)


def hinted_subjects(unified: str) -> list[str]:
    """The subjects a unified text hints at without naming them."""
    bare = PUNCTUATION.sub("", unified)
    return [subject for subject, cues in HINTS.items() if subject not in bare and any(c in bare for c in cues)]


def normalize_for_index(text: str) -> str:
    """Unified text with the subjects it hints at appended."""
    text = unify(text)
    extra = hinted_subjects(text)
    return text if not extra else text + " " + " ".join(extra)
