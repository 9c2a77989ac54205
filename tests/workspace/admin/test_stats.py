"""Statistics: the right counts and medians per scope, no personal data, charts drawn on the server, CSV."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import timedelta

from sqlalchemy import select

from core.csv_safety import FORMULA_STARTS
from core.db import transaction, utcnow
from knowledge import service as knowledge
from knowledge.models import FaqEntry
from routing.models import Destination
from tests.browser import ARTIFACTS, needs_chromium
from tests.workspace.admin.conftest import StaffClient, log_in, new_account
from tests.workspace.conftest import at, make_case, make_staff
from workspace.stats import service as stats
from workspace.stats.models import InquiryStat


def a_quarter(factory):
    """Three cases in 中央区 and one in 稲毛区 (2026-01..03), and four worries that ended in the bot."""
    make_case(
        factory,
        "benten",
        created_at=at("2026-01-10 10:00"),
        topics=["dementia", "caregiver_support"],
        urgency="urgent",
        accepted_at=at("2026-01-10 11:00"),
        closed_at=at("2026-01-13 10:00"),
        status="closed",
    )
    make_case(
        factory,
        "benten",
        created_at=at("2026-02-03 09:00"),
        topics=["dementia"],
        accepted_at=at("2026-02-03 12:00"),
        user_suffix=2,
    )
    make_case(
        factory,
        "chuo",
        created_at=at("2026-02-20 15:00"),
        topics=["abuse"],
        urgency="emergency",
        accepted_at=at("2026-02-20 15:30"),
        closed_at=at("2026-02-21 15:00"),
        status="closed",
        user_suffix=3,
    )
    make_case(factory, "konakadai", created_at=at("2026-03-01 10:00"), topics=["consumer_fraud"], user_suffix=4)
    with transaction(factory) as session:
        stats.record_inquiry(
            session,
            topics=["care_services"],
            urgency="routine",
            route="center",
            destination_id="benten",
            outcome="no_handoff",
            at=at("2026-01-15 20:00"),
        )
        stats.record_inquiry(
            session,
            topics=["dementia"],
            urgency="routine",
            route="outside_city",
            destination_id=None,
            outcome="outside_city",
            at=at("2026-02-02 08:00"),
        )
        stats.record_inquiry(
            session,
            topics=["other"],
            urgency="routine",
            route="center",
            destination_id=None,
            outcome="address_unresolved",
            at=at("2026-03-31 23:30"),
        )
        stats.record_inquiry(
            session,
            topics=["daily_living"],
            urgency="urgent",
            route="center",
            destination_id="konakadai",
            outcome="declined",
            at=at("2026-03-05 09:00"),
        )


def test_the_report_counts_cases_and_bot_only_inquiries_by_month_topic_destination(factory):
    a_quarter(factory)
    with factory() as session:
        report = stats.build_report(
            session, stats.Scope("千葉市全体"), stats.period_from("2026-01", "2026-03", at("2026-04-01 00:00").date())
        )
    assert report.months == ["2026-01", "2026-02", "2026-03"]
    assert dict(report.cases_per_month) == {"2026-01": 1, "2026-02": 2, "2026-03": 1}
    assert dict(report.others_per_month) == {"2026-01": 1, "2026-02": 1, "2026-03": 2}  # 23:30 JST is still March
    assert report.topic_totals("case")["dementia"] == 2 and report.topic_totals("case")["caregiver_support"] == 1
    assert report.topic_totals()["dementia"] == 3  # two cases and one outside-city worry
    assert report.topic_by_destination()["benten"] == {"dementia": 2, "caregiver_support": 1, "care_services": 1}
    assert report.topic_by_destination()[""] == {"dementia": 1, "other": 1}
    assert report.urgency_totals() == {"urgent": 2, "emergency": 1, "routine": 5}
    assert report.outcome_totals() == {"no_handoff": 1, "outside_city": 1, "address_unresolved": 1, "declined": 1}
    # Acceptance after 1 h, 3 h and 0.5 h; closure after 3 days and 1 day.
    assert report.median_accept_hours() == 1.0 and report.median_accept_hours("2026-02") == 1.8
    assert report.median_close_days() == 2.0


def test_ward_oversight_sees_only_their_wards_destinations(factory):
    a_quarter(factory)
    ward = make_staff(factory, "ward-chuo", role="ward_oversight", destination_id="ward_chuo")
    center = make_staff(factory, "benten-staff")
    with factory() as session:
        scope = stats.scope_for(session, ward)
        report = stats.build_report(
            session, scope, stats.period_from("2026-01", "2026-03", at("2026-04-01 00:00").date())
        )
        try:
            stats.scope_for(session, center)
            raise AssertionError("center staff got a statistics scope")
        except stats.NotAllowed:
            pass
    assert scope.ward == "中央区" and scope.destination_ids == {"benten", "chuo", "ward_chuo"}
    assert report.total_cases == 3 and report.total_others == 1  # 小仲台's and the unplaced ones are not theirs
    assert set(report.topic_by_destination()) == {"benten", "chuo"}


def test_csv_for_the_care_meeting_has_excel_friendly_japanese_and_no_personal_data(factory):
    a_quarter(factory)
    with factory() as session:
        report = stats.build_report(
            session, stats.Scope("千葉市全体"), stats.period_from("2026-01", "2026-03", at("2026-04-01 00:00").date())
        )
    text = stats.to_csv(stats.csv_rows(report, "inquiries"))
    assert text.startswith("\ufeff月,区,担当先ID,担当先,相談内容ID,相談内容,区分,件数")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert [
        "2026-01",
        "中央区",
        "benten",
        "あんしんケアセンター弁天",
        "dementia",
        "認知症",
        "相談（ケース）",
        "1",
    ] in rows
    times = list(csv.reader(io.StringIO(stats.to_csv(stats.csv_rows(report, "times")).lstrip("\ufeff"))))
    assert times[1] == ["2026-01", "1", "1", "1.0", "1", "3.0"]
    everything = "".join(stats.to_csv(stats.csv_rows(report, t)) for t in stats.CSV_TABLES)
    assert "U0000" not in everything and "母の物忘れ" not in everything  # no LINE ids, no texts


FORMULA_NAMES = {
    "benten": '=HYPERLINK("https://evil.example","弁天")',
    "chuo": "+1+1",
    "konakadai": "-2+3",
    "marugoto": "@SUM(1)",
    "ward_chuo": "\t=1",
    "ward_inage": "\r=1",
}


def test_csv_cells_that_excel_would_run_as_formulas_are_written_as_text(factory):
    with transaction(factory) as session:
        for destination_id, name in FORMULA_NAMES.items():
            session.get(Destination, destination_id).short_name = name
            stats.record_inquiry(
                session,
                topics=["dementia"],
                urgency="routine",
                route="center",
                destination_id=destination_id,
                outcome="declined",
                at=at("2026-01-15 20:00"),
            )
        entry = knowledge.create(
            session,
            {
                "slug": "formula",
                "question": "=1+1 と出ます",
                "answer": "答えです。",
                "topics": ["other"],
                "source": "テスト",
                "owner": "city",
            },
            actor="staff",
        )
        knowledge.record_feedback(session, entry.id, True)
    with factory() as session:
        report = stats.build_report(
            session, stats.Scope("千葉市全体"), stats.period_from("2026-01", None, utcnow().date())
        )
    cells = {
        table: list(csv.reader(io.StringIO(stats.to_csv(stats.csv_rows(report, table)).lstrip("\ufeff"))))
        for table in stats.CSV_TABLES
    }
    names = {row[2]: row[3] for row in cells["inquiries"][1:]}
    assert names == {destination_id: "'" + name for destination_id, name in FORMULA_NAMES.items()}
    assert cells["faq"][1][:3] == ["formula", "'=1+1 と出ます", "1"]
    assert all(not cell.startswith(FORMULA_STARTS) for rows in cells.values() for row in rows for cell in row)
    assert [row[-1] for row in cells["inquiries"][1:]] == ["1"] * 6  # numbers stay numbers


def test_faq_helpfulness_counts_each_voter_once_with_their_latest_vote(factory):
    with transaction(factory) as session:
        entry = knowledge.create(
            session,
            {
                "slug": "votes",
                "question": "質問です",
                "answer": "答えです。",
                "topics": ["other"],
                "source": "テスト",
                "owner": "city",
            },
            actor="staff",
        )
        for voter, helpful in [("a", True), ("a", True), ("b", True), ("b", False), ("c", False)]:
            knowledge.record_feedback(session, entry.id, helpful, voter=voter, salt="s3cret")
    with factory() as session:
        [row] = stats.faq_helpfulness(session, stats.period_from(None, None, utcnow().date()))
        entry = session.get(FaqEntry, entry.id)
        counts = (entry.helpful_count, entry.unhelpful_count)
    assert (row.helpful, row.unhelpful) == (1, 2)  # a: はい; b: changed to いいえ; c: いいえ
    assert counts == (1, 2)


def test_record_from_state_keeps_only_labels_and_the_center(factory):
    state = {
        "topics": ["guardianship"],
        "urgency": "routine",
        "route": "center",
        "worry": "父の通帳のことで…",
        "messages": [{"id": "1", "text": "父の通帳のことで…"}],
        "address": {"kind": "center", "center_id": "konakadai", "ward": "稲毛区", "matched": "小仲台2-3-4"},
    }
    with transaction(factory) as session:
        assert stats.record_from_state(session, {"greeted": True}, outcome="expired", at=utcnow()) is None
        row = stats.record_from_state(session, state, outcome="declined", at=at("2026-05-05 23:59"))
        marugoto = stats.record_from_state(
            session, {"topics": ["daily_living"], "route": "marugoto"}, outcome="no_handoff", at=utcnow()
        )
    with factory() as session:
        stored = session.get(InquiryStat, row.id)
        columns = {c.name: getattr(stored, c.name) for c in InquiryStat.__table__.columns}
        assert session.get(InquiryStat, marugoto.id).destination_id == "marugoto"
    assert columns == {
        "id": row.id,
        "day": at("2026-05-05 00:00").date(),
        "topics": ["guardianship"],
        "urgency": "routine",
        "route": "center",
        "destination_id": "konakadai",
        "ward": "稲毛区",
        "outcome": "declined",
    }


def test_center_staff_are_refused_and_ward_oversight_get_their_ward(app_server, session_factory):
    center = StaffClient(app_server, session_factory, new_account(session_factory, "center_staff", "benten"))
    assert center.get("/admin/stats").status_code == 403
    assert center.get("/admin/stats/export.csv").status_code == 403
    ward = StaffClient(app_server, session_factory, new_account(session_factory, "ward_oversight", "ward_inage"))
    page = ward.get("/admin/stats").text
    assert "稲毛区" in page and 'name="ward"' not in page  # no choice of ward for them
    exported = ward.get("/admin/stats/export.csv", params={"table": "urgency", "ward": "中央区"})
    assert exported.status_code == 200 and exported.content.startswith("\ufeff".encode())
    assert "filename*=UTF-8''stats-urgency-" in exported.headers["content-disposition"]
    assert exported.headers["content-disposition"].endswith(".csv")
    assert "%E7%A8%B2%E6%AF%9B%E5%8C%BA" in exported.headers["content-disposition"]  # 稲毛区, not the ward asked for


@needs_chromium
def test_the_statistics_page_draws_its_charts(browser, app_server, session_factory):
    now = utcnow()
    with transaction(session_factory) as session:
        for days, outcome, topics, destination in [
            (3, "outside_city", ["dementia"], None),
            (40, "address_unresolved", ["other"], None),
            (70, "no_handoff", ["care_services"], "benten"),
            (100, "declined", ["consumer_fraud"], "konakadai"),
        ]:
            stats.record_inquiry(
                session,
                topics=topics,
                urgency="routine",
                route="center",
                destination_id=destination,
                outcome=outcome,
                at=now - timedelta(days=days),
            )
    from cases import service as cases

    with transaction(session_factory) as session:
        for days, destination in [(5, "benten"), (35, "konakadai"), (65, "chishirodai")]:
            case = cases.create(
                session,
                destination_id=destination,
                line_user_id="U" + uuid.uuid4().hex,
                topics=["dementia"],
                created_at=now - timedelta(days=days),
                accepted_at=now - timedelta(days=days, hours=-2),
            )
            case.closed_at, case.status = now - timedelta(days=days - 3), "closed"

    page = log_in(browser, app_server.url, new_account(session_factory, "admin"), "/admin/stats")
    charts = page.locator("svg.chart")
    assert charts.count() == 9  # the safety counts by family and 「センターをさがす」 included
    assert page.locator("#chart-by-month rect[fill='#0072B2']").count() >= 3
    assert "市外の方" in page.locator("#stats-summary").inner_text()
    page.locator("#topic-destination").scroll_into_view_if_needed()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "admin-stats.png"), full_page=True)
    page.select_option("select[name=ward]", "稲毛区")
    page.get_by_role("button", name="表示する").click()
    page.wait_for_url("**ward=**")
    assert "稲毛区" in page.locator("h1").inner_text()
    page.context.close()
    with session_factory() as session:
        assert session.scalar(select(InquiryStat.id).limit(1)) is not None
