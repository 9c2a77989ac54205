"""Held-out rounds 26 and 27's causes, as families (own sentences): amounts asked in the speech of the north
and the Kanto (なんぼ, くれえ, かかんだ, じゃねえ, 〜がて) read in the standard form; being forgetful (忘れっぽい) as
memory loss; how to answer someone (受け答え) as how to be with them; a care level asked to be looked at once
more, or said to be too low; something to get about with said as "legs"; a shared building as the neighbourhood;
a guarantor typed in kana; the formal words of official letters. Must-not checks: a carer's own trip far away is
no care from afar, and those the answer is to be passed on to, named last, are no subject."""

import pytest

from knowledge.text_features import message_features
from knowledge.vocabulary import drop_audience, hinted_subjects, standard_endings, unify


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("デイに通うとなんぼかかる", "デイに通うといくらかかる"),
        ("ひと月いくらくれえだ", "ひと月いくらくらいだ"),
        ("1万ぐれえで足りるか", "1万ぐらいで足りるか"),
        ("ヘルパー頼むといくらかかんだ", "ヘルパー頼むといくらかかるんだ"),
        ("そんなのわかんだろ", "そんなのわかるんだろ"),
        ("それは病気じゃねえか", "それは病気じゃないか"),
        ("まだ元気だがに、歩けないがて", "まだ元気だがに、歩けないのだ"),
    ],
)
def test_amounts_and_endings_of_regional_speech_are_read_in_the_standard_form(typed, read):
    assert standard_endings(typed) == read


@pytest.mark.parametrize("kept", ["早く教えてくれえ", "そんなのできんだろう", "ねえ、聞いて"])
def test_look_alikes_of_the_regional_amounts_are_left_alone(kept):
    assert standard_endings(kept) == kept


@pytest.mark.parametrize(
    ("typed", "subject"),
    [
        ("祖母がこのごろ忘れっぽくなってきた", "物忘れ"),
        ("おっと が わすれっぽく なった", "物忘れ"),
        ("認知症の母への受け答えが難しい", "接し方"),
        ("祖父が同じ質問ばかりしてくる", "同じことを何度も"),
        ("要支援2と出たけど、もう一度みてもらえないか", "区分変更"),
        ("父の介護度、今の状態に比べて軽すぎると思う", "区分変更"),
        ("病院まで足になってくれるサービスはある？", "移動手段"),
        ("同じ棟のおばあさんが最近ふさぎこんでいる", "近所"),
        ("親が遠方に住んでいて様子がわからない", "遠距離介護"),
    ],
)
def test_what_the_message_tells_hints_its_subject(typed, subject):
    assert subject in hinted_subjects(unify(typed))


@pytest.mark.parametrize(
    ("typed", "subject"),
    [
        ("要介護2だけど使える回数が少なすぎる", "区分変更"),
        ("足になる体操を教えて", "移動手段"),
        ("葬儀で遠方へ行くので母を2泊預けたい", "遠距離介護"),
        ("出張で遠方に出かける間、父を見てもらえるところ", "遠距離介護"),
    ],
)
def test_look_alikes_of_the_new_cues_hint_at_nothing(typed, subject):
    assert subject not in hinted_subjects(unify(typed))


@pytest.mark.parametrize(
    ("typed", "unified"),
    [
        ("ほしょうにん が いない", "保証人がいない"),
        ("父の介護度は過少と思料", "父の介護度は少なすぎると思う"),
        ("昨年に比し悪化", "昨年に比べ悪化"),
    ],
)
def test_kana_and_formal_words_are_read_as_the_faqs_words(typed, unified):
    assert unify(typed) == unified


def test_those_the_answer_is_passed_on_to_named_last_are_no_subject():
    assert drop_audience("介護保険は誰が使えますか。施設の利用者さんに説明したいです") == "介護保険は誰が使えますか。"
    assert drop_audience("成年後見とは何か、家族に伝えたいので") == "成年後見とは何か、"


@pytest.mark.parametrize("kept", ["認知症のことを子どもに説明したい", "母にどう説明したらいいですか。困っています"])
def test_an_explanation_that_is_the_question_itself_is_kept(kept):
    assert drop_audience(kept) == kept


def test_a_former_spouse_and_a_bare_none_carry_no_subject():
    lemmas = message_features("元妻の介護、身寄りなし")[0][2]
    assert "元妻" not in lemmas and "なし" not in lemmas
    assert "介護" in lemmas and "身寄り" in lemmas
