"""Thanks as the first message, with nothing told before it, is thanked back (not 「よくわかりませんでした」), through
the real Conversation (real triage and FAQ). Thanks that say more (「今までありがとう」) are read as every worry is.
The sentences are this test's own."""

from __future__ import annotations

import pytest

from bot.conversation import copy
from bot.conversation.intents import is_thanks


@pytest.mark.parametrize(
    "text", ["ありがとう", "ありがとうございました", "どうも", "どうもありがとうございます！", "サンキュー"]
)
def test_thanks_alone_as_the_first_message_is_thanked_back(chat, text: str) -> None:
    chat.say(text)
    assert chat.texts() == [copy.THANKS_WITHOUT_WORRY]
    assert chat.user().step == "start"


def test_after_the_thanks_a_worry_is_heard_as_a_first_one(chat) -> None:
    chat.say("ありがとう")
    chat.say("母の物忘れがひどくなってきて、介護保険の申請をしたいです")
    assert copy.THANKS_WITHOUT_WORRY not in chat.texts()
    assert copy.DID_NOT_UNDERSTAND_WORRY not in chat.texts()


def test_thanks_after_a_worry_told_is_read_by_the_step_it_answers(chat) -> None:
    chat.say("母の物忘れがひどくなってきて、介護保険の申請をしたいです")
    chat.say("ありがとう")
    assert copy.THANKS_WITHOUT_WORRY not in chat.texts()


@pytest.mark.parametrize(
    "text",
    [
        "今までありがとう",
        "ありがとう、もう疲れました",
        "どうもすみません",
        "ありがとうございました。父が転んで立てません",
    ],
)
def test_thanks_that_say_more_are_not_thanks_alone(text: str) -> None:
    assert not is_thanks(text)


def test_farewell_thanks_are_not_thanked_back(chat) -> None:
    chat.say("今までありがとう。さようなら")
    assert copy.THANKS_WITHOUT_WORRY not in chat.texts()
