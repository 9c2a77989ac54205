"""CheckList-style tests for the causes behind the crises and the emergency held-out round 18 missed.

Each cause is tested as a behaviour in sentences of our own (none is a round-18 sentence):
- no point in living, said to the end of the clause (「生きている意味がないと思うようになりました」「生きてく価値
  なんてない気がする」「何のために生きてるのか」): its own ない is not a negation;
- a wish to die, go or vanish in classical Japanese (「我も逝きたし」「我も逝かむ」「死なばや」「消えなまし」);
- the next season refused, a veiled farewell (「もう冬を越す気はない」「春まで持たなくていい」), and "no longer here
  next year" with a farewell (「これで最後やな、来年はもうおらん」);
- a choking told in the Kansai/Hokuriku perfect (「のどにつめてもたんや」): not an "even if";
- guards: a thing of no use, a pastime sought, a denial, a death told in verse, a modern 「消えたし」, a plant that
  will not last the winter, a prognosis, a move next year.
"""

from __future__ import annotations

import pytest

from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency_however_written,
    assert_no_crisis_by_rules,
    variants,
)

# --- no point in living ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "定年してから毎日が空っぽで、生きている意味がないと思うようになりました",
        "妻に先立たれて、もう生きてる価値なんてない気がする",
        "足が動かなくなって、生きる甲斐もありません",
        "父が、生きていく意味が見いだせないと言います",
        "一人になって、何のために生きてるのかわからない",
        "こんな体で生きていても仕方ないと思う",
        "母が最近、生きる理由がなくなったと繰り返します",
        "生きてく意味なし",
    ],
)
def test_no_point_in_living_is_a_crisis_however_written(text: str) -> None:
    for variant in variants(text).values():
        assert_crisis_by_rules(variant)


@pytest.mark.parametrize(
    "text",
    [
        "この薬は飲んでも意味がないと思うのですが、やめてもいいですか",
        "父が生きがいを見つけたいと言っています。趣味の教室はありますか",
        "生きがい作りの活動について教えてください",
        "生きている意味がないとは思わないけれど、毎日さみしいです",
        "リハビリをしても意味がない気がすると母が言うので、先生に相談したい",
    ],
)
def test_lookalikes_of_no_point_in_living_are_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)


def test_not_knowing_whether_someone_is_alive_is_no_crisis() -> None:
    # 「生きているかいないか」: not 生きている甲斐(かい) がない
    assert_no_crisis_by_rules("叔父が生きているかいないかも分からない、電話に出ないんです")


# --- a classical wish to die --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "妻逝きて 独り寝の夜の 長ければ 我も逝きたし 思ふばかりぞ",
        "看取り終へ 我も逝かむと 母の言ふ",
        "老いの身の 死なばやと思ふ 夜もすがら",
        "露のごと 消えなましかば 楽ならむ",
        "子に迷惑 かけるばかりの この身なら 消えばやと思ふ",
    ],
)
def test_classical_wish_to_die_is_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "餅つまり 祖母の逝きし 冬の朝 今年も思う 鏡開き",
        "停電で電気も消えたし、今日はもう寝ます",
        "痛みも消えたし、父は元気にしています",
        "買い物しにたしか駅前まで行ったはずです",
    ],
)
def test_lookalikes_of_the_classical_wish_are_no_crisis(text: str) -> None:
    # crisis only: a choking remembered in verse (「餅つまり」) is another family's matter, left alone here
    assert_no_crisis_by_rules(text)


# --- the next season refused, a veiled farewell -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "新聞を届けたら、おばあさんに「世話になったね、今年の冬を越す気はないからね」と言われました",
        "父がもう春を迎えるつもりはないと言います",
        "母が、春まで持たなくていいって言う",
        "配達のおじさんに「これで最後やな、来年はもうおらんからな」と言われた",
        "長い間ありがとう、次の冬にはもういないからって祖父が",
    ],
)
def test_season_refused_is_a_crisis_however_written(text: str) -> None:
    for kind, variant in variants(text).items():
        if kind != "hiragana":
            assert_crisis_by_rules(variant)
    assert_crisis_by_rules(text.replace("、", ""))


@pytest.mark.parametrize(
    "text",
    [
        "この鉢植えは冬を越せないかもしれません",
        "今年は冬を越す準備がまだで、灯油を頼みたい",
        "医者に春まで持たないと言われました。在宅で看たいです",
        "担当の方は来年はもういないんですか",
        "来年はもういないんです、転勤で。これで最後ですがお世話になりました",
        "この花は冬を越す気がないみたい",
    ],
)
def test_lookalikes_of_the_season_refused_are_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)


# --- a choking told in the Kansai/Hokuriku perfect ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "じいちゃんが餅のどにつめてもたんや、声出えへん、背中たたいてもあかん",
        "おかんが飴をのどに詰めてもうたんや、息でけへん",
    ],
)
def test_choking_in_the_kansai_perfect_is_an_emergency(text: str) -> None:
    assert_emergency_however_written(text, "choking", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "餅をのどにつめても大丈夫なように、何か用意しておくものはありますか",
        "のどに詰めてもたいしたことないって父は言いますが、食べ方のコツを教えて",
    ],
)
def test_choking_in_the_future_or_in_general_is_no_emergency(text: str) -> None:
    from tests.nlp.checklist import assert_no_emergency

    assert_no_emergency(text)


# --- the means in hand now, in a headline's or a verse's shorthand ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "夫 「もう死ぬ」と ナイフを首に 居間で",
        "祖母が「死なせて」と包丁を握って離さない",
        "看取り終へ 死なばやと母 紐を手にして 梁を見上ぐる",
        "老いの身に 我も逝かむと 縄を手に取る 父の背",
    ],
)
def test_means_in_hand_with_words_of_death_is_an_emergency(text: str) -> None:
    assert_emergency_however_written(text, "self_harm_now", call="119", kinds=("as written", "no punctuation"))
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "カミソリを首に沿わせて髭を剃ると手が震えるので、電気シェーバーを勧めたい",
        "父は料理が好きで、包丁を手放さないので危なくないか心配です",
    ],
)
def test_a_blade_in_everyday_use_is_no_emergency(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)
