"""Nearest 町丁目 for a LINE location message, and whether the point is in the city at all."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0088

# Representative points of neighbouring 町丁目 are at most about 2.2 km apart in the seed
# data (rural 町 of 若葉区 and 緑区). A point closer than NEAR_KM to one is taken as inside;
# one farther than FAR_KM from all of them as outside; in between, it must also lie inside
# the convex hull of all representative points.
NEAR_KM = 1.0
FAR_KM = 3.0


@dataclass(frozen=True, slots=True)
class Nearest:
    index: int
    distance_km: float
    inside_hull: bool
    runner_up_index: int | None
    runner_up_km: float | None


class PointIndex:
    """Brute force over ~500 points: about 100 µs, no extra dependency needed."""

    def __init__(self, points: Sequence[tuple[float, float]]):
        self._lat = [math.radians(p[0]) for p in points]
        self._lng = [math.radians(p[1]) for p in points]
        self._cos = [math.cos(v) for v in self._lat]
        self._hull = convex_hull([(p[1], p[0]) for p in points])

    def nearest(self, lat: float, lng: float) -> Nearest:
        la, ln = math.radians(lat), math.radians(lng)
        cos_la = math.cos(la)
        best = second = -1
        best_d = second_d = math.inf
        for i, (pla, pln, pcos) in enumerate(zip(self._lat, self._lng, self._cos)):
            h = math.sin((pla - la) / 2) ** 2 + cos_la * pcos * math.sin((pln - ln) / 2) ** 2
            if h < second_d:
                if h < best_d:
                    second, second_d = best, best_d
                    best, best_d = i, h
                else:
                    second, second_d = i, h
        return Nearest(
            index=best,
            distance_km=_haversine_km(best_d),
            inside_hull=point_in_polygon((lng, lat), self._hull),
            runner_up_index=second if second >= 0 else None,
            runner_up_km=_haversine_km(second_d) if second >= 0 else None,
        )

    def is_inside(self, nearest: Nearest) -> bool:
        if nearest.distance_km <= NEAR_KM:
            return True
        return nearest.distance_km <= FAR_KM and nearest.inside_hull


def _haversine_km(h: float) -> float:
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))


def convex_hull(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Andrew's monotone chain, counter-clockwise."""
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

    def cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[tuple[float, float]] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def point_in_polygon(point: tuple[float, float], polygon: Sequence[tuple[float, float]]) -> bool:
    x, y = point
    inside = False
    n = len(polygon)
    for i in range(n):
        x1, y1 = polygon[i]
        x2, y2 = polygon[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside
