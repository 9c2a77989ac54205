"""CheckList-style tests: a break-in read through the verb's ending and the time it is told of.

- The intruder rules' match runs through the verb's ending (入られた, 入ってくる, 侵入される), so what follows the
  verb is read: prevention (「…のを防ぐには」), the news (「…って言ってた」), a dream, a kind of incident (「…事件が
  多い」), a report already made to the police (「警察に届けました」) raise nothing.
- A time of day qualified by a past day (昨日の夜, 先週の夜中, おとといの晩, ゆうべ) is that day's, not now: a break-in
  told of it in the past tense raises nothing.
- Must still fire: someone coming in now, the writer hiding, help asked for.
- Invariance: the same in hiragana, without punctuation and with a name, where the words allow.
- The ending is not taken where the reading needs it (「入っても」「入ると」「入ってきたら」: a condition).
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import assert_emergency_however_written, assert_no_emergency_however_written

# --- must not fire: look-alikes read after the verb ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "勝手口から侵入されるのを防ぐにはどうしたらいいですか",
        "家に泥棒に入られるのを防ぎたい",
        "ニュースで隣町の家に強盗が入ったって言ってた",
        "実家に泥棒が入ってくる夢を見て、目が覚めた",
        "玄関のドアをこじ開けて押し入る事件が増えているそうです",
        "旅行中に実家が泥棒に入られていた。警察にはもう届けました",
    ],
)
def test_prevention_news_dream_incident_or_a_report_made_raise_no_break_in(text):
    assert_no_emergency_however_written(text, kinds=("as written", "no punctuation", "with a name"))


@pytest.mark.parametrize(
    "text",
    [
        "昨日の夜、実家に泥棒に入られた",
        "先週の夜中に祖母の家に泥棒が入った",
        "おとといの晩、うちに強盗が入りました",
        "ゆうべ母の家に泥棒が入った",
    ],
)
def test_a_break_in_told_of_a_past_night_in_the_past_tense_raises_nothing(text):
    assert_no_emergency_however_written(text)


@pytest.mark.parametrize(
    "text",
    [
        "泥棒が入ってきたらどうしよう",
        "家に泥棒が入ると困るので鍵を替えたい",
        "「家に泥棒が入っても盗るものがない」と父は笑う",
    ],
)
def test_a_condition_after_the_verb_is_still_read_as_a_condition(text):
    assert_no_emergency_however_written(text, kinds=("as written", "with a name"))


# --- must still fire ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "今、泥棒に入られてる、隠れてる",
        "今、家に泥棒が入ってきた、助けて",
        "家に強盗が入ってきた",
        "いま知らない男が家に入ってきた",
    ],
)
def test_a_break_in_now_still_calls_110(text):
    assert_emergency_however_written(text, "intruder_violence", call="110")


@pytest.mark.parametrize(
    "text",
    [
        "昨日の夜から家の前に不審者がいる",
        "昨日の夜、知らない男が家に入ってきて、まだ居座ってる",
    ],
)
def test_a_past_night_that_runs_on_to_now_still_calls_110(text):
    assert_emergency_however_written(text, "intruder_violence", call="110", kinds=("as written", "with a name"))


def test_the_match_runs_through_the_verb_ending():
    # direction: the tail after the verb is what the context reading sees
    matched = [t.matched for t in explain("家の窓を割って侵入されるのを防ぐには")]
    assert "侵入される" in matched, matched


def test_a_past_day_night_does_not_set_aside_a_sign_told_on_to_now_in_another_clause():
    # a medical sign: 「昨日の夜は…が、…倒れたままでした」 is still an emergency
    text = "昨日の夜は電話に出たのですが、今朝見に行ったら床に倒れたままで動かない"
    assert assess_urgency(text).urgency == "emergency", explain(text)
