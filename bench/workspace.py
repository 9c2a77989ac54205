"""Server time of the staff queue and case pages on a realistic PostgreSQL.

    .venv/bin/python -m bench.workspace --cases 10000 --messages 100000 --requests 300

Fills a throwaway database (like tests.support.postgres_database) with the seed destinations,
staff, 10,000 cases over a year and 100,000 timeline entries, serves the workspace routers with
uvicorn on 127.0.0.1 and requests the pages as signed-in staff over HTTP, one at a time: the
queue, its poll, a filtered queue, a case, searches (by number; by a month of dates, newest
first; closed cases, page 3) and the background watcher's /staff/updates.
"Server time" is measured inside the ASGI app (request in → last body byte out); the client's
round trip is printed beside it. Target: p95 ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import time
import uuid
from datetime import timedelta
from urllib.parse import quote

import httpx
from fastapi import FastAPI
from linebot.v3 import WebhookParser
from sqlalchemy import insert, select

from app.models_registry import import_all_models
from bench.harness import percentile, throwaway_database
from core.context import AppContext
from core.db import Base, make_engine, make_read_session_factory, make_session_factory, transaction, utcnow
from core.settings import Settings
from tests.support import ServerThread

PASSWORD = "bench password 1234"
TOPICS = [
    "dementia",
    "care_services",
    "consumer_fraud",
    "abuse",
    "watch_isolation",
    "caregiver_support",
    "home_medical",
    "daily_living",
    "guardianship",
    "end_of_life",
    "care_prevention",
    "other",
]
KINDS = ["resident_message"] * 5 + ["staff_reply"] * 2 + ["note", "status", "view"]


class ServerTiming:
    """ASGI wrapper that records how long the app takes for each HTTP request, by path label."""

    def __init__(self, app, label):
        self.app, self.label, self.samples = app, label, {}
        self.prefix = ""  # who is asking (requests are sequential)
        self.recording = False

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        start = time.perf_counter()

        async def timed_send(message):
            await send(message)
            if self.recording and message["type"] == "http.response.body" and not message.get("more_body"):
                name = f"{self.prefix}: {self.label(scope)}"
                self.samples.setdefault(name, []).append((time.perf_counter() - start) * 1000)

        return await self.app(scope, receive, timed_send)


def build_app(url: str, settings: Settings) -> FastAPI:
    from workspace import web
    from workspace.audit import views as audit_views
    from workspace.cases import views as case_views
    from workspace.staff import views as staff_views

    engine = make_engine(url)
    app = FastAPI()
    app.state.ctx = AppContext(
        settings=settings,
        engine=engine,
        session_factory=make_session_factory(engine),
        read_session_factory=make_read_session_factory(engine),
        line_parser=WebhookParser("bench"),
    )
    for router in (web.static_router, staff_views.router, case_views.router, audit_views.router):
        app.include_router(router)
    return app


def fill(url: str, n_cases: int, n_messages: int, seed: int = 7) -> dict:
    """Destinations from the project's seed, a few staff per destination, cases and entries."""
    from cases.models import Case, CaseEntry
    from routing import service as routing_service
    from routing.models import Destination
    from workspace.staff import service as staff

    rng = random.Random(seed)
    import_all_models()
    engine = make_engine(url)
    Base.metadata.create_all(engine)
    factory = make_session_factory(engine)
    with transaction(factory) as session:
        routing_service.import_seed(session)
    with transaction(factory) as session:
        destinations = session.scalars(select(Destination).where(Destination.kind != "ward_office")).all()
        dest_ids = [d.id for d in destinations]
        ward_office = {d.ward: f"ward_{d.id}" for d in destinations}
        busiest = dest_ids[0]
        users = {
            "center": staff.create(
                session,
                login="bench-center",
                password=PASSWORD,
                role="center_staff",
                destination_id=busiest,
                restricted_access=True,
            ),
            "admin": staff.create(session, login="bench-admin", password=PASSWORD, role="admin"),
        }
        colleague_ids = {}
        for dest in dest_ids:
            colleague_ids[dest] = (
                [
                    staff.create(
                        session, login=f"{dest}-{i}", password=PASSWORD, role="center_staff", destination_id=dest
                    ).id
                    for i in range(2)
                ]
                if dest != busiest
                else [users["center"].id]
            )
        del ward_office
    now = utcnow()
    case_rows = []
    for i in range(1, n_cases + 1):
        created = now - timedelta(minutes=rng.randint(5, 365 * 24 * 60))
        dest = dest_ids[0] if rng.random() < 0.06 else rng.choice(dest_ids)
        age_days = (now - created).days
        status = "closed" if age_days > 14 or rng.random() < 0.5 else rng.choice(["new", "accepted", "in_progress"])
        topics = rng.sample(TOPICS[:-1], rng.choice([1, 1, 2])) if rng.random() > 0.1 else ["other"]
        case_rows.append(
            dict(
                id=i,
                number=f"{created.year}-{i:05d}",
                destination_id=dest,
                line_user_id="U" + uuid.uuid4().hex,
                status=status,
                urgency=rng.choices(["routine", "urgent", "emergency"], [85, 13, 2])[0],
                topics=topics,
                route="center",
                restricted="abuse" in topics,
                triage={"topics": topics},
                summary="相談の要旨",
                relation="family",
                address={"kind": "center", "method": "address", "ward": "中央区", "town": "弁天", "chome": 2},
                contact_method="line",
                created_at=created,
                updated_at=created,
                last_activity_at=created,
                accepted_at=created + timedelta(hours=1) if status != "new" else None,
                closed_at=created + timedelta(days=3) if status == "closed" else None,
                close_reason="resolved" if status == "closed" else None,
                assigned_to_id=rng.choice(colleague_ids[dest]) if status != "new" else None,
            )
        )
    entry_rows = []
    for n in range(n_messages):
        case = case_rows[n % n_cases] if n < n_cases else case_rows[rng.randrange(n_cases)]
        kind = "resident_message" if n < n_cases else rng.choice(KINDS)
        entry_rows.append(
            dict(
                case_id=case["id"],
                kind=kind,
                body="母の物忘れが心配です。最近は同じことを何度も聞きます。" * 2,
                actor_id=None if kind == "resident_message" else case["assigned_to_id"],
                data={"from": "new", "to": "accepted"} if kind == "status" else {},
                created_at=case["created_at"] + timedelta(minutes=rng.randint(0, 60 * 24 * 3)),
            )
        )
    started = time.perf_counter()
    with engine.begin() as conn:
        for start in range(0, len(case_rows), 2000):
            conn.execute(insert(Case), case_rows[start : start + 2000])
        conn.exec_driver_sql("SELECT setval(pg_get_serial_sequence('cases', 'id'), (SELECT max(id) FROM cases))")
        for start in range(0, len(entry_rows), 5000):
            conn.execute(insert(CaseEntry), entry_rows[start : start + 5000])
        conn.exec_driver_sql("ANALYZE")
    fill_seconds = time.perf_counter() - started
    own_cases = [c["id"] for c in case_rows if c["destination_id"] == busiest]
    engine.dispose()
    return {
        "busiest": busiest,
        "own_cases": own_cases,
        "all_cases": [c["id"] for c in case_rows],
        "numbers": {c["id"]: c["number"] for c in case_rows},
        "fill_seconds": round(fill_seconds, 1),
        "open_own": sum(1 for c in case_rows if c["destination_id"] == busiest and c["status"] != "closed"),
        "open_all": sum(1 for c in case_rows if c["status"] != "closed"),
    }


def sign_in(client: httpx.Client, login: str) -> None:
    import re

    form = client.get("/staff/login")
    nonce = re.search(r'name="nonce" value="([^"]+)"', form.text).group(1)
    response = client.post("/staff/login", data={"login": login, "password": PASSWORD, "nonce": nonce})
    assert response.status_code == 303, response.text[:300]


def label(scope) -> str:
    path, query = scope["path"], scope.get("query_string", b"").decode()
    if path.startswith("/staff/cases/"):
        return "case page"
    if path == "/staff/queue/rows":
        return "queue rows (poll)"
    if path == "/staff/updates":
        return "updates (watcher)"
    if path == "/staff/queue":
        if "number=" in query:
            return "search: number"
        if "since=" in query:
            return "search: dates, newest"
        if "page=" in query:
            return "search: closed, page 3"
        return "queue (filtered)" if query else "queue"
    return path


def run(args) -> dict:
    with throwaway_database() as url:
        data = fill(url, args.cases, args.messages)
        settings = Settings(database_url=url, secret_key="bench", log_json=False, _env_file=None)
        timing = ServerTiming(build_app(url, settings), label)
        server = ServerThread(timing).start()
        rng = random.Random(11)
        client_ms: dict[str, list[float]] = {}
        try:
            numbers = data["numbers"]
            for who, cases in (("center", data["own_cases"]), ("admin", data["all_cases"])):
                with httpx.Client(base_url=server.url, timeout=30, follow_redirects=False) as client:
                    sign_in(client, f"bench-{who}")
                    plan = []
                    for _ in range(args.requests):
                        plan.append("/staff/queue")
                        plan.append("/staff/queue/rows")
                        plan.append(f"/staff/queue?status=all&topic={rng.choice(TOPICS)}")
                        plan.append(f"/staff/cases/{rng.choice(cases)}")
                        plan.append(f"/staff/queue?number={numbers[rng.choice(cases)]}")
                        start_day = (utcnow() - timedelta(days=rng.randint(30, 300))).date()
                        plan.append(
                            f"/staff/queue?status=all&since={start_day}&until={start_day + timedelta(days=30)}"
                            "&sort=newest"
                        )
                        plan.append("/staff/queue?status=closed&sort=newest&page=3")
                        since = (utcnow() - timedelta(seconds=rng.randint(5, 60))).isoformat()
                        plan.append(f"/staff/updates?since={quote(since)}")
                    for path in plan[:20]:  # warm-up: connection pool, template cache
                        client.get(path)
                    timing.prefix, timing.recording = who, True
                    for path in plan:
                        start = time.perf_counter()
                        response = client.get(path)
                        assert response.status_code == 200, (path, response.status_code)
                        scope = {"path": path.split("?")[0], "query_string": path.partition("?")[2].encode()}
                        client_ms.setdefault(f"{who}: {label(scope)}", []).append((time.perf_counter() - start) * 1000)
                    timing.recording = False
        finally:
            server.stop()
        report = {
            "cases": args.cases,
            "entries": args.messages,
            "fill_seconds": data["fill_seconds"],
            "open_cases_busiest_center": data["open_own"],
            "open_cases_all": data["open_all"],
            "pages": {},
        }
        for name, samples in sorted(timing.samples.items()):
            report["pages"][name] = {
                "n": len(samples),
                "server_p50_ms": round(percentile(samples, 50), 1),
                "server_p95_ms": round(percentile(samples, 95), 1),
                "server_max_ms": round(max(samples), 1),
                "client_p95_ms": round(percentile(client_ms.get(name, [float("nan")]), 95), 1),
            }
        return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200, help="requests per page kind and user")
    args = parser.parse_args()
    report = run(args)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    worst = max(p["server_p95_ms"] for p in report["pages"].values())
    print(f"worst server p95: {worst} ms (target ≤ 100 ms): {'OK' if worst <= 100 else 'OVER'}")


if __name__ == "__main__":
    main()
