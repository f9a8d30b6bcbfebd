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

import geopandas as gpd
import pandas as pd

from .config import Config, load_config
from .model import Geocoded, Kind, Problem, Report
from .pipeline import Analysis, Context, analyse
from .records import CLAIM_FIELDS, PLACE_FIELDS, claim_dict, place_mention_dict

PathLike = str | Path


def _config(config: Config | PathLike | None) -> Config:
    return config if isinstance(config, Config) else load_config(config)


def read(paths: Iterable[PathLike], *, encoding: str = "utf-8", date: dt.date | None = None
         ) -> tuple[list[Report], tuple[Problem, ...]]:
    """Read reports (files or directories); return them and the problems with skipped files."""
    from .ingest import read_reports

    result = read_reports(paths, encoding=encoding, default_date=date)
    return result.value, result.problems


def analyse_paths(paths: Iterable[PathLike], *, config: Config | PathLike | None = None, encoding: str = "utf-8",
                  date: dt.date | None = None, context: Context | None = None
                  ) -> tuple[list[Analysis], tuple[Problem, ...]]:
    """Run ingest, mentions, resolve and claims over reports; return analyses and every problem."""
    reports, problems = read(paths, encoding=encoding, date=date)
    ctx = context or Context.load(_config(config))
    analyses = [analyse(r, ctx) for r in reports]
    found = tuple(ctx.problems) + problems + tuple(p for a in analyses for p in a.problems)
    return analyses, found


def _frame(rows: list[dict[str, object]], columns: Sequence[str]) -> gpd.GeoDataFrame:
    df = pd.DataFrame(rows, columns=list(columns))
    geometry = gpd.points_from_xy(df["lon"].astype(float), df["lat"].astype(float)) if len(df) else []
    return gpd.GeoDataFrame(df, geometry=geometry, crs="EPSG:4326")


def extract(paths: Iterable[PathLike], *, config: Config | PathLike | None = None, min_confidence: float = 0.5,
            encoding: str = "utf-8", date: dt.date | None = None) -> gpd.GeoDataFrame:
    """Control claims from reports as a GeoDataFrame (contract fields plus point geometry).

    Claims below ``min_confidence`` are left out. Problems (skipped files,
    unresolved names) are in ``frame.attrs["problems"]``.
    """
    analyses, problems = analyse_paths(paths, config=config, encoding=encoding, date=date)
    rows = [claim_dict(c) for a in analyses for c in a.claims if c.confidence >= min_confidence]
    frame = _frame(rows, CLAIM_FIELDS)
    frame.attrs["problems"] = [p.line() for p in problems]
    return frame


def places(paths: Iterable[PathLike], *, config: Config | PathLike | None = None, encoding: str = "utf-8",
           date: dt.date | None = None) -> gpd.GeoDataFrame:
    """Every place mention in the reports, resolved or not, as a GeoDataFrame."""
    analyses, problems = analyse_paths(paths, config=config, encoding=encoding, date=date)
    rows = [place_mention_dict(a.report, pm) for a in analyses for pm in a.places]
    frame = _frame(rows, PLACE_FIELDS)
    frame.attrs["problems"] = [p.line() for p in problems]
    return frame


def geocode(name: str, *, country: str | None = None, kind: Kind | None = None, online: bool = False,
            config: Config | PathLike | None = None) -> Geocoded:
    """Resolve one name offline (or with ``online=True`` through a geopy geocoder)."""
    from .resolve import default_resolver

    resolver = default_resolver(_config(config), online=online)
    return resolver.geocode(name, country=country, kind=kind)
