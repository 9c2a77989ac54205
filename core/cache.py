"""A value built from the database and rebuilt when its version changes (the router, the FAQ index)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

T = TypeVar("T")


class VersionedCache(Generic[T]):
    """Holds the current value; rebuilds it when `version_of(session)` changes.

    The version is checked at most every `check_every_seconds`; other threads keep answering from
    the old value while one rebuilds. A failed rebuild is logged and the old value kept (it raises
    only when there is no value yet).
    """

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        name: str,
        version_of: Callable[[Session], str],
        build: Callable[[Session, str], T],
        check_every_seconds: float,
        clock: Callable[[], float] = time.monotonic,
    ):
        self._session_factory = session_factory
        self._name = name
        self._version_of = version_of
        self._build = build
        self._check_every = check_every_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._value: T | None = None
        self._version: str | None = None
        self._next_check = 0.0

    def current(self) -> T:
        """The value, rebuilt first if its version changed since the last check."""
        value = self._value
        if value is not None and self._clock() < self._next_check:
            return value
        with self._lock:
            if self._value is not None and self._clock() < self._next_check:
                return self._value
            # Set before checking, so other threads go on answering from the old value meanwhile.
            self._next_check = self._clock() + self._check_every
            try:
                self._refresh()
            except Exception:
                if self._value is None:
                    raise
                log.exception("%s: refresh failed; answering from version %s", self._name, self._version)
            return self._value  # type: ignore[return-value]

    @property
    def version(self) -> str | None:
        return self._version

    def invalidate(self) -> None:
        """Check the version on the next call (for the process that just made an edit)."""
        self._next_check = 0.0

    def _refresh(self) -> None:
        # Committed, not rolled back, though it only reads: psycopg drops a connection's prepared
        # statements on every rollback, and this runs every few seconds in every process.
        with self._session_factory() as session:
            version = self._version_of(session)
            unchanged = self._value is not None and version == self._version
            value = self._value if unchanged else self._build(session, version)
            session.commit()
        if not unchanged:
            self._value, self._version = value, version


class ValueAtVersion(Generic[T]):
    """The value built at a version the caller has read, one per key (e.g. per database).

    Unlike `VersionedCache`, the version is not polled: the caller reads it in its own transaction
    and asks for the value at exactly that version, so an edit committed before the caller's
    transaction began is always seen. Built once per (key, version); threads share the copy.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: dict[Hashable, tuple[Hashable, T]] = {}

    def get(self, key: Hashable, version: Hashable, build: Callable[[], T]) -> T:
        held = self._held.get(key)
        if held is not None and held[0] == version:
            return held[1]
        with self._lock:
            held = self._held.get(key)
            if held is not None and held[0] == version:
                return held[1]
            value = build()
            self._held[key] = (version, value)
            return value
