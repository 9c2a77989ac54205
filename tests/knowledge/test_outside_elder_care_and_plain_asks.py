"""Held-out round 29's misses, as families (own sentences).

Outside elder care, however near an entry's words come: a young person's own affairs (school, coming of age, a
first job) with no older person or care named, a business handed on to a successor with no will or estate named,
and the driving licence's own paperwork with no way of getting about asked for. And questions that plainly ask
for an entry's content: how to start using a home helper (利用, 開始, 手順: the formal words), and what the
neighbours can do for someone living alone nearby.
"""

import pytest

from knowledge.vocabulary import outside_elder_care


@pytest.mark.parametrize(
    "typed",
    [
        "娘の卒業式の袴のレンタル店と、キャンセル料のことで揉めています",
        "大学生の息子が入学した途端に高い教材を契約させられた",
        "就活中の娘が、有料のセミナーの解約に応じてもらえないと言っています",
        "子どもの部活の遠征費、いつまでに払えばいいですか",
        "高校の修学旅行の積立金のことで問い合わせたい",
    ],
)
def test_a_young_persons_own_affairs_with_no_older_person_named_are_outside(typed):
    assert outside_elder_care(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "小学生の子の世話と母の介護が重なって、もう限界です",
        "孫の入学祝いを送りたいけど、年金暮らしで余裕がない",
        "大学生です。下の階のおばあさんが最近見えなくて心配です",
        "中学生の息子が祖父の世話で部活に行けなくなりました",
        "学校で認知症サポーターの講座を開きたい",
    ],
)
def test_a_young_person_beside_an_older_person_or_care_stays_in(typed):
    assert not outside_elder_care(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "うちの工務店を長男に継がせたい。何から準備すれば",
        "商売の跡継ぎが決まらず困っています",
        "後継者に会社を引き継ぐときの手続きは",
        "家業の酒屋を娘に継いでもらうにはどうしたら",
    ],
)
def test_a_business_handed_on_is_outside(typed):
    assert outside_elder_care(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "店と家を次男に継がせる遺言を書いておきたい",
        "お墓を継ぐ者がいない",
        "父の店を継いだが、認知症の父の介護もあって手が回らない",
        "財産のこともあるので、店を誰が継ぐか書面にしておきたい",
    ],
)
def test_a_will_a_grave_or_care_beside_a_succession_stays_in(typed):
    assert not outside_elder_care(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "免許を返上する手続きはどこでしますか",
        "父の運転免許の更新、どこで受ければいい",
        "運転経歴証明書の受け取り方を知りたい",
        "免許返納の手続き、警察署でもできますか",
        "高齢者講習って、どこに行けば受けられるの",
    ],
)
def test_the_licences_own_paperwork_is_outside(typed):
    assert outside_elder_care(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "免許を返納したら病院に行く手段がない",
        "免許を返してから買い物に出かけられなくて困っています",
        "認知症の父に免許を返納させたいが、どう説得すれば",
    ],
)
def test_a_licence_given_up_with_a_way_of_getting_about_asked_stays_in(typed):
    assert not outside_elder_care(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "息子の専門学校の入学金の支払いで学校と揉めています",
        "家業を継ぐ跡取りの件、何から始めたらいいですか",
        "運転免許を返す手続きはどこでできるの",
    ],
)
def test_the_faq_answers_nothing_outside_elder_care(seed_index, typed):
    assert seed_index.best(typed) is None


@pytest.mark.parametrize(
    "typed",
    [
        "ヘルパーに来てもらいたいのですが、利用を開始するまでの手順を教えてください",
        "訪問介護の利用を始めたい。どういう流れになりますか",
        "ホームヘルパーを使い始めるまでの流れを教えてください",
    ],
)
def test_how_to_start_using_a_home_helper_is_answered(seed_index, typed):
    match = seed_index.best(typed)
    assert match is not None and match.slug == "care-home-helper"


@pytest.mark.parametrize(
    "typed",
    [
        "団地の一人暮らしのおばあさんがこの頃やつれてきた。近所の者として気にかけるには",
        "近くに住む一人暮らしのおじいさん、最近元気がない。周りの者が見守るにはどうすれば",
    ],
)
def test_what_neighbours_can_do_for_someone_living_alone_is_answered(seed_index, typed):
    match = seed_index.best(typed)
    assert match is not None and match.slug == "watch-neighbor-worry"


@pytest.mark.parametrize("typed", ["父のことで困っています", "母のことで相談があります", "ちょっと聞きたいことが"])
def test_a_vague_worry_is_not_answered(seed_index, typed):
    assert seed_index.best(typed) is None
