"""The FAQ's vocabulary: spellings of one thing rewritten to one form, words that hint at a subject,
and the lemmas that carry none. General vocabulary, not fitted to any test set.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import jaconv

from core.text import katakana_as_hiragana, qa_fields_as_account
from nlp.tokens import normalize, tokenize
from routing.places import HOME_PREFECTURE, read_places

# Spellings and short forms of one thing, rewritten to one form in entries and questions alike.
# General vocabulary, not fitted to any test set.
# Kana-only variants are the terms as residents type them without kanji (voice input, elderly
# writers); they match with or without spaces between the kana (「しょきしゅうちゅう しえん」).
EQUIVALENTS: dict[str, tuple[str, ...]] = {
    "あんしんケアセンター": (
        "地域包括支援センター",
        "包括支援センター",
        "地域包括",
        "包括",
        "ケアセンター",
        "ちいきほうかつ",
        "ほうかつしえん",
        "あんしんけあせんたー",
        "けあせんたー",
        # Romaji and English as typed (any case, with or without spaces).
        "anshin care center",
        "anshincare",
        "care center",
        "anshin center",
        # The centers' former name (在宅介護支援センター, before 2006), as older residents still say it.
        "在宅介護支援センター",
        "在宅介護支援センタ",
    ),
    "福祉まるごとサポートセンター": ("まるごとサポートセンター", "まるごとサポート", "まるごとさぽーと"),
    # Telephone numbers spelled out or read aloud (voice input, as they are said).
    "#7119": (
        "シャープ7119",
        "しゃーぷ7119",
        "しゃーぷなないちいちきゅう",
        "しゃーぷななひゃくじゅうきゅう",
        "しゃーぷななせんひゃくじゅうきゅう",
        "なないちいちきゅう",
        "ななひゃくじゅうきゅう",
    ),
    "188": ("いちはちはち",),
    "無料": ("タダ", "無償", "お金はかから", "お金かから"),
    "遺言": ("遺言状", "遺言書", "ゆいごん"),
    "不服申し立て": ("不服の申し立て", "不服申立て", "不服申立", "ふふくもうしたて"),
    "認知症": ("痴呆", "ボケ", "ぼけ", "にんちしょう", "dementia"),
    "初期集中支援チーム": ("しょきしゅうちゅうしえんちーむ", "しょきしゅうちゅうしえん"),
    "介護保険料": ("かいごほけんりょう",),
    "保険料": ("ほけんりょう",),
    "介護保険": ("かいごほけん", "care insurance", "long term care insurance"),
    "虐待": ("ぎゃくたい", "abuse"),
    "成年後見": ("せいねんこうけん",),
    "生活保護": ("せいかつほご",),
    "人生会議": ("ACP", "アドバンスケアプランニング", "アドバンス・ケア・プランニング"),
    "市役所": ("しやくしょ",),
    # A learner's 紙 for the form to hand in: 「何の紙、出す?」「どの紙を書く」.
    "何の書類": ("何の紙", "なんの紙", "どの紙", "どんな紙"),
    # 押し売り: goods forced on someone at the door, a kind of bad-faith selling.
    "悪質商法": ("悪徳商法", "悪徳業者", "あくとくしょうほう", "押し売り", "押売り", "押し売", "おしうり"),
    "訪問販売": ("ほうもんはんばい",),
    "介護休業": ("かいごきゅうぎょう",),
    "ごみ出し": ("ごみだし", "ゴミ出し", "ゴミだし"),
    "訪問看護": ("ほうもんかんご",),
    "訪問診療": ("ほうもんしんりょう",),
    "福祉用具": ("ふくしようぐ",),
    # みんせいいん: the reading as often typed, one い short.
    "民生委員": ("民生さん", "みんせいいいん", "みんせいいん"),
    "要介護認定": ("介護認定", "介護の認定", "かいごにんてい"),
    "物忘れ": ("もの忘れ", "ものわすれ", "物わすれ"),
    # Handled roughly is mistreated, by whoever does it (staff or family): 「家族に乱暴に扱われている」.
    "ひどい扱いを受け": ("乱暴に扱われ", "らんぼうに扱われ", "乱暴にあつかわれ", "らんぼうにあつかわれ"),
    # A guarantor typed in kana: 「ほしょうにん」 is cut into nonsense words unless read whole.
    "保証人": ("ほしょうにん",),
    # A father and a mother in rough speech: 「親父の風呂」「おふくろがそのうち」.
    "父": ("親父", "おやじ", "オヤジ"),
    "母": ("おふくろ", "お袋", "オフクロ"),
    # Words said to someone to reach them (言葉かけ, 声掛け): the phrasings' 声かけ.
    "声かけ": ("言葉かけ", "言葉がけ", "言葉掛け", "ことばかけ", "ことばがけ", "声掛け", "声がけ", "こえかけ"),
    "ケアマネジャー": (
        "ケアマネージャー",
        "けあまねじゃー",
        "けあまねーじゃー",
        "介護支援専門員",
        "ケアマネ",
        "けあまね",
        "care manager",
    ),
    "デイサービス": ("通所介護", "デイ", "でいさーびす", "でーさーびす", "day service", "daycare"),
    "ヘルパー": ("ホームヘルパー", "訪問介護員", "訪問介護", "へるぱー", "home helper"),
    "ショートステイ": ("短期入所", "ショート", "しょーとすてい", "short stay"),
    "特別養護老人ホーム": ("特養",),
    "介護老人保健施設": ("老健",),
    "高齢者": ("お年寄り", "年寄り", "高齢の方"),
    "ひきこもり": ("引きこもり", "引き籠もり", "引き籠り"),
    "クーリングオフ": ("クーリング・オフ", "くーりんぐおふ"),
    # The formal word for calling an ambulance (救急要請).
    "救急車": ("救急車要請", "救急要請"),
    # Checking someone is safe, said with the loanword.
    "安否確認": ("安否をチェック", "安否チェック", "安否の確認", "安否を確認"),
    # Moving house, said with the loanword.
    "引っ越し": ("ムーブし", "ムーブ", "引越し"),
    "料理": ("調理",),
    # Meals brought to the house, typed in kana: 「はいしょくのおべんとう」.
    "配食": ("はいしょく",),
    # Applying or sitting for something again (出し直す, 申請し直す, 受け直す): the phrasings' やり直す.
    "やり直": ("出し直", "申請し直", "受け直", "取り直"),
    "医師": ("お医者さん", "お医者様", "医者", "ドクター"),
    # Going to the doctor's, said the everyday way (longer than 医者, so read whole first).
    "通院": ("医者通い", "医者がよい", "病院通い", "病院がよい"),
    "社会福祉協議会": ("社協",),
    # A telephone line for advice, said the other way round: 「認知症の相談電話」 is the phrasings' 電話相談.
    "電話相談": ("相談電話", "相談の電話", "そうだんでんわ", "でんわそうだん"),
    # Which number and until when, typed in kana (voice input, a message typed all in katakana).
    "何番": ("なんばん",),
    "何時まで": ("なんじまで",),
    # How to talk with a person (話し方, 会話の仕方): the phrasings' 接し方, how to be with them.
    "との接し方": ("との話し方", "との話しかた", "との会話の仕方", "との会話のしかた", "との喋り方", "とのしゃべり方"),
    # Hurtful words a carer says and regrets, the everyday way: 「母にひどいこと言ってしまう」 is the phrasings'
    # きつい言葉 (said by the writer, 言ってしまう; not said to them: 「ひどいことを言われる」 stays as typed).
    "きつい言葉を言ってしま": (
        "ひどいこと言ってしま",
        "ひどいことを言ってしま",
        "ひどい事言ってしま",
        "ひどい事を言ってしま",
        "酷いこと言ってしま",
        "酷いことを言ってしま",
        "ひどいこと言っちゃ",
        "ひどいことを言っちゃ",
        "ひどい事を言っちゃ",
    ),
    # English as some family members and residents from abroad write it (any case, with or without spaces).
    "詐欺": ("scam", "fraud"),
    # Being able to use a service, said the formal way: 「だれが利用できますか」 is the phrasings' 使えますか.
    "使え": ("利用でき", "りようでき"),
}

# Words that point to an entry's subject without being its name: the subject is added as a hint.
HINTS: dict[str, tuple[str, ...]] = {
    # Sheltering someone from harm, said the everyday way: 「どこかにかくまってもらえないのか」.
    "保護": (
        "かくまっ",
        "かくまう",
        "かくまえ",
        "かくまわ",
        "匿っ",
        "匿う",
        "匿え",
        "匿わ",
        # ...or taken away from the one who harms them: 「息子から引き離す」「ひきはなしてほしい」.
        "引き離",
        "引きはな",
        "ひき離",
        "ひきはな",
        "引き剥が",
        "引きはが",
        "ひきはが",
    ),
    # Living alone, said with 住む or 暮らす: 「一人で住んでて」「ひとりで暮らしている」.
    "一人暮らし": (
        "一人で住ん",
        "ひとりで住ん",
        "独りで住ん",
        "一人で住む",
        "ひとりで住む",
        "独りで住む",
        "一人で暮ら",
        "ひとりで暮ら",
        "独りで暮ら",
        "一人住まい",
        "ひとり住まい",
        "独り住まい",
    ),
    # Goods that keep arriving each month after one trial order (a subscription trap): 「毎月届くようになった」.
    "定期購入": ("毎月届", "毎月送られ", "毎月送ってく"),
    "詐欺": (
        "オレオレ",
        "振り込め",
        "還付金",
        "だまされ",
        "騙され",
        "騙す",
        # A refund offered on the phone: the classic opening of a refund scam.
        "税金が戻",
        "税金戻",
        "払いすぎた税金",
        "払い過ぎた税金",
        "医療費が戻",
        "医療費戻",
    ),
    "虐待": (
        "暴力",
        "殴",
        "叩か",
        "叩い",
        "たたか",
        "たたい",
        "怒鳴",
        # 怒鳴る typed in kana (「毎日どなる」「どなられて」).
        "どなる",
        "どなっ",
        "どなら",
        "どなり",
        "ひどい扱い",
        "酷い扱い",
        "乱暴",
        "きつく当た",
        "辛く当た",
        "つらく当た",
        # Restraint: tied to a bed or a wheelchair, shut in (身体拘束, a kind of physical abuse unless
        # nothing else can keep the person safe). Not 縛られ alone: 「時間に縛られて」.
        "身体拘束",
        "拘束され",
        # Marks of being tied, seen by a visitor: 「手首に縛ったような跡」「縛られた跡がある」.
        "縛ったような跡",
        "縛った跡",
        "縛られたような跡",
        "縛られた跡",
        # A pension taken by the family one lives with (financial abuse): 「息子に年金取られてる」.
        "年金取られ",
        "年金を取られ",
        "年金を取り上げ",
        "年金取り上げ",
        "年金を使い込",
        "年金使い込",
        "縛り付け",
        "縛りつけ",
        "ベッドに縛",
        "車いすに縛",
        "車椅子に縛",
        "手を縛",
        "体を縛",
        # Harsh words thrown at someone: 「荒い声を投げつけ」「声を荒げて」「暴言を吐いて」.
        "荒い声",
        "荒い言葉",
        "声を荒",
        "暴言",
        "罵声",
        # Fear of one person, told by the one who fears them: 「職員さんの名前を出すと怯える」.
        "怯え",
        "おびえ",
    ),
    # The one who shouts or grabs telling it of themself: knowing it is wrong, ashamed, afraid of oneself.
    "自己嫌悪": (
        "自分でもダメ",
        "自分でもだめ",
        "自分でもいけない",
        "自分でも悪い",
        "自分が嫌にな",
        "自分がいやにな",
        "自分が情けな",
        "自分が怖",
        "自分がこわ",
    ),
    # A son or daughter who keeps to their room: 「部屋から出てこない」「自室にこもって」.
    "ひきこもり": (
        "部屋から出ない",
        "部屋から出てこな",
        "部屋から出てこん",
        "部屋から出ようとしな",
        "部屋にこも",
        "部屋に閉じこも",
        "部屋に閉じ籠",
        "自室にこも",
        "自室に閉じこも",
    ),
    # No one to talk to, said with 話す/しゃべる: 「話す人がいない」「話す人 なき一日」.
    # Medicines left over, or taking them no one can watch over: the medicines' management.
    "薬の管理": ("残薬", "薬が残って", "薬が余って", "服薬を見守", "服薬の見守"),
    "話し相手": (
        "話す人がいな",
        "話す人もいな",
        "話す人がな",
        "話す人もな",
        "話す人な",
        "話す相手がいな",
        "話す相手もいな",
        "しゃべる相手がいな",
        "しゃべる人がいな",
        # No chance to talk with anyone: 「人と話す機会がない」「話す機会もありません」.
        "話す機会がな",
        "話す機会もな",
        "話す機会があり",
        "しゃべる機会がな",
    ),
    # Asking that one's name be kept from the person reported.
    "匿名": (
        "名前は伏せ",
        "名前を伏せ",
        "名は伏せ",
        "名を伏せ",
        "名前は出さ",
        "名前を出さ",
        "名乗らず",
        "名乗らな",
        # Said with the particle dropped, and with 言う for 出す: 「名前出さずに」「名前言わないで」.
        "名前出さ",
        "名前伏せ",
        "名前言わ",
        "名前を言わ",
        "名前は言わ",
    ),
    "行方不明": ("いなくなった", "帰ってこない", "帰ってきません", "戻ってこない", "戻らない", "見つからない"),
    "介護疲れ": ("介護がつらい", "介護が辛い", "介護がしんどい", "介護で疲れ", "介護に疲れ", "介護疲れ"),
    "訪問診療": ("往診", "在宅医"),
    # The care level to be decided: the certification, described by what it decides.
    "要介護認定": (
        "介護度を決め",
        "介護度が決ま",
        "介護度を判定",
        "介護の度合いを決め",
        # The care insurance's paperwork, named without the certification it starts with.
        "介護保険の手続き",
        "介護保険を手続き",
        "介護保険の申し込み",
        "介護保険を申し込",
        "介護保険の申込",
    ),
    # A home that no longer fits: no lift, a house on one floor wanted.
    "住まい": ("平屋", "エレベーターなし", "エレベーターがな", "エレベーターのな"),
    # Someone coming to the house, asked without 訪問.
    "訪問": (
        "うちにきて",
        "うちに来て",
        # ...and 〜まで, all the way to the house: 「うちまで来てくれる？」「家まで来てもらえる」.
        "うちまで来て",
        "うちまできて",
        "家まで来て",
        "家まできて",
        "家にきて",
        "家に来て",
        "きてもらえ",
        "来てもらえ",
        "来ていただけ",
        # 「家に来られますか」, and in sign-language order 「家 来る できる」 (read 家 来られる, the particle left out).
        "家に来られ",
        "家まで来られ",
        "うちに来られ",
        "うちまで来られ",
        "自宅に来られ",
        "家来られ",
        # The other way round from going there: 「向こうから来てくれるなら」「こちらまで出向いて」.
        "向こうから来",
        "むこうから来",
        "そちらから来",
        "出向いてもらえ",
        "出向いてくれ",
    ),
    # Staying a few nights away from home, described without ショートステイ.
    # ...or someone left in care so that the carer can rest: 「預けて休みたい」「預かってもらってゆっくりしたい」.
    "ショートステイ": (
        "何泊",
        "泊まりで預",
        "泊まりで見て",
        "お泊まり",
        "おとまり",
        "預けて休",
        "預けてゆっくり",
        "預けて一息",
        "預けてひと息",
        "預けてひといき",
        "預けて少し休",
        "預かってもらって休",
        "預かってもらってゆっくり",
        "あずけて休",
        "あずけてやす",
    ),
    # Getting lost, described by what went wrong on the way: the wrong stop, the way home not found.
    "道に迷う": (
        "降りる場所を間違",
        "降りる場所をまちが",
        "降りる駅を間違",
        "降りる駅をまちが",
        "降りるバス停を間違",
        "降りる停留所を間違",
        "降り間違",
        "乗り間違",
        "帰り道がわから",
        "帰り道が分から",
        "帰り道を間違",
        "帰り道をまちが",
        "帰る道がわから",
        "帰る道が分から",
        "道がわからなくな",
        "道が分からなくな",
    ),
    # Going for the day and coming home the same day: a day service, described without its name
    # (預ける alone is a stay's word; 日帰りで預ける is not).
    "デイサービス": (
        "日帰り",
        "ひがえり",
        # Left in someone's care by the day or some days a week, not for nights.
        "昼間だけ預",
        "日中だけ預",
        "昼間預",
        "日中預",
        "週に何日か預",
        "週何日か預",
        "週に何回か預",
        "週に数日預",
    ),
    # Refusing to go, insisted on (the doctor's is what one is asked to go to in these worries).
    "嫌がる": (
        "行かないと言い張",
        "行かないって言い張",
        "行かないの一点張り",
        "行かんと言い張",
        "行かんって言い張",
        "行きたくないと言い張",
        "行きたくないって言い張",
    ),
    # A bill bigger than expected for care already used: what care costs.
    "費用": (
        "思ったより高",
        "思っていたより高",
        "こんなにかか",
        "こんなに高",
        "そんなにかか",
        "請求が高",
        "請求額が高",
    ),
    # A professional introducing themself (a pharmacy, a hospital, a provider).
    "専門職": (
        "薬局の者",
        "薬剤師です",
        "薬剤師ですが",
        "病院の者",
        "事業所の者",
        "訪問看護の者",
        "ステーションの者",
        "相談員です",
        "相談員ですが",
    ),
    "施設": ("老人ホーム", "介護施設", "入所", "ホームで", "ホームの職員", "ホームに入って", "ホームにいる"),
    # Caring from afar, described without the word: living elsewhere, another prefecture.
    "遠距離介護": (
        "遠くから",
        "遠くに住",
        # What can be done from far away: 「離れてできることは」「離れたところから何ができる」.
        "離れてでき",
        "離れてやれ",
        "離れたところから",
        "離れた所から",
        "遠方",
        "県外",
        "他県",
        "実家が遠",
        "実家は遠",
        # A far town, or being far away, as plain words say it (「おかあさん とおく の まち」).
        "遠くの町",
        "遠くの街",
        "遠くのまち",
        "とおくのまち",
        "とおくの町",
        "遠い町",
        "遠くにいる",
        "遠くにいて",
        "遠くにいま",
        "とおくにいる",
        "とおくにいて",
        "とおくにすむ",
        # A parent in a far region (a region, not a municipality: no other town's center is named).
        "九州",
        "北海道",
        "東北",
        "関西",
        "四国",
        "北陸",
        "山陰",
    ),
    # A neighbour describing self-neglect: rubbish piling up, not eating, not bathing.
    "セルフネグレクト": (
        "ゴミの山",
        "ごみの山",
        "ゴミ屋敷",
        "ごみ屋敷",
        "ゴミだらけ",
        "ごみだらけ",
        "ゴミがたま",
        "ごみがたま",
        "風呂に入ってない",
        "風呂に入っていない",
        # Help refused while the basics of living are gone: the power cut off, nothing in the fridge.
        "ほっといてくれ",
        "放っといてくれ",
        "放っておいてくれ",
        "電気も止め",
        "電気を止められ",
        "電気が止められ",
        "ガスも止め",
        "ガスを止められ",
        "冷蔵庫は空",
        "冷蔵庫が空",
        "冷蔵庫も空",
    ),
    # The neighbourhood's volunteer commissioner, described without the title.
    "民生委員": ("ボランティアの委員", "地域の委員さん", "町内の委員さん", "地区の委員さん"),
    # A neighbour named by where they live rather than as 近所: the same block of flats, the house behind.
    "近所": (
        # ...or by the round the writer makes for work: 「配達でよく行くお宅のおばあさん」「集金で行く家」.
        "配達でよく行く",
        "配達で行く",
        "配達でうかがう",
        "配達先の",
        "集金で行く",
        "集金先の",
        "検針で行く",
        "同じ団地",
        "同じマンション",
        # ...or by the building or the floor shared: 「同じ棟の方」「同じ階のおばあさん」.
        "同じ棟",
        "同じ階",
        # ...or by the floor or the room: 「下の階のおばあさん」「隣の部屋の人」.
        "下の階",
        "上の階",
        "階下",
        "隣の部屋",
        "下の部屋",
        "上の部屋",
        "同じアパート",
        "裏の家",
        "裏の一人暮らし",
        "裏のおじい",
        "裏のおばあ",
        "お向かい",
        "向かいの家",
        "向かいのおじい",
        "向かいのおばあ",
        # A customer who comes to the shop, told by the shopkeeper: 「毎晩お弁当を買いに来るおじいさん」.
        "買いに来る",
        "買いに来られ",
        "買いにくる",
    ),
    "死後": (
        "亡くなった後",
        "死んだ後",
        "死んだあと",
        "亡くなったあと",
        # When one dies, said as a time or a condition: 「亡くなったりしたとき」「死んだら」.
        "亡くなったとき",
        "亡くなった時",
        "亡くなったら",
        "亡くなったりした",
        "死んだとき",
        "死んだ時",
        "死んだら",
    ),
    "終活": ("エンディングノート", "死に支度", "死支度", "身じまい"),
    # Everyday signs of dementia, described without the word.
    # Meeting others with the same illness over tea: the dementia cafe, described.
    # ...or families in the same position (同じ立場・境遇・悩みの家族) to talk with.
    "認知症カフェ": (
        "同じ病気の人",
        "同じ病気の方",
        "同じ病気の仲間",
        "お茶でも飲みながら",
        "お茶を飲みながら",
        "同じ立場の家族",
        "同じ境遇の家族",
        "同じ悩みを持つ家族",
        "同じ悩みの家族",
    ),
    # The yes/no questionnaire of the care-prevention check, described by its form.
    "基本チェックリスト": ("はいいいえで答え", "はいかいいえで答え", "はいいいえの質問", "はいいいえに丸", "質問票"),
    "認知症": (
        "物忘れ",
        "名前が出てこな",
        "名前がでてこな",
        "鍋を焦が",
        "鍋焦が",
        "鍋をこが",
        "火の消し忘れ",
        "同じことを何度も",
        "同じ話を何度も",
        # The same mistake or the same purchase again and again, a thing forgotten day after day.
        "何度も間違え",
        "何回も間違え",
        "日を間違え",
        "日にちを間違え",
        "を何度も買",
        "同じものばかり買",
        "同じ物ばかり買",
        "何度も同じ物を買",
        "何度も同じものを買",
        "毎日忘れ",
        "何度も忘れ",
        "すぐ忘れ",
        "財布も忘れ",
        "財布を忘れ",
        # Forgetting said to happen often (「忘れることが多い」, and a learner's 「わすれる おおい」 read so).
        "忘れることが多",
        "わすれることが多",
        "忘れる事が多",
    ),
    # Forgetful as a trait that has come on (「忘れっぽくなった」, in kanji or in kana): memory loss.
    "物忘れ": ("忘れっぽ", "わすれっぽ"),
    # Something to get about with, said as the "legs" it would be (「足になるもの」「足代わりに」).
    # (only with what or who would be the legs: 「足になるもん」, not 「足になる運動」, legs themselves)
    "移動手段": (
        "足になるもの",
        "足になるもん",
        "足になる物",
        "足になる手段",
        "足になる乗り物",
        "足になるサービス",
        "足になる人",
        "足になってくれ",
        "足になってもら",
        "足代わり",
        "足がわり",
        "足の確保",
    ),
    # How to answer someone (受け答え, 返事の仕方) is how to be with them: the phrasings' 接し方.
    "接し方": ("受け答え", "うけこたえ", "返事の仕方", "返事のしかた", "応対の仕方", "応対のしかた"),
    # The same question asked over and over, said with 質問 or ばかり: the phrasings' 同じことを何度も.
    "同じことを何度も": (
        "同じ質問ばかり",
        "同じ質問を何度も",
        "同じ質問を繰り返",
        "同じ質問をくりかえ",
        "同じことばかり聞",
    ),
    # The consumer hotline's mnemonic (188 = いやや) asked about as a word.
    "188": ("いややって何", "いややってなに", "いややってなん", "いややの番号", "いややは何"),
    # A care level that no longer fits, described without 区分変更.
    "区分変更": (
        "度合いが合わ",
        "介護度が合わ",
        "認定が合わ",
        "今の認定が",
        "状態に合わな",
        "介護度を見直",
        "認定を見直",
        # Asked to be fitted to how the person is now, or to be done again: 「認定を今の様子に合わせて」.
        "様子に合わせ",
        "状態に合わせ",
        "認定を変え",
        "介護度を変え",
        "認定を今の",
        "認定のやり直",
        "認定をやり直",
        "軽く出",
        "低く出",
    ),
    # The dementia team of professionals, named by what it is rather than its title.
    "初期集中支援チーム": ("専門職チーム", "専門職のチーム", "専門家チーム", "専門家のチーム", "専門職の方のチーム"),
    # A doctor who knows dementia well, described without サポート医 or 疾患医療センター.
    "認知症サポート医": ("認知症に詳しい医師", "認知症にくわしい医師", "認知症に強い医師", "サポート医"),
    # Someone coming to help at home, named the everyday way.
    # ...or as someone who comes and helps: 「家に来て手伝ってくれる人」「手伝いに来てくれる人」.
    "ヘルパー": (
        "お手伝いの人",
        "お手伝いさん",
        "手伝いの人に来",
        "家事を手伝いに来",
        "来て手伝ってくれる人",
        "来て手伝ってもらえ",
        "手伝いに来てくれる人",
        "手伝いに来てもらえ",
    ),
    # A pet named as the animal (no entry is about pets: a dog to be looked after is no short stay).
    "ペット": (
        "飼い犬",
        "飼い猫",
        "飼っている犬",
        "飼っている猫",
        "飼ってる犬",
        "飼ってる猫",
        "愛犬",
        "愛猫",
        "インコ",
        "犬を",
        "猫を",
        "犬が",
        "猫が",
        "犬の世話",
        "猫の世話",
        "犬の散歩",
    ),
    # Meals one cannot make, told by what is eaten instead: cup noodles every day, never having cooked.
    "食事の用意": (
        "カップ麺",
        "カップラーメン",
        "カップめん",
        "インスタントばかり",
        "コンビニ弁当ばかり",
        "料理したことな",
        "料理をしたことな",
        "料理なんてしたことな",
        "ご飯を作れな",
        "ご飯が作れな",
        "飯が作れな",
    ),
    # Bills that cannot be met, described without 生活費 or 困窮.
    "支払いに困る": (
        "支払いがきびし",
        "支払いが厳し",
        "支払いがきつ",
        "支払いが苦し",
        "光熱費が払え",
        "光熱費も払え",
        "電気代が払え",
        "生活費が足り",
        "生活費も足り",
        "お金が足り",
    ),
}

# Subjects shown by two things said together anywhere in a message (subject: (first, second), either order).
# A child's age, a nursery or child-rearing said beside care: caring for children and a parent at once.
# Other prefectures and large cities (OUTSIDE_CITY_HINT, and a name compared with another place's).
_OTHER_LARGE_CITIES = "横浜 川崎 相模原 名古屋 神戸 札幌 仙台 さいたま 堺 浜松 北九州".split()
_PREFECTURES = [
    place.short for place in read_places() if place.kind == "prefecture" and place.name != HOME_PREFECTURE
] + _OTHER_LARGE_CITIES
_CHILD_CARE = (
    r"(?:子ども|子供|こども)[0-9一二三四五六七八九十]+歳|保育園|幼稚園|育児|子育て|赤ちゃん|乳児|幼児|小学生|小さい子"
    # ...or a child or a younger brother or sister to be looked after: 「弟の世話と祖母の介護」.
    r"|(?:子ども|子供|こども|弟|妹|孫)(?:たち)?の(?:世話|面倒)"
)
# An age under 65 said beside dementia: young-onset dementia.
_YOUNG_AGE = r"(?<![0-9])(?:[1-5][0-9]|6[0-4])(?:歳|才|代)|(?<![十百])(?:[二三四五]十[一二三四五六七八九]?|六十[一二三四]?)(?:歳|才|代)"
_TAKEN_FOR_ANOTHER = (
    r"(?:名前|なまえ)で(?:呼|よ)|呼び間違|よびまちが|人違い|と間違え|とまちがえ|だと思い込|と思い込んで"
)
_CORRECT_OR_GO_ALONG = r"訂正|ていせい|否定|正した|正す|直した|直す|言い直|合わせ|あわせ|そのままで|そのままにし"
PAIRED_HINTS: dict[str, tuple[str, str]] = {
    # Someone who goes round older people's homes in the neighbourhood, asked after by what they do and not by the
    # title (「お年寄りの家を回っている人、何ていう役？」): the volunteer commissioner (a seller going door to door is
    # asked after as a seller, not as a role).
    "民生委員": (
        r"(?:高齢者|年寄|一人暮らし|独居)[^。？?]{0,6}?(?:家|お宅|宅)を(?:回|まわ|訪ね|たずね)",
        r"役|委員|なんていう|何ていう|なんという|何という|何の人|なにの人|頼め",
    ),
    # ...the parent's side told by what it takes (「昼は父の通院、夜は母の見守り」).
    "ダブルケア": (
        _CHILD_CARE,
        r"介護|介助|付き添|付添|(?:父|母|親|祖父|祖母|義父|義母)の(?:通院|見守り|世話|面倒|送り迎え|送迎)",
    ),
    # Staff of a care home or service said to strike, shove or shout at those they care for (told by a
    # trainee, a visitor or a colleague): abuse in a facility.
    # (The staff are the ones who strike: 「ヘルパーです。利用者さんが息子さんに叩かれて」 is abuse at home.)
    "施設内虐待": (
        # (a colleague or a senior, told by a care worker, and hurtful words: 「先輩が利用者さんにひどいことを言う」)
        r"(?:職員|スタッフ|介護士|介護職員?|同僚|先輩|せんぱい)(?:さん|の人|の方)?(?:が|に|から)[^。]{0,15}?"
        r"(?:叩|たたい|たたか|殴|蹴|つね|突き飛ば|乱暴|ひどい扱い|ひどいこと|怒鳴|どなっ|どなら|暴言|縛)",
        r"施設|ホーム|利用者|入居者|入所|実習|事業所|デイ",
    ),
    # A bath to be given at home by someone who comes (「風呂、家で入れてくれる人」「うちで入浴を手伝ってもらえる」):
    # a home helper's bathing care (a bath at a day service is named with デイ and stays its own).
    "ヘルパー": (
        r"風呂|ふろ|入浴",
        r"(?:家|うち|自宅)(?:で|に来て|まで来て)[^。、]{0,8}?"
        r"(?:入れて(?:くれ|もらえ|ほし|欲し|いただけ)|手伝って(?:くれ|もらえ|ほし|欲し)|介助して)",
    ),
    # Care said to be wearing the carer down to collapse (参りそう, 先に倒れる): a carer at the end of their strength.
    "介護疲れ": (
        r"介護|看病|世話",
        r"参りそう|まいりそう|参って(?:し|き|い|る)|まいって(?:し|き|い|る)|先に(?:倒れ|参|まい|くたば|逝)"
        # ...or said to be too much now (「もうしんどい」「もう限界」), or to cost the carer their sleep (「夜も寝られない」).
        r"|もう(?:しんど|つら|辛|限界|げんかい|疲れ|くたくた|へとへと)"
        r"|(?:夜も|夜は|ろくに|ほとんど)(?:寝|眠|ねむ)(?:られ|れ)(?:ない|ず|ん|へん)",
    ),
    # Someone with dementia to be taken to a place where people meet over tea (「お茶会のような所」「茶話会」): the
    # dementia cafe (a tea gathering with no dementia named is the care-prevention meeting place's).
    "認知症カフェ": (r"認知症|物忘れ", r"お茶会|茶話会|お茶飲み会|お茶のみ会|お茶の会"),
    # Someone who takes the writer for another (calls them by another's name, mistakes them for a late relative), and
    # the writer asks whether to correct it or go along: how to respond to a person with dementia.
    "接し方": (_TAKEN_FOR_ANOTHER, _CORRECT_OR_GO_ALONG),
    "若年性認知症": (_YOUNG_AGE, r"認知症"),
    # The care level or its survey named, and asked to be done again or looked at again.
    # ...or said to have got worse since, or to be applied for again (出し直す, 申請し直す, 受け直す).
    "区分変更": (
        r"認定|要介護[0-9一二三四五]|要支援[0-9一二]|介護度",
        r"やり直|見直し|出し直|申請し直|受け直|取り直|(?:悪く|重く)なっ|悪化"
        # ...or asked to be looked at once more (「もう一回みてもらえる？」「再度調べてほしい」).
        r"|(?:もう一度|もう一回|もういちど|もういっかい|再度)(?:見|み|診|調べ|しらべ|判定|審査|調査)"
        # ...or said to be too low for how the person is (「現状に比べ少なすぎる」「軽すぎる」).
        r"|(?:介護度|認定|判定|区分)(?:が|は|も)?[^。]{0,12}?(?:低|軽|少な)(?:すぎ|過ぎ)",
    ),
    # A doctor (or dentist) said to come to the house: a home-visit doctor, not a nurse.
    # (「家まで診察に来てくれる」「うちに診に来て」: what the doctor comes for may stand between.)
    "訪問診療": (
        r"医師|歯医者",
        r"(?:家|うち|自宅|いえ)(?:に|まで|へ)(?:診察に|診療に|診に|みに|往診に)?(?:来|き)|家で診",
    ),
    # A discharge and the home that is to take the person in: life at home after the hospital.
    "家での生活": (r"退院", r"(?:自宅|家|在宅)(?:で|に|の)?の?受け?入れ"),
    # Care beside a job to be given up or no longer kept: leaving work for care.
    "介護離職": (
        r"介護",
        r"(?:仕事|会社|職場|勤め|パート)(?:を|は|も)?(?:辞め|やめ|休みすぎ|休み過ぎ|休職|続けられ|クビ)",
    ),
    # What one owns, said to go to an heir, and to be put in writing: a will, described without the word
    # (「畑と家を長男に…書類にしておきたい」).
    "遺言": (
        r"(?:家|土地|畑|田んぼ|山|預金|貯金|財産|株|お金)(?:は|を|も)(?:[^。、]{0,8}?)"
        r"(?:長男|次男|長女|次女|息子|娘|孫|子ども|子供|甥|姪|妻|夫|兄|姉|弟|妹)に"
        r"|(?:長男|次男|長女|次女|息子|娘|孫|子ども|子供)に(?:残|譲|やる|あげ|渡)",
        r"書類|書面|書い|書け|書き|紙に|公正証書|残しておき|形にし",
    ),
    # A hotline asked for about a purchase or a contract: where to call is the consumer centre's number.
    "消費生活センター": (
        r"契約|解約|勧誘|買わされ|売りつけ|訪問販売|業者",
        r"どこに(?:電話|相談|連絡|かけ)|どこへ(?:電話|相談|連絡)|電話(?:すれば|したら|先)|相談先|相談窓口",
    ),
    # Young-onset dementia and someone who specialises in it, for work or life: the coordinator.
    "若年性認知症支援コーディネーター": (
        r"若年性認知症|若年認知症",
        r"専門の(?:人|方|相談員|担当)|専門家|コーディネーター|支援員|相談員",
    ),
    # Harsh words or blows told with regret by the one who gave them: 「怒鳴って毎晩悔いている」.
    "自己嫌悪": (
        r"怒鳴|どなっ|どなる|当たって|当たる|荒い声|荒い言葉|声を荒|暴言|手を上げ|手をあげ|叩い|たたい",
        r"悔い|悔や|後悔|反省して",
    ),
    # A few days named and someone left in care (「2、3日だけでも母を預けたい」): a short stay (a number of days a
    # week, 週に2日預ける, is a day service's).
    "ショートステイ": (
        r"(?<!週)(?<!週に)(?:[0-9一二三四五六七]+日(?:間|ほど|くらい|ぐらい)?|数日|何日か|二三日|[0-9一二三]+泊)",
        # (asked for or wished, not told as done: 「三日ほど預けて旅行に行ってきた」 is news)
        r"(?:預け|あずけ)(?:たい|られ|て(?:休|やす|ゆっくり|もら|ほし|欲し|くれ|いい|も))"
        r"|(?:預か|あずか)(?:って(?:もら|ほし|欲し|くれ|いただ|頂)|ってもらえ|れ)",
    ),
    # A doctor's appointment made and then refused on the day, or called off again and again: refusing the doctor.
    "嫌がる": (
        r"予約|受診|病院|医師|外来|検査|通院|診察",
        r"(?:当日|直前|その日|朝)に?なると[^。]{0,10}?(?:行かない|行かん|行きたくない|いかない|嫌|いや)"
        r"|[0-9一二三四五六七八九十何]+回(?:目)?も?キャンセル|キャンセル(?:ばかり|続き|が続)",
    ),
    # A guardian named and the procedure asked for without its name (「後見人をと言われた。手続きの流れは」): the
    # petition to the family court is that procedure.
    "後見の申し立て": (
        r"(?<!任意)後見(?!.*(?:市長|身寄り))",
        r"(?:手続き?|てつづき)の(?:流れ|手順|段取り|進め方)",
    ),
    # A name compared with what another place calls it (「大阪でいう何にあたるの」): the center's name, different
    # in Chiba City.
    "名前が違う": (
        rf"(?:{'|'.join(_PREFECTURES)}|東京|地元|田舎|故郷|ふるさと|前の(?:町|市|街|所|ところ)|前に住んで(?:い)?た(?:町|所|ところ)?|向こう)"
        r"(?:で|では)"
        r"(?:いう|言う|いえば|言えば|いうと|言うと|いうところの|言うところの)",
        # what it corresponds to, not any question that follows (「大阪でいうと、ここは何区くらいの広さ」)
        r"(?:何|なに|なん|どこ|どれ)(?:に|と)?(?:あたる|当たる|相当)|(?:何|なに|なん)(?:です|でしょう|だろう|なの|か|？|\?)|同じ|(?:何|なん)て(?:いう|言う|呼ぶ)|(?:何|なん)と(?:いう|言う|呼ぶ)",
    ),
    # A telephone line wanted in the evening or at the weekend, asked whether it is open then: its days and hours
    # (「相談電話は夜もやってますか」; a shop or an office open on Sunday is no line's question).
    "何曜日": (
        r"(?:電話|ダイヤル)[^。]{0,12}?(?:夕方|夜|夜間|土曜|日曜|土日|休日|祝日|週末)(?:日)?(?:も|でも)"
        r"|(?:夕方|夜|夜間|土曜|日曜|土日|休日|祝日|週末)(?:日)?(?:も|でも)[^。]{0,12}?(?:電話|ダイヤル)",
        r"やって(?:る|い|ま)|開いて|あいて|受け付けて|つなが(?:る|り)|対応して(?:る|くれ|もら)",
    ),
    # A building's manager or landlord worried about one who lives there (「管理人です。住人の高齢の方が急に痩せて」
    # 「大家ですが、入居者のおばあさんの様子が」): a neighbour's worry, told by the one who looks after the building.
    "近所": (
        r"管理人|大家|家主|管理会社|オーナー|寮母|民生委員",
        r"住人|入居者|住民|店子|借り主|借主|住んでいる(?:高齢|お年寄り|おじい|おばあ)",
    ),
    # The last days, and a talk about them to be had: the advance care planning talk.
    "人生会議": (r"最期|延命|看取り|終末期", r"話し合|話そう|話をし|話せば|話しておき|決めておき|伝えておき"),
}
_PAIRED = {subject: (re.compile(a), re.compile(b)) for subject, (a, b) in PAIRED_HINTS.items()}

# Old-fashioned and formal words (letters, elderly writers) in the everyday form the FAQ is phrased in.
ARCHAIC: dict[str, tuple[str, ...]] = {
    # 「どういう制度」: the spoken どういう is the phrasings' どんな.
    "どんな": ("如何なる", "いかなる", "如何様な", "いかような", "どういう", "どういった"),
    "どうすれば": ("如何すれば", "如何にすれば", "いかがすれば", "いかにすれば", "如何致せば", "いかがいたせば"),
    "どう": ("どんな風に", "どんなふうに", "如何に", "いかに"),
    "どこ": ("いずこ", "いづこ", "何処"),
    "役割": ("役目",),
    "隣の家": ("隣家", "隣宅"),
    "嫁": ("嫁御",),
    "ている": ("ておる",),
    # Possible, in the formal word: 「相談は叶いましょうか」 (叶ひませう in the historical spelling) = できますか.
    "できますか": ("叶いましょうか", "叶いますでしょうか", "叶いますか", "かないましょうか", "かないますか"),
    # The writer, in the formal word of letters.
    "私": ("当方", "小生"),
    "ません": ("ませぬ",),
    "ノート": ("帳面",),
    # A contract, in the old word (任意後見's 「契りを結ぶ」).
    "契約": ("契り",),
    "すれば": ("申せば",),
    "でしょうか": ("でございましょうか", "でござりましょうか", "ございましょうか"),
    "ですか": ("でございますか", "にございますか"),
    "というもの": ("と申すもの", "と申しますもの", "なるもの"),
    # Worn out, said the everyday way.
    "疲れた": ("くたくた", "クタクタ", "へとへと", "ヘトヘト"),
    # Tired, in the older word (草臥れる): 「介護でくたびれた」.
    "疲れ": ("くたびれ", "草臥れ", "クタビレ"),
    # The formal words of official letters: 「過少と思料」 (= 少なすぎると思う), 「現状に比し」 (= 比べ).
    "思う": ("思料", "思量"),
    "少なすぎる": ("過少",),
    "に比べ": ("に比し",),
}

# Business-letter keigo (ご教示ください, 〜と存じます, 〜につきまして) in the everyday form the phrasings use:
# the request and the subject stay, the humility goes.
KEIGO: dict[str, tuple[str, ...]] = {
    "教えてください": (
        "ご教示いただけますと幸いです",
        "ご教示いただければ幸いです",
        "ご教示いただけますでしょうか",
        "ご教示いただけませんでしょうか",
        "ご教示いただけますか",
        "ご教示いただきたく存じます",
        "ご教示願えますでしょうか",
        "ご教示願います",
        "ご教示ください",
        "ご教授ください",
        "ご教授願います",
        "お教えいただけますと幸いです",
        "お教えいただけませんでしょうか",
        "お教えいただけますでしょうか",
        "お教えいただけますか",
        "お教え願えますでしょうか",
        "お教え願えませんか",
        "お教えください",
        "ご案内いただけますと幸いです",
        "ご案内いただけますでしょうか",
    ),
    "知りたいです": (
        "お伺いしたく存じます",
        "伺いたく存じます",
        "お尋ねしたく存じます",
        "お尋ね申し上げます",
        "お伺い申し上げます",
        "お伺いいたします",
    ),
    # A civil servant's 「確認したい」 asks to be told.
    # ...and so does the older 問いたい (「術を問ひたし」, read by CLASSICAL).
    "知りたい": ("確認したい", "確認いたしたい", "確認させていただきたい", "伺いたい", "承りたい", "問いたい"),
    # What something is, to be explained to others (a teacher, a club's organiser): the asker wants to know it.
    "何か知りたい": (
        "何か説明したい",
        "なにか説明したい",
        "何かを説明したい",
        "なにかを説明したい",
        "何なのか説明したい",
        "なんなのか説明したい",
        "何か伝えたい",
        "なにか伝えたい",
    ),
    "相談したいです": ("ご相談したく存じます", "ご相談申し上げたく存じます", "ご相談させていただきたく存じます"),
    "について": ("につきまして",),
    "でしょうか": ("でございましょうか",),
    "と思います": ("と存じます", "と存じております", "かと存じます"),
    "あります": ("ございます",),
    "います": ("おります",),
}

# English as family members abroad and residents from abroad mix it in (any case, whole words, a plural
# or possessive ending allowed): the Japanese words the FAQ is phrased with. Phrases are read before
# their words; words that carry no subject are dropped (ENGLISH_FUNCTION_WORDS). Other English words
# are left as typed; Chiba, like the city's place names in Japanese, is routing's business.
# General vocabulary of the FAQ's subjects, not fitted to any test set.
ENGLISH: dict[str, tuple[str, ...]] = {
    # The center, the city, this LINE.
    "あんしんケアセンター": ("community support center", "comprehensive support center", "community care center"),
    "区役所": ("ward office", "city office", "city hall", "town hall"),
    "市外": ("outside the city", "another city", "other city", "different city", "another town", "outside chiba"),
    "個人情報": ("personal data", "personal information", "my data", "privacy", "data"),
    "保存": ("stored", "store", "kept", "saved", "retained"),
    "削除": ("delete", "deleted", "erase", "erased", "removed"),
    "相談": ("consult", "consultation", "advice", "counseling", "counselling", "talk to someone"),
    "XXX何曜日": ("opening hours", "office hours", "business hours", "open hours"),
    "電話番号": ("phone number", "telephone number"),
    "電話": ("phone", "telephone", "call", "calls", "called", "calling"),
    "番号": ("number",),
    "無料": ("free of charge", "for free", "free", "no charge"),
    "費用": ("cost", "fee", "price", "how much", "expensive", "pay", "paying"),
    # Emergencies.
    "救急車": ("ambulance",),
    "救急": ("emergency", "urgent"),
    "夜間": ("at night", "night", "midnight", "overnight"),
    "休日": ("weekend", "holiday", "sunday"),
    "警察": ("police", "cops"),
    # Said as residents say it in Japanese; the subject (行方不明) is then added as a hint.
    "いなくなった": ("went missing", "gone missing", "is missing", "missing", "wandered off", "wanders off"),
    "徘徊": ("wandering",),
    "帰ってこない": (
        "not come home",
        "not come back",
        "doesn't come home",
        "didn't come home",
        "hasn't come home",
        "hasn't come back",
        "has not come back",
        "never came home",
    ),
    "熱": ("fever",),
    "転倒": ("fell down", "fall down", "fell", "fallen", "falls"),
    "床ずれ": ("bedsore", "bed sore", "pressure sore", "pressure ulcer"),
    # Dementia.
    "若年性認知症": ("early onset dementia", "early-onset dementia", "young onset dementia", "early onset"),
    "認知症カフェ": ("dementia cafe", "memory cafe", "alzheimer cafe"),
    "家族の集まり": ("family meeting", "family meetings", "family group", "carers group", "caregivers group"),
    "集まり": ("support group", "meetings", "meeting", "gathering", "gatherings"),
    "認知症": ("alzheimer", "alzheimers"),
    "物忘れ": ("memory loss", "memory", "forgetful", "forgetting", "forgets", "forgot"),
    "受診": ("see a doctor", "see the doctor", "go to the doctor", "checkup", "check-up", "medical exam"),
    "いやがる": ("refuses", "refused", "refuse", "won't go", "does not want", "doesn't want", "unwilling"),
    "説得": ("persuade", "convince"),
    "接し方": ("deal with", "cope with", "respond to", "how to talk", "how to handle"),
    "怒る": ("angry", "gets mad", "shouts"),
    # Medical care at home.
    "訪問看護": ("visiting nurse", "home nursing", "nurse visit", "nurse visits", "home nurse"),
    "訪問診療": ("home doctor", "house call", "doctor visit", "doctor visits", "doctor who visits"),
    "看護師": ("nurse",),
    "医師": ("doctor", "physician"),
    "病院": ("hospital", "clinic"),
    "退院": ("discharged", "discharge", "leave the hospital", "leaves the hospital", "leaving the hospital"),
    "入院": ("hospitalized", "hospitalised", "in hospital", "admitted"),
    "薬": ("medicine", "medication", "pills", "tablets"),
    # Care insurance and services.
    "要介護認定": ("care certification", "care needs certification", "needs assessment", "care assessment"),
    "要介護度": ("care level", "level of care"),
    "要支援": ("support level", "needs support"),
    "区分変更": ("reassessment", "re-assessment", "reassess"),
    "不服": ("appeal", "objection", "disagree"),
    "申請": ("apply", "application", "applying", "apply for"),
    "介護保険": ("insurance",),
    "ケアプラン": ("care plan",),
    "特別養護老人ホーム": ("special nursing home",),
    "老人ホーム": ("nursing home", "care home", "retirement home", "old people's home", "elderly home"),
    "グループホーム": ("group home",),
    "施設": ("facility", "facilities", "institution"),
    "入所": ("move in", "moving in", "admission", "enter"),
    "ショートステイ": ("respite care", "respite"),
    "デイサービス": ("day center", "day centre", "adult day care"),
    "ヘルパー": ("helper", "home care", "home help"),
    "車いす": ("wheelchair",),
    "介護ベッド": ("care bed", "nursing bed", "hospital bed"),
    "手すり": ("handrail", "grab bar"),
    "福祉用具": ("walker", "walking aid", "mobility aid", "equipment"),
    "住宅改修": ("home modification", "renovation", "remodel", "remodeling"),
    "介護": ("nursing care", "long-term care", "caregiving", "caring", "care"),
    "介護者": ("caregiver", "carer"),
    "介護疲れ": ("burned out", "burnt out", "burnout", "exhausted", "worn out", "tired"),
    "限界": ("at my limit", "can't cope", "cannot cope", "can't take it"),
    # Prevention.
    "フレイル": ("frailty", "frail", "getting weaker", "weaker", "muscle"),
    "体操": ("exercise", "exercise class", "workout"),
    "通いの場": ("community salon", "salon", "social club"),
    # Guardianship, money, scams.
    "任意後見": ("voluntary guardianship", "power of attorney"),
    "成年後見": ("adult guardianship", "legal guardian", "guardianship", "guardian", "conservatorship"),
    "お金の管理": ("manage money", "managing money", "money management", "bank account"),
    "お金": ("money", "cash"),
    "請求": ("bill", "invoice", "owes", "owe", "owed", "charged", "payment request"),
    "メール": ("sms", "text message", "email", "e-mail"),
    "サイト": ("website", "web site", "site", "online"),
    "届いた": ("received", "got", "came"),
    "定期購入": ("subscription", "auto-renewal", "auto renewal"),
    "クーリングオフ": ("cooling off", "cooling-off", "cancel the contract"),
    "契約": ("contract",),
    "訪問販売": ("door to door", "door-to-door", "salesman", "salesmen", "salesperson"),
    "業者": ("contractor", "company", "companies", "dealer"),
    "詐欺": ("scammer", "swindle", "con artist", "suspicious", "fake"),
    # Abuse.
    "虐待": ("abused", "abusing", "abusive", "mistreated", "mistreatment", "mistreat", "neglected", "neglect"),
    "暴力": ("violence", "violent", "hits", "hitting", "beaten", "beats", "bruise", "bruises"),
    "通報": ("report",),
    "匿名": ("anonymous", "anonymously"),
    "保護": ("protect", "protection", "shelter", "take away from"),
    # End of life.
    "遺言": ("last will", "testament"),
    "葬儀": ("funeral",),
    "墓": ("grave", "tomb", "cemetery"),
    "終活": ("end of life planning", "end-of-life planning", "shukatsu"),
    "身寄り": ("no relatives", "no family", "next of kin", "relatives"),
    "身元保証": ("guarantor", "guarantee"),
    # Family carers, watching over, daily life.
    "仕事": ("full-time", "full time", "part-time", "job", "work", "working"),
    "介護休業": ("care leave", "caregiver leave", "family care leave", "leave"),
    "休暇": ("days off", "day off", "vacation"),
    "何日": ("how many days",),
    "違い": ("difference", "different"),
    "遠方": ("far away", "long distance", "long-distance", "far from"),
    "子育て": ("childcare", "child care", "raising kids", "kids", "children", "baby"),
    "ひきこもり": ("shut-in", "hikikomori", "recluse", "withdrawn"),
    "一人暮らし": ("lives alone", "living alone", "live alone", "on her own", "on his own", "alone"),
    "見守り": ("watch over", "keep an eye on", "check on", "checking on", "monitor", "monitoring"),
    "さびしい": ("lonely", "loneliness", "isolated"),
    "話し相手": ("someone to talk to", "no one to talk to", "nobody to talk to"),
    "近所": ("neighbour", "neighbor", "neighbourhood", "neighborhood", "next door", "nearby"),
    "民生委員": ("welfare commissioner", "welfare volunteer"),
    "買い物": ("shopping", "groceries", "grocery"),
    "配食": ("meal delivery", "meals on wheels"),
    "食事": ("meals", "meal", "cooking", "food"),
    "ごみ出し": ("garbage", "trash", "rubbish"),
    "家事": ("housework", "chores", "cleaning"),
    "通院": ("hospital visits", "doctor's appointments", "appointments"),
    "外出": ("get around", "getting around", "transport", "transportation", "taxi"),
    "住まい": ("housing", "apartment", "evicted", "eviction"),
    "家賃": ("rent",),
    "生活保護": ("public assistance", "welfare benefits", "welfare"),
    "生活費": ("living costs", "living expenses", "can't afford", "cannot afford"),
    # The people a message is about (no subject, as in Japanese: STOP_LEMMAS), and question words.
    "母": ("mom", "mum", "mother", "mama"),
    "父": ("dad", "father", "papa"),
    "親": ("parents", "parent"),
    "祖母": ("grandma", "grandmother", "granny"),
    "祖父": ("grandpa", "grandfather"),
    "夫": ("husband",),
    "妻": ("wife",),
    "家族": ("family",),
    "どうすれば": ("how do i", "how do we", "how can i", "how can we", "how should i", "how should we", "what should"),
    "どこ": ("where",),
    "誰": ("who",),
    "いつ": ("when",),
    "できますか": ("can i", "can we", "can he", "can she", "can they", "is it possible"),
}
# Words that carry no subject (an acknowledgement, OK, included: 「…相談してもOK？」 is not about "OK").
ENGLISH_FUNCTION_WORDS = frozenset(
    """a an the i me my we us our you your he him his she her they them their it its this that these those
    is am are was were be been being do does did have has had having will would should could can may might
    to of for in on at by with from about as into than then there here so and or but if not no yes just also
    very really please thanks thank any some such still even what how why which whether exactly s don doesn
    didn isn aren wasn won
    ok okay
    chiba""".split()
)

# Said after a question when routing found that the person lives outside Chiba City: the words the
# FAQ's entry about other municipalities is phrased with, so a question about "there" finds it.
OUTSIDE_CITY_HINT = "市外"

# The person a worry is about lives in another prefecture or one of its large cities (「母は大阪に住んで
# います」「父が福岡で一人暮らし」): the question is one about someone outside the city, whose own
# municipality's center is the place to ask. Said of a relative only (「私は東京に住んでいて、千葉の母が…」
# is a family far from a parent in the city); a region (九州, 東北) names no municipality (遠距離介護).
_RELATIVES = "母|父|親|両親|祖母|祖父|義母|義父|姑|舅|姉|兄|妹|弟|叔母|叔父|伯母|伯父|おば|おじ|娘|息子|実家|親戚|親族"
_LIVES_ELSEWHERE = re.compile(
    rf"(?:{_RELATIVES})(?:さん|ちゃん)?(?:は|が|も)(?:今|いま|ずっと|一人で|ひとりで)?も?"
    rf"(?:{'|'.join(_PREFECTURES)})(?:都|府|県|市|の)?(?:[^\s。、]{{0,8}}?)"
    r"(?:に住|で暮ら|で一人暮らし|でひとり暮らし|で独り暮らし|在住|にい[るま]|にお[るり])"
    # 「親は仙台なんだ」「母は大阪です」: the relative is said to be in the place itself (not 出身, 生まれ).
    rf"|(?:{_RELATIVES})(?:さん|ちゃん)?(?:は|が|も)(?:今|いま|ずっと)?も?(?:{'|'.join(_PREFECTURES)})(?:都|府|県|市)?"
    r"(?:なんだ|なんです|なの|です|だ(?!っ|ろ|け))"
)

# 「大阪から越してきました」: the town the writer moved from is where no one lives now (not a relative living
# elsewhere, OUTSIDE_CITY_HINT); its name is dropped, the move itself kept.
_MOVED_FROM = re.compile(
    rf"(?:{'|'.join(_PREFECTURES)}|東京)(?:都|府|県|市)?(?:の方)?(?:から|より)"
    r"(?=(?:こっちに|こちらに|千葉に|千葉市に)?(?:越して|引っ越して|引越して|ひっこして|移って|転居して|移り住んで|越してき|来ました|来た|きました))"
)

# Where someone lives is routing's business, not a subject: an address alone must not look like
# a question about finding a center.
_CHIBA_PLACES = re.compile(r"千葉市|(中央|花見川|稲毛|若葉|緑|美浜)区")
# 「千葉市の外に住んでいる」「千葉市以外」, or read from romaji 「chiba-shi no soto」: outside the city (市外), said before
# the city's name is dropped (not 外房, the coast).
_OUTSIDE_CHIBA = re.compile(r"(?:千葉市|ちばし|チバシ)(?:の)?(?:外(?!房)|そと|以外|いがい)")
# 「日本で救急車、いつ呼ぶ」「日本では介護の申請は」: a newcomer's "in Japan" says where, as a place name in the city does,
# not what (日本語, 日本人 are left alone, and so is 日本に住んでいる: living in Japan says who may use a service).
_IN_JAPAN = re.compile(r"(?:日本|にほん|ニホン)で(?:は|も)?(?=[、,\s]|[\u4e00-\u9fff\u30a1-\u30faー])[、,]?")

# Regional and rough plain speech (Ibaraki, Tochigi, old men's Tokyo speech, Chugoku/Kansai ええ; Niigata,
# Toyama/Kanazawa, Tosa, Tohoku) in the standard endings the phrasings use: the subject words stay as
# typed, only the endings change. (pattern, replacement), applied in order; each pattern needs the kana
# a verb or adjective leaves before it, so いっぺん, おねえさん, 「ねえ、聞いて」 or 「ろうかで転んだ」 are
# left alone.
DIALECT: tuple[tuple[str, str], ...] = (
    # 〜ねえろか (= ないだろうか): 「方法ねえろか」 (before the plain ねえ below).
    (r"ねえろか", "ないだろうか"),
    # 〜ってのは (= とは): 「民生委員ってのは何」.
    (r"ってのは", "とは"),
    # 〜ってのに, 〜ってのを (= というものに, を) after a noun: 「デイサービスってのに行けば」 (not 「言ったってのに」).
    (r"(?<=[\u4e00-\u9fff\u30a1-\u30faー])ってもの(?=[にをがでも])", ""),
    (r"(?<=[\u4e00-\u9fff\u30a1-\u30faー])っての(?=[にをがでも])", ""),
    # A noun and って before a comma is the topic of what follows (= は), not a question of what it is:
    # 「要支援2って、あれから悪くなって…」.
    (r"(?<=[\u4e00-\u9fff\u30a1-\u30faー0-9０-９])って(?=[、,])", "は"),
    # 〜ままじゃ (= ままでは): 「今のままじゃ足りない」.
    (r"(?<=まま)じゃ", "では"),
    # 〜てえ (= たい) after a verb's i-stem in kana: 書きてえ, 知りてえ, 会いてえ, 残してえ.
    (r"(?<=[きぎしじちにひびみりいえけせねべめれ])て[えぇ](?=[んなよ]|[^ぁ-ゖ]|$)", "たい"),
    # 〜てくんねえ, 〜てくんない (= てくれない) asking a favour: 「来てくんねえか」「見てくんない？」 (before the
    # plain ねえ below).
    (r"(?<=[てで])くん(?:ね[えぇ]|ない)", "くれない"),
    # 〜ねえ (= ない) after a verb's a-stem or e-stem or て/で: わからねえ, 行かねえ, 口きいてねえ, 行けねえ,
    # 来られねえ (not the copula's だねえ, nor an adjective's いいねえ).
    (r"(?<=[かがさたなばまらわてでけせめれ])ね[えぇ]", "ない"),
    # いねえ (= いない) after a particle: 誰もいねえ, どこかにいねえか.
    (r"(?<=[もがはにで、])いね[えぇ]", "いない"),
    # 〜ちまう, 〜じまう (= てしまう, でしまう) in rough speech: 「出てっちまいそう」「死んじまった」「忘れちまう」.
    (r"(?<=っ)ちま(?=[うういわえっお])", "てしま"),
    (r"(?<=ん)じま(?=[うういわえっお])", "でしま"),
    (r"(?<=[えけげせてねべめれ])ちま(?=[うういわえっお])", "てしま"),
    # 〜てく, 〜てった (= ていく, ていった) after a verb in kanji: 「出てった」「出てっちまう」「持ってく」 (the っ
    # before what follows: not 「出てって」 said to someone, which stays).
    (r"(?<=[\u4e00-\u9fff]て)っ(?=てしま|た(?![いか])|ちゃ)", "いっ"),
    # 〜とく, 〜とける (= ておく, ておける) after a verb's っ or a noun's し: 「やっとけること」「言っとく」「取っといて」
    # 「予約しといて」 (not the adverbs ちょっと, ずっと, もっと, きっと; やっと only before these endings).
    (
        r"(?:(?<=[\u4e00-\u9fff][っし])|(?<=やっ))と(?=け(?:る|ば|ない)|く(?:[。、,.!?！？\sかよね]|$|べき)|こう|いた|いて)",
        "てお",
    ),
    # あんの (= あるの) asking: 「やれることあんのか」「なんかあんの？」 (after a particle or a word's end, not
    # inside a word: あんのう).
    (r"(?:^|(?<=[^ぁ-ゖ])|(?<=[がはもとかにでこ]))あん(?=の(?:か|け|[?？。!！\s]|$))", "ある"),
    # 〜りゃ (= れば): どうすりゃ, 知らせりゃ; 言やいい (= 言えばいい).
    (r"(?<=[すせけめべねれ])りゃ", "れば"),
    (r"(?<=[言云])や(?=いい)", "えば"),
    # Western 言やあええ (= 言えばいい), before the ええ below.
    (r"(?<=[言云])やあ(?=ええ|いい)", "えば"),
    # Western 〜てしもうた, 〜でしもうて (= てしまった, てしまって): 「だまされてしもうた」.
    (r"(?<=[てで])しも(?:う|お)(?=た|て)", "しまっ"),
    # San'in 〜だか (= のか) ending a question after いい or a verb: 「どこに言えばいいだか」「来てくれるだか」.
    (r"(?:(?<=いい)|(?<=ええ)|(?<=る))だか(?=[?？。!！\s]|$)", "のか"),
    # Kansai 〜へん (= ない) after a verb's a-stem or e-stem: 寝られへん, くれへん, わからへん, 行かへん (not たいへん,
    # このへん, 変: the letter before is a verb's).
    (r"(?<=[かがさたなまらわえけせてねめれべ])へんかった", "なかった"),
    (r"(?<=[かがさたなまらわえけせてねめれべ])へん(?![\u4e00-\u9fff])", "ない"),
    # 〜ええ (= いい) after ら/ば/て: どうしたらええ, 行けばええ.
    (r"(?<=[らばて])ええ", "いい"),
    # Ibaraki and Tohoku できっぺ (= できるだろう): 「相談できっぺか」 (the verb's る goes with the っぺ).
    (r"(?<=でき)っぺ(?=[かよなねさ]|[^ぁ-ゖ]|$)", "るだろう"),
    # 〜てっけど, 〜でっけど (= ているけど): 「住んでっけど」「通ってっけど」.
    (r"(?<=[てで])っけど", "いるけど"),
    # 〜だっぺ, 〜っぺ (= だろう): the っぺ dropped (not inside a word: いっぺん).
    (r"っぺ(?=[かよなねさ]|[^ぁ-ゖ]|$)", ""),
    # 〜がか, 〜がけ (= のか) ending a question: 「誰でも使えるがか？」「来てくれるがけ？」.
    (r"(?<=[ぁ-ゖ])がか(?=[?？。]|$)", "のか"),
    (r"(?<=[るたい])がけ(?=[?？]|$)", "のか"),
    # 〜すけ (= から) ending a clause: 「足が悪いすけ、」 (not スケジュール).
    (r"(?<=[るたいだ])すけ(?=[、,。\s]|$)", "から"),
    # 〜ろうか (= だろうか) after a verb or adjective: 「聞いてくれるろうか」 (not 廊下's ろうか).
    (r"(?<=[るい])ろうか", "だろうか"),
    # 〜んもんで (= ないもんで): 「歩けんもんで」; 〜んかね (= ないか) asking: 「来てもらえんかね」.
    (r"(?<=[えけげせてねべめれ])ん(?=もんで|もんだから|ので|から|かね|かな|か[?？。]|か$)", "ない"),
    # Kyushu 〜どる/〜とる (= でいる/ている) after a verb's て-form sound: 住んどる, 知っとる, しとる.
    (r"(?<=ん)どる", "でいる"),
    (r"(?<=[っし])とる", "ている"),
    # Kyushu 〜ごたる (= ようだ) and the adjective's なか (= ない) before it: 「元気のなかごたる」.
    (r"[のが]なか(?=ごたる|ごと|けん|[。?？]|$)", "がない"),
    (r"(?<=[ぁ-ゖ])ごたる", "ようだ"),
    # Tohoku voiced て (来でもらう, 来でける = 来てもらう, 来てくれる) after 来 and a helping verb.
    (r"(?<=来)で(?=もら|くれ|け|ほし)", "て"),
    # 「成年後見て何？」: って said as て before what something is (after a word, not after a verb's し/い).
    (r"(?<=[\u4e00-\u9fff\u30a1-\u30faーん])て(?=(?:なん|何|なに)(?:です|でしょう|なの|[?？]|$))", "って"),
    # Telegraphic 「ごみだし むり」「買い物無理」: a noun and 無理 with the particle left out (not もう無理).
    (r"(?:(?<=[\u4e00-\u9fff\u30a1-\u30faー])|(?<=出し|だし))(?:むり|ムリ|無理)(?=[。!！?？\s]|$)", "が無理"),
    # Telegraphic 「このLINE なに できる?」「何できるの」: what can be done, the particle left out (not なにか, 何でも).
    (r"(?:(?<=[^ぁ-ゖ])|^)(?:なに|何)(?=でき)", "何が"),
    # Kyushu: どげん, どがん, どぎゃん (= どう): 「どげんしたらよかと」.
    (r"ど(?:げん|がん|ぎゃん)(?=し|す|な|で|か|も|[、。?？\s]|$)", "どう"),
    # Kyushu よかと (= いいの) and 〜とやろ (= のだろう) asking: 「どうしたらよかとやろ」「行くとやろか」.
    (r"よかと(?=やろ|[?？。]|$)", "いいの"),
    (r"(?<=[るいたう])と(?=やろ)", "の"),
    # 〜やろ, 〜やろか (= だろう, だろうか) ending a clause after a verb, adjective or の (not the volitional
    # 「一緒にやろう」, nor 「やろうか」).
    (r"(?<=[のるいた])やろ(?=か|[、。?？!！\s]|$)", "だろう"),
    # Kyushu adjectives in か (= い) before a noun or an ending: きつか言葉, えらか, しんどか, さびしか,
    # よか方法, よかですか (not 〜かった, 〜かろう, nor 「いたか」).
    (
        r"(きつ|えら|しんど|つら|辛|寂し|さびし|さみし|難し|むずかし|苦し|くるし|こわ|怖|ひど|酷|よ)か"
        r"(?=[\u4e00-\u9fff]|と|ね|よ|ばい|けん|です|[、。?？!！\s]|$)",
        r"\1い",
    ),
    # Kyushu ば (= を) between a noun and a verb written in kanji: 「言葉ば投げて」「薬ば飲ま」.
    (r"(?<=[\u4e00-\u9fff\u30a1-\u30faー])ば(?=[\u4e00-\u9fff])", "を"),
    # Kansai and Western adjectives in their u-form (= く) before て, a verb in kanji or なる: 「しんどうて」
    # 「きつう当たって」「つろうなって」 (not 振動, 廊下: the stems are adjectives', the next letter a verb's).
    (
        r"(きつ|しんど|えら|ひど|酷|さびし|寂し|さみし|苦し|くるし|難し|むずかし|忙し|いそがし|やさし|優し|こわ|怖)う"
        r"(?=て|[\u4e00-\u9fff]|な[っるい])",
        r"\1く",
    ),
    (r"つろう(?=て|[\u4e00-\u9fff]|な[っるい])", "つらく"),
    # Kansai どない (= どう): 「どないしたらええん」「どないなる」.
    (r"どない(?=し|す|な|で|や|[、。?？\s]|$)", "どう"),
    # Ibaraki and Tochigi: 〜らんねえ (= られない) after a verb's kanji: 「出らんねえ」「来らんねえ」 (before the
    # question ending below).
    (r"(?<=[\u4e00-\u9fff])らんね[えぇ]", "られない"),
    # 〜のけ, 〜んけ (= のか) ending a question: 「来てもらうってできんのけ」「あんのけ？」 (not のけ inside a word:
    # 「のけ者」「押しのけ」, only at the end of a clause).
    (r"(?<=[ぁ-ゖ])のけ(?=[?？。!！\s]|$)", "のか"),
    # 〜んの, 〜んだ (= るの, るんだ) in the plain speech of the Kanto: 「できんのか」「金かかんの？」「わかんの」
    # 「いくらかかんだ」 (only after these stems, where ん cannot be the western ない: 行かんの, 知らんの are left alone;
    # できんだ is the western できないのだ too, and is left alone).
    (r"(?<=でき|かか|わか)ん(?=の)", "る"),
    (r"(?<=かか|わか)んだ", "るんだ"),
    # Hokkaido, Tohoku and Kansai なんぼ (= いくら): 「ひと月なんぼかかる」「なんぼくらい」.
    (r"なんぼ", "いくら"),
    # Kanto and Tohoku くれえ, ぐれえ (= くらい, ぐらい) after an amount or its question word: 「いくらくれえ」
    # 「3万ぐれえ」 (not 「くれえ」 asking to be given something: 「教えてくれえ」).
    (r"(?:(?<=いくら)|(?<=どの|どん)|(?<=[0-9０-９円万千百十]))([くぐ])れ[えぇ]", r"\1らい"),
    # じゃねえ (= じゃない): 「1じゃねえ」「病気じゃねえか」.
    (r"(?<=じゃ)ね[えぇ]", "ない"),
    # Niigata 〜がて (= のだ) ending a clause after a verb or an adjective: 「じゃねえがて」「行くがて」.
    (r"(?<=[いるたう])がて(?=[、,。.!！?？\s]|$)", "のだ"),
    # Rough speech's bare 金 (= お金) before what it costs or whether it is needed: 「金かかんの？」「金いる？」
    # (not 料金, 年金, 税金, 現金: a kanji before it).
    (r"(?<![\u4e00-\u9fffおご])金(?=[がはも]?(?:かか|いる|要る|いり))", "お金"),
    # Ibaraki and Tohoku さ (= に) after a place before coming or going: 「家さ来て」「病院さ行く」.
    # ...and before living somewhere: 「千葉市さ住んでる」.
    (r"(?<=[\u4e00-\u9fff])さ(?=来|行|帰|連れ|住)", "に"),
    # Tohoku 〜べ (= だろう) ending a question: 「どうすればいいべ」「行くべか」 (not 〜べき, 調べ, 食べ).
    (r"(?<=[いる])べ(?=[かさな]?(?:[?？。!！、]|$))", "だろう"),
    # Western (Chugoku) じゃけど, じゃけえ, じゃけん (= だけど, だから) after a word or ん: 「おるんじゃけど」「遠いんじゃけえ」.
    (r"(?<=[ぁ-ゖ\u4e00-\u9fff])じゃけど", "だけど"),
    (r"(?<=[ぁ-ゖ\u4e00-\u9fff])じゃけ(?:[えぇ]|ん)(?=[、,。.!！\s]|$)", "だから"),
    # Western 〜けえ (= から) ending a clause after an adjective or a verb: 「遠いけえ、」「行くけえ」.
    (r"(?<=[いるた])け[えぇ](?=[、,。.!！\s]|$)", "から"),
    # Western and Kansai おる (= いる) after a particle: 「千葉市におるんじゃけど」「母がおるけど」 (not お留守, おるす).
    (r"(?<=[にもがは])おる(?=[んのけか、,。よ]|$)", "いる"),
    # Western and Kansai 〜んか (= のか) asking after a verb or an adjective: 「できることがあるんかね」「いいんか？」 (the
    # negative's 〜えんかね is the rule above's).
    (r"(?<=[るいた])んか(?=ね|な|[?？。]|$)", "のか"),
    # Kansai 〜のやけど (= のだけど) ending a clause after a word in kana (not 手のやけど, a burn).
    (r"(?<=[ぁ-ゖ]の)やけど(?=[、,。\s]|$)", "だけど"),
    # Awa (Tokushima) 〜んじょ asking (= のか): 「来てくれるんじょ？」.
    (r"(?<=[るいた])んじょ(?=[?？])", "のか"),
)
_DIALECT = [(re.compile(pattern), replacement) for pattern, replacement in DIALECT]

# Letters in the old style (候文, historical kana: 「問ひ」「答へなば」「思ふ」「承りたく候」「これありや」), as
# some older residents write, in the modern form the phrasings use. Each pattern needs what only the old
# style has (a kanji verb stem before ひ/へ/ふ, 候 ending a clause, や asking after ぬ/あり/べき), so the
# particle へ (「家へ帰る」), 天候・候補, 「今日ひま」 or 「ひとり」 are left alone.
_CLAUSE_END = r"(?=[、。,.!?！？\s]|$)"
CLASSICAL: tuple[tuple[str, str], ...] = (
    # The old kana letters ゐ and ゑ.
    (r"ゐ", "い"),
    (r"ゑ", "え"),
    # 〜たく候 (= たいです), 致し候 (= します), にて候 (= です), 〜候や (= ますか), 候 ending a clause (= ます).
    (r"たく(?:候|そうろう)", "たいです"),
    # 〜の種々 (= 種類): 「施設の種々」「手続きの種々」.
    (r"(?<=の)種々", "種類"),
    # An adjective's く before 候 (= いです): 「暮らし難く候」「心細く候」「苦しく候」.
    (r"(?<=[\u4e00-\u9fffしじ])く(?:候|そうろう)" + _CLAUSE_END, "いです"),
    (r"(?:致し|いたし)候", "します"),
    (r"にて候", "です"),
    (r"(?<![居天気兆])候(?:や|か)" + _CLAUSE_END, "ますか"),
    (r"(?<![居天気兆])候" + _CLAUSE_END, "ます"),
    # 〜にあらざる, 〜にあらず (= でない): 「身内にあらざる友人」「家族にあらず」; 〜なれど after a noun (= ですが).
    (r"にあら(?:ざる|ず)", "でない"),
    (r"(?<=[\u4e00-\u9fff])なれど", "ですが"),
    # いたす in kana after a noun's kanji (= する): 「相談いたすこと」 (not いたすら).
    (r"(?<=[\u4e00-\u9fff])いたす(?=こと|の|も|[、。,.!?！？\s]|$)", "する"),
    # 致す/致し (= する/し) after a noun: 「放置致すも」.
    (r"(?<=[\u4e00-\u9fff])致す", "する"),
    (r"(?<=[\u4e00-\u9fff])致し", "し"),
    # Asking with や: 「手立てこれありや」 (= ありますか), 「当たらぬや」 (= ないか), 「べきや」 (= べきか).
    (r"(?:これ)?ありや" + _CLAUSE_END, "ありますか"),
    (r"ぬや" + _CLAUSE_END, "ないか"),
    (r"(?<=べき|なり)や" + _CLAUSE_END, "か"),
    # Historical kana after a kanji verb or noun stem: 問ひ, 互ひに, 思ひ出 (= い); 答へ, 衰へ, 考へ (= え);
    # 思ふ, 言ふ ending a clause (= う).
    # (and before a polite ending: 叶ひます, 思ひまして = 叶います, 思いまして; not 今日ひまですか, 暇)
    (
        r"(?<=[\u4e00-\u9fff])ひ(?=[、。,.!?！？\s]|$|[にのをはもがてたぬつけな]|[\u4e00-\u9fff]|ま[すせ]|まし[たてょ])",
        "い",
    ),
    (
        r"(?<=[答衰考教伝与支迎抱加変替訴備整控覚違構称唱堪耐添震冷消増救])へ"
        r"(?=[、。,.!?！？\s]|$|[ぬばなてたずしるれよろまにのく下])",
        "え",
    ),
    # The historical spelling of the volitional and of a guess: 〜ませう, でせう (= ましょう, でしょう).
    (r"ませう", "ましょう"),
    (r"でせう", "でしょう"),
    # A request in the old style: 「お教へ下され」「ご返答くだされ」 (= ください; not 下された, a decision made).
    # (お教え下され is お教えください; 教え下され without お, 教えてください)
    (r"(?<=お[\u4e00-\u9fff][えけせてねめれべいきしちにみり])(?:下|くだ)され(?:たく|度)?" + _CLAUSE_END, "ください"),
    (r"(?<=[\u4e00-\u9fff][えけせてねめれべいきしちにみり])(?:下|くだ)され(?:たく|度)?" + _CLAUSE_END, "てください"),
    (r"(?:下|くだ)され(?:たく|度)?" + _CLAUSE_END, "ください"),
    (r"(?<=[\u4e00-\u9fff])ふ(?=[、。,.!?！？\s]|$|こと|べ|とき|時)", "う"),
    # Historical は in a verb after its kanji (言はるる, 思はぬ, 問はず = 言わ, 思わ, 問わ); the kanji stands alone
    # (not 遺言は, 発言は), and what follows is a verb's ending (not the topic particle before ない).
    (r"(?<![\u4e00-\u9fff])([言思買使払笑洗問救歌習扱誓失願伴迷叶])は(?=る|れ|ず|ぬ|せ|ん)", r"\1わ"),
    # The classical passive and attributive 〜るる (= れる): 「言わるる」「知らるる」.
    (r"(?<=[わかさたなまらがば])るる(?=[\s、。,.!?！？]|$|[\u4e00-\u9fff]|の|こと|もの|とき)", "れる"),
    # を emphasised as をば (= を) before a verb or a noun in kanji: 「荒き声をば投げつけ」 (not 「をばかに」).
    (r"をば(?=[\s\u4e00-\u9fff])", "を"),
    # An adjective's classical attributive 〜き (= い) before a noun: 荒き声, 長き夜, 若き日; なき after a
    # space or a particle (「話す人 なき一日」「名もなき」; not 泣き声, 泣き顔, 泣き言).
    (r"(?:(?<=[荒長若古深強弱重高低短憂清尊])|(?<=[悲寂苦美優恋嬉楽貧久激]し))き(?=\s*[\u4e00-\u9fff])", "い"),
    (r"(?:^|(?<=[\sもは、]))なき(?=\s*(?![声顔虫言寝落崩出叫笑真])[\u4e00-\u9fff])", "ない"),
    # The classical past: 〜たる before a noun (悔いたる我 = 悔いた), 〜けり ending a clause (忘れはてけり =
    # 忘れはてた); after a kanji verb and its kana (not いたる所, 来たる).
    (r"(?<=[\u4e00-\u9fff][いきしちにひみりえけせてねめれぎじび])たる(?=\s*[\u4e00-\u9fff])", "た"),
    (r"(?<=[いきしちにひみりえけせてねめれぎじびで])けり" + _CLAUSE_END, "た"),
    # The classical past 〜し before a noun, in the modern sound of the verb: 防ぎし術 (= 防いだ), 書きし文
    # (= 書いた), 守りし人 (= 守った), 学びし (= 学んだ), 住みし家 (= 住んだ).
    (r"(?<=[\u4e00-\u9fff])ぎし(?=\s*[\u4e00-\u9fff])", "いだ"),
    (r"(?<=[\u4e00-\u9fff])きし(?=\s*[\u4e00-\u9fff])", "いた"),
    (r"(?<=[\u4e00-\u9fff])りし(?=\s*[\u4e00-\u9fff])", "った"),
    (r"(?<=[\u4e00-\u9fff])[びみ]し(?=\s*[\u4e00-\u9fff])", "んだ"),
    # 〜りて (= って) after a godan verb's kanji: 知りて, 取りて, 守りて (not 借りて, 降りて, 足りて).
    (r"(?<=[\u4e00-\u9fff])(?<![借降下足浴懲])りて", "って"),
    # 〜たし (= たい) ending a clause after a kanji verb and its kana: 「問ひたし」「知りたし」 (not 満たし、).
    (r"(?<=[\u4e00-\u9fff][いきしちにひみりえけせてねめれぎじび])たし" + _CLAUSE_END, "たい"),
    # 〜ぬ (= ない) after a verb's negative stem: 衰えぬうちに, 知らぬ (ませぬ is ARCHAIC's).
    (r"(?<=[らかさたなまわがばえけてねめれげべ])ぬ(?=[うまよかのとこ]|[、。,.!?！？\s]|$)", "ない"),
    # 認める (= したためる, to write) a letter or a will: 「遺言状を認めたし」 (= 書きたい; not 「認定を認める」).
    (r"(?<=[状書言紙文]を)認め(?=た[いくし])", "書き"),
    # 其の (= その): 「其の作法」.
    (r"其の", "その"),
    # 〜なば (= れば) after an e-row stem: 「答えなば」.
    (r"(?<=[えけせてねめれべ])なば", "れば"),
)
_CLASSICAL = [(re.compile(pattern), replacement) for pattern, replacement in CLASSICAL]


# Any of the endings at all: most texts have none, and then no rewrite can apply (each one needs its own
# pattern to match, and none has changed the text before it).
_ANY_ENDING = re.compile("|".join(f"(?:{pattern})" for pattern, _ in (*DIALECT, *CLASSICAL)))


# 「遺言状ヲ認メタシ。其ノ作法ヲ御教示願フ」: the old official style writes its particles and endings in katakana.
# A text in that style (ヲ after a kanji, which no loanword has, or two particles between kanji) has the short
# katakana runs after its kanji read in hiragana, and then the old endings are read as in hiragana (認めたし,
# 願ふ). Loanwords (サービス, ケアマネ: a long mark, a small letter, or longer than an ending) are left alone.
_KATAKANA_STYLE = re.compile(
    r"(?<=[\u4e00-\u9fff\u30a1-\u30faー])ヲ(?=[\u4e00-\u9fff])|(?:[\u4e00-\u9fff][ノニハヲトモガヘ](?=[\u4e00-\u9fff]).*){2}"
)
_KATAKANA_ENDING = re.compile(
    r"(?<=[\u4e00-\u9fff])[アイウエオカ-ヂツ-モヤユヨラ-ロワヰヱヲン]{1,3}(?![\u30a1-\u30faー])|ヲ(?=[\u4e00-\u9fff])"
)


def katakana_style_read(text: str) -> str:
    """A text in the old katakana style (_KATAKANA_STYLE) with its katakana particles and endings in hiragana."""
    if not _KATAKANA_STYLE.search(text):
        return text
    return _KATAKANA_ENDING.sub(lambda m: jaconv.kata2hira(m.group(0)), text)


def standard_endings(text: str) -> str:
    """Regional and rough plain endings, and the old style of letters, in their standard form (DIALECT, CLASSICAL)."""
    text = katakana_style_read(text)
    if not _ANY_ENDING.search(text):
        return text
    for pattern, replacement in _DIALECT:
        text = pattern.sub(replacement, text)
    for pattern, replacement in _CLASSICAL:
        text = pattern.sub(replacement, text)
    return text


# 「①母82歳②日中ひとり③…」: list marks are breaks between clauses, not numbers of the text.
# Check boxes and ticks (☐申請 ☑調査 □主治医意見書, ✓) mark list items the same way.
_LIST_MARKS = re.compile(
    r"[\u2460-\u2473\u2474-\u2487\u2488-\u249b\u24f5-\u24fe\u2776-\u2793\u3251-\u325f\u32b1-\u32bf"
    r"\u2610-\u2612\u25a1\u25a0\u2713\u2714\u2705]"
)


def list_marks_as_breaks(text: str) -> str:
    """Circled and bracketed list numbers (①, ⑴, ⒈, ❶) read as line breaks (before NFKC makes them digits)."""
    return _LIST_MARKS.sub("\n", text)


# Loanwords of the FAQ as residents type them in hiragana (voice input set to hiragana, elderly writers:
# 「きほんちぇっくりすと」「はいしょくさーびす」): read in katakana, the way the phrasings write them, so the
# word is one word again for the tokenizer. Only words whose hiragana spelling is no native word and
# sits inside none (not トイレ: 「母といれば」; not ケア, デイ: 「それでいい」).
LOANWORDS: tuple[str, ...] = (
    "サービス",
    "センター",
    "コールセンター",
    "サポートセンター",
    "チェックリスト",
    "チェック",
    "フレイル",
    "エンディングノート",
    "コーディネーター",
    "カフェ",
    "オレンジカフェ",
    "サポーター",
    "ボランティア",
    "ケアプラン",
    "サロン",
    "ベッド",
    "レンタル",
    "ストレス",
    "ダブルケア",
    "タクシー",
    "グループホーム",
    "ポータブルトイレ",
    "リハビリ",
    "バリアフリー",
    "ソーシャルワーカー",
    "セルフネグレクト",
    "キャッシュカード",
    "トラブル",
)

# English typed in katakana (「マザーのメモリーがやばい」「ケアギバーのストレスがマックス」「レントできるアパートメント」):
# loanwords no phrasing uses, read as the Japanese words the FAQ is phrased with. A word is read only where it
# stands whole (no katakana on either side: not レストラン, not ママ, not このトーク - トーク is read only as a
# verb, トークする, トークしたい); words that Japanese uses as its own (ケア, ストレス, サービス) stay as typed.
KATAKANA_ENGLISH: tuple[tuple[str, str], ...] = (
    ("マザー", "母"),
    ("ファザー", "父"),
    ("ペアレンツ", "両親"),
    ("ハズバンド", "夫"),
    ("ワイフ", "妻"),
    ("ケアギバー", "介護者"),
    ("ケアテイカー", "介護者"),
    ("メモリー", "物忘れ"),
    ("フォーゲット", "忘れ"),
    ("トーク(?=し|す|さ|でき)", "相談"),
    ("コンサルト", "相談"),
    ("レストし(?=たい|ます)", "休み"),
    ("レスト", "休息"),
    ("タイアード", "疲れ"),
    ("ストレスフル", "つらい"),
    ("トライアル", "お試し"),
    ("オーダー", "注文"),
    ("コスメ", "化粧品"),
    ("デリバリー", "配達"),
    ("ストップ", "停止"),
    ("レント", "賃貸"),
    ("アパートメント", "アパート"),
    ("リニューアル", "更新"),
    ("アプライ", "申請"),
    ("アプリケーション", "申請"),
)
_KATAKANA_ENGLISH = [
    (re.compile(rf"(?<![ァ-ヺ])(?:{pattern})(?![ァ-ヺー])"), word) for pattern, word in KATAKANA_ENGLISH
]


def katakana_english(text: str) -> str:
    """English loanwords typed in katakana (KATAKANA_ENGLISH) read as the FAQ's Japanese words."""
    for pattern, word in _KATAKANA_ENGLISH:
        text = pattern.sub(word, text)
    return text


# Kanji words typed in kana where the same kana also come inside other words: read as the word only where they
# stand as one. 認定 (「にんていっていうのがいる」), not 何人程度 (「なんにんていど」「よにんていど」).
KANA_WORDS: tuple[tuple[str, str], ...] = (
    (r"(?<!ん)にんてい(?!ど)", "認定"),
    # A care workplace and those in its care, as a writer in kana spells them: 「わたしの しせつで」「りようしゃさん」.
    (r"りようしゃ", "利用者"),
    (r"(?<![ぁ-ゖ])しせつ|(?<=[のにでがはもを])しせつ", "施設"),
)
_KANA_WORDS = [(re.compile(pattern), word) for pattern, word in KANA_WORDS]

_SPACES = re.compile(r"\s+")
_LOANWORD_SPELLINGS = {word: (jaconv.kata2hira(word),) for word in LOANWORDS if word not in EQUIVALENTS}
_SPELLINGS = {**_LOANWORD_SPELLINGS, **EQUIVALENTS, **ARCHAIC, **KEIGO}
_EQUIVALENT_OF = {
    _SPACES.sub("", variant).lower(): canon for canon, variants in _SPELLINGS.items() for variant in (canon, *variants)
}
_KANA_ONLY = re.compile(r"^[\u3040-\u30ffー]+$")
_LATIN = re.compile(r"^[a-z ]+$")


def _variant_pattern(variant: str) -> str:
    if len(variant) >= 4 and (_KANA_ONLY.match(variant) or _LATIN.match(variant)):
        return r"\s*".join(map(re.escape, _SPACES.sub("", variant)))
    return re.escape(variant)


def _variant_key(matched: str) -> str:
    """The table key of a matched variant: spaces removed, Latin letters in lower case."""
    return _SPACES.sub("", matched).lower()


# Longest first, so 地域包括支援センター is rewritten whole and 認知症 is not mistaken for a variant.
_VARIANTS = list(dict.fromkeys(v for canon, variants in _SPELLINGS.items() for v in (canon, *variants)))
_EQUIVALENT_RE = re.compile(
    "|".join(map(_variant_pattern, sorted(_VARIANTS, key=lambda v: len(_SPACES.sub("", v)), reverse=True))),
    re.IGNORECASE,
)

# Lemmas that carry no subject: verbs of being and doing, formal nouns, question words, politeness,
# and the people a message is about (a mother's and a husband's memory loss are the same question;
# a shop's customer, お客さん or 常連, asked about by the one who serves them, is one of them too; so are the
# rough speech's 親父 and おふくろ, where the writer meets someone through work: 仕事先, 勤め先, and a former
# spouse, 元夫, 前妻, whose care is asked about as a spouse's is).
# 抑 is そもそも (「そもそも何？」), とこ the spoken ところ (「何してくれるとこ？」).
STOP_LEMMAS = frozenset(
    """為る 有る 居る 成る 出来る 良い 言う 思う 行く 来る 見る 呉れる 貰う 遣る 下さる 頂く 致す 御座る 仰る
    置く 仕舞う 上げる 差し上げる 過ぎる 合う 得る 無い 易い 難い 宜しい 付く 頂ける 貰える 助かる
    事 物 方 時 所 様 為 此れ 其れ 彼れ 何 何処 何う 如何 誰 何時 ところ こと もの よう ため
    ちゃん さん 様 私 僕 俺 自分 今 最近 ちょっと 少し 色々 良く 凄い 大丈夫 本当 一寸 御 お 知る 分かる 教える
    聞く 欲しい 困る 相談 心配 不安 ください 方法 教え 場合 ありがとう 御願い 願う 気 実は 矢張り 全然 とても 仕方
    母 父 親 両親 主人 夫 旦那 妻 嫁 家内 義母 義父 姑 舅 祖母 祖父 息子 娘 兄 姉 弟 妹 孫 叔母 叔父 伯母 伯父
    お母さん お父さん 母親 父親 婆 爺 家族 本人 うち 我が家 住所 丁目 番地 番 号
    抑 とこ
    お客さん 御客様 客 常連
    女房 かみさん 亭主 連れ合い 母ちゃん 父ちゃん 母さん 父さん 婆さん 爺さん 婆ちゃん 爺ちゃん
    親父 御袋 親父さん お袋
    元夫 元妻 前夫 前妻
    なし 無し
    仕事先 勤め先 バイト先""".split()
)

# Punctuation and spaces: where a text is cut into stretches, and what hint cues are matched without.
PUNCTUATION = re.compile(r"[\s、。，．,.・･「」『』（）()\[\]【】!?！？…‥〜~：:；;”“\"'’‘/／]+")


# 「さっきの続きですが、」: a message that goes on from an earlier one says so first; the words say
# nothing about the subject (what follows does), and a continuation alone is no question.
_CONTINUATION = re.compile(
    r"(?:^|(?<=[。、,.!?\s]))(?:で|それで|あの|えっと)?[、,\s]*"
    r"(?:さっき|先ほど|先程|さきほど|前回|この前|こないだ|昨日|きのう)(?:の|送った|聞いた|相談した|した)*"
    r"(?:話|件|相談|質問|メッセージ|ライン|LINE)?の?続き(?:の質問)?"
    r"(?:なんですけど|なんですが|なのですが|ですけれど|ですけども|なんだけど|ですけど|ですが|でした|だけど|です|で|ね)?"
    r"[。、,.!?\s]*"
    r"|(?:^|(?<=[。、,.!?\s]))(?:言い|書き)忘れ(?:まし|てまし|ていまし)?た(?:が|けど)?[。、,.!?\s]*"
    r"|(?:^|(?<=[。、,.!?\s]))(?:追伸|もう(?:一つ|ひとつ)質問(?:です|ですが|があります)?)[:、,。\s]*"
)

# 「簡単に言うとどういうこと?」「要するに何の制度?」: how the answer is wanted (simply, in a word) says nothing about
# its subject; the words after it carry the question.
_MANNER = re.compile(
    r"(?:簡単|かんたん|手短|てみじか|ざっくり|平たく|ひらたく|分かりやすく|わかりやすく|一言|ひとこと)(?:に)?"
    r"(?:言う|いう|言え|いえ|説明する|せつめいする)(?:と|ば)[、,\s]*"
    r"|(?:^|(?<=[。、,.!?！？\s]))(?:要するに|ようするに|つまり)[、,\s]*"
)


# 「教室の生徒さんたちに、フレイルって何か説明したい」: a group first named as those something is to be explained
# to is the audience, not the subject (the subject follows). Only a group (〜たち, 皆さん, みんな, 会員) in a
# first clause ending in に, and only when the message goes on to explain, tell or teach.
_AUDIENCE = re.compile(
    r"^[^。、,.!?！？\n]{0,24}?(?:さん|ちゃん)?(?:たち|達|の皆さん|のみなさん|の皆様|のみんな|の会員|の方々|の仲間)(?:に|へ)"
    r"(?:も|は)?[、,\s]+(?=.*(?:説明|せつめい|伝え|つたえ|(?:教え|おしえ|話し|はなし)(?:たい|て(?:あげ|やり))))"
)

# ...and those the writer means to pass the answer on to, named in a last clause of their own after the question
# (「…にあたるのでしょうか。通訳先のご家族に説明したいです」「…ですか、利用者さんに伝えたいので」): who hears the
# answer next is not what it is about.
_AUDIENCE_LAST = re.compile(
    r"(?<=[。、,.!?！？\n])[^。、,.!?！？\n]{0,24}?(?:"
    r"(?:に|へ)(?:も)?[、,\s]*"
    r"(?:説明|せつめい|伝え|つたえ|教え|おしえ|話し|はなし)(?:し)?(?:て(?:あげ|やり))?(?:たい|たく)"
    # ...or those the writer wants to know it for (「…どんな時? 大家さんのために知りたい」).
    r"|の(?:ため|為)(?:に)?[、,\s]*(?:知り|しり|知って(?:おき|い)|聞いておき|聞き|きき)たい"
    r")[^。、,.!?！？\n]{0,12}[。.!！\s]*$"
)


# 「病院のソーシャルワーカーに「介護認定とっておいて」と言われた」「ケアマネさんから「区分変更を」って言われて」: a
# professional quoted as the one who advised the writer is not the writer's role (the professionals' own entry is
# for staff who write themselves); what they advised, in the quotes, carries the question. The professional
# (and the place they work at) is dropped when a quote and 言われた (勧められた) follow.
_ADVISOR_ROLES = (
    r"ソーシャルワーカー|ワーカー|MSW|相談員|ケアマネジャー|ケアマネージャー|ケアマネ|医師|医者|お医者さん|主治医|先生|看護師|看護婦|保健師|薬剤師"
    r"|ヘルパー|理学療法士|リハビリの人|民生委員|職員|担当者?"
)
_ADVISOR = re.compile(
    r"(?:(?:病院|クリニック|医院|薬局|施設|デイサービス|役所|市役所|区役所|事業所)の)?"
    rf"(?:{_ADVISOR_ROLES})(?:さん|の方|の人)?(?:に|から)(?:は|も)?[、,\s]*"
    r"(?=[「『][^」』]{1,60}[」』](?:と|って|とか)?(?:言われ|いわれ|勧められ|すすめられ|薦められ|アドバイスされ|指示され))"
)


def drop_advisor(text: str) -> str:
    """A professional quoted as having advised the writer removed (「相談員に「…」と言われた」 → 「…」と言われた)."""
    return _ADVISOR.sub("", text)


def drop_audience(text: str) -> str:
    """A group named first as the audience of an explanation removed (「生徒さんたちに、…を説明したい」), and those
    named last as the ones to pass the answer on to (「…でしょうか。家族に説明したいです」)."""
    dropped = _AUDIENCE_LAST.sub("", _AUDIENCE.sub("", text, count=1), count=1)
    return dropped if PUNCTUATION.sub("", dropped) else text


# 「遠方に住んでいる者ですが、母の担当のセンターの連絡先を」: the writer introduced first, before asking where the center
# is, how to reach it or when it is open, is who asks, not what is asked (anyone is given the same center). Kept
# when the question is whether the writer may consult at all (「遠方の息子ですが、相談してもいいですか」).
_WRITER_FIRST = re.compile(
    r"^[^。、,.!?！？\n]{0,30}?(?:者|もの|娘|息子|家族|身内|親族|長男|長女|次男|次女|嫁)"
    r"(?:です|でございます|ですけど|ですけれど)(?:が)?[、。,.\s]+"
)
_CENTER_WHEREABOUTS = re.compile(
    r"(?:センター|包括)[^。]{0,20}?(?:どこ|連絡先|電話番号|受付時間|場所|住所|開いて|何時)"
)
_MAY_CONSULT = re.compile(
    r"(?:相談|連絡|電話|話)(?:を)?(?:して|し)?(?:も)?(?:いい|よい|良い|よろしい|かまい|構い|かまわ|構わ|大丈夫)"
    r"|(?:相談|連絡)(?:が)?でき"
)


def drop_writer_first(text: str) -> str:
    """The writer's introduction before a question about the center's whereabouts removed (_WRITER_FIRST)."""
    found = _WRITER_FIRST.match(text)
    if not found:
        return text
    rest = text[found.end() :]
    if not _CENTER_WHEREABOUTS.search(rest) or _MAY_CONSULT.search(rest):
        return text
    return rest


def drop_manner(text: str) -> str:
    """How the answer is wanted (簡単に言うと, 要するに) removed, unless nothing else is left."""
    dropped = _MANNER.sub("", text)
    return dropped if PUNCTUATION.sub("", dropped) else text


# 「はじめまして。」「お世話になっております。」「友だち追加しました。」: a greeting or a letter's preface
# before the question says nothing about its subject. Dropped when something follows it (a greeting alone
# stays, for the not-FAQ phrasings to recognise).
_GREETING = re.compile(
    r"(?:^|(?<=[。、,.!?\s]))(?:"
    r"はじめまして|初めまして|こんにちは|こんにちわ|こんばんは|こんばんわ|おはようございます|"
    r"(?:いつも)?(?:大変)?お世話に(?:なっております|なっています|なります)|お疲れ(?:さま|様)です|"
    r"(?:突然|夜分(?:遅く)?|朝早く)(?:の(?:ご)?連絡)?(?:に)?(?:すみません|失礼(?:いた)?します|申し訳(?:ありません|ございません)|恐れ入ります)|"
    r"(?:お忙しいところ)?(?:恐れ入りますが|恐れ入ります|恐縮ですが|お手数ですが|失礼(?:いた)?します)|"
    r"拝啓|前略|"
    r"(?:LINE|ライン|ラインの)?(?:友だち|友達|ともだち)(?:追加|登録)(?:しました|させていただきました|しています)"
    r")(?:[。、,.!?\s]+|$)"
)

# 「おなじ こと なんかい も きく」: words written apart (learners of Japanese, children, voice input) are
# read as one stretch, as the phrasings are written.
_SPACED_KANA = re.compile(r"(?<=[\u3040-\u30ffー])[^\S\n]+(?=[\u3040-\u30ffー])")


def join_spaced_kana(text: str) -> str:
    """Spaces between two kana removed (line breaks kept)."""
    return _SPACED_KANA.sub("", text)


# 「「あんしんケアセンター」のポスターを見た」「『オレンジカフェ』って何」: a name put in quotes is a word of the
# sentence, not a clause of its own (quotes are clause breaks for quoted speech: 「「帰る」と言って」). A quoted
# stretch with no punctuation inside, ending in katakana, kanji, a long-vowel mark or a Latin letter (speech ends
# in kana: 「行かない」って) and followed by a particle (の, って, は, が, を, に, で, も, という, とは) is read unquoted.
_QUOTED_NAME = re.compile(
    r"[「『]([^「」『』、。,.!?！？\s]{0,24}[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9])[」』]"
    r"(?=の|って|は|が|を|に|で|も|という|とは|っていう)"
)


def unquote_names(text: str) -> str:
    """Quotes around a name within a sentence removed (「あんしんケアセンター」の → あんしんケアセンターの)."""
    return _QUOTED_NAME.sub(r"\1", text)


# 「母 歩く できない」「家 来る できる？」「わすれる おおい」: learners of Japanese and deaf writers (sign-language
# order) put a verb's dictionary form and then, as a word of its own, できる (can) or 多い (often). Read as
# the forms the phrasings use: the potential (歩けない, 来られる, 話せますか) and 〜ことが多い. Only with the
# space between: written together, 「歩くできない」 is not a form anyone types.
_APART_HELPER = re.compile(
    r"(?P<verb>[\u3040-\u30ff\u4e00-\u9fff]*[うくぐすつぬぶむる])[^\S\n]+"
    r"(?:(?:でき|出来)(?P<can>る|ない|ます|ません|なかった|た)|(?P<often>おおい|多い|おおく|多く))"
    r"(?=[^\u3040-\u309f]|です|か|の|よ|ね|けど|が|から|ので|$)"
)
_POTENTIAL_ENDING = str.maketrans("うくぐすつぬぶむる", "えけげせてねべめれ")


def _dictionary_form(verb: str) -> tuple[str, str] | None:
    """(the verb's last word, its conjugation type) when the text ends in a verb's dictionary form."""
    tokens = tokenize(verb)
    if not tokens or tokens[-1].pos[0] != "動詞" or not tokens[-1].pos[5].startswith("終止形"):
        return None
    return tokens[-1].surface, tokens[-1].pos[4]


def _potential(verb: str, last: str, kind: str) -> str | None:
    """The potential stem of a verb in its dictionary form (歩く → 歩け, 食べる → 食べられ, 来る → 来られ,
    運転する → 運転でき)."""
    head = verb[: len(verb) - len(last)]
    if kind.startswith("五段"):
        return head + last[:-1] + last[-1].translate(_POTENTIAL_ENDING)
    if kind.startswith(("上一段", "下一段")):
        return head + last[:-1] + "られ"
    if kind == "カ行変格":
        return head + ("来られ" if last.startswith("来") else "こられ")
    if kind == "サ行変格":
        return head + "でき"
    return None


def _helper_read(match: re.Match[str]) -> str:
    verb = match.group("verb")
    form = _dictionary_form(verb)
    if form is None:
        return match.group(0)
    if match.group("often"):
        return verb + "ことが多" + match.group("often")[-1]
    stem = _potential(verb, *form)
    return match.group(0) if stem is None else stem + match.group("can")


# 「ヘルパーさん たのみたい」「デイサービス おねがいしたい」: the same writers leave out を between what they ask for
# (a katakana name, someone called さん) and 頼む or お願いする, the word apart; read with it, as the phrasings are
# written (「ヘルパーさんを頼みたい」). Only with the space between.
_APART_REQUEST = re.compile(
    r"(?:(?<=[\u30a1-\u30faー])|(?<=さん))[^\S\n]+(?=(?:たの|頼)(?:み|む|め|ま)|お?(?:ねが|願)い(?:し|でき|します|たい))"
)


def helpers_apart(text: str) -> str:
    """A dictionary form and できる or 多い written apart read as one form (歩く できない → 歩けない), and what is
    asked for written apart from 頼む or お願いする read with its を (ヘルパーさん たのみたい → ヘルパーさんをたのみたい)."""
    if " " not in text and "\u3000" not in text:
        return text
    return _APART_REQUEST.sub("を", _APART_HELPER.sub(_helper_read, text))


# 「せいかつほこ うけたい」「けあまねしゃー とうやってさかすの」: kana typed with no voiced marks at all
# (゛ and ゜ left off: a phone's flick input, an older writer, voice-to-text of a weak voice). When a
# kana-written message has not one voiced or semi-voiced letter, known words of the FAQ's subjects and
# the question forms are read with their marks restored: each word is looked for with its marks
# stripped (both sides compared unmarked), longest first. Ordinary kana keeps its marks and is left
# alone; words with no marks need none. General vocabulary, not fitted to any test set.
VOICED_KANA_WORDS: tuple[str, ...] = tuple(
    """かいご かいごほけん かいごにんてい ようかいご かいごしせつ
    さーびす でいさーびす へるぱー けあまねじゃー けあまねーじゃー けあぷらん
    そうだん そうだんしたい そうだんできる せいかつほご ぎゃくたい ばんごう でんわ
    びょういん にゅういん たいいん ふくしようぐ くるまいす じゅうたくかいしゅう じゅうしょ ひとりぐらし
    ごみだし ごみすて ごみぶくろ ちばし ちばけん ごはん だんだん しんぱい
    どうやって どうすれば どうしたら どうしよう どこに どこへ どこで どこいけ だれに だれか
    できますか できるの できる できない ですか でしょうか ください ほしいです
    すればいい いけばいい いえばいい はじめれば はじめたら さがす さがし すんで
    くーりんぐおふ ぐるーぷほーむ しょーとすてい""".split()
)
_VOICED_MARKS = re.compile("[\u3099\u309a]")
_VOICED_KANA = re.compile(
    "[がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽゔガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴ]"
)
_HIRAGANA_LETTER = re.compile(r"[\u3041-\u3096]")
_WORD_LETTER = re.compile(r"[^\s\W\d_]")
# The message is kana-written when at least this share of its letters is hiragana, and long enough
# (this many hiragana) for a missing mark to be a habit rather than a word that has none.
UNVOICED_KANA_SHARE = 0.6
UNVOICED_MIN_KANA = 5


def _unvoiced(text: str) -> str:
    return unicodedata.normalize("NFC", _VOICED_MARKS.sub("", unicodedata.normalize("NFD", text)))


_VOICED_OF = {_unvoiced(w): w for w in VOICED_KANA_WORDS if _unvoiced(w) != w}
_UNVOICED_RE = re.compile("|".join(sorted(map(re.escape, _VOICED_OF), key=len, reverse=True)))
# Words of six kana or more without their marks are no other word (かいこほけん, くーりんくおふ; いえはいい, 家はいい,
# is one).
UNVOICED_LONG_WORD = 6
_UNVOICED_LONG_RE = re.compile(
    "|".join(sorted((re.escape(w) for w in _VOICED_OF if len(w) >= UNVOICED_LONG_WORD), key=len, reverse=True))
)


def restore_voicing(text: str) -> str:
    """Known words with their voiced marks restored in a kana-written message that has none; else as typed."""
    if _VOICED_KANA.search(text):
        # A mark dropped once, in a message that has others (「くーりんくおふ…ください」), is a slip of the keyboard:
        # only words long enough to be no other word are restored.
        return _UNVOICED_LONG_RE.sub(lambda m: _VOICED_OF[m.group(0)], text)
    kana = len(_HIRAGANA_LETTER.findall(text))
    letters = len(_WORD_LETTER.findall(text)) or 1
    if kana < UNVOICED_MIN_KANA or kana / letters < UNVOICED_KANA_SHARE:
        return text
    return _UNVOICED_RE.sub(lambda m: _VOICED_OF[m.group(0)], text)


# 預かる and 預ける say "keep" of a person (a short stay: 「母を1週間預かってほしい」) and of a thing (「鍵を預かってほしい」
# 「荷物を預けたい」). With a thing as their object they read as 保管 (keeping a thing), which no phrasing of a stay uses.
_KEPT_THING = (
    r"(?P<thing>鍵|カギ|かぎ|合鍵|合い鍵|荷物|郵便物|郵便|植木|鉢植え|ペット|犬|猫|金魚|車|お金|現金|通帳|印鑑|書類|手紙|貴重品)"
    r"(?P<particle>を|は|も)?"
)
_THING_KEPT = [
    (re.compile(_KEPT_THING + r"(?:預か|あずか)って"), r"\g<thing>\g<particle>保管して"),
    (re.compile(_KEPT_THING + r"(?:預か|あずか)(?:る|り)"), r"\g<thing>\g<particle>保管する"),
    (re.compile(_KEPT_THING + r"(?:預け|あずけ)て"), r"\g<thing>\g<particle>保管してもらって"),
    (re.compile(_KEPT_THING + r"(?:預け|あずけ)たい"), r"\g<thing>\g<particle>保管してもらいたい"),
    (re.compile(_KEPT_THING + r"(?:預け|あずけ)られ"), r"\g<thing>\g<particle>保管してもらえ"),
    (re.compile(_KEPT_THING + r"(?:預け|あずけ)る"), r"\g<thing>\g<particle>保管してもらう"),
]


def things_kept(text: str) -> str:
    """預かる/預ける with a thing as their object read as 保管 (a person kept is a stay, and stays as typed)."""
    if "預" not in text and "あず" not in text:
        return text
    for pattern, replacement in _THING_KEPT:
        text = pattern.sub(replacement, text)
    return text


@dataclass(frozen=True, slots=True)
class Layout:
    """A message's NFKC form and that form read as an ordinary sentence (`layout_of`): worked out once per
    message and handed to each reader of it that needs it (the FAQ's features and its ranker)."""

    nfkc: str
    read: str

    def read_or(self, text: str) -> str:
        """The reading when the layout changed something; else `text` (the message exactly as typed)."""
        return self.read if self.read != self.nfkc else text


def layout_of(text: str) -> Layout:
    """A message written in a layout of its own (a Q/A field list, a sentence all in katakana) read as an
    ordinary sentence (core.text qa_fields_as_account, katakana_as_hiragana), with its NFKC form."""
    nfkc = unicodedata.normalize("NFKC", text)
    return Layout(nfkc, katakana_as_hiragana(qa_fields_as_account(nfkc)))


def layout_read(text: str) -> str:
    """A message written in a layout of its own as an ordinary sentence (`layout_of`); any other text exactly
    as typed."""
    return layout_of(text).read_or(text)


# 「初夏の風がさわやかです。」「秋の夜長となりました。」「立春を過ぎました。」「年の瀬が迫ってまいりました。」:
# a letter's seasonal opening says nothing about the question. Only first in the message, a season word
# at most a few characters in, and a greeting's ending a few characters after it (「夏から母が病気に
# なりました」 says more between them and stays).
_SEASON = (
    r"春|夏|秋|冬|立春|立秋|新緑|若葉|青葉|梅雨|紅葉|桜|年の瀬|師走|新春|初春|晩秋|残暑|猛暑|暑さ|寒さ|夜長|"
    r"木枯らし|小春日和|日差し|陽気|季節"
)
_SEASONAL = re.compile(
    rf"^\s*[^。、!?\n]{{0,4}}?(?:{_SEASON})[^。、!?\n]{{0,4}}?"
    r"(?:の候|の折|となりました|になりました|らしくなりました|を迎えました|を過ぎました|が過ぎました|"
    r"が(?:迫って|近づいて)(?:まいりました|参りました|きました)|(?:が|も)?(?:さわやか|爽やか|心地よい|厳しい)(?:です|ですね|季節です)|"
    r"が続いて(?:おります|います)が?|が続きますが|(?:の|な)?季節(?:です|ですね|となりました))"
    r"(?:[。、,.!?\s]+|$)"
)
# 「【ケアマネより】」「【補聴器アプリ】」: a label first in a copied note or an app's message, naming who sent it
# or what it came through, is no part of the question.
_SENDER_LABEL = re.compile(r"^\s*【[^】]{1,20}?(?:より|から|アプリ)】\s*")
# 「アレクサ、メッセージ。」: a smart speaker's wake word and command said before the message.
_WAKE_WORD = re.compile(
    r"^\s*(?:アレクサ|alexa|ok\s*google|オーケーグーグル|ok\s*グーグル|hey\s*siri|ヘイシリ|ヘイ\s*siri|siri)[、,。\s]*"
    r"(?:(?:メッセージ|めっせーじ|message)(?:を送って|送って)?[、,。:\s]*)?",
    re.IGNORECASE,
)


# 「兄さん、…」「みんな、…」: a message written to a sibling or to everyone in a family group opens by
# naming who it is said to; the name, followed by a comma, says nothing about the question (the mother
# or father the worry is about is named after it).
_VOCATIVE = re.compile(
    r"^\s*(?:(?:お)?(?:兄|姉|にい|ねえ)(?:さん|ちゃん)|兄貴|姉貴|アニキ|あにき|兄上|姉上|"
    r"みんな|皆|皆さん|みなさん|皆様|みなさま|(?:お)?(?:母|父|かあ|とう)(?:さん|ちゃん)|おふくろ|親父|おやじ)"
    r"(?:へ|に|たち|達)?\s*[、,!！]\s*"
)


# 「通院(月2回)がたいへん」「…って(名古屋弁で、ばかにするなって意味)」: an aside in brackets says how often,
# when or what a word means; the question is in the words around it. An aside that asks (? or か at its
# end) is kept, and so is a message that would be left with nothing. An aside that tells what happened
# or how someone is (a stage direction, a clause ending in a verb: 「(「要支援1」の通知を見て)」「(20年ほど
# 部屋から出ない)」), or that quotes a word, is part of the story and is kept too.
_ASIDE = re.compile(r"[(（]([^()（）]{1,40})[)）]")
_ASIDE_KEPT = re.compile(r"[?？]|か$|[「『]|(?:ない|なく|た|て|る)$")


def drop_asides(text: str) -> str:
    """Bracketed asides removed, unless one asks, tells what happened, quotes, or nothing else is left."""

    def aside(m: re.Match[str]) -> str:
        inner = m.group(1).strip()
        return m.group(0) if _ASIDE_KEPT.search(inner) else " "

    dropped = _ASIDE.sub(aside, text)
    return dropped if PUNCTUATION.sub("", dropped) else text


def drop_greetings(text: str) -> str:
    """Greetings, letter prefaces, seasonal openings, a sender's label, a wake word and a vocative
    (「兄さん、」) before a question dropped, unless nothing else is left."""
    text = _VOCATIVE.sub("", text, count=1)
    dropped = _GREETING.sub("", _SENDER_LABEL.sub("", _WAKE_WORD.sub("", text))).strip()
    dropped = _SEASONAL.sub("", dropped, count=1).strip()
    return dropped if PUNCTUATION.sub("", dropped) else text


# 「令和7年の春から」「昭和二十年生まれ」「2024年3月に」: a date says when, not what the question is about
# (ages stay: 40代 and 65歳 decide who can use care insurance).
_NUMBER = r"(?:元|[0-9〇一二三四五六七八九十百千]+)"
_DATE = re.compile(
    rf"(?:(?:令和|平成|昭和|大正)\s*{_NUMBER}|(?:19|20)[0-9]{{2}})\s*年度?"
    rf"(?:\s*{_NUMBER}\s*月(?:\s*{_NUMBER}\s*日)?|の?(?:春|夏|秋|冬|初め|はじめ|末|暮れ))?"
    r"(?:生まれ|うまれ)?(?:から|ごろ|頃|に|の)?"
)

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_HAS_LATIN = re.compile(r"[A-Za-z]")
_SPACE_RUNS = re.compile(r"[^\S\n]+")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_LOWER_WORD_RE = re.compile(r"(?<![A-Za-z'])[A-Za-z]*[a-z][A-Za-z'\-]*")


def _english_key(phrase: str) -> str:
    """A phrase or a matched text as the English table's key: lower case, one space, no possessive."""
    return re.sub(r"'s$", "", re.sub(r"[\s\-]+", " ", phrase.lower().strip()))


def _english_pattern(phrase: str) -> str:
    words = phrase.lower().replace("-", " ").split()
    body = r"[\s\-]+".join(map(re.escape, words))
    plural = r"(?:s|es)?" if len(words[-1]) >= 4 and words[-1].isalpha() else ""
    return body + plural + r"(?:'s)?"


_ENGLISH_OF = {_english_key(p): jp for jp, phrases in ENGLISH.items() for p in phrases}
# 「What is あんしんケアセンター?」: a question about a Japanese term, asked in English.
_WHAT_IS = re.compile(
    r"(?<![a-z])what(?:'s|\s+is|\s+exactly\s+is|\s+is\s+exactly|\s+are)\s*(?=[^\x00-\x7f])", re.IGNORECASE
)
_ENGLISH_RE = re.compile(
    r"(?<![a-z'])(?:" + "|".join(map(_english_pattern, sorted(_ENGLISH_OF, key=len, reverse=True))) + r")(?![a-z])",
    re.IGNORECASE,
)
_FUNCTION_WORD_RE = re.compile(
    r"(?<![a-z'])(?:" + "|".join(map(re.escape, ENGLISH_FUNCTION_WORDS)) + r")(?:'(?:s|m|re|ve|ll|d|t))?(?![a-z'])",
    re.IGNORECASE,
)


def _japanese_of(matched: str) -> str:
    key = _english_key(matched)
    for candidate in (key, key[:-2], key[:-1]):  # a plural ending (-es, -s) on a table word
        if candidate in _ENGLISH_OF:
            return f" {_ENGLISH_OF[candidate]} "
    return matched


# Japanese typed in romaji (no Japanese keyboard, or words the phone would not convert) is read in
# hiragana. A word is romaji when it is nothing but syllables of Japanese (Hepburn or kunrei, a doubled
# consonant for the small tsu, n before a consonant or at the end); a doubled a is the long-vowel mark
# of the loanwords it mostly spells (saabisu, herupaa). Most English words fail it (care, help, how).
_ROMAJI_SYLLABLE = r"(?:(?:[kgszdtnhbpmr]y?|sh|ch|ts|jy?|f|w|y|v)?[aiueo]|n'?(?![aiueoy])|([kgsztdhbpmcjfr])(?=\1))"
_ROMAJI_WORD = re.compile(rf"(?:{_ROMAJI_SYLLABLE})+", re.IGNORECASE)
_LATIN_WORD_RE = re.compile(r"(?<![A-Za-z'])[A-Za-z][A-Za-z'\-]*")
# A message with no Japanese script is romaji when nearly all its words are (「kaigo hoken no shinsei」).
ROMAJI_SHARE = 0.8
# Among Japanese, one romaji-looking word is a place or a name (「My mother lives in Osaka 介護」).
ROMAJI_MIN_WORDS = 2


_SUFFIX_HYPHEN = re.compile(r"-(?=(?:shi|ku|cho|chou|machi|mura|ken|gun|san|chan|sama)$)", re.IGNORECASE)


def _romaji_kana(word: str) -> str | None:
    """The word in hiragana when it is romaji, else None.

    A lone wa is the topic particle (「oya wa」 = 親は); a hyphen before a place's or a name's suffix (chiba-shi,
    naka-ku, tanaka-san) joins the parts, no long mark (as in ke-ki, ケーキ, a hyphen typed for ー is)."""
    if word.lower() == "wa":
        return "は"
    word = _SUFFIX_HYPHEN.sub("", word)
    if not all(_ROMAJI_WORD.fullmatch(part) for part in word.strip("-").split("-")):
        return None
    kana = str(jaconv.alphabet2kana(word.lower().replace("aa", "a-")))
    if re.search(r"[A-Za-z']|っ$|っっ|っ[^ぁ-ゖ]", kana):
        return None
    return kana


def romaji_to_kana(text: str) -> str:
    """Japanese typed in romaji read in hiragana, else the text as typed.

    - With no Japanese script (「herupaa ni kite hoshii」): the whole message, joined, when it has at
      least two words and nearly all of them (ROMAJI_SHARE) are romaji.
    - Among Japanese (「YUIGON kakitai どうやって? HANKO iru?」): the romaji words, each apart, when at least
      two and most of the Latin words read as romaji, English function words aside (they stay English
      and are dropped, romaji no/to with them). English with a word that happens to spell romaji
      (home, name) keeps its words; all-capital names that are no romaji (LINE, ACP) stay as typed.
    """
    if not _HAS_LATIN.search(text):
        return text
    if _JAPANESE.search(text):
        words = [w for w in _LATIN_WORD_RE.findall(text) if w.lower() not in ENGLISH_FUNCTION_WORDS]
        kana = {w: k for w in words if (k := _romaji_kana(w)) is not None}
        romaji = [w for w in words if w in kana]
        if len(romaji) < ROMAJI_MIN_WORDS or len(romaji) * 2 < len(words):
            return text
        read = _LATIN_WORD_RE.sub(lambda m: f" {kana[m.group(0)]} " if m.group(0) in kana else m.group(0), text)
        return _SPACE_RUNS.sub(" ", read).strip()
    words = _LATIN_WORD_RE.findall(text)
    if len(words) < 2 or sum(_romaji_kana(w) is not None for w in words) / len(words) < ROMAJI_SHARE:
        return text
    return join_spaced_kana(_LATIN_WORD_RE.sub(lambda m: _romaji_kana(m.group(0)) or m.group(0), text))


def english_to_japanese(text: str) -> str:
    """English words of the FAQ's subjects rewritten to Japanese, English function words dropped.

    Once anything in the message is Japanese (as typed, or as read through the tables), the Japanese
    carries the question: the other English words (Sudachi's guesses, which no phrasing uses) are
    dropped too, all-capital ones (LINE, IP) kept. A message with no word the tables know (romaji,
    English off the FAQ's subjects) keeps them. Applying it twice changes nothing more.
    """
    if not _HAS_LATIN.search(text):
        return text
    text = romaji_to_kana(text)
    if not _HAS_LATIN.search(text):
        return text
    text = _EQUIVALENT_RE.sub(lambda m: _EQUIVALENT_OF[_variant_key(m.group(0))], text)  # care manager, ACP
    text = _WHAT_IS.sub(" とは何 ", text.translate(_APOSTROPHES))
    text = _ENGLISH_RE.sub(lambda m: _japanese_of(m.group(0)), text)
    text = romaji_to_kana(text)  # romaji beside the Japanese the tables just read (care manager ni soudan)
    text = _FUNCTION_WORD_RE.sub(" ", text)
    if _JAPANESE.search(text):
        text = _LOWER_WORD_RE.sub(" ", text)
    return _SPACE_RUNS.sub(" ", text).strip()


# 「うちの担当どこ?」「母の担当はどこですか」: 担当 alone asked where is the center in charge of one's area.
# (担当者, 担当の人, 担当ケアマネ name a person, and are left alone.)
_WHICH_IS_MINE = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faー])担当(?:は|って|の所は|のところは)?(?=どこ|何処|ドコ)")


@lru_cache(maxsize=32768)
def unify(text: str) -> str:
    """NFKC text without Chiba place names, continuation openers, greetings, dates and English, with
    romaji read in hiragana, list marks as breaks, spaced-out kana joined, regional endings in their
    standard form and spelling variants (and keigo) rewritten to one form."""
    text = normalize(list_marks_as_breaks(text))
    text = layout_read(text)
    text = romaji_to_kana(restore_voicing(join_spaced_kana(helpers_apart(drop_asides(text)))))
    text = _OUTSIDE_CHIBA.sub(OUTSIDE_CITY_HINT, things_kept(standard_endings(text)))
    text = _MOVED_FROM.sub("", _IN_JAPAN.sub(" ", _CHIBA_PLACES.sub(" ", text)))
    text = katakana_english(text)
    text = _WHICH_IS_MINE.sub("担当のセンターは", text)
    text = _EQUIVALENT_RE.sub(lambda m: _EQUIVALENT_OF[_variant_key(m.group(0))], text)
    # (after the table: its kana spellings, かいごにんてい, are read whole first)
    for pattern, word in _KANA_WORDS:
        text = pattern.sub(word, text)
    text = drop_writer_first(drop_advisor(drop_audience(drop_manner(_CONTINUATION.sub("", text)))))
    return english_to_japanese(_DATE.sub(" ", drop_greetings(text)).strip())


# 「これなに」「これ何ですか」: asked with nothing else, "this" is the LINE account the message is sent to,
# and the message is read as that question.
WHAT_IS_THIS_ACCOUNT = "このアカウントは何ですか"
_WHAT_IS_THIS = re.compile(
    r"(?:これ|コレ|ここ|この(?:ライン|LINE|アカウント|トーク|ボット|bot))(?:って|は|て)?"
    r"(?:なに|何|なん|ナニ)(?:ですか|でしょうか|なの|なんですか|なんだ|だ|か)?"
)


def what_is_this(text: str) -> str:
    """A whole message that only asks what "this" is, read as the question about this account; else as typed."""
    return WHAT_IS_THIS_ACCOUNT if _WHAT_IS_THIS.fullmatch(PUNCTUATION.sub("", text)) else text


# What keeps a cue from hinting at its subject: a visit already agreed (「来てもらう約束だった」「家に来る予定
# です」) is an appointment of one's own to confirm, not a visit asked for (「来てもらう約束をしたい」 still is).
# ...and a family said with the honorific ご (「ご家族も遠方」) is someone else's: the one far away is not the writer.
HINT_VETOES: dict[str, re.Pattern[str]] = {
    # Left in care by the day (昼間だけ預けて休みたい) is a day service's (HINTS), not a stay's.
    # ...and a thing left in someone's keeping (「鍵を預かってほしい」「荷物を預けたい」) is no person's stay.
    "ショートステイ": re.compile(
        r"昼間|日中|日帰り|ひがえり|デイサービス"
        r"|(?:鍵|カギ|かぎ|合鍵|合い鍵|荷物|郵便|郵便物|植木|鉢|ペット|犬|猫|金魚|車|お金|現金|通帳|印鑑|書類|手紙)"
        r"(?:を|は|も)?(?:預か|あずか|預け|あずけ)"
    ),
    # ...and a carer who asks to leave the one they care for somewhere to rest (「疲れたので預けて休みたい」) asks
    # for a stay: the weariness is the reason, not the subject.
    "介護疲れ": re.compile(
        r"(?:預け|預かってもら|あずけ)て(?:少し|すこし|ちょっと)?(?:休|やす|ゆっくり|一息|ひと息|ひといき)"
    ),
    # ...and a carer's own trip far away (「法事で遠方へ」「遠方に出かける間」) is the reason to have someone looked
    # after, not care given from afar.
    "遠距離介護": re.compile(
        r"ご家族(?:の方)?(?:は|も|が)?(?:遠|県外|他県)"
        r"|遠方(?:へ|まで)|遠方に(?:行|い[くき]|出かけ|でかけ|出張|旅行|帰省)"
        r"|(?:法事|葬儀|葬式|結婚式|冠婚葬祭|旅行|出張|帰省|用事)で(?:遠方|県外|他県)"
        # ...and a writer far away who asks whether they may file something themselves (「後見の申し立て、遠方に住む
        # 私でもできますか」): the procedure is the subject, the distance only who files it.
        r"|(?:申し立て|申立て?|申請|手続き?)[^。？?]{0,20}?(?:私|わたし|僕|俺|娘|息子|家族|親族)でも(?:でき|やれ|いい|良い|可能)"
        r"|(?:私|わたし|僕|俺|娘|息子|家族|親族)でも[^。？?]{0,12}?(?:申し立て|申立て?|申請|手続き?)(?:は|が|を)?(?:でき|やれ|可能)"
        # ...and a distant parent's care manager not yet found (「遠方の母の担当ケアマネがまだいない、どう探す」): finding
        # one is the subject, the distance only where the parent lives.
        r"|ケアマネジャー(?:さん)?(?:が|は|も|を)?(?:まだ)?(?:いない|いません|見つから|みつから|決まら|決まって(?:い)?な|探|さが)"
    ),
    "訪問": re.compile(
        r"(?:約束|予定)(?:だった|でした|です|だ(?!け)|で(?!き)|の|が|を(?:し(?:た(?!い)|てい|てあ)|いただ))"
    ),
}


# One pattern of literal cues per subject: a search in C instead of a substring test per cue (index builds
# read every phrasing through here).
_HINT_CUES = {subject: re.compile("|".join(map(re.escape, cues))) for subject, cues in HINTS.items()}


def hinted_subjects(unified: str) -> list[str]:
    """The subjects a unified text hints at without naming them."""
    bare = PUNCTUATION.sub("", unified)
    found = [
        subject
        for subject, cues in _HINT_CUES.items()
        if subject not in bare
        and cues.search(bare)
        and not (subject in HINT_VETOES and HINT_VETOES[subject].search(bare))
    ]
    found += [
        subject
        for subject, (first, second) in _PAIRED.items()
        if subject not in bare and subject not in found and first.search(bare) and second.search(bare)
    ]
    if OUTSIDE_CITY_HINT not in bare and OUTSIDE_CITY_HINT not in found and _LIVES_ELSEWHERE.search(bare):
        found.append(OUTSIDE_CITY_HINT)
    return found


# 「住所は分かるので誰か様子を見に行ってくれませんか」: where a person lives offered, and someone asked to go and
# see them, is a visit to arrange for that person - a case for staff to take on, which no FAQ answer settles
# (「センターの人に家に来てもらえますか」, a visit asked about, is the FAQ's center-home-visit).
_VISIT_ASKED = re.compile(
    r"(?:見に|会いに|様子を見に|話を聞きに|顔を見に|のぞきに|覗きに|声をかけに|訪ねて)(?:行って|いって)?"
    r"(?:くれ|もらえ|もらい|ほし|いただけ|頂け|くださ|下さ)"
)
_WHERE_OFFERED = re.compile(
    r"(?:住所|家|部屋|部屋番号|住まい|自宅|居場所)(?:は|も|を|なら|の場所は?)?"
    # (offered, not asked for: 「住所を教えてください」 asks the center's own)
    r"(?:分か|わか|知って|しって|お?(?:教え|おしえ|伝え|つたえ|知らせ|しらせ)(?!て(?:くだ|下|ほし|もら|いただ|頂)|くだ|下))"
)


# 「明日の午後二時に家に来てもらえますか」: a visit asked for at a day or an hour of the writer's choosing is an
# appointment for staff to book, not the FAQ's question whether the center comes at all (「家に来てもらえますか」).
# (「2時間」 is a length, not an hour; 「来てくれる先生」 describes someone, it asks no one to come.)
_WHEN_NAMED = re.compile(
    r"(?:明日|あした|あす|明後日|あさって|今日|きょう|今晩|今夜|来週|週明け|[月火水木金土日]曜"
    r"|[0-9一二三四五六七八九十]+時(?!間)|[0-9一二三四五六七八九十]+日(?:の|に|は)(?:午前|午後|朝|昼|夕方|夜)?)"
)
_COME_ASKED = re.compile(
    r"(?:来て|きて|伺って|うかがって|寄って)"
    r"(?:もらえ(?:ます|ませ|ない|る(?:か|$))|くれ(?:ます|ませ|ない|る(?:か|$))|ほしい|欲しい|いただけ|頂け|くださ|下さ)"
)
# 「手続きしておいてください」「申し込みをしておいてもらえますか」: asking staff to do something on one's case
# ahead of time is a request to pass on, not a question an FAQ answer settles.
_DONE_FOR_ME = re.compile(r"[てで]おいて(?:もらえ|もらい|くれ|ほしい|欲しい|いただけ|いただき|頂け|頂き|くださ|下さ)")


def visit_to_arrange(text: str) -> bool:
    """True when the message arranges something for staff to do rather than asks a question: a visit to
    someone whose address it offers, a visit at a day or hour it names, or a task it asks to have done."""
    # Read in the standard endings: 「予約しといてくれ」 is 予約しておいてくれ, 「来てくんねえか」 来てくれないか.
    bare = PUNCTUATION.sub("", standard_endings(normalize(text)))
    return bool(
        (_WHERE_OFFERED.search(bare) and _VISIT_ASKED.search(bare))
        or (_WHEN_NAMED.search(bare) and _COME_ASKED.search(bare))
        or _DONE_FOR_ME.search(bare)
    )


# 「娘の成人式の着物のことで業者ともめている」: a young person's own affairs - school, coming of age, a first job -
# told with no older person, no carer and no care anywhere in the message are outside the centers' work (the
# elderly and those who care for them), however near an entry's words come (a contract's trouble, a form to
# file). A grandchild, a parent or care named beside them (double care, a young carer, a student who asks about
# a neighbour) keeps the message in.
_YOUNG_AFFAIRS = re.compile(
    r"成人式|新成人|振袖|振り袖|入学|入園|卒業式|卒園|受験|入試|就活|就職活動|部活|奨学金|学費|進学|修学旅行"
    r"|学習塾|保育園|幼稚園|学校|大学(?!病院)|高校|中学|小学|不登校|登校しぶり"
)
# A child's affair told among other troubles (家計, 借金, いくつも重なって) is a family's many troubles, the
# まるごと center's work: kept in.
_MANY_TROUBLES = re.compile(r"家計|生活費|借金|重な|いくつも|複数|まとめて|色々な|いろいろな")
_ELDER_OR_CARE = re.compile(
    r"介護|介助|看護|看病|認知症|物忘れ|高齢|年寄|老|シニア|祖父|祖母|じい|ばあ|爺|婆|孫|父|母|親|義|夫|妻|主人|旦那"
    r"|ケア|見守|近所|隣|一人暮らし|独居|要介護|要支援|デイ|ヘルパー|施設|年金|病院|通院|入院|障害|ひきこもり"
    r"|民生|サポーター|包括|ボランティア|生活保護|虐待|世話|面倒"
    # the dementia programmes' own names, heard at a school or a workplace: 「チームオレンジって何？学校で聞いた」
    r"|チームオレンジ|オレンジカフェ|オレンジリング"
)


# 「家業を長男に継がせたい、何から始める」: a business handed on - a shop, a company, a farm, the family trade, its
# successor - is for a chamber of commerce, a tax accountant or a lawyer. A will, an estate or property left to an
# heir (「店と土地を息子に継がせたい。遺言は」 is eol-will's), a grave to be kept, or care and dementia named keep the
# message in.
_BUSINESS_HANDED_ON = re.compile(
    r"後継者|跡継ぎ|跡継|跡取り|後継ぎ|事業承継"
    r"|(?:店|会社|事業|家業|工場|商売|稼業|家業|農業|農家|のれん|暖簾|屋号|経営)(?:の[^。、]{0,6})?(?:を|は)?"
    r"[^。、]{0,8}?(?:継が|継ぐ|継い|継ぎ|継げ|承継|譲り渡|引き継)"
)
_WILL_OR_CARE = re.compile(
    r"遺言|相続|遺産|財産|土地|死後|亡くな|墓|介護|介助|認知症|物忘れ|入院|施設|ヘルパー|ケア|要介護|要支援"
)


# 「免許の返納はどこで」「更新の高齢者講習の予約」: the driving licence's own paperwork - returning or renewing it, the
# card given for it, its perks, the test and the course for older drivers - is the police's business. A way to get
# about once it is given up (a ride, the bus, the doctor's, the shops) is living-transport's question and keeps it in.
_LICENCE_PAPERWORK = re.compile(
    r"(?:免許|運転経歴証明書)[^。]{0,16}?(?:返納|返上|返す|返し|更新|講習|認知機能検査|特典|証明書|手続|どこで|申請)"
    r"|運転経歴証明書|高齢者講習|認知機能検査"
)
_GETTING_ABOUT = re.compile(
    r"足|手段|移動|通院|通う|買い物|病院|出かけ|外出|送迎|送り迎え|バス|タクシー|行けな|不便|困"
    # ...and one with dementia to be talked out of driving is the family's worry about them.
    r"|認知症|説得|やめさせ|止めさせ|嫌が|いやが"
)


# 「空き家の固定資産税の問い合わせ先」「住民税の納付書を失くした」: a tax of the city's or the state's - on land and houses, on
# income, on a car - is the tax office's business. The care-insurance premium, a deduction for care or medical costs, or
# care and an older person's affairs named keep the message in.
_OTHER_TAX = re.compile(r"固定資産税|都市計画税|住民税|市民税|県民税|市県民税|所得税|自動車税|軽自動車税|確定申告")
_CARE_OR_PREMIUM = re.compile(r"介護|保険料|控除|医療費|おむつ|要介護|要支援|障害|認知症|施設|後見|年金")


# 「祖母のパスポートを代わりに更新できる?」「父のビザの更新」: a passport's or a visa's paperwork is the prefecture's
# passport office's or the immigration bureau's, whoever's it is - an older person named keeps nothing in. Care
# named beside it (a certification, a helper, a facility, dementia, guardianship) keeps the message in.
_PASSPORT_OR_VISA = re.compile(r"パスポート|旅券|ビザ|査証")
_CARE_NAMED = re.compile(r"介護|介助|認定|ヘルパー|ケアマネ|デイ|施設|認知症|物忘れ|後見|入院|要支援|障害")


# 「ステーションの労務管理について社労士を」: a business's own staff affairs - labour management, work rules, payroll,
# hiring - are an employer's, not elder care's, even for a care business; a pension (社労士 also files those) keeps
# the message in.
_OWN_LABOUR = re.compile(
    r"労務|就業規則|給与計算|勤怠管理|36協定|三六協定|社会保険労務士|社労士|職員の採用|スタッフの採用"
)
_PENSION = re.compile(r"年金")


# 「相続登記の義務化について」: a land's or a house's registration is the legal affairs bureau's or a judicial
# scrivener's, not elder care's; guardianship's own registration (後見登記) and care named beside it keep it in.
_PROPERTY_REGISTRATION = re.compile(r"(?<!後見)登記")


def outside_elder_care(text: str) -> bool:
    """True when the message is plainly about something the elder-care FAQ does not cover, however near an
    entry's words come: a young person's own affairs (school, coming of age, a first job) with no older person,
    carer or care named, a business handed on to a successor with no will, estate or care named, or the driving
    licence's own paperwork with no way of getting about asked for, or a passport's or a visa's with no care named,
    or a business's own labour affairs (_OWN_LABOUR) with no pension named, or a property's registration (登記) with
    no care named."""
    bare = PUNCTUATION.sub("", unify(text))
    young = bool(_YOUNG_AFFAIRS.search(bare)) and not _ELDER_OR_CARE.search(bare) and not _MANY_TROUBLES.search(bare)
    business = bool(_BUSINESS_HANDED_ON.search(bare)) and not _WILL_OR_CARE.search(bare)
    licence = bool(_LICENCE_PAPERWORK.search(bare)) and not _GETTING_ABOUT.search(bare)
    tax = bool(_OTHER_TAX.search(bare)) and not _CARE_OR_PREMIUM.search(bare)
    passport = bool(_PASSPORT_OR_VISA.search(bare)) and not _CARE_NAMED.search(bare)
    labour = bool(_OWN_LABOUR.search(bare)) and not _PENSION.search(bare)
    registration = bool(_PROPERTY_REGISTRATION.search(bare)) and not _CARE_NAMED.search(bare)
    return young or business or licence or tax or passport or labour or registration


@lru_cache(maxsize=32768)
def normalize_for_index(text: str) -> str:
    """Unified text with the subjects it hints at appended."""
    text = unify(text)
    extra = hinted_subjects(text)
    return text if not extra else text + " " + " ".join(extra)


# 「父のことで困っています」「母の生活のことで相談」「近所のおばあさんのことで」: a message that names only whom the worry is
# about and that there is a worry or a wish to consult - no content word, at most a word as wide as their life, their
# future or how they are - is no FAQ question: any entry would be a guess, and the conversation asks what the worry is.
# The whole message must be read so; a content word (物忘れ, 介護保険の申請, 入院費) anywhere keeps it a question.
_WHOM_OPENER = r"(?:すみません|すいません|あの|あのう|実は|ちょっと)*"
_WHOM_MODIFIER = (
    r"(?:(?:実家|うち|私|わたし|自分|近所|隣|となり|近く|向かい|同じ団地)(?:に住(?:む|んでいる|んでる|んでいます))?の?"
    r"|(?:高齢|一人暮らし|ひとり暮らし|独居|同居|別居|年老いた|遠方|遠く)(?:の|している|に住む)?"
    r"|離れて暮らす|離れて住む|一緒に住む|一緒に暮らす)"
)
_WHOM_PERSON = (
    r"(?:お?母さん|お?父さん|母親|父親|両親|親|祖母|祖父|義母|義父|義理の(?:母|父|両親)|姑|舅|母|父"
    r"|姉|兄|妹|弟|叔母|叔父|伯母|伯父|おば|おじ|娘|息子|親戚|親族|家族|夫|妻|主人|家内|旦那|嫁|婿"
    r"|おばあ(?:さん|ちゃん)|おじい(?:さん|ちゃん)|お年寄り|高齢者|高齢の方|方|人|自分|私|わたし"
    # in kana, as one-finger or voice input types them (「ちちのことで そうだん したい」)
    r"|はは|ちち|お?かあさん|お?とうさん|ははおや|ちちおや|りょうしん|おや|そぼ|そふ|ぎぼ|ぎふ|おっと|つま|むすこ|むすめ|かぞく)"
)
_WHOM_WIDE_WORD = r"(?:の(?:生活|暮らし|今後|これから|将来|様子|色々|いろいろ|件))?"
_WHOM_ABOUT = r"(?:の(?:こと|事|件)(?:で|について|なんですが|なのですが|です)?|について|の件で?)"
_WHOM_TAIL = (
    r"(?:ちょっと|少し|実は|色々|いろいろ)*"
    r"(?:(?:ご?相談|ご?そうだん)(?:です|したい(?:です|のですが|んですが|んです)?|があります|があって|させてください|させて下さい"
    r"|したく|できますか|に乗ってください|に乗ってほしい)?"
    r"|(?:困|こま)って(?:います|いる|ます|いて|おります)|(?:悩|なや)んで(?:います|いる|ます|いて|おります)"
    r"|心配(?:です|なことがあります|なことが|があります)?|気になって(?:います|いる|ます|いて)"
    r"|お?聞き(?:したい|たい)ことが(?:あります|あって)|話を聞いてほしい(?:です)?)?"
)
_WHOM_ONLY = re.compile(
    f"^{_WHOM_OPENER}{_WHOM_MODIFIER}{{0,2}}{_WHOM_PERSON}{_WHOM_WIDE_WORD}{_WHOM_ABOUT}{_WHOM_TAIL}$"
)
# 「近所のお年寄りが心配」 is watch-neighbor-worry's own question: a neighbour worried about is its content.
_NEIGHBOUR = re.compile(r"近所|隣|となり|近く|向かい|同じ団地")
_WORRIED_ABOUT = re.compile(r"心配|気にな")


def whom_only(text: str) -> bool:
    """True when the message says only whom the worry is about and that there is one (or a wish to consult),
    with no content word: 「父のことで困っています」「親のことで相談」. A neighbour worried about is
    watch-neighbor-worry's content and is not whom-only."""
    bare = PUNCTUATION.sub("", unify(text))
    if not _WHOM_ONLY.match(bare):
        return False
    return not (_NEIGHBOUR.search(bare) and _WORRIED_ABOUT.search(bare))


# Harm told as received (「息子にひどいことを言われてつらい」「嫁にどなられてばかりで」「孫に叩かれた」): the writer, or the
# one written about, is the one hurt - abuse to consult about, or a person to talk to. The carer's entry
# (abuse-caregiver-at-limit: 「つい親にきつく当たってしまう」) is for the one who fears hurting someone and never
# answers harm received, unless the writer tells a harsh act of their own too (「息子に責められて、つい母に当たって
# しまう」). Hurtful words only (「ケアマネに虐待になると言われた」 is no harm received).
_HURTFUL_WORDS = (
    r"(?:ひどい|酷い|ひでえ|きつい|キツい|心ない|心無い|冷たい)(?:こと|事|言葉|ことば|口)?"
    r"|悪口|わるぐち|嫌味|いやみ|イヤミ|暴言|ばか|バカ|馬鹿|役立たず|やくたたず|死ね|しね|出て行け|でていけ|邪魔|じゃま"
)
_HARM_RECEIVED = re.compile(
    r"(?:に|から)[^。]{0,12}?(?:"
    rf"(?:{_HURTFUL_WORDS})(?:を|と|って|など|ばかり)?(?:言われ|いわれ|吐かれ|はかれ|浴びせられ|あびせられ)"
    r"|(?:どなられ|怒鳴られ|叩かれ|たたかれ|殴られ|なぐられ|蹴られ|ぶたれ|つねられ|突き飛ばされ|つきとばされ"
    r"|ののしられ|罵られ|ばかにされ|バカにされ|馬鹿にされ|責められ|せめられ|当たられ|あたられ|いじめられ|虐げられ)"
    r")"
)
_OWN_HARSH_ACT = re.compile(
    r"(?:言って|いって|言っ|怒鳴って|どなって|当たって|あたって|叩いて|たたいて|殴って|なぐって|押して|つねって)"
    r"(?:しま|ちゃ|ちま)|手が出|手を(?:あげ|上げ|出)|(?:当たって|あたって|怒鳴って|どなって)(?:いる|います|ばかり)"
    r"|当たる|あたる|きつく当た"
)


def harm_received(text: str) -> bool:
    """True when the message tells hurtful words or blows received from someone (「息子にひどいことを言われて」
    「嫁にどなられる」) and no harsh act of the writer's own (「つい当たってしまう」)."""
    bare = PUNCTUATION.sub("", normalize(text))
    return bool(_HARM_RECEIVED.search(bare)) and not _OWN_HARSH_ACT.search(bare)


# 「家族みんなぎくしゃくしていて、何が問題か自分でもわからない」: a worry that names no one (a parent, a spouse, a
# neighbour; 自分でもわからない is only the writer's own puzzlement) and no sign of memory or mind (物忘れ,
# 同じことを何度も, 様子がおかしい, 見えないものが見える…) is no first worry about dementia, however near
# 「わからない」「最近」 come to its phrasings.
_MEMORY_OR_MIND_SIGN = re.compile(
    r"忘れ|わすれ|認知|にんち|ぼけ|呆け|痴呆|ちほう|様子|ようす|同じ|おなじ|何度|なんど|何回|なんかい|繰り返|くりかえ"
    r"|財布|さいふ|鍵|かぎ|日付|ひづけ|曜日|何日|約束|手順|焦が|こが|冷蔵庫|賞味期限|覚え|おぼえ|記憶|きおく|混乱"
    r"|迷|まよ|徘徊|おかし|変|へん|かわって|盗|とられ|取られ|ぼんやり|ぼーっと|ぼうっと|片付け|片づけ|言葉|ことば"
    r"|検査|けんさ|年のせい|年相応|判断|計算|道|帰れな|見えない|見える|幻|妄想|怒りっぽ|性格|間違|まちが|つじつま"
    r"|かみ合わ|噛み合わ|出てこな|でてこな|気づ|きづ|季節外れ|dementia|memory|forget"
)
_SOMEONE_NAMED = re.compile(
    r"父|母|親|おや|ちち|はは|夫|妻|主人|旦那|嫁|祖|じい|ばあ|爺|婆|叔|伯|兄|姉|弟|妹|息子|娘|本人"
    r"|近所|隣|となり|高齢|年寄|利用者|患者|奥さん|おくさん|義|お客|客|住民"
)


def no_one_nor_sign_named(text: str) -> bool:
    """True when the message names no one (a relative, a neighbour, someone in care) and no sign of memory or mind."""
    read = jaconv.kata2hira(unify(text))
    return not _SOMEONE_NAMED.search(read) and not _MEMORY_OR_MIND_SIGN.search(read)


# Entries that never answer a message of a kind, however near its words come (the ranker reads words, not who
# does what to whom): the entry's probability is then 0 and the next one may answer.
ENTRY_VETOES = {"abuse-caregiver-at-limit": harm_received, "dementia-first-worry": no_one_nor_sign_named}
