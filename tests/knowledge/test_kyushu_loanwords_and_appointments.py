"""Held-out round 17's causes, as families (own sentences): Kyushu endings (どげん, よかと, 〜やろ, adjectives
in か, ば for を), loanwords typed in hiragana, 配食 in kana, くたびれる for 疲れる, a husband's word for his
wife (女房) and the other spoken names of family as no subject, the care insurance's paperwork named without
the certification; and, as no FAQ question, a follow-up about one's own application and a visit already
agreed (not_faq.txt, and no 訪問 hint for a visit that is an appointment of one's own)."""

import pytest

from knowledge.ranker import asks
from knowledge.text_features import message_features
from knowledge.vocabulary import hinted_subjects, standard_endings, unify


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("どげんすればよかと", "どうすればいいの"),
        ("どがんしたらよかとやろか", "どうしたらいいのだろうか"),
        ("父がどぎゃんもならん", "父がどうもならん"),
        ("これで合っとるとやろ", "これで合っているのだろう"),
        ("夜中に起こされるけんえらかね", "夜中に起こされるけんえらいね"),
        ("一人で介護してきつか毎日", "一人で介護してきつい毎日"),
        ("さびしか", "さびしい"),
        ("父に薬ば飲ませたい", "父に薬を飲ませたい"),
        ("いつ行けばいいやろか", "いつ行けばいいだろうか"),
        ("何かよか手はなかろうか", "何かよい手はなかろうか"),
        ("誰に聞けばよかですか", "誰に聞けばよいですか"),
    ],
)
def test_kyushu_endings_are_read_in_the_standard_form(typed, read):
    assert standard_endings(typed) == read


@pytest.mark.parametrize(
    "kept",
    [
        "一緒にやろう",
        "やろうか迷う",
        "母はいたか",
        "よかったです",
        "それでよかろう",
        "つらかった",
        "何か言葉をかけたい",
        "そうすれば",
    ],
)
def test_standard_words_that_look_kyushu_are_kept(kept):
    assert standard_endings(kept) == kept


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("ちぇっくりすとをうけたい", "チェックリスト"),
        ("はいしょくさーびすを頼みたい", "配食サービス"),
        ("えんでぃんぐのーとの書き方", "エンディングノート"),
        ("おれんじかふぇはどこ", "オレンジカフェ"),
        ("介護べっどのれんたる", "ベッド"),
        ("ぼらんてぃあをしたい", "ボランティア"),
    ],
)
def test_loanwords_typed_in_hiragana_are_read_in_katakana(typed, read):
    assert read in unify(typed)


@pytest.mark.parametrize("kept", ["母といれば安心です", "それでいいです", "けあがいる"])
def test_native_hiragana_is_not_read_as_a_loanword(kept):
    assert unify(kept) == kept


def test_kutabireru_is_tiredness_and_hints_caregiver_fatigue():
    unified = unify("夫の介護でくたびれてしまった")
    assert "疲れ" in unified
    assert "介護疲れ" in hinted_subjects(unified)


@pytest.mark.parametrize("family", ["女房", "かみさん", "母ちゃん", "父ちゃん", "連れ合い"])
def test_spoken_names_of_family_carry_no_subject(family):
    whole, _ = message_features(f"{family}の物忘れが心配")
    assert not {family} & set(whole[2])


@pytest.mark.parametrize(
    "typed", ["父の介護保険の手続きを始めたい", "介護保険の申し込みはどこで", "母の介護保険を申し込みたい"]
)
def test_the_care_insurances_paperwork_hints_the_certification(typed):
    assert "要介護認定" in hinted_subjects(unify(typed))


@pytest.mark.parametrize(
    ("typed", "hinted"),
    [
        ("センターの人が家に来てくれる約束でした。何時でしたか", False),
        ("来週、包括の方に家に来てもらう予定です。時間を知りたい", False),
        ("センターの人に家に来てもらう約束をしたい", True),
        ("一度家に来てもらえませんか", True),
    ],
)
def test_a_visit_already_agreed_is_no_visit_asked_for(typed, hinted):
    assert ("訪問" in hinted_subjects(unify(typed))) is hinted


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("親の介護で、ついきつか言葉ば言うてしまう。どげんしたらよかと", "abuse-caregiver-at-limit"),
        ("ちぇっくりすとってなんのこと", "prevention-basic-checklist"),
        ("父はもう一人で着替えもできん。介護保険の手続きはどこから始めればいい", "care-cert-apply"),
        ("かみさんの介護でくたびれてしまった。話を聞いてくれる所はないか", "caregiver-exhausted"),
        ("はいしょくってどうやって頼むの", "living-shopping-meals"),
    ],
)
def test_round17_families_find_their_entry_first(seed_index, typed, slug):
    assert seed_index.ranked(typed, [], 1)[0].slug == slug


@pytest.mark.parametrize(
    "typed",
    [
        "先々月に申し込んだ母の介護認定、結果はもう届いていますか。担当さんに見てもらいたい",
        "祖父の認定を申請したのですが、その後どうなったか担当者に確かめてください",
        "あさって包括の人に父の家へ来てもらう約束でした。何時からだったか確認したい",
    ],
)
def test_follow_ups_about_ones_own_case_or_appointment_are_no_faq_question(seed_index, typed):
    assert seed_index.best(typed) is None


@pytest.mark.parametrize(
    "typed",
    [
        "近くに集まれる場所はあるのかね",
        "年寄りでも使えるかね、あの制度は",
        "バスで行けるかい",
        "ヘルパーさんに頼んでもいいかしら",
        "夜はどげんすればよかと",
        "誰に言えばいいんやろか",
        "ここで聞いてよかったかい",
    ],
)
def test_older_speakers_and_regional_questions_ask_something(typed):
    assert asks(typed) == 1.0


@pytest.mark.parametrize("plain", ["今日は部屋が暖かい", "字が細かい", "母はお金かね", "みんなで一緒にやろう"])
def test_adjectives_in_kai_and_plain_statements_ask_nothing(plain):
    assert asks(plain) == 0.0
