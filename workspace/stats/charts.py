"""Bar and column charts as plain SVG, drawn on the server (no script, no CDN).

Colours only through SVG presentation attributes, which the workspace's CSP allows; every
chart has a <title> and the page shows the same numbers as a table beside it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

# Okabe–Ito: told apart by people with the common forms of colour blindness.
BLUE, ORANGE, GREEN, PURPLE, SKY, RED, YELLOW, GREY = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#8C8C8C",
)
FONT = 13
TEXT = "#1b1b1b"
AXIS = "#888888"
GRID = "#e3e3e3"
WHOLE_UNITS = ("件", "票")


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float]
    color: str


def nice_ceiling(value: float, ticks: int = 5, *, whole: bool = False) -> tuple[float, float]:
    """(axis maximum, step): the smallest 1/2/5×10ⁿ step that fits `value` in about `ticks` steps.

    `whole`: counts, so the step is at least 1 (no 0.5 件).
    """
    if value <= 0:
        return 1.0, 1.0
    raw = value / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    if whole:
        step = max(step, 1.0)
    return step * math.ceil(value / step), step


def plain_number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _svg(chart_id: str, title: str, width: int, height: int, body: list[str]) -> Markup:
    title_id = f"{chart_id}-title"
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" id="{escape(chart_id)}" class="chart" role="img" '
        f'aria-labelledby="{escape(title_id)}" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'font-size="{FONT}">'
        f'<title id="{escape(title_id)}">{escape(title)}</title>'
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>'
    )
    return Markup(head + "".join(body) + "</svg>")


def _text(
    x: float,
    y: float,
    content: str,
    *,
    anchor: str = "start",
    size: int = FONT,
    color: str = TEXT,
    weight: str = "normal",
) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" fill="{color}" '
        f'font-weight="{weight}">{escape(content)}</text>'
    )


def _rect(x: float, y: float, w: float, h: float, color: str, tip: str) -> str:
    return (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" height="{max(h, 0):.1f}" fill="{color}">'
        f"<title>{escape(tip)}</title></rect>"
    )


def _legend(series: Sequence[Series], x: float, y: float) -> list[str]:
    parts = []
    for s in series:
        parts.append(f'<rect x="{x:.1f}" y="{y - 10:.1f}" width="12" height="12" fill="{s.color}"/>')
        parts.append(_text(x + 16, y, s.name))
        x += 28 + FONT * len(s.name)
    return parts


def _empty(chart_id: str, title: str, width: int, height: int = 80) -> Markup:
    return _svg(
        chart_id,
        title,
        width,
        height,
        [_text(16, 26, title, weight="bold"), _text(16, 56, "この期間のデータはありません。", color=AXIS)],
    )


def column_chart(
    chart_id: str,
    title: str,
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    unit: str = "件",
    stacked: bool = True,
    category_label: Callable[[int, str], tuple[str, str]] | None = None,
    width: int = 760,
    height: int = 300,
    value_format: Callable[[float], str] = plain_number,
) -> Markup:
    """Vertical columns per category (months), stacked or side by side, with a value on each column."""
    totals = [
        sum(s.values[i] or 0 for s in series) if stacked else max((s.values[i] or 0) for s in series)
        for i in range(len(categories))
    ]
    if not categories or not any(totals):
        return _empty(chart_id, title, width)
    top, step = nice_ceiling(max(totals), whole=unit in WHOLE_UNITS)
    left, right, upper, lower = 56, 12, 48, 46
    plot_w, plot_h = width - left - right, height - upper - lower
    body = [_text(12, 20, title, weight="bold"), *_legend(series, left, 40)]
    for k in range(int(round(top / step)) + 1):
        y = upper + plot_h - plot_h * (k * step) / top
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="{GRID}"/>')
        body.append(_text(left - 6, y + 4, value_format(k * step), anchor="end", color=AXIS, size=11))
    body.append(_text(left - 6, upper - 6, unit, anchor="end", color=AXIS, size=11))
    slot = plot_w / len(categories)
    bar_w = slot * (0.62 if stacked else 0.8)
    for i, category in enumerate(categories):
        x0 = left + slot * i + (slot - bar_w) / 2
        base = upper + plot_h
        for j, s in enumerate(series):
            value = s.values[i] or 0
            h = plot_h * value / top
            if stacked:
                body.append(_rect(x0, base - h, bar_w, h, s.color, f"{category} {s.name} {value_format(value)}{unit}"))
                base -= h
            else:
                w = bar_w / len(series)
                body.append(
                    _rect(
                        x0 + w * j,
                        upper + plot_h - h,
                        w - 1,
                        h,
                        s.color,
                        f"{category} {s.name} {value_format(value)}{unit}",
                    )
                )
        if totals[i]:
            body.append(
                _text(
                    x0 + bar_w / 2,
                    upper + plot_h - plot_h * totals[i] / top - 4,
                    value_format(totals[i]),
                    anchor="middle",
                    size=11,
                )
            )
        first, second = category_label(i, category) if category_label else (category, "")
        body.append(_text(x0 + bar_w / 2, height - lower + 16, first, anchor="middle", size=11))
        if second:
            body.append(_text(x0 + bar_w / 2, height - lower + 30, second, anchor="middle", size=11, color=AXIS))
    body.append(f'<line x1="{left}" y1="{upper + plot_h}" x2="{width - right}" y2="{upper + plot_h}" stroke="{AXIS}"/>')
    return _svg(chart_id, title, width, height, body)


def bar_chart(
    chart_id: str,
    title: str,
    labels: Sequence[str],
    series: Sequence[Series],
    *,
    unit: str = "件",
    width: int = 760,
    label_width: int = 230,
    value_format: Callable[[float], str] = plain_number,
) -> Markup:
    """Horizontal bars, one row per label, series stacked within a row (a legend when several)."""
    totals = [sum(s.values[i] or 0 for s in series) for i in range(len(labels))]
    if not labels or not any(totals):
        return _empty(chart_id, title, width)
    row_h, upper = 24, 30 + (22 if len(series) > 1 else 0)
    height = upper + row_h * len(labels) + 12
    left, right = label_width, 70
    plot_w = width - left - right
    top, _ = nice_ceiling(max(totals))
    body = [_text(12, 20, title, weight="bold")]
    if len(series) > 1:
        body.extend(_legend(series, left, 44))
    for i, label in enumerate(labels):
        y = upper + row_h * i
        fits = max(4, (label_width - 16) // FONT)
        shown = label if len(label) <= fits else label[: fits - 1] + "…"
        body.append(_text(left - 8, y + 16, shown, anchor="end"))
        x = left
        for s in series:
            value = s.values[i] or 0
            w = plot_w * value / top
            body.append(_rect(x, y + 4, w, row_h - 8, s.color, f"{label} {s.name} {value_format(value)}{unit}"))
            x += w
        body.append(_text(x + 6, y + 16, f"{value_format(totals[i])}{unit}", size=12))
    body.append(f'<line x1="{left}" y1="{upper}" x2="{left}" y2="{upper + row_h * len(labels)}" stroke="{AXIS}"/>')
    return _svg(chart_id, title, width, height, body)
