"""The Python API mirrors the command line and returns (Geo)DataFrames and folium maps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import folium
import geopandas as gpd

import mapgen.api as mg
from mapgen.records import CLAIM_FIELDS, STATE_FIELDS

SEEDS = Path(__file__).parent.parent / "seeds"


def test_extract_returns_claims_with_contract_columns_and_points() -> None:
    claims = mg.extract([SEEDS])
    assert isinstance(claims, gpd.GeoDataFrame) and claims.crs.to_epsg() == 4326
    assert list(claims.columns[: len(CLAIM_FIELDS)]) == CLAIM_FIELDS
    raqa = claims[claims["place_key"] == "geonames:172955"]
    assert {"Syrian Democratic Forces", "Islamic State"} <= set(raqa["actor"])
    assert (claims["confidence"] >= 0.5).all()
    # Points are (lon, lat), matching the lat/lon columns.
    row = raqa.iloc[0]
    assert abs(row.geometry.x - row["lon"]) < 1e-9 and abs(row.geometry.y - row["lat"]) < 1e-9


def test_places_and_geocode() -> None:
    places = mg.places([SEEDS])
    assert {"resolved"} <= set(places["resolution"])
    assert "Syrian" not in set(places["place"])
    g = mg.geocode("Raqqa")
    assert g.place is not None and abs(g.place.lat - 35.95) < 0.1


def test_build_state_history_diff_map(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    summary = mg.build([SEEDS], out=tmp_path / "map.html", store=store)
    assert (tmp_path / "map.html").is_file() and summary is not None
    state = mg.state(store=store)
    assert list(state.columns[: len(STATE_FIELDS)]) == STATE_FIELDS
    by_key = state.set_index("place_key")
    assert by_key.loc["geonames:172955", "state"] == "contested"
    hist = mg.history("Raqa", store=store)
    assert len(hist) >= 2
    changes = mg.diff(store=store, since=dt.date(2017, 9, 1))
    assert "geonames:91057" in set(changes["place_key"])  # Sharqat is new since September 1st
    assert isinstance(mg.map(store=store), folium.Map)
