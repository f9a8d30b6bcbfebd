"""The map page's data block: places, claims, frames of the time slider, within a size budget (pure).

:func:`map_data` turns states, claims and history into the compact JSON the page
script (``static/mapgen.js``) reads. Repeated strings are interned once (``T``),
claims are rows referenced by index (``C``), places are rows (``P``), and each
frame (``F``) lists one entry per place. Past frames are written as changes
against the next newer frame (``"k": 1``; see :func:`expand_frames`), so a place
whose state did not change costs nothing.

Size: the page must stay under 1.5 KB per place plus the inlined assets. When the
past frames would push the data over ``bytes_per_place``, they are written with
less detail, one step at a time until it fits: first without their evidence list
(the current frame always keeps it), then without dates, then fewer of them (the
oldest dropped first). Small maps never reach the budget and keep everything.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from . import htmlsafe
from .model import Change, ChangeKind, Claim, ControlState, PlaceState, Problem
from .symbols import AREA_KINDS, KIND_CODES, STATE_CODES, radius_for

PROBLEM_CODES = ("unresolved-place", "ambiguous-place")
CONTESTED_LAYER = "Contested"
NO_HOLDER_LAYER = "No reported holder"
# The data's share of the 1.5 KB per place the page may use beyond its assets (the rest is headroom).
BYTES_PER_PLACE = 1200
Frame = tuple[dt.date | None, Sequence[PlaceState]]


class _Tables:
    """Interning tables, so repeated strings (sources, evidence, actors) are written once."""

    def __init__(self) -> None:
        self.text: list[str] = []
        self._text_ix: dict[str, int] = {}
        self.actors: list[str] = []
        self.actor_ix: dict[str, int] = {}

    def t(self, value: str | None) -> int:
        if value is None:
            return -1
        ix = self._text_ix.get(value)
        if ix is None:
            ix = self._text_ix[value] = len(self.text)
            self.text.append(value)
        return ix

    def a(self, actor: str) -> int:
        ix = self.actor_ix.get(actor)
        if ix is None:
            ix = self.actor_ix[actor] = len(self.actors)
            self.actors.append(actor)
        return ix


def _share(v: float | None) -> float | None:
    return None if v is None or v != v else round(float(v), 4)


def primary(state: PlaceState) -> str | None:
    """The holder a place's marker is filed under (largest reported share, then first listed)."""
    best: tuple[float, int, str] | None = None
    for i, h in enumerate(state.holders):
        share = max((s for s in (h.share_max, h.share_min) if s is not None), default=-1.0)
        key = (share, -i, h.actor)
        if best is None or key > best:
            best = key
    return best[2] if best else None


def _is_contested(state: PlaceState) -> bool:
    return state.state is ControlState.CONTESTED or len({h.actor for h in state.holders}) > 1


def layer_of(state: PlaceState) -> str:
    """The layer (actor, contested, no holder) a place's marker belongs to."""
    if _is_contested(state):
        return CONTESTED_LAYER
    return primary(state) or NO_HOLDER_LAYER


def _geojson_geometry(geom: Any) -> dict[str, Any] | None:
    """A polygonal shapely geometry as compact GeoJSON (simplified, rounded), or None."""
    from shapely.geometry import mapping

    if geom is None or geom.is_empty:
        return None
    polys = [g for g in getattr(geom, "geoms", [geom]) if g.geom_type in ("Polygon", "MultiPolygon")]
    if not polys:
        return None
    import shapely

    geom = shapely.union_all(polys) if len(polys) > 1 else polys[0]
    geom = geom.simplify(0.005, preserve_topology=True)
    gj = mapping(geom)

    def rnd(c: Any) -> Any:
        if c and isinstance(c[0], (int, float)):
            return [round(float(c[0]), 4), round(float(c[1]), 4)]
        return [rnd(x) for x in c]

    return {"type": gj["type"], "coordinates": rnd(gj["coordinates"])}


def _backs_a_share(c: Claim, state: PlaceState) -> bool:
    """Whether the claim is the source of a share the popup shows for a holder."""
    return any(h.actor == c.actor and (h.share_min is not None or h.share_max is not None)
               and (h.share_min, h.share_max, h.attribution) == (c.share_min, c.share_max, c.attribution)
               for h in state.holders)


def popup_claims(state: PlaceState, claims: list[Claim], limit: int) -> tuple[list[Claim], int]:
    """The claims a popup shows, and how many more there are.

    Claims are grouped by evidence sentence (one sentence often yields several
    claims) and ``limit`` counts sentences. Sentences behind a share the popup
    shows come first, so each figure has its evidence; then newest first.
    """
    ordered = sorted(claims, key=lambda c: (not _backs_a_share(c, state), _neg_order(c)))
    groups: dict[tuple[str, str | None], list[Claim]] = {}
    for c in ordered:
        groups.setdefault((c.evidence, c.report_id), []).append(c)
    chosen = list(groups.values())[:max(0, limit)]
    shown = [c for g in chosen for c in g]
    return shown, len(claims) - len(shown)


def _neg_order(c: Claim) -> tuple[int, float, str]:
    """Newest first, then most confident, then by id (a stable order)."""
    return (-(c.date or dt.date.min).toordinal(), -c.confidence, c.id)


def _population(state: PlaceState, populations: Mapping[str, int] | None) -> int | None:
    pop = getattr(state, "population", None)
    if pop:
        return int(pop)
    if populations:
        return populations.get(state.place_key)
    return None


def _problem_entries(problems: Sequence[Problem], undrawn: list[PlaceState]) -> list[dict[str, Any]]:
    counts: dict[tuple[str, str, str], int] = {}
    for p in problems:
        if p.code not in PROBLEM_CODES:
            continue
        detail = p.detail or {}
        name = str(detail.get("name") or detail.get("place") or detail.get("text") or p.message)
        label = "ambiguous" if p.code == "ambiguous-place" else "unresolved"
        key = (label, name, p.file or "")
        counts[key] = counts.get(key, 0) + 1
    out = [{"k": k[0], "n": k[1], "f": k[2], "c": c} for k, c in sorted(counts.items())]
    for s in undrawn:
        out.append({"k": "no coordinates", "n": s.name, "f": "", "c": 1})
    return out


class _ClaimIndex:
    """What the map needs from the claims, gathered in one pass (a store may hold 500,000 of them).

    The claims behind the drawn states (by id), every claim of the few places whose states name
    none (pinned places: their popup lists the place's newest claims), and per place how often
    each proper-noun spelling occurs (the label).
    """

    def __init__(self, claims: Sequence[Claim], frames: Sequence[Frame]) -> None:
        wanted: set[str] = set()
        for _, states in frames:
            for s in states:
                wanted.update(s.claim_ids)
        self.by_id: dict[str, Claim] = {}
        for c in claims:
            if c.id in wanted:
                self.by_id[c.id] = c
        bare = {s.place_key for _, states in frames for s in states
                if not any(i in self.by_id for i in s.claim_ids)}
        self.by_place: dict[str, list[Claim]] = {k: [] for k in bare}
        spelled: Counter[tuple[str | None, str]] = Counter((c.place_key, c.place) for c in claims)
        for c in claims:
            if c.place_key in self.by_place:
                self.by_place[c.place_key].append(c)
        self.spellings: dict[str, Counter[str]] = {}
        for (key, text), n in spelled.items():
            if key and text[:1].isupper():
                self.spellings.setdefault(key, Counter())[text] = n

    def of_state(self, s: PlaceState) -> list[Claim]:
        mine = [self.by_id[i] for i in s.claim_ids if i in self.by_id] or self.by_place.get(s.place_key, [])
        return list({c.id: c for c in mine}.values())


class _Builder:
    """One attempt at the data block, with a given level of detail for the past frames."""

    def __init__(self, index: _ClaimIndex, shape_of: Callable[[PlaceState], Any],
                 populations: Mapping[str, int] | None, max_claims: int) -> None:
        self.index, self.shape_of = index, shape_of
        self.populations, self.max_claims = populations, max_claims
        self.tab = _Tables()
        self.places: dict[str, dict[str, Any]] = {}
        self.place_ix: dict[str, int] = {}
        self.geoms: list[dict[str, Any]] = []
        self.undrawn: list[PlaceState] = []
        self.lats: list[float] = []
        self.lons: list[float] = []
        self.layer_names: list[str] = []
        self.layer_ix: dict[str, int] = {}
        self.claim_rows: list[dict[str, Any]] = []
        self.claim_ix: dict[str, int] = {}

    def place_row(self, s: PlaceState) -> int | None:
        if s.place_key in self.place_ix:
            return self.place_ix[s.place_key]
        tab = self.tab
        lat, lon = s.lat, s.lon
        geom_ix, approx = -1, False
        if s.kind in AREA_KINDS or s.qualifier:
            shp = self.shape_of(s)
            if shp is not None:
                gj = _geojson_geometry(getattr(shp, "geometry", None))
                if gj is not None:
                    geom_ix = len(self.geoms)
                    self.geoms.append(gj)
                    b = shp.geometry.bounds
                    self.lons.extend((b[0], b[2]))
                    self.lats.extend((b[1], b[3]))
                approx = bool(getattr(shp, "approximate", False))
                if shp.lat is not None and shp.lon is not None:
                    lat, lon = shp.lat, shp.lon
        if lat is None or lon is None or not (math.isfinite(lat) and math.isfinite(lon)):
            self.undrawn.append(s)
            return None
        self.lats.append(lat)
        self.lons.append(lon)
        # Label a place the way the reports spell it ("Raqa", "Homs"), not with GeoNames' transliteration
        # ("Ar Raqqah", "Ḩimş"): the most frequent proper-noun spelling; "the city" / "there" are
        # coreferences, not names. The gazetteer name stays searchable and is shown in the popup.
        spellings = self.index.spellings.get(s.place_key, Counter())
        label = min(spellings, key=lambda t: (-spellings[t], t)) if spellings else s.name
        row: dict[str, Any] = {"n": tab.t(label), "y": round(lat, 5), "x": round(lon, 5),
                               "t": KIND_CODES.get(s.kind, "s") if s.kind else "s",
                               "r": radius_for(_population(s, self.populations))}
        if label != s.name:
            row["gn"] = tab.t(s.name)
        if geom_ix >= 0:
            row["g"] = geom_ix
        if approx:
            row["ap"] = 1
        seen = {label.casefold(), s.name.casefold()}
        aliases = []
        for text in sorted(spellings):
            if text.casefold() not in seen:
                seen.add(text.casefold())
                aliases.append(tab.t(text))
        if aliases:
            row["al"] = aliases[:8]
        self.place_ix[s.place_key] = len(self.places)
        self.places[s.place_key] = row
        return self.place_ix[s.place_key]

    def layer(self, name: str) -> int:
        if name not in self.layer_ix:
            self.layer_ix[name] = len(self.layer_names)
            self.layer_names.append(name)
        return self.layer_ix[name]

    def claim_row(self, c: Claim) -> int:
        if c.id in self.claim_ix:
            return self.claim_ix[c.id]
        tab = self.tab
        row: dict[str, Any] = {"a": tab.a(c.actor), "s": str(c.status), "e": tab.t(c.evidence),
                               "d": c.date.isoformat() if c.date else None}
        if c.source:
            row["src"] = tab.t(c.source)
        url = htmlsafe.safe_url(c.url)
        if url:
            row["u"] = tab.t(url)
        if c.attribution:
            row["at"] = tab.t(c.attribution)
        if c.share_min is not None or c.share_max is not None:
            row["lo"], row["hi"] = _share(c.share_min), _share(c.share_max)
        if c.qualifier:
            row["q"] = tab.t(c.qualifier)
        self.claim_ix[c.id] = len(self.claim_rows)
        self.claim_rows.append(row)
        return self.claim_ix[c.id]

    def entry(self, s: PlaceState, ix: int, detail: int) -> dict[str, Any]:
        """A place in a frame; ``detail`` 2: everything, 1: no evidence list, 0: no dates either."""
        tab = self.tab
        e: dict[str, Any] = {"i": ix, "s": STATE_CODES.get(s.state, "h"), "L": self.layer(layer_of(s))}
        if s.holders:
            e["h"] = [[tab.a(h.actor), _share(h.share_min), _share(h.share_max), tab.t(h.attribution),
                       h.since.isoformat() if h.since and detail else None] for h in s.holders]
        if s.attackers:
            e["a"] = [tab.a(a) for a in s.attackers]
        if s.besiegers:
            e["b"] = [tab.a(a) for a in s.besiegers]
        if s.stale:
            e["o"] = 1
        if s.pinned:
            e["p"] = 1
        if s.qualifier:
            e["q"] = tab.t(s.qualifier)
        if s.last_reported and detail:
            e["d"] = s.last_reported.isoformat()
        if detail < 2:
            # How many claims stand behind it (their evidence: `mapgen history`); -1: not said, so
            # that an entry whose state did not change stays equal to the next frame's (no bytes).
            e["nc"] = len(self.index.of_state(s)) if detail else -1
            return e
        mine = self.index.of_state(s)
        shown, rest = popup_claims(s, mine, self.max_claims)
        if shown:
            e["c"] = [self.claim_row(c) for c in shown]
        if rest:
            e["m"] = rest
        return e

    def frames(self, frames_in: Sequence[Frame], detail: int) -> list[dict[str, Any]]:
        """Every frame's entries (the last one, the current frame, always in full detail)."""
        out = []
        for n, (d, fstates) in enumerate(frames_in):
            level = 2 if n == len(frames_in) - 1 else detail
            entries = []
            for s in sorted(fstates, key=lambda s: s.place_key):
                ix = self.place_row(s)
                if ix is not None:
                    entries.append(self.entry(s, ix, level))
            out.append({"d": d.isoformat() if d else None, "p": entries})
        return out


def encode_frames(frames: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Past frames as changes against the next newer frame (see :func:`expand_frames`).

    A past frame ``{"d", "k": 1, "p": [...], "r": [...]}`` lists the entries that differ from the
    next newer frame's (an entry for a place the newer frame lacks carries its position as ``"@"``)
    and, in ``r``, the places of the newer frame it lacks.
    """
    if not frames:
        return []
    out = [frames[-1]]
    for k in range(len(frames) - 2, -1, -1):
        newer = {e["i"]: e for e in frames[k + 1]["p"]}
        mine = frames[k]["p"]
        present = {e["i"] for e in mine}
        changed = []
        for pos, e in enumerate(mine):
            old = newer.get(e["i"])
            if old is None:
                changed.append({**e, "@": pos})
            elif old != e:
                changed.append(e)
        f: dict[str, Any] = {"d": frames[k]["d"], "k": 1, "p": changed}
        gone = [i for i in newer if i not in present]
        if gone:
            f["r"] = gone
        out.append(f)
    return out[::-1]


def expand_frames(frames: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The inverse of :func:`encode_frames` (what the page script does on load)."""
    out = [dict(f) for f in frames]
    for k in range(len(out) - 2, -1, -1):
        f = out[k]
        if not f.pop("k", None):
            continue
        changed = {e["i"]: e for e in f["p"] if "@" not in e}
        added = sorted((e for e in f["p"] if "@" in e), key=lambda e: e["@"])
        gone = set(f.pop("r", ()))
        entries = [changed.get(e["i"], e) for e in out[k + 1]["p"] if e["i"] not in gone]
        for e in added:
            entries.insert(e["@"], {x: v for x, v in e.items() if x != "@"})
        f["p"] = entries
    return out


def _size(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())


def map_data(
    states: Sequence[PlaceState], claims: Sequence[Claim], *, history: Sequence[Frame],
    shown_date: dt.date | None,
    changes: Sequence[Change], problems: Sequence[Problem], shape_of: Callable[[PlaceState], Any],
    populations: Mapping[str, int] | None, max_claims: int, bytes_per_place: int | None = BYTES_PER_PLACE,
) -> tuple[dict[str, Any], _Tables, list[str]]:
    """The data block (without the basemap and page settings), its tables and the layer names.

    Parameters
    ----------
    states, claims
        The current frame and the claims behind every frame.
    history
        Past frames, oldest first, all dated before ``shown_date``.
    shown_date
        The current frame's date.
    changes, problems
        The changes layer and the names listed as not on the map.
    shape_of
        A place's area shape (or None), for provinces, regions and qualified parts.
    populations, max_claims
        Marker sizes; sentences per popup.
    bytes_per_place
        The data's budget per place (None: no budget); past frames lose detail to fit.

    Returns
    -------
    (data, tables, layer names)
        ``data`` holds ``T A P G C F X L Q`` minus ``A`` (the caller styles the actors from ``tables``).
    """
    frames_in: list[Frame] = [*history, (shown_date, states)]
    index = _ClaimIndex(claims, frames_in)
    # Levels of detail for the past frames, richest first: (evidence/dates level, how many past frames).
    n = len(history)
    levels = [(2, n), (1, n), (0, n)] if n else [(2, 0)]
    keep = n
    while keep > 0:
        keep //= 2
        levels.append((0, keep))
    tried: set[tuple[int, int]] = set()
    while levels:
        detail, count = levels.pop(0)
        if (detail, count) in tried:
            continue
        tried.add((detail, count))
        b = _Builder(index, shape_of, populations, max_claims)
        frames = encode_frames(b.frames(frames_in[n - count:], detail))
        core = {"T": b.tab.text, "P": list(b.places.values()), "C": b.claim_rows, "F": frames}
        budget = bytes_per_place * max(1, len(b.places)) if bytes_per_place is not None else None
        size = _size(core)
        if budget is None or size <= budget:
            break
        if detail == 0 and count == n and count:
            # Past frames cost about their own (change-encoded) size: drop the oldest that overshoot.
            over, fit = size - budget, count
            for f in frames[:-1]:
                if over <= 0:
                    break
                over -= _size(f)
                fit -= 1
            fit = start = max(0, fit)
            levels = [(0, fit)]
            while fit > 0:  # the estimate is close: a step or two, then halve
                fit = fit - 1 if fit > start - 2 else fit // 2
                levels.append((0, fit))
    change_rows = _change_rows(changes, states, b)
    data: dict[str, Any] = {
        "T": b.tab.text, "P": list(b.places.values()), "G": b.geoms, "C": b.claim_rows, "F": frames,
        "X": change_rows, "Q": _problem_entries(problems, b.undrawn),
        "bounds": [min(b.lons), min(b.lats), max(b.lons), max(b.lats)] if b.lats else None,
    }
    return data, b.tab, b.layer_names


def _change_rows(
    changes: Sequence[Change], states: Sequence[PlaceState], b: _Builder
) -> list[dict[str, Any]]:
    """The changes layer (current frame only)."""
    # On a first build every place is "new" (and every contested place "newly contested"): that
    # says nothing about the war, so the layer only appears once there was a previous build.
    new_keys = {ch.place_key for ch in changes if ch.kind is ChangeKind.NEW}
    if new_keys and new_keys >= {s.place_key for s in states}:
        return []
    rows: list[dict[str, Any]] = []
    places, tab = b.places, b.tab
    for ch in sorted(changes, key=lambda c: (c.place_key, str(c.kind), c.actor or "")):
        lat, lon = ch.lat, ch.lon
        if (lat is None or lon is None) and ch.place_key in places:
            lat, lon = places[ch.place_key]["y"], places[ch.place_key]["x"]
        if lat is None or lon is None:
            continue
        row = {"k": str(ch.kind), "n": tab.t(ch.name), "y": round(lat, 5), "x": round(lon, 5),
               "a": tab.a(ch.actor) if ch.actor else -1,
               "r": places[ch.place_key]["r"] if ch.place_key in places else 6}
        if ch.before:
            row["from"] = str(ch.before)
        if ch.after:
            row["to"] = str(ch.after)
        rows.append(row)
    return rows
