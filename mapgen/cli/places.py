"""``mapgen places``: every place mention in reports, resolved offline (or with --online)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import click

from ..ingest import read_reports
from ..mentions import find_places
from ..records import dumps, place_mention_dict
from ..resolve import default_resolver
from .main import Echo, config_from, format_option, handle_errors, main, report_options
from .output import table

COLUMNS = [
    "report",
    "place",
    "start",
    "name",
    "place_key",
    "kind",
    "lat",
    "lon",
    "country",
    "resolution",
    "confidence",
    "coref",
]


@main.command("places")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@format_option("table", "jsonl")
@click.option(
    "--online", is_flag=True, help="Also ask an online geocoder (Nominatim) for names left unresolved."
)
@report_options
@handle_errors
def places_cmd(
    paths: tuple[str, ...],
    fmt: str,
    online: bool,
    config_path: str | None,
    encoding: str,
    quiet: bool,
    verbose: bool,
) -> None:
    """List every place mention in PATHS (files or folders) with its gazetteer entry.

    Each mention ends resolved, ambiguous (with candidates), unresolved or pinned (by the
    [places] section of mapgen.toml). "the city"-style back-references are listed with
    coref true and the place they refer to. Problems go to stderr.

    \b
    Examples:
      mapgen places seeds/000_5f087e301ec6f340.txt
      mapgen places reports/ --format jsonl > places.jsonl
      mapgen places report.txt --config mapgen.toml --encoding cp1252

    Exit codes: 0 done, 1 no usable report (or a user error), 2 a usage error.
    """
    echo = Echo(quiet, verbose)
    config = config_from(config_path)
    reports = read_reports(paths, encoding=encoding)
    echo.problems(reports.problems)
    if not reports.value:
        raise click.exceptions.Exit(_fail(echo, "no usable report; check the paths and the messages above"))
    resolver = default_resolver(config, online=online)
    echo.problems(resolver.problems)
    rows: list[dict[str, Any]] = []
    for report in reports.value:
        mentions = find_places(report.body, resolver)
        resolved = resolver.resolve_mentions(report.body, mentions.value)
        echo.problems(
            [p if p.file else replace(p, file=report.path) for p in mentions.problems + resolved.problems]
        )
        for pm in resolved.value:
            rows.append(place_mention_dict(report, pm))
    if fmt == "jsonl":
        for r in rows:
            click.echo(dumps(r))
    else:
        table(rows, COLUMNS, widths={"report": 28, "place": 24, "name": 24})
    echo.debug(f"{len(rows)} place mentions in {len(reports.value)} reports")


def _fail(echo: Echo, message: str) -> int:
    click.echo(f"error: {message}", err=True)
    return 1
