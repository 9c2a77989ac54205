"""Sustained load through the production layout on PostgreSQL, with figures for the operations promises.

    .venv/bin/python -m bench.load --rate 300 --seconds 600

`web` is gunicorn with uvicorn workers, processing is done by `intake worker` processes, the fake
Messaging API runs in its own process, all on a throwaway PostgreSQL database (bench/harness.py).
Residents follow a scripted intake conversation (worry, handoff, relation, address, consent,
contact, name, send, then a few more messages to the case), several thousand of them at once,
with a share of LINE redeliveries. Prints acknowledgement p50/p99, processing lag p50/p99 and
event → reply-call p50/p95/p99 of the load's own events (the warm-up's, which measure the workers'
cold start, are printed apart), lost and doubled events, backlog over time, the
resident memory of every process sampled every 10 s (start, middle, end, slope) and the CPU each
process spent per event, with the load average.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import aiohttp
import httpx
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import create_engine, text

from bench.harness import (
    ROOT,
    SECRET,
    Processes,
    commit_of,
    cpu_seconds,
    intake_command,
    percentile,
    start_fake_line,
    throwaway_database,
    wait_http,
    web_app,
)
from bench.webhook import drain, gunicorn, product_env
from bot.simulator import line_events
from tests.support import free_port

SCRIPT = [
    "母が最近同じことを何度も聞くようになり、物忘れが心配です",
    "はい",  # the FAQ answer helped (or, without one, "yes" to the offer of a center)
    "つないでほしい",
    "家族のこと",
    "稲毛区小仲台2丁目",
    "同意する",
    "このLINEで",
    "名前なしで進む",
    "この内容で送る",
    "よろしくお願いします",
    "平日の午後なら家にいます",
    "母は一人暮らしです",
    "ありがとうございました",
]


def rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        pass
    return 0


def children_of(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False).stdout.split()
    return [int(p) for p in out]


def slope_per_minute(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of (seconds, MB) in MB per minute."""
    if len(points) < 2:
        return 0.0
    n = len(points)
    mean_t = sum(t for t, _ in points) / n
    mean_v = sum(v for _, v in points) / n
    var = sum((t - mean_t) ** 2 for t, _ in points)
    return 60 * sum((t - mean_t) * (v - mean_v) for t, v in points) / var if var else 0.0


class Sampler(threading.Thread):
    """Every `every` seconds: RSS of each named process, the backlog, the load average."""

    def __init__(self, named: dict[str, int], database_url: str, every: float):
        super().__init__(daemon=True)
        self.named = named
        self.every = every
        self.engine = create_engine(database_url, pool_size=1)
        self.rss: dict[str, list[tuple[float, float]]] = {}
        self.cpu: dict[str, list[tuple[float, float]]] = {}  # user + system CPU seconds so far
        self.pg_seen: dict[int, float] = {}
        self.timeline: list[tuple[float, int, int, float]] = []  # t, stored events, pending, load1
        self.xacts: list[tuple[int, int]] = []  # the database's commits and rollbacks so far (pg_stat_database)
        self.stop_event = threading.Event()
        self.began = time.monotonic()

    def processes(self) -> dict[str, int]:
        found = {}
        for name, pid in self.named.items():
            found[name] = pid
            if name.startswith("web"):
                for n, child in enumerate(sorted(children_of(pid))):
                    found[f"{name}.worker{n}"] = child
        return found

    def sample(self) -> None:
        t = time.monotonic() - self.began
        for name, pid in self.processes().items():
            kb = rss_kb(pid)
            if kb:
                self.rss.setdefault(name, []).append((t, kb / 1024))
                self.cpu.setdefault(name, []).append((t, cpu_seconds(pid)))
        with self.engine.connect() as c:
            stored, pending = c.execute(
                text("select count(*), count(*) filter (where status = 'pending') from inbox_events")
            ).one()
            commits, rollbacks = c.execute(
                text("select xact_commit, xact_rollback from pg_stat_database where datname = current_database()")
            ).one()
            self.xacts.append((commits, rollbacks))
            backends = [
                r[0]
                for r in c.execute(
                    text(
                        "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"
                    )
                )
            ]
        # Each PostgreSQL connection is a process: their CPU, summed (a closed one keeps its last reading).
        for pid in backends:
            self.pg_seen[pid] = max(self.pg_seen.get(pid, 0.0), cpu_seconds(pid))
        self.cpu.setdefault("postgresql", []).append((t, sum(self.pg_seen.values())))
        self.timeline.append((t, stored, pending, os.getloadavg()[0]))

    def run(self) -> None:
        while not self.stop_event.is_set():
            self.sample()
            self.stop_event.wait(self.every)

    def stop(self) -> None:
        self.stop_event.set()
        self.join(self.every + 5)
        self.sample()
        self.engine.dispose()


async def sustained_load(
    urls: list[str], rate: float, seconds: float, users: int, redelivery_share: float, in_flight: int = 256
) -> dict:
    """Events at a fixed rate, spread over the web processes as a load balancer would.

    Resident u sends SCRIPT in order, at its own pace (rate / users). A share of events is sent
    again as LINE's redeliveries; an answer other than 200 is retried like LINE would (marked
    isRedelivery, up to 5 times, a second apart). At most `in_flight` requests are outstanding: when
    the server falls behind, sending falls behind schedule too, and that is reported.
    """
    total = int(rate * seconds)
    prefix = uuid.uuid4().hex[:8]
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    ids: list[str] = []
    unacknowledged: list[str] = []
    progress = [0] * users
    recent: list[dict] = []
    late = 0
    slots = asyncio.Semaphore(in_flight)
    connector = aiohttp.TCPConnector(limit=in_flight)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=15)) as client:

        async def post(url: str, event: dict) -> str:
            body = line_events.body(event)
            headers = {"X-Line-Signature": line_events.sign(SECRET, body), "Content-Type": "application/json"}
            start = time.perf_counter()
            try:
                async with client.post(url, data=body, headers=headers) as response:
                    await response.read()
                    status = str(response.status)
            except (TimeoutError, aiohttp.ClientError) as exc:
                status = type(exc).__name__
            latencies.append((time.perf_counter() - start) * 1000)
            statuses[status] = statuses.get(status, 0) + 1
            return status

        async def send(index: int, event: dict) -> None:
            try:
                for attempt in range(6):
                    if await post(urls[(index + attempt) % len(urls)], event) == "200":
                        return
                    event = {**event, "deliveryContext": {"isRedelivery": True}}
                    await asyncio.sleep(1.0)
                unacknowledged.append(event["webhookEventId"])
            finally:
                slots.release()

        tasks = set()
        began = time.perf_counter()
        every = max(int(1 / redelivery_share), 2) if redelivery_share > 0 else 0
        for i in range(total):
            delay = began + i / rate - time.perf_counter()
            await asyncio.sleep(max(delay, 0))  # yields even when behind, so the sends make progress
            if delay < -0.5:
                late += 1
            if every and i % every == 0 and recent:
                event = {**recent[i % len(recent)], "deliveryContext": {"isRedelivery": True}}
            else:
                user = i % users
                words = SCRIPT[progress[user] % len(SCRIPT)]
                progress[user] += 1
                event = line_events.text_event(f"U{prefix}{user:024d}", words, "r" + uuid.uuid4().hex)
                ids.append(event["webhookEventId"])
                recent = (recent + [event])[-50:]
            await slots.acquire()
            task = asyncio.create_task(send(i, event))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - began
    return {
        "sent": total,
        "ids": ids,
        "latencies": latencies,
        "statuses": statuses,
        "elapsed": elapsed,
        "late_by_half_a_second": late,
        "unacknowledged": unacknowledged,
    }


def histogram_quantile(q: float, buckets: dict[float, float]) -> float:
    """Prometheus's histogram_quantile over cumulative bucket counts {upper bound: count}."""
    bounds = sorted(buckets)
    total = buckets[bounds[-1]]
    if not total:
        return float("nan")
    rank, previous_bound, previous_count = q * total, 0.0, 0.0
    for bound in bounds:
        count = buckets[bound]
        if count >= rank:
            if bound == float("inf"):
                return previous_bound
            return previous_bound + (bound - previous_bound) * (rank - previous_count) / max(
                count - previous_count, 1e-9
            )
        previous_bound, previous_count = bound, count
    return bounds[-1]


def server_side_answer_times(metrics_urls: list[str]) -> dict:
    """intake_webhook_seconds of every web process, summed: p50/p99 as the server measured them."""
    buckets: dict[float, float] = {}
    for url in metrics_urls:
        for family in text_string_to_metric_families(httpx.get(url, timeout=10).text):
            for sample in family.samples:
                if sample.name == "intake_webhook_seconds_bucket":
                    bound = float(sample.labels["le"])
                    buckets[bound] = buckets.get(bound, 0.0) + sample.value
    return {
        "p50_ms": histogram_quantile(0.5, buckets) * 1000,
        "p99_ms": histogram_quantile(0.99, buckets) * 1000,
        "count": buckets.get(float("inf"), 0.0),
        "over_1s": buckets.get(float("inf"), 0.0) - buckets.get(1.0, 0.0),
    }


def wait_for_drain(engine, timeout: float) -> float | None:
    """Seconds until nothing is pending or being sent after the load; None if still busy at `timeout`."""
    try:
        return drain(engine, timeout=timeout)
    except RuntimeError:
        return None


def figures(engine, ids: list[str]) -> dict:
    """Lag and event -> reply over the load's own events; the warm-up's (the workers' cold start) apart."""
    measured = set(ids)
    with engine.connect() as c:
        rows = dict(c.execute(text("select webhook_event_id, status from inbox_events")).all())
        # Events still pending count with their age so far: the lag is then a lower bound, not flattered.
        lags = c.execute(
            text(
                "select webhook_event_id, extract(epoch from coalesce(processed_at, now()) - received_at) "
                "from inbox_events where status in ('done', 'pending')"
            )
        ).all()
        pending = c.execute(text("select count(*) from inbox_events where status = 'pending'")).scalar()
        replies = c.execute(
            text(
                "select i.webhook_event_id, extract(epoch from o.sent_at - i.event_time) from outgoing_messages o "
                "join inbox_events i on i.id = o.inbox_event_id where o.sent_at is not null and o.origin = 'bot'"
            )
        ).all()
        lag = [float(v) for k, v in lags if k in measured]
        to_reply = [float(v) for k, v in replies if k in measured]
        warm_lag = [float(v) for k, v in lags if k not in measured]
        warm_reply = [float(v) for k, v in replies if k not in measured]
        doubled_entries = c.execute(
            text(
                "select count(*) from (select line_message_id from case_entries where kind = 'resident_message' "
                "and line_message_id is not null group by line_message_id having count(*) > 1) t"
            )
        ).scalar()
        outgoing = dict(c.execute(text("select status, count(*) from outgoing_messages group by status")).all())
        cases = c.execute(text("select count(*) from cases")).scalar()
        methods = dict(
            c.execute(
                text("select method, count(*) from outgoing_messages where status = 'sent' group by method")
            ).all()
        )
    return {
        "processed": sum(1 for i in ids if rows.get(i) == "done"),
        "pending": pending,
        "lost": sum(1 for i in ids if rows.get(i) not in ("done", "pending")),
        "parked": sum(1 for i in ids if rows.get(i) == "failed"),
        "stored_rows": len(rows),
        "doubled_case_entries": doubled_entries,
        "lag_p50_ms": percentile(lag, 50) * 1000,
        "lag_p99_ms": percentile(lag, 99) * 1000,
        "lag_max_ms": max(lag) * 1000 if lag else float("nan"),
        "to_reply_p95_ms": percentile(to_reply, 95) * 1000,
        "to_reply_p99_ms": percentile(to_reply, 99) * 1000,
        "to_reply_p50_ms": percentile(to_reply, 50) * 1000,
        "warm_lag_p99_ms": percentile(warm_lag, 99) * 1000,
        "warm_lag_max_ms": max(warm_lag) * 1000 if warm_lag else float("nan"),
        "warm_reply_p99_ms": percentile(warm_reply, 99) * 1000,
        "outgoing": outgoing,
        "methods": methods,
        "cases": cases,
    }


def run(args, tree: Path, poll: float | None) -> None:
    """One run of the load against the code in `tree` (its own defaults, but for `poll` when given)."""
    procs = Processes()
    load_before = os.getloadavg()
    with throwaway_database() as database_url:
        web_ports = [free_port() for _ in range(args.web_processes)]
        fake_url, fake_process = start_fake_line(procs, "load-fake")
        env = {**product_env(database_url, fake_url), "PYTHONPATH": str(tree)}
        if poll is not None:
            env["WORKER_POLL_SECONDS"] = str(poll)
        subprocess.run(
            [*intake_command(tree), "release"], env={**os.environ, **env}, check=True, capture_output=True, cwd=tree
        )
        sampler = None
        try:
            named = {"fake-line": fake_process.pid}
            for n, port in enumerate(web_ports):
                named[f"web{n}"] = procs.start(
                    gunicorn(web_app(tree), port, args.web_workers), env, name=f"load-web{n}", cwd=tree
                ).pid
            for n in range(args.worker_processes):
                named[f"worker{n}"] = procs.start(
                    [*intake_command(tree), "worker", "--threads", str(args.worker_threads)],
                    env,
                    name=f"load-worker{n}",
                    cwd=tree,
                ).pid
            for port in web_ports:
                wait_http(f"http://127.0.0.1:{port}/healthz")
            wait_http(f"{fake_url}/_stats")
            urls = [f"http://127.0.0.1:{port}/line/webhook" for port in web_ports]
            engine = create_engine(database_url)
            asyncio.run(sustained_load(urls, 50, 4, 50, 0))  # warm-up: imports, pools, model
            drain(engine)
            warm = server_side_answer_times([f"http://127.0.0.1:{port}/metrics" for port in web_ports])
            sampler = Sampler(named, database_url, args.sample_every)
            sampler.start()
            load = asyncio.run(sustained_load(urls, args.rate, args.seconds, args.users, args.redelivery_share))
            server = server_side_answer_times([f"http://127.0.0.1:{port}/metrics" for port in web_ports])
            server["count"] -= warm["count"]
            drained_after = wait_for_drain(engine, args.drain_timeout)
            sampler.stop()
            result = figures(engine, load["ids"])
            result["server"] = server
            fake = httpx.get(f"{fake_url}/_stats").json()
            engine.dispose()
        finally:
            if sampler is not None and sampler.is_alive():
                sampler.stop()
            procs.stop_all()
    print(f"=== tree {commit_of(tree)}, WORKER_POLL_SECONDS {poll if poll is not None else 'its default'}")
    report(args, load, result, fake, sampler, drained_after, load_before, os.getloadavg())


def report(args, load, result, fake, sampler, drained_after, load_before, load_after) -> None:
    unique = len(load["ids"])
    print(
        f"bench.load: {args.rate:.0f} events/s for {args.seconds:.0f} s, {args.users} residents, "
        f"{args.web_processes} web processes x {args.web_workers} uvicorn workers, "
        f"{args.worker_processes} x {args.worker_threads} worker threads, "
        f"PostgreSQL, {os.cpu_count()} cores"
    )
    print(
        f"load average before {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}; "
        f"after {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f}"
    )
    print(
        f"sent {load['sent']} ({unique} unique, {load['sent'] - unique} redeliveries) in {load['elapsed']:.1f} s "
        f"= {load['sent'] / load['elapsed']:.1f}/s (sends more than 0.5 s behind schedule: "
        f"{load['late_by_half_a_second']}); answers {load['statuses']}"
    )
    server = result["server"]
    print(
        f"acknowledgement as LINE sees it (client side, includes this generator's own queueing): "
        f"p50 {percentile(load['latencies'], 50):.1f} ms, p99 {percentile(load['latencies'], 99):.1f} ms; "
        f"not acknowledged after 6 tries: {len(load['unacknowledged'])}"
    )
    print(
        f"acknowledgement inside the web processes (intake_webhook_seconds, warm-up included): "
        f"p50 {server['p50_ms']:.1f} ms, p99 {server['p99_ms']:.1f} ms, over 1 s: {server['over_1s']:.0f}"
    )
    drained = (
        f"drained {drained_after:.1f} s after the load"
        if drained_after is not None
        else f"NOT drained {args.drain_timeout:.0f} s after the load: {result['pending']} events still pending"
    )
    print(
        f"processing lag p50 {result['lag_p50_ms']:.0f} ms, p99 {result['lag_p99_ms']:.0f} ms "
        f"(target <= 1000), max {result['lag_max_ms']:.0f} ms; {drained}"
    )
    print(
        f"event -> reply call p50 {result['to_reply_p50_ms']:.0f} ms, p95 {result['to_reply_p95_ms']:.0f} ms, "
        f"p99 {result['to_reply_p99_ms']:.0f} ms; "
        f"deliveries by method {result['methods']}; outgoing {result['outgoing']}"
    )
    print(
        f"the warm-up's events (workers' cold start, not in the figures above): lag p99 "
        f"{result['warm_lag_p99_ms']:.0f} ms, max {result['warm_lag_max_ms']:.0f} ms; event -> reply call p99 "
        f"{result['warm_reply_p99_ms']:.0f} ms"
    )
    print(
        f"processed {result['processed']}/{unique}, still pending {result['pending']}, "
        f"lost {result['lost']} (parked {result['parked']}), "
        f"stored rows {result['stored_rows']} (warm-up included), doubled case entries "
        f"{result['doubled_case_entries']}, retry keys accepted twice {fake['retry_keys_accepted_twice']}, "
        f"cases opened {result['cases']}"
    )
    print(f"fake LINE API: {fake}")
    print("timeline (every minute): t s, events stored/s over the minute, pending, load1")
    previous = None
    for t, stored, pending, load1 in sampler.timeline:
        if previous is None or t - previous[0] >= 59 or (t, stored) == sampler.timeline[-1][:2]:
            rate = (stored - previous[1]) / (t - previous[0]) if previous and t > previous[0] else 0.0
            print(f"  {t:6.0f} {rate:8.1f} {pending:8d} {load1:6.2f}")
            previous = (t, stored)
    print(f"memory (RSS MB, sampled every {args.sample_every:.0f} s): process, start, middle, end, max, slope MB/min")
    for name, points in sorted(sampler.rss.items()):
        values = [v for _, v in points]
        middle = values[len(values) // 2]
        print(
            f"  {name:16} {values[0]:8.1f} {middle:8.1f} {values[-1]:8.1f} {max(values):8.1f} "
            f"{slope_per_minute(points):+8.2f}"
        )
    print(
        "CPU over the load and the drain (this generator not included; postgresql = the backends of this "
        "database): process, seconds, ms per unique event"
    )
    total = 0.0
    for name, points in sorted(sampler.cpu.items()):
        spent = points[-1][1] - points[0][1]
        total += spent
        print(f"  {name:16} {spent:8.1f} {1000 * spent / max(unique, 1):8.2f}")
    print(f"  {'all':16} {total:8.1f} {1000 * total / max(unique, 1):8.2f}")
    if len(sampler.xacts) > 1:
        # Each sample is one transaction of the sampler's, ended by a rollback: not counted. PostgreSQL
        # publishes a backend's counts within about a second (an idle one's within ten).
        commits = sampler.xacts[-1][0] - sampler.xacts[0][0]
        rollbacks = sampler.xacts[-1][1] - sampler.xacts[0][1] - (len(sampler.xacts) - 1)
        print(
            f"transactions of this database per unique event (pg_stat_database): "
            f"{commits / max(unique, 1):.2f} commits, {rollbacks / max(unique, 1):.2f} rollbacks"
        )


def main() -> None:
    # A SIGTERM (timeout, Ctrl-C from a wrapper) still runs the cleanup: children stopped, database dropped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rate", type=float, default=300)
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--users", type=int, default=3000)
    parser.add_argument("--web-processes", type=int, default=2, help="gunicorn instances, each on its own port")
    parser.add_argument("--web-workers", type=int, default=1, help="uvicorn workers per gunicorn")
    parser.add_argument("--worker-processes", type=int, default=2)
    parser.add_argument("--worker-threads", type=int, default=4)
    parser.add_argument("--redelivery-share", type=float, default=0.02)
    parser.add_argument(
        "--poll",
        type=float,
        action="append",
        default=[],
        help="WORKER_POLL_SECONDS of the workers of the n-th --tree (default: the tree's own)",
    )
    parser.add_argument(
        "--tree",
        type=Path,
        action="append",
        default=[],
        help="a checkout of this repository to run, in turn, in the same invocation (default: this one)",
    )
    parser.add_argument("--sample-every", type=float, default=10.0)
    parser.add_argument("--drain-timeout", type=float, default=600.0, help="how long to wait for the backlog after")
    args = parser.parse_args()
    trees = [t.resolve() for t in args.tree] or [ROOT]
    for n, tree in enumerate(trees):
        run(args, tree, args.poll[n] if n < len(args.poll) else None)


if __name__ == "__main__":
    main()
