"""The pure part of the pipeline: one report in, its place mentions and claims out.

``analyse`` is a pure function of (report, context) so the build can run it
in this process or on a Dask worker. A :class:`Context` holds what is loaded
once per process (the gazetteer index, the actor registry, the configuration)
and fingerprints it, so the store knows when stored claims are stale.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from .config import Config
from .model import Claim, PlaceMention, Problem, Report

if TYPE_CHECKING:
    from .actors import ActorRegistry

# Bump when extraction or resolution changes what they return for the same text:
# every stored report is then re-extracted on the next build.
PIPELINE_VERSION = "1"


@dataclass(frozen=True)
class Analysis:
    """Everything the pure stages found in one report."""

    report: Report
    places: tuple[PlaceMention, ...]
    claims: tuple[Claim, ...]
    problems: tuple[Problem, ...] = ()


@dataclass
class Context:
    """What extraction needs, loaded once per process."""

    config: Config = field(default_factory=Config)
    resolver: object | None = None  # mapgen.resolve.Resolver
    registry: object | None = None  # mapgen.actors.ActorRegistry
    problems: tuple[Problem, ...] = ()

    @classmethod
    def load(cls, config: Config | None = None, *, online: bool = False) -> Context:
        """Load the gazetteer, the user's pins and the actor registry (with ``[actors]`` applied)."""
        from .actors import load_registry
        from .resolve import default_resolver

        config = config or Config()
        resolver = default_resolver(config, online=online)
        registry = load_registry(config)
        problems = tuple(getattr(resolver, "problems", ())) + tuple(registry.problems)
        return cls(config=config, resolver=resolver, registry=registry.value, problems=problems)

    @property
    def fingerprint(self) -> str:
        """Changes whenever extraction could give other claims for the same text."""
        parts = [
            PIPELINE_VERSION,
            self.config.digest,
            str(getattr(self.registry, "digest", "")),
            str(getattr(self.resolver, "digest", "")),
        ]
        return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def analyse(report: Report, ctx: Context) -> Analysis:
    """Find, resolve and extract: mentions -> resolve -> claims, for one report."""
    from .claims import extract_claims
    from .mentions import find_places

    mentions = find_places(report.body, ctx.resolver)
    resolved = ctx.resolver.resolve_mentions(report.body, mentions.value)  # type: ignore[attr-defined]
    registry = cast("ActorRegistry", ctx.registry)
    places, dropped = _not_actors(resolved.value, registry)
    claims = extract_claims(report, places, registry)
    found = tuple(p for p in resolved.problems if p.detail.get("start") not in dropped)
    problems = tuple(_named(p, report.path) for p in mentions.problems + found + claims.problems)
    return Analysis(report, places, claims.value, problems)


def _not_actors(
    places: Sequence[PlaceMention], registry: ActorRegistry
) -> tuple[tuple[PlaceMention, ...], set[int]]:
    """Drop the names of armed actors the gazetteer knows as some village but could not place here
    ("the Taliban overran the city"): they are actors, not unresolved places to report. A name that
    resolved ("Russia", "Moscow") stays a place."""
    dropped = {
        pm.mention.start
        for pm in places
        if pm.place is None
        and not pm.mention.coref
        and (actor := registry.get(pm.mention.text)) is not None
        and pm.mention.text in (actor.name, *actor.aliases)
    }
    if not dropped:
        return tuple(places), dropped
    return tuple(pm for pm in places if pm.mention.start not in dropped), dropped


def _named(problem: Problem, path: str) -> Problem:
    if problem.file:
        return problem
    from dataclasses import replace

    return replace(problem, file=path)
