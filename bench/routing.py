"""Address routing speed: resolutions per second on one core, and the seed import time.

    .venv/bin/python bench/routing.py [--seconds 3]

Inputs are generated from the town table (full addresses, bare towns, postal codes,
outside-city names and free-text messages), so nothing from the dev sets is used.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.db import Base, make_engine, make_session_factory, transaction  # noqa: E402
from routing import (
    Router,  # noqa: E402
    models,  # noqa: E402,F401
)
from routing.seed import read_towns  # noqa: E402
from routing.service import import_seed, load_router, validate_coverage  # noqa: E402

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def address_inputs(seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for r in read_towns():
        block = f"{r.chome}丁目" if r.chome else ""
        texts += [
            f"千葉市{r.ward}{r.town}{block}{rng.randint(1, 30)}-{rng.randint(1, 20)}",
            f"{r.town}{r.chome or rng.randint(1, 300)}-{rng.randint(1, 30)}-{rng.randint(1, 9)}".translate(_FW),
            f"{r.ward}{r.town}",
        ]
        if r.zip:
            texts.append(f"〒{r.zip[:3]}-{r.zip[3:]}")
    texts += ["船橋市本町1-2-3", "東京都世田谷区太子堂", "四街道市", "千葉市", "稲毛区", "わかりません"] * 20
    rng.shuffle(texts)
    return texts


def message_inputs(seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    towns = read_towns()
    texts = []
    for _ in range(1000):
        r = rng.choice(towns)
        texts.append(
            rng.choice(
                [
                    f"{r.ward}{r.town}に住む母が最近物忘れがひどくて、同じことを何度も聞いてきます。",
                    f"東京に住んでいますが、実家の父は{r.ward}で一人暮らしをしています。心配です。",
                    "ヘルパーさんをお願いしたいのですが、どうすればいいですか。",
                    "昨日から祖母と連絡が取れません。電話にも出ないです。",
                ]
            )
        )
    return texts


def per_second(fn, inputs: list, seconds: float, trials: int = 5) -> tuple[float, float]:
    """(CPU-time rate, wall-clock rate), each the best of `trials` runs.

    The machine is shared with other sessions: CPU time is what one core spends on the
    work; wall clock also counts the time the process waited for a core.
    """
    cpu_rates, wall_rates = [], []
    for _ in range(trials):
        done = 0
        wall0, cpu0 = time.perf_counter(), time.process_time()
        while True:
            for item in inputs:
                fn(item)
            done += len(inputs)
            wall = time.perf_counter() - wall0
            if wall >= seconds / trials:
                break
        cpu = time.process_time() - cpu0
        cpu_rates.append(done / cpu)
        wall_rates.append(done / wall)
    return max(cpu_rates), max(wall_rates)


def bench_import() -> tuple[float, float, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/bench.sqlite3")
        Base.metadata.create_all(engine)
        factory = make_session_factory(engine)
        started = time.perf_counter()
        with transaction(factory) as session:
            counts = import_seed(session)
        first = time.perf_counter() - started
        started = time.perf_counter()
        with transaction(factory) as session:
            import_seed(session)
            problems = validate_coverage(session)
        second = time.perf_counter() - started
        with factory() as session:
            load_router(session)
        engine.dispose()
        assert not problems, [str(p) for p in problems]
        return first, second, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    # Single-threaded: one core. Not pinned, so another process on the shared machine
    # cannot hold the core this run needs.

    started = time.perf_counter()
    router = Router.from_csv()
    build = time.perf_counter() - started

    addresses = address_inputs()
    messages = message_inputs()
    points = [(r.lat, r.lng) for r in read_towns() if r.lat is not None]
    resolve_cpu, resolve_wall = per_second(router.resolve, addresses, args.seconds)
    find_cpu, find_wall = per_second(router.find_in_text, messages, args.seconds)
    loc_cpu, loc_wall = per_second(lambda p: router.resolve_location(*p), points, args.seconds)
    first, second, counts = bench_import()

    print(f"router build (CSV):       {build * 1000:8.1f} ms")
    print(
        f"resolve():                {resolve_cpu:8.0f} resolutions/s per core (CPU time), "
        f"{resolve_wall:.0f}/s wall clock  ({len(addresses)} distinct inputs)"
    )
    print(
        f"find_in_text():           {find_cpu:8.0f} messages/s per core (CPU time), "
        f"{find_wall:.0f}/s wall clock  ({1e6 / find_cpu:.1f} µs each)"
    )
    print(f"resolve_location():       {loc_cpu:8.0f} locations/s per core (CPU time), {loc_wall:.0f}/s wall clock")
    print(f"seed import, empty DB:    {first * 1000:8.1f} ms  {counts}")
    print(f"seed import, second run:  {second * 1000:8.1f} ms  (no changes)")


if __name__ == "__main__":
    main()
