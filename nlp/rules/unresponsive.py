"""unresponsive (119): not responding, collapsed anywhere, unable to get up for hours."""

from nlp.rules.base import EMERGENCY, NEG, Rule, r

_READ_NO_REPLY = (
    r"(既読|きどく|キドク)(が|は|も|に)?(つい|付い|ついて|付いて|つく|付く|なっ|なる|なって|なのに|だけ|のまま|スルー|すーる|無視|むし)"
    r"[^。]{0,12}?(返事|へんじ|返信|へんしん|反応|はんのう|応答|レス)"
)

RULES = (
    Rule(
        "unconscious",
        EMERGENCY,
        "119",
        "意識・反応がない",
        r(
            r"(意識|いしき)(が|は)?(急に|だんだん|少し|今にも|いまにも)?(ない|無い|なく|ありません|ねえ|ねぇ|もうろう|朦朧|おかし|遠の|とおの|ぼんやり|はっきりしな|混濁)"
            # not coming round (「意識が戻らない」「いまだ意識が戻りませぬ」「いしきがもどらん」)
            r"|(意識|いしき)(が|は)?(まだ|いまだ(に)?|未だ(に)?|なかなか|全然|ぜんぜん|一向に|いっこうに)?(戻ら|もどら)"
            + NEG
            + r"|(意識|いしき)(が|は)?(まだ|いまだ(に)?|未だ(に)?|なかなか)?(戻り|もどり)(ません|ませぬ)"
            r"|(意識|いしき|気)を(今にも|いまにも)?(失|うしな)|きを(いまにも)?うしな|気絶|きぜつ|失神|白目|いびきをかいたまま|大いびき"
            r"|(呼びかけ|呼ん|よん|声をかけ|こえをかけ|話しかけ|はなしかけ|揺す|ゆす|叩い|たたい)[^。]{0,6}?(反応|はんのう|返事|へんじ|答え|こたえ|返答)"
            r"(が|も|は|を)?(ない|なく|無い|ありません|しない|しません|せず|なし|ねえ|せん)"
            r"|(反応|はんのう|返事|へんじ|応答)が(ない|無い|なく|ありません|おかしい|鈍|変)|(変な|おかしな|へんな)(返事|へんじ|答え)"
            r"|(呼ん|よん|揺すっ|ゆすっ|叩い|たたい|起こし|おこし|声かけ|声をかけ)(で|て)?も(全然|ぜんぜん|全く|まったく|一向に|いっこうに)?(起き|おき|目を覚まさ|目をあけ|目を開け|めをあけ|動か|うごか)"
            + NEG
            + r"|(呼ん|よん|呼びかけ|声をかけ|話しかけ)(で|て)?も[^。]{0,8}?(ぼんやり|ぼーっと|うつろ|反応が(鈍|薄|うす))"
            r"|(目を|めを)(開け|あけ|覚まさ|さまさ)(ない|ません|ん|へん|ねえ)|(目を|めを)(覚まし|さまし)ません"
            # in an old-fashioned hand (「呼べども応えず」)
            r"|(呼べ|よべ|揺すれ|ゆすれ)ども[^。]{0,4}?(応え|こたえ|答え|返事|へんじ|目覚め|めざめ|起き|おき)(ず|ぬ|なし|なく|無く|無し|ざる)"
            # the eyes open at a call and close again at once (「名前を呼んでもうっすら目をあけてすぐ閉じる」)
            r"|((呼ん|よん|呼びかけ|声をかけ|話しかけ)(で|て)?も|(呼ぶ|よぶ|呼びかける|声をかける|話しかける|揺する|ゆする|揺さぶる|ゆさぶる)と)[^。]{0,8}?(目|め)を?[^。、]{0,4}?(開け|あけ)[^。]{0,4}?すぐ(に)?(閉じ|とじ|つぶ|つむ)"
            r"|(答え|こたえ)(ません|ない|なく)|話が通じなくな|(急に)?(話せ|しゃべれ)なくな|(言葉|ことば)が(出|で)" + NEG
        ),
        # A message shown as read (「既読ついたのに返事がない」「既読スルーされて返信なし」): the person read it, so no
        # reply is a reply not yet written, not a call left unanswered (days of silence are `unanswered`'s).
        unless=r(_READ_NO_REPLY),
        negatable=False,
        about_to_counts=True,
    ),
    Rule(
        "collapsed",
        EMERGENCY,
        "119",
        "倒れた・動かない",
        r(
            r"(?<!共)(倒れ|たおれ|ぶっ倒れ|ぶったおれ)|うずくま|床に(横たわ|寝たまま)|ぐったり|ぐだっと|ぐてっと"
            r"|(?<!体が)(?<!足が)(?<!手が)(?<!腰が)(?<!から)(動かなくな|うごかなくな|動かない(です|ん|まま|!|$)|動きません|動かん(よう|く|$|!|。))"
            r"|(転ん|ころん|転倒し|落ち|おち|倒れ|すべっ|滑っ|尻もち|しりもち)[^。]{0,14}?(動け|うごけ|起き上がれ|おきあがれ|起きられ|おきられ"
            r"|立ち上がれ|たちあがれ|立て|たて|動か)"
            + NEG
            + r"|(起き上がれ|おきあがれ|立ち上がれ|たちあがれ)(ない|ず|なく|ません)[^。]{0,10}?(何時間|なんじかん|[0-9一二三四五六七八九十]+時間|朝から|夜中から|昨夜から|ゆうべから|ずっと)"
            r"|(何時間|なんじかん|[0-9一二三四五六七八九十]+時間|夜中から|昨夜から|ゆうべから)[^。]{0,12}?(床|ゆか|トイレ|廊下|ろうか|玄関|布団の横|ベッドの下)[^。]{0,8}?(いる|います|動けな|うごけな|寝たまま|倒れ)"
            r"|冷たくなって|(部屋|家|床|布団|中)で(亡くな|死ん)で"
            # face down or on the back, not moving or answering (「廊下にうつぶせのままです。もう4時間。動いてない」)
            r"|(うつぶせ|うつ伏せ|うつむけ|あおむけ|仰向け)のまま.{0,24}?(動いて(い)?な|うごいて(い)?な|動かな|うごかな|(反応|はんのう|返事|へんじ)(が|も)?(ない|なく|なし|ありません))"
        ),
        unless=r(r"倒れ(る|た)(前|まえ)に|倒れる(こと|の)を防|倒れ[^。]{0,12}(今日|明日|今夜)から"),
    ),
)

RULES = RULES + (
    Rule(
        "unresponsive_signs",
        EMERGENCY,
        "119",
        "意識・反応がない",
        r(
            r"(目|め)を?(開けな|あけな|開けん|あけん|開けへん|あけへん|開けね|あけね)|呼名反応(が)?なし|意識レベル(の)?(低下|が低)|(反応|はんのう)(が|も)?(ない|なし|ねえ|あらへん)"
            r"|こてん(って|と)|こっくり(って|と)?(な|して)[^。]{0,12}?(起き|おき|反応|返事)|いびき(が|も)?(おかし|変|へん)|呼んでも(だめ|ダメ)|(口|くち)(を)?(開け|あけ)たまま"
            r"|(起き上が|おきあが|起きれ|おきれ|起ぎれ|起き)(れ|られ)?(な|ね|ず|ん)[^。]{0,15}?(朝から|昨夜|ゆうべ|夜中|ずっと|時間|今も|いまも|朝まで)|体動困難|床上で"
        ),
        unless=r(_READ_NO_REPLY),
        negatable=False,
    ),
)

RULES = RULES + (
    # Collapsed, in a literary or formal hand (「突然くずおれ」「膝から崩れ落ちた」), and no answer to a call told with an
    # honorific (「お呼びしても応えられません」「お声がけしてもお返事なさいません」): not a building or a plan that fell through.
    Rule(
        "collapsed_or_no_answer_formal",
        EMERGENCY,
        "119",
        "倒れた・反応がない",
        r(
            r"(くずおれ|くず折れ|頽れ|くずれおち|崩れ落ち|くずれ落ち)(?![^。]{0,4}?(建物|家屋|屋根|壁|橋|計画|予定|夢|関係|信頼))"
            r"|(膝|ひざ)から(崩れ|くずれ)"
            r"|(呼び|よび|お呼び|およびし|呼びかけ|よびかけ|声を?(お)?かけ|声がけ|こえがけ|お声|おこえ|話しかけ|はなしかけ|揺すっ|ゆすっ)[^。]{0,12}?(も|ど)[、,]?[^。、]{0,8}?"
            r"(応え|こたえ|答え|お答え|お返事|おへんじ|返事|へんじ|反応|はんのう)(が|も)?"
            r"(られ(ません|ない|ず)|になりません|にならない|なさいません|なさらない|されません|されない|ございません|いただけません)"
        ),
        unless=r(
            r"(建物|家屋|屋根|壁|橋|計画|予定|夢|関係|信頼|足場|崖|がけ|土砂)[^。、]{0,6}?(くずおれ|崩れ落ち|くずれ落ち|くずれおち)"
        ),
        negatable=False,
    ),
)

# A fall told in English, with the person unable to get up (「my mother fell and cannot get up」「Grandpa slipped in
# the bathroom and can't stand」): the rules name it a fall, so the learned model's family (it read such messages as
# self-harm) neither names it nor draws the crisis lines. The compact form has no spaces. Not a question about a fall
# that may come (「what should I do if…」「in case」「how to prevent」) nor one long past (nlp/urgency.py reads 「ago」).
_EN_FELL = r"(fell|hasfallen|hadafall|hadabadfall|slipped|slippedandfell|tripped|trippedandfell|collapsed)"
_EN_CANNOT = r"(can'?t|can’t|cannot|couldn'?t|couldn’t|unableto|isunableto|isn'?tableto|isnotableto|notableto)"
RULES = RULES + (
    Rule(
        "fallen_cannot_get_up_english",
        EMERGENCY,
        "119",
        "倒れた・動かない(英語)",
        r(
            _EN_FELL
            + r"[a-z0-9,.'’]{0,40}?"
            + _EN_CANNOT
            + r"(getup|getbackup|standup|stand|move|getoff|getoutof|getherselfup|gethimselfup)"
            + r"|(stuck|lying|lyingthere)on(the)?(floor|ground)"
        ),
        unless=r(
            r"whatif|incase|whatshould|whatdo(we|i)do|howdo|howto|howcan|prevent|tips|(^|[.,!?])if|wouldhappen|ifever"
        ),
    ),
)
