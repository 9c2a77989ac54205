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
from nlp.rules import ADVICE, ADVICE_NUMBER, CRISIS, EMERGENCY, FAMILIES, ROUTINE, RULES, URGENT, Rule
from nlp.rules.base import IMA as _IMA
from nlp.rules.base import PERSON_SUBJECT
from nlp.rules.crisis import NOT_CRISIS

_RANK = {EMERGENCY: 3, URGENT: 2, ADVICE: 1, ROUTINE: 0}
__all__ = ["ADVICE_NUMBER", "CRISIS", "EMERGENCY", "FAMILIES", "RULES", "Rule", "URGENT", "assess_urgency", "explain"]


def _r(p: str) -> re.Pattern[str]:
    return re.compile(p)


# --- reading a match in its sentence ------------------------------------------------------------

# Negation right after the matched predicate: 倒れ|ていない, 出血|はない, 叩く|音などはありません, also after a
# stem that ends before ん or 込ん (座り込|んではいません, 倒れ|込んではいない).
_NEGATION = _r(
    r"^(?:(?:込|こ)?んで|て|で|と|く|っ|さ)?(?:ような|みたいな)?(?:音|こと|様子|跡|形跡|の)?(?:など|とか|たり)?(?:は|も|が)?(?:もう|全く|まったく|一度も|絶対|ぜったい|決して|けっして)?"
    r"(?:して|し|て|見られ|みられ|あらしま|ありま|あら|あり|ござい|おら|おり)?(?:い|お|ら)?"
    r"(?:ない|無い|ません|なかった|なく(?!な)|ず(?!っと)|ねえ|ねぇ|へん(?![じなだでにとがよ])|ひん(?![じな])"
    # ん after a stem (「来ん」), or after て, で, と, く, っ only where the clause ends (not the next word in kana
    # written without punctuation: 「かえってこない でんしゃに」「でんわも」)
    r"|(?<![てでとくっ])ん(?![でだやよじがなとど])|(?<=[てでとくっ])ん(?=$|[。、,!！?？…]|かっ|けど|けれど|のに|から|ね))"
)
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
# 「死にたいとは思わない」「死にたいなどとは思っておりません」
_NEGATED_THOUGHT = _r(
    r"^(?:など|なんて)?(?:と|とは|とまでは|って|なんて|なんか|とか)(?:思|おも)(?:わ|って(?:い|おり)?|った(?:こと|事)(?:は|も|が)?(?:一度も|いちども)?)(?:ない|ません|ず|なかった)"
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
    r"[^。、]{0,10}?(?:たり)?しないよう(?:に|、|$)",  # 薬を一度に|全部飲んだりしないよう
    # someone starting to say or show it, then a question (「胸が苦しいって言い出したら、どこに」): not what happened
    r"[^。、]{0,6}?(?:出し|だし|始め|はじめ)たら、?[^。]{0,16}?(?:どう(?:し|す|な)|どこ|何を|なにを|誰に|だれに|(?:いい|よい)(?:ですか|の|でしょう|か))",
    r"[りきしちにびみいえけせねべめれ](?:た|だ)ら(?!れ)",  # a match ending in the stem: 屋上から飛び降|りたら
    r"(?:ら|さ|ま|か|わ|が|ば|な|た)(?:せ|れ|せられ)(?:て|ちゃ)?(?:た|だ|っ)ら(?!れ)",  # 喉詰ま|らせたら, 飲|ませたら
    r"(?:れ|け)?れば|ければ",  # 倒れれば, 苦しければ
    r"(?:っ|ん|く|くなっ|なっ|になっ)?(?:る|た|だ|ない|い|の|く)?(?:時|とき|場合|際)(?:は|に|の|も|には|が(?!(?:ある|あり|あっ|多|おお))|用)",  # 倒れた時は, つまったときの; not 「…時がある」 (how often)
    r"る(?:と(?![言い聞思おきっ])|前|まえ|ように|よう(?:な|に))",  # 倒れると, 倒れる前に
    r"っ?(?:て|で)も(?!起|お|目|反|返|答|動|出|う|ら)",  # 倒れても, 泥棒が入っても; not 倒れてもう動かない
    r"(?:て|で)い?(?:て|で)も(?!起|お|目|反|返|答|動|出|う|ら|ず|ずっと)",  # 倒れてても, 倒れていても (even if lying there)
    r"[^。]{0,4}?(?:ない|ぬ|ねぇ|ねえ)(?:よう|ため|コツ|こつ|方法|ほうほう|工夫|くふう|対策|秘訣|ひけつ|ポイント|やり方|食べ方|たべかた)",  # 倒れないように, 飲まないように, 詰まらせないコツ
    r"(?:の)?(?:予防|防止|対策|危険|リスク|おそれ|恐れ)|に備え",
    r"(?:を|が)?(?:防|ふせ)(?:ぐ|ぎ(?!れ)|げ(?!な|ず|ませ)|ご)",  # 誤飲を防ぐ工夫, 転落を防ぎたい  # 転倒予防, 転倒の危険
    *_ABOUT_TO_TAILS,
    r"(?:て|で)ほし",  # いなくなってほしい
    # an instruction quoted (「一度に飲んではいけないと言われた」), not 「…いけないのに飲んでしまった」
    r"(?:(?:で|て)?(?:は|も)|ちゃ|じゃ)(?:いけ(?:ない|ません)|だめ|ダメ|駄目|あかん)(?:よ|です|だ)?(?:と|って)(?![^。]{0,12}?のに)",
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
# Someone in general in a drill or a method (「倒れた人の反応を確かめる練習をしました」): a general question.
_GENERIC_PERSON = _r(
    r"^(?:た|ている|てる|ていた)?(?:人|ひと|方|かた)(?:の|を|に|へ)[^。、]{0,12}?(?:練習|れんしゅう|訓練|くんれん|講習|こうしゅう|確かめ方|たしかめかた|見分け方|みわけかた)"
)
# Someone in general found in a case, and the procedure for it (「意識がない人を見つけたら」の手順」「倒れている人に
# 出会ったときの対応」): a general question; not 「意識がない人を見つけたので手順を教えて」 (found now).
_GENERIC_PROCEDURE = _r(
    r"^(?:た|ている|てる|ていた)?(?:人|ひと|方|かた)(?:を|に|と)[^。、]{0,8}?(?:たら|た(?:時|とき|場合)|る(?:時|とき|場合)|ときは|には)」?"
    r"(?:の|への)?(?:手順|てじゅん|対応|たいおう|対処|たいしょ|やり方|やりかた|方法|ほうほう|マニュアル|流れ)"
)
# Whether a general statement about the sign is true (「ろれつが回らないのは脳梗塞のサインって本当ですか」「倒れて
# 起き上がれないことがあるって本当？」「来ることは絶対ないって本当？」): the sign made a noun (のは, こと), then
# asked about; not 「母が倒れたって本当？」 (news of an event).
_IS_IT_TRUE = _r(
    r"^[^。]{0,16}?(?:のは|のが|のも|こと(?:が|は|も)|事(?:が|は|も))[^。]{0,20}?(?:って|というのは|というの|とは|と言うのは|っていうのは|っての)"
    r"(?:本当|ほんと|ホント|まこと|事実)"
)
# Not the hedge 「気のせいかもしれないけど」: its もし is no "if"; nor 「…ても仕方ない」 written in kana and run
# together (「いきて いても しかたない」 → 「いてもしかたない」), 「…てもしんどい」「…ても知らん」.
_CONDITIONAL_HEAD = _r(
    r"(?<!もし)(?<!か)もし(?!もし|[ょゃゅ]|か(?:したら|して|すると|すれば)|かた|んど|らな|らん)|万一|万が一|いざ(という|って)|将来|今後|老後|いつか|仮に|例えば|たとえば|心配なのは|予防|まえもって|前もって"
)
# Prevention or the future named earlier in the sentence, then a word of today after a break: no hypothetical.
_PREVENTION_HEAD = _r(r"予防|将来|今後|老後|いつか|まえもって|前もって")
_NOW_AFTER_A_BREAK = _r(
    r"[^。]{2,20}?(?:今日|きょう|今(?![後度回日])|(?<=[、」どがにて])いま|さっき|先ほど|さきほど|たった今)(?!から|まで)"
)
# A general question, with no sign of here and now anywhere: 「窒息の応急手当を習いたい」「見分け方を教えて」.
_GENERAL_TOPIC = _r(
    r"講座|こうざ|研修|けんしゅう|チラシ|ちらし|資料|パンフ|対処法|対処方法|たいしょほう|対応方法|応急手当|見分け方|みわけかた|サインを|目安|ならいたい|習いたい|覚えておきたい"
    r"|知っておきたい|まえもって|前もって|教えてほしい|おしえてほしい|(?:方法|やり方|仕方|しかた)を(?:教え|おしえ|知り|しり)|ノズル|用意しておく|備えて"
    r"|対応マニュアル|(?:捜索|避難)訓練"
    # the signs to be taught to someone beforehand (「母に教えておくには」「家族に伝えておきたい」)
    r"|(?:教え|おしえ|伝え|つたえ|知らせ|しらせ)て?(?:おく|おき)(?:には|ため|べき|方法|ほうほう|たい)"
)
# A clause closed by a polite ending, then another begins (「困難です彼女の胸は」: voice input, no punctuation).
_POLITE_END = _r(r"(?<=です|ます)(?![かがけよねのしとでにもらろわ、]|ん|た|け)")
# One's own person named as the subject (「私の母は」「父が」「彼女の」).
_ONES_OWN_PERSON = _r(r"(?:" + PERSON_SUBJECT + r"|ちち|そふ|そぼ|彼女|かのじょ)(?:は|が|の)")
_HERE_AND_NOW = _r(
    r"今(?![日年月週度回後朝はまで])|(?:^|(?<=[、。!?！？\s]))いま(?![すしせで])|さっき(?!の(?:続き|つづき|話|はなし|件|けん|相談|質問|メッセージ|連絡))|先ほど|さきほど|たった今|現在|本日|只今|ただいま|急に|突然|きゅうに|とつぜん|いきなり"
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
_HABIT_OF_THE_PERSON = _r(
    # also told in the past, as a long-standing habit or condition of the person's (「以前から散歩に出ていた
    # 母が」「前から散歩が日課だった祖母が」「去年から徘徊が始まった父が」「以前から物忘れのあった母が」): the sign
    # after the person is today's
    r"^[^。、]{0,16}?(?:る|てる|でる|ている|でいる|ておる|でおる|とる|どる|た|だ)(?:"
    + PERSON_SUBJECT
    + r"|ちち|はは|そふ|そぼ)(?:さん)?(?:が|は|も)"
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
_WORRY = _r(r"^[^。がをに]{0,8}?(?:ないか|ないかと|るか(?:も|と)|のでは|んじゃ(?:な|ね|ろ)|かもしれ|かも)")
_PAST = _r(
    r"先月|せんげつ|先週|せんしゅう|先日|せんじつ|一昨日|おととい|この間|このあいだ|去年|きょねん|昨年|さくねん|一昨年|おととし|いっさくねん|以前|いぜん|(?:^|(?<=[、。はもが]))(?:前に|まえに)|年前|か月前|ヶ月前|カ月前|ヵ月前|週間前"
    r"|この前|このまえ|こないだ|昔|むかし|かつて|前回|若い頃|あの時|あのとき|入院前|当時"
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
_PAST_TAIL = _r(
    r"^[^。]{0,4}?(?:(?:た|だ)こと(?:が|も|あり|ある)|てから(?!だ)|た後|たあと|た時は|たときは|た際|た経験|後遺症|て以来|ていらい)|^かった(?!ら)|^でした"
    r"|^[^。]{0,4}?(?:た|だ)の(?:を|が)?(?:思い出|おもいだ)"  # 倒れたのを思い出しまして
    # not 「たおれていてからだが」 (からだ, the body, in kana)
)
_DISTANT_PAST = _r(
    r"昔|むかし|かつて|若い頃|年前|当時|以前|いぜん|去年|きょねん|昨年|さくねん|一昨年|おととし|いっさくねん|先年|せんねん|往年|旧年|昨(?:春|夏|秋|冬)|前は|まえは|(?:^|(?<=[、。はもが]))(?:前に|まえに)"
)
# After a past time word: since then (「先週から」「先週の金曜から」「去年の暮れから」) or a comparison (「去年より」).
_TIME_OF = (
    r"(?:[月火水木金土日](?:曜日?)?|(?:げつ|か|すい|もく|きん|ど|にち)よう(?:び)?|週末|しゅうまつ|半ば|なかば|初め|はじめ|終わり|おわり|末|すえ|暮れ|くれ|頭|あたま"
    r"|朝|あさ|夜|よる|晩|ばん|昼|ひる|夕方|ゆうがた|午前|午後|[0-9０-９一二三四五六七八九十]+日)(?:の(?:朝|夜|晩|昼|夕方|午前|午後))?"
)
_SINCE_OR_THAN = _r(r"(?:の" + _TIME_OF + r")?(?:から|より|ずっと|と比べ|とくらべ|に比べ|にくらべ)")
# A thought of death told as past, then said to go on (「思ったことがあります。今もそう思う」): not past.
_STILL_THINKING = _r(
    r"(?:今|いま)(?:も|でも|だに)[^。]{0,8}?(?:そう|思|おも|考え|かんがえ|死|し[にのな]|消え|きえ)"
    r"|未だに|相変わらず|あいかわらず"
)
_HABITUAL_HEAD = _r(
    # not 「よくならない」 (not getting better), not 「いつもは…夫が」 (usually…, but now)
    r"朝から晩まで|時々|ときどき|時折|たまに|よく(?![見み聞きわ分確]|な[らっるいくれ])|しばしば|いつも(?!の|より|は[^。]{0,24}?(?:が|のに|けど|けれど))|度々|たびたび|頻繁|しょっちゅう|毎(日|晩|朝|回|週|年)|何度か|何回か|持病|一日中|一日じゅう"
)
_HABITUAL_TAIL = _r(
    r"^[^。]{0,6}?(?:(?:こと|時|とき)が(?:よく|たまに|時々|ときどき|しばしば|結構|けっこう)?(?:ある|あり|多)|ことも|がち|やすい|たびに|(?<![一1１])度に|癖)"
    r"|^(?:の|のは|のも)(?:昔|むかし|前|以前|ずっと|元々|もともと|若い頃)から|"
    # after the verb's ending (「くちがまがってるのはむかしから」「顔が歪んでいるのも生まれつき」)
    r"^[^。、]{1,5}?(?:のは|のも)(?:昔|むかし|元々|もともと|若い頃|わかいころ)から|^[^。、]{0,5}?(?:のは|のも)(?:生まれつき|うまれつき)|^[^。]{0,8}?(?:いつものこと|いつもの事)(?!じゃ|では|でな|でも(?:な|あり))"
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
    r"(?:間|かん|くらい|ほど|以上|前から|来)?(?:ずっと)?(?:この|こんな|こう)(?:状態|じょうたい|調子|感じ|様子|な|で|だ))"
    r"(?!じゃ|では|でな|でも(?:な|あり))"
)
_CHRONIC_HEAD = _r(
    r"(先月|先週|去年|昨年|年前|か月前|ヶ月前|カ月前|週間前|以前|"
    # 「ちょっと前から」「少し前から」「30分前から」 is an onset just now (also with small-kana slips: ちよつと)
    r"(?<!ょっと)(?<!よっと)(?<!よつと)(?<!ょつと)(?<!少し)(?<!すこし)(?<!分)(?<!時間)(?<!つい)前"
    r"|何年も|数年|ずっと|昔|むかし)から|長い間|持病|いつものこと"
    r"|(?:先月|せんげつ|先週|せんしゅう|去年|きょねん|昨年)の" + _TIME_OF + r"から"  # 「先週の金曜から」
)
# Someone did it for us: 連れて帰って|くださいました, 見つけて|もらった.
_GAVE = r"(くれ(まし|た(?!ら)|て)|くださ(い|っ)(まし|た(?!ら)|て)|もら(いまし|った(?!ら)|って))"
# The danger has already been dealt with (checked after the match, this and the next sentence).
_RESOLVED = _r(
    r"今は?(元気|大丈夫|落ち着|回復|普通|問題な)|いまは?(げんき|だいじょうぶ|おちつ|たいいん|なんとも|ふつう)|たいいんして|にゅういん(ちゅう|して|しました)|大事には至|大事に至らず|問題(は)?なかった|異常(は)?な(し|かった)|吐き出して|事なきを得|未遂で|もう(大丈夫|元気|回復|落ち着)|回復し|落ち着きました"
    r"|落ち着いて(い)?ます|退院し(?!たら)|入院(中(?!で(一人|ひとり|独り|留守|るす))|して(い|お)|した(?!ら)|しました|となり|になり)|治(った|りました|まった|まりました|って)(?!ら)|(治|おさ)まって(?!ら|い?な|い?ませ|こな|くれな)"
    r"|おさまっ|収まっ|救急車で運ばれ|救急搬送され|搬送され(?!たら)|救急車を呼(んで|びま|んだ(?!(ほう|方|ら)))|119番(し|通報し)"
    r"|病院に運ばれ|手術(を受け|し|後)|術後|命に別状はな|^(が|は)?残(り|っ|る)|(先週|先月|去年|昨年|以前|日前|週間前|昨日|きのう|昨夜|ゆうべ|おととい)(の(夜|朝|夕方|昼))?のこと|無事(でした|だった|に|見つか|保護)|見つかりました|保護され|後遺症|リハビリ"
    r"|(今|いま)は(家|うち|自宅|部屋)に(い|お)(ます|る)(?!はず|か|のに)"
    # cared for in hospital now (「現在は病院で見守られているそうです」「病院で処置を受けています」)
    r"|(病院|びょういん)で[^。、]{0,6}?(見守られ|みまもられ|治療を受け|ちりょうをうけ|手当てを受け|手当を受け|処置を受け|処置され|しょちされ)"
    r"|(起き|おき|目が覚め|めがさめ)(たら|ると)[^。]{0,8}?(普通|ふつう|元気|げんき|けろっと|ケロッと|いつも通り)"
    r"|(?<!だけ)(?<!だけが)(帰って|戻って)(来|き)(ました|た(?!ら|はず))|警察に(連絡|通報|相談)し(ました|た(?!ら)|て)|(110|119)番(し|通報し)(ました|た(?!ら)|て)"
    # well again, safe, brought home, told to wait and see by a professional, gone, a false alarm
    r"|(今|いま)は[^。]{0,4}?(元気|げんき|大丈夫|だいじょうぶ|落ち着|おちつ|回復|安定|けろっと|ケロっと|ケロッと|けろり|ケロリ|ぴんぴん|ピンピン)|元気に(なりました|なった(?!ら)|なって(い|お|き|ま))"
    r"|無事(です|でした|だった)|ぶじ(です|でした)|(連れ|つれ)て(帰|かえ|戻|もど)って(き(まし|た(?!ら))|" + _GAVE + r")"
    r"|(見つけ|みつけ|保護し|ほごし)て" + _GAVE + r"|(様子|ようす)を(見|み)て(よい|いい|も(よい|いい|大丈夫))"
    r"|(もう|既に|すでに)(帰って(い|お)?ます|帰りました|帰った(?!ら)|立ち去)|(お騒がせ|おさわがせ)(?!して(すみません|すいません|申し訳|もうしわけ|ごめん)(?!でした))|勘違いでした|かんちがいでした|見間違|みまちがい"
    # talked out of it in time (「声をかけたら思いとどまってくれました」); what was seen was not there (幻視)
    r"|(様子|ようす)(見|み)で(大丈夫|だいじょうぶ|いい|よい)(と|って)|(今日|きょう)も(普通|ふつう|元気|げんき)"
    r"|思いとどま|思い止ま|おもいとどま|未然に(防|ふせ)|幻視|幻覚|幻聴|実際(に)?は(誰|だれ)も(い|お)"
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
    r"|(?:心配|しんぱい|問題|もんだい)(?:は)?(?:ない|無い|ありません|いらない|要らない)(?:と|って|との)(?:言われ|いわれ|こと|説明)"
    r"|(?:元気|げんき|無事|ぶじ|大丈夫|だいじょうぶ)(?:だ|です|でいる)?(?:と|って|との)[^。、]{0,2}?(?:連絡|れんらく|電話|でんわ|メール|めーる|ライン|line|返事|へんじ)"
    r"(?:が|を|も)?(?:あり|あっ|来|き|もら)"
    r"|now(?:stable|fine|okay|ok)|(?:is|are|was)(?:fine|ok|okay|stable)now|(?<!t)recovered|doingwell|(?:is|are)(?:fine|ok)"
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
    r"|(?<=[がはもら])とれ|取れ|飲み込め|のみこめ|(?:喉|のど)を(?:通|とお)っ)"
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
)
# A past time word inside a relative clause on a person (「前に屋根工事をした業者の男が上がり込んで」): the
# past is the clause's, not the sign's.
_PAST_CLAUSE = _r(
    r"^[^。、]{0,16}?(?:した|やった|来た|きた|いた|だった|頼んだ|たのんだ)(?:業者|ぎょうしゃ|男|女|人|ひと|方|者|やつ|奴|セールス|営業|会社|職人)"
)
# …or on one's own person, the clause closed by a verb (「先月退院したばかりの、心臓の薬を飲んでいる母が」).
_PAST_CLAUSE_ON_OWN = _r(
    r"^[^。、]{0,16}?(?:た|だ)(?:ばかり|ばっかり)?の?、?(?:[^。、]{0,20}?(?:る|た|だ|ない))?"
    r"(?:" + PERSON_SUBJECT + r"|ちち|はは|そふ|そぼ)(?:さん)?(?:が|は|も)"
)
# How easily a food sticks (「喉に詰まりにくい正月料理」「詰まりやすい食べ物」): a property of food, asked in general.
_FOOD_PROPERTY = _r(
    r"^(?:ら|り|らせ)?(?:にくい|にくく|づらい|づらく)|^(?:ら|り|らせ)?やすい[^。、]{0,10}?(?:食べ物|たべもの|食品|しょくひん|料理|りょうり|おかず|メニュー|めにゅー|レシピ|れしぴ"
    r"|献立|こんだて|お菓子|おかし|おやつ|餅|もち|正月|おせち|介護食|かいごしょく|もの|物)"
)
# An accident of a kind said to happen (「…を誤って口に入れる事故があると聞きました」): said in general.
_KIND_OF_ACCIDENT = _r(
    r"^[^。、]{0,8}?(?:る|た)?(?:事故|じこ|事例|じれい|ケース|トラブル)(?:が|も)(?:ある|あり|あっ|多|おお|起き|おき|増え|ふえ|相次)"
)
# The sign explained by deafness (「呼んでも返事がないのは耳が遠いせいです」).
_EXPLAINED_BY_DEAFNESS = _r(
    r"^(?:の|のは|のも)[^。]{0,6}?(?:耳が遠い|みみがとおい|耳が聞こえにく|みみがきこえにく|難聴|なんちょう|補聴器|ほちょうき)"
)
# A stroke-like sign explained, right after it or in an aside, by a dental or local anaesthetic (「顔がゆがむ(歯医者の
# 麻酔のせい)」「口が曲がってるのは麻酔が残ってるから」); not doubted or denied (「麻酔のせいかな」「麻酔のせいじゃ
# ない」「麻酔が切れたのに」).
_ANAESTHETIC_CAUSE = _r(
    r"^[^。]{0,12}?(?:麻酔|ますい)(?:の|が)?(?:せい|ため|影響|えいきょう|残|のこ|効|き(?:いて|いてる|いてい)|で)"
    r"(?![^。]{0,4}?(?:か(?:な|も|[?？]|しら|と)|じゃ|では|でな|でもな|とは|と(?:思|おも)|って(?:思|おも)|のに|けど|はず))"
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
# A fear of what may happen if something is done (「一週間分まとめて渡すと、間違えて全部飲まないか心配」): a
# condition (〜と、〜ば) then the fear, with nothing done or going on in between (「飲んでしまった、死なないか
# 心配」「意識がない、死なないか心配」 are no fear of the future).
_NOTHING_DONE = r"(?:(?![たっ]|[てで](?:る|い|お|しま|ま))[^。])"
_FEAR_LATER = _r(
    r"^" + _NOTHING_DONE + r"{0,12}?(?:[するうくぐむぶつぬ]と|[れせけめべ]ば)、?" + _NOTHING_DONE + r"{0,14}?"
    r"(?<![てで])(?<!てい)(?<!でい)ないか(?:心配|しんぱい|不安|ふあん|怖|こわ|ハラハラ|ひやひや|ヒヤヒヤ)"
)

# 「倒れてる！と思ったら、かかしでした」「行方不明かと思ったら二階で寝てた」: a false alarm told at once (not
# 「…と思ったら本当に倒れてた」).
_FALSE_ALARM = _r(
    r"^(?:て|で)?(?:る|いる|た|ます)?(?:の|ん)?か?[!！?？。]?[(（]?(?:と|って)(?:思|おも)ったら(?![^。]{0,4}?(?:本当に|ほんとに|ほんとうに|やっぱり|やはり|案の定))"
    # not a worse discovery (「夫がいない！と思ったら、靴もなくなってる」「…と思ったら玄関の鍵が開いてた」)
    r"(?![^。)）]{0,16}?(?:(?:も|まで)(?:ない|なく|無く|無い|ありません|なかった|ねえ|見当たら|みあたら)|なくなって|無くなって|いなくな|見当たらな|みあたらな|消えて|きえて|開いて|あいて|開けっ|あけっ))"
)
# An urgent worry that is over: 「今は治っています」「今は息子が届けてくれるので大丈夫」.
_URGENT_RESOLVED = _r(
    r"今は[^。]{0,20}?(大丈夫|元気|治って|治りました|退院|落ち着|平穏|食べられて|飲めて)|入院(中|して(い|お)|しました)|手術(を受け|後)|術後"
)
# Reassurance that the person is awake and talking: a `collapsed`/`heatstroke` match is then urgent.
_REASSURED = _r(
    r"(会話|話)(は|も)?(でき|出来)|意識(は|も)?(ある|あり|はっきり|しっかり)|返事(は|も)(する|します|でき)|動けます|話せます|(話せ|はなせ|しゃべれ|喋れ)て(い)?ます(?!か)|(話せ|はなせ|しゃべれ|喋れ)て(い)?る(?!か)"
)
_SENTENCE_END = _r(r"[。！？!?\n]")
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
_FEELING_TAIL = _r(
    r"^[^。]{0,5}?、?[^。、]{0,10}?(?:こと|事)を?(?:考え|かんがえ|思|おも)(?:る|う|っ|い)(?:と|たら|だけで)"
    r"|^[^。、]{0,2}?(?:る|た)?(?:思い|おもい)(?:だ|です|で|が|を|。|$)"
)
# Said as a joke (「胸が苦しいわ、なんて冗談言ってたら」「ろれつが回らんと冗談を言って」): not 「冗談じゃなく」.
_JOKE_TAIL = _r(
    r"^[^。]{0,8}?(?:なんて|なんちゃって|って|と|とか)、?(?:(?:冗談|じょうだん|ジョーク|軽口|かるくち)(?:を|で|めかして)?"
    r"(?:言|い(?:っ|い|う|わ)|飛ば|とば|たたい|叩い)|(?:ふざけ|おどけ)(?:て|た))"
)
_DEGREE_TAIL = _r(
    r"^(?:くらい|ぐらい|位|ほど)(?:よく|ぐっすり|深く|でした|だった|の勢い)"
    # 「請求書を見て息が止まるかと思った」: a shock likened to the sign (a state 「止まってるかと」 is not)
    r"|^[^。、]{0,1}?るか(?:と|って)(?:思|おも)(?:った|いました)"
    r"|^[^。、]{0,3}?(?:か(?:と|って)(?:思|おも)(?:う|った))?(?:ほど|くらい|ぐらい|ような|ように|まで)[^。]{0,3}?(?:悲し|かなし|悩|なや|嬉し|うれし|感動|切な|せつな|忙し|いそがし"
    r"|疲れ|つかれ|働|はたら|笑|わら|大変|たいへん|緊張|驚|おどろ|びっくり|寂し|さみし|さびし|好き|すき|幸せ|しあわせ|ドラマ|映画|職場"
    r"|心配|しんぱい|不安|ふあん|恥ずかし|はずかし|情けな|なさけな|悔し|くやし|申し訳|もうしわけ)"
    # a measure of how much was drunk, sung or played (「ろれつ回らんくらい飲んだ翌朝」「ろれつが回らないほど歌った」)
    r"|^[^。、]{0,6}?(?:ほど|くらい|ぐらい|まで)(?:お酒を|酒を)?(?:飲んだ|のんだ|呑んだ|飲み過ぎ|飲みすぎ|のみすぎ|歌っ|うたっ|歌い|うたい|騒い|さわい|はしゃ|遊ん|あそん)"
)
# Death words in a comparison, told as said laughing (「病院食を食べるくらいなら死んだほうがマシ」って笑って):
# a figure of speech; without the laugh it stays a crisis.
_COMPARISON_HEAD = _r(r"(?:くらい|ぐらい|位|なんか|より)なら[^。、]{0,2}$")
_LAUGHED_TAIL = _r(r"^[^。、]{0,3}?[」』](?:って|と)(?:笑|わら)")
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
# 「倒れ|ていないか心配」: a fear, not a negation (counts where the fear is the emergency).
_NEGATED_WORRY = _r(r"^[^。]{0,6}?(?:ない|ません)(?:か|かと|かって)")
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
    r"(?:テレビ|てれび|nhk|ニュース|にゅーす|ドラマ|どらま|番組|新聞|しんぶん|ラジオ|ネット|動画|映画|記事|youtube|ユーチューブ|漫画|マンガ|小説"
    r"|ドキュメンタリー|どきゅめんたりー|ドキュメント|ルポ|特番|ワイドショー"
    # an old photograph or album (「古い写真を見ていたら、脳出血で倒れた祖父の…写真が出てきました」)
    r"|写真|しゃしん|アルバム|あるばむ"
    # the town's loudspeakers and announcements (「防災無線で「行方不明の高齢者の方」の放送を聞くたびに」)
    r"|えいが|ばんぐみ|防災無線|ぼうさいむせん|防災放送|広報車|館内放送"
    # a drama's location shoot seen in the street (「近所でドラマのロケがあって、…倒れてるシーン撮ってた」)
    r"|ロケ|ろけ|撮影|さつえい|舞台|ぶたい|芝居|しばい)"
    r"(?:で|の|では|を見て|をみて)"
)
# 「〜ってやってて」「〜事故をやっとって」: a programme airing it (やる, also in dialect).
_MEDIA_TAIL = _r(
    r"^[^。、]{0,24}?(?:と|って)(?:聞|きい|きき|見|読|よん|知|やって|やっと|放送|ほうそう|流れ|なが|言ってて|いってて|言っていて|いっていて|言ってました|いってました)"
    r"|^[^。]{0,16}?(?:ニュース|にゅーす|場面|ばめん|シーン|しーん|特集|番組|記事|報道|放送|ほうそう|アナウンス|お知らせ|おしらせ|呼びかけ|よびかけ|映像|動画|ドラマ|映画|事件|事故|じけん|じこ|話|はなし"
    r"|ドキュメンタリー|どきゅめんたりー|ドキュメント|ルポ|特番|ワイドショー|写真|しゃしん|アルバム)(?:を|が|で|の|は|も)?[^。]{0,4}?"
    r"(?:見|み|観|読|よ(?:ん|み)|聞|き(?:き|い)|やって|やっと|流れ|なが|あ(?:り|っ)|し(?:て|た)|出て|でて|出てき|でてき"
    r"|撮|さつえい|とって(?:た|る|い|ま))"
)
# A statement told, then put down to a medium (「行方不明になる認知症の人が年に1万人以上とテレビで見て」「…と新聞に
# 載っていた」): what was seen or read, unless one's own person is its subject (「母が行方不明だとテレビで」).
_MEDIA_SOURCE_TAIL = _r(
    r"^[^。、]{0,30}?(?:と|って)(?:テレビ|てれび|nhk|ニュース|にゅーす|新聞|しんぶん|ネット|ラジオ|番組|ばんぐみ|記事|きじ|雑誌|ざっし"
    r"|広報|こうほう|回覧板|かいらんばん|ドキュメンタリー|特集|とくしゅう|ワイドショー)(?:で|に|の)[^。、]{0,8}?"
    r"(?:見|み(?:て|た|ま)|観|聞|きい|きき|読|よん|よみ|知っ|しっ|言って|いって|やって|載っ|のっ|書いて|かいて)"
)
# Said to be real, not acted or shown (「ロケかと思ったら本当に人が倒れてる」「ドラマの撮影で本物の…」).
_REALLY = _r(r"本当に|ほんとに|ほんとうに|ホントに|本物の|ほんものの|マジで|まじで|実際に|じっさいに")
# The sign as the topic of a programme watched (「行方不明の認知症高齢者のドキュメンタリーを見て」): the match
# qualifies the programme with の, in the same clause.
_MEDIA_TOPIC_TAIL = _r(
    r"^の[^。、]{0,12}?(?:ドキュメンタリー|どきゅめんたりー|ドキュメント|ニュース|にゅーす|番組|ばんぐみ|特集|特番|ドラマ|どらま|映画|えいが|記事|きじ|報道|ほうどう|ルポ)"
    r"(?:を|で|が|の)?(?:見|み|観|読|よ(?:ん|み)|聞|き(?:き|い)|やって|流れ|なが)"
)
# A character of a programme says it (「ドラマで主人公が「死にたい」って」): the speaker is the subject just
# before the match, so 「テレビで見て母が「死にたい」って」 (the mother says it) is not read so.
_MEDIA_CHARACTER = _r(
    r"(?:テレビ|てれび|ドラマ|どらま|映画|えいが|番組|ばんぐみ|漫画|マンガ|小説|アニメ|ニュース|舞台|芝居)(?:で|の|では)[^。、]{0,6}?"
    r"(?:主人公|しゅじんこう|登場人物|俳優|女優|役者|キャラ|出演者|司会者?|タレント|芸人|犯人|ヒロイン|アナウンサー|役の人)(?:が|は|も)[「『]?$"
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
_ABOUT_THE_WORD = _r(r"^[^。]{0,8}?[」』\"](?:って|とは|というのは|ってのは)(?:どんな|どういう|どうい|何|なに|なん)")
# The whole message says, in any sentence, that what it tells is over, past, hypothetical or a general
# question: where no rule saw a sign (English, a sign the rules do not know), the model alone may then
# only ask the safety question (「Grandpa had heart surgery in 2019, 今はとても元気です」).
# Not every hypothetical head word of _CONDITIONAL_HEAD: 「かもしれない」「いつか」 are no hypothetical.
_SETTLED_WORDS = _r(
    r"(?<![かとも])もし(?![れんもしょゃゅ]|か(?:したら|して|すると|すれば)|かた|らな|らん)|万一|万が一|いざ(?:という|って)|将来|今後|老後|仮に|予防|まえもって|前もって"
    # 「飲んだわけじゃないんです」「飛び降りるとかじゃないです」, 「落ちそうで怖い」
    r"|(?:た|だ|る)(?:わけ|訳)(?:じゃ|では)(?:ない|なく|ありません)|(?:とか|なんか)(?:じゃ|では)(?:ない|なく|ありません)"
    r"|そうで(?:怖|こわ|心配|しんぱい|不安|ふあん|ハラハラ|ひやひや|ヒヤヒヤ)"
    # violence denied in so many words (「手は出してない」「暴力はない」「叩いたりはしていません」); not 「まだ手は出してない」
    r"|(?<!まだ)(?:手|て)(?:は|を|も)(?:出して|だして|出さ|ださ|あげて|上げて|挙げて)(?:い|は)?(?:ない|ません|ねえ|へん)"
    r"|暴力(?:は|も)(?:ない|なく|ありません|ふるわ|振るわ|(?:ふる|振る)って(?:い)?(?:ない|ません))"
    r"|(?:叩|たた|殴|なぐ)(?:いたり|ったり)(?:は|も)(?:して|し)(?:い)?(?:ない|ません)"
    r"|whatshould(?:we|i)do|whatdo(?:we|i)doif|whatif|justincase|incase|howto|tips|prevent"
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


def _is_past(head: str, told_in_the_past: bool = False) -> bool:
    """The nearest time word before the match (outside quotations) is a past one, not followed by から
    (since, also 「先週の金曜から」) or より (a comparison).

    `told_in_the_past`: the sentence ends in the past tense with no word of here and now; a distant past
    word opening it, set off by a comma (「去年、」「昔、」), then frames it, and a time of night after it
    (「夜中に」) is that past night's (not 「先月、退院した父が夜中に倒れて動かなくなりました」)."""
    head = _outside_quotes(head)
    last_past = max(_PAST.finditer(head), key=lambda m: m.end(), default=None)
    if last_past is None:
        return False
    framed = (
        told_in_the_past
        and last_past.start() <= 1
        and head[last_past.end() :].startswith(("、", ","))
        and bool(_DISTANT_PAST.fullmatch(last_past.group(0)))
    )
    last_now = max(
        (m.end() for m in _NOW.finditer(head) if not (framed and m.group(0) in _NIGHT_WORDS)),
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
# The sentence told in the past (「…朝まで気づかなかった。」「…でした。」).
_PAST_SENTENCE_END = _r(r"(?:た|だ|かった|でした|ました)(?:ん(?:です|だ))?(?:よ|ね|な|の)?[。！!]?$")


@dataclass(frozen=True, slots=True)
class _Context:
    head: str  # the sentence before the match
    tail: str  # the sentence after the match
    after: str  # from the match to the end of the next sentence
    message: str
    matched: str
    previous: str = ""  # the sentence before this one


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
)
_BODY_CAUSE = r"暑|あつ(?:く|い|さ|す)|寒|さむ|痛|いた(?:く|い)|眠|ねむ|坂|階段|かいだん|登|のぼ|走|はしっ|はしり|歩|あるい|辛|から(?:く|い)"
_HYPERBOLE_BEFORE = _r(r"(?:" + _HYPERBOLE + r")[^。、]{0,6}?(?:て|で|すぎ)、?[^。、]{0,10}$")
_BODY_CAUSE_BEFORE = _r(r"(?:" + _BODY_CAUSE + r")[^。、]{0,6}?(?:て|で|すぎ)、?[^。、]{0,10}$")
# After the sign: 「…なくらい驚いた」「…なほど美しい」「死にそうに暑い」.
_HYPERBOLE_AFTER = _r(r"^[^。、]{0,4}?(?:(?:ほど|くらい|ぐらい|位)[^。、]{0,4}?|に)(?:" + _HYPERBOLE + r")")
_BODY_CAUSE_AFTER = _r(r"^[^。、]{0,4}?(?:(?:ほど|くらい|ぐらい|位)[^。、]{0,4}?|に)(?:" + _BODY_CAUSE + r")")
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


def _not_here_and_now(rule: Rule, ctx: _Context) -> str | None:
    """Why this match does not count (None when it counts as written)."""
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
        (conditional.match(ctx.tail) and not hearsay and not looks) or inside or _GENERAL_CASE.match(ctx.tail) or tara
    ):
        return "conditional"
    if (
        (_SIMILE_HEAD.search(ctx.head) and _SIMILE_TAIL.match(ctx.tail))
        or _FEELING_HEAD.search(ctx.head)
        or _FEELING_TAIL.match(ctx.tail)
        or _DEGREE_TAIL.match(ctx.tail)
        or (not rule.crisis and _JOKE_TAIL.match(ctx.tail))
        or (rule.crisis and _COMPARISON_HEAD.search(ctx.head) and _LAUGHED_TAIL.match(ctx.tail))
    ):
        return "figure of speech"
    head_word = max(_CONDITIONAL_HEAD.finditer(ctx.head), key=lambda m: m.end(), default=None)
    if head_word is not None and not (
        # 「前回「転倒予防を」と教わりましたが、今日転んで」: prevention or the future, then today
        _PREVENTION_HEAD.fullmatch(head_word.group(0)) and _NOW_AFTER_A_BREAK.search(ctx.head[head_word.end() :])
    ):
        return "hypothetical"
    source = _MEDIA_SOURCE_TAIL.match(ctx.tail)
    if (
        (_MEDIA_HEAD.search(ctx.head) and _MEDIA_TAIL.match(ctx.tail))
        or _MEDIA_CHARACTER.search(ctx.head)
        or _MEDIA_TOPIC_TAIL.match(ctx.tail)
        or (source and not _ONES_OWN_PERSON.search(ctx.head + ctx.tail[: source.end()]))
    ) and not _REALLY.search(ctx.head + ctx.tail):
        return "seen in the media"
    if _ANIMAL_SUBJECT.search(ctx.head) or _ANIMAL_AFTER.match(ctx.tail):
        return "an animal"
    if (
        _ABOUT_THE_WORD.match(ctx.tail)
        or _GENERIC_PERSON.match(ctx.tail)
        or _GENERIC_PROCEDURE.match(ctx.tail)
        or _IS_IT_TRUE.match(ctx.tail)
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
    if not rule.worry_counts and _WORRY.match(ctx.tail) and not _FEAR_OF_DEATH.match(ctx.tail):
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
    if rule.family == "unresponsive" and _EXPLAINED_BY_DEAFNESS.match(ctx.tail):
        return "explained"
    if rule.family == "stroke" and (
        _ANAESTHETIC_CAUSE.match(ctx.tail) or (_ANAESTHETIC_HEAD.search(ctx.head) and not _DOUBTED_TAIL.match(ctx.tail))
    ):
        return "explained"
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
    if not rule.crisis and (
        _NOT_THE_CASE.match(ctx.tail) or _AS_USUAL.match(ctx.tail) or _NEVER_HAPPENED.match(ctx.tail)
    ):
        return "negated"
    if (
        rule.negatable
        and (_NEGATION.match(ctx.tail) or _NEGATED_THOUGHT.match(ctx.tail))
        and not (rule.worry_counts and _NEGATED_WORRY.match(ctx.tail))
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
    return bool(_PAST_CLAUSE.match(rest)) or (not told_in_the_past and bool(_PAST_CLAUSE_ON_OWN.match(rest)))


def _past_tail(ctx: _Context) -> bool:
    """「倒れたことがある」「倒れてから」「痛めて|から」."""
    return bool(_PAST_TAIL.match(ctx.tail)) or (ctx.matched.endswith("て") and ctx.tail.startswith("から"))


def _happened_before(ctx: _Context) -> bool:
    """A match ending in た told as an experience: 「連絡つかなかった|ことが去年あって」."""
    return ctx.matched.endswith(("た", "だ")) and bool(_EXPERIENCE_TAIL.match(ctx.tail))


_EXPERIENCE_TAIL = _r(r"^(?:こと|事)(?:が|も|は)?[^。、]{0,6}?(?:ある|あり|あっ)")


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
            if not _WRITERS_ROUND.match(ctx.head[m.end() :]) and not _HABIT_OF_THE_PERSON.match(ctx.head[m.end() :])
        ),
        default=-1,
    )
    if last >= 0 and not any(m.start() >= last for m in _NOW.finditer(ctx.head)):
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
    return bool(_HABITUAL_TAIL.match(ctx.tail))


def assess_match(rule: Rule, ctx: _Context) -> tuple[str | None, str]:
    """The level a match supports once its context is read, and a word on why."""
    why_not = _not_here_and_now(rule, ctx)
    if why_not in ("conditional", "hypothetical") and _REVEAL.search(ctx.message):
        why_not = None  # 「もし…と言い出したら。実は昨日、母がそう言ったんです」
    if why_not in ("conditional", "hypothetical") and rule.crisis and _SELF_REVEAL.search(ctx.message):
        why_not = None  # 「もし介護者が死にたいと思ったら…って、私のことです」
    if why_not:
        return None, why_not
    if rule.level == EMERGENCY:
        relieved = _RESOLVED.search(ctx.after) or _FALSE_ALARM.match(ctx.after) or _HELP_ON_SCENE_HEAD.search(ctx.head)
        if relieved and not (rule.relieved_only_by_care and not _CARED_FOR.search(ctx.matched + ctx.after)):
            return None, "resolved"
        cleared = rule.family == "choking" and _THROAT_CLEARED.search(ctx.after)
        if cleared and not _THROAT_DISTRESS.search(ctx.after[cleared.end() :]):
            return None, "resolved"
        if _BOOKED_VISIT.search(ctx.after) and _NIGHT_BEFORE.search(ctx.head) and not _HERE_AND_NOW.search(ctx.message):
            return None, "resolved"
        listed = rule.duration_is_evidence and _DAYS_LISTED.search(ctx.head)
        if (
            (
                _is_past(
                    ctx.head,
                    bool(_PAST_SENTENCE_END.search(ctx.tail))
                    and not _HERE_AND_NOW.search(ctx.head + ctx.matched + ctx.tail),
                )
                and not listed
                and not _past_in_a_clause(
                    ctx.head,
                    bool(_PAST_SENTENCE_END.search(ctx.tail))
                    and not _HERE_AND_NOW.search(ctx.head + ctx.matched + ctx.tail),
                )
            )
            or _past_tail(ctx)
            or _happened_before(ctx)
        ):
            return None, "past"
        long_standing = rule.when_habitual is not None and _LONG_STANDING_AFTER.search(ctx.after)
        if not rule.duration_is_evidence and (_is_habitual(ctx) or long_standing):
            return rule.when_habitual, "habitual"
        if rule.family == "heart_breathing" and _MILD_HEAD.search(ctx.head):
            return ADVICE, "mild"  # 「少し息苦しい」: #7119, and the model may still raise it or ask
        if rule.id in ("collapsed", "heatstroke", "heat_signs") and _REASSURED.search(ctx.message):
            return URGENT, "awake and talking"
        if rule.family == "choking" and _THROAT_FINE.search(ctx.message):
            return URGENT, "breathing and talking"
        return EMERGENCY, "now"
    still = rule.crisis and bool(_STILL_THINKING.search(ctx.after))
    if rule.level == URGENT:
        if (_is_distant_past(ctx.head) or _past_tail(ctx)) and not _NOW.search(ctx.head) and not still:
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


def _matches(compact: str):
    sentences = _sentences(compact)
    for rule in RULES:
        if rule.needs is not None and not rule.needs_in_sentence and not rule.needs.search(compact):
            continue
        exceptions = list(rule.unless.finditer(compact)) if rule.unless is not None else []
        for m in rule.pattern.finditer(compact):
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


def _pauses_read_as_spaces(form: str) -> str:
    return _PAUSED_SENTENCE.sub(lambda m: m.group(0).replace("、", "").replace(",", ""), form)


def _reading(text: str) -> str:
    """The compact form the rules read: sign words spelled out in kana read as the lexicon knows them, commas
    that only mark speech pauses read as spaces."""
    form = compact(text)
    if form.count("、") + form.count(",") >= 3:
        form = _pauses_read_as_spaces(form)
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
    figure = bool(NOT_CRISIS.search(compact_form))
    crisis_dismissed = crisis_dismissed or figure
    # The rules read death words as thoughts without an act now (urgent, crisis): a model alarm on the
    # same message would be a crisis read as an emergency, so the model may only ask the safety question.
    # Not for words reported as said now (「死ぬって言ってる」), which may come with the act.
    dismissed = dismissed or any(f.crisis and f.level == URGENT and f.rule in _NO_ACT_NOW for f in findings)
    # Laughter marks a joke: the model alone may then only ask (「顔が固まって動かないのよ😂」); the rules'
    # own emergencies stand (recall first).
    dismissed = dismissed or joking
    settled = not result.findings and not dismissed and _settled(compact_form)
    return replace(
        result,
        settled=settled,
        dismissed=dismissed and result.urgency != EMERGENCY,
        crisis_dismissed=crisis_dismissed and not result.crisis,
        firmly_dismissed=(firmly or figure) and result.urgency != EMERGENCY and not result.crisis,
        about_to_call=about_to_call if result.urgency != EMERGENCY else None,
    )


_NOT_A_PERSON_NOW = frozenset({"an animal", "seen in the media"})
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
    r"(?:呼べば|よべば|呼ぶと|よぶと|声を?かけ(?:ると|れば|たら)|こえを?かけ(?:ると|れば|たら)|起こすと|起こせば|おこすと|おこせば)"
    r"[^。]{0,16}?(?:(?:起き|おき|目を覚ま|目を開け|めをあけ)(?:る|た|て|ま)|(?:返事|へんじ|返答|答え|こたえ)(?:を|は|も)?(?:する|した|して|します|しまし|でき))"
    r"|(?:ちゃんと|すぐ|普通に|ふつうに|しっかり)(?:返事|へんじ|返答)(?:を|は|も)?(?:する|した|して|します|しまし|でき)"
)


def _settled(message: str) -> bool:
    """The message says it is over, past, hypothetical or general (or the person answers when called),
    and nothing of here and now."""
    here = [m.start() for m in _HERE_AND_NOW.finditer(message)]
    if here:
        # 「さっき薬を吸って治った。いま大丈夫」: said to be over after every word of here and now
        last_well = max((m.start() for m in (*_WELL_NOW.finditer(message), *_AWAKE.finditer(message))), default=-1)
        return last_well >= max(here)
    return bool(
        _RESOLVED.search(message)
        or _SETTLED_WORDS.search(message)
        or _GENERAL_TOPIC.search(message)
        or _AWAKE.search(message)
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
    }
)


def summarise(findings: list[UrgencyFinding]) -> UrgencyResult:
    if not findings:
        return UrgencyResult(ROUTINE, None, None, ())
    top = max(findings, key=lambda f: _RANK[f.level])  # first of the highest level: table order
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
