"""Held-out round 16's causes, as families (own sentences): everyday signs of memory loss, a care level
said to have got worse, a doctor coming to the house for an examination, a helper described as someone who
comes and helps, property said to go to an heir in writing, cup noodles for meals, restraint, where to call
about a contract, the young-onset coordinator described; and the way things were written: a spoken topic
(「要支援1って、…」「今のままじゃ」「デイってのに」), どういう for どんな, a customer as one of the people a
message is about, check boxes as list marks; the driving licence's paperwork as no FAQ question (not_faq.txt),
and welfare named after the hardship is told (faq.yaml)."""

import pytest

from knowledge.text_features import message_features
from knowledge.vocabulary import hinted_subjects, list_marks_as_breaks, standard_endings, unify


@pytest.mark.parametrize(
    ("typed", "subject"),
    [
        # Everyday signs of memory loss.
        ("祖母が病院の日を何度も間違えるようになった", "認知症"),
        ("母が同じ洗剤を何度も買ってくる", "認知症"),
        ("夫が薬の場所を毎日忘れてしまう", "認知症"),
        ("父は言われたことをすぐ忘れる", "認知症"),
        # A care level that no longer fits: worse since, or to be applied for again.
        ("要介護1の母がこの半年でずいぶん悪くなった", "区分変更"),
        ("要支援2だけど状態が悪化している", "区分変更"),
        ("認定を申請し直すことはできる？", "区分変更"),
        ("介護度を出し直してもらいたい", "区分変更"),
        # A doctor coming to the house, with what he comes for in between.
        ("お医者さんが家まで診察に来てくれると助かる", "訪問診療"),
        ("医者にうちに診に来てもらえないか", "訪問診療"),
        # A helper, as someone who comes and helps.
        ("週に一度、家に来て手伝ってくれる人がほしい", "ヘルパー"),
        ("掃除の手伝いに来てくれる人はいますか", "ヘルパー"),
        # Property to an heir, to be put in writing: a will.
        ("土地は次男に譲ると紙に書いておきたい", "遺言"),
        ("貯金を孫にあげたいので書面にしたい", "遺言"),
        ("家は長女にと決めた。公正証書にするべきか", "遺言"),
        # Meals: what is eaten when one cannot cook.
        ("一人になってからカップラーメンばかり", "食事の用意"),
        ("料理なんてしたことないから困ってる", "食事の用意"),
        # Restraint.
        ("夜は父をベッドに縛りつけています", "虐待"),
        ("施設で母が身体拘束されていた", "虐待"),
        # Where to call about a contract: the consumer centre.
        ("訪問販売で契約した浄水器、どこに相談すればいい", "消費生活センター"),
        ("業者に解約を断られた。どこへ連絡すれば", "消費生活センター"),
        # Young-onset dementia and someone who specialises in it.
        ("妻が若年性認知症です。専門の相談員はいますか", "若年性認知症支援コーディネーター"),
    ],
)
def test_a_subject_told_in_everyday_words_is_hinted(typed, subject):
    assert subject in hinted_subjects(unify(typed))


@pytest.mark.parametrize(
    ("plain", "subject"),
    [
        ("仕事の時間に縛られて自由がない", "虐待"),  # bound by time, not tied up
        ("予約の日を決めたい", "認知症"),
        ("要介護2の母が来週退院します", "区分変更"),  # a care level with no worse, no redo
        ("家を長男が継ぐことになった", "遺言"),  # an heir, but nothing to write
        ("契約書の書き方を教えて", "消費生活センター"),  # a contract, but no one to call
        ("若年性認知症とはどんな病気ですか", "若年性認知症支援コーディネーター"),
        ("料理を習いたい", "食事の用意"),
    ],
)
def test_a_look_alike_hints_no_subject(plain, subject):
    assert subject not in hinted_subjects(unify(plain))


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # A noun and って before a comma is the topic of what follows.
        ("要介護3って、いつまで続くの", "要介護3は、いつまで続くの"),
        ("ケアマネって、誰が決めるの", "ケアマネは、誰が決めるの"),
        # 〜ってのに, 〜ってものを after a noun.
        ("ショートステイってのに預ければ", "ショートステイに預ければ"),
        ("ヘルパーってものを頼みたい", "ヘルパーを頼みたい"),
        # 〜ままじゃ.
        ("今のままじゃ続かない", "今のままでは続かない"),
    ],
)
def test_spoken_topics_and_endings_read_in_the_standard_form(typed, read):
    assert standard_endings(typed) == read


@pytest.mark.parametrize("kept", ["言ったってのに来ない", "これって何？", "じゃあ明日"])
def test_other_uses_of_tte_and_ja_are_kept(kept):
    assert standard_endings(kept) == kept


def test_douiu_is_read_as_the_phrasings_donna():
    assert "どんな制度" in unify("後見ってどういう制度")
    assert "どんな人" in unify("民生委員はどういった人")


def test_a_customer_is_one_of_the_people_a_message_is_about():
    whole, clauses = message_features("美容院の常連のお客さんが、介護保険の申請のしかたを知りたいと")
    assert not {"お客さん", "常連", "客"} & set(whole[2])
    assert "介護保険" in whole[2]


def test_check_boxes_are_list_marks():
    assert list_marks_as_breaks("☐申請☑調査□意見書✓済") == "\n申請\n調査\n意見書\n済"


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("常連のお客さんが、財布を何度も忘れていく。ご家族にどこを勧めたら", "dementia-first-worry"),
        ("要介護1になったけど、あれから母はかなり悪くなった。申請し直せる？", "care-cert-change"),
        ("足が悪くて病院に行けない。家まで診察に来てくれる医者はいる？", "medical-home-visit-doctor"),
        ("田んぼは長男に、貯金は次女に残したい。書類にしておくにはどうすれば", "eol-will"),
        ("妻に先立たれて、料理したことがないので毎日カップ麺です", "living-shopping-meals"),
        ("電話で勧誘されて布団を契約した。解約したいけどどこに電話すれば", "consumer-hotline-188"),
        ("ホームヘルパーってのに来てもらうにはどうする", "care-home-helper"),
    ],
)
def test_round16_families_find_their_entry_first(seed_index, typed, slug):
    assert seed_index.ranked(typed, [], 1)[0].slug == slug


@pytest.mark.parametrize(
    "typed",
    ["運転経歴証明書は警察署でもらえるの", "免許の自主返納ってどこでするの", "免許返納の手続きは警察署？"],
)
def test_the_driving_licences_paperwork_is_no_faq_question(seed_index, typed):
    assert seed_index.best(typed) is None


@pytest.mark.parametrize(
    "typed",
    [
        "収入が途絶えて光熱費もたまっている。生活保護について聞きたい",
        "隣の奥さん、家賃も払えていないらしい。生活保護の窓口を知りたい",
        "仕事も貯金もなくて家賃も払えない人、生活保護の申請先は",
    ],
)
def test_welfare_named_after_the_hardship_finds_welfare_first(seed_index, typed):
    assert seed_index.ranked(typed, [], 1)[0].slug == "living-welfare-seikatsu-hogo"


@pytest.mark.parametrize(
    "typed", ["認定を出し直したい", "介護認定を申請し直せる？", "調査を受け直すには", "認定を取り直す"]
)
def test_applying_again_is_read_as_the_phrasings_yarinaosu(typed):
    assert "やり直" in unify(typed)
