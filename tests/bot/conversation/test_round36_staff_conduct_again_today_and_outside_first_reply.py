"""Round 36's families through the whole conversation, with the real triage (own sentences):

- a care worker telling how colleagues or seniors treat the people in their care (a sign a rule reads, unsure) gets
  the FAQ's sure answer in the first reply, the safety question still its last word (`steps.tells_staff_conduct_in_care`);
  told with an injury under way it keeps the question first and alone;
- a sign told as again today (今日も, 今朝も) is one that recurs (`steps.tells_recurring`), not 今日は or 今も;
- a child's school refusal alone, a property's registration, and a worry naming no one and no sign get no answer;
- romaji 「... wa chiba-shi no soto ...」 is answered as outside the city; a distant parent's care manager not found
  is answered with how to find one.
"""

from __future__ import annotations

import pytest

from bot.conversation import copy
from bot.conversation.steps import tells_recurring, tells_staff_conduct_in_care
from tests.bot.conversation.readings import asks_something, faq_sure_of, read_as


def faq_slug(chat) -> str | None:
    return chat.user().state.get("faq_slug")


def test_a_care_workers_report_of_rough_handling_by_staff_is_answered_with_the_safety_question_last(
    new_chat, conversation_deps
):
    typed = "老人ホームに勤めています。先輩職員の入居者への接し方が乱暴で気になります"
    read_as(conversation_deps, typed, "an unsure risk sign", safety_uncertain=True, safety_by_model_alone=False)
    asks_something(typed, False)
    chat = new_chat()
    texts = chat.texts(chat.say(typed))
    assert faq_slug(chat) == "abuse-in-facility"
    assert texts[-1] == chat.question() == copy.SAFETY_QUESTION


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("介護施設で働いています。同僚が利用者さんを乱暴に扱っていて気になる", True),
        ("デイの職員さんの言い方が乱暴で、母がこわがっている", True),
        ("せんぱいが りようしゃさんに きつく あたります", True),
        # an injury or a state under way: the question stays first and alone
        ("施設で働いています。同僚が利用者を突き飛ばして、利用者さんが頭から血を流している", False),
        # no one on the staff named as acting
        ("施設に入っている母が、ほかの入居者に乱暴されている", False),
        # staff named, but no one in care nor a care workplace
        ("会社の同僚の言い方が乱暴で気になる", False),
    ],
)
def test_staff_conduct_in_care_is_read_only_with_staff_someone_in_care_and_no_injury(typed, expected):
    assert tells_staff_conduct_in_care(typed) is expected


def test_a_carers_harm_again_today_is_answered_with_the_safety_question_last(new_chat, conversation_deps):
    typed = "今日も祖母の肩を強く押してしまった。あざができていた。自分が信じられない"
    read_as(conversation_deps, typed, "an unsure risk sign", safety_uncertain=True, safety_by_model_alone=False)
    asks_something(typed, False)
    chat = new_chat()
    texts = chat.texts(chat.say(typed))
    assert faq_slug(chat) == "abuse-caregiver-at-limit"
    assert texts[-1] == chat.question() == copy.SAFETY_QUESTION


@pytest.mark.parametrize(
    "typed", ["今日も母を強く押してしまった", "今朝も夫に手をあげてしまった", "ヘルパーさんが毎日来ています"]
)
def test_again_today_and_a_verbs_imasu_are_recurring(typed):
    assert tells_recurring(typed)


@pytest.mark.parametrize(
    "typed",
    ["今日は急に母の腕にあざができた", "今も母の腕から血が出ている", "いま毎日の薬を二回飲んだ", "今日、父が転んだ"],
)
def test_today_once_or_now_is_not_recurring(typed):
    assert not tells_recurring(typed)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("haha wa chiba-shi no soto ni sunde imasu. soudan dekimasu ka", "outside-chiba-city"),
        ("遠くに住む母の担当ケアマネがまだ決まっていない。どうやって探すの", "care-manager-find"),
    ],
)
def test_the_question_is_answered_in_the_first_reply(conversation_deps, chat, text, slug):
    read_as(conversation_deps, text, "no risk sign", urgency="routine")
    faq_sure_of(conversation_deps, text, slug)
    chat.say(text)
    assert faq_slug(chat) == slug


@pytest.mark.parametrize(
    "text",
    [
        "娘の不登校のことで相談に乗ってほしい",
        "相続した土地の登記について、無料の相談会はありますか",
        "最近なんとなく職場の空気が重くて、何がいけないのか自分でもわからない。誰かに聞いてほしい",
    ],
)
def test_a_childs_school_refusal_a_registration_or_a_worry_naming_no_one_get_no_answer(conversation_deps, chat, text):
    faq_sure_of(conversation_deps, text, None)
    chat.say(text)
    assert faq_slug(chat) is None


def test_school_refusal_among_a_familys_troubles_is_still_the_marugoto_centers(conversation_deps, chat):
    text = "親の介護と子どもの不登校と家計のことが重なって、どこに相談すればいいかわかりません"
    faq_sure_of(conversation_deps, text, "marugoto-about")
    chat.say(text)
    assert faq_slug(chat) == "marugoto-about"
