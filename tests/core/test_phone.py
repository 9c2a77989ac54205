"""Japanese phone numbers are read as people write them and given in national format."""

from __future__ import annotations

import pytest

from core.phone import national_phone, phone_digits


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("043-245-5111", "043-245-5111"),
        ("０４３－２４５－５１１１", "043-245-5111"),
        ("(043) 245 5111", "043-245-5111"),
        ("09012345678", "090-1234-5678"),
        ("+81 90 1234 5678", "090-1234-5678"),
    ],
)
def test_a_valid_number_in_any_width_or_spacing_comes_back_in_national_format(typed, expected):
    assert national_phone(typed) == expected


@pytest.mark.parametrize("typed", ["", "12345", "電話番号", "043-245-511", "0000000000", "043-245-5111-1234"])
def test_anything_but_a_valid_japanese_number_is_none(typed):
    assert national_phone(typed) is None


def test_digits_lose_separators_of_every_kind_after_nfkc():
    assert phone_digits("０４３‐２４５ー５１１１（代）") == "0432455111代"
