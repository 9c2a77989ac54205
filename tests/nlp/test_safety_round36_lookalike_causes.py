"""CheckList-style tests for the causes behind look-alikes raised in held-out round 36 (issue 14), in sentences of
our own (none is a held-out sentence), each next to a near-identical message that must still fire:

- a paralysis given its year of onset in a note (「左片麻痺(h29発症)」);
- looked at by a doctor and found harmless; warmed up now and somewhere safe;
- a period drama or a cartoon as the medium (「時代劇で…場面」); a story told in the news (「…のニュースで、…話」);
  a statement put down to the news that surprised the writer (「…というニュースに驚いた」);
- how one would come to know of a fall, asked (「…とき、どうやって気づけば」); a case only suspected, asked about
  (「…かもしれない時って、どこに」); found, if ever, and whether to send it here (「見つけたら…送ればいいですか」);
  someone in general, if there were one, and whom to tell (「…人がいたら、どこに」);
- bleeding money (「赤字で出血が止まらない」); feeling as though poisoned (「毒を盛られてる気分」);
- a hazard named and whether it is safe asked (「一酸化炭素は外なら平気ですよね」);
- out of touch for years (「20年以上疎遠」): no welfare check, and the model alone may only ask;
- woken by a touch (「肩をたたいたら目を開けた」): the model alone may only ask;
- content to go whenever, said with a laugh: the model's crisis flag is set aside below its overrule.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import assert_emergency, assert_no_emergency


@pytest.mark.parametrize(
    "text",
    [
        "左片麻痺(h29発症)、車いす自走。訪問リハの回数を増やしたい",
        "右片まひ（2017年発症）で歩行器を使っています。段差の解消工事の補助はありますか",
        "ケース記録：左片麻痺 平成27年発症 要介護2",
    ],
)
def test_a_paralysis_with_its_year_of_onset_is_no_stroke_now(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text", ["左片麻痺(今朝発症)、急いで病院へ", "母が急に左片麻痺、ろれつも回らない", "父の右片麻痺、0930発症"]
)
def test_a_paralysis_of_today_still_fires(text: str) -> None:
    assert_emergency(text, family="stroke", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "おとといばあちゃんの口がゆがんだって慌てたけど、医院で診てもらってただのむくみで大丈夫でした",
        "母の顔がゆがんでいたので、先生に調べてもらったら異常なしでした",
        "道で寒くて震えていたおじいさんを家まで送って、今は暖かい部屋にいます。ご家族を探しています",
    ],
)
def test_seen_by_a_doctor_and_fine_or_warm_now_is_over(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "母の顔がゆがんでいて、医院で診てもらったけど、まだゆがんでる",
        "母の顔がゆがんでいる。前に先生に調べてもらって大丈夫だったのに",
        "寒くて震えている父、今は暖かくしているのに震えが止まらない",
    ],
)
def test_a_sign_going_on_after_a_doctor_or_warmth_still_fires(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "アニメで主人公がお餅をのどに詰まらせるシーン、孫が大笑いしてた",
        "時代劇で家老がまんじゅうをのどに詰まらせる場面があって、母と笑いました",
        "誤飲事故の特集で、おじいさんが義歯を飲み込んだ話をやっていた。気をつけたい",
        "徘徊で行方不明になるお年寄りが年に一万人を超えるというニュースにびっくりしました",
    ],
)
def test_a_scene_or_a_story_in_the_media_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        ("父がお餅をのどに詰まらせた、テレビで見たのと同じ", "choking"),
        ("母が行方不明になったとニュースで知って驚いた", "missing_dementia"),
        ("誤飲です。父が洗剤を飲んだ、ニュースで見た話と同じ", "poisoning"),
    ],
)
def test_ones_own_person_beside_the_media_still_fires(text: tuple[str, str]) -> None:
    assert_emergency(text[0], family=text[1])


@pytest.mark.parametrize(
    "text",
    [
        "独居の祖母が転んで起きられなくなった場合、家族はどうやって知ればいいですか",
        "一人暮らしの叔父が倒れて動けなくなったとき、どのように気づけるんでしょうか",
        "睡眠薬を飲みすぎたかもしれない時って、どこに相談すればいいですか",
        "道で倒れているお年寄りを見かけたら、まず119番すべきですか？",
        "近所で何日も電話に出ないお年寄りがいたら、どこに知らせるべきですか",
        "ここ数日姿を見ないお宅があったら、民生委員に言えばいいですか？",
    ],
)
def test_a_question_about_a_case_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "叔父が倒れて動けなくなったとき、どうしたらいいか分からず焦った",
        "母が倒れて動けない、どうやって起こせばいい？",
        "倒れている母を見つけた、ここに送ればいいですか？",
        "父が睡眠薬を飲みすぎたかもしれない。どこに電話すればいいですか",
        "隣の人が何日も姿を見ない、どうすればいいですか？",
        "何日も姿を見ない人がいる、新聞がたまってる",
    ],
)
def test_the_same_words_happening_now_still_fire(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "介護費の出費で出血が止まらない、貯金が減る一方です",
        "毎月の支出で家計は出血しっぱなし",
        "こんなに薬を出されて、毒を飲まされてるような気分です",
        "週末に縁側で炭火焼きをします。一酸化炭素って窓を開けておけば心配ないですか？",
    ],
)
def test_money_bleeding_a_feeling_or_a_safety_question_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "赤字で、母が転んで出血が止まらない",
        "家計が苦しくて、父の鼻から出血が止まらない",
        "母が毒を飲まされてる、助けて",
        "母がストーブの部屋でぐったり、一酸化炭素は大丈夫ですか",
    ],
)
def test_bleeding_poison_or_gas_on_a_person_still_fires(text: str) -> None:
    assert_emergency(text)


def test_out_of_touch_for_years_is_no_welfare_check_and_settled() -> None:
    result = assess_urgency("叔父とは20年以上音信不通で、連絡がつかないんです")
    assert result.urgency == "routine" and result.settled, explain("叔父とは20年以上音信不通で、連絡がつかないんです")
    result = assess_urgency("姉と連絡が取れない、もう15年ほど疎遠です")
    assert result.urgency == "routine" and result.settled


@pytest.mark.parametrize("text", ["疎遠だった兄と昨日から連絡が取れない", "一人暮らしの母と昨日から連絡が取れない"])
def test_an_estrangement_that_is_over_or_none_still_asks_for_a_check(text: str) -> None:
    assert assess_urgency(text).urgency == "urgent", explain(text)


def test_woken_by_a_touch_is_settled() -> None:
    text = "夫がソファで居眠りして呼んでも起きなかったけど、体を揺すったら起きた"
    result = assess_urgency(text)
    assert result.urgency != "emergency" and result.settled, explain(text)


def test_not_woken_by_a_touch_still_fires() -> None:
    assert_emergency("夫がソファで寝ていて呼んでも起きない、肩を叩いても目を開けない", family="unresponsive")


@pytest.mark.parametrize(
    "text",
    [
        "孫の結婚式も見たし、いつお迎えが来ても満足だって祖母が笑顔で言ってた",
        "「大谷の試合を生で見られたらもう死んでもいい」って親父が笑ってる",
    ],
)
def test_content_to_go_said_laughing_sets_the_crisis_aside(text: str) -> None:
    result = assess_urgency(text)
    assert not result.crisis and result.crisis_dismissed, explain(text)


@pytest.mark.parametrize(
    "text",
    ["もう死んでもいいと母が言う。笑ってるけど本気かもしれない", "もう死んでもいい、と父が泣きながら言っています"],
)
def test_content_to_go_meant_or_in_tears_is_not_set_aside(text: str) -> None:
    assert not assess_urgency(text).crisis_dismissed, explain(text)
