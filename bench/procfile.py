"""The Procfile started as a platform starts it: what it costs idle, and how it acknowledges a burst.

    .venv/bin/python -m bench.procfile idle  --seconds 60
    .venv/bin/python -m bench.procfile burst --rate 100 --seconds 10
    .venv/bin/python -m bench.procfile idle  --seconds 60 --tree /tmp/old-checkout --tree .

Each tree (a checkout of this repository; default: this one) is run in turn in the same
invocation, on a throwaway PostgreSQL database: its Procfile's `release` line, then its `web`
line (on $PORT) and one `worker` line, exactly as written there, with the production variables
set. Nothing else is changed, so an older checkout runs with its own defaults.

idle:  CPU of each process (a `web` gunicorn with its workers, the `worker`) and of their
       PostgreSQL backends over --seconds with no events, after a settling pause; as a share of
       one core. Target: ≤ 0.5 % per process.
burst: --rate new residents a second (each sends one message) for --seconds; acknowledgement
       p50/p99, side by side with LINE's own FastAPI echo sample in the same run (bench.servers:echo).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text

from bench.harness import (
    SECRET,
    TOKEN,
    Processes,
    commit_of,
    cpu_seconds,
    drive,
    intake_shim,
    percentile,
    start_fake_line,
    throwaway_database,
    wait_http,
)
from bench.webhook import drain, run_baseline
from tests.support import free_port

BIN = Path(sys.executable).parent


def procfile(tree: Path) -> dict[str, str]:
    lines = {}
    for line in (tree / "Procfile").read_text().splitlines():
        name, sep, command = line.partition(":")
        if sep and name.strip() and not name.startswith("#"):
            lines[name.strip()] = command.strip()
    return lines


def tree_env(tree: Path, database_url: str, fake_url: str, port: int) -> dict:
    """The production variables, and the tree's code first on the path (the venv is shared; the tree's
    own `intake` first on PATH)."""
    shim = intake_shim(tree, Path(tempfile.gettempdir()) / f"bench-intake-{abs(hash(str(tree.resolve())))}")
    return {
        "PATH": f"{shim}:{BIN}:{os.environ['PATH']}",
        "PYTHONPATH": str(tree),
        "PORT": str(port),
        "DATABASE_URL": database_url,
        "LINE_CHANNEL_SECRET": SECRET,
        "LINE_CHANNEL_ACCESS_TOKEN": TOKEN,
        "LINE_API_BASE_URL": fake_url,
        "SECRET_KEY": "bench-secret-key-" + "x" * 32,
        "PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
        "LOG_LEVEL": "WARNING",
    }


def process_tree(pid: int) -> list[int]:
    children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    return [pid] + [p for child in children for p in process_tree(int(child))]


def group_cpu(pid: int) -> float:
    return sum(cpu_seconds(p) for p in process_tree(pid))


def backend_pids(engine) -> list[int]:
    with engine.connect() as c:
        return list(
            c.execute(
                text("select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")
            ).scalars()
        )


def start_tree(procs: Processes, tree: Path, env: dict, tag: str) -> dict[str, int]:
    lines = procfile(tree)
    subprocess.run(
        ["bash", "-c", lines["release"]], cwd=tree, env={**os.environ, **env}, check=True, capture_output=True
    )
    started = {}
    for name in ("web", "worker"):
        child = procs.start(["bash", "-c", f"exec {lines[name]}"], env, name=f"procfile-{tag}-{name}", cwd=tree)
        started[name] = child.pid
    return started


def run_tree(tree: Path, args, tag: str) -> dict:
    procs = Processes()
    with throwaway_database() as database_url:
        port = free_port()
        fake_url, _ = start_fake_line(procs, f"procfile-{tag}-fake")
        env = tree_env(tree, database_url, fake_url, port)
        try:
            pids = start_tree(procs, tree, env, tag)
            wait_http(f"http://127.0.0.1:{port}/healthz")
            wait_http(f"{fake_url}/_stats")
            engine = create_engine(database_url)
            if args.mode == "idle":
                result = measure_idle(pids, engine, args.seconds, args.settle)
            else:
                url = f"http://127.0.0.1:{port}/line/webhook"
                asyncio.run(drive(url, rate=20, seconds=2, users=20))  # warm-up: imports, pools, model
                drain(engine)
                load = asyncio.run(
                    drive(url, rate=args.rate, seconds=args.seconds, users=int(args.rate * args.seconds))
                )
                result = {
                    "ack_p50_ms": percentile(load["latencies"], 50),
                    "ack_p99_ms": percentile(load["latencies"], 99),
                    "statuses": load["statuses"],
                    "drained_after_s": drain(engine),
                }
            engine.dispose()
        finally:
            procs.stop_all()
    return result


def measure_idle(pids: dict[str, int], engine, seconds: float, settle: float) -> dict:
    time.sleep(settle)
    backends = backend_pids(engine)
    before = {name: group_cpu(pid) for name, pid in pids.items()}
    before_db = sum(cpu_seconds(p) for p in backends)
    time.sleep(seconds)
    after = {name: group_cpu(pid) for name, pid in pids.items()}
    after_db = sum(cpu_seconds(p) for p in backends)
    share = {name: 100 * (after[name] - before[name]) / seconds for name in pids}
    share["postgresql"] = 100 * (after_db - before_db) / seconds
    return {
        "core_percent": share,
        "backends": len(backends),
        "processes": {n: len(process_tree(p)) for n, p in pids.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=("idle", "burst"))
    parser.add_argument("--tree", action="append", type=Path, help="a checkout to run (repeatable; default: this one)")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--settle", type=float, default=15, help="idle: seconds to wait after start-up")
    parser.add_argument("--rate", type=float, default=100, help="burst: new residents a second")
    parser.add_argument("--web-workers", type=int, default=2, help="burst: gunicorn workers of the echo baseline")
    args = parser.parse_args()
    trees = [t.resolve() for t in (args.tree or [Path(__file__).resolve().parent.parent])]
    results = [(tree, run_tree(tree, args, f"t{n}")) for n, tree in enumerate(trees)]
    if args.mode == "idle":
        print(
            f"idle for {args.seconds:.0f} s after {args.settle:.0f} s, Procfile web + one worker, PostgreSQL; "
            "CPU as % of one core"
        )
        for tree, r in results:
            shares = "  ".join(f"{name} {value:.2f} %" for name, value in r["core_percent"].items())
            print(f"  {commit_of(tree):12} {shares}  ({r['backends']} backends, processes {r['processes']})")
        return
    echo = run_baseline(
        argparse.Namespace(
            rate=args.rate, seconds=args.seconds, users=int(args.rate * args.seconds), web_workers=args.web_workers
        )
    )
    print(f"burst: {args.rate:.0f} new residents/s for {args.seconds:.0f} s, Procfile web + one worker, PostgreSQL")
    for tree, r in results:
        print(
            f"  {commit_of(tree):12} ack p50 {r['ack_p50_ms']:.1f} ms  p99 {r['ack_p99_ms']:.1f} ms  "
            f"({r['ack_p99_ms'] / echo['ack_p99_ms']:.2f}x echo)  {r['statuses']}  drained {r['drained_after_s']:.1f} s after"
        )
    print(f"  {'echo':12} ack p50 {echo['ack_p50_ms']:.1f} ms  p99 {echo['ack_p99_ms']:.1f} ms  {echo['statuses']}")


if __name__ == "__main__":
    main()
