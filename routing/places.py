"""Places outside Chiba City: prefectures and municipalities (routing/data/municipalities.csv)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from routing.seed import CITY, DATA_DIR, read_rows

HOME_PREFECTURE = "千葉県"


@dataclass(frozen=True, slots=True)
class Place:
    """A prefecture or a municipality that is not Chiba City."""

    prefecture: str
    name: str  # 船橋市, 世田谷区, 栄町, 東京都
    kind: str  # prefecture | city | special_ward | town | village
    district: str = ""  # 印旛郡 for 栄町

    @property
    def display_name(self) -> str:
        """The name to tell the resident: Tokyo's special wards with 東京都 (東京都中央区, not the city's 中央区)."""
        return self.prefecture + self.name if self.kind == "special_ward" else self.name

    @property
    def short(self) -> str:
        """How people say it without the suffix: 船橋, 世田谷, 東京, 神奈川."""
        if self.name == "北海道":
            return self.name
        return self.name[:-1]


def read_places(data_dir: Path = DATA_DIR) -> list[Place]:
    places = []
    for row in read_rows(data_dir / "municipalities.csv"):
        if row["name"] == CITY:
            continue
        places.append(Place(row["prefecture"], row["name"], row["kind"], row["district"]))
    return places


def read_municipality_readings(data_dir: Path = DATA_DIR) -> dict[str, str]:
    """Municipality → its reading in hiragana (routing/data/municipality_readings.csv)."""
    path = data_dir / "municipality_readings.csv"
    if not path.exists():
        return {}
    return {row["name"]: row["kana"] for row in read_rows(path)}


# Words that put the person outside the city without naming where.
OUTSIDE_WORDS: dict[str, str | None] = {
    "市外": None,
    "県外": None,
    "他県": None,
    "他市": None,
    "都内": "東京都",
    "東京都内": "東京都",
    "海外": None,
}

# 〇〇市 / 〇〇県 / 〇〇区 / 〇〇郡〇〇町 not in the lists: the general pattern. A name does not
# run across another 県/市/区/郡 (群馬県太田市 is 群馬県 + 太田市), and 市場/市役所/市内 are not 市,
# nor 区域/区画/区間/区分 a 区 (「担当区域の…」「配達区域の…」: a carrier's round, no ward elsewhere).
_NAME_CHAR = "(?:(?![県市区郡])[一-龥々ケぁ-んァ-ヶ])"
GENERIC_PLACE = re.compile(
    f"({_NAME_CHAR}{{1,6}})(?:(市)(?![場役民内外営立長議販街況])|(県)(?![立営民内外庁])|(区)(?![域画間分]))"
    f"|({_NAME_CHAR}{{1,4}}郡)({_NAME_CHAR}{{1,5}}?[町村])"
)
# Words before 市/県/区 that do not make a place name (都市, 同市, 地区, 学区 ...).
NOT_A_PLACE_BEFORE_SUFFIX = frozenset(
    "都 同 当 本 他 各 全 隣 近隣 両 地 学 校 特 別 管 選挙 市 区 県 郡 町 村 新 旧 元 前 後 東 西 南 北 中 上 下".split()
)
# Leading words that stick to a place name in unspaced text (実家横浜市 → 横浜市).
_LEADING_NOISE = ("現在", "実家", "自宅", "住所", "在住", "出身", "田舎", "地元", "今", "元")


_PARTICLES = re.compile(r".*[はがのにでもをとへや、]")


def trim_generic_name(name: str) -> str:
    """「母は横浜」→「横浜」, 「実家横浜」→「横浜」: the words before a place name are not the name."""
    m = _PARTICLES.match(name)
    if m and m.end() < len(name):
        name = name[m.end() :]
    for noise in _LEADING_NOISE:
        if name.startswith(noise) and len(name) > len(noise) + 1:
            return name[len(noise) :]
    return name
