"""Combine hand-written fragments into address-bearing messages (src/address.gen).

Each message = optional writer-elsewhere intro + subject with a real Chiba City address
+ a hand-written concern sentence + optional closing. Labels come from the concern
fragment; center_id is resolved by build.py from the loc field.
"""
import csv, random, collections, pathlib

random.seed(20260901)
# port / industrial / park districts with few or no residents read unnaturally as a home address
NON_RESIDENTIAL = {'新港', '千葉港', '出洲港', '豊砂', '新浜町', '美浜', '中央港', '問屋町'}
rows = [r for r in csv.DictReader(open(pathlib.Path(__file__).resolve().parents[4] / 'routing' / 'data' / 'towns.csv', encoding='utf-8'))
        if r['town'] not in NON_RESIDENTIAL]
by_town = collections.defaultdict(list)
for r in rows:
    by_town[r['town']].append(r)
zip_centers = collections.defaultdict(set)
for r in rows:
    if r['zip_ken_all']:
        zip_centers[r['zip_ken_all']].add(r['center_id'])
SPLIT = {'柏井', '宮野木台', '朝日ケ丘', '中瀬', 'ひび野', '高浜'}
KANJI = '〇一二三四五六七八九'
FW = '０１２３４５６７８９'
WARD = lambda r: r['ward'][3:]
WARD_NAMES = {'花見川', '中央', '稲毛', '若葉', '美浜', '緑'}


def address(r):
    """Return (surface, loc) for a town row, in a random written form."""
    town, ch, ward = r['town'], r['chome'], WARD(r)
    if town in SPLIT and random.random() < 0.35:
        return random.choice([f'{ward}{town}', f'{town}', f'{ward}の{town}']), '!'
    if ch:
        form = random.random()
        loc = f'{town}{ch}'
        if form < 0.30:
            return f'{ward}{town}{ch}丁目', loc
        if form < 0.45:
            return f'千葉市{ward}{town}{KANJI[int(ch)]}丁目', loc
        if form < 0.60:
            return f'{town}{ch}丁目', loc
        if form < 0.72:
            return f'{ward}{town}{FW[int(ch)]}丁目', loc
        if form < 0.85:
            return f'{town}{ch}-{random.randint(1, 30)}', loc
        if len(zip_centers.get(r['zip_ken_all'], ())) == 1 and len({x['center_id'] for x in by_town[town]}) == 1:
            z = r['zip_ken_all']
            return f'〒{z[:3]}-{z[3:]} {ward}{town}', town
        return f'{ward}{town}{ch}丁目', loc
    if town in SPLIT:
        return f'{ward}{town}', '!'
    if town in WARD_NAMES:  # a town named like a ward is only readable with its ward
        return f'{ward}{town}', town
    return random.choice([f'{ward}{town}', f'{ward}の{town}', f'千葉市{ward}{town}', town]), town


FAR = ['大阪', '札幌', '東京都内', '神奈川県', '福岡', '名古屋', '仙台', '埼玉県', '京都', '広島', '海外']
# writer code -> list of (intro role for far-away writers, subject nouns)
SUBJ = {
    'c': ('娘', ['母', '父', '実家の母', '実家の父', '高齢の母', '八十代の父']),
    'c2': ('息子', ['母', '父', 'おふくろ', '親父']),
    'g': ('孫', ['祖母', '祖父', 'おばあちゃん', 'おじいちゃん']),
    'sib': ('妹', ['姉', '兄', '高齢の兄']),
    'o': ('姪', ['叔母', '叔父', '義母', '義父']),
}
SUBJ_PATTERNS = ['{loc}に住む{n}', '{loc}で一人暮らしをしている{n}', '{loc}の{n}', '{n}（{loc}在住）',
                 '{loc}にいる{n}']

# third-person concern sentences: (text with {S}, topic codes, urgency)
THIRD = [
    ('{S}が、最近買い物に行けなくなってきたようです。', 'dl', 'r'),
    ('{S}が、ごみを出す日がわからなくなってきています。', 'dl', 'r'),
    ('{S}は車の運転をやめたので、通院や買い物の手段がありません。', 'dl', 'r'),
    ('{S}の家の中が物であふれて、足の踏み場もなくなってきました。', 'dl', 'r'),
    ('{S}が、食事を作るのがおっくうだと言って、ほとんど料理をしていません。', 'dl', 'r'),
    ('{S}の住むアパートが取り壊しになり、引っ越し先が見つかりません。', 'dl', 'r'),
    ('{S}に配食サービスを使ってもらいたいと思っています。', 'dl', 'r'),
    ('{S}の家の電球交換や草取りなど、ちょっとした用事を頼める人を探しています。', 'dl', 'r'),
    ('{S}が、灯油を買いに行けず、暖房なしで過ごしているようです。', 'dl', 'u'),
    ('{S}の家に食べるものがほとんどなく、お金もないと言っています。', 'dl', 'u'),
    ('{S}が来週退院することになりましたが、家での生活が不安です。', 'hm', 'r'),
    ('{S}が通院できなくなってきたので、家に来てくれるお医者さんを探しています。', 'hm', 'r'),
    ('{S}が薬を飲み忘れたり、二回飲んだりしています。', 'hm', 'r'),
    ('{S}は在宅酸素を使っていて、一人での生活に不安があります。', 'hm', 'r'),
    ('{S}が入退院を繰り返していて、次に退院した後のことを考えたいです。', 'hm', 'r'),
    ('{S}が「最期まで家にいたい」と言っています。訪問診療や訪問看護のことを知りたいです。', 'hm,eol', 'r'),
    ('{S}のかかりつけの医院が閉院することになり、次の先生が見つかりません。', 'hm', 'r'),
    ('{S}の薬が今日で切れるのに、病院に連れて行ける人がいません。', 'hm', 'u'),
    ('{S}が退院してきましたが、一人では起き上がれず、今日は誰もそばにいられません。', 'hm,wi', 'u'),
    ('{S}が最近外に出なくなり、誰とも話していないようです。', 'wi', 'r'),
    ('{S}に電話をしても元気がなく、「さびしい」とばかり言います。', 'wi', 'r'),
    ('{S}の見守りをお願いできるところを探しています。', 'wi', 'r'),
    ('{S}は近所付き合いがなく、何かあったときに気づいてもらえるか心配です。', 'wi', 'r'),
    ('{S}の家の郵便受けに、郵便物がたまったままになっているそうです。', 'wi', 'u'),
    ('{S}と昨日から電話がつながりません。いつもはすぐ出るのですが。', 'wi', 'u'),
    ('{S}が、この冬一人で過ごせるか心配です。', 'wi', 'r'),
    ('{S}の介護で、家族みんなが疲れ切っています。', 'cg', 'r'),
    ('{S}の介護と仕事の両立が難しくなってきました。', 'cg', 'r'),
    ('{S}の介護を一人で担っていて、自分の時間がまったくありません。', 'cg', 'r'),
    ('{S}の介護のために、仕事を辞めるか迷っています。', 'cg', 'r'),
    ('{S}のところへ月に一度通っていますが、遠距離介護に限界を感じています。', 'cg', 'r'),
    ('{S}の介護をしている家族が倒れてしまい、今日から世話をする人がいません。', 'cg', 'u'),
    ('{S}の物忘れが増えて、同じことを何度も聞いてきます。', 'de', 'r'),
    ('{S}が訪問販売で高い契約をしてしまったようです。', 'cf', 'r'),
    ('{S}の介護保険の申請をしたいのですが、手続きがわかりません。', 'cs', 'r'),
    ('{S}がデイサービスに行きたがりません。', 'cs', 'r'),
    ('{S}が体操教室やサロンのような通いの場に行きたいと言っています。', 'cp', 'r'),
    ('{S}が最近足腰が弱ってきたので、介護予防の教室を探しています。', 'cp', 'r'),
    ('{S}が、自分が死んだ後の手続きを心配しています。', 'eol', 'r'),
    ('{S}のお金の管理が難しくなってきました。', 'gu', 'r'),
    ('{S}が同居の家族から怒鳴られているようです。', 'ab', 'r'),
    ('{S}が一人で家にいて、物忘れもあり、最近は食事も抜いているようです。', 'wi,de', 'r'),
    ('{S}が退院後、薬の管理も食事の準備もできず、家族も遠方で通えません。', 'hm,cg', 'r'),
    ('{S}が、介護サービスは使っているものの、夜一人になるのが不安だと言っています。', 'wi,cs', 'r'),
]
SELF = [
    ('買い物に行くのが大変になりました。', 'dl', 'r'),
    ('ごみ出しがつらくなってきました。', 'dl', 'r'),
    ('一人暮らしで、話し相手がいません。', 'wi', 'r'),
    ('最近だれとも話さない日が多いです。', 'wi', 'r'),
    ('夫の介護で疲れてしまいました。', 'cg', 'r'),
    ('妻の介護をしていますが、自分の体も弱ってきました。', 'cg', 'r'),
    ('退院したばかりで、これからの生活が不安です。', 'hm', 'r'),
    ('通院がつらくなってきました。往診してくれる先生はいますか。', 'hm', 'r'),
    ('薬の飲み忘れが多くて困っています。', 'hm', 'r'),
    ('家の中の片付けができなくなってきました。', 'dl', 'r'),
    ('免許を返納したら買い物に行けなくなりました。', 'dl', 'r'),
    ('足が悪くて、ほとんど家から出ていません。', 'wi', 'r'),
    ('一人で倒れたらどうしようと不安です。', 'wi', 'r'),
    ('食べるものが家にもうありません。', 'dl', 'u'),
    ('暖房が壊れて部屋が寒いです。直す人もいません。', 'dl', 'u'),
    ('物忘れが増えて、自分でも心配です。', 'de', 'r'),
    ('何か体を動かす集まりに参加したいです。', 'cp', 'r'),
    ('介護保険のことを教えてほしいです。', 'cs', 'r'),
]
SELF_INTROS = ['{loc}に住んでいます。', '{loc}で一人暮らしをしている{age}歳です。', '{loc}在住、{age}歳です。',
               '私は{loc}に住む{age}歳の{sex}です。', '{loc}に夫と二人で住んでいます。', '{loc}に住んでおります。']
CLOSE = ['', '', '相談できますか。', 'どうしたらいいでしょうか。', 'よろしくお願いします。',
         '一度相談に乗っていただけますか。', '何か使えるサービスはありますか。', 'どこに相談したらいいのかわからず連絡しました。']
WRITER_OUT = {'c': 'c', 'c2': 'c', 'g': 'g', 'sib': 'sib', 'o': 'o'}


def pick_row():
    # spread evenly over centers, then over towns
    center = random.choice(sorted({r['center_id'] for r in rows}))
    return random.choice([r for r in rows if r['center_id'] == center])


def make_third():
    wkey = random.choice(list(SUBJ))
    role, nouns = SUBJ[wkey]
    n = random.choice(nouns)
    surf, loc = address(pick_row())
    subj = random.choice(SUBJ_PATTERNS).format(loc=surf, n=n)
    text, topics, urg = random.choice(THIRD)
    intro = f'{random.choice(FAR)}に住む{role}です。' if random.random() < 0.3 else ''
    body = text.format(S=subj)
    close = '' if body.endswith(('か。', '？')) or urg == 'u' and random.random() < 0.5 else random.choice(CLOSE)
    return intro + body + close, topics, urg, loc, WRITER_OUT[wkey]


def make_self():
    surf, loc = address(pick_row())
    text, topics, urg = random.choice(SELF)
    sex = '女性' if '夫の' in text else '男性' if '妻の' in text else random.choice(['女性', '男性'])
    intro = random.choice(SELF_INTROS).format(loc=surf, age=random.choice(range(68, 96)), sex=sex)
    if '夫と二人' in intro and (topics != 'cg' or '妻の' in text):
        intro = intro.replace('夫と二人で', '妻と二人で' if '妻の' in text else '')
    close = '' if text.endswith(('か。', '？')) else random.choice(CLOSE)
    writer = 'sp' if '介護' in text and topics == 'cg' else 's'
    return intro + text + close, topics, urg, loc, writer


def main(n=260):
    out, seen = [], set()
    while len(out) < n:
        t, topics, urg, loc, w = make_third() if random.random() < 0.72 else make_self()
        if t in seen:
            continue
        seen.add(t)
        out.append(f'{t} | {topics} | {urg} | c | {loc} | {w}')
    (pathlib.Path(__file__).resolve().parent / 'src' / 'address.gen').write_text('\n'.join(out) + '\n', encoding='utf-8')


if __name__ == '__main__':
    main()
