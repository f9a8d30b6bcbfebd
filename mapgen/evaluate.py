"""Score extracted control claims and place resolution against hand-made gold data.

The rule is the one written down in ``tests/data/README.md`` (and in the
project's development data), so that the number a test asserts is the number
a reader can recompute by hand:

- a claim's ``status`` maps to a gold ``role``: ``held`` and ``captured`` →
  ``holds``; ``attacking`` and ``besieging`` → ``attacks``; ``lost`` →
  ``lost``; ``contested`` counts as either ``holds`` or ``attacks``;
- a predicted claim matches a gold claim when its point lies within the gold
  ``tol_km`` (haversine), its ``actor`` equals (case-insensitively) the gold
  ``actor_canonical`` or one of that actor's aliases, its status maps to the
  gold role, and (unless ``files=False``) the basename of its ``report`` is the
  gold ``file``;
- recall = required gold claims matched / required gold claims;
- precision = predicted claims matching at least one required gold claim /
  (those + predicted claims matching no gold claim). A predicted claim that
  matches only optional gold claims is counted neither way. A predicted claim
  without coordinates matches nothing.

Everything here is pure: callers read the files and pass plain mappings.
"""

from __future__ import annotations

import json
import math
import re
import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .distance import haversine_km

__all__ = [
    "ROLES_BY_STATUS",
    "Score",
    "ToponymScore",
    "haversine_km",
    "parse_jsonl",
    "score_claims",
    "score_toponyms",
]


#: Which gold roles each contract status may satisfy.
ROLES_BY_STATUS: Mapping[str, frozenset[str]] = {
    "held": frozenset({"holds"}),
    "captured": frozenset({"holds"}),
    "attacking": frozenset({"attacks"}),
    "besieging": frozenset({"attacks"}),
    "lost": frozenset({"lost"}),
    "contested": frozenset({"holds", "attacks"}),
}

# Alias lists may carry a scoring note such as "security forces (in Iraq)"; the
# name the press uses is the part before the note.
_CONTEXT_NOTE = re.compile(r"\s*\((?:in|as|for)\b[^)]*\)\s*$", re.I)


@dataclass(frozen=True)
class Score:
    """Precision and recall of predicted claims against gold claims.

    Attributes
    ----------
    precision, recall, f1 : float
        In [0, 1]. Precision is 1.0 when no predicted claim counts (nothing
        asserted, nothing wrong); recall is 1.0 when there is no required gold.
    tp : int
        Predicted claims that match at least one required gold claim.
    fp : int
        Predicted claims that match no gold claim at all.
    fn : int
        Required gold claims that no predicted claim matches.
    matched : int
        Required gold claims matched (recall's numerator).
    required : int
        Required gold claims (recall's denominator).
    ignored : int
        Predicted claims that match only optional gold claims.
    false_positives : tuple of Mapping
        The predicted claims counted in ``fp``, for debugging.
    missed : tuple of Mapping
        The required gold claims counted in ``fn``, for debugging.
    """

    precision: float
    recall: float
    f1: float
    tp: int
    fp: int
    fn: int
    matched: int = 0
    required: int = 0
    ignored: int = 0
    false_positives: tuple[Mapping[str, Any], ...] = field(default=(), repr=False)
    missed: tuple[Mapping[str, Any], ...] = field(default=(), repr=False)

    def summary(self) -> str:
        """One line for test failure messages and benchmark logs."""
        return (f"precision {self.precision:.3f} ({self.tp}/{self.tp + self.fp}), "
                f"recall {self.recall:.3f} ({self.matched}/{self.required}), f1 {self.f1:.3f}, "
                f"{self.ignored} optional-only")


@dataclass(frozen=True)
class ToponymScore:
    """How well a resolver places a list of spellings.

    Attributes
    ----------
    n : int
        Rows scored.
    ok : int
        Rows resolved within their tolerance.
    share : float
        ``ok / n`` (1.0 for no rows).
    median_error_km : float or None
        Median distance over the rows that resolved to any point.
    failures : tuple of (query, country, reason)
        Rows not within tolerance; reason is ``"unresolved"`` or the distance.
    """

    n: int
    ok: int
    share: float
    median_error_km: float | None
    failures: tuple[tuple[str, str | None, str], ...] = field(default=(), repr=False)


def _fold_actor(name: str) -> str:
    return " ".join(_CONTEXT_NOTE.sub("", name).split()).casefold()


def _actor_names(aliases: Mapping[str, Sequence[str]]) -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for canonical, names in aliases.items():
        folded = {_fold_actor(canonical)}
        folded.update(_fold_actor(n) for n in names)
        folded.update(" ".join(n.split()).casefold() for n in names)  # the note-bearing form too
        # ("Pro-Russian separatists" and "pro-Russian separatists" are one actor: their names add up)
        key = _fold_actor(canonical)
        table[key] = table.get(key, frozenset()) | folded
    return table


def _basename(path: Any) -> str:
    return str(path or "").replace("\\", "/").rsplit("/", 1)[-1]


def _coord(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def _matches(pred: Mapping[str, Any], gold: Mapping[str, Any], names: Mapping[str, frozenset[str]],
             files: bool) -> bool:
    lat, lon = _coord(pred.get("lat")), _coord(pred.get("lon"))
    if lat is None or lon is None:
        return False
    if gold.get("role") not in ROLES_BY_STATUS.get(str(pred.get("status", "")).lower(), frozenset()):
        return False
    if files and _basename(pred.get("report", pred.get("file"))) != _basename(gold.get("file")):
        return False
    canonical = _fold_actor(str(gold.get("actor_canonical", "")))
    accepted = names.get(canonical, frozenset({canonical}))
    actor = str(pred.get("actor") or "")
    if _fold_actor(actor) not in accepted and " ".join(actor.split()).casefold() not in accepted:
        return False
    return haversine_km(lat, lon, float(gold["lat"]), float(gold["lon"])) <= float(gold.get("tol_km", 30))


def score_claims(predicted: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]],
                 aliases: Mapping[str, Sequence[str]], *, files: bool = True) -> Score:
    """Score predicted claims against gold claims with the project's rule.

    Parameters
    ----------
    predicted : sequence of Mapping
        Claim records as ``mapgen extract --format jsonl`` writes them; the keys
        used are ``lat``, ``lon``, ``actor``, ``status`` and ``report`` (or ``file``).
    gold : sequence of Mapping
        Gold records with ``file``, ``lat``, ``lon``, ``tol_km``,
        ``actor_canonical``, ``role`` (``holds``/``attacks``/``lost``) and
        ``required``.
    aliases : Mapping of str to sequence of str
        Canonical actor name → names the press uses (``actor_aliases.json``).
    files : bool, default True
        Require the predicted claim's report basename to equal the gold ``file``.
        Pass False to score claims from a single report without file names.

    Returns
    -------
    Score

    Examples
    --------
    >>> g = [{"file": "a.txt", "lat": 36.3, "lon": 43.1, "tol_km": 30,
    ...       "actor_canonical": "Islamic State", "role": "lost", "required": True}]
    >>> p = [{"report": "dir/a.txt", "lat": 36.33, "lon": 43.12, "actor": "IS", "status": "lost"}]
    >>> score_claims(p, g, {"Islamic State": ["IS"]}).f1
    1.0
    """
    names = _actor_names(aliases)
    matched_required: set[int] = set()
    tp = ignored = 0
    false_positives: list[Mapping[str, Any]] = []
    for pred in predicted:
        hits = [i for i, g in enumerate(gold) if _matches(pred, g, names, files)]
        required_hits = [i for i in hits if bool(gold[i].get("required", True))]
        matched_required.update(required_hits)
        if required_hits:
            tp += 1
        elif hits:
            ignored += 1  # matches only optional gold: counted neither way
        else:
            false_positives.append(pred)
    required_idx = [i for i, g in enumerate(gold) if bool(g.get("required", True))]
    missed = tuple(gold[i] for i in required_idx if i not in matched_required)
    fp = len(false_positives)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = len(matched_required) / len(required_idx) if required_idx else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision=precision, recall=recall, f1=f1, tp=tp, fp=fp, fn=len(missed),
                 matched=len(matched_required), required=len(required_idx), ignored=ignored,
                 false_positives=tuple(false_positives), missed=missed)


def _point(found: Any) -> tuple[float, float] | None:
    """Accept None, (lat, lon), a mapping, or an object with lat/lon (or with a ``place`` that has them)."""
    if found is None:
        return None
    if isinstance(found, Mapping):
        lat, lon = found.get("lat"), found.get("lon")
    elif isinstance(found, tuple | list):
        lat, lon = (found[0], found[1]) if len(found) >= 2 else (None, None)
    elif hasattr(found, "lat"):
        lat, lon = getattr(found, "lat", None), getattr(found, "lon", None)
    else:  # a geocoding answer wrapping the winning place (``Geocoded.place``)
        place = getattr(found, "place", None)
        lat, lon = getattr(place, "lat", None), getattr(place, "lon", None)
    la, lo = _coord(lat), _coord(lon)
    return None if la is None or lo is None else (la, lo)


def score_toponyms(rows: Iterable[Mapping[str, Any]],
                   resolve: Callable[[str, str | None], Any]) -> ToponymScore:
    """Share of spellings a resolver places within their tolerance.

    Parameters
    ----------
    rows : iterable of Mapping
        Rows of a toponym CSV: ``query``, ``country`` (ISO code or empty),
        ``lat``, ``lon``, ``tol_km`` (strings or numbers).
    resolve : callable (query, country or None) -> point or None
        The resolver under test. It may return ``None``, a ``(lat, lon)``
        pair, a mapping with ``lat``/``lon``, an object with those attributes,
        or an object whose ``place`` has them (``mapgen.api.geocode``'s answer).

    Returns
    -------
    ToponymScore

    Examples
    --------
    >>> rows = [{"query": "Raqa", "country": "", "lat": "35.95", "lon": "39.01", "tol_km": "25"}]
    >>> score_toponyms(rows, lambda q, c: (35.9, 39.0)).share
    1.0
    """
    n = ok = 0
    errors: list[float] = []
    failures: list[tuple[str, str | None, str]] = []
    for row in rows:
        n += 1
        query = str(row["query"])
        country = str(row.get("country") or "").strip() or None
        point = _point(resolve(query, country))
        if point is None:
            failures.append((query, country, "unresolved"))
            continue
        dist = haversine_km(point[0], point[1], float(row["lat"]), float(row["lon"]))
        errors.append(dist)
        if dist <= float(row.get("tol_km") or 25):
            ok += 1
        else:
            failures.append((query, country, f"{dist:.1f} km"))
    return ToponymScore(n=n, ok=ok, share=ok / n if n else 1.0,
                        median_error_km=statistics.median(errors) if errors else None,
                        failures=tuple(failures))


def parse_jsonl(text: str) -> list[dict[str, Any]]:
    """Parse JSON Lines text (blank lines skipped) into a list of objects.

    Raises
    ------
    ValueError
        With the line number, when a line is not a JSON object.
    """
    out: list[dict[str, Any]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        value = json.loads(line)
        if not isinstance(value, dict):
            raise ValueError(f"line {number}: expected a JSON object")
        out.append(value)
    return out
