"""CheckList-style tests for the causes behind the look-alikes held-out rounds 30 and 31 raised as emergencies or
crises, in sentences of our own (none is a held-out sentence; the same sentences are in
nlp/corpus/safety/look32_causes.jsonl), each next to near-identical emergencies that must still be raised.

- a scene watched in a programme (「ドラマでおじいさんが胸押さえて倒れるとこ見て」): 〜るところを見て after the
  programme, not a programme watched while one's own person collapses;
- came to at once (「気を失ったが、すぐ気がついて」), not noticing something at once nor coming to, then a but;
- asking how to prepare for the case (「行方不明になった時、…役に立つ?事前に何を…」), not a disappearance told;
- a cut while cooking, small and stopped (「玉ねぎ刻んどって手首切ってもうた、絆創膏で止まった」), not a cut with a
  word of death, on purpose, or still bleeding;
- 「死ぬか思た」: 「死ぬかと思った」 in Kansai speech, with と dropped, is a figure of speech;
- told fine by the pharmacy in the spoken 「大丈夫って言われた」, as 「大丈夫と言われた」 already was;
- when it happened, told as past right after the sign (「泥棒が入ったのは先月で」);
- a worry that it may happen, asked with a way to prevent it (「洗剤を口に入れないか心配。しまい方の工夫を」);
- the words put into a poem (「胸が苦しいという表現を俳句で」); violence no longer happening (「もう叩かれることは
  ありません」); the warning signs asked about, a sign given as an example (「前触れってどんなのがある?…とか」);
- a dead thing, not a person (「死んだ株」): a figure the learned detector may not flag as a crisis alone.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency,
    assert_emergency_however_written,
    assert_no_crisis_by_rules,
    assert_no_emergency,
    assert_no_emergency_however_written,
)

# --- a scene watched in a programme ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "映画で老人が胸を押さえて倒れるところを見て、母が自分もああなったらと不安がっています",
        "昨日のドラマでおじいさんが胸押さえてうずくまるとこ見てから、父が怖がってて",
        "アニメでおばあさんが倒れて動かなくなるところを見て、娘が泣いてました",
    ],
)
def test_scene_watched_in_a_programme_is_no_emergency(text: str) -> None:
    assert_no_emergency_however_written(text)
    assert any(t.why == "seen in the media" for t in explain(text)), explain(text)


@pytest.mark.parametrize(
    "text",
    [
        "ドラマ見てたら隣の父が胸押さえて倒れた、息してない",
        "テレビで見てたら母が胸を押さえて苦しんでる",
        "ドラマの撮影中に俳優さんが本当に胸を押さえて倒れるとこ見た、救急車呼んで",
    ],
)
def test_programme_watched_while_someone_collapses_still_fires(text: str) -> None:
    assert_emergency_however_written(text, call="119")


# --- came to at once -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "祖父が法事で一瞬気を失いましたが、すぐ気がついて、病院で脱水と言われました。施設への連絡は必要ですか",
        "ヨガ教室で気を失った人がいて、すぐ意識が戻りました。主催者としての備えを相談したい",
    ],
)
def test_came_to_at_once_is_no_emergency(text: str) -> None:
    assert_no_emergency_however_written(text, kinds=("as written", "hiragana", "with a name"))


@pytest.mark.parametrize(
    "text",
    [
        "母が倒れているのにすぐ気がついて声をかけたけど、意識がありません",
        "父が気を失って、すぐ気がついたけど、また意識がなくなった",
        "夫が気を失った。すぐ気がついて救急車を呼んだけど、まだ目を開けない",
    ],
)
def test_noticed_at_once_or_out_again_still_fires(text: str) -> None:
    assert_emergency_however_written(text, "unresponsive", call="119")


# --- asking how to prepare for the case ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "父が徘徊でいなくなった時、GPSって役に立つ?前もって何を用意すればいい",
        "母が行方不明になった時、見守りシールは役に立つ?事前に登録が必要?",
    ],
)
def test_how_to_prepare_for_a_disappearance_is_no_emergency(text: str) -> None:
    assert_no_emergency_however_written(text, kinds=("as written", "hiragana", "with a name"))


@pytest.mark.parametrize(
    "text",
    [
        "母が行方不明になった時のために準備していたGPSを見ても、今どこにいるか分からない",
        "認知症の母が行方不明になりました。事前に何を準備すべきだったのか、どうすればいい?",
    ],
)
def test_disappearance_told_still_fires(text: str) -> None:
    assert_emergency_however_written(text, "missing_dementia", call="110")


# --- a cut while cooking ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "夕飯の支度で大根切ってて、包丁で手首をちょっと切っちゃった。絆創膏で大丈夫。それより母のデイの件",
        "りんごの皮むきしとったら手首きってしもた、ばんそうこう貼ったら血も止まったわ",
    ],
)
def test_small_cut_while_cooking_is_no_self_harm(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)
    assert_no_emergency_however_written(text, kinds=("as written", "no punctuation", "with a name"))


@pytest.mark.parametrize(
    "text",
    [
        "手首を包丁で切った、血が止まらない",
        "料理なんてもうどうでもいい、包丁で手首切った。絆創膏じゃ止まらない",
        "野菜を切る包丁で、わざと手首を切ってしまった。血は止まった",
        "たまねぎ切ってたら死にたくなって、包丁で手首切った。絆創膏で止まった",
    ],
)
def test_cut_with_intent_or_still_bleeding_still_fires(text: str) -> None:
    assert_emergency_however_written(text, call="119")
    assert_crisis_by_rules(text)


# --- 「死ぬか思た」 ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "昨日の坂道、死ぬか思たわ。ところでバス停の場所教えて",
        "あの地震、ほんま死ぬか思った。防災グッズの申し込みは?",
        "今日は熱中症で死ぬかおもたわ、もう平気や",
    ],
)
def test_nearly_died_in_kansai_speech_is_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)
    assert_no_emergency_however_written(text)


@pytest.mark.parametrize("text", ["もう死ぬ、今から飛び降りる", "今日こそ死ぬ。もう決めた", "今日死ぬか迷ってる"])
def test_death_of_today_still_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)
    assert_emergency_however_written(text, "self_harm_now", call="119")


# --- told fine in spoken words; when it was; a worry with a way to prevent it -----------------------------------


def test_told_fine_by_the_pharmacist_in_spoken_words_is_no_emergency() -> None:
    assert_no_emergency(
        "父がおくすりをまちがえてにかいのんだけど、やくざいしさんにでんわしたらだいじょうぶっていわれた"
    )


def test_told_fine_then_limp_now_still_fires() -> None:
    assert_emergency_however_written("母が薬を二回飲んだ。薬局に電話したら大丈夫って言われたけど、今ぐったりしてる")


@pytest.mark.parametrize(
    "text",
    [
        "父の家に強盗が入ったのは三か月前で、犯人も捕まりました。防犯カメラの補助を知りたい",
        "叔母の家に泥棒が入ったのは先週で、警察にはもう届けました。鍵の交換の補助はありますか",
    ],
)
def test_break_in_told_as_past_is_no_emergency(text: str) -> None:
    # (months ago in kana, 「さんかげつまえ」, is a past word no rule knows, on main either)
    assert_no_emergency_however_written(text, kinds=("as written", "no punctuation", "with a name"))


@pytest.mark.parametrize(
    "text",
    [
        "隣の家に泥棒が入ったのは先週だけど、今また誰かが家の中にいる",
        "家に泥棒が入ったのはさっきです、まだ中にいるかも",
    ],
)
def test_break_in_of_now_still_fires(text: str) -> None:
    assert_emergency_however_written(text, "intruder_violence", call="110")


def test_worry_with_a_way_to_prevent_it_is_no_emergency() -> None:
    assert_no_emergency_however_written(
        "父が漂白剤を飲まないか心配です。置き場所の工夫を教えてください", kinds=("as written", "no punctuation")
    )


@pytest.mark.parametrize(
    "text",
    [
        "母が洗剤を飲んでないか心配、さっきから吐いてる",
        "父が洗剤を口に入れないか心配してたら、今本当に飲んでしまった",
        "祖母が漂白剤を飲んだかもしれない。しまい方が悪かった",
    ],
)
def test_swallowed_maybe_or_now_still_fires(text: str) -> None:
    assert_emergency(text, "poisoning", call="119")


# --- the words put into a poem; violence no longer happening ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "「息ができない」って言葉を歌詞に入れたら、友達に心配されました",
        "胸が苦しいという表現を俳句で使ってもいいですか",
        "息が苦しいという言い回しを短歌に入れました。恋の歌です",
    ],
)
def test_words_put_into_a_poem_are_no_emergency(text: str) -> None:
    assert_no_emergency_however_written(text)


@pytest.mark.parametrize(
    "text",
    [
        "母が「胸が苦しい」という言葉を繰り返しています",
        "父が胸が苦しいという言葉を残して倒れた、息をしていない",
    ],
)
def test_words_said_by_a_person_now_still_fire(text: str) -> None:
    assert_emergency_however_written(text, "heart_breathing", call="119")


def test_violence_no_longer_happening_is_no_emergency() -> None:
    assert_no_emergency_however_written(
        "父は昔よく母を殴っていましたが、今は施設に入っていてもう殴られることはありません。母の心のケアを相談したい",
        kinds=("as written", "no punctuation", "with a name"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "もう殴られることはないと思っていたのに、今また夫に殴られてる",
        "今も夫に殴られてる、もう殴られることはないと言ってたのに",
        "今は夫が暴れていて、もう止める人もいません",
    ],
)
def test_violence_of_now_still_fires(text: str) -> None:
    assert_emergency_however_written(text, "intruder_violence", call="110")


# --- the warning signs asked about, a sign given as an example -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "のうそっちゅうのまえぶれってなにがある?かおがゆがむとか",
        "心筋梗塞の前触れってどんなものがありますか。胸が締め付けられるとか",
        "脳梗塞のサインって何があるの?ろれつが回らないとか",
    ],
)
def test_warning_signs_asked_with_an_example_are_no_emergency(text: str) -> None:
    assert_no_emergency_however_written(text)


@pytest.mark.parametrize(
    "text",
    [
        "ろれつが回らないとか、脳梗塞のサインって何?父が今そうなってる",
        "母のろれつが回らない。脳梗塞の前兆って何ですか、手がしびれるとか",
        "脳梗塞のサインって何?ろれつが回らないとか言ってる人が隣にいる",
    ],
)
def test_sign_of_ones_own_or_of_now_still_fires(text: str) -> None:
    assert_emergency_however_written(text, "stroke", call="119")


# --- a dead thing, not a person ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "塩漬けの死んだ株ばっかりや、それより介護保険の手続き教えて",
        "もう死んだ魚の目してるって言われた。デイの曜日を変えたい",
    ],
)
def test_dead_thing_is_a_figure_the_model_may_not_flag(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)
    assert assess_urgency(text).crisis_dismissed, "the learned detector may not set the crisis flag alone"


@pytest.mark.parametrize("text", ["死んだ株ばかりでもう死にたい", "もう死んだ方がまし、株も全部だめ"])
def test_wish_to_die_beside_a_dead_thing_still_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "父が倒れたのは先週で、それから意識がない",
        "母が倒れた時、準備していた薬を飲ませたけど大丈夫でしょうか",
        "母が倒れた時、事前に聞いていた番号に電話したけど大丈夫ですか",
    ],
)
def test_past_word_or_preparation_with_a_sign_going_on_still_fires(text: str) -> None:
    assert_emergency(text, "unresponsive", call="119")
