"""The team's labelled messages (nlp/corpus/*.jsonl) and the fixed train / held-out split."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from nlp.topics import TOPICS

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
URGENCIES = ("emergency", "urgent", "routine")
ROUTES = ("center", "outside_city", "marugoto", "zaitaku_renkei", "emergency")
# Share of the corpus kept out of training, chosen by a hash of the item id (stable as files grow).
HOLDOUT_PERCENT = 15


@dataclass(frozen=True, slots=True)
class LabelledMessage:
    id: str
    text: str
    topics: tuple[str, ...]
    urgency: str
    route: str
    center_id: str | None
    source: str


@dataclass
class CorpusLoad:
    items: list[LabelledMessage]
    problems: list[str]
    files: dict[str, str]  # file name → sha256 of its bytes


def parse_item(record: dict, source: str) -> LabelledMessage:
    """One JSON record → a LabelledMessage; raises ValueError when a label is outside the spec."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("no text")
    topics = tuple(record.get("topics") or ())
    unknown = [t for t in topics if t not in TOPICS]
    if not topics or unknown:
        raise ValueError(f"bad topics {topics}")
    if "other" in topics and len(topics) > 1:
        raise ValueError("`other` with another topic")
    if record.get("urgency") not in URGENCIES:
        raise ValueError(f"bad urgency {record.get('urgency')!r}")
    if record.get("route") not in ROUTES:
        raise ValueError(f"bad route {record.get('route')!r}")
    return LabelledMessage(
        id=str(record.get("id")),
        text=text,
        topics=topics,
        urgency=record["urgency"],
        route=record["route"],
        center_id=record.get("center_id"),
        source=source,
    )


def read_jsonl(path: Path) -> tuple[list[LabelledMessage], list[str]]:
    items: list[LabelledMessage] = []
    problems: list[str] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            items.append(parse_item(json.loads(line), path.name))
        except (ValueError, TypeError, AttributeError) as exc:
            problems.append(f"{path.name}:{n}: {exc}")
    return items, problems


def load_corpus(corpus_dir: Path = CORPUS_DIR) -> CorpusLoad:
    """Every *.jsonl in the folder, in file-name order; duplicate texts are kept once."""
    items: list[LabelledMessage] = []
    problems: list[str] = []
    files: dict[str, str] = {}
    seen_texts: set[str] = set()
    seen_ids: set[str] = set()
    for path in sorted(corpus_dir.glob("*.jsonl")):
        files[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
        file_items, file_problems = read_jsonl(path)
        problems += file_problems
        for item in file_items:
            key = "".join(item.text.split())
            if key in seen_texts:
                problems.append(f"{item.source}: {item.id}: duplicate text, kept once")
                continue
            if item.id in seen_ids:
                problems.append(f"{item.source}: {item.id}: duplicate id")
            seen_texts.add(key)
            seen_ids.add(item.id)
            items.append(item)
    return CorpusLoad(items, problems, files)


def is_holdout(item: LabelledMessage) -> bool:
    digest = hashlib.sha256(f"{item.source}/{item.id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % 100 < HOLDOUT_PERCENT


def split(items: list[LabelledMessage]) -> tuple[list[LabelledMessage], list[LabelledMessage]]:
    """(train, held out): fixed by item id, so adding files never moves an old item."""
    train = [i for i in items if not is_holdout(i)]
    held = [i for i in items if is_holdout(i)]
    return train, held
