"""bot.events.save_user: the resident's row written by one Core UPDATE, as the ORM's flush would."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import event

from bot.events import get_user_for_update, save_user
from bot.models import LineUser
from core.db import transaction, utcnow


def updates_of(session_factory):
    seen: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("UPDATE LINE_USERS"):
            seen.append(statement)

    engine = session_factory.kw["bind"]
    event.listen(engine, "before_cursor_execute", count)
    return seen, lambda: event.remove(engine, "before_cursor_execute", count)


def test_changed_columns_are_written_and_nothing_is_flushed_again(session_factory):
    user_id = "U" + uuid.uuid4().hex
    now = utcnow()
    with transaction(session_factory) as session:
        user = get_user_for_update(session, user_id)  # a new resident: inserted
        user.step, user.state, user.state_version, user.last_activity_at = "worry", {"greeted": True}, 1, now
        seen, stop = updates_of(session_factory)
        try:
            save_user(session, user)
            assert user not in session
            session.flush()
        finally:
            stop()
        assert len(seen) == 1  # one UPDATE, none from the commit's flush
    with transaction(session_factory) as session:
        stored = session.get(LineUser, user_id)
        assert (stored.step, stored.state, stored.state_version) == ("worry", {"greeted": True}, 1)
        assert abs(stored.last_activity_at - now) < timedelta(seconds=1)


def test_an_unchanged_row_is_not_written(session_factory):
    user_id = "U" + uuid.uuid4().hex
    with transaction(session_factory) as session:
        get_user_for_update(session, user_id)
    with transaction(session_factory) as session:
        user = get_user_for_update(session, user_id)
        user.state = dict(user.state)  # a new object equal to the stored one: no change
        user.step = "start"  # the same value
        seen, stop = updates_of(session_factory)
        try:
            save_user(session, user)
        finally:
            stop()
        assert seen == []


def test_a_rolled_back_turn_leaves_the_row_as_it_was(session_factory):
    user_id = "U" + uuid.uuid4().hex
    with transaction(session_factory) as session:
        get_user_for_update(session, user_id)
    session = session_factory()
    session.begin()
    user = get_user_for_update(session, user_id)
    user.step = "address"
    save_user(session, user)
    session.rollback()
    session.close()
    with transaction(session_factory) as session:
        assert session.get(LineUser, user_id).step == "start"
