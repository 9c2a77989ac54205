"""CheckList-style tests for the causes behind the look-alikes held-out rounds 24 and 25 raised as emergencies, in
sentences of our own (none is a held-out sentence), each with near-identical guards that must stay emergencies
(recall first).

- the sign naming what a programme, an article or a video is about (「…になるドキュメンタリーを見た」「…事故のニュース
  動画を見て」「…の原因という動画を見て」); a camera's footage of one's own home still counts;
- long-standing: an onset years ago (「顔面神経まひで何年も前から」), only on an occasion (「お酒を飲んだ時だけ」);
- already dealt with: stopped in time by someone, sent away, over and done with, awake again, counted and not taken;
- a thing named alone and explained as what someone used for an ordinary purpose (「キャンプで使ったものでした」);
- readings in parentheses after kanji (furigana), which cut the words the context readers look for;
- a run of end marks (「けど！！」) ending one sentence, so the next one is read with it;
- the act never seen by the writer (「手を出しているのは見ていません」), no word of now;
- the case in the present, then a question on what to do in it (「…とき、どこまで…いいのか」);
- a topic come up among people (「町内会で話題になって」); the washing taken in, against days without an answer.
"""

from __future__ import annotations

import pytest

from tests.nlp.checklist import assert_emergency, assert_no_emergency, assert_no_emergency_however_written

# --- what a programme, an article or a video is about ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの老人が倒れる再現ドラマを見て、実家の父が心配になりました。見守りサービスはありますか",
        "高齢者が餅を喉に詰まらせる事故の特集を見ました。正月前に気をつけることを知りたい",
        "胸の痛みの原因という解説動画を見た。父は狭心症で通院中。受診の目安を教えて",
        "徘徊で行方不明になった人の記事を読んで、GPSの貸し出しがあるか知りたくなりました",
        "振り込め詐欺の手口についての番組を見たので、祖母に注意を伝えたい",
    ],
)
def test_sign_naming_what_a_programme_is_about_is_no_emergency(text: str) -> None:
    assert_no_emergency_however_written(text, kinds=("as written", "with a name"))


@pytest.mark.parametrize(
    "text",
    [
        "ニュースを見ていたら、隣で父が急に倒れて動かない",
        "見守りカメラで母が倒れている動画を見ました。電話しても出ない",
        "テレビの特集を見ていた祖母が、胸が苦しいと言ってうずくまっている",
        "ドキュメンタリーを見てる途中で父が行方不明になった。夜なのに帰ってこない",
        "父が倒れたのでニュースどころじゃない。息をしていない",
    ],
)
def test_emergency_told_with_a_programme_still_raises(text: str) -> None:
    assert_emergency(text)


# --- long-standing: years ago, only on an occasion -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "訪問先で片方の口角が下がっている方がいました。ベル麻痺で十年前からだそうです。手続きの代筆は頼めますか",
        "夫のろれつが怪しいのは、寝起きの時だけです。歯科で入れ歯を調整する予定です",
        "祖母の手が震えて言葉がもつれるのは、寒い日だけ。冬の過ごし方を相談したい",
    ],
)
def test_long_standing_or_only_on_an_occasion_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父のろれつが回らない。5年前から一人暮らしです",
        "夫が急にろれつが回らない。飲んだ時だけならいいけど、飲んでいない",
        "母の顔の半分が動かない。3年前から糖尿病で通院しています",
        "祖父の口が曲がっている。何年も前からかな?",
    ],
)
def test_sign_with_years_or_occasions_said_otherwise_still_raises(text: str) -> None:
    assert_emergency(text)


# --- already dealt with ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "母が「当選金の手数料」と言われてコンビニで電子マネーを買う直前に、店員さんが止めてくださいました。今後の対策は",
        "先週、実家に訪問販売が来て長く居座ったが、隣の人が追い返しました。クーリングオフの相談です",
        "息子を名乗る電話でお金を渡しそうになった件は、もう済んだことです。家族で合言葉を決めたい",
        "おととい倒れた祖母、病院で意識が戻りました。介護保険の申請を急ぎたい",
        "父が薬を二回飲んだと言い張ったけど、ピルケースを数えたら飲んでなかった。物忘れ外来を探しています",
    ],
)
def test_already_dealt_with_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "母が「当選金の手数料」と言われて今コンビニで電子マネーを買おうとしている。止めてくれない",
        "知らない男が家に居座って帰らない。追い返したいけど怖い",
        "祖母が倒れて意識が戻らない",
        "父が倒れた。意識が戻ったけど、また倒れて動かない",
        "父が薬を全部飲んだかもしれない。数えたら足りない",
    ],
)
def test_not_yet_dealt_with_still_raises(text: str) -> None:
    assert_emergency(text)


# --- a thing explained as ordinary use -----------------------------------------------------------------


def test_thing_explained_as_ordinary_use_is_no_emergency() -> None:
    assert_no_emergency(
        "納戸を片付けていたら練炭が出てきて驚いた。祖父が昔バーベキューに使ったものです。捨て方を知りたい"
    )


@pytest.mark.parametrize(
    "text",
    [
        "父の車に練炭がある。キャンプで使ったものだと言うけど、様子がおかしい",
        "兄の部屋に練炭と遺書があった。連絡がつかない",
        "夫が練炭を焚いて部屋にこもっている",
        "兄が車で練炭自殺を図った。キャンプで使ったものだった",
    ],
)
def test_thing_not_explained_still_raises(text: str) -> None:
    assert_emergency(text)


# --- furigana, runs of end marks ---------------------------------------------------------------------


def test_furigana_does_not_cut_the_reading() -> None:
    assert_no_emergency(
        "祖母(そぼ)が漂白剤(ひょうはくざい)を飲(の)みそうになったので、棚(たな)の上(うえ)に移(うつ)しました"
    )
    assert_emergency("祖母(そぼ)が漂白剤(ひょうはくざい)を飲(の)んでしまいました。吐(は)いています")
    assert_emergency("父(ちち)が倒(たお)れて息(いき)をしていない")


def test_run_of_end_marks_ends_one_sentence() -> None:
    assert_no_emergency("父が睡眠薬を飲みすぎたって騒いだけど！！数えたら飲んでなかった！！最近おかしい")
    assert_emergency("父が睡眠薬を飲みすぎた！！意識がない！！")


# --- never seen, asked in general, a topic, signs of life ----------------------------------------------


def test_act_never_seen_is_no_emergency() -> None:
    assert_no_emergency(
        "近所で、お嫁さんがおばあさんを怒鳴っているのをよく聞きます。叩いているのは見ていません。相談先は"
    )
    assert_emergency("近所でお嫁さんがおばあさんを叩いているのは見ていないけど、今悲鳴が聞こえて殴っている音がする")


def test_case_in_the_present_then_asked_is_no_emergency() -> None:
    assert_no_emergency("担当の利用者さんと何日も電話が通じないとき、ケアマネはどこまで動いていいのでしょうか")
    assert_emergency("母が倒れたとき、どうしたらいいか分からず、今も動かない")


def test_topic_come_up_is_no_emergency() -> None:
    assert_no_emergency("老人会で、餅が喉につまったとき背中をたたくのがいいのか話題に上がりました。正しい方法は")
    assert_emergency("老人会で話題になってたけど、今父が餅を喉につまらせて苦しんでいる")


def test_washing_taken_in_against_no_answer() -> None:
    assert_no_emergency(
        "向かいのおじいさん、三日ほど姿を見ない。でもお孫さんが来ていたし洗濯物も取り込まれている。声かけすべき?"
    )
    assert_emergency("向かいのおじいさんが三日も応答がない。洗濯物も取り込まれていない")


@pytest.mark.parametrize(
    "text",
    [
        "警備員さんが止めてくれたけど、父は振り切って今もATMに向かっている",
        "祖母は意識が戻りましたが、また倒れて動かない",
        "訪問販売の男を一度帰らせたが、また来て玄関に居座っている",
    ],
)
def test_dealt_with_then_but_still_raises(text: str) -> None:
    assert_emergency(text)
