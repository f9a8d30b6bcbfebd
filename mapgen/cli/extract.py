"""``mapgen extract``: control claims from reports, without touching any store."""

from __future__ import annotations

import datetime as dt
from typing import Any

import click

from ..ingest import read_reports
from ..model import Problem, Severity
from ..pipeline import Context, analyse
from ..records import claim_dict, dumps
from .main import Echo, config_from, date_option, format_option, handle_errors, main, report_options
from .output import table

COLUMNS = [
    "report",
    "place",
    "name",
    "actor",
    "status",
    "share_min",
    "share_max",
    "attribution",
    "date",
    "date_precision",
    "confidence",
    "resolution",
    "qualifier",
]


@main.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@format_option("table", "jsonl", help="A table for people, or one JSON claim a line (the contract's Claim).")
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=0.5,
    show_default=True,
    metavar="X",
    help="Show only claims with confidence >= X (0-1).",
)
@date_option("--date", help="Publication date for reports without one (YYYY-MM-DD).")
@report_options
@handle_errors
def extract_cmd(
    paths: tuple[str, ...],
    fmt: str,
    min_confidence: float,
    date: dt.date | None,
    config_path: str | None,
    encoding: str,
    quiet: bool,
    verbose: bool,
) -> None:
    """Extract control claims (who holds, took, lost, besieges or attacks which place) from PATHS.

    PATHS are report files or folders (read recursively). Each claim carries its evidence
    sentence, offsets, date, attribution and confidence. Nothing is written to a store.
    Unresolved or ambiguous place names, skipped files and actors missing from the registry
    are listed on stderr.

    \b
    Examples:
      mapgen extract seeds/000_5f087e301ec6f340.txt
      mapgen extract reports/ --format jsonl > claims.jsonl
      mapgen extract report.txt --min-confidence 0.8 --date 2024-03-14
      mapgen extract reports/ --config mapgen.toml --encoding cp1252 --quiet

    Exit codes: 0 done, 1 no usable report (or a user error), 2 a usage error.
    """
    echo = Echo(quiet, verbose)
    config = config_from(config_path)
    reports = read_reports(paths, encoding=encoding, default_date=date)
    echo.problems(reports.problems)
    if not reports.value:
        click.echo("error: no usable report; check the paths and the messages above", err=True)
        raise click.exceptions.Exit(1)
    ctx = Context.load(config)
    echo.problems(ctx.problems)
    rows: list[dict[str, Any]] = []
    unregistered: dict[str, int] = {}
    for report in reports.value:
        analysis = analyse(report, ctx)
        echo.problems([p for p in analysis.problems if p.code != "unregistered-actor"])
        for claim in analysis.claims:
            if not claim.actor_registered:
                unregistered[claim.actor] = unregistered.get(claim.actor, 0) + 1
            if claim.confidence >= min_confidence:
                rows.append(claim_dict(claim))
    if fmt == "jsonl":
        for row in rows:
            click.echo(dumps(row))
    else:
        table(rows, COLUMNS, widths={"report": 28, "place": 22, "name": 22, "actor": 28, "attribution": 28})
    for actor, n in sorted(unregistered.items()):
        claims = f"{n} claim{'s' if n != 1 else ''}"
        echo.problem(
            Problem(
                "unregistered-actor",
                f"actor {actor!r} ({claims}) is not in the registry; add "
                "it to [actors] in mapgen.toml to give it a colour and aliases",
                None,
                Severity.WARNING,
            )
        )
    echo.debug(f"{len(rows)} claims at confidence >= {min_confidence} from {len(reports.value)} reports")
