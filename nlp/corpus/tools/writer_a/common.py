"""Shared helpers for Writer A's corpus: town lookup and line parsing."""
from pathlib import Path
HERE = Path(__file__).resolve().parent
DATA = HERE.parents[3] / "routing" / "data"
CORPUS = HERE.parents[1]
import csv, json

TOWNS = list(csv.DictReader(open(str(DATA / 'towns.csv'), encoding='utf-8')))
TOPIC = {'dem': 'dementia', 'eol': 'end_of_life', 'fraud': 'consumer_fraud', 'abuse': 'abuse',
         'guard': 'guardianship', 'care': 'care_services', 'prev': 'care_prevention',
         'hm': 'home_medical', 'cg': 'caregiver_support', 'watch': 'watch_isolation',
         'daily': 'daily_living', 'pro': 'professional', 'other': 'other'}
URG = {'r': 'routine', 'u': 'urgent', 'e': 'emergency'}
ROUTE = {'c': 'center', 'o': 'outside_city', 'm': 'marugoto', 'z': 'zaitaku_renkei', 'e': 'emergency'}
WRITER = {'self': 'self', 'child': 'child', 'sp': 'spouse', 'gc': 'grandchild', 'sib': 'sibling',
          'nb': 'neighbour', 'mi': 'minsei_iin', 'cm': 'care_manager', 'hosp': 'hospital', 'other': 'other'}


def norm_town(s):
    return s.replace('ヶ', 'ケ')


def resolve(key):
    """addr key -> (center_id or None, [strings one of which must appear in the text])."""
    if key in ('-', 'out'):
        return None, []
    if key.startswith('zip:'):
        z = key[4:]
        cs = {r['center_id'] for r in TOWNS if (r['zip_ken_all'] or r['zip_geolonia']) == z}
        assert cs, key
        return (cs.pop() if len(cs) == 1 else None), [z[:3] + '-' + z[3:], z]
    if key.startswith('ward:'):
        return None, [key[5:]]
    ward = None
    if '/' in key:
        ward, key = key.split('/')
    town, _, chome = key.partition(':')
    rows = [r for r in TOWNS if r['town'] == norm_town(town) and (not ward or r['ward'].endswith(ward))
            and (not chome or r['chome'] == chome)]
    assert rows, key
    cs = {r['center_id'] for r in rows}
    return (cs.pop() if len(cs) == 1 else None), [town, norm_town(town), town.replace('ケ', 'ヶ')]


def parse_line(line):
    """'topics urg[:route] writer addr text' (tab separated) -> record without id."""
    tops, ur, wr, addr, text = [x.strip() for x in line.split('|', 4)]
    urg, _, rt = ur.partition(':')
    urgency = URG[urg]
    if rt:
        route = ROUTE[rt]
    elif urgency == 'emergency':
        route = 'emergency'
    elif addr == 'out':
        route = 'outside_city'
    else:
        route = 'center'
    center, must = resolve(addr)
    return {'text': text.strip(), 'topics': [TOPIC[t] for t in tops.split(',')], 'urgency': urgency,
            'route': route, 'center_id': center, 'writer': WRITER[wr], '_addr': addr, '_must': must}


def load_hand(path):
    out = []
    for ln in open(path, encoding='utf-8'):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.startswith('#'):
            continue
        rec = parse_line(ln)
        rec['_src'] = 'hand'
        if rec['writer'] in ('care_manager', 'hospital') and 'professional' not in rec['topics']:
            rec['topics'].append('professional')
        out.append(rec)
    return out


def write_file(path, recs, id_start):
    with open(path, 'w', encoding='utf-8') as f:
        for i, r in enumerate(recs):
            # 'professional' leads, matching the b_* files: a referral from a professional is handled as such first
            topics = sorted(r['topics'], key=lambda t: t != 'professional')
            o = {'id': f'a{id_start + i:04d}', 'text': r['text'], 'topics': topics, 'urgency': r['urgency'],
                 'route': r['route'], 'center_id': r['center_id'], 'writer': r['writer']}
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
