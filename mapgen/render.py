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
from .mapdata import BYTES_PER_PLACE, CONTESTED_LAYER, NO_HOLDER_LAYER, map_data
from .model import Change, Claim, PlaceState, Problem
from .symbols import UNKNOWN_COLOR, actor_styles

CREDITS = "GeoNames (CC BY 4.0), Natural Earth (public domain)"
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


def _shape_lookup() -> Any:
    """``mapgen.geometry.shape_for`` when that module exists, else None (points only)."""
    try:
        from .geometry import shape_for
    except ImportError:
        return None
    return shape_for


def render_map(states: Sequence[PlaceState], claims: Sequence[Claim], *, as_of: dt.date | None,
               registry: Any | None = None,
               history: Sequence[tuple[dt.date, Sequence[PlaceState]]] = (),
               changes: Sequence[Change] = (), problems: Sequence[Problem] = (),
               title: str | None = None, tiles: str | None = None, max_claims: int = 5,
               populations: Mapping[str, int] | None = None,
               bytes_per_place: int | None = BYTES_PER_PLACE) -> folium.Map:
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
    shape_cache: dict[tuple[str, str | None], Any] = {}

    def shape_of(s: PlaceState) -> Any:
        if shape_for is None:
            return None
        key = (s.place_key, s.qualifier)
        if key not in shape_cache:
            shape_cache[key] = shape_for(s.place_key, s.qualifier)
        return shape_cache[key]

    past: list[tuple[dt.date, Sequence[PlaceState]]] = sorted(
        ((d, s) for d, s in history if as_of is None or d < as_of), key=lambda f: f[0])
    if as_of is None:
        latest = max((s.last_reported for s in states if s.last_reported), default=None)
        past = [f for f in past if latest is None or f[0] < latest]
        shown_date = latest
    else:
        shown_date = as_of
    core, tab, layer_names = map_data(
        states, claims, history=past, shown_date=shown_date, changes=changes, problems=problems,
        shape_of=shape_of, populations=populations, max_claims=max_claims, bytes_per_place=bytes_per_place)
    styles = actor_styles(tab.actors, registry)
    actors = [{"n": tab.t(a), "c": styles[a][0], "p": styles[a][1]} for a in tab.actors]
    bounds = core["bounds"]
    page_title = title if title is not None else "Territorial control"
    data: dict[str, Any] = {
        "title": page_title,
        "asOf": shown_date.isoformat() if shown_date else None,
        "credits": CREDITS,
        "T": tab.text,
        "A": actors,
        "P": core["P"],
        "G": core["G"],
        "C": core["C"],
        "F": core["F"],
        "X": core["X"],
        "L": [{"n": n, "k": "contested" if n == CONTESTED_LAYER else
               "none" if n == NO_HOLDER_LAYER else "actor",
               "a": tab.actor_ix.get(n, -1)} for n in layer_names],
        "Q": core["Q"],
        "unknown": UNKNOWN_COLOR,
        "bounds": bounds,
        "basemap": None if tiles else clipped(tuple(bounds) if bounds else None),
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
    if data["X"]:
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
