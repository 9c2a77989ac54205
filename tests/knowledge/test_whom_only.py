"""A first message that names only whom a worry is about, with no content (own sentences), is no FAQ question:
any entry would be a guess, and the conversation asks what the worry is. A person named with a content word
is still a question."""

import pytest

from knowledge.vocabulary import whom_only

WHOM_ONLY = [
    "父のことで困っています",
    "母の生活のことで困っています",
    "近所のおばあさんのことで",
    "親のことで相談",
    "祖母のことで相談したいのですが",
    "義母のことでちょっと悩んでいます",
    "実家の両親のことで相談があります",
    "夫のことで困ってます。",
    "母の今後のことで相談させてください",
    "一人暮らしの父のことで相談です",
    "すみません、祖父のことでご相談があります",
    "叔母の件で相談したいです",
    "高齢の母について相談です",
    "母のことで聞きたいことがあります",
    "父の様子のことで困っていて",
    "ちちのことで そうだん したい",
    "おっとのことで なやんでいます",
    "ははのことでこまっています",
]

WITH_CONTENT = [
    ("母の物忘れのことで相談です", "dementia-first-worry"),
    ("父の介護保険の申請のことで", "care-cert-apply"),
    ("祖母の施設入所のことで悩んでいます", "care-facility-admission"),
]


@pytest.mark.parametrize("typed", WHOM_ONLY)
def test_whom_and_a_worry_alone_is_read_as_whom_only(typed):
    assert whom_only(typed)


@pytest.mark.parametrize(
    "typed",
    [
        *(text for text, _ in WITH_CONTENT),
        "父の入院費のことで相談したい",
        "母の介護認定のことで困っています",
        "近所のおばあさんの見守りのことで",
        "父が最近怒りっぽくて困っています",
        "母のことで相談です。最近ご飯を食べません",
        # A neighbour worried about is watch-neighbor-worry's own question.
        "近所に住む高齢の方のことで気になっています",
        "隣のおじいさんのことが心配です",
        "ははの にゅういんの ことで そうだん",
    ],
)
def test_a_content_word_or_a_neighbour_worried_about_is_not_whom_only(typed):
    assert not whom_only(typed)


@pytest.mark.parametrize("typed", WHOM_ONLY)
def test_whom_only_gets_no_faq_answer(seed_index, typed):
    assert seed_index.best(typed) is None


@pytest.mark.parametrize(("typed", "slug"), WITH_CONTENT)
def test_a_person_with_a_content_word_is_still_answered(seed_index, typed, slug):
    found = seed_index.best(typed)
    assert found is not None and found.slug == slug
