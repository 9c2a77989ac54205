"""The bot's copy: Japanese, short sentences and bubbles, short button labels, no phone number invented."""

from __future__ import annotations

import re
import string

from bot.conversation import copy
from core.topics import TOPIC_IDS

LONGEST_FILL = {
    "destination": "千葉市あんしんケアセンター花見川区役所前",
    "place": "東京都西多摩郡日の出町",
    "town": "幕張本郷",
    "ward": "花見川区",
    "number": "2026-00042",
    "link": "https://www.city.chiba.jp/",
    "phone": "043-245-4894",
    "times": "いつでもよい",
    "topics": "認知症・お金・契約のトラブル",
    "contact": "043-245-4894（月～金 9:00～17:00）",
    "fallback_name": "千葉市役所コールセンター",
    "fallback_phone": "043-245-4894",
    "when": "12月29日(月)",
    "relation": "近所・知人の方",
    "callcenter_name": "千葉市役所コールセンター",
    "callcenter_phone": "043-245-4894",
    # Crisis lines, rich menu and find-my-center
    "name": "こころの健康相談統一ダイヤル",
    "hours": "24時間",
    "callcenter_hours": "年中無休 8:30～21:00(土日休日・年末年始は17:00まで)",
    "center": "あんしんケアセンター花見川区役所前",
    "note": "受付時間は、つながる地域の窓口によります",
}
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def bubbles() -> dict[str, str]:
    found = {}
    for name in dir(copy):
        value = getattr(copy, name)
        if name.isupper() and isinstance(value, str) and name != "CONSENT_VERSION":
            found[name] = value
        elif isinstance(value, dict) and name in ("OFFER_HANDOFF", "HEARD"):
            found.update({f"{name}[{k}]": v for k, v in value.items()})
    return found


def filled(template: str) -> str:
    fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
    return template.format(**{f: LONGEST_FILL[f] for f in fields})


def test_every_bubble_is_japanese_and_at_most_about_120_characters():
    for name, template in bubbles().items():
        text = filled(template)
        assert JAPANESE.search(text), name
        assert len(text) <= 120, (name, len(text))


def test_no_sentence_is_longer_than_sixty_characters():
    for name, template in bubbles().items():
        for sentence in re.split(r"(?<=[。！？\n])", filled(template)):
            assert len(sentence.strip()) <= 60, (name, sentence)


def test_every_button_label_fits_lines_twenty_character_limit():
    labels = [label for label, _, _ in copy.WORRY_BUTTONS]
    labels += list(copy.TOPIC_NAMES.values()) + copy.WARDS
    labels += [
        copy.YES,
        copy.NO,
        copy.CONNECT,
        copy.NO_NEED,
        copy.NOT_NOW_BUTTON,
        copy.SEND_LOCATION,
        copy.DONT_KNOW,
        copy.AGREE,
        copy.DISAGREE,
        copy.BY_LINE,
        copy.SEND,
        copy.WANT_PHONE,
        copy.EDIT,
        copy.NONE_OF_THESE,
        copy.EDIT_ADDRESS,
        copy.EDIT_CONTACT,
        copy.EDIT_RESTART,
        copy.SAFETY_YES,
        copy.SAFETY_NO_CONNECT,
        copy.SAFETY_NO,
    ]
    assert all(1 <= len(label) <= 20 for label in labels), [label for label in labels if len(label) > 20]


def test_rich_menu_and_find_my_center_labels_fit_lines_limits():
    labels = [label for label, _ in copy.MENU_FAQ_TOPICS] + [copy.FIND_SEND_LOCATION, copy.FIND_DONT_KNOW]
    labels += [copy.RICHMENU_CONSULT, copy.RICHMENU_FAQ, copy.RICHMENU_FIND, copy.RICHMENU_URGENT]
    labels += [copy.FIND_CARD_CALL, copy.FIND_CARD_MAP, copy.CARD_OPEN_LINK]
    assert all(1 <= len(label) <= 20 for label in labels), [label for label in labels if len(label) > 20]
    assert 1 <= len(copy.RICHMENU_CHAT_BAR) <= 14


def test_copy_contains_no_phone_number_except_emergency_and_verified_ones():
    phone_like = re.compile(r"\d{2,4}-\d{2,4}-\d{3,4}")
    for name, template in bubbles().items():
        assert not phone_like.search(template), name


def test_every_step_module_speaks_only_through_copy():
    """No Japanese sentence is written in the conversation's code: it is all in copy.py."""
    from pathlib import Path

    folder = Path(copy.__file__).parent
    for path in folder.glob("*.py"):
        if path.name in ("copy.py", "intents.py", "evaluate.py"):
            continue  # intents.py holds the words residents type, not what the bot says
        code = "\n".join(
            line for line in path.read_text(encoding="utf-8").splitlines() if not line.strip().startswith("#")
        )
        said = re.findall(r'(?:say|say_first|Question|Reply)\([^)]*"[^"]*[\u3040-\u30ff\u4e00-\u9fff][^"]*"', code)
        assert not said, (path.name, said)


def test_every_topic_has_a_name_and_a_first_sentence_for_residents():
    assert tuple(copy.TOPIC_NAMES) == TOPIC_IDS
    assert set(TOPIC_IDS) <= set(copy.HEARD)
