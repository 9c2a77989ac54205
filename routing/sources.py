"""Provenance of the routing seed data and the attribution the product must show."""

from __future__ import annotations

GEOLONIA_URL = "https://geolonia.github.io/japanese-addresses/"
CC_BY_4_URL = "https://creativecommons.org/licenses/by/4.0/deed.ja"

# Shown wherever the product shows data derived from the town table (help page, admin footer).
ATTRIBUTION = (
    "町丁目・代表点: 「Geolonia 住所データ」（株式会社Geolonia） "
    f"{GEOLONIA_URL} （CC BY 4.0 {CC_BY_4_URL}）を加工して作成"
    "（国土交通省「位置参照情報」・日本郵便「郵便番号データ」にもとづく）。"
    "郵便番号: 日本郵便「郵便番号データ」。"
    "担当地域: 千葉市「あんしんケアセンター（地域包括支援センター）」。"
)

CITY_CENTERS_URL = "https://www.city.chiba.jp/hokenfukushi/kenkofukushi/hokatsucare/anshincarecenter.html"

DATA_SOURCES: tuple[dict[str, str | None], ...] = (
    {
        "name": "千葉市 あんしんケアセンター（地域包括支援センター）",
        "url": CITY_CENTERS_URL,
        "license": None,
        "retrieved": "2026-08-29",
        "attribution": "千葉市「あんしんケアセンター（地域包括支援センター）」",
        "used_for": "centers.csv, center_towns.csv: center names and 担当地域 (area_raw)",
    },
    {
        "name": "Geolonia 住所データ",
        "url": GEOLONIA_URL,
        "license": "CC BY 4.0",
        "retrieved": "2021–2022",
        "attribution": ATTRIBUTION,
        "used_for": "towns.csv: 町丁目, representative points (lat/lng), zip_geolonia",
    },
    {
        "name": "日本郵便 郵便番号データ",
        "url": "https://www.post.japanpost.jp/zipcode/download.html",
        "license": "freely redistributable (日本郵便)",
        "retrieved": "edition no later than 2023-05",
        "attribution": "日本郵便「郵便番号データ」",
        "used_for": "postal_codes.csv, towns.csv zip_ken_all and kana",
    },
    {
        "name": "contacts.csv (public pages, per row)",
        "url": None,
        "license": None,
        "retrieved": "per row: source_url / source_date in contacts.csv",
        "attribution": None,
        "used_for": "contacts.csv: other destinations; status says verified / old / not found",
    },
    {
        "name": "municipalities.csv (anshin-intake)",
        "url": None,
        "license": "project",
        "retrieved": "2026 (written for this project)",
        "attribution": None,
        "used_for": "outside-city detection: 47 prefectures, all municipalities of 千葉県 and 東京都, "
        "designated cities and prefectural capitals",
    },
)
