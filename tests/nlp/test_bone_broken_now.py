"""A bone that seems broken now, with no fall told (own sentences): the fall_injury rule reads it as urgent (a safety
question in the conversation). A figure of speech for hard work (骨が折れる), a past or treated fracture, a
hypothetical or prevention is not read."""

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import without_punctuation


@pytest.mark.parametrize(
    "typed",
    [
        "ホームで父の骨が折れているみたい",
        "施設から連絡、母の骨が折れてるかもしれないって",
        "腕の骨が折れてるかも",
        "祖母の足の骨が折れているようです",
        "ほねが おれてる みたい",
        "骨折しているみたいです",
    ],
)
def test_a_bone_that_seems_broken_now_is_urgent(typed):
    for form in (typed, without_punctuation(typed)):
        assert assess_urgency(form).urgency == "urgent"
        assert any(t.rule == "fall_injury" and t.verdict == "urgent" for t in explain(form))


@pytest.mark.parametrize(
    "typed",
    [
        "介護は骨が折れる",
        "父を説得するのに骨が折れた",
        "去年腕の骨が折れた",
        "昔、足の骨が折れたことがある",
        "骨折したみたいで今入院中です",
        "もし骨が折れたらどうしよう",
        "骨が折れないように体操をしたい",
    ],
)
def test_hard_work_a_past_fracture_or_a_hypothetical_is_not_read(typed):
    assert assess_urgency(typed).urgency == "routine"
