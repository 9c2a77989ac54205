"""The compact form every rule and cue reads."""

from __future__ import annotations

from core.text import compact, is_romaji_word, kana_reading, katakana_reading, romaji_reading


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


def test_kana_reading_reads_kanji_with_katakana_okurigana_as_typed_in_katakana():
    assert kana_reading("母ガ 夜中ニ 何度モ 起キテ 困ッテイマス") == "母が 夜中に 何度も 起きて 困っています"
    assert katakana_reading("身ニ覚エノナイ請求ハガキガ来マシタ") == "身に覚えのない請求はがきが来ました"


def test_katakana_reading_is_only_for_katakana_not_for_romaji_or_ordinary_japanese():
    assert katakana_reading("Sofu ga okinai") is None
    assert katakana_reading("ヘルパーさんに来てもらいたいです") is None
    assert katakana_reading("介護保険の申請をしたい") is None
    assert katakana_reading("ｿﾌｶﾞ ｵｷﾅｲ") == "そふが おきない"


def test_o_typed_for_wo_in_katakana_reads_as_wo_before_a_verb_that_takes_an_object():
    assert kana_reading("ﾊﾊｶﾞ ﾁｵﾊｲﾀ ﾀｸｻﾝ ｸﾛｲ") == "ははが ちをはいた たくさん くろい"
    assert kana_reading("ｿﾌｶﾞ ｸｽﾘｵ ｾﾞﾝﾌﾞ ﾉﾝﾀﾞ") == "そふが くすりを ぜんぶ のんだ"
    assert kana_reading("ｵｯﾄｶﾞ ｲｼｷｵ ｳｼﾅｯﾃ ﾀｵﾚﾀ") == "おっとが いしきを うしなって たおれた"
    assert kana_reading("ｼﾞｲﾁｬﾝ ｲｷｵｼﾃﾅｲ") == "じいちゃん いきをしてない"
    assert kana_reading("ハハガ カードオ ワタシタ") == "ははが かーどを わたした"
    assert kana_reading("チチガ ホネオオッタ") == "ちちが ほねをおった"


def test_o_that_is_no_wo_stays_o():
    # a long vowel, a word that begins with お, an honorific お, 通して
    assert kana_reading("ｸｽﾘﾉﾐﾜｽﾚｶﾞ ｵｵｲ ﾄｵｲ") == "くすりのみわすれが おおい とおい"
    assert kana_reading("ﾊﾊﾉｵｳﾁﾆ ｲｯﾀﾗ ﾁﾁｶﾞ ｵｷﾅｲ") == "ははのおうちに いったら ちちが おきない"
    assert kana_reading("ｼｮｸｺﾞﾆ ｵﾉﾐｸﾀﾞｻｲ ｶﾂｵﾀﾞｼ") == "しょくごに おのみください かつおだし"
    assert kana_reading("ﾐﾐﾆ ﾄｵｼﾃﾅｲ ｺｵﾘ ﾄｵｯﾀ") == "みみに とおしてない こおり とおった"


def test_o_for_wo_is_read_only_in_katakana_not_in_romaji():
    assert kana_reading("chi o haita") == "ち お はいた"


def test_kana_reading_prefers_the_katakana_reading_when_a_message_could_be_read_both_ways():
    # as much katakana as a kanji-and-katakana message has, and romaji for most of its letters
    assert katakana_reading("ABCDEFG アイウ") == "ABCDEFG あいう"
    assert kana_reading("ABCDEFG アイウ") == "ABCDEFG あいう"
    assert kana_reading("") is None and kana_reading("123 !?") is None


def test_english_words_and_ok_have_no_romaji_reading():
    # Their "reading" was nonsense (「OK」→「おっ」, 「Thanks」→「てゃんっっ」) the learned detector scored as an alarm.
    for english in ("OK", "ok!", "Thanks", "Thank you so much", "my mother fell", "Are you open today?", "Hi", "test"):
        assert kana_reading(english) is None, english


def test_real_romaji_keeps_its_reading():
    assert kana_reading("haha ga taoreta") == "はは が たおれた"
    assert kana_reading("chichi ga iki wo shite inai!!") == "ちち が いき を して いない!!"
    assert kana_reading("otto ga kyuu ni taoreta") == "おっと が きゅう に たおれた"
    assert kana_reading("arigatou") == "ありがとう"
    assert romaji_reading("kon'ya mo nemurenai") == "こんや も ねむれない"


def test_an_acronym_or_loanword_in_romaji_stays_as_typed_and_the_rest_is_read():
    assert kana_reading("Haha ga ima ATM ni mukatte imasu") == "はは が いま atm に むかって います"
    assert kana_reading("tantou no center doko desu ka") == "たんとう の center どこ です か"


def test_is_romaji_word_needs_every_consonant_in_a_syllable_but_n():
    assert all(is_romaji_word(w) for w in ("taoreta", "shinde", "kitte", "matcha", "konban", "xtu", "sou-"))
    assert not any(is_romaji_word(w) for w in ("ok", "thanks", "help", "please", "call", "my", "atm"))
