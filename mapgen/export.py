"""Exports of the store: GeoPackage, RFC 7946 GeoJSON, CSV, and PNG/PDF through the map.

Every file is written atomically through :mod:`mapgen.fsio`. The same store
gives byte-identical GeoJSON and CSV (features and rows sorted by id, keys
sorted, coordinates rounded to 6 decimals) and a GeoPackage with the same
content. GeoJSON follows RFC 7946: longitude first, WGS84, counter-clockwise
exterior rings, valid geometries, no NaN (``allow_nan=False``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from . import fsio
from .errors import MapgenError
from .model import Claim, PlaceState, Problem, Result
from .records import CLAIM_FIELDS, STATE_FIELDS, claim_dict, state_dict

FORMATS = ("gpkg", "geojson", "csv", "png", "pdf")
LAYERS = ("state", "claims")
DEFAULT_NAMES = {"gpkg": "mapgen.gpkg", "png": "map.png", "pdf": "map.pdf"}
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
PRECISION = 1e-6

ShapeFn = Callable[[str, str | None], Any]


def default_output(fmt: str, layer: str, folder: str | Path) -> Path:
    """``build/state.geojson``, ``build/claims.csv``, ``build/mapgen.gpkg``, ``build/map.png`` ..."""
    name = DEFAULT_NAMES.get(fmt) or f"{layer}.{fmt}"
    return Path(folder) / name


# ---------------------------------------------------------------- geometry


def _shape_lookup() -> ShapeFn | None:
    """``mapgen.geometry.shape_for`` when that module exists (areas), else None (points only)."""
    try:
        from .geometry import shape_for
    except ImportError:
        return None
    return shape_for


def clean_geometry(geom: Any) -> Any | None:
    """Valid, rounded, counter-clockwise geometry, or None when empty or not finite."""
    import shapely
    from shapely.geometry import MultiPolygon, Polygon
    from shapely.geometry.polygon import orient

    if geom is None or geom.is_empty:
        return None
    if not shapely.is_valid(geom):
        geom = shapely.make_valid(geom)  # never buffer(0): it can drop half of a bow-tie
    if geom.geom_type == "GeometryCollection":
        polys = [g for g in geom.geoms if g.geom_type in ("Polygon", "MultiPolygon")]
        geom = shapely.union_all(polys) if polys else None
        if geom is None or geom.is_empty:
            return None
    geom = shapely.set_precision(geom, PRECISION)
    if geom.is_empty or not shapely.is_valid(geom):
        return None
    coords = shapely.get_coordinates(geom)
    if not len(coords) or not all(map(_finite, coords.ravel())):
        return None
    if isinstance(geom, Polygon):
        return orient(geom, 1.0)
    if isinstance(geom, MultiPolygon):
        return MultiPolygon([orient(p, 1.0) for p in geom.geoms])
    return geom


def _finite(x: float) -> bool:
    return x == x and x not in (float("inf"), float("-inf"))


def _point(lat: float | None, lon: float | None) -> Any | None:
    from shapely.geometry import Point

    if lat is None or lon is None or not (_finite(lat) and _finite(lon)):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return Point(round(lon, 6), round(lat, 6))


def state_geometry(s: PlaceState, shape_for: ShapeFn | None, *, areas: bool = True) -> Any | None:
    """The place's area (admin-1 units, regions, qualified parts) when known, else its point."""
    if areas and shape_for is not None:
        try:
            shape = shape_for(s.place_key, s.qualifier)
        except Exception:  # noqa: BLE001  a broken boundary must not stop the export; we fall back to the point
            shape = None
        geom = clean_geometry(getattr(shape, "geometry", None)) if shape is not None else None
        if geom is not None and geom.geom_type in ("Polygon", "MultiPolygon"):
            return geom
    return _point(s.lat, s.lon)


# ---------------------------------------------------------------- records


def _json_value(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 6) if _finite(value) else None
    if isinstance(value, list):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _json_value(v) for k, v in value.items()}
    return value


def _geom_json(geom: Any) -> dict[str, Any] | None:
    from shapely.geometry import mapping

    if geom is None:
        return None
    return json.loads(json.dumps(mapping(geom)))  # tuples -> lists


def state_features(states: Sequence[PlaceState], *, shape_for: ShapeFn | None = None) -> list[dict[str, Any]]:
    return [
        {
            "type": "Feature",
            "id": s.place_key,
            "geometry": _geom_json(state_geometry(s, shape_for)),
            "properties": _json_value(state_dict(s)),
        }
        for s in sorted(states, key=lambda s: s.place_key)
    ]


def claim_features(claims: Sequence[Claim]) -> list[dict[str, Any]]:
    return [
        {
            "type": "Feature",
            "id": c.id,
            "geometry": _geom_json(_point(c.lat, c.lon)),
            "properties": _json_value(claim_dict(c)),
        }
        for c in sorted(claims, key=lambda c: c.id)
    ]


def geojson_text(features: list[dict[str, Any]], *, name: str) -> str:
    """A FeatureCollection as stable text: sorted keys, no NaN, one trailing newline."""
    fc = {"type": "FeatureCollection", "name": name, "features": features}
    return json.dumps(fc, sort_keys=True, ensure_ascii=False, allow_nan=False, separators=(",", ":")) + "\n"


def neutralise(value: Any) -> str:
    """A CSV cell that spreadsheets will not run as a formula (a leading ' before = + - @ tab CR)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(round(value, 6)) if _finite(value) else ""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list | dict):
        value = json.dumps(value, sort_keys=True, ensure_ascii=False)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA) else text


def csv_text(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([neutralise(r.get(c)) for c in columns])
    return buf.getvalue()


# ---------------------------------------------------------------- writers


def write_geojson(
    out: str | Path, states: Sequence[PlaceState], claims: Sequence[Claim], *, layer: str = "state"
) -> None:
    feats = state_features(states, shape_for=_shape_lookup()) if layer == "state" else claim_features(claims)
    fsio.write_text(out, geojson_text(feats, name=layer))


def write_csv(
    out: str | Path, states: Sequence[PlaceState], claims: Sequence[Claim], *, layer: str = "claims"
) -> None:
    if layer == "claims":
        text = csv_text([claim_dict(c) for c in sorted(claims, key=lambda c: c.id)], CLAIM_FIELDS)
    else:
        cols = STATE_FIELDS + ["besiegers", "qualifier", "country", "pinned"]
        text = csv_text([state_dict(s) for s in sorted(states, key=lambda s: s.place_key)], cols)
    fsio.write_text(out, text)


def _frame(records: list[dict[str, Any]], geoms: list[Any], columns: Sequence[str]) -> Any:
    import geopandas as gpd
    import pandas as pd

    df = pd.DataFrame([{c: _cell(r.get(c)) for c in columns} for r in records], columns=list(columns))
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geoms, crs="EPSG:4326"), crs="EPSG:4326")


def _cell(v: Any) -> Any:
    if isinstance(v, list | dict):
        return json.dumps(v, sort_keys=True, ensure_ascii=False)
    if isinstance(v, float) and not _finite(v):
        return None
    return v


def write_gpkg(out: str | Path, states: Sequence[PlaceState], claims: Sequence[Claim]) -> None:
    """Layers ``state`` (points), ``state_areas`` (polygons, when any are known) and ``claims`` (points)."""
    shape_for = _shape_lookup()
    st = sorted(states, key=lambda s: s.place_key)
    cl = sorted((c for c in claims if _point(c.lat, c.lon) is not None), key=lambda c: c.id)
    state_cols = STATE_FIELDS + ["besiegers", "qualifier", "country", "pinned"]
    layers = {
        "state": _frame([state_dict(s) for s in st], [_point(s.lat, s.lon) for s in st], state_cols),
        "claims": _frame([claim_dict(c) for c in cl], [_point(c.lat, c.lon) for c in cl], CLAIM_FIELDS),
    }
    areas = [(s, state_geometry(s, shape_for)) for s in st]
    areas = [(s, g) for s, g in areas if g is not None and g.geom_type in ("Polygon", "MultiPolygon")]
    if areas:
        from shapely.geometry import MultiPolygon

        layers["state_areas"] = _frame(
            [state_dict(s) for s, _ in areas],
            [g if g is not None and g.geom_type == "MultiPolygon" else MultiPolygon([g]) for _, g in areas],
            state_cols,
        )

    def writer(tmp: Path) -> None:
        tmp.unlink()  # mkstemp made an empty file; the GPKG driver wants to create its own
        for name, frame in layers.items():
            gtype = "MultiPolygon" if name == "state_areas" else "Point"
            frame.to_file(
                tmp,
                layer=name,
                driver="GPKG",
                engine="pyogrio",
                geometry_type=gtype,
                append=name != "state",
                promote_to_multi=False,
            )

    fsio.write_with(out, writer)


def write_image(
    out: str | Path,
    states: Sequence[PlaceState],
    claims: Sequence[Claim],
    *,
    fmt: str,
    as_of: dt.date | None,
    registry: Any = None,
    width: int = 1600,
    height: int = 900,
    preset: str | None = None,
    title: str | None = None,
    populations: Mapping[str, int] | None = None,
) -> None:
    """Render the map to a temporary HTML file beside ``out`` and draw it with Chromium.

    ``populations`` (place key -> population) sizes the markers as on the interactive map.
    """
    from .render import render_map, save_map
    from .snapshot import export_image

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.parent / f"{fsio.TMP_PREFIX}snapshot-{os.getpid()}.html"
    try:
        m = render_map(states, claims, as_of=as_of, registry=registry, title=title, populations=populations)
        save_map(m, tmp)
        export_image(tmp, out, fmt=fmt, width=width, height=height, preset=preset)
    finally:
        tmp.unlink(missing_ok=True)


def export(
    out: str | Path,
    states: Sequence[PlaceState],
    claims: Sequence[Claim],
    *,
    fmt: str,
    layer: str | None = None,
    as_of: dt.date | None = None,
    registry: Any = None,
    width: int = 1600,
    height: int = 900,
    preset: str | None = None,
    populations: Mapping[str, int] | None = None,
) -> Result[Path]:
    """Write ``states`` and ``claims`` to ``out`` in ``fmt`` (one of :data:`FORMATS`).

    ``layer`` chooses what GeoJSON and CSV hold (``state`` or ``claims``; defaults: GeoJSON the
    state, CSV the claims); a GeoPackage holds both. ``populations`` (place key -> population)
    sizes the markers of PNG and PDF images.

    Examples
    --------
    >>> export("build/state.geojson", states, claims, fmt="geojson")  # doctest: +SKIP
    """
    if fmt not in FORMATS:
        raise MapgenError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if layer is not None and layer not in LAYERS:
        raise MapgenError(f"unknown layer {layer!r}; use state or claims")
    problems: list[Problem] = []
    missing = [s.name for s in states if _point(s.lat, s.lon) is None]
    if missing:
        problems.append(
            Problem(
                "no-geometry",
                f"{len(missing)} place(s) have no valid coordinates and were "
                f"exported without geometry: {', '.join(sorted(missing)[:5])}",
                str(out),
            )
        )
    if fmt == "geojson":
        write_geojson(out, states, claims, layer=layer or "state")
    elif fmt == "csv":
        write_csv(out, states, claims, layer=layer or "claims")
    elif fmt == "gpkg":
        write_gpkg(out, states, claims)
    else:
        write_image(
            out,
            states,
            claims,
            fmt=fmt,
            as_of=as_of,
            registry=registry,
            width=width,
            height=height,
            preset=preset,
            populations=populations,
        )
    return Result(Path(out), tuple(problems))
