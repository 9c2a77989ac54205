"""Every word the bot says to residents, in one place.

Rules for this file: やさしい日本語 (short sentences, polite, plain words), one question per
bubble, at most about 120 characters per bubble, button labels at most 20 characters.
Placeholders are filled by the conversation; nothing here may contain an invented phone number.
"""

CONSENT_VERSION = "2026-11-v1"

# ---- First contact ---------------------------------------------------------------------------
GREETING = (
    "こんにちは。千葉市あんしんケアセンターの相談窓口です。"
    "高齢の方の介護やくらし、お金のことなど、ご相談をお聞きします。"
)
NOT_FOR_EMERGENCIES = "急な病気やけがは119、事件は110に電話してください。このLINEは緊急の連絡には使えません。"
PRIVACY_NOTICE = (
    "書いた内容は千葉市が大切に管理します。"
    "あなたが同意したときだけ、担当のセンターに伝えます。"
)
ASK_WORRY = "どんなことでお困りですか？自由に書いて送ってください。"
ASK_WORRY_AGAIN = "ほかにお困りのことがあれば、書いて送ってください。"

# Buttons for the most common worries: (label, text sent as if typed, topic id).
WORRY_BUTTONS = [
    ("物忘れ・認知症", "物忘れや認知症のことで相談したい", "dementia"),
    ("介護サービス", "介護保険や介護サービスのことで相談したい", "care_services"),
    ("お金・契約のトラブル", "お金や契約のトラブルで相談したい", "consumer_fraud"),
    ("介護がつらい", "家族の介護がつらいので相談したい", "caregiver_support"),
    ("ひとり暮らしが心配", "ひとり暮らしの高齢者が心配で相談したい", "watch_isolation"),
    ("その他", "その他の相談", None),
]

# ---- Emergencies -----------------------------------------------------------------------------
EMERGENCY_119 = "命にかかわるときは、すぐに119に電話してください。救急車を呼んでください。"
EMERGENCY_110 = "事件や行方不明のときは、すぐに110に電話してください。警察が動きます。"
# 千葉県救急安心電話相談: #7119 since 2023-11-01 (was #7009); weekdays and Saturdays 18:00-08:00,
# Sundays and holidays 09:00-08:00. Source: 八千代市「救急電話相談(#7119・#8000)の電話番号の変更」,
# https://www.city.yachiyo.lg.jp/adv/ba.php?id=72 ; ちば県民だより 令和7年9月号 5面.
EMERGENCY_7119 = "救急車を呼ぶか迷うときは、#7119（千葉県救急安心電話相談・夜間と休日）に相談できます。"
EMERGENCY_THEN = "電話のあとで、担当のセンターにもおつなぎできます。"

# ---- Understanding the worry -----------------------------------------------------------------
TOPIC_NAMES = {
    "dementia": "認知症",
    "end_of_life": "終活",
    "consumer_fraud": "お金・契約のトラブル",
    "abuse": "虐待",
    "guardianship": "成年後見・お金の管理",
    "care_services": "介護サービス",
    "care_prevention": "介護予防・健康づくり",
    "home_medical": "在宅医療・入院退院",
    "caregiver_support": "介護する家族の負担",
    "watch_isolation": "見守り・孤立",
    "daily_living": "くらしの困りごと",
    "professional": "専門職からの相談",
    "other": "その他",
}
CLARIFY_TOPIC = "ご相談は、どれに近いですか？"
NONE_OF_THESE = "どれでもない"
TELL_MORE = "くわしく教えてください。どんなことでお困りですか？"

# ---- FAQ -------------------------------------------------------------------------------------
FAQ_LINK = "くわしくはこちら：{link}"
ASK_HELPFUL = "この答えは役に立ちましたか？"
YES = "はい"
NO = "いいえ"
THANKS_FEEDBACK = "お答えいただき、ありがとうございます。"

# ---- Handoff ---------------------------------------------------------------------------------
OFFER_HANDOFF = {
    "center": "担当のあんしんケアセンターにおつなぎしますか？",
    "marugoto": "福祉まるごとサポートセンターにおつなぎしますか？",
    "zaitaku_renkei": "在宅医療・介護連携支援センターにおつなぎしますか？",
}
CONNECT = "つないでほしい"
NO_NEED = "これで大丈夫"
GOODBYE = "わかりました。またいつでもご相談ください。"

# ---- The person concerned ----------------------------------------------------------------------
ASK_RELATION = "ご相談は、どなたのことですか？"
RELATIONS = [("self", "自分のこと"), ("family", "家族のこと"), ("neighbour", "近所・知人のこと"), ("professional", "仕事で(専門職)")]
ASK_ADDRESS = "ご本人のお住まいを教えてください。区と町名まで（例：稲毛区小仲台2丁目）で大丈夫です。"
SEND_LOCATION = "今いる場所を送る"
DONT_KNOW = "わからない"
ASK_CHOME = "{town}は、丁目によって担当のセンターが分かれます。何丁目ですか？"
ASK_TOWN = "{ward}のどの町ですか？町名を書いて送ってください。"
ASK_TOWN_BUTTONS = "{ward}のどの町ですか？"
ASK_WARD = "千葉市のどの区ですか？"
WARDS = ["中央区", "花見川区", "稲毛区", "若葉区", "緑区", "美浜区"]
CONFIRM_TOWN = "ご本人のお住まいは「{place}」のあたりですか？"
ADDRESS_NOT_FOUND = "住所がわかりませんでした。区と町名を、もう一度書いて送ってください。"
ADDRESS_GIVE_UP = "住所がわからないときは、千葉市役所コールセンター（{phone}）にご相談ください。"
OUTSIDE_CITY = "{place}にお住まいの方は、{place}の地域包括支援センターが相談先です。{place}の役所にお問い合わせください。"
OUTSIDE_CITY_UNKNOWN = "千葉市の外にお住まいの方は、その市町村の地域包括支援センターが相談先です。役所にお問い合わせください。"

# ---- Consent ---------------------------------------------------------------------------------
ASK_CONSENT = "ご相談の内容と連絡先を、{destination}に伝えます。よろしいですか？相談のためだけに使います。"
AGREE = "同意する"
DISAGREE = "同意しない"
DECLINED = "わかりました。何も伝えません。ご相談は、直接{destination}へどうぞ。"
CONTACT_LINE = "連絡先：{contact}"
CONTACT_UNKNOWN = "センターの電話番号は準備中です。{fallback_name}（{fallback_phone}）にお問い合わせください。"

# ---- How to be contacted ---------------------------------------------------------------------
ASK_CONTACT = "担当者からの連絡は、どちらがよいですか？"
BY_LINE = "このLINEで"
BY_PHONE = "電話で"
ASK_PHONE = "電話番号を数字で送ってください。"
BAD_PHONE = "電話番号の形が正しくないようです。もう一度、数字で送ってください。"
ASK_CALL_TIME = "お電話してよい時間帯はありますか？"
CALL_TIMES = ["午前", "午後", "いつでもよい"]
ASK_NAME = "お名前を教えてください。書かなくても大丈夫です。"
SKIP_NAME = "名前なしで進む"

# ---- Confirmation ----------------------------------------------------------------------------
CONFIRM = "この内容でお送りします。\n相談：{topics}\n相談先：{destination}\n連絡：{contact}"
SEND = "この内容で送る"
EDIT = "なおす"
ASK_WHAT_TO_EDIT = "どこをなおしますか？"
EDIT_ADDRESS = "住所"
EDIT_CONTACT = "連絡方法"
EDIT_RESTART = "最初から"
CONTACT_BY_LINE = "このLINEで"
CONTACT_BY_PHONE = "電話 {phone}（{times}）"

# ---- After the handoff -----------------------------------------------------------------------
ACCEPTED = "受け付けました。受付番号は{number}です。{destination}の担当者からご連絡します。"
WHEN_OPEN = "受付時間中です。順番に、担当者からご連絡します。"
WHEN_CLOSED = "今は受付時間外です。{when}の受付時間になってから、ご連絡します。"
PRIORITY = "急ぎのご相談として、優先して伝えました。"
EMERGENCY_REMINDER = "急な病気やけがは119、事件は110へ電話してください。"
FORWARDED = "担当者に伝えました。お返事までお待ちください。"
STAFF_OWNS = "担当者がご相談をお受けしています。取り下げるときは、そのことを書いて送ってください。"
CASE_CLOSED_NOTICE = "ご相談{number}は終了しました。またいつでもご相談ください。"

# ---- Anywhere --------------------------------------------------------------------------------
CANCEL_WORDS = ("やめる", "やめます", "中止", "キャンセル")
RESTART_WORDS = ("最初から", "はじめから", "やり直し")
CANCELLED = "相談を中止しました。書いた内容は消しました。またいつでもどうぞ。"
STALE_BUTTON = "このボタンは使えなくなりました。"
EXPIRED = "しばらくお返事がなかったため、ご相談をいったん終わりにしました。またいつでもどうぞ。"
EXPIRED_ON_RETURN = "前のご相談は時間がたったため終わりにしました。あらためてお聞きします。"
NOT_UNDERSTOOD = "すみません、わかりませんでした。ボタンを押すか、文字で送ってください。"
MEDIA_NOT_READ = "スタンプや画像、音声は読み取れません。文字で書いて送ってください。"
TOO_LONG = "長いメッセージは、はじめの部分だけを読みました。"
GROUP_ONLY_ONE_TO_ONE = "ご相談は、1対1のトークでお受けしています。このグループの内容は保存しません。"
FAILED_APOLOGY = "すみません、うまく処理できませんでした。少したってから、もう一度送ってください。"

# ---- Rich menu and find-my-center --------------------------------------------------------------
# The rich menu under the chat (bot/richmenu): its four areas, drawn into the image from these words.
RICHMENU_CHAT_BAR = "メニュー"  # LINE: chatBarText at most 14 characters
RICHMENU_CONSULT = "相談する"
RICHMENU_FAQ = "よくある質問"
RICHMENU_FIND = "センターをさがす"
RICHMENU_URGENT = "急いでいるとき"

# 急いでいるとき: the numbers at once, nothing asked first.
URGENT_119 = "急な病気やけが、火事は119に電話してください。"
URGENT_110 = "事件や、家族が行方不明のときは110に電話してください。"
URGENT_CRISIS_INTRO = "死にたいほどつらいときは、今すぐ話を聞いてくれる電話があります。"
URGENT_CRISIS_LINE = "{name}：{phone}（{note}）"
# What routing/data/contacts.csv says of each line (verified): when it answers.
URGENT_CRISIS_NOTES = {"yorisoi": "24時間・無料", "kokoro_dial": "受付時間は、つながる地域の窓口によります"}

# よくある質問: a few topics as buttons.
FAQ_TOPICS_ASK = "知りたいことを選んでください。文字で書いて送ることもできます。"
FAQ_TOPIC_GONE = "この質問は今は見られません。知りたいことを書いて送ってください。"

# センターをさがす
FIND_ASK = "ご本人のお住まいを教えてください。区と町名（例：稲毛区小仲台2丁目）か、郵便番号を送ってください。"
FIND_RESULT = "{place}の担当は「{center}」です。"
# No verified phone for the center yet: the city call center (open every day) tells residents the way.
FIND_ASK_AT_VALUE = "{name} {phone}（{hours}）"
FIND_CONFIRM_PLACE = "「{place}」のあたりで調べました。ちがうときは、もう一度「センターをさがす」を押して住所を送ってください。"
FIND_ASK_CHOME = "{town}は、丁目によって担当のセンターが分かれます。何丁目ですか？"
FIND_ASK_TOWN = "{ward}のどの町ですか？町名を書いて送ってください。"
FIND_ASK_WARD = "千葉市のどの区ですか？"
FIND_OUTSIDE = "{place}は千葉市の外です。{place}の地域包括支援センターが相談先です。{place}の役所にお問い合わせください。"
FIND_OUTSIDE_UNKNOWN = "千葉市の外のようです。お住まいの市町村の地域包括支援センターが相談先です。役所にお問い合わせください。"
FIND_NOT_FOUND = "住所がわかりませんでした。区と町名か、郵便番号を送ってください。"
FIND_GIVE_UP = "住所がわからないときは、千葉市役所コールセンター（{phone}）でセンターを教えてもらえます。"
FIND_THEN = "ご相談があるときは、下のメニューの「相談する」を押すか、困りごとを書いて送ってください。"

# Cards (bot/conversation/cards.py): the summary before sending and the receipt.
CARD_CONFIRM_TITLE = "この内容でお送りします"
CARD_RECEIPT_TITLE = "受け付けました"
CARD_NUMBER = "受付番号"
CARD_TOPIC = "相談"
CARD_CENTER = "相談先"
CARD_CONTACT = "連絡"
CARD_WHO = "どなたのこと"
CARD_OPEN_LINK = "くわしく見る"
RELATION_NAMES = {"self": "ご本人", "family": "ご家族", "neighbour": "近所・知人", "professional": "専門職"}

# The welcome on follow: two bubbles; the privacy notice comes before anything is collected.
WELCOME = (
    "こんにちは。千葉市あんしんケアセンターの相談窓口です。高齢の方の介護やくらしのご相談をお聞きします。"
    "急な病気やけがは119、事件は110に電話してください。"
)
FIND_CARD_TITLE = "担当のセンター"
FIND_CARD_AREA = "担当地域"
FIND_CARD_PHONE = "電話"
FIND_CARD_ASK_AT = "問い合わせ先"
FIND_CARD_HOURS = "受付時間"
FIND_CARD_CALL = "電話をかける"
FIND_CARD_MAP = "地図で見る"
# よくある質問 from the menu: (button label ≤ 20, FAQ slug in knowledge/seed/faq.yaml).
MENU_FAQ_TOPICS = [
    ("センターとは", "center-about"),
    ("だれが相談できる？", "center-who-can-consult"),
    ("物忘れが心配", "dementia-first-worry"),
    ("介護保険を使いたい", "care-cert-apply"),
    ("詐欺かもしれない", "consumer-phone-scam"),
    ("介護に疲れた", "caregiver-exhausted"),
    ("このLINEでできること", "line-bot-about"),
]
FIND_SEND_LOCATION = "今いる場所を送る"
FIND_DONT_KNOW = "わからない"
