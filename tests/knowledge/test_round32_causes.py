"""Held-out round 32's FAQ causes, as families (own sentences): English typed in katakana (マザー, メモリー,
トークする, レント, ケアギバー, レストしたい) read as the FAQ's Japanese words; a passport's or a visa's paperwork
outside elder care, whoever's it is; a building's manager or landlord worried about one who lives there as a
neighbour's worry; hurtful words a carer says and regrets (ひどいこと言ってしまう) as the phrasings' きつい言葉.
Must-not checks: katakana words Japanese uses as its own (このトーク, レストラン, ママ,
ワンストップ) are left alone, a passport beside care named stays in, and hurtful words said to the writer
(言われる) are left as typed."""

import pytest

from knowledge.vocabulary import hinted_subjects, katakana_english, outside_elder_care, unify


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("ファザーのメモリーが心配", "父の物忘れが心配"),
        ("誰にトークすればいいの", "誰に相談すればいいの"),
        ("ケアギバーとしてもうタイアード", "介護者としてもう疲れ"),
        ("週末だけでもレストしたい", "週末だけでも休みたい"),
        ("シニアがレントできるアパートメント", "シニアが賃貸できるアパート"),
        ("トライアルでオーダーしたコスメ", "お試しで注文した化粧品"),
        ("デリバリーをストップしたい", "配達を停止したい"),
        ("ビザのリニューアルをアプライする", "ビザの更新を申請する"),
    ],
)
def test_english_typed_in_katakana_is_read_in_the_faqs_words(typed, read):
    assert katakana_english(typed) == read


@pytest.mark.parametrize(
    "kept",
    [
        "このトークは誰が見ていますか",
        "トークルームに送りました",
        "レストランで母と食事をした",
        "ママ友に相談した",
        "ワンストップの窓口はありますか",
        "オーダーメイドの手すり",
        "ストレスがたまる",
    ],
)
def test_katakana_words_japanese_uses_as_its_own_are_left_alone(kept):
    assert katakana_english(kept) == kept


@pytest.mark.parametrize(
    "typed",
    [
        "祖母のパスポートを代わりに更新してあげられますか",
        "八十代の父のビザの手続き、どこに行けば",
        "高齢の母の旅券の申請に付き添いたい",
        "シニアの祖母のパスポート、代わりにアプライしても平気？",
    ],
)
def test_a_passports_or_visas_paperwork_is_outside_whoever_it_is_for(typed):
    assert outside_elder_care(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "介護認定の申請を代理でできますか",
        "施設に入っている母のパスポートの期限が切れそう",
        "認知症の父がパスポートを何度もなくす",
        "ヘルパーさんに旅行の準備を手伝ってもらえる？パスポートも取りたい",
    ],
)
def test_care_named_beside_a_passport_or_no_passport_stays_in(typed):
    assert not outside_elder_care(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "アパートの大家です。入居者のおじいさんが最近ぼんやりしていて",
        "管理会社の者ですが、高齢の住人さんと連絡がつきません",
        "団地の管理人をしています。住民のおばあさんが最近元気がない",
    ],
)
def test_a_building_manager_worried_about_one_who_lives_there_hints_the_neighbourhood(typed):
    assert "近所" in hinted_subjects(unify(typed))


@pytest.mark.parametrize(
    "typed",
    [
        "大家さんに更新料のことを言われた",
        "管理人さんがとても親切です",
        "同居の家族が住民票を移した",
    ],
)
def test_a_manager_or_a_resident_alone_hints_no_neighbour(typed):
    assert "近所" not in hinted_subjects(unify(typed))


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("マザーのメモリーが最近やばい。まずどこにトークすれば？", "dementia-first-worry"),
        ("ファザーのケアギバーしてるけど、もうタイアードでレストしたい", "caregiver-exhausted"),
        ("トライアルでオーダーしたサプリが毎月デリバリーされてくる", "consumer-subscription-trap"),
        ("オールドな父でもレントできる部屋ってある？", "living-housing"),
        ("このトークは誰が読んでいるの", "line-bot-about"),
    ],
)
def test_katakana_english_questions_find_their_entry_first(seed_index, typed, slug):
    match = seed_index.best(typed)
    assert match is not None and match.slug == slug


@pytest.mark.parametrize(
    "typed",
    [
        "年取った親のパスポートのリニューアルを代わりにアプライしたい",
        "祖父のビザの更新、代わりに申請できますか",
    ],
)
def test_a_passport_or_visa_gets_no_faq_answer(seed_index, typed):
    assert seed_index.best(typed) is None


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("父にひどいことを言ってしまった", "父にきつい言葉を言ってしまった"),
        ("義母にひどいこと言っちゃう", "義母にきつい言葉を言ってしまう"),
    ],
)
def test_hurtful_words_a_carer_says_are_the_phrasings_harsh_words(typed, read):
    assert unify(typed) == read


@pytest.mark.parametrize("kept", ["息子にひどいことを言われた", "ひどいことをされた", "ひどいことになった"])
def test_hurtful_words_said_to_the_writer_or_no_words_are_left_alone(kept):
    assert unify(kept) == kept


def test_a_carer_who_regrets_hurtful_words_finds_the_carer_at_the_limit(seed_index):
    match = seed_index.best("祖母にひどいことを言ってしまう。止めたいのに止まらない、どこに話せば")
    assert match is not None and match.slug == "abuse-caregiver-at-limit"
