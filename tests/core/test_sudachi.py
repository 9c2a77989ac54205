"""One SudachiPy dictionary per process, opened on first use, shared by triage's tokens and the router's
sound reader."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest
import sudachipy

import core.sudachi
from nlp.tokens import tokenize
from routing import sounds


@pytest.fixture
def fresh(monkeypatch):
    """No dictionary opened yet, and a count of the dictionaries opened from here on."""
    opened: list[object] = []
    real = sudachipy.Dictionary

    def counting(*args, **kwargs):
        opened.append(d := real(*args, **kwargs))
        return d

    monkeypatch.setattr(sudachipy, "Dictionary", counting)
    monkeypatch.setattr(core.sudachi, "_dictionary", None)
    monkeypatch.setattr(core.sudachi, "_local", threading.local())
    sounds._word_readings.cache_clear()
    yield opened
    sounds._word_readings.cache_clear()


def test_importing_it_loads_no_dictionary():
    code = "import sys, core.sudachi; assert 'sudachipy' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_triage_tokens_and_the_sound_reader_share_one_dictionary(fresh):
    assert [t.reading for t in tokenize("祖父が倒れた")][:1] == ["ソフ"]
    town = sounds._fold("みなみはなぞの")  # 南花園 written 皆実花園
    assert sounds.segment_readings("皆実花園", {town}) == {town}
    assert len(fresh) == 1
    assert core.sudachi.dictionary() is fresh[0]


def test_threads_asking_first_together_open_one_dictionary_and_each_gets_its_own_tokenizer(fresh):
    start = threading.Barrier(4)
    tokenizers: list[object] = []
    kept: list[bool] = []

    def first_use():
        start.wait()
        tokenizer = core.sudachi.tokenizer()
        tokenizers.append(tokenizer)
        kept.append(core.sudachi.tokenizer() is tokenizer)  # one per thread, kept

    threads = [threading.Thread(target=first_use) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(fresh) == 1
    assert len({id(t) for t in tokenizers}) == 4
    assert kept == [True] * 4
