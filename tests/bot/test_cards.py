"""Flex Message cards: valid for the SDK's models, within LINE's limits, with an altText that reads alone."""

from __future__ import annotations

import json

import pytest
from linebot.v3.messaging import FlexMessage

from bot.conversation import cards, copy

LONG_AREA = "、".join(["幕張本郷", "幕張町", "武石町", "天戸町", "長作町", "長作台", "三角町", "犢橋町"] * 4)


def every_card() -> dict[str, dict]:
    return {
        "confirm": cards.confirm_card(
            topics="認知症・お金・契約のトラブル",
            center="あんしんケアセンター小仲台",
            contact="電話 090-1234-5678（午前）",
            who="ご家族",
        ),
        "receipt": cards.receipt_card(
            number="2026-00042", topics="認知症", center="あんしんケアセンター小仲台", contact="このLINEで", who=None
        ),
        "link": cards.link_card("あんしんケアセンターとは何ですか？", "https://www.city.chiba.jp/hokenfukushi/"),
        "center": cards.center_card(
            title=copy.FIND_CARD_TITLE,
            center="千葉市あんしんケアセンター花見川区役所前",
            area=LONG_AREA,
            phone="千葉市役所コールセンター 043-245-4894（年中無休 8:30～21:00）",
            phone_label=copy.FIND_CARD_ASK_AT,
            hours="月～土 8:30～17:30",
            map_query="千葉市あんしんケアセンター花見川区役所前",
            number="043-245-4894",
        ),
    }


@pytest.mark.parametrize("name", list(every_card()))
def test_each_card_is_a_flex_message_the_sdk_accepts(name):
    card = every_card()[name]
    parsed = FlexMessage.from_dict(card)
    assert parsed.alt_text == card["altText"]
    assert parsed.contents.to_dict()["type"] == "bubble"


@pytest.mark.parametrize("name", list(every_card()))
def test_each_card_keeps_within_lines_flex_limits(name):
    card = every_card()[name]
    assert 1 <= len(card["altText"]) <= 1500
    assert len(json.dumps(card["contents"], ensure_ascii=False).encode()) <= 30_000
    for button in card["contents"].get("footer", {}).get("contents", []):
        action = button["action"]
        assert 1 <= len(action["label"]) <= 40 and len(action["uri"]) <= 1000
        assert action["uri"].split(":")[0] in ("http", "https", "tel", "line")


def test_the_receipt_reads_alone_in_its_alt_text():
    alt = every_card()["receipt"]["altText"]
    assert (
        alt
        == "受け付けました。受付番号：2026-00042／相談：認知症／相談先：あんしんケアセンター小仲台／連絡：このLINEで"
    )


def test_the_confirmation_has_a_row_for_topic_center_contact_and_who():
    rows = every_card()["confirm"]["contents"]["body"]["contents"][2]["contents"]
    assert [r["contents"][0]["text"] for r in rows] == [
        copy.CARD_TOPIC,
        copy.CARD_CENTER,
        copy.CARD_CONTACT,
        copy.CARD_WHO,
    ]


def test_a_phone_with_notes_gets_no_call_button_but_a_plain_number_does():
    assert cards.tel_uri("043-245-4894") == "tel:0432454894"
    assert cards.tel_uri("043-238-7731 / #7100(固定電話のみ)") is None


def test_the_map_link_is_a_search_for_the_center_without_a_key():
    url = cards.map_url("千葉市あんしんケアセンター小仲台")
    assert url.startswith("https://www.google.com/maps/search/?api=1&query=%E5%8D%83") and "key=" not in url
