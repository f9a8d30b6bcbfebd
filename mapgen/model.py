"""The records that flow through mapgen's pipeline.

Every stage takes and returns these frozen dataclasses, so a stage can be
tested with plain values and a record can cross a process boundary (Dask)
unchanged. The enums are the closed vocabularies of the public contract
(``../shared/contract.md``); their values are the strings written to JSON.

Pipeline::

    ingest -> mentions -> resolve -> claims -> state -> geometry -> render / export
    Report    Mention     PlaceMention  Claim   PlaceState
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Kind(StrEnum):
    """What sort of place a gazetteer entry is."""

    COUNTRY = "country"
    ADMIN1 = "admin1"
    SETTLEMENT = "settlement"
    REGION = "region"
    FACILITY = "facility"


class Resolution(StrEnum):
    """How a place mention ended. ``error`` is an online geocoder failure, never "not found"."""

    RESOLVED = "resolved"
    AMBIGUOUS = "ambiguous"
    UNRESOLVED = "unresolved"
    PINNED = "pinned"
    ERROR = "error"


class Status(StrEnum):
    """The control relation a claim asserts between an actor and a place."""

    HELD = "held"
    CAPTURED = "captured"
    LOST = "lost"
    ATTACKING = "attacking"
    BESIEGING = "besieging"
    CONTESTED = "contested"


class ControlState(StrEnum):
    """The merged state of one place at a date."""

    HELD = "held"
    CONTESTED = "contested"
    BESIEGED = "besieged"
    UNDER_ATTACK = "under_attack"
    CHANGED_HANDS = "changed_hands"


class DatePrecision(StrEnum):
    """How precisely a claim's event date is known (``report``: the publication date)."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    REPORT = "report"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Problem:
    """Something a stage could not do, reported instead of dropped.

    ``code`` is a short machine-readable tag (``unresolved-place``,
    ``ambiguous-place``, ``empty-report``, ``decode-error`` ...); ``message`` is
    one human line that names what to do.
    """

    code: str
    message: str
    file: str | None = None
    severity: Severity = Severity.WARNING
    detail: Mapping[str, Any] = field(default_factory=dict)

    def line(self) -> str:
        where = f"{self.file}: " if self.file else ""
        return f"{where}{self.message}"


@dataclass(frozen=True)
class Result(Generic[T]):
    """A stage's output together with the problems it found."""

    value: T
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Report:
    """One ingested report. ``body`` is normalised (no BOM, ``\\n`` line endings)."""

    id: str  # SHA-256 hex of body
    path: str  # as given, or relative to the directory argument
    body: str
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    language: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Place:
    """A gazetteer entry (settlement, admin-1 unit, country, named region)."""

    key: str  # "geonames:172955", "admin1:SY-RA", "country:SY", "region:euphrates-valley"
    name: str
    lat: float
    lon: float
    country: str | None  # ISO 3166-1 alpha-2
    kind: Kind
    population: int = 0
    admin1: str | None = None  # "SY-RA" style code when known
    dataset: str = "geonames"


@dataclass(frozen=True)
class Candidate:
    place: Place
    score: float


@dataclass(frozen=True)
class Mention:
    """A span of the body that names (or refers back to) a place, before resolution."""

    text: str
    start: int
    end: int
    coref: bool = False  # "the city", "the town", "there"
    kind_hint: Kind | None = None  # "the province of X" -> ADMIN1, "the town of X" -> SETTLEMENT
    qualifier: str | None = None  # "east", "pocket", "section", "west-half" ...


@dataclass(frozen=True)
class PlaceMention:
    """A mention after resolution. ``place`` is None when unresolved."""

    mention: Mention
    resolution: Resolution
    place: Place | None = None
    confidence: float = 0.0
    candidates: tuple[Candidate, ...] = ()
    note: str | None = None  # why the winner won, for --explain


@dataclass(frozen=True)
class ActorMention:
    """A span naming an actor; ``actor`` is canonical when registered, else the text."""

    text: str
    start: int
    end: int
    actor: str
    registered: bool = True


@dataclass(frozen=True)
class Claim:
    """One control claim, with its evidence. Field names are the contract's."""

    id: str
    report: str
    report_id: str
    place: str
    name: str | None
    place_key: str | None
    lat: float | None
    lon: float | None
    country: str | None
    kind: Kind | None
    resolution: Resolution
    qualifier: str | None
    actor: str
    actor_registered: bool
    status: Status
    share_min: float | None
    share_max: float | None
    attribution: str | None
    date: dt.date | None
    date_precision: DatePrecision
    confidence: float
    start: int
    end: int
    evidence: str
    source: str | None
    url: str | None


@dataclass(frozen=True)
class Holder:
    actor: str
    share_min: float | None = None
    share_max: float | None = None
    attribution: str | None = None
    since: dt.date | None = None


@dataclass(frozen=True)
class PlaceState:
    """The merged control of one place at a date (contract: "State of a place")."""

    place_key: str
    name: str
    lat: float | None
    lon: float | None
    kind: Kind | None
    state: ControlState
    holders: tuple[Holder, ...]
    attackers: tuple[str, ...]
    stale: bool
    last_reported: dt.date | None
    claim_ids: tuple[str, ...]
    besiegers: tuple[str, ...] = ()
    qualifier: str | None = None
    country: str | None = None
    pinned: bool = False  # an analyst correction decided this state


@dataclass(frozen=True)
class Geocoded:
    """The answer to one ``geocode`` query (also what a resolver returns for one name)."""

    query: str
    resolution: Resolution
    place: Place | None = None
    confidence: float = 0.0
    candidates: tuple[Candidate, ...] = ()
    explanation: tuple[str, ...] = ()  # why the winner won, one line each (--explain)


class ChangeKind(StrEnum):
    GAINED = "gained"  # an actor now holds a place it did not hold before
    LOST = "lost"  # an actor no longer holds a place it held before
    CONTESTED = "contested"  # newly contested
    NEW = "new"  # a place that was not on the previous map


@dataclass(frozen=True)
class Change:
    """One difference between two states of control (``diff``, the map's changes layer)."""

    place_key: str
    name: str
    kind: ChangeKind
    actor: str | None
    lat: float | None = None
    lon: float | None = None
    before: ControlState | None = None
    after: ControlState | None = None
