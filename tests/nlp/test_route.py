"""Route rules with the real address router (routing/data CSVs)."""

from __future__ import annotations

import pytest

from nlp.route import concerned_person_text, decide_route, find_address, marugoto_reason, zaitaku_reason


def _route(router, text, urgency="routine", topics=("dementia",)):
    return decide_route(text, urgency, list(topics), find_address(router, text))


def test_an_emergency_goes_to_emergency_and_keeps_the_center(router):
    d = _route(router, "稲毛区小仲台2丁目の父が倒れて意識がない", urgency="emergency", topics=("other",))
    assert d.route == "emergency"
    assert d.center_id == "konakadai"


def test_a_town_with_one_center_gives_that_center(router):
    d = _route(router, "稲毛区小仲台に住む母が最近物忘れがひどくて")
    assert (d.route, d.center_id) == ("center", "konakadai")


def test_no_address_gives_center_route_without_center_id(router):
    d = _route(router, "母の物忘れがひどくなってきました")
    assert (d.route, d.center_id) == ("center", None)


def test_a_split_town_without_chome_gives_no_center(router):
    # 柏井 is split between two centers by 丁目: never guess.
    d = _route(router, "花見川区柏井に住む母の物忘れが心配です")
    assert d.route == "center"
    assert d.center_id is None


def test_the_person_concerned_outside_the_city_goes_outside_city(router):
    d = _route(router, "船橋市に住む母の物忘れが心配です")
    assert (d.route, d.center_id) == ("outside_city", None)


def test_the_writers_own_address_elsewhere_does_not_decide(router):
    d = _route(router, "東京に住む娘です。母は稲毛区小仲台に住んでいます。物忘れが心配です")
    assert (d.route, d.center_id) == ("center", "konakadai")
    d = _route(router, "私は船橋市に住んでいますが、父は稲毛区小仲台で一人暮らしです")
    assert (d.route, d.center_id) == ("center", "konakadai")


def test_writer_self_introduction_is_blanked_but_a_self_writer_keeps_the_address():
    assert "東京" not in concerned_person_text("東京に住む娘です。母のことで")
    assert "小仲台" in concerned_person_text("私は稲毛区小仲台に住んでいます。最近物忘れがひどい")


@pytest.mark.parametrize(
    "text",
    [
        "8050問題です。50代の息子がずっと家にいます",
        "40代の娘が部屋から出てこなくなって10年になります",
        "知的障害のある息子と暮らしていますが、私も80歳になりました",
        "高校生です。祖父の介護で学校を休みがちです",
        "30代、シングルマザーです。家賃が払えません",
        "ヤングケアラーの相談はどこにすればいいですか",
    ],
)
def test_compound_or_non_elderly_problems_go_to_marugoto(router, text):
    assert marugoto_reason(text) is not None
    assert _route(router, text, topics=("caregiver_support",)).route == "marugoto"


@pytest.mark.parametrize(
    "text",
    [
        "母の介護で疲れています",
        "ひきこもりがちな父を外に連れ出したい",  # the older person withdrawn: the center's
        "母が兄に殴られてあざができています。兄は無職です",  # an older person hurt stays with the center
    ],
)
def test_an_older_persons_own_problem_is_not_marugoto(text):
    assert marugoto_reason(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "居宅のケアマネです。若葉区で訪問診療をしてくれる医療機関を探しています",
        "病院の退院支援看護師です。在宅で人工呼吸器を管理できる訪問看護ステーションを教えてください",
        "ケアマネです。医療と介護の連携のルールのようなものはありますか",
        "多職種連携の研修会は今年度いつありますか",
    ],
)
def test_professionals_asking_about_home_medical_resources_go_to_zaitaku_renkei(router, text):
    assert _route(router, text, topics=("professional", "home_medical")).route == "zaitaku_renkei"


@pytest.mark.parametrize(
    "text,topics",
    [
        ("訪問看護について知りたい", ("home_medical",)),  # a family asking: the center
        ("退院した父に訪問診療の先生を探しています", ("home_medical",)),
        ("ケアマネです。利用者さんの家族がサービスを拒否していて困っています", ("professional",)),
    ],
)
def test_families_and_client_cases_are_not_zaitaku_renkei(text, topics):
    assert zaitaku_reason(text, list(topics)) is None


def test_outside_city_comes_before_marugoto(router):
    d = _route(router, "市原市に住む母と50代のひきこもりの兄のことで相談です")
    assert d.route == "outside_city"


def test_a_city_address_written_in_kana_is_never_outside(router):
    for text in ("ちば市いなげく小仲台2丁目の母が心配です", "母はチバ市ミハマ区高洲3丁目で一人暮らしです"):
        d = _route(router, text)
        assert d.route == "center" and d.center_id in ("konakadai", "takasu"), (text, d)


def test_another_municipality_with_a_city_town_name_in_its_address_is_outside(router):
    d = _route(router, "千葉県鎌ケ谷市道野辺本町1-1に住む父のことで相談です")
    assert (d.route, d.address.municipality) == ("outside_city", "鎌ケ谷市")


def test_blanking_the_writers_address_keeps_every_other_character_in_place():
    text = "ｿｳﾀﾞﾝです。東京に住む娘です。母は 稲毛区小仲台２丁目 です"
    blanked = concerned_person_text(text)
    assert len(blanked) == len(text)
    assert "東京" not in blanked
    assert blanked.index("稲毛区") == text.index("稲毛区")


def test_the_address_is_masked_where_the_router_found_it(router):
    from nlp.route import ADDRESS_MARK, mask_address

    text = "東京に住む娘です。母は 千葉市 稲毛区 小仲台２丁目 に住んでいます。小仲台の家です"
    address = find_address(router, text)
    assert text[slice(*address.span)] == "千葉市 稲毛区 小仲台２丁目"
    masked = mask_address(text, address)
    assert masked.count(ADDRESS_MARK) == 1
    assert "稲毛区" not in masked and masked.endswith("小仲台の家です")


def test_an_address_without_a_span_masks_nothing_rather_than_search_for_it():
    from nlp.route import mask_address
    from routing.results import Resolution

    text = "母は 稲毛区小仲台 に住んでいます"
    assert mask_address(text, Resolution("center", matched="稲毛区小仲台")) == text
