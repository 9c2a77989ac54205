"""Worries that end in the bot without a case are counted in the statistics, once each, end to end."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest

from bot.conversation import copy
from bot.models import LineUser
from bot.simulator import line_events
from core.db import transaction, utcnow
from core.hours import JST
from tests.bot.test_conversation import handed_off, last_text, reach_handoff_offer
from tests.support import LineUserSim, wait_for
from workspace.stats import service as stats


def bot_only_report(session_factory) -> stats.Report:
    """The statistics page's report for the whole city, the last twelve months."""
    with session_factory() as session:
        period = stats.period_from(None, None, utcnow().astimezone(JST).date())
        return stats.build_report(session, stats.Scope("千葉市全体"), period)


def changes(before: Counter, after: Counter) -> dict[str, int]:
    return {key: after[key] - before[key] for key in after.keys() | before.keys() if after[key] != before[key]}


class Counts:
    """Outcomes and bot-only topics before and after a conversation on the shared database."""

    def __init__(self, session_factory):
        self.session_factory = session_factory
        report = bot_only_report(session_factory)
        self.outcomes, self.topics = report.outcome_totals(), report.topic_totals("bot")

    def outcome_changes(self) -> dict[str, int]:
        return changes(self.outcomes, bot_only_report(self.session_factory).outcome_totals())

    def topic_changes(self) -> dict[str, int]:
        return changes(self.topics, bot_only_report(self.session_factory).topic_totals("bot"))


def test_a_worry_that_needs_no_handoff_is_counted_once_even_when_its_event_is_redelivered(resident, session_factory):
    reach_handoff_offer(resident, button="介護サービス")
    counts = Counts(session_factory)
    no_need = line_events.postback_event(resident.user_id, resident.button(copy.NO_NEED)["data"], resident.token())
    before = len(resident.received())
    resident.post(no_need)
    assert copy.GOODBYE in [m["text"] for m in resident._answer_after(before)]
    resident.post({**no_need, "deliveryContext": {"isRedelivery": True}})
    # A later message of the same resident is acted on after the redelivered one would have been.
    assert last_text(resident.say("やめる")) == copy.CANCELLED
    assert counts.outcome_changes() == {"no_handoff": 1}
    assert counts.topic_changes() == {"care_services": 1}


def test_outside_the_city_is_counted_whether_told_in_the_worry_or_at_the_address_question(resident, session_factory):
    counts = Counts(session_factory)
    answer = resident.say("船橋市に住む母の物忘れがひどくて心配です")
    assert copy.OUTSIDE_CITY.format(place="船橋市") in [m["text"] for m in answer]
    reach_handoff_offer(resident, button="介護サービス")
    resident.tap(copy.CONNECT)
    resident.tap("家族のこと")
    resident.say("船橋市本町1丁目")
    assert counts.outcome_changes() == {"outside_city": 2}
    assert counts.topic_changes() == {"dementia": 1, "care_services": 1}


def test_an_unknown_address_is_counted_as_address_unresolved(resident, session_factory):
    reach_handoff_offer(resident, button="物忘れ・認知症")
    counts = Counts(session_factory)
    resident.tap(copy.CONNECT)
    resident.tap("家族のこと")
    resident.tap(copy.DONT_KNOW)
    assert counts.outcome_changes() == {"address_unresolved": 1}


def test_declined_consent_is_counted_under_the_center_it_would_have_gone_to(resident, session_factory):
    reach_handoff_offer(resident, button="介護サービス")
    counts = Counts(session_factory)
    resident.tap(copy.CONNECT)
    resident.tap("自分のこと")
    resident.say("美浜区高洲3丁目")
    resident.tap(copy.DISAGREE)
    assert counts.outcome_changes() == {"declined": 1}
    assert bot_only_report(session_factory).topic_by_destination()["takasu"]["care_services"] >= 1


def test_a_worry_with_no_faq_answer_is_counted_as_no_answer(resident, session_factory):
    counts = Counts(session_factory)
    answer = resident.say("ラーメンのおいしい店を教えて")
    assert last_text(answer) == copy.ASK_WORRY
    assert counts.outcome_changes() == {"no_answer": 1}
    assert counts.topic_changes() == {"other": 1}


def test_cancelling_a_triaged_worry_is_counted_but_cancelling_before_any_worry_is_not(resident, session_factory):
    counts = Counts(session_factory)
    assert last_text(resident.say("やめる")) == copy.CANCELLED
    assert counts.outcome_changes() == {}
    reach_handoff_offer(resident, button="介護サービス")
    resident.tap(copy.CONNECT)
    assert last_text(resident.say("やめる")) == copy.CANCELLED
    assert counts.outcome_changes() == {"cancelled": 1}


def test_a_worry_handed_to_a_center_is_counted_as_a_case_not_as_a_bot_only_worry(resident, session_factory):
    counts = Counts(session_factory)
    cases_before = bot_only_report(session_factory).total_cases
    handed_off(resident, session_factory)
    assert counts.outcome_changes() == {}
    assert bot_only_report(session_factory).total_cases == cases_before + 1


@pytest.fixture
def own_app(isolated_database_url, fake_line):
    """The app on a database of its own: the counts are this test's alone."""
    from core.app import create_app
    from tests.conftest import make_settings
    from tests.support import ServerThread

    app = create_app(make_settings(isolated_database_url, fake_line))
    server = ServerThread(app).start()
    yield server, app
    server.stop()


def leave_idle(factory, *residents: LineUserSim) -> None:
    """As if the residents had written nothing for a day (the idle limit is 30 minutes)."""
    with transaction(factory) as session:
        for resident in residents:
            session.get(LineUser, resident.user_id).last_activity_at = utcnow() - timedelta(days=1)


def test_an_idle_worry_is_counted_as_expired_once_on_return_or_by_the_idle_job(own_app, fake_line):
    server, app = own_app
    factory = app.state.ctx.session_factory
    returning, silent = LineUserSim(server.url, fake_line), LineUserSim(server.url, fake_line)
    reach_handoff_offer(returning, button="物忘れ・認知症")
    reach_handoff_offer(silent, button="介護サービス")
    leave_idle(factory, returning, silent)
    assert returning.say("つないでほしい")[0]["text"] == copy.EXPIRED_ON_RETURN
    runtime = app.state.ctx.services["runtime"]
    expire_job = next(job for _, _, job in runtime.worker.periodic if job.__name__ == "expire_idle")
    expire_job()
    expire_job()  # nothing is left to expire: nothing is counted twice
    app.state.ctx.wake_worker()
    wait_for(lambda: last_text(silent.received()) == copy.EXPIRED)
    report = bot_only_report(factory)
    assert report.outcome_totals()["expired"] == 2
    assert report.topic_totals("bot")["dementia"] == 1 and report.topic_totals("bot")["care_services"] == 1


def test_a_worry_left_after_none_of_the_topics_fitted_expires_and_is_forgotten(own_app, fake_line):
    server, app = own_app
    factory = app.state.ctx.session_factory
    resident = LineUserSim(server.url, fake_line)
    assert last_text(resident.say("最近ちょっと困っています")) == copy.CLARIFY_TOPIC
    assert last_text(resident.tap(copy.NONE_OF_THESE)) == copy.TELL_MORE
    leave_idle(factory, resident)
    runtime = app.state.ctx.services["runtime"]
    next(job for _, _, job in runtime.worker.periodic if job.__name__ == "expire_idle")()
    app.state.ctx.wake_worker()
    wait_for(lambda: last_text(resident.received()) == copy.EXPIRED)
    with factory() as session:
        user = session.get(LineUser, resident.user_id)
        assert user.step == "start" and "messages" not in user.state
    assert bot_only_report(factory).outcome_totals()["expired"] == 1
