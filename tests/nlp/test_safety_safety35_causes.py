"""CheckList-style tests for held-out round 34's wrong numbers and misses (engineer safety35), in sentences of our
own, with their must-not-fire look-alikes.

- a choking person beating their own chest, or someone striking their back as first aid, was read as violence now
  (110); and the choking rules missed 「むせ込み→声出ず」 (no particle) and chest-beating after eating told in that
  order (「食べてて…胸を叩いて苦しそう」);
- a caller asking for a card's number or PIN while still on the line was not read at all, in kanji or in romaji;
- a wish to be gone put as a question asking to be agreed with (「いなくなった方がいいんじゃないか」「いねぐなった方が
  いいんでねぇべか」) was set aside as a negation or a worry; voiced dialect forms (いなぐなっだ) are read too.
"""

from __future__ import annotations

import pytest

from core.text import kana_reading
from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency,
    assert_emergency_however_written,
    assert_no_crisis_by_rules,
    assert_no_emergency,
)

# ---- choking: the chest or back struck is first aid, not violence --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "餅を食べてて胸を叩いて苦しそう",  # the minimum
        "父が夕飯のとき団子を食べていて、急に静かになって、今は胸をどんどん叩いて苦しんでます",
        "じいちゃん すしを たべてて のどを たたいて こえが でない",
        "朝食中 母 パン むせ込み→声出ず",
        "むせて声出ず、顔が赤い",
        "昼ごはんの途中でむせこんで声出ない、いま背中を叩いてる",
        "介護施設です。入所者さんがお饅頭を詰まらせて、背中を叩いていますが出てきません",
        "ばあちゃんが団子を食べとって胸ば叩きよる。声の出らん",  # Kyushu: ば for を, 出らん
    ],
)
def test_choking_with_the_chest_or_back_struck_is_119(text: str) -> None:
    assert_emergency(text, "choking", "119")


@pytest.mark.parametrize(
    "text",
    [
        "お餅を食べていて、急に胸を叩いて苦しそうです",
        "お餅を食べていて、急に胸を叩いて苦しそうだ",
    ],
)
def test_invariance_polite_plain_hiragana_punctuation(text: str) -> None:
    assert_emergency_however_written(text, "choking", call="119", kinds=("as written", "no punctuation", "with a name"))


def test_direction_first_aid_on_a_choking_person_does_not_make_it_violence() -> None:
    plain = assess_urgency("義母が肉団子でむせ込んで声が出ない")
    struck = assess_urgency("義母が肉団子でむせ込んで声が出ない、背中を叩いてるけど出てこない")
    assert plain.call_number == struck.call_number == "119", explain(
        "義母が肉団子でむせ込んで声が出ない、背中を叩いてるけど出てこない"
    )
    assert struck.family == "choking"


@pytest.mark.parametrize(
    "text",
    [
        "父が母の背中を叩いている、止めても続く",
        "夫が今も私の胸を叩いてくる",
        "夕食中に夫が私の背中を叩いてくる、今も",
        "息子が今、母の胸を叩いています",
    ],
)
def test_must_still_be_violence_110(text: str) -> None:
    assert_emergency(text, "intruder_violence", "110")


@pytest.mark.parametrize(
    "text",
    [
        "昨日お餅を喉に詰まらせたけど、背中を叩いたら出てきて今は元気です",  # past, resolved
        "お餅が喉に詰まったら背中を叩けばいいですか",  # hypothetical
    ],
)
def test_must_not_fire_past_or_hypothetical_choking(text: str) -> None:
    assert_no_emergency(text)


# ---- fraud: a card number or PIN asked for on the phone now -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "警察から電話でカードの番号聞かれてる",  # the minimum
        "母が今、銀行を名乗る人から電話で暗証番号を聞かれています",
        "おばあちゃんが電話で役所の人にキャッシュカードの番号を言わされてる、詐欺だよね",
    ],
)
def test_card_details_asked_on_the_phone_now_is_fraud_110(text: str) -> None:
    assert_emergency_however_written(
        text, "fraud_in_progress", call="110", kinds=("as written", "no punctuation", "with a name")
    )


@pytest.mark.parametrize(
    "text",
    [
        "haha ga ima keisatsu kara denwa de card no bango kikareteru",
        "sobo ga denwa de ginkou no hito ni anshou bangou kikareteru. sagi da yo ne?",
        "chichi ga denwa de yakusho no hito ni kouza bangou kikareteru, sagi kamo",  # こうざ: an account, not a course
    ],
)
def test_the_same_in_romaji_is_read_as_fraud(text: str) -> None:
    reading = kana_reading(text)
    assert reading is not None
    assert_emergency(reading, "fraud_in_progress", "110")


@pytest.mark.parametrize(
    "text",
    [
        "昨日警察を名乗る電話でカードの番号を聞かれた",  # past
        "電話でカードの番号を聞かれてるけど切りました",  # already handled
        "電話で暗証番号を聞かれても教えないように、と講座で習った",  # prevention
        "銀行の窓口でカードの暗証番号を聞かれてるんだけど、書類に書くものですか",  # no caller: the bank's own form
    ],
)
def test_must_not_fire_past_handled_or_prevention(text: str) -> None:
    assert_no_emergency(text)


# ---- crisis: a wish to be gone put as a question, in dialect ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "いなくなった方がいいんじゃないか",  # the minimum
        "もう何もできない。いっそ私なんかいなくなったほうがいいんじゃないかな",
        "わしなんかおらんようになった方がええんちゃうか",
        "目も悪ぐなった。おれなんかいなぐなっだ方がいいんでねぇべか",
        "体もきかねぐなって、いねぐなった方がいいんでねぇか",
    ],
)
def test_a_wish_to_be_gone_asked_to_be_agreed_with_is_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "いなくなった方がいいなんて思わない",  # negated
        "飼い猫がいなくなったので探すのを手伝ってほしい",  # a look-alike: a pet gone missing
    ],
)
def test_must_not_fire_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text)
