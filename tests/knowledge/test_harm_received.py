"""Hurtful words or blows received (own sentences) are never answered with the carer's entry.

abuse-caregiver-at-limit is for the one who fears hurting someone (「つい親にきつく当たってしまう」); a message
telling harm received from someone (「息子にひどいことを言われてつらい」) is told by, or for, the one hurt. The ranker
reads words, not who does what to whom: the entry is vetoed for such a message (vocabulary.ENTRY_VETOES), and a
writer who tells a harsh act of their own too still gets it.
"""

import pytest

from knowledge.vocabulary import harm_received
from tests.nlp.checklist import without_punctuation

CARER_ENTRY = "abuse-caregiver-at-limit"

RECEIVED = [
    "息子にひどいことを言われてつらい",
    "息子にひどいことを言われて、つらいです。",
    "むすこに ひどいこと いわれて つらい",
    "娘からきつい言葉を言われて悲しくなります",
    "嫁に毎日どなられてばかりで",
    "夫にバカにされて情けない",
    "長男から暴言を吐かれています",
    "孫に叩かれたことがある",
    "認知症の母にひどいことを言われてしんどい",
]

NOT_RECEIVED = [
    # the carer's own act
    "母にきつく当たってしまう",
    "介護中につい手が出てしまった",
    "母にひどいこと言ってしまう",
    "息子に責められて、つい母に当たってしまう",
    # words that are no harm
    "ケアマネに虐待になると言われた",
    "医者に認知症と言われてつらい",
    "息子にお金をせびられる",
    # passive and potential forms that hurt no one
    "法事の間、主人をどこかに預けられませんか",
    "民生委員の方から声をかけられました",
    "会社を辞めずに介護を続けられるか不安",
]


@pytest.mark.parametrize("typed", RECEIVED)
def test_harm_received_is_read(typed):
    assert harm_received(typed)
    assert harm_received(without_punctuation(typed))


@pytest.mark.parametrize("typed", NOT_RECEIVED)
def test_an_own_harsh_act_or_harmless_words_are_not_harm_received(typed):
    assert not harm_received(typed)


@pytest.mark.parametrize("typed", RECEIVED)
def test_harm_received_is_never_answered_with_the_carers_entry(seed_index, typed):
    assert all(m.slug != CARER_ENTRY or m.score == 0.0 for m in seed_index.ranked(typed, k=5))
    found = seed_index.best(typed)
    assert found is None or found.slug != CARER_ENTRY


@pytest.mark.parametrize("typed", ["母にきつく当たってしまう", "介護のストレスで親に当たってしまう"])
def test_the_carers_own_act_still_gets_the_carers_entry(seed_index, typed):
    found = seed_index.best(typed)
    assert found is not None and found.slug == CARER_ENTRY


def test_harm_received_beside_an_own_harsh_act_is_not_vetoed(seed_index):
    ranked = seed_index.ranked("息子に責められて、つい母に当たってしまう", k=5)
    assert any(m.slug == CARER_ENTRY and m.score > 0.0 for m in ranked)
