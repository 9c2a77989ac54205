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

RULES = (
    Rule("unanswered_for_days", EMERGENCY, "119", "数日応答がなく倒れている恐れ",
         r(r"(連絡|れんらく)が?(取れ|とれ|つか|付か|つき)(ない|なく|ず|ません|へん|ん)|電話に(も)?(出|で)(ない|なく|ず|ません|へん|ん)"
           r"|(応答|返事|へんじ|反応)(が|も)?(ない|なく|無い|ありません|なし)"
           r"|(チャイム|インターホン|インターフォン|呼び鈴|ノック|ピンポン)[^。]{0,10}?(出ない|出ません|出て(こ|き)(ない|ません)|応答|反応|返事)"
           r"|(電話|連絡|line|ライン)(を)?(して|しても|しているのに|したのに|しても)[^。]{0,6}?(出(ない|ません|ず)|返事が|つながら|既読)"
           r"|(呼んで|よんで|ノックして|叩いて|たたいて)も[^。]{0,4}?(出て(こ|き)(ない|ません)|出てこ)"
           r"|(言った|切れ)(きり|たまま)|言ったまま|途中で切れ|と言って切れ|倒れたような音"),
         needs=r(_EVIDENCE),
         worry_counts=True, negatable=False, duration_is_evidence=True),
    Rule("not_coming_out_with_signs", EMERGENCY, "119", "何日も出てこず室内で倒れている恐れ",
         r(r"(?<!部屋から)(?<!家から)出て(こ|き)(ない|ません|ん|へん)|(応答|返事)(が)?な(い|く|し)"),
         needs=r(r"新聞|郵便|ポスト|電気が(つい|点い)|灯り|明かり|におい|臭い|異臭|倒れ"),
         worry_counts=True, negatable=False, duration_is_evidence=True),
    Rule("unseen_with_signs", EMERGENCY, "119", "姿が見えず室内で倒れている恐れ",
         r(r"姿を(見|み)(せ|かけ)?(ない|ず|ません|て(い)?ない|なく)|(見かけ|みかけ)(ない|なく|ません)|見当たら(ない|ず|なく)|見当たりません"),
         needs=r(r"におい|臭い|異臭|倒れ|うめき|中から"),
         worry_counts=True, negatable=False, duration_is_evidence=True),
)
