"""Reading a store back: its claims and the state merged from them (``state``, ``diff``, ``export``, the API).

Nothing here writes: the state the last build stored is reused when the as-of date and the settings match,
else merged in memory.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .config import Config, as_config
from .corrections import load_corrections
from .errors import MapgenError
from .incremental import merge_store
from .model import Change, Claim, PlaceState, Problem
from .state import diff, state_from_dict
from .store import default_store_path, open_store

PathLike = str | Path


def state_options(cfg: Config) -> tuple[int, int]:
    """``[state] window_days``/``stale_days`` from mapgen.toml (defaults 3 and 90)."""
    sec = cfg.section("state")
    window, stale = sec.get("window_days", 3), sec.get("stale_days", 90)
    for name, value in (("window_days", window), ("stale_days", stale)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise MapgenError(f"{cfg.path or 'mapgen.toml'}: [state] {name} must be a whole number of days")
    return window, stale


@dataclasses.dataclass(frozen=True)
class StoreView:
    """The claims of a store and the state merged from them (what ``state``, ``diff``, ``export`` read)."""

    store_path: Path
    claims: tuple[Claim, ...]
    states: tuple[PlaceState, ...]
    problems: tuple[Problem, ...]
    builds: tuple[dict[str, Any], ...]
    window_days: int = 3
    stale_days: int = 90
    corrections: Any = None


def read_store(
    store: PathLike | None = None,
    *,
    out: PathLike = "build/map.html",
    as_of: dt.date | None = None,
    config: Config | PathLike | None = None,
    builds: int = 2,
) -> StoreView:
    """Open an existing store read-only in spirit, merge its claims at ``as_of`` with the corrections.

    Raises
    ------
    StoreError
        When there is no store (run ``mapgen build`` first), or it is corrupt or too new.
    """
    cfg = as_config(config)
    path = Path(store) if store is not None else default_store_path(out)
    corr = load_corrections(cfg)
    window, stale_days = state_options(cfg)
    with open_store(path, create=False) as st:
        claims = tuple(st.claims())
        recent = tuple(st.builds(builds))
        # The states the last build stored are reused when as_of and the settings match (else merged
        # here, per place); nothing is written.
        merged = merge_store(
            st, as_of=as_of, window_days=window, stale_days=stale_days, corrections=corr.value, save=False
        )
    return StoreView(
        path, claims, merged.states, corr.problems + merged.problems, recent, window, stale_days, corr.value
    )


def store_changes(
    view: StoreView, *, since: dt.date | None = None, since_build: bool = False
) -> tuple[Change, ...]:
    """Gains, losses and newly contested places: the view's state against its state at ``since``, or the
    last build against the one before it (``since_build``). What ``mapgen diff`` and ``api.diff`` show.

    Raises
    ------
    MapgenError
        With ``since_build`` when the store has no build recorded yet.
    """
    from .state import merge

    if since_build:
        if not view.builds:
            raise MapgenError(f"{view.store_path}: no build recorded yet; run 'mapgen build'")
        after = [state_from_dict(d) for d in view.builds[0]["state"]]
        before = [state_from_dict(d) for d in view.builds[1]["state"]] if len(view.builds) > 1 else []
        return diff(before, after)
    earlier: Sequence[PlaceState] = (
        merge(
            view.claims,
            as_of=since,
            window_days=view.window_days,
            stale_days=view.stale_days,
            corrections=view.corrections,
        ).value
        if since
        else ()
    )
    return diff(earlier, view.states)


def place_keys_named(view: StoreView, place: str) -> list[str]:
    """The place keys a user's ``place`` names in the store: the key itself, or every place whose resolved
    name or written name folds to it (sorted). What ``mapgen history`` and ``api.history`` look up."""
    from .text import fold

    keys = {c.place_key for c in view.claims if c.place_key}
    if place in keys:
        return [place]
    wanted = fold(place)
    return sorted(
        {c.place_key for c in view.claims if c.place_key and wanted in (fold(c.name or ""), fold(c.place))}
    )
