"""The ``mapgen`` command group, its shared options, and how errors reach the user.

Commands live one concept per module (``build.py``, ``extract.py`` ...) and are
thin: they parse options, call the Python API and print. Data goes to stdout;
messages and progress to stderr. A :class:`~mapgen.errors.MapgenError` becomes
one line on stderr and its exit code, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from ..config import Config, load_config
from ..errors import MapgenError
from ..model import Problem, Severity
from .output import clean

F = TypeVar("F", bound=Callable[..., Any])

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="mapgen")
def main() -> None:
    """Turn news reports about armed conflicts into a territorial-control map.

    \b
    Examples:
      mapgen build                      # seeds/ -> build/map.html and build/mapgen.sqlite
      mapgen build reports/ -o out/map.html
      mapgen extract seeds/000_5f087e301ec6f340.txt --format jsonl
      mapgen places reports/ --format table
      mapgen geocode "Deir ez-Zor" --explain

    Offline by default: nothing touches the network unless --online or --tiles is given.
    """


class Echo:
    """Messages to stderr, filtered by --quiet/--verbose; control characters never reach the terminal."""

    def __init__(self, quiet: bool = False, verbose: bool = False) -> None:
        self.quiet, self.verbose = quiet, verbose

    def info(self, message: str) -> None:
        if not self.quiet:
            click.echo(clean(message), err=True)

    def debug(self, message: str) -> None:
        if self.verbose and not self.quiet:
            click.echo(clean(message), err=True)

    def problem(self, p: Problem) -> None:
        # Errors and warnings always show, even with --quiet (never a silent drop); info only with --verbose.
        if p.severity is Severity.INFO:
            self.debug(f"note: {p.line()}")
        else:
            click.echo(clean(f"{p.severity.value}: {p.line()}"), err=True)

    def problems(self, problems: tuple[Problem, ...] | list[Problem]) -> None:
        for p in problems:
            self.problem(p)


def format_option(
    *choices: str, help: str = "A table for people, or one JSON object a line."
) -> Callable[[F], F]:
    """``--format`` with the given choices; the first is the default."""
    return click.option(
        "--format", "fmt", type=click.Choice(list(choices)), default=choices[0], show_default=True, help=help
    )


def store_option(help: str = "The store (default: build/mapgen.sqlite).") -> Callable[[F], F]:
    return click.option("--store", type=click.Path(dir_okay=False), default=None, metavar="PATH", help=help)


def config_option(
    help: str = "Configuration file (default: ./mapgen.toml when present).",
) -> Callable[[F], F]:
    return click.option(
        "--config", "config_path", type=click.Path(dir_okay=False), default=None, metavar="PATH", help=help
    )


quiet_option = click.option("--quiet", "-q", is_flag=True, help="Print only errors and warnings.")
verbose_option = click.option("--verbose", "-v", is_flag=True, help="Also print notes and per-file detail.")


def report_options(func: F) -> F:
    """--config, --encoding, --quiet, --verbose: shared by every command that reads reports."""
    func = verbose_option(func)
    func = quiet_option(func)
    func = click.option(
        "--encoding",
        default="utf-8",
        show_default=True,
        metavar="NAME",
        help="Text encoding of the reports (e.g. cp1252, latin-1).",
    )(func)
    return config_option()(func)


def date_option(*names: str, help: str) -> Callable[[F], F]:
    return click.option(
        *names,
        type=click.DateTime(formats=["%Y-%m-%d"]),
        default=None,
        metavar="DATE",
        callback=lambda _c, _p, v: v.date() if v else None,
        help=help,
    )


def config_from(path: str | None) -> Config:
    return load_config(path)


def handle_errors(func: F) -> F:
    """Turn user errors into one line and an exit code; keep tracebacks for real bugs."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except MapgenError as exc:
            click.echo(clean(f"error: {exc}"), err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("interrupted; outputs from before this run are intact", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.exit(0)

    return wrapper  # type: ignore[return-value]


def parse_date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD", param_hint=option) from None
