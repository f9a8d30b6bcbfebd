"""``mapgen watch DIR``: rebuild whenever the reports in a folder change (polling, no extra dependency)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import click

from ..errors import LockHeld, MapgenError
from .build import build_options, run_build
from .main import Echo, handle_errors, main
from .output import clean


def snapshot(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """(path, size, mtime_ns) of every file under ``folder`` except hidden ones: what a change changes."""
    out = []
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not p.is_file():
            continue
        try:
            st = p.stat()
        except OSError:
            continue
        out.append((rel.as_posix(), st.st_size, st.st_mtime_ns))
    return tuple(out)


@main.command("watch")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@build_options
@click.option(
    "--interval",
    type=click.FloatRange(min=0.05),
    default=2.0,
    show_default=True,
    metavar="SECONDS",
    help="How often to look for changes.",
)
@click.option("--max-iterations", type=int, default=None, hidden=True, help="Stop after N polls (tests).")
@handle_errors
def watch_cmd(folder: str, interval: float, max_iterations: int | None, **opts: Any) -> None:
    """Build now, then rebuild whenever a report in FOLDER is added, changed or removed.

    Takes every 'mapgen build' option. Ctrl-C stops watching; the outputs of the last
    finished build are intact.

    \b
    Examples:
      mapgen watch reports/
      mapgen watch reports/ -o out/map.html --interval 10
    """
    echo = Echo(opts["quiet"], opts["verbose"])
    root = Path(folder)
    last: tuple[tuple[str, int, int], ...] | None = None
    polls = 0
    try:
        while max_iterations is None or polls < max_iterations:
            polls += 1
            now = snapshot(root)
            if now != last:
                last = now
                try:
                    run_build((folder,), **opts)
                except LockHeld as exc:
                    echo.info(f"skipped this round: {exc}")
                    last = None  # try again next poll
                except MapgenError as exc:  # a bad round must not stop the watch
                    click.echo(clean(f"error: {exc}"), err=True)
                echo.info(f"watching {folder} (Ctrl-C to stop)")
            time.sleep(interval)
    except KeyboardInterrupt:
        echo.info("stopped watching; the last map is intact")
