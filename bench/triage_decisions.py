"""Dump every triage decision over the corpus, or compare two dumps: a check that a speed change
changes no decision.

    PYTHONPATH=$PWD .venv/bin/python bench/triage_decisions.py dump /tmp/before.jsonl   # on the old code
    PYTHONPATH=$PWD .venv/bin/python bench/triage_decisions.py dump /tmp/after.jsonl    # on the new code
    .venv/bin/python bench/triage_decisions.py compare /tmp/before.jsonl /tmp/after.jsonl

Every message of nlp/corpus/*.jsonl and nlp/corpus/safety/*.jsonl, in file order: urgency,
call_number, crisis, safety_uncertain, topics, route, center (and the rest of the decision the
conversation reads: call, safety_family, uncertain_call, safety_by_model_alone, confident,
candidates, topics_guessed, topic scores). Nothing is compared against a committed file: both sides are dumped.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus_texts() -> list[tuple[str, str]]:
    files = sorted((ROOT / "nlp" / "corpus").glob("*.jsonl")) + sorted(
        (ROOT / "nlp" / "corpus" / "safety").glob("*.jsonl")
    )
    out = []
    for f in files:
        for i, line in enumerate(f.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                out.append((f"{f.relative_to(ROOT)}:{i + 1}", json.loads(line)["text"]))
    return out


def dump(path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from nlp.cli import default_router
    from nlp.triage import Triager

    triager = Triager.load(default_router())
    with path.open("w", encoding="utf-8") as out:
        for where, text in corpus_texts():
            r = triager.triage(text)
            row = {
                "where": where,
                "urgency": r.urgency,
                "call_number": r.call_number,
                "crisis": r.crisis,
                "safety_uncertain": r.safety_uncertain,
                "topics": r.topics,
                "route": r.route,
                "center": r.center_id,
                "call": r.call,
                "safety_family": r.safety_family,
                "uncertain_call": r.uncertain_call,
                "safety_by_model_alone": r.safety_by_model_alone,
                "confident": r.confident,
                "candidates": r.candidates,
                "topics_guessed": r.topics_guessed,
                "topic_scores": r.topic_scores,
                "urgency_reason": r.urgency_reason,
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def compare(a: Path, b: Path) -> int:
    left = a.read_text(encoding="utf-8").splitlines()
    right = b.read_text(encoding="utf-8").splitlines()
    if len(left) != len(right):
        print(f"different lengths: {len(left)} vs {len(right)}")
        return 1
    differ = [(x, y) for x, y in zip(left, right) if x != y]
    for x, y in differ[:20]:
        print("-", x, "\n+", y)
    print(f"{len(left)} messages, {len(differ)} differ")
    return 1 if differ else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = parser.parse_args()
    if args.cmd == "dump":
        dump(args.out)
    else:
        sys.exit(compare(args.a, args.b))


if __name__ == "__main__":
    main()
