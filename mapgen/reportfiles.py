"""The report files of a build: which exist, their signatures (size and mtime) and content hashes.

What :func:`mapgen.ingest.discover` finds, listed fast with ``os.scandir``, each with the signature that
tells an unchanged file from a changed one without reading it (:mod:`mapgen.build` re-reads a file only
when its signature moved or it was modified too recently to trust mtime), and the hash of its bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .ingest import Source
from .model import Problem, Result

PathLike = str | Path
RACY_NS = 2_000_000_000  # files modified less than this long ago are not skipped by size and mtime


Stat = tuple[str, bool]  # a file's signature (see file_stat) and whether it is too recent to trust


def scan_reports(paths: Sequence[PathLike], options: str) -> Result[list[tuple[Source, str, Stat | None]]]:
    """What :func:`mapgen.ingest.discover` finds, each with its real path and its :func:`file_stat`.

    Directories are listed with ``os.scandir`` (one listing tells which sidecars exist, a file's type
    comes with its name, and the real path of a file that is not a symlink is its folder's real path
    and its name): ~4x faster than ``discover`` + ``realpath`` + ``stat`` on 10,000 files, with the
    same files in the same order (tested). Files given by name go through ``discover`` itself.
    """
    from .ingest import REPORT_SUFFIXES, SIDECAR_SUFFIX, discover

    out: list[tuple[Source, str, Stat | None]] = []
    problems: list[Problem] = []
    now = time.time_ns()  # once, before any stat: a file is judged racy no later than it would be
    for arg in paths:
        root = Path(arg)
        if not root.is_dir():
            one = discover([arg])
            problems.extend(one.problems)
            out.extend((src, os.path.realpath(src.path), file_stat(src.path, options)) for src in one.value)
            continue
        real_root = os.path.realpath(root)
        found: list[tuple[tuple[str, ...], os.DirEntry[str], os.DirEntry[str] | None]] = []
        stack: list[tuple[str, tuple[str, ...]]] = [(str(root), ())]
        while stack:
            folder, prefix = stack.pop()
            try:
                with os.scandir(folder) as it:
                    entries = {e.name: e for e in it}
            except PermissionError:  # as Path.rglob: an unreadable folder is passed over
                continue
            except OSError:
                continue
            for name, e in entries.items():
                # Hidden files and folders are not reports (discover skips any hidden part); symlinked
                # folders are not entered (as rglob), symlinked files are read.
                if name.startswith("."):
                    continue
                try:
                    if e.is_dir(follow_symlinks=False):
                        stack.append((e.path, (*prefix, name)))
                        continue
                    if not e.is_file():
                        continue
                except OSError:
                    continue
                dot = name.rfind(".")
                suffix = name[dot:] if 0 < dot < len(name) - 1 else ""  # as PurePath.suffix
                if name.endswith(SIDECAR_SUFFIX) or suffix.lower() not in REPORT_SUFFIXES:
                    continue
                found.append(((*prefix, name), e, entries.get(name + SIDECAR_SUFFIX)))
        found.sort(key=_parts)  # the order of sorted(Path objects): by parts
        for parts, e, side in found:
            src = Source(root.joinpath(*parts), "/".join(parts), root)
            real = os.path.realpath(e.path) if e.is_symlink() else os.path.join(real_root, *parts)
            out.append((src, real, _entry_stat(e, side, options, now)))
    return Result(out, tuple(problems))


def _parts(item: tuple[tuple[str, ...], Any, Any]) -> tuple[str, ...]:
    return item[0]


def _entry_stat(e: os.DirEntry[str], side: os.DirEntry[str] | None, options: str, now: int) -> Stat | None:
    """:func:`file_stat` from directory entries (the sidecar's entry None: there is none)."""
    try:
        a = e.stat()
    except OSError:
        return None
    newest = a.st_mtime_ns
    sidesig = "-"
    if side is not None:
        try:
            b = side.stat()
            sidesig = f"{b.st_size}:{b.st_mtime_ns}"
            newest = max(newest, b.st_mtime_ns)
        except OSError:
            pass
    return f"{a.st_size}:{a.st_mtime_ns}:{sidesig}|{options}", now - newest < RACY_NS


def file_stat(path: Path, options: str) -> tuple[str, bool] | None:
    """Size and mtime of a report and its sidecar plus the read options (equal means unchanged), and
    whether either was modified so recently that size and mtime alone cannot be trusted."""
    from .ingest import SIDECAR_SUFFIX

    try:
        a = path.stat()
    except OSError:
        return None
    newest = a.st_mtime_ns
    try:
        b = path.with_name(path.name + SIDECAR_SUFFIX).stat()
        side = f"{b.st_size}:{b.st_mtime_ns}"
        newest = max(newest, b.st_mtime_ns)
    except OSError:
        side = "-"
    racy = time.time_ns() - newest < RACY_NS
    return f"{a.st_size}:{a.st_mtime_ns}:{side}|{options}", racy


def content_hash(path: Path, *, sidecar: bool = True) -> str | None:
    """A hash of a report's bytes and its sidecar's (None when unreadable); ``sidecar=False``: the file's
    signature says it has none (no failing open per file)."""
    from .ingest import SIDECAR_SUFFIX

    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            h.update(fh.read())
    except OSError:
        return None
    if sidecar:
        with contextlib.suppress(OSError):
            h.update(b"\0" + path.with_name(path.name + SIDECAR_SUFFIX).read_bytes())
    return h.hexdigest()[:24]
