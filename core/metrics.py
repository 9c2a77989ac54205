"""Prometheus metrics: one registry per process, exposed at /metrics."""

from prometheus_client import Counter, Gauge, Histogram

WEBHOOK_SECONDS = Histogram(
    "intake_webhook_seconds",
    "Time to answer a webhook request, from the handler's start (LINE gives up after about 2 s)",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5),
)
EVENTS_RECEIVED = Counter("intake_events_received_total", "Webhook events stored (new, not duplicates)")
EVENTS_DUPLICATE = Counter("intake_events_duplicate_total", "Webhook events already stored (redelivery or replay)")
EVENTS_PROCESSED = Counter("intake_events_processed_total", "Webhook events processed", ["outcome"])
PROCESSING_LAG = Histogram(
    "intake_event_processing_lag_seconds",
    "From receipt of an event to the end of its processing",
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60),
)
LINE_API_CALLS = Counter("intake_line_api_calls_total", "Calls to the LINE Messaging API", ["endpoint", "status"])
OUTGOING_PENDING = Gauge("intake_outgoing_pending", "Outgoing LINE messages waiting to be delivered")
CASES_BY_STATUS = Gauge("intake_cases", "Cases by status", ["status"])
