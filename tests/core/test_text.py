"""The compact form every rule and cue reads."""

from __future__ import annotations

from core.text import compact


def test_compact_form_is_nfkc_lower_case_without_any_whitespace():
    assert compact("ＡＴＭ で　お金\n下ろした") == "atmでお金下ろした"
