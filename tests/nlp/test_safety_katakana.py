"""Messages typed in katakana (an old phone's katakana mode, half-width ｶﾀｶﾅ, kanji with katakana okurigana):
the learned safety detector reads them only in their hiragana reading, in triage and in training alike
(nlp/safety.py `safety_text`), so the katakana script itself raises nothing; and オ typed for ヲ reads as を
(core/text.py), so the rules read 「ﾁｵﾊｲﾀ」 as 血を吐いた. Sentences are our own (issue 14)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from core.text import kana_reading
from nlp.safety import SafetyScores, Thresholds, safety_text
from nlp.safety_eval import SafetyGold
from nlp.safety_train import SafetyExample, SafetyTrainConfig, load_examples, train_safety_model
from nlp.triage import Triager
from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import to_katakana

# Emergencies as residents write them; typed in katakana with オ for ヲ, the rules raise them on the reading.
EMERGENCIES = [
    ("祖父が急に血を吐いて、洗面器に黒いのがたくさん", "119"),
    ("父が薬を全部飲んで起きない", "119"),
    ("祖母が頭を打って、血が止まらない", "119"),
    ("父が倒れて息をしていない", "119"),
    ("夫が意識を失って倒れた", "119"),
    ("父がハサミで手首を切った、血が止まらない", "119"),
    ("ストーブの火をつけたまま母が倒れてる", "119"),
]


@pytest.mark.parametrize("half_width", [False, True], ids=["full-width", "half-width"])
@pytest.mark.parametrize("text, call", EMERGENCIES)
def test_an_emergency_typed_in_katakana_with_o_for_wo_is_raised_by_the_rules(text, call, half_width):
    typed = to_katakana(text, half_width=half_width, wo_as_o=True)
    reading = kana_reading(typed)
    assert reading is not None and "を" in reading, (typed, reading)
    result = assess_urgency(reading)
    assert result.urgency == "emergency" and result.call_number == call, (typed, reading, explain(reading))


def test_blood_vomited_typed_with_o_for_wo_is_119_by_the_rules_alone(triager):
    # 「ﾁｵﾊｲﾀ」 (血を吐いた) with nothing else alarming: only the を reading makes it a sign.
    for typed in ("ｿﾌｶﾞ ﾁｵﾊｲﾀ ｸﾛｲﾉｶﾞ ｲｯﾊﾟｲ", "オットガ チオ ハイタ ドウシヨウ"):
        result = triager.triage(typed)
        assert result.urgency == "emergency" and result.call == "119", result.to_dict()


# Everyday worries typed in katakana: their hiragana reading is routine, and so must they be.
LOOKALIKES = [
    "チチガサイキンモノワスレガヒドイ",  # issue 14
    "身ニ覚エノナイ請求ハガキガ来マシタ",  # issue 14
    "ハハガ サイキン アシガ ヨワクナッテ ツエヲ ツイテイマス",
    "ﾊﾊｶﾞ ｸｽﾘｵ ﾉﾝﾀﾞｶ ｽｸﾞ ﾜｽﾚﾙ",
    "ｿﾌｶﾞ ﾅﾝﾄﾞﾓ ｵﾅｼﾞｺﾄｦ ｷｸ",
    "ハハガ ヒトリデ オフロニ ハイレナク ナリマシタ",
    "母ガ 夜中ニ 何度モ 起キテ 困ッテイマス",
    "ｷｮﾈﾝ ﾁﾁｶﾞ ﾀｵﾚﾃ ﾆｭｳｲﾝｼﾏｼﾀ ｲﾏﾊ ｹﾞﾝｷﾃﾞｽ",
]


@pytest.mark.parametrize("typed", LOOKALIKES)
def test_an_everyday_worry_typed_in_katakana_raises_no_alarm_or_crisis(safe_triager, typed):
    result = safe_triager.triage(typed)
    assert result.urgency != "emergency" and not result.crisis, result.to_dict()


@dataclass
class RecordingSafety:
    """A learned detector that notes the text of every message it scores."""

    seen: list[str] = field(default_factory=list)
    thresholds: Thresholds = Thresholds(alarm=0.9, crisis=0.9, uncertain=0.8, alone=0.8)

    def scores(self, doc, columns=None) -> SafetyScores:
        self.seen.append(doc.text)
        return SafetyScores(alarm=0.0, crisis=0.0, family="stroke", family_probability=1.0)


def test_triage_gives_the_model_only_the_hiragana_reading_of_a_katakana_message(topic_model, router):
    safety = RecordingSafety()
    Triager(topic_model, router, safety).triage("ﾁﾁｶﾞ ｻｲｷﾝ ﾓﾉﾜｽﾚｶﾞ ﾋﾄﾞｲ")  # type: ignore[arg-type]
    assert safety.seen and all(text == safety_text("ﾁﾁｶﾞ ｻｲｷﾝ ﾓﾉﾜｽﾚｶﾞ ﾋﾄﾞｲ") for text in safety.seen)
    assert all("ちち" in text for text in safety.seen)


def test_triage_gives_the_model_a_romaji_message_as_written_and_in_its_reading(topic_model, router):
    safety = RecordingSafety()
    Triager(topic_model, router, safety).triage("chichi ga taorete iki wo shite inai")  # type: ignore[arg-type]
    assert len(safety.seen) == 2 and any("chichi" in text for text in safety.seen)
    assert any("ちち が たおれて" in text for text in safety.seen)


def test_triage_gives_the_model_english_only_as_written(topic_model, router):
    # English has no romaji reading (core/text.py `romaji_reading`): its "reading" was nonsense.
    safety = RecordingSafety()
    Triager(topic_model, router, safety).triage("my father collapsed and is not breathing")  # type: ignore[arg-type]
    assert safety.seen == ["my father collapsed and is not breathing"]


def test_training_reads_a_katakana_message_in_its_hiragana_reading_as_triage_does():
    examples, _, _ = load_examples()
    katakana = [e for e in examples if safety_text(e.gold.text) != e.gold.text]
    assert len(katakana) >= 20
    own = [
        SafetyExample(SafetyGold(f"k{i}", text, None, None, False, None), False, False)
        for i, text in enumerate(["ﾁﾁｶﾞ ｻｲｷﾝ ﾓﾉﾜｽﾚｶﾞ ﾋﾄﾞｲ", "チチガ デイサービスニ イキタガラナイ"])
    ]
    model, _ = train_safety_model(katakana + own + examples[::20], SafetyTrainConfig(folds=2))
    names = model.vectorizer.feature_names()
    assert "c:ちちが" in names  # from the readings
    assert not any(name.startswith("c:") and "チチガ" in name for name in names)
