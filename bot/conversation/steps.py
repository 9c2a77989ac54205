"""The intake conversation as a table: each step asks one question and reads one answer.

    start ─▶ (clarify_topic) ─▶ (faq_feedback) ─▶ offer_handoff ─▶ relation ─▶ address
      ─▶ (chome | town | confirm_town) ─▶ consent ─▶ contact ─▶ (phone ─▶ call_time) ─▶ name
      ─▶ confirm ─▶ handed_off

`ask(turn)` puts the step's question (with its buttons) into the turn; `answer(turn, a)`
reads the resident's answer and moves on with `turn.goto(next_step)`. Every button can
also be typed. The words are all in copy.py.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import kanjize
import phonenumbers

from bot.conversation import copy
from bot.conversation.messages import Button
from bot.conversation.turn import Answer, Turn, yes_no_buttons

MAX_WORRY_CHARS = 2000
READ_CHARS = 1000
ADDRESS_ATTEMPTS = 3


@dataclass(frozen=True)
class Step:
    ask: Callable[[Turn], None]
    answer: Callable[[Turn, Answer], None]


# ---- start: the worry in the resident's own words --------------------------------------------


def worry_buttons() -> list[Button]:
    return [Button(label, text=sent) for label, sent, _ in copy.WORRY_BUTTONS]


def ask_worry(turn: Turn) -> None:
    turn.ask(copy.ASK_WORRY, worry_buttons())


def answer_worry(turn: Turn, a: Answer) -> None:
    typed = a.typed
    if not typed:
        turn.reask()
        return
    button_topic = {sent: topic for _, sent, topic in copy.WORRY_BUTTONS}
    if typed in button_topic and button_topic[typed] is None:
        turn.ask(copy.TELL_MORE, [])
        return
    if len(typed) > 5000:
        turn.say(copy.TOO_LONG)
    for message_id, part in a.parts or [(a.message_id, typed)]:
        turn.state.setdefault("messages", []).append({"id": message_id, "text": part.strip()[:5000]})
    worry = worry_text(turn.state)
    triage = turn.deps.triage(worry[-READ_CHARS:])
    if typed in button_topic:
        topics, confident = [button_topic[typed]], True
    else:
        topics, confident = list(triage.topics), triage.confident
    turn.state.update(
        topics=topics,
        candidates=list(triage.candidates),
        urgency=triage.urgency,
        call_number=triage.call_number,
        route=triage.route,
        triage=triage.to_dict(),
    )
    address = triage.address
    if address is not None and address.kind == "center" and not getattr(address, "to_confirm", False):
        turn.state["address"] = address.to_dict()
    if triage.urgency == "emergency":
        say_emergency(turn, triage.call_number)
        turn.goto("offer_handoff")
        return
    if triage.call_number == "#7119":
        # A medical worry that is not clearly an emergency: where to ask tonight.
        turn.say(copy.EMERGENCY_7119)
    if triage.route == "outside_city":
        say_outside_city(turn, getattr(address, "municipality", None))
        turn.end_without_case("outside_city")
        return
    if topics == ["other"] and confident:
        if not answer_from_faq(turn, worry):
            turn.end_without_case("no_answer")
            turn.ask(copy.ASK_WORRY, worry_buttons())
        return
    if not confident:
        turn.goto("clarify_topic")
        return
    after_topics(turn)


def worry_text(state: dict) -> str:
    """Everything the resident wrote about the worry so far, newest kept when long."""
    joined = "\n".join(m["text"] for m in state.get("messages", []))
    state["worry"] = joined[-MAX_WORRY_CHARS:]
    return state["worry"]


def say_emergency(turn: Turn, number: str | None) -> None:
    """The emergency numbers go before anything else the bot says in this turn."""
    if number == "110":
        turn.say_first(copy.EMERGENCY_110)
    else:
        turn.say_first(copy.EMERGENCY_119, copy.EMERGENCY_7119)
    turn.say(copy.EMERGENCY_THEN)


def say_outside_city(turn: Turn, place: str | None) -> None:
    turn.say(copy.OUTSIDE_CITY.format(place=place) if place else copy.OUTSIDE_CITY_UNKNOWN)


def answer_from_faq(turn: Turn, worry: str) -> bool:
    match = turn.deps.faq(worry[-READ_CHARS:], turn.state.get("topics", []))
    if match is None:
        return False
    turn.state["faq_entry_id"] = match.entry_id
    turn.say(*bubbles_of(match.answer))
    if match.link:
        from bot.conversation.cards import link_card

        turn.out.append(link_card(match.question, match.link))  # cards: the FAQ's link as a button
    turn.goto("faq_feedback")
    return True


def bubbles_of(answer: str, limit: int = 120) -> list[str]:
    """An FAQ answer (up to ~300 characters) as bubbles of at most `limit`, cut between sentences."""
    sentences = [s for s in re.split(r"(?<=[。！？\n])", answer) if s.strip()]
    bubbles: list[str] = []
    for sentence in sentences:
        sentence = sentence.strip()
        if bubbles and len(bubbles[-1]) + len(sentence) <= limit:
            bubbles[-1] += sentence
        else:
            bubbles.extend(sentence[i : i + limit] for i in range(0, len(sentence), limit))
    return bubbles


def after_topics(turn: Turn) -> None:
    if not answer_from_faq(turn, turn.state.get("worry", "")):
        turn.goto("offer_handoff")


# ---- clarify_topic: low confidence, the resident picks ---------------------------------------


def ask_clarify(turn: Turn) -> None:
    candidates = [t for t in turn.state.get("candidates", []) if t != "other"][:4]
    buttons = [Button(copy.TOPIC_NAMES[t], t) for t in candidates]
    turn.ask(copy.CLARIFY_TOPIC, [*buttons, Button(copy.NONE_OF_THESE, "none")])


def answer_clarify(turn: Turn, a: Answer) -> None:
    by_name = {name: topic for topic, name in copy.TOPIC_NAMES.items()}
    topic = a.value if a.value in copy.TOPIC_NAMES else by_name.get(a.typed)
    if a.value == "none" or a.matches(copy.NONE_OF_THESE):
        turn.goto("tell_more")
        return
    if topic is None:
        # More words about the worry: read everything again.
        turn.user.step = "start"
        answer_worry(turn, a)
        return
    turn.state["topics"] = [topic]
    after_topics(turn)


# ---- tell_more: none of the topics fitted; the next words are read with the worry -------------
# A step of its own (not "start"), so a worry left here expires, is counted and is forgotten.


def ask_tell_more(turn: Turn) -> None:
    turn.ask(copy.TELL_MORE, [])


# ---- faq_feedback ---------------------------------------------------------------------------


def ask_helpful(turn: Turn) -> None:
    turn.ask(copy.ASK_HELPFUL, yes_no_buttons())


def answer_helpful(turn: Turn, a: Answer) -> None:
    if a.value in ("yes", "no") or a.matches(copy.YES, copy.NO, "はい。", "いいえ。"):
        helpful = a.value == "yes" or a.matches(copy.YES, "はい。")
        turn.deps.record_faq_feedback(turn.session, turn.state.get("faq_entry_id"), helpful, voter_of(turn))
        turn.say(copy.THANKS_FEEDBACK)
        turn.goto("offer_handoff")
        return
    more_about_the_worry(turn, a)


def voter_of(turn: Turn) -> str:
    """Who votes: this resident in this conversation (a random reference, forgotten when it ends).

    The same answer shown again in the same conversation gets one vote, the latest; a new
    conversation votes anew, and the stored vote cannot be tied to the resident once this ends.
    """
    ref = turn.state.setdefault("voter_ref", secrets.token_urlsafe(16))
    return f"{turn.user.user_id}/{ref}"


def more_about_the_worry(turn: Turn, a: Answer) -> None:
    turn.user.step = "start"
    answer_worry(turn, a)


# ---- offer_handoff --------------------------------------------------------------------------


def destination_kind(turn: Turn) -> str:
    route = turn.state.get("route")
    return route if route in ("marugoto", "zaitaku_renkei") else "center"


def ask_offer(turn: Turn) -> None:
    turn.ask(copy.OFFER_HANDOFF[destination_kind(turn)], [Button(copy.CONNECT, "yes"), Button(copy.NO_NEED, "no")])


def answer_offer(turn: Turn, a: Answer) -> None:
    if a.value == "yes" or a.matches(copy.CONNECT, copy.YES, "つないで", "お願いします"):
        turn.goto("relation")
    elif a.value == "no" or a.matches(copy.NO_NEED, copy.NO, "大丈夫", "だいじょうぶ"):
        turn.say(copy.GOODBYE)
        turn.end_without_case("no_handoff")
    else:
        more_about_the_worry(turn, a)


# ---- relation: who the person concerned is ---------------------------------------------------

RELATION_WORDS = {
    "self": ("自分", "本人", "私", "わたし", "自分のこと"),
    "family": ("家族", "母", "父", "妻", "夫", "親", "息子", "娘", "祖母", "祖父", "家族のこと"),
    "neighbour": ("近所", "知人", "友人", "民生委員", "近所・知人のこと"),
    "professional": ("専門職", "仕事", "ケアマネ", "ケアマネジャー", "病院", "事業所", "仕事で(専門職)"),
}


def ask_relation(turn: Turn) -> None:
    from bot.conversation.welcome import privacy_notice_once

    privacy_notice_once(turn)  # welcome: the privacy notice before anything personal is asked
    turn.ask(copy.ASK_RELATION, [Button(label, value) for value, label in copy.RELATIONS])


def answer_relation(turn: Turn, a: Answer) -> None:
    relation = a.value if a.value in RELATION_WORDS else None
    if relation is None:
        relation = next((r for r, words in RELATION_WORDS.items() if any(w in a.typed for w in words)), None)
    if relation is None:
        turn.say(copy.NOT_UNDERSTOOD)
        turn.reask()
        return
    turn.state["relation"] = relation
    if destination_kind(turn) != "center" or turn.state.get("address"):
        turn.goto("consent")
    else:
        turn.goto("address")


# ---- address of the person concerned ----------------------------------------------------------


def ask_address(turn: Turn) -> None:
    turn.ask(copy.ASK_ADDRESS, [Button(copy.SEND_LOCATION, location=True), Button(copy.DONT_KNOW, "unknown")])


def answer_address(turn: Turn, a: Answer) -> None:
    if a.value == "unknown" or a.matches(copy.DONT_KNOW):
        give_up_on_address(turn)
        return
    if a.latitude is not None and a.longitude is not None:
        resolution = turn.deps.router.resolve_location(a.latitude, a.longitude)
    elif a.typed:
        resolution = turn.deps.router.resolve(a.typed)
    else:
        turn.reask()
        return
    follow_resolution(turn, resolution)


def follow_resolution(turn: Turn, resolution) -> None:
    kind = resolution.kind
    if kind == "center" and resolution.to_confirm:
        turn.state["pending_address"] = resolution.to_dict()
        turn.goto("confirm_town")
    elif kind == "center":
        turn.state["address"] = resolution.to_dict()
        turn.state.pop("pending_address", None)
        turn.goto("consent")
    elif kind == "ambiguous" and resolution.ask == "chome":
        turn.state["pending_address"] = resolution.to_dict()
        turn.goto("chome")
    elif kind == "ambiguous":
        turn.state["pending_address"] = resolution.to_dict()
        turn.goto("town")
    elif kind == "outside_city":
        say_outside_city(turn, resolution.municipality)
        turn.end_without_case("outside_city")
    else:
        attempts = turn.state.get("address_attempts", 0) + 1
        turn.state["address_attempts"] = attempts
        if attempts >= ADDRESS_ATTEMPTS:
            give_up_on_address(turn)
        else:
            turn.user.step = "address"
            turn.ask(copy.ADDRESS_NOT_FOUND, [Button(copy.SEND_LOCATION, location=True), Button(copy.DONT_KNOW, "unknown")])


def give_up_on_address(turn: Turn) -> None:
    turn.say(copy.ADDRESS_GIVE_UP.format(phone=turn.deps.directory.city_callcenter_phone(turn.session)))
    turn.say(copy.EMERGENCY_REMINDER)
    turn.end_without_case("address_unresolved")


def pending(turn: Turn) -> dict:
    return turn.state.get("pending_address") or {}


def ask_chome(turn: Turn) -> None:
    p = pending(turn)
    options = sorted({n for choice in p.get("choices", []) for n in choice.get("chome", [])})
    buttons = [Button(f"{n}丁目", str(n)) for n in options[:13]]
    turn.ask(copy.ASK_CHOME.format(town=p.get("town", "")), buttons)


def answer_chome(turn: Turn, a: Answer) -> None:
    p = pending(turn)
    chome = a.value or chome_number(a.typed)
    if not chome:
        turn.say(copy.NOT_UNDERSTOOD)
        turn.reask()
        return
    resolution = turn.deps.router.resolve(f"{p.get('ward') or ''}{p.get('town', '')}{chome}丁目")
    follow_resolution(turn, resolution)


def chome_number(typed: str) -> str | None:
    """「3」「３丁目」「三丁目」 → "3"."""
    typed = unicodedata.normalize("NFKC", typed)
    if found := re.search(r"\d{1,2}", typed):
        return str(int(found.group(0)))
    if found := re.search(r"[一二三四五六七八九十]+", typed):
        return str(kanjize.kanji2number(found.group(0)))
    return None


def ask_town(turn: Turn) -> None:
    p = pending(turn)
    if p.get("ask") == "ward":
        turn.ask(copy.ASK_WARD, [Button(w, w) for w in copy.WARDS])
        return
    towns = list(dict.fromkeys(c["town"] for c in p.get("choices", []) if c.get("town")))
    ward = p.get("ward") or ""
    if 0 < len(towns) <= 12:
        turn.ask(copy.ASK_TOWN_BUTTONS.format(ward=ward), [Button(t[:20], t) for t in towns])
    else:
        turn.ask(copy.ASK_TOWN.format(ward=ward), [])


def answer_town(turn: Turn, a: Answer) -> None:
    p = pending(turn)
    town = a.value or a.typed
    if not town:
        turn.reask()
        return
    ward = "" if p.get("ask") == "ward" else p.get("ward") or ""
    resolution = turn.deps.router.resolve(town if town.startswith(ward) else f"{ward}{town}")
    follow_resolution(turn, resolution)


def ask_confirm_town(turn: Turn) -> None:
    p = pending(turn)
    place = f"{p.get('ward', '')}{p.get('town', '')}" + (f"{p['chome']}丁目" if p.get("chome") else "")
    turn.ask(copy.CONFIRM_TOWN.format(place=place), yes_no_buttons())


def answer_confirm_town(turn: Turn, a: Answer) -> None:
    if a.value == "yes" or a.matches(copy.YES, "そうです", "はい。"):
        turn.state["address"] = {**pending(turn), "to_confirm": False, "confirmed_by_resident": True}
        turn.state.pop("pending_address", None)
        turn.goto("consent")
    elif a.value == "no" or a.matches(copy.NO, "ちがう", "違う", "ちがいます"):
        turn.state.pop("pending_address", None)
        turn.goto("address")
    else:
        answer_address(turn, a)


# ---- consent ------------------------------------------------------------------------------


def destination_id(turn: Turn) -> str | None:
    kind = destination_kind(turn)
    if kind != "center":
        return kind
    return (turn.state.get("address") or {}).get("center_id")


def destination_name(turn: Turn) -> str:
    destination = turn.deps.directory.destination(turn.session, destination_id(turn))
    return destination.short_name or destination.name if destination else ""


def ask_consent(turn: Turn) -> None:
    turn.ask(copy.ASK_CONSENT.format(destination=destination_name(turn)), [Button(copy.AGREE, "yes"), Button(copy.DISAGREE, "no")])


def answer_consent(turn: Turn, a: Answer) -> None:
    if a.value == "yes" or a.matches(copy.AGREE, "同意します", copy.YES):
        turn.state["consent"] = {"version": copy.CONSENT_VERSION, "at": turn.now.isoformat()}
        turn.goto("contact")
    elif a.value == "no" or a.matches(copy.DISAGREE, "同意しません", copy.NO):
        turn.say(copy.DECLINED.format(destination=destination_name(turn)))
        turn.say(turn.deps.directory.contact_text(turn.session, destination_id(turn)))
        turn.end_without_case("declined")
    else:
        turn.say(copy.NOT_UNDERSTOOD)
        turn.reask()


# ---- how to be contacted -----------------------------------------------------------------------


def ask_contact(turn: Turn) -> None:
    turn.ask(copy.ASK_CONTACT, [Button(copy.BY_LINE, "line"), Button(copy.BY_PHONE, "phone")])


def answer_contact(turn: Turn, a: Answer) -> None:
    if a.value == "line" or a.matches(copy.BY_LINE, "LINE", "ライン", "LINEで"):
        turn.state["contact"] = {"method": "line"}
        turn.goto("name")
    elif a.value == "phone" or a.matches(copy.BY_PHONE, "電話"):
        turn.state["contact"] = {"method": "phone"}
        turn.goto("phone")
    elif phone := valid_phone(a.typed):
        turn.state["contact"] = {"method": "phone", "phone": phone}
        turn.goto("call_time")
    else:
        turn.say(copy.NOT_UNDERSTOOD)
        turn.reask()


def valid_phone(typed: str) -> str | None:
    """A Japanese phone number in national format (0X-XXXX-XXXX), or None."""
    digits = unicodedata.normalize("NFKC", typed)
    digits = re.sub(r"[\s\-‐ー−()（）]", "", digits)
    if not re.fullmatch(r"(\+81|0)\d{9,10}", digits):
        return None
    try:
        number = phonenumbers.parse(digits, "JP")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def ask_phone(turn: Turn) -> None:
    turn.ask(copy.ASK_PHONE, [Button(copy.BY_LINE, "line")])


def answer_phone(turn: Turn, a: Answer) -> None:
    if a.value == "line" or a.matches(copy.BY_LINE):
        turn.state["contact"] = {"method": "line"}
        turn.goto("name")
        return
    phone = valid_phone(a.typed)
    if phone is None:
        turn.user.step = "phone"
        turn.ask(copy.BAD_PHONE, [Button(copy.BY_LINE, "line")])
        return
    turn.state["contact"] = {"method": "phone", "phone": phone}
    turn.goto("call_time")


def ask_call_time(turn: Turn) -> None:
    turn.ask(copy.ASK_CALL_TIME, [Button(t, t) for t in copy.CALL_TIMES])


def answer_call_time(turn: Turn, a: Answer) -> None:
    times = (a.value or a.typed)[:60]
    if not times:
        turn.reask()
        return
    turn.state.setdefault("contact", {"method": "phone"})["times"] = times
    turn.goto("name")


def ask_name(turn: Turn) -> None:
    turn.ask(copy.ASK_NAME, [Button(copy.SKIP_NAME, "skip")])


def answer_name(turn: Turn, a: Answer) -> None:
    if a.value == "skip" or a.matches(copy.SKIP_NAME, "なし", "なしで"):
        turn.state["name"] = None
    else:
        turn.state["name"] = a.typed[:60] or None
    turn.goto("confirm")


# ---- confirm and hand off -------------------------------------------------------------------


def contact_summary(turn: Turn) -> str:
    contact = turn.state.get("contact") or {"method": "line"}
    if contact.get("method") == "phone":
        return copy.CONTACT_BY_PHONE.format(phone=contact.get("phone", ""), times=contact.get("times", ""))
    return copy.CONTACT_BY_LINE


def ask_confirm(turn: Turn) -> None:
    topics = "・".join(copy.TOPIC_NAMES[t] for t in turn.state.get("topics", ["other"]))
    from bot.conversation.cards import confirm_card
    from bot.conversation.messages import with_buttons

    # cards: the summary as a Flex card (its altText is the summary in one line), same buttons.
    card = confirm_card(topics=topics, center=destination_name(turn), contact=contact_summary(turn),
                        who=copy.RELATION_NAMES.get(turn.state.get("relation")))
    buttons = [Button(copy.SEND, "send"), Button(copy.EDIT, "edit")]
    turn.out.append(with_buttons(card, buttons, turn.deps.codec, turn.user.step, turn.user.state_version))


def answer_confirm(turn: Turn, a: Answer) -> None:
    if a.value == "send" or a.matches(copy.SEND, "送る", "送信", copy.YES):
        from bot.conversation.handoff import hand_off

        hand_off(turn)
    elif a.value == "edit" or a.matches(copy.EDIT, "直す", "修正"):
        turn.goto("edit")
    else:
        turn.say(copy.NOT_UNDERSTOOD)
        turn.reask()


def ask_edit(turn: Turn) -> None:
    buttons = [Button(copy.EDIT_CONTACT, "contact"), Button(copy.EDIT_RESTART, "restart")]
    if destination_kind(turn) == "center":
        buttons.insert(0, Button(copy.EDIT_ADDRESS, "address"))
    turn.ask(copy.ASK_WHAT_TO_EDIT, buttons)


def answer_edit(turn: Turn, a: Answer) -> None:
    choice = a.value or {copy.EDIT_ADDRESS: "address", copy.EDIT_CONTACT: "contact", copy.EDIT_RESTART: "restart"}.get(a.typed)
    if choice == "address":
        turn.state.pop("address", None)
        turn.goto("address")
    elif choice == "contact":
        turn.goto("contact")
    elif choice == "restart":
        turn.reset()
        turn.ask(copy.ASK_WORRY, worry_buttons())
    else:
        turn.say(copy.NOT_UNDERSTOOD)
        turn.reask()


# ---- handed_off: a human owns the case --------------------------------------------------------


def ask_nothing(turn: Turn) -> None:
    """Staff own the case: the bot asks nothing."""


def answer_handed_off(turn: Turn, a: Answer) -> None:
    from bot.conversation.handoff import forward_to_staff

    forward_to_staff(turn, a)


STEPS: dict[str, Step] = {
    "start": Step(ask_worry, answer_worry),
    "clarify_topic": Step(ask_clarify, answer_clarify),
    "tell_more": Step(ask_tell_more, more_about_the_worry),
    "faq_feedback": Step(ask_helpful, answer_helpful),
    "offer_handoff": Step(ask_offer, answer_offer),
    "relation": Step(ask_relation, answer_relation),
    "address": Step(ask_address, answer_address),
    "chome": Step(ask_chome, answer_chome),
    "town": Step(ask_town, answer_town),
    "confirm_town": Step(ask_confirm_town, answer_confirm_town),
    "consent": Step(ask_consent, answer_consent),
    "contact": Step(ask_contact, answer_contact),
    "phone": Step(ask_phone, answer_phone),
    "call_time": Step(ask_call_time, answer_call_time),
    "name": Step(ask_name, answer_name),
    "confirm": Step(ask_confirm, answer_confirm),
    "edit": Step(ask_edit, answer_edit),
    "handed_off": Step(ask_nothing, answer_handed_off),
}
