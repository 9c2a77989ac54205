"""CheckList-style tests for the causes behind look-alikes raised wrongly (look38, issue 14).

Each cause is tested as a behaviour in sentences of our own (none is a held-out sentence):
- a sign said, then called a joke in the very next sentence (「…ってな。冗談だよ。」): a figure of speech;
- a stroke sign named as a noun (「口のゆがみは」) and given a diagnosis other than a stroke: explained;
- a sign naming a news item after the て-form of しまう (「…を飲んでしまう事故のニュースを見て」): seen in the media;
- a sign named as a past stay in hospital or a history (「…で入院歴あり」), the person well now: the past;
- words named as what is stuck in the throat (「喉に言葉がつかえて」): a loss for words, not food;
- a collapse told on a past day, then back home and well now (「きのうたおれた…いまいえかえった、げんき」): the past;
- the writer's own chest laughed off (「胸が苦しくなった(笑)」), no body sign and no one's own person: a figure;
- bleeding stopped in a note (「止血完了」) or the way one has been for months (「何か月もこんな感じ」): settled, so the
  learned detector alone may only ask the safety question;
- oneself as what is lost (「自分の役割を見失う」), no person of one's own its subject: a figure;
- guards (twins): the same words said as happening now still raise the alarm.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import assert_emergency, assert_no_emergency, assert_settled_so_the_model_alone_only_asks

# --- called a joke in the next sentence ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "胸が苦しいのは推しが尊いせい、ってね。冗談だよ。母の介護保険の相談です",
        "胸が苦しいのは恋のせい、なんて。冗談です。父のデイサービスの相談です",
    ],
)
def test_a_sign_called_a_joke_in_the_next_sentence_raises_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "胸が苦しいのは恋のせい、なんて。冗談じゃないです、本当に胸が苦しい",
        "胸が苦しいのは恋のせい、なんて。冗談です。でも今、父が胸が苦しいと言っている",
        "さっきから父のろれつが回らない。冗談ではありません",
    ],
)
def test_a_sign_not_called_a_joke_or_said_now_still_raises_the_alarm(text: str) -> None:
    assert_emergency(text)


# --- a stroke sign as a noun, given another diagnosis -----------------------------------------


def test_a_stroke_sign_as_a_noun_given_another_diagnosis_is_explained() -> None:
    assert_no_emergency("母の口のゆがみは耳鼻科でベル麻痺と診断されて、飲み薬で様子を見ています。送迎の相談です")


@pytest.mark.parametrize(
    "text",
    [
        "母の口のゆがみは脳梗塞と診断されました、急に悪化しています",
        "母の口のゆがみがさっきから急にひどくなって、まだ病院で診てもらっていない",
    ],
)
def test_a_stroke_sign_as_a_noun_without_another_diagnosis_still_raises_the_alarm(text: str) -> None:
    assert_emergency(text)


# --- a news item after the て-form of しまう --------------------------------------------------


def test_a_sign_naming_a_news_item_after_shimau_is_seen_in_the_media() -> None:
    assert_no_emergency("お年寄りが漂白剤を飲んでしまう事故のニュースを見て、しまい場所を考えています")


@pytest.mark.parametrize(
    "text",
    [
        "母が漂白剤を飲んでしまったので、ニュースで見た対処を試しています",
        "事故のニュースを見ていたら、隣で母が漂白剤を飲んでしまいました",
    ],
)
def test_ones_own_person_swallowing_it_still_raises_the_alarm(text: str) -> None:
    assert_emergency(text)


# --- a past stay in hospital, well now ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "叔母、低体温症で入院歴あり(おととしの冬)。現在は自宅で問題なし。暖房器具の相談をしたい",
        "叔母は低体温症の既往あり、現在は異常なし。今冬の見守りサービスを探しています",
    ],
)
def test_a_sign_named_as_a_past_stay_in_hospital_well_now_raises_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父は熱中症で入院歴あり。現在は問題なしでしたが、今朝から体が熱くてぐったりしています",
        "叔母は低体温症の既往あり、現在は問題なし。でも今、手足が冷たくて震えが止まらない",
        "父は熱中症で入院歴あり、また再発して意識がもうろうとしています",
    ],
)
def test_a_past_stay_in_hospital_with_signs_now_still_raises_the_alarm(text: str) -> None:
    assert_emergency(text)


# --- words stuck in the throat -----------------------------------------------------------------


def test_words_stuck_in_the_throat_are_a_loss_for_words() -> None:
    assert_no_emergency("喉に言葉がつまって出てこないのは、緊張しやすい性格だからです")


@pytest.mark.parametrize(
    "text",
    [
        "言葉が出ない、喉に餅がつかえて息ができない",
        "父の喉に飴がつかえて苦しそう、返事もできない",
    ],
)
def test_food_stuck_in_the_throat_still_raises_the_alarm(text: str) -> None:
    assert_emergency(text)


# --- told on a past day, back home and well now ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "むかいの おばあさん、きのう たおれた。びょういん いった。いまは いえに かえって げんき",
        "向かいのおばあさん、おととい倒れた。入院はしなかった。今は家に戻って元気です",
    ],
)
def test_a_collapse_on_a_past_day_then_home_and_well_now_raises_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "向かいのおばあさん、おととい倒れた。今は家に戻ったけど元気がない、意識がもうろうとしている",
        "向かいのおばあさん、おととい倒れた。今は家に戻って元気。でも今、また倒れて動かない",
        "向かいのおばあさんが倒れた。いま いえに かえって げんき、と思ったら 息をしていない",
    ],
)
def test_home_and_well_with_distress_after_still_raises_the_alarm(text: str) -> None:
    assert_emergency(text)


# --- the writer's own chest, laughed off -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "推しの舞台で胸が苦しくなったよ(笑)(汗) 父の通所の相談です",
        "好きな俳優の写真集で胸が苦しいです(笑) さて、母のショートステイの件です",
    ],
)
def test_the_writers_own_chest_laughed_off_raises_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "推しの舞台で胸が苦しくなったよ(笑) 汗がすごくて息も苦しい",
        "母が胸が苦しいって(笑) と言ってたけど顔色が悪い",
        "胸が苦しい(笑)けど本当に苦しい",
    ],
)
def test_a_chest_laughed_off_with_a_body_sign_or_ones_own_person_still_raises_the_alarm(text: str) -> None:
    assert_emergency(text)


# --- settled: bleeding stopped in a note, or the way one has been for months ------------------


@pytest.mark.parametrize(
    "text",
    [
        "カッターで親指を切った。圧迫して止血完了、絆創膏を貼った",
        "転倒時の擦過傷あり。ガーゼで止血済み。経過観察",
        "祖父は昼間もうとうとして、声をかけても返事がゆっくり。もう半年以上こんな調子です。受診したほうがいい?",
        "母はぼんやりする時間が増えて、反応もにぶい。何年もこんな状態で、物忘れ外来を探しています",
    ],
)
def test_bleeding_stopped_or_months_the_same_is_settled_so_the_model_alone_only_asks(text: str) -> None:
    assert_settled_so_the_model_alone_only_asks(text)


@pytest.mark.parametrize(
    "text",
    [
        "止血完了したが、また傷から血が出てきた",
        "カッターで親指を切った。止血できない",
        "祖父は何か月もこんな感じだったけど、今朝から呼んでも反応がない",
        "母は何年もこんな状態でしたが、急に話しかけても目を開けなくなった",
    ],
)
def test_bleeding_again_or_worse_now_is_not_settled(text: str) -> None:
    assert not assess_urgency(text).settled, (text, explain(text))


# --- oneself as what is lost ------------------------------------------------------------------


def test_oneself_as_what_is_lost_is_a_figure_of_speech() -> None:
    assert_no_emergency("子育てが終わって自分の役割を見失う日々、なんて。相談したいのは母のデイサービスです")


@pytest.mark.parametrize(
    "text",
    [
        "母が自分の居場所を見失って、家に帰れなくなっている",
        "父が買い物中に自分のいる場所を見失ったらしく、まだ帰らない",
        "スーパーで父を見失った",
    ],
)
def test_ones_own_person_lost_still_raises_the_alarm(text: str) -> None:
    assert_emergency(text)
