"""Readable keyword cues for the topic model.

Each cue is a regular expression over the compact text (NFKC, lower case, no spaces) and becomes
one binary feature (`k:<cue id>`). The cues do not decide anything themselves: the logistic
regression learns how much each is worth, next to the character n-grams and lemmas. They carry
the indirect ways people write about a worry (「同じ話を何度もする」 for dementia) so that a
short message with few n-grams in common with the training data is still read.

Hiragana variants are listed where older writers often write without kanji.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Cue:
    id: str
    pattern: re.Pattern[str]


def _cue(cue_id: str, pattern: str) -> Cue:
    return Cue(cue_id, re.compile(pattern))


CUES: tuple[Cue, ...] = (
    # --- dementia: the illness named, or its everyday signs
    _cue("dementia_named", r"認知症|にんちしょう|ニンチショウ|痴呆|ぼけ|ボケ|若年性|物忘れ外来|もの忘れ外来"),
    _cue("forgetting", r"物忘れ|もの忘れ|ものわすれ|忘れ(っぽ|る(こと|よう))|覚えていない|おぼえてない|思い出せない"),
    _cue(
        "repeating",
        r"同じ(こと|事|話|はなし|もの|物|質問)を?(何度|なんど|何回|なんかい|繰り返|くりかえ)|何度も同じ|なんども同じ",
    ),
    _cue("lost_way", r"徘徊|はいかい|道に迷|みちにまよ|迷子|帰り道がわから|家がわからな|場所がわからな"),
    _cue("stolen_delusion", r"(財布|通帳|お金|印鑑)を?(盗|とられ|取られ|隠され)|物盗られ"),
    # --- end of life
    _cue("end_of_life", r"終活|しゅうかつ|エンディングノート|人生会議|acp|看取|みとり|最期|延命"),
    _cue(
        "after_death",
        r"(亡くな|死んだ|死ん)(った)?(後|あと)|死後|葬儀|葬式|お墓|墓じまい|遺品|遺言|相続|身元保証|身寄り",
    ),
    # --- consumer fraud: sales tricks and scams
    _cue("fraud_named", r"詐欺|さぎ|オレオレ|還付金|架空請求|悪質|だまされ|騙され|騙し"),
    _cue(
        "sales_trick",
        r"訪問販売|点検|勧誘|定期購入|クーリング|解約|契約して(しま|しも|もう)|買わされ|高額な|うまい話|当選",
    ),
    _cue("money_request", r"キャッシュカード|暗証番号|振り?込|atm|受け子|お金を(取りに|受け取りに)"),
    # --- abuse
    _cue("abuse_named", r"虐待|ぎゃくたい|ネグレクト|介護放棄"),
    _cue("violence", r"殴|なぐ|叩|たたか|蹴|けられ|暴力|あざ|アザ|痣|突き飛ば|手をあげ|手を上げ"),
    _cue("verbal_abuse", r"怒鳴|どなり|どなる|暴言|罵|ばか(にされ|と言)|死ね"),
    _cue("money_taken", r"(年金|通帳|貯金|お金)を?(勝手に|使い込|つかいこ|取り上げ|とりあげ|渡さな)"),
    _cue("confined", r"閉じ込め|とじこめ|閉め出|締め出|鍵をかけ(て|られ)"),
    _cue("self_neglect", r"ゴミ屋敷|ごみ屋敷|セルフネグレクト|お風呂に(ずっと|何(か|ヶ|カ)?月も)?入って(い)?ない|異臭"),
    # --- guardianship
    _cue("guardianship", r"成年後見|後見人|後見制度|任意後見|保佐|補助人|市長申立|日常生活自立支援"),
    _cue("money_management", r"(お金|金銭|通帳|財産)の?管理|契約(が|を)?(できな|わからな|理解でき)|判断能力"),
    # --- care services
    _cue("care_insurance", r"介護保険|要介護|要支援|介護認定|認定(を|の)?(申請|調査|結果)|区分変更"),
    _cue(
        "care_service",
        r"ケアマネ|デイサービス|デイケア|ヘルパー|ショートステイ|特養|老人ホーム|グループホーム|施設(に|へ|を|の)?(入|探|申)|福祉用具|車いす|車椅子|手すり|住宅改修|介護ベッド",
    ),
    # --- care prevention
    _cue(
        "prevention",
        r"フレイル|介護予防|体操|通いの場|サロン|自主グループ|基本チェックリスト|いきいき|健康づくり|運動教室|筋力|脳トレ",
    ),
    # --- home medical care
    _cue(
        "home_medical", r"訪問診療|往診|訪問看護|在宅医療|在宅療養|在宅で(の)?(療養|看取|治療)|家に来てくれる(医|お医)"
    ),
    _cue(
        "hospital", r"退院|入院|主治医|かかりつけ|通院|病院|服薬|薬の(管理|飲み忘れ)|飲み忘れ|点滴|酸素|胃ろう|たん吸引"
    ),
    # --- caregiver support
    _cue(
        "caregiver_strain",
        r"介護疲れ|疲れ(た|て|果て)|限界|しんどい|つらい|辛い|眠れない|ストレス|イライラ|息抜き|レスパイト|家族会",
    ),
    _cue("work_care", r"両立|介護離職|仕事を(辞め|やめ|休)|ダブルケア|遠距離介護|遠方に住|離れて暮ら"),
    # --- watch / isolation
    _cue("living_alone", r"一人暮らし|ひとり暮らし|ひとりぐらし|独居|身寄り"),
    _cue("neighbour", r"近所|隣の|となりの|向かいの|お隣|民生委員|自治会|町内会"),
    _cue(
        "no_contact",
        r"連絡が(取れ|とれ|つか)|電話に出な|姿を(見|み)かけ|見かけな|新聞がたま|郵便(物)?がたま|応答がな|返事がな",
    ),
    _cue("isolation", r"閉じこもり|引きこもりがち|孤立|孤独|話し相手|寂し|さみし|見守り"),
    # --- daily living
    _cue(
        "daily_living",
        r"買い物|ごみ出し|ゴミ出し|配食|お弁当|弁当|移動|送迎|タクシー|バス|電球|草取り|草むしり|掃除|雪かき|ボランティア|生活支援",
    ),
    _cue("housing", r"住まい|引っ越|引越|家賃|立ち退|アパート|住む(所|ところ)|住宅"),
    # --- professionals
    _cue(
        "professional_self",
        r"ケアマネ(ジャー)?(です|をして|として)|当院|当事業所|弊社|事業所(の|です)|ステーションの|地域連携室|msw|相談員です|看護師です|民生委員(です|をして)|包括さん",
    ),
    _cue(
        "professional_case",
        r"利用者(さん|様)|患者(さん|様)|担当(している|の)(方|利用者|ケース)|支援困難|困難事例|多職種|カスハラ|カスタマーハラスメント|連携",
    ),
    # --- other: the centre itself, greetings
    _cue("center_info", r"場所|受付時間|何時まで|営業時間|電話番号|駐車場|休み|開いて|地図|行き方"),
    _cue("greeting", r"^(こんにちは|こんばんは|はじめまして|おはよう|よろしく|ありがとう|テスト)"),
    # --- compound family problems (also read by the route rules)
    _cue(
        "younger_family",
        r"8050|9060|7040|ひきこもり|引きこもり|引き籠|ヤングケアラー|無職の(息子|娘)|(息子|娘)(が|は)?(働いて|仕事をして)(い)?ない",
    ),
)


def active_cues(compact_text: str) -> list[str]:
    """Ids of the cues found in `compact_text` (already NFKC, lower case, without spaces)."""
    return [cue.id for cue in CUES if cue.pattern.search(compact_text)]
