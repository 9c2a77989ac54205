"""The compact form every rule and cue reads."""

from __future__ import annotations

from core.text import compact, kana_reading


def test_compact_form_is_nfkc_lower_case_without_any_whitespace():
    assert compact("ＡＴＭ で　お金\n下ろした") == "atmでお金下ろした"


def test_kana_reading_gives_hiragana_for_a_message_written_in_katakana():
    assert kana_reading("ソフ ガ ネタキリデ オキナイ") == "そふ が ねたきりで おきない"


def test_kana_reading_reads_half_width_katakana_as_an_old_phone_sends_it():
    assert kana_reading("ｿﾌｶﾞ ｵｷﾅｲ") == "そふが おきない"


def test_kana_reading_gives_hiragana_for_a_message_written_in_romaji():
    assert kana_reading("Sofu ga okinai") == "そふ が おきない"


def test_kana_reading_leaves_ordinary_japanese_with_loanwords_alone():
    assert kana_reading("母がデイサービスに行きたがらない") is None
    assert kana_reading("ケアマネさんに相談したい") is None
    assert kana_reading("123-4567") is None
