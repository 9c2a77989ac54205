"""Words residents use for the FAQ's subjects (held-out round 11, fixed at their causes): a relative who
lives in another prefecture or a large city elsewhere, the centers' former name, 日帰り for a day service,
a refusal insisted on, a bill bigger than expected, a name kept back with the particle dropped, and
filler (そもそも, the spoken とこ) that carries no subject. The sentences are this test's own.
"""

import pytest

from knowledge.retrieval import OUTSIDE_CITY_HINT
from knowledge.text_features import message_features
from knowledge.vocabulary import hinted_subjects, normalize_for_index, unify


def hints(text: str) -> list[str]:
    return hinted_subjects(unify(text))


# --- a relative living elsewhere -------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "兄は広島に住んでいます",
        "叔母が神奈川県でひとり暮らしをしています",
        "祖父は名古屋市で暮らしている",
        "父が福岡で一人暮らし",
        "母は、今も大阪に住んでいます。",
        "娘は埼玉県在住です",
    ],
)
def test_a_relative_living_in_another_prefecture_or_city_hints_at_outside_the_city(typed):
    assert OUTSIDE_CITY_HINT in hints(typed)


@pytest.mark.parametrize(
    "typed",
    [
        # The writer lives elsewhere, the parent in the city: a family far away, not a person outside.
        "私は東京に住んでいて、千葉市の母の介護が心配です",
        # A region names no municipality.
        "親が四国で一人暮らしです",
        # A relative who works or travels elsewhere lives nowhere else for it.
        "兄は東京の会社に勤めています",
        "母と大阪へ旅行に行きました",
    ],
)
def test_where_the_writer_lives_a_region_or_a_trip_is_no_sign_of_outside_the_city(typed):
    assert OUTSIDE_CITY_HINT not in hints(typed)


def test_a_parent_in_a_far_region_hints_at_caring_from_afar():
    assert "遠距離介護" in hints("親が四国で一人暮らしです")


def test_a_question_about_a_relative_in_another_prefecture_finds_the_outside_city_entry(seed_index):
    for typed in (
        "兄は広島に住んでいます。兄の介護のことをここで相談できますか",
        "叔母が神奈川県でひとり暮らしをしています。こちらで話を聞いてもらえますか",
    ):
        match = seed_index.best(typed)
        assert match is not None and match.slug == "outside-chiba-city", typed


def test_a_family_far_from_a_parent_in_the_city_still_finds_caring_from_afar(seed_index):
    match = seed_index.best("私は東京に住んでいて、千葉市の母の介護が心配です")
    assert match is not None and match.slug == "caregiver-long-distance"


# --- words for a subject ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "subject"),
    [
        ("祖母を日帰りで預かってくれる所", "デイサービス"),
        ("ひがえりで かよえる ところ", "デイサービス"),
        ("父を昼間だけ預けたい", "デイサービス"),
        ("夫が検査に行かないの一点張りで", "嫌がる"),
        ("母が病院には行かないって言い張る", "嫌がる"),
        ("デイの利用料が思ったより高かった", "費用"),
        ("名前言わずに知らせたい", "匿名"),
        ("名前出さないでもらえますか", "匿名"),
    ],
)
def test_a_described_situation_hints_at_its_subject(typed, subject):
    assert subject in hints(typed)


@pytest.mark.parametrize(
    "plain",
    [
        "母は一泊二日で預けました",  # nights: a stay, not a day service
        "父が出かけると言い張る",  # insisting, but on no refusal to go
        "名前を教えてください",
    ],
)
def test_near_words_hint_at_nothing_of_these(plain):
    assert not {"デイサービス", "嫌がる", "匿名"} & set(hints(plain))


def test_the_centers_former_name_is_read_as_the_center():
    assert "あんしんケアセンター" in unify("在宅介護支援センターって今もありますか")


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("在宅介護支援センターって今はどうなっているの？何をしてくれるところ？", "center-about"),
        ("祖母を日帰りで週二回ほど預かってくれる所を探しています", "care-day-service"),
        ("虐待を見かけたけど、名前言わずに知らせることはできますか", "abuse-report"),
        ("夫が認知症の検査に行かないの一点張りで困っています", "dementia-refuses-doctor"),
        ("ショートステイを使ったら思ったより高かった。自己負担はいくら？", "care-cost-share"),
    ],
)
def test_a_question_in_these_words_finds_its_entry(seed_index, typed, slug):
    match = seed_index.best(typed)
    assert match is not None and match.slug == slug


def test_filler_words_carry_no_subject():
    whole, _ = message_features("包括ってそもそも何してくれるとこ？")
    assert "抑" not in whole[2] and "とこ" not in whole[2]


def test_a_bill_for_something_else_going_up_is_no_faq_question(seed_index):
    assert seed_index.best("ガソリン代が前より上がったのはどうしてだろう") is None
    assert normalize_for_index("ガソリン代が前より上がった") == unify("ガソリン代が前より上がった")
