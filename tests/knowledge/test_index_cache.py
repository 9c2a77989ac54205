from __future__ import annotations

from core.db import transaction
from knowledge import service
from knowledge.cache import IndexCache
from tests.knowledge.conftest import entry_data


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_cache_picks_up_an_edit_within_the_check_interval(session_factory):
    with transaction(session_factory) as session:
        entry = service.create(session, entry_data(), actor="seed")
    clock = FakeClock()
    cache = IndexCache(session_factory, check_every_seconds=2.0, clock=clock)
    assert cache.best("オレオレ詐欺の電話がきた") is None

    with transaction(session_factory) as session:
        service.update(
            session,
            entry.id,
            {"question": "オレオレ詐欺の電話がきました", "paraphrases": ["詐欺の電話"], "topics": ["consumer_fraud"]},
            actor="staff",
        )
    clock.now += 1.0
    assert cache.best("オレオレ詐欺の電話がきた") is None  # not checked yet
    clock.now += 1.5
    match = cache.best("オレオレ詐欺の電話がきた")
    assert match is not None and match.entry_id == entry.id


def test_cache_does_not_rebuild_when_nothing_changed(session_factory):
    with transaction(session_factory) as session:
        service.create(session, entry_data(), actor="seed")
    clock = FakeClock()
    cache = IndexCache(session_factory, check_every_seconds=2.0, clock=clock)
    first = cache.current()
    clock.now += 5
    assert cache.current() is first


def test_a_withdrawn_entry_stops_being_answered_after_invalidate(session_factory):
    with transaction(session_factory) as session:
        entry = service.create(session, entry_data(), actor="seed")
    cache = IndexCache(session_factory, check_every_seconds=3600, clock=FakeClock())
    assert cache.best("母の物忘れがひどい") is not None
    with transaction(session_factory) as session:
        service.set_active(session, entry.id, False, actor="staff")
    cache.invalidate()
    assert cache.best("母の物忘れがひどい") is None


def test_cache_keeps_answering_from_the_old_index_when_the_database_fails(session_factory):
    with transaction(session_factory) as session:
        service.create(session, entry_data(), actor="seed")
    clock = FakeClock()
    cache = IndexCache(session_factory, check_every_seconds=1.0, clock=clock)
    assert cache.best("母の物忘れがひどい") is not None
    session_factory.kw["bind"].dispose()
    with session_factory() as session:
        session.execute(__import__("sqlalchemy").text("DROP TABLE faq_feedback"))
        session.execute(__import__("sqlalchemy").text("DROP TABLE faq_version"))
        session.execute(__import__("sqlalchemy").text("DROP TABLE faq_entry"))
        session.commit()
    clock.now += 2
    assert cache.best("母の物忘れがひどい") is not None


def test_a_threshold_given_to_the_cache_overrides_the_tuned_one(session_factory):
    with transaction(session_factory) as session:
        service.create(session, entry_data(), actor="seed")
    question = "母の物忘れがひどい。どこに相談すればいい？"
    assert IndexCache(session_factory, threshold=0.0).best(question) is not None
    assert IndexCache(session_factory, threshold=1.0).best(question) is None
    assert IndexCache(session_factory).current().threshold == IndexCache(session_factory).current().ranker.threshold
