"""What the FAQ index's callers receive for a message that arranges a visit, an appointment or an errand
(knowledge/vocabulary.py `visit_to_arrange`): no answer (`best`), and for the staff preview (`ranked`) the
entries the first stage finds closest, in its order, each at probability 0 — whatever the ranker would
have said of them."""

from __future__ import annotations

import numpy as np
import pytest

from knowledge.evaluate import as_index_items
from knowledge.index import FaqIndex, Tuning
from knowledge.service import load_seed_items
from knowledge.vocabulary import visit_to_arrange

ARRANGED = [
    # an address offered, a visit asked for
    "住所をお伝えしますから、父の様子をどなたか見に行ってもらえませんか",
    "家の場所は分かっています。職員さんに祖母を訪ねていってもらえないでしょうか",
    # a day or an hour named, someone asked to come
    "明日の午前十時ごろ、実家に来ていただけますか。母の介護のことで話したい",
    "来週の水曜 うち 来て ほしい",
    # a task asked to be done ahead
    "区役所に出す書類、そちらで出しておいてもらえますか",
    "ケアマネさんに、デイを週三回にしたいと伝えておいてください",
]
# Look-alikes asked about, not arranged: the ranker decides these as usual.
ASKED = [
    "センターの人に家に来てもらうことはできますか",
    "住所が変わったときの手続きを教えてください",
]


def first_stage_order(index: FaqIndex, text: str, topics: list[str] | None, k: int) -> list[str]:
    scores = index.scores(text, topics)
    return [index.entries[i].slug for i in np.argsort(-scores, kind="stable")[:k]]


@pytest.mark.parametrize("typed", ARRANGED)
def test_a_visit_to_arrange_is_arranged(typed):
    assert visit_to_arrange(typed)


@pytest.mark.parametrize("typed", ASKED)
def test_a_visit_asked_about_is_not(typed):
    assert not visit_to_arrange(typed)


@pytest.mark.parametrize("typed", ARRANGED)
@pytest.mark.parametrize(("topics", "k"), [(None, 1), (["dementia"], 5), ([], 3), (None, 8)])
def test_ranked_gives_the_first_stages_closest_entries_at_probability_zero(seed_index, typed, topics, k):
    ranked = seed_index.ranked(typed, topics, k)
    assert [m.slug for m in ranked] == first_stage_order(seed_index, typed, topics, k)
    assert all(m.score == 0.0 for m in ranked)


@pytest.mark.parametrize("typed", ARRANGED)
def test_a_visit_to_arrange_gets_no_answer(seed_index, typed):
    assert seed_index.best(typed) is None
    assert seed_index.best(typed, ["dementia", "care_services"]) is None


def test_at_a_zero_threshold_the_closest_entry_is_given_at_probability_zero():
    lenient = FaqIndex.build(as_index_items(load_seed_items()), tuning=Tuning(threshold=0.0))
    typed = ARRANGED[0]
    match = lenient.best(typed)
    assert match is not None and match.score == 0.0
    assert match == lenient.ranked(typed, k=1)[0]
    assert match.slug == first_stage_order(lenient, typed, None, 1)[0]


@pytest.mark.parametrize("typed", ASKED)
def test_a_question_about_a_visit_is_still_ranked_by_probability(seed_index, typed):
    ranked = seed_index.ranked(typed, None, 5)
    scores = [m.score for m in ranked]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0.0


@pytest.mark.parametrize("typed", [ARRANGED[2], ASKED[0]])
def test_an_index_without_a_ranker_still_refuses_to_rank_any_message(typed):
    candidates_only = FaqIndex.build(as_index_items(load_seed_items()), default_ranker=False)
    with pytest.raises(RuntimeError, match="no FAQ ranker"):
        candidates_only.ranked(typed)
