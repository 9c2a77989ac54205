"""CheckList-style tests for the causes behind held-out round 16's missed emergency (and a crisis the rules missed).

Each cause is tested as a behaviour over phrasings of our own (none is a round-16 sentence):
- minimum: a person with dementia gone to an old haunt named by a past clause on the place (「昔よく行った公園に行くと
  言って出たまま」「以前住んでいた家を探しに出て見つからない」) — 110: the past word is the place's, not the sign's;
- guard: the same with an earlier past word framing the whole sentence (「去年、…」) stays in the past;
- minimum: 「何もしたくない」「誰もしてくれない」 before a wish to die — the も of 何も is no 「もし」 (if): a crisis;
- guard: a real 「もし」 (「もし母が倒れたら」「もしたくさん飲んだら」) is still a hypothetical.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import assert_crisis_by_rules as _crisis
from tests.nlp.checklist import assert_emergency_however_written as _emergency_however_written
from tests.nlp.checklist import assert_no_emergency as _no_emergency

_NO_KANA = ("as written", "no punctuation", "with a name")

# --- missing_dementia: a past clause on a place ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母が、昔よく行った公園に行くと言って出たまま戻りません",
        "アルツハイマーの祖父が以前住んでいた家を探しに出て、どこにもいません",
        "認知症の夫が前に勤めていた会社に行くと言って出ていったきり戻らない。携帯もつながらない",
        "物忘れのひどい父が、昔通った銭湯へ行くと出て行き、見つからない",
        "徘徊のある祖母が、若い頃に働いた工場の方へ行ったきり帰ってこない",
    ],
)
def test_gone_to_an_old_haunt_named_by_a_past_clause_raises_110(text):
    _emergency_however_written(text, "missing_dementia", call="110", kinds=_NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "去年、認知症の父が昔住んでいた家の方へ出て行って見つからなかったことがあります",
        "昨年、認知症の母が以前通った病院に行こうとして迷子になりました。今は施設にいます",
    ],
)
def test_an_old_haunt_in_a_sentence_framed_by_an_earlier_past_stays_past(text):
    _no_emergency(text)


# --- crisis: the も of 何も is no もし -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "何もしたくない。もう死にたい",
        "なにもしたくない、消えたい",
        "誰もしてくれないし、生きていても仕方ない",
        "一度もしたことのない失敗ばかりで、死にたいです",
    ],
)
def test_nothing_wanted_before_a_wish_to_die_is_a_crisis(text):
    _crisis(text)
    assert all(t.why != "hypothetical" for t in explain(text)), explain(text)


@pytest.mark.parametrize(
    "text",
    [
        "もし母が倒れて意識がなかったら、どうすればいいですか",
        "もしたくさん薬を飲んでしまったら何番に電話すればいい？",
    ],
)
def test_a_real_if_is_still_a_hypothetical(text):
    _no_emergency(text)
    assert any(t.why in ("hypothetical", "conditional") for t in explain(text)) or assess_urgency(text).settled


# --- a pause after a negative predicate closes its clause ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "あ、父がいない、畑にもいない、長靴もない。認知症です",
        "じいじ？いない、部屋からっぽ、玄関あいてる、夜中なのに、認知症なのに",
    ],
)
def test_gone_said_in_short_paused_pieces_raises_110(text):
    _emergency_however_written(text, "missing_dementia", call="110", kinds=("as written", "with a name"))


def test_paused_pieces_are_still_read_as_one_sentence():
    _emergency_however_written("くちが、かたほう、さがってて、ことばが、でない", "stroke", kinds=("as written",))
