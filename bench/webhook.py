"""Webhook acknowledgement under a fixed rate of signed events, against an in-memory echo baseline.

    .venv/bin/python -m bench.webhook --rate 300 --seconds 30
    .venv/bin/python -m bench.webhook --rate 300 --seconds 60 --worker-threads 1 --worker-nice 19
    .venv/bin/python -m bench.webhook --rate 300 --seconds 30 --worker-processes 0

The second is one box doing everything, arranged so that acknowledging comes first: the worker
at the lowest priority, with one thread (the fake API answers in about a millisecond, so more
threads only add CPU contention here; against the real API, whose calls take longer, they
would not). The third measures acknowledging alone (events stay pending).

Production layout on one PostgreSQL: gunicorn with uvicorn workers for `web`, `intake worker`
for processing, the fake Messaging API in its own process. Prints acknowledgement latency
p50/p99, processed, duplicates and lost for the product and for the baseline: LINE's own
FastAPI echo sample (bench.servers.echo), which replies inside the request and keeps nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import glob
import json
import os
import subprocess
import time

import httpx
from sqlalchemy import create_engine, text

from bench.harness import (
    SCRATCH,
    SECRET,
    TOKEN,
    Processes,
    drive,
    percentile,
    python,
    start_fake_line,
    throwaway_database,
    wait_http,
)
from tests.support import free_port

BIN = os.path.dirname(python())


def product_env(database_url: str, fake_url: str) -> dict:
    return {
        "DATABASE_URL": database_url,
        "LINE_CHANNEL_SECRET": SECRET,
        "LINE_CHANNEL_ACCESS_TOKEN": TOKEN,
        "LINE_API_BASE_URL": fake_url,
        "IN_PROCESS_WORKER": "false",
        "SECRET_KEY": "bench-secret-key",
        "PUBLIC_BASE_URL": "http://127.0.0.1:8000",
        "LOG_LEVEL": "WARNING",
    }


def gunicorn(app: str, port: int, workers: int) -> list[str]:
    return [
        f"{BIN}/gunicorn",
        app,
        "--worker-class",
        "uvicorn_worker.UvicornWorker",
        "--workers",
        str(workers),
        "--bind",
        f"127.0.0.1:{port}",
        "--log-level",
        "warning",
    ]


def drain(engine, timeout: float = 180) -> float:
    began = time.monotonic()
    while time.monotonic() - began < timeout:
        with engine.connect() as c:
            pending = c.execute(text("select count(*) from inbox_events where status = 'pending'")).scalar()
            sending = c.execute(
                text("select count(*) from outgoing_messages where status in ('pending','sending')")
            ).scalar()
        if pending == 0 and sending == 0:
            return time.monotonic() - began
        time.sleep(0.5)
    raise RuntimeError("the worker did not drain in time")


def product_figures(engine, ids: list[str], processing: bool = True) -> dict:
    """Lost = not acted on (with workers) or not stored (acknowledgement only, no workers)."""
    with engine.connect() as c:
        rows = dict(c.execute(text("select webhook_event_id, status from inbox_events")).all())
        # One event may rightly queue several different answers; the same answer twice is a duplicate.
        acted_twice = c.execute(
            text(
                "select coalesce(sum(n - 1), 0) from (select count(*) n from outgoing_messages "
                "where origin = 'bot' group by inbox_event_id, messages::text) t where n > 1"
            )
        ).scalar()
        lag = [
            r[0]
            for r in c.execute(
                text("select extract(epoch from processed_at - received_at) from inbox_events where status = 'done'")
            )
        ]
        to_reply = [
            r[0]
            for r in c.execute(
                text(
                    "select extract(epoch from o.sent_at - i.received_at) from outgoing_messages o "
                    "join inbox_events i on i.id = o.inbox_event_id where o.sent_at is not null"
                )
            )
        ]
        failed = c.execute(text("select count(*) from outgoing_messages where status = 'failed'")).scalar()
    done = sum(1 for i in ids if rows.get(i) == ("done" if processing else "pending"))
    return {
        "processed": done,
        "lost": len(ids) - done,
        "duplicates": int(acted_twice),
        "lag_p50_ms": percentile(lag, 50) * 1000,
        "lag_p99_ms": percentile(lag, 99) * 1000,
        "event_to_reply_p95_ms": percentile(to_reply, 95) * 1000,
        "deliveries_failed": failed,
    }


def run_product(args) -> dict:
    procs = Processes()
    with throwaway_database() as database_url:
        web_port = free_port()
        fake_url, _ = start_fake_line(procs, "fake")
        env = product_env(database_url, fake_url)
        subprocess.run([f"{BIN}/intake", "release"], env={**os.environ, **env}, check=True, capture_output=True)
        try:
            procs.start(gunicorn("app.web:create_default_app()", web_port, args.web_workers), env, name="web")
            for n in range(args.worker_processes):
                procs.start(
                    [
                        "nice",
                        "-n",
                        str(args.worker_nice),
                        f"{BIN}/intake",
                        "worker",
                        "--threads",
                        str(args.worker_threads),
                    ],
                    env,
                    name=f"worker{n}",
                )
            wait_http(f"http://127.0.0.1:{web_port}/healthz")
            wait_http(f"{fake_url}/_stats")
            url = f"http://127.0.0.1:{web_port}/line/webhook"
            asyncio.run(drive(url, rate=50, seconds=2, users=20))  # warm-up: imports, pools, model
            engine = create_engine(database_url)
            processing = args.worker_processes > 0
            if processing:
                drain(engine)
            load = asyncio.run(drive(url, rate=args.rate, seconds=args.seconds, users=args.users))
            drained_after = drain(engine) if processing else float("nan")
            figures = product_figures(engine, load["ids"], processing)
            figures["fake_line"] = httpx.get(f"{fake_url}/_stats").json()
            engine.dispose()
        finally:
            procs.stop_all()
    return {**summarise(load), **figures, "drained_after_s": round(drained_after, 1)}


def run_baseline(args) -> dict:
    procs = Processes()
    port = free_port()
    for old in glob.glob(str(SCRATCH / "bench-echo-*.json")):
        os.remove(old)
    try:
        fake_url, _ = start_fake_line(procs, "fake-baseline")
        procs.start(
            gunicorn("bench.servers:echo()", port, args.web_workers), {"LINE_API_BASE_URL": fake_url}, name="echo"
        )
        wait_http(f"http://127.0.0.1:{port}/healthz")
        wait_http(f"{fake_url}/_stats")
        url = f"http://127.0.0.1:{port}/line/webhook"
        asyncio.run(drive(url, rate=50, seconds=2, users=20))
        load = asyncio.run(drive(url, rate=args.rate, seconds=args.seconds, users=args.users))
        fake = httpx.get(f"{fake_url}/_stats").json()
    finally:
        procs.stop_all()
    echoed: dict[str, int] = {}
    for path in glob.glob(str(SCRATCH / "bench-echo-*.json")):
        for key, count in json.load(open(path)).items():
            echoed[key] = echoed.get(key, 0) + count
    ids = set(load["ids"])
    # In memory there is nothing to deduplicate against: a redelivered event is echoed again.
    return {
        **summarise(load),
        "processed": sum(1 for i in ids if i in echoed),
        "lost": sum(1 for i in ids if i not in echoed),
        "duplicates": sum(c - 1 for k, c in echoed.items() if k in ids and c > 1),
        "fake_line": fake,
    }


def summarise(load: dict) -> dict:
    return {
        "sent": load["sent"],
        "unique": load["unique"],
        "statuses": load["statuses"],
        "ack_p50_ms": percentile(load["latencies"], 50),
        "ack_p99_ms": percentile(load["latencies"], 99),
        "achieved_rate": load["sent"] / load["elapsed"],
        "late": load["late_by_half_a_second"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rate", type=float, default=300)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--web-workers", type=int, default=2)
    parser.add_argument(
        "--worker-processes",
        type=int,
        default=1,
        help="0: acknowledgement only (events stay pending; 'processed' counts stored events)",
    )
    parser.add_argument("--worker-threads", type=int, default=4)
    parser.add_argument(
        "--worker-nice",
        type=int,
        default=0,
        help="niceness of the worker processes (10: acknowledging gets the CPU first, as on separate machines)",
    )
    args = parser.parse_args()
    product = run_product(args)
    baseline = run_baseline(args)
    print(
        f"webhook bench: {args.rate:.0f} events/s for {args.seconds:.0f} s, {args.users} users, "
        f"{args.web_workers} web workers, {args.worker_processes}x{args.worker_threads} worker threads "
        f"(nice {args.worker_nice}), PostgreSQL"
    )
    header = (
        f"{'':10} {'ack p50 ms':>10} {'ack p99 ms':>10} {'rate/s':>8} {'late':>5} {'processed':>9} {'dups':>5} "
        f"{'lost':>5}  statuses"
    )
    print(header)
    for name, r in (("product", product), ("baseline", baseline)):
        print(
            f"{name:10} {r['ack_p50_ms']:10.1f} {r['ack_p99_ms']:10.1f} {r['achieved_rate']:8.1f} {r['late']:5d} {r['processed']:9d} "
            f"{r['duplicates']:5d} {r['lost']:5d}  {r['statuses']}"
        )
    print(
        f"product processing lag p50/p99: {product['lag_p50_ms']:.0f}/{product['lag_p99_ms']:.0f} ms; "
        f"event→reply p95: {product['event_to_reply_p95_ms']:.0f} ms; drained {product['drained_after_s']} s after the load; "
        f"failed deliveries: {product['deliveries_failed']}"
    )
    print(f"fake LINE API (product): {product['fake_line']}")
    print(f"fake LINE API (baseline): {baseline['fake_line']}")
    print(f"p99 ratio product/baseline: {product['ack_p99_ms'] / baseline['ack_p99_ms']:.2f}")


if __name__ == "__main__":
    main()
