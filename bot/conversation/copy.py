"""Every word the bot says to residents, in one place.

Rules for this file: やさしい日本語 (short sentences, polite, plain words), one question per
bubble, no sentence over 60 characters, at most about 120 characters per bubble, button labels
at most 20 characters. Placeholders are filled by the conversation; nothing here may contain an
invented phone number (numbers come from the verified contacts in the directory).
"""

CONSENT_VERSION = "2026-12-v2"

# ---- First contact ---------------------------------------------------------------------------
PRIVACY_NOTICE = "書いた内容は千葉市が大切に管理します。あなたが同意したときだけ、担当のセンターに伝えます。"
ASK_WORRY = "どんなことでお困りですか？自由に書いて送ってください。"
LOCATION_BEFORE_WORRY = "場所を受け取りました。どんなことでお困りですか？文字で書いて送ってください。"

# Buttons for the most common worries: (label, text sent as if typed, topic id).
WORRY_BUTTONS = [
    ("物忘れ・認知症", "物忘れや認知症のことで相談したい", "dementia"),
    ("介護サービス", "介護保険や介護サービスのことで相談したい", "care_services"),
    ("お金・契約のトラブル", "お金や契約のトラブルで相談したい", "consumer_fraud"),
    ("介護がつらい", "家族の介護がつらいので相談したい", "caregiver_support"),
    ("ひとり暮らしが心配", "ひとり暮らしの高齢者が心配で相談したい", "watch_isolation"),
    ("その他", "その他の相談", None),
]

# ---- Heard before asked: the first sentence of the answer to a worry ---------------------------
# Chosen by urgency first, then by what the worry is about (engine: heard_key).
HEARD = {
    "crisis": "つらい気持ちを、話してくれてありがとうございます。",
    "emergency": "大変なときに、知らせてくれてありがとうございます。",
    "abuse": "話してくださり、ありがとうございます。よく知らせてくれました。",
    "carer_exhausted": "毎日の介護、本当におつかれさまです。",
    "urgent": "急いだほうがよいご相談ですね。お聞きしました。",
    "form": "手続きのご質問ですね。",
    "dementia": "物忘れのこと、ご心配ですね。",
    "end_of_life": "これから先のこと、いっしょに考えましょう。",
    "consumer_fraud": "お金や契約のこと、ご心配ですね。",
    "guardianship": "お金の管理のこと、ご心配ですね。",
    "care_services": "介護サービスのことですね。",
    "care_prevention": "健康づくりのことですね。",
    "home_medical": "病院や在宅医療のことですね。",
    "caregiver_support": "ご家族の介護のことですね。",
    "watch_isolation": "ひとりでのくらし、ご心配ですね。",
    "daily_living": "くらしの困りごとですね。",
    "professional": "お仕事でのご相談、ありがとうございます。",
    "other": "ご相談、お聞きしました。",
}

# ---- Safety ----------------------------------------------------------------------------------
EMERGENCY_119 = "命にかかわるときは、すぐに119に電話してください。救急車を呼んでください。"
EMERGENCY_110 = "事件や行方不明のときは、すぐに110に電話してください。警察が動きます。"
# 千葉県救急安心電話相談: #7119 since 2023-11-01 (was #7009); weekdays and Saturdays 18:00-08:00,
# Sundays and holidays 09:00-08:00. Source: 八千代市「救急電話相談(#7119・#8000)の電話番号の変更」,
# https://www.city.yachiyo.lg.jp/adv/ba.php?id=72 ; ちば県民だより 令和7年9月号 5面.
EMERGENCY_7119 = "救急車を呼ぶか迷うときは、#7119（千葉県救急安心電話相談・夜間と休日）に相談できます。"
EMERGENCY_THEN = "電話のあとで、担当のセンターにもおつなぎできます。"
# Asked when a message carries a risk sign but the detector is not sure. Its buttons are also the
# next step the resident would have taken: 「いいえ、センターに相談したい」 is the connect answer too
# (no extra message); 「いいえ」 goes on to the answer and the connect question.
SAFETY_QUESTION = "今、だれかの命が危ない状態ですか？"
SAFETY_YES = "はい、いますぐ"
SAFETY_NO_CONNECT = "いいえ、センターに相談したい"
SAFETY_NO = "いいえ"
SAFETY_NO_THANKS = "わかりました。お話を続けてお聞きします。"
# A wish to die: warmth, the crisis lines (verified contacts), a person at the center.
CRISIS_NOT_ALONE = "ひとりで抱えこまないでください。"
CRISIS_LINE = "{name}：{phone}"
CRISIS_LINE_HOURS = "{name}：{phone}（{hours}）"
CRISIS_LINES_INTRO = "今すぐ話を聞いてくれる電話があります。"
CRISIS_OFFER = "センターの担当者にも、急いでつなぎます。つないでもよいですか？"

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
# For staff, on the case timeline: the menu was not shown, the topic model's guesses (steps.continue_worry).
TOPIC_UNSURE_NOTE = "分類は確かではありません（メニューは出していません）。候補：{topics}"
# A message the bot could not place: it says so, then asks.
DID_NOT_UNDERSTAND_WORRY = "すみません、ご相談の内容がよくわかりませんでした。"
# Thanks as the first message, no worry told before it: thanked back, no question.
THANKS_WITHOUT_WORRY = "こちらこそ、ありがとうございます。ご相談があるときは、いつでも書いて送ってください。"

# ---- FAQ -------------------------------------------------------------------------------------
YES = "はい"
NO = "いいえ"

# ---- Handoff: one question after the answer (was it enough, or a person?) ----------------------
OFFER_HANDOFF = {
    "center": "担当のあんしんケアセンターに相談しますか？",
    "marugoto": "福祉まるごとサポートセンターに相談しますか？",
    "zaitaku_renkei": "在宅医療・介護連携支援センターに相談しますか？",
}
CONNECT = "センターに相談したい"
NO_NEED = "これで解決した"
GOODBYE = "よかったです。またいつでもご相談ください。"
NOT_NOW = "わかりました。またいつでもご相談ください。"
NOT_NOW_BUTTON = "今はいい"

# ---- Where the person concerned lives ----------------------------------------------------------
RELATION_NAMES = {"self": "ご本人", "family": "ご家族", "neighbour": "近所・知人の方", "professional": "専門職の方"}
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
OUTSIDE_CITY = "{place}にお住まいの方は、{place}の地域包括支援センターが相談先です。"
OUTSIDE_CITY_UNKNOWN = "千葉市の外にお住まいの方は、その市町村の地域包括支援センターが相談先です。"
OUTSIDE_CITY_ASK = "お住まいの市町村の役所に、お問い合わせください。"

# ---- Consent ---------------------------------------------------------------------------------
ASK_CONSENT = "ご相談の内容を、{destination}に伝えます。よろしいですか？相談のためだけに使います。"
AGREE = "伝えてよい"
DISAGREE = "伝えない"
DECLINED = "わかりました。何も伝えません。ご相談は、直接{destination}へどうぞ。"
CONTACT_LINE = "連絡先：{contact}"
CONTACT_UNKNOWN = "センターの電話番号は準備中です。{fallback_name}（{fallback_phone}）にお問い合わせください。"

# ---- Confirmation ----------------------------------------------------------------------------
CONFIRM_MORE = "書き足したいことや、お名前があれば、そのまま書いて送ってください。"
SEND = "この内容で送る"
WANT_PHONE = "電話で連絡がほしい"
EDIT = "なおす"
DETAIL_ADDED = "書き足しました。送るときは「この内容で送る」を押してください。"
PHONE_ADDED = "電話番号 {phone} にご連絡します。"
CONTACT_BY_LINE = "このLINEで"
CONTACT_BY_PHONE = "電話 {phone}"
ASK_PHONE = "電話番号を数字で送ってください。電話してよい時間があれば、いっしょに書いてください。"
BAD_PHONE = "電話番号の形が正しくないようです。もう一度、数字で送ってください。"
BY_LINE = "LINEでよい"
ASK_WHAT_TO_EDIT = "どこをなおしますか？"
EDIT_ADDRESS = "住所"
EDIT_CONTACT = "連絡方法"
EDIT_RESTART = "最初から"

# ---- After the handoff -----------------------------------------------------------------------
WHEN_OPEN = "今は受付時間中です。順番に、担当者が読みます。"
# Only when the center's hours are verified in the directory (else no date is promised).
WHEN_CLOSED = "今は受付時間外です。{when}の受付時間に、担当者が読みます。"
WHEN_CLOSED_UNKNOWN = "今は受付時間外です。センターが開いてから、担当者が読みます。"
MEANWHILE = "急ぐときは、{callcenter_name}（{callcenter_phone}）にも相談できます。"
PRIORITY = "急ぎのご相談として、優先して伝えました。"
EMERGENCY_REMINDER = "急な病気やけがは119、事件は110へ電話してください。"
# 「相談する」 tapped while staff own the case.
STAFF_OWNS = "担当者がご相談をお受けしています。取り下げるときは、そのことを書いて送ってください。"
FORWARDED = "担当者に伝えました。お返事までお待ちください。"
FORWARDED_URGENT = "担当者に、急ぎで知らせました。"
CASE_CLOSED_NOTICE = "ご相談{number}は終了しました。またいつでもご相談ください。"

# ---- Anywhere --------------------------------------------------------------------------------
RESTART_WORDS = ("最初から", "はじめから", "やり直し", "やりなおし")
CANCELLED = "相談を中止しました。センターには何も送っていません。書いた内容は消しました。"
STALE_BUTTON = "このボタンは使えなくなりました。"
EXPIRED = "お返事がなかったので、ご相談をいったん終わりにしました。センターには何も送っていません。"
EXPIRED_ON_RETURN = "前のご相談は時間がたったので、終わりにしました。センターには何も送っていません。"
NOT_UNDERSTOOD = "すみません、わかりませんでした。ボタンを押すか、文字で答えてください。"
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
FIND_ASK_AT_VALUE = "{callcenter_name}\n{callcenter_phone}（{callcenter_hours}）"
FIND_CONFIRM_PLACE = (
    "「{place}」のあたりで調べました。ちがうときは、もう一度「センターをさがす」を押して住所を送ってください。"
)
FIND_ASK_CHOME = "{town}は、丁目によって担当のセンターが分かれます。何丁目ですか？"
FIND_ASK_TOWN = "{ward}のどの町ですか？町名を書いて送ってください。"
FIND_ASK_WARD = "千葉市のどの区ですか？"
FIND_OUTSIDE = (
    "{place}は千葉市の外です。{place}の地域包括支援センターが相談先です。{place}の役所にお問い合わせください。"
)
FIND_OUTSIDE_UNKNOWN = (
    "千葉市の外のようです。お住まいの市町村の地域包括支援センターが相談先です。役所にお問い合わせください。"
)
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
