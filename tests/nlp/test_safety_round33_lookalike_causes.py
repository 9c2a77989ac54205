"""CheckList-style tests for the causes behind look-alikes the rules raised in held-out rounds 32 and 33, in
sentences of our own (none is a held-out sentence), each next to near-identical emergencies that must still fire.

- a story of a programme, its clause closed by 話 (「ドラマで…いなくなる話、泣いた」), and 朝ドラ as a programme;
- a search drill (「行方不明者の捜索模擬訓練に参加したい」), not someone missing now;
- a false alarm told at once after a run of marks (「いなくなった！…と思ったら隣にいた」);
- money that will not come back (「お金を取られた。もう戻らない」), not a person;
- no answer at the door put down to deafness alone (「インターホンに出ない、耳が遠いだけで元気」), not hedged;
- sound asleep as a measure (「呼んでも起きないくらい熟睡」), and a nightly habit (「呼んでも起きないの毎晩」);
- a fear, then what was really done (「…と思いましたが、匂いを嗅いだだけでした」), not a sip or a lick;
- made little of (「倒れたっつっても、足を滑らせただけ」); a past winter set off by a comma (「去年の冬、…」);
- hung up at once (「ガチャ切りした」); always comes back, voice input running on into the worry;
- charcoal for cooking (「練炭で炭火焼き」); the chest ache of a sad story (「胸が痛むニュース」);
- a stroke's sign gone by the morning: urgent (a passing stroke wants a doctor), neither 119 nor silence.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency,
    assert_emergency_however_written,
    assert_no_emergency,
    assert_no_emergency_however_written,
)

_NOT_HIRAGANA = ("as written", "no punctuation", "with a name")


@pytest.mark.parametrize(
    "text",
    [
        "ドラマでおばあさんが家からいなくなる話、最後に見つかってほっとした",
        "映画で認知症の父親が帰ってこない話、切なかった",
        "朝ドラでおばあちゃんが胸を押さえて倒れる場面を見て、実家の母が心配になりました",
    ],
)
def test_story_in_a_programme_is_no_emergency(text: str) -> None:
    # (without punctuation 「…話切なかった」 the clause has no close the rules can read: left to the model)
    assert_no_emergency_however_written(text, ("as written", "with a name"))


@pytest.mark.parametrize(
    "text",
    [
        "ドラマ見てたら本当に父がいなくなってた、どこにもいない",
        "朝ドラ見てる間に母が家からいなくなった、まだ見つからない",
    ],
)
def test_own_person_missing_beside_a_programme_still_fires(text: str) -> None:
    assert_emergency(text, call="110")


@pytest.mark.parametrize(
    "text",
    ["町の行方不明者捜索模擬訓練に申し込みたいです", "行方不明高齢者の声かけ訓練って毎年どこでやってますか"],
)
def test_search_drill_is_no_emergency(text: str) -> None:
    assert_no_emergency_however_written(text, _NOT_HIRAGANA)


def test_missing_told_beside_a_drill_still_fires() -> None:
    assert_emergency("訓練じゃなくて、母が本当に行方不明です。朝から帰ってこない", call="110")


@pytest.mark.parametrize(
    "text",
    [
        "じいじいなくなった！…と思ったら車庫で昼寝してた",
        "母が行方不明!!...と思ったら二階で洗濯物たたんでました",
    ],
)
def test_false_alarm_after_marks_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父がいなくなった！…と思ったら玄関の鍵が開いてて靴もない",
        "母がいない!...と思ったら本当にどこにもいない",
    ],
)
def test_worse_discovery_after_marks_still_fires(text: str) -> None:
    assert_emergency(text, call="110")


@pytest.mark.parametrize(
    "text",
    [
        "父が去年電話でだまされて30万円払ってしまいました。もう戻らないですよね",
        "祖母が現金を取られた。返ってこないのかな",
    ],
)
def test_money_not_coming_back_is_no_missing_person(text: str) -> None:
    assert_no_emergency(text)


def test_person_not_coming_back_after_losing_money_still_fires() -> None:
    assert_emergency("母が30万円取られてショックで家を出たまま戻らない", call="110")


@pytest.mark.parametrize(
    "text",
    [
        "インターホンに出ない父、耳が遠いだけで家の中では元気にしてます",
        "呼び鈴に応答しないのは耳が遠いからで、母は毎日畑に出てます",
    ],
)
def test_door_unanswered_for_deafness_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "3日前からインターホンに出ない、耳が遠いだけならいいけど",
        "インターホンに出ない母、耳が遠いせいかな、もう3日も電話もつながらない",
        "今インターホンに出ない、3日前から連絡がない",
    ],
)
def test_door_unanswered_with_days_or_hedged_deafness_still_fires(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "祖父はうたた寝すると呼んでも起きないくらい爆睡するけど大丈夫かな",
        "夫、晩酌のあと呼んでも起きないの毎晩。いびきかいてるしいつも通り",
    ],
)
def test_sound_sleep_as_a_measure_or_habit_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父が呼んでも起きない、いびきが変",
        "母が呼んでも起きない、息が浅い",
        "今夜は呼んでも起きない、毎晩いびきかくけど今日は違う",
    ],
)
def test_not_waking_now_still_fires(text: str) -> None:
    assert_emergency_however_written(text, call="119")


@pytest.mark.parametrize(
    "text",
    [
        "すみません、父が洗剤を飲んだと思いましたが、ボトルを振っていただけでした",
        "さっき母が倒れたと思ったけど、床の物を拾っていただけだった",
    ],
)
def test_fear_then_what_was_really_done_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父が漂白剤を飲んだと思いましたが、ひと口なめただけでした",
        "母が洗剤を口に入れたと思ったけど、少し口に含んだだけだった、吐き気がある",
    ],
)
def test_a_sip_or_a_lick_still_fires(text: str) -> None:
    assert_emergency(text, call="119")


def test_made_little_of_is_no_emergency() -> None:
    assert_no_emergency("転んで倒れたっていっても、玄関で尻もちついただけ。本人はぴんぴんしてる")


def test_fall_with_distress_after_still_fires() -> None:
    assert_emergency("倒れたっていっても、つまずいただけと思ってたら意識がない", call="119")


def test_past_winter_set_off_by_a_comma_is_past() -> None:
    assert_no_emergency("おととしの冬、母が夜中に庭に出て低体温で入院しました。今年は見守りを考えています")


def test_cold_tonight_still_fires() -> None:
    assert_emergency("父が夜中に庭に出て、体が氷みたいに冷たくて震えてる", call="119")


def test_hung_up_at_once_is_no_fraud() -> None:
    assert_no_emergency("警察官がカードを取りに来るって電話、うちにも来たけどガチャ切りしたよ")


def test_collector_coming_now_still_fires() -> None:
    assert_emergency("今から銀行の人がカードを取りに来るって電話があって、母が待ってる", call="110")


def test_always_comes_back_run_on_is_no_emergency() -> None:
    assert_no_emergency("母は買い物に出ると3時間は帰ってこないけど必ず帰ってくるんですでも心配でGPSとかありますか")


def test_always_came_back_but_not_today_still_fires() -> None:
    assert_emergency("母はいつも帰ってくるんですが今日はもう5時間帰ってこない", call="110")


def test_charcoal_for_cooking_is_no_crisis() -> None:
    result = assess_urgency("町内会で練炭で焼き鳥をする催しがあり、一酸化炭素の対策を知りたいです")
    assert result.urgency != "emergency" and not result.crisis, explain("練炭で焼き鳥")


def test_charcoal_in_a_closed_room_still_fires() -> None:
    assert_crisis_by_rules("父が部屋で練炭をたいて目張りしてる")
    assert_emergency("父が部屋で練炭をたいて目張りしてる", call="119")


@pytest.mark.parametrize(
    "text", ["胸が痛むニュースが続いて、田舎の父が気になります", "胸の痛む事件ばかりで、一人暮らしの祖母が心配"]
)
def test_chest_ache_of_a_sad_story_is_no_emergency(text: str) -> None:
    assert_no_emergency_however_written(text, _NOT_HIRAGANA)


@pytest.mark.parametrize(
    "text", ["母が胸が痛むって言ってる、冷や汗も", "胸が痛むニュースを見てたら父が本当に胸を押さえて倒れた"]
)
def test_chest_pain_now_still_fires(text: str) -> None:
    assert_emergency(text, call="119")


def test_stroke_sign_gone_by_morning_is_urgent_not_119() -> None:
    text = "夕べ父のろれつが回らなかったけど、今朝はもう元通りです"
    result = assess_urgency(text)
    assert result.urgency == "urgent", (text, explain(text))


@pytest.mark.parametrize(
    "text", ["昨日から母のろれつが回らない、今朝もまだおかしい", "昨日ろれつが怪しかったけど、今朝は急に手がしびれてる"]
)
def test_stroke_sign_still_there_still_fires(text: str) -> None:
    assert_emergency(text, call="119")


@pytest.mark.parametrize(
    "text",
    [
        "物忘れの出てきた母、ガスの元栓を開けたままにすることが増えました",
        "じいちゃんガスの元栓あけっぱなしにしがち。止まるコンロってあるん？",
    ],
)
def test_gas_left_open_from_forgetting_is_no_crisis(text: str) -> None:
    result = assess_urgency(text)
    assert result.urgency != "emergency" and not result.crisis, (text, explain(text))


@pytest.mark.parametrize(
    "text",
    [
        "認知症の父がガスの元栓を開けたまま寝てる",
        "母がガスの元栓を開けたまま部屋に閉じこもってる",
        "物忘れじゃない、父がガスの元栓を開けて死ぬって言ってる",
    ],
)
def test_gas_opened_with_someone_in_it_still_fires(text: str) -> None:
    assert_emergency(text, call="119")
