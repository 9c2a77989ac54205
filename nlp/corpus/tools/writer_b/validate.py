"""Validate Writer B corpus files (nlp/corpus/b_*.jsonl)."""
import csv, json, re, pathlib, collections

OUT = pathlib.Path(__file__).resolve().parents[2]
rows = list(csv.DictReader(open(pathlib.Path(__file__).resolve().parents[4] / 'routing' / 'data' / 'towns.csv', encoding='utf-8')))
TOPICS = {'dementia', 'end_of_life', 'consumer_fraud', 'abuse', 'guardianship', 'care_services',
          'care_prevention', 'home_medical', 'caregiver_support', 'watch_isolation', 'daily_living',
          'professional', 'other'}
URG = {'routine', 'urgent', 'emergency'}
ROUTES = {'center', 'outside_city', 'marugoto', 'zaitaku_renkei', 'emergency'}
WRITERS = {'self', 'child', 'spouse', 'grandchild', 'sibling', 'neighbour', 'minsei_iin',
           'care_manager', 'hospital', 'other'}
CENTERS = {r['center_id'] for r in rows}
KANJI = dict(zip('一二三四五六七八九', '123456789'))
FW = dict(zip('１２３４５６７８９', '123456789'))

towns = collections.defaultdict(dict)  # town -> chome -> center
zips = collections.defaultdict(set)
for r in rows:
    t = r['town']
    towns[t][r['chome']] = r['center_id']
    if t == '朝日ケ丘':
        towns['朝日ヶ丘'][r['chome']] = r['center_id']
    if r['zip_ken_all']:
        zips[r['zip_ken_all']].add(r['center_id'])
names = sorted(towns, key=len, reverse=True)


# hand-checked kana spellings used in the corpus (elderly writers in hiragana)
KANA_TOWNS = {'まつがおかちょう': '松ケ丘町'}


def centers_in_text(text):
    """Independent re-derivation: every (town, chome) mention -> set of centers, or None if split."""
    for kana, town in KANA_TOWNS.items():
        text = text.replace(kana, town)
    found = []
    i = 0
    while i < len(text):
        for n in names:
            if text.startswith(n, i) and not text.startswith('区', i + len(n)):
                rest = text[i + len(n):i + len(n) + 4]
                m = re.match(r'([1-9一二三四五六七八九１-９])(丁目|-|－|ー)', rest)
                ch = None
                if m:
                    c = m.group(1)
                    ch = KANJI.get(c) or FW.get(c) or c
                cs = set(towns[n].values())
                if ch and ch in towns[n]:
                    cs = {towns[n][ch]}
                found.append((n, ch, cs))
                i += len(n) - 1
                break
        i += 1
    for z in re.findall(r'〒?(\d{3})-?(\d{4})', text):
        found.append(('〒' + ''.join(z), None, zips.get(''.join(z), set())))
    return found


def main(show_town_warnings=True):
    ids = set()
    errors, warnings = [], []
    recs = []
    for p in sorted(OUT.glob('b_*.jsonl')):
        for ln, line in enumerate(p.open(encoding='utf-8'), 1):
            where = f'{p.name}:{ln}'
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f'{where} invalid json {e}'); continue
            keys = {'id', 'text', 'topics', 'urgency', 'route', 'center_id', 'writer'}
            if set(r) != keys:
                errors.append(f'{where} keys {set(r) ^ keys}')
            if not re.fullmatch(r'b\d{4}', r['id']) or r['id'] in ids:
                errors.append(f'{where} bad/dup id {r["id"]}')
            ids.add(r['id'])
            t = r['topics']
            if not t or len(set(t)) != len(t) or not set(t) <= TOPICS:
                errors.append(f'{where} topics {t}')
            if 'other' in t and len(t) > 1:
                errors.append(f'{where} other not alone')
            if r['urgency'] not in URG or r['route'] not in ROUTES or r['writer'] not in WRITERS:
                errors.append(f'{where} enum')
            if (r['urgency'] == 'emergency') != (r['route'] == 'emergency'):
                errors.append(f'{where} emergency urgency<->route mismatch')
            if r['center_id'] is not None and r['center_id'] not in CENTERS:
                errors.append(f'{where} unknown center')
            if r['route'] == 'outside_city' and r['center_id'] is not None:
                errors.append(f'{where} outside_city with center')
            if not (3 <= len(r['text']) <= 220):
                warnings.append(f'{where} length {len(r["text"])}')
            if re.search(r'\d{2,4}-\d{2,4}-\d{4}|0120', r['text']):
                errors.append(f'{where} phone-like number')
            found = centers_in_text(r['text'])
            det = [cs for _, _, cs in found]
            if r['center_id'] is not None:
                if not found:
                    errors.append(f'{where} center_id but no town found: {r["text"]}')
                elif not any(cs == {r['center_id']} for cs in det):
                    errors.append(f'{where} center_id {r["center_id"]} not derivable {found}: {r["text"]}')
            elif found and show_town_warnings and r['route'] not in ('outside_city',):
                if any(len(cs) == 1 for cs in det):
                    warnings.append(f'{where} town found but center null {found}: {r["text"]}')
            for n, _, cs in found:
                if n.startswith('〒') and r['route'] != 'outside_city':
                    if not cs or (r['center_id'] is not None and r['center_id'] not in cs):
                        errors.append(f'{where} postal code {n} inconsistent ({cs})')
            recs.append(r)
    for e in errors: print('ERROR', e)
    for w in warnings: print('WARN', w)
    print(f'{len(recs)} records, {len(errors)} errors, {len(warnings)} warnings')
    return recs, errors


if __name__ == '__main__':
    main()
