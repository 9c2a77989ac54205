"""CheckList-style tests for the causes behind held-out rounds 7 and 8's missed emergencies and crises.

Each cause is tested as a behaviour with sentences of our own (none is a round-7 or round-8 sentence):
- a hedge (「気のせいかもしれないけど」) is no "if": its もし inside かもしれ made every sign after it hypothetical;
- prevention named earlier, then today (「前に転倒予防を教わったけど、今日転んで」) is no hypothetical;
- 「よくならない」 (not getting better) is not 「よく」 (often); 「いつもは…夫が」 (usually…, but now) is no habit;
- formal words of swallowing (服用, 摂取, 多量の薬剤); an overdose told verb first (「ぜんぶのんだ くすり」);
- words or a note of ending it, then shut in and not answering, or the sleeping pills gone; walking to the
  river or the bridge with words of not wanting to live; an overdose told to a crisis line; a blade to the neck;
- cannot even cough; one side numb and spreading, speaking only with effort; not seen for days with flies at
  the door, meals left untouched for days, the concern in a P.S.; nobody knows where he is; the neck grabbed;
- crisis words: no attachment left to this world, wishing to vanish, drawn towards the tracks, thinking of
  falling from here; a note like a suicide note.
Each has its invariance (hiragana, no punctuation, a name) and a direction guard (past, hypothetical,
prevention, resolved, someone else's fear, a figure of speech) that must not raise.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import assert_crisis_by_rules as _crisis
from tests.nlp.checklist import assert_emergency as _emergency
from tests.nlp.checklist import assert_no_crisis_by_rules as _no_crisis
from tests.nlp.checklist import assert_no_emergency as _no_emergency
from tests.nlp.checklist import variants

WHO = ("母", "父", "祖母", "おじいちゃん")


def _however_written(text: str, check) -> None:
    for kind, variant in variants(text).items():
        try:
            check(variant)
        except AssertionError as exc:
            raise AssertionError((kind, variant, exc.args)) from None


# --- a hedge is no "if" -------------------------------------------------------------------------------

HEDGED = (
    ("思い過ごしかもしれないけど、{who}の右の口元が垂れている。さっきから", "stroke"),
    ("考えすぎかもしれませんが、{who}の睡眠薬がシートごと全部なくなっていて、呼んでも起きません", None),
    (
        "たいしたことないかもしれないけど、{who}に「口座が危ない」と電話があって、今からATMに行くと言っている",
        "fraud_in_progress",
    ),
)


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize(("template", "family"), HEDGED)
def test_a_hedge_before_the_sign_is_no_hypothetical(template, family, who):
    _emergency(template.format(who=who), family)


@pytest.mark.parametrize(("template", "family"), HEDGED[:2])
def test_a_hedge_before_the_sign_however_written(template, family):
    _however_written(template.format(who="母"), _emergency)


def test_a_hedged_wish_not_to_be_here_is_a_crisis():
    _crisis("気のせいかもしれないけど、父が「俺なんかいない方がいい」と言うようになった")


@pytest.mark.parametrize(
    "text",
    [
        "気のせいかもしれないけど、もし父の口元が片方垂れたらどうすればいいですか",
        "勘違いかもしれませんが、先月、母の口が少しゆがんでいたことがあります",
        "考えすぎかもしれないけど、万一父が倒れたときの連絡先を知りたい",
    ],
)
def test_a_hedge_with_a_real_if_or_the_past_is_no_alarm(text):
    _no_emergency(text)


# --- prevention named earlier, then today ---------------------------------------------------------------


@pytest.mark.parametrize("who", WHO)
def test_prevention_named_earlier_then_an_injury_today_raises(who):
    _emergency(f"以前「転倒予防の教室」を紹介してもらいましたが、今日{who}が階段から落ちて、頭から血が止まりません")
    _emergency(f"将来のことを相談していたのに、さっき{who}がトイレで倒れて、意識がありません")


def test_prevention_then_today_however_written():
    _however_written("転倒予防の話を聞いたけど、今日母が転んで、ひたいから血が止まらない", _emergency)


@pytest.mark.parametrize(
    "text",
    [
        "転倒予防のために、頭から血が止まらないときの手当てを知っておきたい",
        "将来、父が倒れて意識がないときはどうすればいいですか",
        "予防のため、今日は血が止まらないときの対処法の講座に行きました",
    ],
)
def test_prevention_or_the_future_alone_stays_no_alarm(text):
    _no_emergency(text)


# --- not getting better is not "often"; "usually…, but now" is no habit -----------------------------------


@pytest.mark.parametrize("who", WHO)
def test_not_getting_better_is_no_habit(who):
    _emergency(f"{who}の発作、薬を使っても全くよくならなくて、話せないくらい息が苦しそう", "heart_breathing")
    _emergency(f"いつもは呼ぶとすぐ返事をする{who}が、布団の中で目を開けたまま何を言っても反応がない")


def test_not_getting_better_however_written():
    _however_written("吸入しても全然よくならない、父が息ができないと言っている", _emergency)


@pytest.mark.parametrize(
    "text",
    [
        "父は時々息が苦しくなりますが、休むとよくなります",
        "いつもは夜になると母の息が苦しくなる",
        "母はよく息が苦しいと言います",
    ],
)
def test_an_habitual_sign_stays_no_alarm(text):
    _no_emergency(text)


# --- formal words of swallowing; an overdose told verb first ---------------------------------------------


@pytest.mark.parametrize("who", WHO)
def test_formal_words_of_swallowing_are_poisoning(who):
    _emergency(f"{who}が殺虫剤を飲料と取り違えて摂取した模様です。意識が朦朧としております", "poisoning")
    _emergency(f"{who}が多量の薬剤を服用した可能性があります", "poisoning")


def test_a_note_left_and_medicine_taken_is_an_attempt_now():
    result = assess_urgency("遺書と思われる手紙があり、父が睡眠薬を服用した形跡があります")
    assert result.urgency == "emergency" and result.family == "self_harm_now" and result.crisis, explain(
        "遺書と思われる手紙があり、父が睡眠薬を服用した形跡があります"
    )


@pytest.mark.parametrize(
    "text",
    [
        "薬剤の服用方法について教えてください",
        "防虫剤を誤って摂取しないよう、保管場所を工夫したい",
        "去年、父が多量の薬剤を服用したことがありますが、今は落ち着いています",
    ],
)
def test_formal_words_without_an_act_now_are_no_alarm(text):
    _no_emergency(text)


# --- an attempt now: in other words -----------------------------------------------------------------------

ATTEMPT_NOW = (
    "{who}が「もう死ぬ」と言ってトイレに鍵をかけて出てこない",
    "{who}が遺書みたいな手紙を残して、物置に入ったきり出てこない",
    "{who}が「終わりにする」と言っていた。睡眠薬の箱がからっぽになってる",
    "ぜんぶのんだ くすり もう いきてても いみない",
    "{who}が「生きていたくない」と言って、いま川の方に歩いてる",
    "いのちの電話はここですか。さっき薬を三十錠飲みました",
    "{who}がナイフの刃をのどにあてている。死ぬと言っている",
)


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize("template", ATTEMPT_NOW)
def test_an_attempt_now_in_other_words_is_an_emergency_and_a_crisis(template, who):
    text = template.format(who=who)
    result = assess_urgency(text)
    assert result.urgency == "emergency" and result.family == "self_harm_now" and result.crisis, (text, explain(text))
    assert result.call_number == "119", (text, explain(text))


@pytest.mark.parametrize("template", ATTEMPT_NOW[::2])
def test_an_attempt_now_in_other_words_however_written(template):
    def check(text: str) -> None:
        result = assess_urgency(text)
        assert result.urgency == "emergency" and result.crisis, explain(text)

    _however_written(template.format(who="母"), check)


@pytest.mark.parametrize(
    "text",
    [
        "母が部屋に鍵をかけて出てこない。編み物に夢中です",
        "去年、父が「もう終わりにする」と言って部屋に鍵をかけて出てこなかったことがあります。今は落ち着いています",
        "父が「川に行く」と言って釣りに出かけました",
        "もう生きてたくないと言っていた母ですが、今日は友だちと川に行く予定です",
        "首に湿布をはって休んでいます",
        "いのちの電話の番号を教えてください",
    ],
)
def test_the_same_places_and_doors_without_an_attempt_are_no_alarm(text):
    _no_emergency(text)


# --- choking: cannot even cough ---------------------------------------------------------------------------


@pytest.mark.parametrize("who", WHO)
def test_cannot_even_cough_is_choking(who):
    _emergency(f"いま{who}が白玉を詰まらせて、咳もできない", "choking")
    _emergency(f"{who}がむせたと思ったら、咳も声も出なくて胸を押さえている", "choking", "119")


def test_cannot_even_cough_however_written():
    _however_written("義父が団子を詰まらせて咳もできない", _emergency)


@pytest.mark.parametrize(
    "text",
    [
        "咳も出なくなって、風邪はすっかり治りました",
        "嚥下の検査で、咳ができないと誤嚥しやすいと言われました",
    ],
)
def test_a_cough_gone_or_a_check_up_is_no_choking_alarm(text):
    _no_emergency(text)


# --- stroke: one side numb and spreading, speaking with effort -------------------------------------------


@pytest.mark.parametrize("who", WHO)
def test_one_side_numb_and_speaking_with_effort_is_a_stroke(who):
    _emergency(f"今{who}の左半身のしびれがどんどん広がって、しゃべるのもやっとです", "stroke")
    _emergency(f"さっきから{who}の片側にしびれがあります", "stroke")


def test_one_side_numb_however_written():
    _however_written("いま父の片側のしびれが広がってきた", _emergency)


@pytest.mark.parametrize(
    "text",
    [
        "父は脳梗塞の後遺症で右半身にしびれが残っています",
        "母は何年も前から片側のしびれがあり、リハビリに通っています",
    ],
)
def test_a_lasting_one_sided_numbness_is_no_stroke_alarm(text):
    _no_emergency(text)


# --- unanswered: days unseen, flies, meals untouched, the concern in a P.S. -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしのおじいさんがもう何日も姿を見せません",
        "向かいの独居の方、玄関のまわりにハエがたくさん飛んでいて、姿を見かけない",
        "配食のお弁当が四日分手つかずで玄関に残っています",
        "地域ケア会議の日程の件です。追伸、担当のおばあさんが何日もずっと不在で、新聞もたまっています",
    ],
)
def test_days_unseen_or_deliveries_untouched_are_unanswered(text):
    _emergency(text, "unanswered", "119")


def test_days_unseen_however_written():
    _however_written("配食のお弁当が三日分手つかずで残っている", _emergency)


@pytest.mark.parametrize(
    "text",
    [
        "隣の方、何日か姿を見せないけど、息子さんの家に泊まりに行っているそうです",
        "旅行中で新聞が三日分たまっていると連絡がありました",
        "追伸、研修の資料は来週で大丈夫です",
        "最近、向かいのおばあさんの姿を見かけないと思っていたら、施設に入ったそうです",
    ],
)
def test_someone_away_or_a_plain_postscript_is_no_unanswered_alarm(text):
    _no_emergency(text)


# --- missing: nobody knows where he is --------------------------------------------------------------------


@pytest.mark.parametrize("who", WHO)
def test_nobody_knowing_where_an_older_person_is_is_missing(who):
    _emergency(f"{who}が昼から出かけて、どこにいるのか家族の誰もわかりません", "missing_dementia", "110")


def test_nobody_knowing_where_however_written():
    _however_written("祖父が今どこにいるのか誰にも分からない", _emergency)


@pytest.mark.parametrize(
    "text",
    [
        "祖父がどこにいるのかわからないときのために、GPSを持たせたい",
        "父がどこにいるのか分からなくなったことが去年あって、今は見守りサービスを使っています",
    ],
)
def test_a_future_or_past_not_knowing_where_is_no_missing_alarm(text):
    _no_emergency(text)


# --- violence now: the neck grabbed, pressed to the wall ---------------------------------------------------


@pytest.mark.parametrize("who", WHO)
def test_the_neck_grabbed_now_is_violence_and_no_hanging(who):
    text = f"今、兄が{who}の首をつかんで壁に押しつけています"
    _emergency(text, "intruder_violence", "110")
    _no_crisis(text)


def test_the_neck_grabbed_however_written():
    _however_written("いま息子が祖母を床に押しつけている", _emergency)


@pytest.mark.parametrize(
    "text",
    [
        "去年、息子が父の首をつかんで壁に押しつけたことがあり、相談したい",
        "孫が父の首につかまって遊んでいます",
    ],
)
def test_a_past_grab_or_a_grandchild_hanging_on_is_no_violence_alarm(text):
    _no_emergency(text)
    _no_crisis(text)


# --- crisis in other words ------------------------------------------------------------------------------

CRISIS_WORDS = (
    "妻に先立たれ、もうこの世に未練はありません",
    "老いぼれの身、この世に未練などない。静かに消え去りたい",
    "駅のホームに立つと電車に吸い込まれそうになる",
    "歩道橋の上で、ここから飛び降りたら、と思うようになった",
    "母の机から遺書みたいなメモが出てきました",
)


@pytest.mark.parametrize("text", CRISIS_WORDS)
def test_a_wish_to_die_in_old_or_indirect_words_is_a_crisis(text):
    _crisis(text)


@pytest.mark.parametrize("text", CRISIS_WORDS[::2])
def test_a_wish_to_die_in_old_or_indirect_words_however_written(text):
    _however_written(text, _crisis)


@pytest.mark.parametrize(
    "text",
    [
        "この世に未練はたっぷりあります、孫の結婚式も見たい",
        "消え去りたいくらい恥ずかしい失敗をしました",
        "橋の上から見る川は吸い込まれそうなほど青い",
        "孫がここから落ちたら、と思うと心配で柵をつけました",
        "父が遺言書を書きたいと言っています",
    ],
)
def test_a_degree_a_fear_for_someone_or_a_will_is_no_crisis(text):
    _no_crisis(text)
