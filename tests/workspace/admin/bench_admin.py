"""Figures for docs/admin.md: how long the statistics report and a retention run take at volume.

    .venv/bin/python -m tests.workspace.admin.bench_admin sqlite
    .venv/bin/python -m tests.workspace.admin.bench_admin postgresql   # INTAKE_TEST_PG, as the tests

A fresh migrated, seeded database; 20,000 cases over two years (about 9,000 closed more than a year
ago) and 50,000 bot-only worries; then one 12-month report and one retention run.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
import uuid
from datetime import timedelta

from app.commands import load_seed_data
from cases.models import Case
from core.db import make_engine, make_session_factory, transaction, utcnow
from core.migrations import upgrade
from tests.support import postgres_database
from workspace.privacy import service as privacy
from workspace.stats import service as stats
from workspace.stats.models import InquiryStat

TOPICS = ["dementia", "care_services", "consumer_fraud", "caregiver_support", "watch_isolation", "abuse"]
CENTERS = ["benten", "konakadai", "takasu", "chishirodai", "kamatori"]


def fill(factory, rnd: random.Random) -> None:
    now = utcnow()
    with transaction(factory) as session:
        for i in range(20_000):
            created = now - timedelta(days=rnd.randint(0, 700), minutes=rnd.randint(0, 1440))
            closed = created + timedelta(days=rnd.randint(1, 30))
            session.add(
                Case(
                    number=f"B-{i}",
                    destination_id=rnd.choice(CENTERS),
                    line_user_id="U" + uuid.uuid4().hex,
                    topics=[rnd.choice(TOPICS)],
                    urgency=rnd.choice(["routine"] * 8 + ["urgent", "emergency"]),
                    created_at=created,
                    last_activity_at=created,
                    accepted_at=created + timedelta(hours=rnd.randint(1, 48)),
                    closed_at=closed if closed < now else None,
                    status="closed" if closed < now else "accepted",
                    contact_phone="000-0000-0000",
                    summary="x" * 100,
                )
            )
        for _ in range(50_000):
            session.add(
                InquiryStat(
                    day=(now - timedelta(days=rnd.randint(0, 700))).date(),
                    topics=[rnd.choice(TOPICS)],
                    urgency="routine",
                    route="center",
                    destination_id=rnd.choice([*CENTERS, None]),
                    ward=None,
                    outcome=rnd.choice(["outside_city", "no_handoff", "expired"]),
                )
            )


def measure(url: str) -> None:
    upgrade(url)
    engine = make_engine(url)
    factory = make_session_factory(engine)
    load_seed_data(factory)
    fill(factory, random.Random(1))
    with factory() as session:
        started = time.perf_counter()
        report = stats.build_report(session, stats.Scope("千葉市全体"), stats.period_from(None, None, utcnow().date()))
        print(
            f"build_report, 12 months: {report.total_cases} cases + {report.total_others} bot-only rows "
            f"in {time.perf_counter() - started:.2f} s"
        )
    with transaction(factory) as session:
        started = time.perf_counter()
        run = privacy.run_retention(session, privacy.RetentionSettings(365, 30), trigger="cli")
        print(f"run_retention: {run.counts['cases']} cases purged in {time.perf_counter() - started:.2f} s")
    engine.dispose()


if __name__ == "__main__":
    backend = sys.argv[1] if len(sys.argv) > 1 else "sqlite"
    if backend == "sqlite":
        measure(f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3")
    else:
        with postgres_database() as database_url:
            measure(database_url)
