"""``mapgen geocode``: resolve one name, offline by default, and say why."""

from __future__ import annotations

import json
import sys

import click

from ..model import Kind, Resolution
from ..records import geocoded_dict
from ..resolve import default_resolver
from .main import Echo, config_from, config_option, handle_errors, main
from .output import clean, table


@main.command("geocode")
@click.argument("name")
@click.option(
    "--country",
    metavar="CC",
    default=None,
    help="Country context, ISO 3166-1 alpha-2 (e.g. SY): prefers places there.",
)
@click.option(
    "--kind",
    type=click.Choice([k.value for k in Kind]),
    default=None,
    help="The kind of place meant (e.g. admin1 for a province).",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--explain", is_flag=True, help="Show the candidates and why the winner won (stderr).")
@click.option(
    "--online", is_flag=True, help="Ask an online geocoder (Nominatim) when the gazetteer has no answer."
)
@config_option("Configuration file with [places] pins (default: ./mapgen.toml when present).")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors and warnings.")
@click.option("--verbose", "-v", is_flag=True, help="Also print notes.")
@handle_errors
def geocode_cmd(
    name: str,
    country: str | None,
    kind: str | None,
    fmt: str,
    explain: bool,
    online: bool,
    config_path: str | None,
    quiet: bool,
    verbose: bool,
) -> None:
    """Resolve one place NAME to a gazetteer entry.

    An ambiguous name prints the best candidate with resolution "ambiguous" and exits 0;
    an unknown one prints resolution "unresolved" with nulls and exits 1.

    \b
    Examples:
      mapgen geocode "Deir ez-Zor" --explain
      mapgen geocode Tripoli --country LY --format json
      mapgen geocode "Raqqa Governorate" --kind admin1
      mapgen geocode Novoxyzivka --online

    Exit codes: 0 resolved, pinned or ambiguous; 1 unresolved or a user error; 2 a usage error.
    """
    echo = Echo(quiet, verbose)
    if country is not None and (len(country) != 2 or not country.isalpha()):
        raise click.BadParameter(
            f"{country!r} is not an ISO 3166-1 alpha-2 code (e.g. SY)", param_hint="--country"
        )
    resolver = default_resolver(config_from(config_path), online=online)
    echo.problems(resolver.problems)
    g = resolver.geocode(
        name, country=country.upper() if country else None, kind=Kind(kind) if kind else None
    )
    record = geocoded_dict(g)
    if fmt == "json":
        # One line: scripts read JSON records line by line (contract_check does).
        click.echo(json.dumps(record, ensure_ascii=False, allow_nan=False))
    else:
        table(
            [record],
            [
                "query",
                "name",
                "place_key",
                "kind",
                "lat",
                "lon",
                "country",
                "population",
                "resolution",
                "confidence",
            ],
        )
    if explain:
        for line in g.explanation:
            click.echo(clean(f"  {line}"), err=True)
        if g.candidates:
            click.echo("candidates:", err=True)
            table(
                [
                    {
                        "name": c.place.name,
                        "place_key": c.place.key,
                        "kind": c.place.kind.value,
                        "country": c.place.country,
                        "population": c.place.population,
                        "lat": c.place.lat,
                        "lon": c.place.lon,
                        "score": round(c.score, 3),
                    }
                    for c in g.candidates
                ],
                ["name", "place_key", "kind", "country", "population", "lat", "lon", "score"],
                file=sys.stderr,
            )
    if g.resolution in (Resolution.UNRESOLVED, Resolution.ERROR):
        raise click.exceptions.Exit(1)
