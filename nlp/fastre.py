"""`matches` and `search` that give exactly what `re.Pattern.finditer` / `.search` give, faster for the
rules' long alternations.

Python's `re` has no prefilter for a pattern of hundreds of alternatives, some behind a lookbehind: it
tries every alternative at every position of the message (the crisis rule `death_thoughts`, 5,000
characters of pattern, cost 0.6 ms a message, a quarter of the whole triage). Here the pattern is read
once (`re._parser`) for the strings any of its matches must begin with — its first one to
`PREFIX_LENGTH` characters, through groups, alternatives, optional parts and small character classes,
lookarounds and anchors skipped (they only constrain) — and those become one plain alternation of
literals, which `re` scans for in C. The pattern itself is then tried only where one of them starts, with
`pattern.match(string, pos)`, which sees the whole string (lookbehinds read before `pos`, `^` is the
string's start), as the scan of `finditer` would. A pattern that can match the empty string, or
whose first character is not bounded (`[^。]`, `.`, case-insensitive), is left to `re` as it is.

`Scanner` does the same for many patterns read in one message (the rules' patterns, needs and exceptions):
the positions where each one's begin-strings start are found in one pass over the message's characters
and character pairs (dict look-ups, no regex), so a pattern with no such position costs no call to `re`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from operator import add
from typing import Any

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c
    import sre_parse as _p

PREFIX_LENGTH = 2
_MAX_CLASS = 64  # a character class of more characters ends the prefix there
_MAX_PREFIXES = 4000  # more: the pattern is left to `re`


class _GiveUp(Exception):
    pass


def _class_chars(items: Any) -> list[str] | None:
    chars: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            chars.append(chr(av))
        elif op is _c.RANGE:
            lo, hi = av
            if hi - lo + 1 > _MAX_CLASS:
                return None
            chars.extend(chr(x) for x in range(lo, hi + 1))
        else:  # NEGATE, CATEGORY, …
            return None
        if len(chars) > _MAX_CLASS:
            return None
    return chars


def _expand(items: list[Any], prefix: str, k: int, out: set[str]) -> None:
    """Add to `out` strings that every match of `items` (read after `prefix`) begins with."""
    if len(out) > _MAX_PREFIXES:
        raise _GiveUp
    if len(prefix) >= k or not items:
        out.add(prefix)
        return
    op, av = items[0]
    rest = items[1:]
    if op is _c.LITERAL:
        _expand(rest, prefix + chr(av), k, out)
    elif op is _c.IN:
        chars = _class_chars(av)
        if chars is None:
            out.add(prefix)
        else:
            for ch in chars:
                _expand(rest, prefix + ch, k, out)
    elif op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & (re.IGNORECASE | re.LOCALE):
            raise _GiveUp
        _expand(list(sub.data) + rest, prefix, k, out)
    elif op is _c.ATOMIC_GROUP:  # only narrows what the same group would match
        _expand(list(av.data) + rest, prefix, k, out)
    elif op is _c.BRANCH:
        for alternative in av[1]:
            _expand(list(alternative.data) + rest, prefix, k, out)
    elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        if sub.getwidth()[0] == 0:  # an item that can repeat without consuming: stop here
            out.add(prefix)
            return
        if lo == 0:
            _expand(rest, prefix, k, out)  # none of it
        if hi == 0:
            return
        again = [(op, (max(lo - 1, 0), hi if hi == _c.MAXREPEAT else hi - 1, sub))]
        _expand(list(sub.data) + again + rest, prefix, k, out)
    elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        _expand(rest, prefix, k, out)  # zero width: skipping a constraint only widens the set
    else:  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, GROUPREF_EXISTS, …: the prefix ends here
        out.add(prefix)


def prefixes(pattern: re.Pattern[str], k: int = PREFIX_LENGTH) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` begins with, or None (no useful bound)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.LOCALE):
        return None
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
        if parsed.getwidth()[0] == 0:
            return None
        out: set[str] = set()
        _expand(list(parsed.data), "", k, out)
    except Exception:  # _GiveUp, a parser this module does not know: `re` alone, as ever
        return None
    if "" in out:
        return None
    # A string that begins with another in the set adds nothing.
    shortest = sorted(out, key=len)
    kept: list[str] = []
    for s in shortest:
        if not any(s.startswith(t) for t in kept if len(t) < len(s)):
            kept.append(s)
    return frozenset(kept)


_lock = threading.Lock()
# id(pattern) → (pattern, its scan of starts): keyed by id, since hashing a Pattern hashes its whole
# compiled code (microseconds for a long one); the pattern is kept so that its id is never reused.
_starts: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _starts_of(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    known = _starts.get(id(pattern))
    if known is not None:
        return known[1]
    found = prefixes(pattern)
    starts = re.compile("|".join(map(re.escape, sorted(found)))) if found else None
    with _lock:
        _starts[id(pattern)] = (pattern, starts)
    return starts


def matches(pattern: re.Pattern[str], string: str) -> list[re.Match[str]]:
    """The same matches, in the same order, as `list(pattern.finditer(string))`."""
    known = _starts.get(id(pattern))
    starts = known[1] if known is not None else _starts_of(pattern)
    if starts is None:
        return list(pattern.finditer(string))
    scan, match = starts.search, pattern.match
    found: list[re.Match[str]] = []
    pos = 0
    while (start := scan(string, pos)) is not None:
        at = start.start()
        m = match(string, at)
        if m is None:
            pos = at + 1
        else:
            found.append(m)
            pos = m.end()  # never empty: patterns that can match empty are left to `re`
    return found


def search(pattern: re.Pattern[str], string: str) -> re.Match[str] | None:
    """The same match as `pattern.search(string)`."""
    known = _starts.get(id(pattern))
    starts = known[1] if known is not None else _starts_of(pattern)
    if starts is None:
        return pattern.search(string)
    scan, match = starts.search, pattern.match
    pos = 0
    while (start := scan(string, pos)) is not None:
        at = start.start()
        m = match(string, at)
        if m is not None:
            return m
        pos = at + 1
    return None


class Scanner:
    """Many patterns read in the same string (`scan`): what `matches` and `search` give, with the places
    where every pattern may start found once for all of them. Patterns with no useful begin-strings, or
    not given here, are read by `matches` / `search` as ever. Read-only once built (thread-safe)."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]):
        self._slot: dict[int, int] = {}  # id(pattern) → slot (the pattern is kept, so its id is never reused)
        self._patterns: list[re.Pattern[str]] = []
        singles: dict[str, list[int]] = {}
        pairs: dict[str, list[int]] = {}
        for pattern in patterns:
            if id(pattern) in self._slot:
                continue
            found = prefixes(pattern)
            if found is None or any(len(s) > 2 for s in found):
                continue
            slot = len(self._patterns)
            self._slot[id(pattern)] = slot
            self._patterns.append(pattern)
            for s in found:
                (singles if len(s) == 1 else pairs).setdefault(s, []).append(slot)
        self._singles = {s: tuple(slots) for s, slots in singles.items()}
        self._pairs = {s: tuple(slots) for s, slots in pairs.items()}

    def scan(self, string: str) -> ScannedString:
        """`string` with, for each pattern, the positions (ascending) where one of its begin-strings starts."""
        starts: dict[int, list[int]] = {}
        # A pattern's begin-strings never include one that begins with another (`prefixes`): a position
        # is found at most once for it, by its character or by its pair.
        for table, keys in ((self._singles, string), (self._pairs, map(add, string, string[1:]))):
            for at, slots in enumerate(map(table.get, keys)):
                if slots is not None:
                    for slot in slots:
                        if slot in starts:
                            starts[slot].append(at)
                        else:
                            starts[slot] = [at]
        for positions in starts.values():
            positions.sort()
        return ScannedString(self, string, starts)


class ScannedString:
    """One string read by a `Scanner`: `matches` and `search` as the module's, on this string."""

    __slots__ = ("_scanner", "string", "_starts")

    def __init__(self, scanner: Scanner, string: str, starts: dict[int, list[int]]):
        self._scanner = scanner
        self.string = string
        self._starts = starts

    def matches(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """The same matches, in the same order, as `list(pattern.finditer(self.string))`."""
        slot = self._scanner._slot.get(id(pattern))
        if slot is None:
            return matches(pattern, self.string)
        string, match = self.string, pattern.match
        found: list[re.Match[str]] = []
        pos = 0
        for at in self._starts.get(slot, ()):
            if at < pos:
                continue
            m = match(string, at)
            if m is not None:
                found.append(m)
                pos = m.end()  # never empty: patterns that can match empty have no begin-strings
        return found

    def search(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """The same match as `pattern.search(self.string)`."""
        slot = self._scanner._slot.get(id(pattern))
        if slot is None:
            return search(pattern, self.string)
        string, match = self.string, pattern.match
        for at in self._starts.get(slot, ()):
            m = match(string, at)
            if m is not None:
                return m
        return None
