"""unanswered (119): nobody in or out for days and no answer; someone who may be lying inside.

The fear itself counts (「中で倒れていないか心配」): that fear is exactly the emergency, so these rules
are not set aside as a mere worry; the duration is the evidence, not a sign of something long-standing.
"""

from nlp.rules.base import EMERGENCY, Rule, r

_EVIDENCE = (
    r"数日|すうじつ|何日|なんにち|[2-9２-９二三四五六七八九十]日|ふつか|みっか|よっか|[0-9一二三四五六七八九十]+週間|一週間|いっしゅうかん|しばらく"
    r"|新聞|しんぶん|郵便|ゆうびん|ポスト|電気が(つい|点い)たまま|電気がつけっぱなし|電気(も|が)?(つかな|点かな|消えた)|灯り|明かり|あかり|雨戸|あまど|カーテン"
    r"|におい|臭い|異臭|テレビの音|洗濯物"
    r"|倒れ|たおれ|中で|中から|なかで|なかから|具合|動けな|うめき|助けを|鍵を持って|切れてしまい|切れた|音がして|言ったきり|手つかず"
)

# Where they said they would be, told as their own words (「娘さんのところに泊まりに行くって言ってた」「息子の家に行くと
# 聞いています」), not a plan overdue (「…と言ってたのに」「…って言ってたけど、もう5日」).
_KNOWN_REASON = (
    r"(に|へ)(泊まり|とまり|遊び|あそび)?に?(行く|いく|行っ|いっ|出かけ|でかけ|帰る|かえる|泊まる|とまる|入院|にゅういん)[^。、]{0,4}?"
    r"(って|と)(言って|いって|聞いて|きいて|話して|はなして)(た|い|おり|まし)(?![^。]{0,8}?(のに|けど|けれど|が|はず|予定|よてい))"
)
# A sign of life said against the absence (「あまり みない。でも でんき つく」「見かけないけど洗濯物は干してある」): the
# lights come on, the washing is hung out; not lights left on (「電気がつけっぱなし」「ついたまま」).
_SIGN_OF_LIFE = (
    r"(でも|けど|けれど|が、)[^。]{0,6}?(電気|でんき|明かり|あかり|灯り)(は|が|も)?(夜に?は?|よるは?)?(つく|点く|つきます|点きます|つい(たり|て(は|も)?消え|てはきえ)|点いたり)(?![^。]{0,4}?(まま|っぱなし|ぱなし))"
    r"|(でも|けど|けれど|が、)[^。]{0,6}?(洗濯物|せんたくもの)(は|が|を)?(干|ほ)して(ある|あり|ます|る)"
    # the washing taken in (「でも…洗濯物も取り込んでる」): done by someone since, a little further on (not left out)
    r"|(でも|けど|けれど|が、)[^。]{0,20}?(洗濯物|せんたくもの)(は|が|を|も)?(取り込|とりこ|取り入れ|とりいれ)(んで|まれて|れて)(ある|あり|ます|る|いる|います)"
)

RULES = (
    Rule(
        "unanswered_for_days",
        EMERGENCY,
        "119",
        "数日応答がなく倒れている恐れ",
        r(
            r"(連絡|れんらく)が?(取れ|とれ|つか|付か|つき)(なかった|ない|なく|ず|ません|へん|ん)|電話に(も)?(出|で)(なかった|ない|なく|ず|ません|へん|ん)"
            r"|(応答|返事|へんじ|反応)(が|も)?(ない|なく|無い|ありません|ございません|なし)"
            r"|(チャイム|インターホン|インターフォン|呼び鈴|ノック|ピンポン|ちゃいむ|いんたーほん|よびりん|のっく|ぴんぽん)[^。]{0,10}?(出ない|出ません|出て(こ|き)(ない|ません)|応答|反応|返事)"
            r"|(電話|連絡|line|ライン)(を)?(して|しても|しているのに|したのに|しても)[^。]{0,6}?(出(ない|ません|ず)|返事が|つながら|既読)"
            # in kana (「でんわしてもふつかでません」)
            r"|(でんわ|れんらく|らいん)(を)?(しても|しているのに|したのに)[^。]{0,6}?(で(ない|ません|ず)|へんじが|つながら|きどく)"
            r"|(呼んで|よんで|ノックして|叩いて|たたいて)も[^。]{0,4}?(出て(こ|き)(ない|ません)|出てこ)"
            r"|(言った|切れ)(きり|たまま)|言ったまま|途中で切れ|と言って切れ|倒れたような音"
        ),
        needs=r(_EVIDENCE),
        unless=r(_KNOWN_REASON + r"|" + _SIGN_OF_LIFE),
        worry_counts=True,
        negatable=False,
        duration_is_evidence=True,
    ),
    Rule(
        "not_coming_out_with_signs",
        EMERGENCY,
        "119",
        "何日も出てこず室内で倒れている恐れ",
        r(r"(?<!部屋から)(?<!家から)出て(こ|き)(ない|ません|ん|へん)|(応答|返事)(が)?な(い|く|し)"),
        needs=r(r"新聞|郵便|ポスト|電気が(つい|点い)|灯り|明かり|におい|臭い|異臭|倒れ"),
        worry_counts=True,
        negatable=False,
        duration_is_evidence=True,
    ),
    Rule(
        "unseen_with_signs",
        EMERGENCY,
        "119",
        "姿が見えず室内で倒れている恐れ",
        r(
            r"姿を(見|み)(せ|かけ)?(ない|ず|ません|て(い)?ない|なく)|(見かけ|みかけ)(ない|なく|ません)|見当たら(ない|ず|なく)|見当たりません"
        ),
        # also flies at the door (「ドアの前にハエが」)
        needs=r(r"におい|臭い|異臭|倒れ|うめき|中から|ハエ|はえ(?![るた])|蠅|蝿|ウジ|うじ"),
        worry_counts=True,
        negatable=False,
        duration_is_evidence=True,
    ),
)

RULES = RULES + (
    # Not seen for days (「何日も姿を見せない」), unless the message says where they are (泊まり, 旅行, 入院)
    # or it is only a vague "lately".
    Rule(
        "unseen_for_days",
        EMERGENCY,
        "119",
        "数日姿が見えず室内で倒れている恐れ",
        r(r"姿を(見|み)(せ|かけ)?(ない|ず|ません|て(い)?ない|なく)|姿が(見え|みえ)(ない|ず|ません|なく)"),
        needs=r(r"何日|なんにち|数日|すうじつ|[2-9２-９二三四五六七八九十]日|[0-9一二三四五六七八九十]+週間"),
        unless=r(
            r"泊まり|とまり|旅行|りょこう|入院して|入院中|施設に入|ショートステイ|帰省|きせい"
            r"|(最近|この頃|このごろ)[^。]{0,20}?(見かけ|みかけ|姿を見)" + r"|" + _SIGN_OF_LIFE
        ),
        worry_counts=True,
        negatable=False,
        duration_is_evidence=True,
    ),
)

_NOT_WATCHING = "".join(
    f"(?<!{thing}{particle})"
    for thing in ("テレビ", "てれび", "番組", "ドラマ", "ニュース", "新聞", "スマホ", "携帯", "本", "野球", "相撲")
    for particle in ("を", "も", "は")
)
_NO_ANSWER = (
    r"(電話|でんわ|携帯|けいたい|ケータイ|スマホ|すまほ|固定電話)(に|にも|も)?(出|で)(ない|なく|ず|ません|え?へん|ん|ねえ)|(電話|でんわ)(が|も)?(不通|つながりません|つながらな|繋がらな|つながらん)"
    # not a programme or a paper the person does not watch or read (「テレビも見ないでぼんやり」)
    + r"|"
    + _NOT_WATCHING
    + r"(見て|みて|見と|みと)(ない|ません|らん|へん)|(見|み)ー?ひん|"
    + _NOT_WATCHING
    + r"(見|み)(なくて|ない|ません|かけない|かけません)(。|、|$|よ|の|ん|し|で|😨|🥺)"
    r"|(?<!部屋から)(?<!家から)(?<!へやから)(出て|でて)(こ|き|け)(ない|なくて|ません|ん|ねえ|えへん|へん)|(出て|でて)ねえ|(応答|おうとう|返事|へんじ|反応)(が|も)?(なし|ない|なく|ありません)"
    r"|(音|おと|気配|けはい)(が|も)?(しない|しません|ありません|ない)"
    # not a service that stopped coming (「灯油の配達が来なくなって」「ヘルパーさんが来てない」)
    r"|(?<!配達が)(?<!配達も)(?<!業者が)(?<!屋さんが)(?<!生協が)(?<!ヘルパーが)(?<!ヘルパーさんが)(?<!業者さんが)(来|(?<![一-龥おいあ])き)(なくなっ|ません|てない)"
    r"|(ずっと|何日も|なんにちも|数日|すうじつ)(不在|ふざい|留守|るす)"
    # knocked or rang at the door and nobody comes (「ドアを叩いても誰も出ない」)
    r"|(ドア|どあ|戸|玄関|げんかん|チャイム|インターホン|呼び鈴|ノック|叩いて|たたいて|鳴らして|ならして)[^。]{0,10}?(誰|だれ)も(出|で)(ない|ず|ません|へん|ん|ねえ|てこない|てきません)"
)
_DAYS_OR_SIGNS = (
    r"数日|すうじつ|何日|なんにち|[2-9２-９二三四五六七八九十]日|ふつか|みっか|よっか|[0-9一二三四五六七八九十]+週間|一週間|いっしゅうかん|しばらく"
    r"|新聞|しんぶん|郵便|ゆうびん|ポスト|洗濯物|雨戸|あまど|カーテン|電気(?!毛布|もうふ|代|料金|ストーブ|ポット|カーペット|こたつ|炬燵|屋|工事|店|会社|製品)|でんき(?!もうふ|だい|りょうきん)|あかり|明かり|灯り|室外機|テレビ|におい|臭|足跡|置きっぱなし|ねこ|猫"
)

RULES = RULES + (
    Rule(
        "unanswered_signs",
        EMERGENCY,
        "119",
        "数日応答がなく倒れている恐れ",
        r(_NO_ANSWER),
        needs=r(_DAYS_OR_SIGNS),
        unless=r(
            r"(最近|この頃|このごろ)[^。]{0,20}?(見かけ|みかけ|姿を見)|日が増え|旅行|入院して|施設に入|ひきこもり|引きこもり"
            + r"|"
            + _KNOWN_REASON
            + r"|"
            + _SIGN_OF_LIFE
        ),
        worry_counts=True,
        negatable=False,
        duration_is_evidence=True,
    ),
)

RULES = RULES + (
    # Standing at a locked door with days of signs, fearing the person is lying inside
    # (「新聞が五日分たまってて鍵かかってて中で倒れてるかもしれない」): the fear is the emergency.
    Rule(
        "lying_inside_feared",
        EMERGENCY,
        "119",
        "数日の異変があり室内で倒れている恐れ",
        r(
            r"(中|なか|部屋|へや|家の中|いえのなか|室内)で[^。]{0,4}?(倒れ|たおれ|動けなくなっ|うごけなくなっ|亡くなっ|死ん)"
            r"(て(い|る|た|ん)|とる|てる|てへん|ちゃ|で(い|る)|どる)"
        ),
        needs=r(_DAYS_OR_SIGNS + r"|鍵|かぎ|応答|返事|へんじ|出ない|でない|出てこ|でてこ"),
        worry_counts=True,
        duration_is_evidence=True,
    ),
)

_DAYS_WORTH = r"(何日分|なんにちぶん|数日分|すうじつぶん|[0-9０-９一二三四五六七八九十]+日分|(ふつか|みっか|よっか|いつか|むいか|なのか|とおか)ぶん)"
_DELIVERED = (
    r"(弁当|べんとう|配食|お弁当|新聞|しんぶん|郵便|ゆうびん|牛乳|ぎゅうにゅう|ヤクルト|宅配|荷物|回覧板|かいらんばん)"
)
_UNTOUCHED = r"(手つかず|てつかず|手付かず|たまっ|溜まっ|残っ|のこっ|そのまま|置きっぱなし|取り込まれ(て)?(い)?な|とりこまれ(て)?(い)?な)"

RULES = RULES + (
    # Meals or papers delivered and left untouched for days (「配食のお弁当が三日分手つかずで残っている」).
    Rule(
        "deliveries_untouched",
        EMERGENCY,
        "119",
        "配達物が数日分手つかず(室内で倒れている恐れ)",
        r(
            _DELIVERED
            + r"[^。]{0,8}?"
            + _DAYS_WORTH
            + r"[^。]{0,8}?"
            + _UNTOUCHED
            + r"|"
            + _DAYS_WORTH
            + r"の?"
            + _DELIVERED
            + r"[^。]{0,8}?"
            + _UNTOUCHED
            + r"|(手つかず|てつかず|手付かず)の?"
            + _DELIVERED
            + r"[^。]{0,4}?"
            + _DAYS_WORTH
        ),
        unless=r(r"旅行|入院して|入院中|施設に入|ショートステイ|帰省|泊まり"),
        worry_counts=True,
        negatable=False,
        duration_is_evidence=True,
    ),
)
