"""The current FAQ index for a running process: rebuilt when the knowledge base changes."""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable, Iterable

from sqlalchemy.orm import Session, sessionmaker

from knowledge.index import FaqIndex, Match, Tuning
from knowledge.service import knowledge_version, list_entries

log = logging.getLogger(__name__)


class IndexCache:
    """Holds the current FaqIndex; rebuilds it when knowledge_version changes (checked every N seconds)."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        check_every_seconds: float = 3.0,
        tuning: Tuning | None = None,
        threshold: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ):
        """`threshold` (a probability) overrides the tuned one (core.settings' faq_threshold)."""
        self._session_factory = session_factory
        self._check_every = check_every_seconds
        tuning = tuning or Tuning()
        self._tuning = tuning if threshold is None else dataclasses.replace(tuning, threshold=threshold)
        self._clock = clock
        self._lock = threading.Lock()
        self._index: FaqIndex | None = None
        self._next_check = 0.0

    def current(self) -> FaqIndex:
        """The index, rebuilt first if the knowledge base changed since the last check."""
        index = self._index
        if index is not None and self._clock() < self._next_check:
            return index
        with self._lock:
            if self._index is not None and self._clock() < self._next_check:
                return self._index
            # Set before checking, so other threads go on answering from the old index meanwhile.
            self._next_check = self._clock() + self._check_every
            try:
                self._refresh()
            except Exception:
                if self._index is None:
                    raise
                log.exception("knowledge: refresh failed; answering from index version %s", self._index.version)
            return self._index  # type: ignore[return-value]

    def best(self, text: str, topics: Iterable[str] | None = None) -> Match | None:
        """FaqIndex.best on the current index."""
        return self.current().best(text, topics)

    def invalidate(self) -> None:
        """Check the version on the next call (for the process that just made an edit)."""
        self._next_check = 0.0

    def _refresh(self) -> None:
        with self._session_factory() as session:
            version = knowledge_version(session)
            if self._index is not None and self._index.version == version:
                return
            index = FaqIndex.build(list_entries(session), tuning=self._tuning, version=version)
        log.info("knowledge: index rebuilt, %d entries, version %s", len(index), version)
        self._index = index
