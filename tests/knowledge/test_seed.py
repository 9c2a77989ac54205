from __future__ import annotations

import re

from core.db import transaction
from knowledge import service
from knowledge.models import TOPIC_IDS
from knowledge.service import SEED_PATH, load_seed_items

# Every phone number an answer may contain. The 043 numbers are the rows marked verified in
# the contacts data (routing/data/contacts.csv); 188, 110, 119, #7100 and #7119 are public short
# numbers; 03-6810-1636 is #7119 for phones that cannot dial it (row kyukyu_anshin).
ALLOWED_NUMBERS = {
    "043-245-5782",
    "043-238-7731",
    "043-226-2601",
    "043-245-4894",
    "043-221-2198",
    "043-275-6401",
    "043-284-6242",
    "043-233-8264",
    "043-292-9491",
    "043-270-4073",
    "043-245-5064",
    "03-6810-1636",
    "188",
    "110",
    "119",
    "#7100",
    "#7119",
}
PHONE_LIKE = re.compile(r"#\d{3,4}|\d{2,4}-\d{2,4}-\d{3,4}|(?<![\d-])\d{3}(?![\d-])")


def test_seed_has_forty_entries_and_covers_every_topic():
    items = load_seed_items()
    assert len(items) >= 40
    assert {t for i in items for t in i.topics} == set(TOPIC_IDS)


def test_seed_answers_contain_only_verified_phone_numbers():
    for item in load_seed_items():
        numbers = set(PHONE_LIKE.findall(item.answer))
        assert numbers <= ALLOWED_NUMBERS, (item.slug, numbers - ALLOWED_NUMBERS)


def test_seed_never_gives_a_number_for_the_centers_themselves():
    for item in load_seed_items():
        assert "センターの電話番号は" not in item.answer, item.slug


def test_every_seed_entry_is_short_sourced_and_owned():
    for item in load_seed_items():
        assert len(item.answer) <= 300, item.slug
        assert len(item.source) > 10, item.slug
        assert item.owner and item.review_by is not None, item.slug
        assert len(item.paraphrases) >= 5, item.slug


def test_seed_is_idempotent(session_factory):
    with transaction(session_factory) as session:
        first = service.seed(session)
        version = service.knowledge_version(session)
    with transaction(session_factory) as session:
        second = service.seed(session)
        assert service.knowledge_version(session) == version
    assert len(first.created) == len(load_seed_items())
    assert second.created == second.updated == []
    assert len(second.unchanged) == len(first.created)


def test_seed_never_overwrites_what_staff_edited(session_factory, tmp_path):
    with transaction(session_factory) as session:
        service.seed(session)
        entry = service.get_by_slug(session, "center-about")
        service.update(session, entry.id, {"answer": "職員が書き直した答え。"}, actor="staff:suzuki")
        withdrawn = service.get_by_slug(session, "city-call-center")
        service.set_active(session, withdrawn.id, False, actor="staff:suzuki")

    changed = tmp_path / "faq.yaml"
    changed.write_text(
        SEED_PATH.read_text(encoding="utf-8")
        .replace("あんしんケアセンターは、千葉市の「地域包括支援センター」です。", "改訂版の答え。")
        .replace("千葉市役所コールセンター\n", "千葉市役所コールセンター(改訂)\n")
        .replace("ご本人はもちろん、ご家族、ご近所の方、民生委員など", "ご本人やご家族、ご近所の方など"),
        encoding="utf-8",
    )
    with transaction(session_factory) as session:
        report = service.seed(session, changed)
        assert service.get_by_slug(session, "center-about").answer == "職員が書き直した答え。"
        assert service.get_by_slug(session, "city-call-center").active is False
        assert service.get_by_slug(session, "center-who-can-consult").answer.startswith(
            "ご本人やご家族、ご近所の方など"
        )
    assert sorted(report.kept_edited) == ["center-about", "city-call-center"]
    assert report.updated == ["center-who-can-consult"]
