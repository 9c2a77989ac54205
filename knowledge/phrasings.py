"""The phrasings shipped with the package besides the FAQ's own: labelled resident messages
(knowledge/seed/examples.jsonl, knowledge/seed/questions.jsonl) and the not-FAQ messages.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent
NOT_FAQ_PATH = PACKAGE_DIR / "seed" / "not_faq.txt"
EXAMPLES_PATH = PACKAGE_DIR / "seed" / "examples.jsonl"
# The labelled resident questions of the tuning sets (tune, tune_none and the former held-out parts
# A-D, F, G, H; each row names its `set`) are phrasings too; cross-validation still measures each one with an
# index built without its fold. The running bot never reads knowledge/eval/ (held-out sets only).
QUESTIONS_PATH = PACKAGE_DIR / "seed" / "questions.jsonl"
NONE = "none"


@lru_cache(maxsize=1)
def load_not_faq(path: Path = NOT_FAQ_PATH) -> tuple[str, ...]:
    """The not-FAQ messages shipped with the package."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


@dataclass(frozen=True, slots=True)
class Example:
    """A labelled resident message: matched like a paraphrase of `slug` ("none": not for the FAQ)."""

    text: str
    slug: str
    also: tuple[str, ...] = ()  # other entries that would answer it as well (evaluation only)
    id: str = ""
    source: str = "example"  # which file it comes from, for the tuning table


def example_source(path: Path, row: dict[str, Any]) -> str:
    """How a row is named in the tuning table: corpus examples are "example"; a question by its `set`."""
    return row.get("set") or ("example" if path.name == EXAMPLES_PATH.name else path.stem)


@lru_cache(maxsize=1)
def load_examples(paths: tuple[Path, ...] = (EXAMPLES_PATH, QUESTIONS_PATH)) -> tuple[Example, ...]:
    """The labelled messages shipped with the package: knowledge/seed/examples.jsonl (`slug`) and the
    tuning sets' questions knowledge/seed/questions.jsonl (`expect`, `set`)."""
    examples = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                slug = row["slug"] if "slug" in row else row["expect"]
                examples.append(
                    Example(row["text"], slug, tuple(row.get("also", ())), row.get("id", ""), example_source(path, row))
                )
    return tuple(examples)
