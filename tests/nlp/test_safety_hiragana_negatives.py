"""The learned safety detector reads the hiragana script as no sign: every katakana emergency trains in its
hiragana reading, so ordinary messages train in hiragana too (nlp/safety_train.py `hiragana_rendering`)."""

from __future__ import annotations

from nlp.safety_train import hiragana_rendering, load_examples


def test_a_message_is_rendered_word_by_word_in_hiragana():
    assert hiragana_rendering("デイサービスの料金を教えてください。") == "でいさーびすのりょうきんをおしえてください。"
    assert hiragana_rendering("介護保険の申請") == "かいごほけんのしんせい"


def test_only_ordinary_messages_are_added_in_hiragana_as_negatives():
    examples, _, _ = load_examples()
    added = [e for e in examples if e.gold.id.endswith("~hiragana")]
    assert len(added) > 1000
    assert all(not e.alarm and e.crisis is False and e.gold.family is None for e in added)
    assert all(e.gold.lookalike_of is None and not e.in_safety_corpus for e in added)
    originals = {e.gold.id: e for e in examples if not e.gold.id.endswith("~hiragana")}
    for e in added[:200]:
        original = originals[e.gold.id.removesuffix("~hiragana")]
        assert not original.alarm and original.crisis is False
