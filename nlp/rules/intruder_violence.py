"""intruder_violence (110): someone in the house or at the door who will not leave; violence happening now.

Violence that is habitual or over (「毎日殴られる」「昨日殴られた」) is `urgent`, not an emergency.
"""

from nlp.rules.base import EMERGENCY, IMA, STRONG_NOW, URGENT, Rule, r, with_katakana

# A kitchen knife in a cook's hand (「包丁を持って料理」「包丁を持って野菜を切る」): not a weapon.
_NOT_COOKING = r"(?!(って|て)?[^。、]{0,3}?(料理|りょうり|調理|ちょうり|台所|だいどころ|キッチン|野菜|やさい|魚|さかな|肉を|皮むき|皮を|みじん|千切り|刻))"

# The verb's ending after a match that stops at its stem (泥棒に入|られていた, 侵入さ|れる, こじ開け|て入ってくる): taken
# into the match, so that the context reading (nlp/urgency.py) reads what comes after the verb (「…のを防ぐには」
# 「…夢を見た」「…事件が」), not the rest of the verb.
# Not where the context reading looks for the ending itself: a condition or a time (入|っても, 入|ると, 入|る前に,
# 入ってき|たら) or a noun the verb qualifies (侵入さ|れた家の鍵交換).
_ENDS = r"(?![とらもば]|時|前|まえ|場合|際|[一-龥ァ-ヶ])"
_TE_ENDING = r"(て|で)(い(る|た|ます|ました)?|る|た|ます|ました)?"
_ENDING = r"((れ|られ)?(" + _TE_ENDING + r"|た|だ|る|ます|ました)?" + _ENDS + r")?"
_ENTERED_ENDING = (
    r"((られ("
    + _TE_ENDING
    + r"|た|る|ます|ました)?|って(き(た|て(い(る|ます)?|る)|ます|ました)?|く(る)?|こよう|い(る|た|ます|ました)?|る|た|ます|ました)?"
    r"|った|る|り(ます|ました)?|ろう)" + _ENDS + r")?"
)

RULES = (
    Rule(
        "intruder",
        EMERGENCY,
        "110",
        "不審者が家にいる・居座って帰らない",
        r(
            r"(業者|(?<![主友老恋個本他家住])人|ひと|やつ|奴|訪問販売|営業|集金|セールス|(?<![長次])男|(?<![長次彼])女)(の人)?が[^。]{0,8}?(帰らな|かえらな|(?<!連れて)(?<!つれて)(?<!送って)(?<!おくって)(帰ってくれ|かえってくれ)(?!た|まし)|帰りません|居座|いすわ|上がり込|あがりこ)"
            r"|(知らない|しらない|見知らぬ|みしらぬ|不審な|ふしんな|変な|へんな)(人|ひと|男|おとこ|女|おんな|やつ)(が|に)[^。]{0,12}?(家|いえ|部屋|へや|中|なか|庭|にわ|玄関|げんかん)[^。]{0,6}?(入って|はいって|入ろう|はいろう|いる|います|居座|上がり込|あがりこ)"
            # 「家の前に不審者 ずっといる」: a stranger named as such, there now
            r"|(不審者|ふしんしゃ|不審人物)(が|は)?[^。]{0,6}?(いる|います|居る|おる|うろ|ウロ|入って|はいって|のぞ|覗)"
            r"|(ドア|戸|玄関|窓|まど)を[^。]{0,6}?(叩き続け|たたき続け|蹴って|けって|こじ開け|こじあけ|壊そう|こわそう|開けろ|あけろ)"
            + r"(て(入|はい)"
            + _ENTERED_ENDING
            + r"|"
            + _TE_ENDING
            + _ENDS
            + r")?"
            # the verb's own ending, not another verb's a clause on (「押し入る事件が増えている」)
            r"|(押し入(?!れ)|おしい(?!れ)|押し掛|おしか|侵入|しんにゅう)[^。、がをはも]{0,6}?(て(い|き|る)|られ|され|しようと)"
            + _ENDING
            # not a burglary found done, the thief gone (「今朝起きたら泥棒に入られていた」: burglary_discovered), unless
            # they are said to be still there
            + r"|(強盗|ごうとう|泥棒|どろぼう)(が|に)(?!(入|はい)られ(て(い)?)?(た|ました|てた)(?![\s\S]{0,24}?(いる|おる|隠れ|かくれ|物音|ものおと|足音|あしおと|まだ|助けて|たすけて|怖|こわ)))[^。]{0,8}?((入|はい)"
            + _ENTERED_ENDING
            + r"|(い|来|き)"
            + _ENDING
            + r")"
        ),
        # 中 as inside, not as a time or a part (「夜中に不審者がうろついていた」「日中」「背中」); or the writer hiding
        # from them (「今、泥棒に入られてる、隠れてる」)
        needs=r(
            r"(家|いえ|うち|部屋|へや|玄関|げんかん|(?<![夜日途最背年])中|(?<![よせおさ])なか|庭|にわ|窓|ドア|戸|帰らな|かえらな|帰って|居座|いすわ"
            r"|隠れ|かくれ|助けて|たすけて)"
        ),
        unless=r(
            r"(帰って|かえって)(いき|行き|くれ)ました|(帰り|かえり)ました|(帰った|かえった)(?!ら)|(帰った|かえった)(の|から|ので)|追い返し(?!たい|たく|たら|て(?:ほし|くだ|も|ちょうだい)|方|かた)"
        ),
        when_habitual=URGENT,
    ),
    Rule(
        "violence_now",
        EMERGENCY,
        "110",
        "暴力・危険が今起きている",
        r(
            r"("
            + IMA
            + r"|現在|げんざい|さっきから|今まさに)[^。]{0,15}?(殴|なぐ|暴れ|あばれ|蹴|叩|たた|首を(絞|しめ|つかん|掴ん|つかま)|(?<!かさ)ぶた|刺|包丁|ほうちょう|刃物|はもの"
            r"|(壁|かべ|床|ゆか)に(押しつけ|押し付け|おしつけ|たたきつけ|叩きつけ|投げつけ))"
            r"|(包丁|ほうちょう|刃物|はもの|ナイフ|ないふ)を(持|も|振り回|ふりまわ|向け|むけ)"
            + _NOT_COOKING
            + r"|殺される|ころされる|殺すと(言|叫)|ころすって"
            r"|("
            + IMA
            + r"|ずっと|さっきから)[^。]{0,25}?(叫び声|さけびごえ|悲鳴|ひめい|助けて|たすけて|やめて)[^。]{0,15}?(聞こえ|きこえ|している|してる)"
            r"|(助けて|たすけて|やめて)[」』]?(と|って)[^。]{0,8}?(叫|さけ|声|こえ|聞こえ|きこえ|悲鳴|ひめい)"
        ),
        when_habitual=URGENT,
    ),
    Rule(
        "violence_in_sentence",
        EMERGENCY,
        "110",
        "暴力・けがが今起きている",
        r(
            r"殴(ら|っ|り|る)|なぐ(ら|っ|り|る)|叩(か|い|く)|たた(か|い|く)|蹴(ら|っ|り|る)|暴れ|あばれ|首を(絞|しめ)|ぶた(れ)|刺(さ|し)"
        ),
        needs=r(
            r"今(?![は朝日年月週度後回]|まで)|(?:^|(?<=[、。!?！？「」がはもにでとよね]))いま(?![すしせは])|現在|たった今|今まさに|さっきから"
        ),
        needs_in_sentence=True,
        when_habitual=URGENT,
    ),
    Rule(
        "violence_in_progress",
        EMERGENCY,
        "110",
        "暴力が今起きている(至急)",
        r(
            r"(殴|なぐ|叩|たた|蹴|暴れ|あばれ|首を(絞|しめ)|ぶた|刺)[^。]{0,8}?(ている|てる|ています|てます|かかって|られてる|られている|てき|とる|よる)"
        ),
        needs=r(STRONG_NOW + r"|逃げ|にげ"),
        when_habitual=URGENT,
    ),
)

_STRANGER = r"(知らない|しらない|知らん|しらん|見知らぬ|みしらぬ|不審な|ふしんな|怪しい|あやしい|変な|へんな|若い|わかい)(人|ひと|男|おとこ|女|おんな|男性|女性|だんせい|じょせい|兄ちゃん|やつ|連中)"
_SOMEONE = r"(" + _STRANGER + r"|誰か|だれか|泥棒|どろぼう|強盗|ごうとう|押し売り|借金取り)"
_PLACE_IN = r"(家|いえ|うち|部屋|へや|居室|中|なか|庭|にわ|敷地|玄関|げんかん|ドア|どあ|窓|まど|勝手口|前)"
_WONT_LEAVE = (
    r"(帰らな|かえらな|帰ってくれな|かえってくれな|帰りません|帰ってくれません|立ち去りません|立ち去らな|たちさらな"
    r"|出ていかな|でていかな|出ていきません|出て行かな|出ていかへん|退去しません|退室しな|退出を拒否|居座|いすわ|押しかけ|おしかけ|押し入(?!れ)|おしい(?!れ)"
    r"|無理やり(入|はい)|むりやり(入|はい)|上がり込|あがりこ"
    # said in a translated or formal way: 「去ることを拒否しています」「帰ろうとしません」
    r"|(去る|さる|帰る|かえる|出る|でる|出ていく|出て行く|でていく|立ち去る|たちさる|退去する)(こと|の)を?(拒|こば|きょひ|いやが|嫌が)"
    r"|((去|さ|帰|かえ|立ち去|たちさ)ろう|(出ていこ|出て行こ|でていこ)う)と(しない|しません|せず|しなくて|しねえ))"
)
_PROGRESSIVE = r"(ている|てる|ています|てます|とる|よる|とらす|とります|てん|よります|てはる)"

RULES = RULES + (
    Rule(
        "stranger_inside",
        EMERGENCY,
        "110",
        "知らない人が家にいる・入ろうとしている",
        r(
            _SOMEONE
            + r"(が|に|の)?[^。]{0,15}?"
            + _PLACE_IN
            + r"[^。]{0,10}?(いる|います(?!か)|居ます(?!か)|いて|おる|おって|入って|はいって|入ってき|はいってき|入ろう|はいろう|歩き回|あるきまわ|うろうろ|ウロウロ|のぞ|覗|ガチャガチャ|がちゃがちゃ|たたいて|叩いて|叩き続け|たたき続け|蹴飛ば|けとば)"
            r"|"
            + _PLACE_IN
            + r"(に|の中に|のなかに|の前に|のまえに)[^。]{0,4}?"
            + _SOMEONE
            + r"[^。]{0,6}?(いる|いて|おる|(入|はい)(?=っ)"
            + _ENTERED_ENDING
            + r"|立って|たって)"
            r"|(ガラス|窓|まど)の?(割れる|われる)(音|おと)"
            # said in bare words (「どろぼう いる いま」)
            r"|(強盗|ごうとう|泥棒|どろぼう)(いる|います|おる|入ってる|はいってる)(?![?？か]|って|と(思|おも))"
            # not the neighbours' noise (「上の階の足音がうるさい」)
            r"|(?<!階の)(?<!部屋の)(?<!隣室の)(?<!隣の)(?<!上の)(?<!近所の)(物音|ものおと|足音|あしおと)(?!(が|は|も)?(うるさ|響|ひび))[^。]{0,12}?(一人|ひとり|こわ|怖|誰|だれ)"
        ),
        unless=r(
            r"(帰って|かえって)(いき|行き|くれ)ました|(帰り|かえり)ました|(帰った|かえった)(?!ら)|追い返し(?!たい|たく|たら|て(?:ほし|くだ|も|ちょうだい)|方|かた)|警察(が|に)(来て|保護)|(捕ま|つかま)(った|りました)"
        ),
        when_habitual=URGENT,
    ),
    Rule(
        "someone_inside_afraid",
        EMERGENCY,
        "110",
        "家の中に誰かいる(こわい)",
        # Someone is in the house and the writer is afraid, in either order and without particles.
        r(
            with_katakana(
                r"(誰か|だれか)(が)?(いる|おる|居る)[^。]{0,8}?"
                + _PLACE_IN
                + r"|"
                + _PLACE_IN
                + r"(の中|のなか|なか|中)?(に)?[^。]{0,3}?(誰か|だれか)(が)?(いる|おる|居る)"
                + r"|(誰か|だれか)(が)?"
                + _PLACE_IN
                + r"(の中|のなか|なか|中)?(に)?(いる|おる|居る)"
            )
        ),
        needs=r(with_katakana(r"こわい|怖|恐|こわく|助けて|たすけて|隠れ|かくれ|震え|ふるえ|どうしよう")),
        unless=r(
            r"(帰って|かえって)(いき|行き|くれ)ました|(帰り|かえり)ました|警察(が|に)(来て|保護)|(捕ま|つかま)(った|りました)"
        ),
        when_habitual=URGENT,
    ),
    Rule(
        "will_not_leave",
        EMERGENCY,
        "110",
        "玄関・家に居座って帰らない",
        r(_WONT_LEAVE),
        needs=r(
            r"玄関|げんかん|家|いえ|居室|部屋|ドア|前|訪問販売|押し売り|業者|セールス|借金取り|男|女|(?<![主友恋老])人"
        ),
        unless=r(
            r"(帰って|かえって)(いき|行き|くれ)ました|(帰り|かえり)ました|(帰った|かえった)(?!ら)|(帰った|かえった)(の|から|ので)|追い返し(?!たい|たく|たら|て(?:ほし|くだ|も|ちょうだい)|方|かた)|(認知症|にんちしょう|徘徊)"
        ),
        when_habitual=URGENT,
    ),
    Rule(
        "violence_progressive",
        EMERGENCY,
        "110",
        "暴力が今起きている",
        r(
            r"(暴行し|ぼうこうし|暴力を振るっ|暴力をふるっ|ぼうりょくをふるっ|殴っ|なぐっ|叩い|たたい|蹴っ|けっ|暴れ|あばれ|突き飛ばし|つきとばし|手をあげ|手を上げ|手を出し|首を(絞め|しめ)|押さえつけ|おさえつけ|胸ぐらをつかん|脅し|おどし"
            r"|殴られ|なぐられ|叩かれ|たたかれ|蹴られ|けられ|ぶたれ|突き飛ばされ|つきとばされ|首を(絞め|しめ)られ)"
            + _PROGRESSIVE
            + r"|(包丁|ほうちょう|刃物|はもの|ナイフ)を?(持|も)って"
            + _NOT_COOKING
        ),
        # Inferred or heard of, not watched now (「叩かれているようで、腕にあざがあります」「殴られてるそうです」):
        # abuse to report today (physical_violence, urgent, with the safety question), not a 110 call.
        # Violence told as now in so many words is still raised by violence_now (「今殴られている」).
        unless=r(r"(よう(だ|で|な(の|ん))|みたい|らしい|かもしれ|と思|(る|た)そう(だ|で))"),
        when_habitual=URGENT,
    ),
)

RULES = RULES + (
    # A torch or a figure moving inside the home of someone who lives alone or is away (「一人暮らしの祖母の
    # 家の中で懐中電灯の光が動いてて、電話に出ない」): someone is in there who should not be.
    Rule(
        "light_inside_empty_home",
        EMERGENCY,
        "110",
        "一人暮らし・留守の家の中に人の気配",
        r(
            r"(家|いえ|部屋|へや|室内|しつない|屋内|おくない)(の中|のなか|なか|中)?(に|で)[^。、]{0,4}?"
            r"(懐中電灯|かいちゅうでんとう|ライト|らいと|明かり|あかり|光|ひかり|人影|ひとかげ)(が|の)?[^。、]{0,6}?"
            r"(動い|うごい|動き|うごき|ちらちら|チラチラ|ちらつ|揺れ|ゆれ|見え|みえ)"
        ),
        needs=r(
            r"一人|ひとり|独り|独居|留守|るす|不在|誰もいな|だれもいな|誰も住|だれもす|空き家|あきや|入院中|施設に入"
        ),
        unless=r(
            r"(帰って|かえって)(いき|行き|くれ)ました|(帰り|かえり)ました|警察(が|に)(来て|保護)|(捕ま|つかま)(った|りました)"
        ),
        when_habitual=URGENT,
    ),
)

# Words said to someone who has come in, as the writer says them (a hearing aid app or voice input writing down
# what is being said: 「だれ? かえって ください かってに はいらないで」「誰だ、出ていけ」): a stranger in the home now.
_CHALLENGE = r"(誰|だれ)(\?|？|!|！|だ(?!け|って|も|か)|や|ですか|なの|なん|ね?ん|よ)|(あなた|あんた|おまえ|お前)(は|、)?(誰|だれ)"
_GET_OUT = (
    r"(勝手に|かってに|黙って|だまって)[^。、]{0,3}?(入|はい|上が|あが)(らないで|るな|ってこないで|ってくるな|り込まないで|りこまないで|らんといて)"
    r"|(入って|はいって)(こないで|くるな|来ないで|来るな)"
    r"|(出て|でて)(いけ|行け|いって(ください|くれ|よ)|行って(ください|くれ|よ)|って(ください|くれ|よ))"
    r"|(帰って|かえって)(ください|くれ(?!ま|な|た|て)|よ(?!う))"
)

RULES = RULES + (
    Rule(
        "told_to_get_out",
        EMERGENCY,
        "110",
        "家に入ってきた人に出ていくよう言っている(侵入の疑い)",
        # the challenge and the order together, in either order, as spoken now
        r(
            with_katakana(
                r"("
                + _CHALLENGE
                + r")[^。]{0,12}?("
                + _GET_OUT
                + r")|("
                + _GET_OUT
                + r")[^。]{0,12}?("
                + _CHALLENGE
                + r")"
                # voice input without punctuation: 「だれ かってに はいらないで」
                r"|(誰|だれ)[、,]?(" + _GET_OUT + r")"
            )
        ),
        # reported speech of what was said before (「帰ってくださいと言ったら帰りました」)
        unless=r(
            r"(と|って)(言|い)(った|いました|いまし|っても|うと|われ|ったら|ったのに|う(こと|の|ん)|います)|(帰って|かえって)(いき|行き)ました|(帰り|かえり)ました"
            r"|(帰った|かえった)(?!ら)|追い返し(?!たい|たく|たら|て(?:ほし|くだ|も|ちょうだい)|方|かた)|(夢|ゆめ|ドラマ|テレビ|映画|寝言|ねごと)"
        ),
        when_habitual=URGENT,
    ),
)

RULES = RULES + (
    # A scream or a cry of 「やめて」 with the sound of things breaking, each told on its own (a bullet list:
    # 「・隣から悲鳴・「やめて」と何度も・物が壊れる音」): a fight or an attack going on, not a dish dropped or a film.
    Rule(
        "cries_and_breaking",
        EMERGENCY,
        "110",
        "暴力が今起きているおそれ(叫び声と物が壊れる音)",
        r(
            r"(物|もの|モノ|食器|しょっき|皿|さら|ガラス|がらす|家具|かぐ|窓|まど)(が|の)?[^。、・]{0,4}?(壊れる|こわれる|壊される|こわされる|割れる|われる|割られる|倒れる|たおれる|投げられる|なげられる)(音|おと)"
            r"|(ガシャン|がしゃん|ガッシャーン|ドスン|どすん|バリン|ばりん|ガチャーン)(という|って|と)?(音|おと)"
        ),
        needs=r(
            r"叫び声|さけびごえ|悲鳴|ひめい|怒鳴り声|どなりごえ|(やめて|ヤメテ|助けて|たすけて|痛い|いたい)[」』]?(と|って|!|！|・|$)"
        ),
        # a past night told, now quiet (「昨日の夜…今朝は静かです」)
        unless=r(
            r"テレビ|てれび|映画|えいが|ドラマ|どらま|ゲーム|げーむ|小説|しょうせつ|練習|訓練|工事|解体"
            r"|昨日|きのう|昨夜|ゆうべ|昨晩|先週|先月|去年|おととい|一昨日|静か(に|です|だ|でした)|しずか(に|です|だ)"
        ),
        when_habitual=URGENT,
    ),
)

# A break-in told briefly, as it happens (「窓割って誰か入ってきた。母と二人」「玄関の鍵こじ開けられて男が入ってきた、今
# 二階に隠れてる」): a window, a door or a lock broken and someone come in, with a word of now or of the writer still in
# the house with them. Not the wind or rain through a broken pane (「風で窓が割れて雨が入ってきた」), nor a burglary
# found on coming home (「空き巣に入られた。警察は呼んだ」): the thief is gone. The police called is no exception (they
# are on their way while the writer hides); the police arrived is.
_BROKEN_IN = (
    r"(窓|まど|マド|ガラス|がらす|ドア|どあ|扉|とびら|玄関|げんかん|勝手口|かってぐち|雨戸|あまど|鍵|かぎ|錠)(を|が|も|の鍵を)?[^。、]{0,4}?"
    r"(割って|割られ|割れ|わって|わられ|われて|壊して|壊され|こわして|こわされ|破って|破られ|やぶって|やぶられ|こじ開け|こじあけ"
    r"|蹴破|けやぶ|叩き割|たたきわ|ぶち破|ぶちやぶ|外され|はずされ)"
)
_CAME_IN = r"(入って(き|く)|はいって(き|く)|入られ|はいられ|侵入|しんにゅう|入り込|はいりこ|上がり込|あがりこ|押し入(?!れ)|おしい(?!れ))"
RULES = RULES + (
    Rule(
        "break_in_now",
        EMERGENCY,
        "110",
        "窓・ドアを破って誰かが家に入ってきた(侵入が今)",
        r(_BROKEN_IN + r"[^。]{0,12}?" + _CAME_IN + r"|" + _CAME_IN + r"[^。]{0,4}?[、,]?[^。]{0,8}?" + _BROKEN_IN),
        # now, or the writer still in the house with them (hiding, two of us, alone, someone come in toward them)
        needs=r(
            r"今(?![日朝週月年度回後夜晩])|いま(?![すしせ])|さっき|まだ(いる|い|中|なか|家|うち)|(二人|ふたり|2人|１人|1人|一人|ひとり)(だ|です|で|きり|しか|!|！|。|$)"
            r"|隠れ|かくれ|閉じこも|とじこも|助けて|たすけて|怖|こわい|こわ(く|っ)|どうしよう|逃げられ|にげられ"
            r"|(誰か|だれか|男|おとこ|女|おんな|人|ひと|泥棒|どろぼう|強盗|ごうとう|やつ|奴|連中|組)(が|も)?(入って|はいって)(き|く)"
        ),
        unless=r(
            r"(雨|あめ|風|かぜ|水|みず|虫|むし|猫|ねこ|鳥|とり|カラス|からす|ハクビシン|雪|ゆき|砂|すな|冷気|すきま風|ほこり|ボール|ぼーる|石|いし)(が|も)?[^。、]{0,3}?(入って|はいって|入り込|はいりこ)"
            # told of, not happening here (a dream, the news, a film, a way burglars work)
            r"|(夢|ゆめ)(を|で|の中|のなか)|(ニュース|にゅーす|ドラマ|映画|テレビ)(で|の話)|(?<!勝)手口|事件が[^。]{0,6}?(あっ|あり|起き|おき)"
            r"|(逃げ|にげ)(た|ていった|て行った|去っ|さっ)|(もう|既に|すでに)(いない|いません)|いなくなっ"
            # found on coming home (the thief is gone), or the police already there
            r"|空き巣|あきす|留守中|るすちゅう|留守の間|るすのあいだ|(帰宅|きたく|帰っ|かえっ|戻っ|もどっ)(し)?たら"
            r"|警察(が|の人が|官が)[^。]{0,4}?(来て|きて|来た|きた|到着)|(捕ま|つかま)(った|りました)"
        ),
        when_habitual=URGENT,
    ),
)

# A man or someone not named as one's own come into the house uninvited (「夜中に男が入ってきた」「さっき男の人が勝手に
# 上がってきた」「誰かが忍び込んできた」): an intruder now. Not one's son (長男), a carer or a tradesman named (「男性
# ヘルパーが」: 男 then が only), nor a place that is no home (a shop, a train, a ward), a dream, or a delusion seen through.
_A_MAN_OR_SOMEONE = (
    r"((?<![長次三四五末彼])(男|おとこ)(の人|のひと|の子|のこ)?|(知らない|しらない|知らん|しらん|見知らぬ|みしらぬ|変な|へんな|怪しい|あやしい)"
    r"(人|ひと|男|おとこ|女|おんな|男性|女性|やつ|連中)|誰か|だれか)"
)
_CAME_IN_UNINVITED = r"(入って(き|く)|はいって(き|く)|上がって(き|く)|あがって(き|く)|入り込|はいりこ|忍び込|しのびこ|上がり込|あがりこ|押し入(?!れ)|おしい(?!れ))"
# A burglary found done (「今朝起きたら泥棒に入られていた」「空き巣に入られました」): the thief gone, the police to be told;
# urgent, not an alarm (an intruder still there is read by the emergency rules).
_BURGLED = (
    r"(泥棒|どろぼう|ドロボウ|空き巣|あきす|空巣|強盗|ごうとう)(に|が)?(入|はい)られ(て(い)?)?(た|ました|てた|ちゃった|ちゃいました)"
    r"|(泥棒|どろぼう|空き巣|あきす)(に|が)?[^。]{0,6}?(荒らされ|あらされ)(て(い)?)?(た|ました)"
)
RULES = RULES + (
    Rule(
        "entered_uninvited",
        EMERGENCY,
        "110",
        "知らない人が家に入ってきた",
        r(_A_MAN_OR_SOMEONE + r"(が|に)[^。、]{0,6}?" + _CAME_IN_UNINVITED + _ENTERED_ENDING),
        unless=r(
            r"(店|みせ|電車|でんしゃ|バス|ばす|会社|かいしゃ|職場|教室|病室|びょうしつ|病棟|施設|しせつ|デイ|でい|銭湯|温泉|お風呂屋|駅|えき|コンビニ|トイレ)(に|へ|の中に|の中へ)"
            r"|(夢|ゆめ)(を|で|の中|のなか|だった)|(ニュース|にゅーす|ドラマ|映画|テレビ)(で|の話)"
            r"|誰も(い|来|き)(て|ま)|だれも(い|き)(て|ま)|(幻覚|げんかく|幻視|げんし|妄想|もうそう)"
            r"|(帰って|かえって)(いき|行き|くれ)ました|(帰り|かえり)ました|(帰った|かえった)(?!ら)|(捕ま|つかま)(った|りました)"
            # gone, or the police already there (「警察の人が来てくれて、もう安心です」)
            r"|警察(が|に|の人が|官が)[^。]{0,4}?(来て|きて|来た|きた|到着|保護)|(逃げ|にげ)(た|ていった|て行った|去っ|さっ)"
            r"|(もう|既に|すでに)(いない|いません)|もう安心|もうあんしん"
        ),
        when_habitual=URGENT,
    ),
    Rule(
        "burglary_discovered",
        URGENT,
        None,
        "空き巣・泥棒に入られた(犯人は去った・警察へ)",
        r(_BURGLED),
        # long ago, or the police already there or told (dealt with)
        unless=r(
            r"[0-9０-９一二三四五六七八九十数何]+(年|ねん|か月|ヶ月|カ月)(前|まえ)|去年|きょねん|昨年|昔|むかし|以前|いぜん"
            r"|(警察|けいさつ)(は|が|には|にも|に)?(もう|すでに|既に)?(来|き|届け|とどけ|連絡し|れんらくし)"
        ),
    ),
)

# Someone hiding now from a person with a blade or in a rage (「兄が包丁を持ってて、母は押し入れに隠れてる」「夫が
# 怒鳴って暴れてて、トイレに閉じこもってる」): in danger now, however the writer heard of it (a call from the one
# hiding is no hearsay to set aside). Not hiding in a game, nor hiding told as past (隠れていた).
RULES = RULES + (
    Rule(
        "hiding_from_violence",
        EMERGENCY,
        "110",
        "刃物・暴れる人から隠れている",
        r(
            r"(隠れ|かくれ|閉じこも|とじこも|立てこも|たてこも|逃げ込|にげこ)(んで|って|て)"
            r"(いる|る|います|ます|おる|とる|ん|いて|て)"
        ),
        needs=r(
            r"包丁|ほうちょう|刃物|はもの|ナイフ|ないふ|鎌|かま(?!す|わ|い|って)|バット|ばっと|鉈|なた(?!ね|の|が)"
            r"|怒鳴|どな(っ|り|る)|暴れ|あばれ|殴|なぐ(っ|ら|り|る)|殺す|ころす|ころされ|殺され"
        ),
        unless=r(r"かくれんぼ|隠れんぼ|ドラマ|映画|小説|漫画|まんが|ニュース|にゅーす|ゲーム|げーむ"),
        when_habitual=URGENT,
    ),
)
