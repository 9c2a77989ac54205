"""What the reliability tests share: residents already handed to staff, processes, reading results.

A resident whose conversation is handed off to an open case makes order and exactly-once
observable: the bot forwards every text as one `resident_message` entry of the case, in the
order it acted on them, and answers each batch with one 「担当者に伝えました」.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bot.simulator import line_events
from core.db import transaction
from tests.support import ACCESS_TOKEN, CHANNEL_SECRET

ROOT = Path(__file__).resolve().parents[2]
INTAKE = [sys.executable, "-c", "from app.cli import main; main()"]


def a_center(session) -> str:
    from routing.models import Destination

    return session.scalars(select(Destination.id).where(Destination.kind == "center").order_by(Destination.id)).first()


def hand_off_residents(factory, count: int, *, prefix: str = "Uho") -> dict[str, int]:
    """`count` residents whose conversation already belongs to an open case: user id -> case id."""
    from bot.models import LineUser
    from cases import service as cases

    made = {}
    with transaction(factory) as session:
        destination = a_center(session)
        for _ in range(count):
            user_id = prefix + uuid.uuid4().hex[: 33 - len(prefix)]
            case = cases.create(
                session,
                destination_id=destination,
                line_user_id=user_id,
                topics=["dementia"],
                summary="テスト",
                triage={"topics": ["dementia"], "urgency": "routine"},
            )
            session.add(
                LineUser(
                    user_id=user_id, step="handed_off", state={"case_id": case.id, "greeted": True}, state_version=1
                )
            )
            made[user_id] = case.id
    return made


def resident_messages(factory, case_ids) -> dict[int, list[str]]:
    """The resident's messages on each case, in the order the bot recorded them."""
    from cases.models import CaseEntry

    found: dict[int, list[str]] = {case_id: [] for case_id in case_ids}
    with factory() as session:
        rows = session.execute(
            select(CaseEntry.case_id, CaseEntry.body)
            .where(CaseEntry.case_id.in_(list(case_ids)), CaseEntry.kind == "resident_message")
            .order_by(CaseEntry.id)
        ).all()
    for case_id, body in rows:
        found[case_id].append(body)
    return found


def outgoing_for(factory, user_id: str):
    from bot.models import OutgoingMessage

    with factory() as session:
        return session.scalars(
            select(OutgoingMessage).where(OutgoingMessage.to == user_id).order_by(OutgoingMessage.id)
        ).all()


def read_only(factory) -> sessionmaker:
    """Sessions of the same engine that only look. On SQLite they read a WAL snapshot at once: a
    session of the writing factory begins IMMEDIATE and would queue behind a worker's batches, so a
    poll could first see the inbox after the worker had done everything."""
    return sessionmaker(factory.kw["bind"].execution_options(readonly=True), expire_on_commit=False)


def inbox_statuses(factory) -> dict[str, int]:
    from sqlalchemy import func

    from bot.models import InboxEvent

    with read_only(factory)() as session:
        return dict(session.execute(select(InboxEvent.status, func.count()).group_by(InboxEvent.status)).all())


def settled(factory) -> bool:
    """Nothing left to process or to deliver."""
    from sqlalchemy import func

    from bot.models import InboxEvent, OutgoingMessage

    with read_only(factory)() as session:
        pending = session.scalar(select(func.count()).where(InboxEvent.status == "pending"))
        unsent = session.scalar(select(func.count()).where(OutgoingMessage.status.in_(("pending", "sending"))))
    return pending == 0 and unsent == 0


def product_env(database_url: str, line_api_url: str, **extra: str) -> dict[str, str]:
    """Environment of a production-like process (`web` or `intake worker`)."""
    env = {
        "DATABASE_URL": database_url,
        "LINE_CHANNEL_SECRET": CHANNEL_SECRET,
        "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN,
        "LINE_API_BASE_URL": line_api_url,
        "IN_PROCESS_WORKER": "false",
        "SECRET_KEY": "test-secret-key",
        "PUBLIC_BASE_URL": "http://127.0.0.1:8000",
        "LOG_LEVEL": "WARNING",
        "WORKER_POLL_SECONDS": "0.05",
        "LINE_API_TIMEOUT_SECONDS": "2",
        "DELIVERY_LEASE_SECONDS": "4",
    }
    env.update(extra)
    return env


class Children:
    """Subprocesses of one test: each in its own process group, output to a file, all ended at the end."""

    def __init__(self, log_dir: Path):
        self.log_dir = log_dir
        self.procs: dict[str, subprocess.Popen] = {}

    def start(self, name: str, args: list[str], env: dict[str, str]) -> subprocess.Popen:
        log = open(self.log_dir / f"{name}.log", "ab")
        proc = subprocess.Popen(
            args, cwd=ROOT, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.procs[name] = proc
        return proc

    def worker(self, name: str, env: dict[str, str], threads: int = 2) -> subprocess.Popen:
        return self.start(name, [*INTAKE, "worker", "--threads", str(threads)], env)

    def web(self, name: str, port: int, env: dict[str, str], workers: int = 1) -> subprocess.Popen:
        """A `web` process as the Procfile runs it: gunicorn with uvicorn workers."""
        gunicorn = str(Path(sys.executable).parent / "gunicorn")
        return self.start(
            name,
            [
                gunicorn,
                "app.web:create_default_app()",
                "--worker-class",
                "uvicorn_worker.UvicornWorker",
                "--workers",
                str(workers),
                "--bind",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
                "--graceful-timeout",
                "5",
            ],
            env,
        )

    def kill(self, name: str, sig: int = signal.SIGKILL) -> None:
        proc = self.procs[name]
        if proc.poll() is None:
            os.killpg(proc.pid, sig)
        proc.wait(30)

    def stop_all(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs.values():
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)

    def log(self, name: str) -> str:
        return (self.log_dir / f"{name}.log").read_text(errors="replace")[-3000:]


def wait_http(url: str, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"{url} did not come up in {timeout}s")


def staff_client(base_url: str, factory, secret_key: str, destination_id: str | None, role: str = "center_staff"):
    """An HTTP client signed in as a staff member of the destination (session started directly)."""
    from workspace.staff import service as staff
    from workspace.staff.auth import SESSION_COOKIE, sign_session_token

    with transaction(factory) as session:
        user = staff.create(
            session,
            login=f"rel-{uuid.uuid4().hex[:8]}",
            password="correct horse battery",
            role=role,
            destination_id=destination_id,
        )
        token, _ = staff.start_session(session, user)
    client = httpx.Client(base_url=base_url, follow_redirects=False, timeout=15)
    client.cookies.set(SESSION_COOKIE, sign_session_token(secret_key, token), domain="127.0.0.1")
    return client


class LinePlayer:
    """Plays LINE for many residents: texts "seq-01"… in order per resident, some two to a request,
    some redelivered, and whatever did not get a 200 sent again (marked isRedelivery) until it does."""

    def __init__(
        self,
        urls: list[str],
        fake_line,
        rate: float,
        messages: int,
        *,
        redeliver_share: float = 0.06,
        paired_share: float = 0.1,
    ):
        self.urls = urls
        self.fake_line = fake_line
        self.rate = rate
        self.messages = messages
        self.redeliver_share = redeliver_share
        self.paired_share = paired_share
        self.sent = 0
        self.statuses: dict[str, int] = {}
        self.redeliveries = 0
        self._slot = 0
        self._began = 0.0
        self.rng = random.Random(8)
        self.down: set[str] = set()  # as a load balancer would, stop sending to a web process that refuses

    async def _pace(self) -> None:
        due = self._began + self._slot / self.rate
        self._slot += 1
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)

    async def deliver(self, client: httpx.AsyncClient, events: list[dict], first_url: int) -> None:
        """Post until acknowledged with 200; a retry is a redelivery, as LINE marks it."""
        attempt = 0
        while True:
            await self._pace()
            body = line_events.body(*events)
            alive = [u for u in self.urls if u not in self.down] or self.urls
            url = alive[(first_url + attempt) % len(alive)]
            try:
                response = await client.post(
                    url,
                    content=body,
                    headers={
                        "X-Line-Signature": line_events.sign(CHANNEL_SECRET, body),
                        "Content-Type": "application/json",
                    },
                )
                status = str(response.status_code)
            except httpx.ConnectError:
                status = "refused"
                self.down.add(url)
            except httpx.HTTPError as exc:
                status = type(exc).__name__
            self.statuses[status] = self.statuses.get(status, 0) + 1
            if status == "200":
                return
            attempt += 1
            events = [{**e, "deliveryContext": {"isRedelivery": True}} for e in events]
            await asyncio.sleep(0.2 * min(attempt, 5))

    async def resident(self, client: httpx.AsyncClient, user_id: str, index: int) -> None:
        sent: list[dict] = []
        seq = 1
        while seq <= self.messages:
            count = 2 if seq < self.messages and self.rng.random() < self.paired_share else 1
            events = [
                line_events.text_event(user_id, f"seq-{n:02d}", self.fake_line.issue_reply_token(user_id))
                for n in range(seq, seq + count)
            ]
            await self.deliver(client, events, index + seq)
            sent.extend(events)
            self.sent += count
            seq += count
            if self.rng.random() < self.redeliver_share:
                again = self.rng.choice(sent)
                self.redeliveries += 1
                await self.deliver(client, [{**again, "deliveryContext": {"isRedelivery": True}}], index + seq + 1)

    async def run(self, users: list[str]) -> None:
        self._began = time.perf_counter()
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
        async with httpx.AsyncClient(timeout=10, limits=limits) as client:
            await asyncio.gather(*(self.resident(client, user, i) for i, user in enumerate(users)))
