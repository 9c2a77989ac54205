from pathlib import Path
HERE = Path(__file__).resolve().parent
DATA = HERE.parents[3] / "routing" / "data"
CORPUS = HERE.parents[1]
import sys, importlib
sys.path.insert(0, '/tmp/writer_a')
from common import load_hand, write_file
FILES = [('dementia', 0), ('end_of_life', 1000), ('consumer_fraud', 2000), ('abuse', 3000),
         ('guardianship', 4000), ('care_services', 5000), ('care_prevention', 6000)]
import os
for name, start in FILES:
    src = f'/tmp/writer_a/src/{name}.txt'
    if not os.path.exists(src):
        continue
    recs = load_hand(src)
    gen = f'/tmp/writer_a/gen_{name}.py'
    if os.path.exists(gen):
        mod = importlib.import_module(f'gen_{name}')
        recs += mod.generate()
    write_file(str(CORPUS / f'a_{name}.jsonl'), recs, start + 1)
    print(name, len(recs))
