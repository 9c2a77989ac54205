"""Text to the features the first stage compares: character n-grams, kana-reading n-grams and content
lemmas (one Sudachi pass), for a whole message and for its clauses.
"""

from __future__ import annotations

import re
import unicodedata

from knowledge.vocabulary import (
    PUNCTUATION,
    STOP_LEMMAS,
    Layout,
    drop_advisor,
    drop_asides,
    drop_audience,
    drop_greetings,
    drop_manner,
    drop_writer_first,
    english_to_japanese,
    helpers_apart,
    hinted_subjects,
    join_spaced_kana,
    layout_of,
    list_marks_as_breaks,
    normalize_for_index,
    restore_voicing,
    unify,
    unquote_names,
    what_is_this,
)
from nlp.tokens import tokenize

MAX_CLAUSES = 4
READING_SIZES = (3,)
CONTENT_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞"})
# 書き方, 使い方, 出し方: "how to ..." says what kind of answer is wanted, not what it is about.
_HOW_TO = re.compile(r"^[\u3040-\u309f\u4e00-\u9fff]+[\u3040-\u309f]方$")
# ...but how to be with a person (接し方, 関わり方) is what a question about caring for someone is about.
_HOW_TO_SUBJECTS = frozenset({"接し方", "関わり方", "付き合い方", "寄り添い方", "向き合い方"})
_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}
# Small kana read as their full-size letter: 「ちよつと」 (small kana typed full size, a common slip of
# flick input and of older writers) and 「ちょっと」 give the same n-grams.
_SMALL_KANA = str.maketrans("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower().translate(_KATAKANA_TO_HIRAGANA).translate(_SMALL_KANA)


def char_grams(text: str, sizes: tuple[int, ...] = (2, 3)) -> list[str]:
    """Character n-grams of each punctuation-free stretch, katakana folded to hiragana."""
    grams: list[str] = []
    for chunk in PUNCTUATION.sub(" ", _fold(text)).split():
        for n in sizes:
            grams.extend(chunk[i : i + n] for i in range(len(chunk) - n + 1))
        if len(chunk) < min(sizes):
            grams.append(chunk)
    return grams


def features(text: str) -> tuple[list[str], list[str], list[str]]:
    """(character n-grams, kana-reading n-grams, content lemmas) of a normalised text, in one Sudachi pass."""
    lemmas: list[str] = []
    readings: list[str] = []
    for token in tokenize(text):
        pos = token.pos
        if pos[0] in ("補助記号", "空白"):
            # A long-vowel mark that Sudachi splits off in hiragana (「くーりんぐ」) belongs to the reading.
            readings.append(token.surface if token.surface in ("ー", "～") else " ")
            continue
        readings.append(token.reading)
        lemma = token.lemma
        if (
            pos[0] in CONTENT_POS
            and pos[1] != "助動詞語幹"
            and lemma not in STOP_LEMMAS
            and (lemma in _HOW_TO_SUBJECTS or not _HOW_TO.match(lemma))
        ):
            lemmas.append(lemma)
    return char_grams(text), char_grams("".join(readings), READING_SIZES), lemmas


_CLAUSE_BREAK = re.compile(r"[。．.！!？?\n、，,「」『』]+")
Features = tuple[list[str], list[str], list[str]]


def message_features(text: str, layout: Layout | None = None) -> tuple[Features, list[Features]]:
    """Features of the whole message and of its clauses, tokenising each clause once.

    Clauses are returned only when there are two or more of 4+ characters, and only those with
    two or more subject words (a clause with one is a keyword, not a question); at most MAX_CLAUSES.
    `layout` is the message's layout when the caller has read it already (vocabulary.layout_of).
    """
    # English is rewritten on the whole message first, so that its clauses are cut where the
    # rewritten message has its breaks (vocabulary.english_to_japanese).
    # Greetings go before the clauses are cut: a greeting is a clause of its own, and alone (as a
    # clause) it would be kept (vocabulary.drop_greetings).
    # List marks (①②③) are breaks: NFKC would make them digits of the text.
    text = unicodedata.normalize("NFKC", list_marks_as_breaks(text[:500]))
    # The caller's layout serves when it is of this same text (no list marks, not cut).
    text = layout.read if layout is not None and layout.nfkc == text else layout_of(text).read
    text = english_to_japanese(drop_greetings(restore_voicing(join_spaced_kana(helpers_apart(drop_asides(text))))))
    # An audience named first (「生徒さんたちに、…を説明したい」) and how the answer is wanted (「簡単に言うと?」)
    # are clauses of their own too, and no subject; so is a professional quoted as the one who advised the
    # writer (「相談員に「…」と言われた」).
    text = drop_writer_first(drop_advisor(drop_audience(drop_manner(text))))
    text = unquote_names(text)
    text = what_is_this(text)
    pieces = [p.strip() for p in _CLAUSE_BREAK.split(text) if p.strip()]
    piece_features = [features(normalize_for_index(p)) for p in pieces]
    whole: Features = ([], [], [])
    for feats in piece_features:
        for kind in range(3):
            whole[kind].extend(feats[kind])
    # Hints whose cue spans a clause break ("介護で、疲れた") are found on the whole message only.
    missing = [s for s in hinted_subjects(unify(text[:500])) if s not in whole[2]]
    if missing:
        for kind, values in enumerate(features(" ".join(missing))):
            whole[kind].extend(values)
    long_enough = [(p, f) for p, f in zip(pieces, piece_features) if len(p) >= 4]
    if len(long_enough) < 2:
        return whole, []
    return whole, [f for _, f in long_enough if len(set(f[2])) >= 2][-MAX_CLAUSES:]
