"""Held-out round 28's causes, as families (own sentences): a voiced mark slipped once in a long known word of a
message that has its other marks; a kanji word typed in kana (にんてい) read as the word only where it stands as
one; being handled roughly (乱暴に扱われる) read as mistreatment by whoever does it, so that family named as the
ones who do it is abuse at home and staff named is abuse in a facility. Must-not checks: short words and messages
with their marks stay as typed; 何人程度 in kana is no care certification."""

import pytest

from knowledge.vocabulary import hinted_subjects, restore_voicing, unify


@pytest.mark.parametrize(
    ("typed", "restored"),
    [
        ("ぐるーぷほーむに入るにはどうすれば", "ぐるーぷほーむ"),  # as typed: nothing to restore
        ("ひとりくらしの母が心配です", "ひとりぐらし"),
        ("ちちが しょーとすていを つかいたいと いってます", "しょーとすてい"),
        ("かいこほけんの申請をしたいです", "かいごほけん"),
    ],
)
def test_a_long_known_word_gets_its_slipped_mark_back_in_a_message_with_other_marks(typed, restored):
    assert restored in restore_voicing(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "いえはいいけど、庭が広すぎて困っています",  # 家はいい: a short word stays as typed
        "はははげんきです。かいこのことはまたこんど",
    ],
)
def test_short_words_in_a_message_with_marks_stay_as_typed(typed):
    assert restore_voicing(typed) == typed


def test_a_slipped_mark_in_a_loanword_reads_as_the_faqs_word():
    assert "クーリングオフ" in unify("くーりんくおふはできますか")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("にんていをうけるにはどうすればいいの", "認定"),
        ("ははの にんてい が でました", "認定"),
        ("かいごにんていの申請", "要介護認定"),
    ],
)
def test_certification_typed_in_kana_is_read_as_the_word(typed, read):
    assert read in unify(typed)


@pytest.mark.parametrize("typed", ["さんにんていどで集まります", "よにんていどの教室ですか"])
def test_kana_that_only_contain_the_sound_are_no_certification(typed):
    assert "認定" not in unify(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "向かいのおじいさんが息子さんに乱暴に扱われているようです",
        "父がデイで乱暴に扱われていないか心配",
    ],
)
def test_being_handled_roughly_is_read_as_mistreatment(typed):
    assert "ひどい扱いを受け" in unify(typed)


def test_staff_named_as_handling_roughly_still_hint_at_abuse_in_a_facility():
    assert "施設内虐待" in hinted_subjects(unify("施設の職員さんに父が乱暴に扱われていました"))
    assert "施設内虐待" not in hinted_subjects(unify("隣の家で、お年寄りが嫁に乱暴に扱われています"))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "団地の掃除をしていて、上の階のおばあさんが娘さんに乱暴に扱われているのを見ました。どこに言えば",
            "abuse-report",
        ),
        ("老人ホームで母が職員から乱暴に扱われているようです。どこに相談すれば", "abuse-in-facility"),
    ],
)
def test_who_handles_roughly_decides_home_or_facility(seed_index, typed, expected):
    best = seed_index.best(typed)
    assert best is not None and best.slug == expected
