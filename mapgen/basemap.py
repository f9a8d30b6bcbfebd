"""The offline vector basemap: Natural Earth countries shipped in ``geodata/basemap/``.

Only the part around the data goes into a map (clipped and simplified to the
view), so a map of one war does not carry the whole world.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import box, mapping, shape
from shapely.geometry.base import BaseGeometry

BASEMAP_FILE = "countries-50m.geojson"


def _basemap_path() -> Path:
    try:
        return Path(str(resources.files("mapgen.geodata") / "basemap" / BASEMAP_FILE))
    except ModuleNotFoundError:  # running from a checkout without the package mapping
        return Path(__file__).resolve().parent.parent / "geodata" / "basemap" / BASEMAP_FILE


@functools.lru_cache(maxsize=1)
def countries() -> tuple[tuple[str, BaseGeometry], ...]:
    """Every country as (name, shapely geometry), loaded once."""
    doc = json.loads(_basemap_path().read_text(encoding="utf-8"))
    return tuple((f["properties"].get("name", ""), shape(f["geometry"])) for f in doc["features"])


def _round(coords: Any, nd: int) -> Any:
    if coords and isinstance(coords[0], (int, float)):
        return [round(float(coords[0]), nd), round(float(coords[1]), nd)]
    return [_round(c, nd) for c in coords]


def clipped(bounds: tuple[float, float, float, float] | None) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the countries around ``bounds`` (west, south, east, north).

    The view is widened by half its size (at least 8 degrees) so panning a
    little does not show the edge; detail is reduced for wide views.
    """
    if bounds is None:
        west, south, east, north = -180.0, -85.0, 180.0, 85.0
    else:
        west, south, east, north = bounds
        pad = max(8.0, 0.5 * max(east - west, north - south))
        west, east = max(-180.0, west - pad), min(180.0, east + pad)
        south, north = max(-85.0, south - pad), min(85.0, north + pad)
    span = max(east - west, north - south)
    tolerance = 0.0 if span < 30 else min(0.2, span / 1500.0)
    nd = 3 if span < 60 else 2
    view = box(west, south, east, north)
    features = []
    for name, geom in countries():
        if not geom.intersects(view):
            continue
        part = shapely.clip_by_rect(geom, west, south, east, north)
        if tolerance:
            part = part.simplify(tolerance, preserve_topology=True)
        if part.geom_type == "GeometryCollection":
            polys = [g for g in part.geoms if g.geom_type in ("Polygon", "MultiPolygon")]
            part = shapely.union_all(polys) if polys else part
        if part.is_empty or part.geom_type not in ("Polygon", "MultiPolygon"):
            continue
        gj = mapping(part)
        props: dict[str, Any] = {"name": name}
        # A label point for countries big enough in this view to carry their name.
        largest = max(getattr(part, "geoms", [part]), key=lambda g: g.area)
        if largest.area >= view.area * 0.004:
            pt = largest.representative_point()
            props["lp"] = [round(pt.y, 3), round(pt.x, 3)]
        features.append({"type": "Feature", "properties": props,
                         "geometry": {"type": gj["type"], "coordinates": _round(gj["coordinates"], nd)}})
    return {"type": "FeatureCollection", "features": features}
