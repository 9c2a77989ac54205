"""stroke (119): the signs of a stroke, even when nobody says 脳卒中 or 脳梗塞.

Face drooping on one side, speech failing, one side of the body weak or numb, sudden confusion,
a sudden very bad headache. The word itself is not needed: 「母の顔の片側が下がって、言葉が出ない」.
"""

from nlp.rules.base import EMERGENCY, URGENT, Rule, r, with_swapped_kana

_SIDE = r"(片側|片方|かたほう|かたがわ|半分|はんぶん|右|左|みぎ|ひだり|右側|左側|右半分|左半分|片(?=手|足|腕)|かた(?=て(?!ま)|あし))"
_LIMB = r"(手|足|手足|腕|うで|て|あし|てあし|半身|はんしん|指|ゆび|体|からだ)"
# a pause or a word of doubt between the part and how it is (「顔の片方が、なんだか下がっている」): doubt is no reason to wait
_HEDGE = r"[、,]?(なんだか|なんとなく|なんか|どうも|心なしか|こころなしか|明らかに|あきらかに|妙に|みょうに)?[、,]?"
# The negative that is the sign is matched whole: a stem cut before its own ん (「動きませ|ん」) reads as negated;
# the written negative 「動かず」 is as much the sign as 「動かない」.
_WEAK = (
    r"(動かな|うごかな|動かず|うごかず|動きません|うごきません|動かせな|動かせず|動かせません|しびれ|痺れ|シビレ|まひ|麻痺|マヒ"
    r"|力が入らな|ちからがはいらな|力が入らず|ちからがはいらず|力が入りません|感覚がな|ぶらん|だらん|"
    # typed in haste in kana, two kana swapped (「かたて うごなかい」)
    + with_swapped_kana("うごかない", "うごかせない")
    + r")"
)

RULES = (
    Rule(
        "stroke_speech",
        EMERGENCY,
        "119",
        "脳卒中の疑い(ろれつ・言葉)",
        r(
            r"ろれつ|呂律|れろれろ"
            r"|(急に|突然|きゅうに|とつぜん|さっきから|いきなり)[^。]{0,10}?(言葉|ことば|話し方|はなしかた|しゃべり方|しゃべりかた|しゃべり|口)(が|も)?"
            r"(出な|でな|出てこな|でてこな|おかし|変|へん|もつれ|回らな|まわらな|うまく出|聞き取れ|ききとれ)"
            r"|(言葉|ことば)(が|も)?((出てこ|でてこ)(ない|なく|ん|へん|ねえ|ず)|もつれ)|(話し方|しゃべり方|はなしかた)(が)?(急に)?(おかし|変|へん)"
            # the tongue not turning typed in haste in kana (「ろれつ まらわない」「べろが まわならい」)
            r"|(ろれつ|呂律|舌|べろ)(が|も)?" + with_swapped_kana("まわらない", "まわってない")
        ),
    ),
    Rule(
        "stroke_face",
        EMERGENCY,
        "119",
        "脳卒中の疑い(顔のゆがみ)",
        r(
            r"(顔|かお|口|くち|口元|くちもと|口角|まぶた)(の)?"
            + _SIDE
            + r"?(が|も)?"
            + _SIDE
            + r"?(だけ)?"
            + _HEDGE
            + r"(急に|突然|きゅうに|とつぜん)?"
            r"(ゆが|歪|曲が|まが|下が|さが|垂れ|たれ|たるん|引きつ|動かな|動いて(い)?な|うごいて(い)?な)"
            r"|(口|くち)(の端|のはし)?から(よだれ|水|お茶|みず)が(こぼれ|垂れ|たれ|漏れ)"
        ),
    ),
    Rule(
        "stroke_one_side",
        EMERGENCY,
        "119",
        "脳卒中の疑い(片側の麻痺・しびれ)",
        r(
            _SIDE
            + r"の?"
            + _LIMB
            + r"(が|に|も)?"
            + _HEDGE
            + r"(急に|突然|きゅうに|とつぜん)?"
            + _WEAK
            + r"|(急に|突然|きゅうに|とつぜん)[^。]{0,8}?"
            + _SIDE
            + r"[^。]{0,6}?"
            + _WEAK
            + r"|(箸|はし|コップ|茶碗|スプーン)を(急に|突然|何度も)?(落と|おと)[^。]{0,12}?(しびれ|痺れ|力が入らな|動かな|片|右|左)"
        ),
        # an arm gone numb beside a chest in pain or pressed is a heart attack's sign (heart_breathing.py), also 119
        unless=r(r"(胸|むね)(の)?[^。、]{0,6}?(痛|いた|苦し|くるし|重い|重た|おもい|おもた|締め付け|しめつけ|圧迫)"),
    ),
    Rule(
        "stroke_sudden",
        EMERGENCY,
        "119",
        "脳卒中の疑い(急な頭痛・見えにくさ・混乱)",
        r(
            r"(激し|ひど|割れるよう|われるよう|経験したことのな|今までにな)(い|な)頭痛|頭が割れ(る|そう)(ように|よう)?"
            r"|(急に|突然|きゅうに|とつぜん)[^。]{0,10}?(片目|目が|めが|視界|ものが)[^。]{0,6}?(見えな|みえな|二重|ぼやけ|欠け)"
            r"|(急に|突然|きゅうに|とつぜん)[^。]{0,10}?(ふらついて歩けな|まっすぐ歩けな|立てな|たてな)"
            r"|(急に|突然|きゅうに|とつぜん)[^。]{0,10}?(わけのわからな|訳のわからな|意味のわからな|話が通じな|はなしがつうじな)"
            r"|脳(卒中|梗塞|出血)(かも|じゃ|では|の(疑い|症状|よう))"
        ),
    ),
)

_NOW_OR_SUDDEN = r"(昨日|きのう|前日|先週|この前|こないだ|前回)(は|まで)[^。、]{0,4}?(元気|げんき|普通|ふつう|いつも通り|いつもどおり|しっかり|お変わりな|変わりな)|急|突然|にわかに|俄かに|俄に|きゅうに|とつぜん|いきなり|さっき|今|いま|朝|けさ|あさ(は|まで)|起床時|発症|昼食|夕飯|食事中|途中|見たら|気づいたら|たすけ|助け|どうしたら|どうすれば|救急|さっきまで|までは"

RULES = RULES + (
    Rule(
        "stroke_signs_more",
        EMERGENCY,
        "119",
        "脳卒中の疑い",
        r(
            r"構音障害|失語|片麻痺|かたまひ|顔面下垂|口角(が)?下垂|(上肢|下肢|上下肢)[^。]{0,4}?(挙上不可|脱力|麻痺)|半身の動きが悪|発語(が)?不明瞭|嚥下困難"
            r"|(手|腕|うで|足|あし|手っこ)(が|も)?(上がらな|あがらな|だらっと|だらん|ぶらーん|ぶらん|きかん|きかな|動かね|握れな|にぎれな|握り返さ)"
            r"|(足|あし)を?引きず|(口|くち)(が|の)?(片方|かたほう)?(曲が|まが|うまく動かな|動いてな|うごいてな|ゆが)"
            r"|(しゃべ|喋)(れ|られ)(な|ん|へん|ね)|(言葉|ことば)(が|も)?(出な|でな|出ず|でず|出にく|でにく|出ません|でません|変|へん|おかし)"
            # the negation is the sign itself (「言葉もはっきりしません」), so it is part of the match
            r"|(言葉|ことば|話|はなし|発音|しゃべり)(が|も)?はっきりし(ない|なく|ません|ねえ|ねぇ|ておらず|ていない|てない)"
            r"|(手|腕|うで|足|あし|指|ゆび)(に|の)?(力|ちから)が(入らな|入らず|はいらな|はいらず|入りません|はいりません)"
            r"|(話|はなし)(が|も)?(支離滅裂|めちゃくちゃ|噛み合わな|かみあわな|通じな)|(「あれ」|あれ)しか|あーとしか|(名前|なまえ)(が|も)?((出てこ|でてこ)(ない|なく|ん|へん|ねえ|ず)|言えな|いえな)"
            # what is said not hanging together (「言っていることがちぐはぐ」「言うことが噛み合わない」)
            r"|(言って(い)?る(こと|事)|いって(い)?る(こと|事)|言う(こと|事)|いうこと|話す(こと|事)|会話|かいわ)(が|も)?(ちぐはぐ|支離滅裂|しりめつれつ|めちゃくちゃ|噛み合わな|かみあわな|通じな|おかし|変|へん)"
            # one hand dropping what it holds (「右手でコップを持とうとしても落としてしまう」)
            r"|"
            + _SIDE
            + r"の?(手|て)で[^。]{0,8}?(箸|はし|コップ|こっぷ|茶碗|ちゃわん|スプーン|すぷーん|湯のみ|湯呑み|ゆのみ|ペン|ぺん)を?[^。]{0,12}?(落と|おと|持てな|もてな|つかめな|掴めな|握れな|にぎれな)"
            # one side numb or paralysed, spreading; speaking only with effort (「しゃべるのもやっと」)
            r"|(片側|片方|かたがわ|かたほう|半身|はんしん|右半身|左半身)(の|が|に)?(しびれ|痺れ|シビレ|麻痺|まひ|マヒ)"
            # an older word for a stroke's palsy (中気, 中風) or half the body not obeying (「半身が利かぬ」)
            r"|中気|中風|(半身|はんしん|右半身|左半身)(の|が|も)?(利か|きか|効か|動か|うごか)(ない|なく|ぬ|ん|ず|ねえ|ねぇ)"
            r"|(しびれ|痺れ|シビレ|麻痺|まひ)(が|も)?[^。]{0,4}?(広が|ひろが)"
            r"|(しゃべる|喋る|話す|はなす|しゃべり|話し|声を出す)の(も|が)(やっと|精一杯|せいいっぱい|ままならな|難し|むずかし)"
            r"|字が(書けな|読めな|かけな|よめな)|(べろ|舌|した)(が)?(回らな|まわらな|回らね|もつれ)|(体|からだ)が[^。]{0,6}?(傾い|かたむい)"
            # the mouth not forming words (「口がまわらず」「くちが回らない」), drool from one side (「よだれが片側から」)
            # (not numbed by a dentist's anaesthetic named after it: 「口が回らない。歯医者で麻酔をしたばかり」)
            r"|(?<![悪減へ])(口|くち)(が|も)?(回ら|まわら)(ず|な|ん|へん|ね)(?![^。]{0,30}?。?[^。]{0,30}?(麻酔|ますい))"
            r"|(よだれ|涎|ヨダレ)(が|も)?[^。、]{0,4}?" + _SIDE + r"(から|だけ|の(口|くち)(から|の端))"
            r"|" + _SIDE + r"の?(口|くち)?(の端|のはし|の方|のほう)?(から|だけ)[^。、]{0,4}?(よだれ|涎|ヨダレ)"
        ),
        needs=r(_NOW_OR_SUDDEN),
    ),
)

# A limb or the face suddenly numb or weak, no side named (「テレビを見ていた母が急に手がしびれる」): a stroke's
# sign or a foot gone to sleep — not certain, so `urgent` and a risk sign: the bot asks the safety question
# (nlp/safety.py RISK_SIGN_RULES); with a side named it is stroke_one_side's emergency.
_BODY_PART = (
    r"(て(?=[がにも])|手|足|手足|腕|うで|あし|てあし|半身|はんしん|指|ゆび|指先|ゆびさき|顔|かお|口|くち|舌|べろ)"
)
_SUDDEN = r"(急に|突然|きゅうに|とつぜん|いきなり|にわかに)"

RULES = RULES + (
    Rule(
        "sudden_numbness",
        URGENT,
        None,
        "急な手足・顔のしびれ・脱力(脳卒中の疑い)",
        r(
            _SUDDEN
            + r"[^。、]{0,8}?"
            + _BODY_PART
            + r"(が|に|も)?"
            + _WEAK
            + r"|"
            + _BODY_PART
            + r"(が|に|も)?"
            + _SUDDEN
            + _WEAK
        ),
        # a foot gone to sleep from sitting on it
        unless=r(r"正座|せいざ|あぐら|胡坐|しゃがんで|寝違え|ねちがえ|腕枕|うでまくら"),
    ),
)

# Speech or the mouth changed without a word of how suddenly (「少し前から喋りづらそう」「言葉がいつもより出にくい」
# 「口元がなんだか変」): a stroke's early sign or nothing — not certain, so `urgent` and a risk sign (nlp/safety.py
# RISK_SIGN_RULES): the bot asks the safety question. Said to be long-standing or past, the context sets it aside.
RULES = RULES + (
    Rule(
        "speech_changed",
        URGENT,
        None,
        "話しにくさ・口元の変化(脳卒中の疑い)",
        r(
            r"(喋り|しゃべり|話し|はなし)(にく|づら|ずら)(そうに?|くなっ|い(?![話はこ内相んの]))"
            r"|(言葉|ことば|発音|はつおん)(が|も)?(いつもより|なんだか|なんか|少し|すこし|ちょっと)?(出にく|でにく|出づら|でづら|不明瞭|はっきりしな|おかし|変|へん)"
            r"|(口元|くちもと|口の動き|くちのうごき)(が|も)?(なんだか|なんか|少し|すこし|ちょっと|どうも)?(おかし|変|へん)"
        ),
        # a sore throat, a new denture, a cold: the mouth is hard to use for a reason of its own (what a stroke
        # already had left is read in context, as for every stroke rule: nlp/urgency.py `_left_by_a_past_stroke`)
        unless=r(
            r"入れ歯|いれば|義歯|歯医者|はいしゃ|口内炎|こうないえん|喉が痛|のどがいた|風邪|かぜ|外国語|英語|方言|緊張|人見知り|吃音"
            r"|人前|ひとまえ|昔から|むかしから|もともと|元々|生まれつき|うまれつき|性格|せいかく|タイプ"
            # an episode already taken to hospital (「救急搬送され、現在は入院加療中」)
            r"|入院|にゅういん|搬送|はんそう|集まり|あつまり|半年|はんとし|安定"
        ),
    ),
)
