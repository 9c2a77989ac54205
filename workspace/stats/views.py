"""/admin/stats: counts, charts and CSV for 地域ケア会議 — admins (city or a ward) and ward oversight (own ward)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request
from fastapi.responses import Response
from markupsafe import Markup

from cases.labels import SAFETY_FAMILY_LABELS, SAFETY_LEVEL_LABELS, TOPIC_LABELS, URGENCY_LABELS, URGENCY_ORDER
from core.hours import JST
from workspace.audit import service as audit
from workspace.staff.auth import CurrentStaff
from workspace.staff.models import StaffUser
from workspace.stats import charts
from workspace.stats import service as stats
from workspace.stats.models import OUTCOMES
from workspace.web import DbSession, client_ip, render, workspace_router

router = workspace_router(prefix="/admin/stats")
FAQ_ROWS = 12


def stats_viewer(user: CurrentStaff) -> StaffUser:
    """Admins and ward oversight (403 for center staff): statistics carry no personal data."""
    if user.role not in ("admin", "ward_oversight"):
        raise HTTPException(403, "統計を見られるのは、管理者と区の担当者です。")
    return user


StatsViewer = Annotated[StaffUser, Depends(stats_viewer)]


@dataclass
class Chart:
    key: str
    title: str
    svg: Markup
    headers: list[str]
    rows: list[list]


def month_label(index: int, month: str) -> tuple[str, str]:
    """「3月」 under each column, the year under the first column and under each January."""
    year, number = month.split("-")
    return f"{int(number)}月", year if index == 0 or number == "01" else ""


def report_charts(report: stats.Report) -> list[Chart]:
    """The page's charts, each with the numbers it shows."""
    months = report.months
    cases = [report.cases_per_month.get(m, 0) for m in months]
    others = [report.others_per_month.get(m, 0) for m in months]
    found = [
        Chart(
            "by-month",
            "月別の問い合わせ件数",
            charts.column_chart(
                "chart-by-month",
                "月別の問い合わせ件数",
                months,
                [
                    charts.Series("相談（ケース）", cases, charts.BLUE),
                    charts.Series("ボットのみで終了", others, charts.SKY),
                ],
                category_label=month_label,
            ),
            ["月", "相談（ケース）", "ボットのみで終了"],
            [[m, c, o] for m, c, o in zip(months, cases, others)],
        ),
    ]
    topics = list(TOPIC_LABELS)
    by_case, by_bot = report.topic_totals("case"), report.topic_totals("bot")
    found.append(
        Chart(
            "by-topic",
            "相談内容別の件数（複数の分類はそれぞれに数える）",
            charts.bar_chart(
                "chart-by-topic",
                "相談内容別の件数",
                [TOPIC_LABELS[t] for t in topics],
                [
                    charts.Series("相談（ケース）", [by_case.get(t, 0) for t in topics], charts.BLUE),
                    charts.Series("ボットのみで終了", [by_bot.get(t, 0) for t in topics], charts.SKY),
                ],
            ),
            ["相談内容", "相談（ケース）", "ボットのみで終了"],
            [[TOPIC_LABELS[t], by_case.get(t, 0), by_bot.get(t, 0)] for t in topics],
        )
    )
    urgency = {(u, s): 0 for u in URGENCY_ORDER for s in stats.SOURCES}
    for (_, u, s), n in report.urgency.items():
        urgency[(u, s)] = urgency.get((u, s), 0) + n
    found.append(
        Chart(
            "urgency",
            "緊急度の内訳",
            charts.bar_chart(
                "chart-urgency",
                "緊急度の内訳",
                [URGENCY_LABELS[u] for u in URGENCY_ORDER],
                [
                    charts.Series("相談（ケース）", [urgency[(u, "case")] for u in URGENCY_ORDER], charts.BLUE),
                    charts.Series("ボットのみで終了", [urgency[(u, "bot")] for u in URGENCY_ORDER], charts.SKY),
                ],
                label_width=120,
            ),
            ["緊急度", "相談（ケース）", "ボットのみで終了"],
            [[URGENCY_LABELS[u], urgency[(u, "case")], urgency[(u, "bot")]] for u in URGENCY_ORDER],
        )
    )
    outcomes = report.outcome_totals()
    found.append(
        Chart(
            "outcomes",
            "ケースにならなかった問い合わせの結果",
            charts.bar_chart(
                "chart-outcomes",
                "ケースにならなかった問い合わせの結果",
                list(OUTCOMES.values()),
                [charts.Series("件数", [outcomes.get(o, 0) for o in OUTCOMES], charts.ORANGE)],
                label_width=330,
            ),
            ["結果", "件数"],
            [[name, outcomes.get(o, 0)] for o, name in OUTCOMES.items()],
        )
    )
    safety = report.safety_totals()
    families = list(SAFETY_FAMILY_LABELS)
    found.append(
        Chart(
            "safety",
            "緊急・危機として案内した件数（種類別）",
            charts.bar_chart(
                "chart-safety",
                "緊急・危機として案内した件数",
                [SAFETY_FAMILY_LABELS[f] for f in families],
                [
                    charts.Series(
                        SAFETY_LEVEL_LABELS["emergency"],
                        [safety.get((f, "emergency"), 0) for f in families],
                        charts.RED,
                    ),
                    charts.Series(
                        SAFETY_LEVEL_LABELS["crisis"], [safety.get((f, "crisis"), 0) for f in families], charts.PURPLE
                    ),
                ],
                label_width=200,
            ),
            ["種類", SAFETY_LEVEL_LABELS["emergency"], SAFETY_LEVEL_LABELS["crisis"]],
            [
                [SAFETY_FAMILY_LABELS[f], safety.get((f, "emergency"), 0), safety.get((f, "crisis"), 0)]
                for f in families
            ],
        )
    )
    accept = [report.median_accept_hours(m) for m in months]
    close = [report.median_close_days(m) for m in months]
    found.append(
        Chart(
            "accept-time",
            "受付までの時間（月別の中央値・時間）",
            charts.column_chart(
                "chart-accept-time",
                "受付までの時間（中央値）",
                months,
                [charts.Series("受付までの時間", [v or 0 for v in accept], charts.GREEN)],
                unit="時間",
                category_label=month_label,
            ),
            ["月", "受付済み件数", "中央値（時間）"],
            [[m, len(report.accept_hours.get(m, [])), "" if v is None else v] for m, v in zip(months, accept)],
        )
    )
    found.append(
        Chart(
            "close-time",
            "終了までの日数（月別の中央値・日）",
            charts.column_chart(
                "chart-close-time",
                "終了までの日数（中央値）",
                months,
                [charts.Series("終了までの日数", [v or 0 for v in close], charts.PURPLE)],
                unit="日",
                category_label=month_label,
            ),
            ["月", "終了件数", "中央値（日）"],
            [[m, len(report.close_days.get(m, [])), "" if v is None else v] for m, v in zip(months, close)],
        )
    )
    faq = report.faq[:FAQ_ROWS]
    found.append(
        Chart(
            "faq",
            "FAQ の評価（票の多い順）",
            charts.bar_chart(
                "chart-faq",
                "FAQ の評価",
                [r.question for r in faq],
                [
                    charts.Series("役に立った", [r.helpful for r in faq], charts.GREEN),
                    charts.Series("役に立たなかった", [r.unhelpful for r in faq], charts.RED),
                ],
                unit="票",
                label_width=300,
            ),
            ["FAQ", "役に立った", "役に立たなかった"],
            [[r.question, r.helpful, r.unhelpful] for r in report.faq],
        )
    )
    return found


def report_for(session, user: StaffUser, first: str, last: str, ward: str) -> stats.Report:
    wards = stats.wards(session)
    try:
        scope = stats.scope_for(session, user, ward if ward in wards else None)
    except stats.NotAllowed as exc:
        raise HTTPException(403, "所属の区が決まっていないため、統計を表示できません。") from exc
    period = stats.period_from(first, last, datetime.now(JST).date())
    return stats.build_report(session, scope, period)


@router.get("", name="stats")
def stats_page(
    request: Request,
    session: DbSession,
    user: StatsViewer,
    first: str = Query("", alias="from", max_length=7),
    last: str = Query("", alias="to", max_length=7),
    ward: str = Query("", max_length=10),
):
    report = report_for(session, user, first, last, ward)
    query = {"from": report.period.months[0], "to": report.period.months[-1], "ward": report.scope.ward or ""}
    return render(
        request,
        "stats/stats.html",
        {
            "report": report,
            "charts": [*report_charts(report), lookup_chart(session, report)],  # + find-my-center lookups
            "topics": TOPIC_LABELS,
            "wards": stats.wards(session) if user.role == "admin" else [],
            "selected": query,
            "tables": stats.CSV_TABLES,
            "page_title": "統計",
        },
    )


@router.get("/export.csv", name="stats_export")
def stats_export(
    request: Request,
    session: DbSession,
    user: StatsViewer,
    table: str = Query("inquiries", max_length=20),
    first: str = Query("", alias="from", max_length=7),
    last: str = Query("", alias="to", max_length=7),
    ward: str = Query("", max_length=10),
):
    if table not in stats.CSV_TABLES:
        raise HTTPException(404)
    report = report_for(session, user, first, last, ward)
    body = stats.to_csv(stats.csv_rows(report, table))
    audit.record(
        session,
        "stats.export",
        actor=user,
        ip=client_ip(request),
        table=table,
        scope=report.scope.label,
        months=f"{report.months[0]}..{report.months[-1]}",
    )
    months = f"{report.months[0]}_{report.months[-1]}"
    filename = f"stats-{table}-{months}{'-' + (report.scope.ward or '') if report.scope.ward else ''}.csv"
    return Response(
        body.encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": _attachment(filename)},
    )


def _attachment(filename: str) -> str:
    """A Content-Disposition with an ASCII fallback and the Japanese name (RFC 6266)."""
    from urllib.parse import quote

    ascii_name = filename.encode("ascii", "ignore").decode() or "stats.csv"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"


def lookup_chart(session, report: stats.Report) -> Chart:
    """「センターをさがす」 lookups per month and result (bot/conversation/menu.py; no case, no personal data)."""
    from workspace.stats.lookups import RESULTS, lookup_counts

    counts = lookup_counts(session, report.period.first, report.period.end, report.scope.ward)
    months = report.months
    series = [
        charts.Series(label, [counts.get((m, r), 0) for m in months], colour)
        for (r, label), colour in zip(RESULTS.items(), (charts.BLUE, charts.SKY, charts.ORANGE, charts.RED))
    ]
    return Chart(
        "center-lookups",
        "「センターをさがす」の件数（月別・結果別）",
        charts.column_chart(
            "chart-center-lookups", "「センターをさがす」の件数", months, series, category_label=month_label
        ),
        ["月", *RESULTS.values()],
        [[m, *(counts.get((m, r), 0) for r in RESULTS)] for m in months],
    )
