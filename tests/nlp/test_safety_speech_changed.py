"""Speech or the mouth changed with no word of how suddenly (「少し前から喋りづらそう」「言葉がいつもより出にくい」):
maybe a stroke, not certain — the rules read a risk sign, so the bot asks the safety question with 119. A mouth
hard to use for a reason of its own, a lasting after-effect, a matter hard to talk about: no sign."""

from __future__ import annotations

import pytest

from nlp.safety import RISK_SIGN_RULES
from nlp.urgency import assess_urgency


def speech_sign_read(text: str) -> bool:
    return any(f.rule == "speech_changed" and f.level for f in assess_urgency(text).findings)


@pytest.mark.parametrize(
    "text",
    [
        "母がちょっと前から喋りづらそうにしています",
        "美浜区高洲3丁目に住む父のことです。父が少し前から話しにくそうです",
        "ちち が さっきから しゃべりにくそう",
        "祖母の言葉がいつもより出にくい気がする",
        "夫の口元がなんだか変です",
    ],
)
def test_speech_changed_is_a_risk_sign_with_119(text: str) -> None:
    assert speech_sign_read(text), text
    assert RISK_SIGN_RULES["speech_changed"] == "119"


@pytest.mark.parametrize(
    "text",
    [
        "話しにくい話なんですが、母のお金のことで",
        "話しにくいことですが相談させてください",
        "新しい入れ歯で母が喋りにくいと言っています",
        "父は昔から人前で話しにくいタイプです",
        "父は脳梗塞の後遺症で言葉が出にくいので、訪問をお願いしたい",
        "英語の発音が変だと先生に言われた",
    ],
)
def test_a_mouth_hard_to_use_for_a_reason_of_its_own_is_no_sign(text: str) -> None:
    assert not speech_sign_read(text), text
