"""Benchmark: our triage against running the full ja_ginza pipeline on the same messages.

    .venv/bin/python bench/triage.py            # 1000 messages from nlp/corpus (never the dev set)
    .venv/bin/python bench/triage.py --n 300

Each side runs in its own process pinned to one CPU core (so peak RSS and load time are its own):
model load time, single-message latency p50/p95/p99, messages per second on one core, peak RSS.
"our triage" is the whole Triager.triage (address router, topic model, urgency rules, learned safety
detector, route);
"ja_ginza" is spacy.load("ja_ginza") and nlp(text) per message — what running the full pipeline
would cost before any decision is made.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bench_messages(n: int) -> list[str]:
    """Team-corpus texts in a fixed order (every file, round-robin), never the development set."""
    files = sorted((ROOT / "nlp" / "corpus").glob("*.jsonl"))
    columns = [
        [json.loads(line)["text"] for line in f.read_text(encoding="utf-8").splitlines() if line.strip()] for f in files
    ]
    texts: list[str] = []
    i = 0
    while len(texts) < n and any(i < len(c) for c in columns):
        texts += [c[i] for c in columns if i < len(c)]
        i += 1
    return texts[:n]


def _pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _private_mb() -> float | None:
    """Resident memory of this process's own (anonymous) pages. The rest of the RSS is file-backed:
    mostly the memory-mapped Sudachi dictionary, whose pages are read in as words are looked up, are
    shared by every process on the machine and can be dropped by the kernel."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("RssAnon:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def _measure(process_one, texts: list[str]) -> dict:
    for text in texts[:20]:  # warm-up
        process_one(text)
    latencies = []
    start = time.perf_counter()
    cpu_start = time.process_time()
    for text in texts:
        t0 = time.perf_counter()
        process_one(text)
        latencies.append(time.perf_counter() - t0)
    total = time.perf_counter() - start
    cpu_total = time.process_time() - cpu_start
    latencies.sort()
    return {
        "messages": len(texts),
        "p50_ms": round(statistics.median(latencies) * 1000, 3),
        "p95_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))] * 1000, 3),
        "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000, 3),
        "per_second": round(len(texts) / total, 1),
        # CPU time of this process only: stable when other work shares the machine.
        "per_cpu_second": round(len(texts) / cpu_total, 1),
    }


def worker_ours(texts: list[str]) -> dict:
    sys.path.insert(0, str(ROOT))
    t0 = time.perf_counter()
    from nlp.cli import default_router
    from nlp.triage import Triager

    triager = Triager.load(default_router())
    triager.triage("テスト")  # the first message builds the Sudachi tokenizer of this thread
    load_s = time.perf_counter() - t0
    result = _measure(triager.triage, texts)
    return {
        "name": "our triage",
        "load_s": round(load_s, 2),
        **result,
        "peak_rss_mb": round(_peak_rss_mb(), 1),
        "private_mb": _private_mb(),
    }


def worker_ginza(texts: list[str]) -> dict:
    t0 = time.perf_counter()
    import spacy

    nlp = spacy.load("ja_ginza")
    nlp("テスト")
    load_s = time.perf_counter() - t0
    result = _measure(nlp, texts)
    return {
        "name": "ja_ginza full pipeline",
        "load_s": round(load_s, 2),
        **result,
        "peak_rss_mb": round(_peak_rss_mb(), 1),
        "private_mb": _private_mb(),
    }


def run_worker(kind: str, n: int) -> dict:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    proc = subprocess.run(
        [sys.executable, __file__, "--worker", kind, "--n", str(n)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="messages to time")
    parser.add_argument("--worker", choices=["ours", "ginza"], help=argparse.SUPPRESS)
    parser.add_argument("--skip-ginza", action="store_true")
    args = parser.parse_args()
    if args.worker:
        _pin_to_one_core()
        texts = bench_messages(args.n)
        result = worker_ours(texts) if args.worker == "ours" else worker_ginza(texts)
        print(json.dumps(result))
        return
    rows = [run_worker("ours", args.n)]
    if not args.skip_ginza:
        rows.append(run_worker("ginza", args.n))
    texts = bench_messages(args.n)
    mean_len = sum(map(len, texts)) / len(texts)
    print(f"{len(texts)} messages from nlp/corpus (mean {mean_len:.0f} characters), one CPU core each\n")
    print(
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (timings are wall clock; msg/CPU-s is not)\n"
    )
    print(
        f"{'':24} {'load s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'msg/s':>8} {'msg/CPU-s':>10} {'peak RSS MB':>12} {'private MB':>11}"
    )
    for r in rows:
        print(
            f"{r['name']:24} {r['load_s']:>7} {r['p50_ms']:>8} {r['p95_ms']:>8} {r['p99_ms']:>8} {r['per_second']:>8} "
            f"{r['per_cpu_second']:>10} {r['peak_rss_mb']:>12} {str(r.get('private_mb') or '—'):>11}"
        )
    print(
        "\nprivate MB: this process's own pages at the end; the rest of the peak RSS is file-backed, mostly the"
        "\nmemory-mapped Sudachi dictionary, shared by every process on the machine"
    )


if __name__ == "__main__":
    main()
