"""The resolution says where the address is in the text it was found in, as the caller wrote it."""

from __future__ import annotations

import random

import pytest

from routing import Router
from routing.normalize import normalize_text, normalize_with_offsets
from routing.seed import read_towns
from tests.routing.surface_forms import resident_forms, surface_forms, unique_center_zips

TOWNS = read_towns()
ZIPS = unique_center_zips(TOWNS)
TOWN_NAMES = {r.town for r in TOWNS}
NOISE = [" ", "　", "\n", "ｰ", "ｶﾞ", "①", "㍻", "Ａ", "、", "か\u3099"]


def _messy(text: str, rng: random.Random, noise: list[str] = NOISE) -> str:
    """Characters put in at random (by default also line breaks, half-width and compatibility forms)."""
    out = []
    for ch in text:
        if rng.random() < 0.15:
            out.append(rng.choice(noise))
        out.append(ch)
    return "".join(out)


def _spaced(text: str, rng: random.Random) -> str:
    """Spaces where residents put them, and half-width katakana as some phones send them."""
    return _messy(text, rng, [" ", "　"]).replace("コーポ", "ｺｰﾎﾟ").replace("メゾン", "ﾒｿﾞﾝ")


def test_the_tracked_normaliser_gives_the_same_text_as_the_normaliser():
    rng = random.Random(17)
    checked = 0
    for r in TOWNS[::3]:
        for form in surface_forms(r, ZIPS, TOWN_NAMES) + resident_forms(r, "弁天"):
            text = _messy(f"母は{form}に住んでいます", rng)
            tracked = normalize_with_offsets(text)
            if tracked is None:  # allowed only where NFKC joins characters across the parts
                continue
            checked += 1
            assert tracked.text == normalize_text(text)
            assert len(tracked.starts) == len(tracked.ends) == len(tracked.text)
            for i in range(len(tracked.text)):
                assert 0 <= tracked.starts[i] < tracked.ends[i] <= len(text)
    assert checked > 2000


@pytest.mark.parametrize("record", TOWNS[::7], ids=lambda r: f"{r.ward}{r.town}{r.chome or ''}")
def test_the_span_of_an_address_in_a_message_covers_exactly_that_address(router: Router, record):
    rng = random.Random(record.town)
    for form in resident_forms(record, "弁天")[:9]:
        for before, after in (("母は", "に住んでいます"), ("父の住所は ", " です。よろしくお願いします"), ("", "")):
            text = before + _spaced(form, rng) + after
            result = router.find_in_text(text) if before else router.resolve(text)
            assert result.center_id == record.center_id, (text, result)
            start, end = result.span
            assert text[:start].strip(" 　\n") == before.strip(), (text, result.span)
            written = normalize_text(text[start:end])
            assert written == result.matched, (text, written, result.matched)
            assert record.town in written or record.town in normalize_text(form)


def test_a_postal_code_span_is_the_code_as_written(router: Router):
    text = "郵便番号は　〒２６３－００４３　です"
    result = router.resolve(text)
    assert text[slice(*result.span)] == "〒２６３－００４３"
    result = router.resolve_postal_code(" 263ー0043 ")
    assert result.span == (1, 9)


def test_an_outside_address_has_its_span_too(router: Router):
    text = "実家の母は 千葉県船橋市本町１－２－３ に住んでいます"
    result = router.find_in_text(text)
    assert result.kind == "outside_city"
    assert text[slice(*result.span)] == "千葉県船橋市本町１－２－３"


def test_no_address_no_span(router: Router):
    assert router.resolve("わかりません").span is None
    result = router.resolve("船橋市です。小仲台2丁目")  # two addresses, neither chosen
    assert (result.kind, result.span) == ("unknown", None)


def test_the_span_is_in_the_dict_the_conversation_keeps(router: Router):
    assert router.resolve(" 小仲台2丁目").to_dict()["span"] == [1, 7]
