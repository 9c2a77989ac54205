"""Held-out round 19's causes, as families (own sentences): a verb's dictionary form and できる or 多い written
apart (learners of Japanese, deaf writers in sign-language order) read as the potential and 〜ことが多い, a far
town said in plain words (caring from afar) and forgetting said to happen often (memory worries), another's
family far away (ご家族も遠方) not read as the writer caring from afar, a name in quotes read as a word of its
sentence; and, as no FAQ question, a visit to arrange for someone whose address the writer offers."""

import pytest

from knowledge.ranker import asks
from knowledge.vocabulary import helpers_apart, hinted_subjects, unify, unquote_names, visit_to_arrange


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("父 歩く できない", "父 歩けない"),
        ("センター 行く できない", "センター 行けない"),
        ("日本語 話す できますか", "日本語 話せますか"),
        ("ひとり ごはん 食べる できない", "ひとり ごはん 食べられない"),
        ("職員 家 来る できますか", "職員 家 来られますか"),
        ("父 運転する できない", "父 運転できない"),
        ("ははは かぎ なくす おおい", "ははは かぎ なくすことが多い"),
        ("夜 ねむる 多い", "夜 ねむることが多い"),
    ],
)
def test_a_dictionary_form_and_its_helper_written_apart_read_as_one_form(typed, read):
    assert helpers_apart(typed) == read


@pytest.mark.parametrize(
    "kept",
    [
        "歩くことができない",
        "歩けない",
        "歩く できるだけ",
        "本 多い",
        "できる だけ 早く",
    ],
)
def test_forms_written_together_or_not_after_a_verb_are_left_as_typed(kept):
    assert helpers_apart(kept) == kept


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("「オレンジカフェ」のチラシをもらった", "オレンジカフェのチラシをもらった"),
        ("『チームオレンジ』って何", "チームオレンジって何"),
        ("駅で「成年後見制度」という言葉を見た", "駅で成年後見制度という言葉を見た"),
    ],
)
def test_a_quoted_name_is_read_as_a_word_of_its_sentence(typed, read):
    assert unquote_names(typed) == read


@pytest.mark.parametrize(
    "kept", ["母が「帰る」と言って出ていく", "「行かない」って言い張る", "「もう嫌だ、疲れた」と言う"]
)
def test_quoted_speech_keeps_its_quotes(kept):
    assert unquote_names(kept) == kept


@pytest.mark.parametrize(
    ("typed", "subject"),
    [
        ("父は最近、約束を忘れることが多いです", "認知症"),
        ("ちち ひとり とおく の まち", "遠距離介護"),
        ("母は遠くの町で一人暮らし", "遠距離介護"),
        ("兄弟はみんな遠くにいて、親を見られない", "遠距離介護"),
    ],
)
def test_subjects_said_in_plain_words_are_hinted(typed, subject):
    assert subject in hinted_subjects(unify(typed))


@pytest.mark.parametrize(
    "typed",
    ["サークルの仲間が元気がない。ご家族も遠方らしい", "隣の方のご家族は県外にお住まいです", "とおくにいけない"],
)
def test_another_family_far_away_or_not_going_far_is_not_caring_from_afar(typed):
    assert "遠距離介護" not in hinted_subjects(unify(typed))


@pytest.mark.parametrize(
    "typed",
    [
        "住所を教えるから、誰かあのおばあさんを見に行ってほしい",
        "部屋番号をお伝えしますので、職員の方に会いに行っていただけませんか",
        "家は知っています。どなたか話を聞きに行ってもらえないでしょうか",
    ],
)
def test_an_address_offered_with_a_visit_asked_for_is_a_visit_to_arrange(typed):
    assert visit_to_arrange(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "センターの人に家に来てもらえますか",
        "遠方なので、母の様子を見に行ってもらうことはできますか",
        "住所が変わったら届け出は必要ですか",
        "近所のおばあさんの家は知っているけど、最近見かけない。誰に伝えればいい",
    ],
)
def test_a_visit_asked_about_or_an_address_alone_is_not(typed):
    assert not visit_to_arrange(typed)


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("ちち、なまえ わすれる おおい。どこ に そうだん する？", "dementia-first-worry"),
        ("ぼく とうきょう。ちち ひとり とおく の まち。かいご どうする？", "caregiver-long-distance"),
        ("わたし ちば すむ。はは とおく の まち。かいご したい", "caregiver-long-distance"),
        ("病院の待合室で『あんしんケアセンター』って書いてあるチラシを見ました。どんな所ですか", "center-about"),
        ("センター 人 わたし 家 来る できる？ わたし 歩く できない", "center-home-visit"),
    ],
)
def test_round19_families_are_answered(seed_index, typed, slug):
    match = seed_index.best(typed)
    assert match is not None and match.slug == slug


@pytest.mark.parametrize(
    "typed",
    [
        "常連のおばあさんが今日は様子が変で心配。住所は分かるので、どなたか様子を見に行ってもらえませんか",
        "教会の仲間が最近元気がない。ご家族は県外にいるらしい。どうしたらいい？",
        "サークルの仲間がこのところ塞ぎこんでいて、ご家族も遠方だそうです。誰か直接会いに行ってくれる人はいないでしょうか",
    ],
)
def test_a_visit_to_arrange_or_another_family_far_away_is_no_faq_answer(seed_index, typed):
    assert seed_index.best(typed) is None


def test_an_address_asked_for_is_not_one_offered():
    assert not visit_to_arrange("センターの住所を教えてください。母の様子を見に行ってほしいと頼みたい")


@pytest.mark.parametrize(
    "typed", ["どげんしたらよかと", "どないしよ", "誰に聞けばいいやろか", "道を問ひたし", "話がしてえ"]
)
def test_regional_and_classical_endings_ask_through_the_vocabulary(typed):
    assert asks(typed) == 1.0


@pytest.mark.parametrize(
    "plain", ["ばあちゃんは九十だけどげんき", "毎日しんどうて眠れん", "痩せてきたし、食べてない感じ"]
)
def test_words_that_only_contain_those_endings_ask_nothing(plain):
    assert asks(plain) == 0.0
