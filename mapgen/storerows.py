"""Row <-> record conversions of the store: claims, place mentions, dates and JSON columns.

Holds the claim columns (:data:`CLAIM_COLUMNS`, in the order of the ``claims`` table), the
conversion of a :class:`~mapgen.model.Claim` to a row and back (:func:`_claim_row`, :func:`_claim`),
of a place mention to a ``mentions`` row (:func:`_mention_row`), the small column helpers
(:func:`_q`, :func:`_iso`, :func:`_date`, :func:`_json`) and the counting of repeated copies of a
story once (:func:`_count_once`). :mod:`mapgen.store` reads and writes its rows with these.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from .model import Claim, DatePrecision, Kind, PlaceMention, Resolution, Status

CLAIM_COLUMNS = [f.name for f in dataclasses.fields(Claim)]


def _q(name: str) -> str:
    return f'"{name}"'


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def _json(value: Any) -> str:
    from .records import plain

    return json.dumps(plain(value), sort_keys=True, ensure_ascii=False, allow_nan=False)


def _claim_row(c: Claim) -> tuple[Any, ...]:
    out: list[Any] = []
    for k in CLAIM_COLUMNS:
        v = getattr(c, k)
        if isinstance(v, dt.date):
            v = v.isoformat()
        elif hasattr(v, "value"):
            v = v.value
        elif isinstance(v, bool):
            v = int(v)
        out.append(v)
    return tuple(out)


_KIND = {k.value: k for k in Kind}
_RES = {k.value: k for k in Resolution}
_STATUS = {k.value: k for k in Status}
_PREC = {k.value: k for k in DatePrecision}
_DATES: dict[str, dt.date] = {}
_I = {name: i for i, name in enumerate(CLAIM_COLUMNS)}


_K, _D, _R, _S, _P, _A = (
    _I[k] for k in ("kind", "date", "resolution", "status", "date_precision", "actor_registered")
)


def _claim(r: Sequence[Any]) -> Claim:
    # Positional and table-driven: a store holds hundreds of thousands of claims, read on every build.
    v = list(r)
    k = v[_K]
    v[_K] = _KIND[k] if k else None
    v[_R] = _RES[v[_R]]
    v[_S] = _STATUS[v[_S]]
    v[_P] = _PREC[v[_P]]
    d = v[_D]
    if d:
        day = _DATES.get(d)
        if day is None:
            day = _DATES[d] = dt.date.fromisoformat(d)
        v[_D] = day
    v[_A] = bool(v[_A])
    # Claim is a frozen dataclass; filling __dict__ directly skips 26 object.__setattr__ calls per claim
    # (the same object as Claim(*v), 4x faster to make).
    claim = _new(Claim)
    claim.__dict__.update(zip(CLAIM_COLUMNS, v, strict=True))
    return claim


_new = object.__new__


def _count_once(claims: list[Claim], dups: dict[str, tuple[str, list[str]]]) -> list[Claim]:
    """Drop the claims of repeated copies of a story; the copy that counts lists every source."""
    if not dups:
        return claims
    out = []
    for cl in claims:
        entry = dups.get(cl.report_id)
        if entry is None:
            out.append(cl)
        elif entry[0] == cl.report_id:
            out.append(dataclasses.replace(cl, source="; ".join(entry[1]) or cl.source))
    return out


def _by_id(c: Claim) -> str:
    return c.id


def _mention_row(report_id: str, seq: int, pm: PlaceMention) -> tuple[Any, ...]:
    m, p = pm.mention, pm.place
    cands = [
        {
            "name": c.place.name,
            "place_key": c.place.key,
            "lat": c.place.lat,
            "lon": c.place.lon,
            "country": c.place.country,
            "score": round(c.score, 4),
        }
        for c in pm.candidates
    ]
    return (
        report_id,
        seq,
        m.text,
        m.start,
        m.end,
        int(m.coref),
        m.qualifier,
        pm.resolution.value,
        p.key if p else None,
        p.name if p else None,
        p.lat if p else None,
        p.lon if p else None,
        p.country if p else None,
        p.kind.value if p else None,
        pm.confidence,
        _json(cands),
    )
