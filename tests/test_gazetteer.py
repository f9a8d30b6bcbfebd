"""The compiled gazetteer: lookups, keys, admin-1 aliases, and a cache that never lies."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from mapgen import gazetteer as gz
from mapgen.model import Kind
from mapgen.placekeys import loose_key, skeleton_key
from mapgen.text import fold


@pytest.fixture(scope="module")
def gaz() -> gz.Gazetteer:
    return gz.load_gazetteer(progress=False)


def test_exact_lookup_most_populous_first(gaz: gz.Gazetteer) -> None:
    homs = gaz.lookup("homs")
    assert homs[0].country == "SY" and homs[0].kind is Kind.SETTLEMENT
    assert any(p.country == "LY" for p in homs)  # Al Khums is also "Homs": kept as a candidate
    assert gaz.lookup("mosul")[0].key == "geonames:99072"


@pytest.mark.parametrize(
    "name, key",
    [
        ("Raqqa Governorate", "admin1:SY-RA"),
        ("Nineveh", "admin1:IQ-NI"),
        ("Kharkiv Oblast", "admin1:UA-63"),
        ("Gezira State", "admin1:SD-GZ"),
        ("Arakan State", "admin1:MM-16"),
    ],
)
def test_admin1_aliases(gaz: gz.Gazetteer, name: str, key: str) -> None:
    assert key in [p.key for p in gaz.lookup(fold(name))]
    assert gaz.get(key).kind is Kind.ADMIN1  # type: ignore[union-attr]


def test_countries_and_regions(gaz: gz.Gazetteer) -> None:
    assert gaz.lookup("britain")[0].key == "country:GB"
    assert gaz.get("region:euphrates-valley").kind is Kind.REGION  # type: ignore[union-attr]
    assert gaz.get("nope:1") is None


@pytest.mark.parametrize(
    "a, b",
    [
        ("Raqa", "Ar-Raqqah"),
        ("Hawija", "Hawijah"),
        ("Mayadin", "Mayadeen"),
        ("Deir Ezzor", "Deir ez-Zor"),
        ("al-Raqqa", "Rakka"),
    ],
)
def test_loose_keys_join_press_spellings(a: str, b: str) -> None:
    assert loose_key(fold(a)) == loose_key(fold(b))


def test_skeleton_joins_vowel_variants() -> None:
    assert skeleton_key(loose_key("shirqat")) == skeleton_key(loose_key("sharqat"))
    assert skeleton_key(loose_key("homs")) != skeleton_key(loose_key("hama"))


def test_corrupt_or_truncated_cache_is_rejected(gaz: gz.Gazetteer, tmp_path: Path) -> None:
    assert gaz.path is not None
    data = gaz.path.read_bytes()
    bad = tmp_path / "truncated.idx"
    bad.write_bytes(data[: len(data) // 2])
    assert gz.read_index(bad) is None
    flipped = bytearray(data)
    flipped[-100] ^= 0xFF
    bad.write_bytes(bytes(flipped))
    assert gz.read_index(bad) is None
    bad.write_bytes(b"not an index at all")
    assert gz.read_index(bad) is None


def test_index_roundtrip_and_atomic_write(tmp_path: Path) -> None:
    payload = {"format": gz.FORMAT, "digest": "x", "n": [1, 2, 3]}
    path = tmp_path / "g.idx"
    gz.write_index(path, payload)
    assert gz.read_index(path) == payload
    assert not list(tmp_path.glob(".mapgen-tmp-*"))


def test_load_is_memoised_and_fast(gaz: gz.Gazetteer) -> None:
    t = time.perf_counter()
    assert gz.load_gazetteer(progress=False) is gaz
    assert time.perf_counter() - t < 0.05
    assert len(gaz.digest) == 16 and len(gaz) > 230_000
