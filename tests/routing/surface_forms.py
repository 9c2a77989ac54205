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


# Written here, not taken from the product, so that a wrong reading there is caught.
WARD_KANA = {
    "中央区": "ちゅうおう",
    "花見川区": "はなみがわ",
    "稲毛区": "いなげ",
    "若葉区": "わかば",
    "緑区": "みどり",
    "美浜区": "みはま",
}


def katakana(text: str) -> str:
    return "".join(chr(ord(ch) + 0x60) if "ぁ" <= ch <= "ゖ" else ch for ch in text)


def resident_forms(r: TownRecord, other_town: str) -> list[str]:
    """Spellings residents use that official lists never show: 千葉市 and the ward in kana or cut
    short, 番地 written every way, a building name after the address (with another town's or
    city's name in it), the postal code first. Each names exactly this 町丁目.
    """
    w, t = r.ward, r.town
    kana = WARD_KANA[w]
    kata = katakana(kana)
    if r.chome is not None:
        c = r.chome
        blocks = [
            f"{c}丁目",
            f"{c}-12-3",
            f"{full_width(c)}－１２－３",
            f"{c}の12の3",
            f"{kanji_number(c)}丁目{kanji_number(12)}番{kanji_number(3)}号",
            f"{full_width(c)}丁目{full_width(5)}番地",
            f"{c}ちょうめ",
            f"{c}丁目5番地の3",
            f"{c}ー12ー3",
        ]
    else:
        blocks = ["123番地", "１２３－４", "123の4", "百二十三番地", "123番地の4", "1234"]
    forms = []
    for i, block in enumerate(blocks):
        prefix = [
            f"ちば市{w}",
            f"チバ市{w}",
            f"千葉し{kana}く",
            f"{kata}区",
            f"{kana}区",
            f"千葉{w}",
            "千葉市",
            f"ちば市{kana}く",
            f"千葉県千葉市{kata}区",
        ][i % 9]
        forms.append(f"{prefix}{t}{block}")
    forms += [
        f"{w}{t}{blocks[1]} メゾン船橋101",
        f"{w}{t}{blocks[1]}　東京ハイツ３階",
        f"{t}{blocks[0]} コーポ{other_town}201号室",
        f"ちば市{w}{t}{blocks[1]}サンハイツ{other_town}",
    ]
    if r.zip:
        z = r.zip
        forms += [f"〒{z[:3]}-{z[3:]} {w}{t}{blocks[0]}", f"{z[:3]}ー{z[3:]}　{t}{blocks[1]}"]
    return forms
