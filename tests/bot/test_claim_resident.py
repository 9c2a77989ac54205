"""bot.inbox.claim_next: a resident's batch is claimed with their row, read and locked by the same statement."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import event
from sqlalchemy import text as text_sql
from sqlalchemy.orm import Session, sessionmaker

from bot.events import get_user_for_update
from bot.inbox import claim_next, store_events
from bot.simulator import line_events
from core.db import make_engine, make_session_factory, transaction


@pytest.fixture
def factory(isolated_database_url) -> Iterator[sessionmaker[Session]]:
    """Sessions on a database of their own: the claim takes the oldest pending event of any source."""
    engine = make_engine(isolated_database_url)
    yield make_session_factory(engine)
    engine.dispose()


def store(factory: sessionmaker[Session], *events: dict) -> None:
    with factory.kw["bind"].begin() as connection:
        store_events(connection, events)


def resident_selects(factory: sessionmaker[Session]) -> tuple[list[str], object]:
    seen: list[str] = []

    def note(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and "FROM line_users" in statement:
            seen.append(statement)

    engine = factory.kw["bind"]
    event.listen(engine, "before_cursor_execute", note)
    return seen, lambda: event.remove(engine, "before_cursor_execute", note)


def test_a_residents_row_comes_with_the_claim_and_is_not_read_again(factory):
    user_id = "U" + uuid.uuid4().hex
    with transaction(factory) as session:
        get_user_for_update(session, user_id)  # a new resident: inserted
    with transaction(factory) as session:
        session.execute(text_sql("UPDATE line_users SET step = 'address' WHERE user_id = :u"), {"u": user_id})
    store(factory, line_events.text_event(user_id, "こんにちは", "r1"))
    with transaction(factory) as session:
        claim = claim_next(session)
        assert claim is not None and claim.source_key == f"user:{user_id}"
        seen, stop = resident_selects(factory)
        try:
            user = get_user_for_update(session, user_id, claim)
        finally:
            stop()
        assert seen == []
        assert (user.user_id, user.step) == (user_id, "address")


def test_a_resident_without_a_row_is_claimed_and_then_inserted(factory):
    user_id = "U" + uuid.uuid4().hex
    store(factory, line_events.follow_event(user_id, "r1"))
    with transaction(factory) as session:
        claim = claim_next(session)
        assert claim is not None and claim.resident_read and claim.resident is None
        user = get_user_for_update(session, user_id, claim)
        assert user.step == "start"
    with transaction(factory) as session:
        assert session.execute(text_sql("SELECT count(*) FROM line_users WHERE user_id = :u"), {"u": user_id}).scalar()


def test_a_group_batch_reads_no_residents_row(factory):
    group_id = "C" + uuid.uuid4().hex
    user_id = "U" + uuid.uuid4().hex
    with transaction(factory) as session:
        get_user_for_update(session, user_id)
    store(factory, line_events.group_text_event(group_id, user_id, "こんにちは", "r1"))
    with transaction(factory) as session:
        claim = claim_next(session)
        assert claim is not None and claim.source_key == f"group:{group_id}"
        assert not claim.resident_read and claim.resident is None


def test_the_claim_holds_the_residents_row_until_its_transaction_ends(factory, isolated_database_url):
    if isolated_database_url.startswith("sqlite"):
        pytest.skip("SQLite locks the whole database for a writer, not rows")
    from core.notify import libpq_conninfo

    user_id = "U" + uuid.uuid4().hex
    with transaction(factory) as session:
        get_user_for_update(session, user_id)
    store(factory, line_events.text_event(user_id, "こんにちは", "r1"))
    with transaction(factory) as session:
        assert claim_next(session) is not None
        with psycopg.connect(libpq_conninfo(isolated_database_url), autocommit=True) as other:
            with pytest.raises(psycopg.errors.LockNotAvailable):
                other.execute("SELECT 1 FROM line_users WHERE user_id = %s FOR UPDATE NOWAIT", (user_id,))
    with psycopg.connect(libpq_conninfo(isolated_database_url), autocommit=True) as other:
        other.execute("SELECT 1 FROM line_users WHERE user_id = %s FOR UPDATE NOWAIT", (user_id,))
