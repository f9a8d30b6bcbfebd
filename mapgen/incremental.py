"""The state of control from a store, merging again only the places whose claims changed.

A place's merged state depends only on its own claims (after corrections, up to ``as_of``) and the
window; so the store keeps each place's state from the last build (``place_states``) and the places
whose claims changed since (``dirty_places``, marked by the store in the same transaction as the
change: new, changed, re-extracted, withdrawn or restored reports, and repeated-story groups whose
counted copy may change). A rebuild merges again the marked places and those touched by changed
corrections (rejects, actor merges), and reuses the others. What depends on every place at once is
settled on every build, cheaply: ``stale`` (relative to ``as_of`` or the newest claim overall), pins,
corrections that match nothing, and places that cannot be drawn.

The cache is keyed on the merge rules' version, ``as_of``, the window and the pipeline fingerprint;
any other key merges everything again (streamed one place at a time, so memory stays small). The
result is exactly :func:`mapgen.state.merge` over :meth:`Store.claims` (tested).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections import Counter
from typing import Any

from .corrections import Corrections, apply_to_claims, unmatched
from .model import Claim, PlaceState, Problem
from .records import state_dict
from .state import (
    ATTACK_LIKE,
    DRAWABLE,
    FULL_SHARE,
    HOLD_LIKE,
    finish_states,
    lost_by,
    place_claims,
    place_state,
    split_claims,
    state_from_dict,
    undrawable_problems,
)
from .store import Store

# Bump whenever the merge rules change what a place's state is: every stored state is then merged again.
CACHE_VERSION = 1
_KEY, _CORRECTIONS = "state_key", "state_corrections"


@dataclasses.dataclass(frozen=True)
class StoreMerge:
    """The merged state of a store and how much of it was merged in this run."""

    states: tuple[PlaceState, ...]
    problems: tuple[Problem, ...]
    merged: int  # places merged again (the others were reused)
    full: bool  # everything was merged (first build, or as_of / window / pipeline changed)


def merge_store(
    st: Store,
    *,
    as_of: dt.date | None = None,
    window_days: int = 3,
    stale_days: int = 90,
    corrections: Corrections | None = None,
    fingerprint: str | None = None,
    save: bool = True,
) -> StoreMerge:
    """The state of control of the store's counted claims, as :func:`mapgen.state.merge` gives it.

    Parameters
    ----------
    st
        An open store.
    as_of, window_days, stale_days, corrections
        As for :func:`mapgen.state.merge`.
    fingerprint
        The pipeline fingerprint of this build (None: whichever the stored states were made with).
    save
        Store the merged states for the next build (in one transaction, joining the caller's).

    Returns
    -------
    StoreMerge

    Examples
    --------
    >>> with open_store("build/mapgen.sqlite") as st:  # doctest: +SKIP
    ...     merge_store(st, as_of=None).merged
    3
    """
    corr = corrections or Corrections()
    key: dict[str, Any] = {
        "version": CACHE_VERSION,
        "as_of": as_of.isoformat() if as_of else None,
        "window_days": window_days,
        "fingerprint": fingerprint,
    }
    snapshot = _snapshot(corr)
    with st.transaction() if save else contextlib.nullcontext():
        stored_key, stored_corr = st.get_meta(_KEY), st.get_meta(_CORRECTIONS)
        if fingerprint is None and stored_key:
            key["fingerprint"] = stored_key.get("fingerprint")
        full = stored_key != key or stored_corr is None
        base: dict[str, PlaceState] = {}
        saved: list[tuple[str, dict[str, Any]]] = []
        drop: list[str] = []
        if full:
            base = _merge_places(st, None, as_of, window_days, corr)
            saved = [(k, state_dict(s)) for k, s in base.items()]
            merged = len(base)
        else:
            ids, actors = _correction_changes(stored_corr, snapshot)
            dirty = st.dirty_places() | (st.claim_places(ids, actors) if ids or actors else set())
            base = {k: state_from_dict(v) for k, v in st.place_states().items() if k not in dirty}
            fresh = _merge_places(st, sorted(dirty), as_of, window_days, corr)
            base.update(fresh)
            saved = [(k, state_dict(s)) for k, s in sorted(fresh.items())]
            drop = sorted(dirty - set(fresh))
            merged = len(dirty)
        if save:
            st.save_place_states(saved, drop=drop, everything=full)
            st.set_meta(_KEY, key)
            st.set_meta(_CORRECTIONS, snapshot)
    problems: list[Problem] = []
    if corr:
        rejected = st.counted_actors_of(corr.reject) if corr.reject else {}
        # A merge is used by a claim that is not rejected (rejects apply first).
        per_actor = Counter(st.counted_per_actor(src for src, _ in corr.merges) if corr.merges else {})
        per_actor.subtract(rejected.values())
        problems.extend(unmatched(corr, set(rejected), {a for a, n in per_actor.items() if n > 0}))
    loose = apply_to_claims(st.undrawable_claims([r.value for r in DRAWABLE]), corr, report=False).value
    problems.extend(undrawable_problems(split_claims(loose, as_of)[1]))

    def claims_of(place: str) -> list[Claim]:
        return place_claims(st.claims_for_places([place]).get(place, ()), as_of=as_of, corrections=corr)

    final = finish_states(
        base.values(), as_of=as_of, stale_days=stale_days, corrections=corr, claims_of=claims_of
    )
    return StoreMerge(final.value, tuple(problems) + final.problems, merged, full)


def _merge_places(
    st: Store, keys: list[str] | None, as_of: dt.date | None, window_days: int, corr: Corrections
) -> dict[str, PlaceState]:
    """The states of these places (all with None) from the few claims each merge depends on."""
    if keys is not None and not keys:
        return {}
    where = {
        "as_of": as_of,
        "rejected": corr.reject,
        "merges": {src: corr.canonical(src) for src, _ in corr.merges},
        "drawable": sorted(r.value for r in DRAWABLE),
    }
    kernel = st.merge_kernel(
        keys,
        window_days=window_days,
        hold_like=sorted(s.value for s in HOLD_LIKE),
        full_share=FULL_SHARE,
        **where,  # type: ignore[arg-type]
    )
    out: dict[str, PlaceState] = {}
    for place in sorted(kernel):
        usable = place_claims(kernel[place], as_of=as_of, corrections=corr)
        if not usable:
            continue
        lost = lost_by(usable, window_days=window_days)
        if lost is not None:
            # Who takes a place nobody is said to hold after its loss: the newest attacker before it.
            taker = st.newest_attack(
                place,
                not_by=lost[0],
                until=lost[1],
                attack_like=sorted(s.value for s in ATTACK_LIKE),
                **where,  # type: ignore[arg-type]
            )
            if taker is not None and taker.id not in {c.id for c in usable}:
                usable += place_claims([taker], as_of=as_of, corrections=corr)
        out[place] = place_state(place, usable, window_days=window_days)
    return out


def _snapshot(corr: Corrections) -> dict[str, Any]:
    """What the stored states depend on in the corrections: rejects, and each merged actor's final name."""
    return {
        "reject": sorted(set(corr.reject)),
        "merge": {src: corr.canonical(src) for src, _ in corr.merges},
    }


def _correction_changes(old: dict[str, Any], new: dict[str, Any]) -> tuple[set[str], set[str]]:
    """Claim ids whose rejection changed, and actors whose merged name changed."""
    ids = set(old.get("reject", ())) ^ set(new["reject"])
    before, after = old.get("merge", {}), new["merge"]
    actors = {a for a in set(before) | set(after) if before.get(a, a) != after.get(a, a)}
    return ids, actors
