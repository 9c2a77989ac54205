"""The public Triager: one call gives topics, urgency, route and center, from many threads at once."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from nlp.topics import TOPICS
from nlp.triage import Triage, Triager

MESSAGES = [
    "稲毛区小仲台に住む母が最近物忘れがひどくて",
    "父が倒れて意識がない",
    "屋根の点検の業者と契約してしまった",
    "隣から毎晩怒鳴り声がする",
    "50代の息子がひきこもりで、私は80歳です",
    "ケアマネです。訪問診療をしてくれる医療機関を探しています",
    "船橋市で暮らす父の介護について相談させてください",
    "こんにちは",
] * 6


def test_triage_fills_every_field(triager):
    r = triager.triage("稲毛区小仲台に住む母が最近物忘れがひどくて")
    assert isinstance(r, Triage)
    assert r.topics == ["dementia"]
    assert set(r.topic_scores) == set(TOPICS)
    assert r.urgency == "routine" and r.call_number is None
    assert (r.route, r.center_id) == ("center", "konakadai")
    assert r.address is not None and r.address.kind == "center"


def test_an_emergency_says_which_number_to_call(triager):
    r = triager.triage("認知症の父が朝から帰ってこない")
    assert (r.urgency, r.call_number, r.route) == ("emergency", "110", "emergency")
    assert r.urgency_reason


def test_to_dict_is_json_serialisable_with_the_address(triager):
    d = triager.triage("稲毛区小仲台に住む母が倒れて意識がない").to_dict()
    json.dumps(d, ensure_ascii=False)
    assert d["address"]["center_id"] == "konakadai"
    assert d["call_number"] == "119"


def test_topics_are_a_guess_exactly_when_none_of_them_cleared_its_threshold(triager):
    thresholds = triager.model.thresholds
    for text in (
        "父の物忘れのことで、一度話を聞いてほしいです",
        "祖母の右手に力が入らないようで、箸を落としてばかりです",
    ):
        r = triager.triage(text)
        assert r.topics_guessed is (not any(r.topic_scores[t] >= thresholds[t] for t in r.topics))
        assert r.to_dict()["topics_guessed"] is r.topics_guessed


def test_to_dict_carries_the_safety_fields(safe_triager):
    d = safe_triager.triage("父が倒れて意識がない").to_dict()
    assert (d["call"], d["crisis"], d["safety_family"]) == ("119", False, "unresponsive")
    assert d["safety_uncertain"] is False and d["uncertain_call"] is None
    d = safe_triager.triage("母の物忘れが心配です").to_dict()
    assert (d["call"], d["crisis"], d["safety_family"], d["safety_uncertain"]) == (None, False, None, False)


def test_call_is_given_only_with_an_emergency_and_7119_stays_in_call_number(safe_triager):
    r = safe_triager.triage("母が今朝から少し熱があります。明日かかりつけに行けばいいでしょうか")
    assert r.urgency != "emergency" and r.call is None and r.call_number == "#7119"


def test_a_risk_sign_without_certainty_asks_the_safety_question_with_a_number(safe_triager):
    r = safe_triager.triage("一人暮らしの父と連絡がとれません")
    assert r.urgency != "emergency"
    assert r.safety_uncertain and r.uncertain_call == "119"


def test_load_serves_the_committed_safety_model(router):
    assert Triager.load(router).safety is not None


def test_triager_works_without_a_router(topic_model):
    r = Triager(topic_model, None).triage("稲毛区小仲台に住む母が最近物忘れがひどくて")
    assert r.center_id is None and r.address is None and r.route == "center"


def test_load_reads_the_committed_model(router):
    assert Triager.load(router).triage("母の物忘れ").topics[0] == "dementia"


def test_worker_threads_get_the_same_answers_as_one_thread(triager):
    expected = [triager.triage(m).to_dict() for m in MESSAGES]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda m: triager.triage(m).to_dict(), MESSAGES))
    assert got == expected


@pytest.mark.parametrize(
    "text, call",
    [
        ("ソボガ イキナリ タオレテ ウゴカナイ", "119"),  # an old phone's katakana mode
        ("ｵｯﾄｶﾞ ｲｷｦ ｼﾃﾅｲ", "119"),
        ("sofu ga taorete ugokanai", "119"),  # no Japanese keyboard
    ],
)
def test_an_emergency_written_in_katakana_or_romaji_raises_the_alarm(safe_triager, text, call):
    result = safe_triager.triage(text)
    assert result.urgency == "emergency" and result.call == call, result.to_dict()


def test_a_wish_to_die_written_in_romaji_is_a_crisis(safe_triager):
    assert safe_triager.triage("mou ikiteru imi ga nai kiete shimaitai").crisis
