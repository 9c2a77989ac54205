from __future__ import annotations

import pytest

from core.db import transaction
from knowledge import service
from knowledge.models import FaqFeedback
from tests.knowledge.conftest import entry_data


def test_create_records_version_one_with_a_full_snapshot(session_factory):
    with transaction(session_factory) as session:
        entry = service.create(session, entry_data(), actor="staff:tanaka")
        versions = service.history(session, entry.id)
    assert entry.version == 1
    assert [v.version for v in versions] == [1]
    assert versions[0].changed_by == "staff:tanaka"
    assert versions[0].snapshot == service.snapshot_of(entry)


def test_update_bumps_the_version_and_keeps_every_earlier_one(session_factory):
    with transaction(session_factory) as session:
        entry = service.create(session, entry_data(), actor="seed")
        service.update(session, entry.id, {"answer": "あんしんケアセンターへどうぞ。"}, actor="staff:sato", note="短く")
        service.update(session, entry.id, {"paraphrases": ["ぼけが心配"]}, actor="staff:sato")
        versions = service.history(session, entry.id)
    assert entry.version == 3 and entry.updated_by == "staff:sato"
    assert [v.version for v in versions] == [1, 2, 3]
    assert versions[1].note == "短く"
    assert versions[0].snapshot["answer"] == "お住まいの地域のあんしんケアセンターにご相談ください。"


def test_update_that_changes_nothing_writes_no_version(session_factory):
    with transaction(session_factory) as session:
        entry = service.create(session, entry_data(), actor="seed")
        service.update(session, entry.id, {"answer": entry.answer + "\n"}, actor="staff")
        assert entry.version == 1
        assert len(service.history(session, entry.id)) == 1


def test_diff_versions_lists_each_changed_field_with_old_and_new(session_factory):
    with transaction(session_factory) as session:
        entry = service.create(session, entry_data(), actor="seed")
        service.update(
            session, entry.id, {"answer": "新しい答え。", "topics": ["dementia", "caregiver_support"]}, "staff"
        )
        v1, v2 = service.history(session, entry.id)
    assert service.diff_versions(v1, v2) == [
        ("answer", "お住まいの地域のあんしんケアセンターにご相談ください。", "新しい答え。"),
        ("topics", ["dementia"], ["dementia", "caregiver_support"]),
    ]
    assert service.diff_versions(v1, v1) == []


def test_withdrawn_entry_is_hidden_from_the_default_listing_but_kept(session_factory):
    with transaction(session_factory) as session:
        entry = service.create(session, entry_data(), actor="seed")
        service.set_active(session, entry.id, False, actor="staff", note="内容を確認中")
        assert service.list_entries(session) == []
        assert [e.slug for e in service.list_entries(session, include_inactive=True)] == ["dementia-consult"]
        assert service.history(session, entry.id)[-1].snapshot["active"] is False


def test_revert_makes_an_earlier_version_current_as_a_new_version(session_factory):
    with transaction(session_factory) as session:
        entry = service.create(session, entry_data(), actor="seed")
        service.update(session, entry.id, {"answer": "まちがった答え。"}, actor="staff")
        service.revert(session, entry.id, 1, actor="staff")
    assert entry.version == 3
    assert entry.answer == "お住まいの地域のあんしんケアセンターにご相談ください。"


def test_search_finds_entries_by_paraphrase_and_full_width_text(session_factory):
    with transaction(session_factory) as session:
        service.create(session, entry_data(), actor="seed")
        fraud = entry_data(slug="fraud", question="詐欺の電話", paraphrases=[], topics=["consumer_fraud"])
        service.create(session, fraud, "seed")
        assert [e.slug for e in service.list_entries(session, search="認知症の相談")] == ["dementia-consult"]
        assert [e.slug for e in service.list_entries(session, search="ｆｒａｕｄ")] == ["fraud"]
        assert [e.slug for e in service.list_entries(session, topic="consumer_fraud")] == ["fraud"]


@pytest.mark.parametrize(
    "bad",
    [
        {"answer": "あ" * 301},
        {"topics": ["weather"]},
        {"topics": ["other", "dementia"]},
        {"source": ""},
        {"slug": "Has Spaces"},
        {"link": "javascript:alert(1)"},
    ],
)
def test_invalid_entries_are_refused(session_factory, bad):
    with transaction(session_factory) as session, pytest.raises(ValueError):
        service.create(session, entry_data(**bad), actor="staff")


def test_duplicate_slug_is_refused(session_factory):
    with transaction(session_factory) as session:
        service.create(session, entry_data(), actor="staff")
        with pytest.raises(service.DuplicateSlug):
            service.create(session, entry_data(), actor="staff")


def test_feedback_counts_votes_and_stores_only_a_keyed_hash(session_factory):
    with transaction(session_factory) as session:
        entry = service.create(session, entry_data(), actor="seed")
        service.record_feedback(session, entry.id, True, user_id="U1234567890abcdef", salt="s3cret")
        service.record_feedback(session, entry.id, True)
        service.record_feedback(session, entry.id, False, user_id="U1234567890abcdef", salt="s3cret")
    with session_factory() as session:
        entry = service.get(session, entry.id)
        rows = session.query(FaqFeedback).order_by(FaqFeedback.id).all()
        assert (entry.helpful_count, entry.unhelpful_count, entry.version) == (2, 1, 1)
        hashes = [r.user_ref_hash for r in rows]
        assert hashes[0] == hashes[2] == service.hash_user_reference("U1234567890abcdef", "s3cret")
        assert hashes[1] is None
        assert all("U1234567890abcdef" not in (h or "") for h in hashes)


def test_feedback_needs_a_salt_to_hash_the_user(session_factory):
    with transaction(session_factory) as session:
        entry = service.create(session, entry_data(), actor="seed")
        with pytest.raises(ValueError):
            service.record_feedback(session, entry.id, True, user_id="U1")


def test_knowledge_version_changes_on_edits_but_not_on_feedback(session_factory):
    with transaction(session_factory) as session:
        empty = service.knowledge_version(session)
        entry = service.create(session, entry_data(), actor="seed")
        created = service.knowledge_version(session)
        service.record_feedback(session, entry.id, True)
        assert service.knowledge_version(session) == created
        service.update(session, entry.id, {"paraphrases": ["もの忘れ"]}, actor="staff")
        edited = service.knowledge_version(session)
    assert len({empty, created, edited}) == 3


def test_entries_due_for_review(session_factory):
    from datetime import date

    with transaction(session_factory) as session:
        service.create(session, entry_data(slug="old", review_by="2026-01-31"), actor="seed")
        service.create(session, entry_data(slug="new", review_by="2028-01-31"), actor="seed")
        assert [e.slug for e in service.entries_due_for_review(session, date(2026, 9, 1))] == ["old"]
