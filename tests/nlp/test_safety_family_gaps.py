"""CheckList-style tests for rule vocabulary gaps behind out-of-fold misses (issue 14), and for
abuse heard of or seen in its marks, which asks the safety question instead of calling 110.

- minimum: a rope put up at the end of one's strength, self-harm told as going on, someone in the
  house who frightens the writer (either order, no particles, katakana), an assault going on, an older
  person lost sight of or gone without shoes, a scam call still going on, a trip to the bank with the
  caller's words in the next sentence — each an emergency with its number;
- invariance: the same in hiragana, without punctuation, with a name;
- direction: the same turned into the past, a hypothetical or hearsay raises no alarm.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import to_hiragana, variants, with_name, without_punctuation

NOW = [
    ("もう無理。今、{who}が部屋でロープをかけた", "self_harm_now", "119"),
    ("{who}が自宅で刃物で自傷中と連絡がありました", "self_harm_now", "119"),
    ("だれかいる、家の中、こわい", "intruder_violence", "110"),
    ("家の中に誰かいる。怖くて動けません", "intruder_violence", "110"),
    ("同居の息子が{who}に暴行しています", "intruder_violence", "110"),
    ("{who}を駅まで送ったら、改札の前で見失いました", "missing_dementia", "110"),
    ("{who}が夜中にいなくなりました。靴もはかずに", "missing_dementia", "110"),
    ("詐欺みたいな電話で、{who}がまだ話し中です", "fraud_in_progress", "110"),
    ("{who}が銀行に行きました。メモに「還付金 15時まで」とありました", "fraud_in_progress", "110"),
]
WHO = ("母", "父", "祖母")


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize("template,family,call", NOW)
def test_a_family_sign_in_words_the_rules_missed_is_an_emergency(template, family, call, who):
    text = template.format(who=who)
    r = assess_urgency(text)
    assert (r.urgency, r.family, r.call_number) == ("emergency", family, call), (text, explain(text))


@pytest.mark.parametrize("template,family,call", NOW)
def test_the_same_signs_are_read_however_written(template, family, call):
    text = template.format(who="母")
    for perturb in (to_hiragana, without_punctuation, with_name):
        t = perturb(text)
        r = assess_urgency(t)
        assert (r.urgency, r.call_number) == ("emergency", call), (perturb.__name__, t, explain(t))


NOT_NOW = [
    "先月、母がロープをかけたことがありました。もう無理だと言っていました",
    "もし父がロープをかけたらと思うと、もう無理です",
    "去年、家の中に誰かいる気がして怖かった",
    "昔、父は母に暴行していました",
    "もし母を見失ったらどうしよう",
    "去年、父が夜中に靴もはかずにいなくなったことがあります",
    "先月、母が還付金の電話で銀行に行きました。気づいて止めました",
    "母が銀行に行きました。振込の手数料が高いと怒っています",
    "母は以前、自傷していたことがあります",
]


def test_someone_in_the_house_written_in_katakana_is_read_too():
    text = "ダレカ イエノ ナカニ イル コワイ"
    r = assess_urgency(text)
    assert (r.urgency, r.call_number) == ("emergency", "110"), explain(text)
    assert assess_urgency("キョネン ダレカ イエノ ナカニ イタ キガシテ コワカッタ").urgency != "emergency"


@pytest.mark.parametrize("text", NOT_NOW)
def test_the_same_signs_in_the_past_or_as_a_hypothetical_raise_no_alarm(text):
    assert assess_urgency(text).urgency != "emergency", (text, explain(text))


# --- violence heard of or seen in its marks: urgent abuse, the safety question, not 110 -------------

HEARD_OF = [
    "隣の家のおばあさんが息子に叩かれているようで、腕にあざがあります",
    "隣のおじいさんが家族に殴られているようです",
    "向かいのおばあさんが息子に蹴られてるみたいで、顔にあざがある",
    "母がヘルパーに叩かれているらしいです",
    "近所のおばあさんが嫁に殴られているそうです",
]


@pytest.mark.parametrize("text", HEARD_OF)
def test_violence_heard_of_is_urgent_abuse_with_the_safety_question_not_110(safe_triager, text):
    for kind, t in variants(text).items():
        r = safe_triager.triage(t)
        assert r.urgency == "urgent" and r.call is None, (kind, t, r.to_dict())
        assert r.safety_uncertain and r.uncertain_call == "110", (kind, t, r.to_dict())


@pytest.mark.parametrize(
    "text",
    [
        "隣のおばあさんが今殴られている",
        "隣の家から今も叫び声が聞こえる",
        "父が包丁を持って暴れている",
        "今、母が兄に叩かれています。助けて",
    ],
)
def test_violence_happening_now_still_calls_110_at_once(safe_triager, text):
    r = safe_triager.triage(text)
    assert (r.urgency, r.call) == ("emergency", "110"), (text, r.to_dict())
