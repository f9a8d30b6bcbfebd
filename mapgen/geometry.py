"""Geometry for places and the qualifiers that narrow them ("eastern parts of", "a pocket around").

Settlements are points (a pocket is a ~12 km disc, outskirts a ring), admin-1 units are the
derived polygons of ``geodata/admin1.geojson``, named regions the corridors of
``geodata/regions.geojson``. A direction keeps that part of the shape (the eastern half of its
bounding box), ``section:downstream-of:SY`` the stretch of a river corridor just downstream of the
border with that country. Everything is WGS84 lon/lat; shapes are repaired with ``make_valid``
(never ``buffer(0)``, which silently drops parts of a bow-tie).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import shapely
from shapely.geometry import LineString, Point, box, shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import substring

from .gazetteer_build import geodata_dir
from .model import Kind, Place

POCKET_DEG = 0.11  # ~12 km: "a pocket around X"
OUTSKIRTS_DEG = (0.03, 0.07)  # ~3-8 km ring: "the outskirts of X"
CITY_DEG = 0.04  # ~4 km: the extent of a city when a part of it is meant ("the western half of the city")
SECTION_DEG = 1.1  # ~120 km of river corridor: "a section of the valley downstream from the border"
CORRIDOR_DEG = 0.12
_DIRS = {"north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west", "centre"}


@dataclass(frozen=True)
class Shape:
    """A place's (narrowed) geometry and a representative point inside it."""

    geometry: BaseGeometry
    lat: float
    lon: float
    approximate: bool


def _valid(geom: BaseGeometry) -> BaseGeometry:
    return geom if geom.is_valid else shapely.make_valid(geom)


@lru_cache(maxsize=1)
def _admin1() -> dict[str, tuple[BaseGeometry, bool]]:
    path = geodata_dir() / "admin1.geojson"
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        f["properties"]["key"]: (_valid(shape(f["geometry"])), bool(f["properties"].get("approximate", True)))
        for f in data["features"]
    }


@lru_cache(maxsize=1)
def _regions() -> dict[str, dict[str, Any]]:
    path = geodata_dir() / "regions.geojson"
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        f["properties"]["slug"]: {"geometry": _valid(shape(f["geometry"])), **f["properties"]}
        for f in data["features"]
    }


def admin1_keys() -> list[str]:
    """Admin-1 units with a polygon (``SY-RA`` style codes)."""
    return sorted(_admin1())


def _base(place: Place) -> tuple[BaseGeometry, bool]:
    key = place.key
    if key.startswith("admin1:"):
        got = _admin1().get(key.split(":", 1)[1])
        if got:
            return got
    if key.startswith("region:"):
        reg = _regions().get(key.split(":", 1)[1])
        if reg:
            return reg["geometry"], True
    return Point(place.lon, place.lat), place.kind is not Kind.SETTLEMENT


def _part(geom: BaseGeometry, direction: str) -> BaseGeometry:
    """The ``direction`` half (or central third) of a geometry's bounding box, intersected with it."""
    minx, miny, maxx, maxy = geom.bounds
    mx, my = (minx + maxx) / 2, (miny + maxy) / 2
    boxes = {
        "north": box(minx, my, maxx, maxy),
        "south": box(minx, miny, maxx, my),
        "east": box(mx, miny, maxx, maxy),
        "west": box(minx, miny, mx, maxy),
        "centre": box(
            minx + (maxx - minx) / 3,
            miny + (maxy - miny) / 3,
            maxx - (maxx - minx) / 3,
            maxy - (maxy - miny) / 3,
        ),
    }
    if direction in boxes:
        cut = boxes[direction]
    else:
        a, b = direction.split("-")
        cut = boxes[a].intersection(boxes[b])
    part = _valid(geom.intersection(cut))
    return part if not part.is_empty else geom


def _section(region: dict[str, Any], detail: str) -> BaseGeometry | None:
    """``downstream-of:SY``: the corridor stretch just past the border with SY, downstream."""
    try:
        direction, cc = detail.split(":", 1)
    except ValueError:
        return None
    path = region.get("path") or []
    if len(path) < 2:
        return None
    line = LineString([(p[0], p[1]) for p in path])
    # Distance along the line of each vertex, and where the country changes.
    dists = [line.project(Point(p[0], p[1])) for p in path]
    cross = None
    for k in range(len(path) - 1):
        a, b = path[k][2], path[k + 1][2]
        if direction == "downstream-of" and a == cc and b != cc:
            cross = (dists[k] + dists[k + 1]) / 2
            start, end = cross, min(line.length, cross + SECTION_DEG)
            break
        if direction == "upstream-of" and a != cc and b == cc:
            cross = (dists[k] + dists[k + 1]) / 2
            start, end = max(0.0, cross - SECTION_DEG), cross
            break
    if cross is None:
        return None
    return _valid(substring(line, start, end).buffer(CORRIDOR_DEG, 16))


def narrow(place: Place, qualifier: str | None) -> Shape:
    """The place's geometry narrowed by a qualifier, with a representative point inside it.

    Parameters
    ----------
    place
        A resolved place.
    qualifier
        ``north`` .. ``south-west``, ``centre``, ``pocket``, ``outskirts``, ``section`` or
        ``section:downstream-of:CC`` / ``section:upstream-of:CC``; None keeps the whole place.
    """
    geom, approx = _base(place)
    q = (qualifier or "").strip().lower()
    if q:
        approx = True
    if q == "pocket":
        geom = _valid(geom.buffer(POCKET_DEG, 16)) if geom.geom_type == "Point" else geom
    elif q == "outskirts":
        if geom.geom_type == "Point":
            geom = _valid(geom.buffer(OUTSKIRTS_DEG[1], 16).difference(geom.buffer(OUTSKIRTS_DEG[0], 16)))
    elif q in _DIRS:
        if geom.geom_type == "Point":
            geom = geom.buffer(CITY_DEG, 16)
        geom = _part(geom, q)
    elif q.startswith("section"):
        detail = q.split(":", 1)[1] if ":" in q else ""
        reg = _regions().get(place.key.split(":", 1)[1]) if place.key.startswith("region:") else None
        if reg and detail:
            direction, _, cc = detail.partition(":")
            cut = _section(reg, f"{direction}:{cc.upper()}")
            if cut is not None:
                geom = cut
    if geom.geom_type == "Point":
        return Shape(geom, place.lat, place.lon, approx)
    rp = geom.representative_point() if not geom.is_empty else Point(place.lon, place.lat)
    lat, lon = rp.y, rp.x
    if not (math.isfinite(lat) and math.isfinite(lon)):
        lat, lon = place.lat, place.lon
    return Shape(geom, round(lat, 6), round(lon, 6), approx)


def shape_for(place_key: str, qualifier: str | None = None) -> Shape | None:
    """The (narrowed) shape of a gazetteer place by key, or None when the key is unknown."""
    from .gazetteer import load_gazetteer

    place = load_gazetteer(progress=False).get(place_key)
    if place is None:
        return None
    return narrow(place, qualifier)
