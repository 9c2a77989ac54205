"""Round 34's readings through the real conversation (triage, FAQ, router and database): a Tohoku writer whose
parent lives in another city (「千葉市さ住んでっけど、親は仙台なんだ」), a letter in the old katakana style
(「遺言状ヲ認メタシ」), 「担当どこ」 asking which center is one's own, and a care business's own labour affairs
(outside elder care: no answer). The sentences are this test's own."""

from __future__ import annotations

import pytest

from tests.bot.conversation.readings import faq_sure_of, read_as


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("稲毛区さ住んでっけど、母は福岡なんだ。ここさ相談できっぺか", "outside-chiba-city"),
        ("遺言書ヲ認メタシ。其ノ方法ヲ教ヘラレタシ", "eol-will"),
        ("うちの担当はどこ？", "center-find-mine"),
    ],
)
def test_the_question_is_answered_in_the_first_reply(conversation_deps, chat, text, slug):
    read_as(conversation_deps, text, "no risk sign", urgency="routine")
    faq_sure_of(conversation_deps, text, slug)
    chat.say(text)
    assert chat.user().state.get("faq_slug") == slug


@pytest.mark.parametrize(
    "text",
    ["デイサービスを経営しています。職員の就業規則について社労士を紹介してほしい", "父のことで困っています"],
)
def test_a_business_own_labour_affairs_or_a_vague_worry_get_no_answer(conversation_deps, chat, text):
    faq_sure_of(conversation_deps, text, None)
    chat.say(text)
    assert chat.user().state.get("faq_slug") is None
