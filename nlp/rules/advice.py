"""advice: a medical worry that is not clearly an emergency. The urgency does not rise; the resident is
pointed to 千葉県救急安心電話相談 #7119 (sources in nlp/README.md)."""

from nlp.rules.base import ADVICE, ADVICE_NUMBER, Rule, r

RULES = (
    Rule(
        "acute_symptom",
        ADVICE,
        ADVICE_NUMBER,
        "急な体調不良(救急安心電話相談)",
        r(
            r"熱(が|も)?(ある|あり|高い|下がらな|出た|出て|続)|高熱|発熱|(吐い|はい)て|嘔吐|吐き気"
            r"|(急に|突然|さっきから|朝から|昨日から)[^。]{0,10}?(具合|体調|様子|顔色)(が)?(悪|おかし|変)"
            r"|めまい|ふらふら|ふらつ|脱水|熱中症|(頭|お腹|腹|おなか)が(痛|いた)"
            r"|転ん|ころん|転倒|頭を打|(救急車|きゅうきゅうしゃ)を?(呼|よ)ぶ(べき|ほど|か)|病院に(行く|連れて行く|つれていく)(べき|か)"
        ),
        unless=r(r"(転倒|熱中症|脱水)(の)?(予防|防止|対策)"),
    ),
)
