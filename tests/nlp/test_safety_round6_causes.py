"""CheckList-style tests for the causes behind held-out round 6's misses and raised look-alikes.

Each cause is tested as a behaviour over several people and phrasings of our own (none is a round-6
sentence):
- minimum: a sign whose negation is the sign (「言葉がはっきりしません」「手に力が入らず」); the writer's own
  round (「毎週伺うお宅」) is no habit of the sign; days named one after another (「昨日も一昨日も」) are
  "for days"; the real concern buried after a general request (「教えてほしいのですが、実は…」); someone
  at the door for the card now; cash sent in a parcel; a leg over the railing, far too many pills
  being taken, walking into the sea, with words of death; a wish that this meal were the last, a
  suicide note, "nobody would notice if I vanished", a "what if" that then says it happened;
- invariance: the same in hiragana, without punctuation, with a name, polite or plain;
- direction: the same words as someone else's story that makes one worry for one's own, a degree
  (「胸が苦しくなるくらい心配」「消えたいくらい恥ずかしい」), words stuck in the throat, breathing and eating
  normally with a fishbone, a chained condition (「倒れて動けなくなったら」「飲んだら」), prevention a little
  further on (「飲んだりしないよう」), 「わからない」 is no empty cylinder, talked out of it in time, a
  hallucination, always back by dark, a statistic heard on the news, a season or a constitution
  (「冬は」「冷え性」「暑い日は」) — no alarm; and the same words said now still raise it.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import assert_emergency as _emergency
from tests.nlp.checklist import assert_no_emergency as _no_emergency
from tests.nlp.checklist import variants

WHO = ("母", "父", "祖母", "おじいちゃん")


# --- stroke: the negation is the sign ---------------------------------------------------------------

SPEECH_UNCLEAR = (
    "{who}が急に手に力が入らず、言葉もはっきりしません",
    "さっき{who}の言葉がはっきりしなくなった",
    "{who}、いきなり話がはっきりしない。箸も持てない",
    "突然{who}の腕に力が入らなくなりました",
)


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize("template", SPEECH_UNCLEAR)
def test_speech_not_clear_or_no_strength_of_sudden_onset_is_a_stroke(template, who):
    _emergency(template.format(who=who), "stroke")


@pytest.mark.parametrize("template", SPEECH_UNCLEAR[:2])
def test_speech_not_clear_is_a_stroke_however_written(template):
    for kind, text in variants(template.format(who="母")).items():
        assert assess_urgency(text).urgency == "emergency", (kind, text, explain(text))


@pytest.mark.parametrize(
    "text",
    [
        "母は言葉もはっきりしていて、手にも力が入ります",
        "父は何年も前から言葉がはっきりしない",
    ],
)
def test_clear_speech_or_a_long_standing_slur_is_no_stroke_alarm(text):
    _no_emergency(text)


# --- the writer's round is not the sign's habit ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "配食の者です。毎週伺うお宅のおばあさんが、寒い部屋で震えていて話し方もゆっくりです",
        "ヘルパーです。毎日訪問する利用者さんが、冷え切った部屋で震えていて返事が遅い",
        "新聞配達です。いつも配達に行く家のおじいさんが、寒い玄関で座り込んで震えています",
    ],
)
def test_the_writers_regular_visit_does_not_make_a_cold_emergency_habitual(text):
    _emergency(text, "heat_cold")


@pytest.mark.parametrize(
    "text",
    [
        "母は冷え性で、冬は手足が冷たいと言います",
        "祖母は冬になると手が冷たくて震えると言っています。湯たんぽはいいですか",
        "あつい日は、父は水をあまり飲まない。どうしたら飲むかな",
        "ときどき寒い部屋で震えていることがあります",
    ],
)
def test_a_season_or_a_constitution_is_not_a_cold_or_heat_emergency(text):
    _no_emergency(text)


def test_the_same_cold_signs_today_still_raise():
    _emergency("母が今日は寒い部屋で震えていて、話し方がゆっくりです", "heat_cold")
    _emergency("冷え性の母が、今、真冬の庭で座り込んで震えています", "heat_cold")


def test_a_seeming_followed_by_a_chill_is_no_cut_wrist():
    result = assess_urgency("灯油がなくなったようで、冷え切った部屋で祖母が震えています")
    assert not result.crisis, explain("灯油がなくなったようで、冷え切った部屋で祖母が震えています")


# --- unanswered: days named one after another ------------------------------------------------------

DAYS_LISTED = (
    "{who}が昨日も一昨日も電話に出ない。新聞がたまっています",
    "{who}にきのうもおとといも連絡がつかない。ポストに郵便がいっぱい",
    "{who}が昨日も今日も電話に出ない\n家の電気もついたまま",
)


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize("template", DAYS_LISTED)
def test_days_named_one_after_another_are_days_unanswered(template, who):
    _emergency(template.format(who=who), "unanswered")


def test_days_unanswered_however_written():
    for kind, text in variants("母が昨日も一昨日も電話に出ない。新聞がたまっています").items():
        assert assess_urgency(text).urgency == "emergency", (kind, text, explain(text))


@pytest.mark.parametrize(
    "text",
    [
        "母が一昨日電話に出なかったけど、新聞をとりに出ていただけでした",
        "昨日も一昨日も電話に出ないと思ったら、旅行に行っていて今は家にいます",
    ],
)
def test_a_past_or_settled_silence_is_not_days_unanswered(text):
    _no_emergency(text)


# --- the real concern buried after a general request ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "施設の見学の仕方を教えてほしいのですが、その前に、母と週末から連絡がつかず、郵便受けに新聞が溜まっているそうです",
        "介護保険の申請の仕方を教えてほしいです。実は認知症の父が出かけたまま戻っていません",
        "デイサービスの探し方を教えてほしいのですが、実は昨日から祖母と連絡が取れず、新聞が2日分たまっています",
        "おむつの申請方法を教えてほしい。じつは認知症の母が朝から見当たらない",
    ],
)
def test_an_emergency_buried_after_a_general_request_still_raises(text):
    _emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "認知症の人が行方不明になったときの対処法を教えてほしい",
        "一人暮らしの親と連絡が取れないときの対応方法を教えてほしいです",
    ],
)
def test_a_general_question_without_a_buried_event_stays_a_question(text):
    _no_emergency(text)


# --- fraud: at the door now; cash in a parcel ------------------------------------------------------

FRAUD_NOW = (
    "母から電話で、役所の人にキャッシュカードを渡すことになっていて、今その人が玄関にいるそうです",
    "祖母が暗証番号を教えたと言っていて、今、銀行の人が家の前に来ているらしい",
    "宅配の者です。お客様が息子さんに頼まれたと言って、現金を送るからこの箱を持って行ってと言っています",
    "父が孫に頼まれたと言って、段ボールに現金を詰めて送ろうとしています",
)


@pytest.mark.parametrize("text", FRAUD_NOW)
def test_a_scammer_at_the_door_or_cash_in_a_parcel_is_fraud_in_progress(text):
    _emergency(text, "fraud_in_progress")


def test_fraud_at_the_door_however_written():
    for kind, text in variants(FRAUD_NOW[0]).items():
        assert assess_urgency(text).urgency == "emergency", (kind, text, explain(text))


@pytest.mark.parametrize(
    "text",
    [
        "去年、母が息子に頼まれたと言って現金を箱に入れて送ってしまいました",
        "孫にお年玉を現金書留で送りたいのですが、箱に入れてもいいですか",
        "コンビニの店員です。お客様が電子マネーを大量に買おうとしていたので声をかけたら、思いとどまってくれました",
    ],
)
def test_a_parcel_scam_in_the_past_a_registered_letter_or_one_talked_out_of_is_no_fraud_alarm(text):
    _no_emergency(text)


# --- self_harm_now: over the edge, pills being taken, into the sea ----------------------------------

ATTEMPT_NOW = (
    "{who}がベランダの外に足を出している。死にたいと言っている",
    "{who}、まどのそとにからだをのりだして、しにたいっていってる",
    "{who}が薬をいっぱい出して、死にたいと言いながら飲んでいる",
    "{who}がくすりをぜんぶだして しにたいって のもうとしてる",
    "{who}が「もう生きててもしょうがない」と言って、海の方に行った。服のまま入っていこうとしている",
    "{who}がもう死ぬと言って、浜から海に入ろうとしています",
)


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize("template", ATTEMPT_NOW)
def test_an_attempt_now_is_an_emergency_and_a_crisis(template, who):
    text = template.format(who=who)
    result = assess_urgency(text)
    assert result.urgency == "emergency" and result.family == "self_harm_now" and result.crisis, (
        text,
        explain(text),
    )


@pytest.mark.parametrize("template", ATTEMPT_NOW[::2])
def test_an_attempt_now_however_written(template):
    for kind, text in variants(template.format(who="母")).items():
        result = assess_urgency(text)
        assert result.urgency == "emergency" and result.crisis, (kind, text, explain(text))


@pytest.mark.parametrize(
    "text",
    [
        "母がベランダの外に布団を出して干しています",
        "父の薬を全部一度に飲んだりしないよう、お薬カレンダーを使いたい",
        "祖母は海の方に散歩に行きました。夕方には戻ります",
    ],
)
def test_the_same_places_and_pills_without_an_attempt_are_no_alarm(text):
    result = assess_urgency(text)
    assert result.urgency != "emergency" and not result.crisis, (text, explain(text))


# --- crisis: in other words; a "what if" that happened ----------------------------------------------

CRISIS_WORDS = (
    "おばあさんがお弁当を受け取るたびに、これが最後のごはんになればいいと言います",
    "父が今日が最後になればいいとつぶやいていました",
    "母が遺書のようなものを書いて机に置いていました",
    "夫がいしょをかいていたのを見つけてしまいました",
    "誰とも話してない。このまま消えても誰も気づかない",
    "もし親が死にたいと言ったら、どう答えたらいいですか。実は昨日、母がそう言ったんです",
    "もしも祖母が消えたいと言い出したら、どうしたら。じつはさっきそう言われました",
)


@pytest.mark.parametrize("text", CRISIS_WORDS)
def test_a_wish_to_die_in_other_words_or_after_a_what_if_is_a_crisis(text):
    result = assess_urgency(text)
    assert result.crisis, (text, explain(text))


@pytest.mark.parametrize("text", CRISIS_WORDS[::2])
def test_a_wish_to_die_in_other_words_however_written(text):
    for kind, variant in variants(text).items():
        assert assess_urgency(variant).crisis, (kind, variant, explain(variant))


@pytest.mark.parametrize(
    "text",
    [
        "もし親が死にたいと言ったら、どう答えたらいいですか",
        "消えてしまいたいくらい恥ずかしかった、母が店で大声を出して",
        "父が遺言書を書きたいと言っています。どこに相談すればいいですか",
        "これが最後の相談になればいいのですが、施設の申し込みについて",
    ],
)
def test_a_plain_what_if_a_degree_a_will_or_a_last_question_is_no_crisis(text):
    assert not assess_urgency(text).crisis, (text, explain(text))


# --- look-alikes: the same words not here and now ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "近所の方が脳卒中で倒れたと聞いて、うちの父も心配になりました。予防できますか",
        "友人のお母さんが倒れたって聞いて、私の母も心配。何に気をつければいい？",
    ],
)
def test_someone_elses_story_that_makes_one_worry_for_ones_own_is_no_alarm(text):
    _no_emergency(text)


def test_a_collapse_heard_of_now_still_raises():
    _emergency("隣のおばあさんが倒れたと聞いて見に来たら、息をしていません")
    _emergency("母が倒れたと聞きました、今、意識がないそうです")


@pytest.mark.parametrize(
    "text",
    [
        "胸が苦しくなるくらい心配です。母が一人で暮らしていて",
        "言葉が喉に詰まって、父に施設の話ができません",
        "思いがのどにつまって何も言えなかった",
    ],
)
def test_a_degree_or_words_stuck_in_the_throat_are_no_alarm(text):
    _no_emergency(text)


def test_the_same_chest_and_throat_words_said_of_a_body_now_still_raise():
    _emergency("母が急に胸が苦しいと言って、冷や汗をかいています")
    _emergency("父がお餅を喉に詰まらせて息ができません", "choking")


@pytest.mark.parametrize(
    "text",
    [
        "祖母が魚の小骨がのどに刺さったと言っています。息は普通で、ご飯も食べられます",
        "父が飴をのどにつまらせたけど、ふつうにしゃべってる",
    ],
)
def test_something_in_the_throat_while_breathing_and_eating_normally_is_no_choking_alarm(text):
    _no_emergency(text)


def test_something_in_the_throat_without_breath_still_raises():
    _emergency("祖母が魚の骨をのどに詰まらせて、声が出ず息も苦しそうです", "choking")


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの母が倒れて動けなくなったら、誰が見つけてくれるのか",
        "父が倒れて起き上がれなくなったら、どこに連絡すればいいですか",
        "認知症の祖母が漂白剤を間違えて飲んだら、どうすればいいですか",
        "母が薬を一度に全部飲んだりしないよう、一包化はできますか",
    ],
)
def test_a_chained_condition_or_prevention_a_little_further_on_is_no_alarm(text):
    _no_emergency(text)


def test_the_same_collapse_and_swallowing_said_now_still_raise():
    _emergency("母が倒れて動けなくなっています", "unresponsive")
    _emergency("認知症の祖母が漂白剤を間違えて飲んでしまいました", "poisoning")
    _emergency("父が倒れたらしい、今動けないと電話があった")


@pytest.mark.parametrize(
    "text",
    [
        "父は在宅酸素です。ボンベの業者さんの電話番号がわからなくなりました",
        "母の酸素ボンベの交換日がわからない",
    ],
)
def test_not_knowing_a_number_is_no_empty_oxygen_cylinder(text):
    _no_emergency(text)


def test_an_empty_oxygen_cylinder_still_raises():
    _emergency("父の酸素ボンベがからになりそうで、息が苦しそうです", "heart_breathing")


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母が夜になると知らない人が家にいると言います。実際は誰もいなくて、医師は幻視だろうと",
        "祖父が「部屋に泥棒がいる」と言いますが、幻覚だと言われています",
    ],
)
def test_a_hallucination_named_as_such_is_no_intruder_alarm(text):
    _no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父が釣りに行ってまだ帰ってきてないけど、いつも日が暮れると戻ります",
        "ニュースで認知症の行方不明者が年に1万人以上と聞いて驚きました",
        "テレビで徘徊して行方不明になる人が多いって見た",
    ],
)
def test_always_back_by_dark_or_a_statistic_on_the_news_is_no_missing_alarm(text):
    _no_emergency(text)


def test_not_back_when_always_back_by_now_still_raises():
    _emergency("認知症の父が、いつもは夕方には帰ってくるのに、まだ帰ってこない", "missing_dementia")
    _emergency("認知症の母が朝から帰ってこない。いつもなら昼には戻るのに", "missing_dementia")


@pytest.mark.parametrize(
    "text",
    [
        "施設の父が外に出ようとしたと連絡がありました。今は職員さんと部屋に戻って落ち着いているそうです",
        "おばあさん、ぜんそく。さっき くすり すって なおった。いま だいじょうぶ。",
    ],
)
def test_a_message_that_says_it_is_over_now_is_settled(text):
    result = assess_urgency(text)
    assert result.urgency != "emergency" and result.settled, (text, explain(text))


def test_a_word_of_now_after_the_reassurance_is_not_settled():
    result = assess_urgency("さっきは大丈夫だったけど、今また様子がおかしい")
    assert not result.settled


# --- direction causes still open from round 4 (same kinds, found while reading the figures) ----------


@pytest.mark.parametrize(
    "text",
    [
        "死にたいなんて思ったことはないよ、少しさびしいだけ",
        "消えたいとは思ったことがありません",
    ],
)
def test_never_having_thought_of_dying_is_no_crisis(text):
    assert not assess_urgency(text).crisis, (text, explain(text))


def test_having_thought_of_dying_is_still_a_crisis():
    for text in ("死にたいと思うことがあります", "もう死にたいなんて思っちゃう"):
        assert assess_urgency(text).crisis, (text, explain(text))


@pytest.mark.parametrize(
    "text",
    [
        "父に2日連絡がつかなかったことが去年あって、その時は入院していました",
        "祖母が漂白剤を間違えて飲みそうでこわい。何か工夫はありますか",
        "テレビで高齢者の誤飲事故の話をしてて、うちも気をつけようと思った",
        "胸が苦しいのよ、孫のこと考えると",
        "ご飯が喉に詰まる思いでした、嫁の小言で",
        "昨日、母が薬を2回飲んでしまって、薬局で様子見で大丈夫と言われ、今日も普通です",
    ],
)
def test_an_experience_a_fear_the_news_a_feeling_or_told_to_wait_is_no_alarm(text):
    _no_emergency(text)


def test_the_same_words_now_still_raise():
    _emergency("父に3日連絡がつかない。新聞もたまっている", "unanswered")
    _emergency("祖母が漂白剤を間違えて飲んでしまった", "poisoning")
    _emergency("母が急に胸が苦しいと言って倒れました")
    _emergency("父がご飯を喉に詰まらせて息ができない", "choking")
    _emergency("母が薬を一度に全部飲んでしまった。様子見でいいんでしょうか")
