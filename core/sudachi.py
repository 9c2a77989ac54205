"""SudachiPy's core dictionary, opened once per process on first use and shared by its users: triage and
FAQ retrieval tokenise with it (nlp.tokens), the address router reads towns by their sound with it
(routing.sounds).

Each Dictionary maps sudachidict_core (it ships inside its package: nothing is downloaded) and builds its
own tables, about 60 MB resident once used: one per user doubled that. SudachiPy is imported on the first
call, so importing this module costs nothing.
"""

from __future__ import annotations

import threading
from typing import Any

_lock = threading.Lock()
_dictionary: Any = None
_local = threading.local()


def dictionary() -> Any:
    """The process's one sudachipy.Dictionary (core), opened on the first call."""
    global _dictionary
    if _dictionary is None:
        with _lock:  # two threads asking first still open one dictionary
            if _dictionary is None:
                from sudachipy import Dictionary  # type: ignore[import-untyped]

                _dictionary = Dictionary(dict="core")
    return _dictionary


def tokenizer() -> Any:
    """This thread's tokenizer (split mode C) over the shared dictionary: a Sudachi tokenizer is not
    safe to share between threads."""
    tok = getattr(_local, "tokenizer", None)
    if tok is None:
        from sudachipy import SplitMode

        tok = _local.tokenizer = dictionary().create(mode=SplitMode.C)
    return tok
