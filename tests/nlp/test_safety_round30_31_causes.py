"""CheckList-style tests for the causes behind what held-out rounds 30 and 31 missed, in sentences of our own (none
is a held-out sentence), with their must-not-fire look-alikes.

- a wish never to wake again was read only as 「目が覚めなければ」: now also literary and plain (「目覚めぬ朝を願う」
  「二度と目を覚まさなくていい」「このまま目覚めずに済めば」), not sleep sought unbroken nor a fear for a sleeper;
- medicine hoarded with a wish to join the dead or to be able to die any time (「早く墓に入りたい」「いつでも死ねる
  ように」) was not read as the means kept; 「墓に入りたい、早く」 (the haste after the wish) and 墓 without お were missed;
- spaced kana with two kana swapped (「うごなかい」「まらわない」), and 「…ない かたて」 run together into a
  「ないか」 of doubt, hid a stroke;
- a dose found out (「飲んだことが判明した」「わかりました」) was read as an experience (「飲んだことがある」), and
  a blister sheet (「一シート全部」) or 服用 did not make an overdose.
"""

from __future__ import annotations

import pytest

from nlp.rules.base import with_swapped_kana
from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency,
    assert_no_crisis_by_rules,
    assert_no_emergency,
)

# ---- crisis: a wish never to wake again ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "目覚めない朝を願いながら床に就く毎日です",
        "もう二度と目を覚まさなくていい、と父が小さな声で言いました",
        "このまま目覚めずに済めばいいのに、と夜ごと思います",
        "永遠に目が覚めなければ楽なのにと母がつぶやいた",
        "目覚めぬ眠りを祈るばかりの日々です",
    ],
)
def test_a_wish_never_to_wake_is_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "夜中に目覚めずに朝までぐっすり眠れたらいいのに",
        "途中で目が覚めない眠りを願っています。睡眠薬の相談をしたいです",
        "目覚めない朝を願う、という歌詞の曲を探しています",
        "二度と目覚めないように強い睡眠薬を、と頼まれる場面を小説に書いています",
        "朝まで目を覚まさずに眠れるようになりたい",
    ],
)
def test_sleep_sought_unbroken_or_a_song_is_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text)


# ---- crisis: medicine hoarded with a wish to join the dead, or to die any time ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "妻を亡くした父が「墓に入りたい、早く」と言い、血圧の薬を飲まずにためているようです",
        "祖母が「早くじいさんのところへ行きたい」と言って、睡眠薬を引き出しに隠していました",
        "叔父が病院をいくつも回って睡眠薬を集めています。「いつでも死ねるように」だそうです",
        "隣の奥さんが、いつでも逝けるようにと薬を貯めているのを見てしまいました",
        "早く墓に入りたいと祖母が毎日言っています",
    ],
)
def test_means_kept_with_a_wish_to_join_the_dead_is_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "夫の死後、いずれ一緒の墓に入りたいので永代供養の相談をしたい",
        "母の死後、父が「早く墓参りに行きたい」と言っています",
        "薬を飲み忘れて溜まっているので早く病院に行きたい",
        "薬を飲まずに溜めているのを見つけました。主治医に相談したいです",
        "薬を集めているのは、いつでも飲めるようにするためです",
        "飼い犬が死んでから、父は早く会いたいと言って泣いています",
        "長生きしすぎたよと笑っていました",
    ],
)
def test_planning_a_grave_grief_or_a_joke_is_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text)


# ---- stroke: spaced kana with two kana swapped --------------------------------------------------------------


def test_swapped_kana_forms_include_the_word_and_its_neighbours_swapped() -> None:
    forms = with_swapped_kana("うごかない").strip("(?:)").split("|")
    assert forms[0] == "うごかない"
    assert {"うごなかい", "ごうかない", "うかごない", "うごかいな"} <= set(forms)


@pytest.mark.parametrize(
    "text",
    [
        "ちち　が　いきなり　かたて　うごなかい",
        "そふ　きゅうに　ろれつ　まわならい",
        "はは　とつぜん　ろれつ　まわらない　かたあし　うごかない",
        "おっと　が　きゅうに　みぎて　うかごない",
    ],
)
def test_a_stroke_typed_in_haste_in_kana_is_an_emergency(text: str) -> None:
    assert_emergency(text, "stroke", "119")


@pytest.mark.parametrize(
    "text",
    [
        "ははが　きのう　ころんで　かたて　うごかない　いまは　だいじょうぶ　です",
        "ははの　かたてが　うごかなくならないか　しんぱい",
        "かたての　うごかない　ひとの　かいごの　しかたを　おしえて　ください",
    ],
)
def test_a_past_fall_a_fear_or_a_question_is_no_stroke_emergency(text: str) -> None:
    assert_no_emergency(text)


# ---- poisoning: a dose found out, a blister sheet, 服用 -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "父が私の睡眠導入剤を二シート服用していたことが分かりました。ふらふらしています",
        "母が眠り薬をシートごと飲んだことが発覚しました。今とても眠そうです",
        "夫が安定剤を全部飲んだことが先ほど判明しました",
    ],
)
def test_a_dose_found_out_is_an_emergency(text: str) -> None:
    assert_emergency(text, "poisoning", "119")


@pytest.mark.parametrize(
    "text",
    [
        "睡眠導入剤を一シート全部薬局でもらってきました",
        "一シート全部飲み終えたので、次の処方をお願いしたい",
        "去年、母が薬を全部飲んだことがあるので、今も心配です",
        "昔、父が薬を全部飲んだことがわかった時は驚きましたが、今は元気です",
    ],
)
def test_medicine_fetched_finished_or_an_old_dose_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


# ---- near misses: figures of speech, a fear of the future, a time told after, a cooking cut ------------------


@pytest.mark.parametrize(
    "text",
    [
        "昨日の坂道、しんどくて死ぬか思たわ。ほんで、杖の貸し出しってどこで聞けばええん?",
        "持ってる株、もう死んだ株ばかりで笑うしかない。さて、母の介護認定のことで質問です",
        "携帯が死んだので、娘のスマホから送っています。父の通院の送迎について",
    ],
)
def test_dying_as_a_figure_or_a_dead_thing_is_neither_crisis_nor_emergency(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)


@pytest.mark.parametrize(
    "text",
    [
        "父が漂白剤を口に入れないか心配なので、置き場所を相談したい",
        "伯母の家に空き巣が入ったのは去年で、もう鍵も替えてあります。防犯の相談です",
        "手首のとこ切ってもうた、にんじん切っとって。もう血は止まった。ほんで配食の件やけど",
    ],
)
def test_a_fear_of_the_future_an_old_break_in_or_a_kitchen_cut_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "今から死ぬ。さようなら",
        "母が漂白剤を口に入れてしまいました。ぐったりしています",
        "いま家に泥棒が入ってきた。たすけて",
        "手首を切った。たまねぎなんか関係ない、もう死にたい、血が止まらない",
    ],
)
def test_the_same_words_now_stay_an_emergency(text: str) -> None:
    assert_emergency(text)


# ---- crisis: the same wishes in other words (other rules' gaps found in the rounds' full output) -------------


@pytest.mark.parametrize(
    "text",
    [
        "寝たまま目が覚めなきゃいいのにと、このごろ毎晩願っています",
        "夫に先立たれてから、生への執着がなくなりました。眠剤をためてあります",
        "近所のおばあさんが「じいさんのところへ行く」と言って、薬をためていると聞きました",
        "兄を亡くして半年、わたしもそっちへ行きたいと思う夜があります",
        "父の介護も八年、父と一緒に逝けたらと考える自分が怖いです",
        "店を閉めてから、このまま消えてしまえたらと思う日ばかりです",
        "足も悪くなって、もう生きてたって仕方ねえと思うんだ",
        "母が「わたしなんか死んだ方がみんなのため」と真顔で言います",
        "常連のおじいさんが「もうこの世にいたくない」とこぼしていました",
        "最近、死を考える時間が増えました。計画はありません",
        "祖父が「死んだばあさんのところへ行かせてほしい」と毎晩つぶやいています",
    ],
)
def test_wishes_in_other_words_are_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "親の死を考えると不安で眠れません",
        "人の死を考えることが増えたのは、友人の葬儀に出てからです",
        "財布をなくして、そっちへ行きたいのですが窓口は何時まで",
        "母を亡くして一年、手続きでそっちに行きたいのですが予約はいりますか",
        "薬はためてあるので、来週先生のところへ行く",
        "一緒に行けたらいいね、温泉",
        "私なんかいなくなった方が楽でしょ、って母が冗談で笑ってた",
        "生きてたって楽しいことはある、と父はよく言います",
        "この世にいたくないほど恥ずかしかった",
        "祖父が「施設にいるばあさんのところへ行かせてほしい」と言うので、面会の予約をしたい",
    ],
)
def test_another_death_an_errand_or_a_joke_is_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text)


def test_a_joke_denied_stays_a_crisis() -> None:
    assert_crisis_by_rules("「私なんかいなくなった方が」と、冗談ではない顔で言いました")


# ---- crisis: a wish told with the explanatory ん is no negative ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "もう死にてえんさ、だれにも言えねえけど",
        "母が「早く死にたいんよ」と毎晩言います。今どうこうというわけではないです",
        "消えてしまいたいんだわ、正直",
    ],
)
def test_a_wish_with_the_explanatory_n_stays_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "死にたくはないんさ、ただ腰が痛くて",
        "母は「死にたいなんて思わん」と笑っています",
    ],
)
def test_a_wish_denied_in_dialect_is_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text)


# ---- round 32 (measured once, then read): a wish to die typed with spaces, and the means made ready -----------


@pytest.mark.parametrize(
    "text",
    [
        "しにたい　でも　だれにも　いえない",
        "死にたいでもどうしていいかわからない",
        "死にたくても死ねない、もう疲れた",
    ],
)
def test_a_wish_then_but_or_even_if_stays_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "もう生きるのやめたい。さっきロープ用意した",
        "夫が「今までありがとう」と言って、練炭を買ってきた",
        "ろーぷ よういした もう しにたい",
        "息子が「さようなら」と書いたメモを残し、ロープを用意していた",
    ],
)
def test_the_means_made_ready_with_a_farewell_is_an_emergency(text: str) -> None:
    assert_emergency(text, "self_harm_now", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "キャンプ用にロープを用意した。さようなら夏休み",
        "去年、死にたくてロープを用意したことがあります。今は落ち着いています",
        "冬に備えて練炭を買ってきた。こたつ用です",
    ],
)
def test_a_rope_for_camping_or_an_old_plan_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


# ---- round 32: choking told with its sign denied in the sign's own words (声が出ず, 息ができない) ------------------


@pytest.mark.parametrize(
    "text",
    [
        "むせたあと、今は声が出ず苦しそうです",
        "パンがひっかかって声が出ない",
        "食べながら急に声が出ません",
        "せんべいでむせて息ができない",
    ],
)
def test_choking_with_no_voice_or_breath_is_an_emergency(text: str) -> None:
    assert_emergency(text, "choking", call="119")


@pytest.mark.parametrize(
    "text",
    ["むせたけど今は声が出ます", "パンがひっかかったけど声は出ています", "むせたけど息はできています"],
)
def test_choking_with_voice_and_breath_back_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)
