"""A sign put down to a stroke had before, just before it in the same sentence (「脳梗塞のあと言葉が出にくい」「脳梗塞を
やってから右手が動かない」), with no word of a sudden onset or of today: what the stroke left, not a new one — for the
stroke emergencies and for `speech_changed` alike, read by one shared reading (nlp/urgency.py `_left_by_a_past_stroke`)
instead of a list of after-effect words in the rule's `unless`. A new onset after a past stroke still raises, and a stroke
named elsewhere in the message no longer silences a change of speech (the bot asks the safety question)."""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency
from tests.nlp.checklist import assert_emergency, assert_no_emergency


def speech_sign_read(text: str) -> bool:
    return any(f.rule == "speech_changed" and f.level for f in assess_urgency(text).findings)


@pytest.mark.parametrize(
    "text",
    [
        "祖父は脳梗塞になってから右手が動かないので、介護ベッドを借りたい",
        "叔母は脳梗塞のあと左足が動かないまま。手すりの工事の補助を知りたい",
        "祖母は脳出血をしてから、ろれつが回りにくいです。話し相手のボランティアはいますか",
        "兄は脳卒中をやって以来、左手がしびれたままです",
    ],
)
def test_a_sign_after_a_stroke_had_before_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父は脳梗塞をやってから言葉が少し出にくいです。デイサービスを探しています",
        "母は脳出血の後、しゃべりにくそうにしています。言語訓練の教室はありますか",
        "夫は脳卒中をして以来、口元がなんだか変です。歯科の訪問はありますか",
        "ちちは のうこうそくの あと ことばが でにくい",
        "父、脳梗塞の後遺症で言葉が出にくい。訪問の相談です",
    ],
)
def test_speech_changed_after_a_stroke_had_before_is_no_sign(text: str) -> None:
    assert not speech_sign_read(text), text
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父は脳梗塞をやってから言葉が出にくかったが、今朝から急に右手が動かない",
        "脳出血のあと元気だった母が、さっき急に顔がゆがんだ",
        "母は脳梗塞のあと、今日は急にろれつが回らない",
        "脳梗塞をしてから半年の父が、いきなり左手に力が入らなくなった",
    ],
)
def test_a_new_onset_after_a_stroke_had_before_still_raises(text: str) -> None:
    assert_emergency(text, family="stroke", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "父は脳梗塞のあと元気だったのに、今日は言葉がいつもより出にくい",
        "母の言葉がいつもより出にくい気がする。脳梗塞の既往があります",
        "脳梗塞の予防について知りたい。最近、夫の口元がなんだか変です",
    ],
)
def test_speech_changed_today_or_beside_a_stroke_named_elsewhere_is_a_sign(text: str) -> None:
    assert speech_sign_read(text), text
