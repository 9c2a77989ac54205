"""Held-out round 18's causes, as families (own sentences): classical Japanese of tanka and old letters
(をば, 荒き/なき before a noun, 〜たる, 〜けり, 〜し, 〜りて, 〜たし, 言はるる), Kansai and Western adjectives in
their u-form (しんどうて, きつう) and どない, a note's question label (【質問】, 質問 and a space) and a place to
ask named last (相談先), an aside that tells what happened (kept, not dropped), harsh words and their regret,
a grown child who keeps to their room, no one to talk to said with 話す; and, as no FAQ question, a change in
one's own family member with a visit asked for to see them (not_faq.txt)."""

import pytest

from knowledge.ranker import asks
from knowledge.vocabulary import drop_asides, hinted_subjects, standard_endings, unify


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("孫の手紙をば読みて", "孫の手紙を読みて"),
        ("荒き波", "荒い波"),
        ("長き夜に", "長い夜に"),
        ("悲しき便り", "悲しい便り"),
        ("頼る人 なき暮らし", "頼る人 ない暮らし"),
        ("名もなき花", "名もない花"),
        ("老いたる母", "老いた母"),
        ("涙も枯れけり", "涙も枯れた"),
        ("若き日に書きし文", "若い日に書いた文"),
        ("共に学びし友", "共に学んだ友"),
        ("守りし家", "守った家"),
        ("医者と言はるる人", "医者と言われる人"),
        ("思はぬ病", "思わぬ病"),
        ("道を知りて歩く", "道を知って歩く"),
        ("手立てを聞きたし", "手立てを聞きたい"),
        ("我を救へよ", "我を救えよ"),
    ],
)
def test_classical_endings_are_read_in_the_modern_form(typed, read):
    assert standard_endings(typed) == read


@pytest.mark.parametrize(
    "kept",
    [
        "人をばかにするな",
        "孫をばあちゃんに預けた",
        "遺言はない",
        "発言はなかった",
        "いたる所に段差がある",
        "泣き声がする",
        "母のなき声",
        "お金を借りて返せない",
        "電車を降りて歩く",
        "条件を満たし、申請した",
        "わたしです",
        "少し心配",
        "好きな物",
    ],
)
def test_modern_words_that_look_classical_are_kept(kept):
    assert standard_endings(kept) == kept


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("毎日しんどうて眠れん", "毎日しんどくて眠れん"),
        ("父にきつう言うてしまう", "父にきつく言うてしまう"),
        ("つろうなってきた", "つらくなってきた"),
        ("どないしたらええの", "どうしたらいいの"),
        ("これからどないなるん", "これからどうなるん"),
    ],
)
def test_kansai_adjectives_and_donai_are_read_in_the_standard_form(typed, read):
    assert standard_endings(typed) == read


@pytest.mark.parametrize("kept", ["振動で目が覚める", "廊下で転んだ", "しんどうが来る"])
def test_words_that_look_kansai_are_kept(kept):
    assert standard_endings(kept) == kept


@pytest.mark.parametrize(
    "typed",
    [
        "【対象】父【状況】夜間の徘徊【質問】相談先",
        "質問 独居の叔母 服薬管理できていない",
        "質問：要支援の人が使えるサービス",
        "一人暮らしの母の見守り 相談先",
        "どないしよ",
        "誰か助けて",
        "老いの道を問ひたし",
    ],
)
def test_note_labels_places_to_ask_pleas_and_classical_wishes_ask_something(typed):
    assert asks(typed) == 1.0


@pytest.mark.parametrize("plain", ["父は質問に答えられなかった", "相談先は先週もう決めました", "母が助けてくれた"])
def test_statements_with_those_words_ask_nothing(plain):
    assert asks(plain) == 0.0


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("母(「要介護2」の紙を見て)困っている", "母(「要介護2」の紙を見て)困っている"),
        ("娘(40歳、ずっと働いていない)のこと", "娘(40歳、ずっと働いていない)のこと"),
        ("父(去年転んで骨を折った)の介護", "父(去年転んで骨を折った)の介護"),
    ],
)
def test_an_aside_that_tells_what_happened_is_kept(typed, kept):
    assert drop_asides(typed) == kept


@pytest.mark.parametrize(
    ("typed", "subject"),
    [
        ("夫に荒い声を出してしまう", "虐待"),
        ("つい声を荒げてしまいます", "虐待"),
        ("義母に暴言を吐いてしまった", "虐待"),
        ("母に怒鳴っては毎晩後悔しています", "自己嫌悪"),
        ("父につい当たって、悔やんでばかり", "自己嫌悪"),
        ("兄が十年以上部屋から出てこない", "ひきこもり"),
        ("45歳の娘が自室にこもったまま", "ひきこもり"),
        ("一日中話す人がいない", "話し相手"),
        ("しゃべる相手がいなくて", "話し相手"),
    ],
)
def test_subjects_told_in_other_words_are_hinted(typed, subject):
    assert subject in hinted_subjects(unify(typed))


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("病む母に 荒き言葉を 浴びせては ひとり悔いたる 夜の長さよ", "abuse-caregiver-at-limit"),
        ("介護がえらいし、父にきつう当たってしまう。どないしたらええんやろ", "abuse-caregiver-at-limit"),
        ("【施設】老健【本人】父【様子】腕にあざ、職員をこわがる【質問】相談先", "abuse-in-facility"),
        ("娘(45歳、十年ほど部屋から出てこない)→ 私(80)も先が短い。どうしたら", "marugoto-8050"),
        ("父(「要支援2」のはがきを見て)「何が使えるんだ」と聞くが答えられない", "care-support-level"),
        ("ひとり住む 話す人なき 夕暮れに テレビの声を 友と聞きけり", "watch-lonely"),
    ],
)
def test_round18_families_find_their_entry_first(seed_index, typed, slug):
    assert seed_index.ranked(typed, [], 1)[0].slug == slug


@pytest.mark.parametrize(
    "typed",
    [
        "父が退院してから、どこがとは言えないが様子が違う。一度見に来てほしい",
        "手術から戻った母がどうも変な気がします。うまく説明できないので一度来て見てください",
    ],
)
def test_a_visit_asked_for_to_see_ones_own_family_member_is_no_faq_question(seed_index, typed):
    assert seed_index.best(typed) is None
