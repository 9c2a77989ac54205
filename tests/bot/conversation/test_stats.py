"""Worries that end in the bot without a case are counted once each, anonymously, by outcome and topic."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from types import SimpleNamespace

import pytest

from bot.conversation import copy
from core.db import transaction
from core.hours import JST
from tests.bot.conversation.chat import Chat, Clock
from workspace.stats import service as stats


def report(session_factory) -> stats.Report:
    with session_factory() as session:
        today = Clock().now.astimezone(JST).date()
        return stats.build_report(session, stats.Scope("千葉市全体"), stats.period_from(None, None, today))


def changes(before: Counter, after: Counter) -> dict:
    return {k: after[k] - before[k] for k in after.keys() | before.keys() if after[k] != before[k]}


class Counts:
    def __init__(self, session_factory):
        self.session_factory = session_factory
        r = report(session_factory)
        self.outcomes, self.topics = r.outcome_totals(), r.topic_totals("bot")

    def outcome_changes(self) -> dict:
        return changes(self.outcomes, report(self.session_factory).outcome_totals())

    def topic_changes(self) -> dict:
        return changes(self.topics, report(self.session_factory).topic_totals("bot"))


def test_a_worry_resolved_by_the_answer_is_counted_once_as_no_handoff(chat, session_factory):
    chat.say("介護保険の申請のしかたを教えてください")
    counts = Counts(session_factory)
    chat.tap(copy.NO_NEED)
    assert counts.outcome_changes() == {"no_handoff": 1}


def test_outside_the_city_is_counted_whether_told_in_the_worry_or_at_the_address_question(chat, session_factory):
    counts = Counts(session_factory)
    assert copy.OUTSIDE_CITY.format(place="船橋市") in chat.texts(chat.say("船橋市に住む母の物忘れがひどくて心配です"))
    chat.say("父の物忘れのことで相談です")
    chat.tap(copy.CONNECT)
    chat.say("船橋市本町1丁目")
    assert counts.outcome_changes() == {"outside_city": 2}


def test_an_unknown_address_is_counted_as_address_unresolved(chat, session_factory):
    chat.say("父の物忘れのことで相談です")
    chat.tap(copy.CONNECT)
    counts = Counts(session_factory)
    chat.tap(copy.DONT_KNOW)
    assert counts.outcome_changes() == {"address_unresolved": 1}


def test_declined_consent_is_counted_under_the_center_it_would_have_gone_to(chat, session_factory):
    chat.say("美浜区高洲3丁目に住む母が、介護サービスを使いたいと言っています")
    chat.tap(copy.CONNECT)
    counts = Counts(session_factory)
    chat.tap(copy.DISAGREE)
    assert counts.outcome_changes() == {"declined": 1}
    assert sum(report(session_factory).topic_by_destination()["takasu"].values()) >= 1


def test_a_worry_the_bot_cannot_place_is_counted_as_no_answer(chat, session_factory):
    counts = Counts(session_factory)
    chat.say("ラーメンのおいしい店を教えて")
    assert chat.question() == copy.ASK_WORRY
    assert counts.outcome_changes() == {"no_answer": 1}
    assert counts.topic_changes() == {"other": 1}


def test_cancelling_a_triaged_worry_is_counted_but_cancelling_before_any_worry_is_not(chat, session_factory):
    counts = Counts(session_factory)
    chat.say("やめる")
    assert counts.outcome_changes() == {}
    chat.say("美浜区高洲3丁目に住む母が、介護サービスを使いたいと言っています")
    chat.tap(copy.CONNECT)
    assert chat.texts(chat.say("やめる"))[0] == copy.CANCELLED
    assert counts.outcome_changes() == {"cancelled": 1}


def test_a_worry_handed_to_a_center_is_counted_as_a_case_not_as_a_bot_only_worry(chat, session_factory):
    counts = Counts(session_factory)
    cases_before = report(session_factory).total_cases
    chat.say("美浜区高洲3丁目に住む母が、介護サービスを使いたいと言っています")
    chat.tap(copy.CONNECT)
    chat.tap(copy.AGREE)
    chat.tap(copy.SEND)
    assert counts.outcome_changes() == {}
    assert report(session_factory).total_cases == cases_before + 1


@pytest.fixture
def own_database(isolated_database_url):
    """A conversation on a database of its own: the counts and idle residents are this test's alone."""
    from app.runtime import conversation_deps
    from bot.conversation.engine import Conversation
    from core.db import make_engine, make_read_session_factory, make_session_factory
    from tests.conftest import make_settings

    engine = make_engine(isolated_database_url)
    settings = make_settings(isolated_database_url, SimpleNamespace(url="http://127.0.0.1:9"))
    yield Conversation(conversation_deps(settings, make_read_session_factory(engine))), make_session_factory(engine)
    engine.dispose()


def test_an_idle_worry_is_counted_as_expired_once_on_return_or_by_the_idle_job(own_database):
    conversation, factory = own_database
    clock = Clock()
    returning, silent = Chat(conversation, factory, clock), Chat(conversation, factory, clock)
    returning.say("母の物忘れが心配です")
    silent.say("父が介護保険のサービスを使いたいと言っています")
    clock.advance(days=1)
    assert returning.texts(returning.say("はい"))[0] == copy.EXPIRED_ON_RETURN
    with transaction(factory) as session:
        notes = conversation.expire_idle(session, clock.now)
    with transaction(factory) as session:
        assert conversation.expire_idle(session, clock.now + timedelta(seconds=1)) == []  # nothing counted twice
    assert [user for user, _ in notes] == [silent.user_id]
    assert report(factory).outcome_totals()["expired"] == 2


def test_a_worry_left_after_none_of_the_topics_fitted_expires_and_is_forgotten(own_database):
    conversation, factory = own_database
    clock = Clock()
    chat = Chat(conversation, factory, clock)
    chat.say("最近ちょっと困っています")
    assert chat.question() == copy.CLARIFY_TOPIC
    chat.tap(copy.NONE_OF_THESE)
    assert chat.question() == copy.TELL_MORE
    clock.advance(days=1)
    with transaction(factory) as session:
        conversation.expire_idle(session, clock.now)
    user = chat.user()
    assert user.step == "start" and "messages" not in user.state
    assert report(factory).outcome_totals()["expired"] == 1
