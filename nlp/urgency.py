"""Urgency by readable rules: a table of patterns, each read in context (negation, tense, hypotheticals).

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
Rules marked `worry_counts` (someone unanswered for days) still count when the writer only fears
the worst (「中で倒れていないか心配」): that fear is exactly the emergency.

Text is matched in its compact form: NFKC, lower case, no spaces, so 「たおれて いしきが」 is read as
「たおれていしきが」. Hiragana spellings sit next to the kanji ones where older writers use them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

EMERGENCY, URGENT, ADVICE, ROUTINE = "emergency", "urgent", "advice", "routine"
_RANK = {EMERGENCY: 3, URGENT: 2, ADVICE: 1, ROUTINE: 0}
ADVICE_NUMBER = "#7119"


@dataclass(frozen=True)
class Rule:
    id: str
    level: str  # emergency / urgent / advice
    call: str | None  # "119", "110", "#7119" or None
    reason: str  # shown to staff (Japanese)
    pattern: re.Pattern[str]
    # Another pattern that must also occur in the message (context), or None.
    needs: re.Pattern[str] | None = None
    # A pattern that, anywhere in the message, switches the rule off.
    unless: re.Pattern[str] | None = None
    # 「〜かもしれない」「〜ないか心配」 still count (someone unanswered for days).
    worry_counts: bool = False
    # A negation right after the match switches it off (False for patterns that are negative
    # themselves, like 「意識がない」).
    negatable: bool = True
    # The duration is the evidence (「3日連絡が取れない」): not demoted as long-standing or habitual.
    duration_is_evidence: bool = False
    # What a habitual emergency becomes (「時々胸が苦しい」 → advice; 「毎日殴られる」 → urgent).
    when_habitual: str | None = ADVICE
    # `needs` must be found in the matched sentence itself (not anywhere in the message).
    needs_in_sentence: bool = False
    # An urgent match is set aside when the message then says it is over (「今は治っています」).
    resolvable: bool = True


def _r(p: str) -> re.Pattern[str]:
    return re.compile(p)



# "いま" written in hiragana, but not inside 「していました」「います」.
_IMA = r"(?:今|(?:^|(?<=[、。!?！？「」がはもにでとよね]))いま(?![すしせ]))"

# --- context vocabularies ------------------------------------------------------------------------

# Someone who may be missing: an older person or someone with dementia (not a teenager out late).
_OLDER_PERSON = (
    r"認知症|にんちしょう|徘徊|はいかい|物忘れ|ぼけ|父|母|祖父|祖母|夫|妻|主人|家内|旦那|"
    r"おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|おじいさん|おばあさん|おとうさん|おかあさん|お年寄り|高齢|"
    r"利用者|入居者|本人|叔父|叔母|伯父|伯母|[6-9]0代|[6-9][0-9]歳"
)
_PERSON_SUBJECT = (
    r"(父|母|夫|妻|主人|家内|祖父|祖母|おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|おとうさん|おかあさん|"
    r"親父|おやじ|お袋|本人|入居者|利用者|利用者さん|患者さん)"
)
# Evidence that someone unanswered has been so for long, or may be lying inside.
_UNANSWERED_EVIDENCE = (
    r"数日|何日|[2-9２-９二三四五六七八九十]日|[0-9一二三四五六七八九十]+週間|一週間|しばらく|"
    r"新聞|郵便|ポスト|電気が(つい|点い)たまま|電気がつけっぱなし|灯り|明かり|雨戸|におい|臭い|異臭|テレビの音|"
    r"倒れ|中で|中から|具合|動けな|うめき|助けを|鍵を持って|切れてしまい|切れた|音がして|言ったきり|手つかず"
)
_COLD = r"寒|さむ|凍|こご|震え|ふるえ|冷え切|雪|真冬"
_STRONG_NOW = r"今です|いまです|今まさに|今すぐ|いますぐ|たすけて|助けて|至急|急いで|早く来|すぐ来"
_MONEY_OR_SCAM = (
    r"キャッシュカード|カード|現金|お金|おかね|金|大金|通帳|暗証番号|銀行|atm|警察|金融庁|協会|役所|税務署|"
    r"還付金|電子マネー|ギフト|息子|孫|詐欺|さぎ|受け子|業者|セールス|販売|払え|振り?込|指示"
)
_NEG = r"(ない|ず|ません|なく|ねえ|ん)"

RULES: tuple[Rule, ...] = (
    # ============================================================ emergency, 119: a life in danger
    Rule("unconscious", EMERGENCY, "119", "意識・反応がない",
         _r(r"(意識|いしき)(が|は)?(急に|だんだん|少し)?(ない|無い|なく|ありません|ねえ|ねぇ|もうろう|朦朧|おかし|遠の|ぼんやり|はっきりしな|混濁)"
            r"|(意識|いしき|気)を(失|うしな)|気絶|失神|白目|いびきをかいたまま"
            r"|(呼びかけ|呼ん|よん|声をかけ|話しかけ|揺す|ゆす|叩い|たたい)[^。]{0,6}?(反応|返事|へんじ|答え|こたえ|返答)"
            r"(が|も|は|を)?(ない|なく|無い|ありません|しない|しません|せず|なし)"
            r"|(反応|返事|へんじ|応答)が(ない|無い|なく|ありません|おかしい|鈍|変)|(変な|おかしな|へんな)(返事|へんじ|答え)"
            r"|(呼ん|よん|揺すっ|ゆすっ|叩い|たたい|起こし|おこし)(で|て)?も(起き|おき|目を覚まさ|目をあけ|動か)" + _NEG +
            r"|(呼ん|よん|呼びかけ|声をかけ|話しかけ)(で|て)?も[^。]{0,8}?(ぼんやり|ぼーっと|うつろ|反応が(鈍|薄|うす))"
            r"|(答え|こたえ)(ません|ない|なく)|話が通じなくな|(急に)?(話せ|しゃべれ)なくな|(言葉|ことば)が(出|で)" + _NEG),
         negatable=False),
    Rule("not_breathing", EMERGENCY, "119", "呼吸が止まっている",
         _r(r"(息|いき)を?(して|し)(い)?(ない|ません|てない|ねえ)|(息|いき)(が|も)?(止ま|とま)"
            r"|呼吸(が|を)?(急に)?(して(い)?ない|止ま|とま|ない|おかしい|浅|あさ|弱)|脈が(ない|無い|触れ)"
            r"|(唇|くちびる|顔色?)(が|の色が)?(紫|むらさき|真っ青|青白)|(息|いき|呼吸)(を)?(して(い)?る|してる)?か(どうか)?(わから|分から|わかりません)"),
         negatable=False, worry_counts=True),
    Rule("breathing_difficulty", EMERGENCY, "119", "息が苦しい",
         _r(r"(息|いき)(が|も)?(苦し|くるし|荒|ぜーぜー|ゼーゼー)(そう|い|く)?|ゼーゼー|ゼエゼエ|ぜえぜえ|ぜーぜー|ヒューヒュー|(息|いき)(が|も)?(でき|出来)(ない|ません|ず|なく)"
            r"|呼吸(が|を)?(急に|とても|すごく)?(苦し|荒|速|早)|呼吸困難|息苦し|いきぐるし|窒息"
            r"|^くるしい|(苦しい|くるしい)(と|って)(言|い)|(苦しい|くるしい)[、,]?(助けて|たすけて)")),
    Rule("collapsed", EMERGENCY, "119", "倒れた・動かない",
         _r(r"(?<!共)(倒れ|たおれ)|うずくま|床に(横たわ|寝たまま)|ぐったり"
            r"|(?<!体が)(?<!足が)(?<!手が)(?<!腰が)(?<!から)(動かなくな|動かない(です|ん|まま|!|$)|動きません|動かん(よう|く|$|!|。))"
            r"|(転ん|ころん|転倒し|落ち|おち|倒れ)[^。]{0,14}?(動け|起き上がれ|おきあがれ|起きられ|おきられ"
            r"|立ち上がれ|たちあがれ|立て|たて|動か)" + _NEG +
            r"|冷たくなって|(部屋|家|床|布団|中)で(亡くな|死ん)で"),
         unless=_r(r"倒れ(る|た)(前|まえ)に|倒れる(こと|の)を防|倒れ[^。]{0,12}(今日|明日|今夜)から")),
    Rule("bleeding", EMERGENCY, "119", "大量の出血",
         _r(r"(大量|たくさん|いっぱい|かなり)の?(出血|血)|(出血|血)(が|も)?(ひど|多|どくどく|たくさん|大量|いっぱい)"
            r"|(出血|血|ち)が(止まら|とまら)(ない|ず|なく)|(出血|血|ち)が(止まり|とまり)ません"
            r"|吐血|下血|血ぃ?を?(吐|はい|はき)|喀血|頭から(血|出血)|(血|ち)が(どんどん|だらだら|ダラダラ|どくどく|ドクドク)?(出て(いる|る|います|きて)|あふれ)"),
         unless=_r(r"(少し|ちょっと|少量)の?(血|出血)|にじ")),
    Rule("seizure", EMERGENCY, "119", "けいれん",
         _r(r"けいれん|痙攣|ひきつけ|引きつけ|ひきつって")),
    Rule("stroke_signs", EMERGENCY, "119", "脳卒中の疑い(ろれつ・麻痺)",
         _r(r"ろれつ|呂律|顔(が|の)?(半分|片側|片方)?(が)?(ゆが|歪|曲が|下が)"
            r"|(片側|片方|右|左|右側|左側)の?(手|足|手足|腕|半身)(が|に|も)?(急に)?(動かな|動きませ|しびれ|痺れ|まひ|麻痺|力が入らな)"
            r"|(激し|ひど|割れるよう)(い|な)頭痛|頭が割れ(る|そう)(ように|よう)?")),
    Rule("chest_pain", EMERGENCY, "119", "胸の痛み・苦しさ",
         _r(r"(胸|むね)(が|を)?(しめつけ|締め付け|しめつけられ|締めつけ|苦し|くるし|押さえ|おさえ)"
            r"|(胸|むね)(が|を)?(痛|いた)(い|く|み|がって)|心臓(が|の)?(痛|止ま|苦し|バクバク)|冷や汗"),
         # 「胸が痛い」 is also said of sorrow: require a body in trouble.
         needs=_r(r"急に|突然|冷や汗|苦し|くるし|息|押さえ|おさえ|うずくま|顔色|痛が|激し|強く|救急|倒れ|左|背中|吐き気|ひとり|一人|しめつけ|締め付け|たすけ|助け")),
    Rule("choking", EMERGENCY, "119", "窒息(のどに詰まった)",
         _r(r"(喉|のど|ノド)に?[^。]{0,4}?(詰ま|つま)|(餅|もち|食べ物|たべもの)を?(詰ま|つま)")),
    Rule("severe_injury", EMERGENCY, "119", "大けが・やけど",
         _r(r"(変な|おかしな)方向に曲が|骨が(出|見え)|大(やけど|火傷)|(やけど|火傷)(が|し)[^。]{0,8}?(ひど|広)"
            r"|頭を(強く)?(打|う)[^。]{0,12}?(意識|吐|血|ぼんやり|反応|起きな)")),
    Rule("fire", EMERGENCY, "119", "火災",
         _r(r"燃えて(い|る|ま)|燃え移|火事(です|だ|!|!|に(なって|なりそう))|火が(出て|ついて|上が)|煙が(出て|充満)|火をつけよう"),
         unless=_r(r"(火|ひ)は?(もう)?(消え|消し|きえ)")),
    Rule("heatstroke", EMERGENCY, "119", "熱中症・高熱でぐったり",
         _r(r"(熱中症|暑さ|猛暑|高熱|熱が[0-9]|[34][0-9](\.[0-9])?度)[^。]{0,30}?(ぐったり|ぼーっと|ぼうっと|意識|返事|反応|答え|動けな|けいれん|おかし|ぼんやり)"
            r"|(ぐったり|ぼーっと)[^。]{0,20}?(熱中症|暑さ|猛暑|高熱|[34][0-9]度)")),
    Rule("overdose", EMERGENCY, "119", "薬の大量服用・誤飲",
         _r(r"(薬|くすり|睡眠薬)を?(大量|たくさん|全部|ぜんぶ|まとめて|いっぱい)[^。]{0,6}?(飲ん|のん|飲みま)"
            r"|(洗剤|漂白剤|農薬|灯油)を?(飲ん|のん|飲みま)|誤飲")),
    Rule("life_support", EMERGENCY, "119", "人工呼吸器・酸素が止まる",
         _r(r"(人工呼吸器|呼吸器|在宅酸素|酸素ボンベ|ボンベ|酸素濃縮|吸引器)[^。]{0,15}?(切れそう|きれそう|止まりそう|切れ|きれ|止ま|とま|空|から|動かな|故障|使えな)")),
    Rule("drowning", EMERGENCY, "119", "水の事故",
         _r(r"(川|海|池|用水路|浴槽|湯船|お風呂|風呂)[^。]{0,20}?(入っていく|入って行|落ち|溺れ|おぼれ|沈ん|流され|顔をつけ)")),
    Rule("traffic_accident", EMERGENCY, "119", "交通事故",
         _r(r"はねられ|ひかれ(た|て)|轢かれ|(車|自転車|バイク)に(ぶつけられ|当てられ|ぶつかられ)|交通事故に(遭|あ)")),
    Rule("self_harm_act", EMERGENCY, "119", "自殺企図・自傷の最中",
         _r(r"首を(吊|つ)って(い|た|る)|首を吊った|リストカット|手首を切|飛び降り(よう|た|て)|線路に(入|立|降り)|(ベランダ|屋上|窓)から身を乗り出")),
    Rule("severe_pain", EMERGENCY, "119", "激しい痛み",
         _r(r"転げ(回|まわ)|のたうち|激痛|激しい痛み|痛みで動けな|痛がって叫|痛くて動けな")),
    Rule("suicide_now", EMERGENCY, "119", "自殺の計画・実行のおそれ",
         _r(r"死に|しに(たい|ます)|死ぬ|しぬ|死の|しのう|飛び降|首を(つ|吊)|命を絶|自殺|道連れ|心中"
            r"|(薬|くすり)を?(全部|ぜんぶ|大量)[^。]{0,4}?(飲む|のむ)|ガスの元栓を(開け|あけ)|練炭|遺書を(書い|書きま|残し)"),
         needs=_r(r"今から|いまから|これから|今夜|こんや|今晩|今日|きょう|今すぐ|いますぐ|今まさに|元栓|遺書|ロープ|練炭"),
         unless=_r(r"(つもり|予定|気)は(ない|ありません)|(家|自宅|畳の上|住み慣れた|病院|ホスピス|施設)で死に|死ね")),
    Rule("unanswered_for_days", EMERGENCY, "119", "数日応答がなく倒れている恐れ",
         _r(r"(連絡|れんらく)が?(取れ|とれ|つか|付か|つき)(ない|なく|ず|ません|へん|ん)|電話に(も)?(出|で)(ない|なく|ず|ません|へん|ん)"
            r"|(応答|返事|へんじ|反応)(が|も)?(ない|なく|無い|ありません|なし)"
            r"|(チャイム|インターホン|インターフォン|呼び鈴|ノック)[^。]{0,10}?(出ない|出ません|出て(こ|き)(ない|ません)|応答|反応|返事)"
            r"|(電話|連絡|line|ライン)(を)?(して|しても|しているのに|したのに|しても)[^。]{0,6}?(出(ない|ません|ず)|返事が|つながら|既読)"
            r"|(呼んで|よんで|ノックして|叩いて)も[^。]{0,4}?(出て(こ|き)(ない|ません)|出てこ)"
            r"|(言った|切れ)(きり|たまま)|言ったまま|途中で切れ|と言って切れ|倒れたような音"),
         needs=_r(_UNANSWERED_EVIDENCE),
         worry_counts=True, negatable=False, duration_is_evidence=True),
    Rule("asks_for_ambulance", EMERGENCY, "119", "救急車を呼んでほしいと言っている",
         _r(r"救急車(を)?(呼んで|よんで|呼べ|お願い)(って|と|ください|ほしい|!|！)|救急車(を)?呼んだ(方|ほう)がいい(です)?か")),
    Rule("not_coming_out_with_signs", EMERGENCY, "119", "何日も出てこず室内で倒れている恐れ",
         _r(r"(?<!部屋から)(?<!家から)出て(こ|き)(ない|ません|ん|へん)|(応答|返事)(が)?な(い|く|し)"),
         needs=_r(r"新聞|郵便|ポスト|電気が(つい|点い)|灯り|明かり|におい|臭い|異臭|倒れ"),
         worry_counts=True, negatable=False, duration_is_evidence=True),
    Rule("unseen_with_signs", EMERGENCY, "119", "姿が見えず室内で倒れている恐れ",
         _r(r"姿を(見|み)(せ|かけ)?(ない|ず|ません|て(い)?ない|なく)|(見かけ|みかけ)(ない|なく|ません)|見当たら(ない|ず|なく)|見当たりません"),
         needs=_r(r"におい|臭い|異臭|倒れ|うめき|中から"),
         worry_counts=True, negatable=False, duration_is_evidence=True),
    # ============================================================ emergency, 110
    Rule("missing_now", EMERGENCY, "110", "行方不明・帰ってこない",
         _r(r"(帰って|かえって|戻って|もどって)(こ|来|き)(ない|ねえ|ません|ず|ん|てない|ていない)"
            r"|(帰ら|かえら|戻ら|もどら)(ない|ず|ん)|(帰り|かえり|戻り|もどり)ません"
            r"|(いなくな|居なくな|おらんくな|おらんようにな|いないようにな)(っ|り|る)|(帰って|戻って)(き|こ)(よらん|へん|ん|ねえ)|行方(が)?(わから(ない|ず|なく)|分から(ない|ず|なく)|わかりません|分かりません|不明|知れ(ない|ず|ません))|姿が(見え|みえ)(ない|ません|なく)"
            r"|見当たら(ない|ず|なく)|見当たりません|出て(行|い)(った|って)(きり|まま|しま|しも|みたい|よう|らしい)|出(かけ)?た(まま|きり|っきり)"
            r"|どこにも(いない|いません|おらん)|(探し|さがし)て[^。]{0,10}?(見つから|みつから)(ない|ず|ません)"
            r"|(家|部屋|施設|ベッド)に(いない|いません|いなくて)|" + _PERSON_SUBJECT + r"(が|は)(いない|いません)(!|！|$|。)"),
         needs=_r(_OLDER_PERSON),
         unless=_r(r"(帰って|戻って)(来|き)(ました|た(?!ら))|見つかりました|見つかった(?!ら)|保護され|亡くな"),
         when_habitual=None),
    Rule("fraud_now", EMERGENCY, "110", "詐欺の受け渡しが今まさに起きている",
         _r(r"(" + _IMA + r"|これから|今から|このあと|この後|もうすぐ|今日|きょう|明日|あした|[0-9]+時)[^。]{0,30}?"
            r"((取りに|受け取りに|預かりに|回収に)(来る|くる|来ます|きます|行く|いく|伺う|うかがう|来|く|行|い)|家に来る|うちに来る|来ると(言|い)|来る(人|男|女)"
            r"|(渡そう|わたそう|渡す|わたす|受け取ろう|取ろう)|待って(い|る|ま)|(家|うち)に?来て(い|る|ま)?|来ています|来とる|来てる)"
            r"|" + _IMA + r"[^。]{0,30}?(atm|銀行|コンビニ|郵便局)[^。]{0,20}?(おろそう|下ろそう|おろし|引き出|振り?込|送金|操作|向かって|行って|いる|います|いて|で電話)"
            r"|" + _IMA + r"[^。]{0,30}?(お金|現金|大金)?を?(用意|準備|おろし|下ろし|引き出|振り?込み?に|送金し|渡そう|渡す)"
            r"|(取りに|受け取りに)(来る|くる|来ます)|(お金|現金|金|カード|キャッシュカード)を[^。]{0,8}?(受け取ろう|渡そう|わたそう|取ろう|渡してしま)"
            r"|(業者|男|女|セールス|人)が[^。]{0,6}?(帰らな|かえらな|帰ってくれ|帰りません|居座|いすわ|上がり込|あがりこ)"),
         needs=_r(_MONEY_OR_SCAM),
         unless=_r(r"断(った|りました)|電話を切(った|りました)|(来|き)ませんでした"),
         when_habitual=None),
    Rule("violence_now", EMERGENCY, "110", "暴力・危険が今起きている",
         _r(r"(" + _IMA + r"|現在|さっきから|今まさに)[^。]{0,15}?(殴|なぐ|暴れ|あばれ|蹴|叩|たた|首を(絞|しめ)|ぶた|刺|包丁|刃物)"
            r"|(包丁|刃物|ナイフ)を(持|振り回|向け)|殺される|ころされる"
            r"|(" + _IMA + r"|ずっと|さっきから)[^。]{0,25}?(叫び声|悲鳴|助けて|たすけて|やめて)[^。]{0,15}?(聞こえ|している|してる)"
            r"|(助けて|たすけて|やめて)[」』]?(と|って)[^。]{0,8}?(叫|さけ|声|聞こえ)"),
         when_habitual=URGENT),
    Rule("violence_in_sentence", EMERGENCY, "110", "暴力・けがが今起きている",
         _r(r"殴(ら|っ|り|る)|なぐ(ら|っ|り|る)|叩(か|い|く)|たた(か|い|く)|蹴(ら|っ|り|る)|暴れ|あばれ|首を(絞|しめ)|ぶた(れ)|刺(さ|し)"),
         needs=_r(r"今(?![は朝日年月週度後回ま])|(?:^|(?<=[、。!?！？「」がはもにでとよね]))いま(?![すしせは])|現在|たった今|今まさに|さっきから"),
         needs_in_sentence=True, when_habitual=URGENT),
    Rule("violence_in_progress", EMERGENCY, "110", "暴力が今起きている(至急)",
         _r(r"(殴|なぐ|叩|たた|蹴|暴れ|あばれ|首を(絞|しめ)|ぶた|刺)[^。]{0,8}?(ている|てる|ています|てます|かかって|られてる|られている|てき)"),
         needs=_r(_STRONG_NOW + r"|逃げ"),
         when_habitual=URGENT),
    Rule("shut_out_cold", EMERGENCY, "110", "寒い中で外に締め出されている・外にいる",
         _r(r"締め出|閉め出|しめだ|家に入れてもらえ|(家|中)に入れ(ず|ない|なく|てくれな)|入れず|追い出さ|外に出され|ベランダに出され"
            r"|(外|そと|庭|玄関|路上|道)[^。]{0,12}?(にいる|にいます|座り込|すわりこ|立って|ずっと|いて|歩いて|さまよ|うろうろ)"),
         needs=_r(_COLD),
         unless=_r(r"(寒|さむ)く(は|も)?(ない|ありません)"),
         when_habitual=URGENT),
    # ============================================================ urgent: a staff response today
    Rule("physical_violence", URGENT, None, "身体的暴力・けが",
         _r(r"殴|なぐら|なぐっ|なぐる|叩か|たたか|叩い|たたい|叩く|たたく|蹴|突き飛ば|つきとば|つねら|首を絞|ぶたれ|乱暴(?!な(口|言葉|言い方|物言い))"
            r"|暴力(?!的)|ぼうりょく|手を(上げ|あげ)(る|ら|た|て)|物を投げつけ|投げつけ|物が壊れる音|(あざ|アザ|痣)(?!やか|わら|笑)"
            r"|(怪我|けが|ケガ)(を)?させ|やけどをさせ|(傷|きず)(だらけ|が(あり|あった|ある|でき))|(叫び声|悲鳴)|(痛い|いたい)[、,]?やめて"),
         unless=_r(r"肩を(叩|たた)|(ドア|戸|扉)を(叩|たた)|太鼓"),
         resolvable=False),
    Rule("fall_injury", URGENT, None, "転倒・けが",
         _r(r"(転ん|ころん|転倒し|落ち)[^。]{0,15}?(打ちま|打った|打って|痛が|腫れ|骨折|けがを|怪我を|ケガを)")),
    Rule("confined", URGENT, None, "閉じ込め・拘束・締め出し",
         _r(r"閉じ込め|とじこめ|監禁|(部屋|家|外)(から|に)?(出して|出させて|だして)(もらえ|くれ)(ない|ず|ません)"
            r"|(外|部屋の外)に出(さない|させない)|縛(ら|り|っ)|しばられ|拘束|くくりつけ|鍵をかけられ|外から鍵"
            r"|締め出|閉め出|家に入れてもらえ|(中|家)に入れてくれな|追い出さ|外に出され|ベランダに出され"),
         unless=_r(r"身体拘束(の)?(適正化|研修|廃止)"),
         resolvable=False),
    Rule("no_food", URGENT, None, "食事がとれていない",
         _r(r"(食事|ご飯|ごはん|食べ物|たべもの|食べるもの|たべるもの|食べる物|食べさせるもの|食料|食材|米|こめ|お米|昼食|夕食|朝食|昼ご飯|晩ご飯)"
            r"(を|が|も|は)?(家に|もう|ほとんど|まったく|全然|何も|なにも){0,2}(ない|無い|なく|なし|ありません|尽き|底をつ|残りわずか)"
            r"|(食事|ご飯|ごはん|食べ物|食料)(を|が|も)?(与えられ|与え|出され|出し|用意し|作っ|食べさせ)て?(もら|くれ)?(え)?(て)?(い|お)?(ない|ず|ません|らず)"
            r"|(食事|ご飯|ごはん|食べ物)(を|が|も)?もらえ(て)?(い)?(ない|ず|ません)"
            r"|(食事|ご飯|ごはん|食べ物)(も|を|は)?(少し|わずか|ちょっと|一日一回)しか(もらって|もらえて|与えられて|食べさせて|出して|出され)(もら)?(い|お)?(ない|ません|らず|ず)"
            r"|(食事|ご飯|ごはん|水分)(や|と)?(水分|食事)?(を|も|が)?(全然|まったく|全く|何も)?(とれ|取れ|摂れ|食べられ|とら|取ら|摂ら)(て)?(い|お)?(ない|ず|らず|ません|なく)"
            r"|(食事|ご飯|ごはん)(を|も|が)?(全然|まったく|全く|何も)?(とっ|取っ|摂っ|食べ)て(い|お)?(ない|ず|らず|ません)"
            r"|(米|お米|食べ物|食料|ご飯)を買う(お金|おかね)(も|が)(ない|ありません|なく)|(食べ物|食べるもの|食料)も(お金|おかね)も(ない|ありません)"
            r"|(食べ物|食料|米|こめ|ご飯|食事)を?(買え|買いに行け|作れ)(ない|ず|ません)|(食事|ご飯)を?(制限|減らされ|抜かれ)"
            r"|(何|数|[0-9一二三])日(も|間)?(何も|なにも)?(食べ|たべ)て(い)?(ない|ません)"
            r"|(何も|なにも)(食べ|たべ|口に)(て|られ|れ)?(て)?(い)?(ない|ず|ません|なく)"
            r"|(水|水分)(も|しか|を)?(飲ま|のま|とら|取ら|摂ら|とっ|取っ|飲め)(ていない|ていません|てない|なくな|ない|ず)"
            r"|飢え|(がりがり|ガリガリ|やせ細|痩せ細)"),
         unless=_r(r"今は(食べ|たべ)られて")),
    Rule("no_medicine", URGENT, None, "薬・受診が途絶えている",
         _r(r"(薬|くすり|インスリン)(を|が|も)?[^。]{0,6}?(飲ませ|与え|渡し)て(もらえ|くれ)?(て)?(い)?(ない|ず|ません)"
            r"|(薬|くすり|インスリン)(を|も)?(全然|まったく|全く|ぜんぜん)?(飲ん|のん|飲め|打っ|打て)(で|て)?(い|お)?(ない|ず|らず|ません)"
            r"|(薬|くすり|インスリン)(が|も)?[^。]{0,5}?(ない|無い|切れ|きれ|なくな|終わり|おわり)"
            r"|(受診|病院|医者)[^。]{0,8}?(行かせて|連れて行って|つれていって|連れていって|させて)(もらえ|くれ)(ない|ず|ません)"
            r"|(病院|医者)に(連れて行か|つれていか|連れていか|行かせ)(ない|ず)|(病院|医者)に(連れて行ける|連れていける)人が(いない|いません)"),
         unless=_r(r"(薬|くすり)の?(飲み忘れ|管理)")),
    Rule("no_heating", URGENT, None, "暖房・冷房・電気やガスがない",
         _r(r"(暖房|だんぼう|ストーブ|こたつ)(器具)?(が|も|を|の)?(一つも)?(ない|無い|なし|ありませ|つけ(て)?(もらえ|い)?(ない|ず)|つけられ(ない|ません)|使え(ない|ず|ません)|壊れ)"
            r"|(電気|ガス|水道|ライフライン)(が|を|も)[^。]{0,6}?(止め|とめ|止ま|とま)|(暖房|電気)(も|を)?(つけ|付け)(ず|ない)|灯油(が|も)?(ない|なく|切れ)"
            r"|(エアコン|冷房|クーラー)(が|も|を)?(ない|無い|壊れ|こわれ|つけ(て)?(もらえ|い)?(ない|ず))"
            r"|(エアコン|冷房|クーラー)[^。]{0,6}?(拒否|拒んで|使わな|つけな)|(暑さ|猛暑|真夏)[^。]{0,15}?(閉め切|しめき)"),
         needs=_r(r"寒|さむ|冬|凍|暑|あつ|夏|熱中症|ぐったり|暖房|ストーブ|こたつ|灯油|電気|ガス|水道|[34][0-9]度|払え|閉め切"),
         unless=_r(r"(もったいない|節約)")),
    Rule("no_care", URGENT, None, "介護・世話がされていない",
         _r(r"(おむつ|オムツ)[^。]{0,8}?(替え|かえ|交換し)(て|られて|されて)?(もら|くれ)?(え)?(て)?(い|お)?(ない|ず|らず|ません)"
            r"|放置|ほったらかし|ほうったらかし|放ったらかし|介護(を)?放棄|放り出|(?<!セルフ)ネグレクト|排泄物|(尿|便)まみれ|汚れたまま"
            r"|(世話|介護|介助|面倒を見る|見る|看る|みる|見てくれる|送ってくれる)(を|が)?(する)?(人|者)が(いない|いません|おらん|いなくな)"
            r"|(世話|介護|介助)(が|も|を)?(でき|出来)(ない|ません|なく|て(い)?ない)"
            r"|(今日|今夜|" + _IMA + r"|明日|これから)[^。]{0,12}?(誰も|だれも)(いない|いません|見られ(ない|ません)|来ない|おらん)|(誰も|だれも)そばに(い|お)(ない|ません)"
            r"|(誰も|だれも)(来て|きて)(い)?(ない|ません)"
            r"|(見られ|みられ|看られ)(ない|ません)|面倒を(見|み)(ない|てもらえ|てくれない)"
            r"|寝たきり[^。]{0,12}?(一人に|ひとりに|一人きり|ひとりきり|誰も(い|来)|放置)"
            r"|(あげられ|作れ)(て)?(い)?(ない|ません)"
            r"|(お風呂|風呂|入浴|着替え|トイレ|病院|受診)(に|にも|も|を)?[^。]{0,4}?(入れて|させて|連れて行って|連れていって|行かせて)(もらえ|くれ)(ない|ず|ません)")),
    Rule("cannot_cope_alone", URGENT, None, "一人では生活できない・介護者がいなくなった",
         _r(r"(一人|ひとり)(では|で|じゃ)?(何も|なにも|もう)?(生活|暮らせ|くらせ|食事|トイレ|起き上がれ|立て|動け|帰れ|でき|出来)[^。]{0,6}?(ない|ません|ず)"
            r"|身の回りのことが[^。]{0,4}?(でき|出来)(ない|なく)|(立て|たて|トイレに行け|起き上がれ)(なく|ない|ません)"
            r"|(入院|亡くな|倒れ|施設に入|寝込)[^。]{0,25}?((一人|ひとり)(に|きり)(なっ|され|残)|(一人|ひとり)で(家に)?残|(今日|今夜|明日)から[^。]{0,4}?(一人|ひとり))"
            r"|(今日|今夜|明日|今日中|今日から|明日から)[^。]{0,30}?(見る人|見てくれる|介護する人|世話|介助|ヘルパー"
            r"|ショートステイ|デイ|退院|一人に|代わり|頼み|頼め|見られ|預け|送って|手配)"
            r"|(泊まる|住む|帰る|寝る)(ところ|所|場所|家)(が|も)?(ない|ありません|なく)|行く(ところ|所)が(ない|ありません)|家に(住めなく|帰れ(ない|ません))"
            r"|追い出さ|退去(と言われ|させられ|しなければ|です)|公園にい"
            r"|(場所|家|自宅|帰り道)が(わから|分から|わかり|分かり)(なく|ない|ません)[^。]{0,12}?" + _IMA)),
    Rule("acute_unwell", URGENT, None, "今朝からの急な体調変化",
         _r(r"(今朝|けさ|昨日|きのう|昨夜|朝|さっき)から[^。]{0,15}?(熱|発熱|ぐったり|ぼんやり|寝込|吐|痛|動けな|食べられ|様子がおかし|具合が悪)")),
    Rule("wellbeing_signs", URGENT, None, "安否確認が必要(郵便がたまる・雨戸が閉まったまま)",
         _r(r"(新聞|郵便|郵便物|ポスト|チラシ|郵便受け)[^。]{0,8}?(たま|溜ま|いっぱい|あふれ|取り込まれて)|雨戸が[^。]{0,8}?閉まった(まま)"
            r"|(洗濯物|電気)[^。]{0,8}?(干しっぱなし|つけっぱなし|つかない日)|既読がつかない|電話が(つながら|繋がら)(ない|ず)|電話が(つながり|繋がり)ません"
            r"|不在票|欠席が続"),
         worry_counts=True, negatable=False),
    Rule("wellbeing_unreachable", URGENT, None, "安否確認が必要(連絡がつかない・姿が見えない)",
         _r(r"(連絡|れんらく)が(取れ|とれ|つか|つき)(ない|なく|ず|ません)|電話に(も)?(出|で)(ない|なく|ず|ません)"
            r"|(来て|来)(い)?ません"),
         needs=_r(r"一人暮らし|ひとり暮らし|独居|おばあさん|おじいさん|お年寄り|高齢|父|母|祖父|祖母|叔父|叔母|兄|姉|弟|妹|利用者|見守り"),
         unless=_r(r"(最近|この頃|このごろ)[^。]{0,20}?(見かけ|みかけ|姿を見)|日が増え"),
         worry_counts=True, negatable=False),
    Rule("stranded_outside", URGENT, None, "外で立ち往生している",
         _r(r"(外|家の前|玄関先|路上|道)[^。]{0,10}?(ずっと|座り込|すわりこ|立って)"),
         needs=_r(r"鍵が(ない|なく)|入れな|帰れな|わからな|迷")),
    Rule("asks_for_today", URGENT, None, "本日中の対応を求めている",
         _r(r"(今日中|今日のうち|本日中|至急|今すぐ|いますぐ)(に)?[^。]{0,12}?(相談|来て|連絡|対応|訪問|お願い|頼み|探し)")),
    Rule("death_thoughts", URGENT, None, "死にたい気持ち(計画なし)",
         _r(r"死にたい|しにたい|死んでしまいたい|消えたい|きえたい|消えてしまいたい|生きていたくない|生きていけない"
            r"|生きてい(ても|て)(仕方|しかた|しょうが)(が)?(ない|ありません)|生きてい(ても|て)(意味|つら)|死んだ(方|ほう)が(まし|いい|楽)|楽になりたい|自殺|首をつ|首を吊"
            r"|一緒に死|心中|道連れ|殺してしまい?そう|手にかけ|手をかけてしまい?そう|何をするかわから|お迎えが来て(ほし|くれ)"),
         unless=_r(r"(家|自宅|畳の上|住み慣れた|病院|ホスピス|施設)で死に")),
    # ============================================================ advice: #7119 (not an emergency)
    Rule("acute_symptom", ADVICE, ADVICE_NUMBER, "急な体調不良(救急安心電話相談)",
         _r(r"熱(が|も)?(ある|あり|高い|下がらな|出た|出て|続)|高熱|発熱|(吐い|はい)て|嘔吐|吐き気"
            r"|(急に|突然|さっきから|朝から|昨日から)[^。]{0,10}?(具合|体調|様子|顔色)(が)?(悪|おかし|変)"
            r"|めまい|ふらふら|ふらつ|脱水|熱中症|(頭|お腹|腹|おなか)が(痛|いた)"
            r"|転ん|ころん|転倒|頭を打|救急車を呼ぶ(べき|ほど|か)|病院に(行く|連れて行く|つれていく)(べき|か)"),
         unless=_r(r"(転倒|熱中症|脱水)(の)?(予防|防止|対策)")),
)


# --- reading a match in its sentence ------------------------------------------------------------

# Negation right after the matched predicate: 倒れ|ていない, 出血|はない, 叩く|音などはありません.
_NEGATION = _r(
    r"^(?:て|で|と|く|っ|さ)?(?:ような|みたいな)?(?:音|こと|様子|跡|形跡|の)?(?:など|とか|たり)?(?:は|も|が)?(?:もう|全く|まったく|一度も)?"
    r"(?:して|し|て|見られ|みられ|あり|ござい|おら|おり)?(?:い|お|ら)?"
    r"(?:ない|無い|ません|なかった|なく(?!な)|ず(?!っと)|ねえ|ねぇ|へん|ひん|ん(?![でだ]))"
)
# 「死にたいとは思わない」
_NEGATED_THOUGHT = _r(r"^(?:と|とは|とまでは|って)(?:思|おも)(?:わ|って(?:い)?)(?:ない|ません|ず)")
# Conditional, hypothetical, preventive or wished-for forms right after the match.
_CONDITIONAL_TAILS = (
    r"(?:て|で|っ)?(?:い|しま|ちゃ)?(?:った|た|だ|かった|なかった|なくなった|なった|くなった)ら(?!れ)",  # 倒れたら
    r"(?:れ|け)?れば|ければ",  # 倒れれば, 苦しければ
    r"(?:る|た|ない|い|の|く)?(?:時|とき|場合|際)(?:は|に|の|も|には|が)",  # 倒れた時は
    r"る(?:と(?![言い聞思おきっ])|前|まえ|ように|よう(?:な|に))",  # 倒れると, 倒れる前に
    r"(?:て|で)も(?!起|お|目|反|返|答|動|出)",  # 倒れても
    r"(?:ない|ぬ)(?:よう|ため)",  # 倒れないように
    r"(?:の)?(?:予防|防止|対策|危険|リスク|おそれ|恐れ)|に備え",  # 転倒予防, 転倒の危険
    r"(?:られ|れ)?そう(?:に|な|で|だ|。|!|$)",  # 倒れそうです (about to); not 「おろそうと」
    r"(?:て|で)ほし",  # いなくなってほしい
    r"(?:る|た)?(?:こと|事)(?:が|は|も)?(?:心配|不安|怖|こわ)",  # 倒れることが心配
)
_CONDITIONAL_TAIL = _r("^(?:" + "|".join(_CONDITIONAL_TAILS) + ")")
# A general question a little further on: 「意識がない人を見つけたときは」「倒れている人がいた場合」.
_GENERAL_CASE = _r(r"^[^。、]{0,12}?(?:(?:た|る)(?:時|とき)は|場合)")
_CONDITIONAL_HEAD = _r(r"もし|もしも|万一|万が一|いざ(という|って)|将来|今後|老後|いつか|仮に|例えば|たとえば|心配なのは|予防")
# A condition inside a long match: 「入院すると…一人になる」「入院したら…」.
_CONDITIONAL_INSIDE = _r(r"(?:し|っ|れ)たら|すると|なると|れば")
# A fear of what may happen: 倒れ|ないか心配, 倒れ|るかもしれない, 倒れ|るのではと.
_WORRY = _r(r"^[^。]{0,8}?(?:ないか|ないかと|るか(?:も|と)|のでは|んじゃ|かもしれ|かも)")
_PAST = _r(
    r"先月|先週|去年|昨年|一昨年|おととし|以前|(?:^|(?<=[、。はも]))(?:前に|まえに)|年前|か月前|ヶ月前|カ月前|ヵ月前|週間前"
    r"|この前|このまえ|こないだ|昔|むかし|かつて|前回|若い頃|あの時|あのとき|入院前|当時"
)
_NOW = _r(_IMA + r"|現在|さっき|先ほど|さきほど|今朝|けさ|今日|きょう|今夜|今晩|朝から|昨日|きのう|昨夜|ゆうべ|夜中|まだ|また")
_PAST_TAIL = _r(r"^[^。]{0,4}?(?:たことが|たことも|たこともあ|てから|た後|たあと|た時は|たときは|た際|た経験|後遺症)")
_DISTANT_PAST = _r(r"昔|むかし|かつて|若い頃|年前|当時|以前|去年|昨年|一昨年|前は|まえは|(?:^|(?<=[、。はも]))前に")
_HABITUAL_HEAD = _r(r"朝から晩まで|時々|ときどき|時折|たまに|よく|しばしば|いつも|度々|たびたび|頻繁|しょっちゅう|毎(日|晩|朝|回|週|年)|何度か|何回か|持病|一日中|一日じゅう")
_HABITUAL_TAIL = _r(r"^[^。]{0,6}?(?:ことが(?:ある|あり|多)|ことも|がち|やすい|たびに|度に|癖)")
_CHRONIC_HEAD = _r(r"(先月|先週|去年|昨年|年前|か月前|ヶ月前|カ月前|週間前|以前|ずっと前)から|長い間|持病")
# The danger has already been dealt with (checked after the match, this and the next sentence).
_RESOLVED = _r(
    r"今は?(元気|大丈夫|落ち着|回復|普通|問題な)|いまは?(げんき|だいじょうぶ)|もう(大丈夫|元気|回復|落ち着)|回復し|落ち着きました"
    r"|落ち着いて(い)?ます|退院し(?!たら)|入院(中|して(い|お)|した(?!ら)|しました|となり|になり)|治(った|りました|まった|まりました|って)(?!ら)"
    r"|おさまっ|収まっ|救急車で運ばれ|救急搬送され|搬送され(?!たら)|救急車を呼(んで|びま|んだ(?!(ほう|方|ら)))|119番(し|通報し)"
    r"|病院に運ばれ|手術(を受け|し|後)|術後|命に別状はな|^(が|は)?残(り|っ|る)|(先週|先月|去年|昨年|以前|日前|週間前|昨日|きのう|昨夜|ゆうべ|おととい)(の(夜|朝|夕方|昼))?のこと|無事(でした|だった|に|見つか|保護)|見つかりました|保護され|後遺症|リハビリ"
    r"|(帰って|戻って)(来|き)(ました|た(?!ら))|警察に(連絡|通報|相談)し(ました|た(?!ら)|て(い|お))"
)
# An urgent worry that is over: 「今は治っています」「今は息子が届けてくれるので大丈夫」.
_URGENT_RESOLVED = _r(r"今は[^。]{0,20}?(大丈夫|元気|治って|治りました|退院|落ち着|平穏|食べられて|飲めて)|入院(中|して(い|お)|しました)|手術(を受け|後)|術後")
# Reassurance that the person is awake and talking: a `collapsed`/`heatstroke` match is then urgent.
_REASSURED = _r(r"(会話|話)(は|も)?(でき|出来)|意識(は|も)?(ある|あり|はっきり|しっかり)|返事(は|も)(する|します|でき)|動けます|話せます")
_SENTENCE_END = _r(r"[。！？!?\n]")


@dataclass(frozen=True, slots=True)
class UrgencyFinding:
    rule: str
    level: str
    call: str | None
    reason: str
    matched: str


@dataclass(frozen=True, slots=True)
class UrgencyResult:
    urgency: str  # emergency / urgent / routine
    reason: str | None
    call_number: str | None  # "119" / "110" with an emergency; "#7119" as advice otherwise
    findings: tuple[UrgencyFinding, ...]

    @property
    def rule_ids(self) -> list[str]:
        return [f.rule for f in self.findings]


def compact_text(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).lower().split())


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, 0)]


def _is_past(head: str) -> bool:
    """The nearest time word before the match is a past one, not followed by から (since)."""
    last_past = max(_PAST.finditer(head), key=lambda m: m.end(), default=None)
    if last_past is None:
        return False
    last_now = max((m.end() for m in _NOW.finditer(head)), default=-1)
    if last_now > last_past.end():
        return False
    return not head[last_past.end() :].startswith(("から", "より", "ずっと"))


@dataclass(frozen=True, slots=True)
class _Context:
    head: str  # the sentence before the match
    tail: str  # the sentence after the match
    after: str  # from the match to the end of the next sentence
    message: str
    matched: str


def _not_here_and_now(rule: Rule, ctx: _Context) -> str | None:
    """Why this match does not count (None when it counts as written)."""
    hearsay = ctx.tail.startswith("そう") and ctx.matched[-1] in "るただい"  # 来るそうです: reported, not "about to"
    if (_CONDITIONAL_TAIL.match(ctx.tail) and not hearsay) or _CONDITIONAL_INSIDE.search(ctx.matched[1:]) \
            or _GENERAL_CASE.match(ctx.tail):
        return "conditional"
    if _CONDITIONAL_HEAD.search(ctx.head):
        return "hypothetical"
    if not rule.worry_counts and _WORRY.match(ctx.tail):
        return "worry"
    if rule.negatable and (_NEGATION.match(ctx.tail) or _NEGATED_THOUGHT.match(ctx.tail)):
        return "negated"
    return None


def _past_tail(ctx: _Context) -> bool:
    """「倒れたことがある」「倒れてから」「痛めて|から」."""
    return bool(_PAST_TAIL.match(ctx.tail)) or (ctx.matched.endswith("て") and ctx.tail.startswith("から"))


def _is_habitual(ctx: _Context) -> bool:
    return bool(
        _HABITUAL_HEAD.search(ctx.head) or _HABITUAL_TAIL.match(ctx.tail) or _CHRONIC_HEAD.search(ctx.head)
    )


def assess_match(rule: Rule, ctx: _Context) -> tuple[str | None, str]:
    """The level a match supports once its context is read, and a word on why."""
    why_not = _not_here_and_now(rule, ctx)
    if why_not:
        return None, why_not
    if rule.level == EMERGENCY:
        if _RESOLVED.search(ctx.after):
            return None, "resolved"
        if _is_past(ctx.head) or _past_tail(ctx):
            return None, "past"
        if not rule.duration_is_evidence and _is_habitual(ctx):
            return rule.when_habitual, "habitual"
        if rule.id in ("collapsed", "heatstroke") and _REASSURED.search(ctx.message):
            return URGENT, "awake and talking"
        return EMERGENCY, "now"
    if rule.level == URGENT:
        if (_DISTANT_PAST.search(ctx.head) or _past_tail(ctx)) and not _NOW.search(ctx.head):
            return None, "past"
        if rule.resolvable and (_URGENT_RESOLVED.search(ctx.after) or _is_past(ctx.head)):
            return None, "resolved"
        return URGENT, "now"
    if _RESOLVED.search(ctx.after):
        return None, "resolved"
    if _is_past(ctx.head) or _past_tail(ctx):
        return None, "past"
    return rule.level, "now"


@dataclass(frozen=True, slots=True)
class Trace:
    """One rule match and what the context made of it (for tests and for reading errors)."""

    rule: str
    matched: str
    verdict: str | None
    why: str


def _matches(compact: str):
    sentences = _sentences(compact)
    for rule in RULES:
        if rule.needs is not None and not rule.needs_in_sentence and not rule.needs.search(compact):
            continue
        if rule.unless is not None and rule.unless.search(compact):
            continue
        for m in rule.pattern.finditer(compact):
            idx = next((i for i, (a, b) in enumerate(sentences) if a <= m.start() < b), len(sentences) - 1)
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
            )
            level, why = assess_match(rule, ctx)
            yield rule, m.group(0), level, why


def explain(text: str) -> list[Trace]:
    return [Trace(rule.id, matched, level, why) for rule, matched, level, why in _matches(compact_text(text))]


def assess_urgency(text: str) -> UrgencyResult:
    """Apply every rule to one message; the highest level found wins."""
    findings: list[UrgencyFinding] = []
    counted: set[str] = set()
    for rule, matched, level, _why in _matches(compact_text(text)):
        if level is None or rule.id in counted:
            continue
        counted.add(rule.id)
        call = rule.call if level == rule.level else (ADVICE_NUMBER if level == ADVICE else None)
        findings.append(UrgencyFinding(rule.id, level, call, rule.reason, matched))
    return summarise(findings)


def summarise(findings: list[UrgencyFinding]) -> UrgencyResult:
    if not findings:
        return UrgencyResult(ROUTINE, None, None, ())
    top = max(findings, key=lambda f: _RANK[f.level])  # first of the highest level: table order
    advice = ADVICE_NUMBER if any(f.level == ADVICE for f in findings) else None
    reason = f"{top.reason}「{top.matched}」"
    if top.level == EMERGENCY:
        return UrgencyResult(EMERGENCY, reason, top.call, tuple(findings))
    if top.level == URGENT:
        return UrgencyResult(URGENT, reason, advice, tuple(findings))
    return UrgencyResult(ROUTINE, reason, advice, tuple(findings))
