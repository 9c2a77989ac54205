"""Round 13's causes, as families: what comes before the question (a letter's seasonal opening, a copied
note's sender label, a smart speaker's wake word), loanwords and formal words for the FAQ's words
(ドクター coming home, 安否チェック, ムーブ, 救急要請, 訪問介護員, みんせいいん, 確認したい), and subjects
described by what they do (介護度を決める, 亡くなったら, 平屋)."""

import pytest

from knowledge.vocabulary import drop_greetings, hinted_subjects, unify


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("桜の季節となりました。父の介護保険の申請について", "父の介護保険の申請について"),
        ("寒さが厳しいですね。民生委員とはどんな人ですか", "民生委員とはどんな人ですか"),
        ("若葉の候、ケアマネの探し方を教えてください", "ケアマネの探し方を教えてください"),
        ("師走となりました、母の物忘れが心配です", "母の物忘れが心配です"),
        ("【デイの職員より】家族が介護認定の申請を考えています", "家族が介護認定の申請を考えています"),
        ("【見守りアプリ】ひとりぐらしの父が心配", "ひとりぐらしの父が心配"),
        ("アレクサ、メッセージ。かいごほけん の しんせい", "かいごほけん の しんせい"),
        ("OK Google 近くの体操教室", "近くの体操教室"),
    ],
)
def test_an_opening_before_the_question_is_dropped(typed, kept):
    assert drop_greetings(typed) == kept


@pytest.mark.parametrize(
    "typed",
    [
        "夏から母が病気になりました。どうすれば",  # the season word starts a statement, not a greeting
        "冬に父が転んで骨折しました",
        "母の施設で桜を見ました。とても良い施設です",  # not first in the message
        "【至急】母が家に帰ってきません",  # a label that names no sender
    ],
)
def test_a_statement_with_a_season_word_or_another_label_is_kept(typed):
    assert drop_greetings(typed) == typed


def test_an_opening_alone_is_kept_for_the_not_faq_phrasings():
    assert drop_greetings("秋の夜長となりました。") == "秋の夜長となりました。"


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("父の安否をチェックしたい", "安否確認"),
        ("安否チェックのサービス", "安否確認"),
        ("団地から一戸建てにムーブしたい", "引っ越したい"),
        ("調理を手伝ってほしい", "料理"),
        ("申請の流れを伺いたい", "知りたい"),
        ("救急要請するか迷う", "救急車"),
        ("訪問介護員さんに来てほしい", "ヘルパー"),
        ("みんせいいんさん って だれ", "民生委員"),
        ("制度の趣旨を確認したい", "知りたい"),
        ("どんなふうに声をかければ", "どう"),
    ],
)
def test_a_loanword_or_a_formal_word_is_read_as_the_faqs_word(typed, word):
    assert word in unify(typed)


def test_home_care_workers_are_not_read_as_helper_staff():
    assert "ヘルパー員" not in unify("訪問介護員の派遣")


@pytest.mark.parametrize(
    ("typed", "subject"),
    [
        ("お医者さんに家に来てもらえる？", "訪問診療"),
        ("ドクターが自宅まで来てくれるサービス", "訪問診療"),
        ("歯医者さんにうちに来てほしい", "訪問診療"),
        ("母の介護度を決める手続き", "要介護認定"),
        ("介護度が決まるまでどのくらい", "要介護認定"),
        ("私が亡くなったら誰が片付けを", "死後"),
        ("一人なので死んだときのことが心配", "死後"),
        ("平屋に住みかえたい", "住まい"),
        ("退院が決まり、自宅での受け入れが不安", "家での生活"),
        ("来週退院する父を家で受け入れられるか", "家での生活"),
        ("エレベーターのない4階で階段がつらい", "住まい"),
    ],
)
def test_a_subject_described_by_what_it_does_is_hinted(typed, subject):
    assert subject in hinted_subjects(unify(typed))


@pytest.mark.parametrize(
    "plain",
    ["看護師さんに家に来てもらいたい", "医師の説明がよくわからない", "先生が来てくれた"],
)
def test_a_nurse_coming_or_a_doctor_not_coming_home_is_no_home_visit_doctor(plain):
    assert "訪問診療" not in hinted_subjects(unify(plain))


@pytest.mark.parametrize(
    "plain", ["退院の日が決まりました", "施設の受け入れ先を探している", "自宅での受け入れが難しい"]
)
def test_a_discharge_or_a_home_taking_someone_in_alone_hints_no_life_at_home(plain):
    assert "家での生活" not in hinted_subjects(unify(plain))
