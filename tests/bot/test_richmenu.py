"""The rich menu: its image drawn from its words, and `intake line richmenu apply` through the real
SDK against the fake Messaging API (API host and api-data host) over HTTP."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image, ImageChops

from bot.conversation import copy
from bot.richmenu import layout
from bot.richmenu.apply import apply_rich_menu
from bot.richmenu.layout import areas
from bot.richmenu.render import render_image, render_png
from tests.support import ACCESS_TOKEN

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "richmenu.png"


def differing_share(a: Image.Image, b: Image.Image) -> float:
    """Share of pixels that differ visibly (anti-aliasing of another FreeType build differs a little)."""
    diff = ImageChops.difference(a.convert("L"), b.convert("L")).point(lambda v: 255 if v > 96 else 0)
    return sum(1 for v in diff.getdata() if v) / (a.width * a.height)


def test_the_committed_menu_image_is_what_the_code_draws_now():
    committed = Image.open(COMMITTED)
    assert committed.size == (layout.WIDTH, layout.HEIGHT)
    share = differing_share(committed, render_image())
    assert share < 0.002, (
        f"docs/richmenu.png is stale ({share:.2%} differs): intake line richmenu render docs/richmenu.png"
    )


def test_a_changed_label_would_be_seen_as_a_stale_image():
    relabelled = [replace(a, label="しつもん") if a.label == copy.RICHMENU_FAQ else a for a in areas()]
    assert relabelled != areas()
    assert differing_share(Image.open(COMMITTED), render_image(relabelled)) > 0.002


def test_menu_and_image_keep_within_lines_limits():
    image = render_png()
    menu = layout.menu_object(layout.versioned_name(image))
    assert layout.problems(menu, image) == []
    assert len(image) <= 1024 * 1024
    assert Image.open(io.BytesIO(image)).size == (2500, 1686)
    assert [a["action"]["displayText"] for a in menu["areas"]] == [
        "相談する",
        "よくある質問",
        "センターをさがす",
        "急いでいるとき",
    ]
    assert len(menu["chatBarText"]) <= 14


def test_the_four_areas_cover_the_menu_without_overlap():
    covered = sum(a.width * a.height for a in layout.areas())
    assert covered == layout.WIDTH * layout.HEIGHT
    boxes = [(a.x, a.y, a.x + a.width, a.y + a.height) for a in layout.areas()]
    for i, p in enumerate(boxes):
        for q in boxes[i + 1 :]:
            assert p[2] <= q[0] or q[2] <= p[0] or p[3] <= q[1] or q[3] <= p[1]


def test_the_labels_are_large_and_in_high_contrast():
    from bot.richmenu.render import INK, PAPER, URGENT_INK, URGENT_PAPER, label_size

    assert label_size(layout.areas()) >= 120  # px of 2500: about a fifth of a phone's width for 8 characters
    assert contrast(INK, PAPER) >= 7 and contrast(URGENT_INK, URGENT_PAPER) >= 7


def contrast(a, b) -> float:
    def lum(c):
        ch = [v / 255 for v in c]
        ch = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in ch]
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def line_api(fake_line):
    fake_line.reset_rich_menus()
    yield fake_line
    fake_line.reset_rich_menus()


def apply(fake):
    return apply_rich_menu(fake.url, f"{fake.url}/api-data", ACCESS_TOKEN)


def test_apply_creates_the_menu_uploads_its_image_to_the_data_host_makes_it_default_and_deletes_older_ones(line_api):
    old = {**layout.menu_object("anshin-intake 0000000000000000")}
    foreign = {**layout.menu_object("another tool's menu")}
    line_api.rich_menus.update({"richmenu-old": old, "richmenu-foreign": foreign})

    result = apply(line_api)

    assert result.created and result.made_default and result.deleted == ["richmenu-old"]
    assert set(line_api.rich_menus) == {result.rich_menu_id, "richmenu-foreign"}
    assert line_api.default_rich_menu == result.rich_menu_id
    content_type, image = line_api.rich_menu_images[result.rich_menu_id]
    assert content_type == "image/png" and image == render_png()
    assert ("api-data", "POST", f"/v2/bot/richmenu/{result.rich_menu_id}/content") in line_api.rich_menu_calls
    assert line_api.rich_menus[result.rich_menu_id]["areas"][3]["action"]["data"] == layout.URGENT


def test_apply_twice_changes_nothing_the_second_time(line_api):
    first = apply(line_api)
    line_api.rich_menu_calls.clear()
    second = apply(line_api)
    assert second.rich_menu_id == first.rich_menu_id
    assert not second.created and not second.made_default and second.deleted == []
    assert [c for c in line_api.rich_menu_calls if c[1] != "GET"] == []
    assert len(line_api.rich_menus) == 1


def test_a_menu_left_without_its_image_by_an_interrupted_apply_is_replaced(line_api):
    name = layout.versioned_name(render_png())
    line_api.rich_menus["richmenu-half"] = layout.menu_object(name)
    result = apply(line_api)
    assert result.created and result.rich_menu_id != "richmenu-half"
    assert "richmenu-half" not in line_api.rich_menus
    assert line_api.default_rich_menu == result.rich_menu_id


def test_apply_is_refused_with_a_wrong_token(line_api):
    from linebot.v3.messaging import ApiException

    with pytest.raises(ApiException) as raised:
        apply_rich_menu(line_api.url, f"{line_api.url}/api-data", "wrong-token")
    assert raised.value.status == 401
    assert line_api.rich_menus == {}


def release_env(monkeypatch, tmp_path, fake, **extra):
    from core.settings import get_settings

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'release.sqlite3'}")
    monkeypatch.setenv("LINE_API_BASE_URL", fake.url)
    for key, value in extra.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()


def test_release_applies_the_menu_when_line_credentials_are_set(line_api, monkeypatch, tmp_path):
    from app.cli import main
    from core.settings import get_settings

    release_env(
        monkeypatch,
        tmp_path,
        line_api,
        LINE_CHANNEL_SECRET="s",
        LINE_CHANNEL_ACCESS_TOKEN=ACCESS_TOKEN,
        SECRET_KEY="release-test-secret",
        PUBLIC_BASE_URL="https://intake.example.jp",
    )
    try:
        result = CliRunner().invoke(main, ["release"], catch_exceptions=False)
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert line_api.default_rich_menu in line_api.rich_menu_images
    assert "rich menu" in result.output


def test_release_in_simulator_mode_leaves_the_menu_alone(line_api, monkeypatch, tmp_path):
    from app.cli import main
    from core.settings import get_settings

    release_env(monkeypatch, tmp_path, line_api, LINE_CHANNEL_SECRET="", LINE_CHANNEL_ACCESS_TOKEN="")
    try:
        result = CliRunner().invoke(main, ["release"], catch_exceptions=False)
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert line_api.rich_menu_calls == []
