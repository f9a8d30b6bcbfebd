"""Analyst corrections: the ``[corrections]`` section of ``mapgen.toml``.

Corrections are decisions a person made after reading the reports. They are
applied on every build, after extraction and before merging, so they survive
regeneration and are never overridden by new reports.

The TOML shape::

    [corrections]
    # claims to ignore, by claim id (the `id` column of `mapgen extract`)
    reject = ["3f1c0a9be2d47a10", "..."]

    # two names for one actor: the left one is rewritten to the right one
    [corrections.merge]
    "Hashd al-Shaabi" = "Iraqi government forces"

    # a holder decided by the analyst, from a date on (the place by key or by name)
    [[corrections.pin]]
    place = "geonames:163915"
    holder = "Syrian Democratic Forces"
    since = 2017-10-20
    note = "SDF declared victory; confirmed by the coalition"

A correction that matches nothing is reported as a problem, never ignored
silently. This module is pure: it reads a parsed :class:`~mapgen.config.Config`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, replace
from typing import Any

from .config import Config
from .model import Claim, Problem, Result, Severity
from .text import fold

ANALYST = "analyst decision"


@dataclass(frozen=True)
class Pin:
    """The analyst says ``holder`` holds ``place`` from ``since`` (None: always)."""

    place: str  # a place key ("geonames:163915") or a place name ("Raqqa")
    holder: str
    since: dt.date | None = None
    note: str | None = None
    line: int | None = None

    def matches(self, place_key: str, name: str | None) -> bool:
        if ":" in self.place:
            return place_key == self.place
        return name is not None and fold(name) == fold(self.place)


@dataclass(frozen=True)
class Corrections:
    """Every correction of one configuration."""

    reject: tuple[str, ...] = ()
    pins: tuple[Pin, ...] = ()
    merges: tuple[tuple[str, str], ...] = ()  # (from, to)
    path: str | None = None

    def __bool__(self) -> bool:
        return bool(self.reject or self.pins or self.merges)

    def canonical(self, actor: str) -> str:
        """The actor name after merges (followed transitively, cycles stop)."""
        table = dict(self.merges)
        seen = {actor}
        while actor in table and table[actor] not in seen:
            actor = table[actor]
            seen.add(actor)
        return actor


def load_corrections(config: Config | None) -> Result[Corrections]:
    """Read and validate ``[corrections]``; invalid entries are skipped and reported with line numbers."""
    config = config or Config()
    section = config.section("corrections")
    where = config.path or "mapgen.toml"
    problems: list[Problem] = []

    def bad(message: str, needle: str) -> None:
        line = config.line_of(needle) if needle else None
        at = f" (line {line})" if line else ""
        problems.append(
            Problem(
                "bad-correction",
                f"[corrections]{at}: {message}",
                where,
                Severity.ERROR,
                {"line": line} if line else {},
            )
        )

    known = {"reject", "pin", "merge"}
    for key in sorted(set(section) - known):
        bad(f"unknown key {key!r}; expected reject, [[corrections.pin]] or [corrections.merge]", key)

    reject: list[str] = []
    raw_reject = section.get("reject", [])
    if not isinstance(raw_reject, list):
        bad("'reject' must be a list of claim ids, e.g. reject = [\"3f1c0a9be2d47a10\"]", "reject")
        raw_reject = []
    for item in raw_reject:
        if not isinstance(item, str) or not item.strip():
            bad(f"reject entry {item!r} is not a claim id (a string of hex digits)", "reject")
            continue
        reject.append(item.strip().lower())

    merges: list[tuple[str, str]] = []
    raw_merge = section.get("merge", {})
    if not isinstance(raw_merge, Mapping):
        bad('[corrections.merge] must be a table of "from name" = "to name"', "merge")
        raw_merge = {}
    for src, dst in raw_merge.items():
        if not isinstance(dst, str) or not dst.strip():
            bad(f"merge of {src!r} must name the actor to merge into as a string", str(src))
            continue
        if src.strip() == dst.strip():
            bad(f"merge of {src!r} into itself does nothing; remove it", str(src))
            continue
        merges.append((src.strip(), dst.strip()))

    pins: list[Pin] = []
    raw_pins = section.get("pin", [])
    if isinstance(raw_pins, Mapping):
        raw_pins = [raw_pins]
    if not isinstance(raw_pins, list):
        bad("pins must be [[corrections.pin]] tables with place, holder and since", "pin")
        raw_pins = []
    for entry in raw_pins:
        pin = _pin(entry, config, bad)
        if pin:
            pins.append(pin)
    value = Corrections(tuple(dict.fromkeys(reject)), tuple(pins), tuple(sorted(set(merges))), config.path)
    return Result(value, tuple(problems))


def _pin(entry: Any, config: Config, bad: Any) -> Pin | None:
    if not isinstance(entry, Mapping):
        bad("each [[corrections.pin]] must be a table with place, holder and since", "corrections.pin")
        return None
    place, holder, since = entry.get("place"), entry.get("holder"), entry.get("since")
    needle = str(place) if place else "corrections.pin"
    if not isinstance(place, str) or not place.strip():
        bad('a pin needs place = "<place key or name>"', needle)
        return None
    if not isinstance(holder, str) or not holder.strip():
        bad(f'the pin of {place!r} needs holder = "<actor name>"', needle)
        return None
    if isinstance(since, dt.datetime):
        since = since.date()
    if isinstance(since, str):
        try:
            since = dt.date.fromisoformat(since.strip())
        except ValueError:
            bad(f"the pin of {place!r} has since = {since!r}, not a date; write since = 2017-10-20", needle)
            return None
    if since is not None and not isinstance(since, dt.date):
        bad(f"the pin of {place!r} has since = {since!r}, not a date; write since = 2017-10-20", needle)
        return None
    unknown = sorted(set(entry) - {"place", "holder", "since", "note"})
    if unknown:
        bad(f"the pin of {place!r} has unknown key {unknown[0]!r}; use place, holder, since, note", needle)
    note = entry.get("note")
    return Pin(place.strip(), holder.strip(), since, str(note) if note else None, config.line_of(needle))


def apply_to_claims(
    claims: Sequence[Claim], corrections: Corrections | None, *, report: bool = True
) -> Result[tuple[Claim, ...]]:
    """Drop rejected claims and rename merged actors; report rejects and merges that match nothing.

    With ``report=False`` nothing is reported: for callers that correct a part of the claims (one
    place) and check the corrections against the whole store with :func:`unmatched`.
    """
    if not corrections:
        return Result(tuple(claims))
    rejected = set(corrections.reject)
    seen_ids: set[str] = set()
    used_merges: set[str] = set()
    merge_from = {src for src, _ in corrections.merges}
    out: list[Claim] = []
    for c in claims:
        if c.id in rejected:
            seen_ids.add(c.id)
            continue
        if c.actor in merge_from:
            used_merges.add(c.actor)
            c = replace(c, actor=corrections.canonical(c.actor), actor_registered=True)
        out.append(c)
    return Result(tuple(out), unmatched(corrections, seen_ids, used_merges) if report else ())


def unmatched(
    corrections: Corrections, rejected_found: Set[str], merged_found: Set[str]
) -> tuple[Problem, ...]:
    """Problems for rejects whose claim id and merges whose actor were not found among the claims."""
    problems: list[Problem] = []
    where = corrections.path or "mapgen.toml"
    for rid in corrections.reject:
        if rid not in rejected_found:
            problems.append(
                Problem(
                    "correction-unmatched",
                    f"[corrections] reject {rid!r} matches no claim in "
                    "the store; check the id (mapgen extract --format jsonl shows ids)",
                    where,
                )
            )
    for src in sorted({src for src, _ in corrections.merges} - set(merged_found)):
        problems.append(
            Problem(
                "correction-unmatched",
                f"[corrections.merge] {src!r} matches no actor of any "
                "claim; check the spelling (mapgen state lists actors)",
                where,
            )
        )
    return tuple(problems)
