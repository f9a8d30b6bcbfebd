"""``mapgen export``: the state and the claims as GeoPackage, GeoJSON, CSV, PNG or PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..build import build
from ..export import FORMATS, LAYERS, default_output, export
from ..storeview import read_store
from .main import Echo, config_from, date_option, handle_errors, main, report_options, store_option


@main.command("export")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    required=True,
    help="gpkg (layers state, state_areas, claims), geojson, csv, png or pdf.",
)
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(dir_okay=False),
    default=None,
    metavar="FILE",
    help="Where to write (default: beside the store: state.geojson, claims.csv, mapgen.gpkg, map.png).",
)
@click.option(
    "--layer",
    type=click.Choice(LAYERS),
    default=None,
    help="What GeoJSON/CSV hold (default: GeoJSON the state, CSV the claims).",
)
@store_option()
@date_option("--as-of", help="Export the state at this date (default: everything known).")
@date_option("--date", help="Publication date for reports that carry none (with PATHs).")
@click.option("--width", type=int, default=1600, show_default=True, help="Image width in pixels (png/pdf).")
@click.option("--height", type=int, default=900, show_default=True, help="Image height in pixels (png/pdf).")
@click.option(
    "--preset",
    type=click.Choice(["slide"]),
    default=None,
    help="slide: larger text, no interactive controls (png/pdf).",
)
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=None,
    metavar="SECONDS",
    help="With PATHs: wait at most this long for another build (then exit 3).",
)
@click.option(
    "--no-wait", is_flag=True, help="With PATHs: exit 3 at once when another build holds the store."
)
@report_options
@handle_errors
def export_cmd(
    paths: tuple[str, ...],
    fmt: str,
    out: str | None,
    layer: str | None,
    store: str | None,
    as_of: Any,
    date: Any,
    width: int,
    height: int,
    preset: str | None,
    wait: float | None,
    no_wait: bool,
    config_path: str | None,
    encoding: str,
    quiet: bool,
    verbose: bool,
) -> None:
    """Write the state of control and the claims in another format.

    With PATHs, the reports are first ingested into the store like 'mapgen build'
    does (same lock); without, the store is exported as it is.

    \b
    Examples:
      mapgen export --format geojson -o state.geojson
      mapgen export --format csv --layer claims -o claims.csv
      mapgen export --format gpkg -o control.gpkg --as-of 2017-09-21
      mapgen export reports/ --format png --preset slide -o slide.png
    """
    echo = Echo(quiet, verbose)
    config = config_from(config_path)
    if paths:
        s = build(
            paths,
            out=None,
            store=store or "build/mapgen.sqlite",
            date=date,
            config=config,
            encoding=encoding,
            wait=0 if no_wait else wait,
            progress=not quiet,
            on_wait=lambda: echo.info("another build is running on this store; waiting for it"),
        )
        echo.problems(list(s.problems))
        echo.info(
            f"reports: {s.reports_new} new, {s.reports_changed} changed; {s.reports_total} in the store"
        )
    view = read_store(store, as_of=as_of, config=config)
    echo.problems(list(view.problems))
    target = (
        Path(out)
        if out
        else default_output(fmt, layer or ("claims" if fmt == "csv" else "state"), view.store_path.parent)
    )
    registry = None
    populations: dict[str, int] = {}
    if fmt in ("png", "pdf"):
        # The actor colours and the gazetteer's populations (marker sizes), as the build's map has them.
        from ..build import populations as populations_of
        from ..pipeline import Context

        ctx = Context.load(config)
        registry = ctx.registry
        populations = populations_of(view.states, ctx.resolver)
    result = export(
        target,
        view.states,
        view.claims,
        fmt=fmt,
        layer=layer,
        as_of=as_of,
        registry=registry,
        width=width,
        height=height,
        preset=preset,
        populations=populations,
    )
    echo.problems(list(result.problems))
    echo.info(f"{fmt}: {target} ({len(view.states)} places, {len(view.claims)} claims)")
