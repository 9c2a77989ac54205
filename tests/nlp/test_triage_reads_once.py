"""Triage reads a message typed in katakana once: its hiragana reading is found once, and the learned
detector scores that reading once; the rules' judgements of the message as typed and as read are both
decided on those same scores. A romaji message is still scored both ways (as written and as read)."""

from __future__ import annotations

import pytest

from nlp.safety import SafetyModel, SafetyScores
from nlp.triage import Triager


class CountingSafety(SafetyModel):
    """The committed safety model, noting the text of every reading it scores."""

    def __init__(self, model: SafetyModel):
        super().__init__(model.vectorizer, model.weights, model.thresholds, model.info)
        self.seen: list[str] = []

    def scores(self, doc, columns=None) -> SafetyScores:
        self.seen.append(doc.text)
        return super().scores(doc, columns)


@pytest.fixture(scope="module")
def counting(topic_model, router, safety_model) -> tuple[Triager, CountingSafety]:
    safety = CountingSafety(safety_model)
    return Triager(topic_model, router, safety), safety


# (typed, urgency, call, crisis) as triage decided them before the reading was shared (recorded first).
KATAKANA = [
    ("ハハガ タオレテ ウゴカナイ", "emergency", "119", False),
    ("ｵｯﾄｶﾞ ﾑﾈｶﾞ ｲﾀｲﾄ ｲｯﾃ ｳｽﾞｸﾏｯﾃﾙ", "emergency", "119", False),
    ("ﾀｽｹﾃ ﾁﾁｶﾞ ｵﾌﾛﾃﾞ ｳｺﾞｶﾅｲ", "emergency", "119", False),
    ("ﾀﾞﾚｶ ｲｴﾆ ﾊｲｯﾃｷﾀ ｺﾜｲ", "emergency", "110", False),
    ("ｿﾎﾞｶﾞ ｲｴｶﾗ ｲﾅｸﾅｯﾀ ﾆﾝﾁｼｮｳ", "emergency", "110", False),
    ("モウ シニタイ ツカレタ", "urgent", None, True),
    ("ソフガ シニタイト イウ", "urgent", None, True),
    ("チチガ デイサービスニ イキタガラナイ", "routine", None, False),
    ("ﾊﾊｶﾞ ﾓﾉﾜｽﾚ ﾋﾄﾞｲ ﾄﾞｺﾆ ｿｳﾀﾞﾝ", "routine", None, False),
    # an address the router finds and masks: the model reads the masked text's reading, the rules
    # the whole message's
    ("稲毛区小仲台ノ ハハガ タオレタ", "emergency", "119", False),
    ("中央区中央1丁目 チチガ ヘヤデ タオレテル", "emergency", "119", False),
    ("イナゲクコナカダイノ ハハガ タオレタ", "emergency", "119", False),
]


@pytest.mark.parametrize(("typed", "urgency", "call", "crisis"), KATAKANA)
def test_a_katakana_message_is_decided_as_before(safe_triager, typed, urgency, call, crisis):
    r = safe_triager.triage(typed)
    assert (r.urgency, r.call, r.crisis) == (urgency, call, crisis), r.urgency_reason


@pytest.mark.parametrize("typed", [k[0] for k in KATAKANA])
def test_the_model_scores_a_katakana_message_once_and_decides_as_the_product_does(counting, safe_triager, typed):
    triager, safety = counting
    safety.seen.clear()
    counted = triager.triage(typed)
    assert len(safety.seen) == 1 and not any("\u30a1" <= ch <= "\u30fa" for ch in safety.seen[0])
    assert counted.to_dict() | {"address": None} == safe_triager.triage(typed).to_dict() | {"address": None}


@pytest.mark.parametrize(
    "typed", ["母が倒れて意識がない", "介護保険の申請をしたい", "母ガ 夜中ニ 何度モ 起キテ 困ッテイマス"]
)
def test_an_ordinary_or_kanji_and_katakana_message_is_scored_once(counting, typed):
    triager, safety = counting
    safety.seen.clear()
    triager.triage(typed)
    assert len(safety.seen) == 1


@pytest.mark.parametrize("typed", ["haha ga taorete ugokanai", "sofu ga gohan wo tabenai"])
def test_a_romaji_message_is_still_scored_as_written_and_as_read(counting, typed):
    triager, safety = counting
    safety.seen.clear()
    triager.triage(typed)
    assert len(safety.seen) == 2 and safety.seen[0] == typed
    assert not any(ch.isascii() and ch.isalpha() for ch in safety.seen[1])
