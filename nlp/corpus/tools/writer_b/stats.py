import json, pathlib, collections
recs = [json.loads(l) for p in sorted(pathlib.Path(__file__).resolve().parents[2].glob('b_*.jsonl')) for l in p.open()]
c = collections.Counter
n = len(recs)
print('total', n)
print('topics', c(t for r in recs for t in r['topics']).most_common())
print('first topic', c(r['topics'][0] for r in recs).most_common())
print('urgency', c(r['urgency'] for r in recs).most_common())
print('route', c(r['route'] for r in recs).most_common())
print('writer', c(r['writer'] for r in recs).most_common())
ml = sum(len(r['topics']) > 1 for r in recs); print('multi-label', ml, f'{ml/n:.1%}')
cid = sum(r['center_id'] is not None for r in recs); print('center_id set', cid, f'{cid/n:.1%}')
print('centers', len({r['center_id'] for r in recs} - {None}), c(r['center_id'] for r in recs if r['center_id']).most_common())
L = [len(r['text']) for r in recs]; print('len min/median/max', min(L), sorted(L)[n//2], max(L), 'over100', sum(l>100 for l in L))
texts = c(r['text'] for r in recs); print('dup texts', [t for t, k in texts.items() if k > 1])
