"""SudachiPy tokenisation: the cheap part of GiNZA's pipeline, shared by triage and FAQ retrieval."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from core.sudachi import tokenizer


@dataclass(frozen=True, slots=True)
class Token:
    surface: str
    lemma: str  # Sudachi's normalized form: 附属→付属, ｶﾀｶﾅ→カタカナ, 食べた→食べる, いしき→意識
    pos: tuple[str, ...]
    # Katakana reading (たおれ→タオレ, 倒れ→タオレ): lets hiragana-only writing meet kanji writing.
    reading: str = ""


def normalize(text: str) -> str:
    """NFKC, without line breaks and runs of spaces."""
    text = unicodedata.normalize("NFKC", text)
    return " ".join(text.split())


def tokenize(text: str) -> list[Token]:
    return [
        Token(m.surface(), m.normalized_form(), tuple(m.part_of_speech()), m.reading_form())
        for m in tokenizer().tokenize(normalize(text)[:2000])
    ]
