"""``mapgen state``, ``mapgen history PLACE``, ``mapgen diff``: the store read back."""

from __future__ import annotations

from typing import Any

import click

from ..errors import MapgenError
from ..records import jsonl, state_dict
from ..state import change_dict, history, history_dict
from ..storeview import place_keys_named, read_store, store_changes
from .main import (
    Echo,
    config_from,
    config_option,
    date_option,
    format_option,
    handle_errors,
    main,
    quiet_option,
    store_option,
)
from .output import table

FORMAT = format_option("table", "jsonl")
STORE = store_option()
CONFIG = config_option("Configuration with [corrections] (default: ./mapgen.toml when present).")
QUIET = quiet_option


def _holders(row: dict[str, Any]) -> str:
    parts = []
    for h in row["holders"]:
        share = ""
        if h["share_min"] is not None:
            lo, hi = round(h["share_min"] * 100), round((h["share_max"] or h["share_min"]) * 100)
            share = f" {lo}%" if lo == hi else f" {lo}-{hi}%"
        per = f" per {h['attribution']}" if h["attribution"] else ""
        parts.append(f"{h['actor']}{share}{per}")
    return "; ".join(parts)


@main.command("state")
@STORE
@date_option("--as-of", help="The date of the state (default: everything known).")
@FORMAT
@CONFIG
@QUIET
@handle_errors
def state_cmd(store: str | None, as_of: Any, fmt: str, config_path: str | None, quiet: bool) -> None:
    """The state of control of every place at a date, from the store.

    \b
    Examples:
      mapgen state
      mapgen state --as-of 2017-09-21 --format jsonl
      mapgen state --store out/mapgen.sqlite
    """
    view = read_store(store, as_of=as_of, config=config_from(config_path))
    Echo(quiet).problems(list(view.problems))
    rows = [state_dict(s) for s in view.states]
    if fmt == "jsonl":
        click.echo(jsonl(rows), nl=False)
        return
    for r in rows:
        r["holders_text"] = _holders(r)
        r["flags"] = ", ".join(f for f, on in (("stale", r["stale"]), ("pinned", r["pinned"])) if on)
    table(
        rows,
        ["name", "state", "holders_text", "attackers", "last_reported", "flags", "place_key"],
        widths={"holders_text": 70, "name": 30},
    )


@main.command("history")
@click.argument("place")
@STORE
@FORMAT
@CONFIG
@QUIET
@handle_errors
def history_cmd(place: str, store: str | None, fmt: str, config_path: str | None, quiet: bool) -> None:
    """One place's timeline: every claim about it, in date order, with the state it led to.

    PLACE is a place key (geonames:163915) or a name as shown by 'mapgen state'.

    \b
    Examples:
      mapgen history Raqqa
      mapgen history geonames:163915 --format jsonl
    """
    view = read_store(store, config=config_from(config_path))
    key = _place_key(place, view)
    entries = history(view.claims, key, window_days=view.window_days, corrections=view.corrections)
    rows = [history_dict(e) for e in entries]
    if fmt == "jsonl":
        click.echo(jsonl(rows), nl=False)
        return
    for r in rows:
        r["holders_after"] = ", ".join(str(h) for h in r["holders"])  # type: ignore[attr-defined]
    table(
        rows,
        [
            "date",
            "actor",
            "status",
            "share_min",
            "share_max",
            "attribution",
            "source",
            "state",
            "holders_after",
            "evidence",
        ],
        widths={"evidence": 60},
    )


def _place_key(place: str, view: Any) -> str:
    named = place_keys_named(view, place)
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        raise MapgenError(f"{place!r} names several places ({', '.join(named)}); give the place key")
    raise MapgenError(
        f"{place!r}: no claim about this place in {view.store_path}; 'mapgen state' lists places"
    )


@main.command("diff")
@STORE
@date_option("--since", help="Compare the state at this date with now (or --as-of).")
@click.option(
    "--since-build", is_flag=True, help="Compare the previous build's state with the latest build's."
)
@date_option("--as-of", help="The later state's date (default: everything known).")
@FORMAT
@CONFIG
@QUIET
@handle_errors
def diff_cmd(
    store: str | None,
    since: Any,
    since_build: bool,
    as_of: Any,
    fmt: str,
    config_path: str | None,
    quiet: bool,
) -> None:
    """Gains, losses, newly contested and new places between two states of control.

    Exit code 0 also when changes are found.

    \b
    Examples:
      mapgen diff --since 2017-09-01
      mapgen diff --since-build --format jsonl
    """
    if (since is None) == (not since_build):
        raise click.UsageError("give exactly one of --since DATE or --since-build")
    view = read_store(store, as_of=as_of, config=config_from(config_path))
    Echo(quiet).problems(list(view.problems))
    rows = [change_dict(c) for c in store_changes(view, since=since, since_build=since_build)]
    if fmt == "jsonl":
        click.echo(jsonl(rows), nl=False)
        return
    table(rows, ["change", "actor", "name", "before", "after", "place_key"])
    Echo(quiet).info(f"{len(rows)} change(s)")
