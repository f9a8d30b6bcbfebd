"""The state of control: claims merged into who holds each place at a date (pure).

Merge rules (the contract's, made precise):

* Only claims about a resolved (or pinned) place, dated up to ``as_of``, count.
  Ambiguous and unresolved places are never drawn: they come back as problems.
* Places are keyed by ``place_key``: a province (``admin1:SY-DY``) and a town
  inside it (``geonames:170794``) are separate keys, so neither overwrites the other.
* Per place and actor, the actor's newest claim counts; its other claims within
  ``window_days`` of that newest one are kept beside it (disagreeing sources
  are shown together: a range of shares with their attributions).
* Events end older observations: a (non-partial) capture by one actor ends the
  other actors' holds dated strictly before it; a ``lost`` by an actor ends its
  own holds dated strictly before it; a full hold by another actor ends holds
  older than it by more than the window; a capture or loss ends older attacks.
  Claims of the same date that disagree are never overwritten: the place is contested.
* Partial holds (a share below 1) coexist with other holders.
* A ``lost`` that nobody's hold follows leaves the place to the actor who last
  attacked it, if any; else the holder is unknown (state ``changed_hands``, no holders).
* A place whose newest claim is older than ``stale_days`` (before ``as_of`` or
  the newest claim overall) is ``stale``.
* Analyst corrections (:mod:`mapgen.corrections`) reject claims, merge actors
  and pin holders; pinned places carry ``pinned=True`` and new reports never override them.

The result depends only on the set of claims, never on their order.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .corrections import ANALYST, Corrections, apply_to_claims
from .model import (
    Change,
    ChangeKind,
    Claim,
    ControlState,
    Holder,
    Kind,
    PlaceState,
    Problem,
    Resolution,
    Result,
    Severity,
    Status,
)

HOLD_LIKE = frozenset({Status.HELD, Status.CAPTURED, Status.CONTESTED})
ATTACK_LIKE = frozenset({Status.ATTACKING, Status.BESIEGING})
DRAWABLE = frozenset({Resolution.RESOLVED, Resolution.PINNED})
FULL_SHARE = 0.99  # a share at or above this is the whole place
_NO_DATE = dt.date.min


def _day(c: Claim) -> dt.date:
    return c.date or _NO_DATE


def _partial(c: Claim) -> bool:
    return c.share_max is not None and c.share_max < FULL_SHARE


def merge(
    claims: Sequence[Claim],
    *,
    as_of: dt.date | None = None,
    window_days: int = 3,
    stale_days: int = 90,
    corrections: Corrections | None = None,
) -> Result[tuple[PlaceState, ...]]:
    """Merge claims into the state of control of every place at ``as_of`` (None: everything known).

    Parameters
    ----------
    claims
        Claims from any number of reports, in any order (duplicate ids count once).
    as_of
        The date of the state; claims dated after it are ignored. Undated claims always count,
        as the oldest.
    window_days
        Claims of one actor within this many days of its newest are shown together.
    stale_days
        A place last reported more than this many days before ``as_of`` is stale.
    corrections
        Analyst corrections (rejects, actor merges, pins), applied before merging.

    Returns
    -------
    Result
        One :class:`~mapgen.model.PlaceState` per drawable place, sorted by place key, and the
        problems found (places that could not be drawn, corrections matching nothing).

    Examples
    --------
    >>> merge([]).value
    ()
    """
    corrected = apply_to_claims(_unique(claims), corrections)
    problems: list[Problem] = list(corrected.problems)
    usable, undrawable = split_claims(corrected.value, as_of)
    problems.extend(undrawable_problems(undrawable))
    base = [place_state(key, cs, window_days=window_days) for key, cs in usable.items()]
    final = finish_states(
        base, as_of=as_of, stale_days=stale_days, corrections=corrections, claims_of=usable.__getitem__
    )
    return Result(final.value, tuple(problems) + final.problems)


def split_claims(
    claims: Iterable[Claim], as_of: dt.date | None
) -> tuple[dict[str, list[Claim]], dict[tuple[str, str], list[Claim]]]:
    """Claims that count at ``as_of``: drawable ones by place key, the others by (resolution, place)."""
    usable: dict[str, list[Claim]] = defaultdict(list)
    undrawable: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if as_of is not None and c.date is not None and c.date > as_of:
            continue
        if c.place_key is None or c.resolution not in DRAWABLE or c.lat is None or c.lon is None:
            undrawable[(c.resolution.value, c.place)].append(c)
            continue
        usable[c.place_key].append(c)
    return usable, undrawable


def undrawable_problems(undrawable: dict[tuple[str, str], list[Claim]]) -> list[Problem]:
    """One warning per place that cannot be drawn (claims in id order, as :func:`split_claims` got them)."""
    return [
        Problem(
            f"{resolution}-place",
            f"{len(cs)} claim(s) about {place!r} are not drawn: the place is "
            f"{resolution}; pin it in [places] of mapgen.toml",
            cs[0].report,
            Severity.WARNING,
            {"place": place, "claim_ids": sorted(c.id for c in cs)},
        )
        for (resolution, place), cs in sorted(undrawable.items())
    ]


def place_state(key: str, claims: Sequence[Claim], *, window_days: int = 3) -> PlaceState:
    """The state of one place from its usable claims (corrected, dated up to ``as_of``), not yet staled.

    The building block of :func:`merge` (and of the store's incremental merge): a place's state
    depends only on its own claims; ``stale`` and pins are settled by :func:`finish_states`.
    """
    return _place_state(key, claims, dt.timedelta(days=window_days), None, 0)


def lost_by(claims: Sequence[Claim], *, window_days: int = 3) -> tuple[frozenset[str], dt.date | None] | None:
    """Who lost a place nobody holds in its surviving claims, and the newest such date (None: undated).

    None when nobody lost it or someone holds it. Otherwise a merge needs the place's newest attack by
    someone else dated up to then (who takes the place).
    """
    alive = _survivors(sorted(claims, key=lambda c: (_day(c), c.id)), dt.timedelta(days=window_days))
    losses = [c for c in alive if c.status is Status.LOST]
    if not losses or any(c.status in HOLD_LIKE for c in alive):
        return None  # nobody lost it, or someone holds it: no taker is looked for
    lost_at = max(_day(c) for c in losses)
    return frozenset(c.actor for c in losses), (lost_at if lost_at != _NO_DATE else None)


def place_claims(
    claims: Iterable[Claim], *, as_of: dt.date | None, corrections: Corrections | None
) -> list[Claim]:
    """The usable claims of one place (any order): corrected, dated up to ``as_of``, drawable."""
    corrected = apply_to_claims(sorted(claims, key=lambda c: c.id), corrections, report=False).value
    usable, _ = split_claims(corrected, as_of)
    return [c for cs in usable.values() for c in cs]


def finish_states(
    base: Iterable[PlaceState],
    *,
    as_of: dt.date | None,
    stale_days: int,
    corrections: Corrections | None,
    claims_of: Callable[[str], Sequence[Claim]],
) -> Result[tuple[PlaceState, ...]]:
    """Mark stale places and apply pins to per-place states; sorted by place key.

    ``stale`` is relative to ``as_of``, else to the newest claim of any place, so it is settled
    here over every place at once. ``claims_of(key)`` gives the usable claims of a pinned place.
    """
    states = {s.place_key: s for s in base}
    newest = max((s.last_reported for s in states.values() if s.last_reported), default=None)
    reference = as_of or newest
    if reference is not None:
        for key, s in states.items():
            last = s.last_reported
            stale = bool(last and (reference - last).days > stale_days)
            if stale != s.stale:
                states[key] = replace(s, stale=stale)
    problems: list[Problem] = []
    if corrections and corrections.pins:
        problems.extend(_apply_pins(states, claims_of, corrections, as_of))
    return Result(tuple(states[k] for k in sorted(states)), tuple(problems))


def _unique(claims: Iterable[Claim]) -> list[Claim]:
    by_id: dict[str, Claim] = {}
    for c in claims:
        by_id.setdefault(c.id, c)
    return [by_id[k] for k in sorted(by_id)]


def _top_two(per_actor: dict[str, dt.date]) -> list[tuple[dt.date, str]]:
    return sorted(((d, a) for a, d in per_actor.items()), reverse=True)[:2]


def _other(top: list[tuple[dt.date, str]], actor: str) -> dt.date:
    """The newest date among actors other than ``actor``, from the two newest (O(1) per claim)."""
    for d, a in top:
        if a != actor:
            return d
    return _NO_DATE


def _survivors(cs: Sequence[Claim], window: dt.timedelta) -> list[Claim]:
    """The claims of one place that still say something at the newest date (see module rules).

    Linear in the number of claims: each rule compares a claim with per-actor newest dates.
    """
    newest: dict[str, dt.date] = {}
    capture: dict[str, dt.date] = {}  # newest non-partial capture per actor
    full: dict[str, dt.date] = {}  # newest non-partial hold or capture per actor
    loss: dict[str, dt.date] = {}  # newest loss per actor
    hold: dict[str, dt.date] = {}  # newest hold-like claim per actor
    event = _NO_DATE  # newest capture or loss by anyone
    for c in cs:
        d, a = _day(c), c.actor
        newest[a] = max(d, newest.get(a, _NO_DATE))
        if c.status in HOLD_LIKE:
            hold[a] = max(d, hold.get(a, _NO_DATE))
        if c.status is Status.LOST:
            loss[a] = max(d, loss.get(a, _NO_DATE))
            event = max(event, d)
        if c.status is Status.CAPTURED:
            event = max(event, d)
        if c.status in (Status.HELD, Status.CAPTURED) and not _partial(c):
            full[a] = max(d, full.get(a, _NO_DATE))
            if c.status is Status.CAPTURED:
                capture[a] = max(d, capture.get(a, _NO_DATE))
    top_capture, top_full = _top_two(capture), _top_two(full)
    out: list[Claim] = []
    for c in cs:
        d, a = _day(c), c.actor
        mine = newest[a]
        if mine != _NO_DATE and (d == _NO_DATE or mine - d > window):
            continue  # the actor's own newer claim replaces it
        if c.status in HOLD_LIKE:
            if _other(top_capture, a) > d or loss.get(a, _NO_DATE) > d:
                continue
            other_full = _other(top_full, a)
            if other_full != _NO_DATE and other_full - d > window:
                continue
        elif c.status is Status.LOST:
            if hold.get(a, _NO_DATE) > d:
                continue  # retaken later: the actor's newer hold replaces the loss
        elif c.status in ATTACK_LIKE and event > d:
            continue
        out.append(c)
    return out


def _place_state(
    key: str, cs: Sequence[Claim], window: dt.timedelta, reference: dt.date | None, stale_days: int
) -> PlaceState:
    ordered = sorted(cs, key=lambda c: (_day(c), c.id))
    alive = _survivors(ordered, window)
    holds = [c for c in alive if c.status in HOLD_LIKE]
    attacks = [c for c in alive if c.status in ATTACK_LIKE]
    losses = [c for c in alive if c.status is Status.LOST]
    holders = _holders(holds)
    holder_actors = {h.actor for h in holders}
    attackers = sorted({c.actor for c in attacks})
    besiegers = sorted({c.actor for c in attacks if c.status is Status.BESIEGING})
    inferred = False
    if not holders and losses:
        # Nobody's hold follows the loss: the last attacker (not the loser) takes it, else unknown.
        lost_at = max(_day(c) for c in losses)
        losers = {c.actor for c in losses}
        tried = [
            c for c in ordered if c.status in ATTACK_LIKE and c.actor not in losers and _day(c) <= lost_at
        ]
        if tried:
            taker = max(tried, key=lambda c: (_day(c), c.id))
            holders = (Holder(taker.actor, None, None, None, lost_at if lost_at != _NO_DATE else None),)
            holder_actors = {taker.actor}
            alive.append(taker)
        inferred = True
    others = [a for a in attackers if a not in holder_actors or len(holder_actors) > 1 or _partial_any(holds)]
    # Sources that disagree on the same dates stay visible: several holders, an explicit "contested",
    # or an actor reported both holding and losing the place.
    torn = any(c.actor in holder_actors for c in losses) and not inferred
    if len(holder_actors) > 1 or torn or any(c.status is Status.CONTESTED for c in holds):
        state = ControlState.CONTESTED
    elif inferred or (holds and _changed_hands(alive)):
        state = ControlState.CHANGED_HANDS
    elif [a for a in besiegers if a not in holder_actors]:
        state = ControlState.BESIEGED
    elif others:
        state = ControlState.UNDER_ATTACK
    elif holders:
        state = ControlState.HELD
    else:
        state = (
            ControlState.CONTESTED
            if any(c.status is Status.CONTESTED for c in alive)
            else ControlState.UNDER_ATTACK
        )
    last = max((c.date for c in cs if c.date), default=None)
    stale = bool(reference and last and (reference - last).days > stale_days)
    face = _face(ordered)
    quals = sorted({c.qualifier for c in alive if c.qualifier})
    return PlaceState(
        place_key=key,
        name=face.name or face.place,
        lat=face.lat,
        lon=face.lon,
        kind=face.kind,
        state=state,
        holders=holders,
        attackers=tuple(attackers),
        stale=stale,
        last_reported=last,
        claim_ids=tuple(sorted({c.id for c in alive})),
        besiegers=tuple(besiegers),
        qualifier=quals[0] if len(quals) == 1 else None,
        country=face.country,
    )


def _partial_any(holds: Sequence[Claim]) -> bool:
    return any(_partial(c) for c in holds)


def _changed_hands(alive: Sequence[Claim]) -> bool:
    """The newest news about the place is a capture or a loss, and nothing else of that date."""
    newest = max(_day(c) for c in alive)
    latest = [c for c in alive if _day(c) == newest]
    return all(c.status in (Status.CAPTURED, Status.LOST) for c in latest) and any(
        c.status is Status.CAPTURED and not _partial(c) for c in latest
    )


def _holders(holds: Sequence[Claim]) -> tuple[Holder, ...]:
    """One holder per (actor, share range, attribution); ``since`` is the earliest surviving hold."""
    since: dict[str, dt.date | None] = {}
    for c in holds:
        dates = [d for d in (since.get(c.actor), c.date) if d is not None]
        since[c.actor] = min(dates) if dates else None
    seen: dict[tuple[str, float | None, float | None, str | None], Holder] = {}
    for c in holds:
        k = (c.actor, c.share_min, c.share_max, c.attribution)
        seen.setdefault(k, Holder(c.actor, c.share_min, c.share_max, c.attribution, since[c.actor]))
    # A bare hold adds nothing beside share estimates of the same actor.
    shared = {a for (a, lo, hi, _), _h in seen.items() if lo is not None or hi is not None}
    items = [
        h for k, h in seen.items() if not (k[0] in shared and k[1] is None and k[2] is None and k[3] is None)
    ]
    return tuple(
        sorted(
            items,
            key=lambda h: (
                -(h.share_max or h.share_min or 0.0),
                h.actor,
                h.attribution or "",
                h.share_min or 0.0,
            ),
        )
    )


def _face(ordered: Sequence[Claim]) -> Claim:
    """The claim whose name and coordinates represent the place (the newest resolved one)."""
    return max(ordered, key=lambda c: (_day(c), c.name is not None, c.id))


def _apply_pins(
    states: dict[str, PlaceState],
    claims_of: Callable[[str], Sequence[Claim]],
    corrections: Corrections,
    as_of: dt.date | None,
) -> list[Problem]:
    problems: list[Problem] = []
    where = corrections.path or "mapgen.toml"
    for pin in corrections.pins:
        keys = [k for k, s in states.items() if pin.matches(k, s.name)]
        if not keys:
            line = f" (line {pin.line})" if pin.line else ""
            problems.append(
                Problem(
                    "correction-unmatched",
                    f"[[corrections.pin]]{line} place {pin.place!r} "
                    "matches no place in the claims; use a place_key from mapgen state",
                    where,
                )
            )
            continue
        if as_of is not None and pin.since is not None and as_of < pin.since:
            continue
        for key in keys:
            s = states[key]
            holder = corrections.canonical(pin.holder)
            later = [
                c
                for c in claims_of(key)
                if c.status in ATTACK_LIKE
                and c.actor != holder
                and (pin.since is None or (c.date is not None and c.date >= pin.since))
                and (as_of is None or c.date is None or c.date <= as_of)
            ]
            attackers = tuple(sorted({c.actor for c in later}))
            besiegers = tuple(sorted({c.actor for c in later if c.status is Status.BESIEGING}))
            state = (
                ControlState.BESIEGED
                if besiegers
                else (ControlState.UNDER_ATTACK if attackers else ControlState.HELD)
            )
            states[key] = PlaceState(
                place_key=s.place_key,
                name=s.name,
                lat=s.lat,
                lon=s.lon,
                kind=s.kind,
                state=state,
                holders=(Holder(holder, None, None, ANALYST, pin.since),),
                attackers=attackers,
                stale=False,
                last_reported=s.last_reported,
                claim_ids=tuple(sorted(c.id for c in later)),
                besiegers=besiegers,
                qualifier=s.qualifier,
                country=s.country,
                pinned=True,
            )
    return problems


# ---------------------------------------------------------------- history and diff


@dataclass(frozen=True)
class HistoryEntry:
    """One dated step of a place's timeline: a claim, and the merged state just after it."""

    date: dt.date | None
    claim: Claim
    state: ControlState | None
    holders: tuple[str, ...]


def history(
    claims: Sequence[Claim], place_key: str, *, window_days: int = 3, corrections: Corrections | None = None
) -> list[HistoryEntry]:
    """The timeline of one place: each claim in date order, with the state it leads to.

    Examples
    --------
    >>> history([], "geonames:1")
    []
    """
    corrected = apply_to_claims(_unique(claims), corrections).value
    mine = sorted((c for c in corrected if c.place_key == place_key), key=lambda c: (_day(c), c.id))
    out: list[HistoryEntry] = []
    cache: dict[dt.date | None, PlaceState | None] = {}
    for c in mine:
        if c.date not in cache:
            r = merge(mine, as_of=c.date, window_days=window_days, corrections=corrections).value
            cache[c.date] = next((s for s in r if s.place_key == place_key), None)
        s = cache[c.date]
        out.append(
            HistoryEntry(
                c.date,
                c,
                s.state if s else None,
                tuple(dict.fromkeys(h.actor for h in s.holders)) if s else (),
            )
        )
    return out


def diff(before: Sequence[PlaceState], after: Sequence[PlaceState]) -> tuple[Change, ...]:
    """Gains, losses, newly contested and new places between two states, sorted.

    Examples
    --------
    >>> diff([], [])
    ()
    """
    old = {s.place_key: s for s in before}
    new = {s.place_key: s for s in after}
    changes: list[Change] = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        ref = b or a
        assert ref is not None
        was = {h.actor for h in a.holders} if a else set()
        now = {h.actor for h in b.holders} if b else set()
        found: list[tuple[ChangeKind, str | None]] = []
        if a is None:
            found.append((ChangeKind.NEW, min(now) if len(now) == 1 else None))
        else:
            found.extend((ChangeKind.GAINED, actor) for actor in sorted(now - was))
        found.extend((ChangeKind.LOST, actor) for actor in sorted(was - now))
        contested = ControlState.CONTESTED
        if b is not None and b.state is contested and (a is None or a.state is not contested):
            found.append((ChangeKind.CONTESTED, None))
        changes.extend(
            Change(
                key, ref.name, kind, actor, ref.lat, ref.lon, a.state if a else None, b.state if b else None
            )
            for kind, actor in found
        )
    return tuple(changes)


def change_dict(c: Change) -> dict[str, object]:
    """A change as a JSON-ready dict (``diff --format jsonl``)."""
    return {
        "place_key": c.place_key,
        "name": c.name,
        "change": c.kind.value,
        "actor": c.actor,
        "lat": c.lat,
        "lon": c.lon,
        "before": c.before.value if c.before else None,
        "after": c.after.value if c.after else None,
    }


def history_dict(e: HistoryEntry) -> dict[str, object]:
    """A history entry as a JSON-ready dict (``history --format jsonl``)."""
    c = e.claim
    return {
        "date": e.date.isoformat() if e.date else None,
        "place_key": c.place_key,
        "name": c.name,
        "actor": c.actor,
        "status": c.status.value,
        "share_min": c.share_min,
        "share_max": c.share_max,
        "attribution": c.attribution,
        "source": c.source,
        "report": c.report,
        "claim_id": c.id,
        "evidence": c.evidence,
        "state": e.state.value if e.state else None,
        "holders": list(e.holders),
    }


def state_from_dict(d: dict[str, Any]) -> PlaceState:
    """The inverse of :func:`mapgen.records.state_dict` (for states stored with past builds)."""

    def day(v: Any) -> dt.date | None:
        return dt.date.fromisoformat(v) if v else None

    return PlaceState(
        place_key=d["place_key"],
        name=d["name"],
        lat=d.get("lat"),
        lon=d.get("lon"),
        kind=Kind(d["kind"]) if d.get("kind") else None,
        state=ControlState(d["state"]),
        holders=tuple(
            Holder(
                h["actor"], h.get("share_min"), h.get("share_max"), h.get("attribution"), day(h.get("since"))
            )
            for h in d.get("holders", ())
        ),
        attackers=tuple(d.get("attackers", ())),
        stale=bool(d.get("stale")),
        last_reported=day(d.get("last_reported")),
        claim_ids=tuple(d.get("claim_ids", ())),
        besiegers=tuple(d.get("besiegers", ())),
        qualifier=d.get("qualifier"),
        country=d.get("country"),
        pinned=bool(d.get("pinned")),
    )
