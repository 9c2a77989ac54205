"""Where an inquiry goes (docs/triage-spec.md, Routes), by readable rules.

Order, first match wins:
1. `emergency`       the urgency is emergency (119 / 110 now);
2. `outside_city`    the person concerned lives outside Chiba City (the address router says so);
3. `marugoto`        福祉まるごとサポートセンター: the problem is not (mainly) an older person's, or a
                     compound family problem across ages (8050, ひきこもりの息子, 障害のある子と高齢の親,
                     ヤングケアラー, ダブルケア with a child's own difficulty, a young household in need);
4. `zaitaku_renkei`  千葉市在宅医療・介護連携支援センター: a professional asking about home medical care
                     resources or how medicine and care work together (not about one client's support);
5. `center`          the あんしんケアセンター of the person concerned.

The center comes from the address router (injected: anything with `find_in_text(text)` returning a
Resolution-like object with `.kind` and `.center_id`), and only when it names exactly one center.
The address must be that of the person concerned (本人), not the writer's: a writer's
self-introduction (「東京に住む娘です」「船橋市在住の息子です」) is blanked out before the router reads the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from routing.results import Resolution

EMERGENCY, OUTSIDE_CITY, MARUGOTO, ZAITAKU_RENKEI, CENTER = (
    "emergency",
    "outside_city",
    "marugoto",
    "zaitaku_renkei",
    "center",
)


class AddressFinder(Protocol):
    def find_in_text(self, text: str) -> Resolution | None: ...


def _r(p: str) -> re.Pattern[str]:
    return re.compile(p)


# --- the writer's own address ---------------------------------------------------------------------

# 「東京に住む娘です」「船橋市在住の息子です」「大阪に住んどる息子やけど」: the writer is a relative,
# so an address here is not the person concerned's.
_WRITER_AS_RELATIVE = _r(
    r"[^。、,!?！？「」()（）]{1,24}?(に住む|に住んでいる|に住んでる|に住んでおります|に住んどる|に住んでいます|在住の|で暮らす|で暮らしている)"
    r"(娘|息子|嫁|婿|孫|姪|甥|妹|姉|兄|弟|家族|長男|長女|次男|次女|親族|子ども|子供)"
)
# 「私は千葉市に住んでいますが、母は…」: the writer's own home, set aside when someone else is the subject.
_WRITER_SELF = _r(
    r"(私|わたし|僕|ぼく|自分|うち)(は|も|自身は)?[^。、「」]{1,20}?(に住んで(い|お)(る|ます|ります)|に住んでる|在住(です|で|の)|で暮らして(い|お)(る|ます))"
)
_SOMEONE_ELSE = _r(
    r"(母|父|祖母|祖父|義母|義父|夫|妻|主人|兄|姉|弟|妹|叔母|叔父|伯母|伯父|おば|おじ|おかん|おとん|おふくろ|親父|両親|親|"
    r"近所|隣|利用者|患者|入居者)(は|が|の|も|\(|（)"
)


def concerned_person_text(text: str) -> str:
    """The message with the writer's own address blanked out.

    Every character keeps its place, so the span of an address found in it is a span of `text`.
    """
    from routing.normalize import nfkc_with_offsets

    t = unicodedata.normalize("NFKC", text)
    blank = lambda m: "　" * len(m.group(0))  # noqa: E731 - a full-width space per character
    blanked = _WRITER_AS_RELATIVE.sub(blank, t)
    if _SOMEONE_ELSE.search(blanked):
        blanked = _WRITER_SELF.sub(blank, blanked)
    if blanked == t:
        return text
    pieces, starts, ends = nfkc_with_offsets(text)
    if pieces != t:  # NFKC across characters: no places to keep
        return blanked
    out = list(text)
    for i, (before, after) in enumerate(zip(t, blanked)):
        if before != after:
            out[starts[i] : ends[i]] = ["　"] * (ends[i] - starts[i])
    return "".join(out)


# --- 福祉まるごとサポートセンター -------------------------------------------------------------------

_YOUNGER_RELATIVE = (
    r"(息子|むすこ|娘|兄|弟|姉|妹|孫|叔父|叔母|おじ|おば|いとこ|甥|姪|子ども|子供|こども|うちの子|わが子|子)"
)
_PROBLEM_OF_THE_YOUNGER = (
    r"(ひきこもり|引きこもり|引き籠|ひきこも|(家|部屋)にこもって|部屋から出(ない|ず|なく|て(こ|き))|家から出(ない|ず|なく)|いえから でない|"
    r"無職|働かず|働けず|働けな|働いていない|働いてい?ません|働いてない|働かない|しごとしない|仕事をせず|仕事をしていない|仕事もしていない|"
    r"仕事を失|失業|障害|障がい|精神|うつ|統合失調|発達|依存|アルコール|ギャンブル|借金|不登校|摂食|刑務所|難病|療育|医療的ケア|"
    r"学校を休|学校に行け|生活保護|生活に困|生活が(苦し|破綻|回らな)|dv|ＤＶ|離婚)"
)
MARUGOTO_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # The names of the compound problems themselves, or a family with several at once.
    (
        "named",
        _r(
            r"8050|9060|7040|ヤングケアラー|まるごと|家族全体|(家族|家族全員|家族みんな)(の|に|が)[^。]{0,6}?(借金|病気|障害|問題)|"
            r"複数の問題|問題が重な|全部が重な|どの窓口|うちじゃない|65歳未満|若い(夫婦|世帯)"
        ),
    ),
    # A younger relative with a difficulty of their own (8050, 障害のある子, 精神疾患の娘).
    (
        "younger_relative",
        _r(
            _YOUNGER_RELATIVE
            + r"[^。]{0,20}?"
            + _PROBLEM_OF_THE_YOUNGER
            + r"|"
            + _PROBLEM_OF_THE_YOUNGER
            + r"[^。]{0,12}?(の|がある|のある|を抱えた|を持っている|を持つ)"
            + _YOUNGER_RELATIVE
        ),
    ),
    # The writer's own difficulty next to an older parent's care (「私は難病です」「自分も病気で働けなくなりました」).
    (
        "writer_difficulty",
        _r(r"(私|自分)(は|も|が)?[^。]{0,8}?(病気で働け|働けなく|失業|難病|障害者手帳|障害があ|うつ)"),
    ),
    # A middle-aged child living with an older parent (「50代の息子」「息子(40歳)」).
    (
        "middle_aged_child",
        _r(
            r"([2-5]0代|[2-5][0-9]歳)(の|で|くらいの)?(息子|娘|兄|弟|姉|妹|子)|(息子|娘|兄|弟)(\(|（)[2-5][0-9]|もう[2-5][0-9]です"
        ),
    ),
    # The writer is young and in need, or a young carer whose school or work suffers.
    (
        "young_writer",
        _r(
            r"(私|自分)(は|も)?[^。]{0,6}?([2-4]0代|[1-3][0-9]歳)|^[2-4]0代|[2-4]0代(です|で|、)|シングルマザー|ひとり親|"
            r"(高校生|中学生|小学生|大学生|学生)[\s\S]{0,30}?(学校|勉強|部活|就職|進学|休みがち|行けて)|"
            r"(学校|勉強|部活|就職|進学)[\s\S]{0,30}?(高校生|中学生|小学生|大学生|学生)"
        ),
    ),
    # Money troubles of a whole household across generations.
    (
        "household_money",
        _r(
            r"(子ども|子供|こども)(に|と|が|の)[^。]{0,12}?(食べさせ|たべる|食べる|行くところ|ふたり|二人|学費|受験)|"
            r"(学費|住宅ローン)[^。]{0,30}?(介護|認知症)|(介護|認知症)[^。]{0,30}?(学費|住宅ローン)|(家族|家族全員)の借金"
        ),
    ),
)
# A message about an older person being hurt or confined stays with the center (spec: abuse with injury).
_MARUGOTO_EXCEPT = _r(
    r"(母|父|祖母|祖父|親)(に|を)?[^。]{0,10}?(殴|叩|蹴|けが|怪我|あざ|突き飛ば)|出してもらえ|閉じ込め"
)
# An older writer (「私は78歳」) is not a young one.
_OLDER_WRITER = _r(r"(私|自分)(は|も)?[^。]{0,6}?([6-9]0代|[6-9][0-9]歳)")


def marugoto_reason(text: str) -> str | None:
    t = unicodedata.normalize("NFKC", text).lower()
    if _MARUGOTO_EXCEPT.search(t):
        return None
    for rule_id, pattern in MARUGOTO_RULES:
        if rule_id == "young_writer" and _OLDER_WRITER.search(t):
            continue
        if pattern.search(t):
            return rule_id
    return None


# --- 在宅医療・介護連携支援センター -------------------------------------------------------------------

# The writer says they are a professional (the topic model's `professional` also counts).
_PROFESSIONAL_WRITER = _r(
    r"(ケアマネ(ジャー)?|居宅(介護支援)?(事業所)?|病院|医院|クリニック|診療所|地域連携室|医療相談室|退院支援(看護師|担当|部門)?|退院調整(看護師)?|"
    r"msw|ソーシャルワーカー|相談員|訪問看護(ステーション)?|訪問看護師|看護師|薬剤師|薬局|理学療法士|作業療法士|言語聴覚士|管理栄養士|栄養士|"
    r"事業所|施設(職員|の職員)?|医師|歯科医|ヘルパー|サービス提供責任者|社協)(の者)?(です|として|をしています|をしております|の立場|より|[)）])"
    r"|当院|当事業所|当薬局|当ステーション|弊社|[(（](ケアマネ|訪問看護|病院msw|msw|施設職員|薬剤師)[)）]|開業医|歯科衛生士|地域連携室|退院支援"
)
# Questions only professionals ask (forms, training, shared rules, lists of resources).
_PROFESSIONAL_CONTENT = _r(
    r"多職種|研修|勉強会|説明会|講師|様式|シート|提供書|書式|連携加算|ケアプラン|医療機関向け|職員向け|ケアマネ向け|在宅患者|"
    r"利用者さん|利用者の|患者さん|資源マップ|社会資源|地域資源|一覧|医療と介護の連携|在宅医療と介護|連携の(ルール|仕組み)"
)
_MEDICAL_CONTEXT = _r(
    r"医療|医師|多職種|訪問診療|往診|訪問医|在宅医|訪問看護|在宅療養|在宅で|在宅に|在宅患者|在宅生活|病院|診療所|クリニック|薬局|"
    r"歯科|看取り|退院|入院|主治医|医療機関|療養|点滴|褥瘡|たん吸引|栄養指導|リハビリ"
)
_MEDICAL_RESOURCE = (
    r"(訪問診療|往診|訪問医|在宅医|訪問看護|訪問歯科|歯科|訪問薬剤|訪問リハ|在宅リハ|医療機関|クリニック|医院|病院|先生|医師|診療所|"
    r"皮膚科|眼科|神経内科|精神科|耳鼻科|看護小規模多機能|看多機|薬局|ショートステイ|療養型)"
)
ZAITAKU_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # Looking for a home medical resource: a doctor who visits, a nursing station, a dentist.
    (
        "medical_resource",
        _r(
            _MEDICAL_RESOURCE + r"[^。]{0,25}?(探し|さがし|紹介|一覧|リスト|マップ|教えて|ありますか|ある\?|いますか|"
            r"見つから|見つかりません|知りたい|情報|対応でき|引き受け|受けてくれ|お願いしたい|入れたい|つなげ|つながり|どこにあ|どこで見)"
        ),
    ),
    # How medicine and care work together: rules, forms, shared records, training, the center itself.
    (
        "coordination",
        _r(
            r"(連携|情報共有|情報連携|調整|つながり|引き継)[^。]{0,8}?(仕組み|について|知って|すれば|ルール|方法|窓口|しかた|仕方|進め方|様式|シート|ツール|ガイド|"
            r"について|体制|取り決め|要件)|連携シート|共通様式|書式|様式|提供書|多職種|研修|講演|勉強会|説明会|カンファレンス|"
            r"(決まり|ルール|取り決め|推奨)|社会資源|地域資源|在宅医療の相談|資源マップ|在宅移行|医療ニーズ|医療依存|医療管理|医療的ケア|"
            r"指示書|在宅医療・介護連携|連携支援センター|ict|チームを(組|作)|受け皿|計画を作"
        ),
    ),
)
# A professional asking the center to support one client (見守り, 虐待, a home that is unsafe) → center.
_CASE_SUPPORT = _r(r"見守|虐待|不衛生|暴言|暴力|拒否|帰れな|老朽|お金の管理|支払い")


def zaitaku_reason(text: str, topics: list[str]) -> str | None:
    t = unicodedata.normalize("NFKC", text).lower()
    # The writer must say they are a professional: the topic model's `professional` guess alone
    # sent families asking about 訪問看護 to the coordination center.
    if not (_PROFESSIONAL_WRITER.search(t) or _PROFESSIONAL_CONTENT.search(t)):
        return None
    if not _MEDICAL_CONTEXT.search(t) or _CASE_SUPPORT.search(t):
        return None
    for rule_id, pattern in ZAITAKU_RULES:
        if pattern.search(t):
            return rule_id
    return None


# --- putting it together -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RouteDecision:
    route: str
    center_id: str | None
    address: Resolution | None  # the router's Resolution for the person concerned, or None
    reason: str


def find_address(router: AddressFinder | None, text: str) -> Resolution | None:
    if router is None:
        return None
    return router.find_in_text(concerned_person_text(text))


def decide_route(text: str, urgency: str, topics: list[str], address: Resolution | None) -> RouteDecision:
    kind = address.kind if address is not None else None
    center_id = address.center_id if address is not None and kind == "center" else None
    if urgency == "emergency":
        return RouteDecision(EMERGENCY, center_id, address, "urgency")
    if kind == "outside_city":
        return RouteDecision(OUTSIDE_CITY, None, address, "address")
    reason = marugoto_reason(text)
    if reason:
        return RouteDecision(MARUGOTO, center_id, address, f"marugoto:{reason}")
    reason = zaitaku_reason(text, topics)
    if reason:
        return RouteDecision(ZAITAKU_RENKEI, center_id, address, f"zaitaku_renkei:{reason}")
    return RouteDecision(CENTER, center_id, address, "default")


ADDRESS_MARK = "＠"


def mask_address(text: str, address: Resolution | None) -> str:
    """The text with the address the router found replaced by ＠, for the topic model.

    Town names say nothing about the worry, but a model trained on a few thousand messages
    learns them anyway (「…丁目」 turned up mostly in address-only questions). The resolution
    carries where its address is in `text` (its span); without one nothing is masked. A masked
    text is normalised as the topic model was trained on it.
    """
    from routing.normalize import normalize_text

    span = address.span if address is not None else None
    if span is None:
        return text
    start, end = span
    # a private-use character survives normalisation untouched (＠ itself would become @)
    return normalize_text(text[:start] + "\ue000" + text[end:]).replace("\ue000", ADDRESS_MARK)
