"""A thought of death told as past and then said to go on is a crisis now.

「死にたいと思ったことが何度もあります。今もそう思う」 was read as past: the first sentence's
「思ったことがある」 set it aside, though the next says the thought goes on (今も, 今でも, 未だに,
相変わらず). The direction still holds: past and over (「今は元気です」「今は思わない」) is no crisis.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import variants

STILL = (
    "死にたいと思ったことが何度もあります。今もそう思います",
    "昔は死にたいと思ったこともあった。今でもときどきそう思う",
    "以前から消えたいと思っていました。今も時々そう考えてしまいます",
    "若い頃に死のうと思ったことがあって、未だにその気持ちが消えません",
    "介護が始まってから死にたいと思ったことがある。相変わらずです",
)

OVER = (
    "若い頃は死にたいと思ったこともあったが、今は元気です",
    "昔、死にたいと思ったことがある。今は思わない",
    "死にたいと思ったこともありましたが、今でも元気に働いています",
)


@pytest.mark.parametrize("text", [v for t in STILL for v in variants(t).values()])
def test_a_past_thought_of_death_said_to_go_on_is_a_crisis(text):
    result = assess_urgency(text)
    assert result.crisis, (text, explain(text))


@pytest.mark.parametrize("text", OVER)
def test_a_past_thought_of_death_that_is_over_is_no_crisis(text):
    result = assess_urgency(text)
    assert not result.crisis, (text, explain(text))
