"""Combine hand-written fragments (writer framing x worry x address phrase) into natural messages."""
import random
from common import TOWNS, TOPIC, URG

KANJI = '〇一二三四五六七八九'
WARD_NAME_TOWNS = {'若葉', '花見川', '中央', '稲毛', '美浜', '緑町', '中央港', '千葉港', '新町', '本町', '栄町',
                   '旭町', '幸町', '新宿', '高洲', '磯辺', '真砂', '美浜', '都賀', '桜木', '天台', '稲毛町', '稲毛東'}
ZIP_CENTERS = {}
for r in TOWNS:
    z = r['zip_ken_all']
    if z:
        ZIP_CENTERS.setdefault(z, set()).add(r['center_id'])
SPLIT = {r['town'] for r in TOWNS if len({x['center_id'] for x in TOWNS if x['town'] == r['town']}) > 1}

# person words per writer, and how the writer may introduce themself when they live elsewhere
PERSONS = {
    'child': ['母', '父', '義母', '義父', '実家の母', '実家の父', '高齢の母', '80代の父'],
    'spouse': ['夫', '妻', '主人', '家内'],
    'grandchild': ['祖母', '祖父', 'おばあちゃん', 'おじいちゃん'],
    'sibling': ['兄', '姉', '弟', '妹'],
    'neighbour': ['隣のおばあさん', '近所のおじいさん', '同じアパートの高齢の男性', '向かいの一人暮らしの女性'],
    'minsei_iin': ['担当地区の一人暮らしの女性', '担当地区の高齢の男性', '見守り訪問先のご夫婦の奥さま'],
    'care_manager': ['担当の利用者さん', '利用者さん（要介護1）', '担当利用者の80代女性', '担当している男性の利用者さん'],
    'hospital': ['当院の入院患者さん', '外来の患者さん', '入院中の80代の患者さん'],
}
ELSEWHERE = {'child': ['東京に住む娘です。', '横浜に住んでいる息子です。', '埼玉の長女です。', '大阪に住む長男です。',
                       '船橋市に住んでいる娘です。', '県外に住む息子です。'],
             'grandchild': ['東京の大学に通う孫です。', '離れて暮らす孫です。'],
             'sibling': ['神奈川に住む妹です。', '茨城に住む弟です。']}
OPEN_POLITE = ['', '', '', 'はじめて相談します。', '相談させてください。', 'お世話になります。', 'すみません、', 'こんにちは。']
CLOSE_POLITE = ['', '', 'どうしたらいいでしょうか。', '相談に乗ってもらえますか。', 'どこに相談すればいいですか？',
                '一度話を聞いていただけますか。', 'アドバイスをお願いします。', 'よろしくお願いします。']
CLOSE_PRO = ['ご相談させてください。', '対応についてご相談したいです。', '一度ご連絡いただけますでしょうか。', 'よろしくお願いいたします。']
OUTSIDE = ['船橋市', '市原市', '四街道市', '習志野市', '八千代市', '佐倉市', '東金市', '茂原市', '東京都江戸川区', '大網白里市']
PRO_INTRO = {'minsei_iin': ['民生委員です。', '地区の民生委員をしております。'],
             'care_manager': ['居宅介護支援事業所のケアマネジャーです。', 'ケアマネです。'],
             'hospital': ['病院の医療ソーシャルワーカーです。', '病院の地域連携室の者です。']}


def chome_str(rng, n):
    return rng.choice([f'{n}丁目', f'{KANJI[int(n)]}丁目', f'{n}丁目'])


def pick_address(rng):
    """-> (phrase, center_id or None) for a real Chiba City town, in varied forms."""
    r = rng.choice(TOWNS)
    ward = r['ward'].replace('千葉市', '')
    town, chome = r['town'], r['chome']
    rows = [x for x in TOWNS if x['town'] == town]
    form = rng.random()
    if form < 0.12 and r['zip_ken_all'] and len(ZIP_CENTERS[r['zip_ken_all']]) == 1 and r['zip_ken_all'] != '2600000':
        z = r['zip_ken_all']
        return f'〒{z[:3]}-{z[3:]}', r['center_id'], True, rng.choice([f'{ward}{town}', f'千葉市{ward}{town}', town])
    with_chome = chome and rng.random() < 0.55
    if town in SPLIT and rng.random() < 0.5:
        with_chome = False
    t = town.replace('ケ丘', 'ヶ丘') if rng.random() < 0.3 else town
    place = t + (chome_str(rng, chome) if with_chome else '')
    if with_chome:
        center = r['center_id']
    else:
        cs = {x['center_id'] for x in rows}
        center = cs.pop() if len(cs) == 1 else None
    if town in WARD_NAME_TOWNS or form < 0.55:
        phrase = rng.choice([f'{ward}{place}', f'千葉市{ward}{place}', f'{ward}の{place}'])
    else:
        phrase = rng.choice([place, f'{ward}{place}'])
    return phrase, center, False, ''


def place_sentence(rng, writer, p, place, is_zip, ward_town):
    """Introduce where the person concerned lives; returns text that ends a sentence."""
    if is_zip:
        return rng.choice([f'{p}の住所は{place}です。', f'{p}は{place}（{ward_town}）に住んでいます。',
                           f'{p}の住所は{place}、{ward_town}です。'])
    if writer in ('care_manager', 'hospital', 'minsei_iin'):
        return rng.choice([f'{p}（{place}在住）のことです。', f'{place}にお住まいの{p}のことでご相談です。',
                           f'{p}は{place}にお住まいです。'])
    if writer == 'neighbour':
        return rng.choice([f'{place}に住んでいる者です。', f'{place}在住です。', f'{place}の{p}のことです。'])
    if writer in ELSEWHERE and rng.random() < 0.35:
        return rng.choice(ELSEWHERE[writer]) + f'{p}は{place}に住んでいます。'
    return rng.choice([f'{place}に住む{p}のことで相談です。', f'{p}は{place}で暮らしています。',
                       f'{place}の{p}のことです。', f'{p}は{place}に一人で住んでいます。'
                       if writer in ('child', 'sibling', 'grandchild') else f'{place}に住む{p}のことです。'])


def fill(template, p, with_subject):
    if with_subject:
        return template.format(s=f'{p}が', t=f'{p}は', n=f'{p}の')
    return template.format(s='', t='', n='')


def compose(worries, n, seed, writer_weights, addr_rate=0.46, outside_rate=0.05):
    """worries: list of (text with {s}, topics, urgency code, writers or None). {s} becomes '母が' or ''."""
    rng = random.Random(seed)
    out, seen = [], set()
    writers = list(writer_weights)
    weights = [writer_weights[w] for w in writers]
    tries = 0
    while len(out) < n and tries < n * 50:
        tries += 1
        text_t, tops, urg_code, allowed = rng.choice(worries)
        urg = URG[urg_code]
        writer = rng.choices(writers, weights)[0]
        if allowed and writer not in allowed:
            continue
        lives_with_family = any(k in text_t for k in ('同居', '家族が', '家族に', '家族から'))
        if '一人暮らし' in text_t and writer == 'spouse':
            continue
        persons = [x for x in PERSONS[writer] if not (lives_with_family and ('一人暮らし' in x or 'ご夫婦' in x))
                   and not ('一人暮らし' in text_t and 'ご夫婦' in x)]
        p = rng.choice(persons)
        pro = writer in PRO_INTRO
        opener = rng.choice(PRO_INTRO[writer]) if pro else rng.choice(OPEN_POLITE)
        closer = rng.choice(CLOSE_PRO) if pro else rng.choice(CLOSE_POLITE)
        if text_t.endswith(('か。', '？')) or any(k in text_t for k in ('どこに相談', 'ですか', 'どうしたら')):
            closer = rng.choice(['', '', 'よろしくお願いします。']) if not pro else rng.choice(['', 'よろしくお願いいたします。'])
        if urg == 'emergency':
            closer = rng.choice(['', '', 'どうすればいいですか！', '急いでいます。'])
            opener = '' if not pro else opener
        center, route = None, ('emergency' if urg == 'emergency' else 'center')
        x = rng.random()
        if x < outside_rate and urg != 'emergency' and writer != 'minsei_iin':
            city = rng.choice(OUTSIDE)
            if writer == 'neighbour':
                body = f'{city}に住んでいる者です。' + fill(text_t, p, True)
            else:
                intro = rng.choice([f'{city}に住む{p}のことです。', f'{p}は{city}で暮らしています。', f'{city}の{p}のことで相談です。'])
                body = intro + fill(text_t, p, False)
            route = 'outside_city'
        elif x < outside_rate + addr_rate:
            place, center, is_zip, ward_town = pick_address(rng)
            intro = place_sentence(rng, writer, p, place, is_zip, ward_town)
            if lives_with_family and '一人で' in intro:
                intro = intro.replace('に一人で住んでいます', 'に住んでいます')
            needs_subject = writer == 'neighbour' and p not in intro
            body = intro + fill(text_t, p, needs_subject)
        else:
            body = fill(text_t, p, True)
        text = (opener + body + closer).strip()
        if text in seen or len(text) > 200:
            continue
        seen.add(text)
        rec = {'text': text, 'topics': [TOPIC[t] for t in tops], 'urgency': urg, 'route': route,
               'center_id': center, 'writer': writer, '_src': 'combined'}
        if pro and 'professional' not in rec['topics'] and writer != 'minsei_iin':
            rec['topics'].append('professional')
        out.append(rec)
    return out
