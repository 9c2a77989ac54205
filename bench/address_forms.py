"""Address routing over generated forms residents write, per family: how many reach the right answer.

    .venv/bin/python bench/address_forms.py

Generated from the town table and the municipality list (tests/routing/surface_forms.py and the
outside-city generator), not from any dev or held-out set. These forms were written together with
the router's handling of them: they show coverage, not accuracy on unseen text.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from routing import Router  # noqa: E402
from routing.places import read_places  # noqa: E402
from routing.seed import read_towns  # noqa: E402
from tests.routing.surface_forms import resident_forms  # noqa: E402


def main() -> None:
    router = Router.from_csv()
    towns = read_towns()
    names = sorted({r.town for r in towns})
    score: Counter[str] = Counter()
    total: Counter[str] = Counter()
    sent_outside = wrong_center = 0
    for r in towns:
        other = next(n for n in names[names.index(r.town) + 7 :] + names if r.town not in n and n not in r.town)
        for i, text in enumerate(resident_forms(r, other)):
            family = "inside: kana city/ward, no 市/区, 番地 forms" if i < 9 else "inside: building, postal code first"
            got = router.resolve(text)
            total[family] += 1
            score[family] += got.kind == "center" and got.center_id == r.center_id
            sent_outside += got.kind == "outside_city"
            wrong_center += got.kind == "center" and got.center_id != r.center_id
    places = [p for p in read_places() if p.prefecture in ("千葉県", "東京都") and p.kind != "prefecture"]
    for k, p in enumerate(places):
        for i, town in enumerate(names[k % 3 :: 3]):
            full = f"{p.prefecture}{p.district}{p.name}"
            for family, text in (
                ("outside: pref+municipality+city town name", f"{full}{town}{i % 9 + 1}-2-3"),
                ("outside: + building named after a city town", f"{p.prefecture}{p.name}{town}1番2号 コーポ{town}101"),
            ):
                got = router.resolve(text)
                total[family] += 1
                score[family] += (got.kind, got.municipality) == ("outside_city", p.display_name)
    for family in total:
        print(f"{family:48s} {score[family]:6d}/{total[family]:<6d} {score[family] / total[family]:.4f}")
    print(f"city residents sent outside: {sent_outside}   wrong centers: {wrong_center}")


if __name__ == "__main__":
    main()
