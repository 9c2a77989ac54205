"""Japanese phone numbers as people write them (「０９０−１２３４−５６７８」「+81 43 245 5111」)."""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

_SEPARATORS = re.compile(r"[\s\-‐ー−()（）]")
_SHAPE = re.compile(r"(\+81|0)\d{9,10}")


def phone_digits(text: str) -> str:
    """The text after NFKC, without spaces, hyphens (any width or kind) and brackets."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", text or ""))


def national_phone(text: str) -> str | None:
    """A valid Japanese number in national format (043-245-5111), or None."""
    digits = phone_digits(text)
    if not _SHAPE.fullmatch(digits):
        return None
    try:
        number = phonenumbers.parse(digits, "JP")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
