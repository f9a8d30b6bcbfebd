"""Exports: RFC 7946 GeoJSON, CSV with neutralised formulas, GeoPackage, idempotency, atomic writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from build_fakes import fake_analyse, write_report
from shapely.geometry import Polygon, shape

from mapgen import fsio
from mapgen.build import build
from mapgen.export import clean_geometry, export, neutralise
from mapgen.storeview import read_store


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    rep = tmp_path / "r"
    write_report(rep, "a.txt", "IS held Raqa.\nIraqi attacking Hawija.\nIS held Hawija.\nIS held Homs.")
    write_report(
        rep,
        "b.txt",
        "=HYPERLINK held Mosul.\n@SUM attacking Sharqat.\nIS held Nowhere.",
        source="=cmd|' /C calc'!A0",
        date="2017-09-22",
    )
    return Path(
        build([str(rep)], out=tmp_path / "out" / "map.html", analyse=fake_analyse, progress=False).store_path
    )


def test_geojson_rfc7946_and_byte_identical(store: Path, tmp_path: Path) -> None:
    view = read_store(store)
    a, b = tmp_path / "a.geojson", tmp_path / "b.geojson"
    export(a, view.states, view.claims, fmt="geojson")
    export(b, read_store(store).states, read_store(store).claims, fmt="geojson")
    assert a.read_bytes() == b.read_bytes()
    fc = json.loads(a.read_text())
    assert fc["type"] == "FeatureCollection" and "crs" not in fc
    ids = [f["id"] for f in fc["features"]]
    assert ids == sorted(ids) and len(ids) == len(view.states)
    raqa = next(f for f in fc["features"] if f["properties"]["name"] == "Raqa")
    lon, lat = raqa["geometry"]["coordinates"]
    assert (lon, lat) == (39.01, 35.95)  # longitude first
    assert "NaN" not in a.read_text()
    claims = tmp_path / "c.geojson"
    export(claims, view.states, view.claims, fmt="geojson", layer="claims")
    cf = json.loads(claims.read_text())
    assert len(cf["features"]) == len(view.claims)
    assert any(f["geometry"] is None for f in cf["features"])  # the unresolved place: null geometry, no NaN


def test_polygons_counter_clockwise_and_valid() -> None:
    cw = Polygon([(0, 0), (0, 1), (1, 1), (1, 0)])  # clockwise exterior
    assert not cw.exterior.is_ccw
    fixed = clean_geometry(cw)
    assert fixed.exterior.is_ccw
    bowtie = Polygon([(0, 0), (1, 1), (1, 0), (0, 1)])
    repaired = clean_geometry(bowtie)
    assert repaired.is_valid and abs(repaired.area - 0.5) < 1e-6  # make_valid keeps both halves
    for g in getattr(repaired, "geoms", [repaired]):
        assert g.exterior.is_ccw
    assert clean_geometry(Polygon()) is None


def test_csv_neutralises_formulas_and_is_stable(store: Path, tmp_path: Path) -> None:
    view = read_store(store)
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    export(a, view.states, view.claims, fmt="csv")
    export(b, view.states, view.claims, fmt="csv")
    assert a.read_bytes() == b.read_bytes()
    text = a.read_text()
    import csv

    rows = list(csv.DictReader(text.splitlines()))
    assert len(rows) == len(view.claims)
    for r in rows:
        for v in r.values():
            assert not v.startswith(("=", "+", "-", "@", "\t", "\r")), v
    assert any(r["actor"] == "'=HYPERLINK" for r in rows) and any(r["actor"] == "'@SUM" for r in rows)
    assert all(r["source"].startswith("'=") for r in rows if "calc" in r["source"])
    assert neutralise(-3.5) == "-3.5" and neutralise("-x") == "'-x" and neutralise(None) == ""


def test_gpkg_layers_same_content(store: Path, tmp_path: Path) -> None:
    pyogrio = pytest.importorskip("pyogrio")
    import geopandas as gpd

    view = read_store(store)
    a, b = tmp_path / "a.gpkg", tmp_path / "b.gpkg"
    export(a, view.states, view.claims, fmt="gpkg")
    export(b, view.states, view.claims, fmt="gpkg")
    layers = {name for name, _ in pyogrio.list_layers(a)}
    assert {"state", "claims"} <= layers
    for layer in ("state", "claims"):
        fa, fb = gpd.read_file(a, layer=layer), gpd.read_file(b, layer=layer)
        assert fa.equals(fb) and fa.crs.to_epsg() == 4326
    st = gpd.read_file(a, layer="state")
    assert len(st) == len(view.states) and set(st["state"]) <= {
        "held",
        "contested",
        "besieged",
        "under_attack",
        "changed_hands",
    }
    assert json.loads(st.loc[st["name"] == "Raqa", "holders"].iloc[0])[0]["actor"] == "Islamic State"
    cl = gpd.read_file(a, layer="claims")
    assert len(cl) == sum(1 for c in view.claims if c.lat is not None)
    assert cl.geometry.is_valid.all() and (cl.geometry.geom_type == "Point").all()
    assert shape(cl.geometry.iloc[0].__geo_interface__).x == cl["lon"].iloc[0]


def test_export_write_failure_keeps_old_file(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = read_store(store)
    out = tmp_path / "x" / "state.geojson"
    export(out, view.states, view.claims, fmt="geojson")
    old = out.read_bytes()

    def boom(target, data):  # noqa: ANN001, ANN202
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(fsio, "write_bytes", boom)
    with pytest.raises(PermissionError):
        export(out, view.states[:1], view.claims, fmt="geojson")
    assert out.read_bytes() == old
    assert not list(out.parent.glob(fsio.TMP_PREFIX + "*"))


@pytest.mark.browser
def test_png_export_through_the_map(store: Path, tmp_path: Path) -> None:
    from mapgen.snapshot import find_chromium

    if find_chromium() is None:
        pytest.skip("Chromium is not installed (needed to draw PNG/PDF)")
    pytest.importorskip("playwright", reason="Playwright drives Chromium for PNG/PDF export")
    view = read_store(store)
    out = tmp_path / "img" / "map.png"
    export(out, view.states, view.claims, fmt="png", width=640, height=400)
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 5000
    import struct

    assert struct.unpack(">II", data[16:24]) == (640, 400)
    assert not list(out.parent.glob(fsio.TMP_PREFIX + "*"))  # the temporary HTML is gone
