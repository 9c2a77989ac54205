"""CSV cells a spreadsheet shows as text, never runs as a formula (CSV injection)."""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: str) -> str:
    """A text cell Excel shows as text: an apostrophe before a formula start (and before an apostrophe).

    Escaping a leading apostrophe too makes restore_formula its exact inverse.
    """
    return "'" + value if value.startswith((*FORMULA_STARTS, "'")) else value


def restore_formula(value: str) -> str:
    """The cell as written before neutralise_formula (an apostrophe before anything else is kept)."""
    return value[1:] if value.startswith("'") and value[1:].startswith((*FORMULA_STARTS, "'")) else value
