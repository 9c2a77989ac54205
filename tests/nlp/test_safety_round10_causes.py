"""CheckList-style tests for the causes behind held-out round 10's misses and raised look-alikes.

Each cause is tested as a behaviour over several people and phrasings of our own (none is a round-10
sentence):
- minimum: older words for a stroke's palsy (中気, 中風, 「半身が利かぬ」, 「にわかに」); the writer's
  spouse in hospital is no sign that the one with the signs was treated; rat poison (殺鼠剤, 猫いらず)
  and 「食うた」; 「もしかしたら」 is a hedge, not an "if"; an apology said first (「お騒がせしてすみません」)
  is no all-clear; a past word inside a clause on a person (「以前工事をした業者の男が…居座っています」);
  a torch moving inside the home of someone alone or away; standing on the far side of a railing; a
  household poison swallowed with words of death, still an attempt when the person is calm now;
  「…時がある」 is how often, not a condition; pills saved up with a written wish to die;
- invariance: the same in hiragana, without punctuation, with a name;
- direction: signs to be taught beforehand, a programme saying it, a noun sign then 「が…なくなったら」,
  settled down now (「治まって」), words stuck in the throat, a neighbour in the same building heard of,
  no answer explained by deafness, a fear of mistaking a poison for a drink, a kind of accident said to
  happen, told where they are (「遅くなると連絡があった」), a fear after medicine handed over — no alarm
  (at most the safety question); and the same words said as happening now still raise it.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import assert_emergency as _emergency
from tests.nlp.checklist import assert_emergency_however_written as _emergency_however_written
from tests.nlp.checklist import assert_no_emergency as _no_emergency
from tests.nlp.checklist import variants

WHO = ("母", "父", "祖母", "おじいちゃん")


# --- stroke: older words, 「にわかに」 --------------------------------------------------------------


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize(
    "template",
    [
        "{who}がにわかに半身が利かなくなった",
        "{who}が今朝から中気のようで、右半身が利かぬ",
        "さっき{who}が中風みたいになりました",
    ],
)
def test_older_words_for_a_stroke_palsy_are_an_emergency(template, who):
    _emergency(template.format(who=who), "stroke")


def test_half_the_body_not_obeying_is_an_emergency_however_written():
    _emergency_however_written("父がにわかに半身が利かなくなった", "stroke")


def test_a_stroke_palsy_long_ago_is_no_alarm():
    _no_emergency("祖父は十年前に中気を患って、半身が利かない")


# --- stroke: someone else in hospital is no sign of treatment ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "八十八歳です。さっきから右の手足がしびれて動かせません。妻は入院中で一人です",
        "さっきから母の左の手足がしびれて動かない。父は入院中でひとりなんです",
    ],
)
def test_someone_elses_stay_in_hospital_does_not_settle_the_signs(text):
    _emergency(text, "stroke")


def test_the_patient_in_hospital_now_is_no_alarm():
    _no_emergency("父が右の手足がしびれて倒れ、今は入院中です")


# --- poisoning: rat poison, 食うた ---------------------------------------------------------------------


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize(
    "template", ["{who}が猫いらずを食うた", "{who}がネコイラズを食うてしもうた", "{who}が殺鼠剤を食うたらしい"]
)
def test_rat_poison_eaten_is_an_emergency(template, who):
    _emergency(template.format(who=who), "poisoning")


def test_rat_poison_eaten_is_an_emergency_however_written():
    _emergency_however_written("祖母が殺鼠剤を団子と思って食うたようです", "poisoning")


@pytest.mark.parametrize(
    "text", ["物置の殺鼠剤を祖母が食べないように片付けたい", "去年、祖父が殺鼠剤を口に入れたことがある"]
)
def test_rat_poison_kept_away_or_long_ago_is_no_alarm(text):
    _no_emergency(text)


# --- 「もしかしたら」 is a hedge -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "もしかしたら出かけているだけかもしれませんが、一人暮らしの母が三日前から電話に出ず、新聞がたまっています",
        "もしかして旅行かもしれないけど、隣のおばあさん、呼んでも出てこなくて郵便もたまってて四日目です",
    ],
)
def test_a_hedge_with_moshikashitara_does_not_make_the_signs_hypothetical(text):
    _emergency(text, "unanswered")


def test_a_real_if_is_still_hypothetical():
    _no_emergency("もし母が電話に出なくなったらどうすればいいですか")


def test_a_hedge_does_not_settle_the_message():
    assert not assess_urgency("もしかしたら気のせいかもしれませんが、母の様子が変です").settled


# --- an apology said first is no all-clear --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "父が倒れて返事がありません。お騒がせしてすみません",
        "お騒がせしてすみません。母が倒れていて、呼んでも返事がない",
    ],
)
def test_an_apology_for_the_trouble_is_no_all_clear(text):
    _emergency(text)


def test_sorry_for_the_trouble_after_a_false_alarm_is_no_alarm():
    _no_emergency("父が倒れて返事がないと思ったら寝ていただけでした。お騒がせしました")


# --- intruder: a past word in a clause on a person; a light inside an empty home --------------------


@pytest.mark.parametrize(
    "text",
    [
        "以前リフォームをした業者の男が家に上がり込んで、帰らないと言って居座っています",
        "前に工事を頼んだ業者が母の家に上がり込んで、三時間も居座っています",
    ],
)
def test_a_past_word_in_a_clause_on_a_person_does_not_make_the_intrusion_past(text):
    _emergency(text, "intruder_violence", "110")


def test_an_intrusion_that_happened_before_is_no_alarm():
    _no_emergency("以前、業者の男が家に上がり込んで居座ったことがあります")


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの叔母の家の中で懐中電灯の光が動いている。叔母は旅行中で留守のはず",
        "祖父はひとり暮らしなのに、夜中に家の中に人影が見えて、電話にも出ない",
    ],
)
def test_a_light_moving_inside_the_home_of_someone_alone_or_away_is_110(text):
    _emergency(text, "intruder_violence", "110")


def test_a_light_inside_an_empty_home_is_110_however_written():
    _emergency_however_written(
        "一人暮らしの叔母の家の中で懐中電灯の光が動いている。叔母は旅行中で留守のはず", "intruder_violence"
    )


def test_a_light_inside_an_empty_home_as_a_what_if_is_no_alarm():
    _no_emergency("一人暮らしの母の家の中で明かりが動いていたら怖いので防犯カメラを付けたい")


# --- self_harm_now: the far side of a railing; a poison swallowed with words of death ----------------


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize(
    "template",
    [
        "{who}がいまベランダの手すりの外側に立っていて、「もういい」と言っています",
        "{who}が歩道橋の柵の向こう側に立ってる、死ぬって言ってる",
    ],
)
def test_standing_on_the_far_side_of_a_railing_is_an_attempt(template, who):
    result = assess_urgency(template.format(who=who))
    assert result.urgency == "emergency" and result.crisis, explain(template.format(who=who))
    assert result.family == "self_harm_now"


@pytest.mark.parametrize(
    "text",
    [
        "ベランダの柵の外側に植木鉢を置いてもいいですか",
        "去年、母が橋の欄干の外に立っていたことがある。もういいと言っていた",
    ],
)
def test_a_railing_without_someone_on_its_far_side_now_is_no_alarm(text):
    _no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "妻が「もう死にたい」と言って漂白剤を飲んだ。今は落ち着いて話せています",
        "夫が死にたいと言って洗剤を一口飲んじゃった。今は普通にしています",
        "父が「終わりにする」と言って農薬を口に含んだ。今は元気そうです",
    ],
)
def test_a_poison_swallowed_with_words_of_death_is_an_attempt_even_when_calm_now(text):
    result = assess_urgency(text)
    assert result.urgency == "emergency" and result.crisis, (text, explain(text))
    assert result.family == "self_harm_now", (text, result.family)


def test_a_poison_swallowed_with_words_of_death_is_an_attempt_however_written():
    _emergency_however_written(
        "妻が「もう死にたい」と言って漂白剤を飲んだ。今は落ち着いて話せています", "self_harm_now"
    )


@pytest.mark.parametrize(
    "text",
    [
        "夫が「死にたい」と言って洗剤を飲んだので救急車を呼び、今は入院して落ち着いています",
        "父が洗剤を少しなめたけど、すぐ吐き出して今は元気です",
    ],
)
def test_a_poison_cared_for_or_without_words_of_death_settled_now_is_no_alarm(text):
    _no_emergency(text)


# --- crisis: 「…時がある」, pills saved up with a written wish ------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["電車を見ると吸い込まれそうになる時があります", "ホームに立つと、線路に吸い込まれそうになるときがあるんです"],
)
def test_how_often_a_pull_towards_death_comes_is_a_crisis(text):
    assert assess_urgency(text).crisis, (text, explain(text))


def test_a_sign_that_comes_at_times_is_advice_not_an_emergency():
    result = assess_urgency("父が倒れる時があります")
    assert result.urgency != "emergency" and result.call_number == "#7119", explain("父が倒れる時があります")


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの父の引き出しに、睡眠薬が飲まずにためてあって、日記に「もう終わりにしたい」と書いてありました。父は今は元気にしています",
        "母の部屋に薬が何か月分もためてあり、「死にたい」と書いたメモがありました。母は今は落ち着いています",
    ],
)
def test_pills_saved_up_with_a_written_wish_to_die_is_a_crisis_even_when_calm_now(text):
    assert assess_urgency(text).crisis, (text, explain(text))


def test_pills_saved_up_without_a_wish_to_die_is_no_crisis():
    assert not assess_urgency("母が薬を飲まずにためてあったので、薬剤師さんに相談しました").crisis


# --- look-alikes: no alarm ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # signs to be taught beforehand
        "顔のゆがみやろれつが脳卒中のサインだと、母に教えておくにはどうしたらいいですか",
        "胸の痛みや冷や汗が心筋梗塞のサインだと家族に教えておきたい",
        # a programme saying it; a noun sign then 「が…なくなったら」
        "テレビで、ろれつが回らないのは危ないって言ってて、怖くなりました",
        "ろれつが回らなくなったら救急車、と聞きました",
        # settled down now
        "夫のゼーゼーはもう治まって、寝ています",
        # words stuck in the throat
        "本音が喉に詰まって、娘に言い出せません",
        "伝えたいことが喉につまって、ケアマネさんに言えない",
        # a neighbour in the same building heard of
        "同じアパートの人が浴室で倒れていたそうで、心配になりました。見守りの電話サービスはありますか",
        "同じマンションの方が部屋で倒れていたそうで、他人事じゃないです",
        # no answer explained by deafness
        "父を呼んでも返事がないのは耳が遠いからです。補聴器の相談をしたい",
        # a fear of mistaking a poison for a drink; a kind of accident said to happen
        "認知症の父が、漂白剤を飲み物と間違えないか心配です。しまい場所を知りたい",
        "お年寄りがボタン電池を誤って飲み込む事故が多いそうなので、祖母の家を片付けたい",
        # told where they are
        "母がまだ帰ってきていませんが、友達の家に寄って遅くなると電話があったので大丈夫です",
        "父がまだ帰ってきてないけど、遅くなるって連絡があったので大丈夫です。デイの相談です",
        # a fear after medicine handed over
        "祖父に薬を二週間分出してもらうと、一度に飲まないか不安です",
    ],
)
def test_lookalikes_of_round_10_causes_are_no_alarm(text):
    _no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "本音が喉に詰まって、娘に言い出せません",
        "夫のゼーゼーはもう治まって、寝ています",
        "父を呼んでも返事がないのは耳が遠いからです。補聴器の相談をしたい",
    ],
)
def test_lookalikes_of_round_10_causes_are_no_alarm_however_written(text):
    for kind, variant in variants(text).items():
        assert assess_urgency(variant).urgency != "emergency", (kind, variant, explain(variant))


# --- direction guard: the same words said as happening now still raise it ---------------------------


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("父が急に胸が痛いと言って冷や汗をかいています", "heart_breathing"),
        ("母のろれつが急に回らなくなった", "stroke"),
        ("夫がゼーゼーしていて治まっていません", "heart_breathing"),
        ("母がお餅を喉に詰まらせた", "choking"),
        ("同じアパートの人が廊下で倒れています、返事がない", None),
        ("母が倒れていて、呼んでも返事がない", None),
        ("認知症の父が漂白剤を飲み物と間違えて飲んだ", "poisoning"),
        ("祖母がボタン電池を飲み込んだ", "poisoning"),
        ("認知症の母がまだ帰ってきていません、連絡もつきません", "missing_dementia"),
        ("父が二週間分の薬をまとめて飲んでしまった", "poisoning"),
        ("洗剤を飲んでしまった、死なないか心配", "poisoning"),
    ],
)
def test_the_same_words_said_as_now_still_raise(text, family):
    _emergency(text, family)


# --- a sign told as now, then a fear for the person's life (found while reading round 10) ------------


@pytest.mark.parametrize(
    "text",
    [
        "母が意識がない、死なないか心配",
        "父が倒れて動かない、死ぬんじゃないかと怖い",
        "祖母が息をしていない、助からないかも",
    ],
)
def test_a_fear_for_the_persons_life_after_a_sign_told_as_now_still_raises(text):
    _emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父が倒れるんじゃないか、死ぬんじゃないかと不安",
        "父が倒れたらと思うと、死なないか心配",
        "母が倒れないか心配です",
    ],
)
def test_a_fear_of_the_sign_itself_followed_by_a_fear_of_death_is_no_alarm(text):
    _no_emergency(text)
