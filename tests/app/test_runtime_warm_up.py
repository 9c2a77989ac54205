"""A worker builds what a turn needs before it takes work, not on its first residents' messages."""

from __future__ import annotations

import httpx

from tests.conftest import make_settings


def test_warm_up_builds_the_router_and_the_faq_index_before_any_event(isolated_database_url, fake_line):
    from app.runtime import build_context, build_runtime

    runtime = build_runtime(build_context(make_settings(isolated_database_url, fake_line, in_process_worker=False)))
    try:
        router = runtime.deps.router
        assert runtime.faq_cache.version is None and router.version is None, "built lazily, not by build_runtime"
        runtime.warm_up()
        assert runtime.faq_cache.version is not None
        assert router.version is not None
    finally:
        runtime.ctx.engine.dispose()


def test_warm_up_with_the_database_away_leaves_the_building_to_the_first_turns(fake_line, tmp_path):
    from app.runtime import build_context, build_runtime

    missing = tmp_path / "no-such-folder" / "x.sqlite3"
    settings = make_settings(f"sqlite:///{missing}", fake_line, in_process_worker=False)
    runtime = build_runtime(build_context(settings))
    try:
        runtime.warm_up()  # logs a warning, does not raise
        assert runtime.faq_cache.version is None
    finally:
        runtime.ctx.engine.dispose()


def test_a_web_process_whose_worker_is_off_loads_the_triage_models_only_when_it_triages(
    isolated_database_url, fake_line
):
    from app.runtime import LazyTriage
    from app.web import create_app
    from tests.support import ServerThread

    app = create_app(make_settings(isolated_database_url, fake_line, in_process_worker=False))
    server = ServerThread(app).start()
    try:
        runtime = app.state.runtime
        assert runtime.warm.is_set() and runtime.faq_cache.version is None, "ready at once: it answers no resident"
        assert httpx.get(f"{server.url}/readyz").status_code == 200
        triage = runtime.deps.triage
        assert isinstance(triage, LazyTriage) and triage._triage is None, "no models held by a web process"
        assert triage("母が最近物忘れがひどくて心配です").topics  # the admin console's preview still triages
        assert triage._triage is not None
    finally:
        server.stop()


def test_a_web_process_that_processes_events_loads_the_triage_models_at_start(isolated_database_url, fake_line):
    from app.runtime import LazyTriage
    from app.web import create_app
    from tests.support import ServerThread

    app = create_app(make_settings(isolated_database_url, fake_line, in_process_worker=True))
    server = ServerThread(app).start()  # returns once the runtime is warm, as a deploy waits for /readyz
    try:
        runtime = app.state.runtime
        assert not isinstance(runtime.deps.triage, LazyTriage)
        # Built before any resident wrote: the first worry after a deploy does not wait for them.
        assert runtime.faq_cache.version is not None and runtime.deps.router.version is not None
    finally:
        server.stop()


def test_readiness_waits_for_the_warm_up_of_an_in_process_worker(isolated_database_url, fake_line):
    from app.web import create_app
    from tests.support import ServerThread

    app = create_app(make_settings(isolated_database_url, fake_line, in_process_worker=True))
    server = ServerThread(app).start()
    try:
        warm = app.state.runtime.warm
        assert httpx.get(f"{server.url}/readyz").json()["status"] == "ok"
        warm.clear()  # as while the process was starting
        response = httpx.get(f"{server.url}/readyz")
        assert response.status_code == 503 and response.json() == {"status": "unavailable", "warming_up": True}
        assert httpx.get(f"{server.url}/healthz").status_code == 200, "alive all the same"
        warm.set()
        assert httpx.get(f"{server.url}/readyz").status_code == 200
    finally:
        server.stop()
