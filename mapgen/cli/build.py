"""``mapgen build``: reports in, store updated, map out."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click

from ..build import MAX_PRINTED_CHANGES, BuildSummary, build
from ..model import Change
from .main import Echo, config_from, date_option, handle_errors, main, report_options, store_option


def build_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options of ``build``, shared with ``watch``."""
    func = report_options(func)
    func = click.option(
        "--engine",
        type=click.Choice(["local", "dask"]),
        default="local",
        show_default=True,
        help="Run extraction here, or over Dask (pip install 'mapgen[scale]').",
    )(func)
    func = click.option(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="With --engine dask: the Dask scheduler (tcp://host:8786); default: a local cluster.",
    )(func)
    func = click.option("--no-wait", is_flag=True, help="Exit 3 at once when another build holds the store.")(
        func
    )
    func = click.option(
        "--wait",
        type=click.FloatRange(min=0),
        default=None,
        metavar="SECONDS",
        help="Wait at most this long for another build holding the store (default: until "
        "it finishes); then exit 3.",
    )(func)
    func = click.option("--json", "as_json", is_flag=True, help="Print the build summary as JSON on stdout.")(
        func
    )
    func = click.option(
        "--strict",
        is_flag=True,
        help="Treat every problem (unresolved place, skipped file...) as an error: exit 1 and write nothing.",
    )(func)
    func = date_option("--date", help="Publication date for reports that carry none (YYYY-MM-DD).")(func)
    func = date_option("--as-of", help="Draw the state of control at this date (default: everything known).")(
        func
    )
    func = store_option("The store (default: mapgen.sqlite beside the map).")(func)
    func = click.option(
        "--online", is_flag=True,
        help="Resolve names the gazetteer lacks with an online geocoder (Nominatim).",
    )(func)
    func = click.option(
        "--tiles", default=None, metavar="URL",
        help="Add a web tile layer (an XYZ URL template or a folium tile name such as OpenStreetMap); "
             "off by default, so the map needs no network.",
    )(func)
    func = click.option(
        "-o",
        "--output",
        "out",
        type=click.Path(dir_okay=False),
        default="build/map.html",
        show_default=True,
        metavar="FILE",
        help="Where to write the map.",
    )(func)
    return func


@main.command("build")
@click.argument("paths", nargs=-1, type=click.Path())
@build_options
@handle_errors
def build_cmd(paths: tuple[str, ...], **opts: Any) -> None:
    """Ingest reports into the store, merge the state of control, and write the map.

    PATHS are report files or folders (default: seeds/). The store is cumulative:
    'mapgen build new.txt' adds a report and withdraws nothing; a report is withdrawn
    only when its file is gone from a folder given in this run.

    \b
    Examples:
      mapgen build                                # seeds/ -> build/map.html, build/mapgen.sqlite
      mapgen build reports/ -o out/map.html --as-of 2017-09-21
      mapgen build new-report.txt --no-wait --json
      mapgen build reports/ --strict              # any problem: exit 1, nothing written

    Exit codes: 0 done (also when some files were skipped with a message), 1 a user error or no
    usable report, 2 a usage error, 3 another build holds the store (--no-wait, or --wait ran out).
    """
    run_build(paths, **opts)


def run_build(
    paths: tuple[str, ...],
    *,
    out: str,
    store: str | None,
    as_of: Any,
    date: Any,
    strict: bool,
    as_json: bool,
    wait: float | None,
    no_wait: bool,
    engine: str,
    config_path: str | None,
    scheduler: str | None = None,
    tiles: str | None = None,
    online: bool = False,
    encoding: str,
    quiet: bool,
    verbose: bool,
) -> BuildSummary:
    echo = Echo(quiet, verbose)
    summary = build(
        paths or ("seeds",),
        out=out,
        store=store,
        as_of=as_of,
        date=date,
        config=config_from(config_path),
        encoding=encoding,
        strict=strict,
        wait=0 if no_wait else wait,
        engine=engine,
        scheduler=scheduler,
        tiles=tiles,
        online=online,
        progress=not quiet,
        on_wait=lambda: echo.info(
            "another build is running on this store; waiting for it (--no-wait to exit instead)"
        ),
    )
    print_summary(summary, echo, as_json=as_json)
    return summary


def print_summary(s: BuildSummary, echo: Echo, *, as_json: bool = False) -> None:
    echo.problems(list(s.problems))
    if as_json:
        click.echo(json.dumps(s.to_dict(), ensure_ascii=False, allow_nan=False, sort_keys=False))
    parts = [f"{s.reports_new} new", f"{s.reports_changed} changed", f"{s.reports_unchanged} unchanged"]
    if s.reports_skipped:
        parts.append(f"{s.reports_skipped} skipped")
    if s.reports_withdrawn:
        parts.append(f"{s.reports_withdrawn} withdrawn")
    echo.info(
        f"reports: {', '.join(parts)}; {s.reports_total} in the store"
        + (f" ({s.duplicates} repeated stories counted once)" if s.duplicates else "")
    )
    echo.info(f"{s.claims} claims, {s.places} places" + (f" as of {s.as_of.isoformat()}" if s.as_of else ""))
    if s.unregistered_actors:
        echo.info(
            "unregistered actors (add them to [actors] in mapgen.toml): " + ", ".join(s.unregistered_actors)
        )
    if s.unresolved:
        echo.info("unresolved places (pin them in [places]): " + ", ".join(s.unresolved))
    if s.ambiguous:
        echo.info("ambiguous places (not drawn; pin them in [places]): " + ", ".join(s.ambiguous))
    label = "on the map (first build)" if s.first_build else "since the previous build"
    if s.changes:
        echo.info(f"changes {label}: {len(s.changes)}")
        limit = None if echo.verbose else MAX_PRINTED_CHANGES
        for c in s.changes[:limit]:
            echo.info("  " + change_line(c))
        if limit is not None and len(s.changes) > limit:
            echo.info(f"  ... and {len(s.changes) - limit} more (mapgen diff --since-build lists them all)")
    else:
        echo.info(f"no changes {label}")
    if s.map_path:
        echo.info(f"map: {s.map_path}")
    echo.debug(f"store: {s.store_path}; {s.elapsed:.2f} s")


def change_line(c: Change) -> str:
    who = f" {c.actor}" if c.actor else ""
    state = f" ({c.before.value if c.before else '-'} -> {c.after.value if c.after else '-'})"
    return f"{c.kind.value}{who}: {c.name} [{c.place_key}]{state}"
