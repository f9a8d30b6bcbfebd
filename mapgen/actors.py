"""The actor registry: canonical names, the names the press uses, sides, colours and conflicts.

The registry ships as ``geodata/actors.toml`` (installed as ``mapgen.geodata``); users extend or
override it in the ``[actors]`` section of ``mapgen.toml``::

    [actors."Liwa al-Quds"]            # a new actor
    aliases = ["Liwa al-Quds militia", "Quds Brigade"]
    color = "#aa3377"
    countries = ["SY"]

    [actors."Islamic State"]           # an existing one: extra aliases, another colour
    aliases = ["Daech"]
    color = "#222222"

Finding actors in a body (one pass over the text, generic names resolved by the country a passage
is about) lives in :mod:`mapgen.actorfind`; :meth:`ActorRegistry.find` is its entry point.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import tomllib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib.resources import files
from typing import Any

from .config import Config
from .model import ActorMention, Problem, Result, Severity

UNREGISTERED_COLOR = "#9e9e9e"  # neutral grey: an actor nobody has described yet
KINDS = ("state", "foreign", "coalition", "rebel", "jihadist", "separatist", "militia", "paramilitary")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_CC = re.compile(r"^[A-Z]{2}$")
_USER_KEYS = {
    "aliases",
    "generic",
    "adjectives",
    "color",
    "colour",
    "side",
    "kind",
    "conflicts",
    "countries",
    "government_of",
    "government_from",
    "government_until",
    "active_from",
    "active_until",
    "branches",
}
# Fallback palette for user actors without a colour (colour-blind-safe Tol "muted" scheme).
_PALETTE = ("#cc6677", "#332288", "#ddcc77", "#117733", "#88ccee", "#882255", "#44aa99", "#999933", "#aa4499")


@dataclass(frozen=True)
class Actor:
    """One armed actor. ``generic`` names mean this actor only in a passage about one of its ``countries``."""

    name: str
    aliases: tuple[str, ...]
    side: str | None
    color: str
    conflicts: tuple[str, ...]
    countries: tuple[str, ...]
    registered: bool = True
    generic: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    kind: str | None = None
    government_of: tuple[str, ...] = ()
    # When it is (or was) that government, as ISO dates (either open): "government forces" in a report
    # about Libya dated March 2011 are Gaddafi's, in one dated 2019 the GNA's.
    government_from: str | None = None
    government_until: str | None = None
    # (country, actor): in a passage about that country the name means that branch ("Islamic State" in a
    # report about Nigeria is ISWAP), when the branch is registered.
    branches: tuple[tuple[str, str], ...] = ()
    # When the actor fought, as ISO dates (either open). Outside that period its generic names, adjectives
    # and the anaphors' country fallback never mean it: "the rebels" in Rwanda are the RPF's in 1994, not
    # in a 2024 report about Rwandan troops in Congo. Its own names always do.
    active_from: str | None = None
    active_until: str | None = None

    def active(self, when: str | None) -> bool:
        """Whether the actor fought on ``when`` (an ISO date; None: today, so only an open period)."""
        if when is None:
            return self.active_until is None
        return (self.active_from or "") <= when <= (self.active_until or "9999")


@dataclass
class ActorRegistry:
    """The effective registry (package data plus the user's ``[actors]``), with a matcher built lazily."""

    actors: tuple[Actor, ...]
    government_generic: tuple[str, ...] = ()
    government_adjectives: tuple[str, ...] = ()
    anaphors: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    countries: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Seats of government that stand for their state in wire copy ("Kyiv said", "Ankara launched").
    capitals: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # States that seceded: successor -> (the state it left, the ISO date of independence). Before that date
    # the successor's territory was governed by the other ("the army" at Juba in 1997 is Sudan's).
    secessions: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    _by_name: dict[str, Actor] = field(default_factory=dict, init=False, repr=False)
    _by_fold: dict[str, Actor] = field(default_factory=dict, init=False, repr=False)
    _matcher: Any = field(default=None, init=False, repr=False)
    _digest: str | None = field(default=None, init=False, repr=False)
    _states: frozenset[str] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_name = {a.name: a for a in self.actors}
        for a in self.actors:
            for n in (a.name, *a.aliases):
                self._by_fold.setdefault(n.casefold(), a)

    # -- look-ups ---------------------------------------------------------------------------------
    def get(self, name: str) -> Actor | None:
        """The actor with this canonical name or alias (aliases ignore case), or None."""
        return self._by_name.get(name) or self._by_fold.get(name.casefold())

    def color(self, name: str) -> str:
        """The map colour of an actor; a neutral grey for actors the registry does not know."""
        actor = self._by_name.get(name)
        return actor.color if actor else UNREGISTERED_COLOR

    @property
    def states(self) -> frozenset[str]:
        """The names of states' forces (kinds state, foreign, coalition); everyone else is an armed group."""
        if self._states is None:
            kinds = ("state", "foreign", "coalition")
            self._states = frozenset(a.name for a in self.actors if a.kind in kinds)
        return self._states

    @property
    def digest(self) -> str:
        """A hash of the effective registry: it changes whenever matching could give other actors."""
        if self._digest is None:
            canon = json.dumps(
                [
                    self.actors,
                    self.government_generic,
                    self.government_adjectives,
                    sorted(self.anaphors.items()),
                    sorted(self.countries.items()),
                    sorted(self.capitals.items()),
                ],
                default=lambda o: o.__dict__,
                sort_keys=True,
                ensure_ascii=False,
            )
            self._digest = hashlib.sha256(canon.encode()).hexdigest()[:16]
        return self._digest

    def find(
        self,
        body: str,
        *,
        countries: Collection[str] = (),
        anchors: Sequence[tuple[int, str]] = (),
        sentences: Sequence[tuple[int, int]] | None = None,
        when: dt.date | None = None,
    ) -> list[ActorMention]:
        """Every actor mention in ``body``, in order, without overlaps (the longest name wins).

        Parameters
        ----------
        body
            The report body.
        countries
            The report's countries, most relevant first: the last resort for generic names
            ("security forces") when no country is named near them.
        anchors
            Extra ``(offset, country code)`` pairs, e.g. resolved places, telling which country a
            passage is about. Country names and demonyms in the body are always used.
        sentences
            The body's sentence spans, when the caller has them already (saves splitting twice).
        when
            The report's date: which government generic names mean where governments changed
            (``government_from``/``government_until``). Without it, the current one.

        Examples
        --------
        >>> reg = load_registry(Config()).value
        >>> [m.actor for m in reg.find("In Iraq, security forces attacked IS.")]
        ['Iraqi government forces', 'Islamic State']
        """
        if self._matcher is None:
            from .actorfind import Matcher

            self._matcher = Matcher(self)
        found: list[ActorMention] = self._matcher.find(
            body, tuple(countries), tuple(anchors), sentences, when
        )
        return found

    def unregistered(self, text: str) -> Actor:
        """A stand-in for an actor named in a control pattern but missing from the registry."""
        return Actor(text, (), None, UNREGISTERED_COLOR, (), (), registered=False)


def load_registry(config: Config | None = None) -> Result[ActorRegistry]:
    """Load the packaged registry and apply the ``[actors]`` section of the user's configuration.

    Invalid user entries are skipped and reported as problems naming the line of ``mapgen.toml``.
    """
    config = config or Config()
    data = tomllib.loads((files("mapgen.geodata") / "actors.toml").read_text(encoding="utf-8"))
    actors = [_actor(entry) for entry in data.get("actor", [])]
    generic = data.get("generic", {})
    problems: list[Problem] = []
    actors = _apply_user(actors, config, problems)
    registry = ActorRegistry(
        actors=tuple(actors),
        government_generic=tuple(generic.get("government", ())),
        government_adjectives=tuple(generic.get("government_adjectives", ())),
        anaphors={k.casefold(): tuple(v) for k, v in data.get("anaphors", {}).items()},
        countries={k: tuple(v) for k, v in data.get("countries", {}).items()},
        capitals={k: tuple(v) for k, v in data.get("capitals", {}).items()},
        secessions={k: (str(v["from"]), _iso(v["on"]) or "") for k, v in data.get("secessions", {}).items()},
    )
    return Result(registry, tuple(problems))


def _actor(entry: Mapping[str, Any], registered: bool = True) -> Actor:
    return Actor(
        name=str(entry["name"]),
        aliases=tuple(entry.get("aliases", ())),
        side=entry.get("side"),
        color=str(entry.get("color", UNREGISTERED_COLOR)).lower(),
        conflicts=tuple(entry.get("conflicts", ())),
        countries=tuple(entry.get("countries", ())),
        registered=registered,
        generic=tuple(entry.get("generic", ())),
        adjectives=tuple(entry.get("adjectives", ())),
        kind=entry.get("kind"),
        government_of=tuple(entry.get("government_of", ())),
        government_from=_iso(entry.get("government_from")),
        government_until=_iso(entry.get("government_until")),
        branches=tuple(sorted((str(k), str(v)) for k, v in entry.get("branches", {}).items())),
        active_from=_iso(entry.get("active_from")),
        active_until=_iso(entry.get("active_until")),
    )


def _iso(value: Any) -> str | None:
    """A TOML date or an ISO date string as "YYYY-MM-DD" (None when absent)."""
    return None if value is None else dt.date.fromisoformat(str(value)).isoformat()


def _apply_user(actors: list[Actor], config: Config, problems: list[Problem]) -> list[Actor]:
    """Merge ``[actors]`` into the packaged list: new actors are added, known ones extended."""
    section = config.section("actors")
    by_name = {a.name: i for i, a in enumerate(actors)}

    def bad(name: str, message: str) -> None:
        line = config.line_of(name)
        where = f" (line {line})" if line else ""
        problems.append(
            Problem(
                "config-actor",
                f"[actors] {name!r}{where}: {message}",
                config.path,
                Severity.ERROR,
                {"line": line},
            )
        )

    n_new = 0
    for name, entry in section.items():
        if not isinstance(entry, Mapping):
            bad(name, 'must be a table, e.g. [actors."Name"] with aliases = [...] and color = "#rrggbb"')
            continue
        unknown = sorted(set(entry) - _USER_KEYS)
        if unknown:
            bad(name, f"unknown key {unknown[0]!r}; expected one of {', '.join(sorted(_USER_KEYS))}")
            continue
        ok = True
        for key in ("aliases", "generic", "adjectives", "conflicts", "countries", "government_of"):
            value = entry.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                bad(name, f"{key} must be a list of non-empty strings")
                ok = False
        for key in ("countries", "government_of"):
            for cc in entry.get(key, []) if isinstance(entry.get(key, []), list) else []:
                if isinstance(cc, str) and not _CC.match(cc):
                    bad(name, f'{key}: {cc!r} is not an ISO 3166-1 alpha-2 code such as "SY"')
                    ok = False
        branches = entry.get("branches", {})
        if not isinstance(branches, Mapping) or not all(
            isinstance(k, str) and _CC.match(k) and isinstance(v, str) and v.strip()
            for k, v in branches.items()
        ):
            bad(name, 'branches must be a table of country codes to actor names, e.g. { NG = "ISWAP" }')
            ok = False
        color = entry.get("color", entry.get("colour"))
        if color is not None and (not isinstance(color, str) or not _COLOR.match(color)):
            bad(name, f"color {color!r} is not a #rrggbb colour")
            ok = False
        for key in ("government_from", "government_until", "active_from", "active_until"):
            value = entry.get(key)
            try:
                _iso(value)
            except ValueError:
                bad(name, f"{key} {value!r} is not a date such as 2011-10-23")
                ok = False
        kind = entry.get("kind")
        if kind is not None and kind not in KINDS:
            bad(name, f"kind {kind!r} is not one of {', '.join(KINDS)}")
            ok = False
        if not ok:
            continue
        extra = {
            k: tuple(entry.get(k, ()))
            for k in ("aliases", "generic", "adjectives", "conflicts", "countries", "government_of")
        }
        if name in by_name:
            old = actors[by_name[name]]
            actors[by_name[name]] = replace(
                old,
                aliases=old.aliases + tuple(a for a in extra["aliases"] if a not in old.aliases),
                generic=old.generic + extra["generic"],
                adjectives=old.adjectives + extra["adjectives"],
                conflicts=old.conflicts + tuple(c for c in extra["conflicts"] if c not in old.conflicts),
                countries=old.countries + tuple(c for c in extra["countries"] if c not in old.countries),
                government_of=old.government_of + extra["government_of"],
                government_from=_iso(entry.get("government_from", old.government_from)),
                government_until=_iso(entry.get("government_until", old.government_until)),
                active_from=_iso(entry.get("active_from", old.active_from)),
                active_until=_iso(entry.get("active_until", old.active_until)),
                color=(color or old.color).lower(),
                side=entry.get("side", old.side),
                kind=kind or old.kind,
                # (a user's branch for a country replaces the packaged one)
                branches=tuple(
                    sorted({**dict(old.branches), **{str(k): str(v) for k, v in branches.items()}}.items())
                ),
            )
        else:
            actors.append(
                Actor(
                    name,
                    extra["aliases"],
                    entry.get("side"),
                    (color or _PALETTE[n_new % len(_PALETTE)]).lower(),
                    extra["conflicts"],
                    extra["countries"],
                    True,
                    extra["generic"],
                    extra["adjectives"],
                    kind,
                    extra["government_of"],
                    _iso(entry.get("government_from")),
                    _iso(entry.get("government_until")),
                    tuple(sorted((str(k), str(v)) for k, v in branches.items())),
                    _iso(entry.get("active_from")),
                    _iso(entry.get("active_until")),
                )
            )
            by_name[name] = len(actors) - 1
            n_new += 1
    # A user's alias wins over a packaged actor's identical alias.
    user_aliases = {
        a.casefold(): n
        for n, e in section.items()
        if isinstance(e, Mapping)
        for a in e.get("aliases", [])
        if isinstance(a, str)
    }
    if user_aliases:
        actors = [
            replace(
                a, aliases=tuple(x for x in a.aliases if user_aliases.get(x.casefold(), a.name) == a.name)
            )
            for a in actors
        ]
    return actors
