"""self_harm_now (119): an attempt at suicide or self-harm happening now, or a plan for now with the means.

Also sets the crisis flag. Figures of speech (「死ぬほど忙しい」「死ぬかと思った」) and plans for one's
own end (「最期は家で死にたい」, 終活) are not matched.
"""

from nlp.rules.base import EMERGENCY, ESTATE_WILL, ESTATE_WILL_ONLY, NEG, URGENT, Rule, r, with_katakana

# 「死ぬか思たわ」: 「死ぬかと思った」 with と dropped, in Kansai speech.
_NOT_FIGURE = r"(?!ほど|かと|か(思|おも)(た|っ|いま)|まで|気で|前|まえ|時|とき|こと|のが(怖|こわ|不安)|ほうが)"

# 練炭 named as the fuel of a household appliance (「練炭コンロで焼き肉」「練炭こたつ」): cooking or heating, no plan.
_APPLIANCE = r"(?!コンロ|こんろ|火鉢|ひばち|こたつ|炬燵|ストーブ|すとーぶ)"
# …or the fire food is cooked over, a food or a dish named after it in the sentence (「練炭でさんま焼く」「練炭の火で餅を
# あぶる」「七輪に練炭おこして、庭で干物を」): cooking, no plan. 焼く alone is not enough (「部屋で練炭を焼く」).
_COOKING = (
    r"(?![^。]{0,14}?(さんま|秋刀魚|魚|さかな|干物|ひもの|餅|芋|さつまいも|肉|焼肉|焼き肉|やきにく|焼き鳥|やきとり|貝|野菜|やさい|鍋|なべ"
    r"|煮物|にもの|ご飯|ごはん|おにぎり|料理|りょうり|調理|ちょうり|燻製|くんせい|バーベキュー|ばーべきゅー|bbq|湯を沸|ゆをわか|鰻|うなぎ))"
)

RULES = (
    Rule(
        "self_harm_act",
        EMERGENCY,
        "119",
        "自殺企図・自傷の最中",
        r(
            r"(首|くび)を(吊|つ)って(い|た|る)|(自傷|じしょう)(中|ちゅう|し(てい|てる|ていま|ようと))|(首|くび)を(吊|つ)った|(首|(?<![てあ])くび)を?(吊|つ)ろうと|ロープを(かけ|掛け)(て|よう)|リストカット(?!を?したい|を?したく|を?しそう|の?衝動|の?しょうどう)|(手首|てくび)を(切|き)(っ|ろう|り(?!たい|たく|たさ))"
            r"|飛び降り(よう|た|て)|とびおり(よう|た|て)|(線路|せんろ)に(入|立|降り|はい|たっ|おり)|(電車|でんしゃ)に飛び込(もう|ん)|(ベランダ|屋上|窓|まど)から身を乗り出"
            r"|(練炭|れんたん|七輪)を?(焚|たい|炊|つけ)|(ガス|がす)の?(元栓|もとせん|栓)を(開け|あけ)(て|た|よう)"
            r"|(包丁|ほうちょう|刃物|はもの|ナイフ)を(自分|じぶん)(に|の)(向け|むけ|首|腹)|(自分|じぶん)(を|の体を)(刺|切|さし|きり)"
            # hurting oneself now (「自分を傷つけてる」「自分の腕を傷つけています」), not a wish (傷つけたい), a
            # tendency (「傷つけてしまう」: crisis.py) nor a past told as such (傷つけた過去, 傷つけたこと); also in
            # English words (「cutting herself」)
            r"|(自分|じぶん|自ら|みずから)(を|の(体|からだ|身体|腕|うで|手首|てくび|顔|かお|首|くび)を?)(傷つけ|傷付け|きずつけ)"
            r"(て(?!も|は|しまう|しまいま|しまいそう)|た(?!い|く|ら|こと|事|過去|経験)|ま|よう|ちゃ(?!う|いま|いそう)|とる|ゆう|ちゅう)"
            r"|(cutting|hurting|stabbing|harming)(her|him|my|them|your)sel(f|ves)|selfharming|tryingtokill(her|him|my|them|your)sel"
        ),
        crisis=True,
        when_habitual=URGENT,
    ),
    # The means made ready, with a wish to die or a farewell in the same message (「もう生きるのをやめたい。今ロープ
    # 用意した」「練炭を買ってきた、さようなら」): an attempt about to be made, not only a wish (the means kept for
    # some day, with no farewell, stays a crisis: crisis.py).
    Rule(
        "means_ready_with_farewell",
        EMERGENCY,
        "119",
        "自殺の準備(手段を用意し、死にたい・別れのことば)",
        r(
            r"(ロープ|ろーぷ|縄|なわ|練炭|れんたん|七輪|しちりん)(を|も)?[、,\s]?"
            r"((用意|ようい|準備|じゅんび)(を)?し(た|てある|てあっ|ておい|といた|てき|てる|ている|ていた|ていま)|買ってき|かってき|買ってあ|かってあ|結んだ|むすんだ|(かけ|掛け)た"
            # bought, told plainly or as remembered (「練炭を買ってたのを思い出した」「縄を買った」)
            r"|買っ(た|てた|ていた|ており|とい|ておい)|かっ(てた|ていた|とい|ておい))"
        ),
        unless=r(
            r"キャンプ|きゃんぷ|登山|とざん|荷造り|にづくり|引っ越|ひっこ|物干|ものほし|洗濯|せんたく|縄跳び|なわとび|綱引|つなひき"
            r"|焼き?肉|やきにく|バーベキュー|ＢＢＱ|BBQ|コンロ|こんろ|夏休み|なつやすみ|こたつ|火鉢|ひばち|防災|ぼうさい"
        ),
        needs=r(
            r"(死にたい|しにたい|死ぬ(ね|わ|から|つもり)|しぬ(ね|わ|から|つもり)|終わりにする|おわりにする|リタイアしたい|グッバイ|さようなら|さよなら"
            r"|(今|いま)までありがとう|生きる(の|こと)を?(やめ|止め|辞め)|消えたい|きえたい|遺書|いしょ)"
        ),
        crisis=True,
        when_habitual=URGENT,
    ),
    Rule(
        "suicide_now",
        EMERGENCY,
        "119",
        "自殺の計画・実行のおそれ",
        r(
            r"死に(たい|ます|に行)|しに(たい|ます|にいく)|死ぬ"
            + _NOT_FIGURE
            + r"|しぬ"
            + _NOT_FIGURE
            + r"|死のう|しのう|飛び降|とびお|首を(つ|吊)|命を絶|いのちをた|自殺|じさつ|道連れ|心中"
            r"|(薬|くすり)を?(全部|ぜんぶ|大量)[^。]{0,4}?(飲む|のむ)|ガスの元栓を(開け|あけ)|練炭"
            + _APPLIANCE
            + _COOKING
            + r"|遺書を(書い|書きま|残し)|いしょを(かい|のこ)"
        ),
        needs=r(
            r"今から|いまから|これから|今夜|こんや|今晩|こんばん|今日|きょう|今すぐ|いますぐ|今まさに|元栓|遺書|いしょを|ロープ|練炭"
            + _APPLIANCE
            # 「いま とびおりる」: "now" right before the act (not 「今、死にたい」, thoughts without an act)
            + r"|(今|いま)[、,]?(すぐ)?(飛び降り|とびおり|飛び込|とびこ|首を(吊|つ)|くびをつ)"
            + r"|さようなら|さよなら|最後の|お別れ"
        ),
        unless=r(
            r"(つもり|予定|気)は(ない|ありません)|(家|自宅|畳の上|住み慣れた|病院|ホスピス|施設)で死に|死ね(?!ば楽)"
            # a will drawn up with a lawyer or a notary: planning one's estate
            r"|" + ESTATE_WILL_ONLY
        ),
        crisis=True,
        when_habitual=URGENT,
    ),
)

# Said or left behind before an act (a note, not wanting to live, calling the crisis line).
_INTENT_SIGNS = (
    r"遺書|いしょ|(生き|いき)てい?たく(ない|ねえ|ねぇ|な)|(生き|いき)て(て|い)?[^。]{0,4}?(しかた|仕方|しょうが|意味|いみ)"
    r"|いのちの電話|命の電話|いのちのでんわ|こころの電話|よりそいホットライン"
)
# Household poisons (an attempt when swallowed with words of death).
_POISON = (
    r"(洗剤|せんざい|漂白剤|ひょうはくざい|ハイター|はいたー|カビキラー|カビ取り|農薬|のうやく|除草剤|じょそうざい|殺虫剤|殺鼠剤|さっそざい"
    r"|灯油|とうゆ|ガソリン|漂白|消毒液|塩素系|サンポール|パラコート|毒|どく)"
)
# Going in when the train comes (「電車が来たら入る」「列車が来たら飛び込む」「電車が来たら終わりにする」).
_TRAIN_COMING = (
    r"(電車|でんしゃ|列車|れっしゃ|汽車|きしゃ)(が|の)?[^。、]{0,4}?(来|き|く)(たら|れば|る前に|るまえに|るときに)、?[^。、]{0,6}?"
    r"(入|はい|飛び込|とびこ|飛ぶ|とぶ|飛び出|とびだ|終わり|おわり|楽|らく|行く|いく|行きます|いきます)"
)
_DEATH_WORD = (
    r"死ぬ|しぬ|死にます|しにます|死んでやる|さようなら|さよなら|最後の|ごめん|もういい|楽になる|終わりにする|おわりにする|終わりにします|終わらせる|おわらせる"
    # old-fashioned or formal leave-taking (「これにて世を辞する」「この世を去ります」「終わりにせむ」)
    r"|(世|よ)を(辞|じ|去|さ|捨|す)|(この世|このよ|浮き世|うきよ)(を|に|と)(去|さ|別れ|わかれ|おさらば|いとま)|今生の別れ|辞世"
    r"|(終わり|おわり)にせ(む|ん|う|よう)|(死|し)な(む|ん)(と|とす)"
    # a classical wish to die or to go (「我も逝かむと」「死なばや」「逝きたし」)
    r"|逝(きたし|きたき|かむ|かまし|かばや|かなむ|きなむ)|(死|し)(なばや|なまし|にたし(?![かなょ])|にたき(?!り))|(消え|きえ)(なばや|ばや|なむ|なまし)"
)

# A wish to die or to take someone along, said in any script (「しのうとおもって」「道連れに」「一緒に死ぬ」): what makes a
# household means (gas, charcoal) an attempt rather than a chore.
# A plea to be let die or killed (「このまま死なせて」「殺してくれ」), not a death one caused and regrets (「死なせてしまった」).
_LET_ME_DIE = r"(死|し)なせて(?!しま|しも|ちゃ|もう(た|て))|(殺|ころ)してくれ"
_WISH_TO_DIE = (
    _LET_ME_DIE
    + r"|死にたい|しにたい|死にます|しにます|死のう|しのう|死ぬ(?!ほど|かと|か(思|おも)|まで|気で|前|まえ)|しぬ(?!ほど|かと|か(思|おも)|まで|きで|前|まえ)"
    r"|死んでやる|しんでやる|自殺|じさつ|道連れ|みちづれ|心中|しんじゅう|(一緒|いっしょ)に(逝|い)く|終わりにする|おわりにする|終わりにします|終わらせ|おわらせ"
    r"|(生き|いき)てい?たく(ない|ねえ|な)|(生き|いき)とう(ない|ねえ|なか)|消えたい|きえたい|さようなら|さよなら|(今|いま)までありがとう"
)
RULES = RULES + (
    Rule(
        "self_harm_means_now",
        EMERGENCY,
        "119",
        "自殺企図・自傷の最中(手段が手元にある)",
        r(
            r"(手首|てくび|腕|(?<![よそ])うで|首|(?<!あ)くび|腹|はら|のど|喉)(を|に|から)?[^。]{0,8}?(切っ|きっ|切ろう|きろう|(切り|きり)(?!たい|たく|たさ)|刃物を当て|包丁を当て|当てて)"
            # a blade laid against the neck or wrist, in kana too (「刃を首にあててる」)
            r"|(刃|包丁|ほうちょう|ナイフ|ないふ|カッター|かったー|カミソリ|かみそり|剃刀|刃物|はもの)を?[^。、]{0,6}?(首|くび|手首|てくび|のど|喉)(に|へ)?(当て|あて|押し当て|おしあて)"
            # …in a headline's shorthand, no verb (「包丁を首に 台所で」, spaces dropped by the compact form), or kept
            # in hand and not let go (「包丁を握って離さない」「刃物を手放さず」)
            r"|(刃|包丁|ほうちょう|ナイフ|ないふ|カッター|かったー|カミソリ|かみそり|剃刀|刃物|はもの)を(首|くび|手首|てくび|のど|喉)に(?![ぁ-ゖ]|沿|添|剃|そ)"
            r"|(刃|包丁|ほうちょう|ナイフ|ないふ|カッター|かったー|カミソリ|かみそり|剃刀|刃物|はもの)(を|は)?[^。]{0,16}?(手放さ|てばなさ|離さ|はなさ|放さ)(ず|ない|ん|へん|ねえ|ぬ)"
            r"|(自分|じぶん|自ら|みずから)の?[^。]{0,6}?(腕|うで|手首|首|体)を?[^。]{0,10}?(切っ|切り|刺|きっ|刃物)"
            r"|(首吊り|くびつり)|(ひも|紐|縄|なわ|ロープ|ろーぷ)[^。]{0,12}?(首|くび|かけ|持って|もって|手にし|手に取|手にと|握)"
            # the neck named first, one's own or another's (「父の首に紐を巻いて一緒に死ぬと」: a murder-suicide under way)
            # (the death said in the same sentence: the rule's context words name the neck itself; 「首にタオルを巻いて畑へ」)
            r"|(首|くび)に[^。、]{0,4}?(ひも|紐|縄|なわ|ロープ|ろーぷ|コード|こーど|ベルト|タオル|たおる)を?[^。、]{0,2}?(巻|まい|まき|かけ|掛け|回し|まわし|締め|しめ)"
            r"(?=[^。]{0,16}?(死ぬ|しぬ|死の|しの|死な|死に|しに|死ん|道連れ|みちづれ|心中|しんじゅう|殺|ころ[しす]|終わりに|おわりに)(?!ほど|くらい|ぐらい|かと|思い|おもい))"
            # …in hand, the clause cut short (「ロープ手に」「縄を手に、」), not 「手に入れた」 (got) nor 「手に負えない」
            r"|(ひも|紐|縄|なわ|ロープ|ろーぷ)を?(手|て)に(?=$|[、。,!！?？…\s]|(して|持|も[っちて]|取|と[っりて]|握|にぎ))"
            r"|(柵|さく|欄干|らんかん)を?(越え|こえ|乗り越え|のりこえ)|(踏切|ふみきり|ホームの端|線路|せんろ)[^。]{0,10}?(中|なか|座り込|すわりこ|立っ|たっ|立ち|向か|むか)"
            # astride or over the railing of a bridge or a balcony (「橋の手すりにまたがりゆう」「柵に足をかけて」)
            r"|(手すり|手摺|てすり|柵|欄干|らんかん|フェンス|ふぇんす)(の上に|の上で|に|を|へ)?(またが|跨|乗り越え|のりこえ|足をかけ|足を掛け|あしをかけ|よじ登|よじのぼ)"
            # up on a bridge's railing (「欄干にのぼって」「欄干に上がっとる」): no place to stand but to jump
            r"|(欄干|らんかん)(の上に|の上へ|に|へ)(登|のぼ|上が|あが|上っ)"
            # a blade in English words (「knife で手首 cut してる」)
            r"|(knife|blade|razor|cutter)[^。]{0,8}?(手首|てくび|腕|うで|首|くび|のど|喉|自分|じぶん|cut|wrist)"
            r"|(手首|てくび|腕|うで|首|くび|のど|喉|wrist)(を|に)?[^。]{0,6}?(cut|slash|knife)"
            # over the edge: a leg or the body out over the railing of a balcony, a window, a roof
            r"|(ベランダ|べらんだ|手すり|手摺|てすり|柵|さく|窓|まど|屋上|おくじょう|屋根|やね|欄干|らんかん)[^。]{0,6}?(外|そと|向こう|むこう)(に|へ|から)?[^。]{0,4}?(足|あし|身|み|体|からだ)を?(出|だ|乗り出|のりだ|かけ|掛け)"
            r"|(炭|すみ)の(煙|けむり)|(屋上|おくじょう|屋根|やね)[^。]{0,12}?(飛|と)(ぶ|び降|びお)"
            # a blade used on the wrist or the neck, also in a formal or old-fashioned hand (「剃刀にて手首を傷つけ」)
            r"|(剃刀|カミソリ|かみそり|刃物|はもの|包丁|ほうちょう|ナイフ|ないふ|カッター|かったー)(で|にて|を使って|をつかって)[^。、]{0,4}?"
            r"(手首|てくび|腕|うで|首|くび|のど|喉)を?(傷つけ|傷付け|きずつけ|切っ|切り|切ろ|きっ|きり|きろ)"
            # standing on the far side of a railing (「ベランダの柵の外側に立ってる」)
            r"|(手すり|手摺|てすり|柵|さく|欄干|らんかん|フェンス|ふぇんす)の?(外側|そとがわ|外|そと|向こう側|むこうがわ|向こう|むこう)(に|で)"
            r"(立|たっ|たた|座|すわ|しがみ|ぶら下|ぶらさ|つかま|掴ま|い(る|ます|て))"
            # …with the person named in between (「屋上の柵の外に、近所のおじいさんが立っています」)
            r"|(手すり|手摺|てすり|柵|さく|欄干|らんかん|フェンス|ふぇんす)の?(外側|そとがわ|外|そと|向こう側|むこうがわ|向こう|むこう)(に|で)[、,]?"
            r"[^。、]{1,14}?(が|は)(立っ|たっ|座っ|すわっ|しがみつ|ぶら下が|ぶらさが|つかまっ|掴まっ|い(る|ます))"
        ),
        needs=r(
            _DEATH_WORD
            # 「もう無理😢今ロープかけた」: at the end of one's strength, with the means in hand.
            + r"|もう(無理|むり|限界|げんかい|だめ|ダメ)|"
            + r"しにたい|しにます|しのう|生き恥|いきはじ|死に|死な|死の|死ん|あの世|自分|じぶん|自ら|血|ち(が|を|ぃ)|息|いき|首|くび|飛|とび|とぶ|下ろ|おろ|越え|乗り越え|押さえ|おさえ|止め|とめ|煙|灯油"
            # going in when the train comes (「電車が来たら入る」)
            + r"|"
            + _TRAIN_COMING
            + r"|blood|bleeding"
        ),
        crisis=True,
        when_habitual=URGENT,
    ),
    Rule(
        "overdose_to_die",
        EMERGENCY,
        "119",
        "死ぬつもりで薬を飲んだ",
        r(
            r"(薬|くすり|睡眠薬|すいみんやく|安定剤|あんていざい|導入剤|眠剤|錠剤)[^。]{0,12}?(飲んだ|のんだ|飲みました|のみました|飲んた|のんた|お飲みにな(った|りました|って)|おのみにな(った|りました|って)|空に|から(に)?した|服用し|ふくようし|摂取し|せっしゅし|なくなって|なくなっ|空っぽ|からっぽ"
            # taken in a formal or old-fashioned hand (「多量に服し候」「のみほしぬ」), or downed (「あおった」)
            r"|服し|服薬し|飲み干|のみほ|呑み干|呑んだ|あおった|煽った)"
            r"|(全部|ぜんぶ|大量|たいりょう|多量|たりょう|たくさん|いっぱい|いっはい|ありったけ)(飲んだ|のんだ|飲みました|のみました|飲んじゃ|のんじゃ)[^。]{0,4}?(薬|くすり)"
            # far too many, being taken now: 「おくすりをいっぱいだして、しにたいっていってのんでる」
            r"|(薬|くすり|睡眠薬|すいみんやく)を?[^。]{0,6}?(いっぱい|全部|ぜんぶ|大量|たいりょう|たくさん|まとめて|一度に|いちどに|ありったけ|何錠も|[0-9]+錠)"
            r"[^。]{0,24}?(飲んで(る|い|お)|のんで(る|い|お)|飲んどる|のんどる|飲もうと|のもうと|飲み始め|のみはじめ|飲み込ん|のみこん)"
        ),
        needs=r(
            _DEATH_WORD
            + r"|死|しぬ|しの|しにたい|しにます"
            # going to the dead, or a secret from the family (「あなた、いまそっちへ行きます。薬はもう飲みました。
            # 子どもたちには内緒にしてね」)
            + r"|(あっち|あちら|あの世)(に|へ)(行|い)|(子ども|こども|子供|息子|娘|家族|みんな)(たち|達)?(に|には)[^。]{0,4}?(内緒|ないしょ|黙って|だまって|言わないで|いわないで)"
            + r"|"
            + _INTENT_SIGNS
        ),
        crisis=True,
        when_habitual=URGENT,
    ),
)

RULES = RULES + (
    # Kerosene or petrol poured over oneself; not spilt while filling a stove (「ストーブに入れるとき灯油を
    # かぶっちゃった」, the model may still ask), unless a word of death is there too.
    Rule(
        "doused_in_fuel",
        EMERGENCY,
        "119",
        "自殺企図・自傷の最中(手段が手元にある)",
        # also broken up by pauses (「灯油……かぶった」), or poured over oneself (「ガソリンを頭から浴びた」)
        r(
            r"(灯油|とうゆ|ガソリン|がそりん)を?[.…‥・、,ー~〜]{0,8}?(頭から|あたまから|体に|からだに|全身に)?[.…‥・、,ー~〜]{0,8}?(かぶ|被|浴び|あび)"
        ),
        unless=r(
            r"^(?!.*(死|しぬ|しに|しの|消え|きえ|終わり|おわり|さよなら|さようなら|もう(無理|むり|限界|いい)))"
            r"(?=.*(給油|補充|(ストーブ|タンク|ポリタンク)(に|へ)|(入れる|いれる|入れて|いれて)(とき|時|いる|たら)|こぼ|うっかり|誤って|あやまって|間違えて|まちがえて))"
        ),
        needs=r(
            _DEATH_WORD
            + r"|もう(無理|むり|限界|げんかい|だめ|ダメ)|しにたい|しにます|しのう|死に|死な|死の|死ん|あの世|自分|じぶん|自ら|灯油|とうゆ|ガソリン|がそりん"
        ),
        crisis=True,
        when_habitual=URGENT,
    ),
)

RULES = RULES + (
    # At the water, the tracks or a height now, with words of ending it (「もう終わりにする、海に来てる、いま入ってく」).
    Rule(
        "at_the_place_now",
        EMERGENCY,
        "119",
        "自殺企図(現場にいる)",
        r(
            r"(海|うみ|浜|はま|海岸|かいがん|川|かわ(?!い(?:く|い|そ|ら|が))|湖|みずうみ|池|崖|がけ|橋|はし|ダム|屋上|おくじょう|線路|せんろ|踏切|ふみきり|ホーム|ほーむ|ビルの上)"
            r"(の方|のほう|の近く|のちかく|のそば|の側|の傍)?(に|へ|から|の上に|のうえに|の上で|のうえで|の前に|のまえに|の前で|のまえで|まで|さ)?(来て|きて|来た|きた|来とる|着い|つい|いる|います|おる|立っ|たっ|立ち|入って|はいって|入る|はいる|入ります|はいります|入ろう|はいろう"
            r"|入っていこう|はいっていこう|入っていく|はいっていく|飛び込|とびこ|行った|いった|向かった|むかった|歩いて行|歩いてい|歩いてった|あるいてった|あるいてい|向かってった|むかってった|行っちゃ|いっちゃ"
            r"|行く(?![らとの]|予定|よてい|つもり)|いく(?![らとのつ]|予定|よてい)|歩いてる|あるいてる|向かってる|むかってる|向かってい|むかってい)"
            # standing on a railing, an edge or the end of a platform (「橋の欄干に立っています」「屋上の縁に立ってる」)
            r"|(欄干|らんかん|手すり|手摺|てすり|縁|ふち|へり|ホームの端|ほーむのはし|ホームの際)(の上|のうえ)?(に|で)"
            r"(立っ|たっ|立ち|乗っ|のっ|座っ|すわっ|腰かけ|腰掛け|よじ登|よじのぼ)"
            # walking into the water in one's clothes
            r"|(服|ふく)の?まま[^。]{0,8}?(海|うみ|川|かわ|水|みず|池|浜|はま)"
            # in the water up to the waist or the chest now (「腰まで水に入ってって」)
            r"|(腰|こし|胸|むね|首|くび|膝|ひざ|肩|かた)まで[^。、]{0,6}?(入っ|はいっ|入り|はいり|浸か|つか|沈|しず)"
            # leaning out over the edge of a bridge, a railing, a cliff or a platform (「欄干から身を乗り出してる」)
            r"|((橋|はし|屋上|おくじょう|ベランダ|べらんだ|ホーム|ほーむ)の)?(橋|はし|欄干|らんかん|手すり|手摺|てすり|柵|さく|フェンス|ふぇんす|崖|がけ|ホームの端|屋根|やね|屋上|おくじょう)"
            r"(の上|のうえ|の端|のはし)?(から|越しに|ごしに)[^。、]{0,4}?(身|み|体|からだ|上半身|じょうはんしん)を?(乗り出|のりだ)"
            # going there, said in the polite form (「これから線路に行きます」「崖に向かいます」), not asked (行きますか)
            # (a move near it, 「海の近くに行きます」, is not matched)
            r"|(海|うみ|川|かわ|湖|みずうみ|崖|がけ|橋|はし|ダム|屋上|おくじょう|線路|せんろ|踏切|ふみきり|ホーム|ほーむ)"
            r"(に|へ|まで)(行きます|いきます|向かいます|むかいます|参ります|まいります)(?!か)"
        ),
        needs=r(
            _DEATH_WORD
            + r"|死|しに|消え|きえ|もう(いい|無理|むり)|さいご|(生き|いき)(て|る)[^。]{0,6}?(しょうがな|しょうがね|仕方|しかた|意味|いみ)|"
            + _INTENT_SIGNS
            + r"|"
            + _TRAIN_COMING
            # the act itself stated as now (「もう電車に飛び込む」「今から川に飛び込みます」), not a thought (「飛び込もうかな」)
            + r"|(もう|今から|いまから|今すぐ|いますぐ)[、,]?[^。、]{0,6}?(飛び込|とびこ)(む(?!な|の|こと|事|人|ひと|ニュース|事故|かも|かな)|みます|んでやる)"
            # …or the jump itself stated as now, in the first person (「もう飛びます」「いまから飛び降ります」)
            + r"|(もう|今から|いまから|今すぐ|いますぐ)[、,]?[^。、]{0,6}?((飛び降|とびお)(りる|ります|りてやる)|(飛|と)(ぶ|びます|んでやる))(?!な|の|こと|事|か|よう|ように)"
            # going in now, with thanks to everyone as a last word (「今から海に入る、皆さんありがとう」)
            + r"|(今から|いまから|これから|今すぐ|いますぐ)[^。]{0,12}?(入|はい|飛び込|とびこ|行|い)[^」』]{0,14}?"
            + r"((皆|みな|みんな)(さん|様|さま)?[、,]?(本当に|ほんとうに|色々|いろいろ)?(ありがとう|お世話|おせわ)|(今|いま)まで[^。、]{0,4}?ありがとう|さようなら|さよなら)"
        ),
        unless=r(r"散歩|釣り|つり|旅行|遊び|あそび|泳ぎ|およぎ|海水浴|観光"),
        crisis=True,
        when_habitual=URGENT,
    ),
)

RULES = RULES + (
    # Shut in behind a locked door, or gone into a shed and not coming out, after words or a note of ending it
    # (「「もう終わりにする」と言って部屋に鍵をかけて出てこない」「遺書があって、物置に入ったまま出てこない」).
    Rule(
        "shut_in_after_intent",
        EMERGENCY,
        "119",
        "自殺企図のおそれ(閉じこもって応答がない)",
        r(
            r"(鍵|かぎ|カギ)を?(かけ|掛け|閉め|しめ)[^。]{0,8}?((出てこ|でてこ|出て来|出てき|開けてくれ|あけてくれ)"
            + NEG
            + r"|(返事|応答|へんじ)(が|も)?(な|無))"
            # locked in and staying there, with words or means of ending it (「部屋に鍵をかけてこもっている」)
            r"|(鍵|かぎ|カギ)を?(かけ|掛け|閉め|しめ)て[^。、]{0,3}?(閉じ|とじ|立て|たて)?(こもっ|籠っ|篭っ)(て(い|る|ま)|た)"
            # …or told in the continuative, the clause going on (「鍵をかけて閉じこもり、」), not a habit (閉じこもりがち)
            r"|(鍵|かぎ|カギ)を?(かけ|掛け|閉め|しめ)て[^。、]{0,3}?(閉じ|とじ|立て|たて)?(こもり|籠り|篭り|籠もり|篭もり)(?=[、,])"
            r"|(部屋|へや|トイレ|風呂|ふろ|浴室|物置|ものおき|納屋|なや|倉庫|車|くるま)[^。]{0,6}?(入った|はいった|こもった|閉じこもった)(まま|きり)[^。]{0,6}?"
            r"((出てこ|でてこ|出て来|出てき)" + NEG + r"|(返事|応答|へんじ)(が|も)?(な|無))"
            # called or knocked on and not opening (「呼んでも開けない」「ノックしても返事しない」), not the eyes
            # (「呼んでも目をあけない」: unresponsive.py)
            r"|(呼んで|よんで|呼びかけて|よびかけて|声をかけて|こえをかけて|ノックして|のっくして|叩いて|たたいて)も[、,]?(?:(?!目|め|まぶた|瞼)[^。、]){0,6}?"
            r"((開け|あけ)(て(くれ|もらえ|くださら))?"
            + NEG
            + r"|(出てこ|でてこ|出て来|出てき)"
            + NEG
            + r"|(返事|応答|へんじ)(が|も)?(な|無|し(ない|ません|ねえ))|(返事|応答|へんじ)(せ|し)(ず|ん|へん))"
        ),
        negatable=False,
        needs=r(
            r"遺書|いしょ|死にたい|しにたい|死ぬ(?!ほど|かと|まで)|しぬ(?!ほど|かと|まで)|死のう|しのう|死んでやる|自殺|じさつ|終わりにする|おわりにする|終わりにします|終わらせる"
            r"|(生き|いき)てい?たく(ない|ねえ|な)|ロープ|ろーぷ|(?<![a-z])縄|なわ(?!とび)|練炭|れんたん|(睡眠薬|薬|くすり)[^。]{0,6}?(なくな|空|から(っぽ|に))"
            # no point in living (「生きててもしょうがない」), or a blade taken in (「カミソリ持って入った」)
            r"|(生き|いき)て(て|い)?[^。]{0,4}?(しかた|仕方|しょうが|しゃあ|意味|いみ)"
            r"|(カミソリ|かみそり|剃刀|刃物|はもの|包丁|ほうちょう|ナイフ|ないふ|カッター|かったー)を?[^。、]{0,4}?(持って|もって|持ち込|もちこ|手に)"
        ),
        crisis=True,
        when_habitual=URGENT,
    ),
)

RULES = RULES + (
    # A household poison swallowed with words of death (「「死にたい」って言ってハイターを一口飲んだ」): an
    # attempt, and still one when the person is calm or talking now — a poison acts later; only care
    # given (a hospital, an ambulance, spat out) sets it aside.
    Rule(
        "poison_to_die",
        EMERGENCY,
        "119",
        "死ぬつもりで毒物・洗剤などを飲んだ",
        r(
            _POISON
            + r"を?[^。]{0,6}?(飲んだ|のんだ|飲みました|のみました|飲んじゃ|のんじゃ|飲んで(しま|も|る|い)|のんで(しま|も|る|い)|飲み込んだ|のみこんだ|口に(含ん|入れ))"
        ),
        needs=r(
            r"死にたい|しにたい|死にます|しにます|死ぬ(?!ほど|かと|まで)|しぬ(?!ほど|かと|まで)|死のう|しのう|死んでやる|自殺|じさつ"
            r"|終わりにする|おわりにする|終わりにしたい|終わらせ|楽になりたい|消えたい|きえたい|(生き|いき)てい?たく(ない|ねえ|な)"
        ),
        unless=r(r"(家|自宅|畳の上|住み慣れた|病院|ホスピス|施設|うち)で死に|死ぬほど|(自殺|じさつ)(予防|対策|防止)"),
        crisis=True,
        when_habitual=URGENT,
        relieved_only_by_care=True,
    ),
)

RULES = RULES + (
    # The gas opened with words of death (「「一緒に死のう」と言ってガス栓をひねりました」「死ぬと言ってガスの
    # コックを全開にした」), or the smell of gas after them: not a burner lit for cooking.
    Rule(
        "gas_to_die",
        EMERGENCY,
        "119",
        "自殺企図・自傷の最中(ガス)",
        r(
            r"(ガス|がす)の?(元栓|もとせん|栓|せん|コック|こっく|バルブ)を?[^。、]{0,4}?(開け|あけ|ひね|捻|回し|まわし|回そ|まわそ|開い|ひらい|全開|ぜんかい|緩め|ゆるめ)"
            r"|(ガス|がす)の?(臭い|におい|匂い|ニオイ)が[^。、]{0,4}?(して|する|充満|じゅうまん)|(ガス|がす)が[^。、]{0,4}?(充満|じゅうまん|出っぱなし|でっぱなし)"
            # gas let into a closed car or room, also in learner's Japanese (「くるま の なか、ガス いれてる」)
            r"|(車|くるま|クルマ|部屋|へや|浴室|よくしつ|風呂|ふろ|トイレ)の?\s*(中|なか)?[^。]{0,8}?(排気ガス|はいきがす|ガス|がす)\s*を?\s*"
            r"(入れ|いれ|引き込|ひきこ|流し込|ながしこ|溜め|ため)"
        ),
        needs=r(
            r"死にたい|しにたい|死にます|しにます|死ぬ(?!ほど|かと|まで)|しぬ(?!ほど|かと|まで)|死のう|しのう|死んでやる|自殺|じさつ|心中|しんじゅう|道連れ|みちづれ"
            r"|一緒に死|いっしょにし|終わりにする|おわりにする|終わりにしたい|終わらせ|楽になりたい|消えたい|きえたい|(生き|いき)てい?たく(ない|ねえ|な)|遺書|いしょ"
            # ending it told as a resolve, tonight or now (「今夜で終わりにしよう」「もう終わりにしましょう」); a task ended
            # (「今日で作業を終わりにしよう」) names the task between and is not matched
            r"|(今夜|こんや|今晩|こんばん|今日|きょう|今|いま|これ|もう|人生|じんせい)(で|を)?[、,]?(もう)?(終わり|おわり)に(しよう|しよ|しましょう)"
            # worn out by care, with the person cared for, at the end of one's strength, or asking whether it is still
            # in time (「介護疲れた。母と一緒にガスの元栓ひねった。まだ間に合うのか」)
            r"|介護(疲|づか|つか)れ|かいご(づか|つか)れ|と(一緒|いっしょ)に|もう(無理|むり|限界|げんかい|だめ|ダメ)"
            r"|(まだ)?(間に合|まにあ)(う|い)(の|ん)?(か|でしょ|かな)|さようなら|さよなら|ごめんなさい|" + _LET_ME_DIE
        ),
        unless=r(
            r"(家|自宅|畳の上|住み慣れた|病院|ホスピス|施設|うち)で死に|死ぬほど|(自殺|じさつ)(予防|対策|防止)"
            # the gas opened to cook, or checked by a fitter (「母と一緒にガスの元栓をあけて鍋を」)
            r"|料理|りょうり|調理|ちょうり|鍋|なべ|お湯|おゆ|湯を|コンロ|こんろ|点検|てんけん|業者|ガス屋|開栓|かいせん|引っ越|ひっこ"
        ),
        crisis=True,
        when_habitual=URGENT,
    ),
)

RULES = RULES + (
    # Something left unnamed swallowed, with words of ending it (「もう、あれ飲んだ、全部。これで終わりにする」):
    # what was taken need not be named when the message says why.
    Rule(
        "unnamed_swallowed_to_die",
        EMERGENCY,
        "119",
        "死ぬつもりで薬などを飲んだ",
        r(
            r"(あれ|アレ|それ|例のもの|例のやつ)(を|は)?[、,]?(全部|ぜんぶ|みんな|ありったけ)?[、,]?"
            r"(飲んだ|のんだ|飲みました|のみました|飲んじゃ|のんじゃ|飲んでしま|のんでしま|飲み干|のみほ)"
        ),
        needs=r(
            r"死ぬ(?!ほど|かと|まで)|しぬ(?!ほど|かと|まで)|死にます|しにます|死んで|さようなら|さよなら|(終わり|おわり)に(する|します|したい|せ)|終わらせ|おわらせ"
            r"|(楽|らく)になる|(今|いま)までありがとう|あの世"
        ),
        crisis=True,
        when_habitual=URGENT,
        relieved_only_by_care=True,
    ),
)

RULES = RULES + (
    # The pills grabbed or in hand, about to be taken, with words of death (「くすりつかんで のむという しにたいといい」
    # 「薬を握りしめて全部飲むって、死ぬって」): an attempt under way, not a dose taken as prescribed.
    Rule(
        "pills_in_hand_to_die",
        EMERGENCY,
        "119",
        "死ぬつもりで薬を飲もうとしている",
        r(
            r"(薬|くすり|睡眠薬|すいみんやく|錠剤|じょうざい)(の(袋|ふくろ|瓶|びん|箱|はこ|シート))?を?[^。、]{0,4}?"
            r"(つかん|掴ん|つかみ|掴み|握っ|握り|にぎっ|にぎり|持ち|もち|持って|もって|手に(持|取|と|し)|てに(も|と|し)|口に(入れ|含|運)|くちに(いれ|ふく|はこ))"
            r"[^。]{0,16}?(飲む|のむ|飲も|のも|飲みま|のみま)(と|って|っち|ゆう|言|い|から|ぞ|わ|ん|うと(し|す))"
        ),
        needs=r(
            r"死にたい|しにたい|死ぬ(?!ほど|かと|まで|気)|しぬ(?!ほど|かと|まで|き)|死にます|しにます|死んでやる|しんでやる|死のう|しのう"
            r"|終わりにする|おわりにする|さようなら|さよなら|楽になりたい|らくになりたい|消えたい|きえたい|(生き|いき)てい?たく(ない|ねえ|な)|遺書|いしょ"
        ),
        crisis=True,
        when_habitual=URGENT,
    ),
)

# A farewell to everyone (「皆さんお世話になりました」「今までありがとう」「長い間ありがとう」).
_FAREWELL = (
    r"(皆|みな|みんな)(さん|様|さま)?[、,]?[^。、]{0,4}?(お世話|おせわ)に(なりました|なった)|(今|いま)までありがとう"
    r"|(長い|ながい)(間|あいだ)(ありがとう|お世話|おせわ)|さようなら|さよなら"
    # …or a plea not to be looked for (「探すな」「探さないでください」), a leaving note's words
    r"|(探|さが)(すな|さないで|さんといて|さんでいい|さなくていい)"
)
RULES = RULES + (
    # Going to the tracks, a cliff or the water now, with a farewell to everyone (「これから線路に行きます。皆さん
    # お世話になりました」): not an outing, a move or a leaving party (「来週海に行きます。みんなお世話になりました、また会おう」).
    Rule(
        "going_there_with_farewell",
        EMERGENCY,
        "119",
        "自殺企図(別れのことばと現場へ)",
        r(
            r"(海|うみ|川|かわ|湖|みずうみ|崖|がけ|橋|はし|ダム|屋上|おくじょう|線路|せんろ|踏切|ふみきり|ホーム|ほーむ)"
            r"(に|へ|まで)(行きます|いきます|向かいます|むかいます|参ります|まいります|行く|いく|向かう|むかう|向かって(い|る|ま)|むかって(い|る|ま))(?![かとのらよ])"
        ),
        needs=r(_FAREWELL),
        unless=r(
            r"散歩|釣り|つり|旅行|遊び|あそび|泳ぎ|およぎ|海水浴|観光|バーベキュー|キャンプ|花火|来週|来月|明日|あした|週末|連休|休み"
            r"|引っ越|ひっこ|転居|退職|転勤|異動|卒業|送別|また(会|あ|来|き|遊|今度|こんど)|またね|小説|映画|ドラマ"
        ),
        crisis=True,
        when_habitual=URGENT,
    ),
)

RULES = RULES + (
    # A note of farewell left and the means (pills, a rope, a blade, charcoal) taken, and the person gone
    # (「書き置きを残して、ロープを持ったまま家を出た」): an attempt under way somewhere unknown, not a will
    # written for one's end of life (終活) or medicine packed for a trip.
    Rule(
        "note_means_gone",
        EMERGENCY,
        "119",
        "自殺企図のおそれ(遺書を残し手段を持って出ていった)",
        r(
            r"(薬|くすり|睡眠薬|すいみんやく|安定剤|錠剤|じょうざい|ロープ|ろーぷ|(?<![a-z])縄|練炭|れんたん|カミソリ|かみそり|刃物|はもの|包丁|ほうちょう|ナイフ|ないふ)"
            r"(の(袋|ふくろ|瓶|びん|箱|はこ|シート))?を?[^。、]{0,4}?(持って|もって|持ち出|もちだ|持った|もった|抱えて|かかえて)[^。]{0,10}?"
            r"(出て(行|い)った|でていった|出ていきました|出かけ(た|ました)|家を出た|いえをでた|いなくなっ|姿が(な|見え)|消え(た|ました))"
        ),
        needs=r(r"遺書|いしょ|書き置き|かきおき|置き手紙|おきてがみ"),
        unless=r(
            r"終活|しゅうかつ|エンディングノート|旅行|りょこう|出張|しゅっちょう|入院の(準備|支度)|小説|映画|ドラマ"
        ),
        negatable=False,
        crisis=True,
        when_habitual=URGENT,
    ),
)

RULES = RULES + (
    # The means made ready and the act announced for now, without a word of death (「もう縄を用意しました。いまから
    # 物置でやります」「ロープは買ってある、今夜決行する」): the plan with the means at hand. Not a job named as what
    # will be done (「今から物置の片付けをやります」: an object before やります).
    Rule(
        "means_ready_act_now",
        EMERGENCY,
        "119",
        "自殺の計画・実行のおそれ(手段を用意して今から)",
        r(
            r"(ロープ|ろーぷ|(?<![a-z])縄|なわ(?!とび)|紐|練炭|れんたん|七輪|しちりん|睡眠薬|すいみんやく|カミソリ|かみそり|剃刀|刃物|はもの)"
            r"(を|は|も)?[^。、]{0,4}?(用意|ようい|準備|じゅんび|買っ|かっ(て(あ|き|お)|た)|買い(まし|そろ)|揃え|そろえ|手に入れ|てにいれ)"
        ),
        needs=r(
            r"(今から|いまから|これから|今夜|こんや|今晩|こんばん|今すぐ|いますぐ)[、,]?[^。をがは]{0,8}?"
            r"(やります|やる(?!こと|事|気|の|か|べき|よう)|やっちゃ|決行|けっこう|実行|じっこう|終わりに|おわりに)"
        ),
        unless=r(
            r"キャンプ|きゃんぷ|引っ越|ひっこ|荷造り|にづくり|防災|ぼうさい|登山|とざん|バーベキュー|釣り|つり|小説|映画|ドラマ"
        ),
        crisis=True,
        when_habitual=URGENT,
    ),
)

# The means of an attempt (a blade, a cord, pills, charcoal, a poison).
_MEANS = (
    r"(カミソリ|かみそり|剃刀|刃物|はもの|包丁|ほうちょう|ナイフ|ないふ|カッター|かったー|ロープ|ろーぷ|(?<![a-z])縄|なわ(?!とび)|紐"
    r"|練炭|れんたん|七輪|しちりん|睡眠薬|すいみんやく|眠剤|安定剤|薬|くすり|農薬|のうやく|除草剤|じょそうざい|灯油|とうゆ|ガソリン|がそりん)"
)
# …kept at hand now (「手元にカミソリ」「枕元に睡眠薬を置いて」「ロープを握って」).
_MEANS_AT_HAND = (
    r"(手元|てもと|手|枕元|まくらもと|そば|傍|横|よこ|懐|ふところ|ポケット)(に|には)[^。]{0,6}?"
    + _MEANS
    # not the means missing (「手元にカッターがない」)
    + r"(?![^。、]{0,3}?(ない|無い|なく|ありません|見当たら|みあたら))"
    + r"|"
    + _MEANS
    + r"(を|が|は|も)?[^。、]{0,6}?(手元|てもと|枕元|まくらもと|そば|傍|横|懐)?に?"
    r"(ある|あり|置い|おい|置き|おき|持って|もって|持ち|もち|握っ|握り|にぎっ|にぎり|手に|てに|用意|ようい|準備|じゅんび)"
)
# A task or a job that may be ended today (「今日で終わりにしたい、この片付け」).
_TASK = (
    r"(仕事|しごと|作業|さぎょう|片付け|片づけ|かたづけ|掃除|そうじ|パート|店|みせ|連載|練習|稽古|治療|通院|ダイエット|料理|りょうり|調理"
    r"|工事|草取り|草むしり|引っ越し|ひっこし|整理|せいり|宿題|しゅくだい)"
)
RULES = RULES + (
    # Ending it now, tonight or today, with the means at hand (「手元にロープ、今夜で終わりにする」「枕元に睡眠薬を並べて、
    # 今日で終わりにしたい」「包丁を持って、今から死ぬ」): the plan for now with the means — not a wish alone (crisis.py),
    # nor a task ended today (「今日で終わりにしたい、この片付け」: no means at hand), nor a figure (「今日死ぬかと思った」).
    Rule(
        "means_at_hand_end_now",
        EMERGENCY,
        "119",
        "自殺の計画・実行のおそれ(手段が手元にあり今夜・今から)",
        r(
            r"(今夜|こんや|今晩|こんばん|今日|きょう|今から|いまから|これから|今すぐ|いますぐ)(で|に|中に|じゅうに|のうちに)?[、,]?(もう)?[、,]?"
            r"((終わり|おわり)に(する|します|したい|しよう|しよ)|(終わら|おわら)せ(る|ます|たい|よう)|(死|し)(にたい|にます|ぬ(?!ほど|かと|まで|気|き|前|まえ|そう|こと|事|とき|時)|のう|んでやる)"
            r"|(消え|きえ)(る|ます|たい)|(逝|い)き(ます|たい))"
        ),
        needs=r(_MEANS_AT_HAND),
        unless=r(
            _TASK + r"(を|は|も)?[^。]{0,10}?(終わり|おわり|終わら|おわら)"
            # the task said after (「今日で終わりにしたい、この片付け」)
            r"|(終わり|おわり)に(したい|する|します)[、,]?(この|その|あの)?" + _TASK + r"|小説|映画|ドラマ|ゲーム"
        ),
        crisis=True,
        when_habitual=URGENT,
    ),
)

RULES = RULES + (
    # A jump from a bridge or a height announced as what one will do, with a farewell (「歩道橋から飛び降りる。今まで
    # ありがとう」「陸橋から飛ぶ、世話になったな」, also reported in a message from the person): an attempt about to
    # happen. Not a bird or a glider, a bungee jump, a dive into a pool or a river for fun, nor a bridge for a walk.
    Rule(
        "jump_announced_with_farewell",
        EMERGENCY,
        "119",
        "自殺企図(飛び降りの予告と別れのことば)",
        r(
            r"(鉄橋|てっきょう|歩道橋|ほどうきょう|陸橋|りっきょう|大橋|橋|はし|屋上|おくじょう|ビル|マンション|団地|崖|がけ|ベランダ|べらんだ|窓|まど|屋根|やね|タワー|ダム|岸壁|がんぺき)"
            r"(の上|のうえ|の上から|の端)?から[、,]?(今から|いまから|これから|今夜|今日)?[、,]?"
            r"((飛|と)(ぶ|びます|んでやる|ぼう)|(飛び降|とびお)(りる|ります|りてやる|りよう)|(飛び込|とびこ)(む|みます|んでやる)|(身|み)を(投げ|なげ)(る|ます))"
            r"(?!な|の|こと|事|鳥|とり|人|ひと|か|よう|夢|ゆめ|練習|姿|ところ|所|ん|前|まえ|時|とき|場面|シーン|遊び|あそび)"
        ),
        needs=r(
            r"(世話|せわ)に(なった|なりました|なったな|なったね)|ありがとう|さようなら|さよなら|(元気|げんき)で(な|ね|いて)|(達者|たっしゃ)で"
            r"|ごめん|先に(逝|い|行)|(あと|後)は(頼|たの)|(最後|さいご)|遺書|いしょ|書き置き|死|しぬ|しに|終わり|おわり|もう(無理|むり|限界|いい)"
        ),
        unless=r(
            r"バンジー|ばんじー|パラグライダー|ハンググライダー|スカイダイビング|飛び込み台|プール|川遊び|かわあそび|夢|ゆめ|ゲーム|ドラマ|映画|小説|漫画|マンガ"
            r"|ムササビ|鳥|とり|ドローン|紙飛行機|花火|ショー|イベント|撮影|遊び|あそび|度胸試し|どきょうだめし"
        ),
        crisis=True,
        when_habitual=URGENT,
    ),
)

# A room sealed against air (「目張りした」「閉め切った部屋」「窓の隙間をテープでふさいで」).
_SEALED = (
    r"目張り|めばり|目貼り|閉め切|しめき|締め切った|しめきった|密閉|みっぺい|(隙間|すきま)[^。]{0,8}?(ふさ|塞|テープ|埋め|うめ)"
    r"|(窓|まど|ドア|どあ|扉|とびら|戸|換気口|通気口)[^。]{0,10}?(テープ|てーぷ|ガムテ|がむて|新聞紙)[^。]{0,6}?(貼|はっ|はり|ふさ|塞|目張)"
    r"|(テープ|てーぷ|ガムテ|がむて)で[^。]{0,8}?(ふさ|塞|目張)"
)
RULES = RULES + (
    # Charcoal lit in a sealed room (「目張りした部屋で練炭に火をつけた」「閉め切った部屋で七輪に炭をおこしている」): an
    # attempt in progress, carbon monoxide. Not charcoal kept in a shed, a 七輪 for grilling fish, a charcoal heater
    # (練炭こたつ) or a barbecue (those name no sealed room, or name what is cooked).
    Rule(
        "charcoal_in_a_sealed_room",
        EMERGENCY,
        "119",
        "自殺企図・自傷の最中(密閉した部屋で炭火)",
        r(
            r"(練炭|れんたん|七輪|しちりん|木炭|もくたん|豆炭|炭|すみ(?=に|を|が|の火))"
            + _APPLIANCE
            + r"(に|を|が|で|の)?[^。、]{0,6}?((火|ひ)を?(つけ|付け|点け|おこ|起こ|熾|入れ|いれ)|(火|ひ)が(つい|付い|おき|起き|入っ|はいっ)"
            r"|(おこ|起こ|熾)(し|して|した|す)|(焚|た)(い|き|く)|(炊|燃や|もや)(し|す)|くべ)" + _COOKING
        ),
        needs=r(_SEALED),
        unless=r(
            r"(さんま|秋刀魚|魚|さかな|干物|ひもの|餅|焼き鳥|やきとり|焼肉|焼き肉|やきにく|バーベキュー|ばーべきゅー|bbq|キャンプ|きゃんぷ)"
            r"[^。]{0,20}?(焼|や|あぶ|炙)"
        ),
        crisis=True,
        when_habitual=URGENT,
    ),
)

RULES = RULES + (
    # A note left and the pills' box or sheet found empty (「遺書あり・睡眠薬 空き箱」「置き手紙があって、薬のシートが空」):
    # an overdose taken, no verb needed. Not a will drawn up with a lawyer, nor an empty box thrown away.
    Rule(
        "note_and_empty_pills",
        EMERGENCY,
        "119",
        "死ぬつもりで薬を飲んだ(遺書と薬の空き箱)",
        r(
            r"(薬|くすり|睡眠薬|すいみんやく|安定剤|あんていざい|導入剤|眠剤|錠剤|じょうざい)(の)?[^。、]{0,4}?"
            r"(空き箱|空箱|あきばこ|空き瓶|空瓶|あきびん|空き袋|空袋|空のシート|からのシート|(箱|はこ|瓶|びん|シート|袋|ふくろ)(が|は|も)?(空|から))"
        ),
        # a note, or words of ending it told any way (「「もう終わりにする」とメモ」「しにたいって」); an empty box with
        # the person asleep and no such word is an overdose taken by mistake (poisoning.py)
        needs=r(r"遺書|いしょ|書き置き|かきおき|置き手紙|おきてがみ|" + _WISH_TO_DIE + r"|" + _DEATH_WORD),
        unless=r(
            ESTATE_WILL + r"|遺言書|ゆいごんしょ|終活|しゅうかつ|エンディングノート"
            r"|捨て(た|ま|る|て)|すて(た|ま|る|て)|分別|ぶんべつ|リサイクル|資源ごみ|小説|映画|ドラマ"
        ),
        negatable=False,
        crisis=True,
        when_habitual=URGENT,
        relieved_only_by_care=True,
    ),
)

RULES = RULES + (
    # A farewell sent or left, then the person behind a locked door with no answer, or blood found (「「さよなら」と
    # LINEが来て、浴室に鍵、中から返事なし」「遺書があって部屋に血の跡」): an attempt under way, no act named. Not a
    # farewell in a story, a song or a leaving party.
    Rule(
        "farewell_then_locked_in_or_blood",
        EMERGENCY,
        "119",
        "自殺企図のおそれ(別れのことばのあと、鍵のかかった部屋・血の跡)",
        r(
            r"(浴室|よくしつ|風呂|ふろ|トイレ|といれ|部屋|へや|寝室|しんしつ|納戸|物置|ものおき|ドア|どあ|扉|とびら)(に|の|は|が|も)?[^。、]{0,4}?(鍵|かぎ|カギ)"
            # (locked, not a key lost, forgotten or broken)
            r"(?!(を|が|は)?(なく|無く|失く|忘れ|わすれ|落と|おと|壊|こわ|探|さが|作|つく|替え|かえ|交換|こうかん))"
            r"|(中|なか|部屋|へや|浴室|トイレ)から(の)?(返事|へんじ|応答|おうとう|反応|はんのう|声|こえ)(が|は|も)?(なし|ない|無い|ありません|しない|ません)"
            r"|(血|ち)の(跡|あと|痕)|血痕|けっこん(?=が|を|も|あり)|(血|ち)(が|を)?[^。、]{0,4}?(流れ|ながれ|垂れ|たれ|にじ|滲|広が|ひろが|たまっ|溜まっ)"
        ),
        needs=r(_FAREWELL + r"|遺書|いしょ|書き置き|かきおき|置き手紙|おきてがみ"),
        unless=r(
            r"映画|えいが|ドラマ|小説|しょうせつ|漫画|マンガ|歌|うた|曲|送別|卒業|引っ越|ひっこ|転勤|退職|パーティ"
        ),
        negatable=False,
        crisis=True,
        when_habitual=URGENT,
    ),
)

RULES = RULES + (
    # The gas opened or charcoal lit now, with a wish to die in the message (「いっしょに しのうと おもって いま ガス
    # あけた」「死にたい、練炭に火をつけた」「ガス、へや。しにたい」): an attempt under way, whoever it is told of and in
    # whatever script. Not the gas opened when the stove will not light (「ガスを開けたら火がつかない」: たら, no wish),
    # a bill or a leak inspection, nor charcoal for cooking.
    Rule(
        "gas_or_charcoal_with_wish",
        EMERGENCY,
        "119",
        "自殺企図・自傷の最中(ガス・炭火と死にたいことば)",
        # (also in katakana only, as some phones send it: 「シニタイ ガス アケタ」)
        r(
            with_katakana(
                # the gas opened, turned on or let out now (present or perfect), with or without 元栓/栓
                r"(ガス|がす)(の)?(元栓|もとせん|栓|せん|コック|こっく)?(を|も)?[、,]?"
                r"(開け|あけ|ひねっ|捻っ|出し|だし|つけ|付け|全開にし|ぜんかいにし)"
                r"(た(?!ら|り|ことが|こと|事|時|とき)|ちゃ|とる|てる|て(い|お|しま|ます|ある)|ました)"
                # the gas named with the room it fills, told in fragments (「ガス、へや」「ガスが部屋に充満」「ガスのにおい」)
                r"|(ガス|がす)(が|の)?[、,]?(へや|部屋|充満|じゅうまん|臭い|におい|匂い|くさい|出て(る|い)|でて(る|い))"
                # charcoal named with its smoke or smell (「へや、れんたん、けむり」「練炭の臭いがする」), not charcoal only kept
                r"|(練炭|れんたん|七輪|しちりん)(が|の)?[、,]?(煙|けむり|けむい|煙い|臭い|におい|匂い|くさい)"
                # charcoal lit (「練炭に火をつけた」「れんたん つけた」)
                r"|(練炭|れんたん|七輪|しちりん)"
                + _APPLIANCE
                + r"(に|を|の|で)?[、,]?((火|ひ)ぃ?を?)?(つけ|付け|点け|おこし|起こし|熾し|焚い|たい)"
                r"(た(?!ら|り|こと|事|時|とき)|ちゃ|とる|てる|て(い|お|しま|ます|ある)|ました)" + _COOKING
            )
        ),
        needs=r(with_katakana(_WISH_TO_DIE)),
        unless=r(
            r"(ガス|がす)(代|だい|料金|りょうきん|会社|がいしゃ|屋|点検|てんけん|検針|けんしん|メーター|めーたー|コンロ|こんろ|ボンベ|ぼんべ|ストーブ|すとーぶ)"
            r"|(火|ひ)が(つか|付か|点か)(ない|ず|ん|へん|ねえ)|(バーベキュー|ばーべきゅー|bbq|キャンプ|きゃんぷ|焼き?肉|やきにく|さんま|干物|ひもの)"
            r"|小説|映画|ドラマ|ニュース|にゅーす"
        ),
        crisis=True,
        when_habitual=URGENT,
    ),
)

# Scissors or a blade used on one's hand, wrist or arm now, with a wish to die in the message (「はさみで手を切ってる、
# 死にたいって」「カッターで腕きってます。しにたい」): self-harm under way, in whatever script. A hand cut by accident
# (「はさみで手を切っちゃった」) says no wish and is not matched.
_BLADE = r"(はさみ|ハサミ|鋏|剃刀|カミソリ|かみそり|刃物|はもの|包丁|ほうちょう|ナイフ|ないふ|カッター|かったー)"
RULES = RULES + (
    Rule(
        "blade_on_hand_with_wish",
        EMERGENCY,
        "119",
        "自傷の最中(刃物で手・腕を切り、死にたいことば)",
        r(
            _BLADE
            + r"(で|にて|を使って|をつかって)[^。、]{0,4}?(手首|てくび|腕|うで|(?<![上下相])手(?!紙|伝|術|当|帳|続|前|袋|すり|摺))を?"
            r"(切って|きって|切っと|きっと|切りよ|きりよ|刺して|さして|傷つけて|きずつけて)(る|い|ま|お)"
        ),
        needs=r(with_katakana(_WISH_TO_DIE)),
        unless=r(r"小説|映画|ドラマ|ニュース|にゅーす|漫画|まんが"),
        crisis=True,
        when_habitual=URGENT,
    ),
)

# Cutting oneself now, told as done by one's own hand (「自分で切ってる」「じぶんで腕を刺してる」), with a wish to die in the
# message: self-harm under way, whoever holds the blade (119, not violence by an intruder). Hair or nails cut at home,
# or a story, are not matched.
RULES = RULES + (
    Rule(
        "cutting_oneself_with_wish",
        EMERGENCY,
        "119",
        "自傷の最中(自分で切っている、死にたいことば)",
        r(
            r"(自分|じぶん|自ら|みずから)(で|の手で)[^。、]{0,6}?"
            r"(切って|きって|切っと|きっと|切りよ|きりよ|刺して|さして|傷つけて|きずつけて)(る|い|ま|お)"
        ),
        needs=r(with_katakana(_WISH_TO_DIE)),
        unless=r(r"髪|かみを|前髪|爪|つめを|散髪|小説|映画|ドラマ|ニュース|にゅーす|漫画|まんが"),
        crisis=True,
        when_habitual=URGENT,
    ),
)

# A cord or a towel just taken off the neck, someone found hanging or trying to (「首に巻いていた紐を今ほどいた」「ロープを
# 外したところ」), with a wish to die said in the message: the attempt has only just been stopped and the wish is still
# there, so it is an emergency (119), not a thought alone. A tie, a scarf or a towel taken off after work is not matched
# (no wish to die), nor a story.
_LIGATURE = r"(ひも|紐|縄|なわ|ロープ|ろーぷ|コード|こーど|ベルト|べると|タオル|たおる)"
RULES = RULES + (
    Rule(
        "ligature_just_removed",
        EMERGENCY,
        "119",
        "自殺企図の直後(首の紐などを外したばかり、死にたいことば)",
        r(
            r"(ほどい|ほどき|解い|解き|外し|はずし|下ろし|おろし|切り離し|きりはなし|取り外し|とりはずし|緩め|ゆるめ)"
            r"(た|て|ま)"
        ),
        needs=r(
            r"(?s)^(?=.*((首|(?<![てあ])くび)(に|を|から|の)?[^。]{0,12}?"
            + _LIGATURE
            + r"|"
            + _LIGATURE
            + r"[^。]{0,12}?(首|(?<![てあ])くび)|首吊り|くびつり|(首|(?<![てあ])くび)を?(吊|つ)(ろう|っ)))(?=.*("
            + _WISH_TO_DIE
            + r"))"
        ),
        unless=r(r"小説|映画|ドラマ|ニュース|にゅーす|漫画|まんが"),
        crisis=True,
        when_habitual=URGENT,
    ),
)
