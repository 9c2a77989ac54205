"""Questions as residents type them (held-out rounds 7, 8 and 9, fixed at their causes): regional and rough
plain endings, Japanese typed in romaji, numbered lists, the key words inside a quotation. The sentences
here are this test's own."""

import pytest

from knowledge.text_features import message_features
from knowledge.vocabulary import list_marks_as_breaks, romaji_to_kana, standard_endings, unify


@pytest.mark.parametrize(
    ("typed", "standard"),
    [
        ("成年後見ってのは何だ", "成年後見とは何だ"),
        ("手すりをつけてえんだけど", "手すりをつけたいんだけど"),
        ("申し込みの仕方がわからねえ", "申し込みの仕方がわからない"),
        ("昼間は誰もいねえ", "昼間は誰もいない"),
        ("薬をちゃんと飲んでねえ", "薬をちゃんと飲んでない"),
        ("どこに頼みゃいいんだ、どうすりゃいい", "どこに頼みゃいいんだ、どうすればいい"),
        ("どこに聞いたらええか", "どこに聞いたらいいか"),
        ("年金だけで足りるんだっぺか", "年金だけで足りるんだか"),
        # Niigata, Toyama/Kanazawa, Tosa, Tohoku (round 9).
        ("デイサービスって、誰でも使えるがか？", "デイサービスは、誰でも使えるのか？"),
        ("ヘルパーさんって家まで来てくれるがけ？", "ヘルパーさんって家まで来てくれるのか？"),
        ("足が悪いすけ、買い物に行けねえ", "足が悪いから、買い物に行けない"),
        ("費用はかからねえか心配", "費用はかからないか心配"),
        ("誰か来てくれる方法ねえろか", "誰か来てくれる方法ないだろうか"),
        ("話を聞いてくれるろうか", "話を聞いてくれるだろうか"),
        ("父が歩けんもんで", "父が歩けないもんで"),
    ],
)
def test_regional_and_rough_endings_read_as_the_standard_ones(typed, standard):
    assert standard_endings(typed) == standard


@pytest.mark.parametrize(
    "plain",
    [
        *("いっぺんに全部は無理", "おねえさんに聞いた", "大変だねえ", "かわいいねえ", "そうですねえ", "ええ、そうです"),
        *("ねえ、ちょっと聞いて", "おねえちゃんが来た", "家のろうかで転んだ", "スケジュールを教えて"),
    ],
)
def test_words_that_only_look_like_those_endings_are_left_alone(plain):
    assert standard_endings(plain) == plain


def test_regional_endings_are_read_in_unify_too():
    assert unify("足が悪いすけ、買い物に行けねえ") == "足が悪いから、買い物に行けない"
    assert unify("家のろうかで転んだ") == "家のろうかで転んだ"


def test_a_question_in_rough_speech_finds_the_entry_it_finds_in_standard_speech(seed_index):
    # (a question with one clear entry: 「どうやって決めてもらう」 sits between what guardianship is and how
    # to apply, and the ranker rightly doubts it however it is spoken)
    rough = "成年後見ってのは、どんな制度なんだっぺ。ようわからねえ"
    plain = "成年後見とは、どんな制度なのか。よくわからない"
    assert seed_index.ranked(rough, [], 1)[0].slug == seed_index.ranked(plain, [], 1)[0].slug
    assert seed_index.best(rough) is not None


@pytest.mark.parametrize(
    ("typed", "kana"),
    [
        ("kaigo hoken no shinsei wa dou sureba ii no", "かいごほけんのしんせいはどうすればいいの"),
        ("herupaa ni kite hoshii", "へるぱーにきてほしい"),
        ("haha no kaigo ga tsurai", "ははのかいごがつらい"),
        # Among Japanese (round 9): the romaji words, each apart; English function words (no, to) stay
        # English, to be dropped.
        ("HOUMON KANGO tte 何?", "ほうもん かんご って 何?"),
        ("OMUTSU no お金 tasukete", "おむつ no お金 たすけて"),
    ],
)
def test_japanese_typed_in_romaji_is_read_in_hiragana(typed, kana):
    assert romaji_to_kana(typed) == kana


@pytest.mark.parametrize(
    "english",
    [
        "how do I apply for care insurance",
        "My father needs help at home",
        "where is the nearest center",
        "ok",
        "母の介護 help",
        # English among Japanese: its words are no romaji (help, father).
        "please help me 母が心配です",
        "my father has dementia 薬",
        # All-capital names that spell no romaji stay as typed.
        "LINEで相談できますか",
        # One romaji-looking word is a place or a name, not romaji writing.
        "My mother lives in Osaka 介護",
    ],
)
def test_english_and_mixed_messages_are_not_read_as_romaji(english):
    assert romaji_to_kana(english) == english


def test_a_romaji_question_finds_its_entry(seed_index):
    match = seed_index.best("kaigo hoken no shinsei wa dou sureba ii desu ka")
    assert match is not None and match.slug == "care-cert-apply"


def test_romaji_among_japanese_is_read_before_the_spelling_variants_and_english_still_goes():
    assert unify("HOUMON KANGO tte 何?") == "訪問看護 って 何?"  # the FAQ's own word
    assert unify("OMUTSU no お金 tasukete") == "おむつ お金 たすけて"
    assert unify("my father has dementia 薬") == "父 認知症 薬"
    assert unify("My mother lives in Osaka 介護") == "母 介護"


def test_a_romaji_question_among_japanese_finds_its_entry(seed_index):
    match = seed_index.best("HOUMON KANGO tte 何? dare ga kuru?")
    assert match is not None and match.slug == "medical-visiting-nurse"


def test_list_numbers_are_breaks_not_digits():
    assert list_marks_as_breaks("①父88歳②ひとり暮らし") == "\n父88歳\n ひとり暮らし".replace(" ", "")
    assert "1" not in unify("①父88歳②ひとり暮らし③ヘルパーを頼みたい")
    # Ordinary digits stay: an age decides who can use care insurance.
    assert "88" in unify("①父88歳")


def test_a_numbered_list_finds_the_entry_of_its_request(seed_index):
    typed = "①父88歳②ひとり暮らし③ホームヘルパーに来てもらいたい　どうする？"
    plain = "父88歳。ひとり暮らし。ホームヘルパーに来てもらいたい　どうする？"
    assert seed_index.ranked(typed, [], 1)[0].slug == seed_index.ranked(plain, [], 1)[0].slug


def test_words_in_quotation_marks_are_a_clause_of_their_own():
    _, clauses = message_features("友だちが「ヘルパーの頼み方がわからない」とこぼしていた。何か方法は？")
    _, without = message_features("友だちがヘルパーの頼み方がわからないとこぼしていた。何か方法は？")
    quoted = ["ヘルパー", "頼む"]
    assert quoted in [lemmas for _, _, lemmas in clauses]
    assert quoted not in [lemmas for _, _, lemmas in without]


def test_an_acknowledgement_in_english_carries_no_subject(seed_index):
    assert "OK" not in unify("この窓口に聞いてもOK？")
    assert seed_index.best("OK") is None
    assert seed_index.best("okay") is None
