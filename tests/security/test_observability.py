"""What operators watch: Prometheus series that exist and move, request ids in answers and logs."""

from __future__ import annotations

import json
import time
import uuid

import httpx
from prometheus_client.parser import text_string_to_metric_families

from bot.simulator import line_events
from tests.reliability.support import INTAKE, Children, hand_off_residents, product_env, settled
from tests.support import LineUserSim, free_port, wait_for


def scrape(url: str) -> dict[tuple[str, tuple], float]:
    samples = {}
    for family in text_string_to_metric_families(httpx.get(url, timeout=10).text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def value(samples, name: str, **labels) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def test_metrics_exist_and_move(app_server, fake_line, session_factory):
    fake_line.clear_faults()
    metrics = f"{app_server.url}/metrics"
    before = scrape(metrics)
    for status in ("new", "accepted", "in_progress", "closed"):
        assert ("intake_cases", (("status", status),)) in before
    assert ("intake_outgoing_pending", ()) in before

    user_id, _ = next(iter(hand_off_residents(session_factory, 1, prefix="Umx").items()))
    resident = LineUserSim(app_server.url, fake_line, user_id=user_id)
    fake_line.fail_next("reply", 500)
    event = line_events.text_event(user_id, "メトリクスの確認", resident.token())
    assert resident.post(event).status_code == 200
    assert resident.post({**event, "deliveryContext": {"isRedelivery": True}}).status_code == 200
    resident.wait_for_messages(1, timeout=20)
    wait_for(lambda: settled(session_factory), timeout=20)
    after = scrape(metrics)

    def moved(name: str, **labels) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert moved("intake_webhook_seconds_count") >= 2
    assert moved("intake_events_received_total") >= 1
    assert moved("intake_events_duplicate_total") >= 1
    assert moved("intake_events_processed_total", outcome="done") >= 1
    assert moved("intake_event_processing_lag_seconds_count") >= 1
    assert moved("intake_event_processing_lag_seconds_sum") > 0
    assert moved("intake_line_api_calls_total", endpoint="reply", status="500") == 1
    assert moved("intake_line_api_calls_total", endpoint="reply", status="200") >= 1
    assert moved("intake_cases", status="new") == 1  # the case made for this resident


def test_a_worker_process_serves_its_own_metrics(isolated_database_url, fake_line, tmp_path):
    """`web` stores events, `intake worker` processes them: its counters are scraped from it."""
    from app.web import create_app
    from core.db import make_engine, make_session_factory
    from tests.conftest import make_settings
    from tests.support import ServerThread

    fake_line.clear_faults()
    engine = make_engine(isolated_database_url)
    factory = make_session_factory(engine)
    edge = ServerThread(create_app(make_settings(isolated_database_url, fake_line, in_process_worker=False))).start()
    children = Children(tmp_path)
    port = free_port()
    try:
        user_id, _ = next(iter(hand_off_residents(factory, 1, prefix="Uwm").items()))
        resident = LineUserSim(edge.url, fake_line, user_id=user_id)
        assert resident.post(line_events.text_event(user_id, "ワーカーの確認", resident.token())).status_code == 200
        children.start(
            "worker",
            [*INTAKE, "worker", "--threads", "1", "--metrics-port", str(port)],
            product_env(isolated_database_url, fake_line.url),
        )
        wait_for(lambda: settled(factory), timeout=60, interval=0.2)
        samples = scrape(f"http://127.0.0.1:{port}/metrics")
    finally:
        children.stop_all()
        edge.stop()
        engine.dispose()
    assert value(samples, "intake_events_processed_total", outcome="done") == 1
    assert value(samples, "intake_event_processing_lag_seconds_count") == 1
    # A slow start (the worker loads its models after the event was stored) can outlive the reply
    # token, and the answer is then pushed: either way it reached LINE in one call, counted here.
    answered = sum(
        value(samples, "intake_line_api_calls_total", endpoint=endpoint, status="200") for endpoint in ("reply", "push")
    )
    assert answered == 1


def log_records(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_a_request_id_is_echoed_and_carried_by_the_logs(logged_server):
    given = uuid.uuid4().hex
    body = line_events.body(line_events.follow_event("U" + uuid.uuid4().hex))
    response = httpx.post(
        f"{logged_server.url}/line/webhook",
        content=body,
        headers={"X-Line-Signature": "bm90IHNpZ25lZA==", "X-Request-ID": given},
    )
    assert response.status_code == 400 and response.headers["x-request-id"] == given

    made = httpx.post(f"{logged_server.url}/line/webhook", content=body, headers={"X-Line-Signature": "AAAA"})
    generated = made.headers["x-request-id"]
    assert len(generated) == 32 and generated != given

    def logged(request_id: str):
        return [
            r
            for r in log_records(logged_server.log_path)
            if r.get("request_id") == request_id and r["message"] == "webhook refused: invalid signature"
        ]

    assert wait_for(lambda: logged(given), timeout=5)[0]["level"] == "WARNING"
    assert wait_for(lambda: logged(generated), timeout=5)[0]["body_bytes"] == len(body)
    time.sleep(0.1)
