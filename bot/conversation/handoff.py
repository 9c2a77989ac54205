"""Handing a conversation to staff, and what happens while staff own the case."""

from __future__ import annotations

from bot.conversation import copy
from bot.conversation.cards import receipt_card
from bot.conversation.steps import contact_summary, destination_id, destination_name, say_emergency
from bot.conversation.turn import Answer, Turn
from workspace.cases import flows
from workspace.cases import service as cases

URGENCY_ORDER = {"routine": 0, "urgent": 1, "emergency": 2}


def case_urgency(state: dict) -> str:
    urgency = state.get("urgency", "routine")
    if "abuse" in state.get("topics", []) and URGENCY_ORDER[urgency] < URGENCY_ORDER["urgent"]:
        return "urgent"
    return urgency


def hand_off(turn: Turn) -> None:
    """Create the case for the destination, tell the resident what happens next."""
    state = turn.state
    directory = turn.deps.directory
    dest_id = destination_id(turn)
    restricted = "abuse" in state.get("topics", [])
    contact = state.get("contact") or {"method": "line"}
    case = cases.create(
        turn.session,
        destination_id=dest_id,
        oversight_destination_id=directory.oversight_for(turn.session, dest_id) if restricted else None,
        line_user_id=turn.user.user_id,
        urgency=case_urgency(state),
        topics=state.get("topics", ["other"]),
        route=state.get("route", "center"),
        restricted=restricted,
        triage=state.get("triage", {}),
        summary=state.get("worry", "")[:200],
        relation=state.get("relation"),
        address=state.get("address"),
        contact_method=contact.get("method"),
        contact_phone=contact.get("phone"),
        contact_times=contact.get("times"),
        contact_name=state.get("name"),
        consent_version=(state.get("consent") or {}).get("version"),
        consent_at=turn.now,
    )
    cases.add_entry(turn.session, case, "consent", copy.ASK_CONSENT.format(destination=destination_name(turn)),
                    data=state.get("consent") or {})
    for message in state.get("messages", []):
        cases.add_entry(turn.session, case, "resident_message", message["text"], line_message_id=message.get("id"))
    flows.case_opened(turn.session, case, base_url=turn.deps.workspace_url)

    name = destination_name(turn)
    # cards: the receipt as a Flex card (its altText reads alone: number, topic, center, contact, who).
    turn.out.append(receipt_card(number=case.number, topics="・".join(copy.TOPIC_NAMES.get(t, t) for t in case.topics),
                                 center=name, contact=contact_summary(turn), who=copy.RELATION_NAMES.get(case.relation)))
    turn.say(directory.contact_text(turn.session, dest_id))
    hours = turn.deps.hours
    if hours.is_open(turn.now):
        when = copy.WHEN_OPEN
    else:
        when = copy.WHEN_CLOSED.format(when=hours.describe_day(hours.next_opening(turn.now)))
    turn.say(when + (copy.PRIORITY if case.urgency != "routine" else ""))
    turn.say(copy.EMERGENCY_REMINDER)
    turn.state = {"case_id": case.id, "greeted": True}
    turn.user.step = "handed_off"
    turn.user.state_version += 1
    turn.case = case


def forward_to_staff(turn: Turn, a: Answer) -> None:
    """While staff own the case the bot only passes messages on (and still warns of emergencies)."""
    case = turn.case or cases.get(turn.session, turn.state.get("case_id"))
    if case is None or not case.is_open:
        from bot.conversation.steps import answer_worry

        turn.reset()
        answer_worry(turn, a)
        return
    if a.latitude is not None:
        body = f"（位置情報）{a.latitude:.5f}, {a.longitude:.5f}"
    else:
        body = a.typed or "（スタンプ・画像など。内容は保存していません）"
    for message_id, part in a.parts or [(a.message_id, body)]:
        cases.add_entry(turn.session, case, "resident_message", part, line_message_id=message_id)
    flows.resident_wrote(turn.session, case, base_url=turn.deps.workspace_url)
    if a.typed:
        urgency = turn.deps.urgency(a.typed[:1000])
        if urgency.urgency == "emergency":
            say_emergency(turn, urgency.call_number)
    turn.say(copy.FORWARDED)
    turn.case = case
