"""Whose address is this: the parts of one address, places taken back or named as landmarks, and,
of several addresses in one message, the one of the person concerned (not the writer's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from routing.places import HOME_PREFECTURE
from routing.results import KIND_AMBIGUOUS, KIND_CENTER, KIND_OUTSIDE, Resolution
from routing.scan import OUTSIDE_KINDS, Mention

# What joins two parts of one address: nothing, a comma or a space-like mark.
_JOINERS = frozenset("、,・/()「」 ")
# Hashtags and bars (「#熊本市 #中央区」「札幌|中央区」) keep the parts apart, but for a municipality or
# prefecture and a ward beside it: the ward is that city's (中央区 and 緑区 are other cities' names too).
_TAG_MARKS = frozenset("#|")
_TAG_ENDS = frozenset(("", "#", "|", "。", "、", ",", ".", "!", "?", "…", ")"))

_PERSON_WORDS = (
    "母|父|祖母|祖父|義母|義父|両親|親|本人|夫|妻|主人|旦那|兄|姉|弟|妹|叔母|伯母|叔父|伯父|おば|おじ|ばあ|じい|"
    "婆|爺|姑|舅|利用者|患者|家族|親戚|知人|友人|隣人|近所|高齢者|息子|娘|孫|おかん|おとん|かあさん|とうさん|"
    "かあちゃん|とうちゃん"
)
PERSON = re.compile(f"(?:{_PERSON_WORDS})")
# The writer's children: named before a place (「息子は東京で」), that place is theirs, never the person
# concerned's (an あんしんケアセンター serves the older generation; a writer naming their child is that
# person or their carer).
_CHILD_WORDS = "息子|娘|孫|嫁|婿"
# The older generation: 「船橋市の父です」 introduces the person concerned (the father in 船橋市), not the writer
# (an あんしんケアセンター serves the older generation; its writers are their children, not their parents).
_ELDER_WORDS = (
    "祖母|祖父|義母|義父|両親|母|父|ばあ|じい|婆|爺|姑|舅|おかん|おとん|かあさん|とうさん|かあちゃん|とうちゃん"
)
# 「佐倉市の老人でございます」「横浜の年寄りです」: the writer introducing themself as an older person, the person
# concerned themself (an あんしんケアセンター serves the older generation).
_OLDER_SELF_WORDS = "老人|ろうじん|年寄り|年寄|としより|高齢者|老いぼれ"
# Living there, said before whoever lives there (「千葉市に住む母」「東京在住の私」).
_LIVING_THERE = r"に住む|に住んでいる|に住んでる|で暮らす|に暮らす|で暮らしている|に暮らしている"
# Working there for now, said before the writer or their child (「大阪に単身赴任中の息子です」「東京勤務の私」).
_POSTED_THERE = r"(?:に|へ)?(?:単身)?赴任(?:中|先)?の|(?:で)?勤務(?:中)?の|在勤の"
_AFTER_PERSON = re.compile(
    f"(?:(?:{_LIVING_THERE}|(?:で|に)一人暮らし(?:を|の|している)?|"
    # 「高洲3丁目に一人でいる母」「千葉市にいる私の母」: being there, said of the person after it
    r"に一人で住む|に一人で住んでいる|に(?:一人で|ひとりで)?(?:いる|居る)|在住の|の)[^、。!?]{0,6}?"
    f"(?:(?:{_ELDER_WORDS}|{_OLDER_SELF_WORDS})(?:ちゃん|さん|様)?(?=です|でございます|だけど|ですけど)|(?:{_PERSON_WORDS})"
    # 「横浜の娘です」: the writer introducing themself, not the person concerned.
    r"(?!です|でございます|だけど|ですけど|の者))"
    r"|(?:に住む|に住んでいる|在住の|で暮らす|に暮らす)(?:方|人))"
)
# 「千葉市にいる私が介護してます」「東京在住の私」: the writer's own place (not 「千葉市にいる私の母」, the person's).
_AFTER_WRITER_SELF = re.compile(
    f"(?:{_LIVING_THERE}|{_POSTED_THERE}|にいる|に居る|在住の|の)"
    r"(?:私|わたし|わたくし|僕|ぼく|俺|自分|当方)(?:たち|ら|ども)?(?!の)"
    # 「若葉区はうちの住所でした」「稲毛区は私の家です」: the place said to be the writer's own address or house
    r"|(?:は|が)(?:うち|私|わたし|わたくし|僕|ぼく|俺|自分|当方)(?:の|ん)(?:住所|家|いえ|住まい)"
)
# 「横浜の娘が書いています」「東京に住む息子です」: the place of the writer's child (or of the writer, a
# child of the person): never the person concerned's (an あんしんケアセンター serves the older generation).
_AFTER_CHILD = re.compile(
    f"(?:{_LIVING_THERE}|{_POSTED_THERE}|在住の|の)[^、。!?]{{0,3}}?"
    f"(?:{_CHILD_WORDS})(?!(?:さん|ちゃん|夫婦|一家)?の(?:家|うち|所|ところ|とこ|宅))"
)
# 「千葉市の叔父を通じて相談したい」「船橋の知人経由で」: someone the writer goes through, named by their
# place; a go-between, not the person concerned.
_AFTER_GO_BETWEEN = re.compile(
    f"(?:{_LIVING_THERE}|にいる|に居る|在住の|の)[^、。!?]{{0,3}}?(?:{_PERSON_WORDS})(?:さん|ちゃん|様|たち)?"
    r"(?:を通じて|を通して|をとおして|を介して|経由で|経由して|に頼んで|にたのんで|づてに)"
)
_AFTER_HOME = re.compile(r"(?:の|にある|に)?(?:実家|自宅)")
_AFTER_WRITER = re.compile(r"(?:に住んでいますが|に住んでいて|に住んでおり|に住んでいる者|在住の者|在住です|から)")
_LAST_PERSON_OR_HOME = re.compile(f"(?s:.*)(?:{_PERSON_WORDS}|実家)")
# (「相談者:娘(千葉市美浜区在住)」: a child's place in brackets right after the child, as forms are filled in)
_LAST_CHILD = re.compile(f"(?s:.*)(?:{_CHILD_WORDS})(?:さん|ちゃん|夫婦|たち|ら)?(?:は|が|も|[((](?=[^))]*$))")
# 「兄弟はみんな市外」「姉妹は二人とも県外」「子どもたちは東京」: the writer's brothers and sisters or children as a
# group, never the one person concerned (an older brother or sister alone may be, and is not read here).
_LAST_GROUP_OF_KIN = re.compile(
    r"(?s:.*)(?:(?:兄弟姉妹|兄弟|姉妹|きょうだい)(?:たち|達|ら)?|(?:兄|姉|弟|妹|子供|子ども|こども)(?:たち|達|ら))"
    r"(?:は|が|も)"
)
# 「…に住んでますが、住所は習志野市芝園です」: the address stated as such outranks a name people use;
# 「畑は千葉市に借りてるけど、家は東金市です」「墓参りで千葉市に来るけど、住まいは江戸川区」: so does the home
# stated as such (a little less: 家 is said of any house) beside a place named for something else.
_ADDRESS_STATED_BEFORE = re.compile(r"(?:住所|住民票)(?:は|が|:)$")
# (「鳩仲間、住んでるのは四街道」: where one lives, said as such)
_HOME_STATED_BEFORE = re.compile(
    r"(?:(?<![一-龥々])(?:お?住まい|自宅|家)|(?:住|す)んで(?:い|お)?る(?:の|ところ|所|とこ))(?:は|が|:)$"
)
# (「うちは千葉市に住んでる」: うち, the writer in western Japan or the writer's household, with は/も/が; not
# 「母のうちは」「そのうちは」)
# (「おれは千葉の稲毛」「おらは千葉市」: おれ/おら, the writer in plain or dialect speech, a word of its own before
# は/も/が; 「I'm in 千葉市」「I live in 千葉市」: the writer in English)
_LAST_WRITER = re.compile(
    r"(?s:.*)(?:私|わたし|わたくし|僕|ぼく|俺|自分|当方|(?<![ぁ-ゖ])(?:うち|おれ|おら)(?=は|も|が)|(?<![ァ-ヺ])(?:オレ|オラ)(?=は|も|が)"
    # (spaces are taken out by then: 「I'm in」 is 「I'min」, 「I live」 is 「Ilive」)
    r"|(?<![A-Za-z])(?i:I'm|I’m|Iam|Ilive|Iwork|Istay))"
)


# 「千葉市の大会でよく会う」「千葉市の公園で」「千葉市内の店舗ですが」「千葉市で教室をしています」「店舗は千葉市
# ですが」「千葉市の病院まで送迎」: a place named for where the writer works or where people meet (a shop, a class,
# an event, a park, a hospital), not for anyone's home (not 「千葉市の病院の近くに住む」, a landmark by the home).
_VENUE_WORDS = (
    r"(?:店舗|お?店|薬局|教室|道場|職場|会社|事務所|勤務先|勤め先|大会|会場|イベント|公園|体育館|図書館|病院)"
)
_VENUE_AFTER = re.compile(
    r"(?:内|市内|区内)?の[^、。!?\n]{0,4}?" + _VENUE_WORDS + r"(?:で|に|まで|です|だけど|[、。!?\n])"
    r"|で[^、。!?\n]{0,4}?(?:教室|お?店|商売|仕事)(?:を|して|し)|で(?:働|勤め)"
)
_VENUE_BEFORE = re.compile(r"(?:店舗|お?店|教室|職場|会社|事務所|勤務先|勤め先|会場)(?:は|が|:)$")


# 「祖母の相談です」「父のことです」: whom the message is about, said as such.
_TOPIC_PERSON = re.compile(f"({_PERSON_WORDS})(?:さん|ちゃん)?の(?:相談|こと|件)(?:です|で|を|について)")


def _place_of_the_topic_person(t: str, stop: int) -> bool:
    """「千葉市に住む私の母が、松本市にいる祖母の介護で…。祖母の相談です」: the place said right before the
    person the message says it is about is that person's."""
    topics = {m.group(1) for m in _TOPIC_PERSON.finditer(t)}
    if len(topics) != 1:
        return False
    (topic,) = topics
    after = re.match(f"(?:{_LIVING_THERE}|にいる|に居る|在住の|の)([^、。!?]{{0,3}}?)({_PERSON_WORDS})", t[stop:])
    return after is not None and after.group(2) == topic and "の" not in after.group(1)


# 「千葉市の方に相談してよいものか」「千葉市に相談できますか」「稲毛区の窓口で聞いたら」: a city or ward named as the
# office the writer asks, not as anyone's home.
_ASKED_AFTER = re.compile(
    r"(?:さん|の(?:方|ほう|窓口|まどぐち|役所|市役所|区役所|センター|包括|担当))?(?:に|へ|で)(?:も|は)?"
    r"(?:ご?相談|そうだん|問い?合わせ|問合せ|といあわせ|お願い|おねがい|聞い|聞け|聞き|きいて|きけ|尋ね|たずね)"
)


# 「佐倉市の者です」「佐倉市に住んでいます」: a place said to be someone's home (beside the office asked).
_SOMEONES_HOME_AFTER = re.compile(f"の(?:者|もの|もん|{_OLDER_SELF_WORDS})(?=で|だ|[、。!?]|$)")


def _named_as_the_office_asked(
    t: str, group: Sequence[Mention], after: str, results: Sequence[tuple[Sequence[Mention], Resolution]]
) -> bool:
    """The city or a ward named as the office asked, beside a place said to be someone's home (not 「市原市の
    老人ホームの話を千葉市に相談したい」: where the person lives is still asked)."""
    if any(m.kind == "town" for m in group) or _ASKED_AFTER.match(after) is None:
        return False
    for other, _ in results:
        if other is not group:
            home = _windows(t, other, results)[1]
            if _RESIDENCE_AFTER.match(home) or _SOMEONES_HOME_AFTER.match(home):
                return True
    return False


def _named_as_a_venue(before: str, after: str) -> bool:
    return bool(_VENUE_AFTER.match(after) or _VENUE_BEFORE.search(before))


def _last_end(pattern: re.Pattern[str], text: str) -> int:
    m = pattern.match(text)
    return m.end() if m else -1


_RESIDENCE_AFTER = re.compile(
    r"(?:に住|にお住|で暮ら|に暮ら|在住|で一人暮らし|に一人暮らし|に一人で|で一人で|の実家|にある実家|に実家|の自宅|にある自宅|"
    r"に引っ越|へ引っ越|に転居|の家に|に住所|の[^、。]{0,2}(?:" + _PERSON_WORDS + r"))"
)
_RESIDENCE_BEFORE = re.compile(r"(?:住所|住まい|在住|実家|自宅|出身)(?:は|が|:)?$")
# 「母は小仲台です」: the person concerned as the topic, the place as the answer.
_PERSON_TOPIC_BEFORE = re.compile(f"(?:{_PERSON_WORDS})(?:の(?:住所|住まい|家|自宅))?(?:は|が|も)$")
_PLACE_AS_ANSWER_AFTER = re.compile(r"(?:です|でした|在住|[。!?\n]|$)")
_SENTENCE_END = re.compile(r"[。!?\n]")


def group_mentions(t: str, mentions: Sequence[Mention]) -> list[list[Mention]]:
    """Split mentions into addresses: parts written next to each other belong together."""
    groups: list[list[Mention]] = [[mentions[0]]]
    for m in mentions[1:]:
        prev = groups[-1][-1]
        gap = t[prev.stop : m.start]
        if m.start < prev.stop or (_joins(t, gap, prev, m) and not _someone_elses_place_next(t, groups[-1], m)):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def _joins(t: str, gap: str, prev: Mention, nxt: Mention) -> bool:
    if not gap or (len(gap) <= 2 and all(ch in _JOINERS for ch in gap)):
        return True
    if len(gap) <= 2 and all(ch in _JOINERS or ch in _TAG_MARKS for ch in gap):
        # a tag of its own each (not 「#中央区 #札幌出身」, where the person comes from)
        whole_tag = t[nxt.stop : nxt.stop + 1] in _TAG_ENDS
        return whole_tag and {prev.kind, nxt.kind} in ({"muni", "ward"}, {"pref", "ward"})
    if gap in ("の", "在住の", "内の") and prev.kind in ("pref", "muni", "chiba", "city", "ward"):
        return nxt.kind in ("ward", "muni", "city", "town")
    if prev.kind == "muni" and nxt.kind == "town" and _OTHER_CITYS_WARD.fullmatch(gap):
        # 「横浜市中区の桜木町」: a ward of that city (none of ours, so not read), then the town: the town is
        # that city's, the municipality written first says where (桜木町 is a town of ours too)
        return True
    if _NO_AND_NAME_HEAD.fullmatch(gap) and prev.kind in ("pref", "muni", "ward") and not _NOT_A_NAME_HEAD.search(gap):
        # 「横浜市緑区の十日市場町」: the city's 市場町 read at the end of that place's own town name
        # (not 「横浜市の娘、小仲台に母」: a person or a home between them begins another part)
        return nxt.kind == "town"
    return False


# How wide a place is: an address is written from the widest part down (千葉県千葉市緑区誉田町).
_BREADTH = {"pref": 3, "chiba": 3, "muni": 2, "city": 2, "outside": 2, "ward": 1, "town": 0}
# Said right before a place: the person whose it is, as the topic (「母は緑区」).
_ROLE_TOPIC_BEFORE = re.compile(f"(?:{_PERSON_WORDS})(?:さん|ちゃん|様)?(?:は|が|も)$")


def _someone_elses_place_next(t: str, group: Sequence[Mention], nxt: Mention) -> bool:
    """「母は緑区、名古屋に住む兄が」「母は名古屋、稲毛区の兄のところに」: a place after a comma, or as wide as
    the one before it or wider (not the next part of one address), that is said right after it to be
    someone else's home, the place before it said to be the topic person's: two places, not one address."""
    prev = group[-1]
    # (after a comma, a narrower place may be someone else's too, when it cannot be a part of the wider one: not
    # 「横浜市、緑区の兄の家」, a ward other cities have too)
    comma = any(ch in "、," for ch in t[prev.stop : nxt.start]) and nxt.entry.name not in WARD_NAMES_ELSEWHERE
    if not comma and _BREADTH.get(nxt.kind, 0) < _BREADTH.get(prev.kind, 0):
        return False
    topic = _ROLE_TOPIC_BEFORE.search(t, max(0, group[0].start - 6), group[0].start)
    if topic is None:
        return False
    after = _window_after(t, nxt.stop, len(t))
    if _AFTER_CHILD.match(after) or _AFTER_WRITER_SELF.match(after):
        return True
    m = _AFTER_PERSON.match(after)
    if m is None:
        return False
    theirs = [w.group() for w in PERSON.finditer(m.group())]
    return bool(theirs) and theirs[-1] != PERSON.findall(topic.group())[-1]


# A ward of a designated city other than ours (中区, 港北区, 西区), then の or nothing.
_OTHER_CITYS_WARD = re.compile(r"の?[一-龥々ケ]{1,3}区の?")
# の, then the head of a longer name whose tail is a town name of the city (の十日|市場町).
_NO_AND_NAME_HEAD = re.compile(r"の[一-龥々]{1,4}")
_NOT_A_NAME_HEAD = re.compile(f"{_PERSON_WORDS}|家|宅|者|方|私|僕|俺|自分|当方")


def _window_before(t: str, start: int, limit: int) -> str:
    window = t[max(limit, start - 14) : start]
    ends = list(_SENTENCE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


def _window_after(t: str, stop: int, limit: int) -> str:
    window = t[stop : min(limit, stop + 16)]
    m = _SENTENCE_END.search(window)
    return window[: m.start()] if m else window


def corroborated(t: str, group: Sequence[Mention]) -> bool:
    if any(not m.entry.weak for m in group):
        return True
    if any(m.kind == "town" and m.number.value is not None for m in group):
        return True
    after = t[group[-1].stop : group[-1].stop + 12]
    before = t[max(0, group[0].start - 8) : group[0].start]
    if _RESIDENCE_AFTER.match(after) or _RESIDENCE_BEFORE.search(before):
        return True
    return bool(_PERSON_TOPIC_BEFORE.search(before) and _PLACE_AS_ANSWER_AFTER.match(after))


# 「当方は本人の長女、…」「私は母の娘で、…」: the writer introducing themself as the person's child; what follows
# is said of the writer (the person named inside that introduction is no later person).
_WRITER_AS_CHILD = re.compile(
    r"(?s:.*)(?:私|わたし|わたくし|僕|ぼく|俺|自分|当方)(?:は|が)"
    f"(?:{_ELDER_WORDS}|本人|ご本人)の(?:{_CHILD_WORDS}|長女|長男|次女|次男|三女|三男)(?:[、,]|で(?:す[、,。]?)?)"
)


def _last_child_or_kin_group(before: str) -> int:
    """Where the last of the writer's children, or of the writer's kin named as a group, ends in `before`."""
    return max(
        _last_end(_LAST_CHILD, before), _last_end(_LAST_GROUP_OF_KIN, before), _last_end(_WRITER_AS_CHILD, before)
    )


# Whose place it is, of the people a message names: the person concerned (the older generation, or the person
# themself), or the writer's brother, sister or spouse (the writer's own generation: their place beside the older
# person's is not the one to route on, 「母は稲毛区ですが、名古屋に住む兄が心配しています」).
_ROLE_WORD = re.compile(
    f"(?P<elder>{_ELDER_WORDS}|{_OLDER_SELF_WORDS}|本人|利用者|患者|おばあ|おじい)|(?P<kin>兄|姉|弟|妹|夫|妻|主人|旦那)"
)
# 「稲毛区の兄の家に引き取られました」「稲毛区に住む兄夫婦と暮らしています」: the relative's home, or the relative
# lived with: where the older person lives too, not a side figure's place.
_WITH_THAT_PERSON = re.compile(
    r"(?:さん|ちゃん|夫婦|一家|家族|たち|達|ら)?"
    r"(?:の(?:家|いえ|うち|所|ところ|とこ|宅|元|もと|近く|ちかく|そば|隣|となり)|宅|"
    r"と(?:一緒|いっしょ|同居|どうきょ|暮ら|くら|住ん|すん))"
)
_ROLE_ELDER = "elder"
_ROLE_KIN = "kin"


def _role_of(words: str) -> str | None:
    """The role of the last person named in `words` (elder, kin), or None (「母の友人」: neither)."""
    roles = list(_ROLE_WORD.finditer(words))
    persons = list(PERSON.finditer(words))
    if not roles or (persons and roles[-1].end() <= persons[-1].start()):
        return None
    return roles[-1].lastgroup


def _windows(
    t: str, group: Sequence[Mention], results: Sequence[tuple[Sequence[Mention], Resolution]]
) -> tuple[str, str]:
    start, stop = group[0].start, group[-1].stop
    limit_before = max((g[-1].stop for g, _ in results if g[-1].stop <= start), default=0)
    limit_after = min((g[0].start for g, _ in results if g[0].start >= stop), default=len(t))
    return _window_before(t, start, limit_before), _window_after(t, stop, limit_after)


def place_role(t: str, group: Sequence[Mention], results: Sequence[tuple[Sequence[Mention], Resolution]]) -> str | None:
    """Whose place `group` is, by role: the person's said right after it (「名古屋に住む兄」「稲毛区の母」), or
    else the older person it is said of, named before it (「母は稲毛区です」)."""
    before, after = _windows(t, group, results)
    if _AFTER_CHILD.match(after) or _AFTER_WRITER_SELF.match(after) or _AFTER_GO_BETWEEN.match(after):
        return None
    m = _AFTER_PERSON.match(after)
    if m is not None:
        return None if _WITH_THAT_PERSON.match(after, m.end()) else _role_of(m.group())
    last_person = _last_end(_LAST_PERSON_OR_HOME, before)
    if last_person <= max(_last_end(_LAST_WRITER, before), _last_child_or_kin_group(before)):
        return None
    role = None if before.endswith("実家", 0, last_person) else _role_of(before[:last_person])
    # (a brother or sister as the topic, 「兄は市外です」「兄は名古屋に住んでいて」, may be the person concerned:
    # which of the two is asked; only one introduced by where they live, 「名古屋に住む兄」, is a side figure)
    return role if role == _ROLE_ELDER else None


def _kin_beside_the_elder(
    t: str, group: Sequence[Mention], results: Sequence[tuple[Sequence[Mention], Resolution]]
) -> bool:
    """`group` is the place of the writer's brother, sister or spouse, outside the city, and another place is
    an older person's: the older person is the one concerned (an あんしんケアセンター serves the older
    generation). Only outside: a brother or spouse in the city may be the one concerned himself (「稲毛区に
    住む兄が認知症で、母は名古屋に」), and a resident of the city is never sent outside on a guess."""
    if len(results) < 2 or place_role(t, group, results) != _ROLE_KIN:
        return False
    if not any(g is group and r.kind == KIND_OUTSIDE for g, r in results):
        return False
    return any(g is not group and place_role(t, g, results) == _ROLE_ELDER for g, _ in results)


def person_score(t: str, group: Sequence[Mention], results: Sequence[tuple[Sequence[Mention], Resolution]]) -> int:
    before, after = _windows(t, group, results)
    stop = group[-1].stop
    score = 0
    person_after = False
    if _AFTER_CHILD.match(after) or _AFTER_WRITER_SELF.match(after) or _AFTER_GO_BETWEEN.match(after):
        score -= 3
    elif _AFTER_PERSON.match(after) or _AFTER_HOME.match(after):
        score += 3
        person_after = _AFTER_PERSON.match(after) is not None
    last_person = _last_end(_LAST_PERSON_OR_HOME, before)
    last_writer = _last_end(_LAST_WRITER, before)
    last_child = _last_child_or_kin_group(before)
    if last_child >= 0 and last_child >= last_person and last_child > last_writer:
        score -= 3  # below the writer's own address: the writer may be the person, their child is not
    elif last_person > last_writer:
        # 「千葉市に住む母が、松本市にいる祖母の介護で」: a place with its own person right after it is that
        # person's; the one named before it is the subject of another clause, and adds nothing
        score += 0 if person_after else 2
    elif last_writer >= 0:
        score -= 2
    if score <= 0 and _AFTER_WRITER.match(after):
        score -= 1
    if len(results) > 1 and _named_as_a_venue(before, after):
        score -= 3
    elif len(results) > 1 and _named_as_the_office_asked(t, group, after, results):
        score -= 1  # (only a little: 「千葉市で相談したい。佐倉市の娘です」 is still not the daughter's place)
    if len(results) > 1 and _place_of_the_topic_person(t, stop):
        score += 2
    if _kin_beside_the_elder(t, group, results):
        score -= 3
    # Whose address or home it is, the words before it say (母の住所は, 私の家は); said alone, it is not the
    # person's when a person is named after it (「住所は東京ですが、母は千葉市緑区に住んでます」「家は東京です。
    # 千葉市緑区に母が」: the writer's), only when the person was named before (「父は幕張新都心に住んでますが、
    # 住所は習志野市芝園です」) or not at all.
    if PERSON.search(t, stop) is None:
        if _ADDRESS_STATED_BEFORE.search(before):
            score += 3
        elif _HOME_STATED_BEFORE.search(before):
            score += 2
    return score


def _venue_in_city(t: str, group: Sequence[Mention], resolution: Resolution) -> bool:
    if resolution.kind not in (KIND_CENTER, KIND_AMBIGUOUS):
        return False
    start, stop = group[0].start, group[-1].stop
    return _named_as_a_venue(_window_before(t, start, 0), _window_after(t, stop, len(t)))


def choose_by_person(
    t: str, results: Sequence[tuple[Sequence[Mention], Resolution]]
) -> tuple[Sequence[Mention], Resolution] | None:
    """Of several addresses, the one linked to the person concerned; None when unsure."""
    scored = [(person_score(t, g, results), g, r) for g, r in results]
    best = max(s for s, _, _ in scored)
    winners = [(g, r) for s, g, r in scored if s == best]
    if (
        best <= -2
        and all(r.kind == KIND_OUTSIDE for _, r in winners)
        and any(_venue_in_city(t, g, r) for g, r in results)
    ):
        # 「千葉市の公園でよく会う人、私は四街道」: the place in the city lost only as a venue; a place outside that
        # is the writer's or their child's is no home of the person either (where they live is asked)
        return None
    outcomes = {(r.kind, r.center_id, r.municipality) for _, r in winners}
    if len(outcomes) == 1:
        return winners[0]
    if all(r.kind == KIND_OUTSIDE for _, r in winners) and len({r.municipality for _, r in winners} - {None}) == 1:
        # 「世田谷住み(東京の)」: the prefecture and a municipality in it, one place said twice
        prefectures = {r.prefecture for _, r in winners} - {None}
        if len(prefectures) <= 1:
            return next((g, r) for g, r in winners if r.municipality)
    return None


def most_precise(
    results: Sequence[tuple[Sequence[Mention], Resolution]],
) -> tuple[Sequence[Mention], Resolution] | None:
    """「稲毛区です。小仲台2丁目」: one center that every other (ambiguous) part allows."""
    centers = [(g, r) for g, r in results if r.kind == KIND_CENTER]
    if len(centers) != 1:
        return None
    group, found = centers[0]
    for _, r in results:
        if r is not found and (r.kind != KIND_AMBIGUOUS or found.center_id not in r.candidates):
            return None
    return group, found


# 「さくら市じゃなくて佐倉市」「千葉郡…じゃなかった、八千代市」「東京じゃないです」: a place taken back.
_NEGATION_AFTER = re.compile(
    # 「上大和田町とは違うところ」「小仲台と違います」: not that place
    r"[郡市区町村.…、,。 ]{0,4}(?:(?:じゃ|では|でわ|でも)(?:なく|ない|なかった|ありません|ねえ|ねぇ|ねー)|[、,]?(?:とは|と)?(?:違|ちが)(?:います|う))"
    r"(?!か|でしょ|だろ|と思)"  # 「稲毛区じゃないかな」 is a guess, not a correction
    # 「美浜区の若葉と間違えないで」「…とは違います」: a look-alike named only to be told apart
    r"|と(?:は)?(?:間違え|まちがえ|混同し|勘違いし)(?:ないで|ないよう|ません|やすい|られ)"
    r"|とは(?:違|ちが)(?:います|う)(?!か|でしょ|だろ|と思)"
    # 「花園1丁目 あ、まちがえた 幕張町1丁目です」: a slip owned up to, then the right address
    # (「高洲1丁目です。訂正:真砂2丁目」: after です too)
    r"|(?:です|でした)?[、,。 ]{0,3}(?:あっ?|いや|ごめん(?:なさい)?|すみません|失礼)?[、,。 ]{0,3}"
    r"(?:間違え|まちがえ|(?:間違い|まちがい)(?!な|ありません|ございません)|訂正)"
    # 「八千代…いや違う、横戸町」「1丁目…ちがった、4丁目」
    r"|[、,。 .…]{0,4}(?:いや|あ)?[、,。 ]{0,2}(?:違|ちが)(?:う|った|います|いました)(?![かなよね]?[でだと]?(?:しょ|ろう|思))"
    # 「母は花見川区、と思ってましたが」「千葉市若葉区と書きましたが」: what the writer thought or wrote before,
    # taken back (not 「花見川区だと思いますが」, a guess)
    r"|[、,]?(?:だ)?と(?:(?:思|おも)(?:って(?:い|お)?(?:ました|た)|いました|い込んで(?:い)?(?:ました|た)|ってた)"
    r"|(?:書|か)(?:きました|いた|いてしまいました|いちゃった)|(?:言|い)(?:いました|った|っていました|ってた))(?:が|けど|けれど)"
    # 「千葉市にはあらず」「千葉市に非ず」: the same in classical language (候文)
    r"|(?:に|には|では|にて)?(?:あらず|非ず|あらざる|ござらぬ|ござらん|候はず)"
)
# 「…, not 千葉市」「Not in 千葉市」: a place taken back in English, said before it (spaces are taken out by then).
_NEGATION_BEFORE_IN_ENGLISH = re.compile(r"(?<![A-Za-z])(?i:not)(?i:in|at)?[、,]?$")
# 「千葉市に住んでましたが今は四街道の…」: where the person lived before, not the home now.
# 「千葉市の緑区に長く住んでいましたが」: a word of how long may stand before the verb.
# 「去年まで佐倉市にいましたが」「八千代市におりましたけど」: being there said in the past is the same.
_FORMER_HOME_AFTER = re.compile(
    r"(?:に|で)(?:長く|ながく|長年|ずっと|何年も|昔|以前|もともと)?"
    r"(?:(?:住んで|すんで|暮らして|くらして)(?:い|お|居)?(?:ました|た)|(?<=に)(?:い|居|お)(?:ました|た|りました))"
    r"(?:んです|んだ)?(?:が|けど|けれど|。|、)"
)

# 「来月、美浜区の高洲に越す予定ですが」「高洲へ引っ越すつもり」: where the person will move, not the
# home now (not 「高洲に引っ越しました」「越してきました」, a move done).
_FUTURE_HOME_AFTER = re.compile(
    r"(?:の[^、。!?\n]{0,8}?)?(?:に|へ)(?:引っ越|ひっこ|越|こ|移|うつ|転居|入居|入所)"
    r"(?:す|る|し|り)?(?:予定|よてい|つもり|ことに(?:なり|なっ|し)|かも|かどうか)"
)
# 「もう千葉市には住んでいません」「稲毛区にはもういない」: the person no longer lives there.
_NOT_HOME_AFTER = re.compile(
    r"(?:に|には|で|では)(?:もう)?(?:住んで|すんで|暮らして|くらして|い)(?:い|お)?(?:ません|ない|ねえ|ないです)"
)
# 「四街道市から」「千葉市の病院から」「八千代市の施設から」: from the place, or from somewhere in it.
_FROM_THE_PLACE = r"(?:の[^、。!?\n]{0,6}?)?から"
# 「千葉市の病院から、八街市の特養に移りました」「四街道市から千城台北2丁目へ」: where the person came
# from, when the next place is where they moved (「…に移りました」「…へ引っ越し済み」).
_ORIGIN_AFTER = re.compile(_FROM_THE_PLACE + r"(?!近い|すぐ|[^、。!?\n]{0,3}(?:近|ちか))")
# 「四街道市から越してきて」「八千代市から引っ越して」: where the person moved from, said by the verb after it,
# beside a place named after it (not 「四街道市から来て、小仲台のデイに通って」: coming for the day).
_MOVED_FROM_AFTER = re.compile(_FROM_THE_PLACE + r"(?:引っ越|ひっこ|越|こ(?=し)|移|うつ|転居)(?:し|っ|り)")
# 「船橋市から来ました。今は」「船橋市の出身で今は」: where the person came from, then the home now (今は).
_CAME_FROM_AFTER = re.compile(
    _MOVED_FROM_AFTER.pattern + "|" + _FROM_THE_PLACE + r"(?:来|き|やって来|やってき)(?:て|た|ま)"
    r"|の?(?:出身|しゅっしん|生まれ|うまれ|育ち|そだち)(?:で|です|だ|。|、|,|の|ですが|だけど)"
)
_MOVED_TO_AFTER = re.compile(
    r"(?:の[^、。!?\n]{0,8}?)?(?:に|へ)(?:引っ越|越|移|うつ|転居|入居|入所|転院)"
    # 「引っ越してきたばかり」「移って来ました」: a move done, toward the writer
    # (「旭市に引っ越されました」「施設に移られた」: said of the person with respect)
    r"(?:り|っ|し|して|され|られ)?(?:ました|た|て(?:き|来)(?:ました|た|て|ます)|済み|ています|てます)"
)

# 「家は四街道市で、いまは千葉市の病院に入院してます」: where the person is in hospital for now, not
# the home (not 「…の特養に移りました」, a move done, nor 「病院から」, where they came from).
_IN_HOSPITAL_AFTER = re.compile(
    r"(?:の|にある)[^、。!?\n]{0,8}?(?:病院|医院|クリニック|医療センター)(?:に|で|へ)?"
    r"(?:入院|にゅういん|検査入院|いる|います|おります|いました|いた|おりました)"
    r"|(?:に|で)(?:入院|にゅういん)(?:中|して|しており|しています|してます|した)"
)

# 「四街道市の生まれで」「船橋市出身の母」「小仲台で育ちました」: where the person was born or grew up, not
# where they live (not 「…で生まれ育ち、今もそこに」: still there).
_BIRTHPLACE_AFTER = re.compile(
    r"(?:の|で)?(?:出身|しゅっしん|生まれ|うまれ|産まれ|育ち|そだち|育っ|そだっ)"
    r"(?![^。!?\n]{0,16}(?:今も|いまも|今でも|いまでも|ずっと|そのまま)(?:そこ|ここ|同じ|その|住|す|暮|くら))"
)
# 「出身は四街道市で」「生まれは船橋市です」
_BIRTHPLACE_BEFORE = re.compile(r"(?:出身|しゅっしん|出身地|生まれ|うまれ|産まれ|故郷|ふるさと)(?:は|が|:)[、, ]?$")
# 「小仲台の娘の家によく来ます」「四街道市の娘の家に泊まりに行きます」「小仲台の病院に通っています」: a place the
# person goes to or comes to (a child's, a friend's or the writer's house, a hospital, a shop), not their home.
# Said by a word of how often or what for right after に/へ, by a verb of going somewhere regularly (通う,
# 寄る, 顔を出す), or, of another's house, by coming or going in the present (来ます, 行きます). Never a house of
# the person's own (「小仲台の母の家によく来ます」: the writer visits the person's home) nor one the person lives in
# (「小仲台の娘の家に住んでいます」), nor a move (「小仲台に越してきました」「小仲台に来て10年」).
_HOW_OFTEN = (
    r"(?:よく|たまに|時々|ときどき|時折|ときおり|しょっちゅう|たびたび|度々|いつも|毎日|毎週|毎月|毎年|週末|土日|"
    r"(?:週|月|年)に[\d一二三四五六七八九十数何]+(?:回|度|日)(?:ほど|くらい|ぐらい)?)(?:は|に|も)?"
)
_VISIT_PURPOSE = (
    r"(?:遊び|あそび|泊まり|とまり|会い|あい|手伝い|てつだい|様子を見|顔を見|顔を出し|買い物|かいもの|散歩|さんぽ)に"
)
_GO_OR_COME = (
    r"(?:来|き(?=ま|て|た)|く(?=る)|行|いき|いく|いっ(?=て|た)|出かけ|でかけ|出掛け|寄|よ(?=っ|り|る)|泊ま|とま)"
)
_REGULAR_VISIT = r"(?:通(?:っ(?!てく|て来)|い|う|え|院|所)|かよ(?:っ(?!てく|て来)|い|う|え)|寄(?:っ|り|る)|立ち寄|顔を出|かおを出|泊まり)"
_PRESENT_VISIT = r"(?:来(?:ます|る|ては|たり)|きます|くる|行(?:きます|く|っては|ったり)|いきます|いく(?!つ|ら))"
_OTHERS_HOUSE = (
    f"の(?:{_CHILD_WORDS}|友人|友達|ともだち|知人|親戚|しんせき|私|わたし|わたくし|僕|ぼく|俺|自分)"
    r"(?:さん|ちゃん|夫婦|たち|一家)?の(?:家|いえ|うち|宅|ところ|とこ|所)"
)
# の and a place in that place, but not a house of the person's (母の家, 自宅, 実家)
_SOMEWHERE_IN_IT = f"の(?:(?!家|いえ|うち|宅|所|ところ|とこ|{_PERSON_WORDS})[^、。!?\n]){{1,8}}?"
# 「小仲台に週3回ヘルパーさんに来てもらって」「小仲台によく来てくれる」「小仲台に通ってくる」: someone coming to the
# person's place
_FOR_US = r"(?![^、。!?\n]{0,3}(?:くれ|もら|いただ|頂))"
_VISITED_AFTER = re.compile(
    f"(?:{_OTHERS_HOUSE}|{_SOMEWHERE_IN_IT})?(?:に|へ)(?:は|も)?[、,]?"
    f"(?:{_HOW_OFTEN}[、,]?(?:[^、。!?\n]{{0,6}}?に)?{_GO_OR_COME}|{_VISIT_PURPOSE}{_GO_OR_COME}|{_REGULAR_VISIT})"
    f"{_FOR_US}|{_OTHERS_HOUSE}(?:に|へ)(?:は|も)?{_PRESENT_VISIT}"
)


# 「栄町の店に毎晩来るおじいさん、家はすぐ裏のアパート」: the home said to be right by the place visited is
# in that place's town (before any other place is named).
_HOME_RIGHT_BY = re.compile(
    r"(?:家|いえ|自宅|住まい|うち)(?:は|が|も)[、,]?(?:その|そこの|店の|お店の)?(?:すぐ|真|ま)?"
    r"(?:裏|うら|隣|となり|向かい|むかい|近く|ちかく|そば|前|上)"
    r"|(?:すぐ|真)(?:裏|うら|隣|となり|向かい|むかい|近く|ちかく|そば)(?:の[^、。!?\n]{0,6})?に(?:住|すん)"
)


# 「海外から親のことを相談できますか」「東京から母の件で連絡しました」「札幌からメールしています」: where the
# writer writes or calls from, the person concerned (named or not) said after it; their home is not said.
_WRITING_FROM_AFTER = re.compile(
    f"から[、,]?(?:(?:{_PERSON_WORDS})(?:さん|ちゃん)?の(?:こと|事|件|相談)?(?:を|で|について|に(?:ついて|関して))?[、,]?)?"
    r"(?:ご?相談|そうだん|ご?連絡|れんらく|問い?合わせ|問合せ|といあわせ|電話|でんわ|メール|めーる|"
    r"メッセージ|書いて|書き込|かいて|送って|送信|投稿|お?便り|失礼)"
)


def _not_the_home(t: str, groups: Sequence[Sequence[Mention]], i: int, limit: int) -> bool:
    """The place of group `i` is said to be where the person was born or grew up, a place they go to, or
    where the writer writes from: not where they live, even named alone (the home is asked then)."""
    g = groups[i]
    if _BIRTHPLACE_AFTER.match(t, g[-1].stop, limit) or _WRITING_FROM_AFTER.match(t, g[-1].stop, limit):
        return True
    if _VISITED_AFTER.match(t, g[-1].stop, limit) and not _HOME_RIGHT_BY.search(t, g[-1].stop, limit):
        return True
    before = t[groups[i - 1][-1].stop if i else 0 : g[0].start]
    return _BIRTHPLACE_BEFORE.search(before) is not None


def named_not_as_home(t: str, mentions: Sequence[Mention]) -> bool:
    """Some place of `t` is said to be the person's birthplace or a place they go to (why drop_negated may
    leave no place at all)."""
    groups = group_mentions(t, mentions)
    return any(
        _not_the_home(t, groups, i, groups[i + 1][0].start if i + 1 < len(groups) else len(t))
        for i in range(len(groups))
    )


# 「市原市寄り」「四街道市との境」「船橋の近く」「土気のすぐ近く」: another municipality named as a
# landmark, not as the home.
NEAR_AFTER = re.compile(
    r"(?:との|と|の)?(?:境|さかい)|寄り|よりの"
    r"|の?(?:すぐ|ほんの)?(?:近く|ちかく|そば|隣|となり|手前|方面|側)|に(?:すぐ)?近い|にちかい|から(?:すぐ)?近い"
    # 「緑区のすぐ南」「千葉市の東隣」: the place beside it, by its direction (not 「緑区の南の方」, a part of it)
    r"|の?すぐ(?:南|北|東|西|みなみ|きた|ひがし|にし)|の?(?:南|北|東|西)(?:隣|どなり|となり)"
    # 「花見川沿いの、八千代市の勝田台」: a river or road the home is along, named by a ward or town it shares
    r"|(?:川)?(?:沿い|ぞい)"
)

# 「栄町の店に毎晩来るおじいさん」「瑞穂のお客さん」「配達区域の瑞穂」: a town named as the place of the
# writer's own round (their shop, their customers, their beat), the writer being of the city.
# (「栄町のマンションに住むお客さん」: the customer named by the house there)
# (「栄町で昔から店やってたばあさん」: the town named as where the person keeps a shop, as its neighbours
# and customers name it)
_ROUND_AFTER = re.compile(
    r"の(?:お|ご)?(?:店|みせ|客|きゃく|常連|得意|担当|受け持ち|配達)"
    r"|で[、,]?(?:昔から|むかしから|ずっと|長年|ながねん|長く|ながく|長いこと|ながいこと)?[、,]?"
    r"(?:お|ご)?(?:店|みせ|商売|しょうばい|商店)(?:を|は)?(?:やって|して|営んで|いとなんで|開いて|ひらいて|営む|やる|する)"
    f"|の[^、。!?\\n]{{1,8}}?(?:{_LIVING_THERE}|在住の)(?:お|ご)?(?:客|きゃく|常連|得意)"
)
_ROUND_BEFORE = re.compile(r"(?:担当|受け持ち|配達|巡回)(?:区域|地区|エリア|先)?の$")


def named_as_the_writers_round(t: str, towns: Sequence[Mention]) -> bool:
    """A town of the city that shares its name with a small municipality outside (栄町: 印旛郡栄町, 瑞穂:
    東京都瑞穂町), named as the place of the writer's own shop, customers or beat: the city's town,
    which a resident of the city who works there names without its ward; the municipality outside
    would be named with its district or prefecture. Towns named like a city or a prefecture
    (川崎, 宮崎) are known far beyond it, and still asked."""
    return any(
        (m.entry.outside_homonym or "").endswith(("町", "村"))
        and (_ROUND_AFTER.match(t, m.stop) is not None or _ROUND_BEFORE.search(t, 0, m.start) is not None)
        for m in towns
    )


# 「武石町の隣の爺さん」「小仲台のとなりの家のおばあちゃん」: the person next door in that place (a neighbour
# in the same town), not the place next to it.
_NEIGHBOUR_AFTER = re.compile(
    r"の?(?:すぐ|お)?(?:隣|となり)(?:の|に住む|に住んでいる|に住んでる)(?:家|いえ|うち|お宅|宅)?の?"
    f"(?:{_PERSON_WORDS}|人|ひと|奥さん|おくさん|ご主人)"
)


# 「…畑町, near 検見川」「close to 稲毛駅」: a landmark named in English, said before it (spaces are taken out by then).
_NEAR_BEFORE_IN_ENGLISH = re.compile(r"(?<![A-Za-z])(?i:near|nearby|closeto|nextto)(?i:the)?$")


def _neighbour_in_city(t: str, groups: Sequence[Sequence[Mention]], i: int, limit: int) -> bool:
    """A place in the city named as where the person next door lives, beside no other town (「武石町の隣の
    爺さんのことだ 花見川区の」): that is the person's town. Never for a place outside (a landmark there,
    taken for the home, would send a resident outside), nor beside another town (「母は高洲です。真砂の隣の
    おばあさんが」: the person's is that one)."""
    g = groups[i]
    if any(m.kind in OUTSIDE_KINDS for m in g):
        return False
    if any(m.kind == "town" for j, other in enumerate(groups) if j != i for m in other):
        return False
    return _NEIGHBOUR_AFTER.match(t, g[-1].stop, limit) is not None


# 「東千葉の方から都賀へ抜ける途中、高品町の母」「土気の先、越智町」「幕張メッセの向かい、中瀬2丁目」:
# a place named as the way there, beside another address, is not the home.
_ON_THE_WAY_AFTER = re.compile(
    r"の?(?:方|ほう)から|へ(?:抜け|ぬけ|向か|むか|行く|いく)|の?(?:先(?!生)|さき|向かい|むかい|向こう|むこう)"
)
# 「八千代台駅からバスで作新台5丁目の停留所」「新検見川からバスで三角町の停留所」: the way to the home told
# from a station or over a bus route; the place it starts from is not the home, when it is named as a
# station (駅) or the next place as the stop where one gets off.
_FROM_BY_BUS_AFTER = re.compile(
    r"[一-龥々ァ-ヺー]{0,4}?(?:駅前|駅|えき)?から(?:は)?[、, ]?"
    r"(?:路線バス|バス|ばす|電車|でんしゃ|モノレール|車|くるま|タクシー|徒歩|歩いて|あるいて)"
)
_STATION_AFTER = re.compile(r"[一-龥々ァ-ヺー]{0,4}?(?:駅|えき)")
_STOP_AFTER = re.compile(r"の?(?:停留所|停留場|バス停|ばすてい|で降り|でおり|下車)")
# 「八千代市大和田新田です(緑区の大和田ではない)」: a ward named with a look-alike's name, taken back.
_NAMED_THEN_NEGATED = re.compile(
    r"の[一-龥々ァ-ヺー]{1,6}(?:じゃ|では|でわ)(?:なく|ない|なかった|ありません|ねえ)(?!か|でしょ|だろ|と思)"
)
# What opens an aside inside one address: 「宮野木町(宮野木台じゃないです)」.
_ASIDE_OPENERS = frozenset("(「、,")


def _without_negated_aside(t: str, g: list[Mention]) -> list[Mention]:
    """「中央区の新宿2丁目(東京の新宿じゃないです)」: parts after an opening bracket or comma inside
    one address, taken back right after, are not the address; the parts before it are."""
    for i in range(len(g) - 1, 0, -1):
        if not _NEGATION_AFTER.match(t, g[i].stop):
            continue
        for j in range(i, 0, -1):
            if any(ch in _ASIDE_OPENERS for ch in t[g[j - 1].stop : g[j].start]):
                return g[:j] + g[i + 1 :]
    return g


# 「千葉郡白井村野呂、今の若葉区野呂町」「昔の千葉郡津田沼町、今の習志野市」: the place's name now, after
# an old one; 「前は市原市でした」「引っ越す前は四街道」: where the person lived before.
_NOW_CALLED_BEFORE = re.compile(
    r"(?:(?:今|いま|現在|げんざい)(?:の(?:住所|住まい|お住まい))?(?:は|の|でいう|で言う|では|だと)|新(?:住所|居)(?:は|:)?)[、, :]?$"
)
# (〇〇郡, 〇〇村: names of before the merger; not 村田町, a town of the city)
# 「去年まで」「3年前まで」「先月までは」: until a time, said of where the person was before.
_UNTIL_A_TIME = (
    r"(?:去年|昨年|一昨年|おととし|先月|先々月|先週|この間|こないだ|少し前|ちょっと前|最近|この前|春|夏|秋|冬|"
    r"[\d一二三四五六七八九十数何半]+(?:年|か月|ヶ月|カ月|ケ月|月|週間)(?:前|ほど前|くらい前|ぐらい前)?|"
    r"(?:昭和|平成|令和)[\d元一二三四五六七八九十]+年)(?:頃|ごろ|の[春夏秋冬末])?まで(?:は)?"
)
_FORMER_CUE = re.compile(
    r"昔|以前|元の|元は|旧|前は|前の|前に|住んでいた|住んでました|引っ越|[一-龥]郡|[一-龥]村(?![一-龥])|"
    + _UNTIL_A_TIME
)
_FORMER_BEFORE = re.compile(
    r"(?:(?<![の一-龥])(?:前|以前|昔|元)(?:は|の(?:住所|住まい)(?:は|:)?)|旧住所(?:は|:)?|"
    + _UNTIL_A_TIME
    + r")[、, :]?$"
)


def _writers_place(t: str, groups: Sequence[Sequence[Mention]], j: int) -> bool:
    """The place of group `j` is said of the writer or their child (「…。私は佐倉市です」), by the words
    before it since the group before: not the present home of the person, for which a former one gives
    way. Read from the start of its sentence (「私は船橋市から越して今は習志野市」: the writer's both)."""
    start = groups[j][0].start
    window = t[max(0, start - 40) : start]
    ends = list(_SENTENCE_END.finditer(window))
    before = window[ends[-1].end() :] if ends else window
    last_person = _last_end(_LAST_PERSON_OR_HOME, before)
    last_child = _last_child_or_kin_group(before)
    last_writer = _last_end(_LAST_WRITER, before)
    if (last_child >= 0 and last_child >= last_person) or (last_writer >= 0 and last_writer > last_person):
        return True
    # 「…。船橋市の娘です」「…、千葉市に住む私が」: said so by the words after it
    stop = groups[j][-1].stop
    return bool(_AFTER_CHILD.match(t, stop) or _AFTER_WRITER_SELF.match(t, stop))


def _present_home_remains(t: str, groups: Sequence[Sequence[Mention]], i: int) -> bool:
    """Beside group `i` (a former home), another place remains that is not the writer's."""
    return any(j != i and not _writers_place(t, groups, j) for j in range(len(groups)))


def drop_former_names(t: str, groups: list[list[Mention]]) -> list[list[Mention]]:
    """An address named as it is now, after the old name (千葉郡〇〇村, 今の若葉区〇〇町), is the address:
    the names before it are history. A place said to be where the person lived before (前は市原市
    でした) is not the home, when another place remains."""
    if len(groups) < 2:
        return groups
    for i in range(len(groups) - 1, 0, -1):
        gap = t[groups[i - 1][-1].stop : groups[i][0].start]
        # only a name that says where by itself (a town, another municipality): 「今は若葉区です」 adds
        # the ward to the address before it
        names_a_place = any(m.kind in ("town", "muni", "outside") for m in groups[i])
        if (
            names_a_place
            and _NOW_CALLED_BEFORE.search(gap)
            and (_FORMER_CUE.search(t, 0, groups[i][0].start) or _CAME_FROM_AFTER.match(t, groups[i - 1][-1].stop))
            and not _writers_place(t, groups, i)
        ):
            return groups[i:]
    kept = [
        g
        for i, g in enumerate(groups)
        if not (
            _FORMER_BEFORE.search(t[groups[i - 1][-1].stop if i else 0 : g[0].start])
            and _present_home_remains(t, groups, i)
        )
    ]
    return kept or groups


def drop_negated(t: str, groups: list[list[Mention]]) -> list[list[Mention]]:
    """Addresses the resident took back right after writing them, when another one remains, and
    places outside the city named only as landmarks (市原市寄り): never the home."""
    groups = drop_former_names(t, groups)
    denied: set[tuple[str, str]] = set()
    trimmed = []
    for g in groups:
        rest = _without_negated_aside(t, g) if len(g) > 1 else g
        taken_back = [m for m in g if not any(m is r for r in rest)]
        if taken_back and all(m.kind == "town" for m in taken_back):
            denied.update(_towns_of(taken_back))
        trimmed.append(rest)
    groups = trimmed
    kept = []
    kept_at: list[int] = []
    not_home = False
    for i, g in enumerate(groups):
        limit = groups[i + 1][0].start if i + 1 < len(groups) else len(t)
        if _not_the_home(t, groups, i, limit):
            # 「母は四街道市の生まれで、小仲台の娘の家によく来ます」: neither is where she lives
            not_home = True
            continue
        if g[-1].kind in OUTSIDE_KINDS and NEAR_AFTER.match(t, g[-1].stop, limit):
            # 「緑区市原市寄り」: the home is what comes before the landmark
            home = [m for m in g if m.kind not in OUTSIDE_KINDS]
            if home and home[-1].stop <= g[-1].start:
                kept.append(home)
                kept_at.append(i)
            continue
        if len(groups) > 1 and (
            _NEGATION_AFTER.match(t, g[-1].stop, limit) or _NEGATION_BEFORE_IN_ENGLISH.search(t, 0, g[0].start)
        ):
            if all(m.kind == "town" for m in g):  # not 「若葉区萩台町…違った稲毛区だ」, the ward taken back
                denied.update(_towns_of(g))
            continue
        if len(groups) > 1 and _FORMER_HOME_AFTER.match(t, g[-1].stop, limit) and _present_home_remains(t, groups, i):
            continue
        if len(groups) > 1 and (_FUTURE_HOME_AFTER.match(t, g[-1].stop, limit) or _NOT_HOME_AFTER.match(t, g[-1].stop)):
            continue
        if (
            i + 1 < len(groups)
            and _ORIGIN_AFTER.match(t, g[-1].stop, limit)
            and _MOVED_TO_AFTER.match(t, groups[i + 1][-1].stop)
        ):
            continue
        if (
            i + 1 < len(groups)
            and _MOVED_FROM_AFTER.match(t, g[-1].stop, limit)
            and not all(_writers_place(t, groups, j) for j in range(i + 1, len(groups)))
        ):
            continue  # 「四街道市から越してきて、今は若葉区の千城台北」: where the person came from
        if len(groups) > 1 and _IN_HOSPITAL_AFTER.match(t, g[-1].stop, limit) and _present_home_remains(t, groups, i):
            continue  # 「いまは千葉市の病院に入院してます」: where the person stays for now, beside the home
        if len(groups) > 1 and _NAMED_THEN_NEGATED.match(t, g[-1].stop, limit):
            continue  # 「(緑区の大和田ではない)」: the ward of a look-alike, named only to be told apart
        if (
            i + 1 < len(groups)
            and _FROM_BY_BUS_AFTER.match(t, g[-1].stop, limit)
            and (_STATION_AFTER.match(t, g[-1].stop, limit) or _STOP_AFTER.match(t, groups[i + 1][-1].stop))
        ):
            continue  # 「八千代台駅からバスで作新台5丁目」: where the way there starts, not the home
        if (
            len(groups) > 1
            and (NEAR_AFTER.match(t, g[-1].stop, limit) or _NEAR_BEFORE_IN_ENGLISH.search(t, 0, g[0].start))
            and not _neighbour_in_city(t, groups, i, limit)
        ):
            continue  # 「千葉市の隣の四街道です」「小仲台の近くの轟町」: the landmark, not the home
        if len(groups) > 1 and _ON_THE_WAY_AFTER.match(t, g[-1].stop, limit):
            continue
        kept.append(g)
        kept_at.append(i)
    if not_home and (not kept or (PERSON.search(t) and all(_writers_place(t, groups, j) for j in kept_at))):
        # a birthplace or a place visited, and nothing else but the writer's or their child's place
        # (「母は小仲台の生まれで、娘は四街道市です」): the person's home is not named, it is asked
        return []
    if not kept and any(all(m.kind in OUTSIDE_KINDS for m in g) for g in groups):
        return []  # only a landmark outside: nothing to route on
    if denied:
        # 「「こなかだい」でも小仲台じゃなくて小中台町のほう」: the town taken back, named again (in kana,
        # as the reading it shares), is no address either, when another remains
        still = [g for g in kept if not (all(m.kind == "town" for m in g) and _towns_of(g) <= denied)]
        if still:
            kept = still
    kept = _without_places_inside(t, kept)
    return kept or groups


def _towns_of(group: Sequence[Mention]) -> set[tuple[str, str]]:
    return {wt for m in group if m.kind == "town" for wt in m.entry.towns}


# 「鎌取町の道場の近所」: after a town and の, a word only the start of other towns' names (道場 of 道場北・
# 道場南) is a place in that town, not a second town.
def _without_places_inside(t: str, groups: list[list[Mention]]) -> list[list[Mention]]:
    kept: list[list[Mention]] = []
    for g in groups:
        before = kept[-1][-1] if kept else None
        if (
            before is not None
            and len(g) == 1
            and g[0].kind == "town"
            and not g[0].entry.exact
            and before.kind == "town"
            and before.entry.exact
            and g[0].start == before.stop + 1
            and t[before.stop] == "の"
            and not _towns_of([before]) & _towns_of(g)
        ):
            continue
        kept.append(g)
    return kept


# 「緑区って千葉にもあるんですよね」「中央区は東京にもありますが」: a remark about a name the address
# shares with another place (not 「緑区ってところに」, a place so called).
_NAME_REMARK_AFTER = re.compile(
    r"(?:って|っていうのは|というのは|とは|は)(?!所|ところ|とこ|場所)[^。!?\n]{0,12}?も(?:ある|あり|あっ)"
)


# 「柏井町です。柏井は丁目で違うらしいけど」: the shorter name said to be another place (違う, 別), after
# って/は/とは in the same sentence.
_OTHER_NAME_REMARK_AFTER = re.compile(
    r"(?:って|っていうのは|というのは|とは|は)[^。!?\n]{0,16}?(?:違う|違い|ちがう|ちがい|別)"
)


# 「大阪みたいな名前」「東京のような地名」「京都っぽい響き」: a place a name is likened to, not where anyone is (not
# 「高浜6丁目みたいです」「船橋市のようです」: what the place seems to be).
_LIKENESS_AFTER = re.compile(
    r"(?:みたいな|のような|っぽい|ぽい)(?:名前|なまえ|地名|ちめい|町名|響き|ひびき|読み|よみ|字|漢字|呼び名)"
)


def drop_likened_places(t: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Without the places a name is likened to (「浪花町って大阪みたいな名前だけど花見川区」), when others are
    named: the names around them are read as one address."""
    kept = [m for m in mentions if not _LIKENESS_AFTER.match(t, m.stop)]
    return kept or list(mentions)


def drop_name_remarks(t: str, groups: list[list[Mention]]) -> list[list[Mention]]:
    """A ward or town named again only to remark that another place bears that name too (「横浜市緑区の
    十日市場町です。緑区って千葉にもある」) is no second address; nor is the place compared with in
    that remark (千葉)."""
    if len(groups) < 2:
        return groups
    kept: list[list[Mention]] = []
    remark_end = -1
    for i, g in enumerate(groups):
        if g[0].start < remark_end:
            continue
        others = groups[:i] + groups[i + 1 :]
        if all(m.kind in ("ward", "town") for m in g) and _named_in_another(g, others):
            remark = _NAME_REMARK_AFTER.match(t, g[-1].stop)
            if remark is not None:
                remark_end = remark.end()
                continue
        if i > 0 and _shorter_name_of_another(g, others):
            remark = _OTHER_NAME_REMARK_AFTER.match(t, g[-1].stop)
            if remark is not None:
                remark_end = remark.end()
                continue
        kept.append(g)
    return kept or groups


# 「緑区の長津田です。横浜の」: a municipality added after the address, then の and nothing more, says
# whose ward the address names (not 「横浜の娘」「横浜の近く」).
_AFTERTHOUGHT_AFTER = re.compile(r"(?:の(?:です|ほう|方)?|です)(?:[。.!?…)\n]|$)")
# Someone named between the ward and the later place: that place is theirs (「母は緑区。私は横浜です」).
_SOMEONE_ELSE = re.compile(f"{_PERSON_WORDS}|私|わたし|僕|ぼく|俺|自分|当方|(?:は|が)[、,]?$")
_SENTENCE_OR_COMMA = re.compile(r"[。.!?…、,\n ]")
# The city's wards whose names other cities' wards bear too (横浜・名古屋・さいたま・相模原の緑区; 札幌・
# さいたま・新潟・相模原・浜松 (2024-)・大阪・神戸・福岡・熊本の中央区, 東京都中央区); 花見川区・稲毛区・若葉区・美浜区 are
# the city's alone, and a municipality after them is no afterthought about them.
WARD_NAMES_ELSEWHERE = frozenset({"中央区", "緑区"})
# The prefectures with a city that has such a ward: 「緑区…神奈川です」 is 横浜市 or 相模原市's.
_PREFECTURES_WITH_THE_WARD = {
    "緑区": frozenset({"神奈川県", "埼玉県", "愛知県"}),
    "中央区": frozenset(
        {"東京都", "北海道", "埼玉県", "新潟県", "神奈川県", "静岡県", "大阪府", "兵庫県", "福岡県", "熊本県"}
    ),
}


def join_afterthought_municipality(t: str, groups: list[list[Mention]]) -> list[list[Mention]]:
    """A ward alone (a name other cities' wards share) then, after a break, a municipality named
    as an afterthought (「緑区の長津田です。横浜の」「父は緑区に住んでます、横浜の。十日市場のほう」), or a
    prefecture with a city of that ward (「実家は緑区の長津田。神奈川です」): one address, that
    municipality's ward. Not when the later place has a person of its own (「母は緑区。私は横浜です」)."""
    for i in range(len(groups) - 1):
        first, second = groups[i], groups[i + 1]
        if _afterthought_of(t, first, second):
            return [*groups[:i], [*first, *second], *groups[i + 2 :]]
    return groups


def _afterthought_of(t: str, first: Sequence[Mention], second: Sequence[Mention]) -> bool:
    if not all(m.kind == "ward" and m.entry.name in WARD_NAMES_ELSEWHERE for m in first):
        return False
    wards = {m.entry.name for m in first if m.entry.name}
    if not all(
        m.kind == "muni" or (m.kind == "pref" and all(m.entry.name in _PREFECTURES_WITH_THE_WARD[w] for w in wards))
        for m in second
    ):
        return False
    gap = t[first[-1].stop : second[0].start]
    # (「緑区ですが名古屋です」「「緑区」だけど神奈川県です」: a but that narrows the ward down is a break too)
    narrowed = _NARROWING_BUT.search(gap) is not None and _SAME_WARD_NARROWED.fullmatch(gap) is not None
    if not narrowed and (not _SENTENCE_OR_COMMA.search(gap) or _SOMEONE_ELSE.search(gap)):
        return False
    return _AFTERTHOUGHT_AFTER.match(t, second[-1].stop) is not None


# A station or a stop, named by a town's name and nothing more: 「若葉駅の近く」 (坂戸市 has one too).
_STATION_AFTER_NAME = re.compile(r"駅|バス停|停留所|インター|IC")
# 「…の近くに住んでますが、埼玉の坂戸市です」: but then, where the home is.
_BUT_BEFORE = re.compile(r"(?:が|けど|けれど|けれども)[、,]\s*$")
_MUNICIPALITY_ENDS = re.compile(r"(?:です|だよ|になります)?(?:[。.!?…)\n]|$)")


def drop_station_of_named_municipality(t: str, groups: list[list[Mention]]) -> list[list[Mention]]:
    """「若葉駅の近くに住んでますが、埼玉の坂戸市です」: a station named by a town's name alone (no ward,
    no number), then 「が、」 and a municipality outside the city ending the sentence: the municipality
    is the home, the station one of its own (other places have stations named like the city's towns).
    Not when someone else is named between (「若葉駅の近くですが、私は坂戸市です」)."""
    if len(groups) != 2:
        return groups
    first, second = groups
    if len(first) != 1 or first[0].kind != "town" or first[0].number.value is not None:
        return groups
    if not _STATION_AFTER_NAME.match(t, first[0].end):
        return groups
    if not any(m.kind == "muni" for m in second) or not all(m.kind in OUTSIDE_KINDS for m in second):
        return groups
    gap = t[first[0].stop : second[0].start]
    if not _BUT_BEFORE.search(gap) or re.search(f"{_PERSON_WORDS}|私|わたし|僕|ぼく|俺|自分", gap):
        return groups
    if not _MUNICIPALITY_ENDS.match(t, second[-1].stop):
        return groups
    return [second]


# Said right before a place to take back what was said or asked before it: 「いえ、横浜市の緑区です」.
_DENIED_BEFORE = re.compile(r"(?:いいえ|いえ|違います|ちがいます|違う|ちがう|じゃなくて|ではなくて)[、,]?$")
# Right after another municipality's ward, the city's ward of that name denied: 「。千葉の緑区じゃありません」.
_CITY_WARD_DENIED = re.compile(
    r"(?:です|だよ|です[よね])?[、,。 .…]{0,3}(?:千葉市?|ちば)の?((?:緑|中央)区)?(?:じゃ|では|でわ)(?:なく|ない|ありません)"
)
# Between a ward other cities share, named alone, and the same ward of another municipality: only words
# saying the later one is which 緑区 was meant (「「緑区」だけど名古屋市の緑区です」「中央区ですが、札幌市の中央区」
# 「緑区って言っても相模原の緑区」「緑区。横浜市の緑区です」), nothing naming someone else.
_SAME_WARD_NARROWED = re.compile(
    r"[」』\")]?(?:って|と)?(?:言っても|いっても|言って|いって)?(?:です|だ|でして)?(?:けど|けども|けれど|けれども|が|よ|ね)?"
    r"[、,。.!?… ]*(?:(?:でも|ただ|ただし|ちなみに|正確には|せいかくには|といっても|あ)[、, ]*)?"
)
# (the later ward ends the answer: not 「母は中央区です。東京の中央区で働いています」, a workplace)
_NARROWED_WARD_ENDS = re.compile(
    r"(?:です|だよ|になります|でございます|の(?:ほう|方)(?:です)?|に住んで(?:い|お)?ます|在住(?:です)?)?(?:[。.!?…)」』\n、,]|$)"
)
_NARROWING_BUT = re.compile(r"けど|けれど|ですが|でしてが|って(?:言|い)っても|でも|ただ|正確には|せいかくには")
# A question about the city, then its answer's mark: 「Q 千葉市？ A いえ、…」.
_QUESTIONED = re.compile(r"(?:ですか|でしょうか)?\?+(?:A[:.)]?)?(?:いいえ|いえ|違います|ちがいます|違う|ちがう)[、,]?")


def drop_ward_taken_back(t: str, groups: list[list[Mention]]) -> list[list[Mention]]:
    """「緑区 Q 千葉市？ A いえ、横浜市の緑区です」: a ward other cities' wards share, named alone, then
    taken back (いえ, 違います, じゃなくて, or 千葉の緑区じゃない right after) for the same ward of another
    municipality (or of a prefecture that has one: 東京の中央区): that ward alone, and
    千葉市 asked just before the taking back, were that municipality's ward. So too when that ward, right
    after the one alone, ends the answer with only a but or a break between (「「緑区」だけど名古屋市の緑区
    です」): the same ward narrowed down. Only on the words taking them back or narrowing, never for a
    second place named beside (「母は緑区、私は横浜市の緑区」)."""
    for j, later in enumerate(groups):
        if j == 0 or len(later) != 2 or later[1].kind != "ward" or later[0].kind not in ("muni", "pref"):
            continue
        ward = later[1].entry.name
        if ward not in WARD_NAMES_ELSEWHERE:
            continue
        if later[0].kind == "pref" and later[0].entry.name not in _PREFECTURES_WITH_THE_WARD[ward]:
            continue  # 「東京の中央区」: only a prefecture that has a ward of that name
        # taken back before it (「千葉市じゃなくて東京の中央区」), or the city's own ward denied right
        # after it (「横浜市の緑区。千葉の緑区じゃありません」)
        denied_after = _CITY_WARD_DENIED.match(t, later[-1].stop)
        previous = groups[j - 1]
        # or said, right after that ward alone, to be the ward of that municipality (「「緑区」だけど名古屋市の
        # 緑区です」): the same ward narrowed down, not a second place
        narrowed = (
            all(m.kind == "ward" and m.entry.name == ward for m in previous)
            and _SAME_WARD_NARROWED.fullmatch(t, previous[-1].stop, later[0].start) is not None
            and _NARROWED_WARD_ENDS.match(t, later[-1].stop) is not None
        )
        if not (
            narrowed
            or _DENIED_BEFORE.search(t, 0, later[0].start)
            or (denied_after and denied_after.group(1) in (None, ward))
        ):
            continue
        before = groups[:j]
        if not any(all(m.kind == "ward" and m.entry.name == ward for m in g) for g in before):
            continue
        if not all(
            all(m.kind == "ward" and m.entry.name == ward for m in g)
            or (
                len(g) == 1
                and g[0].kind == "city"
                and _QUESTIONED.fullmatch(t, g[0].stop, later[0].start) is not None
                and g is groups[j - 1]
            )
            for g in before
        ):
            continue
        return groups[j:]
    return groups


def _shorter_name_of_another(group: Sequence[Mention], others: Sequence[Sequence[Mention]]) -> bool:
    """`group` is one town whose name begins another town named before it, in the same ward (柏井 after
    花見川区柏井町): the two names told apart, not a second address."""
    if len(group) != 1 or group[0].kind != "town" or not group[0].entry.towns:
        return False
    named = {(ward, town) for g in others for m in g if m.kind == "town" for ward, town in m.entry.towns}
    return all(
        any(ward == w and town != longer and longer.startswith(town) for w, longer in named)
        for ward, town in group[0].entry.towns
    )


def _named_in_another(group: Sequence[Mention], others: Sequence[Sequence[Mention]]) -> bool:
    """Every place of `group` is named in another address too."""
    named = {(m.kind, m.entry.name, m.entry.towns) for g in others for m in g}
    return all((m.kind, m.entry.name, m.entry.towns) in named for m in group)


def without_the_bare_home_prefecture(
    results: Sequence[tuple[Sequence[Mention], Resolution]],
) -> list[tuple[Sequence[Mention], Resolution]]:
    """「千葉市稲毛区小仲台、私は東京に住んでて母だけ千葉です」: 千葉 alone says less than the
    address in the city beside it and never contradicts it; it is not another address. So too beside a
    municipality of the prefecture named outside the city (「千葉県ですけど、茂原市です」「たしか木更津の
    方、千葉県ですけど千葉市ではないです」「千葉県の…印西市だったと思います」): the prefecture alone
    only says where that municipality is."""
    in_city = any(r.kind in (KIND_CENTER, KIND_AMBIGUOUS) for _, r in results)
    in_prefecture = any(
        r.kind == KIND_OUTSIDE and r.municipality and r.prefecture == HOME_PREFECTURE for _, r in results
    )
    return [(g, r) for g, r in results if not ((in_city or in_prefecture) and r.flags == ("prefecture_only",))]


def all_outside(
    results: Sequence[tuple[Sequence[Mention], Resolution]],
) -> tuple[Sequence[Mention], Resolution] | None:
    """Every part is outside the city (印西市中央南 千葉ニュータウン中央駅): outside, named when they agree."""
    if not all(r.kind == KIND_OUTSIDE for _, r in results):
        return None
    named = {r.municipality for _, r in results if r.municipality}
    if len(named) > 1:
        return results[0][0], replace(results[0][1], municipality=None, flags=("outside_city_unnamed",))
    return next(((g, r) for g, r in results if r.municipality), results[0])


def named_outside(
    chosen: tuple[Sequence[Mention], Resolution] | None,
    results: Sequence[tuple[Sequence[Mention], Resolution]],
) -> tuple[Sequence[Mention], Resolution] | None:
    """「母の郵便番号は284-0001です。四街道市です」: the person's address is outside but unnamed (a
    postal code of no city town), every other part is outside too and names one municipality:
    that is the one to tell."""
    if chosen is None or chosen[1].kind != KIND_OUTSIDE or chosen[1].municipality:
        return chosen
    if not all(r.kind == KIND_OUTSIDE for _, r in results):
        return chosen
    named = [(g, r) for g, r in results if r.municipality]
    if len({r.municipality for _, r in named}) != 1:
        return chosen
    return named[0]
