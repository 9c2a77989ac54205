"""The versioned cache: rebuilt only when the version changes, checked at most every N seconds."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from core.cache import VersionedCache


class Source:
    """What the cache reads: a version and a value built from it (no database needed)."""

    def __init__(self):
        self.version = "v1"
        self.builds = 0
        self.fail = False

    def version_of(self, session) -> str:
        if self.fail:
            raise RuntimeError("database unavailable")
        return self.version

    def build(self, session, version: str) -> str:
        self.builds += 1
        return f"value {version}"


class NoSession:
    """What the cache does with its session besides passing it on: commit its reads."""

    def commit(self) -> None:
        pass


def make_cache(source: Source, now: list[float]) -> VersionedCache[str]:
    return VersionedCache(
        lambda: nullcontext(NoSession()),
        name="test",
        version_of=source.version_of,
        build=source.build,
        check_every_seconds=5.0,
        clock=lambda: now[0],
    )


def test_a_new_version_is_seen_only_after_the_check_interval():
    source, now = Source(), [0.0]
    cache = make_cache(source, now)
    assert cache.current() == "value v1"
    source.version = "v2"
    now[0] = 4.0
    assert cache.current() == "value v1"
    now[0] = 5.0
    assert cache.current() == "value v2" and cache.version == "v2"


def test_an_unchanged_version_is_not_rebuilt():
    source, now = Source(), [0.0]
    cache = make_cache(source, now)
    for t in (0.0, 10.0, 20.0):
        now[0] = t
        cache.current()
    assert source.builds == 1


def test_invalidate_makes_the_next_call_check_the_version():
    source, now = Source(), [0.0]
    cache = make_cache(source, now)
    cache.current()
    source.version = "v2"
    cache.invalidate()
    assert cache.current() == "value v2"


def test_a_failed_refresh_keeps_the_old_value_and_the_first_one_raises():
    source, now = Source(), [0.0]
    source.fail = True
    with pytest.raises(RuntimeError):
        make_cache(source, now).current()
    source.fail = False
    cache = make_cache(source, now)
    cache.current()
    source.fail, now[0] = True, 10.0
    assert cache.current() == "value v1"


def test_a_value_at_version_is_built_once_per_version_and_key():
    from core.cache import ValueAtVersion

    builds: list[str] = []
    values: ValueAtVersion[str] = ValueAtVersion()

    def build(label: str):
        return lambda: builds.append(label) or label

    assert values.get("db1", 1, build("db1 v1")) == "db1 v1"
    assert values.get("db1", 1, build("again")) == "db1 v1"
    assert values.get("db2", 1, build("db2 v1")) == "db2 v1"
    assert values.get("db1", 2, build("db1 v2")) == "db1 v2"
    assert builds == ["db1 v1", "db2 v1", "db1 v2"]
