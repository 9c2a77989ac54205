"""The current FAQ index for a running process: rebuilt when the knowledge base changes."""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Iterable

from sqlalchemy.orm import Session, sessionmaker

from core.cache import VersionedCache
from knowledge.index import FaqIndex, Match, Tuning
from knowledge.service import knowledge_version, list_entries

log = logging.getLogger(__name__)


class IndexCache(VersionedCache[FaqIndex]):
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
        tuning = tuning or Tuning()
        self._tuning = tuning if threshold is None else dataclasses.replace(tuning, threshold=threshold)
        super().__init__(
            session_factory,
            name="knowledge",
            version_of=knowledge_version,
            build=self._build_index,
            check_every_seconds=check_every_seconds,
            clock=clock,
        )

    def best(self, text: str, topics: Iterable[str] | None = None) -> Match | None:
        """FaqIndex.best on the current index."""
        return self.current().best(text, topics)

    def _build_index(self, session: Session, version: str) -> FaqIndex:
        index = FaqIndex.build(list_entries(session), tuning=self._tuning, version=version)
        log.info("knowledge: index rebuilt, %d entries, version %s", len(index), version)
        return index
