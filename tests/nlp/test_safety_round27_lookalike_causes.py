"""CheckList-style tests for the causes behind the look-alikes held-out rounds 26 and 27 raised as emergencies, in
sentences of our own (none is a held-out sentence), each with near-identical guards that must stay emergencies
(recall first).

- a general question: the case then which department, which number or how long to wait (「…時 何科」「…ときって
  救急車？」「…とき、何日待つべき？」), the signs to know (「兆候を教えて」), a difference asked about, a course, research
  for a seminar, signs listed then 「これが…のサインって本当？」, a device or a service meant for the case, the sign
  taken up as a topic with where to go asked (「人の誤飲ってどこに相談」);
- a sign left by a past stroke, said to remain or to go with a care level (a form's 「既往：」「今：」 fields);
- long-standing (「…のは まえから」), a recurring 「…ことある」, answering little (「あんまり返事ない」);
- already dealt with: the poison centre or a doctor said it is fine, sent home without admission;
- a history or an old scar (「リストカット歴」「過去に」「…の跡」);
- the news of an incident (「…を使った事件のニュース」「報道に接し」);
- an earlier message taken back (model alone: settled), a habitual saying of someone well, a pleasure's measure.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency
from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency,
    assert_no_crisis_by_rules,
    assert_no_emergency,
    assert_no_emergency_however_written,
)

# --- a general question ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "息が苦しい時 何科にかかればいい",
        "胸が痛いときって救急車？それとも かかりつけ？",
        "親が電話に出ないとき、何日くらい様子を見るべき？",
        "高齢者の熱中症について、家族が知っておくべき兆候を教えてください",
        "誤嚥と窒息の違いについて教えてください",
        "窒息したときの応急の講習はありますか",
        "卒論で高齢者の転倒や倒れる事故について調べています",
        "ろれつが回らない、手がしびれる、これが脳梗塞のサインって本当？",
        "転んで動けなくなった時に押すペンダントのサービスを申し込みたい",
        "お年寄りの誤飲ってどこに相談するんですか",
    ],
)
def test_general_question_on_the_sign_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "兆候を教えてほしいけど、今、父が急に低体温で震えが止まらない",
        "母が急に胸が苦しいと言ってる。何科？",
        "いま父が息が苦しいとき、救急車？",
        "母の顔がゆがんでろれつが回らない、これが脳卒中のサインって本当？",
        "講習から帰ったら、父が倒れていて呼んでも返事がない",
        "さっき母が漂白剤を誤飲って、どこに相談すれば",
        "父が胸が苦しい時、7119に電話したら救急車を呼べと言われた",
    ],
)
def test_sign_of_one_own_person_now_beside_a_question_still_raises(text: str) -> None:
    assert_emergency(text)


def test_general_question_is_no_emergency_however_written() -> None:
    assert_no_emergency_however_written("胸が苦しいとき何科ですか", kinds=("as written", "no punctuation"))


# --- a sign left by a past stroke ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "祖母は脳梗塞で入院してたけど今は家にいて、ろれつは少し残ってます",
        "本人：母 / 既往：脳出血（3年前） / 今：左半身まひ、要介護4 / 相談：デイサービスを探したい",
    ],
)
def test_sign_left_by_a_past_stroke_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "脳梗塞をやった父が、今朝から急にろれつが回らない。まひも残ってる",
        "既往：脳梗塞 / 今：急に右手が動かない、要介護2",
        "前に脳梗塞で入院した母が、さっき急に顔がゆがんだ",
    ],
)
def test_new_onset_after_a_past_stroke_still_raises(text: str) -> None:
    assert_emergency(text)


# --- long-standing, recurring, answering little --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "さんそ つけてる ちち の こと いきぐるしいのは まえから です",
        "祖母は昼間うとうとしてて呼んでも起きないことあるけど、夜ちゃんと寝ないだけ",
        "父は最近ふさぎこんで、話しかけてもあまり返事しない。話し相手のボランティアはいますか",
    ],
)
def test_long_standing_or_listless_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "いきぐるしいのは さっきから くちびるが むらさき",
        "呼んでも起きないことがあったが、今日は揺すっても全く起きない",
        "さっきから父に話しかけてもあまり反応しない、いびきをかいている",
        "母が急に呼んでもあんまり反応ない",
    ],
)
def test_onset_now_still_raises(text: str) -> None:
    assert_emergency(text)


# --- already dealt with ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "祖父が乾燥剤を口に入れたけど、中毒110番に電話して問題ないとのことでした。今後の保管方法を相談したい",
        "先週：父が胸が痛いと救急車 / 結果：入院せず帰宅 / 質問：運動してもいいか",
    ],
)
def test_already_dealt_with_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "薬局では問題ないと言われたけど、今ぐったりして呼んでも返事がない",
        "母が漂白剤を飲んだ。問題ないか心配",
        "父が胸が痛いと言ってる。入院せず帰宅したのに、また苦しそう",
    ],
)
def test_harm_after_or_without_a_verdict_still_raises(text: str) -> None:
    assert_emergency(text)


# --- a history, an old scar -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "過去に自傷歴のある方の支援について研修を受けたい",
        "祖母の腕にリストカットの痕がある、若い頃のものらしい。どう声をかけたら",
    ],
)
def test_history_or_old_scar_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "娘の手首に新しいリストカットの跡がある",
        "リストカットの跡から血が止まらない",
        "過去にリストカット歴のある母が、今手首を切った",
    ],
)
def test_fresh_or_bleeding_wound_still_raises(text: str) -> None:
    assert_emergency(text)


# --- the news of an incident ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "練炭を使った事故のニュースを見て、実家の父が心配です",
        "高齢者の誤飲事故の報道に接し、祖母の薬の管理を見直したい",
    ],
)
def test_news_of_an_incident_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


def test_means_at_hand_beside_the_news_still_raises() -> None:
    assert_emergency("ニュースを見ていたら、父が部屋で練炭を焚いていた")


# --- model-alone causes: retraction, a habitual saying, a pleasure ------------------------------------------


def test_retraction_settles_the_message() -> None:
    assert assess_urgency("先ほど母がいないと書きましたが、二階で寝ていました。お騒がせしました").settled


def test_retraction_that_is_not_one_does_not_settle() -> None:
    assert not assess_urgency("母がいないと書きましたが、まだ見つかりません").settled
    assert not assess_urgency("父が戻らないと送りましたが、戻ってきません").settled


def test_habitual_saying_of_someone_well_sets_the_crisis_aside() -> None:
    result = assess_urgency("「もう死ぬ〜」が湯上がりの祖父の口癖。本人は元気いっぱい")
    assert result.crisis_dismissed and not result.crisis


def test_habitual_wish_to_die_of_someone_low_is_still_a_crisis() -> None:
    assert_crisis_by_rules("「死にたい」が母の口癖で、最近元気がない")


def test_pleasure_measured_by_death_is_no_crisis() -> None:
    assert_no_crisis_by_rules("温泉が死んでもいいくらい気持ちいいと父がいつも言う", nor_emergency=True)


def test_verdict_then_a_but_still_raises() -> None:
    assert_emergency("母が胸が痛いと言う。大丈夫と言われたけど、まだ痛がっている")


def test_apology_in_advance_is_no_retraction() -> None:
    assert not assess_urgency("お騒がせしてすみません、父が床で寝たまま揺すっても目を覚ましてくれない").settled


@pytest.mark.parametrize(
    "text",
    [
        "研修から帰ったら父が倒れていて動きません",
        "けんしゅうの帰りに寄ったら母が倒れてて返事がない",
        "講座に行ってる間に祖母が倒れていた",
        "研修中に母から電話、息ができないって",
    ],
)
def test_course_the_writer_was_away_at_sets_no_sign_aside(text: str) -> None:
    assert_emergency(text)


def test_course_on_the_sign_is_still_a_general_question() -> None:
    assert_no_emergency("救命講座で倒れた人の対処法を習いたい")
