"""Resolve place names and mentions to gazetteer entries, offline, never silently.

:class:`Resolver` is the interface (like geopy's geocoder base class): ``geocode`` one name,
``resolve_mentions`` for a whole report. :class:`OfflineResolver` is the default; the online one
(:mod:`mapgen.geocoders`) wraps it. Candidates come from four levels of matching (exact folded
name, loose key, consonant skeleton, rapidfuzz), each weaker level used only when the stronger ones
find nothing and restrained by the report's countries. Candidates are scored by match level, the
kind the text asks for, the report's country context, proximity to the report's other places and
population; a winner that is not clearly ahead of a distant rival is ``ambiguous``.
"""

from __future__ import annotations

import abc
import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process

from .config import Config
from .coref import resolve_back_reference
from .countries import once_one_with
from .distance import EARTH_RADIUS_KM, haversine_km
from .errors import ConfigError
from .model import (
    Candidate,
    Geocoded,
    Kind,
    Mention,
    Place,
    PlaceMention,
    Problem,
    Resolution,
    Result,
    Severity,
)
from .placekeys import loose_key, skeleton_key, strip_articles
from .text import fold, sentences

_LEVEL_SCORE = {
    "pin": 2.0,
    "exact": 1.0,
    "article": 0.95,
    "loose": 0.85,
    "partial": 0.7,
    "skeleton": 0.6,
    "fuzzy": 0.6,
}
_TYPE_SUFFIX = {
    "province": Kind.ADMIN1,
    "governorate": Kind.ADMIN1,
    "oblast": Kind.ADMIN1,
    "state": Kind.ADMIN1,
    "region": Kind.ADMIN1,
    "city": Kind.SETTLEMENT,
    "town": Kind.SETTLEMENT,
    "village": Kind.SETTLEMENT,
}
AMBIGUITY_MARGIN = 0.12
AMBIGUITY_KM = 100.0
PRIMARY_NAME_BONUS = 0.07
# Outside the report's countries only cities this large, or places this close to the report's
# other places, are taken (see OfflineResolver.outside).
FOREIGN_POPULATION = 1_000_000
NEAR_ANCHOR_KM = 300.0
# Words of a body of water: a name with one at either end gets no skeleton or fuzzy reading
_WATER = frozenset({"sea", "ocean", "gulf", "bay", "strait", "straits", "channel", "lake", "river", "canal",
                    "lagoon"})
# A place this large, named by its own name, tells which country a report is about.
INFER_POPULATION = 100_000
# Great-circle distance is at least R * |latitude difference|: an anchor more than this many degrees
# of latitude away (about 510 km) cannot be within any proximity threshold (500 km at most).
_LAT_PRUNE_DEG = 4.6
_DIAMETER_KM = 2 * EARTH_RADIUS_KM
# Per-process memo tables are dropped wholesale beyond this many entries (memory stays bounded).
_MEMO_MAX = 200_000

# fold() and the key functions are pure and a report repeats its names: memoise them per process.
_fold = lru_cache(maxsize=1 << 16)(fold)
_strip = lru_cache(maxsize=1 << 16)(strip_articles)
_loose = lru_cache(maxsize=1 << 16)(loose_key)


def _similarity(folded: str, loose: str, name: str) -> float:
    """How close a spelling is to a gazetteer name, 0..100 (folded, loose and prefix-weighted)."""
    from rapidfuzz.distance import JaroWinkler

    nf = _fold(name)
    nl = _loose(nf)
    return (fuzz.ratio(folded, nf) + fuzz.ratio(loose, nl) + 100.0 * JaroWinkler.similarity(loose, nl)) / 3


@dataclass
class Context:
    """What a report tells about where it is: countries (with weights) and anchor places."""

    countries: dict[str, float] = field(default_factory=dict)
    anchors: list[tuple[float, float]] = field(default_factory=list)


# Everything of a PlaceMention but the mention: (resolution, place, confidence, candidates, note).
_Answer = tuple[Resolution, Place | None, float, tuple[Candidate, ...], str]


class _Frame:
    """One context, prepared once: its country terms and anchors, and each candidate's proximity.

    Scores are the same floats as :meth:`OfflineResolver.score` computes term by term (the same
    additions in the same order); only repeated work is saved. Anchors are deduplicated (a minimum
    does not change) and pruned by latitude before any haversine.
    """

    __slots__ = (
        "countries", "cset", "linked", "total", "anchors", "_aset", "_pre", "_cterm", "_near", "_gaz"
    )

    def __init__(self, gaz: Any, ctx: Context | None) -> None:
        self._gaz = gaz
        self.countries: dict[str, float] = dict(ctx.countries) if ctx is not None else {}
        self.cset = frozenset(self.countries)
        # (never set aside as foreign, though they still score as outside the report's countries)
        self.linked = once_one_with(self.cset)
        self.total = sum(self.countries.values())
        self.anchors = tuple(sorted(set(ctx.anchors))) if ctx is not None else ()
        self._aset = frozenset(self.anchors)
        # (lat, lon, radians(lat), cos(radians(lat))) of each anchor, for near_class.
        self._pre = tuple((a, b, math.radians(a), math.cos(math.radians(a))) for a, b in self.anchors)
        self._cterm: dict[str, float] = {}
        self._near: dict[int, int] = {}

    def country_term(self, cc: str) -> float:
        t = self._cterm.get(cc)
        if t is None:
            w = self.countries.get(cc, 0.0) / self.total if self.total else 0.0
            t = self._cterm[cc] = 0.4 * min(1.0, 2 * w) if w else -0.45
        return t

    def near_class(self, i: int) -> int:
        """Distance to the nearest anchor: 0 under 150 km, 1 up to 300, 2 under 500, 3 beyond."""
        c = self._near.get(i)
        if c is not None:
            return c
        lat, lon = self._gaz.coords(i)
        if (lat, lon) in self._aset:
            # The candidate is one of the anchors (a place the report names elsewhere): 0 km.
            self._near[i] = 0
            return 0
        best = math.inf
        p1 = math.radians(lat)
        c1 = math.cos(p1)
        sin, asin, sqrt, radians = math.sin, math.asin, math.sqrt, math.radians
        for a, b, p2, c2 in self._pre:
            if abs(lat - a) > _LAT_PRUNE_DEG:
                continue
            # haversine_km(lat, lon, a, b), the same operations in the same order (same floats)
            h = sin((p2 - p1) / 2) ** 2 + c1 * c2 * sin(radians(b - lon) / 2) ** 2
            d = _DIAMETER_KM * asin(min(1.0, sqrt(h)))
            if d < best:
                best = d
                if d < 150:
                    break
        c = 0 if best < 150 else 1 if best <= NEAR_ANCHOR_KM else 2 if best < 500 else 3
        self._near[i] = c
        return c

    def add(self, s: float, i: int, pk: Kind, cc: str) -> float:
        """The context terms of a candidate added to its static score ``s``."""
        if self.countries:
            s += self.country_term(cc)
        if self.anchors and pk is not Kind.COUNTRY:
            c = self.near_class(i)
            s += 0.25 if c == 0 else 0.1 if c < 3 else 0.0
        return s

    def outside(self, i: int, pk: Kind, cc: str, pop: int) -> bool:
        """See :meth:`OfflineResolver.outside`."""
        if not self.countries:
            return False
        if not cc or cc in self.countries or cc in self.linked or pk is Kind.COUNTRY:
            return False
        if pk is Kind.SETTLEMENT and pop >= FOREIGN_POPULATION:
            return False
        return not (self.anchors and self.near_class(i) <= 1)


class Resolver(abc.ABC):
    """Turns names into places. Subclasses set ``gazetteer``, ``digest`` and ``problems``."""

    gazetteer: Any
    digest: str
    problems: tuple[Problem, ...] = ()

    @abc.abstractmethod
    def geocode(self, query: str, *, country: str | None = None, kind: Kind | None = None) -> Geocoded:
        """Resolve one name; ``country`` (ISO alpha-2) and ``kind`` are context, not filters."""

    @abc.abstractmethod
    def resolve_mentions(self, body: str, mentions: Sequence[Mention]) -> Result[tuple[PlaceMention, ...]]:
        """One :class:`PlaceMention` per mention, in the same order, with a problem per doubtful one."""


@dataclass(frozen=True)
class Pin:
    """A user's ``[places]`` entry: a new place (lat/lon) or a forced choice (a place key)."""

    name: str
    place: Place


def parse_pins(section: Mapping[str, Any], gazetteer: Any, config: Config | None = None) -> dict[str, Pin]:
    """Validate the ``[places]`` section of ``mapgen.toml``.

    Each key is a name as reports write it; the value is either a place key
    (``"Tripoli" = "geonames:2210247"``) or a table ``{lat = .., lon = .., country = "UA", kind =
    "settlement", name = ".."}``. Raises :class:`ConfigError` for unknown keys, out-of-range or
    swapped coordinates.
    """
    where = config.path if config and config.path else "mapgen.toml"
    pins: dict[str, Pin] = {}

    def fail(name: str, what: str) -> ConfigError:
        line = config.line_of(name) if config else None
        at = f" (line {line})" if line else ""
        return ConfigError(f"{where}: [places] {name!r}{at}: {what}")

    for name, value in section.items():
        if isinstance(value, str):
            place = gazetteer.get(value)
            if place is None:
                raise fail(
                    name,
                    f"unknown place key {value!r}; use `mapgen geocode {name!r} --explain` to see the keys",
                )
        elif isinstance(value, Mapping):
            if "key" in value:
                place = gazetteer.get(str(value["key"]))
                if place is None:
                    raise fail(name, f"unknown place key {value['key']!r}")
            else:
                place = _pin_place(name, value, gazetteer, fail)
        else:
            raise fail(name, "expected a place key string or a table with lat and lon")
        pins[fold(name)] = Pin(name, place)
    return pins


def _pin_place(name: str, value: Mapping[str, Any], gazetteer: Any, fail: Any) -> Place:
    try:
        lat, lon = float(value["lat"]), float(value["lon"])
    except (KeyError, TypeError, ValueError):
        raise fail(name, "needs numeric lat and lon (WGS84 degrees)") from None
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise fail(name, "lat and lon must be finite numbers")
    if abs(lat) > 90:
        hint = " (lat and lon look swapped)" if abs(lon) <= 90 else ""
        raise fail(name, f"lat {lat} is outside -90..90{hint}")
    if abs(lon) > 180:
        raise fail(name, f"lon {lon} is outside -180..180")
    cc = str(value.get("country") or "").upper() or None
    if cc:
        home = gazetteer.get(f"country:{cc}")
        if home is None:
            raise fail(name, f"unknown country code {cc!r}; use ISO 3166-1 alpha-2 (e.g. UA)")
        d = haversine_km(lat, lon, home.lat, home.lon)
        if d > 1200 and abs(lon) <= 90 and haversine_km(lon, lat, home.lat, home.lon) < 800:
            raise fail(name, f"lat {lat}, lon {lon} is {d:.0f} km from {home.name}; lat and lon look swapped")
    try:
        kind = Kind(str(value.get("kind", "settlement")))
    except ValueError:
        raise fail(
            name, f"unknown kind {value.get('kind')!r}; use one of {', '.join(k.value for k in Kind)}"
        ) from None
    key = "pin:" + hashlib.sha256(f"{name}|{lat}|{lon}".encode()).hexdigest()[:12]
    return Place(
        key=key,
        name=str(value.get("name") or name),
        lat=lat,
        lon=lon,
        country=cc,
        kind=kind,
        dataset="mapgen.toml",
    )


class OfflineResolver(Resolver):
    """The embedded default: the compiled GeoNames gazetteer plus the user's pins."""

    def __init__(
        self, gazetteer: Any, pins: Mapping[str, Pin] | None = None, problems: Sequence[Problem] = ()
    ) -> None:
        self.gazetteer = gazetteer
        self.pins = dict(pins or {})
        self.problems = tuple(problems)
        pin_text = json.dumps(
            sorted((k, p.place.key, p.place.lat, p.place.lon) for k, p in self.pins.items())
        )
        self.digest = hashlib.sha256(f"{gazetteer.digest}|{pin_text}".encode()).hexdigest()[:16]
        self._ckeys: dict[str, list[str]] = {}
        # Memo tables (pure functions of their keys; see _match and _prescored).
        self._strict: dict[str, dict[int, tuple[str, float]]] = {}
        self._approx: dict[tuple[str, frozenset[str]], dict[int, tuple[str, float]]] = {}
        self._pre: dict[tuple[str, Kind | None, frozenset[str]], tuple[Any, ...]] = {}

    # -- candidates ------------------------------------------------------------------------------
    def candidates(self, query: str, ctx: Context | None = None) -> list[tuple[int, str]]:
        """``(index, level)`` pairs for a name, from the strictest level that finds anything."""
        return [(i, lvl) for i, (lvl, _sim) in self._matches(query, ctx).items()]

    def _matches(self, query: str, ctx: Context | None = None) -> dict[int, tuple[str, float]]:
        """Index -> (level, spelling similarity 0..100) for every candidate of a name."""
        return dict(self._match(_fold(query), frozenset(ctx.countries) if ctx else frozenset()))

    def _match(self, f: str, countries: frozenset[str]) -> dict[int, tuple[str, float]]:
        """:meth:`_matches` of a folded name, memoised (callers must not mutate the result).

        The strict levels do not depend on the context and are memoised by name; the approximate
        ones (tried only when the strict ones find nothing) by name and the report's countries.
        """
        found = self._strict.get(f)
        if found is None:
            if len(self._strict) > _MEMO_MAX:
                self._strict.clear()
            found = self._strict[f] = self._strict_matches(f)
        if found or not f or len(_loose(f)) < 4:
            return found
        key = (f, countries)
        approx = self._approx.get(key)
        if approx is None:
            if len(self._approx) > _MEMO_MAX:
                self._approx.clear()
            approx = self._approx[key] = self._approx_matches(f, countries)
        return approx

    def _strict_matches(self, f: str) -> dict[int, tuple[str, float]]:
        """Exact, article, loose and partial (multi-word) matches: independent of the context."""
        gaz = self.gazetteer
        if not f:
            return {}
        found: dict[int, tuple[str, float]] = {}
        for i in gaz.ids(f):
            found.setdefault(i, ("exact", 100.0))
        stripped = _strip(f)
        if stripped != f:
            for i in gaz.ids(stripped):
                found.setdefault(i, ("article", 100.0))
        # Loose matches join the exact ones: "Nikolayev" is an alias of a village, but the press
        # means Mykolaiv (loose key "nikolayev" ~ "nikolaev"). Scoring weighs level and size.
        lk = _loose(f)
        for i in gaz.ids(lk, "loose"):
            found.setdefault(i, ("loose", 100.0))
        if found or len(lk) < 4:
            return found
        words = stripped.split()
        # A double name ("Shire Inda Selassie", a town and its other name) or a name with a
        # trailing word the gazetteer lacks: the longest run of two or more words that matches.
        for n in range(len(words) - 1, 1, -1):
            for k in range(len(words) - n + 1):
                part = " ".join(words[k : k + n])
                for i in (*gaz.ids(part), *gaz.ids(_loose(part), "loose")):
                    found.setdefault(i, ("partial", 100.0))
            if found:
                return found
        return found

    def _approx_matches(self, f: str, countries: frozenset[str]) -> dict[int, tuple[str, float]]:
        """Skeleton and fuzzy matches, restrained by the report's countries."""
        words = f.split()
        if len(words) > 1 and (words[-1] in _WATER or words[0] in _WATER):
            # a sea, a lake or a river the gazetteer lacks is no near spelling of a town ("Black Sea" is
            # not Blackshear, Georgia, in a report about Georgia the country)
            return {}
        gaz = self.gazetteer
        lk = _loose(f)
        found: dict[int, tuple[str, float]] = {}
        sk = skeleton_key(lk)
        for i in gaz.ids(sk, "skeleton"):
            sim = _similarity(f, lk, gaz.name_of(i))
            # With a country context, approximate matches stay inside it (a far-away "Klin" is no
            # reading of "Kawlin" in a report about Myanmar); without one, only a close match of a
            # sizeable place ("Hirat" -> Herat, "Al-Shirqat" -> Ash Sharqat).
            if (gaz.country_of(i) in countries and sim >= 80) or (
                not countries and sim >= 80 and gaz.population(i) >= 20_000
            ):
                found.setdefault(i, ("skeleton", sim))
        if not countries or len(lk) < 6:
            # A one-letter slip in a short name is another name ("Shire" is not "Sire").
            return found
        # Within the report's countries, near spellings compete with the skeleton matches: the
        # closest spelling wins ("Laukkaing" -> Laukkai, not Lakang with the same consonants).
        for cc in sorted(countries):
            ids = gaz.country_indices(cc)
            names = self._country_keys(cc)
            for _name, _score, pos in process.extract(lk, names, scorer=fuzz.ratio, score_cutoff=85, limit=5):
                i = ids[pos]
                if i not in found:
                    found[i] = ("fuzzy", _similarity(f, lk, gaz.name_of(i)))
        return found

    def _country_keys(self, cc: str) -> list[str]:
        keys = self._ckeys.get(cc)
        if keys is None:
            gaz = self.gazetteer
            keys = self._ckeys[cc] = [loose_key(fold(gaz.name_of(i))) for i in gaz.country_indices(cc)]
        return keys

    def _static_score(self, i: int, level: str, kind: Kind | None, query: str, sim: float) -> float:
        """The terms of :meth:`score` that do not depend on the report (the first ones, in order)."""
        gaz = self.gazetteer
        s = _LEVEL_SCORE[level]
        if level in ("skeleton", "fuzzy"):
            s += 0.03 * (sim - 85.0)  # for an approximate match the spelling counts first
        pk = gaz.kind_of(i)
        pop = gaz.population(i)
        if pk is Kind.COUNTRY:
            pop = max(pop, 5_000_000)
        elif pk in (Kind.ADMIN1, Kind.REGION):
            pop = max(pop, 300_000)
        s += 0.1 * math.log10(pop + 10)  # 0.1 (nobody) .. 0.75 (a megacity)
        if query and level in ("exact", "article"):
            # The place's own name beats a former or foreign alias of another place: "Pokrovsk"
            # is the Ukrainian city before it is an old name of Engels.
            f = _fold(query)
            own = _fold(gaz.name_of(i))
            if own in (f, _strip(f)):
                s += PRIMARY_NAME_BONUS
        if kind is not None:
            if pk is kind or (kind is Kind.FACILITY and pk is Kind.SETTLEMENT):
                s += 0.5
            elif {pk, kind} <= {Kind.SETTLEMENT, Kind.ADMIN1, Kind.REGION}:
                s -= 0.4
        elif pk is Kind.ADMIN1:
            s -= 0.3  # a bare name means the town more often than the province named after it
        return s

    def score(
        self,
        i: int,
        level: str,
        kind: Kind | None,
        ctx: Context | None,
        query: str = "",
        sim: float = 100.0,
    ) -> float:
        """Higher is better; see the module docstring for the terms."""
        s = self._static_score(i, level, kind, query, sim)
        if ctx is None:
            return s
        gaz = self.gazetteer
        return _Frame(gaz, ctx).add(s, i, gaz.kind_of(i), gaz.country_of(i))

    def outside(self, i: int, ctx: Context | None) -> bool:
        """Whether a candidate lies outside the report's countries and may not be taken there.

        A report about Mozambique that names "Palma" means its own Palma, even when GeoNames only
        has the one in Mallorca; a town that is missing from the gazetteer stays unresolved rather
        than jumping to another continent. Allowed outside the countries: countries themselves,
        cities of a million or more (a Syrian report names Moscow), and places near the report's
        other places (a border town across the line).
        """
        if ctx is None:
            return False
        gaz = self.gazetteer
        return _Frame(gaz, ctx).outside(i, gaz.kind_of(i), gaz.country_of(i), gaz.population(i))

    def _prescored(
        self, query: str, kind: Kind | None, countries: frozenset[str]
    ) -> tuple[tuple[float, int, str, Kind, str, int], ...]:
        """``(static score, index, level, kind, country, population)`` per candidate, memoised."""
        key = (query, kind, countries)
        pre = self._pre.get(key)
        if pre is not None:
            return pre
        cands = self._match(_fold(query), countries)
        # "Homs province" names the province: read the type word as the kind asked for.
        f = _fold(query).split()
        if not cands and len(f) > 1 and f[-1] in _TYPE_SUFFIX:
            kind = kind or _TYPE_SUFFIX[f[-1]]
            query = " ".join(f[:-1])
            cands = self._match(_fold(query), countries)
        gaz = self.gazetteer
        pre = tuple(
            (
                self._static_score(i, lvl, kind, query, sim),
                i,
                lvl,
                gaz.kind_of(i),
                gaz.country_of(i),
                gaz.population(i),
            )
            for i, (lvl, sim) in cands.items()
        )
        if len(self._pre) > _MEMO_MAX:
            self._pre.clear()
        self._pre[key] = pre
        return pre

    def _rank(
        self, query: str, kind: Kind | None, ctx: Context | None, frame: _Frame | None = None
    ) -> tuple[list[tuple[float, int, str]], list[tuple[float, int, str]]]:
        """Candidates scored best first, and those set aside as outside the report's countries."""
        frame = frame or _Frame(self.gazetteer, ctx)
        pre = self._prescored(query, kind, frame.cset)
        ranked = sorted(
            ((frame.add(st, i, pk, cc), i, lvl, pk, cc, pop) for st, i, lvl, pk, cc, pop in pre),
            key=lambda t: (-t[0], t[1]),
        )
        kept: list[tuple[float, int, str]] = []
        away: list[tuple[float, int, str]] = []
        for s, i, lvl, pk, cc, pop in ranked:
            (away if frame.outside(i, pk, cc, pop) else kept).append((s, i, lvl))
        return kept, away

    def _decide(
        self, query: str, ranked: list[tuple[float, int, str]]
    ) -> tuple[Resolution, float, list[str]]:
        gaz = self.gazetteer
        if not ranked:
            return (
                Resolution.UNRESOLVED,
                0.0,
                [
                    f"no gazetteer entry matches {query!r} (exact, loose, "
                    "skeleton or fuzzy within the report's countries)"
                ],
            )
        top, ti, tl = ranked[0]
        why = [
            f"winner {gaz.name_of(ti)} ({gaz.country_of(ti)}, {gaz.kind_of(ti).value}, "
            f"pop {gaz.population(ti):,}) matched {tl}, score {top:.2f}"
        ]
        rival = None
        for s, i, _lvl in ranked[1:]:
            if top - s > AMBIGUITY_MARGIN:
                break
            if haversine_km(*gaz.coords(ti), *gaz.coords(i)) > AMBIGUITY_KM:
                rival = (s, i)
                break
        if len(ranked) > 1:
            s2, i2, l2 = ranked[1]
            why.append(
                f"runner-up {gaz.name_of(i2)} ({gaz.country_of(i2)}, {gaz.kind_of(i2).value}, "
                f"pop {gaz.population(i2):,}) matched {l2}, score {s2:.2f}"
            )
        # Confidence: the lead over the best real rival (another place of the same kind, or one far
        # away); the province around a city is not a rival of the city.
        rivals = [
            s
            for s, i, _l in ranked[1:]
            if gaz.kind_of(i) is gaz.kind_of(ti) or haversine_km(*gaz.coords(ti), *gaz.coords(i)) > 50
        ]
        margin = top - (rivals[0] if rivals else top - 1.0)
        conf = max(0.05, min(0.99, 0.5 + margin / 2)) * (1.0 if tl in ("exact", "article", "pin") else 0.85)
        if rival is not None:
            why.append(
                f"ambiguous: {gaz.name_of(rival[1])} ({gaz.country_of(rival[1])}) scores within "
                f"{AMBIGUITY_MARGIN} and lies "
                f"{haversine_km(*gaz.coords(ti), *gaz.coords(rival[1])):.0f} km away"
            )
            return Resolution.AMBIGUOUS, min(conf, 0.5), why
        return Resolution.RESOLVED, conf, why

    def _candidates_out(self, ranked: list[tuple[float, int, str]], n: int = 5) -> tuple[Candidate, ...]:
        return tuple(Candidate(self.gazetteer.place(i), round(s, 4)) for s, i, _ in ranked[:n])

    # -- public API -----------------------------------------------------------------------------
    def geocode(
        self,
        query: str,
        *,
        country: str | None = None,
        kind: Kind | None = None,
        context: Context | None = None,
    ) -> Geocoded:
        pin = self.pins.get(fold(query))
        if pin is not None:
            return Geocoded(
                query,
                Resolution.PINNED,
                pin.place,
                1.0,
                (Candidate(pin.place, 2.0),),
                (f"pinned by [places] {pin.name!r} in mapgen.toml",),
            )
        ctx = context or Context()
        if country:
            ctx = Context(
                {**ctx.countries, country.upper(): max(ctx.countries.values(), default=1.0)},
                list(ctx.anchors),
            )
        return self._geocode(query, kind, ctx, _Frame(self.gazetteer, ctx))

    def _geocode(self, query: str, kind: Kind | None, ctx: Context, frame: _Frame) -> Geocoded:
        """:meth:`geocode` without pins, for a context prepared as ``frame``."""
        ranked, away = self._rank(query, kind, ctx, frame)
        res, conf, why = self._decide(query, ranked)
        if away:
            gaz = self.gazetteer
            names = ", ".join(
                f"{gaz.name_of(i)} ({gaz.country_of(i)}, pop {gaz.population(i):,})" for _s, i, _l in away[:3]
            )
            why.append(
                f"set aside outside the report's countries: {names}"
                + ("" if ranked else "; pin the place in [places] of mapgen.toml if one of them is meant")
            )
        if ctx.countries:
            why.insert(
                0, "country context: " + ", ".join(f"{c} ({w:g})" for c, w in sorted(ctx.countries.items()))
            )
        if kind:
            why.insert(0, f"kind asked for: {kind.value}")
        place = self.gazetteer.place(ranked[0][1]) if ranked else None
        cands = self._candidates_out(ranked) if res is Resolution.AMBIGUOUS or len(ranked) > 1 else ()
        return Geocoded(query, res, place, conf, cands, tuple(why))

    def context_for(self, body: str, mentions: Sequence[Mention]) -> Context:
        from .mentions import country_context

        counts = country_context(body, self.gazetteer)
        return Context({cc: float(n) for cc, n in counts.items()})

    def resolve_mentions(self, body: str, mentions: Sequence[Mention]) -> Result[tuple[PlaceMention, ...]]:
        ctx = self.context_for(body, mentions)
        # The countries the text itself names: a back-reference prefers a place in one of them.
        # A country named once beside one named four times ("signed in Washington" in a Congo story) is
        # not home.
        top = max(ctx.countries.values(), default=0.0)
        home = frozenset(cc for cc, w in ctx.countries.items() if w >= top / 3)
        out: list[PlaceMention | None] = [None] * len(mentions)
        # Pass 1 with the countries the text names; pass 2 adds the confidently resolved places as
        # anchors and their countries as context ("Maiduguri" and "Borno state" say Nigeria even
        # when the report never writes the word), then resolves every mention again.
        for pass_no in (1, 2):
            # Within a pass the context is fixed, so each (name, kind) is resolved once.
            frame = _Frame(self.gazetteer, ctx)
            memo: dict[tuple[str, Kind | None], _Answer] = {}
            for n, m in enumerate(mentions):
                if not m.coref:
                    out[n] = self._resolve_one(m, ctx, frame, memo)
            if pass_no == 1:
                ctx = self._enriched(ctx, [pm for pm in out if pm is not None])
        sents: list[Any] | None = None
        for n, m in enumerate(mentions):
            if m.coref:
                if sents is None:
                    sents = sentences(body)  # only reports with back-references need them
                out[n] = resolve_back_reference(self.gazetteer, n, m, mentions, out, sents, home, body)
        problems: list[Problem] = []
        for pm in out:
            assert pm is not None
            p = _problem_for(pm)
            if p:
                problems.append(p)
        return Result(tuple(pm for pm in out if pm is not None), tuple(problems))

    def _enriched(self, ctx: Context, found: Sequence[PlaceMention]) -> Context:
        """The context after a first pass: anchors and the countries of strong, unambiguous matches."""
        countries = dict(ctx.countries)
        anchors = list(ctx.anchors)
        for pm in found:
            p = pm.place
            if p is None or pm.resolution not in (Resolution.RESOLVED, Resolution.PINNED):
                continue
            if p.kind is Kind.SETTLEMENT and pm.confidence >= 0.6:
                anchors.append((p.lat, p.lon))
            strong = pm.resolution is Resolution.PINNED or (
                pm.confidence >= 0.6
                and _fold(pm.mention.text) in (_fold(p.name), _strip(_fold(p.name)))
                and (p.kind is Kind.ADMIN1 or (p.population or 0) >= INFER_POPULATION)
            )
            if strong and p.country and p.kind is not Kind.COUNTRY and p.country not in ctx.countries:
                countries[p.country] = countries.get(p.country, 0.0) + 0.5
        return Context(countries, anchors)

    def _resolve_one(
        self,
        m: Mention,
        ctx: Context,
        frame: _Frame | None = None,
        memo: dict[tuple[str, Kind | None], _Answer] | None = None,
    ) -> PlaceMention:
        key = (m.text, m.kind_hint)
        ans = memo.get(key) if memo is not None else None
        if ans is None:
            ans = self._answer(m, ctx, frame or _Frame(self.gazetteer, ctx))
            if memo is not None:
                memo[key] = ans
        return PlaceMention(m, *ans)

    def _answer(self, m: Mention, ctx: Context, frame: _Frame) -> _Answer:
        """What a mention resolves to: everything of its :class:`PlaceMention` but the mention."""
        pin = self.pins.get(_fold(m.text)) if self.pins else None
        if pin is not None:
            g = self.geocode(m.text, kind=m.kind_hint, context=ctx)
        else:
            g = self._geocode(m.text, m.kind_hint, ctx, frame)
        place = g.place
        if (
            m.kind_hint is Kind.FACILITY
            and place is not None
            and ctx.countries
            and place.country not in ctx.countries
        ):
            # "the Ouagadougou conference center" in a report about Libya: not Burkina Faso.
            return (
                Resolution.UNRESOLVED,
                None,
                0.0,
                g.candidates,
                "a facility named after a place outside the report's countries",
            )
        if g.resolution is Resolution.UNRESOLVED:
            place = None
        return (
            g.resolution,
            place,
            g.confidence,
            g.candidates if g.resolution is Resolution.AMBIGUOUS else (),
            "; ".join(g.explanation),
        )


def _problem_for(pm: PlaceMention) -> Problem | None:
    m = pm.mention
    name = m.text
    if pm.resolution is Resolution.UNRESOLVED:
        if m.coref:
            return Problem(
                "unresolved-place",
                f"{name!r} at {m.start} refers to no earlier place of that kind",
                severity=Severity.INFO,
                detail={"place": name, "start": m.start},
            )
        return Problem(
            "unresolved-place",
            f"place {name!r} (at {m.start}) is not in the gazetteer; add a pin to [places] in "
            f'mapgen.toml, e.g. "{name}" = {{ lat = 0.0, lon = 0.0, country = "XX" }}',
            detail={"place": name, "start": m.start},
        )
    if pm.resolution is Resolution.AMBIGUOUS:
        opts = ", ".join(f"{c.place.name} ({c.place.country}, {c.place.key})" for c in pm.candidates[:3])
        best = pm.candidates[0].place.key if pm.candidates else "geonames:ID"
        return Problem(
            "ambiguous-place",
            f"place {name!r} (at {m.start}) is ambiguous: {opts}; it is not drawn as held. Pin "
            f'the right one in [places] of mapgen.toml, e.g. "{name}" = "{best}"',
            detail={"place": name, "start": m.start, "candidates": [c.place.key for c in pm.candidates]},
        )
    if pm.resolution is Resolution.ERROR:
        return Problem(
            "geocoder-error",
            f"place {name!r} (at {m.start}): {pm.note or 'online geocoder failed'};"
            " retry later or pin it in [places] of mapgen.toml",
            detail={"place": name},
        )
    return None


def default_resolver(config: Config | None = None, *, online: bool = False) -> Resolver:
    """The resolver for a configuration: offline gazetteer + ``[places]`` pins (+ geopy with ``online``)."""
    from .gazetteer import load_gazetteer

    config = config or Config()
    gaz = load_gazetteer()
    pins = parse_pins(config.section("places"), gaz, config)
    offline = OfflineResolver(gaz, pins)
    if online:
        from .geocoders import OnlineResolver

        return OnlineResolver(offline)
    return offline


__all__ = [
    "Context",
    "OfflineResolver",
    "Pin",
    "Resolver",
    "default_resolver",
    "haversine_km",
    "parse_pins",
    "replace",
]
