"""CheckList-style tests for the causes behind the lead's round-14 probes (sentences of our own, not the probes'):

- a long-standing habit or condition told in a clause on the person, in the past (「以前から散歩に出ていた母が」
  「前から散歩が日課だった祖母が」), is the person's, not the sign's: the person gone now is missing_dementia (110),
  however written (hiragana 「はは」 and 「ちち」 name the person too); gone before and where they are now, said in so
  many words (「いまは しせつに いる」), stays quiet;
- someone's words of dying reported (「死ぬって言ってる」「死ぬと言い出した」「死ぬ言うとる」「死にたがってる」) are a
  crisis by rule; a figure of speech, a prognosis, a programme, the past or a general truth is not; and the report
  does not hold back the learned detector's alarm (the words may come with the act);
- a trip to the bank or the post office now is a fraud only with a caller, a scam or cash named; the resident's
  own errand is not.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import assert_crisis_by_rules as _crisis
from tests.nlp.checklist import assert_emergency as _emergency
from tests.nlp.checklist import assert_emergency_however_written as _emergency_however_written
from tests.nlp.checklist import assert_no_emergency as _no_emergency
from tests.nlp.checklist import assert_no_emergency_however_written as _no_emergency_however_written
from tests.nlp.checklist import variants

# --- a habit of the person's told in the past, then gone now ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "以前から夕方に散歩していた父が 昼寝から覚めたらいなくなっていて 近所にもいません",
        "前から散歩が日課だった祖母が 目を離したすきにいなくなってしまいました",
        "以前から物忘れのあった母が 買い物から帰ったらいなくなってて",
        "去年から徘徊が始まった父が 洗濯物を干している間にいなくなった",
        "認知症の母が 台所から戻ったらいなくなっていて どこにもいません",
    ],
)
def test_a_habit_told_in_the_past_in_a_clause_on_the_person_does_not_make_gone_now_habitual(text):
    _emergency_however_written(text, "missing_dementia", call="110")


def test_gone_now_in_dialect_after_a_habit_clause_is_missing_now():
    _emergency("以前から物忘れのあった母が 畑から帰ったら家におらんくなっとって", "missing_dementia", "110")


@pytest.mark.parametrize(
    "text",
    [
        "以前から散歩が好きな父です",
        "前から時々いなくなることがあって心配です",
        "去年いなくなったことがあったけど見つかりました",
        "以前から夕方になると出ていこうとする母のことで相談です",
        "ちちが まえ いなく なった けど いまは しせつ に いる",
        "昔はよく家出していた父も 今は落ち着いています",
    ],
)
def test_a_past_or_habitual_absence_or_a_person_described_raises_no_missing_person(text):
    _no_emergency(text)


def test_a_past_absence_with_the_person_where_they_are_now_raises_nothing_however_written():
    _no_emergency_however_written("父は前にいなくなったけど、今は施設にいます")


# --- spaces for punctuation: the next clause's worry or kana is not the sign's ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ちちが かえって こない えきに いったかも しれない",
        "認知症の母が帰ってこない 駅に行ったのかも",
        "ははが もどって こない でんわも つながらない",
        "祖母が帰ってこない バスに乗ったのではと思う",
    ],
)
def test_a_worry_or_kana_in_the_next_clause_run_on_without_punctuation_does_not_set_the_sign_aside(text):
    _emergency(text, "missing_dementia", "110")


@pytest.mark.parametrize(
    "text",
    ["父が帰ってこないかもしれない", "母が夜に帰ってこないのではと心配で", "父は帰ってこないわけじゃない"],
)
def test_a_worry_or_a_denial_of_the_sign_itself_still_sets_it_aside(text):
    _no_emergency(text)


# --- someone's words of dying, reported ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "祖母が死ぬって言ってます",
        "死ぬって言ってるんです",
        "夫がもう死ぬと言い出しました",
        "死ぬって父がずっと言ってて目が離せません",
        "母が死ぬ死ぬって騒いでいます",
        "主人が死んでやるって言って部屋から出てきません",
    ],
)
def test_someones_words_of_dying_reported_are_a_crisis_by_rule_however_written(text):
    for kind, variant in variants(text).items():
        result = assess_urgency(variant)
        assert result.crisis, (kind, variant, explain(variant))
        assert result.urgency != "emergency", (kind, variant, explain(variant))


@pytest.mark.parametrize(
    "text",
    ["おやじが死ぬ言うとる", "ばあちゃんが死ぬてゆうとるんよ", "母がこの頃死にたがってる", "しぬって ははが いってる"],
)
def test_someones_words_of_dying_in_dialect_or_kana_are_a_crisis(text):
    _crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "死ぬほど疲れたって母が言ってます",
        "死ぬかと思ったと父が言ってました",
        "死ぬまでに一度は海外に行きたいと母が言ってます",
        "暑くて死ぬって祖母が言ってます",
        "昔、母が死ぬって言ってたことがあります",
        "ドラマで主人公が死ぬって言ってた",
        "人はいつか死ぬって父がよく言ってた",
        "医者に父はもうすぐ死ぬって言われました",
        "うちの猫がもうすぐ死ぬって獣医さんが言ってる",
        "母は死ぬとは言ってません",
        "死ぬって言っても過言ではないほど忙しい",
    ],
)
def test_idioms_prognoses_programmes_and_the_past_are_no_crisis(text):
    result = assess_urgency(text)
    assert not result.crisis, (text, explain(text))
    assert result.urgency != "emergency", (text, explain(text))


def test_reported_words_of_dying_do_not_hold_back_the_detectors_alarm():
    # 「死にたい」 alone is a thought without an act (the detector may only ask); reported as said now, the
    # words may come with the act (on the balcony rail), so the rules do not dismiss the detector's alarm.
    reported = assess_urgency("父が今ベランダで死ぬって言ってる")
    assert reported.crisis and not reported.dismissed, explain("父が今ベランダで死ぬって言ってる")
    assert assess_urgency("死にたいと思うことがある").dismissed


# --- a trip to the bank: an errand, or a fraud ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "今から銀行に行って、住所変更のことを聞いてきます",
        "今から郵便局に行って年金の手続きをしてきます",
        "これから信用金庫で通帳の繰り越しをしてきます",
        "いま農協にいます、面談には少し遅れます",
        "今から母を連れて銀行に行って通帳を作り直してきます",
    ],
)
def test_the_residents_own_errand_at_the_bank_now_is_no_fraud(text):
    _no_emergency_however_written(text)


@pytest.mark.parametrize(
    "text",
    [
        "電話で言われて、今から母が銀行にお金をおろしに行くと言っています",
        "孫を名乗る電話があって、今父が郵便局に向かっています",
        "いま祖母がコンビニのATMにいて、電話の人の言う通りに操作しています",
        "還付金があると言われて、今母がATMの前にいます",
    ],
)
def test_sent_to_the_bank_now_by_a_caller_is_fraud_in_progress(text):
    _emergency_however_written(text, "fraud_in_progress", call="110")


def test_reported_words_of_dying_set_the_crisis_flag_by_rule_in_triage(safe_triager):
    for text in ("祖母が死ぬって言ってます", "死ぬって言ってるんです"):
        r = safe_triager.triage(text)
        assert r.crisis and not r.safety_by_model_alone, (text, r.to_dict())
