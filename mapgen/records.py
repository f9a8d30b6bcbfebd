"""Records to plain JSON-ready dicts and tables, in the contract's field order."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
from collections.abc import Iterable, Mapping
from typing import Any

from .model import Candidate, Claim, Geocoded, Place, PlaceMention, PlaceState, Report

CLAIM_FIELDS = [f.name for f in dataclasses.fields(Claim)]
PLACE_FIELDS = [
    "report",
    "report_id",
    "place",
    "start",
    "end",
    "name",
    "place_key",
    "lat",
    "lon",
    "country",
    "kind",
    "resolution",
    "confidence",
    "coref",
    "candidates",
]
STATE_FIELDS = [
    "place_key",
    "name",
    "lat",
    "lon",
    "kind",
    "state",
    "holders",
    "attackers",
    "stale",
    "last_reported",
    "claim_ids",
]


def plain(value: Any) -> Any:
    """Convert dataclasses, enums, dates and tuples into JSON-ready values."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return None if value != value else round(value, 6)  # NaN -> null
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def claim_dict(claim: Claim) -> dict[str, Any]:
    d: dict[str, Any] = plain(claim)
    return d


def _place_fields(p: Place | None) -> dict[str, Any]:
    """The fields every place record shares, in contract order (all None for no place)."""
    return {
        "name": p.name if p else None,
        "place_key": p.key if p else None,
        "lat": plain(p.lat) if p else None,
        "lon": plain(p.lon) if p else None,
        "country": p.country if p else None,
    }


def candidate_dict(c: Candidate) -> dict[str, Any]:
    p = c.place
    return {
        **_place_fields(p),
        "population": p.population,
        "score": round(c.score, 4),
    }


def place_mention_dict(report: Report, pm: PlaceMention) -> dict[str, Any]:
    p = pm.place
    m = pm.mention
    return {
        "report": report.path,
        "report_id": report.id,
        "place": m.text,
        "start": m.start,
        "end": m.end,
        **_place_fields(p),
        "kind": plain(p.kind) if p else plain(m.kind_hint),
        "resolution": pm.resolution.value,
        "confidence": round(pm.confidence, 4),
        "coref": m.coref,
        "candidates": [candidate_dict(c) for c in pm.candidates],
    }


def geocoded_dict(g: Geocoded, *, dataset: str | None = None) -> dict[str, Any]:
    p = g.place
    return {
        "query": g.query,
        **_place_fields(p),
        "kind": plain(p.kind) if p else None,
        "population": p.population if p else None,
        "resolution": g.resolution.value,
        "confidence": round(g.confidence, 4),
        "dataset": dataset or (p.dataset if p else None),
        "candidates": [candidate_dict(c) for c in g.candidates],
    }


def state_dict(s: PlaceState) -> dict[str, Any]:
    d: dict[str, Any] = plain(s)
    return d


def dumps(record: Mapping[str, Any]) -> str:
    """One JSON line: UTF-8, no NaN, keys in record order."""
    return json.dumps(record, ensure_ascii=False, allow_nan=False)


def jsonl(records: Iterable[Mapping[str, Any]]) -> str:
    return "".join(dumps(r) + "\n" for r in records)
