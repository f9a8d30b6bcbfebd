"""The time slider's earlier states, replayed in one pass over the claims (pure).

:func:`replay` gives, for ascending dates, exactly what :func:`mapgen.state.merge` gives at each
date, without merging every claim again for every date. Claims are added in date order; each
place keeps a small *kernel* per actor, the only claims its merge can depend on:

* the actor's claims within ``window_days`` of its newest one (all of them while none is dated);
* one claim at each of the actor's newest dates of a hold, a loss, a full hold or capture, a
  full capture and any capture (the dates the merge rules compare);
* the place's attacks in date order (who takes a place nobody holds after its loss).

Every other claim of the actor is ended by its own newer claim and moves none of those dates, so
the merge of the kernel equals the merge of all the place's claims (the argument of
:meth:`mapgen.store.Store.merge_kernel`, tested against :func:`merge` with hypothesis). At each
date only the places that got a claim since the previous date are merged again; the others keep
their state, and ``stale`` and pins are settled for every place by
:func:`mapgen.state.finish_states`, as ``merge`` does.
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
from collections import deque
from collections.abc import Iterable, Sequence

from .corrections import Corrections, apply_to_claims
from .model import Claim, PlaceState, Status
from .state import ATTACK_LIKE, DRAWABLE, FULL_SHARE, HOLD_LIKE, finish_states, lost_by, place_state

_NO_DATE = dt.date.min
Frame = tuple[dt.date, tuple[PlaceState, ...]]


def _day(c: Claim) -> dt.date:
    return c.date or _NO_DATE


def _full(c: Claim) -> bool:
    return c.share_max is None or c.share_max >= FULL_SHARE


class _ActorKernel:
    """One actor's claims at one place that a merge can still depend on."""

    __slots__ = ("days", "newest", "recent", "reps")

    def __init__(self) -> None:
        self.newest = _NO_DATE
        self.recent: deque[Claim] = deque()
        self.days: deque[dt.date] = deque()  # _day of each claim in recent
        self.reps: dict[str, Claim] = {}

    def add(self, c: Claim, d: dt.date, window: dt.timedelta) -> None:
        # d is the claim's day (_day(c)); claims come in (date, id) order: never older than self.newest.
        if d > self.newest:
            self.newest = d
            days = self.days
            # Out of the window: undated, or more than `window` before d (d - window cannot underflow:
            # d is later than the smallest date).
            oldest = d - window if d - _NO_DATE > window else _NO_DATE
            while days and (days[0] == _NO_DATE or days[0] < oldest):
                days.popleft()
                self.recent.popleft()
        self.recent.append(c)
        self.days.append(d)
        # The newest claim of each kind is the last one added (any claim of that date would do).
        if c.status in HOLD_LIKE:
            self.reps["hold"] = c
        if c.status is Status.LOST:
            self.reps["loss"] = c
        if c.status is Status.CAPTURED:
            self.reps["capture"] = c
        if c.status in (Status.HELD, Status.CAPTURED) and _full(c):
            self.reps["full"] = c
            if c.status is Status.CAPTURED:
                self.reps["full_capture"] = c


class _PlaceKernel:
    __slots__ = ("actors", "attacks")

    def __init__(self) -> None:
        self.actors: dict[str, _ActorKernel] = {}
        self.attacks: list[Claim] = []  # in (date, id) order

    def add(self, c: Claim, d: dt.date, window: dt.timedelta) -> None:
        k = self.actors.get(c.actor)
        if k is None:
            k = self.actors[c.actor] = _ActorKernel()
        k.add(c, d, window)
        if c.status in ATTACK_LIKE:
            self.attacks.append(c)

    def state(self, key: str, window_days: int) -> PlaceState:
        kernel: dict[str, Claim] = {}
        for k in self.actors.values():
            for c in k.recent:
                kernel[c.id] = c
            for c in k.reps.values():
                kernel[c.id] = c
        claims = list(kernel.values())
        lost = lost_by(claims, window_days=window_days)
        if lost is not None:
            losers, lost_at = lost
            until = lost_at or _NO_DATE
            for c in reversed(self.attacks):  # the newest attack by someone else up to the loss
                if _day(c) <= until and c.actor not in losers:
                    if c.id not in kernel:
                        claims.append(c)
                    break
        return place_state(key, claims, window_days=window_days)


def replay(
    claims: Iterable[Claim],
    dates: Sequence[dt.date],
    *,
    window_days: int,
    stale_days: int,
    corrections: Corrections | None = None,
) -> list[Frame]:
    """The state of every place at each of ``dates`` (ascending), as ``merge(claims, as_of=d)`` gives it.

    Parameters
    ----------
    claims
        Claims in any order (duplicate ids count once, the first one given, as in ``merge``).
    dates
        Ascending dates.
    window_days, stale_days, corrections
        As for :func:`mapgen.state.merge`.

    Returns
    -------
    list of (date, states)
        States sorted by place key, one tuple per date (problems are not reported here).

    Examples
    --------
    >>> replay([], [dt.date(2017, 1, 1)], window_days=3, stale_days=90)
    [(datetime.date(2017, 1, 1), ())]
    """
    if list(dates) != sorted(dates):
        raise ValueError("replay needs ascending dates")
    given = list(claims)
    ids = [c.id for c in given]
    if not all(map(operator.lt, ids, ids[1:])):
        # Not already in strictly ascending id order (a store's claims are): sorted, first copy kept.
        by_id: dict[str, Claim] = {}
        for c in given:
            by_id.setdefault(c.id, c)
        given = [by_id[k] for k in sorted(by_id)]
    corrected = apply_to_claims(given, corrections, report=False).value
    drawable = (
        c
        for c in corrected
        if c.place_key is not None and c.resolution in DRAWABLE and c.lat is not None and c.lon is not None
    )
    # In (date, id) order: ``corrected`` is in id order and the sort is stable (no key tuples to build).
    usable = sorted(drawable, key=_day)
    # Per place, its claims in date order (the pins' claims at a date are a prefix of them).
    per_place: dict[str, list[Claim]] = {}
    for c in usable:
        per_place.setdefault(c.place_key or "", []).append(c)
    pins = bool(corrections and corrections.pins)
    days = {k: [_day(c) for c in cs] for k, cs in per_place.items()} if pins else {}
    window = dt.timedelta(days=window_days)
    kernels: dict[str, _PlaceKernel] = {}
    base: dict[str, PlaceState] = {}
    out: list[Frame] = []
    day_of = [_day(c) for c in usable]  # ascending, as usable is
    i = 0
    for d in dates:
        touched: set[str] = set()
        j = bisect.bisect_right(day_of, d, i)  # the claims dated up to d not added yet: usable[i:j]
        for n in range(i, j):
            c = usable[n]
            key = c.place_key or ""
            k = kernels.get(key)
            if k is None:
                k = kernels[key] = _PlaceKernel()
            k.add(c, day_of[n], window)
            touched.add(key)
        i = j
        for key in touched:
            base[key] = kernels[key].state(key, window_days)

        def claims_of(key: str, d: dt.date = d) -> list[Claim]:
            cs = per_place.get(key, [])
            return cs[: bisect.bisect_right(days[key], d)] if key in days else []

        final = finish_states(
            base.values(), as_of=d, stale_days=stale_days, corrections=corrections, claims_of=claims_of
        )
        out.append((d, final.value))
    return out
