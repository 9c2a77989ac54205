"""Round 12's causes, as families: subjects told by two things said together (a child's age beside care,
an age under 65 beside dementia, a care level asked to be done again), everyday names of a subject
(専門職チーム, お手伝いさん, サポート医, bills that cannot be met), and Kyushu/Tohoku endings."""

import pytest

from knowledge.vocabulary import hinted_subjects, normalize_for_index, standard_endings, unify


@pytest.mark.parametrize(
    ("typed", "subject"),
    [
        ("保育園の送り迎えをしながら父の介護もしている", "ダブルケア"),
        ("・こども5歳・義母を介護中・手が足りない", "ダブルケア"),
        ("介護と育児で毎日へとへと", "ダブルケア"),
        ("妻は48歳ですが認知症と言われました", "若年性認知症"),
        ("五十代の夫が認知症かもしれません", "若年性認知症"),
        ("要介護1の母、認定のあと急に弱ったので見直しを頼みたい", "区分変更"),
        ("認定の結果が軽すぎる、やり直しはできる？", "区分変更"),
        ("父の認定を今の様子に合わせてほしい", "区分変更"),
        ("専門家のチームに家へ来てもらえる仕組み", "初期集中支援チーム"),
        ("認知症に詳しいお医者さんを探したい", "認知症サポート医"),
        ("お手伝いさんに来てもらうには", "ヘルパー"),
        ("電気代が払えなくなりそうです", "支払いに困る"),
    ],
)
def test_a_subject_told_in_other_words_or_by_two_things_said_together_is_hinted(typed, subject):
    assert subject in hinted_subjects(unify(typed))


@pytest.mark.parametrize(
    "plain",
    [
        "子ども3歳の保育園の申し込みはいつまで",  # a child without care
        "五十歳で転職を考えています",  # an age without dementia
        "85歳の母が認知症と言われました",  # dementia at an older age
        "車検の見直しで安くしたい",  # looked at again, no care level
        "介護保険の認定を受けたい",  # a care level without redoing
        "電気代の支払い方法を知りたい",
        "医師の説明がよくわからない",
    ],
)
def test_one_of_the_pair_alone_or_a_near_word_hints_at_none_of_these(plain):
    found = hinted_subjects(unify(plain))
    assert not set(found) & {"ダブルケア", "若年性認知症", "区分変更", "支払いに困る", "認知症サポート医"}


@pytest.mark.parametrize(
    ("typed", "standard"),
    [
        ("一人で住んどる", "一人で住んでいる"),
        ("よう知っとるね", "よう知っているね"),
        ("最近元気のなかごたる", "最近元気がないようだ"),
        ("見に来てもらえんかね", "見に来てもらえないかね"),
        ("お手伝いの人来でもらうには", "お手伝いの人来てもらうには"),
        ("どうすればいいべ", "どうすればいいだろう"),
        ("誰か来てくれるべか？", "誰か来てくれるだろうか？"),
    ],
)
def test_kyushu_and_tohoku_endings_read_in_the_standard_form(typed, standard):
    assert standard_endings(typed) == standard


@pytest.mark.parametrize(
    "plain",
    ["家のなかで転んだ", "するべきことを知りたい", "書類を調べたい", "年とると大変", "ご飯を食べる", "出かけるべきか"],
)
def test_words_that_look_like_those_endings_are_left_alone(plain):
    assert standard_endings(plain) == plain


def test_a_hinted_subject_is_appended_once():
    text = normalize_for_index("保育園の子どもがいて、母の介護もしています")
    assert text.count("ダブルケア") == 1


@pytest.mark.parametrize(
    "typed", ["旅行中に飼い猫の世話を頼みたい", "愛犬を預けられる所", "うちの犬を散歩させてほしい"]
)
def test_a_pet_named_as_the_animal_hints_at_a_pet(typed):
    assert "ペット" in hinted_subjects(unify(typed))


@pytest.mark.parametrize("plain", ["最近猫背がひどくなった", "母を預かってくれる所はありますか"])
def test_posture_or_a_person_looked_after_is_no_pet(plain):
    assert "ペット" not in hinted_subjects(unify(plain))
