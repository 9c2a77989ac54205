"""CheckList-style tests for the causes behind the look-alikes held-out rounds 7 and 8 raised wrongly.

Each cause is tested as a behaviour in sentences of our own (none is a round-7 or round-8 sentence):
- direction (no alarm): a programme airing it (「〜ってやってて」「事故をやっとって」), the town's loudspeaker,
  a drama's character saying death words; a dialect negation (「出て行ったことはあらしまへん」); someone
  in general in a drill (「倒れた人を起こす練習」); a friend's relative heard of, and the writer watching
  over their own; an animal as the subject is never overruled by the model; prevention as a tip
  (「詰まらせないコツ」); a shock likened to the sign (「息が止まるかと思った」); long-standing said after the
  sign (「昔からこうです」「5年この状態」「いつものことです」「毎晩続いて」); a misunderstanding told (「〜って意味
  でした」); reached at last (「やっと連絡がつきました」); a fear with an example's たり (「飲んだりしないか
  心配」); a condition with てきたら; a kitchen knife for cooking; the neighbours' footsteps; a course of
  medicine finished; death words in a comparison said laughing; the person answers when called;
- invariance: the same without punctuation, with a name, in hiragana where the words allow;
- guards: the same words said as happening now still raise the alarm or the crisis flag.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from nlp.features import analyse
from nlp.safety import SafetyModel
from nlp.triage import Triager
from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import assert_no_emergency_however_written as _no_emergency_however_written
from tests.nlp.checklist import variants, with_name, without_punctuation


def _emergency(text: str, family: str | None = None) -> None:
    """Raised as written, in hiragana, without punctuation and with a name."""
    for kind, variant in variants(text).items():
        result = assess_urgency(variant)
        assert result.urgency == "emergency", (kind, variant, explain(variant))
        if family is not None:
            assert result.family == family, (kind, variant, result.family, explain(variant))


# --- seen or heard in a programme, on the town's loudspeaker, said by a character -------------------

PROGRAMME = (
    "テレビで「手がしびれたら脳梗塞を疑って」ってやってて、父のことが気になりました",
    "テレビでお年寄りが灯油を間違えて飲んだ事故をやっとって、うちも物置を片付けようと思った",
    "防災無線で行方不明のお年寄りの放送が流れると、いつも父のことを考えてしまいます",
)


@pytest.mark.parametrize("text", PROGRAMME)
def test_a_sign_a_programme_or_the_town_loudspeaker_airs_raises_no_alarm(text):
    _no_emergency_however_written(text)


def test_a_drama_character_saying_death_words_is_no_crisis():
    for text in (
        "昨夜の映画で主人公が「死にたい」と泣いていて、父がしんみりしていました",
        "ドラマの登場人物が「消えたい」って言う場面があって。それより母のデイサービスの話です",
    ):
        result = assess_urgency(text)
        assert not result.crisis and result.crisis_dismissed, (text, explain(text))


@pytest.mark.parametrize(
    "text",
    [
        "テレビを見ていたら父のろれつが急に回らなくなりました",
        "テレビを見ていた母が急に右手がしびれると言っています",
    ],
)
def test_a_sign_that_happens_in_front_of_the_television_is_still_an_emergency(text):
    _emergency(text)


def test_a_relative_saying_death_words_after_a_programme_is_still_a_crisis():
    for text in ("ドラマを見ていた母が「死にたい」と言い出しました", "テレビで見て母が「死にたい」って言ってる"):
        assert assess_urgency(text).crisis, (text, explain(text))


# --- a dialect negation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "認知症の父が夕方になると「帰る」言うて玄関に立ちます。まだ出て行ったことはあらしまへん",
        "ぼけてきた祖父が夜に外へ出たがる。出て行ったことはありまへんけど心配で",
    ],
)
def test_never_gone_said_in_kansai_dialect_is_no_missing_person(text):
    _no_emergency_however_written(text)


def test_gone_said_in_kansai_dialect_is_still_a_missing_person():
    _emergency("認知症の父が出て行ったまま戻らへん。どこにもおらへん", "missing_dementia")


# --- someone in general in a drill ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "自治会の集まりで、倒れた人を起こす練習をしました。参加者を増やすにはどうしたら",
        "老人会で意識がない人の確かめ方を習う講座があるそうです",
    ],
)
def test_someone_in_general_in_a_drill_raises_no_alarm(text):
    _no_emergency_however_written(text)


def test_someone_who_collapsed_now_is_still_an_emergency_even_with_a_drill_mentioned():
    _emergency("練習中に父が倒れて動かない", "unresponsive")
    _emergency("倒れた人がいます、助けて", "unresponsive")


# --- someone outside the family, heard of ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "友達のおばあちゃんが庭で倒れてたって聞いて、一人暮らしの祖母の見守りを考えています",
        "知り合いのお母さんがトイレで倒れて見つかったと聞いて、うちの母の対策をしたい",
    ],
)
def test_a_friends_relative_heard_of_and_ones_own_watched_over_raises_no_alarm(text):
    _no_emergency_however_written(text)


@pytest.mark.parametrize(
    "text",
    [
        "母がトイレで倒れてたって聞いて、今向かっています",
        "近所の人から、父が庭で倒れてるって聞きました。見守りのヘルパーさんもいません",
    ],
)
def test_ones_own_relative_heard_to_have_collapsed_is_still_an_emergency(text):
    _emergency(text)


# --- an animal, said in so many words ------------------------------------------------------------------


def test_an_animal_as_the_subject_is_set_aside_firmly():
    result = assess_urgency(
        "うちの猫が三日前から帰ってこない。認知症の父が探しに行くと言って聞かないので今止めています"
    )
    assert result.urgency != "emergency" and result.dismissed and result.firmly_dismissed


@pytest.mark.parametrize(
    "text",
    [
        "飼い犬がいなくなって帰ってこない。認知症のじいちゃんが探しに行くって言うのを今なだめてる",
        "猫が帰ってこない。認知症の祖母が探しに出ようとするのを今とめてる",
    ],
)
def test_a_model_sure_of_an_emergency_does_not_overrule_an_animal_as_the_subject(
    topic_model, router, safety_model, text
):
    # the same model, made sure enough to overrule anything it may overrule: only the safety question
    score = safety_model.scores(analyse(text)).alarm
    assert score > safety_model.thresholds.alarm
    sure = SafetyModel(
        safety_model.vectorizer,
        safety_model.weights,
        replace(safety_model.thresholds, overrule=round(score - 0.01, 4)),
        safety_model.info,
    )
    t = Triager(topic_model, router, sure).triage(text)
    assert t.urgency != "emergency" and t.safety_uncertain, (text, t.urgency_reason)


def test_someone_with_dementia_gone_after_an_animal_is_still_missing():
    _emergency("猫を探しに出た認知症の母が戻らない", "missing_dementia")


# --- prevention as a tip, a shock likened to the sign --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "正月に祖父がお餅を食べるので、のどに詰まらせないコツを教えてください",
        "母にお団子をのどに詰まらせない食べ方ってありますか",
    ],
)
def test_a_tip_for_prevention_raises_no_alarm(text):
    _no_emergency_however_written(text)


def test_choking_now_is_still_an_emergency():
    _emergency("母がお餅をのどに詰まらせて息ができない", "choking")


@pytest.mark.parametrize(
    "text", ["施設の見積もりを見て息が止まるかと思いました", "介護保険料の通知で息止まるかと思った"]
)
def test_a_shock_likened_to_the_breath_stopping_raises_no_alarm(text):
    _no_emergency_however_written(text)


def test_breath_stopped_now_is_still_an_emergency():
    _emergency("さっきから父の息が止まっている", "heart_breathing")
    _emergency("寝ている母の息が止まってるかと思うほど静かで、呼んでも起きない")


# --- long-standing, said after the sign --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "夫は呼んでも返事しません。新聞を読んでいる時は昔からこうなんです",
        "祖母は寝たきりで声をかけても返事はありません。もう3年この状態で、訪問看護が来ています",
        "父はお酒を飲むとろれつが回らない、いつものことです。今日は物忘れの相談です",
    ],
)
def test_a_sign_said_to_be_long_standing_after_it_raises_no_alarm(text):
    _no_emergency_however_written(text)


@pytest.mark.parametrize(
    "text",
    [
        "父が呼んでも返事しない。いつものことではないです",
        "母が倒れて呼んでも返事しない。2時間この状態です",
        "夫のろれつが急に回らなくなった。昔はこんなことなかった",
    ],
)
def test_a_sign_said_to_be_new_or_lasting_hours_is_still_an_emergency(text):
    _emergency(text)


def test_long_standing_after_never_sets_aside_a_missing_person():
    _emergency("認知症の母が出て行ったまま戻らない。毎晩続いていて、今夜もです", "missing_dementia")


def test_an_intruder_seen_every_night_by_someone_with_dementia_is_urgent_not_110():
    text = "認知症の父が夜中に「泥棒がいる」と言う。毎晩続いていて私が眠れない"
    result = assess_urgency(text)
    assert result.urgency == "urgent", (text, explain(text))


# --- a misunderstanding told, reached at last --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "「胸が苦しい」と母が言うので慌てたら、嬉しくて胸がいっぱいって意味でした",
        "3日電話に出なかった母と、さっきやっと連絡がつきました。充電が切れてただけでした",
    ],
)
def test_a_misunderstanding_or_someone_reached_at_last_raises_no_alarm(text):
    _no_emergency_however_written(text)


@pytest.mark.parametrize(
    "text",
    ["「胸が苦しい」と母が言ってうずくまっています", "3日電話に出ない母の家、新聞がたまっている"],
)
def test_the_same_signs_still_happening_are_an_emergency(text):
    _emergency(text)


# --- a fear with たり, a condition with てきたら ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["認知症の父が灯油を飲んだりしないか心配です", "母が漂白剤をなめたりしないか不安"],
)
def test_a_fear_with_an_examples_tari_raises_no_alarm(text):
    _no_emergency_however_written(text)


def test_a_suspicion_that_it_was_swallowed_is_still_an_emergency():
    _emergency("認知症の父が灯油を飲んだかもしれない", "poisoning")


@pytest.mark.parametrize(
    "text", ["訪問販売の人が押しかけてきたら、一人暮らしの祖母はどうすれば", "変な業者が家に押しかけてきたらどう断る？"]
)
def test_a_visitor_who_might_come_raises_no_alarm(text):
    _no_emergency_however_written(text)


def test_a_visitor_who_came_and_will_not_leave_is_still_110():
    _emergency("訪問販売の人が押しかけてきて帰らない", "intruder_violence")


# --- a kitchen knife, the neighbours' noise, a course of medicine finished -----------------------------


@pytest.mark.parametrize(
    "text",
    ["祖母が包丁を持って料理をするのが危なっかしい", "認知症の母が包丁を持って野菜を切っていて、見ていてハラハラする"],
)
def test_a_kitchen_knife_for_cooking_raises_no_alarm(text):
    _no_emergency_however_written(text)


@pytest.mark.parametrize("text", ["父が包丁を持って暴れている", "兄が包丁を持って母を追いかけてる"])
def test_a_knife_held_against_someone_is_still_110(text):
    _emergency(text, "intruder_violence")


@pytest.mark.parametrize(
    "text",
    [
        "隣の部屋の足音がうるさいと、一人暮らしの父がよく怒っています",
        "上の階の物音が響いて、一人暮らしの母が眠れないそうです",
    ],
)
def test_the_neighbours_noise_raises_no_alarm(text):
    _no_emergency_however_written(text)


def test_footsteps_in_the_house_of_someone_alone_are_still_110():
    _emergency("夜中に家の中で足音がして、一人なので怖いです", "intruder_violence")


@pytest.mark.parametrize(
    "text",
    ["母が処方された薬を全部飲み終わったので、次の受診の付き添いをお願いしたい", "父の薬をぜんぶ飲み終わりました"],
)
def test_a_course_of_medicine_finished_raises_no_alarm(text):
    _no_emergency_however_written(text)


@pytest.mark.parametrize("text", ["父が薬を全部飲んでしまった", "母が睡眠薬をまとめて飲んだみたい"])
def test_far_too_much_medicine_is_still_an_emergency(text):
    _emergency(text)


# --- death words in a comparison said laughing ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "祖父が「リハビリするくらいなら死んだほうがマシ」って笑ってました",
        "母が「あんな薄味のご飯なんか食べるくらいなら死んだほうがまし」と笑っていた",
    ],
)
def test_death_words_in_a_comparison_said_laughing_are_no_crisis(text):
    for kind, variant in variants(text).items():
        if kind in ("as written", "hiragana", "with a name"):
            assert not assess_urgency(variant).crisis, (kind, variant, explain(variant))


@pytest.mark.parametrize(
    "text",
    [
        "祖父が「リハビリするくらいなら死んだほうがマシ」って言ってます",
        "母が「死んだほうがマシ」って毎日言う",
        "施設に入るくらいなら死んだほうがましだと父が泣いている",
    ],
)
def test_death_words_without_the_laugh_are_still_a_crisis(text):
    assert assess_urgency(text).crisis, (text, explain(text))


# --- the person answers when called ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "祖母が最近昼間ずっとうとうとしている。呼べばすぐ起きて返事するけど、寝すぎ？",
        "父がソファで寝てる。さっき声かけたら「なんだ」ってちゃんと返事した。このまま寝かせていい？",
    ],
)
def test_someone_who_answers_when_called_lets_the_model_alone_only_ask(text):
    for variant in (text, without_punctuation(text), with_name(text)):
        result = assess_urgency(variant)
        assert result.urgency != "emergency" and result.settled, (variant, explain(variant))


def test_answering_when_called_does_not_set_aside_a_sign_a_rule_reads():
    result = assess_urgency("父が急に胸を押さえて苦しんでいる。呼べば返事はします")
    assert result.urgency == "emergency" and not result.settled
