"""The topic model: one clear message per topic, `other` alone, and visible low confidence."""

from __future__ import annotations

import pytest

from nlp.features import analyse
from nlp.topics import OTHER, TOPICS, decide_topics

CLEAR = [
    ("父が同じことを何度も聞いてくるようになり、物忘れがひどくなりました", "dementia"),
    ("エンディングノートを書いて、葬儀やお墓のことを決めておきたい", "end_of_life"),
    ("母が訪問販売で高い布団を買わされました。解約できますか", "consumer_fraud"),
    ("隣の家でおばあさんが息子に叩かれているようです。虐待ではないかと思います", "abuse"),
    ("認知症の父のお金の管理のために成年後見制度を使いたい", "guardianship"),
    ("要介護認定を受けて、デイサービスとヘルパーを使いたい", "care_services"),
    ("介護予防の体操教室や通いの場に参加したい", "care_prevention"),
    ("退院後に家に来てくれる訪問診療の先生を探しています", "home_medical"),
    ("母の介護に疲れてしまい、仕事との両立も限界です", "caregiver_support"),
    ("一人暮らしの母の見守りをお願いしたい。近所付き合いもありません", "watch_isolation"),
    ("買い物やゴミ出しを手伝ってくれるサービスはありますか", "daily_living"),
    ("居宅介護支援事業所のケアマネです。利用者さんの支援困難事例について相談したい", "professional"),
    ("センターの受付時間を教えてください", "other"),
]


@pytest.mark.parametrize("text,topic", CLEAR)
def test_each_topic_is_recognised_in_a_clear_message(topic_model, text, topic):
    prediction = topic_model.predict(analyse(text))
    assert topic in prediction.topics, prediction


@pytest.mark.parametrize("text,_", CLEAR)
def test_other_never_comes_with_another_topic(topic_model, text, _):
    topics = topic_model.predict(analyse(text)).topics
    assert OTHER not in topics or topics == [OTHER]


def test_two_worries_give_two_topics(topic_model):
    topics = topic_model.predict(analyse("認知症の母が高額な布団を買わされた")).topics
    assert {"consumer_fraud", "dementia"} <= set(topics)


def test_indirect_wording_is_read(topic_model):
    assert "dementia" in topic_model.predict(analyse("同じ話を何度もするんです")).topics
    assert "consumer_fraud" in topic_model.predict(analyse("屋根の点検の業者と契約してしまった")).topics


def test_elderly_hiragana_writing_is_read(topic_model):
    assert "dementia" in topic_model.predict(analyse("さいきん ものわすれが ひどくて こまって います")).topics


def test_a_vague_message_is_not_confident_and_offers_three_candidates(topic_model):
    prediction = topic_model.predict(analyse("父のことで、最近いろいろと心配なことが増えてきました"))
    assert prediction.confident is False
    assert len(prediction.candidates) == 3
    assert OTHER not in prediction.candidates


def test_scores_cover_every_topic(topic_model):
    scores = topic_model.predict(analyse("父の物忘れ")).scores
    assert set(scores) == set(TOPICS)
    assert all(0.0 <= v <= 1.0 for v in scores.values())


def _scores(**high: float) -> dict[str, float]:
    return {t: high.get(t, 0.01) for t in TOPICS}


THRESHOLDS = {t: 0.5 for t in TOPICS}


def test_decide_topics_orders_by_score_and_drops_other_when_a_topic_passes():
    p = decide_topics(_scores(dementia=0.7, care_services=0.9, other=0.8), THRESHOLDS)
    assert p.topics == ["care_services", "dementia"]


def test_decide_topics_falls_back_to_other_when_nothing_passes_and_other_leads():
    p = decide_topics(_scores(other=0.4, dementia=0.2), THRESHOLDS)
    assert p.topics == ["other"]
    assert p.confident is False


def test_decide_topics_is_not_confident_with_a_near_miss():
    p = decide_topics(_scores(dementia=0.95, home_medical=0.4), THRESHOLDS)
    assert p.topics == ["dementia"]
    assert p.confident is False
    assert p.candidates[:2] == ["dementia", "home_medical"]


def test_decide_topics_is_confident_when_clear():
    p = decide_topics(_scores(dementia=0.95), THRESHOLDS)
    assert p.confident is True


def test_decide_topics_marks_the_best_of_topics_that_all_fell_short_as_guessed():
    p = decide_topics(_scores(abuse=0.16, dementia=0.15, other=0.1), THRESHOLDS)
    assert p.topics == ["abuse"]
    assert p.guessed is True and p.confident is False


def test_decide_topics_does_not_mark_a_topic_over_its_threshold_as_guessed_even_when_not_confident():
    p = decide_topics(_scores(abuse=0.55, dementia=0.4), THRESHOLDS)
    assert p.topics == ["abuse"] and p.confident is False
    assert p.guessed is False


def test_decide_topics_marks_other_as_guessed_only_when_it_fell_short_too():
    assert decide_topics(_scores(other=0.4, dementia=0.2), THRESHOLDS).guessed is True
    assert decide_topics(_scores(other=0.8, dementia=0.2), THRESHOLDS).guessed is False
