"""Retention and residents' privacy requests: exactly the personal data goes, the statistics stay."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from types import SimpleNamespace

from click.testing import CliRunner
from sqlalchemy import select

from bot import outbox
from bot.models import InboxEvent, LineUser, OutgoingMessage
from cases import service as cases
from cases.models import Case, CaseEntry
from core.db import transaction, utcnow
from core.settings import get_settings
from tests.workspace.conftest import make_staff
from workspace.privacy import service as privacy
from workspace.privacy.cli import retention_group
from workspace.privacy.models import PrivacyRun
from workspace.privacy.scheduled import retention_job
from workspace.stats import service as stats

SETTINGS = privacy.RetentionSettings(closed_case_days=365, bot_message_days=30)
PHONE = "090-1234-5678"  # a resident's number in test data only


def a_resident() -> str:
    return "U" + uuid.uuid4().hex


def a_case(factory, user_id: str, *, days_since_close: int | None, destination: str = "benten") -> int:
    """A case with every kind of personal data: contact, address, texts, messages sent, events received."""
    now = utcnow()
    created = now - timedelta(days=(days_since_close or 0) + 10)
    closed = days_since_close is not None
    with transaction(factory) as session:
        case = cases.create(
            session,
            destination_id=destination,
            line_user_id=user_id,
            urgency="urgent",
            topics=["dementia", "abuse"],
            route="center",
            relation="family",
            summary="母が弁天2-3-4で一人暮らし。電話は" + PHONE,
            triage={
                "topics": ["dementia", "abuse"],
                "urgency": "urgent",
                "urgency_reason": "「叩かれ」",
                "route": "center",
                "center_id": destination,
                "confident": True,
                "address": {"kind": "center", "ward": "中央区", "town": "弁天", "chome": 2, "matched": "弁天2-3-4"},
            },
            address={
                "kind": "center",
                "method": "address",
                "center_id": destination,
                "center_name": "弁天",
                "ward": "中央区",
                "town": "弁天",
                "chome": 2,
                "matched": "弁天2-3-4",
                "lat": 35.6,
                "lng": 140.1,
            },
            contact_method="phone",
            contact_phone=PHONE,
            contact_times="午前",
            contact_name="山田花子",
            consent_version="2026-11-v1",
            consent_at=created,
            created_at=created,
            accepted_at=created + timedelta(hours=2),
            closed_at=now - timedelta(days=days_since_close) if closed else None,
            status="closed" if closed else "in_progress",
            close_reason="resolved" if closed else None,
        )
        cases.add_entry(
            session, case, "resident_message", "母が叩かれているようです", line_message_id=uuid.uuid4().hex[:12]
        )
        cases.add_entry(session, case, "bot_message", f"連絡：電話 {PHONE}（午前）")
        cases.add_entry(session, case, "note", "長女の山田さんと電話")
        cases.add_entry(session, case, "assignment", "弁天 佐藤")
        cases.add_entry(
            session, case, "label_change", "", data={"old": {"topics": ["dementia"]}, "new": {"topics": ["abuse"]}}
        )
        if closed:
            cases.add_entry(session, case, "status", "長女宅に転居", data={"from": "in_progress", "to": "closed"})
        sent = outbox.enqueue(
            session, user_id, [{"type": "text", "text": "担当の佐藤です。山田様"}], origin="staff", case_id=case.id
        )[0]
        sent.status = "sent"
        outbox.enqueue(session, user_id, [{"type": "text", "text": "どんなことでお困りですか？"}])[0].status = "sent"
        session.add(
            InboxEvent(
                webhook_event_id=uuid.uuid4().hex,
                source_key=f"user:{user_id}",
                event_type="message",
                payload={"message": {"id": "1", "type": "text"}, "source": {"userId": user_id}},
                event_time=now,
                status="done",
            )
        )
        if session.get(LineUser, user_id) is None:
            session.add(LineUser(user_id=user_id, step="handed_off", state={"case_id": case.id}, state_version=3))
        return case.id


def texts_of(session, case_id: int) -> dict[str, str]:
    return {e.kind: e.body for e in session.scalars(select(CaseEntry).where(CaseEntry.case_id == case_id))}


def report(session):
    """Two and a half years of statistics: the cases purged by retention are in it."""
    first = (utcnow() - timedelta(days=900)).strftime("%Y-%m")
    return stats.build_report(session, stats.Scope("千葉市全体"), stats.period_from(first, None, utcnow().date()))


def test_retention_purges_exactly_the_personal_data_of_cases_closed_long_ago(factory):
    old, recent, still_open = a_resident(), a_resident(), a_resident()
    expired = a_case(factory, old, days_since_close=400)
    kept = a_case(factory, recent, days_since_close=100)
    working = a_case(factory, still_open, days_since_close=None)
    with factory() as session:
        before = report(session)

    with transaction(factory) as session:
        assert privacy.count_due_for_purge(session, utcnow(), 365) == 1
        run = privacy.run_retention(session, SETTINGS, trigger="cli", actor_label="cli")

    with factory() as session:
        case = session.get(Case, expired)
        assert case.purged_at is not None
        assert (case.line_user_id, case.contact_phone, case.contact_name, case.contact_times, case.summary) == (
            None,
        ) * 4 + ("",)
        assert case.address == {
            "kind": "center",
            "method": "address",
            "center_id": "benten",
            "center_name": "弁天",
            "ward": "中央区",
            "town": "弁天",
        }
        assert "urgency_reason" not in case.triage and case.triage["address"] == {
            "kind": "center",
            "ward": "中央区",
            "town": "弁天",
        }
        # What statistics count is untouched.
        assert (
            case.destination_id,
            case.topics,
            case.urgency,
            case.route,
            case.relation,
            case.status,
            case.close_reason,
            case.number,
        ) == ("benten", ["dementia", "abuse"], "urgent", "center", "family", "closed", "resolved", case.number)
        assert case.accepted_at is not None and case.closed_at is not None
        texts = texts_of(session, expired)
        for kind in ("resident_message", "bot_message", "note", "status"):
            assert texts[kind] == privacy.PURGED_TEXT, kind
        assert texts["assignment"] == "弁天 佐藤" and texts["label_change"] == ""
        assert (
            session.scalar(
                select(CaseEntry.line_message_id).where(
                    CaseEntry.case_id == expired, CaseEntry.kind == "resident_message"
                )
            )
            is None
        )
        message = session.scalars(select(OutgoingMessage).where(OutgoingMessage.case_id == expired)).one()
        assert message.to == "" and message.messages == [{"type": "text", "text": privacy.PURGED_TEXT}]
        assert message.status == "sent"
        assert PHONE not in json.dumps(
            {"summary": case.summary, "triage": case.triage, "address": case.address}, ensure_ascii=False
        )

        for untouched in (kept, working):
            other = session.get(Case, untouched)
            assert other.purged_at is None and other.contact_phone == PHONE and other.line_user_id
            assert texts_of(session, untouched)["resident_message"] == "母が叩かれているようです"
        after = report(session)
        stored = session.get(PrivacyRun, run.id)
    assert before.total_cases == 3
    assert (after.cube, after.urgency, after.accept_hours, after.close_days) == (
        before.cube,
        before.urgency,
        before.accept_hours,
        before.close_days,
    )
    assert (stored.kind, stored.trigger, stored.counts["cases"], stored.counts["messages"]) == (
        "retention",
        "cli",
        1,
        1,
    )
    assert stored.counts["entries"] == 4 and stored.case_numbers == []

    with transaction(factory) as session:  # a second run finds nothing more to do
        assert privacy.run_retention(session, SETTINGS, trigger="cli").counts["cases"] == 0


def an_event(session, user: str, status: str, days_ago: int) -> InboxEvent:
    event = InboxEvent(
        webhook_event_id=uuid.uuid4().hex,
        source_key=f"user:{user}",
        event_type="message",
        payload={"source": {"userId": user}},
        event_time=utcnow(),
        status=status,
        received_at=utcnow() - timedelta(days=days_ago),
    )
    session.add(event)
    return event


def test_retention_blanks_old_bot_messages_and_drops_old_events(factory):
    user = a_resident()
    with transaction(factory) as session:
        old = outbox.enqueue(session, user, [{"type": "text", "text": f"連絡：電話 {PHONE}"}])[0]
        new = outbox.enqueue(session, user, [{"type": "text", "text": "どんなことでお困りですか？"}])[0]
        pending = outbox.enqueue(session, user, [{"type": "text", "text": "まだ送っていない"}])[0]
        old.status, new.status = "sent", "sent"
        old.created_at = pending.created_at = utcnow() - timedelta(days=31)
        events = [
            an_event(session, user, "done", 31),
            an_event(session, user, "done", 1),
            an_event(session, user, "pending", 31),
        ]
    with transaction(factory) as session:
        counts = privacy.run_retention(session, SETTINGS, trigger="scheduler").counts
    with factory() as session:
        assert session.get(OutgoingMessage, old.id).messages == [{"type": "text", "text": privacy.PURGED_TEXT}]
        assert session.get(OutgoingMessage, new.id).to == user
        assert session.get(OutgoingMessage, pending.id).status == "pending"  # not delivered yet: left alone
        assert [session.get(InboxEvent, e.id) is not None for e in events] == [False, True, True]
    assert counts["bot_messages"] == 1 and counts["inbox_events"] == 1


def test_retention_deletes_the_unfinished_conversation_of_residents_who_blocked_the_bot(factory):
    blocked, talking = a_resident(), a_resident()
    typed = {"worry": "隣の家のおばあさんが息子に叩かれているようです", "messages": [{"text": "叩かれている"}]}
    with transaction(factory) as session:
        session.add(
            LineUser(user_id=blocked, active=False, unfollowed_at=utcnow(), step="ask_address", state=dict(typed))
        )
        session.add(LineUser(user_id=talking, active=True, step="ask_address", state=dict(typed)))
    with transaction(factory) as session:
        counts = privacy.run_retention(session, SETTINGS, trigger="scheduler").counts
    with factory() as session:
        gone, kept = session.get(LineUser, blocked), session.get(LineUser, talking)
        assert (gone.step, gone.state, gone.active) == ("start", {}, False)
        assert (kept.step, kept.state) == ("ask_address", typed)  # still talking: the bot needs it
    assert counts["blocked_conversations"] == 1
    with transaction(factory) as session:
        assert privacy.run_retention(session, SETTINGS, trigger="scheduler").counts["blocked_conversations"] == 0


def test_a_deletion_request_by_case_number_removes_everything_about_the_resident(factory):
    admin = make_staff(factory, "privacy-admin", role="admin", destination_id=None)
    resident, bystander = a_resident(), a_resident()
    first = a_case(factory, resident, days_since_close=10)
    second = a_case(factory, resident, days_since_close=None, destination="chuo")
    other = a_case(factory, bystander, days_since_close=None)
    with transaction(factory) as session:
        number = session.get(Case, first).number
        unsent = outbox.enqueue(
            session, resident, [{"type": "text", "text": "まだ送っていない返信"}], origin="staff", case_id=second
        )[0].id
        before = report(session)

    with transaction(factory) as session:
        found = privacy.find_resident(session, number)
        assert found.line_user_id == resident and [c.id for c in found.cases] == [first, second]
        assert found.inbox_events == 2 and found.messages == 5 and found.line_user is not None
        run = privacy.delete_resident(session, found, admin, note="電話で受付")

    with factory() as session:
        for case_id in (first, second):
            case = session.get(Case, case_id)
            assert case.purged_at is not None and case.line_user_id is None and case.contact_phone is None
            assert case.status == "closed"
            assert texts_of(session, case_id)["resident_message"] == privacy.DELETED_TEXT
        assert session.get(Case, second).close_reason == "withdrawn"
        assert session.get(LineUser, resident) is None
        assert session.scalars(select(InboxEvent).where(InboxEvent.source_key == f"user:{resident}")).all() == []
        assert session.scalars(select(OutgoingMessage).where(OutgoingMessage.to == resident)).all() == []
        assert session.get(OutgoingMessage, unsent).status == "failed"  # never delivered after the deletion
        # Someone else's data is untouched.
        assert session.get(Case, other).contact_phone == PHONE and session.get(LineUser, bystander) is not None
        assert session.scalars(select(OutgoingMessage).where(OutgoingMessage.to == bystander)).all()
        stored = session.get(PrivacyRun, run.id)
        after = report(session)
    assert stored.kind == "deletion" and stored.actor_label == "privacy-admin" and stored.note == "電話で受付"
    assert stored.counts["cases"] == 2 and stored.counts["closed"] == 1 and stored.counts["conversation"] == 1
    assert resident not in json.dumps({"counts": stored.counts, "numbers": stored.case_numbers})
    assert after.cube == before.cube  # statistics survive a deletion request


def test_a_deletion_request_by_line_user_id_and_an_unknown_reference(factory):
    admin = make_staff(factory, "privacy-admin", role="admin", destination_id=None)
    resident = a_resident()
    a_case(factory, resident, days_since_close=None)
    with transaction(factory) as session:
        privacy.delete_resident(session, privacy.find_resident(session, resident), admin)
    with factory() as session:
        try:
            privacy.find_resident(session, resident)
            raise AssertionError("the deleted resident is still found")
        except privacy.RequestNotFound:
            pass
        try:
            privacy.find_resident(session, "2026-99999")
            raise AssertionError("an unknown case number was found")
        except privacy.RequestNotFound:
            pass


def test_export_gives_one_residents_data_and_is_recorded(factory):
    admin = make_staff(factory, "privacy-admin", role="admin", destination_id=None)
    resident, bystander = a_resident(), a_resident()
    case_id = a_case(factory, resident, days_since_close=None)
    a_case(factory, bystander, days_since_close=None)
    with transaction(factory) as session:
        data, run = privacy.export_resident(session, privacy.find_resident(session, resident), admin)
    text = json.dumps(data, ensure_ascii=False)
    assert data["line_user_id"] == resident and bystander not in text
    with factory() as session:
        assert [c["number"] for c in data["cases"]] == [session.get(Case, case_id).number]
    case = data["cases"][0]
    assert case["contact_phone"] == PHONE and case["contact_name"] == "山田花子"
    assert "母が叩かれているようです" in [e["text"] for e in case["timeline"]]
    assert {"どんなことでお困りですか？", "担当の佐藤です。山田様"} <= {
        t for m in data["messages_sent"] for t in m["texts"]
    }
    assert data["events_received"][0]["type"] == "message" and data["conversation"]["step"] == "handed_off"
    with factory() as session:
        stored = session.get(PrivacyRun, run.id)
    assert stored.kind == "export" and stored.counts["cases"] == 1


def test_the_worker_job_runs_once_a_day(factory):
    expired = a_case(factory, a_resident(), days_since_close=400)
    job = retention_job(factory, SimpleNamespace(closed_case_retention_days=365, bot_message_retention_days=30))
    job()
    second = a_case(factory, a_resident(), days_since_close=500)
    job()  # within the day: nothing
    with factory() as session:
        runs = session.scalars(select(PrivacyRun).where(PrivacyRun.kind == "retention")).all()
        assert session.get(Case, expired).purged_at is not None and session.get(Case, second).purged_at is None
    assert [(r.trigger, r.counts["cases"]) for r in runs] == [("scheduler", 1)]


def test_intake_retention_run_and_status(factory, monkeypatch):
    expired = a_case(factory, a_resident(), days_since_close=400)
    monkeypatch.setenv("DATABASE_URL", factory.kw["bind"].url.render_as_string(hide_password=False))
    monkeypatch.setenv("CLOSED_CASE_RETENTION_DAYS", "365")
    get_settings.cache_clear()
    try:
        dry = CliRunner().invoke(retention_group, ["run", "--dry-run"])
        assert dry.exit_code == 0 and "would purge: 1 cases" in dry.output, dry.output
        with factory() as session:
            assert session.get(Case, expired).purged_at is None
        done = CliRunner().invoke(retention_group, ["run"])
        assert done.exit_code == 0 and "purged: 1 cases" in done.output, done.output
        status = CliRunner().invoke(retention_group, ["status"])
        assert status.exit_code == 0 and "due for purge now: 0" in status.output and "retention\tcli" in status.output
    finally:
        get_settings.cache_clear()
    with factory() as session:
        assert session.get(Case, expired).purged_at is not None


def test_the_privacy_page_deletes_in_two_steps_and_exports_json(admin, session_factory):
    resident = a_resident()
    case_id = a_case(session_factory, resident, days_since_close=None)
    with session_factory() as session:
        number = session.get(Case, case_id).number
    unknown = admin.post("/admin/privacy/deletion", data={"reference": "2099-99999"})
    assert unknown.status_code == 400 and "見つかりません" in unknown.text

    exported = admin.post("/admin/privacy/export", data={"reference": number})
    assert exported.status_code == 200 and "attachment" in exported.headers["content-disposition"]
    assert exported.json()["line_user_id"] == resident

    asked = admin.post("/admin/privacy/deletion", data={"reference": number, "note": "窓口で受付"})
    assert asked.status_code == 200 and "次のデータを削除します" in asked.text and number in asked.text
    with session_factory() as session:
        assert session.get(Case, case_id).purged_at is None  # nothing happens before the confirmation
    done = admin.post("/admin/privacy/deletion", data={"reference": number, "note": "窓口で受付", "confirm": "true"})
    assert done.status_code == 303
    with session_factory() as session:
        assert session.get(Case, case_id).purged_at is not None and session.get(LineUser, resident) is None
        runs = session.scalars(select(PrivacyRun).where(PrivacyRun.actor_label == admin.login)).all()
    assert sorted(r.kind for r in runs) == ["deletion", "export"]
    page = admin.get("/admin/privacy").text
    assert number in page and "相談者の求めによる削除" in page
