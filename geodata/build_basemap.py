"""Rebuild ``geodata/basemap/countries-50m.geojson``, mapgen's offline vector basemap.

Source: the npm package ``world-atlas@2.0.2`` (ISC licence, Mike Bostock), which
packages Natural Earth 1:50m admin-0 countries (public domain) as TopoJSON.

Usage (from the repository root; needs ``npm`` once, then no network)::

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python geodata/build_basemap.py /tmp/package/countries-50m.json

The TopoJSON is decoded here in plain Python (no GDAL needed), each country is
repaired with ``make_valid``, lightly simplified (0.01 degree, about 1 km: the
basemap is context, not a boundary of record) and its coordinates rounded to
three decimals, so the file stays small enough to inline into every map.
Output is deterministic: countries sorted by numeric id then name.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import mapping, shape

TOLERANCE = 0.01
DECIMALS = 3
OUT = Path(__file__).resolve().parent / "basemap" / "countries-50m.geojson"


def _decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Delta-decode and de-quantise every arc of a TopoJSON topology."""
    tr = topo.get("transform")
    arcs: list[list[tuple[float, float]]] = []
    for arc in topo["arcs"]:
        pts: list[tuple[float, float]] = []
        x = y = 0
        for p in arc:
            if tr:
                x, y = x + p[0], y + p[1]
                sx, sy = tr["scale"]
                tx, ty = tr["translate"]
                pts.append((x * sx + tx, y * sy + ty))
            else:
                pts.append((float(p[0]), float(p[1])))
        arcs.append(pts)
    return arcs


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for i in indexes:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        # Consecutive arcs share their joining point: keep it once.
        out.extend(pts if not out else pts[1:])
    return out


def _geometry(obj: dict[str, Any], arcs: list[list[tuple[float, float]]]) -> dict[str, Any] | None:
    kind = obj.get("type")
    if kind == "Polygon":
        return {"type": "Polygon", "coordinates": [_ring(r, arcs) for r in obj["arcs"]]}
    if kind == "MultiPolygon":
        return {"type": "MultiPolygon",
                "coordinates": [[_ring(r, arcs) for r in poly] for poly in obj["arcs"]]}
    return None


def _round(coords: Any) -> Any:
    if isinstance(coords, (tuple, list)) and coords and isinstance(coords[0], (int, float)):
        return [round(float(coords[0]), DECIMALS), round(float(coords[1]), DECIMALS)]
    return [_round(c) for c in coords]


def build(topojson_path: str | Path, out: Path = OUT) -> int:
    """Convert the TopoJSON countries object into a simplified GeoJSON file; return the feature count."""
    topo = json.loads(Path(topojson_path).read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    features = []
    for obj in topo["objects"]["countries"]["geometries"]:
        raw = _geometry(obj, arcs)
        if raw is None:
            continue
        geom = shapely.make_valid(shape(raw)).simplify(TOLERANCE, preserve_topology=True)
        geom = shapely.set_precision(geom, 10 ** -DECIMALS)
        if geom.is_empty:
            continue
        polys = [g for g in getattr(geom, "geoms", [geom]) if g.geom_type in ("Polygon", "MultiPolygon")]
        if not polys:
            continue
        geom = shapely.union_all(polys) if len(polys) > 1 else polys[0]
        geom = shapely.geometry.polygon.orient(geom) if geom.geom_type == "Polygon" else geom
        gj = mapping(geom)
        name = (obj.get("properties") or {}).get("name", "")
        features.append({
            "type": "Feature",
            "id": str(obj.get("id", "")),
            "properties": {"name": name},
            "geometry": {"type": gj["type"], "coordinates": _round(gj["coordinates"])},
        })
    features.sort(key=lambda f: (f["id"], f["properties"]["name"]))
    doc = {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:50m admin-0 countries (public domain) via npm world-atlas@2.0.2 (ISC)",
        "features": features,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(doc, separators=(",", ":"), ensure_ascii=False, allow_nan=False) + "\n",
                   encoding="utf-8")
    return len(features)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python geodata/build_basemap.py PATH/countries-50m.json")
    n = build(sys.argv[1])
    print(f"wrote {OUT} ({n} countries, {OUT.stat().st_size // 1024} KB)")
