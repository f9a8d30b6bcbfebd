"""``mapgen check``: validate mapgen.toml (every section) and report files, with line numbers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from ..config import Config, load_config
from ..corrections import load_corrections
from ..errors import ConfigError, MapgenError
from ..ingest import discover, iter_reports
from ..model import Problem, Severity
from .main import Echo, config_option, handle_errors, main, store_option


def check_config(config: Config) -> list[Problem]:
    """Every problem of every section of ``config`` ([actors], [places], [corrections], [state], [map])."""
    where = config.path or "mapgen.toml"
    problems: list[Problem] = []

    def section(name: str, run: Callable[[], Any]) -> None:
        try:
            found = run()
        except ConfigError as exc:
            problems.append(Problem("bad-config", str(exc).removeprefix(f"{where}: "), where, Severity.ERROR))
            return
        except ImportError:
            problems.append(
                Problem("unchecked", f"[{name}] not checked: its module is missing", where, Severity.INFO)
            )
            return
        problems.extend(getattr(found, "problems", ()) or ())

    def actors() -> Any:
        from ..actors import load_registry

        return load_registry(config)

    def places() -> Any:
        from ..resolve import default_resolver

        return default_resolver(config)

    if config.section("actors"):
        section("actors", actors)
    if config.section("places"):
        section("places", places)
    problems.extend(load_corrections(config).problems)
    state = config.section("state")
    for key in sorted(state):
        value = state[key]
        line = config.line_of(key)
        at = f" (line {line})" if line else ""
        if key not in ("window_days", "stale_days"):
            problems.append(
                Problem(
                    "bad-config",
                    f"[state]{at}: unknown key {key!r}; use window_days or stale_days",
                    where,
                    Severity.ERROR,
                )
            )
        elif not isinstance(value, int) or isinstance(value, bool) or value < 0:
            problems.append(
                Problem(
                    "bad-config", f"[state]{at}: {key} must be a whole number of days", where, Severity.ERROR
                )
            )
    return problems


@main.command("check")
@click.argument("paths", nargs=-1, type=click.Path())
@config_option()
@click.option(
    "--encoding", default="utf-8", show_default=True, metavar="NAME", help="Encoding of the reports."
)
@click.option("--quiet", "-q", is_flag=True, help="Print only errors and warnings.")
@click.option("--verbose", "-v", is_flag=True, help="Also print notes.")
@store_option("Also check every page of this store (a build checks them only after an unclean shutdown).")
@handle_errors
def check_cmd(
    paths: tuple[str, ...],
    config_path: str | None,
    encoding: str,
    quiet: bool,
    verbose: bool,
    store: str | None = None,
) -> None:
    """Validate mapgen.toml and, when given, report files and a store; exit 1 on any error.

    Every section is checked ([actors], [places], [corrections], [state]) and each
    error names its line. Report files are read as 'build' would read them.

    \b
    Examples:
      mapgen check
      mapgen check --config my.toml reports/
      mapgen check --store build/mapgen.sqlite
    """
    echo = Echo(quiet, verbose)
    if store is not None:
        from ..store import open_store

        # A corrupt, truncated or too new store: StoreError with the way to rebuild it, exit 1.
        with open_store(store, create=False, verify=True) as st:
            n = st.counts()["reports"]
        echo.info(f"{store}: store OK ({n} report(s))")
    config = load_config(config_path)  # invalid TOML: ConfigError with the line, exit 1
    problems = check_config(config)
    if paths:
        found = discover(paths)
        problems.extend(found.problems)
        n = 0
        for item in iter_reports(found.value, encoding=encoding):
            problems.extend(item.problems)
            n += item.value is not None
        echo.info(f"{n} of {len(found.value)} report file(s) readable")
    echo.problems(problems)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    name = config.path or "no mapgen.toml"
    if errors:
        raise MapgenError(f"{name}: {len(errors)} error(s); fix the lines above")
    echo.info(f"{name}: OK" + (f" ({len(problems)} warning(s))" if problems else ""))
