"""Round 14's causes, as families: kana typed with no voiced marks at all (゛゜ left off), letters in the old
style (historical kana, 候文, や asking), a message that opens by naming who it is written to (兄さん、
みんな、), bracketed asides, telegraphic 「〜むり」 and 「これなに」, and subjects told in other words
(leaving work for care, the talk about the last days, families in the same position)."""

import pytest

from knowledge.ranker import asks
from knowledge.vocabulary import (
    drop_asides,
    drop_greetings,
    hinted_subjects,
    restore_voicing,
    standard_endings,
    unify,
)


@pytest.mark.parametrize(
    ("typed", "restored"),
    [
        ("へるはーさんに きてほしいてす", "へるぱー"),
        ("てんわはんこうを おしえてくたさい", "でんわばんごう"),
        ("かいこほけんの しんせいは とこにいけは", "かいごほけん"),
        ("ちちのかいこ とうすれはいいか わからない", "どうすれば"),
        ("けあまねしゃーに そうたんしたい", "けあまねじゃー"),
    ],
)
def test_known_words_get_their_voiced_marks_back_in_kana_typed_without_any(typed, restored):
    assert restored in restore_voicing(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "はははげんきです。かいこのことはまたこんど",  # a message with marks keeps every word as typed
        "きのうははのいえにいった",  # no marks, but no known word to restore
        "母の介護保険の申請について知りたい",  # kanji-written, not kana
        "もうしこみはいつまて",  # no known word hidden in it
    ],
)
def test_ordinary_kana_and_kanji_messages_are_left_as_typed(typed):
    assert restore_voicing(typed) == typed


def test_a_question_typed_without_voiced_marks_reads_like_the_marked_one():
    assert "ケアマネジャー" in unify("けあまねしゃー さかしてる")
    assert "生活保護" in unify("せいかつほこ について しりたい")


@pytest.mark.parametrize(
    ("typed", "modern"),
    [
        ("母の言ふこと", "言う"),
        ("いかに答へればよいか", "答え"),
        ("物忘れ日毎に増え候", "増えます"),
        ("申請の方法を承りたく候", "承りたいです"),
        ("施設に入る手立てこれありや", "ありますか"),
        ("費用は掛からぬや", "ないか"),
        ("老いぬうちに備へたく", "備え"),
        ("介護を依頼致したく", "依頼したく"),
    ],
)
def test_the_old_style_of_letters_reads_in_modern_form(typed, modern):
    assert modern in standard_endings(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "家へ帰りたいと言う",  # the particle へ
        "天候が悪い日は休みます",  # 天候
        "候補の施設を教えて",  # 候補
        "今日ひまですか",
        "一人ひとりに合わせて",
        "たぬきそばを食べた",
    ],
)
def test_modern_words_that_look_old_are_left_alone(typed):
    assert standard_endings(typed) == typed


@pytest.mark.parametrize(
    "typed", ["保護の手立てこれありや", "虐待には当たらぬや", "制度を承りたく候", "いかにすべきか迷う"]
)
def test_an_old_style_question_asks_something(typed):
    assert asks(typed) == 1.0


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("姉さん、父さんの認定の結果が届いたよ", "父さんの認定の結果が届いたよ"),
        ("みんな、母の施設のことで相談したい", "母の施設のことで相談したい"),
        ("お兄ちゃん、おばあちゃんの通院どうする?", "おばあちゃんの通院どうする?"),
    ],
)
def test_a_message_opening_by_naming_who_it_is_written_to_drops_the_name(typed, kept):
    assert drop_greetings(typed) == kept


def test_a_name_without_a_comma_is_the_subject_and_stays():
    assert drop_greetings("母さんが最近物忘れがひどい") == "母さんが最近物忘れがひどい"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("デイサービス(週3回)の費用", "デイサービス の費用"),
        ("父が「だちかん」(富山の言葉で、だめという意味)と言う", "父が「だちかん」 と言う"),
    ],
)
def test_a_bracketed_aside_is_not_read_as_the_question(typed, kept):
    assert drop_asides(typed) == kept


def test_an_aside_that_asks_or_a_message_of_only_an_aside_is_kept():
    assert drop_asides("母が転んだ(救急車を呼ぶべき?)") == "母が転んだ(救急車を呼ぶべき?)"
    assert drop_asides("(介護保険)") == "(介護保険)"


def test_a_noun_and_muri_with_the_particle_left_out_reads_as_a_sentence():
    assert "が無理" in standard_endings("買い物むり")
    assert standard_endings("もうむり") == "もうむり"


@pytest.mark.parametrize(
    ("typed", "subject"),
    [
        ("親の介護でパートを辞めるしかない", "介護離職"),
        ("介護のために会社を休みすぎて居づらい", "介護離職"),
        ("延命のことを家族で話し合っておきたい", "人生会議"),
        ("最期をどうしたいか母と話しておきたい", "人生会議"),
        ("同じ境遇の家族と会える集まり", "認知症カフェ"),
        ("怒鳴ってばかりで自分が嫌になる", "自己嫌悪"),
    ],
)
def test_a_subject_told_in_other_words_is_hinted(typed, subject):
    assert subject in hinted_subjects(unify(typed))


def test_quitting_work_without_care_is_no_hint_of_leaving_work_for_care():
    assert "介護離職" not in hinted_subjects(unify("仕事を辞めたい"))


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("これ何ですか", "line-bot-about"),
        ("へるはーさんに きてもらうには とうすれはいい", "care-home-helper"),
        ("介護のためにパートを辞めるしかないかも", "caregiver-work-balance"),
        ("姉さん、延命をどうするか父さんと話し合っておこうって医師に言われた", "eol-acp"),
    ],
)
def test_the_round_14_families_find_their_entry_first(seed_index, typed, slug):
    assert seed_index.ranked(typed, k=1)[0].slug == slug


def test_what_is_this_inside_a_longer_message_is_not_the_account_question(seed_index):
    assert seed_index.ranked("父の薬の袋、これなに", k=1)[0].slug != "line-bot-about"


@pytest.mark.parametrize(
    ("typed", "read"), [("ケアマネて何?", "ケアマネって何?"), ("介護保険てなんですか", "介護保険ってなんですか")]
)
def test_te_for_tte_before_what_something_is_reads_as_tte(typed, read):
    assert standard_endings(typed) == read


def test_te_after_a_verb_before_nani_is_left_alone():
    assert standard_endings("テレビを見てなにもしない") == "テレビを見てなにもしない"


def test_a_question_typed_without_voiced_marks_asks():
    assert asks("ひとりくらしのははか しんはいて たれに そうたんすれは") == 1.0
