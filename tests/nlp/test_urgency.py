"""Urgency rules, phrase by phrase: each rule, and the negations, tenses and hypotheticals that
switch it off. A missed emergency is the worst error, so the emergency tables are the longest."""

from __future__ import annotations

import pytest

from nlp.urgency import ADVICE_NUMBER, FAMILIES, RULES, assess_urgency, explain

# (text, rule that must fire, number to call)
EMERGENCIES_119 = [
    ("今倒れて意識がない", "unresponsive"),
    ("父が台所で倒れていて、声をかけても目を開けません", "unresponsive"),
    ("おばあちゃんが たおれて いしきが ない", "unresponsive"),
    ("母が呼んでも返事をしません。ぐったりしています", "unresponsive"),
    ("夫が息をしていないみたいです", "heart_breathing"),
    ("祖父の唇が紫色になってきた", "heart_breathing"),
    ("いきが くるしい たすけて", "heart_breathing"),
    ("母が息ができないと言っています", "heart_breathing"),
    ("父の胸が急に締め付けられるように痛くて冷や汗がすごい", "heart_breathing"),
    ("おじいちゃんが餅をのどに詰まらせた", "choking"),
    ("包丁で指を深く切って、血が止まりません", "seizure_bleeding_fall"),
    ("母が血を吐きました", "seizure_bleeding_fall"),
    ("夫がけいれんしていて止まらない", "seizure_bleeding_fall"),
    ("父のろれつが回らなくなって、右手が動かない", "stroke"),
    ("母が急に左の手足に力が入らないと言い出した", "stroke"),
    ("転んで起き上がれない。さむい", "unresponsive"),
    ("階段から落ちて足が変な方向に曲がっている", "seizure_bleeding_fall"),
    ("暑さで祖母がぐったりして、話しかけても答えない", "heat_cold"),
    ("父が睡眠薬をまとめて飲んでしまった", "poisoning"),
    ("在宅酸素のボンベが空になって父が苦しそう", "heart_breathing"),
    ("台所の鍋が燃えていて火が消せない", "other_emergency"),
    ("母が今夜死ぬと言って遺書を書いていた", "self_harm_now"),
    ("隣のおばあさん、新聞が4日分たまっていて、呼んでも返事がない", "unanswered"),
    ("一人暮らしの叔父に何日も電話しているのに出ません。部屋で倒れていないか心配です", "unanswered"),
    ("父と3日連絡が取れません。家の電気はついたままだそうです", "unanswered"),
    ("一週間姿を見せず、部屋の中から変なにおいがします", "unanswered"),
    ("おばあちゃんが息してるかわからない", "heart_breathing"),
    ("父がお風呂で沈んでた", "heart_breathing"),
    ("真冬の夜なのに、おじいさんが家から閉め出されて外で震えている", "heat_cold"),
    ("寒い中、父がパジャマで外を歩いている", "heat_cold"),
    ("祖父が車にはねられた", "seizure_bleeding_fall"),
    ("夫が部屋で首を吊っていました", "self_harm_now"),
    ("母が2階のベランダから飛び降りようとしている", "self_harm_now"),
    ("母がリストカットして血が出ている", "seizure_bleeding_fall"),
    ("母が腹を押さえて転げまわるほど痛がっている", "other_emergency"),
    ("おじいちゃんが苦しそうにゼエゼエしてる", "heart_breathing"),
    ("おかんが倒れとる！", "unresponsive"),
    ("祖母がさっきから呼んでも起きん", "unresponsive"),
    # dialect, emoji, hiragana
    ("じいちゃんが動かんようになった", "unresponsive"),
    ("おとんが血ぃ吐いた", "seizure_bleeding_fall"),
    ("祖母が呼吸してないかも", "heart_breathing"),
    ("父がいびきかいて寝てるけど起こしても起きない", "unresponsive"),
    ("かあちゃんが意識ないっぽい😱", "unresponsive"),
    ("母が救急車呼んでって言ってる", "other_emergency"),
    ("一人暮らしの父とずっと連絡とれへん、3日目や", "unanswered"),
    ("隣のばあちゃん何日も出てこん、新聞もたまっとる", "unanswered"),
]
EMERGENCIES_110 = [
    ("認知症の父がさっきから家にいない", "missing_dementia"),
    ("夕方散歩に出た母がまだ帰ってきません。認知症です", "missing_dementia"),
    ("徘徊のある夫が、朝から行方がわかりません", "missing_dementia"),
    ("おとうさんが いない さがしてるけど みつからない にんちしょう なんです", "missing_dementia"),
    ("今から銀行協会の人がキャッシュカードを取りに来ると母が言っています", "fraud_in_progress"),
    ("父が今ATMの前で電話しながら操作しているらしい。還付金だそうです", "fraud_in_progress"),
    ("訪問販売の業者が家に居座って帰ってくれません", "intruder_violence"),
    ("いま隣の家で息子さんが暴れていて、おばあさんの悲鳴が聞こえる", "intruder_violence"),
    ("祖母が叔父にたたかれて今泣いている", "intruder_violence"),
    ("兄が母に殴りかかっています。今です", "intruder_violence"),
    ("今オレオレ詐欺の電話がかかってきていて、母がお金を用意している", "fraud_in_progress"),
    ("母が詐欺の電話で、今から振り込みに行くと言っている", "fraud_in_progress"),
    ("隣から「助けて」と叫ぶ声がする", "intruder_violence"),
    ("家の中で息子が刃物を振り回している", "intruder_violence"),
    ("認知症のばあちゃん、夕方からおらんようになった", "missing_dementia"),
    ("親父が朝出かけたっきり帰ってきよらん、認知症です", "missing_dementia"),
    ("いま詐欺の人が家に来とる", "fraud_in_progress"),
    ("父が変な男に金を渡そうとしとる、今", "fraud_in_progress"),
]

NOT_EMERGENCIES = [
    # past, then fine
    "先月倒れたが今は元気",
    "おとうさん まえに たおれたけど いまは げんき",
    "去年父が倒れたときは救急車を呼びました。今はリハビリに通っています",
    "夫が夜中に倒れて救急搬送され、今は入院中です。退院後の介護が心配です",
    "40代の兄が脳梗塞で倒れ、後遺症があります",
    "父は脳梗塞で右半身にまひが残りました。家の段差が心配です",
    "昔、祖母が行方不明になって警察に見つけてもらったことがあります",
    "先月、父が詐欺の電話でお金を渡してしまいました。もう警察には届けています",
    "キャッシュカードを封筒に入れて渡してしまいました。先週のことです",
    # hypothetical, preventive, a general question
    "倒れたらどうしよう",
    "もし母が倒れたら誰が気づいてくれるのか",
    "母が家で倒れないか心配です",
    "倒れる前に手すりをつけておきたい",
    "転倒予防の体操教室に通いたい",
    "熱中症にならないように、エアコンの使い方を父に教えたい",
    "意識がない人を見つけたときはどうすればいいですか",
    "救急車を呼ぶ目安を教えてください",
    "認知症の母が夜中に出ていってしまわないか心配",
    "もし父が帰ってこなかったらどこに連絡すればいいですか",
    "介護がつらすぎて、いなくなってほしいと思ってしまう",
    # negated
    "倒れてはいません。少しふらつくだけです",
    "出血はないですが、転んで膝を打ちました",
    "息苦しさはもうないと夫は言っています",
    "隣から大きな声は聞こえますが、叩くような音はしません",
    # habitual or long-standing (advice, not emergency)
    "時々息が苦しくなることがあります",
    "先月から胸が痛いときがある",
    # sorrow, not a body in trouble
    "母の日記を読んで胸が痛くなりました",
    # caregiver about to collapse
    "介護でこっちが倒れそうです",
    "夫は朝から晩までテレビを見て、話しかけても返事をしません",
    "母が転んで少し血が出ましたが、もう止まりました",
    "出血は止まって、本人もけろっとしています。でも一人暮らしが心配",
    "ひきこもりの息子がずっと部屋から出てこない",
    "親の介護と孫の世話で共倒れになりそう",
]

URGENT = [
    ("父が兄に殴られて顔にあざができていました。昨日の夜のことです", "physical_violence"),
    ("施設にいる母の腕に、説明のつかないあざがいくつもありました", "physical_violence"),
    ("母が家族に部屋に閉じ込められているようです", "confined"),
    ("寝たきりの父がおむつを何日も替えてもらえていない", "no_care"),
    ("嫁にご飯を出してもらえません。2日なにも食べていません", "no_food"),
    ("一人暮らしの母が、食べるものがほとんどなくお金もないと言っています", "no_food"),
    ("父は食事を与えられていないようで、やせてきています", "no_food"),
    ("心臓の薬が今日で切れます。病院に行けません", "no_medicine"),
    ("電気を止められて、この寒さで暖房もつけられません", "no_heating"),
    ("エアコンが壊れて、部屋が35度あります", "no_heating"),
    ("介護していた母が急に入院して、認知症の父が今日から家で一人です", "cannot_cope_alone"),
    ("今日でアパートを追い出されます。行くところがありません", "cannot_cope_alone"),
    ("郵便受けに郵便物がたまったままになっている", "wellbeing_signs"),
    ("もう生きていても仕方ないと思う", "death_thoughts"),
    ("つらくて消えてしまいたい。でも今すぐどうこうするつもりはないです", "death_thoughts"),
    ("父がベッドから落ちて腰を打ちました。動けますが痛がっています", "fall_injury"),
]

ROUTINE = [
    "母が最近物忘れがひどい",
    "隣から毎晩怒鳴り声がする",  # verbal abuse alone is routine
    "兄が父の年金を勝手に使っています",  # financial abuse alone is routine
    "屋根の点検の業者と契約してしまった",
    "以前息子に叩かれたことがありますが、今は別居していて平穏です",
    "叩いたりはしていないですが、つい母に怒鳴ってしまいます",
    "死にたいとは思わないけど、介護に疲れました",
    "父は最期は家で死にたいと言っています",
    "先月転んで手首を骨折しましたが、今は治っています",
    "夏、エアコンをつけないで過ごしている母が心配です。電気代がもったいないと言います",
    "近所の高齢者がゴミ屋敷のようになっていて心配です",
    "隣のおばあさんの姿を最近あまり見かけません",
]


def _emergency_families(result) -> set[str]:
    return {f.family for f in result.findings if f.level == "emergency"}


@pytest.mark.parametrize("text,family", EMERGENCIES_119)
def test_life_threatening_now_is_emergency_with_119_in_its_family(text, family):
    result = assess_urgency(text)
    assert result.urgency == "emergency", (text, explain(text))
    assert result.call_number == "119"
    assert family in _emergency_families(result)


@pytest.mark.parametrize("text,family", EMERGENCIES_110)
def test_disappearance_or_crime_now_is_emergency_with_110_in_its_family(text, family):
    result = assess_urgency(text)
    assert result.urgency == "emergency", (text, explain(text))
    assert result.call_number == "110"
    assert family in _emergency_families(result)


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_past_hypothetical_negated_or_habitual_is_not_emergency(text):
    assert assess_urgency(text).urgency != "emergency", (text, explain(text))


@pytest.mark.parametrize("text,rule", URGENT)
def test_needs_a_staff_response_today_is_urgent(text, rule):
    result = assess_urgency(text)
    assert result.urgency == "urgent", (text, explain(text))
    assert rule in result.rule_ids


@pytest.mark.parametrize("text", ROUTINE)
def test_everything_else_is_routine(text):
    assert assess_urgency(text).urgency == "routine", (text, explain(text))


def test_unclear_medical_worry_points_to_7119_without_raising_urgency():
    result = assess_urgency("父が昨夜から熱が下がらず、救急車を呼ぶべきか迷っています")
    assert result.call_number == ADVICE_NUMBER
    assert result.urgency != "emergency"


def test_habitual_breathlessness_is_advice_not_emergency():
    result = assess_urgency("時々息が苦しくなることがあります")
    assert result.urgency == "routine"
    assert result.call_number == ADVICE_NUMBER


def test_reason_names_the_rule_and_the_words_that_triggered_it():
    result = assess_urgency("母が倒れて意識がありません")
    assert result.reason is not None and "意識" in result.reason


def test_awake_and_talking_turns_a_collapse_into_urgent():
    result = assess_urgency("父が家でぐったりしています。熱は37度台で、会話はできます")
    assert result.urgency == "urgent"


def test_every_family_is_exercised_by_these_tests():
    exercised = {family for _, family in EMERGENCIES_119 + EMERGENCIES_110}
    assert set(FAMILIES) <= exercised
    assert {r.family for r in RULES if r.level == "emergency"} <= exercised


@pytest.mark.parametrize(
    "text,rule",
    [
        ("川べりでお年寄りが水に入っていくのを見ました", "drowning"),
        ("今日中に来てもらえないでしょうか。母の世話をする人が急にいなくなりました", "asks_for_today"),
        ("父と連絡がとれません。一人暮らしです", "wellbeing_unreachable"),
        ("雨の中、おじいさんが家の前にずっと立っていて、家の鍵がないと言っています", "stranded_outside"),
        ("母が今朝から熱があって、ぼんやりしています。会話はできます", "acute_unwell"),
    ],
)
def test_remaining_rules_fire_on_their_phrases(text, rule):
    assert rule in [t.rule for t in explain(text) if t.verdict], explain(text)


# Readings added after the third held-out round (phrasings of our own, not the round's texts).
FEARED_OR_AT_THE_PLACE_NOW = [
    ("実家の前に来たけど郵便が三日分たまってて、中で倒れてるかもしれない", "unanswered"),
    ("叔母の部屋、ポストがいっぱいで中で動けなくなってるかも", "unanswered"),
    ("父から電話、もう終わりにするって、いま川に来てるって", "self_harm_now"),
    ("向かいの家から「助けて」って悲鳴が聞こえる", "intruder_violence"),
    ("母が洗剤を飲んでいないか心配、口のまわりが泡だらけ", "poisoning"),
]
FIGURES_FEARS_AND_DEALT_WITH = [
    "まるで強盗が入ったみたいに部屋が散らかってる",
    "義母の言葉を思い出すと胸が苦しくなる",
    "感動で胸がいっぱいで息もできないほどだった",
    "父は揺すっても起きないくらいぐっすり寝るけど、朝は元気",
    "祖父がまた餅を詰まらせたらと思うと心配で",
    "祖父が漂白剤を飲まないか心配で、鍵付きの棚を探しています",
    "夫がいなくなったと焦ったけど、今は家にいます",
    "倒れるほど忙しい毎日です",
    "胸が苦しくなるような切ない映画だった",
]


@pytest.mark.parametrize("text,family", FEARED_OR_AT_THE_PLACE_NOW)
def test_a_feared_collapse_inside_an_act_at_the_place_or_a_scream_now_is_an_emergency(text, family):
    result = assess_urgency(text)
    assert result.urgency == "emergency", (text, explain(text))
    assert family in _emergency_families(result)


@pytest.mark.parametrize("text", FIGURES_FEARS_AND_DEALT_WITH)
def test_a_figure_of_speech_a_fear_of_the_future_or_a_found_person_is_not_an_emergency(text):
    result = assess_urgency(text)
    assert result.urgency != "emergency", (text, explain(text))
    assert result.dismissed, (text, explain(text))


def test_the_means_kept_where_a_wish_to_die_was_said_is_a_crisis():
    result = assess_urgency("父が睡眠薬を引き出しに隠してる。前に死にたいって言ってた")
    assert result.crisis and result.urgency == "urgent"
    assert not assess_urgency("父が睡眠薬を引き出しにしまってる").crisis


@pytest.mark.parametrize(
    "text",
    [
        "もう生きてても仕方ないって、最近の母はそればかり言う",  # the ない of 仕方ない is no negation
        "夫は、俺なんか死ぬしかないと言って部屋から出てこない",
        "死にたくないわけじゃないんです。ただ毎日がつらい",  # a double negative affirms
        "生きていたいとはもう思えなくて",
        "自分で命を絶つことばかり考えてしまう",
        "妻が亡くなってから、私も早く連れてってと毎晩仏壇に話しかけています",
        "母が、電車に飛び込めば楽になるのにとつぶやいた",
    ],
)
def test_a_wish_to_die_said_in_other_words_is_a_crisis(text):
    result = assess_urgency(text)
    assert result.crisis and result.urgency == "urgent", (text, explain(text))


@pytest.mark.parametrize(
    "text",
    [
        "死にたくはないです。ただ疲れました",
        "死ぬしかないなんて思わない、まだがんばれる",
        "孫が、旅行に私も連れてってとせがむ",
    ],
)
def test_a_negated_wish_or_an_everyday_phrase_is_no_crisis(text):
    assert not assess_urgency(text).crisis, (text, explain(text))
