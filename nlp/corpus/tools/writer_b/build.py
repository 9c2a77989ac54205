"""Build Writer B corpus files from compact hand-written source files.

    python3 nlp/corpus/tools/writer_b/build.py [--out FOLDER]    (default: nlp/corpus/)

Source line format (fields separated by ' | ', parsed from the right):
    text | topics | urgency | route | loc | writer
topics: comma-separated short codes; urgency r/u/e; route c/o/m/z/e;
loc: '-' none, '!' mentioned but not resolvable (null), '〒NNNNNNN' postal code,
     '<town><chome?>' e.g. 高洲3 / 幸町 / おゆみ野中央5.
A line starting with 'withdrawn: ' keeps its id but is not written (it equalled a text of a
development set, which is never trained on; the ids after it do not move).
"""
import argparse, csv, json, re, pathlib, collections

DATA = pathlib.Path(__file__).resolve().parents[4] / 'routing' / 'data' / 'towns.csv'
SRC = pathlib.Path(__file__).resolve().parent / 'src'
OUT = pathlib.Path(__file__).resolve().parents[2]

TOPIC = dict(hm='home_medical', cg='caregiver_support', wi='watch_isolation', dl='daily_living',
             pr='professional', ot='other', de='dementia', eol='end_of_life', cf='consumer_fraud',
             ab='abuse', gu='guardianship', cs='care_services', cp='care_prevention')
URG = dict(r='routine', u='urgent', e='emergency')
ROUTE = dict(c='center', o='outside_city', m='marugoto', z='zaitaku_renkei', e='emergency')
WRITER = dict(s='self', c='child', sp='spouse', g='grandchild', sib='sibling', n='neighbour',
              mi='minsei_iin', cm='care_manager', h='hospital', o='other')
# file name -> first id number (blocks of 300 so files can grow without renumbering others)
FILES = ['home_medical', 'emergency', 'caregiver_support', 'watch_isolation', 'daily_living',
         'professional', 'other', 'urgency', 'marugoto', 'zaitaku_renkei', 'outside_city', 'mixed', 'long', 'address']

WITHDRAWN = 'withdrawn: '

rows = list(csv.DictReader(open(DATA, encoding='utf-8')))
by_town = collections.defaultdict(set)
by_town_chome = {}
by_zip = collections.defaultdict(set)
for r in rows:
    by_town[r['town']].add(r['center_id'])
    if r['chome']:
        by_town_chome[(r['town'], r['chome'])] = r['center_id']
    if r['zip_ken_all']:
        by_zip[r['zip_ken_all']].add(r['center_id'])


def resolve(loc):
    if loc in ('-', '!'):
        return None
    if loc.startswith('〒'):
        cs = by_zip[loc[1:]]
        assert len(cs) == 1, loc
        return next(iter(cs))
    m = re.fullmatch(r'(.+?)(\d?)', loc)
    town, ch = m.group(1), m.group(2)
    if ch:
        return by_town_chome[(town, ch)]
    cs = by_town[town]
    assert len(cs) == 1, f'ambiguous or unknown town {loc}: {cs}'
    return next(iter(cs))


def parse_line(line):
    parts = line.rsplit(' | ', 5)
    assert len(parts) == 6, line
    text, topics, urg, route, loc, writer = (p.strip() for p in parts)
    return dict(text=text, topics=[TOPIC[t] for t in topics.split(',')], urgency=URG[urg],
                route=ROUTE[route], center_id=resolve(loc), writer=WRITER[writer], _loc=loc)


def main():
    parser = argparse.ArgumentParser(description='Build the b_*.jsonl corpus files from src/')
    parser.add_argument('--out', type=pathlib.Path, default=OUT, help='folder to write b_*.jsonl into')
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for k, name in enumerate(FILES):
        src = SRC / f'{name}.txt'
        gen = SRC / f'{name}.gen'  # lines produced by combine.py (same format)
        lines = []
        for p in (src, gen):
            if p.exists():
                lines += [l.rstrip('\n') for l in p.open(encoding='utf-8')
                          if l.strip() and not l.startswith('#')]
        if not lines:
            continue
        start = k * 300 + 1
        assert len(lines) <= 300, name
        with (out / f'b_{name}.jsonl').open('w', encoding='utf-8') as f:
            for i, l in enumerate(lines):
                if l.startswith(WITHDRAWN):
                    continue
                rec = parse_line(l)
                rec.pop('_loc')
                rec = {'id': f'b{start + i:04d}', **rec}
                f.write(json.dumps(rec, ensure_ascii=False) + '\n')
        written = sum(not l.startswith(WITHDRAWN) for l in lines)
        total += written
        print(name, written)
    print('total', total)


if __name__ == '__main__':
    main()
