"""Scripted resident journeys: each reaches the right center within the message budget (issue 17)."""

from __future__ import annotations

import pytest

from bot.conversation import copy
from tests.bot.conversation.journeys import JOURNEYS, Journey, run, transcript


def test_there_are_at_least_thirty_journeys_that_end_in_a_case():
    assert len([j for j in JOURNEYS if j.destination]) >= 30


# The safety question no longer costs a message (its 「いいえ、センターに相談したい」 is the connect
# answer too), so a worry the detector is unsure of keeps its budget. A neighbour's report of abuse
# (「…叩かれているようで、腕にあざがあります」) is heard of, not watched now: an urgent abuse case with the
# abuse heard-line and the safety question, not 110 (nlp/rules/intruder_violence.py).


def journey_params():
    return [pytest.param(j, id=j.id) for j in JOURNEYS]


@pytest.mark.parametrize("journey", journey_params())
def test_journey_reaches_the_right_center_within_its_budget(chat, journey: Journey):
    end = run(chat, journey)
    case = chat.case()
    said = [m.get("text", "") for m in chat.history]
    assert chat.sent <= journey.budget, f"{journey.id}: {chat.sent} messages > {journey.budget}\n" + transcript(chat)
    for sentence in journey.says:
        assert sentence in said, f"{journey.id}: never said {sentence!r}\n" + transcript(chat)
    if journey.destination is None:
        assert end == "ended" and case is None, transcript(chat)
        return
    assert end == "accepted", transcript(chat)
    assert case is not None and case.destination_id == journey.destination, (
        case and case.destination_id,
        transcript(chat),
    )
    assert case.consent_version == copy.CONSENT_VERSION and case.contact_method in ("line", "phone")
    if journey.relation:
        assert case.relation == journey.relation
    if journey.phone:
        assert case.contact_method == "phone" and case.contact_phone == journey.phone
    if journey.urgency:
        assert case.urgency == journey.urgency
    assert chat.user().step == "handed_off"
