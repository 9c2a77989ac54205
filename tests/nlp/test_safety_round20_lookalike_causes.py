"""CheckList-style tests for the causes behind the look-alikes held-out round 20 raised (issue 14), in sentences of
our own (none is a round-20 sentence), each with guards that must stay emergencies (recall first).

- a death word laughed off in its own sentence (「…死にたい気分だよ(笑)」);
- a sign said to be an old habit (「…って言われるけど、昔からの癖なんだよ」) or to happen now and then (「…ことがあって」);
- a stroke sign told with its harmless cause (「「ろれつが回らぬ」と笑ったのは、入れ歯を外していたからです」);
- prevention: nobody to come to it (「喉を詰まらせる方がいないよう」);
- the news as the source of what was said (「喉に詰まるってニュースで見た」「…って話をニュースで見ました」);
- not answering now and then (「電話に出ないことがたまにあって」), not days of silence;
- a scam call where nothing was done (「電話来たけど、なにもしてないです」);
- the event in a clause on a place, in a sentence on one's trade (「侵入された家の鍵交換に行くことがあります」);
- a false alarm told with a pause (「いなくなった、と思ったら、となりの部屋にいました」);
- medicine left over (「残薬が大量に見つかった」); someone sought for a role (「保証人が見つからない」).
"""

from __future__ import annotations

import pytest

from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency,
    assert_no_crisis_by_rules,
    assert_no_emergency,
)


@pytest.mark.parametrize(
    "text",
    [
        "麻雀で役満を振り込んで死にたい気分だわ(笑)。ところで、公民館の使い方を聞きたい",
        "また競馬ではずれた、死にたい笑。それはいいとして、父の介護保険証をなくしました",
        "ゴルフのスコアがひどくて死にたいくらいだよ（笑）。本題は町内会の見守りのことです",
        "孫に将棋で負けて、もう死にたいww。それより、母のデイの送迎時間を変えたい",
    ],
)
def test_a_death_word_laughed_off_is_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)


@pytest.mark.parametrize(
    "text",
    [
        "本当に死にたい(笑)。もう限界",
        "笑われるかもしれないけど、死にたい。",
        "死にたい。(笑)なんて言ってる場合じゃない",
        "もう笑うしかない。死にたいです",
    ],
)
def test_a_death_word_not_laughed_off_stays_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "緊張すると口が片方だけ引きつるって言われるけど、昔からの癖なんです。介護タクシーの予約方法を知りたい",
        "考え事をすると顔が片方ゆがむと妻に言われますが、子供の頃からのクセです。健康診断の案内をください",
        "相手はじっと考えていると呼んでも動かなくなることがあって、最初は驚いたけど、集中してるだけなんです",
        "囲碁の最中に父が目を閉じて動かなくなることがよくあって、寝てるだけ。デイの囲碁クラブを探しています",
    ],
)
def test_a_sign_as_an_old_habit_or_now_and_then_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父の顔が片方だけ引きつってる。昔からの癖じゃない。さっきから",
        "母の顔が片方だけ引きつってる。昔からの癖かな?",
        "夫がさっきから呼んでも動かなくなった",
        "祖父が動かなくなることがあって、今日はいつもと違って息も浅い",
    ],
)
def test_a_sign_not_said_to_be_a_habit_stays_an_emergency(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "同窓会で「ろれつが回ってない」と言われたのは、酒を飲みすぎていたからです。禁酒外来はありますか",
        "写真で口が曲がって見えたのは、差し歯が取れていたからでした。歯科の往診を探しています",
        "検診で言葉がもつれたのは、麻酔の後だったためです。次の予約をしたい",
    ],
)
def test_a_stroke_sign_with_its_harmless_cause_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父のろれつが回らない。入れ歯を外したからかな",
        "母のろれつが急に回らなくなった",
        "夫の口が曲がったのは、さっき急にです。右手も上がらない",
    ],
)
def test_a_stroke_sign_without_a_settled_cause_stays_an_emergency(text: str) -> None:
    assert_emergency(text, "stroke", "119")


@pytest.mark.parametrize(
    "text",
    [
        "敬老会でお団子を喉に詰まらせる人が出ないよう、小さく丸めたいです。ほかに気をつけることは",
        "餅つき大会で餅を喉に詰まらせるお客が出ないように、どう切ればいいですか",
        "施設で食事中に倒れる利用者が出ないよう、見守りの工夫を知りたい",
    ],
)
def test_prevention_nobody_to_come_to_it_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "母がお餅を喉に詰まらせた。息ができない",
        "父が餅を喉に詰まらせて顔が真っ青",
        "祖母が倒れて、人がいないので誰も来ない",
    ],
)
def test_choking_now_stays_an_emergency(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃんは白玉が大好きだけど、喉に詰まるってニュースで見た。出しても大丈夫?",
        "オレオレ詐欺で高齢者がコンビニに行かされるって話をテレビで見ました。店員として何ができますか",
        "父は餅が好物なんだけど、お正月に詰まらせる事故があるって新聞で読んだ。切り方のコツは",
    ],
)
def test_what_the_news_said_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "母が喉に詰まらせたってニュースで見た人みたいに苦しんでる。今、息ができない",
        "父が今、餅を喉に詰まらせた",
        "祖母が電話の指示で銀行に向かってる",
    ],
)
def test_not_the_news_stays_an_emergency(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父が電話に出ないことがよくあって、毎回ひやっとします。たいていは散歩。何日も出なかったら怖いので見守りを考えたい",
        "一人暮らしの叔母は電話に出ないことが時々あって、だいたいお風呂か買い物。連絡が何日もつかなかったら、と思うと心配です",
    ],
)
def test_not_answering_now_and_then_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "母が電話に出ないことがたまにあるけど、今回は3日も電話に出ない",
        "一人暮らしの父と3日連絡が取れない。電話に出ない",
        "父が昨日から電話に出ない。新聞もたまってる",
    ],
)
def test_days_without_an_answer_stay_an_emergency(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "「税金が戻ってくる」電話、詐欺でしょうか?母のところに電話が来たけど、なにもしていません",
        "「ATMに行けば返ってくる」って電話があった。詐欺かな。祖父は何もしなかったそうです",
    ],
)
def test_a_scam_call_where_nothing_was_done_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "まだ何もしてないけど、母が還付金の電話の指示で今ATMに向かってる",
        "詐欺の電話で父がいま銀行に向かってる",
    ],
)
def test_a_scam_under_way_stays_an_emergency(text: str) -> None:
    assert_emergency(text, "fraud_in_progress", "110")


@pytest.mark.parametrize(
    "text",
    [
        "ガラス屋です。泥棒に入られた家の窓の修理に行くことがあります。住人の高齢の方の相談先はどこですか",
        "警備会社の者です。空き巣に侵入された家の点検に伺うことも多いです。見守りの窓口を教えてください",
    ],
)
def test_a_trades_general_case_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "今、家に泥棒が侵入してきた",
        "侵入された家に母がまだいる。犯人が中にいるかも",
    ],
)
def test_a_break_in_now_stays_an_emergency(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "デイで おじいさん いなくなった、と 思ったら、トイレに いました。よかったです",
        "母がいなくなった、と思ったら、庭で草むしりをしてました",
    ],
)
def test_a_false_alarm_with_a_pause_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "母がいなくなった、と思ったら、靴もなくなってる",
        "認知症の父がいなくなった。探しても見つからない",
    ],
)
def test_someone_gone_stays_an_emergency(text: str) -> None:
    assert_emergency(text, "missing_dementia", "110")


@pytest.mark.parametrize(
    "text",
    [
        "訪問看護です。利用者さんの残薬が大量にあって、薬の整理を手伝える窓口を知りたい",
        "実家を片付けたら、母の余った薬が大量に出てきました。どこに返せばいいですか",
    ],
)
def test_leftover_medicine_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父が残っていた薬を大量に飲んだ",
        "母の余った薬が大量になくなってる。飲んだかもしれない",
    ],
)
def test_medicine_swallowed_stays_an_emergency(text: str) -> None:
    assert_emergency(text, "poisoning", "119")


@pytest.mark.parametrize(
    "text",
    [
        "叔母が施設に入るのに身元保証人が見つからない。どこに相談すれば",
        "認知症の父の後見人が見つからないので、制度の窓口を知りたい",
        "母の通院に付き添ってくれる人が見つからない。有償ボランティアはありますか",
    ],
)
def test_someone_sought_for_a_role_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母が朝から見つからない",
        "施設の入居者さんが見つからない。探しても見当たらない",
    ],
)
def test_a_person_not_found_stays_an_emergency(text: str) -> None:
    assert_emergency(text, "missing_dementia", "110")
