"""Small Japanese text tools shared by the packages."""

from __future__ import annotations

import unicodedata


def compact(text: str) -> str:
    """NFKC, lower case, no whitespace: the form the cues and rules read."""
    return "".join(unicodedata.normalize("NFKC", text).lower().split())
