"""LINE's loading animation, for a resident whose answer is not ready at once.

LINE shows the animation until the bot's next message (or its timeout). Started for an answer
that is queued a few milliseconds later, it would only flash, and it costs a Messaging API call
per message: as much CPU as composing the answer. So the worker says when work on a resident's
messages starts, and the animation starts only if the answer is not queued within `after`
seconds of that (0: at once, unless the answer is already queued).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

log = logging.getLogger(__name__)


class LoadingAnimation:
    def __init__(self, start: Callable[[str], object], *, after: float):
        self.start = start
        self.after = after
        # The delay is the same for everyone, so due times arrive in order: a queue, not a heap.
        self._due: deque[tuple[float, str, threading.Event]] = deque()
        self._changed = threading.Condition()
        self._waiter: threading.Thread | None = None
        # The calls go out from a pool, so a slow one holds up no other resident's.
        self._calls = ThreadPoolExecutor(max_workers=2, thread_name_prefix="line-loading")

    def work_started(self, user_id: str) -> threading.Event:
        """Work on this resident's messages starts; set the returned event once the answer is queued."""
        answered = threading.Event()
        with self._changed:
            self._due.append((time.monotonic() + self.after, user_id, answered))
            if self._waiter is None:
                self._waiter = threading.Thread(target=self._wait_for_due, name="line-loading-due", daemon=True)
                self._waiter.start()
            self._changed.notify()
        return answered

    def _wait_for_due(self) -> None:
        while True:
            with self._changed:
                while not self._due:
                    self._changed.wait()
                due, user_id, answered = self._due.popleft()
            if not answered.wait(max(0.0, due - time.monotonic())):
                self._calls.submit(self._start, user_id)

    def _start(self, user_id: str) -> None:
        try:
            self.start(user_id)
        except Exception:
            log.exception("loading animation call failed")
