"""CPU cost of processing one LINE event in the worker, on PostgreSQL: before/after figures.

    .venv/bin/python -m bench.worker_cpu --users 150 --statements --freeze
    .venv/bin/python -m bench.worker_cpu --users 150 --threads 4 --freeze
    .venv/bin/python -m bench.worker_cpu --users 100 --freeze --profile worker.prof --profile-from 10

The worker is built as `intake worker` builds it (app.runtime), against a throwaway PostgreSQL
database and the fake Messaging API in its own process. Residents follow bench.load.SCRIPT one
message per round: each round stores one text event per resident (as the webhook would, not
timed), then the worker processes the backlog. Every resident has one pending event, so a claim
is a batch of one, as at a steady rate. Per round and in total it prints CPU milliseconds per event
of this process (all its threads: claim, conversation, delivery, loading calls), of the fake API
process and of the PostgreSQL backends serving this database. CPU time is what a busy machine
changes least; wall time is printed too. With --threads 0 (default 1) the loop runs in the main
thread: `process_one` until nothing is claimable, then `deliver_due` for retries, as `_loop` does.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import time
import uuid

import httpx
from sqlalchemy import create_engine, text

from bench.harness import (
    SECRET,
    TOKEN,
    Processes,
    cpu_seconds,
    python,
    throwaway_database,
    wait_http,
)
from bench.load import SCRIPT
from bot.inbox import store_events
from bot.simulator import line_events
from tests.support import free_port


class BackendCpu:
    """CPU of the PostgreSQL backends connected to one database (each connection is a process)."""

    def __init__(self, engine, database: str):
        self.engine = engine
        self.database = database
        self.seen: dict[int, float] = {}

    def pids(self) -> list[int]:
        with self.engine.connect() as c:
            return [
                r[0]
                for r in c.execute(
                    text("select pid from pg_stat_activity where datname = :d and pid <> pg_backend_pid()"),
                    {"d": self.database},
                )
            ]

    def total(self) -> float:
        for pid in self.pids():
            self.seen[pid] = max(self.seen.get(pid, 0.0), cpu_seconds(pid))
        return sum(self.seen.values())


def round_events(users: list[str], words: str) -> list[dict]:
    return [line_events.text_event(u, words, "r" + uuid.uuid4().hex) for u in users]


def backlog(engine) -> tuple[int, int]:
    with engine.connect() as c:
        return c.execute(
            text(
                "select (select count(*) from inbox_events where status = 'pending'), "
                "(select count(*) from outgoing_messages where status in ('pending', 'sending'))"
            )
        ).one()


def drain_in_main_thread(worker) -> None:
    while True:
        while worker.process_one():
            pass
        if not worker.deliverer.deliver_due():
            return


def drain_with_threads(worker, engine, threads: int) -> None:
    worker.wake.ring_all()
    while backlog(engine) != (0, 0):
        worker.wake.ring_all()
        time.sleep(0.05)


def build(database_url: str, fake_url: str):
    from app.runtime import build_context, build_runtime
    from core.settings import Settings

    settings = Settings(
        database_url=database_url,
        line_channel_secret=SECRET,
        line_channel_access_token=TOKEN,
        line_api_base_url=fake_url,
        in_process_worker=False,
        secret_key="bench-secret-key",
        log_level="WARNING",
        worker_poll_seconds=0.05,
    )
    return build_runtime(build_context(settings))


def run(args) -> None:
    from app.commands import load_seed_data
    from core.db import make_engine, make_session_factory, transaction
    from core.migrations import upgrade

    procs = Processes()
    with throwaway_database() as database_url:
        upgrade(database_url)
        seed_engine = make_engine(database_url)
        load_seed_data(make_session_factory(seed_engine))
        seed_engine.dispose()
        fake_port = free_port()
        fake_url = f"http://127.0.0.1:{fake_port}"
        fake = procs.start(
            [
                python(),
                "-m",
                "uvicorn",
                "bench.servers:fake_line",
                "--factory",
                "--port",
                str(fake_port),
                "--log-level",
                "warning",
            ],
            name="cpu-fake",
        )
        try:
            wait_http(f"{fake_url}/_stats")
            runtime = build(database_url, fake_url)
            worker = runtime.worker
            statements: dict[str, int] = {}
            counting = [False]
            if args.statements:
                from sqlalchemy import event

                @event.listens_for(runtime.ctx.engine, "before_cursor_execute")
                def count(conn, cursor, statement, parameters, context, executemany):
                    if counting[0]:
                        key = " ".join(statement.split()[:4])[:70]
                        statements[key] = statements.get(key, 0) + 1

                def ending(name):
                    def count_ending(conn):
                        if counting[0]:
                            statements[name] = statements.get(name, 0) + 1

                    return count_ending

                # Transaction ends are round trips too (not cursor executions): counted apart.
                event.listen(runtime.ctx.engine, "commit", ending("(COMMIT)"))
                event.listen(runtime.ctx.engine, "rollback", ending("(ROLLBACK)"))

            watch = create_engine(database_url, pool_size=1)
            backends = BackendCpu(watch, database_url.rsplit("/", 1)[1])
            factory = runtime.ctx.session_factory
            prefix = uuid.uuid4().hex[:8]

            def one_round(users: list[str], words: str) -> None:
                with transaction(factory) as session:
                    store_events(session.connection(), round_events(users, words))
                if args.threads:
                    drain_with_threads(worker, watch, args.threads)
                else:
                    drain_in_main_thread(worker)

            # Warm-up: imports, pools, the NLP model's first calls, a whole script for a few residents.
            warm = [f"W{prefix}{n:024d}" for n in range(10)]
            if args.threads:
                worker.start(args.threads)
            for words in SCRIPT:
                one_round(warm, words)

            if args.freeze:
                gc.freeze()  # as `intake worker` does (Worker.run_forever) before it starts its threads
            users = [f"U{prefix}{n:024d}" for n in range(args.users)]
            rounds = [SCRIPT[r % len(SCRIPT)] for r in range(args.rounds)]
            gc_seconds = [0.0, 0]
            gc_started = [0.0]

            def gc_timer(phase, info):
                if phase == "start":
                    gc_started[0] = time.thread_time()
                else:
                    gc_seconds[0] += time.thread_time() - gc_started[0]
                    gc_seconds[1] += info["generation"] == 2

            gc.callbacks.append(gc_timer)
            tracked = len(gc.get_objects())
            profiler = cProfile.Profile(time.thread_time) if args.profile else None  # CPU, not waits
            rows = []
            totals = [0.0, 0.0, 0.0, 0.0, 0]
            for r, words in enumerate(rounds):
                before = (time.process_time(), cpu_seconds(fake.pid), backends.total(), time.perf_counter())
                if profiler and r >= args.profile_from:
                    profiler.enable()
                counting[0] = True
                one_round(users, words)
                counting[0] = False
                if profiler:
                    profiler.disable()
                after = (time.process_time(), cpu_seconds(fake.pid), backends.total(), time.perf_counter())
                spent = [a - b for a, b in zip(after, before)]
                rows.append((r, words, *spent))
                for i in range(4):
                    totals[i] += spent[i]
                totals[4] += len(users)
            if args.threads:
                worker.stop()
            with watch.connect() as c:
                stats = dict(c.execute(text("select status, count(*) from inbox_events group by status")).all())
                outgoing = dict(c.execute(text("select status, count(*) from outgoing_messages group by status")).all())
                methods = dict(
                    c.execute(
                        text("select method, count(*) from outgoing_messages where status = 'sent' group by method")
                    ).all()
                )
            fake_stats = httpx.get(f"{fake_url}/_stats").json()
            watch.dispose()
        finally:
            procs.stop_all()

    n = len(users)
    print(
        f"bench.worker_cpu: {args.users} residents x {args.rounds} rounds, "
        f"{'main thread' if not args.threads else f'{args.threads} worker threads'}, PostgreSQL, "
        f"load average {os.getloadavg()[0]:.2f}"
    )
    print("CPU ms per event: round, message, worker process, fake LINE API, PostgreSQL backends, wall ms per event")
    for r, words, worker_cpu, fake_cpu, pg_cpu, wall in rows:
        print(
            f"  {r:2d} {words[:14]:<16}{1000 * worker_cpu / n:8.2f} {1000 * fake_cpu / n:8.2f} "
            f"{1000 * pg_cpu / n:8.2f} {1000 * wall / n:8.2f}"
        )
    events = totals[4]
    print(
        f"  all {'':16}{1000 * totals[0] / events:8.2f} {1000 * totals[1] / events:8.2f} "
        f"{1000 * totals[2] / events:8.2f} {1000 * totals[3] / events:8.2f}"
    )
    print(
        f"garbage collector: {1000 * gc_seconds[0] / events:.2f} ms per event (in the thread it ran in), "
        f"{gc_seconds[1]} full collections; {tracked} objects tracked after warm-up"
    )
    print(f"inbox {stats}; outgoing {outgoing}; sent by {methods}; fake API {fake_stats}")
    if statements:
        print(
            f"SQL statements per event (includes storing the round's events, one insert per round): "
            f"{sum(statements.values()) / events:.1f}"
        )
        for key, count in sorted(statements.items(), key=lambda kv: -kv[1]):
            print(f"  {count / events:6.2f}  {key}")
    if profiler:
        profiler.dump_stats(args.profile)
        for key in ("tottime", "cumulative"):
            print(
                f"--- profile by {key}, CPU seconds of the main thread (loading calls run in a pool and are not in it)"
            )
            pstats.Stats(args.profile).sort_stats(key).print_stats(args.top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=300)
    parser.add_argument(
        "--rounds",
        type=int,
        default=len(SCRIPT) + 4,
        help="messages per resident (the script, then more to the open case)",
    )
    parser.add_argument("--threads", type=int, default=0, help="0: the loop in the main thread")
    parser.add_argument("--profile", default=None, help="write cProfile stats here (main thread only)")
    parser.add_argument("--freeze", action="store_true", help="gc.freeze() after the warm-up, as `intake worker` does")
    parser.add_argument("--profile-from", type=int, default=0, help="profile only this round and later")
    parser.add_argument("--statements", action="store_true", help="count SQL statements per event")
    parser.add_argument("--top", type=int, default=40)
    run(parser.parse_args())


if __name__ == "__main__":
    main()
