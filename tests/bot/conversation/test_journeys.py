"""Scripted resident journeys: each reaches the right center within the message budget (issue 17)."""

from __future__ import annotations

import pytest

from bot.conversation import copy
from tests.bot.conversation.journeys import JOURNEYS, Journey, run, transcript


def test_there_are_at_least_thirty_journeys_that_end_in_a_case():
    assert len([j for j in JOURNEYS if j.destination]) >= 30


# Journeys the merged safety detector lengthens with a safety question (「ふらついて転びそう」 is read as
# a sign of an acute symptom; violence told in the present tense asks about 110): known, listed in
# docs/conversation.md, to be settled with the detector (strict: a fix makes them fail).
# Since the floor of the question's band is chosen on out-of-fold scores (half the lowest score of an
# emergency only the question catches, 0.0991; it was half the alarm threshold), a rule's sign with a
# low score no longer asks: 「祖母が最近ふらついていて…」, 「最近ごはんを食べていないようです」 and
# 「父が最近ふらついて転びそうで心配です」 with the phone typed at the confirmation pass again.
LENGTHENED_BY_THE_DETECTOR = {
    "split-town-named-with-chome",
    "split-town-named-without-chome",
    "neighbour-abuse",
}


def journey_params():
    return [
        pytest.param(j, id=j.id, marks=pytest.mark.xfail(strict=True, reason="the safety question adds a turn"))
        if j.id in LENGTHENED_BY_THE_DETECTOR
        else pytest.param(j, id=j.id)
        for j in JOURNEYS
    ]


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
