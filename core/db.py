"""Database engine, sessions and the declarative base shared by every domain."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import DateTime, MetaData, create_engine, event
from sqlalchemy.engine import Connection, Dialect, Engine, make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection
from sqlalchemy.types import TypeDecorator

if TYPE_CHECKING:
    import sqlite3

    from sqlalchemy.engine.interfaces import DBAPIConnection

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on both SQLite and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime stored; use core.db.utcnow()")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# A connection used this recently is taken to be alive (HikariCP's "alive bypass window"):
# pinging on every checkout (pool_pre_ping) cost a round trip per transaction, about a sixth of
# acknowledging a webhook. One that has waited longer is pinged, and replaced if the database
# dropped it (restart, failover, idle timeout); a connection that dies in use fails its statement
# and SQLAlchemy then replaces the whole pool.
PING_AFTER_IDLE_SECONDS = 1.0


def ping_connections_idle_for(engine: Engine, seconds: float) -> None:
    @event.listens_for(engine, "checkin")
    def _note_checkin(dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry) -> None:
        record.info["checked_in_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping_if_idle(
        dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry, proxy: PoolProxiedConnection
    ) -> None:
        if time.monotonic() - record.info.get("checked_in_at", float("-inf")) <= seconds:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:
            # The pool throws this connection away and checks out another (SQLAlchemy's documented recipe).
            raise DisconnectionError() from exc


def ensure_sqlite_folder(url: str) -> None:
    """Create the folder of a SQLite file (var/ in a fresh checkout); other databases are left alone."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for `url`; `kwargs` go to sqlalchemy.create_engine (typed there as Any too)."""
    # Errors would otherwise quote the bound values (residents' words, phone numbers) into
    # logged tracebacks and into inbox_events.last_error.
    kwargs.setdefault("hide_parameters", True)
    if url.startswith("sqlite"):
        ensure_sqlite_folder(url)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **kwargs)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
            dbapi_connection.isolation_level = None  # let the "begin" hook below start transactions
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn: Connection) -> None:
            # Writers take the write lock up front: a read-then-write transaction would otherwise
            # fail with SQLITE_BUSY when another connection wrote in between. Readers (WAL) don't,
            # so a cache can look at the database while a writer on the same thread holds the lock.
            readonly = conn.get_execution_options().get("readonly", False)
            conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

        return engine
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("max_overflow", 20)
    engine = create_engine(url, **kwargs)
    ping_connections_idle_for(engine, PING_AFTER_IDLE_SECONDS)
    return engine


def lost_connection(exc: BaseException) -> bool:
    """A statement failed because the database connection was lost (restart, failover, killed backend)."""
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def make_read_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that only read (caches, reports): on SQLite they never wait for the write lock."""
    return sessionmaker(engine.execution_options(readonly=True), expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    with factory() as session, session.begin():
        yield session


def single_statements(factory: sessionmaker[Session]) -> bool:
    """Whether a write that is one statement may run on its own, outside BEGIN/COMMIT (PostgreSQL).

    A single statement is atomic by itself; sent alone it costs one round trip instead of three
    (BEGIN, the statement, COMMIT). SQLite keeps its transactions (the write lock is taken by them).
    """
    bind = getattr(factory, "kw", {}).get("bind")
    return isinstance(bind, Engine) and bind.dialect.name == "postgresql"


@contextmanager
def autocommit(factory: sessionmaker[Session]) -> Iterator[Connection]:
    """A connection whose every statement commits by itself (see `single_statements`)."""
    with factory.kw["bind"].connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        yield connection
