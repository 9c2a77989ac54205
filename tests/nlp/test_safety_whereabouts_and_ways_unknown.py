"""「…が分からない」 says two different things: a person's whereabouts not known (「母の居場所が分からない」「祖父の
行方がわからない」) is a missing person, an emergency the rules read; a way of doing something not known
(「認知症の父との話し方が分からない」「薬の飲ませ方がわからない」) is a question of how, which the learned detector
alone must not turn into 110 or 119 (it only asks the safety question). Sentences of our own."""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency
from tests.nlp.checklist import assert_emergency_however_written


@pytest.mark.parametrize(
    "text",
    [
        "母の居場所が分からない",
        "認知症の祖父の行方がわかりません",
        "父の行き先がわからず、夜になりました",
        "祖母の居場所がつかめない。携帯も置いていった",
    ],
)
def test_a_person_whose_whereabouts_are_unknown_is_missing(text: str) -> None:
    assert_emergency_however_written(text, "missing_dementia", call="110")


@pytest.mark.parametrize(
    "text",
    [
        "認知症の父との話し方が分からない",
        "父の薬の飲ませ方がわからない",
        "母への接し方が分からなくて",
        "オムツの替え方がわかりません",
        "介護保険の申請の仕方がわからない",
    ],
)
def test_a_way_of_doing_something_not_known_is_a_question_of_how(text: str) -> None:
    result = assess_urgency(text)
    assert result.urgency != "emergency" and result.settled


@pytest.mark.parametrize(
    "text",
    [
        # the whereabouts (行方) and a person (の方) are not ways of doing
        "祖父の行方が分からない",
        "近所の方もわからないと言っています",
        # a sign a rule reads stands beside a way not known
        "父が倒れて意識がない。救急車の呼び方がわからない",
    ],
)
def test_whereabouts_a_person_or_a_sign_beside_it_are_not_a_question_of_how(text: str) -> None:
    assert not assess_urgency(text).settled


def test_a_sign_beside_a_way_not_known_is_still_an_emergency() -> None:
    assert_emergency_however_written("父が倒れて意識がない。救急車の呼び方がわからない", "unresponsive", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "祖母がノートに「もう死にたい」って何回も書いてるのを見つけた",
        "父が「消えたい」って何度も言うんです",
    ],
)
def test_a_wish_to_die_quoted_and_counted_is_no_question_about_the_word(text: str) -> None:
    result = assess_urgency(text)
    assert result.crisis and not result.crisis_dismissed


def test_a_question_about_the_word_itself_is_still_a_general_question() -> None:
    assert not assess_urgency("「死にたい」って何ですか。授業で出ました").crisis
