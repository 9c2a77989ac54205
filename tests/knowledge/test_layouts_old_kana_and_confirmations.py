"""Rounds 24 and 25's causes, as families (own sentences): a message typed all in (half-width) katakana, a
Q/A field list, letters in the historical kana spelling (叶ひませう, 教へ下され, にあらざる, なれど), how to
talk with a person said as 話し方, a thing (not a person) to be kept (鍵を預かって), and a question that asks
to confirm something remembered (「…ありましたよね」「何番だっけ」)."""

import pytest

from core.text import katakana_as_hiragana, qa_fields_as_account
from knowledge.ranker import asks
from knowledge.text_features import message_features
from knowledge.vocabulary import layout_of, layout_read, unify


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("ﾆﾝﾁｼｮｳﾉ ｿｳﾀﾞﾝﾃﾞﾝﾜﾉ ﾊﾞﾝｺﾞｳｦ ｵｼｴﾃ", "認知症の電話相談"),
        ("ｶｲｺﾞﾎｹﾝﾉ ｼﾝｾｲﾊ ﾄﾞｺﾃﾞｽﾙﾉﾃﾞｽｶ", "介護保険の"),
        ("ﾃﾞｲｻｰﾋﾞｽﾉ ﾘｮｳｷﾝﾊ?", "デイサービスの"),  # a loanword is read back in katakana
    ],
)
def test_a_sentence_typed_all_in_half_width_katakana_reads_like_a_kana_message(typed, read):
    assert read in unify(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "ケアマネジャー",  # a loanword alone
        "ヘルパー デイサービス",  # loanwords, no grammar
        "デイサービスの料金",  # kanji in it: typed as usual
        "ショートステイを使いたい",  # hiragana in it
    ],
)
def test_loanwords_and_ordinary_messages_keep_their_katakana(typed):
    assert katakana_as_hiragana(typed) == typed


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Q 誰 A 祖母 要支援2 Q 希望 A 送り迎えのある所", "祖母 要支援2 希望 送り迎えのある所"),
        ("Q 相手→義父 Q 知りたい→お金の管理を手伝う制度", "相手 義父 知りたい お金の管理を手伝う制度"),
        ("Q1. いつ A1. 先月から Q2. 困りごと A2. 物忘れ", "先月から 困りごと 物忘れ"),
    ],
)
def test_a_q_and_a_field_list_reads_as_its_answers_with_the_labels_that_say_what_they_are(typed, read):
    assert qa_fields_as_account(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "Q&Aのページを見ました",
        "QRコードから友だち追加しました",
        "Q 誰に相談すればいいですか",  # one field is no list
    ],
)
def test_a_lone_q_is_no_field_list(typed):
    assert qa_fields_as_account(typed) == typed


def test_layout_read_leaves_other_text_exactly_as_typed():
    typed = "母の介護保険の申請について、知りたいです。"
    assert layout_read(typed) == typed


@pytest.mark.parametrize(
    "typed",
    [
        "ﾁﾁﾉ ｶｲｺﾞﾎｹﾝﾉ ｺﾄｦ ｿｳﾀﾞﾝｼﾀｲﾃﾞｽ",  # all in half-width katakana
        "Q 誰 A 叔父 Q 困りごと A 通院の付き添い",  # a Q/A field list
        "①父が一人暮らし ②食事が心配",  # list marks: the layout handed in is of another text
        "近所の方の見守りについて。" * 40 + "ﾁﾁﾉ ｿｳﾀﾞﾝﾃﾞｽ",  # cut at 500 characters: the same
        "ＡＴＭの前で電話しながら振り込もうとしている",  # full width, read in NFKC
    ],
)
def test_a_messages_features_are_the_same_whether_its_layout_is_handed_in_or_read(typed):
    assert message_features(typed, layout_of(typed)) == message_features(typed)


@pytest.mark.parametrize(
    ("typed", "modern"),
    [
        ("隣人にあらざる者なれど、相談は叶ひませうか", "ですが、相談はできますか"),
        ("身内にあらず", "身内でない"),
        ("手続きをお教へ下され", "教えてください"),
        ("行き先を教へ下され", "教えてください"),
        ("面談を申し込みいたすことは可能でせうか", "でしょうか"),
        ("母と話しませう", "話しましょう"),
    ],
)
def test_the_historical_kana_spelling_and_old_requests_read_in_the_modern_form(typed, modern):
    assert modern in unify(typed)


def test_a_decision_handed_down_is_no_request():
    assert "ください" not in unify("判定が下された")


@pytest.mark.parametrize(
    "typed",
    ["認知症の祖母との話し方が分からない", "物忘れのある父との会話の仕方を知りたい"],
)
def test_how_to_talk_with_a_person_reads_as_how_to_be_with_them(typed):
    assert "との接し方" in unify(typed)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("入院中、家の鍵を預かってほしい", "鍵を保管してほしい"),
        ("旅行の間、荷物を預けたい", "荷物を保管してもらいたい"),
        ("通帳を預かってもらえる制度", "通帳を保管してもらえる"),
    ],
)
def test_a_thing_kept_for_someone_reads_as_keeping_a_thing(typed, read):
    assert read in unify(typed)


@pytest.mark.parametrize("typed", ["母を三日ほど預かってほしい", "父を預けて休みたい"])
def test_a_person_kept_stays_as_typed(typed):
    assert "保管" not in unify(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "物忘れの相談ができる電話がありましたよね",
        "市に介護の窓口があったはずですよね",
        "あの相談ダイヤル、何番だっけ",
        "包括ってどこにあったっけ？",
    ],
)
def test_asking_to_confirm_something_remembered_is_a_question(typed):
    assert asks(typed) == 1.0


@pytest.mark.parametrize("typed", ["介護って大変ですよね", "母も年ですよね", "毎日暑いですよね。"])
def test_agreement_sought_is_no_question(typed):
    assert asks(typed) == 0.0


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("ﾆﾝﾁｼｮｳﾉ ｿｳﾀﾞﾝﾃﾞﾝﾜﾉ ﾊﾞﾝｺﾞｳｦ ｵｼｴﾃ", "dementia-call-center"),
        ("ｶｲｺﾞﾎｹﾝﾉ ｼﾝｾｲﾊ ﾄﾞｺﾃﾞｽﾙﾉﾃﾞｽｶ", "care-cert-apply"),
        ("Q 誰 A 母 要支援2 Q 希望 A 日帰りで通えるところ Q 心配 A 送り迎え", "care-day-service"),
        (
            "Q 相手→義父 Q 困りごと→お金の管理ができなくなってきた Q 知りたい→手伝ってくれる制度",
            "guardianship-daily-life-support",
        ),
        pytest.param(
            "母の物忘れ甚だしく、いずこに相談いたすべきか教へ下され",
            "dementia-first-worry",
            marks=pytest.mark.xfail(
                reason="ranked first at 0.595, under the threshold 0.625 the refit on parts AO and AP chose "
                "(max false rate 0.05)",
                strict=True,
            ),
        ),
        ("物忘れのある祖母との会話の仕方を知りたい", "dementia-how-to-respond"),
        ("母をショートステイで一週間預かってほしい", "care-short-stay"),
    ],
)
def test_the_families_are_answered(seed_index, typed, slug):
    match = seed_index.best(typed)
    assert match is not None and match.slug == slug


@pytest.mark.parametrize(
    "typed",
    ["Q 用件→実家の合鍵を預かってほしい Q 期間→再来週の3日間", "旅行中、家の鍵を預けられる所はありますか"],
)
def test_a_key_to_keep_is_no_short_stay(seed_index, typed):
    match = seed_index.best(typed)
    assert match is None or match.slug != "care-short-stay"
