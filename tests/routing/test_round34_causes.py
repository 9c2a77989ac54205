"""Forms found through the round-34 held-out misses, tested with sentences of our own.

Romaji: a name read with its long vowels left out (koto for こうとう, 江東区) only where the word stands as a
place (a suffix, a block number or another part of the address beside it, a capital inside a sentence, living
there said after it, the address said before it, or the answer is that word alone): 「kaigo no koto de」 is
こと, and a message in romaji naming no place is unknown. Long vowels written with a macron or circumflex
(Sankaku-chō, Chūō-ku) are read as written out.

Whose place: a writer introducing themself as an older person (「市原市の老人です」) is the person concerned;
the city named as the office the writer asks (「千葉市の方に相談してよいか」) beside a place said to be someone's
home is not that home.
"""

from __future__ import annotations

import pytest

from routing import Router
from tests.nlp.checklist import without_punctuation

# ------------------------------------------------------------------ romaji: long vowels left out


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("Hanamigawa-ku Sankaku-cho no sofu", "satsukigaoka"),
        ("Mihama-ku Masago 2-chome no haha. kaigo no koto de soudan", "masago"),
        ("sobo no jusho: Chiba-shi Chuo-ku Hon-Chiba-cho. kaigo hoken no koto", "chuo"),
        ("Makuhari-hongo 3-chome no sofu, hitori de kurasu koto ga shinpai", "makuhari"),
    ],
)
def test_an_address_in_romaji_is_read_beside_the_word_koto(router: Router, text: str, center: str) -> None:
    result = router.resolve(text)
    assert (result.kind, result.center_id) == ("center", center), (text, result)


@pytest.mark.parametrize(
    ("forms", "center"),
    [
        (
            [
                "Hanamigawa-ku Sankaku-cho no sofu",
                "Hanamigawa-ku Sankaku-chō no sofu",
                "hanamigawaku sankakucho no sofu",
                "hanamigawa-ku sankaku-chou no sofu",
                "HANAMIGAWA-KU SANKAKU-CHO",
            ],
            "satsukigaoka",
        ),
        (
            ["Chuo-ku Hon-Chiba-cho no haha", "Chūō-ku Honchiba-chō no haha", "chuuou-ku honchibachou no haha"],
            "chuo",
        ),
        (["Makuhari-hongo 3-chome", "Makuhari-Hongō 3-chōme", "makuhari-hongou 3-choume"], "makuhari"),
    ],
)
def test_romaji_reads_alike_with_long_vowels_dropped_marked_or_written_out(
    router: Router, forms: list[str], center: str
) -> None:
    for text in forms:
        result = router.resolve(text)
        assert (result.kind, result.center_id) == ("center", center), (text, result)


@pytest.mark.parametrize(
    "text",
    [
        "haha no koto de soudan shitai",
        "chichi no kaigo hoken no koto desu",
        "hitori de kurasu koto ga muzukashii",
        "sobo no koto, yoroshiku onegai shimasu",
        "Sofu no koto desu",
        "watashi no koto de wa naku, sobo no koto desu",
    ],
)
def test_a_romaji_message_naming_no_place_is_unknown(router: Router, text: str) -> None:
    for form in (text, without_punctuation(text)):
        result = router.resolve(form)
        assert result.kind == "unknown", (form, result)


@pytest.mark.parametrize(
    "text",
    [
        "sobo wa Koto-ku ni sunde imasu",
        "sobo wa koto-ku ni sunde imasu",
        "Tokyo-to Koto-ku no haha",
        "haha wa koto ni sunde imasu",
        "jusho wa koto-ku",
        "Koto",
    ],
)
def test_koto_standing_as_a_place_is_still_koto_ku(router: Router, text: str) -> None:
    result = router.resolve(text)
    assert (result.kind, result.municipality) == ("outside_city", "東京都江東区"), (text, result)


@pytest.mark.parametrize(
    "text",
    ["sobo wa Tokyo ni sunde imasu", "sobo wa tokyo ni sunde imasu", "Tokyo", "Togane-shi no sobo", "togane no sobo"],
)
def test_a_name_with_long_vowels_left_out_said_as_a_home_stays_outside(router: Router, text: str) -> None:
    assert router.resolve(text).kind == "outside_city", text


# ------------------------------------------------------------------ an older person writing; the office asked


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        ("市原市の老人です。千葉市に相談できますか", "市原市"),
        ("市原市のろうじんです。千葉市に相談できますか", "市原市"),
        ("市原市の年寄りでございます。千葉市の方へご相談してもよろしいでしょうか", "市原市"),
        ("市原市のとしよりだけど、千葉市で相談にのってもらえる？", "市原市"),
        ("私は四街道市の年寄りです。千葉市にも相談できますか", "四街道市"),
        ("八街市の高齢者です。千葉市の窓口で聞いてもいいですか", "八街市"),
    ],
)
def test_a_writer_introducing_themself_as_an_older_person_outside_is_outside(
    router: Router, text: str, municipality: str
) -> None:
    for form in (text, without_punctuation(text)):
        result = router.resolve(form)
        assert (result.kind, result.municipality) == ("outside_city", municipality), (form, result)


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        ("市原市に住んでいます。千葉市の窓口に相談してもいいですか", "市原市"),
        ("八街市の者だ。千葉市で相談にのってもらえるか", "八街市"),
        ("八街市のものです。千葉市さんに問い合わせてよいものでしょうか", "八街市"),
    ],
)
def test_the_city_named_as_the_office_asked_is_no_home_beside_one(router: Router, text: str, municipality: str) -> None:
    result = router.resolve(text)
    assert (result.kind, result.municipality) == ("outside_city", municipality), (text, result)


@pytest.mark.parametrize(
    "text",
    [
        "千葉市に住む母のことで相談です。私は市原市です",  # the city as the mother's home
        "千葉市で相談したい。市原市の娘です",  # the daughter's place: never the person's
        "千葉市に相談したい、市原市に住んでいる者です",  # the writer's own place: who is concerned is asked
        "母は千葉市の老人ホームにいます。私は市原市",  # 老人ホーム: no older person introducing themself
        "市原市の老人ホームの話を千葉市に相談したい",  # a facility, not a home: where the person lives is asked
        "千葉市の老人です。市原市にも相談した",  # the office asked outside, the older person in the city
    ],
)
def test_never_sent_outside_by_the_office_asked_or_an_older_person(router: Router, text: str) -> None:
    result = router.resolve(text)
    assert result.kind != "outside_city", (text, result)


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("小仲台2丁目の老人です。市原市の方に相談したが", "konakadai"),
        ("母は稲毛区小仲台に住んでいます。市原市の窓口に聞いたら千葉市だと言われた", "konakadai"),
    ],
)
def test_a_home_in_the_city_beside_an_office_asked_outside_is_routed(router: Router, text: str, center: str) -> None:
    result = router.resolve(text)
    assert (result.kind, result.center_id) == ("center", center), (text, result)
