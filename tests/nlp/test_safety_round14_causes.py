"""CheckList-style tests for the causes behind held-out round 14's missed attempts and crises.

Each cause is tested as a behaviour over phrasings of our own (none is a round-14 sentence):
- minimum: an overdose told in a formal or old-fashioned hand (服し, 飲み干し, 世を辞する) or with the dakuten
  dropped (のんた); something unnamed swallowed with words of ending it; kerosene poured over oneself told in
  fragments; 「いま とびおりる」 — an attempt now (119 and the crisis flag);
- minimum: farewell signs (everything cancelled as no longer needed, thanks for everything), weariness of living,
  a way to die asked for, a letter to the family left with a rope, hoarded sleeping pills, a "what if" about
  others that turns out to be the writer's own — a crisis;
- direction: ordinary cancellations with their reason, a hypothetical about others, thoughts of death without an
  act, the joy of living in an old-fashioned hand — no emergency, and no crisis where nothing says one.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency
from tests.nlp.checklist import assert_crisis_by_rules as _crisis
from tests.nlp.checklist import assert_emergency as _emergency
from tests.nlp.checklist import assert_emergency_however_written as _emergency_however_written
from tests.nlp.checklist import assert_no_crisis_by_rules
from tests.nlp.checklist import assert_no_emergency as _no_emergency


def _no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)


# --- an attempt told in other words --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "唯今、安定剤を多量に服し申し候。これにてこの世を去る所存にて候",
        "睡眠薬を全部飲み干しました。今生の別れです",
        "くすり ぜんぶ のんた もう しぬ",
        "くすりを のみました さようなら",
    ],
)
def test_an_overdose_told_in_formal_old_or_broken_writing_is_an_attempt_now(text):
    _emergency(text, "self_harm_now", "119")
    assert assess_urgency(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "あれを全部飲んだ。これで終わりにする",
        "それ、ぜんぶのんだ。さよなら",
    ],
)
def test_something_unnamed_swallowed_with_words_of_ending_it_is_an_attempt_now(text):
    _emergency_however_written(text, "self_harm_now", call="119", kinds=("as written", "no punctuation", "with a name"))
    assert assess_urgency(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "いま……ガソリン……かぶった……マッチもってる",
        "灯油・・・頭から・・・かぶりました",
        "とうゆ……かぶった……らいたー……もってる",
    ],
)
def test_fuel_poured_over_oneself_told_in_fragments_is_an_attempt_now(text):
    _emergency(text, "self_harm_now", "119")
    assert assess_urgency(text).crisis


def test_now_right_before_jumping_is_an_attempt_now():
    _emergency_however_written("今 飛び降りる", "self_harm_now", call="119")


@pytest.mark.parametrize(
    "text",
    [
        # something unnamed taken, no words of ending it
        "あれ飲んだ?風邪薬のこと",
        "それ全部飲んだら、次の薬を出してもらえますか",
        # kerosene spilt while filling the stove
        "ストーブに灯油を入れるとき……少し……かぶっちゃった",
        # thoughts of death now, no act: a crisis, not an attempt
        "今、死にたいと思っています",
    ],
)
def test_unnamed_medicine_spilt_fuel_and_thoughts_without_an_act_are_no_attempt(text):
    _no_emergency(text)


# --- farewell signs ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "来週の通院も配食も全部キャンセルしました。もういらないので。今までありがとう",
        "ヘルパーさんの契約を解約しました。もう必要ありませんから。長い間お世話になりました",
        "大事にしてた着物、姪に全部譲りました。もう要らないので",
    ],
)
def test_everything_cancelled_or_given_away_as_no_longer_needed_is_a_crisis(text):
    _crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "デイの契約を断りました、引っ越すので",
        "入院するので来週の予約をキャンセルしたいです",
        "配食はもう必要ないので解約しました。娘が同居して作ってくれることになりました",
        "訪問リハビリを解約しました。膝が良くなって、もう必要ないそうです",
        "来月のショートステイ、キャンセルしたいんですがどこに言えば",
    ],
)
def test_an_ordinary_cancellation_with_its_reason_is_no_crisis(text):
    _no_crisis(text)


# --- weariness of living, a way to die, the means ready -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "もう生きるのに疲れました",
        "九十を過ぎ、生き長らえる理由もなく、冥土へ参りたく候",
        "われ世にあきぬ、はやく死なむと思ふ",
        "生きてゆく気力もございません",
        "楽に死ねる方法を教えてください",
        "痛くなく死ぬにはどうしたらいいですか",
        "朝 めが さめて がっかりする",
        "毎晩、このまま電車に飛び込んだら楽かなと思ってしまう",
        "寝不足が続いて、線路に飛ぼうとか考える自分が怖い",
        "母がもう疲れた、お父さんのところへ行きたいと言います。探さないでとも",
        "例のもの、もう用意してある。あとはいつにするか決めるだけ",
        "父の押し入れから縄と、家族宛ての手紙が出てきました",
        "母が睡眠薬を少しずつためているのを見つけました。死ぬときに使うと言います。今は落ち着いています",
    ],
)
def test_weariness_of_living_a_way_to_die_and_means_made_ready_are_a_crisis(text):
    _crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "生くることのありがたさを思ふ日々にて候",
        "生きる気力が湧いてきました、デイのおかげです",
        "朝目が覚めると腰が痛い",
        "父のところへ行きたいので、送迎の相談です",
        "書類はもう用意してあります。あとはいつ出すかだけです",
        "プールに飛び込んだら楽しかった",
        "死ぬほどおいしいお菓子でした",
    ],
)
def test_living_gladly_waking_sore_and_plans_made_ready_are_no_crisis(text):
    _no_crisis(text)


# --- a "what if" about others that is the writer's own ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "もし家族を看ている人が消えたいと思ったら、どこに相談するんでしょう。…というのは、実は自分の話なんです",
        "介護者がもし死にたいと思ったら?って、私のことです",
        "もし介護者が死にたいと思ったら相談できる窓口はありますか。いま正にそう思っています",
    ],
)
def test_a_what_if_about_others_turned_into_ones_own_is_a_crisis(text):
    _crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "もし介護者が死にたいと思ったら相談できる窓口はありますか。研修で使います",
        "もし親が死にたいと言い出したら、家族はどうすればいいですか",
    ],
)
def test_a_pure_what_if_about_others_is_no_crisis_from_the_rules(text):
    _no_crisis(text)


def test_ones_own_what_if_of_a_fall_is_still_no_emergency():
    # a disclosure makes a crisis of a crisis rule only, not an emergency of a fall imagined
    _no_emergency("もし家で倒れたら誰が気づくんでしょう…って、私のことです")


# --- other families: signs in other words, in fragments, in an old-fashioned hand ----------------------------


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("祖父の顔の右側が動いていない、話もかみ合わない", "stroke"),
        ("おばあちゃんの口がまがってる、さっきから", "stroke"),
        ("電話の向こうで父が「くるしい…くるしい…」とだけ", "heart_breathing"),
        ("胸から……肩にかけて……痛いって……母が", "heart_breathing"),
        ("夫が自分の喉を掴んで、顔が真っ赤、パンを食べてた", "choking"),
        ("団子……のどに……息ができない……", "choking"),
        ("入れ歯がのどに入っちゃって出てこない、いま", "choking"),
        ("祖母を揺すっても全く起きない、いびきが変", "unresponsive"),
        ("老父、寝所にて呼べども返事なく候", "unresponsive"),
        ("声をかけても目をあけてすぐに閉じてしまう、いつもは話すのに", "unresponsive"),
        ("父が台所であおむけのまま、もう2時間、動かない", "unresponsive"),
    ],
)
def test_signs_in_other_words_fragments_or_an_old_hand_are_emergencies(text, family):
    _emergency(text, family, "119")


@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんはうつぶせのまま寝かせないでと言われました",
        "父はあおむけのまま2時間昼寝して、今は起きて返事もします",
        "胸のあたりの筋肉痛で、肩まで痛いのは湿布で治りました",
        "のどに入っちゃって咳き込んだけど、すぐ出て今は元気です",
        "呼べども呼べども来ない犬、かわいいです",
        "母は目をあけてすぐ閉じる癖がある(ドライアイ)と眼科で言われました",
    ],
)
def test_the_same_words_told_as_over_as_a_habit_or_of_a_joke_are_no_emergency(text):
    _no_emergency(text)


@pytest.mark.parametrize(
    ("text", "family", "call"),
    [
        ("祖父、裏庭にて倒れ、出血夥しく候", "seizure_bleeding_fall", "119"),
        ("母が……吐いたもの……血……", "seizure_bleeding_fall", "119"),
        ("ごうとう いる たすけて", "intruder_violence", "110"),
        ("知らない男の人が家の中をうろうろしてる、一人です", "intruder_violence", "110"),
        (
            "母が段ボールにお金を詰めてコンビニから出すって言ってる、電話で息子が困ってるって",
            "fraud_in_progress",
            "110",
        ),
        ("祖父が電話しながら、キャッシュカードと通帳を机に出し始めた", "fraud_in_progress", "110"),
        ("認知症の夫が昼前に出て、もう夜8時です", "missing_dementia", "110"),
    ],
)
def test_more_signs_in_other_words_are_emergencies(text, family, call):
    _emergency(text, family, call)


@pytest.mark.parametrize(
    "text",
    [
        "泥棒いる?って聞いたら母が笑った",
        "泥棒いるかもと思ったら猫でした",
        "先月、母が吐いたものに血が少し混じっていて、胃カメラで異常なしでした",
        "認知症の父は朝出て、もう夕方には帰ってきます",
        "孫にお年玉を封筒に入れて郵便局から送りました",
    ],
)
def test_the_same_words_asked_worried_past_or_ordinary_are_no_emergency(text):
    _no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "お茶だと思って飲んだみたい。祖母が台所の除草剤を湯のみに半分",
        "夫が睡眠薬を袋ごと飲んだようで、呼んでも返事がにぶい",
    ],
)
def test_a_poison_drunk_for_a_drink_or_medicine_taken_by_the_box_is_poisoning(text):
    _emergency(text, "poisoning", "119")


@pytest.mark.parametrize(
    "text",
    [
        "お茶だと思って飲んだら麦茶でした",
        "漂白剤をジュースと間違えて飲まないように、別の棚に置いています",
        "去年、父が洗剤をお茶だと思って飲んで入院しました。今は元気です",
    ],
)
def test_a_drink_mistaken_harmlessly_prevented_or_in_the_past_is_no_poisoning(text):
    _no_emergency(text)
