"""The ranker's question feature (knowledge.ranker.asks): not knowing where to start telling (「何から話せばいいか
分からない」) is a feeling, not a question, so a long story that ends so is no question for an FAQ entry (round 34
read: a family story ending so was answered by a watch entry); asking where to start (「何から始めればいいですか」)
still is."""

from __future__ import annotations

import pytest

from knowledge.ranker import asks


@pytest.mark.parametrize(
    "text",
    [
        "父は腰が悪く、母はその世話で手いっぱいです。何から話せばいいか分からなくてモヤモヤしてます",
        "どこから話せばいいかわからない",
        "なにから言えばいいのかわかんない",
    ],
)
def test_not_knowing_where_to_start_telling_is_no_question(text):
    assert asks(text) == 0.0


@pytest.mark.parametrize(
    "text",
    ["何から始めればいいですか", "何を準備すればいい", "どこに相談すれば", "なにから手続きすればいいか教えて"],
)
def test_asking_where_to_start_or_what_to_do_is_a_question(text):
    assert asks(text) == 1.0
