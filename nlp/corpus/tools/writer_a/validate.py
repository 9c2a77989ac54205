"""Validate Writer A's corpus files: schema, label rules, center_id consistent with towns.csv."""
from pathlib import Path
HERE = Path(__file__).resolve().parent
DATA = HERE.parents[3] / "routing" / "data"
CORPUS = HERE.parents[1]
import csv, glob, json, re, sys, collections

TOPICS = {'dementia', 'end_of_life', 'consumer_fraud', 'abuse', 'guardianship', 'care_services', 'care_prevention',
          'home_medical', 'caregiver_support', 'watch_isolation', 'daily_living', 'professional', 'other'}
URGENCY = {'routine', 'urgent', 'emergency'}
ROUTES = {'center', 'outside_city', 'marugoto', 'zaitaku_renkei', 'emergency'}
WRITERS = {'self', 'child', 'spouse', 'grandchild', 'sibling', 'neighbour', 'minsei_iin', 'care_manager', 'hospital', 'other'}
KEYS = ['id', 'text', 'topics', 'urgency', 'route', 'center_id', 'writer']
towns = list(csv.DictReader(open(str(DATA / 'towns.csv'), encoding='utf-8')))
CENTERS = {r['center_id'] for r in csv.DictReader(open(str(DATA / 'centers.csv'), encoding='utf-8'))}
by_town = collections.defaultdict(list)
for r in towns:
    by_town[r['town']].append(r)
by_zip = collections.defaultdict(set)
for r in towns:
    if r['zip_ken_all']:
        by_zip[r['zip_ken_all']].add(r['center_id'])
NAMES = sorted(by_town, key=len, reverse=True)
KANJI = {c: str(i) for i, c in enumerate('〇一二三四五六七八九')}
# texts where a second Chiba City address (the writer's own) is named on purpose
WRITER_ADDRESS_OK = ['に住む息子です', 'に住む娘です', 'に住んでいる娘です', 'の息子です', 'の娘です', '私は', 'わたしは', '私自身は']


def places_in(text):
    """Yield (matched string, set of center ids) for town / postal-code mentions in text."""
    t = text.replace('ヶ', 'ケ')
    i = 0
    while i < len(t):
        for name in NAMES:
            if t.startswith(name, i):
                after = t[i + len(name):]
                if after.startswith('区'):
                    continue
                m = re.match(r'([0-9一二三四五六七八九])丁目', after)
                rows = by_town[name]
                if m:
                    ch = KANJI.get(m.group(1), m.group(1))
                    sel = [r for r in rows if r['chome'] == ch]
                    rows = sel or rows
                yield name, {r['center_id'] for r in rows}
                i += len(name) - 1
                break
        i += 1
    for z in re.findall(r'〒\s?(\d{3})-?(\d{4})', text):
        yield ''.join(z), by_zip.get(''.join(z), set())


def check(path, seen_ids, problems, warnings):
    recs = []
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        where = f'{path}:{n}'
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f'{where} invalid JSON {e}')
            continue
        if list(o) != KEYS:
            problems.append(f'{where} keys {list(o)}')
        if not re.fullmatch(r'a\d{4}', str(o.get('id'))) or o['id'] in seen_ids:
            problems.append(f'{where} bad/duplicate id {o.get("id")}')
        seen_ids.add(o.get('id'))
        tp = o['topics']
        if not tp or any(t not in TOPICS for t in tp) or len(set(tp)) != len(tp):
            problems.append(f'{where} topics {tp}')
        if 'other' in tp and len(tp) > 1:
            problems.append(f'{where} other not alone')
        if o['urgency'] not in URGENCY or o['route'] not in ROUTES or o['writer'] not in WRITERS:
            problems.append(f'{where} enum {o["urgency"]} {o["route"]} {o["writer"]}')
        if (o['urgency'] == 'emergency') != (o['route'] == 'emergency'):
            problems.append(f'{where} emergency urgency/route mismatch')
        if o['center_id'] is not None and o['center_id'] not in CENTERS:
            problems.append(f'{where} unknown center {o["center_id"]}')
        if not 5 <= len(o['text']) <= 200:
            problems.append(f'{where} length {len(o["text"])}')
        if re.search(r'\d{2,4}-\d{2,4}-\d{4}|0120|090|080', o['text']):
            problems.append(f'{where} looks like a phone number')
        recs.append(o)
        found = list(places_in(o['text']))
        sets = [c for _, c in found]
        if o['route'] == 'outside_city':
            if o['center_id'] is not None:
                problems.append(f'{where} outside_city with center')
            if found and not any(k in o['text'] for k in WRITER_ADDRESS_OK):
                warnings.append(f'{where} outside_city but Chiba place {found}: {o["text"]}')
            continue
        if o['center_id'] is None:
            single = [c for c in sets if len(c) == 1]
            if single and not any(k in o['text'] for k in WRITER_ADDRESS_OK):
                warnings.append(f'{where} null center but place {found}: {o["text"]}')
        else:
            if not any(c == {o['center_id']} for c in sets):
                problems.append(f'{where} center {o["center_id"]} not supported by text places {found}: {o["text"]}')
            if any(len(c) > 1 for c in sets):
                warnings.append(f'{where} split town mentioned with center {o["center_id"]}: {found}')
    return recs


def main():
    paths = sorted(glob.glob(str(CORPUS / 'a_*.jsonl')))
    problems, warnings, seen, allrecs = [], [], set(), []
    texts = collections.Counter()
    for p in paths:
        recs = check(p, seen, problems, warnings)
        allrecs += recs
    for line in (l for p in paths for l in open(p, encoding='utf-8')):
        texts[json.loads(line)['text']] += 1
    problems += [f'duplicate text: {t}' for t, c in texts.items() if c > 1]
    for w in warnings:
        print('WARN', w)
    for p in problems:
        print('PROBLEM', p)
    n = len(allrecs)
    print(f'{len(paths)} files, {n} records, {len(problems)} problems, {len(warnings)} warnings')
    if '-s' in sys.argv:
        c = collections.Counter(t for o in allrecs for t in o['topics'])
        print('topics (counting multi-label):', dict(c.most_common()))
        print('multi-label share: %.1f%%' % (100 * sum(len(o['topics']) > 1 for o in allrecs) / n))
        print('urgency:', dict(collections.Counter(o['urgency'] for o in allrecs)))
        print('route:', dict(collections.Counter(o['route'] for o in allrecs)))
        print('writer:', dict(collections.Counter(o['writer'] for o in allrecs)))
        print('center_id set: %.1f%%' % (100 * sum(o['center_id'] is not None for o in allrecs) / n))
        print('place mentioned (incl. split/outside): %.1f%%' % (100 * sum(bool(list(places_in(o['text']))) or o['route'] == 'outside_city' for o in allrecs) / n))
        lens = sorted(len(o['text']) for o in allrecs)
        print('length min/median/max:', lens[0], lens[n // 2], lens[-1])
    sys.exit(1 if problems else 0)


main()
