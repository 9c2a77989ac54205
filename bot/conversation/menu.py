"""The rich menu's taps, and 「センターをさがす」, read before the step table in any step.

- 相談する: the worry question (or the current question when a consultation is under way);
- よくある質問: a few FAQ topics as buttons, each answered at once;
- センターをさがす: the responsible center for an address, a postal code or a location; also
  for a short typed question such as 「小仲台の担当センターはどこ？」. No case is created; each
  finished lookup is counted anonymously (workspace/stats/lookups.py);
- 急いでいるとき: 119/110, the crisis lines and #7119 at once, nothing asked first.

Menu postbacks are plain ("menu:…", bot/richmenu/layout.py): a rich menu belongs to no step.
A lookup in progress is kept in the conversation's state ("finding") for `idle` at most.
Like a step, `take` returns a Reply (engine.apply says it); it never moves the step: after an
aside in the middle of a consultation the step's question is asked again (its buttons last).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from bot.conversation import cards, copy, intents
from bot.conversation.faq_answer import bubbles_of
from bot.conversation.find_my_center import Lookup, ask_at, find_in_question, lookup
from bot.conversation.messages import text
from bot.conversation.turn import Incoming, Reply, Turn
from bot.richmenu import layout
from routing.models import Contact

FIND_ATTEMPTS = 3
RELEASE_CHARS = 25  # a longer text while looking up a center is read as a worry, not an address
QUESTION_MAX_CHARS = 40
CRISIS_LINES = ("yorisoi", "kokoro_dial")  # national lines, verified (routing/data/contacts.csv)
_CENTER_WORDS = re.compile(r"センター|せんたー|包括|ほうかつ|あんしんケア|あんしんけあ|窓口|まどぐち")
_WHERE_WORDS = re.compile(r"どこ|何処|どちら|教えて|おしえて|知りたい|しりたい|さがし|探し|調べ|しらべ|わから|分から")
# FAQ entries whose answer is what the center lookup does (name the center of an address).
CENTER_LOOKUP_ENTRIES = frozenset({"center-find-mine"})


def take(turn: Turn, incoming: Incoming) -> Reply | None:
    """A menu tap or a center lookup, as a Reply; None leaves the event to the step table."""
    if incoming.kind == "postback" and incoming.data.startswith(layout.MENU_PREFIX):
        return tapped(turn, incoming.data)
    if incoming.kind in ("text", "location") and finding(turn) is not None:
        return answer_finding(turn, incoming)
    if incoming.kind == "text" and turn.user.step == "start" and asks_for_center(turn, incoming.text):
        return typed_question(turn, incoming.text)
    return None


# ---- taps ----------------------------------------------------------------------------------------


def tapped(turn: Turn, data: str) -> Reply:
    turn.state.pop("finding", None)
    step = turn.user.step
    if data == layout.CONSULT:
        if step == "handed_off":
            return Reply(say=[copy.STAFF_OWNS], ask_again=False)
        return Reply()  # the worry question at the start, else the current question again
    if data == layout.FAQ:
        return Reply(say=[quick(text(copy.FAQ_TOPICS_ASK), faq_topic_items(turn))], ask_again=False)
    if data.startswith(layout.FAQ + ":"):
        return aside(turn, *answer_faq(turn, data.removeprefix(layout.FAQ + ":")))
    if data == layout.FIND:
        return start_finding(turn, "menu")
    if data == layout.FIND + ":unknown":
        return give_up(turn, "menu")
    if data == layout.URGENT:
        return aside(turn, *urgent(turn))
    return aside(turn, copy.NOT_UNDERSTOOD)


def aside(turn: Turn, *said: str | dict) -> Reply:
    """Words said beside the consultation; in the middle of one, its question again (its buttons last)."""
    return Reply(say=list(said), ask_again=turn.user.step not in ("start", "handed_off"))


def urgent(turn: Turn) -> list[str]:
    lines = [copy.URGENT_CRISIS_INTRO]
    for key in CRISIS_LINES:
        contact = turn.session.get(Contact, key)
        if contact is not None and contact.phone:
            name = contact.name.split("(")[0].split("（")[0]
            lines.append(
                copy.URGENT_CRISIS_LINE.format(name=name, phone=contact.phone, note=copy.URGENT_CRISIS_NOTES[key])
            )
    return [f"{copy.URGENT_119}\n{copy.URGENT_110}", "\n".join(lines), copy.EMERGENCY_7119]


# ---- よくある質問 ------------------------------------------------------------------------------------


def quick(message: dict, items: list[dict]) -> dict:
    return {**message, "quickReply": {"items": items[:13]}} if items else message


def postback_item(label: str, data: str) -> dict:
    return {"type": "action", "action": {"type": "postback", "label": label, "data": data, "displayText": label}}


def message_item(label: str, sent: str) -> dict:
    return {"type": "action", "action": {"type": "message", "label": label[:20], "text": sent}}


def faq_topic_items(turn: Turn) -> list[dict]:
    from knowledge.service import get_by_slug

    items = []
    for label, slug in copy.MENU_FAQ_TOPICS:
        entry = get_by_slug(turn.session, slug)
        if entry is not None and entry.active:
            items.append(postback_item(label, f"{layout.FAQ}:{slug}"))
    return items


def answer_faq(turn: Turn, slug: str) -> list[str | dict]:
    from knowledge.service import get_by_slug

    entry = get_by_slug(turn.session, slug)
    if entry is None or not entry.active:
        return [copy.FAQ_TOPIC_GONE]
    link = [cards.link_card(entry.question, entry.link)] if entry.link else []
    return [*bubbles_of(entry.answer)[:3], *link]


# ---- センターをさがす ---------------------------------------------------------------------------------


def finding(turn: Turn) -> dict | None:
    state = turn.state.get("finding")
    if state is None:
        return None
    if turn.now - datetime.fromisoformat(state["at"]) > turn.deps.idle:
        turn.state.pop("finding", None)
        return None
    return state


def start_finding(turn: Turn, via: str) -> Reply:
    turn.state["finding"] = {"via": via, "attempts": 0, "at": turn.now.isoformat()}
    return Reply(say=[quick(text(copy.FIND_ASK), finding_items())], ask_again=False)


def finding_items() -> list[dict]:
    return [
        {"type": "action", "action": {"type": "location", "label": copy.FIND_SEND_LOCATION}},
        postback_item(copy.FIND_DONT_KNOW, layout.FIND + ":unknown"),
    ]


def speaks_of_danger(turn: Turn, typed: str) -> bool:
    """An emergency, a crisis or an unsure risk sign: the step table's safety reading answers it."""
    triage = turn.deps.triage(typed[:1000])
    return triage.urgency != "routine" or triage.crisis or triage.safety_uncertain


def asks_for_center(turn: Turn, typed: str) -> bool:
    """A short question about which center covers a place, that speaks of no danger and that the FAQ
    is not sure to answer better (「包括って役所の一部？…よくわからん」 asks what a center is)."""
    typed = unicodedata.normalize("NFKC", typed).strip()
    if len(typed) > QUESTION_MAX_CHARS or not (_CENTER_WORDS.search(typed) and _WHERE_WORDS.search(typed)):
        return False
    return not speaks_of_danger(turn, typed) and not faq_answers_otherwise(turn, typed)


def faq_answers_otherwise(turn: Turn, typed: str) -> bool:
    """The FAQ is sure of an entry other than the lookup's own, and the question names no place
    (the city alone, 「千葉市役所の…」「千葉市の…」, is no place: it names no center)."""
    match = turn.deps.faq.best(typed, [])
    if match is None or match.slug in CENTER_LOOKUP_ENTRIES:
        return False
    return not names_a_place(find_in_question(turn.deps.router, turn.session, typed))


def names_a_place(found: Lookup | None) -> bool:
    """A place a lookup can go on from: a center, a ward or a town, or another municipality."""
    if found is None:
        return False
    if found.kind == "outside_city" and not found.municipality:
        # 「県の窓口」「県外」 name no municipality: nothing to look up there.
        return False
    return not (found.kind == "ambiguous" and found.ask == "ward" and not found.ward and not found.town)


def typed_question(turn: Turn, typed: str) -> Reply | None:
    found = find_in_question(turn.deps.router, turn.session, unicodedata.normalize("NFKC", typed))
    if found is None:
        return with_faq_answer(turn, typed, start_finding(turn, "typed"))
    turn.state["finding"] = {"via": "typed", "attempts": 0, "at": turn.now.isoformat()}
    shown = show(turn, found, typed)
    if shown is not None and found.kind == "ambiguous":
        return with_faq_answer(turn, typed, shown)
    return shown


def with_faq_answer(turn: Turn, typed: str, asked: Reply) -> Reply:
    """「担当のセンターはどこ？」 without a full address: the FAQ's own answer to it (the center is named
    after the address), when it is sure, before the lookup asks for the address or the town."""
    match = turn.deps.faq.best(typed, [])
    if match is None or match.slug not in CENTER_LOOKUP_ENTRIES:
        return asked
    bubbles = bubbles_of(match.answer)[:3]
    turn.note("bot_message", "\n".join(bubbles), faq=match.slug, question=match.question)
    turn.faq_shown.append(match.slug)
    return Reply(say=[*bubbles, *asked.say], ask_again=asked.ask_again, question=asked.question)


def answer_finding(turn: Turn, incoming: Incoming) -> Reply | None:
    state = turn.state["finding"]
    if incoming.kind == "location":
        return show(turn, lookup(turn.deps.router, turn.session, lat=incoming.latitude, lng=incoming.longitude), "")
    typed = unicodedata.normalize("NFKC", incoming.text).strip()
    if intents.is_restart(typed) or intents.read(typed, (intents.CANCEL,)) or speaks_of_danger(turn, typed):
        turn.state.pop("finding", None)  # the step table answers a cancel, a restart or danger
        return None
    if typed == copy.FIND_DONT_KNOW:
        return give_up(turn, state["via"])
    return show(turn, lookup(turn.deps.router, turn.session, text=with_pending(state, typed)), typed)


def with_pending(state: dict, typed: str) -> str:
    """An answer to the 丁目, town or ward question, read together with what was asked about."""
    pending = state.get("pending")
    if not pending:
        return typed
    from bot.conversation.steps import chome_number

    ward, town = pending.get("ward") or "", pending.get("town") or ""
    if pending.get("ask") == "chome" and (n := chome_number(typed)) and len(typed) <= 6:
        return f"{ward}{town}{n}丁目"
    if pending.get("ask") == "town" and not any(typed.startswith(w) for w in copy.WARDS):
        return f"{ward}{typed}"
    if pending.get("ask") == "ward" and typed in copy.WARDS:
        return f"{typed}{town}"
    return typed


def show(turn: Turn, found: Lookup, typed: str) -> Reply | None:
    state = turn.state["finding"]
    if found.kind == "center":
        return finish(turn, state, found, center_answer(turn, found))
    if found.kind == "ambiguous":
        state["pending"] = {"ask": found.ask, "ward": found.ward, "town": found.town}
        return Reply(say=[ask_more(found)], ask_again=False)
    if found.kind == "outside_city":
        said = copy.FIND_OUTSIDE.format(place=found.municipality) if found.municipality else copy.FIND_OUTSIDE_UNKNOWN
        return finish(turn, state, found, [said])
    if turn.user.step == "handed_off" or len(typed) > RELEASE_CHARS:
        turn.state.pop("finding", None)  # words for the staff, or a worry: not an address
        return None
    state["attempts"] += 1
    if state["attempts"] >= FIND_ATTEMPTS:
        return give_up(turn, state["via"])
    return Reply(say=[quick(text(copy.FIND_NOT_FOUND), finding_items())], ask_again=False)


def center_answer(turn: Turn, found: Lookup) -> list[str | dict]:
    center = found.center
    name = center.short_name or center.name
    line = copy.FIND_RESULT.format(place=found.place or "お住まい", center=name)
    if found.to_confirm or found.method == "location":
        line += copy.FIND_CONFIRM_PLACE.format(place=found.place)
    said: list[str | dict] = [line]
    if center.phone:
        phone, phone_label, number = center.phone, copy.FIND_CARD_PHONE, center.phone
    else:
        contact = ask_at(turn.session)
        hours = (contact.hours_or_note or "").split(";")[0].strip()
        phone = copy.FIND_ASK_AT_VALUE.format(
            callcenter_name=contact.name, callcenter_phone=contact.phone, callcenter_hours=hours
        )
        phone_label, number = copy.FIND_CARD_ASK_AT, contact.phone
    said.append(
        cards.center_card(
            title=copy.FIND_CARD_TITLE,
            center=center.name,
            area=center.area_raw,
            phone=phone,
            phone_label=phone_label,
            hours=center.hours,
            map_query=center.name,
            number=number,
        )
    )
    return said


def ask_more(found: Lookup) -> dict:
    if found.ask == "chome":
        numbers = sorted({n for option in found.options for n in option.chome})
        items = [message_item(f"{n}丁目", f"{n}丁目") for n in numbers[:13]]
        return quick(text(copy.FIND_ASK_CHOME.format(town=found.town or "")), items)
    if found.ask == "ward":
        return quick(text(copy.FIND_ASK_WARD), [message_item(w, w) for w in copy.WARDS])
    towns = list(dict.fromkeys(o.town for o in found.options if o.town))
    items = [message_item(t, t) for t in towns[:13]] if len(towns) <= 13 else []
    return quick(text(copy.FIND_ASK_TOWN.format(ward=found.ward or "")), items)


def give_up(turn: Turn, via: str) -> Reply:
    contact = ask_at(turn.session)
    turn.deps.record_lookup(
        turn.session, via=via, method=None, result="unknown", destination_id=None, ward=None, at=turn.now
    )
    turn.state.pop("finding", None)
    return aside(turn, copy.FIND_GIVE_UP.format(phone=contact.phone))


def finish(turn: Turn, state: dict, found: Lookup, said: list[str | dict]) -> Reply:
    center = found.center
    turn.deps.record_lookup(
        turn.session,
        via=state["via"],
        method=found.method,
        result=found.kind,
        destination_id=center.id if center else None,
        ward=center.ward if center else None,
        at=turn.now,
    )
    turn.state.pop("finding", None)
    if turn.user.step == "start":
        said.append(copy.FIND_THEN)
    return aside(turn, *said)
