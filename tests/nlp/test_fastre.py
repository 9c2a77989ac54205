"""nlp/fastre.py gives exactly the matches `re` gives, and the shared features exactly each model's own."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from nlp import fastre
from nlp.features import SharedFeatures, analyse
from nlp.rules import RULES
from nlp.urgency import _RULE_SCANNER, _reading

CORPUS = Path(__file__).resolve().parents[2] / "nlp" / "corpus"


def _sample(step: int) -> list[str]:
    """Every `step`-th message of the corpus (the team's files and the safety ones)."""
    texts = []
    for f in sorted(CORPUS.glob("*.jsonl")) + sorted((CORPUS / "safety").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts[::step]


def _same(pattern: re.Pattern[str], text: str) -> None:
    expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    assert [(m.span(), m.groups()) for m in fastre.matches(pattern, text)] == expected, (pattern.pattern[:60], text)
    s, f = pattern.search(text), fastre.search(pattern, text)
    assert (s and (s.span(), s.groups())) == (f and (f.span(), f.groups()))


@pytest.mark.parametrize(
    "pattern, text",
    [
        (r"(?<!少し)(楽|らく)になりたい", "少し楽になりたい。もう楽になりたい"),
        (r"(?<=母が)倒れ", "父が倒れ、母が倒れた"),
        (r"^倒れ", "倒れた。倒れた"),
        (r"(?:今|いま)?倒れ(?!ていない)", "いま倒れていない、今倒れた、倒れてる"),
        (r"[^。]{0,3}?死に", "もう死にたい。死にそう"),  # the first character unbounded: left to re
        (r"a*", "baaa"),  # may match empty: left to re
        (r"(?i)atm", "ATMでatm"),  # ignoring case: left to re
        (r"(ab|a)(c|bc)", "abcabc"),
        (r"x{2,}y|xz", "xxxy xz xy"),
        (r"(?:ab)?c|d", "abcdc"),
    ],
)
def test_small_patterns_match_as_re_does(pattern, text):
    _same(re.compile(pattern), text)


def test_prefixes_bound_the_start_and_give_up_when_unbounded():
    assert fastre.prefixes(re.compile(r"(?<!少し)(楽|らく)になりたい")) == {"楽に", "らく"}
    assert fastre.prefixes(re.compile(r"(?:今|いま)?倒れ")) == {"今倒", "いま", "倒れ"}
    assert fastre.prefixes(re.compile(r"[^。]{0,3}死")) is None
    assert fastre.prefixes(re.compile(r"a?")) is None


def test_every_rule_pattern_matches_as_re_does_over_the_corpus():
    patterns = [p for r in RULES for p in (r.pattern, r.unless, r.needs) if p is not None]
    assert sum(fastre.prefixes(p) is not None for p in patterns) > len(patterns) * 0.9  # the point of it
    for text in _sample(25):
        for form in (_reading(text), text):
            for pattern in patterns:
                _same(pattern, form)


def test_shared_features_give_each_model_its_own_columns(topic_model, safety_model):
    shared = SharedFeatures([topic_model.vectorizer, safety_model.vectorizer])
    for text in [*_sample(97), "", "ｶﾀｶﾅ ﾃﾞｽ", "2丁目の母が倒れた"]:
        doc = analyse(text)
        for vectorizer, (cols, vals) in zip(shared.vectorizers, shared.transform_one(doc)):
            own_cols, own_vals = vectorizer.transform_one(doc)
            assert np.array_equal(cols, own_cols) and np.array_equal(vals, own_vals)
            assert cols.dtype == own_cols.dtype and vals.dtype == own_vals.dtype


def test_safety_weights_read_back_as_loaded(safety_model):
    w = np.load(Path(__file__).resolve().parents[2] / "nlp" / "model" / "safety.npy")
    assert np.array_equal(safety_model.weights, w) and safety_model.weights.dtype == w.dtype


def _same_scanned(scanned: fastre.ScannedString, pattern: re.Pattern[str]) -> None:
    text = scanned.string
    expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    assert [(m.span(), m.groups()) for m in scanned.matches(pattern)] == expected, (pattern.pattern[:60], text)
    s, f = pattern.search(text), scanned.search(pattern)
    assert (s and (s.span(), s.groups())) == (f and (f.span(), f.groups())), (pattern.pattern[:60], text)


def test_a_scanner_of_many_patterns_matches_as_re_does():
    patterns = [
        re.compile(p)
        for p in (
            r"(?<!少し)(楽|らく)になりたい",
            r"(?:今|いま)?倒れ(?!ていない)",
            r"^倒れ",
            r"(ab|a)(c|bc)",
            r"x{2,}y|xz",
            r"(?:ab)?c|d",
            r"a|ab|b",  # one character begins another's pair: the position is found once
            r"[^。]{0,3}?死に",  # unbounded: left to re
            r"a*",  # may match empty: left to re
        )
    ]
    scanner = fastre.Scanner(patterns[:-1] + patterns[:2])  # a pattern given twice is read once
    outside = re.compile(r"倒れ")  # not given to the scanner: read by fastre as ever
    for text in [
        "少し楽になりたい。もう楽になりたい",
        "いま倒れていない、今倒れた、倒れてる",
        "倒れた。倒れた",
        "abcabc",
        "xxxy xz xy",
        "abcdc",
        "abab",
        "もう死にたい。死にそう",
        "baaa",
        "",
        "a",
    ]:
        scanned = scanner.scan(text)
        for pattern in [*patterns, outside]:
            _same_scanned(scanned, pattern)


def test_the_rules_scanner_matches_as_re_does_over_the_corpus():
    patterns = [p for r in RULES for p in (r.pattern, r.unless, r.needs) if p is not None]
    for text in _sample(25):
        for form in (_reading(text), text):
            scanned = _RULE_SCANNER.scan(form)
            for pattern in patterns:
                _same_scanned(scanned, pattern)
