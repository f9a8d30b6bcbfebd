"""mapgen's Python API: the same operations as the command line, returning pandas/geopandas objects.

Examples
--------
>>> import mapgen.api as mg
>>> claims = mg.extract(["seeds/"])                     # doctest: +SKIP
>>> claims[["place", "actor", "status", "share_min"]]    # doctest: +SKIP
>>> mg.geocode("Deir ez-Zor").place.name                 # doctest: +SKIP
'Deir ez-Zor'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import geopandas as gpd
import pandas as pd

from .config import Config, as_config
from .model import Geocoded, Kind, Problem, Report
from .pipeline import Analysis, Context, analyse
from .records import CLAIM_FIELDS, PLACE_FIELDS, claim_dict, place_mention_dict

if TYPE_CHECKING:
    import folium

    from .build import BuildSummary
    from .storeview import StoreView

PathLike = str | Path


def read(
    paths: Iterable[PathLike], *, encoding: str = "utf-8", date: dt.date | None = None
) -> tuple[list[Report], tuple[Problem, ...]]:
    """Read reports (files or directories); return them and the problems with skipped files."""
    from .ingest import read_reports

    result = read_reports(paths, encoding=encoding, default_date=date)
    return result.value, result.problems


def analyse_paths(
    paths: Iterable[PathLike],
    *,
    config: Config | PathLike | None = None,
    encoding: str = "utf-8",
    date: dt.date | None = None,
    context: Context | None = None,
) -> tuple[list[Analysis], tuple[Problem, ...]]:
    """Run ingest, mentions, resolve and claims over reports; return analyses and every problem."""
    reports, problems = read(paths, encoding=encoding, date=date)
    ctx = context or Context.load(as_config(config))
    analyses = [analyse(r, ctx) for r in reports]
    found = tuple(ctx.problems) + problems + tuple(p for a in analyses for p in a.problems)
    return analyses, found


def _frame(rows: list[dict[str, object]], columns: Sequence[str]) -> gpd.GeoDataFrame:
    df = pd.DataFrame(rows, columns=list(columns))
    geometry = gpd.points_from_xy(df["lon"].astype(float), df["lat"].astype(float)) if len(df) else []
    return gpd.GeoDataFrame(df, geometry=geometry, crs="EPSG:4326")


def extract(
    paths: Iterable[PathLike],
    *,
    config: Config | PathLike | None = None,
    min_confidence: float = 0.5,
    encoding: str = "utf-8",
    date: dt.date | None = None,
) -> gpd.GeoDataFrame:
    """Control claims from reports as a GeoDataFrame (contract fields plus point geometry).

    Claims below ``min_confidence`` are left out. Problems (skipped files,
    unresolved names) are in ``frame.attrs["problems"]``.
    """
    analyses, problems = analyse_paths(paths, config=config, encoding=encoding, date=date)
    rows = [claim_dict(c) for a in analyses for c in a.claims if c.confidence >= min_confidence]
    frame = _frame(rows, CLAIM_FIELDS)
    frame.attrs["problems"] = [p.line() for p in problems]
    return frame


def places(
    paths: Iterable[PathLike],
    *,
    config: Config | PathLike | None = None,
    encoding: str = "utf-8",
    date: dt.date | None = None,
) -> gpd.GeoDataFrame:
    """Every place mention in the reports, resolved or not, as a GeoDataFrame."""
    analyses, problems = analyse_paths(paths, config=config, encoding=encoding, date=date)
    rows = [place_mention_dict(a.report, pm) for a in analyses for pm in a.places]
    frame = _frame(rows, PLACE_FIELDS)
    frame.attrs["problems"] = [p.line() for p in problems]
    return frame


def geocode(
    name: str,
    *,
    country: str | None = None,
    kind: Kind | None = None,
    online: bool = False,
    config: Config | PathLike | None = None,
) -> Geocoded:
    """Resolve one name offline (or with ``online=True`` through a geopy geocoder)."""
    from .resolve import default_resolver

    resolver = default_resolver(as_config(config), online=online)
    return resolver.geocode(name, country=country, kind=kind)


def build(
    paths: Sequence[PathLike] = ("seeds",),
    *,
    out: PathLike | None = "build/map.html",
    store: PathLike | None = None,
    as_of: dt.date | None = None,
    date: dt.date | None = None,
    config: Config | PathLike | None = None,
    progress: bool = False,
    **options: Any,
) -> BuildSummary:
    """Ingest reports into the store, extract, merge and write the map; return the build summary.

    The same as ``mapgen build``; ``options`` are passed on to :func:`mapgen.build.build`
    (``encoding``, ``strict``, ``wait``, ``engine`` ...).
    """
    from .build import build as _build

    return _build(
        paths,
        out=out,
        store=store,
        as_of=as_of,
        date=date,
        config=as_config(config),
        progress=progress,
        **options,
    )


def _view(
    store: PathLike | None, as_of: dt.date | None, config: Config | PathLike | None, out: PathLike
) -> StoreView:
    from .storeview import read_store

    return read_store(store, out=out, as_of=as_of, config=as_config(config))


def state(
    *,
    store: PathLike | None = None,
    as_of: dt.date | None = None,
    config: Config | PathLike | None = None,
    out: PathLike = "build/map.html",
) -> gpd.GeoDataFrame:
    """The state of control at ``as_of`` (default: the newest date) as a GeoDataFrame, one row per place."""
    from .records import STATE_FIELDS, plain

    view = _view(store, as_of, config, out)
    rows = [plain(s) for s in view.states]
    columns = list(dict.fromkeys(STATE_FIELDS + (list(rows[0]) if rows else [])))
    frame = _frame(rows, columns)
    frame.attrs["problems"] = [p.line() for p in view.problems]
    return frame


def claims(
    *,
    store: PathLike | None = None,
    config: Config | PathLike | None = None,
    out: PathLike = "build/map.html",
) -> gpd.GeoDataFrame:
    """Every claim in the store, as a GeoDataFrame."""
    view = _view(store, None, config, out)
    return _frame([claim_dict(c) for c in view.claims], CLAIM_FIELDS)


def history(
    place: str,
    *,
    store: PathLike | None = None,
    config: Config | PathLike | None = None,
    out: PathLike = "build/map.html",
) -> pd.DataFrame:
    """One place's timeline (by place key such as ``geonames:172955`` or by name as written)."""
    from .state import history as _history
    from .state import history_dict
    from .storeview import place_keys_named

    view = _view(store, None, config, out)
    rows = [history_dict(e) for key in place_keys_named(view, place) for e in _history(view.claims, key)]
    return pd.DataFrame(rows)


def diff(
    *,
    store: PathLike | None = None,
    since: dt.date | None = None,
    since_build: bool = False,
    as_of: dt.date | None = None,
    config: Config | PathLike | None = None,
    out: PathLike = "build/map.html",
) -> pd.DataFrame:
    """Gains, losses and newly contested places between the state at ``since`` and at ``as_of``
    (or, with ``since_build``, between the last two builds)."""
    from .state import change_dict
    from .storeview import store_changes

    view = _view(store, as_of, config, out)
    changes = store_changes(view, since=since, since_build=since_build)
    return pd.DataFrame([change_dict(c) for c in changes])


def map(
    *,
    store: PathLike | None = None,
    as_of: dt.date | None = None,  # noqa: A001 - mirrors the CLI noun
    config: Config | PathLike | None = None,
    out: PathLike = "build/map.html",
    tiles: str | None = None,
) -> folium.Map:
    """The control map of a store as a folium Map (display it in a notebook, or ``save_map`` it)."""
    from .actors import load_registry
    from .build import history_frames
    from .render import render_map

    cfg = as_config(config)
    view = _view(store, as_of, cfg, out)
    frames = history_frames(
        view.claims,
        as_of=as_of,
        window_days=view.window_days,
        stale_days=view.stale_days,
        corrections=view.corrections,
    )
    return render_map(
        view.states,
        view.claims,
        as_of=as_of,
        registry=load_registry(cfg).value,
        history=frames,
        problems=view.problems,
        tiles=tiles,
    )
