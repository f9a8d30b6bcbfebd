"""Online geocoding (opt-in, ``--online``): geopy behind the same :class:`~mapgen.resolve.Resolver` interface.

The offline gazetteer answers first; only what it leaves unresolved goes to the online geocoder
(Nominatim by default), with an application-specific user agent, at most one request per second,
``Retry-After`` honoured, no retry of a bad query, and a persistent JSON cache in the user cache
folder of found *and* not-found answers (never of errors). geopy's errors become
``Resolution.ERROR``, distinct from "unresolved". Tests inject a fake geocoder; nothing here runs
without ``--online``.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from . import fsio
from .model import Candidate, Geocoded, Kind, Mention, Place, PlaceMention, Problem, Resolution, Result
from .resolve import OfflineResolver, Resolver, _problem_for
from .text import fold

USER_AGENT = "mapgen/0.1 (territorial-control maps from news reports; https://github.com/mapgen)"
MIN_DELAY_S = 1.0
MAX_RETRIES = 2


def _default_geocoder() -> Any:
    from geopy.geocoders import Nominatim

    return Nominatim(user_agent=USER_AGENT, timeout=10)


class OnlineResolver(Resolver):
    """Offline first, then an online geopy geocoder for names the gazetteer cannot resolve."""

    online = True  # read by the Dask engine, so workers load the same kind of resolver

    def __init__(
        self,
        offline: OfflineResolver,
        geocoder: Any | None = None,
        cache_path: str | Path | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.offline = offline
        self.gazetteer = offline.gazetteer
        self.problems = offline.problems
        self.digest = offline.digest + "+online"
        self._geocoder = geocoder
        self._sleep, self._clock = sleep, clock
        self._last = -1e9
        if cache_path is None:
            from .gazetteer import cache_folder

            cache_path = cache_folder() / "online-geocoder.json"
        self.cache_path = Path(cache_path)
        self._cache: dict[str, Any] | None = None

    @property
    def geocoder(self) -> Any:
        if self._geocoder is None:
            self._geocoder = _default_geocoder()
        return self._geocoder

    # -- cache -----------------------------------------------------------------------------------
    def _load(self) -> dict[str, Any]:
        if self._cache is None:
            try:
                data = json.loads(self.cache_path.read_text(encoding="utf-8"))
                self._cache = data if isinstance(data, dict) else {}
            except (OSError, ValueError):
                self._cache = {}  # missing or corrupt: start again, never trust half a file
        return self._cache

    def _store(self, key: str, value: dict[str, Any] | None) -> None:
        cache = self._load()
        cache[key] = {"found": value, "at": time.time()}
        fsio.write_text(
            self.cache_path, json.dumps(cache, ensure_ascii=False, sort_keys=True, allow_nan=False)
        )

    # -- online ----------------------------------------------------------------------------------
    def _throttle(self) -> None:
        wait = self._last + MIN_DELAY_S - self._clock()
        if wait > 0:
            self._sleep(wait)
        self._last = self._clock()

    def _ask(self, query: str, country: str | None) -> tuple[dict[str, Any] | None, str | None]:
        """``(answer or None, error message or None)``."""
        from geopy import exc

        for attempt in range(MAX_RETRIES + 1):
            self._throttle()
            try:
                kwargs: dict[str, Any] = {"exactly_one": True}
                if country:
                    kwargs["country_codes"] = country.lower()
                loc = self.geocoder.geocode(query, **kwargs)
            except exc.GeocoderRateLimited as e:
                if attempt < MAX_RETRIES:
                    self._sleep(float(e.retry_after or 5))
                    continue
                return None, f"rate-limited by the online geocoder ({e})"
            except exc.GeocoderTimedOut as e:
                if attempt < MAX_RETRIES:
                    continue
                return None, f"online geocoder timed out ({e})"
            except (
                exc.GeocoderQueryError,
                exc.GeocoderAuthenticationFailure,
                exc.GeocoderInsufficientPrivileges,
                exc.ConfigurationError,
            ) as e:
                return None, f"online geocoder refused the query ({e})"  # never retried
            except exc.GeopyError as e:
                return None, f"online geocoder unavailable ({e})"
            if loc is None:
                return None, None
            raw = getattr(loc, "raw", {}) or {}
            addr = raw.get("address", {}) if isinstance(raw, dict) else {}
            cc = (addr.get("country_code") or country or "").upper() or None
            return {
                "name": str(getattr(loc, "address", query)).split(",")[0],
                "lat": float(loc.latitude),
                "lon": float(loc.longitude),
                "country": cc,
            }, None
        return None, "online geocoder failed"

    def geocode(
        self, query: str, *, country: str | None = None, kind: Kind | None = None, context: Any = None
    ) -> Geocoded:
        g = self.offline.geocode(query, country=country, kind=kind, context=context)
        if g.resolution is not Resolution.UNRESOLVED:
            return g
        key = f"{fold(query)}|{(country or '').upper()}"
        cached = self._load().get(key)
        if cached is not None:
            found = cached.get("found")
            why = ("online geocoder (cached answer)",)
        else:
            found, error = self._ask(query, country)
            if error:
                return Geocoded(query, Resolution.ERROR, None, 0.0, (), (*g.explanation, error))
            self._store(key, found)
            why = ("online geocoder",)
        if not found:
            return Geocoded(
                query, Resolution.UNRESOLVED, None, 0.0, (), (*g.explanation, *why, "not found online")
            )
        place = Place(
            key="online:" + hashlib.sha256(key.encode()).hexdigest()[:12],
            name=found["name"],
            lat=found["lat"],
            lon=found["lon"],
            country=found.get("country"),
            kind=kind or Kind.SETTLEMENT,
            dataset="nominatim",
        )
        return Geocoded(
            query, Resolution.RESOLVED, place, 0.6, (Candidate(place, 0.6),), (*g.explanation, *why)
        )

    def resolve_mentions(self, body: str, mentions: Sequence[Mention]) -> Result[tuple[PlaceMention, ...]]:
        base = self.offline.resolve_mentions(body, mentions)
        out: list[PlaceMention] = []
        problems: list[Problem] = [p for p in base.problems if p.code != "unresolved-place"]
        for pm in base.value:
            if (
                pm.resolution is Resolution.UNRESOLVED
                and not pm.mention.coref
                and pm.mention.kind_hint is not Kind.FACILITY
            ):
                g = self.geocode(pm.mention.text, kind=pm.mention.kind_hint)
                pm = replace(
                    pm,
                    resolution=g.resolution,
                    place=g.place,
                    confidence=g.confidence,
                    note="; ".join(g.explanation),
                )
            p = _problem_for(pm)
            if p and p.code != "ambiguous-place":
                problems.append(p)
            out.append(pm)
        return Result(tuple(out), tuple(problems))
