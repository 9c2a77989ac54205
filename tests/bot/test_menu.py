"""The rich menu's four areas and 「センターをさがす」, end to end: signed webhooks in (postbacks as
LINE sends them for the applied menu), the fake Messaging API out."""

from __future__ import annotations

from sqlalchemy import select

from bot.conversation import copy
from bot.richmenu import layout
from bot.simulator import line_events
from tests.bot.test_conversation import case_of, reach_handoff_offer, user_row
from tests.support import LineUserSim
from workspace.stats.lookups import CenterLookupStat


def tap_menu(resident: LineUserSim, label: str) -> list[dict]:
    """Tap an area of the rich menu: LINE sends the area's postback (as in the object we apply)."""
    area = next(a for a in layout.menu_object("x")["areas"] if a["action"]["label"] == label)
    before = len(resident.received())
    resident.post(line_events.postback_event(resident.user_id, area["action"]["data"], resident.token()))
    return resident._answer_after(before)


def texts(messages: list[dict]) -> list[str]:
    return [m.get("text") or m.get("altText", "") for m in messages]


def flex_of(messages: list[dict]) -> dict:
    return next(m for m in messages if m["type"] == "flex")


def buttons_of(flex: dict) -> dict[str, str]:
    footer = flex["contents"].get("footer", {}).get("contents", [])
    return {b["action"]["label"]: b["action"]["uri"] for b in footer}


def lookups(session_factory) -> list[CenterLookupStat]:
    with session_factory() as session:
        return session.scalars(select(CenterLookupStat).order_by(CenterLookupStat.id)).all()


def test_consult_asks_the_worry_question_with_the_common_worries_as_buttons(resident):
    answer = tap_menu(resident, copy.RICHMENU_CONSULT)
    assert texts(answer)[-1] == copy.ASK_WORRY
    assert [i["action"]["label"] for i in answer[-1]["quickReply"]["items"]] == [
        label for label, _, _ in copy.WORRY_BUTTONS
    ]


def test_faq_shows_topics_as_buttons_and_a_topic_is_answered_at_once_with_its_link_as_a_button(
    resident, session_factory
):
    answer = tap_menu(resident, copy.RICHMENU_FAQ)
    labels = [i["action"]["label"] for i in answer[-1]["quickReply"]["items"]]
    assert texts(answer)[-1] == copy.FAQ_TOPICS_ASK and "センターとは" in labels and len(labels) >= 5
    answer = resident.tap("センターとは")
    assert "あんしんケアセンター" in texts(answer)[0]
    card = flex_of(answer)
    assert list(buttons_of(card)) == [copy.CARD_OPEN_LINK]
    assert buttons_of(card)[copy.CARD_OPEN_LINK].startswith("https://")
    assert case_of(session_factory, resident.user_id) is None


def test_urgent_gives_119_110_and_the_verified_crisis_lines_at_once_and_asks_nothing(resident, session_factory):
    answer = tap_menu(resident, copy.RICHMENU_URGENT)
    body = "\n".join(texts(answer))
    assert "119" in texts(answer)[0] and "110" in texts(answer)[0]
    assert "0120-279-338" in body and "0570-064-556" in body  # yorisoi, kokoro_dial (contacts.csv)
    assert copy.EMERGENCY_7119 in texts(answer)
    assert not any("quickReply" in m for m in answer)
    assert user_row(session_factory, resident.user_id).step == "start"


def test_urgent_in_the_middle_of_a_consultation_gives_the_numbers_then_the_same_question_again(resident):
    reach_handoff_offer(resident, button="物忘れ・認知症")
    resident.tap(copy.CONNECT)
    answer = tap_menu(resident, copy.RICHMENU_URGENT)
    assert "119" in texts(answer)[0]
    assert texts(answer)[-1] == copy.ASK_ADDRESS
    assert copy.DONT_KNOW in [i["action"]["label"] for i in answer[-1]["quickReply"]["items"]]


def test_find_by_address_names_the_center_its_area_the_call_center_and_a_map_and_counts_it_anonymously(
    resident, session_factory
):
    before = len(lookups(session_factory))
    ask = tap_menu(resident, copy.RICHMENU_FIND)
    assert texts(ask)[-1] == copy.FIND_ASK
    answer = resident.say("稲毛区小仲台2丁目")
    assert texts(answer)[0] == copy.FIND_RESULT.format(place="稲毛区小仲台2丁目", center="あんしんケアセンター小仲台")
    card = flex_of(answer)
    alt = card["altText"]
    assert "千葉市あんしんケアセンター小仲台" in alt and "小仲台" in alt and "043-245-4894" in alt
    assert buttons_of(card)[copy.FIND_CARD_CALL] == "tel:0432454894"  # city_callcenter: no center phone is verified
    assert buttons_of(card)[copy.FIND_CARD_MAP].startswith("https://www.google.com/maps/search/?api=1&query=")
    assert texts(answer)[-1] == copy.FIND_THEN
    assert case_of(session_factory, resident.user_id) is None
    rows = lookups(session_factory)
    assert len(rows) == before + 1
    row = rows[-1]
    assert (row.via, row.method, row.result, row.destination_id, row.ward) == (
        "menu",
        "address",
        "center",
        "konakadai",
        "稲毛区",
    )
    assert "finding" not in (user_row(session_factory, resident.user_id).state or {})


def test_find_a_split_town_asks_the_chome_and_reads_the_tapped_answer(resident):
    tap_menu(resident, copy.RICHMENU_FIND)
    ask = resident.say("美浜区高浜")
    assert texts(ask)[-1] == copy.FIND_ASK_CHOME.format(town="高浜")
    answer = resident.tap("5丁目")
    assert "磯辺" in texts(answer)[0]


def test_find_by_postal_code_and_by_location(resident):
    tap_menu(resident, copy.RICHMENU_FIND)
    assert "あんしんケアセンター小仲台" in texts(resident.say("〒263-0043"))[0]
    tap_menu(resident, copy.RICHMENU_FIND)
    answer = resident.send_location(35.637111, 140.096136)
    assert "あんしんケアセンター小仲台" in texts(answer)[0]
    assert copy.FIND_CONFIRM_PLACE.format(place="稲毛区小仲台2丁目") in texts(answer)[0]


def test_find_outside_the_city_says_so_plainly(resident, session_factory):
    tap_menu(resident, copy.RICHMENU_FIND)
    answer = resident.say("船橋市本町")
    assert texts(answer)[0] == copy.FIND_OUTSIDE.format(place="船橋市")
    assert lookups(session_factory)[-1].result == "outside_city"


def test_find_gives_the_call_center_after_three_addresses_it_cannot_read(resident):
    tap_menu(resident, copy.RICHMENU_FIND)
    assert texts(resident.say("あいうえお"))[-1] == copy.FIND_NOT_FOUND
    assert texts(resident.say("かきくけこ"))[-1] == copy.FIND_NOT_FOUND
    assert texts(resident.say("さしすせそ"))[0] == copy.FIND_GIVE_UP.format(phone="043-245-4894")


def test_a_typed_question_about_a_towns_center_is_answered_without_a_consultation(resident, session_factory):
    answer = resident.say("稲毛区小仲台の担当センターはどこ？")
    assert "あんしんケアセンター小仲台" in texts(answer)[-3]
    assert flex_of(answer)
    assert user_row(session_factory, resident.user_id).step == "start"
    assert lookups(session_factory)[-1].via == "typed"


def test_a_typed_question_naming_a_town_without_its_ward_is_answered_too(resident):
    answer = resident.say("小仲台の担当センターはどこ？")
    assert texts(answer)[0] == copy.WELCOME  # a first contact is welcomed first
    assert texts(answer)[1] == copy.FIND_RESULT.format(place="稲毛区小仲台", center="あんしんケアセンター小仲台")


def test_a_typed_question_without_a_place_asks_for_the_address(resident):
    answer = resident.say("うちの担当のセンターはどこですか")
    assert texts(answer)[-1] == copy.FIND_ASK


def test_a_short_question_about_what_the_center_is_gets_the_faqs_answer_not_the_address_question(
    resident, session_factory
):
    answer = resident.say("包括ってなにをしてくれる所なのかよくわからない")
    assert copy.FIND_ASK not in texts(answer)
    assert user_row(session_factory, resident.user_id).state.get("faq_slug") == "center-about"


def test_a_question_the_faq_answers_by_the_lookup_still_asks_for_the_address(resident):
    answer = resident.say("うちの地区を担当するセンターはどこか教えて")
    assert texts(answer)[-1] == copy.FIND_ASK


def test_a_worry_written_while_finding_a_center_is_read_as_a_worry(resident, session_factory):
    tap_menu(resident, copy.RICHMENU_FIND)
    answer = resident.say("母の物忘れがひどくなってきて、同じことを何度も聞いてきます。どうしたらいいでしょうか")
    assert copy.FIND_NOT_FOUND not in texts(answer)
    assert user_row(session_factory, resident.user_id).state.get("topics")


def test_the_privacy_notice_comes_before_the_first_thing_collected_for_the_case(resident):
    reach_handoff_offer(resident, button="物忘れ・認知症")
    answer = resident.tap(copy.CONNECT)
    assert texts(answer)[-2:] == [copy.PRIVACY_NOTICE, copy.ASK_ADDRESS]
    assert copy.PRIVACY_NOTICE not in texts(resident.received()[:-2])
