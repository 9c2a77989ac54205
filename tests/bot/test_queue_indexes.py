"""The queue statements read the partial indexes over pending rows, as the application sends them.

A planner can only use a partial index when the statement itself implies the index's predicate.
PostgreSQL's cached (generic) plans cannot see a parameter's value, so a status sent as a
parameter would, after a few executions, scan every row ever stored.
"""

from __future__ import annotations

import re

import psycopg.sql
import pytest
from sqlalchemy import event

from bot.inbox import CLAIM
from bot.outbox import CLAIM_IF_HEAD, HEAD, MARK_SENT
from core.db import make_engine, utcnow


def generic_plan(database_url: str, statement, params) -> str:
    """The plan PostgreSQL caches for the statement's SQL text and parameters, or SQLite's plan."""
    engine = make_engine(database_url)
    sent = []
    event.listen(
        engine, "before_cursor_execute", lambda conn, cursor, sql, parameters, *_: sent.append((sql, parameters))
    )
    try:
        with engine.connect() as connection:
            connection.execute(statement, params)
            connection.rollback()
            sql, parameters = sent[-1]
            if engine.dialect.name == "sqlite":
                rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, parameters).all()
                return "\n".join(row[-1] for row in rows)
            names: list[str] = []

            def placeholder(match: re.Match) -> str:
                if match.group(1) not in names:
                    names.append(match.group(1))
                return f"${names.index(match.group(1)) + 1}"

            connection.exec_driver_sql("SET plan_cache_mode = force_generic_plan")
            connection.exec_driver_sql("PREPARE queue_statement AS " + re.sub(r"%\((\w+)\)s", placeholder, sql))
            values = psycopg.sql.SQL(", ").join(psycopg.sql.Literal(parameters[name]) for name in names)
            explain = psycopg.sql.SQL("EXPLAIN EXECUTE queue_statement({})").format(values)
            rows = connection.exec_driver_sql(explain.as_string(connection.connection.driver_connection)).all()
            connection.rollback()
            return "\n".join(row[0] for row in rows)
    finally:
        engine.dispose()


def test_claiming_the_next_event_reads_only_pending_rows(isolated_database_url):
    plan = generic_plan(isolated_database_url, CLAIM, {"busy": ["user:U1"]})
    assert re.search(r"\bix_inbox_events_pending\b", plan)
    assert re.search(r"\bix_inbox_events_pending_source\b", plan)


@pytest.mark.parametrize("name", ["HEAD", "CLAIM_IF_HEAD", "MARK_SENT"])
def test_finding_a_recipients_next_message_reads_only_unsettled_rows(isolated_database_url, name):
    now = utcnow()
    statement, params = {
        "HEAD": (HEAD, {"recipient": "U1"}),
        "CLAIM_IF_HEAD": (
            CLAIM_IF_HEAD,
            {"message_id": 1, "recipient": "U1", "claim_method": "push", "lease_until": now},
        ),
        "MARK_SENT": (MARK_SENT, {"message_id": 1, "recipient": "U1", "sent_time": now, "status_code": 200}),
    }[name]
    assert "ix_outgoing_messages_unsettled_to" in generic_plan(isolated_database_url, statement, params)
