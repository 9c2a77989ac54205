"""Held-out round 21's must-not answers, as families (own sentences): a visit asked for at a day or an hour the
writer names is an appointment for staff to book, and a task asked to be done ahead (〜しておいてください) is an
errand for staff to take on; neither is a question an FAQ answer settles. And everyday words that hint at a
subject: a pension taken or marks of being tied (abuse), sheltering someone (保護), goods arriving every month
(a subscription trap)."""

import pytest

from knowledge.vocabulary import hinted_subjects, unify, visit_to_arrange


@pytest.mark.parametrize(
    "typed",
    [
        "来週の金曜の十時ごろ、うちに来てもらえませんか。父の介護のことで相談したい",
        "あさっての夕方、実家に寄っていただけますか",
        "3日の午後に母のところへ来てください",
        "今日の夜 来て ほしい。話 ある",
    ],
)
def test_a_visit_at_a_day_or_hour_named_is_an_appointment_to_arrange(typed):
    assert visit_to_arrange(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "ケアマネさんに、来月から週二回にしたいと伝えておいてください",
        "父の主治医に連絡しておいてもらえますか",
        "区役所への書類、そちらで出しておいていただけませんか",
        "ショートステイの予約 とって おいて ほしい",
    ],
)
def test_a_task_asked_to_be_done_ahead_is_an_errand_to_arrange(typed):
    assert visit_to_arrange(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "センターの人に家に来てもらえますか",
        "病院で2時間待つのがつらい。家まで診に来てくれる先生はいますか",
        "今日、孫が遊びに来てくれました",
        "介護保険の申請を代わりにしてもらえますか",
        "主治医に「家族で話し合っておいて」と言われました。何から始めればいいですか",
        "入院前に準備しておいたほうがいいものはありますか",
    ],
)
def test_a_visit_or_a_task_asked_about_is_not(typed):
    assert not visit_to_arrange(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "来週の火曜の午後三時に家に来てもらえますか。父のことで話したい",
        "父の担当の事業所を替えたい。手続きを進めておいてください",
        "見学したショートステイに、私の代わりに予約を入れておいてもらえますか",
    ],
)
def test_an_appointment_or_an_errand_is_no_faq_answer(seed_index, typed):
    assert seed_index.best(typed) is None


@pytest.mark.parametrize(
    ("typed", "subject"),
    [
        ("父が兄に年金を取り上げられているようです", "虐待"),
        ("祖母の腕に、縛られた跡がありました", "虐待"),
        ("暴力をふるう夫から母をかくまってほしい", "保護"),
        ("どこか匿ってもらえる場所はありますか", "保護"),
        ("一回だけのつもりが、化粧品が毎月送られてくる", "定期購入"),
    ],
)
def test_everyday_words_hint_at_their_subject(typed, subject):
    assert subject in hinted_subjects(unify(typed))


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("お試しで頼んだ青汁が毎月届くようになった。やめ方がわからない", "consumer-subscription-trap"),
        ("近所のおばあさん、娘に年金を取り上げられてるみたい。どこに相談すればいい", "abuse-report"),
    ],
)
def test_round21_families_are_answered(seed_index, typed, slug):
    match = seed_index.best(typed)
    assert match is not None and match.slug == slug
