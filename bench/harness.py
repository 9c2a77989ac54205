"""Shared pieces of the benchmarks: a throwaway PostgreSQL database, subprocess servers, a
fixed-rate load generator of signed LINE events over loopback, and percentile arithmetic."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import aiohttp
import httpx

from bot.simulator import line_events
from tests.support import free_port, postgres_database

ROOT = Path(__file__).resolve().parent.parent
SECRET = "bench-channel-secret"
TOKEN = "bench-access-token"


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def throwaway_database():
    """A PostgreSQL database of its own for one benchmark run, dropped after."""
    return postgres_database(prefix="intake_bench")


def wait_http(url: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


# Logs of the processes a benchmark starts, and the echo baseline's counts (BENCH_SCRATCH overrides).
SCRATCH = Path(os.environ.get("BENCH_SCRATCH") or tempfile.gettempdir())


class Processes:
    """Child processes started for a benchmark, all stopped at the end."""

    def __init__(self):
        self.children: list[subprocess.Popen] = []

    def start(self, args: list[str], env: dict | None = None, name: str = "", cwd: Path = ROOT) -> subprocess.Popen:
        log = open(SCRATCH / f"bench-{name or len(self.children)}.log", "w")
        child = subprocess.Popen(
            args,
            cwd=cwd,
            env={**os.environ, **(env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.children.append(child)
        return child

    def stop_all(self) -> None:
        for child in self.children:
            if child.poll() is None:
                os.killpg(child.pid, signal.SIGTERM)
        for child in self.children:
            try:
                child.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(child.pid, signal.SIGKILL)


def start_fake_line(procs: Processes, name: str) -> tuple[str, subprocess.Popen]:
    """The fake Messaging API (bench.servers.fake_line) in its own process: its URL and process."""
    port = free_port()
    process = procs.start(
        [
            python(),
            "-m",
            "uvicorn",
            "bench.servers:fake_line",
            "--factory",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        name=name,
    )
    return f"http://127.0.0.1:{port}", process


def cpu_seconds(pid: int) -> float:
    """user + system CPU seconds of a process (all its threads), from /proc."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def drive(
    url: str,
    rate: float,
    seconds: float,
    users: int,
    redelivery_share: float = 0.05,
    secret: str = SECRET,
    texts: list[str] | None = None,
    in_flight: int = 256,
) -> dict:
    """Send signed text events at a fixed rate; some are sent again as redeliveries.

    At most `in_flight` requests are outstanding (a client with unbounded requests in flight
    measures its own queueing); when the server falls behind, sending falls behind schedule too,
    which `achieved_rate` and `late_by_half_a_second` report.
    """
    texts = texts or [
        "こんにちは",
        "母の物忘れが心配です",
        "介護保険の申請はどうすればいいですか",
        "ありがとうございました",
    ]
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    sent_ids: list[str] = []
    total = int(rate * seconds)
    late = 0
    slots = asyncio.Semaphore(in_flight)
    connector = aiohttp.TCPConnector(limit=in_flight)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=10)) as client:

        async def send(event: dict) -> None:
            body = line_events.body(event)
            headers = {"X-Line-Signature": line_events.sign(secret, body), "Content-Type": "application/json"}
            start = time.perf_counter()
            try:
                async with client.post(url, data=body, headers=headers) as response:
                    await response.read()
                    status = response.status
            except (TimeoutError, aiohttp.ClientError):
                status = 0
            finally:
                slots.release()
            latencies.append((time.perf_counter() - start) * 1000)
            statuses[status] = statuses.get(status, 0) + 1

        tasks = set()
        began = time.perf_counter()
        redeliverable: list[dict] = []
        for i in range(total):
            delay = began + i / rate - time.perf_counter()
            await asyncio.sleep(max(delay, 0))  # yields even when behind, so the sends make progress
            if delay < -0.5:
                late += 1
            user = f"Ubench{(i % users):027d}"
            if redeliverable and i % int(1 / redelivery_share) == 0:
                event = {**redeliverable[-1], "deliveryContext": {"isRedelivery": True}}
            else:
                event = line_events.text_event(user, texts[i % len(texts)], "r" + uuid.uuid4().hex)
                sent_ids.append(event["webhookEventId"])
                redeliverable = [event]
            await slots.acquire()
            task = asyncio.create_task(send(event))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - began
    return {
        "sent": total,
        "unique": len(sent_ids),
        "ids": sent_ids,
        "latencies": latencies,
        "statuses": statuses,
        "elapsed": elapsed,
        "late_by_half_a_second": late,
    }


def python() -> str:
    return sys.executable


def cli_package(tree: Path) -> str:
    """Where a checkout composes its CLI and web app: app/ since the layers were drawn, core/ before."""
    return "app" if (tree / "app" / "cli.py").exists() else "core"


def web_app(tree: Path) -> str:
    """The checkout's gunicorn app factory."""
    return "app.web:create_default_app()" if cli_package(tree) == "app" else "core.app:create_default_app()"


def intake_command(tree: Path) -> list[str]:
    """The checkout's own `intake` (the venv's script runs the installed checkout's CLI)."""
    return [python(), "-c", f"from {cli_package(tree)}.cli import main; main()"]


def intake_shim(tree: Path, folder: Path) -> Path:
    """A folder holding an `intake` that runs the checkout's own CLI, to put first on PATH."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "intake"
    script.write_text(f"#!{python()}\nimport sys\n\nfrom {cli_package(tree)}.cli import main\n\nsys.exit(main())\n")
    script.chmod(0o755)
    return folder


def commit_of(tree: Path) -> str:
    done = subprocess.run(["git", "-C", str(tree), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    dirty = subprocess.run(["git", "-C", str(tree), "status", "--porcelain"], capture_output=True, text=True).stdout
    return (done.stdout.strip() or tree.name) + ("+" if dirty.strip() else "")
