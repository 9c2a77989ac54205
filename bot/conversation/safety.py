"""Emergencies and crises in the conversation: the number first, the crisis lines, the count.

The detector (nlp.triage.Triage) decides; this module decides what the resident hears:
- an emergency: 119 or 110 before anything else, then an offer of the center;
- a crisis (someone speaks of wanting to die): warm words, the national crisis lines from the
  verified contacts, and at once an offer of a person at the center; an attempt happening now is
  also an emergency with 119. Never 「役に立ちましたか」. A crisis only the learned detector read
  (no crisis words a rule knows) is followed by the FAQ's sure answer to the worry, if there is one.
Each alarm is counted once per conversation and family, anonymously (workspace.stats).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.conversation import copy
from bot.conversation.faq_answer import answer_from_faq, heard
from bot.conversation.turn import Reply, Turn
from cases.labels import SAFETY_FAMILY_LABELS

if TYPE_CHECKING:
    from nlp.triage import Triage

CRISIS_FAMILIES = ("crisis", "self_harm_now")


def is_crisis(triage: Triage) -> bool:
    return triage.crisis or triage.safety_family in CRISIS_FAMILIES


def emergency_call(triage: Triage) -> str | None:
    call = triage.call or triage.call_number
    return call if call in ("119", "110") else "119"


def alarm_of(turn: Turn, triage: Triage, *, offer: bool = True) -> Reply | None:
    """What to say when a message is an emergency or a crisis, or None when it is neither."""
    crisis = is_crisis(triage)
    emergency = triage.urgency == "emergency"
    if not crisis and not emergency:
        return None
    state = turn.state
    family = triage.safety_family or ("crisis" if crisis and not emergency else None)
    call = emergency_call(triage) if emergency else None
    state["urgency"] = "emergency" if emergency else ("urgent" if state.get("urgency") != "emergency" else "emergency")
    if crisis:
        state["crisis"] = True
    level = "emergency" if emergency else "crisis"
    remember(turn, family, level, call, triage.urgency_reason)
    reply = Reply(first=numbers(call) if call else [], say=heard(turn))
    if crisis:
        reply.say.extend([copy.CRISIS_NOT_ALONE, "\n".join([copy.CRISIS_LINES_INTRO, *crisis_lines(turn)])])
    if offer and crisis and not emergency and triage.safety_by_model_alone:
        # The crisis flag from the learned detector alone (no crisis words a rule knows: 「介護にもう
        # 疲れました」): the warm words and the crisis lines first, then what the worry asked, when the
        # FAQ is sure of it; the urgent offer of a person still follows.
        answered = answer_from_faq(turn, state.get("worry", ""), [])
        if answered is not None:
            reply.say.extend(s for s in answered.say if s not in reply.say)
    if emergency and offer and not crisis:
        # What to do meanwhile, when the FAQ has a sure answer (the missing-person answer, say).
        answered = answer_from_faq(turn, state.get("worry", ""), list(state.get("topics") or []))
        if answered is not None:
            reply.say.extend(s for s in answered.say if s not in reply.say)
    if emergency:
        reply.say.append(copy.EMERGENCY_THEN)
    if offer:
        reply.next = "offer_handoff"
    return reply


def confirmed_emergency(turn: Turn) -> Reply:
    """The resident said a life is in danger now: the number at once."""
    state = turn.state
    call = state.get("uncertain_call") or "119"
    state["urgency"] = "emergency"
    family = (state.get("triage") or {}).get("safety_family")
    remember(turn, family, "emergency", call, "安全確認の質問に「いますぐ危ない」と回答")
    return Reply(first=numbers(call), say=[copy.EMERGENCY_THEN], next="offer_handoff")


def unsure_of_danger(turn: Turn) -> Reply:
    """The resident cannot tell whether a life is in danger: the number first all the same, the case urgent."""
    state = turn.state
    call = state.get("uncertain_call") or "119"
    if state.get("urgency") != "emergency":
        state["urgency"] = "urgent"
    # Where to ask when unsure whether to call an ambulance (said once: the worry's answer may say it too).
    unsure = [copy.EMERGENCY_7119] if call == "119" and state.get("call_number") != "#7119" else []
    return Reply(first=numbers(call), say=unsure)


def numbers(call: str | None) -> list[str]:
    return [copy.EMERGENCY_110] if call == "110" else [copy.EMERGENCY_119]


def crisis_lines(turn: Turn) -> list[str]:
    lines = []
    for contact in turn.deps.directory.crisis_lines(turn.session):
        name = contact.name.split("(")[0].strip()
        hours = (contact.hours_or_note or "").split(";")[0].strip()
        if "時間" in hours:
            lines.append(copy.CRISIS_LINE_HOURS.format(name=name, phone=contact.phone, hours=hours))
        else:
            lines.append(copy.CRISIS_LINE.format(name=name, phone=contact.phone))
    return lines


def label_of(family: str | None, level: str) -> str:
    """The family as staff read it (no resident text: it may go out in a notification)."""
    return SAFETY_FAMILY_LABELS.get(family or level, SAFETY_FAMILY_LABELS[level])


def staff_reason(family: str | None, level: str, reason: str | None) -> str:
    """The line staff read on the case timeline (the detector's reason may quote the message)."""
    return f"{label_of(family, level)}{'：' + reason if reason else ''}"


def remember(turn: Turn, family: str | None, level: str, call: str | None, reason: str | None) -> None:
    """Keep the alarm on the intake (for the case and its staff) and count it once."""
    state = turn.state
    state["safety"] = {
        "family": family,
        "level": level,
        "call": call,
        "label": label_of(family, level),
        "reason": staff_reason(family, level, reason),
    }
    turn.note("safety", state["safety"]["reason"], family=family, level=level, call=call)
    counted = state.setdefault("safety_counted", [])
    key = f"{level}:{family or level}"
    if key not in counted:
        counted.append(key)
        ward = (state.get("address") or {}).get("ward")
        turn.deps.record_safety(turn.session, family=family or level, level=level, at=turn.now, ward=ward)
