"""PostgreSQL restarted, and stopped for a while, in the middle of the load.

The webhook answers 503 while the database is away; the test plays LINE and sends again what
got no 200 (as a redelivery). Once the database is back, nothing is lost and nothing doubled:
each resident's texts are on their case once, in order, and each answer reached LINE once.

The restart is done with `pg_ctlcluster --skip-systemctl-redirect <version> <cluster> restart`
(and `stop`/`start`) on a PostgreSQL cluster created for this test on a port of its own, so the
shared cluster other test runs use is never interrupted; it needs root (pg_createcluster).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import psycopg
import pytest

from bot.simulator import line_events
from tests.conftest import BACKENDS, make_settings
from tests.reliability.support import (
    LinePlayer,
    hand_off_residents,
    inbox_statuses,
    outgoing_for,
    resident_messages,
    settled,
)
from tests.support import CHANNEL_SECRET, ServerThread, free_port, wait_for

pytestmark = pytest.mark.skipif(
    "postgresql" not in BACKENDS, reason="a PostgreSQL restart (INTAKE_TEST_BACKENDS does not select postgresql)"
)

USERS = 30
MESSAGES = 20


@dataclass
class Cluster:
    version: str
    name: str
    port: int

    def ctl(self, action: str, *extra: str) -> None:
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", self.version, self.name, action, *extra],
            check=True,
            capture_output=True,
            timeout=120,
        )

    def is_up(self) -> bool:
        try:
            with psycopg.connect(f"postgresql://postgres@127.0.0.1:{self.port}/postgres", connect_timeout=2):
                return True
        except psycopg.OperationalError:
            return False


@contextmanager
def private_cluster():
    """A PostgreSQL cluster of this test's own; always started again and dropped at the end."""
    if os.geteuid() != 0:
        pytest.skip("restarting PostgreSQL needs root (pg_createcluster / pg_ctlcluster); run the tests as root")
    if not shutil.which("pg_createcluster") or not Path("/etc/postgresql").is_dir():
        pytest.skip("needs Debian's postgresql-common (pg_createcluster, pg_ctlcluster)")
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    cluster = Cluster(version, f"intake_restart_{uuid.uuid4().hex[:8]}", free_port())
    subprocess.run(
        ["pg_createcluster", version, cluster.name, "-p", str(cluster.port), "--start", "--", "--auth=trust"],
        check=True,
        capture_output=True,
        timeout=180,
    )
    try:
        yield cluster
    finally:
        if not cluster.is_up():
            subprocess.run(
                ["pg_ctlcluster", "--skip-systemctl-redirect", version, cluster.name, "start"],
                capture_output=True,
                timeout=120,
            )
        subprocess.run(["pg_dropcluster", "--stop", version, cluster.name], capture_output=True, timeout=120)


def prepared(cluster: Cluster) -> str:
    from app.commands import load_seed_data
    from core.db import make_engine, make_session_factory
    from core.migrations import upgrade

    with psycopg.connect(f"postgresql://postgres@127.0.0.1:{cluster.port}/postgres", autocommit=True) as conn:
        conn.execute('CREATE DATABASE "intake"')
    url = f"postgresql+psycopg://postgres@127.0.0.1:{cluster.port}/intake"
    upgrade(url)
    engine = make_engine(url)
    load_seed_data(make_session_factory(engine))
    engine.dispose()
    return url


def test_database_restarted_and_stopped_under_load_loses_and_doubles_nothing(fake_line):
    from app.web import create_app
    from core.db import make_engine, make_session_factory

    fake_line.clear_faults()
    with private_cluster() as cluster:
        url = prepared(cluster)
        engine = make_engine(url)
        factory = make_session_factory(engine)
        cases = hand_off_residents(factory, USERS, prefix="Udb")
        settings = make_settings(url, fake_line, delivery_lease_seconds=3.0)
        server = ServerThread(create_app(settings)).start()
        webhook = f"{server.url}/line/webhook"
        player = LinePlayer([webhook], fake_line, rate=60, messages=MESSAGES)
        total = USERS * MESSAGES
        outage: dict[str, object] = {}
        try:

            async def outages():
                while player.sent < total * 0.25:
                    await asyncio.sleep(0.05)
                await asyncio.to_thread(cluster.ctl, "restart")
                outage["restarted_at"] = player.sent
                while player.sent < total * 0.55:
                    await asyncio.sleep(0.05)
                await asyncio.to_thread(cluster.ctl, "stop", "-m", "fast")
                outage["stopped_at"] = player.sent
                outage["while_down"] = await asyncio.to_thread(answers_while_down, server.url)
                await asyncio.sleep(2)
                await asyncio.to_thread(cluster.ctl, "start")

            async def scenario():
                await asyncio.gather(player.run(list(cases)), outages())

            asyncio.run(scenario())
            wait_for(lambda: settled(factory), timeout=90, interval=0.3)
        finally:
            server.stop()

        assert outage["while_down"] == (503, 503, 200), "webhook / readyz / healthz while the database is down"
        assert player.statuses.get("503", 0) >= 1, player.statuses
        expected = [f"seq-{n:02d}" for n in range(1, MESSAGES + 1)]
        messages = resident_messages(factory, cases.values())
        wrong = {user: messages[case] for user, case in cases.items() if messages[case] != expected}
        assert not wrong, f"{len(wrong)} cases lost, doubled or reordered texts, e.g. {next(iter(wrong.items()))}"
        assert inbox_statuses(factory) == {"done": total}
        for user in cases:
            rows = outgoing_for(factory, user)
            assert {r.status for r in rows} == {"sent"}
            assert len(fake_line.messages_for(user)) == len(rows), f"answers to {user} lost or doubled"
        engine.dispose()
        print(f"\ndatabase restart: {total} events, acks {player.statuses}, outages {outage}")


def answers_while_down(base_url: str) -> tuple[int, int, int]:
    """What LINE and the load balancer see while the database is away."""
    user = "Udown" + uuid.uuid4().hex[:28]
    body = line_events.body(line_events.text_event(user, "こんにちは", "r" + uuid.uuid4().hex))
    headers = {"X-Line-Signature": line_events.sign(CHANNEL_SECRET, body), "Content-Type": "application/json"}
    webhook = httpx.post(f"{base_url}/line/webhook", content=body, headers=headers, timeout=30).status_code
    ready = httpx.get(f"{base_url}/readyz", timeout=30).status_code
    alive = httpx.get(f"{base_url}/healthz", timeout=30).status_code
    return webhook, ready, alive
