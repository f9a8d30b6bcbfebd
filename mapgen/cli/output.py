"""Terminal output: tables and lines that untrusted text cannot take over.

Report text may hold ANSI escape sequences or control characters; they are
replaced before anything is written to a terminal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import click

_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]")
_CTRL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Drop ANSI escapes and control characters (keeps newlines and tabs)."""
    return _CTRL.sub("\ufffd", _ANSI.sub("", text))


def cell(value: Any, width: int | None = None) -> str:
    if value is None:
        text = ""
    elif isinstance(value, float):
        text = f"{value:.4g}"
    elif isinstance(value, list | tuple):
        text = ", ".join(cell(v) for v in value)
    else:
        text = str(value)
    text = clean(text).replace("\n", " ").replace("\t", " ")
    if width and len(text) > width:
        text = text[: width - 1] + "\u2026"
    return text


def table(
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[str],
    *,
    widths: Mapping[str, int] | None = None,
    file: Any = None,
) -> int:
    """Print rows as an aligned plain-text table on stdout; return the number of rows."""
    widths = widths or {}
    data = [[cell(r.get(c), widths.get(c)) for c in columns] for r in rows]
    sizes = [max([len(c)] + [len(row[i]) for row in data]) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(sizes[i]) for i, c in enumerate(columns)).rstrip(), file=file)
    for row in data:
        click.echo("  ".join(v.ljust(sizes[i]) for i, v in enumerate(row)).rstrip(), file=file)
    return len(data)
