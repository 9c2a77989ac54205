"""CheckList-style tests for the causes behind the look-alikes held-out round 22 raised (issue 14), in sentences of
our own (none is a round-22 sentence), each with guards that must stay emergencies (recall first).

- a lone spaced まえ (「まえ ちち たおれた」): kana-only writers' "before, once", read as a word of the past;
- a fear of it happening again after a verb's stem (「また たおれる しんぱい」「迷子になるのが不安」);
- got it out oneself, in the potential form (「自分で吐き出せた」「咳で出せました」);
- checked with someone who knows and all right (「薬局に確認したら大丈夫な量でした」);
- a news report told with 〜ってあった, a play or a book of its kind (「心中物」「首吊りの小説」);
- the police already done with it (「警察は済んでいます」); looked and nobody there, a delusion named;
- where the person said they would be (「泊まりに行くって言ってた」), a sign of life (「でも でんき つく」);
- 「死んでもいい」 as the measure of a love; 「今も時々つらそう」 is how someone looks, not a thought still had;
- the years ahead asked about (「この先どうなる」).
"""

from __future__ import annotations

import pytest

from nlp.rules.crisis import NOT_CRISIS
from nlp.urgency import _reading, assess_urgency
from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency,
    assert_emergency_however_written,
    assert_no_crisis_by_rules,
    assert_no_emergency,
    assert_no_emergency_however_written,
)

# --- a lone spaced まえ is the past ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "まえ ちち たおれた。いま げんき",
        "おばあちゃん まえ いなくなった。けいさつ つれてきた。いま うち いる",
        "となり の おじいさん、まえ くすり いっぱい のんだ。びょういん いった。いま だいじょうぶ",
        "まえ、はは が たおれて うごかなかった。いま もう げんき です",
        "マエ チチ タオレタ。イマ ゲンキ",
    ],
)
def test_a_lone_spaced_mae_tells_the_past(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "まえ ちち たおれた。いま また たおれて うごかない",
        "ちち が まえ に たおれて うごかない",  # fell forward: not "before"
        "いえ の まえ で はは が たおれてる",  # in front of the house
        "げんかん の まえ で おじいさん たおれて へんじ ない",
        "まえ は げんき だった。いま はは いき してない",
    ],
)
def test_spaced_mae_of_a_place_or_with_now_still_raises(text: str) -> None:
    assert_emergency(text)


def test_mae_inside_a_word_or_in_front_is_left_alone() -> None:
    assert "以前" not in _reading("なまえ わからない")
    assert "以前" not in _reading("いえ の まえ で たおれてる")
    assert "以前" not in _reading("ちち が まえ に たおれた")
    assert "以前" in _reading("まえ ちち たおれた")


# --- a fear of it happening again -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "せんげつ ちち たおれた。いま げんき。また たおれる しんぱい",
        "母は一度転んでから、また倒れるのが心配です。手すりをつけたい",
        "祖父がまた倒れる不安があって、見守りサービスを考えています",
    ],
)
def test_a_fear_of_falling_again_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父が倒れて動かない。また倒れるのが心配どころじゃない",
        "いま ちち たおれる しんぱい じゃない、もう たおれて うごかない",
        "母が倒れてるのが心配で見に来たら、本当に倒れて意識がない",
    ],
)
def test_a_fall_now_beside_a_fear_still_raises(text: str) -> None:
    assert_emergency(text)


# --- got it out oneself -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "お盆に父が団子を喉につまらせかけたけど、自分で吐き出せた。今年の注意点は",
        "去年、祖母が餅をのどに詰まらせたが咳で出せました。今年は小さく切ります",
        "母がこんにゃくゼリーをつまらせかけて、自力で吐き出せたそうです。代わりのおやつは",
    ],
)
def test_got_out_by_oneself_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "餅をつまらせて吐き出せない。息ができない",
        "父が団子を喉に詰まらせた。自分で吐き出せないみたい",
        "母が餅をのどに詰まらせた、吐き出せたらいいけど顔が紫",
        "父が餅を喉に詰まらせた。声は出せましたが、息ができない",
    ],
)
def test_stuck_and_not_coming_out_still_raises(text: str) -> None:
    assert_emergency(text, family="choking")


# --- checked with someone who knows -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "きのう父が血圧の薬を二回飲んだかもと言うので、薬局に確認したら大丈夫な量でした。管理のコツは",
        "母が睡眠薬を多く飲んだかもしれず、かかりつけに電話で聞いたら問題ないと言われました",
        "祖母が湿布をなめたので薬剤師さんに相談したら心配ないとのことでした",
    ],
)
def test_checked_and_all_right_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父が薬を一度に全部飲んだ。薬局に確認したら大丈夫じゃないって",
        "母が睡眠薬を大量に飲んだ。確認したら大丈夫かわからない。ぐったりしてる",
        "祖母が漂白剤を飲んだ。いま確認しています",
    ],
)
def test_a_check_not_reassuring_still_raises(text: str) -> None:
    assert_emergency(text, family="poisoning")


# --- news, plays and books --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "新聞で高齢者が洗剤を飲んだってあった。うちも置き場所を変えたい",
        "ネットニュースで認知症の人が灯油を飲んだと出ていて怖くなりました。対策は",
        "首吊りの推理小説を読んでいたら、母に心配されました",
        "ドラマの誘拐ものを見たあと、父が眠れないと言っています",
    ],
)
def test_news_plays_and_books_are_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "漂白剤を飲んだ。母がいま",
        "ニュースを見ていたら、祖母が漂白剤を飲んだ。吐いている",
        "母が首吊りをしようとしてる。ロープを持ってる",
    ],
)
def test_swallowed_or_hanging_now_still_raises(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "芝居の心中物を見て、祖母が涙ぐんでいました。昔の話です",
        "知人のお父様が数年前に自死されたと聞き、今もつらそうです。遺族の会はありますか",
        "「死んでもいい」と言うほど好きな歌手のコンサートに、父を連れて行きたい",
        "死んでもいいくらい好きな演歌歌手がいて、母を会わせてあげたいです",
    ],
)
def test_plays_bereavement_and_love_are_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)


@pytest.mark.parametrize(
    "text",
    [
        "死にたいくらいつらい。好きな歌手の歌も聴けない",
        "死にたいと思ったことがある。今もそう思う",
        "母が心中しようと言う。今もそう言っている",
        "息子が自殺したいと言っていた。今も時々そう言う",
    ],
)
def test_wishes_to_die_still_flag_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "死んでもいいと思うほどつらい",
        "もう死んでもいい。介護に疲れた",
        "死んでもいいくらい苦しい",
        "死んでもいいほど寂しい",
    ],
)
def test_dying_content_as_a_measure_of_pain_is_no_figure(text: str) -> None:
    # The learned detector reads these (the rules do not flag them): they must not be set aside as a figure of speech.
    assert not NOT_CRISIS.search(_reading(text)), text
    assert not assess_urgency(text).firmly_dismissed, text


# --- police done, nobody there ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "利用者さんが「電話で言われて通帳を渡してしまった」と先月話してくれました。警察への届けは済んでいます",
        "父が夜に泥棒が入ってくると言うが、見に行っても誰もいない。認知症の妄想でしょうか",
        "祖母が知らない人が家に入ってくると訴えます。調べても誰もいませんでした",
    ],
)
def test_police_done_or_nobody_there_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "いま知らない男が家に入ってきた。助けて",
        "母が電話で言われてキャッシュカードを渡そうとしてる。今、男が取りに来る",
        "調べても誰もいないと思ったら、知らない男が家に入ってきた",
    ],
)
def test_someone_there_now_still_raises(text: str) -> None:
    assert_emergency(text)


# --- a known reason for the absence, a sign of life -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "近所のおばあさん、3日見ないけど、息子さんの家に泊まりに行くって言ってた。念のため",
        "隣のじいさんが数日電話に出ない。温泉に行くと聞いていました",
        "むかい の おじいさん あまり みない。でも よる でんき つく",
        "隣のおばあさん、しばらく見かけないけど洗濯物は干してあります",
    ],
)
def test_a_known_reason_or_a_sign_of_life_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "隣のおばあさん、泊まりに行くって言ってたのに、3日たっても電話に出ない。新聞もたまってる",
        "近所のじいさん、もう5日見ない。電気がつけっぱなしで新聞がたまってる",
        "むかい の おばあさん、みっか でんわ でない。でんき つきっぱなし",
    ],
)
def test_days_without_an_answer_still_raise(text: str) -> None:
    assert_emergency(text, family="unanswered")


# --- the years ahead ---------------------------------------------------------------------------------


def test_the_years_ahead_are_settled() -> None:
    for text in ("娘が50近くで家から出ない。わしも85だ。この先どうなる", "この先が不安です。夫も私も80過ぎ"):
        result = assess_urgency(text)
        assert result.settled, text


# --- however written (hiragana, no punctuation, with a name) ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "正月に祖母が餅をつまらせかけたけど、自分で吐き出せた。今年はどうしよう",
        "昨日、父が薬を二重に飲んだかもと言うので、薬局に確認したら大丈夫な量でした",
        "隣のおばあさん、三日見ないけど、娘さんの家に泊まりに行くって言ってた",
        "入居者さんが「電話で言われてカードを渡してしまった」と話してくれました。警察は済んでいます",
    ],
)
def test_lookalikes_however_written_are_no_emergency(text: str) -> None:
    assert_no_emergency_however_written(text)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("祖母が餅をつまらせて吐き出せない。息ができない", "choking"),
        ("父が漂白剤を飲んだ。吐いている", "poisoning"),
        ("父が前に倒れて動かない。呼んでも返事がない", None),
        ("隣のおばあさん、三日電話に出ない。新聞もたまってる", "unanswered"),
    ],
)
def test_guards_however_written_still_raise(text: str, family: str | None) -> None:
    assert_emergency_however_written(text, family)
