"""Surface forms a resident may type for one 町丁目, generated from the town table."""

from __future__ import annotations

from collections import defaultdict

from routing.seed import TownRecord

_FULL_WIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")
_KANJI = "〇一二三四五六七八九"


def full_width(text: object) -> str:
    return str(text).translate(_FULL_WIDTH)


def kanji_number(n: int) -> str:
    if n < 10:
        return _KANJI[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _KANJI[tens]) + "十" + (_KANJI[ones] if ones else "")


def unique_center_zips(records: list[TownRecord]) -> dict[str, str]:
    """Postal codes whose towns all belong to one center: zip → center_id."""
    centers: dict[str, set[str]] = defaultdict(set)
    for r in records:
        if r.zip:
            centers[r.zip].add(r.center_id)
    return {z: next(iter(c)) for z, c in centers.items() if len(c) == 1}


def surface_forms(r: TownRecord, zips: dict[str, str], town_names: set[str]) -> list[str]:
    """At least six spellings of one row, each of which names exactly this 町丁目."""
    w, t = r.ward, r.town
    ward_base = w.removesuffix("区")
    # 「千葉市中央港町」 is also 中央港 + 町: that form is ambiguous by nature and tested apart.
    base_form_is_clear = not any(
        (ward_base + t).startswith(other) for other in town_names if other not in (t, ward_base)
    )
    spellings = [t.replace("ケ", "ヶ"), t.replace("ケ", "が")] if "ケ" in t else []
    if r.chome is not None:
        c = r.chome
        forms = [
            f"千葉市{w}{t}{kanji_number(c)}丁目",
            f"{w}{t}{full_width(c)}丁目",
            f"{t}{c}-12-3",
            f"千葉県千葉市{w}{t}{full_width(c)}－１２－３",
            f"{w}{t}{c}の12の3",
            f"{t}{kanji_number(c)}丁目12番3号 サンハイツ201号室",
            f"{w} {t} {c}丁目 5番地",
            f"{t}{c}丁目",
        ]
        forms += [f"{w}{s}{c}丁目" for s in spellings]
    else:
        forms = [
            f"千葉市{w}{t}",
            f"{w}{t}123番地",
            f"{t}１２３－４",
            f"千葉県千葉市{w}{t}123-4 みどり荘2号室",
            f"{w}　{t}　１２３",
            f"{t}123番地の4",
        ]
        forms += [f"{w}{s}" for s in spellings]
    if base_form_is_clear:
        block = f"{r.chome}丁目" if r.chome is not None else "45"
        forms.append(f"千葉市{ward_base}{t}{block}")
    if r.zip in zips:
        forms.append(f"〒{r.zip[:3]}-{r.zip[3:]}")
        forms.append(full_width(r.zip))
    return forms
