"""other_emergency (119): a life in danger now that none of the spec's families names (fire, severe pain,
someone asking for an ambulance). Kept visible as its own group rather than forced into a family."""

from nlp.rules.base import ABOUT_TO_DIE, EMERGENCY, Rule, r

RULES = (
    Rule(
        "fire",
        EMERGENCY,
        "119",
        "火災",
        r(
            r"燃えて(い|る|ま)|燃え移|火事(です|だ|!|!|に(なって|なりそう))|かじです|火が(出て|ついて|上が)|煙が(出て|充満)|火をつけよう"
        ),
        unless=r(r"(火|ひ)は?(もう)?(消え|消し|きえ)"),
    ),
    Rule(
        "severe_pain",
        EMERGENCY,
        "119",
        "激しい痛み",
        r(
            r"転げ(回|まわ)|ころげまわ|のたうち|激痛|げきつう|激しい痛み|痛みで動けな|痛がって叫|痛くて動けな|いたくてうごけな"
        ),
    ),
    Rule(
        "asks_for_ambulance",
        EMERGENCY,
        "119",
        "救急車を呼んでほしいと言っている",
        r(
            r"救急車(を)?(呼んで|よんで|呼べ|お願い)(って|と|ください|ほしい|!|！)|きゅうきゅうしゃ(を)?(よんで|よべ)|救急車(を)?呼んだ(方|ほう)がいい(です)?か"
        ),
    ),
    # Death said to look near, of a person now (「祖母が今にも死にそうです」); heart_breathing's dying_breathless
    # names the family when suffering or breath is told with it. nlp/urgency.py reads the "about to".
    Rule(
        "dying_now",
        EMERGENCY,
        "119",
        "今にも命が危ない様子",
        r(ABOUT_TO_DIE),
        negatable=False,  # 「死にそうなくらい」 is no 「なく」: nlp/urgency.py reads 「死にそうにない」 itself
        about_to_counts=True,
    ),
)
