"""Held-out round 20's causes, as families (own sentences): Ibaraki and Tochigi speech (〜らんねえ, 〜のけ, 家さ来て,
できんの) and rough speech's bare 金 read in the standard form; staff of a care home or service said to strike or
shout at those they care for (abuse in a facility, not at home); care said to wear the carer down (参りそう,
先に倒れる); a younger brother or a child looked after beside an elder's care (double care); a shop's customer
who comes to buy (a neighbour's worry)."""

import pytest

from knowledge.ranker import asks
from knowledge.vocabulary import hinted_subjects, standard_endings, unify


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("じいちゃん目が悪くて来らんねえ", "じいちゃん目が悪くて来られない"),
        ("ヘルパーって頼めんのけ", "ヘルパーって頼めんのか"),
        ("相談って予約いんのけ？", "相談って予約いんのか？"),
        ("役所さ行かねえでもできんのか", "役所に行かないでもできるのか"),
        ("病院さ連れてくのが大変だ", "病院に連れてくのが大変だ"),
        ("申し込みに金かかんの？", "申し込みにお金かかるの？"),
        ("金いるのか", "お金いるのか"),
    ],
)
def test_kanto_plain_speech_is_read_in_the_standard_form(typed, read):
    assert standard_endings(typed) == read


@pytest.mark.parametrize(
    "kept",
    [
        "のけ者にされている",
        "押しのけて入ってきた",
        "行かんの？",  # the western ない: not read as 行かるの
        "年金いるのか",
        "料金かかるの",
        "皆さん来てくれた",
    ],
)
def test_words_that_only_look_like_kanto_endings_are_left_alone(kept):
    assert standard_endings(kept) == kept


def test_a_kanto_question_ending_asks():
    assert asks("うちまで来てくれんのけ") == 1.0


@pytest.mark.parametrize(
    "typed",
    [
        "デイサービスで職員さんが利用者を怒鳴りつけていました",
        "ボランティア先のホームで、スタッフが入居者のおばあさんを叩いていた",
        "グループホームの介護士に父が殴られたと言っています",
    ],
)
def test_staff_striking_those_in_their_care_hints_abuse_in_a_facility(typed):
    assert "施設内虐待" in hinted_subjects(unify(typed))


@pytest.mark.parametrize(
    "typed",
    [
        "ヘルパーです。利用者さんが息子さんに叩かれているようです",
        "施設の職員さんに相談したら親切にしてくれました",
        "デイサービスの職員に母の様子を聞きたい",
    ],
)
def test_staff_named_without_striking_anyone_is_no_abuse_in_a_facility(typed):
    assert "施設内虐待" not in hinted_subjects(unify(typed))


@pytest.mark.parametrize(
    ("typed", "subject"),
    [
        ("夫の介護で、こっちが先に倒れちまいそうだ", "介護疲れ"),
        ("姑の世話でもう参ってしまいました", "介護疲れ"),
        ("妹の面倒を見ながら祖父の介護もしています", "ダブルケア"),
        ("子どもたちの世話と父の介護で手が回らない", "ダブルケア"),
        ("毎朝パンを買いに来るおばあさんが最近来ない", "近所"),
    ],
)
def test_what_the_message_tells_hints_its_subject(typed, subject):
    assert subject in hinted_subjects(unify(typed))


@pytest.mark.parametrize(
    "typed",
    ["雨続きで参ってしまいました", "猫の世話を頼みたい", "弟の世話になっている"],
)
def test_without_the_care_or_the_pair_no_subject_is_hinted(typed):
    assert not {"介護疲れ", "ダブルケア"} & set(hinted_subjects(unify(typed)))


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("じいちゃん腰悪くて出らんねえ。家さ来てもらえんのけ", "center-home-visit"),
        ("介護施設で働く友人が、同僚の職員が入居者を叩いているのを見たそうです。どこに知らせれば", "abuse-in-facility"),
        ("妻の介護をしてるが、わしの方が先に参りそうだ", "caregiver-exhausted"),
        ("うちの娘が、孫の世話と私の母の介護で毎日くたくたです。相談できるところは", "caregiver-double-care"),
        ("八百屋です。毎朝野菜を買いに来るおばあさんが、最近元気がなくて気になる", "watch-neighbor-worry"),
        ("誰でも相談していいんですか？お金かかる？", "center-who-can-consult"),
        ("市外から通ってくる知り合いのおばあさんのことも、こっちのセンターで相談できる？", "outside-chiba-city"),
    ],
)
def test_own_sentences_find_their_answer(seed_index, typed, slug):
    match = seed_index.best(typed)
    assert match is not None and match.slug == slug
