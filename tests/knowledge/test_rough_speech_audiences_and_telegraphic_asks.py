"""Held-out round 22's causes, as families (own sentences): rough men's speech (〜ちまう, 出てっ, 〜とける, あんのか,
〜すりゃいい, 〜てくんねえ) read in the standard form; 「なに できる」 with the particle left out; words said to
someone (言葉かけ, 声がけ) as the phrasings' 声かけ; taking someone away from the one who harms them (引き離す) as
protection; living alone said with 住む/暮らす; a bath to be given at home by someone who comes; a group named as
the audience of an explanation, and how the answer is wanted (簡単に言うと), which carry no subject; the rough
親父/おふくろ as the people a message is about. Must-not checks: a personal case's status, an appointment."""

import pytest

from knowledge.ranker import asks
from knowledge.text_features import message_features
from knowledge.vocabulary import drop_audience, drop_manner, hinted_subjects, standard_endings, unify, visit_to_arrange


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("じいさんが夜中に出てっちまう", "じいさんが夜中に出ていってしまう"),
        ("ばあちゃん、また薬を忘れちまった", "ばあちゃん、また薬を忘れてしまった"),
        ("金魚が死んじまった", "金魚が死んでしまった"),
        ("前もってやっとけることはあるか", "前もってやっておけることはあるか"),
        ("書類は取っといてくれ", "書類は取っておいてくれ"),
        ("ケアマネに連絡しといて", "ケアマネに連絡しておいて"),
        ("なんか手はあんのか", "なんか手はあるのか"),
        ("頼めるとこあんの？", "頼めるとこあるの？"),
        ("どこに言やいい", "どこに言えばいい"),
        ("一度うちに来てくんねえか", "一度うちに来てくれないか"),
        ("様子を見てくんない？", "様子を見てくれない？"),
    ],
)
def test_rough_speech_is_read_in_the_standard_form(typed, read):
    assert standard_endings(typed) == read


@pytest.mark.parametrize(
    "kept",
    [
        "ちょっといてくれ",
        "ずっといてほしい",
        "やっと決まった",
        "もっとくれ",
        "押しとどめる",
        "あんのう芋をもらった",
        "出てって！と怒鳴られた",
        "くんねえ",
    ],
)
def test_words_that_only_look_like_rough_endings_are_left_alone(kept):
    assert standard_endings(kept) == kept


@pytest.mark.parametrize(
    "typed",
    ["この LINE なに できる?", "ここ、なに できるの", "このアカウント何できる？"],
)
def test_what_can_be_done_with_the_particle_left_out_reads_with_it(typed):
    assert "何ができる" in unify(typed).replace(" ", "")


@pytest.mark.parametrize("kept", ["なにかできることはある？", "何でもできるわけではない", "このLINEで何ができますか"])
def test_what_can_be_done_said_in_full_is_left_alone(kept):
    assert "何がで" not in unify(kept) or "何ができ" in kept


@pytest.mark.parametrize(
    ("typed", "subject"),
    [
        ("酒癖の悪い兄から母を引き離したい", "保護"),
        ("孫の暴力からばあさんをひきはなす手はないか", "保護"),
        ("向かいのおばあさん、ひとりで住んでいるみたい", "一人暮らし"),
        ("父は団地に独りで暮らしています", "一人暮らし"),
        ("親父の風呂、うちで入れてくれる人を探してる", "ヘルパー"),
        ("自宅で入浴を手伝ってもらえるサービスはある？", "ヘルパー"),
    ],
)
def test_what_the_message_tells_hints_its_subject(typed, subject):
    assert subject in hinted_subjects(unify(typed))


@pytest.mark.parametrize(
    ("typed", "subject"),
    [
        ("けんかしていた二人を引き分けた", "保護"),
        ("一人で住所を書けない", "一人暮らし"),
        ("デイで風呂に入れてもらえる？", "ヘルパー"),
        ("家の風呂が古くて入れない", "ヘルパー"),
    ],
)
def test_look_alikes_hint_no_subject(typed, subject):
    assert subject not in hinted_subjects(unify(typed))


@pytest.mark.parametrize(
    ("typed", "left"),
    [
        ("簡単に言うとどういうこと?", "どういうこと?"),
        ("要するに、何をしてくれるところ？", "何をしてくれるところ？"),
        ("成年後見ってざっくり言えばどんな制度", "成年後見ってどんな制度"),
        ("簡単に言うと", "簡単に言うと"),  # nothing else left: kept
    ],
)
def test_how_the_answer_is_wanted_is_no_subject(typed, left):
    assert drop_manner(typed) == left


@pytest.mark.parametrize(
    ("typed", "left"),
    [
        ("体操教室の皆さんに、フレイルを説明したい", "フレイルを説明したい"),
        ("老人会のみんなに、認知症サポーターって何か伝えたい", "認知症サポーターって何か伝えたい"),
        ("ゼミの学生たちに、介護保険を教えてあげたい", "介護保険を教えてあげたい"),
    ],
)
def test_a_group_named_as_the_audience_of_an_explanation_is_no_subject(typed, left):
    assert drop_audience(typed) == left


@pytest.mark.parametrize(
    "kept",
    [
        "生徒さんたちに教えてもらいました。母の物忘れが心配です",  # taught by them, not explaining to them
        "母に、認知症のことをどう説明したらいい",  # a mother is who it is about, no group
        "近所の皆さんに、ご迷惑をかけています",  # nothing is explained
    ],
)
def test_who_is_no_audience_stays(kept):
    assert drop_audience(kept) == kept


def test_rough_people_words_carry_no_subject():
    lemmas = message_features("親父とおふくろの介護のこと")[0][2]
    assert "親父" not in lemmas and "御袋" not in lemmas and "介護" in lemmas
    assert "仕事先" not in message_features("仕事先のお客さんが最近痩せた")[0][2]


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("親父の風呂", "父の風呂"),
        ("おふくろが心配", "母が心配"),
        ("お袋の薬", "母の薬"),
        ("オヤジが転んだ", "父が転んだ"),
    ],
)
def test_a_father_and_a_mother_in_rough_speech_are_read_as_父_and_母(typed, read):
    assert unify(typed) == read


@pytest.mark.parametrize("kept", ["父親の介護", "母親の入院", "祖父の通院"])
def test_plain_family_words_stay(kept):
    assert unify(kept) == kept


@pytest.mark.parametrize(
    "typed", ["どこに相談すりゃいい", "誰に言ったらいい", "申し込みはどうすればよいの", "出しときゃいい？"]
)
def test_what_to_do_asked_with_a_final_ba_ii_asks(typed):
    assert asks(typed) == 1.0


@pytest.mark.parametrize("typed", ["早く言えばいいのに", "母は元気になりました"])
def test_a_wish_or_news_asks_nothing(typed):
    assert asks(typed) == 0.0


@pytest.mark.parametrize(
    "typed",
    ["明日の夕方に家に来てくんねえか", "来週の月曜に行くから予約しといてくれ", "担当さんに電話しといてくんない？"],
)
def test_an_appointment_or_errand_in_rough_speech_is_one_to_arrange(typed):
    assert visit_to_arrange(typed)


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("この LINE なに できる", "line-bot-about"),
        ("LINE なに できる?", "line-bot-about"),
        ("物忘れのある祖母に、どんな言葉かけをすれば傷つけずに済むでしょうか", "dementia-how-to-respond"),
        ("認知症の父に、どんな声がけをしたらいいでしょう", "dementia-how-to-respond"),
        ("物忘れのひどい母への言葉がけで気をつけることは", "dementia-how-to-respond"),
        ("じいちゃんが勝手に出てっちまいそうで、前もってやっとけることってある？", "dementia-getting-lost-prepare"),
        (
            "親父が夜中にふらっと出てっちまうんじゃねえかと心配だ。何かやっとけることあんのか",
            "dementia-getting-lost-prepare",
        ),
        ("怒鳴る夫から母を引き離す方法はありますか", "abuse-protection-measures"),
        ("勤め先の近所のばあさん、ひとりで住んでて最近やせてきた", "watch-neighbor-worry"),
        ("バイト先の近くのおじいさん、一人で住んでるらしくて最近元気がない", "watch-neighbor-worry"),
        ("老人会の皆さんに、フレイルとは何か説明したいんだけど", "prevention-frailty"),
        ("体操教室の生徒さんたちに、認知症サポーターってなにか説明したいの", "dementia-supporter-team-orange"),
    ],
)
def test_own_sentences_find_their_answer(seed_index, typed, slug):
    match = seed_index.best(typed)
    assert match is not None and match.slug == slug


@pytest.mark.parametrize(
    "typed",
    [
        "サークルの会員に、介護保険の仕組みを教えたいのですが、簡単に言うと?",  # not 成年後見's 「簡単に言うと」
        "簡単に言うとどういうこと?",
    ],
)
def test_how_the_answer_is_wanted_draws_no_entry_of_its_own(seed_index, typed):
    match = seed_index.best(typed)
    assert match is None or match.slug != "guardianship-about"


@pytest.mark.parametrize(
    "typed",
    [
        "明日の午後2時に家に来てくんねえか",
        "来週の月曜にセンターに行きてえけど予約しといてくれ",
        "先週頼んだ件、どうなってんだ。担当の人から返事がねえ",
        "おととい電話した件、まだ連絡がこねえんだが",
    ],
)
def test_an_appointment_or_a_case_of_ones_own_is_no_faq_answer(seed_index, typed):
    assert seed_index.best(typed) is None
