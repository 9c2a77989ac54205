"""CheckList-style tests (own sentences): a shop's, a seller's or an office's line that does not answer
(「解約の電話がつながらない」「窓口の電話がつながりません」) is a consumer's trouble, not the urgent wellbeing sign that a
person's phone not answering is; the person's own phone, or a phone with no owner named, still is."""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import without_punctuation


@pytest.mark.parametrize(
    "text",
    [
        "定期便のサプリをやめたいのに、解約の電話がつながらない",
        "通販会社の電話がつながりません。請求書だけ届きます",
        "区役所の窓口の電話がつながらないので、ここで聞きたい",
        "業者の電話がつながらず、工事の代金だけ請求されています",
    ],
)
def test_a_shops_or_an_offices_line_is_no_wellbeing_sign(text: str) -> None:
    for written in (text, without_punctuation(text)):
        assert "wellbeing_signs" not in assess_urgency(written).rule_ids, (written, explain(written))


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの母に電話がつながらない",
        "昨日から父の電話がつながりません",
        "おばあちゃんの家の電話がつながらない",
        "定期便を解約したのに、母の電話がつながらない",
    ],
)
def test_a_persons_phone_that_does_not_answer_stays_a_wellbeing_sign(text: str) -> None:
    result = assess_urgency(text)
    assert result.urgency in ("urgent", "emergency"), (text, explain(text))
