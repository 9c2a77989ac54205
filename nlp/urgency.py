"""Urgency by readable rules (nlp/rules/, one module per emergency family), each match read in context.

Levels (docs/triage-spec.md): `emergency` (a life in danger now, a crime or a disappearance
happening now → 119 / 110), `urgent` (a staff response today), `routine`. A fourth, internal level
`advice` marks a medical worry that is not clearly an emergency: the urgency does not rise, and
the resident is pointed to 千葉県救急安心電話相談 #7119 (Chiba changed #7009 to #7119 on
2023-11-01; nurses answer weekdays and Saturdays 18:00–08:00, Sundays and holidays 09:00–08:00;
sources in nlp/README.md).

A missed emergency is the worst error, so emergency patterns are broad and are set aside only
when the sentence says plainly that the danger is not here and now:
- negated right after the match:              「倒れてはいません」「出血はない」
- conditional, hypothetical or preventive:     「倒れたらどうしよう」「もし意識がなくなったら」「転倒予防」
- a worry about what may happen:               「倒れないか心配」「倒れるかもしれない」
- in the past (the nearest time word before):  「先月倒れたが」「以前倒れたことがある」
- already dealt with (same or next sentence):  「…今は元気です」「救急車で運ばれて入院しました」
- habitual or long-standing:                   「時々息が苦しくなる」「先月から胸が痛い」 → `advice`
- as usual, or explained by a harmless cause:  「息苦しさはいつも通り」「顔がゆがむ(歯医者の麻酔のせい)」
- acted or reported, not lived:                「ドラマのロケで倒れてるシーンを撮ってた」「…とテレビで見て」
- said as a joke or a measure of degree:      「胸が苦しいわ、なんて冗談言って」「ろれつが回らないほど飲んだ」
A vital sign said to look about to go (「呼吸が止まりそう」「今にも死にそう」) is not set aside as not yet: said of a
person now or of oneself in distress it counts, as a figure of speech (「疲れて死にそう」) it does not, and in
between the rules ask the safety question themselves (`UrgencyResult.about_to_call`).
Asides in brackets are read as part of their sentence: 「夫がいない！(と思ったら庭にいた)」 is a false alarm.
Rules marked `worry_counts` (someone unanswered for days) still count when the writer only fears
the worst (「中で倒れていないか心配」): that fear is exactly the emergency.

Text is matched in its compact form: NFKC, lower case, no spaces, so 「たおれて いしきが」 is read as
「たおれていしきが」. Hiragana spellings sit next to the kanji ones where older writers use them; a few
longer sign words spelled out in kana are read as the lexicon knows them (「ゆくえふめい」→「行方不明」,
「えーてぃーえむ」→「atm」), and commas that only mark speech pauses (「くちが、かたほう、さがって」) are read
as spaces.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from core.text import compact
from nlp import fastre
from nlp.rules import ADVICE, ADVICE_NUMBER, CRISIS, EMERGENCY, FAMILIES, ROUTINE, RULES, URGENT, Rule
from nlp.rules.base import IMA as _IMA
from nlp.rules.base import PERSON_SUBJECT
from nlp.rules.crisis import BUCKET_LIST, CONTENT_TO_GO_LAUGHED, HABIT_SAYING_OF_THE_WELL, NOT_CRISIS
from nlp.rules.urgent import ESTRANGED

_RANK = {EMERGENCY: 3, URGENT: 2, ADVICE: 1, ROUTINE: 0}
__all__ = ["ADVICE_NUMBER", "CRISIS", "EMERGENCY", "FAMILIES", "RULES", "Rule", "URGENT", "assess_urgency", "explain"]


def _r(p: str) -> re.Pattern[str]:
    return re.compile(p)


# Words that take back or doubt what was just said, later in the same sentence: a contrast (「元気にしていたのに」
# 「異常なしと言われたけど」「入院せず帰宅したものの」).
_BUT = ("のに", "けど", "けれど", "が[、,]")
_TAKEN_BACK = (*_BUT, "ものの")


def _not_doubted_within(n: int, extra: tuple[str, ...] = (), *, by: tuple[str, ...] = _TAKEN_BACK) -> str:
    """A negative lookahead: what was just read is not followed, within `n` characters of the same sentence, by a
    word that takes it back (`by`: the contrast words unless told otherwise) nor by one of `extra`."""
    return rf"(?![^。]{{0,{n}}}?(?:{'|'.join((*by, *extra))}))"


# --- reading a match in its sentence ------------------------------------------------------------

# Negation right after the matched predicate: 倒れ|ていない, 出血|はない, 叩く|音などはありません, also after a
# stem that ends before ん or 込ん (座り込|んではいません, 倒れ|込んではいない). Not ずら, the sentence end of Yamanashi
# and Shizuoka speech (「帰ってこんずら」: he has not come back, has he).
_NEGATION = _r(
    r"^(?:(?:込|こ)?んで|て|で|と|く|っ|さ)?(?:ような|みたいな)?(?:音|こと|様子|跡|形跡|の)?(?:など|とか|たり)?(?:は|も|が)?(?:もう|全く|まったく|一度も|絶対|ぜったい|決して|けっして)?"
    r"(?:して|し|て|見られ|みられ|あらしま|ありま|あら|あり|ござい|おら|おり)?(?:い|お|ら)?"
    r"(?:ない|無い|ません|ませぬ|なかった|なく(?!な)|ず(?!っと|ら)|ねえ|ねぇ|へん(?![じなだでにとがよ])|ひん(?![じな])"
    # the old negative ぬ after おら, あら (「倒れてはおらぬ」「出血はあらぬ」)
    r"|(?<=おら|あら)ぬ"
    # ん after a stem (「来ん」), or after て, で, と, く, っ only where the clause ends (not the next word in kana
    # written without punctuation: 「かえってこない でんしゃに」「でんわも」)
    r"|(?<![てでとくっ])ん(?![でだやよじがなとど])|(?<=[てでとくっ])ん(?=$|[。、,!！?？…]|かっ|けど|けれど|のに|から|ね))"
)
# A wish then the explanatory ん (「消えてなくなりてえ|んさ」「死にたい|んよ」): no negative, which a wish takes as たくない.
_EXPLAINED_WISH = _r(r"^(?:たい|てえ|てぇ)ん(?!じゃ(?:な|ね))")
# 「死にたく|ないわけじゃない」: a double negative affirms.
_DOUBLE_NEGATIVE = _r(r"^[^。]{0,4}?(?:ない|なく)(?:わけ|訳)(?:じゃ|では|でも)?(?:ない|なく|ありません)")
# 「倒れたわけじゃない」「震えてるわけではない」: the sign denied as a whole (not for crisis rules: 「死にたいわけ
# じゃないけど」 is no reassurance).
_NOT_THE_CASE = _r(
    r"^(?:ん(?:だ|で(?:い)?る)|っ?た|だ|る|い|く|かった|(?:て|で)(?:い)?(?:る|た)?)?(?:という|って)?(?:わけ|訳)(?:じゃ|では|でも|や)?(?:ない|なく|ありません|ねえ|ねぇ)"
)
# The sign said to be as usual: 「ろれつもいつも通り」「呂律は普通」, also after the sign made a noun or in an aside
# (「息苦しさはいつも通り」「息苦しい(いつもと同じ)」).
_AS_USUAL = _r(
    r"^(?:さ|み|い)?(?:は|も|[(（])(?:いつも通り|いつもどおり|いつもとおり|普段通り|ふだんどおり|ふだんとおり|普段どおり|いつもと(?:同じ|おなじ)|普段と(?:同じ|おなじ)"
    r"|普通|ふつう|しっかり|はっきり|問題な[いくし]|大丈夫|だいじょうぶ)"
    r"(?!じゃ|では|でな|でもな|ではな|か|かな|かどうか|に見え|にみえ|そう|だった|でした)"
)
# Never happened (「間違えて飲んだことはない」「倒れたことは一度もありません」).
_NEVER_HAPPENED = _r(
    r"^[^。、]{0,4}?(?:た|だ)(?:こと|事)(?:は|が|も)?(?:一度も|いちども|まだ|今まで|いままで)?(?:ない|無い|ありません|ねえ|なかった|ございません)"
)
# …or never seen by the writer (「手を出しているのは見ていません」「倒れているところは見たことがない」): only with
# no word of here and now in the message (「殴っているところは見ていないけど、今悲鳴が」).
_NEVER_SEEN = _r(
    r"^[^。、]{0,4}?(?:の|ところ|とこ)(?:は|を|まで|も)(?:見て|みて|見た(?:こと|事)|みたこと|目撃して|もくげきして)(?:は|が|も)?(?:い|お)?"
    r"(?:ない|無い|ません|ねえ|なかった|ないです)"
)
# 「死にたいとは思わない」「死にたいなどとは思っておりません」
_NEGATED_THOUGHT = _r(
    r"^(?:など|なんて)?(?:と|とは|とまでは|って|なんて|なんか|とか)(?:思|おも)(?:わ|い(?=ませ)|って(?:い|おり)?|った(?:こと|事)(?:は|も|が)?(?:一度も|いちども)?)(?:ない|ません|ませぬ|ず|ぬ|なかった|ん(?!で|じゃ|だ))"
)
# "About to", right after the match: 倒れそうです, 倒れそう😵, a match ending in the stem (間違えて飲|みそうでこわい);
# not 「おろそうと」.
_ABOUT_TO_TAILS = (
    r"(?:られ|れ)?そう(?:に|な|で|だ|。|!|$|笑|w|[\U0001F300-\U0001FAFF])",
    r"[みびきぎしちにりい]そう(?:に|な|で|だ|。|!|$)",
)
# Conditional, hypothetical, preventive or wished-for forms right after the match.
_CONDITIONAL_TAILS = (
    r"(?:って|て|で|っ)?(?:い|しま|ちゃ|き|来)?(?:った|た|だ|かった|なかった|なくなった|なった|くなった)ら(?!れ|し[いくかゅ])",  # 倒れたら, 押しかけてきたら, 入ってきたら; not 倒れたらしい
    # a match ending in the stem: 洗剤を飲|んだら, 転|んだら; not the wish 「一緒に死|んだら楽かな」
    r"ん(?:だ|じゃった|でしまった|でた)ら(?!れ|し[いくかゅ]|楽|らく|いい|よい|ええ|まし)",
    r"(?:て|で)[^。、]{0,6}?(?:なくなった|なった)ら(?!れ|し[いくかゅ])",  # 倒れ|て動けなくなったら
    r"(?:が|は)[^。、]{0,6}?(?:なくなった|くなった|なった)ら(?!れ|し[いくかゅ])",  # ろれつ|が回らなくなったら
    # an attack or a fit said to come (「けいれん発作が起きたら」「発作が出たら」)
    r"(?:発作|ほっさ)?(?:が|は)?(?:起き|おき|起こっ|おこっ|出|で)たら(?!れ|し[いくかゅ])",
    r"[^。、]{0,10}?(?:たり)?しないよう(?:に|、|$)",  # 薬を一度に|全部飲んだりしないよう
    # someone starting to say or show it, then a question (「胸が苦しいって言い出したら、どこに」): not what happened
    r"[^。、]{0,6}?(?:出し|だし|始め|はじめ)たら、?[^。]{0,16}?(?:どう(?:し|す|な)|どこ|何を|なにを|誰に|だれに|(?:いい|よい)(?:ですか|の|でしょう|か))",
    r"[りきしちにびみいえけせねべめれ](?:た|だ)ら(?!れ)",  # a match ending in the stem: 屋上から飛び降|りたら
    r"(?:ら|さ|ま|か|わ|が|ば|な|た)(?:せ|れ|せられ)(?:て|ちゃ)?(?:た|だ|っ)ら(?!れ)",  # 喉詰ま|らせたら, 飲|ませたら
    r"(?:れ|け)?れば|ければ",  # 倒れれば, 苦しければ
    r"(?:っ|ん|く|くなっ|なっ|になっ)?(?:る|た|だ|ない|い|の|く)?(?:時|とき|場合|際)(?:は|に|の|も|には|が(?!(?:ある|あり|あっ|多|おお))|用)",  # 倒れた時は, つまったときの; not 「…時がある」 (how often)
    # 倒れると, 倒れる前に; not a manner told (「のどをかきむしるようにして、」「崩れるようにして倒れた」), nor a
    # manner going on now (「胸をかきむしるようにしていて」「喉を押さえるようにしてる」)
    # (not hearsay: 「しびれるとのこと」)
    r"る(?:と(?![言い聞思おきっ]|の(?:こと|事))|前|まえ|よう(?:な|に(?!して(?:[、,]|い?て|い?る|います|倒|たお|崩|くず|座|すわ|うずくま))))",
    # 倒れても, 泥棒が入っても; not 倒れてもう動かない, nor the Kansai and Hokuriku perfect 「詰めてもた(んや)」
    r"っ?(?:て|で)も(?!起|お|目|反|返|答|動|出|う|ら|ー|た(?:ん|や|わ|で|ね|よ|がや|げ|[、。,!！?？\s]|$|[^ぁ-ゖ]))",
    r"(?:て|で)い?(?:て|で)も(?!起|お|目|反|返|答|動|出|う|ら|ず|ずっと)",  # 倒れてても, 倒れていても (even if lying there)
    r"[^。]{0,4}?(?:ない|ぬ|ねぇ|ねえ)(?:よう|ため|コツ|こつ|方法|ほうほう|工夫|くふう|対策|秘訣|ひけつ|ポイント|やり方|食べ方|たべかた"
    # a means of prevention (「薬が一度に飲めない仕組みにしたい」「まとめて飲めない仕掛けのケース」)
    r"|仕組み|しくみ|仕掛け|しかけ|手立て|てだて|方策|ほうさく|システム|しすてむ)",  # 倒れないように, 飲まないように, 詰まらせないコツ
    r"(?:の)?(?:予防|防止|対策|危険|リスク|おそれ|恐れ)|に備え",
    # nobody to come to it (「餅を喉に詰まらせる方がいないよう」「倒れる人が出ないように」): prevention
    r"[^。、]{0,4}?(?:人|ひと|方|かた|者|もの|お客|利用者|子)(?:が|の)(?:い|出|で)(?:ない|ません)(?:よう|ため)",
    # the same in the dialect negative (「餅をのどにつまらせんように切る」「転ばへんよう」), not what came to be or is seen
    # (「息ができんようになった」「動かんように見える」)
    r"[^。、]{0,4}?[せらさかまわがばたれけ](?:ん|へん|ひん)よう(?:に|、)(?!な|見|み|思|おも|感|かん|聞|き|[^。、]{0,2}?(?:見え|みえ))",
    r"(?:の)?(?:を|が)?(?:防|ふせ)(?:ぐ|ぎ(?!れ)|げ(?!な|ず|ませ)|ご)",  # 誤飲を防ぐ工夫, 侵入されるのを防ぐには, 転落を防ぎたい  # 転倒予防, 転倒の危険
    *_ABOUT_TO_TAILS,
    r"(?:て|で)ほし",  # いなくなってほしい
    # an instruction quoted (「一度に飲んではいけないと言われた」), not 「…いけないのに飲んでしまった」
    r"(?:(?:で|て)?(?:は|も)|ちゃ|じゃ)(?:いけ(?:ない|ません)|だめ|ダメ|駄目|あかん)(?:よ|です|だ)?(?:と|って)"
    + _not_doubted_within(12, by=("のに",)),
    # lest it happen, in a letter's words (「漂白剤を誤って口にしてはと、洗剤に鍵を」「薬を飲み過ぎては大変なので」), not
    # 「…してはいけないのに、してしまった」
    r"(?:ん|し|さ)?(?:て|で)は(?:と|(?:大変|たいへん|困る|こまる|危ない|あぶない|いけない|いけません)(?:と|なので|ですので|だから|ですから))"
    + _not_doubted_within(12, by=("のに",)),
    r"(?:る|た)?(?:こと|事)(?:が|は|も)?(?:心配|不安|怖|こわ)",  # 倒れることが心配
)
_CONDITIONAL_TAIL = _r("^(?:" + "|".join(_CONDITIONAL_TAILS) + ")")
# The same without "about to" (「止まりそう」), for a vital sign read as about to go now (_about_to_reading).
_CONDITIONAL_BESIDES_ABOUT_TO = _r("^(?:" + "|".join(t for t in _CONDITIONAL_TAILS if t not in _ABOUT_TO_TAILS) + ")")
_ABOUT_TO_TAIL = _r("^(?:" + "|".join(_ABOUT_TO_TAILS) + ")")
# For a vital sign, also run on into the next words (voice input: 「気を失いそう明日の面談…」); not 「相談」「…そうと」.
_VITAL_ABOUT_TO_TAIL = _r(r"^(?:られ|れ)?[みびきぎしちにりい]?そう(?!だん|ぞく|じ(?!ゃ)|と|ろ|こ)")
# A general question a little further on: 「意識がない人を見つけたときは」「倒れている人がいた場合」.
_GENERAL_CASE = _r(r"^[^。、]{0,12}?(?:(?:た|る)(?:時|とき)は|場合)")
# …or the case in the present, then a question on what to do in it (「何日も連絡がつかないとき、どこまで入っていいのか」
# 「息苦しいとき、どうすればいいですか」); not a past occasion (「倒れたとき、どうしたらいいか分からず」).
_WHEN_ASKED = _r(
    # a case only suspected (「薬を飲みすぎたかもしれない時って、どこに」) is a case too
    r"^(?:[^。、時と]{0,3}?(?:んだ|った))?(?:かもしれない|かもしれん|かも)?(?:ない|い|る|ている|てる|でいる|でる)?(?:時|とき|際)(?:って|は|には)?[、,]?[^。]{0,30}?(?:どう(?:す|し|な)|どこ(?:まで|に|へ)|誰に|だれに|何を|なにを"
    r"|(?:いい|よい)(?:の|ですか|でしょう|か)|ですか|でしょうか|相談|そうだん|教え|おしえ"
    # which department, which number, how long to wait, what one ought to do (「胸が苦しい時 何科」「…ときって救急車？
    # それとも#7119？」「電話に出ないとき、何日待ってから通報すべき？」)
    r"|何科|なにか(?=$|[?？])|(?:救急車|7119)[?？か]|(?:何日|なんにち)(?:くらい|ぐらい|ほど)?(?:待|ま[っちつ]|様子|ようす)"
    r"|べき(?:[?？か]|でしょう|ですか|なの))"
)
# The case, then how one would come to know of it (「一人暮らしの母が倒れて動けなくなったとき、どうやって気づけば
# いいのか」「転んで起きられなくなった場合、どうしたら分かりますか」): a question about watching over, not a fall now.
_HOW_TO_KNOW_ASKED = _r(
    r"^[^。]{0,16}?(?:時|とき|場合|際)(?:って|は|に|には)?[、,]?[^。]{0,8}?(?:どうやって|どのように|どうしたら|どうすれば|どうやったら)[^。]{0,4}?"
    r"(?:気づ[けく]|気付[けく]|きづ[けく]|分かる|わかる|分かります|わかります|知る|知れ|しる|しれ)"
    # not a past occasion told (「…とき、どうやって気づけばいいか分からなかった」)
    r"(?![^。]{0,12}?(?:なかった|ず[、。]|ませんでした))"
)
# The case named as the occasion of a way to act (「高齢の方が電子マネーを大量に買おうとした時の声かけのコツ」「倒れて
# いる人を見つけた際の対応を」): a general question, when no one of one's own is the subject and nothing is now.
_CASE_OF_A_WAY = _r(
    r"^[^。、]{0,12}?(?:た|る)(?:時|とき|場合|際)の[^。、]{0,8}?(?:声かけ|声掛け|こえかけ|コツ|こつ|対応|たいおう|対処|たいしょ|注意点|ポイント"
    r"|見分け方|みわけかた|止め方|とめかた|接し方|せっしかた|断り方|ことわりかた|方法|ほうほう|やり方|やりかた|仕方|しかた|マニュアル|心得|こころえ"
    # a way of doing it (「窒息したときの背中のたたき方」), a course in it
    r"|[きぎしちにびみりい]方(?!が|は|に|も)|講習|こうしゅう|講座|こうざ|研修|けんしゅう)"
)
# …or of a device or a service meant for it (「倒れて動けなくなった時に押すボタン」「転んだときに知らせる装置」).
_CASE_OF_A_DEVICE = _r(
    r"^[^。、]{0,12}?(?:た|る|い)(?:時|とき|場合|際)(?:に|には)[^。、]{0,6}?(?:押す|おす|使う|つかう|知らせる|しらせる|鳴らす|ならす|通報する|呼べる|よべる)"
    r"[^。、]{0,4}?(?:ボタン|ぼたん|装置|そうち|機械|きかい|機器|サービス|ペンダント|ブザー|ぶざー|センサー|端末)"
)
# …or a device that would tell someone of it, asked about or sought (「一人暮らしで倒れたとき知らせてくれる機械って
# ありますか」「母が転んだとき通報してくれるセンサーを付けたい」「倒れた際に家族へ連絡が行く見守りサービスを探しています」):
# a question about equipment, also of one's own person, while the device has not gone off and nothing is now.
_DEVICE_SOUGHT = _r(
    r"^[^。、]{0,12}?(?:た|る|い)(?:時|とき|場合|際)(?:に|には|でも)?[、,]?[^。、]{0,10}?"
    r"(?:(?:知らせ|しらせ|通報し|つうほうし|連絡し|れんらくし|通知し|つうちし|呼ん|よん|教え|おしえ|駆けつけ|かけつけ)て(?:くれる|もらえる|くれます)"
    r"|(?:知らせ|しらせ|通報|つうほう|連絡|れんらく|通知|つうち|アラーム|あらーむ)(?:が|の)(?:行く|いく|来る|くる|届く|とどく|鳴る|なる)"
    r"|(?:知らせる|しらせる|通報する|つうほうする|通報できる|連絡できる|れんらくできる|呼べる|よべる|押せる|おせる|押す|おす|使う|つかう|使える|つかえる|鳴らす|ならす|鳴る|なる))"
    r"[^。、]{0,6}?(?:ボタン|ぼたん|装置|そうち|機械|きかい|機器|きき|サービス|さーびす|ペンダント|ブザー|ぶざー|センサー|せんさー|端末|システム|しすてむ"
    r"|グッズ|ぐっず|道具|どうぐ|アラーム|あらーむ|ベル|べる|アプリ|あぷり|見守り|みまもり|ブレスレット|腕時計|時計|とけい|電話|でんわ|仕組み|しくみ|もの|物)"
    r"[^。]{0,16}?(?:ありますか|ある(?:の|ん)?(?:です)?か|あります[?？]|ある[?？]|ないですか|ないでしょうか|ない[?？]|ないかな|ありませんか|ほしい|欲しい"
    r"|探して|さがして|教えて|おしえて|知りたい|しりたい|検討|けんとう|付けたい|つけたい|導入|どうにゅう|設置|せっち|レンタル|れんたる|使いたい|つかいたい"
    r"|借り|かり(?:たい|られ)|申し込|もうしこ|紹介|しょうかい|どこで|どこに|いくら|費用|ひよう|補助|ほじょ|迷って|まよって|考えて|かんがえて)"
)
# …unless it went off or was used (「倒れたときに押すボタンを母が押して」「知らせてくれる機械が鳴った」).
_DEVICE_WENT_OFF = _r(
    r"鳴っ|(?<=[がも])な(?:った|って|りました)|鳴り(?:まし|ました|出|だ)|作動し|さどうし|反応し|はんのうし|通知が(?:来|き)|知らせが(?:来|き)|連絡が(?:来|き|あ)"
    r"|押され|おされ|押した|おした|押して(?!ほし|もら|くれる)|押しました"
)
# Someone in general in a drill or a method (「倒れた人の反応を確かめる練習をしました」): a general question.
_GENERIC_PERSON = _r(
    r"^(?:た|ている|てる|ていた)?(?:人|ひと|方|かた)(?:の|を|に|へ)[^。、]{0,12}?(?:練習|れんしゅう|訓練|くんれん|講習|こうしゅう|確かめ方|たしかめかた|見分け方|みわけかた)"
)
# Someone in general, if there ever were one, and whom to tell (「何日も見かけない人がいたら、どこに知らせれば」「倒れて
# いるお年寄りがいた場合、警察ですか？」): a question about the service, not a neighbour unseen now.
_GENERIC_PERSON_IF = _r(
    r"^[^。、]{0,2}?(?:人|ひと|方|かた|高齢者|こうれいしゃ|お年寄り|おとしより|住民|じゅうみん|家|いえ|お宅|おたく)(?:さん)?(?:が|を|は)"
    r"(?:いたら|いれば|いる場合|いた場合|いるとき|いる時|あったら|あれば|見かけたら|みかけたら|見つけたら|みつけたら)[、,]?[^。]{0,30}?"
    r"(?:ですか|でしょうか|ますか|[?？]|べき|[れせけてめねべ]ば(?:いい|よい)|たら(?:いい|よい))"
)
# A hazard named, then whether it is safe asked (「一酸化炭素は屋外なら平気ですよね」「一酸化炭素って換気すれば心配ない
# ですか」): a question before an ordinary use, read only with no sign of it on anyone in the message.
_IS_IT_SAFE_TAIL = _r(
    r"^(?:は|って|も|の(?:心配|しんぱい|こと|事)は)[^。、]{0,10}?(?:大丈夫|だいじょうぶ|平気|へいき|心配(?:ない|いらない|ありません)|しんぱい(?:ない|いらない)"
    r"|問題(?:ない|ありません)|もんだい(?:ない|ありません))(?:です|でしょう|なの|なん|だよ)?(?:よね|か|かな|かしら|[?？]|ね|$)"
)
_HAZARD_SIGNS = _r(
    r"頭痛|ずつう|頭が痛|あたまがいた|吐き気|はきけ|吐い|はい(?:た|て)|めまい|眩暈|ふらふら|フラフラ|ふらつ|眠|ねむ|倒れ|たおれ|臭|におい|しびれ|痺れ"
)
# Someone in general found in a case, and the procedure for it (「意識がない人を見つけたら」の手順」「倒れている人に
# 出会ったときの対応」): a general question; not 「意識がない人を見つけたので手順を教えて」 (found now).
_GENERIC_PROCEDURE = _r(
    r"^(?:た|ている|てる|ていた)?(?:人|ひと|方|かた)(?:を|に|と)[^。、]{0,8}?(?:たら|た(?:時|とき|場合)|る(?:時|とき|場合)|ときは|には)」?"
    r"(?:の|への)?(?:手順|てじゅん|対応|たいおう|対処|たいしょ|やり方|やりかた|方法|ほうほう|マニュアル|流れ)"
)
# People of a kind who say or show the sign now and then (「正座のあと息苦しいと言う檀家さんが時々います」「胸が痛いと
# 訴える利用者さんが多い」「夜になると手足が冷たくなる方もよくいらっしゃる」): others in general, a recurring
# complaint, not one person now; not 「胸が痛いと言う方がいます」 (one person, maybe now), which says no how often.
_PEOPLE_WHO_OFTEN = _r(
    r"^[^。、]{0,4}?(?:と|って)?(?:言う|いう|ゆう|言われる|訴える|うったえる|話す|はなす|こぼす|おっしゃる|なる|される|する)?"
    r"[^。、]{0,6}?(?:人|ひと|方|かた|さん|たち|達|方々|者|生徒|会員|お客|客)(?:たち|達|さん|様)?、?(?:が|も|は)、?"
    r"(?:(?:時々|ときどき|時たま|ときたま|たまに|よく|結構|けっこう|しばしば|毎回|まいかい|毎年|まいとし|何人か|なんにんか|何人も|なんにんも|ちらほら|割と|わりと)"
    r"[^。、]{0,4}?(?:い(?:ます|る|らっしゃ|て)|おられ|おり|居|出|で(?:る|ます))"
    r"|(?:多|おお|少なくな|すくなくな|増え|ふえ)(?:い|く|かった|です|ます|て))"
)
# The sign taken up as a topic, and where one goes with it asked (「人の誤飲ってどこに相談するのか」「脱水とは何科に
# かかれば」): a general question, when no one of one's own is its subject and nothing is now.
_TOPIC_WHERE_ASKED = _r(
    r"^(?:って|とは|は|の(?:場合|とき|時)は?)[、,]?[^。]{0,6}?(?:どこに|どこへ|どこで|どこの|誰に|だれに|何科|なにか)"
)
# Whether a general statement about the sign is true (「ろれつが回らないのは脳梗塞のサインって本当ですか」「倒れて
# 起き上がれないことがあるって本当？」「来ることは絶対ないって本当？」): the sign made a noun (のは, こと), then
# asked about; not 「母が倒れたって本当？」 (news of an event).
_IS_IT_TRUE = _r(
    r"^[^。]{0,16}?(?:のは|のが|のも|こと(?:が|は|も)|事(?:が|は|も))[^。]{0,20}?(?:って|というのは|というの|とは|と言うのは|っていうのは|っての)"
    r"(?:本当|ほんと|ホント|まこと|事実)"
)
# …or signs listed, then taken up as one (「顔がゆがむ、ろれつが回らない、これが脳卒中のサインって本当？」): only with no one
# of one's own named before them and nothing now.
_SIGNS_LISTED_TRUE = _r(
    r"^[^。]{0,40}?(?:これ|それ|これら|こういうの)(?:が|は|って)[^。]{0,12}?(?:サイン|さいん|兆候|徴候|前兆|症状|特徴)"
    r"(?:って|というのは|とは|なの(?:は|って)?)?[^。]{0,2}?(?:本当|ほんと|ホント)"
)
# Not the hedge 「気のせいかもしれないけど」: its もし is no "if"; nor the も of 「何もしたくない」「誰もしない」; nor 「…ても仕方ない」 written in kana and run
# together (「いきて いても しかたない」 → 「いてもしかたない」), 「…てもしんどい」「…ても知らん」.
_CONDITIONAL_HEAD = _r(
    r"(?<!もし)(?<!か)(?<!何)(?<!なに)(?<!誰)(?<!だれ)(?<!度)(?<!少し)(?<!すこし)(?<!ちっと)(?<!なんに)もし(?!もし|[ょゃゅ]|か(?:したら|して|すると|すれば)|かた|んど|らな|らん|た[くかい](?!さん)|て(?:い|な|る|た|ま|お)|な[いくかけ]|ま[すせし]|ませ|ず|ろ|よう)|万一|万が一|いざ(という|って)|将来|今後|老後|いつか|仮に|例えば|たとえば|心配なのは|予防|まえもって|前もって"
)
# Prevention or the future named earlier in the sentence, then a word of today after a break: no hypothetical.
_PREVENTION_HEAD = _r(r"予防|将来|今後|老後|いつか|まえもって|前もって")
_NOW_AFTER_A_BREAK = _r(
    r"[^。]{2,20}?(?:今日|きょう|今(?![後度回日])|(?<=[、」どがにて])いま|さっき|先ほど|さきほど|たった今)(?!から|まで)"
)
# A general question, with no sign of here and now anywhere: 「窒息の応急手当を習いたい」「見分け方を教えて」.
_GENERAL_TOPIC = _r(
    # not leaflets piling up in a mailbox (「ポストにチラシの山」: a sign of no one in or out for days)
    # not a course the writer was away at when it happened (「研修から帰ったら父が倒れていて」)
    # nor a bank account spelled in kana (「こうざばんごう」: 口座番号, not 講座)
    r"(?:講座|こうざ(?!の?(?:ばんごう|番号|ばんご|めいぎ|名義|ざんだか|残高))|研修|けんしゅう)(?!(?:会)?(?:から|の帰り|帰り|がえり|中|ちゅう|の間|のあいだ|に行|にい|へ行|に出|で出|先|さき|の最中))"
    r"|(?:チラシ|ちらし)(?!(?:の|が|も)?(?:山|やま|たま|溜ま|いっぱい|あふれ|溢れ))|資料|パンフ|対処法|対処方法|たいしょほう|対応方法|応急手当|見分け方|みわけかた|サインを|目安|ならいたい|習いたい|覚えておきたい"
    r"|知っておきたい|まえもって|前もって|教えてほしい|おしえてほしい|(?:方法|やり方|仕方|しかた)を(?:教え|おしえ|知り|しり)|ノズル|用意しておく|備えて"
    r"|対応マニュアル|(?:捜索|避難)訓練|(?:講習|こうしゅう)(?:会)?(?:は|が|を|に|って)(?:あり|ある|受け|うけ|参加|さんか|申し込|もうしこ|開|ひら)"
    # the signs of it to know (「低体温症について、家族が知っておくべき兆候を教えて」)
    r"|(?:兆候|徴候|ちょうこう|前兆|ぜんちょう)(?:を|について)|知っておくべき|しっておくべき"
    # studied or researched (「ゼミで高齢者の誤飲事故について調べてます」「卒論のテーマで」)
    r"|(?:ゼミ|卒論|卒業論文|卒業研究|論文|レポート)(?:で|の|に|を)[^。]{0,24}?(?:調べ|しらべ|研究|けんきゅう|テーマ|書い|かい|書き|かき)"
    r"|について(?:調べて|しらべて|研究して|けんきゅうして)"
    # come up as a topic among people (「喉につまったとき…町内会で話題になって」)
    r"|話題に(?:なっ|なり|なる|出|で|あが|上が)|わだいに(?:なっ|なり|なる|で)"
    # a question from an exam or a textbook (「試験に出た「出血時の圧迫止血」」「過去問で」「テキストに載っていた」)
    r"|試験(?:に|で)(?:出|で)|試験問題|しけんもんだい|過去問|かこもん|問題集|もんだいしゅう|国家試験|国試|模試|(?:テキスト|教科書|きょうかしょ)(?:に|で)(?:載|の|出|で)"
    # a word's meaning studied for an exam (「誤飲と誤嚥の違いを教えて」), an article for a newsletter (「会報に…記事を入れたい」)
    r"|(?:の|と)(?:違い|ちがい)(?:を|は|が|って|について)|会報|(?:記事|きじ)を(?:入れ|いれ|書|か[いきく]|載せ|のせ)"
    # the signs to be taught to someone beforehand (「母に教えておくには」「家族に伝えておきたい」)
    r"|(?:教え|おしえ|伝え|つたえ|知らせ|しらせ)て?(?:おく|おき)(?:には|ため|べき|方法|ほうほう|たい)"
)
# A way of doing something not known (「認知症の父との話し方が分からない」「薬の飲ませ方がわからない」): a question of how,
# not a person whose whereabouts or state is unknown. Read only as the message's whole sense when no rule saw a sign
# (`_settled`: the model alone then asks the safety question instead of raising the alarm), never to set aside a
# sign a rule saw (「えあこんの つかいかた わからないみたい」 beside a fever stays an emergency). A verb's stem before 方
# (話し方, 使いかた), not 行方 (the whereabouts) nor の方 (a person: 「近所の方もわからない」).
_HOW_UNKNOWN = _r(
    r"(?:(?<=[ぁ-ゖ一-龥])(?<![行のがはもをにへとで])(?:方|かた)|方法|ほうほう|やり方|やりかた|仕方|しかた)(?:が|は|も)?"
    r"(?:分から|わから|わかん|解ら|分かりませ|わかりませ)"
)
# A clause closed by a polite ending, then another begins (「困難です彼女の胸は」: voice input, no punctuation).
_POLITE_END = _r(r"(?<=です|ます)(?![かがけよねのしとでにもらろわ、]|ん|た|け)")
# One's own person named as the subject (「私の母は」「父が」「彼女の」).
_ONES_OWN_PERSON = _r(r"(?:" + PERSON_SUBJECT + r"|ちち|そふ|そぼ|彼女|かのじょ)(?:は|が|の)")
# 「今まさに」「今まだ」 are now; 「今まで」 (until now) is not. 「いままさに」 is now wherever it stands (「おしえていままさに」).
_HERE_AND_NOW = _r(
    r"いままさに|今(?![日年月週度回後朝はで]|まで)|(?:^|(?<=[、。!?！？\s]))いま(?![すしせで])|さっき(?!の(?:続き|つづき|話|はなし|件|けん|相談|質問|メッセージ|連絡))|先ほど|さきほど|たった今|現在|本日|只今|ただいま|急に|突然|きゅうに|とつぜん|いきなり"
    r"|助けて|たすけて|至急|すぐ来|止まらな|とまらな|どうしよう|今朝|けさ|今夜|こんや|朝から"
)
# The real concern buried in a long message, after a general request (「見学の仕方を教えてほしいのですが、
# その前に、母と週末から連絡がつかず」「実は今日の午前中から父が戻っていません」): not a general question.
_BURIED_NOW = _r(
    r"実は|じつは|その前に|そのまえに|それより|追伸|ついしん|(?<![a-z])p\.?s\.?(?![a-z])|(?:今日|きょう|昨日|きのう|昨夜|週末|しゅうまつ|今朝|けさ|午前中|午後|昼|夕方|ゆうべ)(?:の[^。、]{0,4}?)?から"
)
# A "what if" question that then says it happened (「もし親が「死にたい」と言い出したら…実は昨日、母がそう
# 言ったんです」): the condition was a disguise.
_REVEAL = _r(
    r"(?:実は|じつは|本当は|ほんとうは|実際に|じっさいに)[^。]{0,20}?(?:そう|そんな(?:こと|事|風|ふう)|同じ(?:こと|事|よう))(?:を|に|な)?"
    r"(?:言|い(?:っ|い|わ)|なっ|な(?:り|る)|し(?:て|た|ま)|書)"
    # a case someone was told of beforehand, then said to be here now (「呼んでも起きないときは救急車と言われて
    # いました。今、祖母がまさにそうです」「今ちょうどその状態です」「いま母がそうなってます」)
    r"|(?:今|(?:^|(?<=[、。!?！？]))いま|たった今|ただいま)、?[^。]{0,10}?(?:まさに|まさしく|ちょうど|本当に|ほんとに)?"
    r"(?:そう|その(?:状態|とおり|通り)|そんな(?:状態|感じ|様子)|同じ(?:状態|こと|事|感じ|様子))"
    r"(?:です(?!か)|なんです|なの(?!か)|だ(?!った|ろ|と|か)|なって(?:い|る|ま|お|て)|なりました|なった(?!ら)|なっとる|なってる)"
)
# A "what if someone…" about thoughts of death that then says it is the writer's own (「もし家族を介護している人が
# 消えたいと思ったら…って、私のことなんです」「…というのは実は自分の話です」「いま正にそう思っています」): for the
# crisis rules only, a question about others turned into a disclosure.
_SELF_REVEAL = _r(
    r"(?:って|というのは|と言うのは|っていうのは|てのは)[、,]?(?:実は|じつは|本当は|ほんとうは|ほんとは)?[、,]?"
    r"(?:私|わたし|あたし|わたくし|自分|じぶん|僕|ぼく|俺|おれ|うち)(?:自身|じしん)?(?:の(?:こと|事|話|はなし)|です|なんです|だ(?!った|ろ|と|か)|や(?!ろ))"
    r"|(?:実は|じつは|本当は|ほんとうは|ほんとは)[、,]?(?:私|わたし|あたし|わたくし|自分|じぶん|僕|ぼく|俺|おれ)(?:自身|じしん)?(?:が|も)?"
    r"(?:そう|そんな(?:ふう|風)に)(?:思|おも|考え|かんがえ)"
    r"|(?:今|いま|(?:^|(?<=[、。!?！？]))いま)[、,]?(?:まさに|まさしく|正に|ちょうど|本当に|ほんとに)?[、,]?(?:そう|そんな(?:ふう|風)に)(?:思|おも|考え|かんがえ)(?:って|て|ってる|てる|ってい|ていま|ってま)"
)
# A way to die asked for: 「苦しまずに死ねる方法」「死に方を教えて」「楽に死ぬには」.
_WAY_TO_DIE = _r(
    r"(?:死|し)ね(?:る|ます)(?:方法|ほうほう|やり方|やりかた|薬|くすり|場所|ばしょ)|(?:死|し)に(?:方|かた)を|(?:死|し)ぬ(?:方法|ほうほう|には)"
    r"|(?:苦しまず|くるしまず|痛くなく|いたくなく|楽に|らくに)に?(?:死|しね|しぬ|しに)"
)
# Someone else's story that makes the writer worry for their own (「近所の方のご主人が脳卒中で倒れたと聞いて、
# うちの夫も心配になりました。予防のために…」): the match heard about, and a worry or prevention for one's own.
_HEARD_TAIL = _r(r"^[^。、]{0,2}?(?:た|だ)?(?:と|って|という(?:話|の|こと)を?)(?:聞|きい|きき|耳にし)")
# …told of someone outside the family (「知り合いのお父さんがお風呂で倒れて見つかったって聞いて」), the news a
# little further on, and the writer turns to watching over their own (見守り, 対策).
_OTHERS_HEAD = _r(
    r"(?:知り合い|しりあい|知人|ちじん|友人|ゆうじん|友達|ともだち|同僚|どうりょう|近所の人|ご近所|職場の人)(?:の|さんの)[^。、]{0,10}?(?:が|は)、?[^。、]{0,8}$"
    # someone of the same building or block (「同じマンションの人が部屋で」)
    r"|(?:同じ|おなじ)(?:マンション|まんしょん|アパート|あぱーと|団地|だんち|階|棟|町内|ちょうない|自治会|地区)の[^。、]{0,8}?(?:が|は)[^。、]{0,8}$"
)
_HEARD_NEAR = _r(
    r"^[^。、]{0,24}?(?:た|だ)(?:と|って|という(?:話|の|こと)を?)(?:聞|きい|きき|耳にし)"
    # told as a story (「…見つけたって話、他人事じゃない」)
    r"|^[^。、]{0,24}?(?:た|だ)(?:って|という|との)(?:話|はなし)(?!し|す|せ|さ|そ)"
    r"|^[^。、]{0,16}?(?:た|だ)そう(?:で|です|だ|な)"  # 「倒れていたのが見つかったそうで」
)
_OWN_CARE = _r(r"見守り|みまもり|対策|たいさく|備え|そなえ")
# …or is frightened by it (「…と聞いて怖くなった」): only for a story told of someone outside the family.
_OWN_FEAR = _r(r"怖くな|こわくな|ぞっとし|ゾッとし")
_OWN_WORRY = _r(
    r"予防|よぼう|心配にな|しんぱいにな|不安にな|ふあんにな|気をつけ|きをつけ|他人事(?:と|に|じゃ|では)|ひとごと(?:と|に|じゃ|では)|(?:うち|我が家|わがや|私|わたし)の[^。、]{0,6}?も"
)
# A time of year or of day said in general (「暑い日は」「冬は手足が冷たい」), a constitution (冷え性):
# habitual, unless a word of now is near.
_SEASONAL = _r(
    r"(?:暑い|あつい|寒い|さむい)(?:日|ひ)(?:は|には|、)|(?:冬|夏|ふゆ|なつ)(?:場)?(?:は|になると)|冷え性|ひえしょう|寒がり|さむがり|暑がり|あつがり"
)
# A habit of the writer's, not of the sign (「毎週伺うお宅のおばあさん」「いつも配達に行く家」).
# A habit of the person's, told in a clause on them (「心臓の薬を毎朝飲んでいる母が」「いつも杖をついている父が」):
# the habit is the clause's, not the sign's.
# Someone the writer knows by a shared round, a place or a group, or simply a person (「仲間」「近所の人」「常連の男性」
# 「じいさん」): named after what they habitually do (see _HABIT_OF_THE_PERSON).
_ACQUAINTANCE = (
    r"(?:仲間|なかま|友達|ともだち|友人|ゆうじん|知人|ちじん|知り合い|しりあい|常連|じょうれん|近所の人|きんじょのひと|隣人|男性|だんせい|女性|じょせい|男の人|おとこのひと|女の人|おんなのひと|人|ひと|方"
    r"|おじいさん|おばあさん|じいさん|ばあさん|おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|おじさん|おばさん|お年寄り|としより)"
)
_HABIT_OF_THE_PERSON = _r(
    # also told in the past, as a long-standing habit or condition of the person's (「以前から散歩に出ていた
    # 母が」「前から散歩が日課だった祖母が」「去年から徘徊が始まった父が」「以前から物忘れのあった母が」): the sign
    # after the person is today's
    r"^[^。、]{0,16}?(?:る|てる|でる|ている|でいる|ておる|でおる|とる|どる|た|だ)(?:"
    + PERSON_SUBJECT
    + r"|ちち|はは|そふ|そぼ)(?:さん)?(?:が|は|も)"
    # …or of someone met through it, named after a group or a relation (「いつも公園で体操してる仲間のおじいさんが」
    # 「毎朝散歩してる近所の人が」「いつも来る常連の男性が」): the habit says who they are, the sign is today's
    + r"|^[^。、]{0,16}?(?:た|だ|[うくぐすつぬぶむる])(?:[^。、]{0,6}?の)?"
    + _ACQUAINTANCE
    + r"(?:さん)?(?:が|は|も)"
    # a longer description over several clauses, ending in a verb right before the person
    # (「昨年から物忘れ外来に通っていて、…一人で留守番していた父が、」)
    + r"|^[^。]{0,60}?[、, ][^。、, ]{0,16}?(?:ていた|でいた|ている|でいる|てた|でた)(?:"
    + PERSON_SUBJECT
    + r"|ちち|はは|そふ|そぼ)(?:さん)?(?:が|は)[、, ]"
)
_WRITERS_ROUND = _r(
    r"^[^。、]{0,4}?(?:伺|うかが|訪問|配達|はいたつ|お届け|届け|とどけ|通っ|かよっ|通う|かよう|寄る|よる|寄っ|見に行|会いに行)"
)
# Several days named one after another (「昨日も一昨日も電話に出ない」): for days, not in the past.
_DAYS_LISTED = _r(
    r"(?:昨日|きのう|一昨日|おととい|今日|きょう|先週|せんしゅう|週末)も[^。]{0,2}?(?:昨日|きのう|一昨日|おととい|今日|きょう|先週|せんしゅう|週末)も"
)
# Breathing, talking or eating normally with something in the throat (「息は普通で、ご飯も食べられます」「ふつうに
# しゃべってる」): not choking now.
_THROAT_FINE = _r(
    r"(?:普通|ふつう)に(?:しゃべ|喋|話|はな|食べ|たべ|息|いき)|(?:ご飯|ごはん|食事|しょくじ)(?:も|は)?(?:食べられ|たべられ)"
    r"|(?:しゃべ|喋)れ(?:ます|てる|ている)|話せ(?:ます|てる|ている)|(?:息|いき)(?:は|も)(?:普通|ふつう)"
)
# A condition inside a long match: 「入院すると…一人になる」「入院したら…」.
_CONDITIONAL_INSIDE = _r(r"(?:し|っ|れ)たら|すると|なると|れば")
# A fear of what may happen: 倒れ|ないか心配, 倒れ|るかもしれない, 倒れ|るのではと; not the dialect copula
# 「座り込んどるんじゃ」 (「〜んじゃないか」 is a fear).
# Not across a clause of its own (「帰ってこない 電車に乗ったかもしれない」, spaces for punctuation): a particle
# naming another subject or object (が, を, に) starts a new clause with its own predicate.
# Nor across a comma (「まだ帰らない、事故じゃないか心配」: the fear is of an accident, the absence is told as fact).
# Not the next word run on where spaced kana lost its spaces (「ろれつ まわらない かたて うごかない」 reads
# 「…まわらないかたて…」): ないか then a body part is no 「ないか」 of doubt.
_WORRY = _r(
    r"^[^。、,がをに]{0,8}?(?:ないか(?!た(?:て|あし|ほう|がわ|うで|ひざ)|らだ)|るか(?:も|と)|のでは|んじゃ(?:な|ね|ろ)|かもしれ|かも)"
)
# A match that closes its own clause (「帰らない」「見つからなかった」「いません」), then words of another before the
# fear (「…帰らない事故じゃないか心配」「かえらない じこじゃないか」, no punctuation): the fear is of that other thing.
# The fear of the match itself follows it at once (「帰らないんじゃないか」「見つからないかも」).
# A thought of death put as a question that asks to be agreed with (「いなくなった方がいいんじゃないか」「いねぐなった方が
# いいんでねぇべか」「おらん方がええんちゃうか」): its ない is no negation and no fear of something else; it is the thought.
_ASKED_TO_BE_AGREED = _r(
    r"^(?:いい|ええ|よい|まし|マシ|楽|らく)?(?:ん|の)(?:じゃ(?:あ)?な|じゃね|でね|でな|ではな|やな|やね|ちゃう|とちゃう|と違う)"
)
_CLOSED_PREDICATE = _r(r"(?:ない|なかった|ません|ませんでした|ねえ|へん|ひん)$")
_FEAR_ATTACHED = _r(r"^(?:ん|の)?(?:じゃ|では|か)")
# An old acquaintance named by when one knew them (「昔の同僚から電話があって」「かつての教え子が」): the past word
# is the person's, not the time of what is told.
_OLD_ACQUAINTANCE = (
    r"(?!の(?:職場の|会社の|仕事の)?(?:同僚|どうりょう|友人|友達|ともだち|仲間|なかま|知り合い|しりあい|知人|上司|部下|同級生|教え子|恋人|隣人"
    r"|先輩|せんぱい|後輩|こうはい|生徒|患者|お客さん|常連|担任|先生|仕事仲間|戦友|飲み仲間|親友)(?:さん|の方|のかた)?"
    r"(?:\(?[0-9]{1,3}(?:歳|才)?\)?)?(?:から|が|に|は|の))"
)
_OLD = r"(?:昔|むかし|かつて|以前|いぜん)" + _OLD_ACQUAINTANCE
# Not 前に of a direction (「父がまえに倒れて動かない」: fell forward; see also _forward_fall).
_PAST = _r(
    # this time last year (「去年の今ごろ」): that year's, though 今 is in it (first: the longer reading wins)
    r"(?:去年|昨年|きょねん|さくねん|一昨年|おととし)の(?:今|いま)(?:ごろ|頃|時分|じぶん|時期|じき)"
    r"|先月|せんげつ|先週|せんしゅう|先日|せんじつ|一昨日|おととい|この間|このあいだ|去年|きょねん|昨年|さくねん|一昨年|おととし|いっさくねん|(?:^|(?<=[、。はもが]))(?:前に|まえに)(?!倒|たお|転|ころ|こけ|のめ|つんのめ|崩|くず|かが|屈|突っ伏|つっぷ|うつ伏|うつぶ)|年前|か月前|ヶ月前|カ月前|ヵ月前|週間前"
    # days ago, counted (「三日前に」「2日前、」), not 「二日前から」 (since: see _SINCE_OR_THAN)
    r"|(?:[0-9０-９一二三四五六七八九十数]|いつか|ふつか|みっか|よっか)日前|(?:ふつか|みっか|よっか|いつか)まえ"
    r"|この前|このまえ|こないだ|" + _OLD + r"|前回|若い頃|あの時|あのとき|あの日|あの頃|あのころ|入院前|当時"
    # 「過去に」, not 「過去に例がない」 (unheard of)
    r"|(?:過去に|かこに)(?![^。、]{0,3}?(?:例|れい|な[いかく]|無))"
    # formal and epistolary (候文) words of the past: 「先年…倒れ候も」「過日」「昨秋」
    r"|先年|せんねん|先般|せんぱん|過日|かじつ|往年|先頃|先ごろ|さきごろ|先だって|先達て|旧年|昨(?:春|夏|秋|冬)"
    # an era or a year named (「昭和の頃」「令和六年の夏に」「2019年に」), a time of life, English
    r"|昭和|平成|(?:令和[0-9〇一二三四五六七八九十元]{1,2}|(?:19|20)[0-9]{2})年(?![0-9〇一二三四五六七八九十]{1,2}月[0-9〇一二三四五六七八九十]{1,3}日)|(?:子供|子ども|こども|小さい|幼い|独身|現役)の?(?:頃|ころ)"
    r"|last(?:year|month|week|spring|summer|winter)|(?:years?|months?|weeks?)ago|in(?:19|20)[0-9]{2}"
)
_NOW = _r(
    _IMA
    + r"|現在|本日|只今|さっき(?!の(?:続き|つづき|話|はなし|件|けん|相談|質問|メッセージ|連絡))|先ほど|さきほど|今朝|けさ|今日|きょう|今夜|今晩|朝から|昨日|きのう|昨夜|ゆうべ|夜中|よなか|まだ|また"
)
# Since it began, the hours gone by (「いなくなってからもう5時間」「出ていってから2じかん」): the time since is the
# evidence that it goes on, not an earlier event told (「倒れてから入院した」); not a time after (「3時間後に」).
_SINCE_HOURS = r"[、,]?(?:もう|既に|すでに)?[0-9０-９一二三四五六七八九十数何半]+(?:時間|じかん|しかん|分|ふん|ぷん)(?!後|ご|あと|ほどで|くらいで|ぐらいで)"
_PAST_TAIL = _r(
    r"^[^。]{0,4}?(?:(?:た|だ)こと(?:が|も|あり|ある)(?!(?:今|いま|先ほど|さきほど|さっき)?[、,]?(?:判明|はんめい|発覚|はっかく|わか|分か|判っ))|てから(?!だ|"
    + _SINCE_HOURS
    + r")|た後|たあと|た時は|たときは|た際|た経験|後遺症|て以来|ていらい)|^かった(?!ら)|^でした"
    r"|^[^。]{0,4}?(?:た|だ)の(?:を|が)?(?:思い出|おもいだ)"  # 倒れたのを思い出しまして
    # a history of it (「リストカット歴のある」「誤飲歴あり」)
    r"|^歴(?!史)"
    # the sign as the topic, dated years or months back (「けいれんは5年前」「発作は三か月ほど前に一度」), not since
    # then (「5年前から」: long-standing, read elsewhere)
    r"|^(?:は|も)[、,]?(?:もう)?(?:[0-9０-９一二三四五六七八九十数何]+|なん)(?:年|ねん|か月|ヶ月|カ月|ヵ月|かげつ|週間|しゅうかん)"
    r"(?:ほど|くらい|ぐらい|以上|いじょう)?(?:前|まえ)(?!から|より|と比べ|とくらべ|に比べ)"
    r"|^(?:は|も)[、,]?(?:昔|むかし|若い頃|わかいころ|子供の頃|子どもの頃|こどものころ)(?!から|より)"
    # not 「たおれていてからだが」 (からだ, the body, in kana)
)
_DISTANT_PAST = _r(
    _OLD
    + r"|若い頃|年前|当時|去年|きょねん|昨年|さくねん|一昨年|おととし|いっさくねん|先年|せんねん|往年|旧年|昨(?:春|夏|秋|冬)|前は|まえは|(?:^|(?<=[、。はもが]))(?:前に|まえに)(?!倒|たお|転|ころ|こけ|のめ|つんのめ|崩|くず|かが|屈|突っ伏|つっぷ|うつ伏|うつぶ)"
)
# After a past time word: since then (「先週から」「先週の金曜から」「去年の暮れから」) or a comparison (「去年より」).
_TIME_OF = (
    r"(?:[月火水木金土日](?:曜日?)?|(?:げつ|か|すい|もく|きん|ど|にち)よう(?:び)?|週末|しゅうまつ|半ば|なかば|初め|はじめ|終わり|おわり|末|すえ|暮れ|くれ|頭|あたま"
    r"|朝|あさ|夜|よる|晩|ばん|昼|ひる|夕方|ゆうがた|午前|午後|[0-9０-９一二三四五六七八九十]+日)(?:の(?:朝|夜|晩|昼|夕方|午前|午後))?"
)
_SINCE_OR_THAN = _r(r"(?:の" + _TIME_OF + r")?(?:から|より|ずっと|と比べ|とくらべ|に比べ|にくらべ)")
# A thought of death told as past, then said to go on (「思ったことがあります。今もそう思う」): not past.
_STILL_THINKING = _r(
    # 「今もそう思う」「今でもそう」, not how someone looks (「今も時々つらそう」「今も寂しそう」: 〜そう after a stem)
    r"(?:今|いま)(?:も|でも|だに)[^。]{0,8}?(?:(?<=[もでとりはにが、])そう|思|おも|考え|かんがえ|死|し[にのな]|消え|きえ)"
    r"|未だに|相変わらず|あいかわらず"
    # the wish thought or said now of a time gone (「あのとき一緒に逝けばよかったと毎晩思う」), not a thought once had
    # (「…と思ったこともある」「…と思うこともあった」)
    r"|^[^。]{0,6}?(?:と|って)[^。、]{0,8}?(?:思う|おもう|思います|おもいます|思って(?:いる|る|い|ま)|おもって(?:いる|る|い|ま)|考える|かんがえる"
    r"|考えて(?:いる|る|い|ま)|かんがえて(?:いる|る|い|ま)|考えます)(?!こと|事|時|とき|ときも|ようなこと)"
    # the thought come over one lately and frightening one now (「…と考えてしまって、自分が怖いです」)
    r"|(?:考え|かんがえ|思っ|おもっ)てしま(?:って|い|う|った)[^。]{0,12}?(?:自分|じぶん)が(?:怖|こわ)"
)
# A thought of death told of long ago, and now said to be well in contrast (「三年前は本当に死にたいと思っていて…。今は体操
# 教室にも通うようになり」「「消えてしまいたい」言うてたんは十年前の話や。今は孫もできて毎日楽しい」): past, both said.
# Not 「今はまた」, nor a well now taken back (「今は元気なふりをしてるけど」「今は笑顔だけど死にたい」).
_LONG_AGO_TAIL = _r(
    r"^[^。]{0,16}?(?:のは|んは|の話は|ってのは|というのは)[、,]?(?:あれは|それは)?[^。、]{0,4}?"
    r"(?:[0-9０-９一二三四五六七八九十数何]+年前|昔|むかし|若い頃|わかいころ|以前|いぜん)の(?:話|はなし|こと)"
)
_WELL_NOW_CONTRAST = _r(
    r"(?:今|いま)は(?!まだ|また|もう一度|もういちど)[^。]{0,30}?(?:元気|げんき|楽し|たのし|幸せ|しあわせ|通う|通って|かよ|でき(?:て|ま|た)"
    r"|落ち着|おちつ|前向き|まえむき|大丈夫|だいじょうぶ|笑顔|えがお)"
    + _not_doubted_within(12, ("ふり", "死", "し[にぬね]", "消え", "きえ"), by=_BUT)
)
_HABITUAL_HEAD = _r(
    # not 「よくならない」 (not getting better), not 「いつもは…夫が」 (usually…, but now), not the bath spelt in kana
    # (よくしつ 浴室, よくそう 浴槽, よくじょう 浴場)
    r"朝から晩まで|時々|ときどき|時折|たまに|よく(?![見み聞きわ分確]|な[らっるいくれ]|しつ|そう|じょう)|しばしば|いつも(?!の|より|は[^。]{0,24}?(?:が|のに|けど|けれど))|度々|たびたび|頻繁|しょっちゅう|毎(日|晩|朝|回|週|年)|何度か|何回か|持病|一日中|一日じゅう"
)
# (「がち」 the suffix of a tendency, 「忘れがち」; not the subject's が before a word 「受け答えがちぐはぐ」「肩ががちがち」)
_HABITUAL_TAIL = _r(
    r"^[^。]{0,6}?(?:(?:こと|時|とき)が?(?:よく|たまに|時々|ときどき|しばしば|結構|けっこう)?(?:ある|あり|多|増え|ふえ)|ことも|がち(?!ぐはぐ|がち|ゃ|ょ)|やすい|たびに|(?<![一1１])度に|癖)"
    r"|^(?:の|のは|のも)(?:昔|むかし|前|以前|ずっと|元々|もともと|若い頃)から|"
    # 「呼んでも起きないの毎晩」「返事しないのはいつも」: the sign, then how often, closing the clause
    r"^(?:の|のは|のも|んは)(?:毎晩|まいばん|毎日|まいにち|毎朝|まいあさ|毎回|まいかい|いつも)(?:の(?:こと|事))?(?:だ|です|だよ|やし|やで)?(?=[。、!！]|$)|"
    # after the verb's ending (「くちがまがってるのはむかしから」「顔が歪んでいるのも生まれつき」)
    r"^[^。、]{1,5}?(?:のは|のも)(?:昔|むかし|元々|もともと|若い頃|わかいころ|前|まえ|以前|いぜん|ずっと前|ずっとまえ)から|^[^。、]{0,5}?(?:のは|のも)(?:生まれつき|うまれつき)|^[^。]{0,8}?(?:いつものこと|いつもの事)(?!じゃ|では|でな|でも(?:な|あり))"
    # the sign said to be someone's habit (「ろれつが回らないのは父の癖で」「口が曲がるのも昔からのくせ」); not denied
    # or doubted (「癖じゃない」「癖だと思っていたら」「癖かな」), not 「…くせに」 (despite)
    r"|^[^。、]{0,10}?(?:の|ん)(?:は|も)[^。、]{0,12}?(?:癖|くせ|クセ)(?!に|じゃ|では|でな|でもな|と思|とおも|かと|か[なも?？]|だと(?:思|おも)|って(?:思|おも)|なのか|だった)"
)
# Long-standing, said after the sign in this or the next sentence (「…返事しないんです。昔からこうです」
# 「5年この状態で」「いつものことです」「毎晩続いて」); not 「いつものことではない」, not hours (「2時間この状態」).
_LONG_STANDING_AFTER = _r(
    r"(?:いつものこと|いつもの事|いつもこう|毎回こう|まいかいこう|毎度のこと|毎度の事"
    r"|(?:毎晩|毎日|毎朝|毎夜|まいばん|まいにち|まいあさ)(?:の(?:こと|事)|こう|続いて|つづいて)"
    r"|(?:昔|むかし|以前|いぜん|前々|まえまえ|元々|もともと|若い頃)から(?:ずっと)?(?:こう|そう|この|こんな|あんな)"
    r"|(?:[0-9一二三四五六七八九十数何]+|いち|に|さん|よ|ご|ろく|なな|はち|きゅう|じゅう|すう|なん)(?:年|ねん|か月|ヶ月|カ月|ヵ月|かげつ)"
    r"(?:間|かん|くらい|ほど|以上|前から|来)?(?:ずっと)?(?:この|こんな|こう)(?:状態|じょうたい|調子|感じ|様子|な|で|だ)"
    # since an illness or an event of years ago (「10年前の脳梗塞からずっとこんな感じ」「三年前の手術以来こう」)
    r"|(?:年|ねん|か月|ヶ月|カ月|ヵ月|かげつ)(?:前|まえ)の[^。、]{1,10}?(?:から|以来|いらい)(?:ずっと)?(?:この|こんな|こう)(?:状態|じょうたい|調子|感じ|様子|な|で|だ)"
    # said to be an old habit (「…引きつるって言われるけど、昔からの癖なんだよ」)
    r"|(?:昔|むかし|以前|いぜん|元々|もともと|若い頃|わかいころ|子供の頃|子どもの頃)から(?:の)?(?:癖|くせ|クセ))"
    r"(?!じゃ|では|でな|でも(?:な|あり)|か(?:な|も|[?？])|だと(?:思|おも)|と(?:思|おも))"
)
# …or a fragment of its own after the sign (「母の手足冷たい、昔から、しもやけ」「ろれつが怪しい。生まれつきです」), an
# onset years ago or an occasion it is limited to: read only with no word of now after the sign nor here and now in
# the message.
_LONG_STANDING_FRAGMENT = _r(
    r"(?:^|(?<=[、,。]))(?:昔|むかし|以前|いぜん|前々|まえまえ|元々|もともと|若い頃|わかいころ|子供の頃|子どもの頃|こどものころ|ずっと前|ずっとまえ"
    r"|生まれつき|うまれつき)(?:から)?(?:ずっと)?(?:です|だ|なんです|なの|や|ね|よ)?(?=$|[、。,!！])"
    # …or years ago as its onset (「顔面神経まひで何年も前からとのこと」「3年前からです」), not what starts a new clause
    # (「5年前から一人暮らしで」)
    r"|(?:[0-9０-９一二三四五六七八九十数何]+|なん|すう)(?:年|ねん|か月|ヶ月|カ月|ヵ月|かげつ)(?:も|以上|いじょう|ほど|くらい|ぐらい)?(?:前|まえ)から(?:ずっと)?"
    r"(?:です|だ|でした|なんです|なの|の(?:こと|事|症状|しょうじょう)|との(?:こと|事)|とのこと|らしい|だそう|と(?:聞|き)|[。!！]|$)"
    # …or only on a given occasion (「ろれつが回らないのは、お酒を飲んだ時だけです」「朝起きた時だけ少しもつれる」)
    r"|(?:た|だ|る|い|の)(?:時|とき|場合|ばあい|日|ひ)(?:だけ|のみ|に限って|にかぎって)(?!じゃ|では|でな|でもな|なら|だったら|か(?:な|も|[?？]))"
)
# The sign made a noun or taken up as the topic, then said to be of long standing (「息苦しさは以前からです」「息切れは
# 前からなんですけど」「息苦しいのはもともとです」): read only with no word of now after it, none of here and now in the
# message and nothing said to be worse (「息切れは前からですが、今日はひどい」 stays an emergency).
_LONG_STANDING_TOPIC_TAIL = _r(
    r"^(?:さ|み|い|の|ん)?(?:は|も)(?:ずっと|もう)?(?:前|まえ|以前|いぜん|昔|むかし|前々|まえまえ|元々|もともと|若い頃|わかいころ"
    r"|ずっと前|ずっとまえ|何年も前|なんねんもまえ|数年前|すうねんまえ"
    r"|[0-9０-９一二三四五六七八九十数何]+(?:年|ねん|か月|ヶ月|カ月|ヵ月|かげつ)(?:も|くらい|ぐらい|ほど|以上)?(?:前|まえ))から"
    r"|^(?:さ|み|い|の|ん)?(?:は|も)(?:元々|もともと|生まれつき|うまれつき)(?:です|だ|で|なんです|なの|や|なので|なんで)"
)
# Worse than the usual, or sudden (「前からですが、いつもより強くて冷や汗が」「時々…、今回は初めての痛み」): the habit told
# before it is no reassurance for what follows.
_WORSE_THAN_USUAL = _r(
    r"いつもより|いつも以上|いつもと(?:違|ちが)|普段より|ふだんより|普段と(?:違|ちが)|今まで(?:に)?な|いままで(?:に)?な|初めて|(?:^|(?<=[、。はがもに]))はじめて"
    r"|急に|きゅうに|突然|とつぜん"
)
_WORSE_NOW = _r(
    r"ひど|酷|悪化|あっか|悪く|わるく|増し|強く|つよく|急に|きゅうに|突然|とつぜん|いつもより|いつも以上|いつもと(?:違|ちが)|初めて|(?:^|(?<=[、。はがもに]))はじめて"
    r"|苦しそう|くるしそう|助けて|たすけて|救急|きゅうきゅう"
)
_CHRONIC_HEAD = _r(
    r"(先月|先週|去年|昨年|年前|か月前|ヶ月前|カ月前|週間前|以前|"
    # 「ちょっと前から」「少し前から」「30分前から」 is an onset just now (also with small-kana slips: ちよつと)
    r"(?<!ょっと)(?<!よっと)(?<!よつと)(?<!ょつと)(?<!少し)(?<!すこし)(?<!分)(?<!時間)(?<!つい)"
    # …also with an "about" between (「十分ほど前から」「2時間くらい前から」)
    r"(?<!分ほど)(?<!分程)(?<!分くらい)(?<!分ぐらい)(?<!時間ほど)(?<!時間程)(?<!時間くらい)(?<!時間ぐらい)前"
    r"|何年も|数年|ずっと|昔|むかし"
    # years ago in kana (「なんねんも まえから」「さんねん まえから」)
    r"|(?:なんねん|すうねん|[0-9０-９一二三四五六七八九十]+ねん|(?:いち|に|さん|よ|ご|ろく|なな|はち|きゅう|じゅう)ねん)(?:も|ほど|くらい|ぐらい)?まえ)から"
    r"|長い間|持病|いつものこと"
    r"|(?:先月|せんげつ|先週|せんしゅう|去年|きょねん|昨年)の" + _TIME_OF + r"から"  # 「先週の金曜から」
)
# Someone did it for us: 連れて帰って|くださいました, 見つけて|もらった.
_GAVE = r"(くれ(まし|た(?!ら)|て)|くださ(い|っ)(まし|た(?!ら)|て)|もら(いまし|った(?!ら)|って))"
# The danger has already been dealt with (checked after the match, this and the next sentence).
_RESOLVED = _r(
    r"今は?(元気|大丈夫|落ち着|回復|普通|問題な)|いまは?(げんき|だいじょうぶ|おちつ|たいいん|なんとも|ふつう)|たいいんして|にゅういん(ちゅう|して|しました)|大事には至|大事に至らず|問題(は)?なかった|異常(は)?な(し|かった)"
    + _not_doubted_within(12)
    + r"|吐き出して|事なきを得|未遂で|もう(大丈夫|元気|回復|落ち着)|回復し|落ち着きました"
    # done as a professional said, and well (「窓口に電話したら…と言われて、その通りで元気です」)
    r"|(?:その|言われた|いわれた)(?:通り|とおり)[^。]{0,8}?(?:元気|げんき|大丈夫|だいじょうぶ|何とも|なんとも)"
    r"|落ち着いて(い)?ます|退院し(?!たら)|入院(中(?!で(一人|ひとり|独り|留守|るす))|して(い|お|る)|した(?!ら)|しました|となり|になり)|治(った|りました|まった|まりました|って)(?!ら)|(治|おさ)まって(?!ら|い?な|い?ませ|こな|くれな)"
    r"|おさまっ|収まっ|救急車で運ばれ|救急搬送され|搬送され(?!たら)|救急車を呼(んで|びま|んだ(?!(ほう|方|ら)))|119番(し|通報し)"
    r"|病院に運ばれ|手術(を受け|し|後)|術後|命に別状はな|^(が|は)?残(り|っ|る)"
    # a time long gone said of it (「一昨年の話で」「先週のことです」)
    r"|(先週|先月|去年|昨年|一昨年|おととし|以前|日前|週間前|年(か|ほど|くらい|ぐらい)?前|か月前|ヶ月前|カ月前|昨日|きのう|昨夜|ゆうべ|おととい)(の(夜|朝|夕方|昼))?の(こと|話|はなし)(?!(だ|です|でした)?(が|けど|けれど)[^。]{0,10}?(今|いま|また))|無事(でした|だった|に|見つか|保護)|見つかりました|保護され|後遺症|リハビリ"
    r"|(今|いま)は(家|うち|自宅|部屋)に(い|お)(ます|る)(?!はず|か|のに)"
    # told by whoever was consulted that it is fine (「中毒110番に相談し、問題無いとの事でした」「大丈夫と言われました」),
    # or sent home without admission (「狭心症、入院せず帰宅」)
    # (not 「…と言われたけど、まだ痛い」「帰宅したのに、また」)
    r"|((問題|もんだい|心配|しんぱい|異常|いじょう)(は)?(な|無)(い|し)(との|(と|って)(言われ|いわれ))|(大丈夫|だいじょうぶ)(との|(と|って)(言われ|いわれ))"
    r"|(入院|にゅういん)(せず|しないで)[^。、]{0,4}?(帰宅|きたく|帰(っ|り|れ|宅)|かえ(っ|り|れ)))"
    + _not_doubted_within(8)
    # helped up by someone (「ヘルパーさんが来て起こしてくれた」); taken to hospital and calm, told in a log's
    # clipped words (「救急搬送 心不全で入院 今朝 落ち着いたと連絡」)
    + r"|(起こし|おこし|抱き起こし|だきおこし|助け起こし|たすけおこし)て"
    + _GAVE
    + r"|救急搬送(?!し?たら|す|を|が|の(必要|ひつよう)|して(ほし|くだ))"
    r"|落ち着いた(?!ら|か|り|と(思|おも)|けど|のに|が|はず|ん(じゃ|です|だけど))"
    # cared for in hospital now (「現在は病院で見守られているそうです」「病院で処置を受けています」)
    r"|(病院|びょういん)で[^。、]{0,6}?(見守られ|みまもられ|治療を受け|ちりょうをうけ|手当てを受け|手当を受け|処置を受け|処置され|しょちされ)"
    r"|(起き|おき|目が覚め|めがさめ)(たら|ると)[^。]{0,8}?(普通|ふつう|元気|げんき|けろっと|ケロッと|いつも通り)"
    # come round and talking (「意識が戻って今は話せています」「いしきがもどって、はなしもできる」)
    r"|(意識|いしき)(が|も|は)?(戻っ|もどっ)て[^。]{0,8}?(話せ|はなせ|話し|はなし|会話|かいわ|しゃべ|喋|受け答え|うけこたえ|返事|へんじ)"
    r"|(?<!だけ)(?<!だけが)(帰って|戻って)(来|き)(ました|た(?!ら|はず))|警察に(連絡|通報|相談)し(ました|た(?!ら)|て)|(警察|けいさつ|交番|こうばん)に(は|も)?(もう|既に|すでに)?(届け|とどけ)(ました|た(?!ら)|て(あ|い|お))|(被害届|ひがいとどけ)(を|は|も)?(もう|既に|すでに)?(出し|だし|提出し)(ました|た(?!ら)|て)|(警察|けいさつ)(への?|に|には|とは)?(届け|とどけ|被害届|連絡|れんらく|通報|つうほう|相談|そうだん)?(は|も)?(済|す)(んで|みまし|んだ(?!ら)|ませ(まし|た(?!ら)|て))|(110|119)番(し|通報し)(ました|た(?!ら)|て)"
    # well again, safe, brought home, told to wait and see by a professional, gone, a false alarm
    r"|(今|いま)は[^。]{0,4}?(元気|げんき|大丈夫|だいじょうぶ|落ち着|おちつ|回復|安定|けろっと|ケロっと|ケロッと|けろり|ケロリ|ぴんぴん|ピンピン)|元気に(なりました|なった(?!ら)|なって(い|お|き|ま))"
    # found well when someone looked (「管理人に見てもらったら元気にしておりました」), not 「元気にしていたのに」
    r"|(元気|げんき)に(して|しと)(い|お|る|ま)"
    + _not_doubted_within(6)
    # looked at by a doctor and found harmless (「病院で診てもらって、ただの口内炎で大丈夫だった」「先生に調べてもらったら
    # 異常なしでした」), not 「診てもらったけど、まだ」
    + r"|(病院|びょういん|医者|いしゃ|先生|せんせい|医院|クリニック|受診)[^。]{0,8}?(診|み|調べ|しらべ|検査し|けんさし)て(もら|いただ)(っ|い)(て|たら|た結果)"
    r"[^。]{0,20}?(大丈夫|だいじょうぶ|異常(は)?な|いじょう(は)?な|問題(は)?な|もんだい(は)?な|心配(は)?な|しんぱい(は)?な|何とも|なんとも)"
    r"(だった|でした|かった|し(?!て)|と(の|言われ|いわれ))"
    + _not_doubted_within(8)
    # warmed up now, somewhere safe (「家に連れて行って、今は暖かくしています」), not 「今は暖かいのに震えてる」
    + r"|(今|いま)は[^。]{0,4}?(暖か|あたたか|温か|ぬくぬく|涼し|すずし)(く|い(部屋|へや|所|ところ))(し|に?(い|お))"
    + _not_doubted_within(12, ("震え", "ふるえ", "冷た", "つめた", "熱", "ねつ"))
    + r"|無事(です|でした|だった)|ぶじ(です|でした)|(連れ|つれ)て(帰|かえ|戻|もど)って(き(まし|た(?!ら))|"
    + _GAVE
    + r")"
    r"|(見つけ|みつけ|保護し|ほごし)て" + _GAVE + r"|(様子|ようす)を(見|み)て(よい|いい|も(よい|いい|大丈夫))"
    r"|(もう|既に|すでに)(帰って(い|お)?ます|帰りました|帰った(?!ら)|立ち去)|(お騒がせ|おさわがせ)(?!して(すみません|すいません|申し訳|もうしわけ|ごめん)(?!でした))|勘違いでした|かんちがいでした|見間違|みまちがい"
    # talked out of it in time (「声をかけたら思いとどまってくれました」); what was seen was not there (幻視)
    r"|(様子|ようす)(見|み)で(大丈夫|だいじょうぶ|いい|よい)(と|って)|(今日|きょう)も(普通|ふつう|元気|げんき)"
    # well again today or this morning (「昨日は…ろれつが回ってなかった、今日は普通」), home again from the hospital
    # (「救急で診てもらって帰宅済み」); not 「今日は普通じゃない」「今日は元気がない」
    r"|(?:今日|きょう|今朝|けさ)は(?:もう)?(?:普通|ふつう|元気|げんき|いつも通り|いつもどおり|何とも|なんとも)"
    r"(?!じゃ|では|でな|がな|が無|か|そう|だった|でした|に見え|にみえ)"
    r"|(?:帰宅|きたく)(?:済|ずみ)"
    r"|思いとどま|思い止ま|おもいとどま|未然に(防|ふせ)|幻視|幻覚|幻聴|実際(に)?は(誰|だれ)も(い|お)"
    # looked and no one there (「調べても誰もいない」「見に行ったけど誰もいませんでした」), a delusion named (「妄想かな」)
    r"|(調べ|しらべ|見|み|見回っ|みまわっ|確認し|かくにんし|探し|さがし|見に行っ|みにいっ)(て|た)(も|けど|けれど|が)[、,]?(誰|だれ)も(い|お)(ない|ません|らん|なかった)(?!のに|けど|が|と(思|おも)|って(思|おも)|はず)"
    r"|(妄想|もうそう|被害妄想)(?!じゃ|では|でな|ではな)"
    # 「今は職員さんと部屋に戻って落ち着いているそうです」: well again a little further on in the sentence
    r"|(今|いま)は[^。]{5,14}?(元気|げんき|大丈夫|だいじょうぶ|落ち着|おちつ|回復|安定)(?!じゃ|では|でな|しな|せず|してな|していな|ませ)"
    # a misunderstanding told (「胸がいっぱいって意味でした」); reached at last (「さっきやっと連絡がつきました」)
    r"|(?:って|という|との)(?:意味|いみ)(?:でした|だった(?!ら)|だって)"
    # told where they are (「遅くなると連絡があったので大丈夫」)
    r"|(?:遅くなる|おそくなる|遅れる|おくれる)(?:と|って)(?:連絡|れんらく|電話|でんわ|メール|めーる|ライン|line)"
    r"|(?:連絡|れんらく|電話|でんわ)が(?:あった|ありました|来た|きた|来ました|きました)(?:ので|から)[^。]{0,4}?(?:大丈夫|だいじょうぶ|安心)"
    r"|(?:やっと|ようやく)[^。]{0,8}?(?:連絡|れんらく|電話|でんわ)[^。]{0,4}?(?:つき|つい|取れ|とれ|繋がり|つながり|繋がっ|つながっ)(?:ました|た(?!ら))"
    # 「今は平気です」「休んだら元気です」「吸入したら普通に寝てます」「自分で立ち上がって今は朝ごはんを食べています」,
    # back late (「戻るのが30分遅かった」: back, then)
    r"|(今|いま)は(もう)?(平気|へいき)(?!か|かな|かどうか|そう|じゃ|では|でな|\?|？)|(た|だ)ら(すぐ|もう)?(元気|げんき)(です|でした|になり|になっ|に(戻|もど))"
    r"|(普通|ふつう)に(寝て|ねて|眠って|ねむって)(い|お)?ます|(戻る|帰る|もどる|かえる)のが[^。、]{0,8}?(遅かった|おそかった)"
    r"|(今|いま)は[^。、]{0,6}?(ご飯|ごはん|朝ごはん|昼ごはん|晩ごはん|朝食|昼食|夕食|食事)を(食べ|たべ)て(い|お)?(ます|る)"
    r"|自分で(立ち上が|起き上が|たちあが|おきあが)(って|りました|れました|った(?!ら))"
    # never happened yet (「まだ飲み過ぎたことはない」「まだ迷子にはなってない」); the person said to be fine (「本人元気」);
    # taken out of the mouth at once (「すぐ出した」)
    r"|まだ(?:一度も|いちども)?(?:(?!呼|よん|通報|電話|でんわ|連絡|れんらく)[^。、]){0,10}?(?:た|だ)(?:こと|事)は(?:ない|無い|ありません|ねえ)"
    r"|まだ[^。、]{0,8}?には(?:なって|なっと)(?:い|お)?(?:ない|ません|ねえ|へん)"
    r"|本人(?:は|も)?(?:元気|げんき|ピンピン|ぴんぴん|けろっと|ケロッと|平気|へいき)(?!じゃ|では|でな|か|そう|が|けど|けれど|のに|だけ|です(?:が|けど))"
    r"|(?:すぐ|すぐに)(?:口から|くちから)?(?:出し|だし|取り出し|とりだし|吐き出し|はきだし|出させ|ださせ)(?:た(?!ら)|ました)"
    # explained, it was only that (「旅行に行っていただけでした」「寝てただけだった」)
    r"|(?:てい|でい|て|で)ただけ(?:でした|だった|みたい(?:です|でした)?|らしい|です)(?!か|と(?:思|おも)|って(?:思|おも))"
    # help already called and on the scene (「救急車を呼び、今救急隊が処置しています」), spat out at once (「すぐ吐き
    # 出し、」), told by someone that there is nothing to fear or that the person
    # is well (「心配ないと言われました」「友人から元気だと連絡がありました」)
    # taken away by the ambulance, being treated now, removed by a doctor (「救急車が来て今運ばれていきました」
    # 「病院に着いて今処置中です」「耳鼻科で取ってもらいました」)
    r"|(?:救急車|救急隊|きゅうきゅうしゃ)[^。]{0,12}?(?:運ばれ|はこばれ|搬送され)(?:て(?:いき|行き|いっ|行っ)|まし|た(?!ら))"
    r"|(?:病院|びょういん)に(?:着|つ)い[^。]{0,8}?(?:処置中|しょちちゅう|治療中|ちりょうちゅう|手術中|しゅじゅつちゅう)|(?:今|いま)(?:は)?(?:処置中|治療中|手術中)"
    r"|(?:耳鼻科|じびか|病院|びょういん|医院|クリニック|先生|医者|いしゃ)[^。、]{0,6}?(?:取って|とって|抜いて|ぬいて|取り除いて|とりのぞいて|出して|だして)"
    r"(?:もらい|もらっ|くれ|いただき|いただい)(?:ました|た(?!ら))"
    r"|救急車を呼び(?:、|,|まし)|(?:救急隊|救急隊員|救急の方)(?:の方)?(?:が|も)[^。、]{0,6}?"
    r"(?:(?:来て|きて)(?:くれて|くださって)?(?:い|お)(?:ます|る)|到着し(?:ました|た(?!ら)|て(?!も|から|い?な|ませ))"
    r"|処置し(?:て(?:くれて)?(?:い|お)(?:ます|る)|ました|た(?!ら))|(?:診|み)て(?:くれて)?(?:い|お)(?:ます|る))"
    r"|(?:吐き出|はきだ)し(?!ませ|て(?:い|お)?な|てくれな|たら|たい|そう|方|かた|にく|づら|きれ|切れ)"
    # managed to get it out, in the potential form (「自分で吐き出せた」「咳で出せました」), not 「吐き出せない」「出せたら」
    # (only out of the mouth: not 「声は出せました」)
    r"|(?:吐き出|はきだ|(?:咳|せき|口|くち)(?:で|から)(?:自分で|じぶんで)?(?:吐き|はき)?(?:出|だ))せ(?:た(?!ら|か|の(?:か|に)|けど|が)|ました)"
    r"|(?:心配|しんぱい|問題|もんだい)(?:は)?(?:ない|無い|ありません|いらない|要らない)(?:と|って|との)(?:言われ|いわれ|こと|説明)"
    r"|(?:元気|げんき|無事|ぶじ|大丈夫|だいじょうぶ)(?:だ|です|でいる)?(?:と|って|との)[^。、]{0,2}?(?:連絡|れんらく|電話|でんわ|メール|めーる|ライン|line|返事|へんじ)"
    r"(?:が|を|も)?(?:あり|あっ|来|き|もら)"
    # talking normally again, a harmless cause found at the doctor's, well after all (「もう普通に話してます」
    # 「逆流性食道炎だったと受診で分かりました」「二回のんだかも。でもげんき」)
    r"|もう(?:普通|ふつう)に(?:話|はな|しゃべ|喋)(?:して|せて|れて)(?:い|お)?ま?す"
    r"|(?:だった|でした)と[^。、]{0,4}?(?:受診|じゅしん|診察|しんさつ|検査|けんさ|病院|びょういん)で"
    r"(?:分かり|わかり|分かっ|わかっ|判明し)(?:ました|た(?!ら|の|こと|ん))"
    r"|でも(?:元気|げんき)(?:です|でした|だ)?(?:[。!！]|$)"
    # checked with someone who knows, and it was all right (「薬局に確認したら大丈夫な量でした」「病院に電話で聞いたら問題
    # ないと言われた」), not 「確認したら大丈夫じゃない」「…大丈夫か」
    r"|(?:確認|かくにん|問い合わせ|といあわせ|相談|そうだん|聞い|きい|調べ|しらべ|電話し|でんわし)(?:し)?たら[^。]{0,12}?"
    r"(?:(?:大丈夫|だいじょうぶ|問題|もんだい|心配|しんぱい)(?:な(?:量|りょう|範囲|はんい|の(?:で|だ))|です|でした|だった|との|(?:だ)?(?:と|って)(?![^。、]{0,2}?(?:思|おも|信じ|しんじ|言え|いえ))"
    r"|は?(?:ない|なし|なかった|ありません|いらない)(?!と(?:思|おも)|って(?:思|おも)))"
    r"|(?:安全|あんぜん|害は?ない|がいはない)(?:な|です|でした|だ|と|って))"
    # stopped in time by someone (「銀行員さんが止めてくれました」), sent away (「兄が行って帰らせた」「追い返しました」),
    # over and done with (「もう終わったことですが」), awake again (「入院して意識も戻りました」), counted and not taken
    # after all (「数えたら飲んでなかった」)
    # (none of them followed by a "but": 「止めてくれたけど振り切って」「意識が戻りましたが、また」)
    r"|(?:止め|とめ|阻止し|そしし)て(?:くれ|くださっ|くださいまし|もらっ|もらいまし)た(?!ら|けど|けれど|のに|が|も|か)"
    r"|(?:帰らせ|かえらせ|追い返し|おいかえし|追い払っ|おいはらっ)(?:まし)?た(?!ら|い|か|の(?:か|に)|けど|けれど|が|も)"
    r"|(?:もう|既に|すでに)(?:終わった|おわった|済んだ|すんだ)(?:こと|事|話|はなし)(?!じゃ|では|でな|と(?:思|おも)|って(?:思|おも))"
    r"|意識(?:が|も|は)(?:戻|もど)(?:りまし|っ)た(?!ら|か|の(?:か|に)|けど|けれど|が|も|はず)"
    r"|(?:数え|かぞえ|確認し|かくにんし|調べ|しらべ)たら[^。]{0,8}?(?:飲んで|のんで|減って|へって)(?:い)?(?:なかった|ませんでした)"
    # back home (from the hospital) and well (「救急車で行って今日はもう帰ってきて元気に手を振ってくれた」「病院から戻ってきて
    # 普通にご飯を食べています」); not 「帰ってきてから元気がない」「帰ってきて元気だったのに」
    r"|(?:帰って|戻って|かえって|もどって)(?:き|来)て[、,]?(?:から(?:は|も)?)?(?:もう|今は|いまは)?[、,]?"
    r"(?:元気|げんき|普通|ふつう|いつも通り|いつもどおり)(?!じゃ|では|でな|がな|が無|か|そう)"
    + _not_doubted_within(12)
    # told by those who were there that it came to nothing (「すぐ座らせてもらって大丈夫だったとのことで」「何ともなかったと
    # 連絡帳に」); not 「大丈夫だったとのことですが、今また」
    + r"|(?:大丈夫|だいじょうぶ|何とも(?:な|無)|なんとも(?:な|無)|問題(?:な|無)|異常(?:な|無))(?:かった|だった|でした)"
    r"(?:との|と(?:の)?(?:こと|事|連絡|れんらく|聞|き[いきく]|書|か[いかき]|言われ|いわれ))"
    + _not_doubted_within(12)
    # brought back by the writer (「近所のコンビニにいてもう連れて帰りました」「公園で見つけて連れ戻しました」)
    + r"|(?:(?:連れ|つれ)て?(?:帰り|かえり|戻り|もどり)ました|(?:連れ|つれ)て?(?:帰っ|かえっ|戻っ|もどっ)た(?!ら|い|こと|事|はず)"
    r"|(?:連れ戻|つれもど)し(?:ました|た(?!ら|い|こと|事|はず)))"
    + _not_doubted_within(12)
    # came to at once (「気を失ったが、すぐ気がついて」「すぐ意識が戻りました」); not noticing something at once (「倒れて
    # いるのにすぐ気がついて」: a particle right before) nor coming to, then an ambulance called
    + r"|(?<![にとをがもはの])(?:すぐ|すぐに)(?:気が(?:つ|付)|きがつ|(?:意識|いしき)(?:が|も)?(?:戻|もど)|(?:目|め)を(?:覚ま|さま))"
    r"(?:いて|いた|きました|って|った|りました|して|した|しました)"
    + _not_doubted_within(12, ("救急", "きゅうきゅう", "119", "通報"))
    + r"|now(?:stable|fine|okay|ok)|(?:is|are|was)(?:fine|ok|okay|stable)now|(?<!t)recovered|doingwell|(?:is|are)(?:fine|ok)"
)
# A thing named alone, with no act (「練炭を物置から見つけて」), said to be what someone used for an ordinary purpose
# (「父が昔キャンプで使ったものでした」): explained, not a means at hand; not told as someone's claim or doubted
# (「キャンプ用だと言うけど」「…ものかな」).
_NAMED_THING = _r(r"[一-龥ァ-ヶー]+")
_ORDINARY_USE = _r(
    r"(?:キャンプ|きゃんぷ|バーベキュー|ばーべきゅー|bbq|アウトドア|釣り|七輪料理|焼肉|焼き肉|やきにく|暖房|だんぼう|こたつ|炬燵|火鉢|ひばち"
    r"|庭仕事|畑仕事|農作業|のうさぎょう|荷造り|にづくり|引っ越し|ひっこし|工作|こうさく|diy|仕事|しごと)(?:で|に|用|よう|の(?:ため|時|とき))"
    r"[^。、]{0,8}?(?:使|つか)(?:った|う|っていた|ってた|ってい(?:た|ま))(?:もの|物|やつ|奴)"
    r"(?!(?:でした|だった|です|だ|らしい|な)?(?:と(?:言|い|思|おも)|って(?:言|い|思|おも)|けど|けれど|が|か|かも|のか|はず))"
)
# Charcoal or a rope bought or made ready, with the ordinary use it is for said right after (「練炭を買った。冬の
# こたつ用」「七輪を用意しました、キャンプ用です」): not a means at hand.
_MEANS_BOUGHT = _r(r"(?:練炭|れんたん|七輪|しちりん|ロープ|ろーぷ)(?:を)?(?:用意|準備|買っ|かっ|買いまし)?")
_ORDINARY_PURPOSE = _r(
    r"^[^。]{0,8}?[。、,]?[^。、]{0,6}?(?:こたつ|炬燵|コタツ|暖房|だんぼう|キャンプ|きゃんぷ|バーベキュー|ばーべきゅー|bbq|BBQ|火鉢|ひばち"
    r"|焼肉|焼き肉|やきにく|釣り|つり|アウトドア|引っ越し|ひっこし|荷造り|にづくり|餅つき|もちつき|畑|はたけ)"
    r"(?:用|よう|に使|で使|につか|でつか|のため)"
    # not told as someone's claim or doubted (「こたつ用と言っているが」)
    r"(?![^。、]{0,12}?(?:と|って)(?:言|い[っうい]|思|おも)|[^。、]{0,12}?(?:けど|けれど|が、|がな|かな|かも))"
)
# …or used for the cooking it is made for, right after it (「七輪と練炭で炭火焼きの会」「練炭で焼き鳥」).
_COOKED_WITH_TAIL = _r(
    r"^(?:と[^。、]{0,6}?)?(?:で|を使って|をつかって|を使った|をつかった)(?:炭火焼|すみびやき|炭火で|焼肉|焼き肉|やきにく|バーベキュー|ばーべきゅー|bbq"
    r"|料理|りょうり|調理|ちょうり|干物|ひもの|焼き鳥|焼鳥|やきとり|秋刀魚|さんま|餅|もち)"
)
# …and nothing in the message of an act or a wish to die (「練炭自殺を図った」「遺書のような手紙も」「死にたいと」).
_ACT_OR_WISH_TO_DIE = _r(
    r"自殺|じさつ|死|しに|しぬ|しの|遺書|いしょ|図っ|はかっ|焚|炊|たいて|たいた|目張り|めばり|こもっ|閉じこも|とじこも"
    r"|消えたい|きえたい|終わりに|おわりに|終わらせ|おわらせ|生きて|いきて|さよう?なら"
)
# The ambulance crew already there, told before the sign in the same sentence (「救急隊の方が今到着して、顔が
# ゆがんだ父を運んでくれています」).
_HELP_ON_SCENE_HEAD = _r(
    r"(?:救急隊|救急隊員|救急の方|救急車|きゅうきゅうたい|きゅうきゅうしゃ)(?:の方|の人)?(?:が|も)[^。、]{0,6}?"
    r"(?:到着し(?:て(?!も|から|い?な|ませ)|まし|た(?!ら))|(?:来て|きて)(?:くれ(?:て|まし)|(?:い|お)(?:ます|る))"
    r"|(?:運ん|はこん)で(?:くれ|い|お))"
)
# Something in the throat come out or gone down, with no distress said after it (「すぐ咳で出て今はけろっと」「ごはんを
# 丸のみしたら取れたそうです」「骨が取れました」); not 「出てこない」「取れたけど、まだ苦しそう」.
_THROAT_CLEARED = _r(
    r"(?:(?:咳|せき)(?:で|をして|して|込んで|こんで|をしたら|したら)?(?:すぐ|すぐに)?(?:出|で)(?:て(?:き|来))?|(?:口|くち)から(?:出|で)(?:て(?:き|来))?"
    r"|(?<=[がはもら])とれ|取れ|消え|(?<=[がはもらた、])きえ|飲み込め|のみこめ|(?:喉|のど)を(?:通|とお)っ)"
    r"(?:た|ました|て(?!(?:い|お)?(?:な|ませ)|こな|こね|こん|きませ))"
    r"(?!ら|か|[?？]|と(?:思|おも)|って(?:思|おも)|けど|けれど|が|のに|も)"
)
_THROAT_DISTRESS = _r(
    r"苦し|くるし|息が|いきが|呼吸|こきゅう|顔色|かおいろ|紫|むらさき|真っ青|まっさお|ぐったり|意識|いしき|声が出|こえがで|まだ|救急|きゅうきゅう|助けて|たすけて"
)
# A visit booked for a sign of a night or a day before (「昨夜、いびきで息が止まってるみたいに聞こえたので、今日検査を
# 予約しました」): the writer has judged it and planned care; only with no word of here and now in the message.
_BOOKED_VISIT = _r(
    r"(?:検査|けんさ|受診|じゅしん|診察|しんさつ|外来|がいらい|病院|びょういん|医院|いいん|クリニック|くりにっく)[^。、]{0,10}?(?:予約|よやく)"
    r"(?:を)?(?:し(?:ました|た(?!ら)|て(?:あり|ある|おき|おい|き))|入れ(?:ました|た(?!ら))|取り?(?:ました|た(?!ら))|とり?(?:ました|た(?!ら))|取っ|とっ)"
)
_NIGHT_BEFORE = _r(
    r"(?:昨夜|さくや|ゆうべ|昨晩|さくばん|昨日|きのう|一昨日|おととい|夜中|よなか|寝ている間|寝てる間|寝ていると|睡眠中)(?!から|まで|より)"
)
# Care given (for a poison swallowed to die, calm or talking now is no relief).
_CARED_FOR = _r(
    r"救急|きゅうきゅう|搬送|はんそう|病院|びょういん|受診|じゅしん|入院|にゅういん|吐き出|はきだ|吐かせ|はかせ|処置|しょち|医者|いしゃ|医師"
    r"|先生に|中毒110|毒110|中毒センター|119|未遂|思いとどま|おもいとどま"
    # a pharmacist or a doctor asked (「薬局に確認したら大丈夫な量でした」)
    r"|薬局|やっきょく|薬剤師|やくざいし|#7119|7119"
)
# A past time word inside a relative clause on a person (「前に屋根工事をした業者の男が上がり込んで」): the
# past is the clause's, not the sign's.
_PAST_CLAUSE = _r(
    r"^[^。、]{0,16}?(?:した|やった|来た|きた|いた|だった|頼んだ|たのんだ)(?:業者|ぎょうしゃ|男|女|人|ひと|方|者|やつ|奴|セールス|営業|会社|職人)"
)
# …or any past verb on a trade, a word between (「先日断ったリフォーム業者が」), in a sentence not told in the past.
_PAST_CLAUSE_ON_TRADE = _r(
    r"^[^。、]{0,16}?(?:った|んだ|いた|いだ|した|えた|れた|けた|せた|てた|ねた|めた|べた)[^。、]{0,8}?(?:業者|ぎょうしゃ|セールス|営業|職人)"
)
# …or on one's own person, the clause closed by a verb (「先月退院したばかりの、心臓の薬を飲んでいる母が」).
_PAST_CLAUSE_ON_OWN = _r(
    r"^[^。、]{0,16}?(?:た|だ)(?:ばかり|ばっかり)?の?、?(?:[^。、]{0,20}?(?:る|た|だ|ない))?"
    r"(?:" + PERSON_SUBJECT + r"|ちち|はは|そふ|そぼ)(?:さん)?(?:が|は|も)"
)
# …or on a place, a person's old haunt (「昔よく通った釣り場に行くと言って出て行き」「以前住んでいた家に向かったまま」
# 「前に勤めていた会社を探しに」): the past is the place's, not the sign's, unless an earlier past word frames it.
_PLACE = (
    r"(?:場所|ばしょ|釣り場|つりば|釣場|家|いえ|店|みせ|公園|こうえん|会社|かいしゃ|職場|しょくば"
    r"|学校|がっこう|町|まち|駅|えき|港|みなと|海|うみ|川|かわ|山|やま|畑|はたけ|田んぼ|たんぼ|病院|びょういん|お?寺|てら|神社|じんじゃ"
    r"|実家|じっか|アパート|団地|だんち|商店街|しょうてんがい|スーパー|銭湯|せんとう|方面|ほうめん|辺り|あたり|近く|ちかく|土地|故郷|ふるさと"
    r"|田舎|いなか|お?墓|はか|工場|こうじょう|道|みち|コース|喫茶店|図書館|としょかん|浜|はま|堤防|ていぼう|桟橋|さんばし|波止場|漁港|ぎょこう)"
    r"(?:に|へ|まで|を|の|で|から|方|ほう)"
)
_PAST_CLAUSE_ON_PLACE = _r(r"^[^。、]{0,16}?(?:た|だ)" + _PLACE)
# A habit told in a clause on a place (「昔よく行った公園に」「毎朝散歩する川の方へ」): the habit is the place's.
_HABIT_OF_A_PLACE = _r(r"^[^。、]{0,12}?(?:た|だ|[うくぐすつぬぶむる])" + _PLACE)
# How easily a food sticks (「喉に詰まりにくい正月料理」「詰まりやすい食べ物」): a property of food, asked in general.
_FOOD_PROPERTY = _r(
    r"^(?:ら|り|らせ)?(?:にくい|にくく|づらい|づらく)|^(?:ら|り|らせ)?やすい[^。、]{0,10}?(?:食べ物|たべもの|食品|しょくひん|料理|りょうり|おかず|メニュー|めにゅー|レシピ|れしぴ"
    r"|献立|こんだて|お菓子|おかし|おやつ|餅|もち|正月|おせち|介護食|かいごしょく|もの|物)"
)
# An accident of a kind said to happen (「…を誤って口に入れる事故があると聞きました」): said in general.
_KIND_OF_ACCIDENT = _r(
    r"^[^。、]{0,8}?(?:る|た)?(?:事故|じこ|事件|じけん|被害|ひがい|事例|じれい|ケース|トラブル)(?:が|も)(?:ある|あり|あっ|多|おお|起き|おき|増え|ふえ|相次)"
)
# The sign as the name of what is prevented, drilled for or warned of (「窒息事故防止の観点から」「窒息予防に」「行方不明を想定
# した訓練」「窒息事故に注意」): a noun of a kind of event, not someone's now.
_PREVENTED_TAIL = _r(
    r"^(?:の|する|した)?(?:事故|じこ|事件|じけん)?の?(?:予防|よぼう|防止|ぼうし|対策|たいさく|を防|をふせ|を未然)"
)
# …or a drill of it, in the same clause (「行方不明高齢者の捜索模擬訓練はどこで」「徘徊の声かけ訓練に参加」)
_DRILLED_TAIL = _r(
    r"^(?:者)?(?:を|の)?(?:想定|そうてい)(?:した|して|する|の)"
    # the event named as a clause (「行方不明になったことを想定した訓練」「倒れた場合を想定して」)
    r"|^[^。、]{0,6}?(?:た|る)(?:こと|事|場合|ばあい|ケース)(?:を|の)(?:想定|そうてい)(?:した|して|する|の)"
    r"|^[^。、]{0,10}?(?:模擬|もぎ|声かけ|こえかけ|捜索|そうさく|避難|ひなん)(?:の)?(?:訓練|くんれん)"
)
_WARNED_TAIL = _r(
    r"^(?:の)?(?:事故|じこ)(?:に|には|へ)(?:ご|十分|じゅうぶん)?(?:注意|ちゅうい|用心|ようじん|気をつけ|気を付け)"
)
# A doctor asked, who said it is no illness (「医者に聞いたら病気じゃねえ言われた」「主治医に異常なしと言われています」), after
# the sign: explained, with nothing of here and now; not 「言われたばかりなのに」 (doubted, or worse since).
_DOCTOR_SAID_NOTHING = _r(
    r"(?:医者|いしゃ|医師|主治医|先生|せんせい|病院|クリニック)[^。]{0,12}?(?:病気|びょうき|異常|いじょう|問題|もんだい)(?:は|が)?"
    r"(?:じゃ|では|でわ|で|や)?(?:ない|ねえ|ねー|なか|なし|あらへん|ありません|無い)[^。]{0,4}?(?:言われ|いわれ|言わ|いわ|と|って)"
    + _not_doubted_within(8, ("ばかり",))
)
# The sign explained by deafness (「呼んでも返事がないのは耳が遠いせいです」).
_EXPLAINED_BY_DEAFNESS = _r(
    r"^(?:の|のは|のも)[^。]{0,6}?(?:耳が遠い|みみがとおい|耳が聞こえにく|みみがきこえにく|難聴|なんちょう|補聴器|ほちょうき)"
    # …or right after, as all there is to it (「インターホンに出ない母、耳が遠いだけで中では元気」「出ないのは耳が遠いから」)
    r"|^[^。、]{0,4}?[、,]?(?:耳が遠い|みみがとおい|耳が聞こえにくい|みみがきこえにくい|難聴|なんちょう)(?:だけ|せい|から|ので|んで)"
    r"(?!(?:じゃ|では|でな|なら|やったら|だったら|か))(?![^。、]{0,4}?(?:かな|かも|か[?？]|かしら|と思|とおも|って思))"
)
# Hedged or denied (「…のせいかな」「…のせいじゃない」「…と思う」「…はずだけど」).
_HEDGED = r"か(?:な|も|[?？]|しら|と)|じゃ|では|でな|でもな|とは|と(?:思|おも)|って(?:思|おも)|はず"
# A stroke-like sign explained, right after it or in an aside, by a dental or local anaesthetic (「顔がゆがむ(歯医者の
# 麻酔のせい)」「口が曲がってるのは麻酔が残ってるから」); not doubted or denied (「麻酔のせいかな」「麻酔のせいじゃ
# ない」「麻酔が切れたのに」).
_ANAESTHETIC_CAUSE = _r(
    r"^[^。]{0,12}?(?:麻酔|ますい)(?:の|が)?(?:せい|ため|影響|えいきょう|残|のこ|効|き(?:いて|いてる|いてい)|で)"
    + _not_doubted_within(4, (_HEDGED,), by=("のに", "けど"))
)
# …or by one given just before it, in the same sentence (「歯医者で麻酔したら口が片方下がって」「麻酔を打ってもらった
# ので顔がゆがんでる」); not once it has worn off or long after (「麻酔が切れたのに」「麻酔してから三日たつのに」).
_ANAESTHETIC_HEAD = _r(
    r"(?:麻酔|ますい)(?:を|が)?(?:し|打っ|うっ|打たれ|うたれ|かけ|され|効い|きい)[^。、]{0,4}?(?:たら|て(?:もらったら|もらって)?|た(?:後|あと)|たので|たから|ので|から)、?"
    r"(?:(?!のに|けど|切れ|きれ|抜け|ぬけ|経|たっ|日|週)[^。]){0,10}$"
)
# The harmless cause doubted after the sign (「…下がってる、麻酔のせいかな」「…でも麻酔はもう切れてるはず」).
_DOUBTED_TAIL = _r(
    r"^[^。]{0,24}?(?:かな|かしら|だろうか|でしょうか|心配|しんぱい|不安|おかし|変|へん|切れ|きれ|はず|まだ)"
)
# Away where they are known to be, said right before the absence (「ショートステイに行ってるので家にいません」
# 「入院しているから戻らない」「デイサービスに出かけてて家にいない」): not missing; not 「…に行ったはずなのに」.
# Money lost or paid, told just before 「戻らない」 with no person named in between: the money is what does not return.
_RETURN_STEM = _r(r"^(?:戻|もど|返|かえっ)")
_MONEY_LOST = _r(
    r"(?:円|お金|おかね|現金|げんきん|貯金|ちょきん|預金|よきん|大金|金)(?:を|が|も|は)?[^。]{0,10}?"
    r"(?:取られ|とられ|盗まれ|ぬすまれ|騙し取|だまし取|振り込|ふりこ|払っ|はらっ|払い|はらい|渡し|わたし|失っ|うしなっ|貸し|かし)"
)
_KNOWN_WHEREABOUTS_HEAD = _r(
    r"(?:ショートステイ|しょーとすてい|ショート|デイサービス|でいさーびす|デイケア|でいけあ|デイ|施設|しせつ|病院|びょういん|旅行|りょこう|温泉|おんせん"
    r"|親戚|しんせき|実家|じっか|[兄姉弟妹]の(?:家|ところ|とこ)|娘の(?:家|ところ|とこ)|息子の(?:家|ところ|とこ)|入院|にゅういん|泊まり|とまり|お泊り|おとまり)"
    r"(?:に|へ|で|の)?(?:行って|いって|行っと|出かけて|でかけて|泊まって|とまって|入院して|にゅういんして|入って|はいって|預けて|あずけて|預かって|あずかって|して)"
    r"(?:い|お)?(?:る|ます|て)?(?:ので|から|んで|ため|て)、?[^。、]{0,6}$"
)
# The sign explained by what was just said (「家にいないのはそのためです」「返事がないのはこういうわけで」).
# Only for an absence (where someone is, not a sign of the body: 「息が苦しいのはそのため」 is still an emergency).
_EXPLAINED_BEFORE = _r(
    r"^(?:の|ん)(?:は|も)(?:その|この|そういう|こういう|それが|これが)(?:ため|わけ|訳|理由)(?!かも|かな|か[?？])"
)
# Gas left open, forgotten (「元栓を開けたままにする」「開けっぱなし」), not opened.
_GAS_WORD = _r(r"ガス|がす|元栓|もとせん")
_LEFT_OPEN_TAIL = _r(r"^(?:た|て)?(?:まま|っぱなし|っぱ|ぱなし)")
# …told as forgetfulness or a habit to prevent (「閉め忘れ」「増えた」「しがち」「認知症の母が」「自動で止まるコンロ」)…
_FORGETTING = _r(
    r"忘れ|わすれ|増え|ふえ|がち|しょっちゅう|よく(?!な)|いつも|毎回|まいかい|癖|くせ|認知症|にんちしょう|物忘れ|ものわすれ"
    r"|防止|ぼうし|対策|たいさく|コンロ|こんろ|器具|きぐ|安全装置|自動で|じどうで|見守り|みまもり"
)
# …and no one found in the gas now (「開けたまま寝てる」「部屋で倒れてる」「ガスの臭い」).
_GAS_FOUND_NOW = _r(r"寝て|ねて|眠っ|ねむっ|倒れ|たおれ|意識|いしき|閉め切|しめき|臭|におい|ぐったり|動かな|うごかな")
# The sign made little of by what follows (「倒れたっつっても、畦で足すべらせただけだっぺ」「倒れたといっても尻もちを
# ついただけ」): explained, with no distress after it.
_MADE_LITTLE_OF_TAIL = _r(
    r"^(?:た|だ)?(?:っつっ|つっ|って言っ|っていっ|といっ|と言っ|ったっ)?ても[、,]?[^。]{0,24}?(?:た|だ)だけ"
)
# A match ending in a negative stem, then the fear's 「…いか心配」 (「また出て行かないか心配です」 read by "won't leave"): the
# fear that someone goes out, not someone who will not leave. Not for a missing person (「帰らないか心配」: their absence
# is the sign itself) nor where a fear counts.
_NEGATIVE_STEM_FEAR = _r(
    r"^いか(?:と)?(?:心配|しんぱい|不安|ふあん|怖|こわ|ハラハラ|はらはら|ひやひや|ヒヤヒヤ|気が気)"
)
# A fear of what may happen if something is done (「一週間分まとめて渡すと、間違えて全部飲まないか心配」): a
# condition (〜と、〜ば) then the fear, with nothing done or going on in between (「飲んでしまった、死なないか
# 心配」「意識がない、死なないか心配」 are no fear of the future).
_NOTHING_DONE = r"(?:(?![たっ]|[てで](?:る|い|お|しま|ま))[^。])"
_FEAR_LATER = _r(
    r"^" + _NOTHING_DONE + r"{0,12}?(?:[するうくぐむぶつぬ]と|[れせけめべ]ば)、?" + _NOTHING_DONE + r"{0,14}?"
    r"(?<![てで])(?<!てい)(?<!でい)ないか(?:心配|しんぱい|不安|ふあん|怖|こわ|ハラハラ|ひやひや|ヒヤヒヤ)"
)

# 「倒れてる！と思ったら、かかしでした」「行方不明かと思ったら二階で寝てた」「いなくなった！…と思ったら隣にいた」
# (a run of marks, then dots): a false alarm told at once (not
# 「…と思ったら本当に倒れてた」).
_FALSE_ALARM = _r(
    r"^(?:て|で)?(?:る|いる|た|ます)?(?:の|ん)?か?(?:[!！?？。、,]{0,3}[.…‥]*)[(（]?(?:と|って)(?:思|おも)ったら(?![^。]{0,4}?(?:本当に|ほんとに|ほんとうに|やっぱり|やはり|案の定))"
    # not a worse discovery (「夫がいない！と思ったら、靴もなくなってる」「…と思ったら玄関の鍵が開いてた」)
    r"(?![^。)）]{0,16}?(?:(?:も|まで)(?:ない|なく|無く|無い|ありません|なかった|ねえ|見当たら|みあたら)|なくなって|無くなって|いなくな|見当たらな|みあたらな|消えて|きえて|開いて|あいて|開けっ|あけっ"
    # …nor a wound found worse than feared (「たんこぶかと思ったら血が出てる」「軽い怪我と思ったら出血が止まらない」)
    r"|(?:血|ち)(?:が|も)|出血|しゅっけつ))"
)
# 「…を口に含んだと思いましたが、匂いを嗅いだだけでした」「倒れたと思ったけど座り込んだだけだった」: a fear taken back at
# once by what was really done (not a sip or a lick: 「飲んだと思ったが、なめただけ」 is still taken).
_THOUGHT_BUT_ONLY = _r(
    r"^[^。]{0,4}?(?:と|って)(?:思|おも)(?:いました|った|ってた|っていた|ってました|っていました)(?:が|けど|けれど)[、,]?[^。]{0,20}?"
    r"(?<!飲ん)(?<!のん)(?<!なめ)(?<!舐め)(?<!含ん)(?<!ふくん)(?<!吸っ)(?<!すっ)(?<!食べ)(?<!たべ)(?<!かじっ)(?:た|だ)だけ"
    r"(?:でした|だった|だ|です|みたい|らしい|の(?:よう|様)|っぽい)"
)
# A sign told in the past, then well again by now in the same sentence (「ろれつが怪しかったけど、今朝は「よく寝た」って
# いつも通りです」「昨日は口が曲がってたが、今はもう元通り」); not 「…今朝もまだ」.
_GONE_BY_NOW_TAIL = _r(
    r"^[^。]{0,8}?(?:た|かった|でした|ました)(?:けど|けれど|が|のに)?[、,]?[^。]{0,4}?(?:今朝|けさ|今は|いまは|今日は|きょうは|朝には|あさには|もう)"
    r"(?!も|まだ)[^。]{0,16}?(?:いつも通り|いつもどおり|普段通り|ふだんどおり|元通り|もとどおり|元に戻|もとにもど|治っ|なおっ|治まっ|おさまっ)"
    r"(?!て(?:ない|いない|ません|ねえ)|てな)"
)
# An urgent worry that is over: 「今は治っています」「今は息子が届けてくれるので大丈夫」.
_URGENT_RESOLVED = _r(
    r"今は[^。]{0,20}?(大丈夫|元気|治って|治りました|退院|落ち着|平穏|食べられて|飲めて)|入院(中|して(い|お)|しました)|手術(を受け|後)|術後"
)
# Reassurance that the person is awake and talking: a `collapsed`/`heatstroke` match is then urgent.
_REASSURED = _r(
    r"(会話|話)(は|も)?(でき|出来)|意識(は|も)?(ある|あり|はっきり|しっかり)|返事(は|も)(する|します|でき)|動けます|話せます|(話せ|はなせ|しゃべれ|喋れ)て(い)?ます(?!か)|(話せ|はなせ|しゃべれ|喋れ)て(い)?る(?!か)"
)
_SENTENCE_END = _r(r"[。！？!?\n]+")  # a run of marks (「けど！！」) ends one sentence
# Round-20 look-alike causes (issue 14).
# A death word closed, in its own sentence, by a mark of laughter (「三連敗で死にたい気分だよ(笑)」): a joke; the model
# may still ask, and a word of really (「本当に死にたい(笑)」) keeps it.
# Death words said, then called a joke by whoever said them (「私なんかいなくなった方が楽でしょ、って母が冗談で笑ってた」);
# not 「冗談ではない顔で」「冗談じゃなく」.
_CALLED_A_JOKE_TAIL = _r(
    r"^[^。]{0,10}?[」』]?(?:って|と)、?[^。、]{0,8}?(?:冗談|じょうだん)(?:で(?!は|な)|めかして|まじりに|っぽく)[^。]{0,6}?(?:笑|わら|言|い[っうい])"
)
# Death words said, then taken seriously by the listener, told as a slip (「飛び降りたい気分だなんて言ったら本気にされ
# ちゃった」「死にたいとか言ったら真に受けられて」): a manner of speaking; not 「本当に死にたいって言ったら」.
_TAKEN_SERIOUSLY_TAIL = _r(
    r"^[^。]{0,8}?(?:なんて|とか|って|と)[、,]?(?:言|い)っ(?:たら|ちゃったら|てみたら)[^。]{0,10}?"
    r"(?:本気に|ほんきに|真に受け|まにうけ|真剣に|しんけんに)(?:さ|し|取|と)"
)
# A history of such thoughts named in a professional's note, stable now (「希死念慮の既往あり、現在は安定」): the past,
# unless something of now is told (「既往あり、昨日から再燃」).
_HISTORY_OF_TAIL = _r(r"^[^。、]{0,2}?の?(?:既往|きおう)(?!歴のない)")
_STABLE_NOW = _r(
    r"(?:現在|げんざい|今|いま|目下)(?:は|も)?(?:もう)?[^。、]{0,10}?(?:安定|落ち着|おちつ|消失)"
    r"(?!し(?:てな|ていな|な)|せず|ませ|か)"
)
# A sign named as a past stay in hospital or a history (「熱中症で入院歴あり、現在は問題なし」「脱水の既往あり、今は
# 元気」) and well now: the past, unless something of now is told besides (「入院歴あり、今朝からまた震えて」).
_ILLNESS_HISTORY = (
    r"(?:で|の)?(?:入院歴|にゅういんれき|通院歴|治療歴|搬送歴|既往|きおう)(?:が|は)?(?:あり|有り|有|ある|あります)"
)
_ILLNESS_HISTORY_TAIL = _r(r"^[^。、]{0,6}?" + _ILLNESS_HISTORY)
_ILLNESS_HISTORY_MATCHED = _r(_ILLNESS_HISTORY)  # a rule's match may take it in (「低体温症で入院歴あり(昨冬」)
_WELL_SINCE = _r(
    r"(?:現在|げんざい|今|いま)(?:は|も)?(?:もう)?[^。、]{0,10}?"
    r"(?:問題(?:なし|ない|ありません)|異常(?:なし|ない|ありません)|変わりなし|元気(?!が?な|じゃな|では|で?ない)|げんき(?!が?な|じゃな)|安定|落ち着|おちつ)"
    r"(?!し(?:てな|ていな|な)|せず|ませ|か|では|じゃ)"
)
_THIS_SEASON = _r(r"今(?:冬|夏|春|秋|シーズン)")
# Oneself as what is lost (「自分を見失う」「自分の居場所を見失って」): the idiom for losing one's way in life, when no
# person of one's own is its subject (「母が自分の居場所を見失って」 stays: a sign of dementia).
_ONESELF_LOST_HEAD = _r(r"(?:自分|じぶん)(?:自身|じしん)?(?:の[^。、]{1,6})?を$")
# Words named as what is stuck in the throat (「喉に言葉がつかえて出てこない」): shyness or a loss for words, not food.
_WORDS_STUCK = _r(r"言葉|ことば|コトバ|台詞|セリフ|せりふ|返事|へんじ")
_FLARED_AGAIN = _r(r"再燃|さいねん|再発|さいはつ|悪化|あっか|ぶり返|ぶりかえ|また(?:死|し|消え|きえ)")
# Death words once said, now like a lie (「死にたいなんて言ってたのが嘘みたい」「消えたいって思ってた頃が嘘のよう」): the
# past, looked back on from now.
_ONCE_SAID_TAIL = _r(
    r"^[^。、]{0,6}?(?:なんて|とか|って|と)[、,]?(?:言|い|思|おも)って(?:た|いた)(?:の|こと|頃|ころ|時|とき)(?:が|は|も)?[、,]?"
    r"(?:嘘|うそ|ウソ)(?:みたい|みてえ|のよう|のや|や|だ|です)"
)
# Death words as the title of a book, a song or a sticker (「『死にたい老人』っていう本」「消えたい…って孫のLINEスタンプ」):
# quoted, then named what they are; not 本人, 本当, 本気 (「死にたいって本人が」).
_TITLE_TAIL = _r(
    r"^[^「『」』。、]{0,12}?(?:[」』][…‥・.]*(?:っていう|という|って|との|の)?|[…‥・.]*(?:っていう|という|って|との))[^。、「『」』]{0,10}?"
    r"(?:本(?!人|当|気|音|心|日|番|物)|ほん(?!にん|と|き|ね|ま|もの)|絵本|小説|題名|タイトル|書名|スタンプ|すたんぷ|歌(?![っうい])|曲|映画|漫画|マンガ|川柳|せんりゅう|作品|演目|落語)"
)
# The heat or the cold as the subject of a death word of oneself (「今日の暑さは死ぬるわ」「この寒さ、死ぬ〜」): a manner of
# speaking for the crisis rules (the heat rules read heat now on their own).
_WEATHER_HEAD = _r(r"(?:暑|あつ|寒|さむ)さ(?:は|が|に|で|も)?[、,]?[^。、]{0,8}$")
# A fear that someone may do it all at once (「薬を一度に飲んでしまわないか心配」): a worry, nothing done yet.
_MAY_DO_IT_FEAR = _r(
    r"^[^。、]{0,2}?[てで](?:しまわ|ちゃわ|じゃわ|しまや)(?:ない|ん|へん)か(?:と|って)?(?:心配|しんぱい|不安|ふあん|怖|こわ|ハラハラ|はらはら|ひやひや|ヒヤヒヤ|気が気)"
)
_LAUGHED_OFF_TAIL = _r(r"^[^。!！?？]{0,8}?(?:[(（]笑[)）]|笑(?=$|[。!！…])|[wｗ]{2,}(?=$|[。!！])|[😂🤣😆])")
# A stroke sign told with its harmless cause (「「ろれつが回らぬ」と笑ったのは、入れ歯を外していたからです」): what was
# seen, explained; not doubted (「…からかな」「…せいでしょうか」).
_EXPLAINED_CAUSE_TAIL = _r(
    r"^[^。]{0,16}?(?:た|だ)(?:の|ん)(?:は|も)、?[^。]{0,30}?(?:から|ため|せい)(?:です|だ|でした|だった|なんです|なの|や)?(?:[。!！]|$)"
    # …or its cause named and being seen to (「ろれつが悪いのは入れ歯が合わないせいで、歯医者で調整中」「…からで、通院中です」)
    r"|^[^。]{0,16}?(?:た|だ|い)(?:の|ん)(?:は|も)、?[^。]{0,30}?(?:から|ため|せい)(?:で|なので)[、,]?[^。]{0,16}?"
    r"(?:調整中|ちょうせいちゅう|治療中|ちりょうちゅう|通院中|つういんちゅう|作り直し|つくりなおし|直して|なおして|診てもらって|みてもらって)"
    # …or given a diagnosis other than a stroke (「顔が下がったのは顔面神経麻痺って診断で、通院してます」)
    # (the sign may be a noun: 「顔のゆがみは病院で顔面神経麻痺と診断されて」)
    r"|^[^。]{0,16}?(?:(?:た|だ|る|い)(?:の|ん)|み)(?:は|も)、?(?:(?!脳|のう|梗塞|こうそく|卒中|そっちゅう|出血|しゅっけつ|tia)[^。]){1,20}?"
    r"(?:と|って|との)(?:の)?(?:診断|しんだん|言われ|いわれ)(?!を受けた(?:けど|が|のに)|された(?:けど|が|のに))"
)
# Not answering now and then (「電話に出ないことがたまにあって」): how often, not days of silence (a duration is then
# no evidence of it).
_NOW_AND_THEN_TAIL = _r(
    r"^[^。、]{0,4}?(?:こと|時|とき)が(?:たまに|時々|ときどき|しばしば|よく|結構|けっこう)(?:ある|あり|あって)"
)
# …or any sign, told as a habit running on into the sentence (「目をつむって動かなくなることがあって、…考えてるだけ」)
_HABIT_RUNNING_ON_TAIL = _r(
    r"^[^。、]{0,4}?(?:こと|時|とき)が(?:よく|たまに|時々|ときどき|しばしば|結構|けっこう)?あって"
)
_THIS_TIME = _r(r"今回|こんかい|今度は|こんどは|このたび|でも今|でもいま|ところが")
# The event in a clause on a place, in a sentence on what one does now and then or for work (「鍵屋です。侵入された家の
# 鍵交換に行くことがあります」): a trade's general case, not a break-in now.
_SENTENCE_OF_HABIT = _r(
    r"(?:こと|時|とき)が(?:よく|たまに|時々|ときどき|しばしば|結構|けっこう)?(?:ある|あり|多)|ことも(?:ある|あり|多)|(?:仕事|しごと|業務|ぎょうむ)(?:です|で|に|が)"
)
# Medicine left over (「父の残薬が大量に見つかった」「余った薬が大量にある」): unless it was swallowed or is gone.
_LEFTOVER_HEAD = _r(
    r"(?:残|飲み残しの?|のみのこしの?|余った|あまった|残った|のこった|残ってる|残っている|溜まった|たまった)$"
)
# …or said to be left after it (「父の薬が大量に残ってる」「薬がたくさん余っている」).
_LEFTOVER_TAIL = _r(r"^[^。、]{0,4}?(?:残っ|のこっ|残り|のこり|余っ|あまっ|残して|のこして)")
# A device is what does not respond or move (「スマホが反応ない」「パソコンが動かなくなった」): no one collapsed.
_DEVICE_HEAD = _r(
    r"(?:スマホ|すまほ|スマートフォン|携帯|けいたい|ケータイ|けーたい|電話|でんわ|パソコン|ぱそこん|pc|タブレット|たぶれっと|ipad|iphone"
    r"|画面|がめん|テレビ|てれび|リモコン|りもこん|アプリ|あぷり|ボタン|ぼたん|タッチパネル|センサー|機械|きかい|機器|マウス|キーボード|プリンター"
    r"|エアコン|えあこん|ナースコール|インターホン|いんたーほん|ペンダント|ブザー|端末|たんまつ|カード)(?:の)?(?:画面|がめん|ボタン|ぼたん)?(?:が|は|も|の)?$"
)
_DEVICE_SIGN = _r(r"^(?:反応|はんのう|応答|おうとう|動か|うごか|動き|うごき)")
_TAKEN_OR_GONE = _r(r"飲|のん|のみ|服用|口に|くちに|なくな|無くな|減っ|へっ|空|から(?:に|っぽ)")
# Someone or something sought for a role that is not found (「更新の保証人が見つからない」「入れる施設が見つからない」):
# nobody missing.
_SOUGHT_FOR_A_ROLE_HEAD = _r(
    r"(?:保証人|ほしょうにん|後見人|こうけんにん|引受人|引き受け手|ひきうけて|担い手|なり手|ヘルパー|ケアマネ|預け先|あずけさき|入居先|入所先|転居先|引っ越し先"
    r"|施設|空き|あき|空室|物件|住まい|すまい|働き口|仕事|代わり|代役|後任|業者|病院|医者|先生"
    # someone to take a role on (「後見人になってくれる人が見つからない」)
    r"|(?:くれる|くれそうな|もらえる|なれる|できる)(?:人|ひと|方|かた))(?:さん)?(?:が|は|も)$"
)
# A figure of speech: the sign is what something is likened to (「まるで泥棒が入ったみたいに散らかった」),
# a feeling (「介護のことを考えると胸が苦しくなる」「胸がいっぱいで息もできないくらい」) or a measure of
# degree (「呼んでも起きないくらいよく寝る」).
_SIMILE_HEAD = _r(r"(?:まるで|まさに|さながら)[^。、]{0,2}$")
_SIMILE_TAIL = _r(
    r"^[^。、]{0,5}?(?:みたいに|みたいな|ように|ような|みたい(?:だ|です|や|。|!|！|$)|かのよう|よう(?:だ|です)(?:った|でした)?(?:。|!|！|$))"
)
_FEELING_HEAD = _r(
    # words or feelings as the subject (「言葉が喉に詰まって切り出せない」)
    r"(?:言葉|ことば|思い|おもい|気持ち|きもち|本音|ほんね|(?:言い|いい|伝え|つたえ)たい(?:こと|事))(?:が|も)$"
    r"|(?:考え|かんがえ|思|おも|想像|思い出|おもいだ)(?:る|う|す|し)?(?:と|だけで)$|胸が(?:いっぱい|一杯)で?$"
)
# Love or sorrow named as the cause right before a tight or aching chest (「恋して、胸が苦しい」「切なくて胸が痛い」
# 「感動して胸が締め付けられる」): a feeling, unless a sign of the body or of now is said anywhere in the message.
_EMOTION_HEAD = _r(
    r"(?:恋|こい(?=を|し)|片思い|片想い|かたおもい|恋わずらい|恋煩い|切な|せつな|悲し|かなし|寂し|さみし|さびし|恋し|こいし|愛し|いとし"
    r"|ときめ|トキメ|嬉し|うれし|感動|かんどう|懐かし|なつかし|感激|かんげき)[^。、]{0,4}?(?:て|で)、?$"
)
_CHEST_MATCH = _r(r"^(?:胸|むね|心臓|しんぞう)")
# The ache qualifying what caused it (「胸が痛むニュースばかりで」「胸の痛む話」「胸が締め付けられる事件」): the idiom
# for sorrow at a story, not a chest now.
_HEARTACHE_OF_A_STORY_TAIL = _r(
    r"^(?:ような|ように)?(?:ニュース|にゅーす|話|はなし|事件|じけん|出来事|できごと|光景|こうけい|記事|きじ|報道|ほうどう|映像|えいぞう|事故|じこ)"
)
_BODY_OR_NOW = _r(
    r"冷や汗|ひやあせ|脂汗|あぶらあせ|汗|顔色|かおいろ|息|いき(?!な)|呼吸|こきゅう|倒れ|たおれ|救急|きゅうきゅう|吐|はき|背中|せなか|肩|かた(?!ほう)"
    r"|あご|顎|腕|うで|しびれ|痺れ|真っ青|まっさお|紫|むらさき|動けな|うごけな|うずくま|脈|みゃく"
)
_FEELING_TAIL = _r(
    r"^[^。]{0,5}?、?[^。、]{0,10}?(?:こと|事)を?(?:考え|かんがえ|思|おも)(?:る|う|っ|い)(?:と|たら|だけで)"
    r"|^[^。、]{0,2}?(?:る|た)?(?:思い|おもい)(?:だ|です|で|が|を|。|$)"
)
# Said as a joke (「胸が苦しいわ、なんて冗談言ってたら」「ろれつが回らんと冗談を言って」): not 「冗談じゃなく」.
_JOKE_TAIL = _r(
    r"^[^。]{0,8}?(?:なんて|なんちゃって|って|と|とか)、?(?:(?:冗談|じょうだん|ジョーク|軽口|かるくち)(?:を|で|めかして)?"
    r"(?:言|い(?:っ|い|う|わ)|飛ば|とば|たたい|叩い)|(?:ふざけ|おどけ)(?:て|た))"
)
# Said, then called a joke in the very next sentence (「…のは寝不足のせい、ってな。冗談だよ。」): read on the match's
# sentence and the next; not 「冗談じゃない」「冗談ですが」.
_JOKE_NEXT_SENTENCE = _r(
    r"^[^。!！?？]{0,24}?(?:ってな|ってね|なんて|なんちゃって|って)[、!！…]*[。!！]+(?:まあ|ま、|いや、?)?(?:冗談|じょうだん|ジョーク)"
    r"(?:です|だよ|だ|よ|でした)(?!が|けど|けれど)"
)
# Money named as what bleeds (「毎月赤字で出血が止まらない」「出費の出血が続いて」「家計は出血大サービス状態」): the idiom
# for losing money, read only in the clause of the money word and with no body part or wound in the message.
_MONEY_BLEEDING_HEAD = _r(
    r"(?:赤字|あかじ|出費|しゅっぴ|支出|ししゅつ|家計|かけい|財布|さいふ|貯金|ちょきん|貯蓄|ちょちく|お金|おかね|費用|ひよう|施設代|介護費|医療費|損失|そんしつ"
    r"|売上|売り上げ|経営|けいえい|持ち出し|もちだし)[^。、]{0,6}?$"
)
_BODY_WOUND = _r(
    r"傷|きず|怪我|けが|ケガ|切っ|きっ|切れ|きれ|転|ころ|打っ|うっ|(?<!出)血(?:を|が)|(?<!しゅっけ)ち(?:を|が)|鼻|はな(?!し)|口|くち|頭|あたま|腕|うで|足|あし|手|て(?:から|が|を)"
    r"|吐血|とけつ|下血|げけつ|便|べん|尿|にょう|救急|きゅうきゅう"
)
# Feeling as though poisoned, of a treatment one dislikes (「毒を盛られてる気分」「薬漬けで毒を飲まされてるみたいな気持ち」):
# a complaint, not a poisoning; not 「毒を飲んだ気がする」 (the fear of having swallowed it).
_AS_IF_TAIL = _r(
    r"^[^。、]{0,8}?(?:てる|ている|てた|ていた|とる|られる|される|させられる)(?:ような|みたいな)?(?:気分|きぶん|気持ち|きもち|心地|ここち)"
)
_DEGREE_TAIL = _r(
    r"^(?:くらい|ぐらい|位|ほど)(?:よく|ぐっすり|深く|でした|だった|の勢い|熟睡|じゅくすい|爆睡|ばくすい)"
    # 「請求書を見て息が止まるかと思った」: a shock likened to the sign (a state 「止まってるかと」 is not)
    r"|^[^。、]{0,1}?るか(?:と|って)(?:思|おも)(?:った|いました)"
    r"|^[^。、]{0,3}?(?:か(?:と|って)(?:思|おも)(?:う|った))?(?:ほど|くらい|ぐらい|ような|ように|まで)[^。]{0,3}?(?:悲し|かなし|悩|なや|嬉し|うれし|感動|切な|せつな|忙し|いそがし"
    r"|疲れ|つかれ|働|はたら|笑|わら|大変|たいへん|緊張|驚|おどろ|びっくり|寂し|さみし|さびし|好き|すき|幸せ|しあわせ|ドラマ|映画|職場"
    r"|心配|しんぱい|不安|ふあん|恥ずかし|はずかし|情けな|なさけな|悔し|くやし|申し訳|もうしわけ)"
    # a measure of how much was drunk, sung or played (「ろれつ回らんくらい飲んだ翌朝」「ろれつが回らないほど歌った」)
    # — not a count of doses (「三日分くらい飲んだ」「十錠ほど飲んだ」: an overdose)
    r"|^(?![^。、]{0,6}?(?:日分|にちぶん|週間分|回分|かいぶん|錠|じょう|粒|つぶ|シート|しーと|袋|ふくろ|箱|はこ)(?:ほど|くらい|ぐらい|まで))"
    r"[^。、]{0,6}?(?:ほど|くらい|ぐらい|まで)(?:お酒を|酒を)?(?:飲んだ|のんだ|呑んだ|飲み過ぎ|飲みすぎ|のみすぎ|歌っ|うたっ|歌い|うたい|騒い|さわい|はしゃ|遊ん|あそん)"
)
# Death words in a comparison, told as said laughing (「病院食を食べるくらいなら死んだほうがマシ」って笑って):
# a figure of speech; without the laugh it stays a crisis.
_COMPARISON_HEAD = _r(r"(?:くらい|ぐらい|位|なんか|より)なら[^。、]{0,2}$")
_LAUGHED_TAIL = _r(r"^[^。、]{0,3}?[」』](?:って|と)(?:笑|わら)")
# Answering little when spoken to (「話しかけてもあんまり返事ない」「呼んでもあまり反応しない」): a degree, listless or low,
# not no answer at all.
_ANSWERS_LITTLE = _r(r"(?:あんまり|あまり|あんま)(?:反応|はんのう|返事|へんじ|答え|こたえ|返答)")
# A mild degree right before a breathing sign (「少し息苦しいと言いますが」): not clearly an emergency.
_MILD_HEAD = _r(r"(?:少し|すこし|ちょっと|やや|若干|軽く|かるく)$")
# After a match ending in た/だ, 「ら」 makes it a condition: 「喉詰まらせた|らって思うと」.
_TARA_TAIL = _r(r"^ら(?!れ|し[いくかゅ])")
# A fear that it may happen, not a suspicion that it has: 「洗剤を飲|まないか心配」, not 「倒れていないか」.
# Also with an example's たり (「洗剤を飲|んだりしないか心配」).
_FEAR_OF_FUTURE = _r(
    r"^([ぁ-ん]{0,3}?|[ぁ-ん]{0,2}?[たど]?[ただ]り(?:し|は|も)?)ないか(?:心配|しんぱい|不安|ふあん|怖|こわ|と|って|ハラハラ|ひやひや|ヒヤヒヤ)"
)
# A sign told as now, then a fear for the person's life (「意識がない、死なないか心配」「息をしていない、助からない
# かも」): the fear is of the outcome, not of the sign.
_FEAR_OF_DEATH = _r(
    r"^(?:(?!ないか|んじゃ|のでは|かも|るか|ないよう)[^。、]){0,8}?、(?:このまま|もう)?(?:(?:死|し)なないか|(?:助|たす)からな(?:いか|いかも|いんじゃ)|(?:死|し)ぬ(?:ん|の)?(?:じゃ|では|かも))"
)
# A hazard named as a noun and then worried about (「一酸化炭素中毒が心配です」「誤飲が不安」「一酸化炭素中毒に
# ならないか」): a risk, not an event; only after a match that ends in a noun (not 「意識がないのが心配」).
_HAZARD_WORRY_TAIL = _r(
    r"^(?:中毒|ちゅうどく|事故|じこ)?(?:の(?:危険|きけん|リスク|りすく|おそれ|恐れ|可能性))?(?:が|は|も)"
    r"(?:とても|すごく|少し|ちょっと|一番|いちばん)?(?:心配|しんぱい|不安|ふあん|怖|こわ|気にな|きにな|気がかり)"
    r"|^(?:中毒|ちゅうどく)?に(?:なら|ならん)(?:ないか|ないよう|んよう)"
)
# A sign told as what one may come to (「転倒して起き上がれなく|なる心配から」「動けなく|なるのが不安」): a fear of the
# future, not a sign now.
_FEAR_OF_BECOMING = _r(r"^[^。、]{0,2}?なる(?:の|こと)?(?:が|は|を)?(?:心配|しんぱい|不安|ふあん|恐れ|おそれ)")
# The same fear after a match that ends in a verb's stem (「また たおれる しんぱい」「また倒れるのが心配」「迷子になるのが
# 不安」): the plain form then the fear is of what may come; not a state (「倒れてるのが心配」: the stem ends in て).
_FEAR_OF_IT = _r(
    r"^る(?:の|こと)?(?:が|は|を|も)?(?:心配|しんぱい|不安|ふあん|恐れ|おそれ)(?!で(?:見|み)に|だから(?:見|み)に)"
)
# A word said as one's own habit (「締め切り前はいつも「死ぬ」って言ってる私ですが」): the writer's manner of speaking.
_HABIT_SAYING_HEAD = _r(r"(?:いつも|口癖|くちぐせ|しょっちゅう|毎回|まいかい)[^。、]{0,3}?[「『]$")
_SAID_BY_ME_TAIL = _r(
    r"^[^。、]{0,3}?[」』](?:って|と)(?:言って|いって|言う|いう)(?:る|いる)?(?:私|わたし|あたし|自分|じぶん|僕|ぼく|俺|おれ)"
)
# 「倒れ|ていないか心配」: a fear, not a negation (counts where the fear is the emergency).
_NEGATED_WORRY = _r(r"^[^。]{0,6}?(?:ない|ません)(?:か|かと|かって)")
# Laughter marks a joke (「顔が固まって動かないのよ、宝くじ外れたって聞いたとたん😂」): checked on the
# message as written, since 「笑 母の…」 loses its space in the compact text; not 「笑って」「笑えない」.
_LAUGHTER = _r(r"[😂🤣😆]|[(（]笑[)）]|笑(?=\s|$|[。、!！?？…」』)）~〜])|[wｗ]{2,}(?=\s|$|[。!！])")
_LOOKS_STEMS = ("苦し", "くるし", "痛", "いた", "つら", "辛", "しんど", "悪", "わる", "ぐったり")
# 「(飛び降り)たらと毎日考える」「(消え)ればって思う」: a condition that is being thought of.
_THINKING_OF_IT = _r(
    r"^[^。]{0,6}?(?:た|だ)?(?:ら|ば)、?(?:と|って|なんて|とか)、?[^。]{0,8}?(?:考え|かんがえ|思|おも)(?!わ(?:ない|ず|ん))"
)
# After a たら inside the match, the clause goes on in the past or in progress: something that happened.
_NARRATIVE = _r(r"^[^。]{0,6}?(?:て|で|た|だ|ちゃ|じゃ|てる|でる|とる|ます|んです)")


# A sign seen on television or in the news (「テレビで行方不明のお年寄りのニュースを見て」「ドラマで一人暮らしの
# お年寄りが倒れて見つかる場面を見て」): the medium before the match, what was seen after it.
_MEDIA_HEAD = _r(
    r"(?:テレビ|てれび|nhk|ニュース|にゅーす|ドラマ|どらま|朝ドラ|あさドラ|昼ドラ|ひるドラ|連ドラ|番組|新聞|しんぶん|ラジオ|ネット|動画|映画|記事|youtube|ユーチューブ|漫画|マンガ|小説"
    r"|ドキュメンタリー|どきゅめんたりー|ドキュメント|ルポ|特番|ワイドショー"
    # an old photograph or album (「古い写真を見ていたら、脳出血で倒れた祖父の…写真が出てきました」)
    r"|写真|しゃしん|アルバム|あるばむ"
    # the town's loudspeakers and announcements (「防災無線で「行方不明の高齢者の方」の放送を聞くたびに」)
    r"|えいが|ばんぐみ|防災無線|ぼうさいむせん|防災放送|広報車|館内放送"
    # a drama's location shoot seen in the street (「近所でドラマのロケがあって、…倒れてるシーン撮ってた」)
    r"|ロケ|ろけ|撮影|さつえい|舞台|ぶたい|芝居|しばい"
    # a period drama, a cartoon, a comic sketch (「時代劇で殿様が…場面」「アニメの…シーン」)
    r"|時代劇|じだいげき|アニメ|あにめ|コント|こんと|落語|らくご)"
    r"(?:で|の|では|を見て|をみて)"
)
# 「〜ってやってて」「〜事故をやっとって」: a programme airing it (やる, also in dialect).
_MEDIA_TAIL = _r(
    r"^[^。、]{0,24}?(?:と|って)(?:聞|きい|きき|見|読|よん|知|やって|やっと|放送|ほうそう|流れ|なが|言ってて|いってて|言っていて|いっていて|言ってました|いってました"
    r"|言ってた|いってた|言っていた|いっていた"
    # 「ニュースで年寄りが漂白剤を飲んだってあった」「…と出ていた」「…と載っていた」
    r"|あっ|あり|出て|でて|載っ|のっ)"
    # a play or a story of its kind (「舞台の心中物を観て」「ドラマの誘拐ものを見た」)
    r"|^(?:物|もの)(?:を|が|で|の)?(?:見|み|観|読|よ(?:ん|み))"
    r"|^[^。]{0,16}?(?:ニュース|にゅーす|場面|ばめん|シーン|しーん|回(?=を|が|で|は)|エピソード|特集|番組|記事|報道|放送|ほうそう|アナウンス|お知らせ|おしらせ|呼びかけ|よびかけ|映像|動画|ドラマ|映画|事件|事故|じけん|じこ|話|はなし"
    r"|ドキュメンタリー|どきゅめんたりー|ドキュメント|ルポ|特番|ワイドショー|写真|しゃしん|アルバム)(?:を|が|で|の|は|も)?[^。]{0,4}?"
    r"(?:見|み|観|読|よ(?:ん|み)|聞|き(?:き|い)|やって|やっと|流れ|なが|あ(?:り|っ)|し(?:て|た)|出て|でて|出てき|でてき"
    r"|撮|さつえい|とって(?:た|る|い|ま))"
    # …or the item itself closing the clause, with no verb (「テレビで行方不明のお年寄りのニュース、うちの母も…」)
    # (「ドラマで認知症のおじいさんがいなくなる話、泣いた」: a story of the medium, its clause closed the same way)
    r"|^[^。、]{0,16}?(?:ニュース|にゅーす|場面|ばめん|シーン|しーん|特集|番組|記事|報道|ドラマ|映画|事件|事故|話|はなし|物語|ストーリー)(?:だ|です|で)?(?=[、。!！?？\s]|$)"
)
# A statement told, then put down to a medium (「行方不明になる認知症の人が年に1万人以上とテレビで見て」「…と新聞に
# 載っていた」): what was seen or read, unless one's own person is its subject (「母が行方不明だとテレビで」).
_MEDIA_SOURCE_TAIL = _r(
    r"^[^。、]{0,30}?(?:と|って)(?:いう|言う|いった)?(?:話|はなし|こと|事)?(?:を|が)?(?:テレビ|てれび|nhk|ニュース|にゅーす|新聞|しんぶん|ネット|ラジオ|番組|ばんぐみ|記事|きじ|雑誌|ざっし"
    r"|広報|こうほう|回覧板|かいらんばん|ドキュメンタリー|特集|とくしゅう|ワイドショー)(?:(?:で|に|の)[^。、]{0,8}?|を?(?=見|観|読))"
    r"(?:見|み(?:て|た|ま)|観|聞|きい|きき|読|よん|よみ|知っ|しっ|言って|いって|やって|載っ|のっ|書いて|かいて"
    # what the writer felt at it (「…人が年に一万人というニュースに驚いた」)
    r"|驚|おどろ|びっくり|ビックリ|ショック|しょっく)"
)
# Nearly, and not, told in the past (「ふらついて倒れかけたと連絡帳に」「お餅を詰まらせかけました」): a near miss, its clause
# closed there or reported, not a person described by it (「倒れかけた母を支えたら、言葉が出ない」: the start of what is
# told); read only with no distress after it and no word of here and now (「倒れかけて、今意識がない」 stays).
_NEARLY_TAIL = _r(
    r"^(?:し|らせ|り|れ)?かけ(?:た|ました|たん(?:です|だ)|てしまった|てしまいました|ちゃった)"
    r"(?:と|って|そう|らしい|みたい|けど|けれど|が[、,]|ので|から|[。!！]|$)"
)
# A dream told (「泥棒が入ってくる夢を見た」「母がいなくなる夢で目が覚めた」): not 「夢中」 (absorbed in).
_DREAM_TAIL = _r(
    r"^[^。、]{0,4}?(?:夢|ゆめ)(?:を(?:見|み)|で(?:見|み|目|め|うな)|の(?:中|なか|話)|だった|でした|やった|みたい|ばかり)"
)
# Fiction being written (「小説で祖母が倒れる場面を書いています」「強盗が入る場面を書いてます」「低体温症になる老人の話を
# 書きたい」): the sign belongs to the story, unless something is said to happen here and now.
_WRITING_FICTION = _r(
    r"(?:場面|ばめん|シーン|しーん|話|はなし|物語|ものがたり|小説|しょうせつ|原稿|げんこう|脚本|きゃくほん|シナリオ)を(?:書|か[いきく])"
    r"|(?:小説|しょうせつ|ミステリー|みすてりー|脚本|きゃくほん|シナリオ|台本|だいほん|物語|ものがたり)[^。]{0,30}?"
    r"(?:場面|ばめん|シーン|しーん|登場人物|とうじょうじんぶつ)"
    # drawn or written in a comic or a story (「ミステリー漫画で高齢者の誤飲事故を描く」)
    r"|(?:漫画|まんが|マンガ|小説|しょうせつ|ドラマ|ミステリー)で[^。]{0,24}?を(?:描|えが|書|か[いきく])"
)
# The sentence of the sign is the story's own (「…場面で」「登場人物の祖母が」).
_FICTION_IN_SENTENCE = _r(
    r"場面|ばめん|シーン|しーん|登場人物|とうじょうじんぶつ|主人公|しゅじんこう|小説|しょうせつ|ミステリー|物語|ものがたり|脚本|シナリオ|漫画|まんが|マンガ"
    r"|話を(?:書|か[いきく])"
)
_STORY_PERSON = _r(r"登場人物|とうじょうじんぶつ|主人公|しゅじんこう|役の")
# Trying the bot out (「「反応がない」と送ったらどうなるかテストです。誰も具合悪くありません」): a test said, and that
# no one is in trouble (「誰も…ない」「実際には…ない」「見てるだけ」); 「テストじゃない」 is not a test.
_TESTING_THE_BOT = _r(
    r"テスト(?:です|中|ちゅう|で[すし]|して)|てすと(?:です|中|ちゅう)|(?:試|ため)して(?:い|ま|る)"
    r"|(?:と|って)(?:送|おく|入れ|いれ|入力|にゅうりょく|打|うっ|うち)[^。]{0,16}?(?:どう|確認|かくにん|見て|みて)"
)
_NO_ONE_IN_TROUBLE = _r(
    r"(?:誰も|だれも|実際には|じっさいには)[^。]{0,10}?(?:具合|ぐあい|苦し|くるし|痛|いた[くい]|悪く|わるく|飲んで|のんで|倒れて|たおれて"
    r"|何とも|なんとも|困って|こまって)[^。]{0,6}?(?:ない|ません|なく)|(?:見て|みて)(?:る|い|いる)だけ"
    # the person right here and well (「母は隣にいます」「祖父は横でテレビを見てます」)
    r"|(?:隣|となり|横|よこ|そば)(?:に|で)(?:い(?:ます|る)|お(?:ります|る)|[^。、]{0,8}?(?:飲んで|のんで|食べて|たべて|笑って|わらって|テレビ|てれび))"
)
# A warning notice quoted (「ATMに「携帯電話で話しながらの操作はおやめください」って貼ってあって」「「電話でお金の話は
# 詐欺」のポスター」「掲示板に「…」と張り紙が」): the sign is the notice's words, inside quotation marks.
_NOTICE_WORDS = (
    r"貼|張|掲示|けいじ|掲げ|かかげ|注意書き|ちゅういがき|張り紙|貼り紙|はりがみ|ポスター|ぽすたー|看板|かんばん"
    r"|ステッカー|のぼり|立て札|たてふだ|掲示板|けいじばん|チラシ|ちらし|回覧板|かいらんばん"
)
_NOTICE_TAIL = _r(r"^[^」』。]{0,30}?[」』](?:って|と|との|の|という)?[^。、]{0,6}?(?:" + _NOTICE_WORDS + r")")
_NOTICE_HEAD = _r(r"(?:" + _NOTICE_WORDS + r")(?:に|には|で|の|が|にも)?[^「『」』。]{0,6}?[「『][^「『」』]*$")
_OPEN_QUOTE = _r(r"[「『][^「『」』]*$")
# A doctor's or a nurse's prognosis told (「先生がこのままだと死ぬって言ってます」「主治医は死ぬって」): 「死ぬって言って」
# is the professional's words on the person's illness, not the person's own (「先生に死ぬって言った」 is).
_PROGNOSIS_HEAD = _r(
    r"(?:医者|いしゃ|医師|主治医|しゅじい|獣医|じゅうい|ドクター|先生|せんせい|看護師|かんごし|看護婦|ナース)(?:さん|様|さま)?(?:が|は|も)[^。「『」』]{0,20}$"
)
_PROGNOSIS_RULES = frozenset({"says_will_die"})
# A match ending in the stem, then ば (「あれを飲|めば楽になれる」): a condition thought of, when nothing in the message
# is of now (「飲めば楽になると言って、さっき飲みました」 is done).
_STEM_BA_TAIL = _r(r"^[めべせてねげ]ば(?!あ|っ)")
# The sign as the means of an end wished for, a thought (「このまま沈んで終わりにしたいと思うことがある」「川に入って
# 消えたいと考えてしまう」): a crisis for the crisis rules to read, not this family's emergency now.
_WISHED_END_TAIL = _r(
    r"^(?:で|て)(?:終わり|おわり|死|し[にぬ]|消え|きえ|楽に|らくに)[^。、]{0,4}?(?:たい|たく)(?:と|って|なんて|とか)[、,]?(?:思|おも|考|かんが)"
)
# Said to be real, not acted or shown (「ロケかと思ったら本当に人が倒れてる」「ドラマの撮影で本物の…」).
_REALLY = _r(r"本当に|ほんとに|ほんとうに|ホントに|本物の|ほんものの|マジで|まじで|実際に|じっさいに")
# A programme, an article or a video (not a camera's footage: see _CAMERA).
_MEDIA_ITEM = (
    r"ドキュメンタリー|どきゅめんたりー|ドキュメント|ニュース|にゅーす|番組|ばんぐみ|特集|特番|報道|ほうどう|記事|きじ|ルポ|コラム"
    r"|ドラマ|どらま|映画|えいが|再現ドラマ|動画|どうが|youtube|ユーチューブ|解説|かいせつ|講演|こうえん|本|ほん"
)
# A camera's footage of one's own home (「見守りカメラで母が倒れている動画を見た」): seen now, never "a programme".
_CAMERA = _r(r"カメラ|かめら|録画|ろくが|モニター|もにたー|映って|うつって|中継|ちゅうけい|ライブ|らいぶ")
# The sign as the topic of a programme watched (「行方不明の認知症高齢者のドキュメンタリーを見て」): the match
# qualifies the programme with の, in the same clause.
_MEDIA_TOPIC_TAIL = _r(
    # a drama or a film where it happens (「ばあちゃんが行方不明になったドラマ見て」「倒れる映画を観た」)
    r"^[^。、]{0,8}?(?:る|た)(?:ドラマ|どらま|映画|えいが|小説|漫画|マンガ|アニメ|芝居)(?:を|で|が)?(?:見|み|観|読|よ(?:ん|み))"
    r"|^の[^。、]{0,12}?(?:ドキュメンタリー|どきゅめんたりー|ドキュメント|ニュース|にゅーす|番組|ばんぐみ|特集|特番|ドラマ|どらま|映画|えいが|記事|きじ|報道|ほうどう|ルポ"
    r"|小説|しょうせつ|漫画|まんが|マンガ|本を|ほんを|ミステリー|推理もの|推理物|芝居|しばい|舞台|ぶたい)"
    r"(?:を|で|が|の)?(?:見|み|観|読|よ(?:ん|み)|聞|き(?:き|い)|やって|流れ|なが)"
    # the sign naming what a programme, an article or a video is about, in an attributive clause before it
    # (「行方不明になるドキュメンタリーを見ました」「誤飲事故のニュース動画を見て」「息苦しさの原因という動画を見て」
    # 「押し入り強盗の特集を見て」); no subject or object of another clause (が/は/を/も/で) between
    # (「…飲んでしまう事故のニュース」: the て-form of しまう is no particle)
    r"|^[んっ]?(?:[てで]しま)?[^。、がはをもで]{0,10}?(?:る|た|の|という|といった|って|についての|に関する|に関しての)"
    r"(?:" + _MEDIA_ITEM + r"){1,2}(?:を|で|が|に)?(?:見|み|観|読|よ(?:ん|み)|聞|き(?:き|い)|接し|せっし|触れ|ふれ)"
    # …or the item, then a story told in it (「誤飲事故のニュースで、お年寄りが…話をやっていて」)
    r"|^[^。、がはをもで]{0,10}?(?:る|た|の|という|といった|って)(?:"
    + _MEDIA_ITEM
    + r"){1,2}(?:で|に|では)、?[^。]{0,30}?"
    r"(?:話|はなし|例|れい)(?:が|を|も)?(?:あっ|あり|出て|でて|やって|やっと|流れ|なが|紹介|しょうかい)"
    # an incident of it told in the news (「練炭を使った事件のニュースを見て」): its means and the incident, one clause
    r"|^を?[^。、がはもで]{0,6}?(?:た|る)[^。、がはをもで]{0,4}?(?:事件|じけん|事故|じこ)の(?:"
    + _MEDIA_ITEM
    + r"){1,2}(?:を|で|が|に)?(?:見|み|観|読|よ(?:ん|み)|聞|き(?:き|い)|接し|せっし)"
)
# Found, if ever, and asking what to do then (「倒れているのを見つけたらどうしたらいい」「倒れとる人を見つけたら
# どがしたらええだか」), not found now and then told (「倒れているのを見つけたら息をしていない」).
_IF_I_EVER_FOUND = _r(
    r"^[^。]{0,10}?(?:見つけ|みつけ|発見し|はっけんし|見かけ|みかけ|出くわし|でくわし)(?:たら|た時|たとき|た場合|ると)[、,]?[^。]{0,6}?"
    r"(?:(?:どう|どが|どげん?|どない|どや|どぎゃん?|なにを|何を|どこに|どこへ|だれに|誰に)(?:し|す|やっ|やれ|連絡|電話)"
    # which to call first (「…を見つけたら、このLINEと119とどっちが先ですか」)
    r"|[^。]{0,16}?(?:どっち|どちら|どれ)(?:が|を|に)?[^。、]{0,4}?(?:先|さき)"
    # whether to send it here or call (「…を見つけたら、まずここに送ればいいんですか？」「…見かけたら通報すべき？」)
    r"|[^。]{0,16}?(?:[れせけてめねべ]ば(?:いい|よい|ええ)|べき)(?:ん|の)?(?:です|でしょう)?(?:か|[?？]))"
)
# A scene watched in a programme (「ドラマで爺さんが胸押さえて倒れるとこ見て」): the programme with で/の before, then
# 「…るところを見て」; not one's own person, nor the programme only the moment of it (「テレビ見てたら父が…」).
_MEDIA_SCENE_HEAD = _r(
    r"(?:テレビ|てれび|ドラマ|どらま|映画|えいが|番組|ばんぐみ|アニメ|あにめ|芝居|しばい|舞台|ぶたい|動画|どうが|ニュース|にゅーす)(?:で|の|では)"
    r"(?![^。、]*?(?:たら|ら、|とき|時|ると|見て|みて|見と|みと))[^。、]{0,12}$"
)
_MEDIA_SCENE_TAIL = _r(r"^[^。、]{0,12}?(?:る|た|てる|とる)(?:とこ|ところ)(?:を)?(?:見|み|観)")
# Asking how to prepare for the case (「母が行方不明になった時、ドローンで探すのって役に立つ?事前に何を準備すべき」): a
# question on readiness after 〜た時, when nothing in the message is of now.
_PREPARING_FOR_IT = _r(
    r"^[^。、]{0,8}?(?:た|る|い)(?:時|とき|場合|際)(?:に|には|は|って|のため(?:に)?)?[、,]?"
    # no past told in between (「倒れた時、準備していた薬を飲ませたけど大丈夫でしょうか」 is what happened)
    r"(?:(?!た(?!め))[^。]){0,30}?"
    r"(?:役に立つ|やくにたつ|役立つ|やくだつ|備え(?:て|る|と)|そなえ(?:て|る|と)|事前に|じぜんに|前もって|まえもって)"
    r"(?:(?!た(?!め))[^。]){0,16}?(?:[?？]|か(?:な|ね|しら)?(?:$|[。、])|べき|ですか|でしょう|ますか|教え|おしえ)"
)
# A cut while cooking, small and stopped (「包丁で指切ってもうた、玉ねぎ刻んどって。絆創膏で止まった」): a kitchen
# accident, not self-harm, with no word of death, of a wish to, or of now in the message.
_CUT_RULES = frozenset({"self_harm_means_now", "self_harm_act"})
_KITCHEN_WORK = _r(
    r"料理|りょうり|調理|ちょうり|皮むき|かわむき|(?:包丁|ほうちょう)が(?:滑|すべ)"
    r"|(?:野菜|やさい|玉ねぎ|玉葱|たまねぎ|タマネギ|ねぎ|ネギ|大根|だいこん|キャベツ|きゃべつ|じゃがいも|ジャガイモ|にんじん|人参|肉|魚|さかな"
    r"|かぼちゃ|南瓜|りんご|リンゴ|果物|くだもの)(?:を)?(?:切|き[っりる]|刻|きざ|剥|む[いきく]|捌|さば)"
)
_KITCHEN_ACCIDENT = _r(
    r"料理中|りょうりちゅう|調理中|ちょうりちゅう|料理して|りょうりして|料理を|調理して|(?:包丁|ほうちょう)が(?:滑|すべ)|手が(?:滑|すべ)|てがすべ|うっかり|誤って|あやまって"
)
# …or a deep one that bleeds hard (「料理中に包丁で手首のとこ深く切って血がぴゅーって出てる」): an accident told with its
# work, which the bleeding rules raise on their own; not a self-harm act, so no crisis lines.
_HEAVY_CUT = _r(
    r"深く|ふかく|ざっくり|ザックリ|ばっさり|バッサリ|ぱっくり|パックリ"
    r"|(?:血|ち)が(?:止まら|とまら|ぴゅ|ピュ|どく|ドク|どば|ドバ|噴|ふき|吹)|出血|しゅっけつ"
)


def _means_bought_for_an_ordinary_use(ctx: _Context) -> bool:
    return bool(
        _MEANS_BOUGHT.fullmatch(ctx.matched)
        and _ORDINARY_PURPOSE.match(ctx.after)
        and not _HERE_AND_NOW.search(ctx.message)
        and not _ACT_OR_WISH_TO_DIE.search(ctx.message)
    )


def _is_a_heavy_kitchen_accident(compact: str) -> bool:
    return bool(_HEAVY_CUT.search(compact) and _KITCHEN_ACCIDENT.search(compact))


_SMALL_CUT_STOPPED = _r(
    r"絆創膏|ばんそうこう|バンソウコウ|カットバン|バンドエイド|かすり傷|かすりきず"
    r"|(?:血|ち)(?:は|も)?(?:すぐ)?(?:止ま|とま)(?:った|りました|って)"
)
# When it happened, told as past right after the sign (「泥棒が入ったのは先月で、もう警察に届けました」「倒れたのは
# 三年前です」): not for thoughts of death, and not with a word of now, of distress or of "since then" after it
# (「入ったのは先週だけど、今また」「倒れたのは先週で、それから意識がない」).
_WHEN_IT_WAS_TAIL = _r(
    r"^[^。、]{0,3}?(?:た|だ)の(?:は|って)[0-9０-９一二三四五六七八九十数何]{0,2}(?:" + _PAST.pattern + r")"
)
# A worry that it may happen, asked with a way to prevent it (「母が洗剤を口に入れないか心配。しまい方の工夫を」): for
# rules where a worry counts (「飲んでないか心配」「飲んだんじゃないか」: maybe done already), not the future one.
_FUTURE_WORRY_TAIL = _r(r"^[^。、てで]{0,4}?(?<![てで])ないか(?:と)?(?:心配|しんぱい|不安|ふあん)")
_PREVENTION_ASKED = _r(
    r"しまい方|しまいかた|仕舞い方|保管|ほかん|置き場|おきば|工夫|くふう|対策|たいさく|予防|よぼう|防ぐ|ふせぐ|防止|ぼうし|鍵付き|かぎつき"
)
# The words as an expression put into a poem or a song (「胸が苦しい、という表現を短歌に」「息ができないって言葉を
# 歌詞に入れた」): not for thoughts of death, and not 「という言葉を繰り返して」 (said by a person now).
_WORDS_OF_A_POEM_TAIL = _r(
    r"^[^。]{0,6}?[、,」』]?(?:という|といった|って(?:いう)?)(?:表現|ひょうげん|言葉|ことば|言い回し|いいまわし|フレーズ|一節|句|比喩|ひゆ)"
    r"(?:を|が|は)?[^。]{0,8}?(?:歌|うた|詩|し(?:に|で|を)|俳句|はいく|短歌|たんか|川柳|せんりゅう|歌詞|かし|作詞|さくし|作品|さくひん|作文|さくぶん|小説|しょうせつ)"
)
# No longer happening (「今は寝たきりで、もう叩かれることはありません」「もう殴られることはない」): not 「…ないと思って
# いたのに」.
_NO_LONGER_TAIL = _r(
    r"^[^。、]{0,4}?(?:る|れる)(?:こと|事)(?:は|も)(?:もう|二度と|にどと)?(?:ない|無い|ありません|ございません|なくなりました|なくなった)"
    r"(?!と|って|はず|けど|けれど|のに|が[、,]|か)"
)
# The warning signs of an illness asked about, the sign given as an example (「脳卒中の前触れってどんなのがあるか教えて。
# 顔がゆがむとか」): with no one of one's own named anywhere in the message and nothing now.
_WARNING_SIGNS_ASKED = _r(
    r"(?:前触れ|前ぶれ|まえぶれ|前兆|ぜんちょう|兆候|徴候|ちょうこう|サイン|さいん)(?:って|は|には|として)(?:どんな|どういう|なに|なん|何)"
)
_EXAMPLE_TAIL = _r(r"^[^。、]{0,8}?(?:とか|など|なんか)(?=$|[。、,!！?？]|も[。、,!！?？]?$)")
_NO_LONGER = _r(r"もう|二度と|にどと|今は|いまは")
_NOT_AN_ACCIDENT = _r(r"わざと|自分で|じぶんで|もう(?:無理|むり|限界|げんかい|いや|嫌)|つらい|辛い|しんどい|消え|きえ")
_NOW_SAID = _r(r"今|いま(?![すしせ])|さっき|先ほど|さきほど|たすけて|助けて|至急|急いで")
# A character of a programme says it (「ドラマで主人公が「死にたい」って」): the speaker is the subject just
# before the match, so 「テレビで見て母が「死にたい」って」 (the mother says it) is not read so.
_MEDIA_CHARACTER = _r(
    r"(?:テレビ|てれび|ドラマ|どらま|映画|えいが|番組|ばんぐみ|漫画|マンガ|小説|アニメ|ニュース|舞台|芝居)(?:で|の|では)[^。、]{0,6}?"
    r"(?:主人公|しゅじんこう|登場人物|俳優|女優|役者|キャラ|出演者|司会者?|タレント|芸人|犯人|ヒロイン|アナウンサー|役の人)"
    # …or one of the story's people (「主人公のおじいちゃんが」), and what they do just before (「胸押さえて倒れ」)
    r"(?:の[^。、がはも「『]{1,8})?(?:が|は|も)[「『]?(?:[^。、がはも「『]{0,8}(?:て|で))?$"
)
# An animal is the subject (「うちの猫が三日帰ってこない」「犬が暑さでぐったりした」): no other subject between.
_ANIMAL_SUBJECT = _r(
    r"(?:犬|猫|ペット|インコ|小鳥|金魚|ハムスター|うさぎ|ウサギ|わんこ|ワンちゃん|わんちゃん|にゃんこ|ねこ|いぬ)(?:ちゃん|くん)?(?:が|は|も)[^。、がは]{0,14}$"
    # …its state said first, then the sign right after a comma (「飼ってる猫が年で、ゼーゼー」「犬が病気で、息が」); not
    # 「犬が吠えて、起きたら胸が」 (a verb in て: the writer's own story goes on)
    r"|(?:犬|猫|ペット|インコ|小鳥|ハムスター|うさぎ|ウサギ|わんこ|ワンちゃん|わんちゃん|にゃんこ|ねこ|いぬ)(?:ちゃん|くん)?(?:が|は|も)"
    r"[^。、がはてで]{0,8}で、[^。、がはもをにてでた]{0,4}$"
)
# The sign said of an animal named right after it (「行方不明の猫をさがしてる」「ゆくえふめいのいぬ」).
_ANIMAL_AFTER = _r(
    r"^の(?:飼い|かい)?(?:犬|猫|ペット|インコ|小鳥|金魚|ハムスター|うさぎ|ウサギ|わんこ|ワンちゃん|わんちゃん|にゃんこ|ねこ|いぬ)"
)
# A question about the word itself (「「ろれつが回らない」ってどんな状態ですか」).
# Not 何 counting (「「死にたい」って何回も書いてる」「って何度も」: how often it was said, not what it means).
_ABOUT_THE_WORD = _r(
    r"^[^。]{0,8}?[」』\"](?:って|とは|というのは|ってのは)"
    r"(?:どんな|どういう|どうい|(?:何|なに|なん)(?![回度日年人時週分枚歳才0-9０-９]|か月|ヶ月|かい|ど|にち|ねん|にん|じ))"
)
# The whole message says, in any sentence, that what it tells is over, past, hypothetical or a general
# question: where no rule saw a sign (English, a sign the rules do not know), the model alone may then
# only ask the safety question (「Grandpa had heart surgery in 2019, 今はとても元気です」).
# Not every hypothetical head word of _CONDITIONAL_HEAD: 「かもしれない」「いつか」 are no hypothetical.
_SETTLED_WORDS = _r(
    r"(?<![かとも])(?<!何)(?<!なに)(?<!誰)(?<!だれ)(?<!度)(?<!少し)(?<!すこし)(?<!ちっと)(?<!なんに)もし(?![れんもしょゃゅ]|か(?:したら|して|すると|すれば)|かた|らな|らん|た[くかい](?!さん)|て(?:い|な|る|た|ま|お)|な[いくかけ]|ま[すせし]|ませ|ず|ろ|よう)|万一|万が一|いざ(?:という|って)|将来|今後|老後|仮に|予防|まえもって|前もって"
    # the years ahead asked about (「オレも80だ。この先どうなる」「この先が不安」), not a place ahead (「この先の道で」)
    r"|(?:この|これから)先(?:[、,]?(?:どう|どない|どげん)|(?:が|は)(?:心配|しんぱい|不安|ふあん))|このさき(?:どう|(?:が|は)(?:しんぱい|ふあん))|先行き|さきゆき"
    # 「飲んだわけじゃないんです」「飛び降りるとかじゃないです」, 「落ちそうで怖い」
    r"|(?:た|だ|る)(?:わけ|訳)(?:じゃ|では)(?:ない|なく|ありません)|(?:とか|なんか)(?:じゃ|では)(?:ない|なく|ありません)"
    r"|そうで(?:怖|こわ|心配|しんぱい|不安|ふあん|ハラハラ|ひやひや|ヒヤヒヤ)"
    # violence denied in so many words (「手は出してない」「暴力はない」「叩いたりはしていません」); not 「まだ手は出してない」
    r"|(?<!まだ)(?:手|て)(?:は|を|も)(?:出して|だして|出さ|ださ|あげて|上げて|挙げて)(?:い|は)?(?:ない|ません|ねえ|へん)"
    r"|暴力(?:は|も)(?:ない|なく|ありません|ふるわ|振るわ|(?:ふる|振る)って(?:い)?(?:ない|ません))"
    r"|(?:叩|たた|殴|なぐ)(?:いたり|ったり)(?:は|も)(?:して|し)(?:い)?(?:ない|ません)"
    # nobody came in, in so many words (「誰も入ってきてない」「だれも入ってません」); not 「入ってないはずなのに」
    r"|(?:誰|だれ)も(?:入|はい)って(?:きて|来て)?(?:い)?(?:ない|ません|ねえ|へん|ひん)(?![^。]{0,10}?(?:はず|のに|けど|けれど|が[、,]|ものの))"
    # said aloud while checking, then settled at once: found (「あ、庭にいた」「二階にいた、よかった」) or the reason
    # recalled (「あ、今日ゲートボールの日か」) and a call again later (「夕方かけなおそ」)
    r"|(?:^|(?<=[、。!！]))(?:あ|あっ|ああ|なんだ|なーんだ)[、!！][^。、]{0,8}?(?:に|で)(?:いた|いました|おった|居た)(?![くかけいっ]|[^。、]{0,2}?(?:のに|けど|はず))"
    r"|(?:に|で)(?:いた|いました|おった|居た)(?![くかけいっ])[、。!！]?[^。]{0,12}?(?:よかった|良かった|ほっと|一安心|安心した)"
    r"|(?:^|(?<=[、。!！]))(?:あ|あっ|ああ|そうか|そっか|そうだ)[、!！][^。]{0,16}?(?:日|ひ|曜日?|だった)(?:か|だ|じゃん|っけ)(?=$|[、。!！])"
    r"|(?:かけ|掛け)(?:なお|直)(?:そ|す(?!ぎ)|します|しま)"
    r"|whatshould(?:we|i)do|whatdo(?:we|i)doif|whatif|justincase|incase|howto|tips|prevent"
    # bleeding stopped, in a carer's or a nurse's note (「圧迫で止血完了」「止血済み」); not 「止血できない」, nor then again
    r"|(?:止血|しけつ)(?:完了|済|ずみ|しました|できました|できた|確認)(?![^。]{0,12}?(?:けど|けれど|が[、,]|再|また|まだ))"
    # the way one has been for months or years (「もう何か月もこんな感じ」「二年ほどずっとこの調子」)
    r"|(?:何|なん|数|すう|半|[0-9０-９一二三四五六七八九十])(?:か月|ヶ月|カ月|ヵ月|かげつ|年|ねん)(?:も|間|かん|ほど|くらい|以上)?(?:ずっと)?"
    r"(?:こんな|この|こう|そんな)(?:感じ|かんじ|状態|じょうたい|調子|ちょうし|様子|ようす)"
    r"(?![^。]{0,12}?(?:けど|けれど|が[、,]|でも|急に|きゅうに|悪化|あっか|ひどく|酷く))"
)


@dataclass(frozen=True, slots=True)
class UrgencyFinding:
    rule: str
    level: str
    call: str | None
    reason: str
    matched: str
    family: str | None = None  # the emergency family of the rule, "crisis", or None
    crisis: bool = False  # thoughts of death or self-harm


@dataclass(frozen=True, slots=True)
class UrgencyResult:
    urgency: str  # emergency / urgent / routine
    reason: str | None
    call_number: str | None  # "119" / "110" with an emergency; "#7119" as advice otherwise
    findings: tuple[UrgencyFinding, ...]
    crisis: bool = False  # thoughts of death or self-harm (the urgency is then at least urgent)
    family: str | None = None  # the family of the finding that decided an emergency
    # An emergency sign was read and set aside by its context (past, hypothetical, dealt with,
    # long-standing, a rule's exception): the learned detector may then only ask the safety question.
    dismissed: bool = False
    # No rule saw a sign, and the message says it is over, past, hypothetical or a general question:
    # the learned detector alone may then only ask the safety question.
    settled: bool = False
    # Likewise for crisis: a crisis rule's match set aside (「死にたいとは思わない」), or a figure of
    # speech or a plan for one's own end (「死ぬほど忙しい」「終活」) that no crisis rule flags.
    crisis_dismissed: bool = False
    # Set aside in so many words — negated (「倒れてはいません」「死にたいとは思わない」) or a figure of
    # speech or an end-of-life plan (「死ぬほど」「終活」): the learned detector never overrules this.
    firmly_dismissed: bool = False
    # A vital sign said to look about to go, neither plainly now nor a figure of speech (「息が止まりそう」 alone,
    # 「父が死にそうです」): the rules ask the safety question themselves, and give this number on a yes.
    about_to_call: str | None = None

    @property
    def rule_ids(self) -> list[str]:
        return [f.rule for f in self.findings]


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, 0)]


# Someone's words quoted before the match (「「昔はこれで治した」って灯油をなめた」): their time words are the
# speaker's, not the sign's.
_QUOTED = _r(r"「[^「」]*」|『[^『』]*』")


def _outside_quotes(head: str) -> str:
    """The head with closed quotations blanked out (same length, so positions still hold)."""
    return _QUOTED.sub(lambda m: "＿" * len(m.group(0)), head)


# A polite sentence closed with no punctuation (「先日は失礼しました母が…」「先月お世話になった者です父が…」): a time
# word before it governs only that sentence (not 「ましたが」「ですので」「ましたら」「いたしましたことが」, which go on).
_POLITE_CLOSE = _r(
    r"(?:ました|でした|ます|です|ません|ございます)(?![かがけよねのしとでにもらろわ、,っこ事時際折後故]|ん|た|け|ため|為|ゆえ|次第)(?=[^。、]{2})"
)
# An absence counted in hours up to now, after the match (「…いなくなってもう二時間見つかりません」): the sign is going on.
_HOURS_GOING_ON = _r(
    r"^[^。]{0,12}?(?:もう|すでに|既に)(?:[0-9０-９一二三四五六七八九十数何半]+(?:時間|分)|(?:いち|に|さん|よ|ご|ろく|なな|しち|はち|く|じゅう|なん|すう)+じかん)"
    r"|^[^。]{0,12}?[0-9０-９一二三四五六七八九十数何半]+(?:時間|分)(?:以上|近く|ほど|くらい|ぐらい)?(?:が|も)?(?:たつ|経つ|たち|経ち|たって|経って|になる|になり)"
)


def _is_past(head: str, told_in_the_past: bool = False, tail: str = "") -> bool:
    """The nearest time word before the match (outside quotations) is a past one, not followed by から
    (since, also 「先週の金曜から」) or より (a comparison).

    A time word governs only its own sentence: a polite close after it with no punctuation (「先日は…ありがとう
    ございました今日母が」) ends its reach, and so does an absence counted in hours up to now in `tail`, the rest of
    the match's sentence (「先月相談した件ですが父がいなくなってもう二時間」), when that is not told in the past.

    `told_in_the_past`: the sentence ends in the past tense with no word of here and now; a distant past
    word opening it, set off by a comma (「去年、」「昔、」), then frames it, and a time of night after it
    (「夜中に」) is that past night's (not 「先月、退院した父が夜中に倒れて動かなくなりました」)."""
    head = _outside_quotes(head)
    # A time of day qualified by a past day (「昨日の夜」「先週の夜中」「おとといの晩」) is that day's, not now; told in
    # the past tense in one clause after it, it is itself a past time (「昨日の夜、実家に泥棒に入られた」, not 「昨日の
    # 夜は電話に出たのですが「転んで起きられない」と…倒れたままでした」).
    past_times = [m.span() for m in _PAST_DAY_TIME.finditer(head)]
    pasts = list(_PAST.finditer(head))
    if told_in_the_past:
        pasts += (m for m in _PAST_DAY_TIME.finditer(head) if not _CLAUSE_BREAK.search(head[m.end() + 1 :]))
    last_past = max(pasts, key=lambda m: m.end(), default=None)
    if last_past is None:
        return False
    if _POLITE_CLOSE.search(head[last_past.end() :]):
        return False
    if tail and not told_in_the_past and _HOURS_GOING_ON.match(tail):
        return False
    framed = (
        told_in_the_past
        and last_past.start() <= 1
        and bool(_FRAME_AFTER.match(head[last_past.end() :]))
        and bool(_DISTANT_PAST.fullmatch(last_past.group(0)))
    )
    last_now = max(
        (
            m.end()
            for m in _NOW.finditer(head)
            if not (framed and m.group(0) in _NIGHT_WORDS)
            and not any(a <= m.start() and m.end() <= b for a, b in past_times)
        ),
        default=-1,
    )
    if last_now > last_past.end():
        return False
    return not _SINCE_OR_THAN.match(head[last_past.end() :])


def _is_distant_past(head: str) -> bool:
    """A word of the distant past before the match (outside quotations), not 「去年から」 (since: still
    going on) nor 「去年より」 (a comparison with now: 「去年より「死にたい」が増えた」)."""
    head = _outside_quotes(head)
    return any(not _SINCE_OR_THAN.match(head[m.end() :]) for m in _DISTANT_PAST.finditer(head))


_NIGHT_WORDS = frozenset({"夜中", "よなか", "朝から"})
# A distant past word set off by a comma, with its season (「去年、」「去年の冬、」「おととしの暮れ、」).
_FRAME_AFTER = _r(r"(?:の(?:冬|ふゆ|夏|なつ|春|はる|秋|あき|暮れ|くれ|年末|ねんまつ|正月|しょうがつ|頃|ころ))?[、,]")
_CLAUSE_BREAK = _r(r"[、,「」『』]|たら|けど|けれど|ですが|ますが|のに|ので")
_PAST_DAY_TIME = _r(
    r"(?:昨日|きのう|一昨日|おととい|先週|せんしゅう|先日|せんじつ|この間|このあいだ|こないだ|[月火水木金土日]曜日?)の"
    r"(?:夜中|よなか|夜|よる|晩|ばん|深夜|しんや|未明|明け方|あけがた|朝|あさ|夕方|ゆうがた|昼|ひる)(?!から|まで|より)"
    r"|(?:昨夜|さくや|ゆうべ|昨晩|さくばん)(?!から|まで|より)"
)
# The sentence told in the past (「…朝まで気づかなかった。」「…でした。」).
# Back home and well now, said in so many words after an event told in the past (「昨日倒れた。病院に行った。今は家に
# 帰って元気」「きのうたおれた…いまいえかえった、げんき」): over, unless distress or a word of now follows.
_YESTERDAY = _r(r"昨日|きのう|昨夜|ゆうべ|昨晩|さくばん|一昨日|おととい")
_HOME_AND_WELL_NOW = _r(
    r"(?:今|いま)は?(?:もう)?[^。]{0,10}?(?:家|いえ|うち|自宅|じたく)(?:に|へ)?(?:帰|かえ|戻|もど)(?:っ|り)(?:て|た|ました)[、,]?(?:もう)?"
    r"(?:元気|げんき|大丈夫|だいじょうぶ|普通|ふつう|いつも通り|いつもどおり)"
    + _not_doubted_within(8, ("ない", "なく", "じゃ", "では", "そう"), by=_BUT)
)
_PAST_SENTENCE_END = _r(r"(?:た|だ|かった|でした|ました)(?:ん(?:です|だ))?(?:よ|ね|な|の)?[。！!]?$")


@dataclass(frozen=True, slots=True)
class _Context:
    head: str  # the sentence before the match
    tail: str  # the sentence after the match
    after: str  # from the match to the end of the next sentence
    message: str
    matched: str
    previous: str = ""  # the sentence before this one
    before: str = ""  # the message before this sentence


# --- a vital sign said to look about to go (「…そう」「今にも…」) ----------------------------------------
# Breath, heartbeat, consciousness or death (rules marked `about_to_counts`) said to look about to go is read for
# whom it is said of, not set aside as not yet: of a person described now (「夫の呼吸が止まりそうです」「祖母が今にも
# 死にそう」「母が死にそうなくらい苦しんでる」), or of oneself in distress (「息が止まりそう 苦しい 助けて」), it counts;
# a figure of speech (「疲れて死にそう」「心臓が止まりそうなくらい驚いた」「恥ずかしくて気を失いそう」) is set aside; in
# between (「息が止まりそう」 alone, 「父のいびきで息が止まりそうで心配」) the rules ask the safety question.
_ON_THE_VERGE = _r(r"(?:今にも|いまにも)[^。、]{0,12}$")
# Someone other than the writer, named in the sentence before the sign (the nearest of the two wins).
_THIRD_PERSON = _r(
    r"(?:"
    + PERSON_SUBJECT
    + r"|ちち|(?<![はハ])はは|おじ(?!い)|おば(?!あ)|そふ|そぼ|おっと|息子|むすこ|娘|むすめ|子供|子ども|こども|赤ちゃん|あかちゃん|赤ん坊|孫|まご"
    r"|兄|姉|弟|妹|義父|義母|舅|姑|彼女|かのじょ|彼(?!女)|その人|この人|あの人|男性|女性|男の人|女の人|お年寄り|おとしより"
    r"|(?<![一二三四五0-9])人|隣の[^。、]{0,6}?|じいじ|ばあば|おっちゃん|おばちゃん)"
    r"(?:さん|ちゃん|くん|様|さま)?(?:の|が|は|も|って)"
)
_ONESELF = _r(r"(?:私|わたし|わたくし|あたし|自分|じぶん|僕|ぼく|俺|おれ|わし|うち)(?:は|が|も|の|って|、)")
# A cause that makes the sign a hyperbole, said of anyone (「疲れて」「お腹すいて」「笑いすぎて」「ドキドキして」); and one
# of the body (「暑くて」「痛くて」「坂を登って」), a hyperbole only said of oneself (「父が暑くて気を失いそう」 is heat now).
_HYPERBOLE = (
    r"疲れ|つかれ|くたくた|クタクタ|へとへと|ヘトヘト|忙し|いそがし|腹(?:が)?(?:減|へ)|はら(?:が)?へ|お腹(?:が)?(?:すい|空い|減|へ)"
    r"|おなか(?:が)?(?:すい|空い|へ)|空腹|恥ずかし|はずかし|照れ|てれ(?!び)|ドキドキ|どきどき|ドキッ|どきっ|緊張|きんちょう"
    r"|笑|(?<![すかさ])わら(?!せ)|爆笑|驚|おどろ|びっくり|ビックリ|嬉し|うれし|感動|かんどう|感激|幸せ|しあわせ|美し|うつくし"
    r"|綺麗|きれい|素敵|すてき|かわい|可愛|カワイイ|好き|すき|愛し|退屈|たいくつ|暇|ひま|うるさ|ストレス|すとれす|面倒|めんどう"
    r"|めんどく|複雑|ややこし|仕事|しごと|残業|宿題|試験|テスト|面接|発表|告白|寂し|さみし|さびし|悲し|かなし|悔し|くやし"
    r"|情けな|なさけな|申し訳|もうしわけ|飽き|待ちくたびれ|待たされ|満員|渋滞|請求|値段|値上|興奮|こうふん|推し|おし(?:が|の|に)"
    r"|勉強|べんきょう|受験|じゅけん|部活|練習|れんしゅう|バイト|育児|いくじ|子育て|こそだて|家事|かじ(?:で|が)|引っ越し|介護|かいご"
    # a full stomach or good food (「死にそうなくらい腹いっぱい」「死にそうなほどうまい」)
    r"|(?:腹|はら|お腹|おなか)(?:が)?(?:いっぱい|一杯|パンパン|ぱんぱん)|満腹|まんぷく|食べ過ぎ|食べすぎ|たべすぎ|食い過ぎ|食いすぎ|くいすぎ"
    r"|美味|おいし"  # not うまく (「うまく息ができなくて」)
)
_BODY_CAUSE = r"暑|あつ(?:く|い|さ|す)|寒|さむ|痛|いた(?:く|い)|眠|ねむ|坂|階段|かいだん|登|のぼ|走|はしっ|はしり|歩|あるい|辛|から(?:く|い)"


def _cause_before(causes: str) -> re.Pattern[str]:
    """One of `causes` named before the sign, in the same clause: 「疲れて死にそう」「暑すぎて、気を失いそう」."""
    return _r(r"(?:" + causes + r")[^。、]{0,6}?(?:て|で|すぎ)、?[^。、]{0,10}$")


def _cause_after(causes: str) -> re.Pattern[str]:
    """One of `causes` right after the sign, as its measure: 「…なくらい驚いた」「…なほど美しい」「死にそうに暑い」."""
    return _r(r"^[^。、]{0,4}?(?:(?:ほど|くらい|ぐらい|位)[^。、]{0,4}?|に)(?:" + causes + r")")


_HYPERBOLE_BEFORE = _cause_before(_HYPERBOLE)
_BODY_CAUSE_BEFORE = _cause_before(_BODY_CAUSE)
_HYPERBOLE_AFTER = _cause_after(_HYPERBOLE)
_BODY_CAUSE_AFTER = _cause_after(_BODY_CAUSE)
_ABOUT_TO_NEGATED = _r(
    r"^[^。、]{0,4}?そう(?:に|も|には)(?:ない|なく|ありません|なかった|ねえ|ねぇ)|^[^。、]{0,4}?そう(?:な)?(?:わけ|訳)?(?:じゃ|では)(?:ない|なく|ありません)"
)
_ABOUT_TO_CONDITION = _r(
    r"^[^。、]{0,4}?そう(?:に|な|だ|で)?[^。、]{0,6}?(?:たら|れば|ると(?![思おい言])|時|とき|場合|際)"
)
# Nearly, then (「止まりそうになった」「死にそうだった」), or each time (「…そうになる」): not plainly now.
_NEAR_MISS = _r(r"^[^。、]{0,4}?そう(?:にな(?:った|りました|る|ります)|だった|でした)")
# Feared, not seen (「息が止まりそうで心配」), or in sleep (「いびきで息が止まりそう」): not plainly now.
_FEARED = _r(r"^[^。、]{0,4}?そう(?:で|な(?:の|ん)で|だから|で(?:とても|すごく)?)(?:心配|しんぱい|怖|こわ|不安|ふあん)")
_IN_SLEEP = _r(
    r"いびき|イビキ|寝言|ねごと|寝て(?:い)?る(?:時|とき|間|あいだ)|睡眠|すいみん|無呼吸|むこきゅう|寝息|ねいき"
)
# Distress told now, besides the sign (「苦しい 助けて」「ぜーぜーしてる」「顔色が真っ青」).
_DISTRESS_NOW = _r(
    r"苦し|くるし|助けて|たすけて|救急|きゅうきゅう|119|ぜー|ゼー|ぜえ|ゼエ|ひゅー|ヒュー|はあはあ|ハアハア|はぁはぁ|ハァハァ|ぐったり"
    r"|顔色|かおいろ|真っ青|まっさお|真っ白|紫|むらさき|冷や汗|ひやあせ|脂汗|うめ|呻|唸|うなっ|もがい|悶え|けいれん|痙攣"
    r"|意識|いしき|反応が|返事が|様子が(?:おかし|変|へん)|動かな|うごかな|白目|胸が|むねが|胸を|むねを|脈|呼吸|こきゅう"
    r"|咳き込|せきこ|咳こ|むせ"
)
# A death awaited at home, with its doctor and nurses (看取り): the end near is not a call for 119 by itself.
_END_OF_LIFE_CARE = _r(
    r"看取|みとり|ホスピス|緩和ケア|かんわけあ|訪問看護|ほうもんかんご|主治医|しゅじい|往診|おうしん|延命|えんめい|dnar|余命|よめい|危篤|きとく"
)
_HELP_CALLED_FOR = _r(r"助けて|たすけて|救急|きゅうきゅう|119")
_DEATH_WORD = _r(r"死|し(?:に|ん(?:じゃ|で))|引き取|ひきと")


def _of_another(text: str) -> bool | None:
    """Whether the last person named in `text` is someone other than the writer (None: no one is named)."""
    last_other = max((m.end() for m in _THIRD_PERSON.finditer(text)), default=-1)
    last_self = max((m.end() for m in _ONESELF.finditer(text)), default=-1)
    return None if last_other == last_self == -1 else last_other > last_self


def _about_to(rule: Rule, ctx: _Context) -> bool:
    """The vital sign is said to look about to go: 「止まりそう」「死にそう」「今にも…」."""
    hearsay = ctx.tail.startswith("そう") and ctx.matched[-1] in "るただい"  # 「応答がないそうです」: reported
    return rule.about_to_counts and bool(
        ctx.matched.endswith("そう")
        or (_VITAL_ABOUT_TO_TAIL.match(ctx.tail) and not hearsay)
        or _ON_THE_VERGE.search(ctx.head)
    )


def _about_to_reading(ctx: _Context) -> str | None:
    """Why a vital sign said to look about to go does not count now: None (it counts), "about to" (not plainly now
    nor a figure of speech: the rules ask the safety question), or why it is set aside."""
    rest = ("そう" + ctx.tail) if ctx.matched.endswith("そう") else ctx.tail
    if _ABOUT_TO_NEGATED.match(rest):
        return "negated"
    if _ABOUT_TO_CONDITION.match(rest):
        return "conditional"
    head = _outside_quotes(ctx.head)
    of_another = _of_another(head)
    if of_another is None:  # no one named in the sentence: the one of the sentence before (「母の様子が変です。息が…」)
        of_another = bool(_of_another(_outside_quotes(ctx.previous)))
    after_sign = ctx.tail.partition("そう")[2] if _VITAL_ABOUT_TO_TAIL.match(ctx.tail) else ctx.tail
    if _HYPERBOLE_BEFORE.search(head) or _HYPERBOLE_AFTER.match(after_sign):
        return "figure of speech"
    if not of_another and _BODY_CAUSE_AFTER.match(after_sign):
        return "figure of speech"  # 「死にそうに暑い」「息が止まりそうなくらい寒い」
    if _RESOLVED.search(ctx.after) or _is_past(ctx.head) or _past_tail(ctx):
        return "past"  # 「去年、父が死にそうになった」「死にそうだったけど今は元気です」 (the rule reads them too)
    if not of_another and _BODY_CAUSE_BEFORE.search(head):
        # 「暑くて死にそう」 of oneself: a manner of speaking; 「暑くて気を失いそう」: maybe heat now, ask
        return "figure of speech" if _DEATH_WORD.search(ctx.matched) else "about to"
    verge = bool(_ON_THE_VERGE.search(ctx.head) or "今にも" in ctx.matched or "いまにも" in ctx.matched)
    here = ctx.head + ctx.matched + ctx.after
    distress = bool(_DISTRESS_NOW.search(here) or _HERE_AND_NOW.search(here))
    if _NEAR_MISS.match(rest):  # nearly, a moment ago or each time: ask, unless of oneself with nothing else said
        return "about to" if of_another or verge or distress else "not yet"
    if (_FEARED.match(rest) or _IN_SLEEP.search(here)) and not distress:
        return "about to"  # 「夫のいびきで息が止まりそうで心配」
    if _DEATH_WORD.search(ctx.matched) and _END_OF_LIFE_CARE.search(ctx.message) and not _HELP_CALLED_FOR.search(here):
        return "about to"  # 「看取り中の母が今にも息を引き取りそう」: ask, the number on a yes
    if _DEATH_WORD.search(ctx.matched) and not (verge or distress):
        # 「父が死にそうです」: the safety question; 「もう死にそう」 of oneself: a manner of speaking
        return "about to" if of_another else "not yet"
    if of_another or verge or distress:
        return None
    return "about to"  # 「息が止まりそう」 of oneself, nothing else said: ask


def _but_after_a_plain_end(ctx: _Context) -> bool:
    """「しにたい　でも　どうしたら」 with its spaces gone: でも after a form ending in い (a wish, an adjective) is the
    conjunction "but", not 「…ても」 (even if), which such a form makes as 「…くても」. Nor is a wish's own 「…たくても」
    (「死にたくても死ねない」): the wish is told, only its act denied."""
    return (ctx.matched.endswith("い") and ctx.tail.startswith("でも")) or (
        ctx.matched.endswith("たく") and ctx.tail.startswith("ても")
    )


# Beating one's own chest, or striking someone's back, where the airway is blocked (「餅を食べてて胸を叩いて苦しそう、
# 声が出ない」「むせ込み→声出ず 背中叩いてるが出ない」): a choking person or first aid, not violence. Someone hit on the
# chest or the back with no sign of a blocked airway (「父が母の背中を叩いている」「夫が今も私の胸を叩いてくる」) is.
_STRUCK_ON_CHEST_OR_BACK = _r(
    r"(?:胸|むね|背中|せなか|喉|のど)(?:を|も)?(?:[^。、]{0,2})?(?:叩|たた|どんどん|ドンドン)[^。、]{0,6}$"
)
_BLOCKED_AIRWAY = _r(
    r"詰ま|つま(?:ら|っ|り)|むせ|咳き込|せきこ|(?:喉|のど|ノド)(?:に|が|を)|(?:声|こえ)が?(?:出|で|だ)(?:な|ず|せ|ませ)|飲み込|のみこ|ハイムリック|背部叩打"
)
_VIOLENCE_RULES = frozenset(
    {"violence_now", "violence_in_sentence", "violence_in_progress", "violence_progressive", "physical_violence"}
)


def _first_aid_for_choking(rule: Rule, ctx: _Context) -> bool:
    """A blow that is a choking person's own or first aid for one (see `_STRUCK_ON_CHEST_OR_BACK`)."""
    return (
        rule.id in _VIOLENCE_RULES
        and bool(_STRUCK_ON_CHEST_OR_BACK.search(ctx.head[-8:] + ctx.matched))
        and bool(_BLOCKED_AIRWAY.search(ctx.message))
    )


def _not_here_and_now(rule: Rule, ctx: _Context) -> str | None:
    """Why this match does not count (None when it counts as written)."""
    if _first_aid_for_choking(rule, ctx):
        return "first aid"
    hearsay = ctx.tail.startswith("そう") and ctx.matched[-1] in "るただい"  # 来るそうです: reported, not "about to"
    # 苦しそう, 痛そう: how someone looks now, not "about to".
    looks = ctx.tail.startswith("そう") and ctx.matched.endswith(_LOOKS_STEMS)
    # 「朝が来なければ」 is the wish itself; 「見に行ったらぐったりして」 tells what happened (narrative たら).
    inside = (
        not rule.crisis
        and _CONDITIONAL_INSIDE.search(ctx.matched[1:])
        and not _NARRATIVE.match(ctx.tail)
        and not _HERE_AND_NOW.search(ctx.message)
    )
    tara = ctx.matched.endswith(("た", "だ")) and _TARA_TAIL.match(ctx.tail)
    # 「飛び降りたらと毎日考えてしまう」: for thoughts of death, the condition is the thought itself.
    thought = rule.crisis and rule.level == URGENT and _THINKING_OF_IT.match(ctx.tail)
    about_to = _about_to(rule, ctx)
    if about_to and (why := _about_to_reading(ctx)):
        return why
    conditional = _CONDITIONAL_BESIDES_ABOUT_TO if about_to else _CONDITIONAL_TAIL
    if not thought and (
        (conditional.match(ctx.tail) and not hearsay and not looks and not _but_after_a_plain_end(ctx))
        or inside
        or _GENERAL_CASE.match(ctx.tail)
        or tara
        or (_WHEN_ASKED.match(ctx.tail) and not _HERE_AND_NOW.search(ctx.message))
        or (_HOW_TO_KNOW_ASKED.match(ctx.tail) and not _HERE_AND_NOW.search(ctx.message))
    ):
        return "conditional"
    if (
        (_SIMILE_HEAD.search(ctx.head) and _SIMILE_TAIL.match(ctx.tail))
        or _FEELING_HEAD.search(ctx.head)
        or _FEELING_TAIL.match(ctx.tail)
        or _DEGREE_TAIL.match(ctx.tail)
        or (
            ctx.matched.startswith(("出血", "しゅっけつ"))
            and _MONEY_BLEEDING_HEAD.search(ctx.head)
            and not _BODY_WOUND.search(ctx.message)
        )
        or (_AS_IF_TAIL.match(ctx.tail) and not _HERE_AND_NOW.search(ctx.message))
        or (not rule.crisis and _JOKE_TAIL.match(ctx.tail))
        or (rule.family == "choking" and _WORDS_STUCK.search(ctx.matched))
        or (
            ctx.matched.startswith(("見失", "みうしな"))
            and _ONESELF_LOST_HEAD.search(ctx.head)
            and not _ONES_OWN_PERSON.search(ctx.head)
            and not _HERE_AND_NOW.search(ctx.message)
        )
        or (not rule.crisis and _JOKE_NEXT_SENTENCE.match(ctx.after) and not _HERE_AND_NOW.search(ctx.message))
        or (rule.crisis and _COMPARISON_HEAD.search(ctx.head) and _LAUGHED_TAIL.match(ctx.tail))
        or (rule.crisis and _HABIT_SAYING_HEAD.search(ctx.head) and _SAID_BY_ME_TAIL.match(ctx.tail))
        or (rule.crisis and _LAUGHED_OFF_TAIL.match(ctx.tail) and not _REALLY.search(ctx.head + ctx.tail))
        or (rule.crisis and _CALLED_A_JOKE_TAIL.match(ctx.tail) and not _REALLY.search(ctx.head + ctx.tail))
        or (rule.crisis and _TAKEN_SERIOUSLY_TAIL.match(ctx.tail) and not _REALLY.search(ctx.head + ctx.tail))
        or (rule.crisis and _WEATHER_HEAD.search(ctx.head) and not _THIRD_PERSON.search(ctx.head.rpartition("。")[2]))
        or (
            _CHEST_MATCH.match(ctx.matched)
            and _HEARTACHE_OF_A_STORY_TAIL.match(ctx.tail)
            and not _BODY_OR_NOW.search(ctx.message)
            and not _HERE_AND_NOW.search(ctx.message)
        )
        or _chest_laughed_off(ctx)
        or (
            _CHEST_MATCH.match(ctx.matched)
            and _EMOTION_HEAD.search(ctx.head)
            and not _BODY_OR_NOW.search(ctx.message)
            and not _HERE_AND_NOW.search(ctx.message)
        )
    ):
        return "figure of speech"
    head_word = max(_CONDITIONAL_HEAD.finditer(ctx.head), key=lambda m: m.end(), default=None)
    if head_word is not None and not (
        # 「前回「転倒予防を」と教わりましたが、今日転んで」: prevention or the future, then today
        _PREVENTION_HEAD.fullmatch(head_word.group(0)) and _NOW_AFTER_A_BREAK.search(ctx.head[head_word.end() :])
    ):
        return "hypothetical"
    # 「倒れとるのを見つけたらどがしたらええだか」: asking what one should do if one ever found it, not finding it now
    if _IF_I_EVER_FOUND.match(ctx.tail) and not _NOW_SAID.search(ctx.head + ctx.tail):
        return "hypothetical"
    if (
        not rule.crisis
        and _PREPARING_FOR_IT.match(ctx.after)
        and not _HERE_AND_NOW.search(ctx.message)
        and not _BURIED_NOW.search(ctx.message)
        and not _NOW_SAID.search(ctx.message)
    ):
        return "hypothetical"
    if (
        not rule.crisis
        and _EXAMPLE_TAIL.match(ctx.tail)
        and _WARNING_SIGNS_ASKED.search(ctx.message)
        and not _ONES_OWN_PERSON.search(ctx.message)
        and not _HERE_AND_NOW.search(ctx.message)
    ):
        return "general question"
    if (
        not rule.crisis
        # the match may take 「とい」 (「苦しいとい|う表現」)
        and _WORDS_OF_A_POEM_TAIL.match(ctx.matched[-3:] + ctx.tail)
        and not _HERE_AND_NOW.search(ctx.message)
    ):
        return "figure of speech"
    if (
        not rule.crisis
        and rule.negatable
        and _NO_LONGER_TAIL.match(ctx.tail)
        and _NO_LONGER.search(ctx.head + ctx.matched + ctx.tail)
        and not _HERE_AND_NOW.search(ctx.head + ctx.matched + ctx.after)
    ):
        return "negated"
    if (
        not rule.crisis
        and _WHEN_IT_WAS_TAIL.match(ctx.matched[-1:] + ctx.tail)
        and not _NOW.search(ctx.after)
        and not _HERE_AND_NOW.search(ctx.after)
        # 「倒れたのは先週で、それから意識がない」: a sign going on since then
        and not _DISTRESS_NOW.search(ctx.after)
        and not re.search(r"それから|そのまま|以来|いらい|ずっと", ctx.after)
    ):
        return "past"
    if (
        rule.id in _CUT_RULES
        and _KITCHEN_WORK.search(ctx.message)
        and not _ACT_OR_WISH_TO_DIE.search(ctx.message)
        and not _NOT_AN_ACCIDENT.search(ctx.message)
        and (
            (_SMALL_CUT_STOPPED.search(ctx.message) and not _HERE_AND_NOW.search(ctx.message))
            or _is_a_heavy_kitchen_accident(ctx.message)
        )
    ):
        return "explained"
    source = _MEDIA_SOURCE_TAIL.match(ctx.tail)
    if (
        (
            (_MEDIA_HEAD.search(ctx.head) and _MEDIA_TAIL.match(ctx.tail))
            or (
                _MEDIA_SCENE_HEAD.search(ctx.head)
                and _MEDIA_SCENE_TAIL.match(ctx.tail)
                and not _ONES_OWN_PERSON.search(ctx.head)
            )
            or _MEDIA_CHARACTER.search(ctx.head)
            or (_MEDIA_TOPIC_TAIL.match(ctx.tail) and not _CAMERA.search(ctx.message))
            # one's own person as its subject in the same clause (「じいちゃんが…好きなんだけど、喉に詰まるってニュースで見た」
            # is the news's choking, not grandad's)
            or (source and not _ONES_OWN_PERSON.search(ctx.head.rpartition("、")[2] + ctx.tail[: source.end()]))
        )
        and not _REALLY.search(ctx.head + ctx.tail)
    ):
        return "seen in the media"
    if (
        _TITLE_TAIL.match(ctx.tail)
        and not _REALLY.search(ctx.head + ctx.tail)
        and not _HERE_AND_NOW.search(ctx.message)
    ):
        return "seen in the media"  # 「『死にたい老人』っていう本」: a title, not a person
    if (
        rule.crisis
        and _HISTORY_OF_TAIL.match(ctx.tail)
        and _STABLE_NOW.search(ctx.message)
        and not _FLARED_AGAIN.search(ctx.message)
        and not _HERE_AND_NOW.search(_STABLE_NOW.sub("", ctx.message))
    ):
        return "past"  # 「希死念慮の既往ある患者、現在は安定」
    if _is_a_history_well_now(rule, ctx):
        return "past"  # 「熱中症で入院歴あり、現在は問題なし」
    if rule.crisis and _ONCE_SAID_TAIL.match(ctx.tail):
        return "past"  # 「死にたいなんて言ってたのが嘘みたい」
    if (
        _OPEN_QUOTE.search(ctx.head)
        and (_NOTICE_TAIL.match(ctx.tail) or _NOTICE_HEAD.search(ctx.head))
        and not _REALLY.search(ctx.head + ctx.tail)
    ):
        return "a notice"
    if not rule.crisis and not _HERE_AND_NOW.search(ctx.message):
        story = ctx.head.rpartition("。")[2] + ctx.matched + ctx.tail.partition("。")[0]
        if (
            _WRITING_FICTION.search(ctx.message)
            and _FICTION_IN_SENTENCE.search(story)
            # 「小説の場面を考えていたら、隣で父が倒れて」: one's own person, not a character
            and (_STORY_PERSON.search(story) or not _ONES_OWN_PERSON.search(story))
        ):
            return "fiction being written"
        if _TESTING_THE_BOT.search(ctx.message) and _NO_ONE_IN_TROUBLE.search(ctx.message):
            return "testing the bot"
    if (
        not rule.crisis
        and _NEARLY_TAIL.match(ctx.tail)
        and not _DISTRESS_NOW.search(ctx.after)
        and not _HERE_AND_NOW.search(ctx.head + ctx.matched + ctx.after)
    ):
        return "near miss"
    if _ANIMAL_SUBJECT.search(ctx.head) or _ANIMAL_AFTER.match(ctx.tail):
        return "an animal"
    if _DREAM_TAIL.match(ctx.tail):
        return "a dream"
    if not rule.crisis and _WISHED_END_TAIL.match(ctx.tail) and not _HERE_AND_NOW.search(ctx.message):
        return "a thought"
    if _STEM_BA_TAIL.match(ctx.tail) and not _HERE_AND_NOW.search(ctx.message) and not _NOW.search(ctx.message):
        return "conditional"
    if rule.id in _PROGNOSIS_RULES and _PROGNOSIS_HEAD.search(_outside_quotes(ctx.head)):
        return "a prognosis"
    if (
        (_CASE_OF_A_WAY.match(ctx.tail) or _CASE_OF_A_DEVICE.match(ctx.tail))
        and not _ONES_OWN_PERSON.search(ctx.head)
        and not _HERE_AND_NOW.search(ctx.message)
        and not _BURIED_NOW.search(ctx.message)
    ):
        return "general question"
    if (
        _DEVICE_SOUGHT.match(ctx.matched[-1:] + ctx.tail)  # 「動けない|とき」: the match may end the clause
        and not _DEVICE_WENT_OFF.search(ctx.after)
        and not _HERE_AND_NOW.search(ctx.message)
        and not _BURIED_NOW.search(ctx.message)
    ):
        return "general question"
    if (
        _ABOUT_THE_WORD.match(ctx.tail)
        or _GENERIC_PERSON.match(ctx.tail)
        or _GENERIC_PROCEDURE.match(ctx.tail)
        or (
            _GENERIC_PERSON_IF.match(ctx.tail)
            and not _ONES_OWN_PERSON.search(ctx.head)
            and not _HERE_AND_NOW.search(ctx.message)
            and not _BURIED_NOW.search(ctx.message)
        )
        or (
            _NAMED_THING.fullmatch(ctx.matched)
            and _IS_IT_SAFE_TAIL.match(ctx.tail)
            and not _DISTRESS_NOW.search(ctx.message)
            and not _HAZARD_SIGNS.search(ctx.message)
            and not _HERE_AND_NOW.search(ctx.message)
        )
        or _IS_IT_TRUE.match(ctx.tail)
        or (
            _SIGNS_LISTED_TRUE.match(ctx.tail)
            and not _ONES_OWN_PERSON.search(ctx.head)
            and not _HERE_AND_NOW.search(ctx.message)
        )
        or (
            _TOPIC_WHERE_ASKED.match(ctx.tail)
            and not _ONES_OWN_PERSON.search(ctx.head.rpartition("、")[2])
            and not _HERE_AND_NOW.search(ctx.message)
        )
        or (_PEOPLE_WHO_OFTEN.match(ctx.tail) and not _HERE_AND_NOW.search(ctx.message))
    ):
        return "general question"
    # the sentence, or its clause closed by a polite ending when voice input left no punctuation
    head_clauses = _POLITE_END.split(ctx.head)
    tail_clause = _POLITE_END.split(ctx.tail, maxsplit=1)[0]
    sentence = head_clauses[-1] + ctx.matched + tail_clause
    if (
        _GENERAL_TOPIC.search(ctx.message)
        and not _HERE_AND_NOW.search(ctx.message)
        and not _BURIED_NOW.search(ctx.message)
        # 「私の母は呼吸するのが困難です。…救急の方法を教えてください」: a sign told of one's own person in a
        # sentence of its own is hers now, whatever is asked after it.
        and (_GENERAL_TOPIC.search(sentence) or not _ONES_OWN_PERSON.search(sentence))
        # a way to die asked for (「楽に死ねる方法を教えて」) is no general question
        and not (rule.crisis and _WAY_TO_DIE.search(sentence))
    ):
        return "general question"
    if _HEARD_TAIL.match(ctx.tail) and _OWN_WORRY.search(ctx.message):
        return "someone else's story"
    if (
        _OTHERS_HEAD.search(ctx.head)
        and _HEARD_NEAR.match(ctx.matched + ctx.tail)
        and (_OWN_WORRY.search(ctx.message) or _OWN_CARE.search(ctx.message) or _OWN_FEAR.search(ctx.message))
    ):
        return "someone else's story"
    if (
        not rule.worry_counts
        and _WORRY.match(ctx.tail)
        and not _FEAR_OF_DEATH.match(ctx.tail)
        and not (rule.crisis and _ASKED_TO_BE_AGREED.match(ctx.tail))
        and not (_CLOSED_PREDICATE.search(ctx.matched) and not _FEAR_ATTACHED.match(ctx.tail))
    ):
        return "worry"
    if (
        rule.worry_counts
        and _FUTURE_WORRY_TAIL.match(ctx.tail)
        and _PREVENTION_ASKED.search(ctx.message)
        and not _NOW.search(ctx.message)
        and not _HERE_AND_NOW.search(ctx.message)
    ):
        return "worry"
    if _MAY_DO_IT_FEAR.match(ctx.tail) and not _HERE_AND_NOW.search(ctx.message) and not _NOW.search(ctx.message):
        return "worry"  # 「薬を一度に飲んでしまわないか心配」
    if (
        ctx.matched.endswith("な")
        and _NEGATIVE_STEM_FEAR.match(ctx.tail)
        and not rule.worry_counts
        and not rule.duration_is_evidence
        and rule.family != "missing_dementia"
    ):
        return "worry"
    if (
        not rule.crisis
        and not rule.duration_is_evidence
        and not ctx.matched.endswith(("た", "だ", "て", "で", "ん"))
        and not ctx.tail.startswith(("た", "だ", "て", "で", "ん"))
        and _FEAR_LATER.match(ctx.tail)
    ):
        return "worry"
    if (
        not rule.crisis
        and not rule.duration_is_evidence
        and ctx.matched
        and not ("\u3041" <= ctx.matched[-1] <= "\u3096")
        and _HAZARD_WORRY_TAIL.match(ctx.tail)
    ):
        return "worry"
    if rule.family == "choking" and _FOOD_PROPERTY.match(ctx.tail):
        return "general question"
    if _KIND_OF_ACCIDENT.match(ctx.tail) and not _HERE_AND_NOW.search(ctx.message):
        return "general question"
    if (
        not rule.crisis
        and (_PREVENTED_TAIL.match(ctx.tail) or _DRILLED_TAIL.match(ctx.tail) or _WARNED_TAIL.match(ctx.tail))
        and not _HERE_AND_NOW.search(ctx.message)
    ):
        return "general question"
    if (
        rule.family == "self_harm_now"
        and _GAS_WORD.search(ctx.matched)
        and (_LEFT_OPEN_TAIL.match(ctx.tail) or _LEFT_OPEN_TAIL.match(ctx.matched[-1:] + ctx.tail))
        and _FORGETTING.search(ctx.message)
        and not _ACT_OR_WISH_TO_DIE.search(ctx.message)
        and not _GAS_FOUND_NOW.search(ctx.message)
    ):
        return "explained"  # 「ガスの元栓を開けたままにすることが増えた」: left open, forgotten; no act, no wish to die
    if not rule.crisis and _MADE_LITTLE_OF_TAIL.match(ctx.tail) and not _DISTRESS_NOW.search(ctx.after):
        return "explained"
    if rule.family == "unresponsive" and _DEVICE_SIGN.match(ctx.matched) and _DEVICE_HEAD.search(ctx.head):
        return "a device"
    if (
        rule.family in ("unresponsive", "unanswered")
        and _EXPLAINED_BY_DEAFNESS.match(ctx.tail)
        and not _HERE_AND_NOW.search(ctx.message)
    ):
        return "explained"
    if not rule.crisis and _DOCTOR_SAID_NOTHING.search(ctx.after) and not _HERE_AND_NOW.search(ctx.message):
        return "explained"
    if rule.family == "stroke" and (
        _ANAESTHETIC_CAUSE.match(ctx.tail) or (_ANAESTHETIC_HEAD.search(ctx.head) and not _DOUBTED_TAIL.match(ctx.tail))
    ):
        return "explained"
    if rule.family == "stroke" and _EXPLAINED_CAUSE_TAIL.match(ctx.tail) and not _DOUBTED_TAIL.match(ctx.tail):
        return "explained"
    if (
        rule.family == "poisoning"
        and (_LEFTOVER_HEAD.search(ctx.head) or _LEFTOVER_TAIL.match(ctx.tail))
        and not _TAKEN_OR_GONE.search(ctx.tail.partition("。")[0])
    ):
        return "leftover medicine"
    if (
        rule.family == "missing_dementia"
        and _RETURN_STEM.match(ctx.matched)
        and _MONEY_LOST.search(ctx.previous + ctx.head)
        and not _THIRD_PERSON.search(ctx.head)
    ):
        return "explained"  # 「母が先月だまされて50万円取られました。もう戻らないのでしょうか」: the money does not come back
    if rule.family == "missing_dementia" and _SOUGHT_FOR_A_ROLE_HEAD.search(ctx.head):
        return "sought for a role"
    if (
        not rule.crisis
        and _PAST_CLAUSE_ON_PLACE.match(ctx.tail)
        and _SENTENCE_OF_HABIT.search(ctx.tail.partition("。")[0])
        and not _HERE_AND_NOW.search(ctx.message)
    ):
        return "general question"
    if rule.family in ("missing_dementia", "unanswered") and (
        _EXPLAINED_BEFORE.match(ctx.tail) or _KNOWN_WHEREABOUTS_HEAD.search(ctx.head)
    ):
        return "explained"
    fear = _FEAR_OF_FUTURE.match(ctx.tail)
    if (
        fear
        and not rule.duration_is_evidence
        and not fear.group(1).endswith(("て", "で", "てい", "でい", "とら", "てら"))
    ):
        return "worry"  # a suspicion counts in some families (「飲んだかもしれない」), a fear of the future does not
    if not rule.duration_is_evidence and _FEAR_OF_BECOMING.match(ctx.tail) and not _HERE_AND_NOW.search(ctx.message):
        return "worry"
    if (
        not rule.crisis
        and not rule.duration_is_evidence
        and not ctx.matched.endswith(("て", "で", "い", "っ", "ん"))
        and _FEAR_OF_IT.match(ctx.tail)
        # a word of here and now in the sentence itself (「今にも倒れる心配」) keeps it; one in another sentence
        # (「いま げんき。また たおれる しんぱい」) is the writer's reassurance
        and not _HERE_AND_NOW.search(ctx.head + ctx.matched + ctx.tail)
    ):
        return "worry"
    if not rule.crisis and (
        _NOT_THE_CASE.match(ctx.tail)
        or _AS_USUAL.match(ctx.tail)
        or _NEVER_HAPPENED.match(ctx.tail)
        or (_NEVER_SEEN.match(ctx.tail) and not _HERE_AND_NOW.search(ctx.message))
    ):
        return "negated"
    if (
        rule.negatable
        and (_NEGATION.match(ctx.tail) or _NEGATED_THOUGHT.match(ctx.tail))
        and not (rule.crisis and _ASKED_TO_BE_AGREED.match(ctx.tail))
        and not (rule.worry_counts and _NEGATED_WORRY.match(ctx.tail))
        and not _EXPLAINED_WISH.match(ctx.matched[-2:] + ctx.tail)
        and not _DOUBLE_NEGATIVE.match(ctx.tail)
    ):
        return "negated"
    return None


def _past_in_a_clause(head: str, told_in_the_past: bool = False) -> bool:
    """The last past time word before the match belongs to a relative clause on a person: 「前に屋根工事をした
    業者の男が」, or, in a sentence not told in the past, one's own person (「先月退院したばかりの母が、…息が
    吸えない」; not 「先週転んだ母が息が苦しいと言っていた」)."""
    last_past = max(_PAST.finditer(head), key=lambda m: m.end(), default=None)
    if last_past is None:
        return False
    rest = head[last_past.end() :]
    if _PAST_CLAUSE_ON_PLACE.match(rest):
        return not _is_past(head[: last_past.start()], told_in_the_past)  # 「去年、父が昔住んでいた家で倒れた」
    return bool(_PAST_CLAUSE.match(rest)) or (
        not told_in_the_past and bool(_PAST_CLAUSE_ON_OWN.match(rest) or _PAST_CLAUSE_ON_TRADE.match(rest))
    )


def _past_tail(ctx: _Context) -> bool:
    """「倒れたことがある」「倒れてから」「痛めて|から」."""
    return bool(_PAST_TAIL.match(ctx.tail)) or (ctx.matched.endswith("て") and ctx.tail.startswith("から"))


def _happened_before(ctx: _Context) -> bool:
    """A match ending in た told as an experience: 「連絡つかなかった|ことが去年あって」."""
    return ctx.matched.endswith(("た", "だ")) and bool(_EXPERIENCE_TAIL.match(ctx.tail))


_EXPERIENCE_TAIL = _r(r"^(?:こと|事)(?:が|も|は)?[^。、]{0,6}?(?:ある|あり|あっ)")
# The scar of it (「リストカットの跡、昔のやつ」「手首に自傷の痕がある」): a mark of a time before, not a wound now; not
# a fresh one (「新しい傷跡」「また」) nor one bleeding (「跡から血が」).
_SCAR_TAIL = _r(r"^の?(?:跡|痕|あと(?=[、。がはもをの]|$)|傷跡|傷痕|きずあと)")
_FRESH = _r(r"新し|あたらし|新た|あらた|真新し|生々し|なまなまし|血|ち(?:が|を)|出血|しゅっけつ")


def _old_scar(ctx: _Context) -> bool:
    sentence = ctx.head + ctx.matched + ctx.tail.partition("。")[0]
    return bool(_SCAR_TAIL.match(ctx.tail)) and not _FRESH.search(sentence) and not _NOW.search(ctx.head)


# The usual complaint, said so in the sentence (「…と言うのはいつもの冬の症状で、整形外科で診てもらっています」):
# with no word of now anywhere, not today's emergency.
_UNDER_CARE = _r(r"いつもの[^。、]{0,4}?(?:症状|しょうじょう)")
# A sensation told in the plain present (「喉にひっかかる感じがする」「胸が締めつけられるような感覚がある」), with no
# distress near it and no word of now: a recurring complaint, not an event.
_SENSATION_TAIL = _r(r"^[^。、]{0,2}?る(?:ような)?(?:感じ|かんじ|感覚|かんかく)(?:が|は)?(?:する|します|あ[るり])")
_DISTRESS = _r(
    r"息|いき|苦し|くるし|声が|こえが|顔色|かおいろ|紫|むらさき|青|あお|ぐったり|意識|いしき|動かな|うごかな|倒れ|たおれ|反応|返事|へんじ"
)
# Whenever something happens (「仕事から帰ると、ソファに倒れ込んで動けません」): a habit, when no person is named
# in the sentence, it is not told in the past (「帰ると、母が倒れていた」 is a discovery) and no word of now.
# Not 「すると、」 opening the sentence (and then), not a state found (「帰ると、倒れています」).
_WHENEVER_HEAD = _r(r"(?:[うくぐすぬぶむる]|ない)と、[^。、]{0,16}$")
_AND_THEN = _r(r"^(?:そう|こう)?すると")
_STATE_FOUND = _r(r"^[^。、]{0,4}?(?:て|で)(?:い|お)?(?:る|ます|た)")


def _is_habitual(ctx: _Context) -> bool:
    """「時々」「先月から」 before the match (outside quotations: 「「昔から効く」って漂白剤をなめた」), not
    followed by a word of now (「毎朝…今朝は」 is today)."""
    head = _outside_quotes(ctx.head)
    heads = (*_HABITUAL_HEAD.finditer(head), *_CHRONIC_HEAD.finditer(head))
    last = max(
        (
            m.end()
            for m in heads
            if not _WRITERS_ROUND.match(ctx.head[m.end() :])
            and not _HABIT_OF_THE_PERSON.match(ctx.head[m.end() :])
            and not _HABIT_OF_A_PLACE.match(ctx.head[m.end() :])
        ),
        default=-1,
    )
    if (
        last >= 0
        and not any(m.start() >= last for m in _NOW.finditer(ctx.head))
        and not _WORSE_THAN_USUAL.search(ctx.head[last:])
    ):
        return True
    # 「暑い日は」「冬は」「冷え性で」 before the sign, in the sentence or the match itself, with no word of now
    seasonal = _SEASONAL.search(ctx.head + ctx.matched)
    if seasonal and not _NOW.search(ctx.head + ctx.matched) and not _HERE_AND_NOW.search(ctx.message):
        return True
    if not _HERE_AND_NOW.search(ctx.message) and not _NOW.search(ctx.message):
        if _UNDER_CARE.search(ctx.matched + ctx.tail):
            return True
        if _SENSATION_TAIL.match(ctx.tail) and not _DISTRESS.search(ctx.after):
            return True
        if (
            _WHENEVER_HEAD.search(ctx.head)
            and not _AND_THEN.match(ctx.head)
            and not _STATE_FOUND.match(ctx.tail)
            # the subject comes before the sign (voice input runs the next sentence on after it)
            and not _ONES_OWN_PERSON.search(ctx.head)
            and not _PAST_SENTENCE_END.search(ctx.tail)
        ):
            return True
    if _HABIT_RUNNING_ON_TAIL.match(ctx.tail) and not _NOW.search(ctx.after) and not _THIS_TIME.search(ctx.message):
        return True
    return bool(_HABITUAL_TAIL.match(ctx.tail)) and not _WORSE_THAN_USUAL.search(ctx.after)


# A message written as questions and answers (「Q 倒れた？ A 父が先月トイレで Q 今は？ A …」「Q 押し入り？ A 先月となり町で」):
# an interview with oneself, a form's or a chat habit. A sign named in a question line is told by the answer after it:
# the answer's past time, or its denial, is the sign's. Compact form: 「q倒れた?a父が先月…q今は?」.
_QUESTION_LINE = _r(r"^(?:q|問|質問|とい)[:：.)]?")
_ANSWER_LINE = _r(r"^(?:a|答|回答|こたえ)[:：.)]?")
_NEXT_QUESTION = _r(r"(?<![a-z])(?:q|問|質問)[:：.)]?")
_ANSWER_DENIES = _r(
    r"^(?:いいえ|いや|ううん|ない|なし|無し|何も|なにも|特に(?:何も|なにも|な)|とくに(?:なにも|な)|ありません|違|ちが|大丈夫|だいじょうぶ|うちは(?:ない|大丈夫))"
)


def _answer_to_question(ctx: _Context) -> str | None:
    """The answer after the question line the match is in, without its marker (None: not a question line)."""
    if not (_QUESTION_LINE.match(ctx.head) and ctx.tail.endswith("?")):
        return None
    following = ctx.after[len(ctx.tail) :]
    marker = _ANSWER_LINE.match(following)
    if marker is None:
        return None
    answer = following[marker.end() :]
    cut = _NEXT_QUESTION.search(answer)
    return answer[: cut.start()] if cut else answer


def _answered_as_not_now(rule: Rule, ctx: _Context) -> str | None:
    """A sign asked in a question line, answered as past or denied (not for thoughts of death: recall first)."""
    answer = None if rule.crisis else _answer_to_question(ctx)
    if answer is None or _HERE_AND_NOW.search(answer):
        return None
    if _ANSWER_DENIES.match(answer):
        return "negated"
    if _is_past(answer) and not _NOW.search(answer[max(m.end() for m in _PAST.finditer(answer)) :]):
        return "past"
    return None


# A stroke told as past earlier in the message (「父 去年 倒れる 脳。今 家 帰る。右 手 動かない」: sign-language word
# order; 「三年前に脳梗塞。右手が動かない」): a one-sided weakness in a later sentence, with no word of a sudden onset
# there or just before, nor of now in its own sentence, is what the stroke left, not a new one.
_STROKE_WORD = r"(?:脳梗塞|のうこうそく|脳卒中|のうそっちゅう|脳出血|のうしゅっけつ|くも膜下|くもまっか|脳(?![^。、]{0,2}?(?:トレ|ドック|みそ|味噌)))"
_PAST_STROKE = _r(
    r"(?:"
    + _PAST.pattern
    + r")(?!から|より)[^。]{0,12}?"
    + _STROKE_WORD
    + r"|"
    + _STROKE_WORD
    + r"[^。]{0,12}?(?:"
    + _PAST.pattern
    + r")(?!から|より)"
)
_STROKE_NAMED = _r(_STROKE_WORD)
_ONSET = _r(
    r"急に|きゅうに|突然|とつぜん|いきなり|さっき|先ほど|さきほど|たった今|今朝|けさ|朝から|今日|きょう|昨日|きのう|昨夜|ゆうべ|夜中|また|再び|ふたたび"
    r"|起きたら|おきたら|目が覚めたら|助けて|たすけて|至急|救急"
)


# …or, in the same sentence, the sign said to remain or to go with a care level (「前に脳梗塞で入院してたけど今は退院
# して、ろれつはちょっと残ってる」「既往：脳梗塞（2年前） / 今：右半身まひ、要介護3」): what the stroke left, even
# beside a word of now, with no word of a sudden onset.
_RESIDUAL_TAIL = _r(
    r"^[^。、]{0,8}?(?:残っ|のこっ|残り|のこり|残る|のこる|残して|後遺症|こういしょう)"
    r"|^[^。]{0,3}?[、,/／]?(?:要介護|ようかいご|要支援|ようしえん|身体障害|障害者手帳)"
)


# …or put down to an after-effect, or to a stroke had before, just before it (「脳梗塞の後遺症で言葉が出ません」
# 「脳梗塞のあと言葉が出にくい」「脳梗塞やってからちっと言葉出にくい」).
_RESIDUAL_HEAD = _r(
    r"(?:(?:後遺症|こういしょう)(?:で|により|によって|のため|のせいで|があって|があり)"
    r"|" + _STROKE_WORD + r"(?:の(?:あと|後)|(?:を|に)?(?:やって|して|なって)(?:から|以来)?))[、,]?[^。、]{0,8}?$"
)


# …or the sign given its year of onset in a note (「左片麻痺(h28発症)」「右不全麻痺（2019年発症）」「片まひ 平成30年発症」
# 「失語症、3年前に受傷」): a standing condition on a record, not a sign of today; a date of today carries no year.
_ONSET_YEAR_TAIL = _r(
    r"^[^。、0-9]{0,3}?[(（:：]?(?:(?:[hsr]|平成|へいせい|昭和|しょうわ|令和|れいわ)[0-9元]{1,2}|(?:19|20)[0-9]{2}|[0-9]{1,2})年?"
    r"(?<=[0-9元年])(?:[0-9]{1,2}月)?(?:前|まえ)?(?:に|の|より)?(?:発症|はっしょう|受傷|じゅしょう)"
)


def _left_by_a_past_stroke(rule: Rule, ctx: _Context) -> bool:
    sentence = ctx.head + ctx.matched + ctx.tail
    if rule.family != "stroke" or _ONSET.search(ctx.previous + sentence):
        return False
    if _ONSET_YEAR_TAIL.match(ctx.tail):
        return True
    if _RESIDUAL_HEAD.search(ctx.head):
        return True
    if _RESIDUAL_TAIL.match(ctx.tail) and _STROKE_NAMED.search(_outside_quotes(ctx.before + ctx.head + ctx.tail)):
        return True
    return (
        bool(_PAST_STROKE.search(_outside_quotes(ctx.before)))
        and not _NOW.search(sentence)
        and not _HERE_AND_NOW.search(sentence)
    )


# Days without an answer told as a recurring habit (「月に一度は3日くらい電話に出ないことがある」「年に何回か連絡が
# つかないこともある」): a frequency before the sign and 「ことがある」 after it, nothing of now — the duration is then
# part of the habit, not evidence of a fall.
_RECURRING_HEAD = _r(
    r"(?:月|年|週|ひと月|半年)に(?:一度|一回|いちど|いっかい|[0-9一二三四五六七八九十数何]+(?:度|回|ど|かい))(?:か|くらい|ぐらい|ほど)?(?:は|も)?"
    r"|毎月|まいつき|毎年|まいとし|年に|月に|たまに|時々|ときどき|時折|ときおり|しょっちゅう|しばしば|よく(?![見み聞きわ分確]|な[らっるいくれ])"
)
_RECURRING_TAIL = _r(
    r"^[^。、]{0,6}?(?:こと|事|時|とき)(?:が|も)(?:よく|たまに|時々|ときどき|しばしば|結構|けっこう)?(?:ある|あり|あっ|多|おお)"
)


def _recurring_duration(rule: Rule, ctx: _Context) -> bool:
    return (
        rule.duration_is_evidence
        and bool(_RECURRING_HEAD.search(_outside_quotes(ctx.head)))
        and bool(_RECURRING_TAIL.match(ctx.tail))
        and not _NOW.search(ctx.after)
        and not _HERE_AND_NOW.search(ctx.message)
        and not _BURIED_NOW.search(ctx.message)
    )


# 「前に」 right before a fall (「父がまえに倒れて動かない」「前にのめって転んだ」): the direction of the fall, not "before";
# the head the time words are read on ends at the match, so the fall is read from the match itself.
_FORWARD_HEAD = _r(r"(?:前|まえ)に$")
_FALL_START = _r(r"^(?:倒|たお|転|ころ|こけ|のめ|つんのめ|崩|くず|突っ伏|つっぷ|うつ伏|うつぶ)")


def _forward_fall(ctx: _Context) -> bool:
    return bool(_FORWARD_HEAD.search(ctx.head) and _FALL_START.match(ctx.matched))


def assess_match(rule: Rule, ctx: _Context) -> tuple[str | None, str]:
    """The level a match supports once its context is read, and a word on why."""
    why_not = _not_here_and_now(rule, ctx)
    if why_not in ("conditional", "hypothetical") and _REVEAL.search(ctx.message):
        why_not = None  # 「もし…と言い出したら。実は昨日、母がそう言ったんです」
    if why_not in ("conditional", "hypothetical") and rule.crisis and _SELF_REVEAL.search(ctx.message):
        why_not = None  # 「もし介護者が死にたいと思ったら…って、私のことです」
    if why_not:
        return None, why_not
    if answered := _answered_as_not_now(rule, ctx):
        return None, answered
    if _means_bought_for_an_ordinary_use(ctx):
        return None, "explained"
    if rule.level == EMERGENCY:
        if _left_by_a_past_stroke(rule, ctx):
            return None, "past"
        if _recurring_duration(rule, ctx):
            return rule.when_habitual, "habitual"
        if (
            rule.duration_is_evidence
            and _NOW_AND_THEN_TAIL.match(ctx.tail)
            and not _NOW.search(ctx.head + ctx.after)
            and not _THIS_TIME.search(ctx.message)
        ):
            return rule.when_habitual, "habitual"
        relieved = (
            _RESOLVED.search(ctx.after)
            or _FALSE_ALARM.match(ctx.after)
            or _HELP_ON_SCENE_HEAD.search(ctx.head)
            or (_THOUGHT_BUT_ONLY.match(ctx.after) and not _DISTRESS_NOW.search(ctx.after))
        )
        if relieved and not (rule.relieved_only_by_care and not _CARED_FOR.search(ctx.matched + ctx.after)):
            return None, "resolved"
        # A stroke's sign told as gone by now (「昨日ろれつが怪しかったけど、今朝はいつも通り」): perhaps a passing
        # stroke (TIA), which wants a doctor today, not silence; urgent, not 119 (a word of onset now keeps it).
        if rule.family == "stroke" and _GONE_BY_NOW_TAIL.match(ctx.tail) and not _HERE_AND_NOW.search(ctx.head):
            return URGENT, "passed"
        if (
            _NAMED_THING.fullmatch(ctx.matched)
            and (_ORDINARY_USE.search(ctx.after) or _COOKED_WITH_TAIL.match(ctx.tail))
            and not _HERE_AND_NOW.search(ctx.message)
            and not _ACT_OR_WISH_TO_DIE.search(ctx.message)
        ):
            return None, "explained"
        cleared = rule.family == "choking" and _THROAT_CLEARED.search(ctx.after)
        if cleared and not _THROAT_DISTRESS.search(ctx.after[cleared.end() :]):
            return None, "resolved"
        if _BOOKED_VISIT.search(ctx.after) and _NIGHT_BEFORE.search(ctx.head) and not _HERE_AND_NOW.search(ctx.message):
            return None, "resolved"
        listed = rule.duration_is_evidence and _DAYS_LISTED.search(ctx.head)
        if _forward_fall(ctx):
            ctx = replace(ctx, head=ctx.head[: -len(_FORWARD_HEAD.search(ctx.head).group(0))])
        if (
            (
                _is_past(
                    ctx.head,
                    bool(_PAST_SENTENCE_END.search(ctx.matched + ctx.tail))
                    and not _HERE_AND_NOW.search(ctx.head + ctx.matched + ctx.tail),
                    ctx.tail,
                )
                and not listed
                and not _past_in_a_clause(
                    ctx.head,
                    bool(_PAST_SENTENCE_END.search(ctx.matched + ctx.tail))
                    and not _HERE_AND_NOW.search(ctx.head + ctx.matched + ctx.tail),
                )
            )
            or _past_tail(ctx)
            or _happened_before(ctx)
            or _old_scar(ctx)
            or _home_and_well_since(ctx)
        ):
            return None, "past"
        long_standing = rule.when_habitual is not None and (
            _LONG_STANDING_AFTER.search(ctx.after)
            or (
                (_LONG_STANDING_FRAGMENT.search(ctx.after) or _LONG_STANDING_TOPIC_TAIL.match(ctx.tail))
                and not _NOW.search(ctx.after)
                and not _HERE_AND_NOW.search(ctx.message)
                and not (_LONG_STANDING_TOPIC_TAIL.match(ctx.tail) and _WORSE_NOW.search(ctx.after))
            )
        )
        if not rule.duration_is_evidence and (_is_habitual(ctx) or long_standing):
            return rule.when_habitual, "habitual"
        if rule.family == "heart_breathing" and _MILD_HEAD.search(ctx.head):
            return ADVICE, "mild"  # 「少し息苦しい」: #7119, and the model may still raise it or ask
        if (
            rule.family == "unresponsive"
            and _ANSWERS_LITTLE.search(ctx.matched)
            and not _HERE_AND_NOW.search(ctx.message)
        ):
            return ADVICE, "mild"  # 「話しかけてもあんまり返事ない」: listless; #7119, and the model may still raise it
        if rule.id in ("collapsed", "heatstroke", "heat_signs") and _REASSURED.search(ctx.message):
            return URGENT, "awake and talking"
        if rule.family == "choking" and _THROAT_FINE.search(ctx.message):
            return URGENT, "breathing and talking"
        return EMERGENCY, "now"
    still = rule.crisis and bool(_STILL_THINKING.search(ctx.after))
    if rule.level == URGENT:
        if _left_by_a_past_stroke(rule, ctx):
            return None, "past"
        if (_is_distant_past(ctx.head) or _past_tail(ctx)) and not _NOW.search(ctx.head) and not still:
            return None, "past"
        if (
            rule.crisis
            and (_is_distant_past(ctx.head) or _LONG_AGO_TAIL.match(ctx.tail))
            and not _NOW.search(ctx.head)
            and _WELL_NOW_CONTRAST.search(ctx.after)
        ):
            return None, "past"
        if rule.resolvable and not still and (_URGENT_RESOLVED.search(ctx.after) or _is_past(ctx.head)):
            return None, "resolved"
        return URGENT, "now"
    if _RESOLVED.search(ctx.after):
        return None, "resolved"
    if (_is_past(ctx.head) or _past_tail(ctx)) and not still:
        return None, "past"
    return rule.level, "now"


@dataclass(frozen=True, slots=True)
class Trace:
    """One rule match and what the context made of it (for tests and for reading errors)."""

    rule: str
    matched: str
    verdict: str | None
    why: str


def _sentence_of(sentences: list[tuple[int, int]], pos: int) -> int:
    return next((i for i, (a, b) in enumerate(sentences) if a <= pos < b), len(sentences) - 1)


def _earlier_episode(exception: re.Match[str], idx: int, sentences: list[tuple[int, int]], compact: str) -> bool:
    """A rule's exception told of an earlier episode, and the match (in sentence `idx`) of now: 「去年もオレオレ
    が来たけどその時は切った。でも今日のは…もうすぐ来るって」「先月も出ていったが帰ってきた。今日はまだ戻らない」.
    The exception's sentence is in the past up to it; a later sentence, up to the match's, has a word of now."""
    e_idx = _sentence_of(sentences, exception.start())
    if e_idx >= idx:
        return False
    e_start, e_end = sentences[e_idx]
    if not _is_past(compact[e_start : exception.end()]):
        return False
    between = compact[e_end : sentences[idx][1]]
    return bool(_NOW.search(between) or _HERE_AND_NOW.search(between))


# Where each rule's pattern, needs (read in the whole message) and exception may start in a message: found in
# one pass for all of them (`fastre.Scanner`), so a rule none of whose words occurs costs no regex call.
_RULE_SCANNER = fastre.Scanner(
    p
    for rule in RULES
    for p in (rule.pattern, None if rule.needs_in_sentence else rule.needs, rule.unless)
    if p is not None
)


_SWEAT_MARK = _r(r"[(（]汗[)）]|[(（]汗汗[)）]|💦")  # a mark of embarrassment, no sweat of the body


def _chest_laughed_off(ctx: _Context) -> bool:
    """The writer's own chest, laughed off (「推しが尊くて胸が苦しい(笑)」): not of one's own person, no body sign."""
    laughed = _LAUGHED_OFF_TAIL.match(ctx.tail) if _CHEST_MATCH.match(ctx.matched) else None
    if laughed is None:
        return False
    said = ctx.head + ctx.tail[: laughed.end()]
    return (
        not _ONES_OWN_PERSON.search(said)
        and not _REALLY.search(ctx.head + ctx.tail)
        and not _BODY_OR_NOW.search(_SWEAT_MARK.sub("", ctx.message))
        and not _HERE_AND_NOW.search(ctx.message)
    )


def _home_and_well_since(ctx: _Context) -> bool:
    """Told in the past on a past day, then back home and well now, with nothing of distress after that."""
    if not (_YESTERDAY.search(ctx.head) or _PAST.search(ctx.head)) or not _PAST_SENTENCE_END.search(
        ctx.matched + ctx.tail
    ):
        return False
    rest = ctx.message[len(ctx.before) + len(ctx.head) + len(ctx.matched) + len(ctx.tail) :]
    well = _HOME_AND_WELL_NOW.search(rest)
    if well is None:
        return False
    others = rest[: well.start()] + rest[well.end() :]
    return not _HERE_AND_NOW.search(others) and not _DISTRESS_NOW.search(rest[well.start() :])


def _is_a_history_well_now(rule: Rule, ctx: _Context) -> bool:
    """A sign named as a past stay in hospital or a history, the person well now (not for thoughts of death)."""
    named = _ILLNESS_HISTORY_TAIL.match(ctx.tail) or _ILLNESS_HISTORY_MATCHED.search(ctx.matched)
    if rule.crisis or not named or not _WELL_SINCE.search(ctx.message):
        return False
    rest = _THIS_SEASON.sub("", _WELL_SINCE.sub("", ctx.message))
    return not _FLARED_AGAIN.search(ctx.message) and not _HERE_AND_NOW.search(rest) and not _DISTRESS_NOW.search(rest)


def _matches(compact: str):
    sentences = _sentences(compact)
    scanned = _RULE_SCANNER.scan(compact)
    for rule in RULES:
        if rule.needs is not None and not rule.needs_in_sentence and not scanned.search(rule.needs):
            continue
        exceptions = scanned.matches(rule.unless) if rule.unless is not None else []
        for m in scanned.matches(rule.pattern):  # = rule.pattern.finditer(compact), faster
            idx = _sentence_of(sentences, m.start())
            # The message says the danger is over or not real (「断った」「保護された」): set aside, unless
            # that was said of an earlier episode and this match is about now.
            if any(not _earlier_episode(e, idx, sentences, compact) for e in exceptions):
                yield rule, m.group(0), None, "exception"
                continue
            s_start, s_end = sentences[idx]
            next_end = sentences[idx + 1][1] if idx + 1 < len(sentences) else s_end
            if rule.needs_in_sentence and not rule.needs.search(compact[s_start:s_end]):
                continue
            ctx = _Context(
                head=compact[s_start : m.start()],
                tail=compact[m.end() : s_end],
                after=compact[m.end() : next_end],
                message=compact,
                matched=m.group(0),
                previous=compact[sentences[idx - 1][0] : s_start] if idx > 0 else "",
                before=compact[:s_start],
            )
            level, why = assess_match(rule, ctx)
            yield rule, m.group(0), level, why


# Sign words spelled out in kana that the rules know in kanji or letters (「ははがゆくえふめい」「えーてぃーえむに
# いって」「おうとうがない」「すがたをみせない」): older writers and voice input without kanji conversion. Only words
# long enough not to occur inside others; the rules list the short kana spellings (まが, ち) themselves.
_KANA_WORDS = {
    "ゆくえふめい": "行方不明",
    "ゆくえ": "行方",
    "えーてぃーえむ": "atm",
    "えいてぃーえむ": "atm",
    "えーてーえむ": "atm",
    "おうとう": "応答",
    "すがた": "姿",
}
_KANA_WORD = _r("|".join(sorted(map(re.escape, _KANA_WORDS), key=len, reverse=True)))


# A sentence cut by commas into short pieces (「くちが、かたほう、さがってて、ことばが、でない」): a smart speaker or
# voice input marking every pause, not clause breaks; its commas are read as the spaces they stand for.
_PAUSED_SENTENCE = _r(r"[^。!?\n、,]{1,6}(?:[、,][^。!?\n、,]{1,6}){3,}")


# A pause right after a negative predicate closes a clause (「あ、母がいない、庭にもいない、靴もない」): kept, so
# that 「いない」 still ends where the rules read it.
_PAUSE = _r(r"(?<!ない)(?<!ません)[、,]")


def _pauses_read_as_spaces(form: str) -> str:
    return _PAUSED_SENTENCE.sub(lambda m: _PAUSE.sub("", m.group(0)), form)


# Phrases set apart by slashes (「冬／母の手足冷たい／昔から」「恋して／胸が苦しい」): a writing habit, each slash a
# clause break read as a comma; not a date or a fraction (「12/5」), nor a slash inside a word in Latin letters.
_PHRASE_SLASH = _r(r"(?<=[^\x00-\x7f])/|/(?=[^\x00-\x7f])")


# 「まえ」 written as a word of its own between spaces (「まえ おじいさん たおれた。いま げんき」「おじいちゃん まえ
# いなくなった」): kana-only writers and voice input set words apart, and a lone まえ is "before, once" — read as 以前,
# a word of the past the rules know. Not 「いえ の まえ で」 (in front of), 「まえ に たおれた」 (fell forward), nor まえ
# inside a word (なまえ).
_SPACED_MAE = _r(r"(^|[\s、。,，!?！？])(?:まえ|マエ)(?=\s*[、,]|\s+(?!(?:で|の|を|まで)(?:\s|$)|に(?:\s|$)))")


def _spaced_mae(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        before = text[: m.start(1) + len(m.group(1))].rstrip()
        if before.endswith(("の", "ノ")):
            return m.group(0)  # 「いえ の まえ」: in front of
        return m.group(1) + "以前"

    return _SPACED_MAE.sub(one, text)


# A message written as a field list, each answer after a short label and a colon or an arrow (「何を:睡眠薬 どれだけ:
# シート2枚分 今:呼べば目を開けるがすぐ寝てしまう」「Q 誰→向かいのおじいさん Q いつから→先週から見てない」「誰:父78
# 今:部屋にこもっている/手元:ロープ」): the fields are one account, read as clauses of one sentence. The labels are
# questions the writer answers, not questions asked (いつから, 何を are no hypothetical), so they are dropped, save
# those whose sense the answer needs: 今 (now), 手元 (at hand), 何を (the object), 誰 (the subject). Two fields at
# least, the label a known field word or one after 「Q」; not a time (「10:30」) nor a ratio.
_FIELD_LABEL = (
    r"誰|だれ|何を|なにを|何|なに|どれだけ|どのくらい|どれくらい|量|いつ|いつから|いつ頃|時間|時刻|今|いま|現在|様子|状態|状況"
    r"|場所|どこ|どこで|手元|持ち物|言っている言葉|言っていること|言葉|発言|年齢|症状|経過|理由|相手|関係|その他|備考|用件|内容"
    r"|気持ち|きもち|気分|きぶん|心境|思い|考え|予定|これから"
)
# …also as a self-interview of Q and A letters with no separator (「Q誰 A私 Q今 A台所 Q気持ち A…」): the question a
# known field word, so that a sign asked about (「Q 倒れた A 去年」, read by _answer_to_question) is not dropped.
_QA_FIELD = r"Q\s*(?P<qa>" + _FIELD_LABEL + r")\s*A(?![a-z])\s*"
_FIELD = _r(
    r"(?:^|(?<=[\s/、。,]))(?:Q\s*(?P<q>[^\s:→/、。]{1,8})\s*→|"
    + _QA_FIELD
    + r"|(?P<label>"
    + _FIELD_LABEL
    + r")\s*[:→])\s*"
)
_QA_FIELDS = _r(r"(?:^|\s)" + _QA_FIELD + r"[^\s]")
_FIELD_SENSE = {"今": "今、", "いま": "今、", "現在": "今、", "手元": "手元に", "持ち物": "手元に"}


def _field_list(text: str) -> str:
    fields = list(_FIELD.finditer(text))
    if len(fields) < 2:
        return text
    out: list[str] = [text[: fields[0].start()]]
    for i, m in enumerate(fields):
        end = fields[i + 1].start() if i + 1 < len(fields) else len(text)
        value = text[m.end() : end].strip().rstrip("/、,")
        if not value:
            continue
        label = m.group("label") or m.group("q") or m.group("qa")
        if label in ("何を", "なにを"):
            value += "を"
        elif label in ("誰", "だれ") and not value.endswith(("が", "は")):
            value += "が"
        out.append(_FIELD_SENSE.get(label, "") + value + "、")
    return "".join(out).rstrip("、")


# Readings in parentheses after kanji (「祖父(そふ)が入(い)れ歯(ば)を飲(の)みそうに」): written for young or foreign
# readers, they cut the words the context readers look for (「飲|(の)みそう」), so they are dropped — only when the
# message uses them at least twice, so a lone remark in kana (「母(いない)」) stays.
_FURIGANA = _r(r"(?<=[一-龥々〆ヶ])\([ぁ-ゖー]{1,10}\)")


def _reading(text: str) -> str:
    """The compact form the rules read: sign words spelled out in kana read as the lexicon knows them, commas
    that only mark speech pauses read as spaces, slashes between phrases read as commas, a lone spaced まえ
    read as 以前."""
    fields = False
    nfkc = unicodedata.normalize("NFKC", text)
    qa = ("Q" in text or "Ｑ" in text) and bool(_QA_FIELDS.search(nfkc))
    if ":" in text or "：" in text or "→" in text or qa:
        listed = _field_list(nfkc)
        fields = listed != nfkc
        text = listed if fields else text
    if "まえ" in text or "マエ" in text:
        text = _spaced_mae(unicodedata.normalize("NFKC", text) if fields else nfkc)
    elif not fields:
        text = nfkc  # compact() would normalise the message again; it finds this form normalised already
    form = compact(text)
    # the commas set between fields are clause breaks, not pauses
    if form.count("、") + form.count(",") >= 3 and not fields:
        form = _pauses_read_as_spaces(form)
    if "(" in form and len(_FURIGANA.findall(form)) >= 2:
        form = _FURIGANA.sub("", form)
    if "/" in form:
        form = _PHRASE_SLASH.sub("、", form)
    if "ゆくえ" in form or "てぃー" in form or "てーえむ" in form or "おうとう" in form or "すがた" in form:
        form = _KANA_WORD.sub(lambda m: _KANA_WORDS[m.group(0)], form)
    return form


def explain(text: str) -> list[Trace]:
    return [Trace(rule.id, matched, level, why) for rule, matched, level, why in _matches(_reading(text))]


def _joking(text: str) -> bool:
    return bool(_LAUGHTER.search(unicodedata.normalize("NFKC", text)))


def assess_urgency(text: str) -> UrgencyResult:
    """Apply every rule to one message; the highest level found wins."""
    findings: list[UrgencyFinding] = []
    counted: set[str] = set()
    dismissed = crisis_dismissed = firmly = False
    about_to_call: str | None = None
    compact_form = _reading(text)
    joking = _joking(text)
    for rule, matched, level, why in _matches(compact_form):
        # Death or the heart said to be near as a manner of speaking (「疲れて死にそう」「心臓が止まりそうなくらい驚いた」:
        # the match is the 「…そう」 itself) is no sign set aside: the model reads the message as if no rule had.
        manner_of_speaking = matched.endswith("そう") and why in ("figure of speech", "not yet")
        dismissed = dismissed or (
            rule.level == EMERGENCY and level != EMERGENCY and why in _DISMISSALS and not manner_of_speaking
        )
        # Whatever its level, a sign that is an animal's or seen on television is nobody's emergency.
        dismissed = dismissed or (level is None and why in _NOT_A_PERSON_NOW)
        crisis_dismissed = crisis_dismissed or (rule.crisis and level is None and why in _DISMISSALS)
        # An animal named as the subject (「飼い犬が脱走して帰ってこない」) is said in so many words too.
        firmly = firmly or (why in ("negated", "an animal") and level is None)
        if why == "about to" and about_to_call is None:
            about_to_call = rule.call
        if level is None or rule.id in counted:
            continue
        counted.add(rule.id)
        call = rule.call if level == rule.level else (ADVICE_NUMBER if level == ADVICE else None)
        findings.append(UrgencyFinding(rule.id, level, call, rule.reason, matched, rule.family, rule.crisis))
    result = summarise(findings)
    figure = bool(fastre.search(NOT_CRISIS, compact_form))
    # a wish for once more before one dies: set aside, but not in so many words (the model may still overrule)
    crisis_dismissed = crisis_dismissed or figure or bool(BUCKET_LIST.search(compact_form))
    # a saying that is someone's habit, of someone said to be well (the model may still overrule)
    crisis_dismissed = crisis_dismissed or bool(HABIT_SAYING_OF_THE_WELL.search(compact_form))
    # content to go whenever, said with a laugh (the model may still overrule)
    crisis_dismissed = crisis_dismissed or bool(CONTENT_TO_GO_LAUGHED.search(compact_form))
    # not sure whether one took a dose: a memory worry, no thought of death (the model may still overrule)
    crisis_dismissed = crisis_dismissed or (not findings and _unsure_if_taken(compact_form))
    # The rules read death words as thoughts without an act now (urgent, crisis): a model alarm on the
    # same message would be a crisis read as an emergency, so the model may only ask the safety question.
    # Not for words reported as said now (「死ぬって言ってる」), which may come with the act.
    dismissed = dismissed or any(f.crisis and f.level == URGENT and f.rule in _NO_ACT_NOW for f in findings)
    # Laughter marks a joke: the model alone may then only ask (「顔が固まって動かないのよ😂」); the rules'
    # own emergencies stand (recall first).
    dismissed = dismissed or joking
    # also as written, before pause commas are read as spaces (「母いない、あ、二階にいた」 keeps its 「あ、」), when
    # that differs from the rules' reading (most messages: it does not, and one reading is enough)
    settled = (
        not result.findings
        and not dismissed
        and (_settled(compact_form) or ((written := compact(text)) != compact_form and _settled(written)))
    )
    return replace(
        result,
        settled=settled,
        dismissed=dismissed and result.urgency != EMERGENCY,
        crisis_dismissed=crisis_dismissed and not result.crisis,
        firmly_dismissed=(firmly or figure) and result.urgency != EMERGENCY and not result.crisis,
        about_to_call=about_to_call if result.urgency != EMERGENCY else None,
    )


_NOT_A_PERSON_NOW = frozenset({"an animal", "seen in the media", "a notice", "a device"})
# Crisis rules whose match reads as a thought without an act now (see Rule.no_act_now).
_NO_ACT_NOW = frozenset(rule.id for rule in RULES if rule.no_act_now)


# Well again now, said in so many words (「いま だいじょうぶ」「今はもう落ち着いています」).
_WELL_NOW = _r(
    r"(?:今|いま)は?(?:もう)?[^。、]{0,14}?(?:元気|げんき|大丈夫|だいじょうぶ|落ち着|おちつ|回復|安定)"
    r"(?!じゃ|では|でな|しな|せず|してな|していな|ませ|か|かな|かどうか|そう)"
)


# Awake and answering when called, said in so many words (「呼べばちゃんと起きて返事する」「さっき声かけたら
# ちゃんと返事した」): where no rule saw a sign, the model alone may then only ask.
_AWAKE = _r(
    r"(?:呼べば|よべば|呼ぶと|よぶと|声を?かけ(?:ると|れば|たら)|こえを?かけ(?:ると|れば|たら)|起こすと|起こせば|おこすと|おこせば"
    # woken by a touch (「肩をたたいたら目を開けた」「体を揺すると起きる」)
    r"|(?:肩|かた|体|からだ|頬|ほお|ほっぺ|腕|うで)を?(?:叩|たた|揺す|ゆす|揺さぶ|ゆさぶ|さす|つつ|とんとん|トントン)(?:いたら|ったら|ると|れば|けば|く?と|したら|すると))"
    r"[^。]{0,16}?(?:(?:起き|おき|目を覚ま|目を開け|めをあけ)(?:る|た|て|ま)|(?:返事|へんじ|返答|答え|こたえ)(?:を|は|も)?(?:する|した|して|します|しまし|でき))"
    r"|(?:ちゃんと|すぐ|普通に|ふつうに|しっかり)(?:返事|へんじ|返答)(?:を|は|も)?(?:する|した|して|します|しまし|でき)"
)


# Not sure whether one took one's medicine (「薬飲んだか飲んでねえか、自分でもわかんなくなる」「飲み忘れたか分からなく
# なる」「服用したか失念する」): a memory worry about a dose, older people's common one, nothing taken now. Where no rule
# saw a sign the learned model may then only ask (as for a message said to be over), and its crisis flag is set aside
# below `crisis_overrule`. Not when how much is the question (「何錠飲んだか分からない」「全部飲んだかどうか」「二回飲んだ
# か」): that may be an overdose, and the rules read it as one.
_UNSURE_IF_TAKEN = _r(
    r"(?:飲んだ|のんだ|飲みました|のみました|服用した|ふくようした|服薬した|飲み忘れた|のみわすれた|飲み忘れ|のみわすれ)(?:の|ん)?か"
    r"(?:どうか|否か|いなか|[^。、]{0,10}?(?:飲|の|服用|ふくよう)[^。、]{0,8}?か)?[、,]?[^。]{0,16}?"
    r"(?:分から|わから|わかん|分かん|覚えて|おぼえて|覚えと|おぼえと|忘れ|わすれ|思い出せ|おもいだせ|失念|しつねん|自信が|不安|ふあん|迷|まよ)"
)
_HOW_MUCH_TAKEN = _r(
    r"何錠|なんじょう|何粒|なんつぶ|何個|なんこ|いくつ|何回|なんかい|何度|なんど|何袋|全部|ぜんぶ|大量|たいりょう|たくさん|沢山|いっぱい|まとめて"
    r"|一度に|いちどに|多く|おおく|多め|おおめ|余分|よぶん|二回|2回|二度|2度|倍|何日分|なんにちぶん|[0-9一二三四五六七八九十]+(?:錠|粒|日分|回分)"
    r"|(?:週間|しゅうかん|か月|ヶ月|カ月|月|つき)(?:分|ぶん)|空|から(?:に|っぽ)|減って|へって"
)


def _unsure_if_taken(message: str) -> bool:
    for m in _UNSURE_IF_TAKEN.finditer(message):
        start = max(message.rfind(c, 0, m.start()) for c in "。!！?？\n") + 1
        end = min((i for i in (message.find(c, m.end()) for c in "。!！?？\n") if i >= 0), default=len(message))
        if not _HOW_MUCH_TAKEN.search(message[start:end]):
            return True
    return False


# An earlier message taken back (「さっき…と書きましたが、隣の家にいました」「お騒がせしました」): over, whatever word
# of a moment ago the retraction itself uses.
_RETRACTED = _r(
    # (not an apology in advance: 「お騒がせしてすみません、夫が…」)
    r"(?:お騒がせ|おさわがせ)(?:しました|いたしました)"
    r"|(?:と|って)(?:書き|かき|送り|おくり|連絡し|れんらくし)ました(?:が|けど)[、,]?[^。]{0,30}?"
    r"(?:いました|いた(?:よ|ん|$|[、。])|(?:見|み)つかり(?:ました)|(?:見|み)つかった(?!ら)|(?:戻|もど|帰|かえ)って(?:きました|きた(?!ら)|ました))"
)


# The same in English, which the rules otherwise barely read (the message is compacted: lower case, no spaces).
# Said to be nothing now or a question asked ahead (「Nothing now, just want to know」「if … someday」「in case」), or a
# past event said to be over (「yesterday … he hung up right away」「last week … the police found her」); never when an
# English word of here and now is there too (「he is not breathing now」「still」「right now」「help」): a message that
# says it is happening keeps the model's alarm (recall first).
_ENGLISH_NOTHING_NOW = (
    r"nothing(?:now|happened|hashappened|'shappened|ishappening|isgoingon|iswrong)"
    r"|(?:just|only)(?:want(?:ed)?to|wanna|wishto|liketo|would(?:like|liketo))know|(?:just|only)(?:asking|curious)"
    r"|someday|inthefuture|incase|(?:^|[.!?,:;])whatif|tobeprepared|beforehand|inadvance"
)
_ENGLISH_PAST = (
    r"yesterday|lastnight|last(?:week|month|year|summer|winter|spring|autumn|fall)|(?:days|weeks|months|years)ago"
)
_ENGLISH_OVER = (
    r"hungup|found(?:her|him|them)|(?:police|they|we|someone)found|(?:is|was|'s|are|were)(?:fine|ok|okay|safe|alright|allright)"
    r"|recovered|nothinghappened|turnedout|(?:came|got)(?:back|home)"
)
_ENGLISH_SETTLED = _r(
    r"(?:" + _ENGLISH_NOTHING_NOW + r")"
    r"|(?:"
    + _ENGLISH_PAST
    + r")[^。]*?(?:"
    + _ENGLISH_OVER
    + r")|(?:"
    + _ENGLISH_OVER
    + r")[^。]*?(?:"
    + _ENGLISH_PAST
    + r")"
)
# (not 「know」「snow」「nothing now」 nor 「nowhere」)
_ENGLISH_HERE_AND_NOW = _r(
    r"(?<!k)(?<!s)(?<!nothing)now(?!here|n)|still|currently|atthemoment|help(?!ful|line)|hurry|emergency|asap"
    r"|can't|cannot|can'?not|won't|isn't|not(?:breathing|moving|responding|waking|answering)|unconscious|bleeding"
)


def _settled_in_english(message: str) -> bool:
    return bool(_ENGLISH_SETTLED.search(message)) and not _ENGLISH_HERE_AND_NOW.search(message)


def _settled(message: str) -> bool:
    """The message says it is over, past, hypothetical or general (or the person answers when called),
    and nothing of here and now."""
    here = [m.start() for m in _HERE_AND_NOW.finditer(message)]
    retracted = max((m.end() for m in _RETRACTED.finditer(message)), default=-1)
    if retracted >= 0 and all(h < retracted for h in here):
        return True  # 「さっき父がいないと書きましたが、隣の家にいました。お騒がせしました」
    if here:
        # 「さっき薬を吸って治った。いま大丈夫」: said to be over after every word of here and now
        last_well = max((m.start() for m in (*_WELL_NOW.finditer(message), *_AWAKE.finditer(message))), default=-1)
        return last_well >= max(here)
    # (the long patterns through fastre: the same match, found faster)
    return bool(
        fastre.search(_RESOLVED, message)
        or fastre.search(_SETTLED_WORDS, message)
        or fastre.search(_GENERAL_TOPIC, message)
        or _HOW_UNKNOWN.search(message)
        or _AWAKE.search(message)
        or _unsure_if_taken(message)
        or ESTRANGED.search(message)
        or _settled_in_english(message)
    )


_DISMISSALS = frozenset(
    {
        "seen in the media",
        "an animal",
        "past",
        "resolved",
        "conditional",
        "hypothetical",
        "general question",
        "negated",
        "worry",
        "habitual",
        "exception",
        "figure of speech",
        "someone else's story",
        "explained",
        "about to",
        "not yet",
        "a notice",
        "a prognosis",
        "a thought",
        "fiction being written",
        "testing the bot",
        "leftover medicine",
        "sought for a role",
        "a device",
        "near miss",
    }
)


# No answer at the door (「呼んでも返事なし」「呼び鈴に応答がありません」) is read by unresponsive's `unconscious` too; with
# days of signs (unanswered_signs: 「三日見えない」「一週間お見えにならず」) and nobody seen lying or collapsed, the
# family is unanswered, which says more (days, may be lying inside). The number is 119 either way.
_DOOR_UNANSWERED = _r(r"返事|へんじ|応答|おうとう")
_KNOCKED = _r(r"ノック|のっく|インターホン|いんたーほん|呼び鈴|よびりん|チャイム|ちゃいむ|ドア|どあ|玄関|げんかん|戸を")
_BARE_NO_RESPONSE = _r(r"(?:反応|はんのう)(?:が|は)?(?:なし|無し|ない|無い|ありません)")


def _unanswered_at_the_door(findings: list[UrgencyFinding], top: UrgencyFinding) -> UrgencyFinding:
    if top.family != "unresponsive" or top.level != EMERGENCY:
        return top
    unresponsive = [f for f in findings if f.family == "unresponsive"]
    # 「ノックしても反応なし」: a bare 反応なし, where an unanswered rule read the knock or the bell, is the door's too
    at_the_door = any(f.family == "unanswered" and _KNOCKED.search(f.matched) for f in findings)
    if any(
        not (f.rule == "unconscious" and _DOOR_UNANSWERED.search(f.matched))
        and not (at_the_door and f.rule == "unresponsive_signs" and _BARE_NO_RESPONSE.fullmatch(f.matched))
        for f in unresponsive
    ):
        return _cause_named(findings, top)
    return next((f for f in findings if f.rule == "unanswered_signs" and f.level == EMERGENCY), top)


# Someone found limp or collapsed in a room whose heating or cooling failed (「ぐったりしてる。クーラー壊れて」「灯油切れで
# 部屋が冷蔵庫みたい…体が冷たくなって」): the family is heat_cold, which names the cause (the number is 119 either way).
_HEATING_OR_COOLING = _r(
    r"クーラー|くーらー|エアコン|えあこん|冷房|れいぼう|暖房|だんぼう|ストーブ|すとーぶ|ヒーター|ひーたー|灯油|とうゆ|こたつ|コタツ|扇風機"
)


def _cause_named(findings: list[UrgencyFinding], top: UrgencyFinding) -> UrgencyFinding:
    if any(
        f.family == "heat_cold" or (f.rule == "no_heating" and _HEATING_OR_COOLING.search(f.matched)) for f in findings
    ):
        return replace(top, family="heat_cold")
    return top


def summarise(findings: list[UrgencyFinding]) -> UrgencyResult:
    if not findings:
        return UrgencyResult(ROUTINE, None, None, ())
    top = max(findings, key=lambda f: _RANK[f.level])  # first of the highest level: table order
    top = _unanswered_at_the_door(findings, top)
    advice = ADVICE_NUMBER if any(f.level == ADVICE for f in findings) else None
    crisis = next((f for f in findings if f.crisis), None)
    reason = f"{top.reason}「{top.matched}」"
    if top.level == EMERGENCY:
        return UrgencyResult(EMERGENCY, reason, top.call, tuple(findings), crisis is not None, top.family)
    if crisis is not None:  # a crisis is at least urgent, and its reason is the one staff see first
        return UrgencyResult(URGENT, f"{crisis.reason}「{crisis.matched}」", advice, tuple(findings), True, None)
    if top.level == URGENT:
        return UrgencyResult(URGENT, reason, advice, tuple(findings))
    return UrgencyResult(ROUTINE, reason, advice, tuple(findings))
