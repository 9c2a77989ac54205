import pytest

from knowledge.vocabulary import join_spaced_kana, normalize_for_index, unify


@pytest.mark.parametrize(
    ("typed", "subject"),
    [
        ("母が鍋を焦がすことが増えた", "認知症"),
        ("父が同じことを何度も聞いてくる", "認知症"),
        ("払いすぎた税金が戻るという電話", "詐欺"),
        ("そちらから うちに きて もらえますか", "訪問"),
        ("入院の間、母を何泊か見てほしい", "ショートステイ"),
        ("薬局の者ですが、患者さんのことで相談したい", "専門職"),
    ],
)
def test_a_described_situation_hints_at_its_subject(typed, subject):
    assert normalize_for_index(typed).endswith(subject)


@pytest.mark.parametrize(
    "plain",
    ["鍋の美味しい作り方を知りたい", "税金の払い方を教えて", "明日は雨がふるらしい"],
)
def test_everyday_words_near_a_cue_hint_at_nothing(plain):
    assert normalize_for_index(plain) == plain


@pytest.mark.parametrize(
    ("typed", "unified"),
    [
        ("ACPって何の略", "人生会議って何の略"),
        ("acp", "人生会議"),
        ("My father has Dementia", "父 認知症"),
        ("a care manager", "ケアマネジャー"),
        ("day care twice a week", "デイサービス"),
        ("Is this a scam?", "詐欺?"),
        ("My mother's nursing homes", "母 老人ホーム 施設"),
        ("Can she apply for Long-Term Care?", "できますか 申請 介護 ?"),
    ],
)
def test_english_care_words_are_read_as_the_japanese_term_and_function_words_dropped(typed, unified):
    assert normalize_for_index(typed) == unified


def test_english_words_no_table_knows_are_dropped_only_beside_japanese():
    # Beside Japanese (typed, or read through the tables), unknown English words are noise.
    assert normalize_for_index("We live in Berlin now. 父の介護保険の申請は?") == ". 父の介護保険の申請は?"
    # All capitals (LINE, IP) are names, kept.
    assert normalize_for_index("このLINEは誰が読むの? just curious") == "このLINEは誰が読むの?"
    # With no word the tables know (English off the subjects), they may be all the message has.
    assert normalize_for_index("see the sunset") == "see sunset"
    # Japanese typed in romaji is read in hiragana, then like any kana (test_resident_speech.py).
    assert normalize_for_index("kaigo hoken no shinsei") == "介護保険のしんせい"
    assert normalize_for_index(normalize_for_index("Dad lives alone in Osaka")) == "父 一人暮らし"


def test_what_is_before_a_japanese_term_asks_what_the_term_is():
    assert normalize_for_index("What is 総合事業?") == "とは何 総合事業?"
    assert "とは何" not in normalize_for_index("What is the best gift? お土産")


@pytest.mark.parametrize(
    ("typed", "unified"),
    [
        ("さっきの続きですが、デイの費用は?", "デイサービスの費用は?"),
        ("先ほどの話の続きです。母の認定のこと", "母の認定のこと"),
        ("でさっきの続きなんですけど、デイの回数は", "デイサービスの回数は"),
        ("言い忘れましたが、父は一人暮らしです", "父は一人暮らしです"),
        ("前回の相談の続きです", ""),
    ],
)
def test_a_continuation_opener_says_nothing_about_the_subject_and_is_dropped(typed, unified):
    assert normalize_for_index(typed) == unified


def test_the_word_continuation_inside_a_question_is_kept():
    assert normalize_for_index("介護休業の続きを取れますか") == "介護休業の続きを取れますか"


@pytest.mark.parametrize(
    ("typed", "unified"),
    [
        ("後見人なるものは如何なる役目ですか", "後見人というものはどんな役割ですか"),
        ("いずこに尋ねればよいでございましょうか", "どこに尋ねればよいでしょうか"),
        ("毎日くたくたです", "毎日疲れたです"),
    ],
)
def test_old_fashioned_words_are_read_in_their_everyday_form(typed, unified):
    assert normalize_for_index(typed) == unified


def test_being_treated_harshly_hints_at_abuse_and_a_name_kept_back_at_anonymity():
    assert normalize_for_index("隣の奥さんが姑につらく当たっている").endswith("虐待")
    assert normalize_for_index("私の名前は伏せてください").endswith("匿名")


@pytest.mark.parametrize(
    ("typed", "unified"),
    [
        ("令和七年の春から要介護三になりました", "要介護三になりました"),
        ("昭和二十年生まれの母です", "母です"),
        ("2024年3月に退院しました", "退院しました"),
        ("令和5年度の介護保険料", "介護保険料"),
    ],
)
def test_a_date_says_when_not_what_and_is_dropped(typed, unified):
    assert normalize_for_index(typed) == unified


@pytest.mark.parametrize("typed", ["四十代でも介護保険は使えますか", "65歳以上の人", "去年からの物忘れ"])
def test_ages_and_plain_time_words_are_kept(typed):
    assert normalize_for_index(typed).startswith(typed)


@pytest.mark.parametrize(
    ("typed", "unified"),
    [
        ("かいご ほけん の しんせい どこ?", "介護保険のしんせいどこ?"),
        ("ケアマネ さん どこ で みつける", "ケアマネジャーさんどこでみつける"),
        ("あさ の くすり　わすれる", "あさのくすりわすれる"),
    ],
)
def test_kana_written_word_by_word_is_read_as_one_stretch(typed, unified):
    assert unify(typed) == unified


def test_spaces_beside_kanji_and_line_breaks_stay_between_kana():
    assert unify("認知症 の 母") == "認知症 の 母"
    assert join_spaced_kana("すみません\nどこですか") == "すみません\nどこですか"


@pytest.mark.parametrize(
    ("typed", "unified"),
    [
        ("はじめまして。友だち追加しました。このLINEで何ができますか", "このLINEで何ができますか"),
        ("こんにちは、デイサービスの費用を知りたい", "デイサービスの費用を知りたい"),
        ("いつもお世話になっております。訪問看護について", "訪問看護について"),
        ("夜分遅くにすみません。母の物忘れが心配です", "母の物忘れが心配です"),
        ("恐れ入りますが、ショートステイの申し込み先は", "ショートステイの申し込み先は"),
    ],
)
def test_a_greeting_or_letter_preface_before_the_question_is_dropped(typed, unified):
    assert unify(typed) == unified


@pytest.mark.parametrize("greeting", ["はじめまして", "こんにちは。", "友だち追加しました"])
def test_a_greeting_alone_is_kept_for_the_not_faq_phrasings(greeting):
    assert unify(greeting) == greeting


@pytest.mark.parametrize(
    ("typed", "unified"),
    [
        ("成年後見の手続きをご教示いただけますと幸いです。", "成年後見の手続きを教えてください。"),
        ("要介護認定につきまして、お伺いしたく存じます", "要介護認定について、知りたいです"),
        ("身寄りのことでご相談したく存じます", "身寄りのことで相談したいです"),
        ("退院後の生活に不安がございます", "退院後の生活に不安があります"),
    ],
)
def test_business_keigo_is_read_in_its_everyday_form(typed, unified):
    assert unify(typed) == unified


# ---- round 9: the neighbourhood's commissioner (romaji and regional endings: test_resident_speech.py) ----


def test_a_volunteer_commissioner_described_without_the_title_hints_at_minsei_iin():
    assert normalize_for_index("うちの地区の委員さんって何をしてくれるの").endswith("民生委員")
    assert normalize_for_index("町内会の役員をやっています") == "町内会の役員をやっています"


@pytest.mark.parametrize(
    ("typed", "subject"),
    [
        ("同じマンションのおじいさんを最近見かけません", "近所"),
        ("お向かいのおばあさんの新聞がたまっている", "近所"),
        ("本人はほっといてくれと言うが、ガスも止められている", "セルフネグレクト"),
        ("叔母の家の冷蔵庫が空っぽだった", "セルフネグレクト"),
        ("デイの送迎の人におびえているみたい", "虐待"),
        ("むこうから来てもらうことはできますか", "訪問"),
        ("同じ病気の方と話せる場所はありますか", "認知症カフェ"),
        ("はい・いいえで答える用紙を書かされた", "基本チェックリスト"),
        ("祖母が孫の名前が出てこないことがある", "認知症"),
        ("そろそろ死に支度を始めたい", "終活"),
    ],
)
def test_a_situation_described_in_other_words_hints_at_its_subject(typed, subject):
    assert normalize_for_index(typed).endswith(" " + subject)


@pytest.mark.parametrize(
    "plain",
    [
        "団地の集会所で体操をやっています",
        "電気代の支払い方法を知りたい",
        "名前の書き方がわからない",
        "お茶の美味しい入れ方",
        "冷蔵庫の買い替えを考えています",
        "病気の治療費が心配です",
    ],
)
def test_look_alikes_of_the_new_cues_hint_at_nothing(plain):
    assert normalize_for_index(plain) == plain


@pytest.mark.parametrize(
    ("typed", "unified"),
    [
        ("医者通いが大変です", "通院が大変です"),
        ("病院通いのタクシー代", "通院のタクシー代"),
        ("お医者さんに聞きたい", "医師に聞きたい"),
        ("社協の窓口", "社会福祉協議会の窓口"),
        ("もう歩けませぬ", "もう歩けません"),
        ("帳面に書いておきたい", "ノートに書いておきたい"),
    ],
)
def test_everyday_and_showa_words_are_read_as_the_faqs_words(typed, unified):
    assert normalize_for_index(typed) == unified
