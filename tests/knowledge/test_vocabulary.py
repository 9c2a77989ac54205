import pytest

from knowledge.vocabulary import normalize_for_index


@pytest.mark.parametrize(
    ("typed", "subject"),
    [
        ("母が鍋を焦がすことが増えた", "認知症"),
        ("父が同じことを何度も聞いてくる", "認知症"),
        ("払いすぎた税金が戻るという電話", "詐欺"),
        ("そちらから うちに きて もらえますか", "訪問"),
        ("入院の間、母を何泊か見てほしい", "ショートステイ"),
        ("薬局の者ですが、患者さんのことで相談したい", "専門職"),
    ],
)
def test_a_described_situation_hints_at_its_subject(typed, subject):
    assert normalize_for_index(typed).endswith(subject)


@pytest.mark.parametrize(
    "plain",
    ["鍋の美味しい作り方を知りたい", "税金の払い方を教えて", "明日は雨がふるらしい"],
)
def test_everyday_words_near_a_cue_hint_at_nothing(plain):
    assert normalize_for_index(plain) == plain


@pytest.mark.parametrize(
    ("typed", "unified"),
    [
        ("ACPって何の略", "人生会議って何の略"),
        ("acp", "人生会議"),
        ("My father has Dementia", "My father has 認知症"),
        ("a care manager", "a ケアマネジャー"),
        ("day care twice a week", "デイサービス twice a week"),
        ("Is this a scam?", "Is this a 詐欺?"),
    ],
)
def test_english_care_words_are_read_as_the_japanese_term(typed, unified):
    assert normalize_for_index(typed) == unified
