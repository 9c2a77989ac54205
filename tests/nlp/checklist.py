"""Perturbations for CheckList-style behaviour tests: the same message as residents also write it."""

from __future__ import annotations

import re

import jaconv

# every word in hiragana from its reading, as older writers and voice input leave them
from nlp.safety import SafetyScores, Thresholds, decide_safety
from nlp.safety_train import hiragana_rendering as to_hiragana
from nlp.tokens import tokenize
from nlp.urgency import assess_urgency, explain

_PUNCTUATION = re.compile(r"[、。,.!?！？「」『』・…\s]")


def to_katakana(text: str, *, half_width: bool = False, wo_as_o: bool = False) -> str:
    """Every word in katakana from its reading, a space for punctuation, as an old phone's katakana mode sends it
    (half-width ｶﾀｶﾅ when asked; with オ typed for ヲ when asked, as many do where ヲ is out of reach)."""
    words = []
    for t in tokenize(text):
        if t.pos[0] in ("補助記号", "空白"):
            words.append(" ")
        elif t.reading and t.reading != "キゴウ":
            words.append(t.reading)
        else:
            words.append(t.surface)
    katakana = " ".join("".join(words).split())
    if wo_as_o:
        katakana = katakana.replace("ヲ", "オ")
    return str(jaconv.z2h(katakana, kana=True, digit=False, ascii=False)) if half_width else katakana


def without_punctuation(text: str) -> str:
    """Voice input: no punctuation at all."""
    return _PUNCTUATION.sub(" ", text).strip()


def with_name(text: str) -> str:
    return "山田と申します。" + text


def variants(text: str) -> dict[str, str]:
    return {
        "as written": text,
        "hiragana": to_hiragana(text),
        "no punctuation": without_punctuation(text),
        "with a name": with_name(text),
    }


def assert_emergency(text: str, family: str | None = None, call: str | None = None) -> None:
    """The rules raise an emergency (of that family, with that number) on `text`."""
    result = assess_urgency(text)
    assert result.urgency == "emergency", (text, explain(text))
    if family is not None:
        assert result.family == family, (text, result.family, explain(text))
    if call is not None:
        assert result.call_number == call, (text, result.call_number, explain(text))


def assert_no_emergency(text: str) -> None:
    """The rules raise no emergency on `text` (the safety question may still be asked)."""
    result = assess_urgency(text)
    assert result.urgency != "emergency", (text, result.reason, explain(text))


ALL_KINDS = ("as written", "hiragana", "no punctuation", "with a name")


def assert_emergency_however_written(
    text: str, family: str | None = None, *, call: str | None = None, kinds: tuple[str, ...] = ALL_KINDS
) -> None:
    """The rules raise an emergency on every variant of `text` named in `kinds` (of that family, that number)."""
    for kind, variant in variants(text).items():
        if kind in kinds:
            result = assess_urgency(variant)
            assert result.urgency == "emergency", (kind, variant, explain(variant))
            if family is not None:
                assert result.family == family, (kind, variant, result.family, explain(variant))
            if call is not None:
                assert result.call_number == call, (kind, variant, result.call_number)


def assert_no_emergency_however_written(text: str, kinds: tuple[str, ...] = ALL_KINDS) -> None:
    """The rules raise no emergency on any variant of `text` named in `kinds`."""
    for kind, variant in variants(text).items():
        if kind in kinds:
            result = assess_urgency(variant)
            assert result.urgency != "emergency", (kind, variant, result.reason, explain(variant))


def assert_crisis_by_rules(text: str) -> None:
    """The readable rules alone read a wish to die in the text."""
    assert assess_urgency(text).crisis, (text, explain(text))


def assert_no_crisis_by_rules(text: str, *, nor_emergency: bool = False) -> None:
    """The readable rules alone read no wish to die (and, when asked, no emergency either)."""
    result = assess_urgency(text)
    assert not result.crisis, (text, result.reason, explain(text))
    if nor_emergency:
        assert result.urgency != "emergency", (text, explain(text))


# The learned detector sure of an alarm (0.9) that no rule raised, against thresholds well under that score.
_MODEL_SURE = SafetyScores(alarm=0.9, crisis=0.0, family="unresponsive", family_probability=1.0)
_THRESHOLDS = Thresholds(alarm=0.3, crisis=0.3, uncertain=0.1, alone=0.2)


def assert_settled_so_the_model_alone_only_asks(text: str) -> None:
    """No rule alarm and the message says it is over, settled or not now: a sure model alone only asks the question."""
    result = assess_urgency(text)
    assert result.urgency != "emergency" and result.settled, (text, explain(text))
    decision = decide_safety(result, _MODEL_SURE, _THRESHOLDS)
    assert decision.urgency != "emergency" and decision.uncertain, decision


def assert_unsettled_so_the_model_alone_alarms(text: str) -> None:
    """The message does not say it is over: a sure model alone still raises the alarm."""
    result = assess_urgency(text)
    assert not result.settled, (text, explain(text))
    assert decide_safety(result, _MODEL_SURE, _THRESHOLDS).urgency == "emergency", text
