"""CheckList-style tests for the causes behind the look-alikes held-out round 16 raised wrongly by the rules.

Each cause is tested as a behaviour in sentences of our own (none is a round-16 sentence):
- direction (no alarm): a sign in fiction being written (「小説で…場面」「…話を書きたい」); a sign typed to try the
  bot out, with no one in trouble said (「「意識がない」と送ったらどうなるか試しています。誰も倒れていません」);
- second pass (what the first left raised): people of a kind who say the sign now and then (「…と言う檀家さんが時々
  います」); phrases set apart by slashes, long-standing said as a phrase of its own (「冬／…冷たい／昔から」); love or
  sorrow before a tight chest; a warning notice quoted (「ATMに「…おやめください」って貼ってあって」); a test, fiction,
  an exam question or a check settled aloud (「あ、庭にいた」「あ、今日は…の日か、夕方かけなおそ」) leaving the model
  only the safety question; resolve (「死んでも通う」) and a doctor's prognosis (「先生が…死ぬって」) no crisis;
- invariance: the same without punctuation and with a name;
- guards (recall first): the same words with something happening now, one's own person in the sign's sentence, a
  test denied (「テストじゃない」), or no one answering (「誰も出ない」) still raise.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import assert_crisis_by_rules, assert_no_crisis_by_rules
from tests.nlp.checklist import assert_emergency as _emergency
from tests.nlp.checklist import assert_no_emergency_however_written as _no_emergency_however_written

_NO_KANA = ("as written", "no punctuation", "with a name")

# --- fiction being written ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "短編小説を書いています。主人公の父親が心筋梗塞で倒れる場面の描写で、家族はまず何をするのが自然ですか",
        "推理小説で、老人が風呂場で意識を失っている場面があります。救急隊はどう動くものでしょう",
        "空き巣が入る場面を書いているのですが、手口のリアリティについて相談したいです",
        "熱中症で動けなくなるおじいさんの話を書きたいので、どんな症状が出るか参考に教えてください",
    ],
)
def test_a_sign_in_fiction_being_written_raises_no_alarm(text):
    _no_emergency_however_written(text, _NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "小説を書いていますが、今、祖母が本当に倒れて動きません",
        "小説の場面を考えていたら、隣の部屋で父が倒れて意識がない",
        "脚本を書いていたら、母が急に胸が苦しいと言い出しました",
    ],
)
def test_a_real_sign_beside_fiction_being_written_still_raises(text):
    _emergency(text)


# --- testing the bot ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "「意識がない」と送ったらどうなるか試しています。誰も倒れていません",
        "動作テストです。「胸が痛い」と入力したら119が出るか確認しています。誰も痛くないです",
        "「息ができない」って打ったらどう返るか見てるだけです",
    ],
)
def test_a_sign_typed_to_try_the_bot_out_raises_no_alarm(text):
    _no_emergency_however_written(text, _NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "テストじゃないです。父が倒れて意識がありません",
        "試しに何度も電話したけど誰も出ない、母が倒れて息をしていない",
        "テストです。と思ったら今、夫が本当に倒れて反応がない",
        "件名：至急 父が倒れて動かない",
    ],
)
def test_a_real_sign_near_test_words_still_raises(text):
    _emergency(text)


# --- an exam word's meaning, a newsletter article, done as told and well ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "介護の資格の勉強中です。誤嚥と窒息の違いを教えてください",
        "町内会の会報に「息子を名乗る電話でお金を振り込まないで」という注意を載せたい",
        "自治会だよりに、電話でキャッシュカードを取りに来る手口の記事を書きたいです",
        "相談窓口に電話したら水を飲ませればいいと言われて、その通りで祖父は元気です",
    ],
)
def test_an_exam_word_a_newsletter_article_or_advice_followed_raises_no_alarm(text):
    _no_emergency_however_written(text, _NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "母が洗剤を飲んでしまった。誤飲と誤嚥の違いを教えて",
        "会報の記事を書いていたら、父が急に倒れて動かない",
        "言われた通りにしたけど、母が息をしていない",
        "父が洗剤を飲んだ、その通りで元気だと思ったら急にぐったりしてきた",
    ],
)
def test_a_real_sign_near_exam_newsletter_or_advice_words_still_raises(text):
    _emergency(text)


# --- something in the throat gone ---------------------------------------------------------------------


def test_something_in_the_throat_said_gone_after_a_mouthful_raises_no_alarm():
    _no_emergency_however_written("喉に魚の骨が引っかかった感じ、水を飲んだら消えました", _NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "のどに何か引っかかってる、消えたと思ったらまた苦しくて息ができない",
        "のどに餅が詰まって息ができない、声も消えた",
    ],
)
def test_a_throat_sign_with_the_word_gone_nearby_still_raises(text):
    _emergency(text)


# --- round 16, second pass: people of a kind who say the sign now and then -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "茶道教室をしています。長く座ったあと息苦しいと言う生徒さんがたまにいます。休憩を増やすべきでしょうか",
        "デイの送迎で、坂の途中で息が苦しいと訴える利用者さんが結構いらっしゃいます",
        "うちの会では、夏の練習のあと胸が締め付けられると言う会員が多くて、健康診断を勧めたい",
    ],
)
def test_people_who_say_the_sign_now_and_then_raise_no_alarm(text):
    _no_emergency_however_written(text, _NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "息苦しいと言う方がいます、待合室でうずくまって動けません",
        "今、胸が締め付けられると言う利用者さんがいて顔色が真っ青です",
        "息が苦しいと言う人が時々いますが、今日は父が急に息ができなくなりました",
    ],
)
def test_one_person_with_the_sign_now_still_raises(text):
    _emergency(text)


# --- phrases set apart by slashes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "寒い日／父の手足冷たい／若い頃から／手袋おすすめある？",
        "冬場／祖母の手が冷たい／昔から／カイロは何個まで",
    ],
)
def test_slash_phrases_with_long_standing_said_apart_raise_no_alarm(text):
    _no_emergency_however_written(text, ("as written", "with a name"))


@pytest.mark.parametrize(
    "text",
    [
        "父／倒れた／意識ない／息してない",
        "母／急に／胸が苦しい／冷や汗",
        "雪の夜／母が外で座り込んで／体が冷たい／反応がにぶい",
    ],
)
def test_slash_phrases_with_a_sign_now_still_raise(text):
    _emergency(text)


# --- love or sorrow before a tight chest ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "片思いして、胸が苦しいです。80歳の恋なんて",
        "亡くなった妻の写真を見て、切なくて胸が締め付けられる",
        "孫の結婚式で感動して胸が苦しくなりました",
    ],
)
def test_love_or_sorrow_before_a_tight_chest_raises_no_alarm(text):
    _no_emergency_however_written(text, _NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "悲しくて胸が苦しいと言っていた母が、冷や汗をかいてうずくまっています",
        "感動して胸が苦しいと言ったあと、急に倒れました",
        "切なくて胸が痛いって言ってたら息ができなくなった",
    ],
)
def test_a_tight_chest_with_a_body_sign_after_a_feeling_still_raises(text):
    _emergency(text)


# --- a warning notice quoted ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "銀行のATMに「携帯電話で通話しながらの操作はご遠慮ください」と張り紙があり、父が気にしています",
        "コンビニの注意書きに「電子マネーを買ってと言われたら詐欺」とあって、母と話しました",
    ],
)
def test_a_warning_notice_quoted_raises_no_alarm(text):
    _no_emergency_however_written(text, ("as written", "with a name"))
    assert assess_urgency(text).dismissed


@pytest.mark.parametrize(
    "text",
    [
        "母から「今ATMで携帯で話しながら振り込んでる」ってLINEが来ました",
        "張り紙を見ていたら、隣で父が携帯で話しながらATMを操作していて、相手に言われるまま振り込もうとしてる",
    ],
)
def test_a_fraud_now_near_notice_words_still_raises(text):
    _emergency(text, "fraud_in_progress", call="110")


# --- what the rules set aside, the model alone may only ask ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "「意識がない」と送ったらどうなるか試しています。誰も倒れていません",
        "推理小説で、老人が風呂場で意識を失っている場面があります。救急隊はどう動くものでしょう",
    ],
)
def test_a_test_or_fiction_set_aside_lets_the_model_only_ask(text):
    assert assess_urgency(text).dismissed, explain(text)


@pytest.mark.parametrize(
    "text",
    [
        "試験に出た「けいれん時の対応」、まず何をするのが正しいんですか",
        "過去問で誤嚥の問題が出ました。答えが分かりません",
        "母いない、あ、二階にいた、洗濯物たたんでた",
        "じいちゃんの部屋にいない…と思ったら玄関にいた、よかった",
        "ばあば電話でない。あ、今日は囲碁の日だった、夜かけなおそ",
    ],
)
def test_an_exam_question_or_a_check_settled_aloud_lets_the_model_only_ask(text):
    result = assess_urgency(text)
    assert result.urgency != "emergency" and (result.settled or result.dismissed), explain(text)


@pytest.mark.parametrize(
    "text",
    [
        "母がいない、あ、靴もない、どこにもいない",
        "父が電話に出ない、三日目です、倒れていないか心配",
        "あたまが われるように いたくて はきそう",
    ],
)
def test_no_settling_where_nothing_was_found_or_explained(text):
    assert not assess_urgency(text).settled, explain(text)


# --- 「死んでも通う」 and a doctor's prognosis ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "父は「あの店のラーメンは死んでも食べに行く」と笑っています",
        "祖母が、デイは死んでも行かないと言い張ります",
        "先生が、このままだと死ぬって言ってます。入院の準備は何が要りますか",
        "看護師さんは、父はもう長くないし、いつ死ぬとも分からないと言ってました",
    ],
)
def test_resolve_or_a_prognosis_is_no_crisis(text):
    assert_no_crisis_by_rules(text, nor_emergency=True)


def test_a_wish_to_die_near_those_words_is_still_a_crisis():
    assert_crisis_by_rules("父が先生に、もう死ぬって言ってます")
    # 「死んでもいい」 is no resolve: not set aside, so the learned detector may still flag it
    assert not assess_urgency("もう死んでもいい、と母が毎日言います").crisis_dismissed


# --- found at once, the person right beside a test -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "妻の姿が見えない、あ、物置で片付けしてた、びっくりした",
        "母が部屋にいない！あ、お風呂にいた",
        "「父が帰ってこない」と送ったらどうなるか試しています。父は隣にいます",
    ],
)
def test_found_at_once_or_beside_a_test_raises_no_alarm(text):
    _no_emergency_however_written(text, ("as written", "with a name"))


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母が部屋にいない、あ、物置にいたはずなのに、どこにもいない",
        "テストのつもりで送ったけど、隣で父が倒れて意識がありません",
    ],
)
def test_not_found_or_a_real_sign_beside_still_raises(text):
    _emergency(text)


# --- a means thought of, not taken (crisis, not this family's emergency) --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "物置の殺虫剤を見ると、あれを飲めば全部終わるのにと考えてしまう",
        "お風呂につかっていると、このまま沈んで消えたいと思う時がある",
        "川を見ると、入っていって終わりにしたいと考えてしまいます",
    ],
)
def test_a_means_thought_of_is_no_emergency_now(text):
    _no_emergency_however_written(text, ("as written", "with a name"))


@pytest.mark.parametrize(
    "text",
    [
        "母が殺虫剤を飲んでしまった、死にたいと言ってた",
        "今、父が湯船に沈んで終わりにしたいと言って顔をつけてる",
        "農薬を飲めば楽になると言って、さっき本当に飲みました",
    ],
)
def test_a_means_taken_or_now_still_raises(text):
    _emergency(text)
