"""CheckList-style tests for recall gaps other engineers found on main (safety31), each as a behaviour over
several people and phrasings of our own:
- a fear after a clause closed on its own (「まだ帰らない、事故じゃないか心配」) is of that other thing: the
  absence is told as fact;
- days' worth of doses swallowed at once with no medicine named, and something said to be not for the mouth
  swallowed (poisoning);
- home oxygen and life-support devices named in kana, and oxygen run out or not coming out;
- 「今まさに」 is a word of now (「今まで」 is not);
- a past time word governs only its own sentence: a polite close with no punctuation after it, or an absence
  counted in hours up to now, ends its reach;
- a man or someone come into the house uninvited is an intruder now; a burglary found done is urgent at most;
- invariance: the same in hiragana, without punctuation, with a name;
- direction: fears of the future, courses finished, drinks named, questions, dreams, delusions, a carer, a
  shop, burglaries long ago — no alarm.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency
from tests.nlp.checklist import assert_emergency as _emergency
from tests.nlp.checklist import assert_emergency_however_written as _emergency_however_written
from tests.nlp.checklist import assert_no_emergency as _no_emergency
from tests.nlp.checklist import assert_no_emergency_however_written as _no_emergency_however_written

WHO = ("母", "父", "祖母", "おじいちゃん")


# --- a fear after a closed clause -------------------------------------------------------------------


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize(
    "template",
    [
        "認知症の{who}がまだ帰らない、事故じゃないか心配",
        "認知症の{who}が朝から戻らない、どこかで転んでるんじゃないかと心配です",
        "認知症の{who}がまだ戻らない迷子になってるかもしれない",
        "認知症の{who}が散歩に出たきり帰ってこない、車にはねられてないか心配",
    ],
)
def test_a_fear_of_another_thing_keeps_the_absence(who: str, template: str) -> None:
    _emergency_however_written(template.format(who=who), "missing_dementia", call="110")


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母がいつか帰れなくなるんじゃないかと心配です",
        "夫は今日飲み会で帰りが遅い、事故にあわないか心配",
        "認知症の父がまた帰らないんじゃないかと心配",
    ],
)
def test_a_fear_of_the_absence_itself_raises_no_alarm(text: str) -> None:
    _no_emergency(text)


# --- poisoning with no medicine named --------------------------------------------------------------


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize(
    "template",
    [
        "{who}が一週間分を全部飲んでしまった",
        "{who}が三日分をまとめて飲んだみたいです",
        "{who}が口にしてはいけないものを飲んでしまった",
        "認知症の{who}が食べ物じゃないものを口に入れてしまった",
    ],
)
def test_a_days_worth_or_something_not_for_the_mouth_swallowed(who: str, template: str) -> None:
    _emergency_however_written(template.format(who=who), "poisoning", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "くちにしてはいけないものをのんでしまった",
        "いっしゅうかんぶん ぜんぶ のんじゃった",
        "ばあちゃん、十日分いっぺんに飲んでしもうた",
        "おじいちゃんが たべちゃいけないものを たべたみたい",
    ],
)
def test_the_same_in_kana_and_dialect(text: str) -> None:
    _emergency(text, "poisoning", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "十日分の薬を全部飲み終えました",
        "一週間分を全部飲みきったので次の受診です",
        "三日分のお茶を全部飲んでしまった",
        "口にしてはいけないものを教えてください",
        "認知症の母が口にしてはいけないものを食べないか心配",
        "一か月分をまとめて飲んでしまわないように管理したい",
        "一週間分まとめて飲んでしまったらどうなりますか",
        "去年、食べ物じゃないものを口に入れたことがあります",
    ],
)
def test_a_course_a_drink_a_question_or_a_fear_raises_no_alarm(text: str) -> None:
    _no_emergency_however_written(text)


# --- home oxygen in kana --------------------------------------------------------------------------


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize(
    "template",
    [
        "{who}の在宅酸素が止まってしまいました",
        "{who}のざいたくさんそがなくなった",
        "{who}の酸素が出ていない",
        "{who}のざいたくさんそが切れてしまった",
    ],
)
def test_home_oxygen_run_out_or_stopped(who: str, template: str) -> None:
    _emergency_however_written(template.format(who=who), "heart_breathing", call="119")


@pytest.mark.parametrize(
    "text",
    ["じんこうこきゅうきが うごかない", "ていでんで さんそのうしゅくきが とまった", "さんそぼんべが からっぽ"],
)
def test_life_support_devices_in_kana(text: str) -> None:
    _emergency(text, "heart_breathing", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "在宅酸素の業者の連絡先がわからなくなった",
        "ざいたくさんその ぼんべの こうかんは いつですか",
        "酸素がなくなったらどうすればいいですか",
        "ざいたくさんそを はじめました",
        "在宅酸素のボンベが出ないように蓋を閉めた",
    ],
)
def test_oxygen_questions_raise_no_alarm(text: str) -> None:
    _no_emergency(text)


# --- 今まさに ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("応急手当の方法を教えてほしい、今まさに父が倒れて意識がない", "unresponsive"),
        ("喉に詰まったときの対処法を教えて今まさに母がもちを詰まらせている", "choking"),
        ("講座で習ったけど今まさに夫が胸が苦しいと言っている", "heart_breathing"),
    ],
)
def test_ima_masani_is_now(text: str, family: str) -> None:
    _emergency_however_written(text, family, call="119")


def test_ima_made_is_not_now() -> None:
    _no_emergency("応急手当の方法を教えてほしい、今まで父が倒れて意識がないことはない")
    _no_emergency("今までに父が倒れたことはありません")


# --- a time word governs its own sentence ---------------------------------------------------------


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize(
    "template",
    [
        "先月はお世話になりました{who}がさっきからいなくなって見つかりません",
        "先月相談した件ですが認知症の{who}がいなくなってもう二時間見つかりません",
        "先月お世話になった者です{who}がいなくなってもう二時間見つかりません",
        "先日は失礼しました{who}が出て行ったまま戻りません",
        "先日はデイの件でありがとうございました今日{who}がいなくなってもう三時間たちます",
    ],
)
def test_a_preambles_past_word_does_not_reach_the_sign(who: str, template: str) -> None:
    _emergency_however_written(template.format(who=who), "missing_dementia", call="110")


def test_not_there_and_not_found() -> None:
    _emergency_however_written("父がさっきからいなくて見つかりません", "missing_dementia", call="110")


@pytest.mark.parametrize(
    "text",
    [
        "先月父がいなくなって警察に見つけてもらいました",
        "先月父がいなくなってもう二時間探しても見つからなかった",
        "先日母が家を出て行ってしまい三時間後に見つかりました",
        "先月父がいなくて見つからなかったことがある",
    ],
)
def test_a_past_absence_told_in_its_own_sentence_raises_no_alarm(text: str) -> None:
    _no_emergency(text)


# --- an intruder now; a burglary found done ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "夜中に男が入ってきた",
        "さっき男が家に入ってきた",
        "さっき知らない男が家に入ってきた",
        "今、男の人が勝手に上がってきた",
        "知らない人が勝手に上がってきた",
    ],
)
def test_a_man_come_in_uninvited_is_an_intruder(text: str) -> None:
    _emergency_however_written(text, "intruder_violence", call="110")


@pytest.mark.parametrize(
    "text",
    ["今朝起きたら泥棒に入られていた", "けさ おきたら どろぼうに はいられてた", "昨日空き巣に入られました"],
)
def test_a_burglary_found_done_is_urgent_not_an_alarm(text: str) -> None:
    result = assess_urgency(text)
    assert result.urgency == "urgent", (text, result)


def test_a_thief_still_inside_stays_an_alarm() -> None:
    _emergency("泥棒に入られてる、まだ中にいる", "intruder_violence", call="110")


@pytest.mark.parametrize(
    "text",
    [
        "男性ヘルパーさんが入ってきて掃除してくれた",
        "長男が入ってきた",
        "店に男が入ってきた",
        "夜中に男が入ってきた夢を見た",
        "母は夜中に男が入ってきたと言いますが誰も来ていません",
        "男の人が入ってきたら怖いので鍵をかけています",
        "去年泥棒に入られた",
    ],
)
def test_no_intruder_in_these(text: str) -> None:
    _no_emergency(text)
