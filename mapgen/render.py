"""Build the interactive control map (folium) and save it as one self-contained HTML file.

The map is a folium ``Map`` holding one ``FeatureGroup`` per layer (actor,
contested, no reported holder, changes) and one :class:`MapData` element that
carries everything else as JSON: places, claims, actors, history frames, the
clipped basemap, the names that could not be placed. mapgen's own script
(``static/mapgen.js``) draws the symbols on a canvas (fast for 10,000 places),
and builds popups, tooltips, legend, search, problems panel and time slider
with ``textContent`` only. Strings that reach HTML on the Python side (layer
names, the page title) go through :mod:`mapgen.htmlsafe`.

JSON inside ``<script>`` is written with ``<``, ``>``, ``&`` and U+2028/2029
as ``\\uXXXX`` escapes, so neither ``</script>`` nor ``<!--`` can appear in it.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import folium
from branca.element import MacroElement
from jinja2 import Template

from . import htmlsafe
from .assets import inline_assets, static_text
from .basemap import clipped
from .fsio import write_text
from .model import Change, ChangeKind, Claim, ControlState, PlaceState, Problem
from .symbols import AREA_KINDS, KIND_CODES, STATE_CODES, UNKNOWN_COLOR, actor_styles, radius_for

CREDITS = "GeoNames (CC BY 4.0), Natural Earth (public domain)"
PROBLEM_CODES = ("unresolved-place", "ambiguous-place")
CONTESTED_LAYER = "Contested"
NO_HOLDER_LAYER = "No reported holder"
CHANGES_LAYER = "Changes since the previous build"
LEAFLET_JS = ("leaflet", "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js")
LEAFLET_CSS = ("leaflet_css", "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css")

_JSON_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                               "\u2028": "\\u2028", "\u2029": "\\u2029"})


def script_json(value: Any) -> str:
    """JSON safe to place inside an HTML ``<script>`` element (no ``</script>``, no ``<!--``)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.translate(_JSON_ESCAPES)


class MapData(MacroElement):
    """Carries the map's data as JSON plus mapgen's script and stylesheet, and starts the script."""

    _template = Template("""
{% macro html(this, kwargs) %}
<style>{{ this.css }}</style>
<script type="application/json" id="{{ this.get_name() }}_data">{{ this.data_json }}</script>
{% endmacro %}
{% macro script(this, kwargs) %}
{{ this.js }}
mapgen.init({{ this._parent.get_name() }}, {
  groups: [{% for g in this.groups %}{{ g.get_name() }}{% if not loop.last %}, {% endif %}{% endfor %}],
  changes: {% if this.changes_group %}{{ this.changes_group.get_name() }}{% else %}null{% endif %},
  data: JSON.parse(document.getElementById("{{ this.get_name() }}_data").textContent)
});
{% endmacro %}
""")

    def __init__(self, data: dict[str, Any], groups: list[folium.FeatureGroup],
                 changes_group: folium.FeatureGroup | None) -> None:
        super().__init__()
        self._name = "MapgenData"
        self.data = data
        self.data_json = script_json(data)
        self.groups = groups
        self.changes_group = changes_group
        self.css = static_text("mapgen.css")
        self.js = static_text("mapgen.js")


class _Tables:
    """Interning tables, so repeated strings (sources, evidence, actors) are written once."""

    def __init__(self) -> None:
        self.text: list[str] = []
        self._text_ix: dict[str, int] = {}
        self.actors: list[str] = []
        self._actor_ix: dict[str, int] = {}

    def t(self, value: str | None) -> int:
        if value is None:
            return -1
        ix = self._text_ix.get(value)
        if ix is None:
            ix = self._text_ix[value] = len(self.text)
            self.text.append(value)
        return ix

    def a(self, actor: str) -> int:
        ix = self._actor_ix.get(actor)
        if ix is None:
            ix = self._actor_ix[actor] = len(self.actors)
            self.actors.append(actor)
        return ix


def _share(v: float | None) -> float | None:
    return None if v is None or v != v else round(float(v), 4)


def _primary(state: PlaceState) -> str | None:
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


def _layer_of(state: PlaceState) -> str:
    if _is_contested(state):
        return CONTESTED_LAYER
    return _primary(state) or NO_HOLDER_LAYER


def _shape_lookup() -> Any:
    """``mapgen.geometry.shape_for`` when that module exists, else None (points only)."""
    try:
        from .geometry import shape_for
    except ImportError:
        return None
    return shape_for


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


def _claim_order(c: Claim) -> tuple[Any, ...]:
    return (c.date or dt.date.min, c.confidence, c.id)


def _backs_a_share(c: Claim, state: PlaceState) -> bool:
    """Whether the claim is the source of a share the popup shows for a holder."""
    return any(h.actor == c.actor and (h.share_min is not None or h.share_max is not None)
               and (h.share_min, h.share_max, h.attribution) == (c.share_min, c.share_max, c.attribution)
               for h in state.holders)


def _popup_claims(state: PlaceState, claims: list[Claim], limit: int) -> tuple[list[Claim], int]:
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


def render_map(states: Sequence[PlaceState], claims: Sequence[Claim], *, as_of: dt.date | None,
               registry: Any | None = None,
               history: Sequence[tuple[dt.date, Sequence[PlaceState]]] = (),
               changes: Sequence[Change] = (), problems: Sequence[Problem] = (),
               title: str | None = None, tiles: str | None = None, max_claims: int = 5,
               populations: Mapping[str, int] | None = None) -> folium.Map:
    """Build the control map.

    Parameters
    ----------
    states
        The state of each place at ``as_of`` (the map's current frame).
    claims
        Claims behind the states; a popup lists each place's newest ``max_claims``.
    as_of
        The date the map shows (``None``: the newest date reported).
    registry
        An actor registry with ``.color(name)``; None uses a colour-blind-safe palette.
    history
        Earlier states as ``(date, states)``, replayed by the time slider.
    changes
        Gains and losses since the previous build (the "changes" layer).
    problems
        Stage problems; unresolved and ambiguous names are listed in a panel.
    title, tiles, max_claims
        Map title; a web tile layer (offline vector basemap when None); claims per popup.
    populations
        Optional population per place key (marker size) when the states do not carry one.

    Returns
    -------
    folium.Map
        Nothing is written to disk; see :func:`save_map`.
    """
    shape_for = _shape_lookup()
    tab = _Tables()
    by_id = {c.id: c for c in claims}
    by_place: dict[str, list[Claim]] = {}
    for c in claims:
        if c.place_key:
            by_place.setdefault(c.place_key, []).append(c)

    past: list[tuple[dt.date, Sequence[PlaceState]]] = sorted(
        ((d, s) for d, s in history if as_of is None or d < as_of), key=lambda f: f[0])
    if as_of is None:
        latest = max((s.last_reported for s in states if s.last_reported), default=None)
        past = [f for f in past if latest is None or f[0] < latest]
        shown_date = latest
    else:
        shown_date = as_of
    frames_in: list[tuple[dt.date | None, Sequence[PlaceState]]] = [*past, (shown_date, states)]

    # Static place table: one row per place across every frame (the newest state wins).
    places: dict[str, dict[str, Any]] = {}
    place_ix: dict[str, int] = {}
    geoms: list[dict[str, Any]] = []
    shape_cache: dict[tuple[str, str | None], Any] = {}
    undrawn: list[PlaceState] = []
    lats: list[float] = []
    lons: list[float] = []

    def place_row(s: PlaceState) -> int | None:
        if s.place_key in place_ix:
            return place_ix[s.place_key]
        lat, lon = s.lat, s.lon
        geom_ix, approx = -1, False
        if shape_for is not None and (s.kind in AREA_KINDS or s.qualifier):
            key = (s.place_key, s.qualifier)
            if key not in shape_cache:
                shape_cache[key] = shape_for(s.place_key, s.qualifier)
            shp = shape_cache[key]
            if shp is not None:
                gj = _geojson_geometry(getattr(shp, "geometry", None))
                if gj is not None:
                    geom_ix = len(geoms)
                    geoms.append(gj)
                    b = shp.geometry.bounds
                    lons.extend((b[0], b[2]))
                    lats.extend((b[1], b[3]))
                approx = bool(getattr(shp, "approximate", False))
                if shp.lat is not None and shp.lon is not None:
                    lat, lon = shp.lat, shp.lon
        if lat is None or lon is None or not (math.isfinite(lat) and math.isfinite(lon)):
            undrawn.append(s)
            return None
        lats.append(lat)
        lons.append(lon)
        # Label a place the way the reports spell it ("Raqa", "Homs"), not with GeoNames' transliteration
        # ("Ar Raqqah", "Ḩimş"): the most frequent proper-noun spelling; "the city" / "there" are
        # coreferences, not names. The gazetteer name stays searchable and is shown in the popup.
        spellings = Counter(c.place for c in by_place.get(s.place_key, []) if c.place[:1].isupper())
        label = min(spellings, key=lambda t: (-spellings[t], t)) if spellings else s.name
        row: dict[str, Any] = {"n": tab.t(label), "y": round(lat, 5), "x": round(lon, 5),
                               "t": KIND_CODES.get(s.kind, "s") if s.kind else "s",
                               "r": radius_for(_population(s, populations))}
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
        place_ix[s.place_key] = len(places)
        places[s.place_key] = row
        return place_ix[s.place_key]

    layer_names: list[str] = []
    layer_ix: dict[str, int] = {}

    def layer(name: str) -> int:
        if name not in layer_ix:
            layer_ix[name] = len(layer_names)
            layer_names.append(name)
        return layer_ix[name]

    claim_rows: list[dict[str, Any]] = []
    claim_ix: dict[str, int] = {}

    def claim_row(c: Claim) -> int:
        if c.id in claim_ix:
            return claim_ix[c.id]
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
        claim_ix[c.id] = len(claim_rows)
        claim_rows.append(row)
        return claim_ix[c.id]

    def frame_entry(s: PlaceState, ix: int) -> dict[str, Any]:
        e: dict[str, Any] = {"i": ix, "s": STATE_CODES.get(s.state, "h"), "L": layer(_layer_of(s))}
        if s.holders:
            e["h"] = [[tab.a(h.actor), _share(h.share_min), _share(h.share_max), tab.t(h.attribution),
                       h.since.isoformat() if h.since else None] for h in s.holders]
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
        if s.last_reported:
            e["d"] = s.last_reported.isoformat()
        mine = [by_id[i] for i in s.claim_ids if i in by_id] or by_place.get(s.place_key, [])
        shown, rest = _popup_claims(s, list({c.id: c for c in mine}.values()), max_claims)
        if shown:
            e["c"] = [claim_row(c) for c in shown]
        if rest:
            e["m"] = rest
        return e

    frames: list[dict[str, Any]] = []
    for d, fstates in frames_in:
        entries = []
        for s in sorted(fstates, key=lambda s: s.place_key):
            ix = place_row(s)
            if ix is not None:
                entries.append(frame_entry(s, ix))
        frames.append({"d": d.isoformat() if d else None, "p": entries})

    # Changes layer (current frame only).
    change_rows: list[dict[str, Any]] = []
    # On a first build every place is "new" (and every contested place "newly contested"): that
    # says nothing about the war, so the layer only appears once there was a previous build.
    new_keys = {ch.place_key for ch in changes if ch.kind is ChangeKind.NEW}
    if new_keys and new_keys >= {s.place_key for s in states}:
        changes = ()
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
        change_rows.append(row)

    styles = actor_styles(tab.actors, registry)
    actors = [{"n": tab.t(a), "c": styles[a][0], "p": styles[a][1]} for a in tab.actors]

    bounds = (min(lons), min(lats), max(lons), max(lats)) if lats else None
    page_title = title if title is not None else "Territorial control"
    data: dict[str, Any] = {
        "title": page_title,
        "asOf": shown_date.isoformat() if shown_date else None,
        "credits": CREDITS,
        "T": tab.text,
        "A": actors,
        "P": list(places.values()),
        "G": geoms,
        "C": claim_rows,
        "F": frames,
        "X": change_rows,
        "L": [{"n": n, "k": "contested" if n == CONTESTED_LAYER else
               "none" if n == NO_HOLDER_LAYER else "actor",
               "a": tab._actor_ix.get(n, -1)} for n in layer_names],
        "Q": _problem_entries(problems, undrawn),
        "unknown": UNKNOWN_COLOR,
        "bounds": list(bounds) if bounds else None,
        "basemap": None if tiles else clipped(bounds),
    }

    center = [(bounds[1] + bounds[3]) / 2, (bounds[0] + bounds[2]) / 2] if bounds else [20.0, 0.0]
    m = folium.Map(location=center, zoom_start=5 if bounds else 2, tiles=None, prefer_canvas=True,
                   control_scale=True)
    # Only Leaflet is needed; the other folium defaults (jQuery, Bootstrap, Font Awesome) are not.
    m.default_js = [LEAFLET_JS]
    m.default_css = [LEAFLET_CSS]
    m.get_root().title = str(htmlsafe.escape(page_title))  # type: ignore[attr-defined]
    if tiles:
        custom = "{" in tiles
        folium.TileLayer(tiles, attr="Map tiles: see the tile provider" if custom else None,
                         control=False).add_to(m)

    def label(name: str, ix: int) -> str:
        color = styles[name][0] if name in styles else (UNKNOWN_COLOR if name == NO_HOLDER_LAYER else "#444")
        cls = "mg-sw mg-sw-contested" if name == CONTESTED_LAYER else "mg-sw"
        return str(htmlsafe.html('<span class="{cls}" style="background:{c}"></span>{name}',
                                 cls=cls, c=color, name=name))

    groups: list[folium.FeatureGroup] = []
    for i, n in enumerate(layer_names):
        group = folium.FeatureGroup(name=label(n, i), show=True)
        group.add_to(m)
        groups.append(group)
    changes_group: folium.FeatureGroup | None = None
    if change_rows:
        name = htmlsafe.html('<span class="mg-sw mg-sw-change"></span>{n}', n=CHANGES_LAYER)
        changes_group = folium.FeatureGroup(name=str(name), show=True)
        changes_group.add_to(m)
    MapData(data, groups, changes_group).add_to(m)
    folium.LayerControl(collapsed=len(groups) > 10).add_to(m)
    # In a notebook, show the self-contained page too (folium's own display links CDNs).
    m._repr_html_ = functools.partial(notebook_html, m)  # type: ignore[method-assign]
    return m


def notebook_html(m: folium.Map, height: int = 600) -> str:
    """The map as an inline, sandboxed iframe for Jupyter (works offline)."""
    return str(htmlsafe.html(
        '<iframe srcdoc="{doc}" style="width:100%;height:{h}px;border:0" '
        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>',
        doc=render_html(m), h=height))


def render_html(m: folium.Map) -> str:
    """The map as one self-contained HTML page (every asset inlined, no CDN reference)."""
    page = m.get_root().render()
    return inline_assets(page)


def save_map(m: folium.Map, path: str | Path) -> None:
    """Write ``m`` to ``path`` as one self-contained HTML file, atomically.

    Every script and stylesheet is inlined; no reference to a CDN remains, so the
    file opens with no network (web tiles only when the map was built with ``tiles``).
    """
    write_text(path, render_html(m))
