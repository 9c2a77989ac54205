"""Rebuild Writer A's a_*.jsonl from the hand-written sources (src/) and the generators (gen_*.py).

    python3 nlp/corpus/tools/writer_a/build.py [--out FOLDER]    (default: nlp/corpus/)
"""
import argparse
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import CORPUS, load_hand, write_file  # noqa: E402

FILES = [('dementia', 0), ('end_of_life', 1000), ('consumer_fraud', 2000), ('abuse', 3000),
         ('guardianship', 4000), ('care_services', 5000), ('care_prevention', 6000)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--out', type=Path, default=CORPUS, help='folder to write a_*.jsonl into')
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    for name, start in FILES:
        src = HERE / 'src' / f'{name}.txt'
        if not src.exists():
            continue
        recs = load_hand(str(src))
        if (HERE / f'gen_{name}.py').exists():
            recs += importlib.import_module(f'gen_{name}').generate()
        write_file(str(out / f'a_{name}.jsonl'), recs, start + 1)
        print(name, len(recs))


if __name__ == '__main__':
    main()
