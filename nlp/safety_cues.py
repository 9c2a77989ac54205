"""Context cues for the learned safety detector: is what the message describes happening here and now?

Generic words of time, mood and outcome, not words of any emergency family: the same sign words
appear in an emergency and in its look-alikes (「去年倒れて今は元気」「倒れたらどうしよう」), so the
model needs to see the context apart from the n-grams, where it is diluted. Each cue is one binary
feature (`x:<id>`); the logistic regression learns what each is worth. The rules' own decisions are
never a feature: the two detectors stay independent.
"""

from __future__ import annotations

import re

CONTEXT_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(p)) for name, p in (
    ("now", r"今(?![日年月週度回後朝はまで])|(?:^|(?<=[、。\s!?！？]))いま(?![すしせで])|さっき|先ほど|さきほど|たった今|現在|只今|ただいま"),
    ("sudden", r"急に|突然|きゅうに|とつぜん|いきなり"),
    ("today", r"今朝|けさ|今日|きょう|今夜|こんや|今晩|朝から|昼から|夕方から|夜中から|昨夜から|ゆうべから"),
    ("help", r"助けて|たすけて|どうしよう|どうしたら|どうすれば|至急|急いで|すぐ来|早く|はやく|お願い|おねがい"),
    ("alarm_mark", r"[!！⚠🚨😱😭]"),
    ("progressive", r"(ている|てる|ています|てます|とる|よる|でいる|でる|んでる)(。|、|$|!|！|よ|の|ん)"),
    ("not_stopping", r"(止まら|とまら|治まら|おさまら)(ない|ず|なく|ん)|止まりません"),
    ("past", r"先月|先週|去年|昨年|一昨年|おととし|以前|年前|か月前|ヶ月前|カ月前|ヵ月前|週間前|この前|このまえ|こないだ|昔|むかし|かつて|前回|当時|若い頃"),
    ("past_experience", r"(た|だ)こと(が|も)(ある|あり|あった)|(た|だ)経験|その(とき|時)|あの(とき|時)"),
    ("resolved", r"今は|いまは|落ち着|おちつ|回復|退院|入院中|入院して|入院しま|治療中|治った|治りま|なおった|無事|保護され|見つかった|見つかりま|済み|済んで|手術|リハビリ|後遺症|何ともな|なんともな|大丈夫(でした|だった|です)"),
    ("help_came", r"救急車(で|が来|を呼び|を呼んで|呼ん)|搬送|警察(に|へ)(相談|通報|連絡|届)|警察(が|の方が)(来|き)|通報し|110番し|119番し|止めました|止めてくれ|断りました|断った|切りました|切った"),
    ("hypothetical", r"もし|もしも|万一|万が一|仮に|(た|だ)ら(どう|どこ|誰|だれ|いい|よい|困)|場合|(とき|時)(は|の|に)(どう|ため)|備え|いざ"),
    ("prevention", r"予防|防止|対策|(なら|し|起こさ|あわ|遭わ)ないよう|気をつけ|防ぐ|防げ|注意"),
    ("info_request", r"教えて|知りたい|ありますか|できますか|どこに|どちらに|方法|制度|申請|窓口|講座|研修|教室|パンフ|チラシ|目安|サイン|について|探して"),
    ("chronic", r"持病|前から|ずっと前|何年も|長年|昔から|いつも|毎日|毎晩|毎朝|よく|時々|ときどき|たまに|しょっちゅう|通院|かかりつけ|飲んでいます|通っています|治療を受け"),
    ("worry", r"心配|不安|怖い|こわい|気になる|かもしれない|ないか"),
    ("negated", r"(は|も)(ない|ありません|なかった)|(てい|して)(ない|ません)|ことはない"),
    ("hearsay", r"と聞いた|聞きました|ニュース|テレビ|特集|ドラマ|友人|知人|話を聞"),
    ("question", r"[?？]|ですか|ますか|でしょうか"),
))


def active_context_cues(compact_text: str) -> list[str]:
    return [name for name, pattern in CONTEXT_CUES if pattern.search(compact_text)]
