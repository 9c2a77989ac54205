"""The intake conversation as a table: each step asks one question and reads one answer.

    start ─▶ (clarify_topic | tell_more) ─▶ offer_handoff
      ─▶ (address ─▶ chome | town | confirm_town) ─▶ consent ─▶ confirm ─▶ handed_off
                                                               ↕ phone, edit
    start ─▶ [FAQ answer if sure +] safety_check ─▶ 「いいえ、センターに相談したい」 ─▶ (address …) consent …   (no extra message)
                         ─▶ 「いいえ」 ─▶ (clarify_topic) ─▶ offer_handoff …
                         ─▶ 「はい、いますぐ」 ─▶ 119/110 at once ─▶ offer_handoff …

`ask(turn)` returns the step's Question; `answer(turn, a)` reads the resident's answer and
returns a Reply: what to say and the next step. No step moves the conversation itself; the
engine does (bot/conversation/engine.py). Every button can also be typed, in the words a
person would use (bot/conversation/intents.py). The words are all in copy.py.

The budget: a worry that names the place reaches its receipt number in four messages
(worry → 「センターに相談したい」 → consent → send); asking the address adds one or two.
Who the worry is about is read from the worry, LINE is the contact, a name is never asked.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import kanjize

from bot.conversation import cards, copy, intents, safety
from bot.conversation.faq_answer import READ_CHARS, answer_from_faq, heard
from bot.conversation.messages import Button
from bot.conversation.turn import Answer, Question, Reply, Turn, with_intent, yes_no_buttons
from bot.conversation.welcome import privacy_notice_once
from core.phone import national_phone
from core.topics import TOPIC_IDS
from knowledge.retrieval import OUTSIDE_CITY_HINT, asks

if TYPE_CHECKING:
    from nlp.triage import Triage

MAX_WORRY_CHARS = 2000
ADDRESS_ATTEMPTS = 3
# Typed words longer than this say more than an answer: kept as detail, never acted on as a bare 「はい」.
CONFIRM_ANSWER_MAX_CHARS = 20
# Typed words at least this long are also read for danger where a short answer is expected.
SAFETY_READ_MIN_CHARS = 6


@dataclass(frozen=True)
class Step:
    ask: Callable[[Turn], Question | None]
    answer: Callable[[Turn, Answer], Reply]


# ---- start: the worry in the resident's own words --------------------------------------------


def worry_buttons() -> list[Button]:
    return [Button(label, text=sent) for label, sent, _ in copy.WORRY_BUTTONS]


def ask_worry(turn: Turn) -> Question:
    return Question(copy.ASK_WORRY, worry_buttons())


def answer_worry(turn: Turn, a: Answer) -> Reply:
    typed = a.typed
    if not typed:
        return Reply()
    button_topic = {sent: topic for _, sent, topic in copy.WORRY_BUTTONS}
    if typed in button_topic and button_topic[typed] is None:
        return Reply(next="tell_more")
    reply = Reply(say=[copy.TOO_LONG] if len(typed) > 5000 else [])
    for message_id, part in a.parts or [(a.message_id, typed)]:
        turn.state.setdefault("messages", []).append({"id": message_id, "text": part.strip()[:5000]})
        turn.note("resident_message", part.strip()[:5000], id=message_id)
    worry = worry_text(turn.state)
    triage = turn.deps.triage(worry[-READ_CHARS:])
    from_button = typed in button_topic
    state = turn.state
    state.update(
        topics=[button_topic[typed]] if from_button else list(triage.topics),
        confident=True if from_button else bool(triage.confident),
        candidates=list(triage.candidates),
        urgency=max_urgency(state.get("urgency"), triage.urgency),
        call_number=triage.call_number,
        route=triage.route,
        triage=triage.to_dict(),
    )
    address = triage.address
    if address is not None and address.kind == "center" and not address.to_confirm:
        state["address"] = address.to_dict()
    elif address is not None and address.kind in ("center", "ambiguous") and not state.get("address"):
        # A place named but not exactly (a split town, a town in two wards): asked about after 「相談したい」.
        state["place_in_worry"] = address.to_dict()
    if not state.get("relation"):
        state["relation"] = infer_relation(worry)
    alarm = safety.alarm_of(turn, triage)
    if alarm is not None:
        return reply.then(alarm)
    if triage.safety_uncertain and not state.get("safety_checked") and not tells_no_life_at_risk(worry, triage):
        state["uncertain_call"] = triage.uncertain_call or "119"
        return reply.then(answer_with_safety_question(turn, triage, from_button=from_button))
    return reply.then(continue_worry(turn, from_button=from_button))


def answer_with_safety_question(turn: Turn, triage: Triage, *, from_button: bool = False) -> Reply:
    """A risk sign no detector is sure of: the safety question is always asked, last in the reply.

    The FAQ's sure answer to the worry comes before it, in the same reply, when
    - the doubt is the learned detector's alone (`Triage.safety_by_model_alone`: no readable rule saw a
      sign), or
    - a rule read a sign it is unsure of and the worry asks something, a question or request form
      (「痣を見た。どこに知らせたらいいの」 is told where to report and asked whether a life is in danger now), or
    - a rule read a sign the worry tells recurs, each visit, every day or again and again (`tells_recurring`:
      「会いに行くたびに腕にあざがある」): a pattern told over time, not one moment to act in, or
    - a rule read a sign in how a care worker treats the people in their care (`tells_staff_conduct_in_care`:
      「同僚の利用者への扱いが乱暴で」): conduct at a workplace to report, not one moment to act in.
    A sign a rule read in a worry that asks nothing (「顔の片方が下がっている気がします」: minutes may count)
    gets the question first and alone. An alarm never comes here (safety.alarm_of answers it first).
    After 「いいえ」 the answer is not said again (continue_worry); 「はい」 gives the number at once.
    """
    state = turn.state
    worry = state.get("worry", "")
    if can_connect(turn) and (
        triage.safety_by_model_alone or asks(worry) or tells_recurring(worry) or tells_staff_conduct_in_care(worry)
    ):
        answered = answer_from_faq(turn, worry, list(state.get("topics") or []) if from_button else [])
        if answered is not None:
            state["faq_before_safety"] = state.get("faq_slug")
            return Reply(say=answered.say, next="safety_check")
    return Reply(next="safety_check")


# A sign told as one that recurs: each time something happens (〜のたびに, 〜する度に, 毎回), every day, week or month,
# time and again. Not 「今日」「さっき」「急に」, one moment; not ずっと (「ずっと胸が痛い」 may be now), 何度も (「何度も
# 吐いている」 is now) or いつも (「いつもと様子が違う」 is a change now).
# 今日も, 今朝も, 今夜も (= again today): the day's is one more time of something that happened before.
_RECURRING = re.compile(
    r"(?<=[ぁ-ゖ])(?:たび|度)(?:に|ごと)|毎回|毎度|毎日|毎晩|毎朝|毎週|毎月|たびたび|度々|しょっちゅう|会うごと|面会ごと"
    r"|(?:今日|きょう|今朝|けさ|今夜|今晩|こんや|こんばん)も"
)
# (今 not in 今日も, 今朝も, 今夜も, 今晩も: again today; いま not in います, いません, いました: a verb's ending)
_ONE_MOMENT = re.compile(r"今(?!(?:日|朝|夜|晩)も)|いま(?!す|せん|した)|さっき|先ほど|急に|突然|たった今")


def tells_recurring(worry: str) -> bool:
    """True when the worry tells its sign recurs (each visit, every day, again and again) and names no
    moment of its own (今, さっき, 急に): a pattern to report, whose answer may come before the safety question."""
    return bool(_RECURRING.search(worry)) and not _ONE_MOMENT.search(worry)


# A care worker's conduct toward the people in their care (「同僚の利用者への扱いが乱暴」「先輩が入居者にひどいことを言う」):
# a colleague, a senior or the staff named as the one acting, and someone in care (利用者, 入居者, 入所者) or a care
# workplace (施設, ホーム, デイ) named. Never with an injury or a state under way (_INJURY_UNDER_WAY).
_CARE_STAFF = re.compile(r"同僚|どうりょう|先輩|せんぱい|上司|じょうし|職員|しょくいん|スタッフ|介護士|介護職|ヘルパー")
_IN_CARE = re.compile(
    r"利用者|りようしゃ|入居者|にゅうきょしゃ|入所者|にゅうしょしゃ|働い|はたらい|勤め|つとめ|職場|しょくば"
)


def tells_staff_conduct_in_care(worry: str) -> bool:
    """True when the worry tells how care staff (a colleague, a senior, the staff) treat the people in their care
    (利用者, 入居者) or treat them at a care workplace, with no injury or state under way: conduct to report."""
    return (
        bool(_CARE_STAFF.search(worry))
        and bool(_IN_CARE.search(worry) or _CARE_PLACE.search(worry))
        and not _INJURY_UNDER_WAY.search(worry)
    )


# A mark found on someone in care (「ホームに面会に行ったら腕にあざが」「デイから帰った父の背中に傷がある」): the sign a
# rule read is the mark itself (its reason's 「…」), the place a care facility or service the person stays at or comes
# back from. What it tells is harm that may have been done there, a suspicion of abuse to report, not a life at risk
# now: the FAQ's answer, no safety question. Never with an injury or a state under way (血, 骨, 意識, 息, 頭を打った,
# ぐったり, 動けない…), a fall, or a moment of its own (今も, 急に): those keep the question (or the alarm, when a rule
# is sure). The rule's urgency (a case for today, 110 to give if asked later) stands.
_MARK_READ = re.compile(r"「(?:あざ|アザ|痣|青あざ|内出血|傷|きず)")
_CARE_PLACE = re.compile(
    r"施設|しせつ|(?<!駅の)(?<!駅)ホーム(?!ページ|センター|ドクター|ステイ)|デイ|ショート|入所|にゅうしょ|入居|にゅうきょ"
    r"|面会|めんかい|特養|老健|介護付"
)
_INJURY_UNDER_WAY = re.compile(
    r"血|骨|折れ|おれて|意識|息|呼吸|頭を?(打|うっ|うた)|打った|うった|動け|うごけ|動かな|うごかな|ぐったり|痛が|いたが"
    r"|痛|腫れ|はれて|吐|熱|倒れ|たおれ|転|ころん|救急|119|110|苦し|くるし|反応|返事|死|今も|いまも|急に|きゅうに|突然"
)


# A fall given as the explanation of the mark (「職員に聞いても『転んだ』としか」「施設は転倒したと言う」「転んだって説明」):
# what the staff said, the very account the family doubts - no fall told as happening. Read out before looking for an
# injury under way; a fall told by the writer (「母が転んだ」「転んで頭を打った」) stays.
_FALL_EXPLAINED = re.compile(
    r"[「『]?(?:転んだ|ころんだ|転倒した|てんとうした|転んでぶつけた|ぶつけた)[」』]?"
    r"(?:と|って|っていう|という)(?:しか|だけ|の(?:説明|こと|一点張り)|説明|言|い[うわいっ]|聞|き[いか])"
)


def tells_mark_seen_in_care(worry: str, triage: Triage) -> bool:
    """True when the only sign read is a mark (あざ, 傷) found on someone at or back from a care facility or
    service (施設, ホーム, デイ, ショート, 面会…), with no injury or state under way (a fall only given as the mark's
    explanation, `_FALL_EXPLAINED`, is none): abuse to report, no safety question."""
    reason = triage.urgency_reason or ""
    return (
        triage.safety_family is None
        and not triage.crisis
        and bool(_MARK_READ.search(reason))
        and ";" not in reason
        and bool(_CARE_PLACE.search(worry))
        and not _INJURY_UNDER_WAY.search(_FALL_EXPLAINED.sub("", worry))
    )


# A dose missed, or not known to be taken (「朝の薬を飲み忘れた」「父が薬を飲んだか飲んでないか分からない」), with no rule
# reading any sign: the medicine FAQ's worry, not an overdose - no safety question, whatever the learned detector
# makes of 薬 and 飲んだ. A dose taken twice or all at once (「2回飲んでしまった」「まとめて飲んだ」「もう一回飲んだ」)
# is never this: the rules' alarm or the question stands.
_DOSE_MISSED = re.compile(
    r"(?:飲み|のみ)(?:忘れ|わすれ)|(?:飲む|のむ)の(?:を)?(?:忘れ|わすれ)"
    r"|(?:飲ん|のん)だ(?:か|かどうか)(?:飲んで(?:い)?ない|のんで(?:い)?ない|[^。]{0,6}?(?:分から|わから|わかん|覚えて|おぼえて|忘れ|わすれ))"
)
_DOSE_EXTRA = re.compile(
    r"(?:[2２二両]|もう[1１一]|もう一|ふた)(?:回|度|かい|ど|つ|錠)[^。]{0,4}?(?:飲ん|のん|飲ませ|のませ)"
    r"|まとめて|全部|ぜんぶ|大量|たくさん(?:飲ん|のん)|多く(?:飲ん|のん)|余分に|倍|過剰|飲みすぎ|飲み過ぎ|のみすぎ"
    r"|(?:間違え|まちがえ)て(?:飲|の)|他人の薬|ほかの人の薬|多め|おおめ|余計"
    # a count of tablets or doses (「十錠ほど飲んだかも」), sleeping pills, or a sign in the body: never merely missed
    r"|[0-9０-９一二三四五六七八九十何]+(?:錠|じょう|粒|つぶ|包|シート|日分|回分)|睡眠薬|眠剤|眠り薬|すいみんやく"
    r"|ぼう[っー]?と|ふらふら|ふらつ|眠って|ねむって|起きな|おきな|様子が(?:おかし|変)|意識|吐|苦し|くるし|倒れ|たおれ"
)


def tells_missed_dose(worry: str, triage: Triage) -> bool:
    """True when the worry tells a dose missed or not known to be taken, nothing taken twice or too much, and no
    rule read a sign (the learned detector's doubt alone): the medicine question, no safety question."""
    return (
        triage.urgency_reason is None
        and triage.safety_family is None
        and not triage.crisis
        and bool(_DOSE_MISSED.search(worry))
        and not _DOSE_EXTRA.search(worry)
    )


def tells_no_life_at_risk(worry: str, triage: Triage) -> bool:
    """An unsure risk sign that is plainly no life at risk now: a mark found on someone in care, a dose missed."""
    return tells_mark_seen_in_care(worry, triage) or tells_missed_dose(worry, triage)


URGENCY_ORDER = {"routine": 0, "urgent": 1, "emergency": 2}


def max_urgency(*levels: str | None) -> str:
    known = [lv for lv in levels if lv in URGENCY_ORDER]
    return max(known, key=URGENCY_ORDER.__getitem__) if known else "routine"


def continue_worry(turn: Turn, *, from_button: bool = False) -> Reply:
    """After the safety checks: the FAQ's answer if it is sure, else the topic menu or a person."""
    state = turn.state
    reply = Reply()
    if state.get("call_number") == "#7119":
        # A medical worry that is not clearly an emergency: where to ask tonight.
        reply.say.append(copy.EMERGENCY_7119)
    worry = state.get("worry", "")
    topics = state.get("topics", [])
    confident = state.get("confident", True)
    if state.pop("faq_before_safety", None):
        # Answered with the safety question (answer_with_safety_question): the stored answer stands, and
        # the connect question follows. Retrieval is not asked again: its answer could differ (more words
        # read, an index rebuilt in between) and give a second answer to the same worry.
        return reply.then(Reply(next="offer_handoff"))
    # The FAQ first when retrieval is sure, whatever the topic model says.
    if state.get("route") == "outside_city":
        place = (state.get("triage", {}).get("address") or {}).get("municipality")
        # A question about someone in another municipality is first read as one about outside the
        # city (the place name itself is no word of the FAQ's), then as it was written.
        answered = answer_from_faq(turn, f"{worry[-READ_CHARS:]} {OUTSIDE_CITY_HINT}", topics if from_button else [])
        answered = answered or answer_from_faq(turn, worry, topics if from_button else [])
        return reply.then(outside_city(place, answered))
    if len(state.get("messages", [])) == 1 and intents.is_thanks(worry):
        # Thanks alone, with nothing told before (after the safety checks, as every worry): thanked back.
        return reply.then(Reply(say=[copy.THANKS_WITHOUT_WORRY], end="no_handoff"))
    answered = answer_from_faq(turn, worry, topics if from_button else [])
    if answered is not None:
        return reply.then(answered)
    if topics == ["other"] and state.get("safety_checked"):
        # No topic fits, but a risk sign was read in it and asked about: a worry heard, not words
        # nothing was read in. Placed as a worry no topic is sure of (the menu, or the center).
        confident = False
    if not confident and not bound_for_a_person(state):
        return reply.then(Reply(say=heard(turn), next="clarify_topic"))
    if not confident:
        # A person's situation in a known place: the menu would cost a message and find no one
        # better than the center. The model's guesses stay on the case for staff to correct.
        candidates = [t for t in state.get("candidates", []) if t != "other"]
        note = copy.TOPIC_UNSURE_NOTE.format(topics="・".join(copy.TOPIC_NAMES.get(t, t) for t in candidates))
        if note not in (item["body"] for item in state.get("log", [])):
            turn.note("intake_choice", note, candidates=candidates)
        return reply.then(Reply(say=heard(turn), next="offer_handoff"))
    if topics == ["other"]:
        # Not understood (no topic, no risk sign): say so, and ask again (never the menu in silence).
        return reply.then(Reply(say=[copy.DID_NOT_UNDERSTAND_WORRY], end="no_answer", next="start"))
    return reply.then(Reply(say=heard(turn), next="offer_handoff"))


def bound_for_a_person(state: dict) -> bool:
    """A worry to pass on as it is, though no topic is sure: it names a place in the city (a ward
    or finer; 千葉市 alone is no place) and someone's situation in it, whose worry it is or what the
    topic model reads as a topic. 「住所は若葉区です」「困っています」「父のことで困っています」 are not:
    for them the topic menu helps find an answer or the words.
    """
    place = state.get("address") or state.get("place_in_worry") or {}
    if place.get("kind") not in ("center", "ambiguous") or place.get("ask") == "ward":
        return False
    return bool(state.get("relation")) or (state.get("topics") or ["other"])[0] != "other"


def worry_text(state: dict) -> str:
    """Everything the resident wrote about the worry so far, newest kept when long."""
    joined = "\n".join(m["text"] for m in state.get("messages", []))
    state["worry"] = joined[-MAX_WORRY_CHARS:]
    return state["worry"]


def outside_city(place: str | None, answered: Reply | None = None) -> Reply:
    """The municipality's own center is the place to ask; an FAQ answer about it follows if there is one."""
    said = [copy.OUTSIDE_CITY.format(place=place) if place else copy.OUTSIDE_CITY_UNKNOWN]
    said += [s for s in answered.say if s not in copy.HEARD.values()] if answered else [copy.OUTSIDE_CITY_ASK]
    return Reply(say=said, end="outside_city")


# ---- who the worry is about, read from the worry ----------------------------------------------

RELATION_PATTERNS = (
    (
        "professional",
        re.compile(
            r"ケアマネ|けあまね|ヘルパー|へるぱー|民生委員|みんせいいいん|利用者|事業所|訪問看護|看護師|ソーシャルワーカー|"
            r"MSW|相談員|居宅介護支援|施設の職員|病院の(?:者|相談)|担当している|担当の方"
        ),
    ),
    (
        "family",
        re.compile(
            r"母|父|祖母|祖父|義母|義父|夫|妻|主人|旦那|家内|嫁|婿|息子|娘|兄|姉|弟|妹|叔母|叔父|伯母|伯父|おば|おじ|親|"
            r"おかあさん|おとうさん|かあさん|とうさん|おばあちゃん|おじいちゃん|ばあちゃん|じいちゃん|おふくろ|おやじ|おかん|おとん|"
            r"嫁はん|家族|孫"
        ),
    ),
    ("neighbour", re.compile(r"近所|きんじょ|隣|となり|知人|友人|友達|ともだち|知り合い|しりあい|大家|管理人")),
    ("self", re.compile(r"私|わたし|わたくし|自分|じぶん|僕|ぼく|俺|おれ|本人です|一人暮らしの私")),
)


def infer_relation(worry: str) -> str | None:
    """母・父 → family, 私 → self, ケアマネ・ヘルパー → professional; None when the worry does not say.

    A professional says so anywhere; between family and neighbour the first named wins
    (「隣のおばあさんが息子に…」 is about a neighbour); 私 only when no one else is named.
    """
    text = unicodedata.normalize("NFKC", worry)
    found = {relation: m.start() for relation, pattern in RELATION_PATTERNS if (m := pattern.search(text))}
    if "professional" in found:
        return "professional"
    others = {r: at for r, at in found.items() if r in ("family", "neighbour")}
    if others:
        return min(others, key=others.__getitem__)
    return "self" if "self" in found else None


# ---- safety_check: a risk sign, but not certain -----------------------------------------------
# The question costs no message of its own: its buttons are also the step the resident would take
# next. 「はい、いますぐ」 gets the number at once; 「いいえ、センターに相談したい」 is the connect answer
# (straight on to the address or consent); 「いいえ」 goes on to the answer and the connect question.


def can_connect(turn: Turn) -> bool:
    """Whether the answer to the worry would offer a center (not to someone outside the city)."""
    return turn.state.get("route") != "outside_city"


def ask_safety(turn: Turn) -> Question:
    buttons = [Button(copy.SAFETY_YES, "yes"), Button(copy.SAFETY_NO, "no")]
    if can_connect(turn):
        buttons.insert(1, Button(copy.SAFETY_NO_CONNECT, intents.CONNECT))
    return Question(copy.SAFETY_QUESTION, buttons)


SAFETY_LABELS = {
    "yes": copy.SAFETY_YES,
    intents.CONNECT: copy.SAFETY_NO_CONNECT,
    "no": copy.SAFETY_NO,
    intents.DONT_KNOW: copy.DONT_KNOW,
}


def answer_safety(turn: Turn, a: Answer) -> Reply:
    turn.state["safety_checked"] = True
    if a.value:
        intent: str | None = a.value
    else:
        # Danger the detector is sure of in the typed words comes first (「いいえ、でも今…」, 「死にたい」).
        alarm = alarm_in_words(turn, a)
        if alarm is not None:
            return alarm
        intent = intents.read_safety(a.text)
    if intent == intents.CONNECT and not can_connect(turn):
        intent = "no"
    if intent is None:
        # More words about the worry: read it all again (the safety question is not asked twice).
        return answer_worry(turn, a) if a.typed else Reply(say=[copy.NOT_UNDERSTOOD])
    if long_answer(a):
        keep_words(turn, a)
    connect = {"feedback": "connect"} if intent == intents.CONNECT else {}
    turn.note("intake_choice", f"{copy.SAFETY_QUESTION} → {SAFETY_LABELS.get(intent, intent)}", **connect)
    if intent == "yes":
        return safety.confirmed_emergency(turn)
    if intent == intents.DONT_KNOW:
        return safety.unsure_of_danger(turn).then(continue_worry(turn))
    if intent == intents.CONNECT:
        reminder = [] if a.value or intents.denies_danger(a.text) else [copy.EMERGENCY_REMINDER]
        return Reply(say=reminder).then(connect_after_safety(turn))
    return Reply(say=[copy.SAFETY_NO_THANKS]).then(continue_worry(turn))


def alarm_in_words(turn: Turn, a: Answer) -> Reply | None:
    """An emergency or a crisis told in answer to the safety question, kept with the worry."""
    if len(a.typed) < SAFETY_READ_MIN_CHARS:
        return None
    alarm = safety.alarm_of(turn, turn.deps.triage(a.typed[:READ_CHARS]))
    if alarm is not None:
        keep_words(turn, a)
    return alarm


def connect_after_safety(turn: Turn) -> Reply:
    """「いいえ、センターに相談したい」: what the connect answer would have done, one message earlier."""
    say: list[str | dict] = [copy.EMERGENCY_7119] if turn.state.get("call_number") == "#7119" else []
    return Reply(say=[*say, *heard(turn), *privacy_notice_once(turn)], next=where_after_connect(turn))


# ---- clarify_topic: neither the FAQ nor the topic model is sure; the resident picks ----------


def ask_clarify(turn: Turn) -> Question:
    candidates = [t for t in turn.state.get("candidates", []) if t != "other"][:4]
    buttons = [Button(copy.TOPIC_NAMES[t], t) for t in candidates]
    return Question(copy.CLARIFY_TOPIC, [*buttons, Button(copy.NONE_OF_THESE, "none")])


def answer_clarify(turn: Turn, a: Answer) -> Reply:
    by_name = {name: topic for topic, name in copy.TOPIC_NAMES.items()}
    topic = a.value if a.value in TOPIC_IDS else by_name.get(a.typed)
    if a.value == "none" or a.matches(copy.NONE_OF_THESE):
        return Reply(next="tell_more")
    if topic is None:
        # More words about the worry: read everything again.
        return answer_worry(turn, a)
    turn.state["topics"] = [topic]
    turn.state["confident"] = True
    turn.note("intake_choice", f"{copy.CLARIFY_TOPIC} → {copy.TOPIC_NAMES[topic]}")
    answered = answer_from_faq(turn, turn.state.get("worry", ""), [topic])
    return answered or Reply(next="offer_handoff")


# ---- tell_more: none of the topics fitted; the next words are read with the worry -------------
# A step of its own (not "start"), so a worry left here expires, is counted and is forgotten.


def ask_tell_more(turn: Turn) -> Question:
    return Question(copy.TELL_MORE, [])


# ---- offer_handoff: the answer was enough, or a person is wanted ----------------------------


def destination_kind(turn: Turn) -> str:
    route = turn.state.get("route")
    return route if route in ("marugoto", "zaitaku_renkei") else "center"


def ask_offer(turn: Turn) -> Question:
    if turn.state.get("crisis"):
        return Question(copy.CRISIS_OFFER, [Button(copy.CONNECT, "yes"), Button(copy.NOT_NOW_BUTTON, "no")])
    after_faq = bool(turn.state.get("faq_entry_id")) and turn.state.get("urgency") != "emergency"
    other = Button(copy.NO_NEED, "no") if after_faq else Button(copy.NOT_NOW_BUTTON, "no")
    return Question(copy.OFFER_HANDOFF[destination_kind(turn)], [Button(copy.CONNECT, "yes"), other])


def long_answer(a: Answer) -> bool:
    """Typed words that say more than an answer (「はい、お願いします。母は夜中に…」)."""
    return not a.value and len(intents.normalise(a.text)) > CONFIRM_ANSWER_MAX_CHARS


def keep_words(turn: Turn, a: Answer) -> None:
    """More words about the worry, kept with it (and on the case timeline if it becomes one)."""
    turn.state.setdefault("messages", []).append({"id": a.message_id, "text": a.typed[:5000]})
    turn.note("resident_message", a.typed[:5000], id=a.message_id)
    worry_text(turn.state)


def answer_offer(turn: Turn, a: Answer) -> Reply:
    intent = with_intent(a, intents.RESOLVED, intents.UNHELPFUL, intents.NO, intents.YES)
    entry_id = turn.state.get("faq_entry_id")
    if long_answer(a) and intent != "yes":
        return answer_worry(turn, a)
    if long_answer(a):
        keep_words(turn, a)
    if intent in ("yes", intents.UNHELPFUL):
        if intent == intents.UNHELPFUL and entry_id:
            turn.deps.record_faq_feedback(turn.session, entry_id, False, voter_of(turn))
        turn.note("intake_choice", f"{ask_offer(turn).body} → {copy.CONNECT}", feedback="connect")
        # The privacy notice before the first thing collected for the case (the address, or consent).
        return Reply(say=privacy_notice_once(turn), next=where_after_connect(turn))
    if intent in ("no", intents.RESOLVED):
        if entry_id and not turn.state.get("crisis") and turn.state.get("urgency") != "emergency":
            turn.deps.record_faq_feedback(turn.session, entry_id, True, voter_of(turn))
            return Reply(say=[copy.GOODBYE], end="no_handoff")
        return Reply(say=[copy.NOT_NOW], end="no_handoff")
    return answer_worry(turn, a)


def voter_of(turn: Turn) -> str:
    """Who votes: this resident in this conversation (a random reference, forgotten when it ends).

    The same answer shown again in the same conversation gets one vote, the latest; a new
    conversation votes anew, and the stored vote cannot be tied to the resident once this ends.
    """
    ref = turn.state.setdefault("voter_ref", secrets.token_urlsafe(16))
    return f"{turn.user.user_id}/{ref}"


def where_after_connect(turn: Turn) -> str:
    state = turn.state
    if destination_kind(turn) != "center" or state.get("address"):
        return "consent"
    place = state.pop("place_in_worry", None)
    if place:
        state["pending_address"] = place
        if place.get("kind") == "center" and place.get("to_confirm"):
            return "confirm_town"
        if place.get("kind") == "center":
            state["address"] = state.pop("pending_address")
            return "consent"
        return "chome" if place.get("ask") == "chome" else "town"
    return "address"


# ---- address of the person concerned ----------------------------------------------------------


def address_buttons() -> list[Button]:
    return [Button(copy.SEND_LOCATION, location=True), Button(copy.DONT_KNOW, "unknown")]


def ask_address(turn: Turn) -> Question:
    return Question(copy.ASK_ADDRESS, address_buttons())


def answer_address(turn: Turn, a: Answer) -> Reply:
    if a.value == "unknown" or (not a.value and intents.read(a.text, (intents.DONT_KNOW,))):
        return give_up_on_address(turn)
    if a.latitude is not None and a.longitude is not None:
        resolution = turn.deps.router.resolve_location(a.latitude, a.longitude)
    elif a.typed:
        resolution = turn.deps.router.resolve(a.typed)
    else:
        return Reply()
    return follow_resolution(turn, resolution)


def follow_resolution(turn: Turn, resolution) -> Reply:
    kind = resolution.kind
    if kind == "center" and resolution.to_confirm:
        turn.state["pending_address"] = resolution.to_dict()
        return Reply(next="confirm_town")
    if kind == "center":
        turn.state["address"] = resolution.to_dict()
        turn.state.pop("pending_address", None)
        return Reply(next="consent")
    if kind == "ambiguous" and resolution.ask == "chome":
        turn.state["pending_address"] = resolution.to_dict()
        return Reply(next="chome")
    if kind == "ambiguous":
        turn.state["pending_address"] = resolution.to_dict()
        return Reply(next="town")
    if kind == "outside_city":
        return outside_city(resolution.municipality)
    attempts = turn.state.get("address_attempts", 0) + 1
    turn.state["address_attempts"] = attempts
    if attempts >= ADDRESS_ATTEMPTS:
        return give_up_on_address(turn)
    question = Question(copy.ADDRESS_NOT_FOUND, address_buttons())
    if turn.step == "address":
        return Reply(question=question)
    return Reply(next="address", question=question)


def give_up_on_address(turn: Turn) -> Reply:
    phone = turn.deps.directory.city_callcenter_phone(turn.session)
    return Reply(say=[copy.ADDRESS_GIVE_UP.format(phone=phone), copy.EMERGENCY_REMINDER], end="address_unresolved")


def pending(turn: Turn) -> dict:
    return turn.state.get("pending_address") or {}


def ask_chome(turn: Turn) -> Question:
    p = pending(turn)
    options = sorted({n for choice in p.get("choices", []) for n in choice.get("chome", [])})
    buttons = [Button(f"{n}丁目", str(n)) for n in options[:13]]
    return Question(copy.ASK_CHOME.format(town=p.get("town", "")), buttons)


def answer_chome(turn: Turn, a: Answer) -> Reply:
    p = pending(turn)
    chome = a.value or chome_number(a.typed)
    if not chome:
        if a.typed and intents.read(a.text, (intents.DONT_KNOW,)):
            return give_up_on_address(turn)
        return Reply(say=[copy.NOT_UNDERSTOOD])
    resolution = turn.deps.router.resolve(f"{p.get('ward') or ''}{p.get('town', '')}{chome}丁目")
    return follow_resolution(turn, resolution)


def chome_number(typed: str) -> str | None:
    """「3」「３丁目」「三丁目」 → "3"."""
    typed = unicodedata.normalize("NFKC", typed)
    if found := re.search(r"\d{1,2}", typed):
        return str(int(found.group(0)))
    if found := re.search(r"[一二三四五六七八九十]+", typed):
        return str(kanjize.kanji2number(found.group(0)))
    return None


def ask_town(turn: Turn) -> Question:
    p = pending(turn)
    if p.get("ask") == "ward":
        return Question(copy.ASK_WARD, [Button(w, w) for w in copy.WARDS])
    towns = list(dict.fromkeys(c["town"] for c in p.get("choices", []) if c.get("town")))
    ward = p.get("ward") or ""
    if 0 < len(towns) <= 12:
        return Question(copy.ASK_TOWN_BUTTONS.format(ward=ward), [Button(t[:20], t) for t in towns])
    return Question(copy.ASK_TOWN.format(ward=ward), [])


def answer_town(turn: Turn, a: Answer) -> Reply:
    p = pending(turn)
    town = a.value or a.typed
    if not town:
        return Reply()
    if intents.read(town, (intents.DONT_KNOW,)):
        return give_up_on_address(turn)
    ward = "" if p.get("ask") == "ward" else p.get("ward") or ""
    return follow_resolution(turn, turn.deps.router.resolve(town if town.startswith(ward) else f"{ward}{town}"))


def ask_confirm_town(turn: Turn) -> Question:
    p = pending(turn)
    place = f"{p.get('ward', '')}{p.get('town', '')}" + (f"{p['chome']}丁目" if p.get("chome") else "")
    return Question(copy.CONFIRM_TOWN.format(place=place), yes_no_buttons())


def answer_confirm_town(turn: Turn, a: Answer) -> Reply:
    intent = with_intent(a, intents.NO, intents.YES)
    if intent == "yes":
        turn.state["address"] = {**pending(turn), "to_confirm": False, "confirmed_by_resident": True}
        turn.state.pop("pending_address", None)
        return Reply(next="consent")
    if intent == "no":
        turn.state.pop("pending_address", None)
        return Reply(next="address")
    return answer_address(turn, a)


# ---- consent ------------------------------------------------------------------------------


def destination_id(turn: Turn) -> str | None:
    kind = destination_kind(turn)
    if kind != "center":
        return kind
    return (turn.state.get("address") or {}).get("center_id")


def destination_name(turn: Turn) -> str:
    destination = turn.deps.directory.destination(turn.session, destination_id(turn))
    return destination.short_name or destination.name if destination else ""


def ask_consent(turn: Turn) -> Question:
    return Question(
        copy.ASK_CONSENT.format(destination=destination_name(turn)),
        [Button(copy.AGREE, "yes"), Button(copy.DISAGREE, "no")],
    )


def answer_consent(turn: Turn, a: Answer) -> Reply:
    if long_answer(a) and destination_kind(turn) == "center":
        corrected = place_correction(turn, a)
        if corrected is not None:
            return corrected
    intent = with_intent(a, intents.NO, intents.YES)
    if long_answer(a) and intent is not None:
        keep_words(turn, a)
    if intent == "yes":
        turn.state["consent"] = {"version": copy.CONSENT_VERSION, "at": turn.now.isoformat()}
        turn.note("consent", ask_consent(turn).body, version=copy.CONSENT_VERSION, at=turn.now.isoformat())
        return Reply(next="confirm")
    if intent == "no":
        contact = turn.deps.directory.contact_text(turn.session, destination_id(turn))
        return Reply(say=[copy.DECLINED.format(destination=destination_name(turn)), contact], end="declined")
    if a.typed and destination_kind(turn) == "center":
        corrected = place_correction(turn, a)
        if corrected is not None:
            return corrected
    return Reply(say=[copy.NOT_UNDERSTOOD])


def place_correction(turn: Turn, a: Answer) -> Reply | None:
    """「母の住所は稲毛区小仲台です」 at consent: another place than the one asked about, read as the address."""
    resolution = turn.deps.router.resolve(a.typed)
    if resolution.kind == "center" and resolution.center_id == (turn.state.get("address") or {}).get("center_id"):
        return None
    if resolution.kind in ("center", "ambiguous", "outside_city"):
        return follow_resolution(turn, resolution)
    return None


# ---- confirm and hand off -------------------------------------------------------------------


def contact_summary(turn: Turn) -> str:
    contact = turn.state.get("contact") or {"method": "line"}
    if contact.get("method") == "phone":
        return copy.CONTACT_BY_PHONE.format(phone=contact.get("phone", ""))
    return copy.CONTACT_BY_LINE


def topics_summary(turn: Turn) -> str:
    return "・".join(copy.TOPIC_NAMES.get(t, t) for t in turn.state.get("topics") or ["other"])


def ask_confirm(turn: Turn) -> Question:
    """The summary as a Flex card (its altText is the summary in one line), with the step's buttons."""
    relation = turn.state.get("relation")
    who = copy.RELATION_NAMES.get(relation) if relation else None
    card = cards.confirm_card(
        topics=topics_summary(turn),
        center=destination_name(turn),
        contact=contact_summary(turn),
        who=who,
        note=copy.CONFIRM_MORE,
    )
    buttons = [Button(copy.SEND, "send"), Button(copy.EDIT, "edit")]
    if (turn.state.get("contact") or {}).get("method") != "phone":
        buttons.insert(1, Button(copy.WANT_PHONE, "phone"))
    return Question(card["altText"], buttons, card=card)


def answer_confirm(turn: Turn, a: Answer) -> Reply:
    phone = phone_in(a.typed) if not a.value else None
    detail = phone is not None or len(intents.normalise(a.text)) > CONFIRM_ANSWER_MAX_CHARS
    intent = None if detail else with_intent(a, intents.EDIT, intents.NO, intents.YES)
    if intent in ("send", "yes"):
        from bot.conversation.handoff import hand_off

        return hand_off(turn)
    if intent in ("edit", "no"):
        if re.search(r"住所|じゅうしょ|場所|ばしょ", a.typed):
            turn.state.pop("address", None)
            return Reply(next="address")
        return Reply(next="edit")
    if intent == "phone" or re.fullmatch(
        r"(?:電話|でんわ)(?:で|が|に)?(?:(?:連絡|れんらく)?(?:して|ください|がほしい|ほしい|お願いします|希望).*)?",
        a.typed,
    ):
        return Reply(next="phone")
    reply = Reply()
    if phone:
        turn.state["contact"] = {"method": "phone", "phone": phone}
        reply.say.append(copy.PHONE_ADDED.format(phone=phone))
    if a.typed:
        # More detail: added to the case, and checked for danger like every message.
        turn.state.setdefault("details", []).append({"id": a.message_id, "text": a.typed[:5000]})
        turn.note("resident_message", a.typed[:5000], id=a.message_id)
        if not phone:
            reply.say.append(copy.DETAIL_ADDED)
        alarm = safety.alarm_of(turn, turn.deps.triage(a.typed[:READ_CHARS]), offer=False)
        if alarm is not None:
            return alarm.then(reply)
    return reply


def phone_in(typed: str) -> str | None:
    """A Japanese phone number written anywhere in the text (「090-1234-5678 夕方なら」), or None."""
    text = unicodedata.normalize("NFKC", typed)
    for candidate in re.findall(r"(?:\+81|0)[\d\-‐ー−() ]{8,16}\d", text):
        if phone := national_phone(candidate):
            return phone
    return None


def ask_phone(turn: Turn) -> Question:
    return Question(copy.ASK_PHONE, [Button(copy.BY_LINE, "line")])


def answer_phone(turn: Turn, a: Answer) -> Reply:
    if a.value == "line" or (
        not a.value and re.search(r"line|ライン|らいん", unicodedata.normalize("NFKC", a.text).lower())
    ):
        turn.state["contact"] = {"method": "line"}
        return Reply(next="confirm")
    phone = phone_in(a.typed)
    if phone is None:
        return Reply(question=Question(copy.BAD_PHONE, [Button(copy.BY_LINE, "line")]))
    rest = unicodedata.normalize("NFKC", a.typed)
    rest = re.sub(r"(?:\+81|0)[\d\-‐ー−() ]{8,16}\d", "", rest).strip(" 、。,")
    turn.state["contact"] = {"method": "phone", "phone": phone, "times": rest[:60] or None}
    return Reply(next="confirm")


def ask_edit(turn: Turn) -> Question:
    buttons = [Button(copy.EDIT_CONTACT, "contact"), Button(copy.EDIT_RESTART, "restart")]
    if destination_kind(turn) == "center":
        buttons.insert(0, Button(copy.EDIT_ADDRESS, "address"))
    return Question(copy.ASK_WHAT_TO_EDIT, buttons)


def answer_edit(turn: Turn, a: Answer) -> Reply:
    choice = a.value or {copy.EDIT_ADDRESS: "address", copy.EDIT_CONTACT: "contact", copy.EDIT_RESTART: "restart"}.get(
        a.typed
    )
    if choice is None and a.typed:
        if re.search(r"住所|じゅうしょ|場所|町", a.typed):
            choice = "address"
        elif re.search(r"連絡|れんらく|電話|でんわ|line|ライン", a.typed.lower()):
            choice = "contact"
        elif re.search(r"最初|はじめ|やり直|やりなお", a.typed):
            choice = "restart"
        elif re.search(r"そのまま|このまま|なおさな|直さな|変えな|かえな", a.typed) or intents.read(
            a.text, (intents.NO, intents.RESOLVED)
        ):
            return Reply(next="confirm")
    if choice == "address":
        turn.state.pop("address", None)
        return Reply(next="address")
    if choice == "contact":
        return Reply(next="phone")
    if choice == "restart":
        return Reply(end="cancelled", next="start")
    return Reply(say=[copy.NOT_UNDERSTOOD])


# ---- handed_off: a human owns the case --------------------------------------------------------


def ask_nothing(turn: Turn) -> None:
    """Staff own the case: the bot asks nothing."""


def answer_handed_off(turn: Turn, a: Answer) -> Reply:
    from bot.conversation.handoff import forward_to_staff

    return forward_to_staff(turn, a)


STEPS: dict[str, Step] = {
    "start": Step(ask_worry, answer_worry),
    "safety_check": Step(ask_safety, answer_safety),
    "clarify_topic": Step(ask_clarify, answer_clarify),
    "tell_more": Step(ask_tell_more, answer_worry),
    "offer_handoff": Step(ask_offer, answer_offer),
    "address": Step(ask_address, answer_address),
    "chome": Step(ask_chome, answer_chome),
    "town": Step(ask_town, answer_town),
    "confirm_town": Step(ask_confirm_town, answer_confirm_town),
    "consent": Step(ask_consent, answer_consent),
    "confirm": Step(ask_confirm, answer_confirm),
    "phone": Step(ask_phone, answer_phone),
    "edit": Step(ask_edit, answer_edit),
    "handed_off": Step(ask_nothing, answer_handed_off),
}
