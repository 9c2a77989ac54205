"""Handing a conversation to staff, and what happens while staff own the case."""

from __future__ import annotations

from bot.conversation import cards, copy, safety
from bot.conversation.steps import (
    READ_CHARS,
    contact_summary,
    destination_id,
    destination_name,
    max_urgency,
    topics_summary,
)
from bot.conversation.turn import Answer, Reply, Turn
from cases import service as cases


def abuse_told(topics: list[str], *, guessed: bool, chosen: bool = False) -> bool:
    """Abuse is told, not only possible: it is among the topics because the topic model's abuse score cleared
    its threshold, or because the resident chose it. Abuse that came first among topics whose scores all fell
    short (`guessed`) is possible only.

    Possible abuse restricts the case: a case labelled abuse, or a message that may tell of it, is for the staff
    with restricted access. Told abuse also makes the case urgent and brings in the ward's 高齢障害支援課.
    """
    return "abuse" in topics and (chosen or not guessed)


def intake_abuse_told(state: dict) -> bool:
    """Abuse told in the intake. `confident` is True when the resident chose the topic (a button, the topic menu)."""
    guessed = bool((state.get("triage") or {}).get("topics_guessed"))
    return abuse_told(state.get("topics", []), guessed=guessed, chosen=bool(state.get("confident")))


def case_urgency(state: dict) -> str:
    urgency = state.get("urgency", "routine")
    if intake_abuse_told(state) or state.get("crisis"):
        return max_urgency(urgency, "urgent")
    return max_urgency(urgency)


def hand_off(turn: Turn) -> Reply:
    """Create the case for the destination with the whole intake on its timeline; say what happens next."""
    state = turn.state
    directory = turn.deps.directory
    dest_id = destination_id(turn)
    restricted = "abuse" in state.get("topics", [])  # possible abuse (abuse_told)
    told = intake_abuse_told(state)
    oversight = directory.oversight_for(turn.session, dest_id) if told else None
    contact = state.get("contact") or {"method": "line"}
    triage = dict(state.get("triage") or {})
    if state.get("safety"):
        triage["safety"] = state["safety"]
    details = "\n".join(d["text"] for d in state.get("details", []))
    case = cases.create(
        turn.session,
        destination_id=dest_id,
        oversight_destination_id=oversight,
        line_user_id=turn.user.user_id,
        urgency=case_urgency(state),
        topics=state.get("topics", ["other"]),
        route=state.get("route", "center"),
        restricted=restricted,
        abuse_told=told,
        triage=triage,
        summary=(state.get("worry", "") + ("\n" + details if details else ""))[:200],
        relation=state.get("relation"),
        address=state.get("address"),
        contact_method=contact.get("method"),
        contact_phone=contact.get("phone"),
        contact_times=contact.get("times"),
        contact_name=None,
        consent_version=(state.get("consent") or {}).get("version"),
        consent_at=turn.now,
    )
    write_intake(turn, case)
    turn.deps.case_events.case_opened(turn.session, case)

    name = destination_name(turn)
    # The receipt as a Flex card; its altText reads alone (number, topic, center, contact, who).
    receipt = cards.receipt_card(
        number=case.number,
        topics=topics_summary(turn),
        center=name,
        contact=contact_summary(turn),
        who=copy.RELATION_NAMES.get(case.relation or ""),
    )
    say = [receipt, directory.contact_text(turn.session, dest_id)]
    say.append(when_read(turn, dest_id) + (copy.PRIORITY if case.urgency != "routine" else ""))
    if not turn.deps.hours.is_open(turn.now):
        callcenter = directory.city_callcenter(turn.session)
        say.append(copy.MEANWHILE.format(callcenter_name=callcenter.name, callcenter_phone=callcenter.phone))
    say.append(copy.EMERGENCY_REMINDER)
    turn.state = {"case_id": case.id, "greeted": True, "safety_counted": state.get("safety_counted", [])}
    turn.case = case
    return Reply(say=say, next="handed_off")


def write_intake(turn: Turn, case) -> None:
    """The whole intake in the order it happened: the worry, the FAQ answers shown, the choices, consent."""
    for item in turn.state.get("log", []):
        kind, body, data = item["kind"], item["body"], dict(item.get("data") or {})
        if kind == "resident_message":
            cases.add_entry(turn.session, case, kind, body, line_message_id=data.get("id"))
        else:
            cases.add_entry(turn.session, case, kind, body, data=data)


def when_read(turn: Turn, dest_id: str | None) -> str:
    """When staff will read it: a date only from the destination's verified hours."""
    hours = turn.deps.hours
    if hours.is_open(turn.now):
        return copy.WHEN_OPEN
    if turn.deps.directory.hours_verified(turn.session, dest_id):
        return copy.WHEN_CLOSED.format(when=hours.describe_day(hours.next_opening(turn.now)))
    return copy.WHEN_CLOSED_UNKNOWN


def forward_to_staff(turn: Turn, a: Answer) -> Reply:
    """While staff own the case the bot passes messages on, and checks each for danger."""
    case = turn.case or cases.get(turn.session, turn.state.get("case_id"))
    if case is None or not case.is_open:
        from bot.conversation.steps import answer_worry

        turn.reset()
        return answer_worry(turn, a)
    if a.latitude is not None:
        body = f"（位置情報）{a.latitude:.5f}, {a.longitude:.5f}"
    else:
        body = a.typed or "（スタンプ・画像など。内容は保存していません）"
    for message_id, part in a.parts or [(a.message_id, body)]:
        cases.add_entry(turn.session, case, "resident_message", part, line_message_id=message_id)
    turn.case = case
    reply = Reply(say=[copy.FORWARDED])
    if not a.typed:
        turn.deps.case_events.resident_wrote(turn.session, case)
        return reply
    triage = turn.deps.triage(a.typed[:READ_CHARS])
    alarm = safety.alarm_of(turn, triage, offer=False)
    if alarm is None and triage.safety_uncertain:
        # A risk sign nobody is sure of, while staff own the case (no question can be asked): the
        # message goes to them as any other, with the reminder of 119/110; no alarm is raised.
        reply.say.append(copy.EMERGENCY_REMINDER)
    if "abuse" in triage.topics:
        restrict(turn, case, told=abuse_told(triage.topics, guessed=triage.topics_guessed))
    if alarm is not None:
        raise_urgency(turn, case)
        turn.deps.case_events.safety_alert(turn.session, case, turn.state["safety"]["label"])
        turn.state.pop("log", None)
        said = [s for s in alarm.say if s != copy.EMERGENCY_THEN]
        return Reply(first=alarm.first, say=[*said, copy.FORWARDED_URGENT])
    turn.deps.case_events.resident_wrote(turn.session, case)
    return reply


def raise_urgency(turn: Turn, case) -> None:
    """The case becomes as urgent as the alarm; the reason goes on its timeline."""
    safety_state = turn.state["safety"]
    urgency = "emergency" if safety_state["level"] == "emergency" else "urgent"
    case.urgency = max_urgency(case.urgency, urgency)
    cases.add_entry(turn.session, case, "safety", safety_state["reason"], data=dict(safety_state))


def restrict(turn: Turn, case, *, told: bool) -> None:
    """Abuse after the handoff, by the intake's rule (abuse_told): possible abuse restricts the case; told
    abuse makes it what abuse told at intake makes it (labelled abuse, urgent, the ward's oversight), also
    when the intake restricted it for possible abuse only. A case that already is so is left as it is."""
    if told:
        if case.abuse_told:
            return
        case.abuse_told = True
        case.topics = [*case.topics, "abuse"] if "abuse" not in case.topics else case.topics
        case.urgency = max_urgency(case.urgency, "urgent")
        case.oversight_destination_id = case.oversight_destination_id or turn.deps.directory.oversight_for(
            turn.session, case.destination_id
        )
    elif case.restricted:
        return
    case.restricted = True
    cases.add_entry(
        turn.session, case, "safety", "虐待の可能性がある内容のため、閲覧を制限しました", data={"restricted": True}
    )
    turn.deps.case_events.case_restricted(turn.session, case)
