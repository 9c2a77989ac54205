"""Production's shape on one PostgreSQL: 2 `web` + 3 `intake worker` processes, processes killed
with SIGKILL mid-run, LINE redelivering. Every event is acted on exactly once, in each resident's order.

200 residents already talking to staff (their conversation is handed off to an open case) send
25 texts each, "seq-01" … "seq-25", in order, as LINE would: some two to a request, some
redelivered (the same webhookEventId again, marked isRedelivery), and whatever got no 200 is
sent again. Mid-run one worker is SIGKILLed and replaced, a second worker and one of the web
processes are SIGKILLed for good. At the end each case has its 25 texts exactly once, in order,
and each batch's answer reached LINE exactly once.
"""

from __future__ import annotations

import asyncio
import time

import pytest
from sqlalchemy import func, select

from tests.conftest import BACKENDS, prepared_database
from tests.reliability.support import (
    Children,
    LinePlayer,
    hand_off_residents,
    inbox_statuses,
    product_env,
    resident_messages,
    settled,
    wait_http,
)
from tests.support import free_port, wait_for

pytestmark = pytest.mark.skipif(
    "postgresql" not in BACKENDS, reason="scale-out runs on PostgreSQL only (INTAKE_TEST_BACKENDS does not select it)"
)

USERS = 200
MESSAGES = 25
RATE = 160  # events per second offered to the two web processes


def test_two_web_three_workers_sigkill_mid_run_each_event_once_in_order(tmp_path, fake_line):
    from core.db import make_engine, make_session_factory

    fake_line.clear_faults()
    started = time.monotonic()
    with prepared_database("postgresql", tmp_path) as database_url:
        engine = make_engine(database_url)
        factory = make_session_factory(engine)
        cases = hand_off_residents(factory, USERS, prefix="Uso")
        env = product_env(database_url, fake_line.url)
        children = Children(tmp_path)
        ports = [free_port(), free_port()]
        try:
            for n, port in enumerate(ports):
                children.web(f"web{n}", port, env)
            for n in range(3):
                children.worker(f"worker{n}", env, threads=2)
            for port in ports:
                wait_http(f"http://127.0.0.1:{port}/healthz")
            setup_seconds = time.monotonic() - started

            player = LinePlayer([f"http://127.0.0.1:{port}/line/webhook" for port in ports], fake_line, RATE, MESSAGES)
            total = USERS * MESSAGES

            async def chaos() -> list[str]:
                done = []
                plan = [
                    (0.25, "kill worker0", lambda: children.kill("worker0")),
                    (0.40, "kill web1", lambda: children.kill("web1")),
                    (0.50, "start worker3", lambda: children.worker("worker3", env, threads=2)),
                    (0.70, "kill worker1", lambda: children.kill("worker1")),
                ]
                for share, what, action in plan:
                    while player.sent < share * total:
                        await asyncio.sleep(0.05)
                    action()
                    done.append(f"{what} at {player.sent}")
                return done

            async def scenario():
                return await asyncio.gather(player.run(list(cases)), chaos())

            began = time.monotonic()
            _, chaos_done = asyncio.run(scenario())
            load_seconds = time.monotonic() - began
            wait_for(lambda: settled(factory), timeout=120, interval=0.2)
            settle_seconds = time.monotonic() - began - load_seconds
        finally:
            children.stop_all()

        try:
            messages = resident_messages(factory, cases.values())
            expected = [f"seq-{n:02d}" for n in range(1, MESSAGES + 1)]
            wrong = {user: messages[case] for user, case in cases.items() if messages[case] != expected}
            assert not wrong, f"{len(wrong)} cases out of order or not exactly once, e.g. {next(iter(wrong.items()))}"

            from bot.models import InboxEvent, OutgoingMessage

            assert inbox_statuses(factory) == {"done": total}, "an event was stored twice, lost or parked"
            with factory() as session:
                rows = session.execute(
                    select(OutgoingMessage.to, OutgoingMessage.status, OutgoingMessage.retry_key).where(
                        OutgoingMessage.to.in_(list(cases))
                    )
                ).all()
                redelivered = session.scalar(select(func.count()).where(InboxEvent.is_redelivery.is_(True)))
            assert {status for _, status, _ in rows} == {"sent"}
            per_user: dict[str, int] = {}
            for to, _, _ in rows:
                per_user[to] = per_user.get(to, 0) + 1
            delivered = {user: len(fake_line.messages_for(user)) for user in cases}
            assert delivered == {user: per_user.get(user, 0) for user in cases}, "an answer was lost or sent twice"
            keys = [d.retry_key for user in cases for d in fake_line.messages_for(user) if d.retry_key]
            assert len(keys) == len(set(keys))
        finally:
            engine.dispose()
        print(
            f"\nscale-out: {total} events from {USERS} residents in {load_seconds:.1f} s "
            f"(setup {setup_seconds:.1f} s, then settled in {settle_seconds:.1f} s); "
            f"{player.redeliveries} redeliveries sent, {redelivered} first stored by a resend; "
            f"answers: {sum(per_user.values())}; acks {player.statuses}; {'; '.join(chaos_done)}"
        )
