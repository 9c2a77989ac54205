from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from knowledge.evaluate import as_index_items
from knowledge.index import FaqIndex, Tuning
from knowledge.phrasings import NONE, PACKAGE_DIR, QUESTIONS_PATH, Example, load_examples
from knowledge.ranker import CANDIDATE_FEATURES, Ranker, load_ranker
from knowledge.service import load_seed_items
from knowledge.text_features import features, message_features
from knowledge.vocabulary import normalize_for_index
from tests.knowledge.conftest import entry_data


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("介護保険の申請のしかたを教えてください", "care-cert-apply"),
        ("クーリングオフは何日以内ならできますか", "consumer-cooling-off"),
        ("母の物忘れがひどくなってきて心配です。どこに相談すれば？", "dementia-first-worry"),
        ("ちば認知症相談コールセンターの電話番号", "dementia-call-center"),
        ("救急車を呼ぶか迷ったときの相談先は？", "emergency-unsure-7119"),
        ("成年後見制度について知りたい", "guardianship-about"),
    ],
)
def test_a_clear_question_gets_its_entry(seed_index, text, slug):
    match = seed_index.best(text)
    assert match is not None and match.slug == slug
    assert match.answer and match.score >= seed_index.threshold


@pytest.mark.parametrize(
    "text",
    [
        "こんばんは",
        "ありがとうございました！",
        "助かりました",
        "Thanks for your help! 助かりました",
        "明日の天気を教えて",
        "駅前のおいしいラーメン屋は？",
        "住所は若葉区です",
        "",
    ],
)
def test_greetings_addresses_and_off_topic_messages_get_no_answer(seed_index, text):
    assert seed_index.best(text) is None


def test_a_question_typed_in_hiragana_still_finds_its_entry(seed_index):
    match = seed_index.best("くーりんぐおふ したいです")
    assert match is not None and match.slug == "consumer-cooling-off"


def test_the_question_inside_a_long_message_is_found(seed_index):
    text = "実家の母のことです。父が亡くなってから一人で暮らしています。最近、物忘れが増えてきて、認知症ではないかと心配です。"
    match = seed_index.best(text)
    assert match is not None and match.slug == "dementia-first-worry"


def test_topics_from_triage_lift_entries_of_those_topics(seed_index):
    text = "家族のことで相談したい"
    plain = dict(zip([e.slug for e in seed_index.entries], seed_index.scores(text)))
    boosted = dict(zip([e.slug for e in seed_index.entries], seed_index.scores(text, ["caregiver_support"])))
    assert boosted["caregiver-exhausted"] > plain["caregiver-exhausted"]
    assert boosted["consumer-cooling-off"] == plain["consumer-cooling-off"]


class _Row:
    def __init__(self, id: int, **data):
        self.id = id
        self.__dict__.update(data)


def test_inactive_entries_are_never_answered():
    active = _Row(1, **entry_data())
    withdrawn = _Row(
        2, **entry_data(slug="withdrawn", question="詐欺の電話がきた", paraphrases=["オレオレ詐欺"], active=False)
    )
    index = FaqIndex.build([active, withdrawn])
    assert [e.slug for e in index.entries] == ["dementia-consult"]
    assert index.best("オレオレ詐欺の電話がきた") is None


def test_an_empty_index_answers_nothing():
    assert FaqIndex.build([]).best("認知症の相談") is None


def test_clauses_are_split_but_single_keyword_clauses_are_not_scored():
    whole, clauses = message_features("叔母が認知症になり、銀行の手続きで困っています。どうしたらいいですか")
    assert "認知症" in whole[2] and "銀行" in whole[2]
    assert [c[2] for c in clauses] == [["銀行", "手続き"]]


def test_the_index_gives_the_same_answers_from_many_threads(seed_index):
    texts = ["介護保険の申請", "認知症の相談", "こんにちは", "詐欺の電話", "ヘルパーを頼みたい", "遺言書の書き方"] * 20
    expected = [seed_index.best(t) for t in texts]
    with ThreadPoolExecutor(max_workers=6) as pool:
        got = list(pool.map(seed_index.best, texts))
    assert got == expected


def test_an_answer_needs_the_rankers_probability_to_reach_the_threshold():
    items = as_index_items(load_seed_items())
    strict = FaqIndex.build(items, tuning=Tuning(threshold=1.0))
    lenient = FaqIndex.build(items, tuning=Tuning(threshold=0.0))
    text = "介護保険の申請のしかたを教えてください"
    assert strict.best(text) is None
    match = lenient.best(text)
    assert match is not None and match.slug == "care-cert-apply"
    assert match == lenient.ranked(text, k=1)[0]


def test_ranked_lists_probabilities_best_first(seed_index):
    ranked = seed_index.ranked("ヘルパーさんに来てもらいたい", k=5)
    scores = [m.score for m in ranked]
    assert len(ranked) == 5 and scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert ranked[0].slug == "care-home-helper"


def test_a_one_entry_index_does_not_answer_an_unrelated_question():
    index = FaqIndex.build([_Row(1, **entry_data())])
    assert index.best("オレオレ詐欺の電話がきた") is None
    assert index.best("母の物忘れがひどい。どこに相談すればいい？") is not None


def test_example_messages_are_matched_like_paraphrases_of_their_entry():
    entry = _Row(1, **entry_data(paraphrases=[]))
    message = "おばあちゃんが冷蔵庫に同じ牛乳を何本も買ってためています"
    without = FaqIndex.build([entry], examples=())
    with_example = FaqIndex.build(
        [entry], examples=[Example("祖母が同じ牛乳を何本も買ってきて冷蔵庫にためている", "dementia-consult")]
    )
    assert with_example.scores(message)[0] > without.scores(message)[0]


def test_none_examples_join_the_not_faq_group_and_unknown_slugs_are_ignored():
    entry = _Row(1, **entry_data())
    plain = FaqIndex.build([entry], examples=(), not_faq=["こんにちは"])
    widened = FaqIndex.build(
        [entry],
        examples=[Example("物忘れの本を探しています", NONE), Example("認知症の映画", "no-such-entry")],
        not_faq=["こんにちは"],
    )
    assert widened.score_all("物忘れの本を探しています")[1] > plain.score_all("物忘れの本を探しています")[1]
    assert [e.texts for e in widened.entries] == [e.texts for e in plain.entries]


def test_the_running_index_reads_phrasings_from_seed_and_nothing_from_eval():
    seed_dir, eval_dir = PACKAGE_DIR / "seed", PACKAGE_DIR / "eval"
    default_paths = load_examples.__wrapped__.__defaults__[0]
    assert default_paths and all(path.parent == seed_dir for path in default_paths)
    assert QUESTIONS_PATH in default_paths
    shipped = {e.text for e in load_examples()}
    held_out = [
        json.loads(line)["text"]
        for path in eval_dir.glob("*.jsonl")
        for line in path.open(encoding="utf-8")
        if line.strip()
    ]
    assert held_out and not shipped.intersection(held_out)


def test_a_long_vowel_mark_in_hiragana_stays_in_the_reading():
    readings = features(normalize_for_index("くーりんぐおふ したいです"))[1]
    assert "くーり" in readings


def test_the_ranker_round_trips_through_json_and_refuses_other_features():
    ranker = load_ranker()
    assert ranker is not None and len(ranker.coef) == len(CANDIDATE_FEATURES)
    again = Ranker.from_json(ranker.to_json())
    rows = np.linspace(0.0, 1.0, 2 * len(CANDIDATE_FEATURES)).reshape(2, -1)
    assert np.allclose(again.probabilities(rows), ranker.probabilities(rows), atol=1e-5)
    body = json.loads(ranker.to_json())
    body["features"] = body["features"][:-1]
    with pytest.raises(ValueError):
        Ranker.from_json(json.dumps(body))


def test_candidates_carry_one_row_of_ranker_features_each(seed_index):
    found = seed_index.candidates("クーリングオフは何日以内？")
    assert found.rows.shape == (len(found.indices), len(CANDIDATE_FEATURES))
    assert seed_index.entries[found.indices[0]].slug == "consumer-cooling-off"


@pytest.mark.parametrize(
    ("typed", "unified"),
    [
        ("にんちしょう しょきしゅうちゅう しえん ちーむ", "認知症初期集中支援チーム"),
        ("かいごほけんりょう", "介護保険料"),
        ("ほけんりょうの こと", "保険料のこと"),
        ("でいさーびす", "デイサービス"),
        ("ちいきほうかつ", "あんしんケアセンター"),
        ("悪徳商法", "悪質商法"),
        ("けあせんたー", "あんしんケアセンター"),
        ("まるごとさぽーと", "福祉まるごとサポートセンター"),
    ],
)
def test_terms_typed_in_kana_with_or_without_spaces_are_read_as_the_term(typed, unified):
    assert normalize_for_index(typed) == unified


def test_short_kana_is_not_rewritten_inside_other_words():
    # Only kana variants of 4+ characters match across spaces; 「でい」 alone is not デイサービス (the
    # spaced kana are read as one stretch, 「でいかい」, which names nothing).
    assert normalize_for_index("でい かい") == "でいかい"


def test_a_described_situation_hints_at_its_subject():
    assert normalize_for_index("隣の家の前がゴミの山で").endswith("セルフネグレクト")
    assert normalize_for_index("遠くから親にできること").endswith("遠距離介護")


@pytest.mark.parametrize("typed", ["anshin care center", "Anshin Care Center", "ANSHINCARE", "care center"])
def test_the_center_typed_in_romaji_or_english_in_any_case_is_the_center(typed):
    assert normalize_for_index(f"{typed}ってなに") == "あんしんケアセンターってなに"


@pytest.mark.parametrize("typed", ["しゃーぷななひゃくじゅうきゅう", "しゃーぷ なな いち いち きゅう", "シャープ7119"])
def test_a_telephone_number_spelled_out_is_read_as_the_number(typed):
    assert normalize_for_index(f"{typed} ってなに") in ("#7119 ってなに", "#7119ってなに")


def test_the_consumer_hotlines_mnemonic_asked_about_hints_at_188_but_a_plain_no_does_not():
    assert normalize_for_index("いやや ってなんの番号").endswith("188")
    assert "188" not in normalize_for_index("もう介護はいややわ")


def test_free_of_charge_in_katakana_is_read_as_free_but_hiragana_tada_is_left_alone():
    assert normalize_for_index("相談ってタダ？") == "相談って無料?"
    assert normalize_for_index("ただでさえ忙しい") == "ただでさえ忙しい"


def test_the_outside_city_cue_finds_the_entry_about_other_municipalities(seed_index):
    from knowledge.vocabulary import OUTSIDE_CITY_HINT

    match = seed_index.best(f"実家の母のことも聞いてもらえる？ {OUTSIDE_CITY_HINT}")
    assert match is not None and match.slug == "outside-chiba-city"


def test_small_kana_typed_full_size_give_the_same_character_grams():
    from knowledge.text_features import char_grams

    assert char_grams("ちよつと きになつて") == char_grams("ちょっと きになって")
    assert char_grams("ショウガイ") == char_grams("しようがい")


def test_how_to_be_with_a_person_is_a_subject_but_how_to_fill_in_is_not():
    lemmas = features("認知症の母との接し方と、申請書の書き方")[2]
    assert "接し方" in lemmas and "書き方" not in lemmas


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("My dad needs a wheelchair. 介護保険で借りられますか?", "care-equipment-renovation"),
        ("What is 認知症初期集中支援チーム? Who can use it?", "dementia-initial-support-team"),
        ("Mom is exhausted from caring for grandpa. 介護する家族の相談もできますか", "caregiver-exhausted"),
        ("さっきの続きですが、ショートステイは何泊までできますか", "care-short-stay"),
        ("先ほどの続きです。成年後見の申し立ては、どこにすればいいですか", "guardianship-how-to-apply"),
    ],
)
def test_english_mixed_in_and_continuations_still_find_their_entry(seed_index, text, slug):
    match = seed_index.best(text)
    assert match is not None and match.slug == slug


def test_a_continuation_alone_is_no_question(seed_index):
    assert seed_index.best("さっきの続きです") is None


@pytest.mark.parametrize(
    "text",
    [
        "相続した土地の税金を計算してほしい",
        "確定申告を手伝ってくれる人を探しています",
        "おととしセンターで話した面談の記録を見せてほしい",
        "懸賞で旅行が当たったら誰に知らせればいいですか",
        "ロト6が当たったらどこに相談すれば",
    ],
)
def test_a_professionals_work_ones_own_file_and_ones_own_luck_get_no_answer(seed_index, text):
    # Tax sums, a copy of one's past records and a prize of one's own: a person's work, or nobody's.
    assert seed_index.best(text) is None


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("宝くじが当たったので手数料を振り込めというはがきが来た", "consumer-fake-bills"),
        ("母の預金の出し入れを手伝ってほしい", "guardianship-daily-life-support"),
        ("このLINEでの相談内容はいつ消えるの", "privacy-data"),
        # A scheme named outright goes to its own entry, not to the one about money trouble in general.
        ("父の生活保護の申請について聞きたい", "living-welfare-seikatsu-hogo"),
        ("家賃が払えなくて困っている", "living-money-hardship"),
        ("医者通いの足がなくて困っている", "living-transport"),
    ],
)
def test_the_entries_next_to_them_still_answer_their_own_questions(seed_index, text, slug):
    match = seed_index.best(text)
    assert match is not None and match.slug == slug
