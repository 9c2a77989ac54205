"""missing_dementia (110): an older person or someone with dementia who cannot be found now.

Habitual wandering (「よく出ていく」) is not an emergency by itself; found again (「見つかりました」) is not either.
"""

from nlp.rules.base import EMERGENCY, OLDER_PERSON, PERSON_SUBJECT, Rule, r

RULES = (
    Rule("missing_now", EMERGENCY, "110", "行方不明・帰ってこない",
         r(r"(帰って|かえって|戻って|もどって)(こ|来|き)(ない|ねえ|ません|ず|ん|てない|ていない)"
            r"|(帰ら|かえら|戻ら|もどら)(ない|ず|ん)|(帰り|かえり|戻り|もどり)ません"
            r"|(いなくな|居なくな|おらんくな|おらんようにな|いないようにな)(っ|り|る)|(帰って|戻って)(き|こ)(よらん|へん|ん|ねえ)|行方(が)?(わから(ない|ず|なく)|分から(ない|ず|なく)|わかりません|分かりません|不明|知れ(ない|ず|ません))|姿が(見え|みえ)(ない|ません|なく)"
            r"|見当たら(ない|ず|なく)|見当たりません|出て(行|い)(った|って)(きり|まま|しま|しも|みたい|よう|らしい)|出(かけ)?た(まま|きり|っきり)"
            r"|どこにも(いない|いません|おらん)|(探し|さがし)て[^。]{0,10}?(見つから|みつから)(ない|ず|ません)"
            r"|(家|部屋|施設|ベッド)に(いない|いません|いなくて)|" + PERSON_SUBJECT + r"(が|は)(いない|いません)(!|！|$|。)"),
         needs=r(OLDER_PERSON),
         unless=r(r"(帰って|戻って)(来|き)(ました|た(?!ら))|見つかりました|見つかった(?!ら)|保護され|亡くな"),
         when_habitual=None),
)
