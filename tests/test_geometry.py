"""Shapes for places and the qualifiers that narrow them."""

from __future__ import annotations

import json

import pytest
import shapely

from mapgen.gazetteer_build import geodata_dir
from mapgen.geometry import narrow, shape_for
from mapgen.model import Kind, Place
from mapgen.resolve import haversine_km

CONFLICT_COUNTRIES = ["SY", "IQ", "UA", "SD", "YE", "LY", "ET", "MM", "CD"]


def test_admin1_polygons_cover_the_conflict_countries() -> None:
    data = json.loads((geodata_dir() / "admin1.geojson").read_text(encoding="utf-8"))
    have = {f["properties"]["country"] for f in data["features"]}
    assert set(CONFLICT_COUNTRIES) <= have
    syria = [f for f in data["features"] if f["properties"]["country"] == "SY"]
    assert len(syria) >= 13
    for f in data["features"]:
        assert shapely.geometry.shape(f["geometry"]).is_valid


def test_section_downstream_of_the_border() -> None:
    s = shape_for("region:euphrates-valley", "section:downstream-of:SY")
    assert s is not None and s.approximate and s.geometry.is_valid
    # the stretch past Al-Qaim towards Rawa and Anah (the seed's gold point, within 150 km)
    assert haversine_km(s.lat, s.lon, 34.43, 41.45) < 150
    assert s.geometry.contains(shapely.Point(s.lon, s.lat))
    whole = shape_for("region:euphrates-valley")
    assert whole is not None and whole.geometry.area > 3 * s.geometry.area


@pytest.mark.parametrize(
    "key, q, gold, tol",
    [
        ("admin1:SY-HI", "east", (34.5, 38.0), 200),
        ("admin1:SY-HM", "east", (35.2, 37.0), 150),
        ("admin1:SY-DY", None, (35.2, 40.4), 150),
    ],
)
def test_admin1_points_near_gold(key: str, q: str | None, gold: tuple[float, float], tol: float) -> None:
    s = shape_for(key, q)
    assert s is not None and s.geometry.geom_type in ("Polygon", "MultiPolygon")
    assert haversine_km(s.lat, s.lon, *gold) < tol
    assert s.geometry.contains(shapely.Point(s.lon, s.lat))


def test_directions_narrow_to_the_right_side() -> None:
    whole = shape_for("admin1:SY-HI")
    east, west = shape_for("admin1:SY-HI", "east"), shape_for("admin1:SY-HI", "west")
    assert whole and east and west
    assert east.lon > whole.geometry.centroid.x > west.lon
    assert east.geometry.area < whole.geometry.area


def test_settlement_qualifiers() -> None:
    p = Place("geonames:1", "X", 35.0, 40.0, "SY", Kind.SETTLEMENT, 1000)
    point = narrow(p, None)
    assert (
        point.geometry.geom_type == "Point"
        and (point.lat, point.lon) == (35.0, 40.0)
        and not point.approximate
    )
    pocket = narrow(p, "pocket")
    assert pocket.geometry.geom_type == "Polygon" and pocket.approximate
    ring = narrow(p, "outskirts")
    assert not ring.geometry.contains(shapely.Point(40.0, 35.0)) and ring.geometry.is_valid
    west = narrow(p, "west")
    assert west.lon < 40.0


def test_unknown_key() -> None:
    assert shape_for("geonames:0") is None


def _features() -> list[dict]:
    return json.loads((geodata_dir() / "admin1.geojson").read_text(encoding="utf-8"))["features"]


@pytest.mark.parametrize(
    "city, lat, lon, key",
    [
        ("Raqqa", 35.95283, 39.00788, "SY-RA"),
        ("Mosul", 36.335, 43.11889, "IQ-NI"),
        ("Kharkiv", 49.98081, 36.25272, "UA-63"),
        ("El Fasher", 13.62793, 25.34936, "SD-DN"),
        ("Sanaa", 15.35472, 44.20667, "YE-SA"),
        ("Mekele", 13.49667, 39.47528, "ET-TI"),
        ("Goma", -1.67409, 29.22845, "CD-NK"),
    ],
)
def test_city_lies_in_its_natural_earth_unit(city: str, lat: float, lon: float, key: str) -> None:
    feats = {f["properties"]["key"]: f for f in _features()}
    f = feats[key]
    assert f["properties"]["method"] == "natural-earth-lines", city
    assert shapely.geometry.shape(f["geometry"]).contains(shapely.Point(lon, lat)), city


def test_admin1_polygons_flagged_and_not_overlapping() -> None:
    by_country: dict[str, list] = {}
    methods = {}
    for f in _features():
        p = f["properties"]
        assert p["method"] in ("natural-earth-lines", "voronoi") and isinstance(p["approximate"], bool)
        assert p["approximate"] or p["method"] == "natural-earth-lines"
        g = shapely.geometry.shape(f["geometry"])
        assert g.is_valid and g.area > 0, p["key"]
        by_country.setdefault(p["country"], []).append(g)
        methods.setdefault(p["country"], set()).add(p["method"])
    assert sum(m == {"natural-earth-lines"} for m in methods.values()) >= 8
    for c in CONFLICT_COUNTRIES:
        geoms = by_country[c]
        total = sum(g.area for g in geoms)
        overlap = total - shapely.union_all(geoms).area
        assert overlap / total < 0.01, c
