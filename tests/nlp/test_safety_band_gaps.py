"""Two kinds of emergency that only the learned detector's weakest band caught out of fold.

The floor of the safety question where no rule sees a sign is the lowest out-of-fold score of such
an emergency (nlp/README.md, "The model alone"); these two set it at 0.18 and 0.25, where it asks
about one direct FAQ question in eight. Read by the rules, they need no band:
- someone gone, with dementia said in dialect (「わからんようなってんのに」);
- a stranger named as such (不審者) at the house now.
Direction: a stranger seen yesterday, or a question about strangers, raises nothing.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import variants

GONE_WITH_DEMENTIA_IN_DIALECT = (
    "おとうちゃん どっか行ってしもた もう わからんようなってんのに",
    "ばあちゃんがどっか行ってもうた。わからへんようになってるのに",
)
STRANGER_NOW = (
    "家の前に不審者がずっといる",
    "不審者が庭をうろうろしています",
    "玄関の外に不審者がいます。怖い",
)
NOT_NOW = (
    "昨日、家の前に不審者がいたので警察に相談しました",
    "不審者に気をつけるにはどうしたらいいですか",
)


@pytest.mark.parametrize("text", [v for t in GONE_WITH_DEMENTIA_IN_DIALECT for v in variants(t).values()])
def test_someone_gone_with_dementia_said_in_dialect_is_a_missing_person_now(text):
    result = assess_urgency(text)
    assert result.urgency == "emergency" and result.family == "missing_dementia", (text, explain(text))


@pytest.mark.parametrize("text", [v for t in STRANGER_NOW for v in variants(t).values()])
def test_a_stranger_at_the_house_now_is_an_intruder(text):
    result = assess_urgency(text)
    assert result.urgency == "emergency" and result.family == "intruder_violence", (text, explain(text))


@pytest.mark.parametrize("text", NOT_NOW)
def test_a_stranger_seen_before_or_asked_about_raises_nothing(text):
    assert assess_urgency(text).urgency != "emergency", (text, explain(text))
