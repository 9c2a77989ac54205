"""CheckList-style tests for the causes behind held-out round 5's misses and raised look-alikes.

Each cause is tested as a behaviour over several people and phrasings (none is a round-5 sentence):
- minimum: an onset 「ちょっと前から」 is now; a rope in hand with words of shame or death is an
  attempt; wanting to erase oneself, "nobody would miss me", "if I jumped…" thought every day and
  following a dead spouse are a crisis;
- invariance: the same in hiragana, without punctuation, with a name;
- direction: the same sign seen on television, said of an animal, set in an era or year, remembered,
  long-standing (「ことがよくある」「昔から」), a degree (「止まるかと思うほど」), a condition (「入っても」),
  a question about the word, or over (無事, 元気になった, 連れて帰ってくれた, told to wait and see,
  gone home, a false alarm) — no alarm; and where no rule sees a sign but the message says it is
  hypothetical or over, the learned detector alone does not raise the alarm either.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import variants

WHO = ("母", "父", "夫", "祖母", "義父")


# --- minimum and invariance: recall ----------------------------------------------------------------

ONSET_JUST_NOW = (
    "{who}がちょっと前から言葉が出なくなって、左手がだらんとしています",
    "{who}が少し前から急にろれつが回らなくなりました",
    "{who}、ちよつと前から右の手足に力が入らない",  # small-kana slip of ちょっと
    "三十分前から{who}の顔の片側が下がったままです",
)


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize("template", ONSET_JUST_NOW)
def test_an_onset_a_little_while_ago_is_an_emergency_not_long_standing(template, who):
    text = template.format(who=who)
    result = assess_urgency(text)
    assert result.urgency == "emergency" and result.call_number == "119", (text, explain(text))


@pytest.mark.parametrize("template", ONSET_JUST_NOW[:2])
def test_an_onset_a_little_while_ago_raises_the_alarm_however_written(safe_triager, template):
    for kind, text in variants(template.format(who="母")).items():
        r = safe_triager.triage(text)
        assert r.urgency == "emergency" and r.call == "119", (kind, text, r.to_dict())


def test_a_long_time_ago_is_still_long_standing():
    for text in ("父はずっと前から左手がしびれています", "母は何年も前から言葉が出にくい"):
        assert assess_urgency(text).urgency != "emergency", (text, explain(text))


@pytest.mark.parametrize(
    "text",
    [
        "祖父が物置で縄を手にしていて、生き恥をさらすよりはと言っています",
        "父がロープを握って、もう死なせてくれと言っている",
        "夫が紐を手に取って、死にたいとつぶやいています",
    ],
)
def test_a_rope_in_hand_with_words_of_shame_or_death_is_an_attempt_now(safe_triager, text):
    r = safe_triager.triage(text)
    assert r.urgency == "emergency" and r.call == "119" and r.crisis, (text, r.to_dict(), explain(text))


CRISIS_IN_OTHER_WORDS = (
    "もう自分を消したいです",
    "自分なんか消えればいいと思ってしまう",
    "私がいなくなっても誰も困らないと思います",
    "わたしがいなくなっても、だれもこまらないよね",
    "駅のホームで、飛び込んだらって毎日考えてしまう",
    "屋上から飛び降りたらと、最近よく思います",
    "妻が亡くなってから、私も後を追いたいと思う日があります",
    "主人が先立って一年、早く主人のところへ行きたい",
)


@pytest.mark.parametrize("text", CRISIS_IN_OTHER_WORDS)
def test_a_wish_to_die_in_yet_other_words_is_a_crisis(text):
    result = assess_urgency(text)
    assert result.crisis and result.urgency == "urgent", (text, explain(text))


@pytest.mark.parametrize("text", CRISIS_IN_OTHER_WORDS[::2])
def test_a_wish_to_die_in_yet_other_words_is_a_crisis_however_written(safe_triager, text):
    for kind, variant in variants(text).items():
        assert safe_triager.triage(variant).crisis, (kind, variant)


@pytest.mark.parametrize(
    "text",
    [
        "母の実家のそばに行きたいです。引っ越しの相談です",  # no death
        "犬が走っていなくなっても、誰も困らないよと笑われた",  # not the writer
        "次に雪が降ったらと思うと、買い物が心配です",
    ],
)
def test_everyday_phrases_near_those_words_are_no_crisis(text):
    assert not assess_urgency(text).crisis, (text, explain(text))


# --- direction: no alarm --------------------------------------------------------------------------

NOT_HERE_AND_NOW = {
    "seen in the media": [
        "テレビで一人暮らしのお年寄りが倒れて見つかるニュースを見て、{who}のことが心配になりました",
        "ニュースで洗剤を誤飲する事故の特集をやっていて、{who}の家の棚を見直しました",
        "ドラマで認知症のおじいさんが行方不明になる場面を見て、{who}の写真を撮っておきました",
    ],
    "an animal": [
        "うちの犬が暑さでぐったりしていたので、すぐ涼しい部屋に入れました。{who}は元気です",
        "猫が二日帰ってこないと{who}が言っています",
        "インコが急に動かなくなって、{who}が落ち込んでいます",
    ],
    "an era or a year": [
        "昭和の終わりに{who}が脳梗塞で倒れ、そのころから右手が不自由です",
        "令和四年に{who}が自宅で倒れ、それから要介護二です。デイサービスを増やしたい",
        "平成の頃、{who}が餅をのどに詰まらせて救急車を呼びました",
    ],
    "remembered or since": [
        "{who}が倒れたのを思い出して、夜眠れないことがあります",
        "{who}が脳出血で倒れて以来、外出が減りました",
    ],
    "long-standing": [
        "{who}は耳が遠くて、呼んでも返事をしないことがよくあります",
        "冬になると{who}の手足が冷たいのは昔からです。暖房の補助はありますか",
    ],
    "a degree": [
        "{who}と漫才を見て、息が止まるかと思うほど笑いました",
        "孫の合格を聞いて、{who}は心臓が止まるかと思うほど驚いたそうです",
    ],
    "a condition": [
        "「泥棒が入っても盗られるものはない」と{who}は言いますが、鍵が心配です",
    ],
    "a question about the word": [
        "さっきの続きです。「意識がない」ってどんな状態のことですか。{who}のために知っておきたい",
        "「ろれつが回らない」とはどういうことでしょうか。{who}の主治医に言われました",
    ],
    "over": [
        "{who}が朝の薬を二回飲んでしまいましたが、薬局に聞いたら様子を見てよいと言われました",
        "昨日、セールスの人に居座られて困りましたが、今はもう帰っています。{who}も無事です",
        "帰ってこなかった{who}を、交番の方が連れて帰ってくださいました",
        "{who}が暑さでぐったりしていましたが、水分をとって元気になりました",
        "庭で{who}が倒れてる！と思ったら、干してあった布団でした。お騒がせしました",
    ],
}
DIRECTION_CASES = [(why, t) for why, ts in NOT_HERE_AND_NOW.items() for t in ts]


@pytest.mark.parametrize("who", WHO[:3])
@pytest.mark.parametrize("why,template", DIRECTION_CASES)
def test_a_sign_not_here_and_now_raises_no_alarm_in_the_rules(why, template, who):
    text = template.format(who=who)
    assert assess_urgency(text).urgency != "emergency", (why, text, explain(text))


@pytest.mark.parametrize("why,template", DIRECTION_CASES)
def test_a_sign_not_here_and_now_raises_no_alarm(safe_triager, why, template):
    text = template.format(who="母")
    r = safe_triager.triage(text)
    assert r.urgency != "emergency", (why, text, r.to_dict(), explain(text))


@pytest.mark.parametrize(
    "text,call",
    [
        ("母が倒れてもう動かない", "119"),  # 「てもう」 is no condition
        ("泥棒が入ってもう二階にいる、父が一人", "110"),
        ("令和八年十二月六日 午前九時より 父 ろれつ回らず 右手動かず", "119"),  # a dated note of today is no era
        ("さっきの続きです。母がまた倒れて、今度は呼んでも返事をしません", "119"),
        ("犬の散歩中に母が倒れて動きません", "119"),  # an animal nearby, a person the subject
        ("テレビを見ていたら父が急に胸を押さえて苦しみだした", "119"),  # the television is only the setting
    ],
)
def test_the_same_words_here_and_now_still_raise_the_alarm(safe_triager, text, call):
    r = safe_triager.triage(text)
    assert r.urgency == "emergency" and r.call == call, (text, r.to_dict(), explain(text))


@pytest.mark.parametrize(
    "text",
    [
        "What should I do if my father chokes on mochi? 帰省前に調べています、just in case",
        "My mother had a stroke last year, now stable. 介護保険の申請は海外からもできますか",
        "父は去年心臓の手術をしましたが、今はとても元気です。近くの体操教室はありますか",
    ],
)
def test_a_message_that_says_it_is_hypothetical_or_over_is_not_alarmed_by_the_model_alone(safe_triager, text):
    rules = assess_urgency(text)
    assert rules.urgency != "emergency"
    r = safe_triager.triage(text)
    assert r.urgency != "emergency", (text, r.to_dict())
