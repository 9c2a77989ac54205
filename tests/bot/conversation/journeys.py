"""Scripted residents: a worry, then each question answered the way that resident answers it.

A journey names its worry, how it answers each kind of question (a tap or typed words), where
its case must go and how many messages it may take (issue 17: 5 when the worry names the place,
7 when the address must be asked). The driver reads the bot's question, answers it as scripted,
and fails on a question the script did not expect.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.conversation import copy
from tests.bot.conversation.chat import Chat

KONAKADAI_2 = (35.637111, 140.096136)  # representative point of 稲毛区小仲台二丁目 (towns.csv)


@dataclass
class Journey:
    id: str
    worry: str | list[str]  # typed; a list is sent in a row; "tap:LABEL" taps a worry button
    destination: str | None  # None: must end without a case
    budget: int
    answers: dict[str, str | tuple] = field(
        default_factory=dict
    )  # question kind -> "tap:…" / "say:…" / ("location", lat, lng)
    relation: str | None = None
    urgency: str | None = None
    says: tuple[str, ...] = ()  # sentences the bot must have said on the way
    first: str | None = None  # the very first bubble of the first reply
    phone: str | None = None  # the phone number the case must carry
    location_first: tuple[float, float] | None = None  # a place sent before the worry


DEFAULTS = {
    "offer": "tap:" + copy.CONNECT,
    "consent": "tap:" + copy.AGREE,
    "confirm": "tap:" + copy.SEND,
    "confirm_town": "tap:" + copy.YES,
    "clarify": "first",
    # The safety question (asked when the detector is unsure whichever worry it is): nobody is in
    # danger now, and the resident wants the center, in one tap.
    "safety": "tap-if-offered:" + copy.SAFETY_NO_CONNECT + "|" + copy.SAFETY_NO,
}


def question_kind(chat: Chat) -> str:
    q = chat.question()
    if any(f"{copy.CARD_RECEIPT_TITLE}。{copy.CARD_NUMBER}：" in t for t in chat.texts()):
        return "accepted"
    if q in copy.OFFER_HANDOFF.values() or q == copy.CRISIS_OFFER:
        return "offer"
    if q.startswith(copy.CARD_CONFIRM_TITLE):
        return "confirm"
    if q.startswith(copy.ASK_CONSENT.split("{")[0]):
        return "consent"
    if q in (copy.ASK_ADDRESS, copy.ADDRESS_NOT_FOUND):
        return "address"
    if q.startswith(copy.CONFIRM_TOWN.split("「")[0]):
        return "confirm_town"
    if "丁目によって" in q:
        return "chome"
    if q == copy.ASK_WARD or q.endswith("どの町ですか？") or q.endswith("町名を書いて送ってください。"):
        return "town"
    if q == copy.CLARIFY_TOPIC:
        return "clarify"
    if q == copy.SAFETY_QUESTION:
        return "safety"
    if q in (copy.ASK_PHONE, copy.BAD_PHONE):
        return "phone"
    if q == copy.ASK_WHAT_TO_EDIT:
        return "edit"
    if q in (copy.TELL_MORE, copy.ASK_WORRY):
        return "worry"
    return "ended"


def act(chat: Chat, action) -> None:
    if isinstance(action, tuple) and action[0] == "location":
        chat.send_location(action[1], action[2])
    elif action == "first":
        chat.tap(chat.buttons()[0])
    elif action.startswith("tap:"):
        chat.tap(action[4:])
    elif action.startswith("tap-if-offered:"):
        # The first of the labels among the buttons (「…センターに相談したい」 only where a center is offered).
        offered = chat.buttons()
        chat.tap(next(label for label in action.split(":", 1)[1].split("|") if label in offered))
    elif action.startswith("say:"):
        chat.say(action[4:])
    else:
        raise AssertionError(f"unknown action {action!r}")


def run(chat: Chat, journey: Journey, max_turns: int = 12) -> str:
    """Play the journey; returns the last question kind ("accepted" or "ended")."""
    if journey.location_first:
        chat.send_location(*journey.location_first)
    if isinstance(journey.worry, list):
        chat.say_in_a_row(*journey.worry)
    elif journey.worry.startswith("tap:"):
        chat.follow()
        chat.tap(journey.worry[4:])
    else:
        chat.say(journey.worry)
    first_reply = chat.texts()
    if journey.first is not None:
        assert first_reply[0] == journey.first, first_reply
    answers = {**DEFAULTS, **journey.answers}
    # An answer given as a list is used once per time the question comes.
    queues = {k: list(v) for k, v in answers.items() if isinstance(v, list)}
    for _ in range(max_turns):
        kind = question_kind(chat)
        if kind in ("accepted", "ended"):
            return kind
        if kind not in answers:
            raise AssertionError(f"{journey.id}: unexpected question {chat.question()!r}\n" + transcript(chat))
        action = queues[kind].pop(0) if kind in queues else answers[kind]
        act(chat, action)
    raise AssertionError(f"{journey.id}: no end after {max_turns} turns\n" + transcript(chat))


def transcript(chat: Chat) -> str:
    return "\n".join(
        f"  bot: {m.get('text', '')[:80]!r} {[i['action'].get('label') for i in (m.get('quickReply') or {}).get('items', [])]}"
        for m in chat.history
    )


S = "say:"
T = "tap:"

JOURNEYS = [
    # ---- the place is in the worry: four or five messages --------------------------------------
    Journey("named-buttons", "稲毛区小仲台2丁目に住む母の物忘れがひどくて心配です", "konakadai", 5, relation="family"),
    Journey(
        "named-typed-polite",
        "美浜区高洲3丁目に住む父が、介護保険のサービスを使いたいと言っています",
        "takasu",
        5,
        {"offer": S + "お願いします", "consent": S + "はい、大丈夫です", "confirm": S + "この内容で送ってください"},
        relation="family",
    ),
    Journey(
        "named-typed-plain-hiragana",
        "わかばく千城台北1丁目でひとりぐらしのははがしんぱいです",
        "chishirodai",
        5,
        {"offer": S + "おねがいします", "consent": S + "いいよ", "confirm": S + "おくって"},
    ),
    Journey(
        "full-width-digits",
        "若葉区千城台北１丁目で一人暮らしの母が、最近食事をとっていないようで心配です",
        "chishirodai",
        5,
        relation="family",
    ),
    Journey("postal-code", "〒263-0043に住む父の介護のことで相談したいです", "konakadai", 5, relation="family"),
    Journey(
        "banchi-with-building",
        "千葉市稲毛区小仲台２－５－３ サンハイツ101に住む祖母が、同じ話を何度もします",
        "konakadai",
        5,
        relation="family",
    ),
    Journey(
        "banchi-hyphen", "美浜区真砂4-1に住んでいる母が、最近ものわすれがひどいです", "masago", 5, relation="family"
    ),
    Journey("split-town-named-with-chome", "花見川区柏井4丁目の祖母が最近ふらついて転びそうです", "kotehashidai", 5),
    # The safety question answered 「いいえ」 alone, then no topic is sure: the place and whose worry it
    # is are named, so the connect question comes next, not the topic menu.
    Journey(
        "safety-no-then-straight-to-connect",
        "花見川区柏井4丁目の祖母が最近ふらついて転びそうです",
        "kotehashidai",
        5,
        {"safety": "tap:" + copy.SAFETY_NO},
        relation="family",
    ),
    Journey(
        "professional-care-manager",
        "ケアマネです。中央区弁天1丁目の利用者さんの物忘れが進み、独居が心配です",
        "benten",
        5,
        relation="professional",
    ),
    Journey(
        "self-lonely",
        "私は緑区おゆみ野3丁目でひとり暮らしをしています。最近さみしくて、だれとも話していません",
        "kamatori",
        5,
        relation="self",
    ),
    Journey(
        "neighbour-abuse",
        "隣の家のおばあさんが息子に叩かれているようで、腕にあざがあります。若葉区千城台北1丁目です",
        "chishirodai",
        5,
        relation="neighbour",
        urgency="urgent",
        # Heard of, not watched now: the abuse heard-line and, as a person may be in danger, the
        # safety question (not 110 at once, not silence).
        says=(copy.HEARD["abuse"], copy.SAFETY_QUESTION),
    ),
    Journey(
        "emergency-then-center",
        "中央区都町3丁目の父が急に倒れて意識がありません",
        "chuo",
        5,
        urgency="emergency",
        first=copy.EMERGENCY_119,
    ),
    Journey(
        "eight-zero-five-zero",
        "80代の母と50代のひきこもりの息子が二人暮らしで、息子の将来と生活費が心配です",
        "marugoto",
        5,
    ),
    Journey(
        "professional-home-medical",
        "居宅のケアマネジャーです。訪問診療をしてくれる医療機関を探しています。連携の窓口を教えてください",
        "zaitaku_renkei",
        5,
        relation="professional",
    ),
    Journey(
        "detail-added-at-confirmation",
        "美浜区高洲3丁目の母が、介護保険の申請のしかたを知りたいと言っています",
        "takasu",
        5,
        {"confirm": [S + "母は耳が遠いので、ゆっくり話してください。よろしくお願いします", T + copy.SEND]},
    ),
    Journey(
        "phone-typed-at-confirmation",
        "美浜区幸町1丁目の父が最近ふらついて転びそうで心配です",
        "saiwaicho",
        5,
        {"confirm": [S + "電話は090-1234-5678です。午前中がいいです", S + "はい"]},
        phone="090-1234-5678",
    ),
    # The safety question answered in words (the detector is unsure of 「ふらついて」): no and the center in one.
    Journey(
        "safety-question-typed",
        "美浜区幸町1丁目の父が最近ふらついて転びそうで心配です",
        "saiwaicho",
        5,
        {"safety": S + "いいえ、センターに相談したいです", "offer": S + "お願いします", "consent": S + "はい"},
    ),
    Journey("split-town-takahama-named", "美浜区高浜5丁目に住む父が、買い物に行けなくなって困っています", "isobe", 5),
    Journey(
        "split-town-named-without-chome",
        "花見川区柏井に住む祖母が、最近ふらついて転びそうです",
        "kotehashidai",
        5,
        {"chome": S + "4丁目です"},
    ),
    Journey(
        "place-corrected-at-consent",
        "美浜区高洲3丁目に住む母の物忘れがひどくて心配です",
        "konakadai",
        6,
        {"consent": [S + "すみません、母の住所は稲毛区小仲台2丁目です", T + copy.AGREE]},
    ),
    Journey(
        "dialect-no-punctuation",
        "うちのおかんが稲毛区小仲台2丁目でひとりで住んどるんやけど最近ものわすれがひどうて心配やねん",
        "konakadai",
        5,
        {"offer": S + "たのむわ", "consent": S + "ええよ", "confirm": S + "それでええ"},
        relation="family",
    ),
    Journey(
        "voice-input-rambling",
        "えーと母がですね美浜区高洲3丁目に住んでるんですけど最近ちょっと物忘れが多くなってきて"
        "同じことを何回も聞くんですよねどうしたらいいのかなと思って",
        "takasu",
        5,
        {
            "offer": S + "はいおねがいします",
            "consent": S + "はいだいじょうぶです",
            "confirm": S + "はいおくってください",
        },
        relation="family",
    ),
    Journey("old-town-word-order", "小仲台2丁目、稲毛区です。母の物忘れのことで相談です", "konakadai", 5),
    # ---- the address is asked: up to seven messages ----------------------------------------------
    Journey("button-then-typed-address", "tap:物忘れ・認知症", "konakadai", 7, {"address": S + "稲毛区小仲台2丁目"}),
    Journey(
        "location-then-confirm-town",
        "母が一人暮らしで、最近、料理をしなくなりました。どうしたらいいでしょう",
        "konakadai",
        7,
        {"address": ("location", *KONAKADAI_2)},
    ),
    Journey(
        "split-town-chome-button",
        "祖母が最近ふらついていて、ひとりでの生活が心配です",
        "kotehashidai",
        7,
        {"address": S + "花見川区柏井", "chome": T + "4丁目"},
    ),
    Journey(
        "split-town-chome-kanji",
        "母の介護のことで相談したいです",
        "kotehashidai",
        7,
        {"address": S + "花見川区柏井", "chome": S + "四丁目です"},
    ),
    Journey(
        "split-town-chome-digit", "父の物忘れが心配です", "isobe", 7, {"address": S + "美浜区高浜", "chome": S + "5"}
    ),
    Journey(
        "split-town-miyanogidai",
        "父が買い物に行けなくなりました。どこに相談すればいいですか",
        "satsukigaoka",
        7,
        {"address": S + "花見川区宮野木台", "chome": S + "2丁目です"},
    ),
    Journey(
        "ward-only-then-town", "母の物忘れが心配です", "konakadai", 7, {"address": S + "稲毛区", "town": S + "小仲台"}
    ),
    Journey("zip-at-address", "父が介護保険を使いたいと言っています", "konakadai", 7, {"address": S + "263-0043"}),
    Journey(
        "address-retry",
        "母が一人で暮らしていて、最近ごはんを食べていないようです",
        "masago",
        7,
        {"address": [S + "わかりにくいところです", S + "美浜区真砂4-1"]},
    ),
    Journey(
        "hiragana-ward-address",
        "ははのものわすれがしんぱいです",
        "konakadai",
        7,
        {"address": S + "いなげく小仲台2丁目"},
    ),
    Journey(
        "professional-helper-asked-address",
        "訪問介護のヘルパーです。担当の方の物忘れが進んでいて、ご家族と相談したいです",
        "saiwaicho",
        7,
        {"address": S + "美浜区幸町1丁目"},
        relation="professional",
    ),
    # A correction costs the resident what it costs (a new address, consent for the new center): 7 + 1.
    Journey(
        "edit-address-at-confirmation",
        "父の物忘れのことで相談したいです",
        "takasu",
        8,
        {"address": [S + "稲毛区小仲台2丁目", S + "美浜区高洲3丁目"], "confirm": [S + "住所を直したい", T + copy.SEND]},
    ),
    Journey(
        "edit-menu-to-phone",
        "美浜区高洲3丁目の母が、介護保険のことを知りたいと言っています",
        "takasu",
        7,
        {"confirm": [T + copy.EDIT, T + copy.SEND], "edit": T + copy.EDIT_CONTACT, "phone": S + "043-270-1234"},
        phone="043-270-1234",
    ),
    Journey(
        "in-pieces", ["母のことで相談です", "美浜区高洲3丁目に住んでいます", "最近、物忘れがひどくて"], "takasu", 6
    ),
    Journey(
        "other-button-then-told",
        "tap:その他",
        "benten",
        7,
        {"worry": S + "中央区弁天1丁目の父が、最近外に出なくなりました"},
    ),
    # ---- ends without a case ----------------------------------------------------------------------
    Journey(
        "outside-city-at-address",
        "母の介護のことで相談したいです",
        None,
        4,
        {"address": S + "船橋市本町1丁目"},
        says=(copy.OUTSIDE_CITY.format(place="船橋市"),),
    ),
    Journey(
        "outside-city-in-worry",
        "市川市八幡に住む母の介護のことで相談したいです",
        None,
        1,
        says=(copy.OUTSIDE_CITY.format(place="市川市"),),
    ),
    Journey("address-unknown", "父の物忘れのことで相談です", None, 3, {"address": S + "わからないです"}),
    Journey(
        "resolved-by-the-answer",
        "介護保険の申請のしかたを教えてください",
        None,
        2,
        {"offer": S + "わかりました、ありがとう"},
        says=(copy.GOODBYE,),
    ),
    Journey(
        "declined",
        "美浜区高洲3丁目の母の物忘れが心配です",
        None,
        3,
        {"consent": S + "伝えないでください"},
        says=(copy.DECLINED.format(destination="あんしんケアセンター高洲"),),
    ),
]
JOURNEYS.append(
    # A place sent before the worry is kept and confirmed after 「相談したい」, not asked for again.
    Journey(
        "location-before-the-worry",
        "母が最近、同じことを何度も聞いてきます",
        "konakadai",
        6,
        {"confirm_town": T + copy.YES},
        location_first=KONAKADAI_2,
    ),
)
