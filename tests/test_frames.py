"""The time slider's frames: the one-pass replay equals a full merge at every frame date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapgen.build import _month_end, history_frames
from mapgen.corrections import Corrections, Pin
from mapgen.frames import replay
from mapgen.model import Claim, DatePrecision, Kind, PlaceState, Resolution, Status
from mapgen.state import merge

PLACES = [("geonames:1", "Raqa"), ("geonames:2", "Hawija"), ("admin1:SY-DY", "Deir Ezzor"),
          ("geonames:3", None)]
ACTORS = ["IS", "SDF", "Iraqi", "Wagner"]
SHARES = [(None, None), (0.3, 0.3), (0.6, 0.8), (None, 0.5), (1.0, 1.0)]
START = dt.date(2017, 6, 1)


def reference(
    claims: Sequence[Claim], *, as_of: dt.date | None, window_days: int, stale_days: int,
    corrections: Any = None, max_frames: int = 24,
) -> list[tuple[dt.date, tuple[PlaceState, ...]]]:
    """history_frames as it was: a full merge at each frame date."""
    dates = sorted({c.date for c in claims if c.date and (as_of is None or c.date < as_of)})
    if not dates:
        return []
    if len(dates) > max_frames:
        months = sorted({_month_end(d) for d in dates})
        dates = [min(m, dates[-1]) for m in months][-max_frames:]
    return [(d, merge(claims, as_of=d, window_days=window_days, stale_days=stale_days,
                      corrections=corrections).value) for d in dates]


@st.composite
def claim(draw: st.DrawFn, n: int) -> Claim:
    key, name = draw(st.sampled_from(PLACES))
    lo, hi = draw(st.sampled_from(SHARES))
    offset = draw(st.one_of(st.none(), st.integers(0, 150)))
    resolution = draw(st.sampled_from([Resolution.RESOLVED] * 6 + [Resolution.PINNED, Resolution.AMBIGUOUS]))
    cid = draw(st.sampled_from([f"c{n:03d}", "dup"]))  # a repeated id counts once
    return Claim(
        id=cid, report="r.txt", report_id="r" * 64, place=name or "the town", name=name,
        place_key=key, lat=None if draw(st.integers(0, 20)) == 0 else 35.0, lon=40.0, country="SY",
        kind=Kind.ADMIN1 if key.startswith("admin1") else Kind.SETTLEMENT, resolution=resolution,
        qualifier=draw(st.sampled_from([None, None, "eastern"])), actor=draw(st.sampled_from(ACTORS)),
        actor_registered=True, status=draw(st.sampled_from(list(Status))), share_min=lo, share_max=hi,
        attribution=draw(st.sampled_from([None, None, "SOHR", "coalition"])),
        date=START + dt.timedelta(days=offset) if offset is not None else None,
        date_precision=DatePrecision.DAY, confidence=0.9, start=0, end=1, evidence=f"e{n}",
        source="AFP", url=None,
    )


@st.composite
def claim_sets(draw: st.DrawFn) -> list[Claim]:
    size = draw(st.integers(0, 40))
    return [draw(claim(i)) for i in range(size)]


@st.composite
def corrections(draw: st.DrawFn) -> Corrections | None:
    if draw(st.booleans()):
        return None
    pins = tuple(
        Pin(place=draw(st.sampled_from([PLACES[0][0], "Hawija", "Nowhere"])),
            holder=draw(st.sampled_from(ACTORS)),
            since=draw(st.one_of(st.none(), st.just(START + dt.timedelta(days=40)))))
        for _ in range(draw(st.integers(0, 2)))
    )
    merges = (("Wagner", "SDF"),) if draw(st.booleans()) else ()
    reject = tuple(draw(st.lists(st.sampled_from(["c000", "c001", "c002", "c005", "dup"]), max_size=2)))
    return Corrections(reject=reject, pins=pins, merges=merges)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    claims=claim_sets(), corr=corrections(), window=st.sampled_from([0, 3, 10]),
    stale=st.sampled_from([10, 90]), max_frames=st.sampled_from([2, 5, 24]),
    as_of=st.one_of(st.none(), st.just(START + dt.timedelta(days=80))),
)
def test_replay_equals_full_merge_at_each_date(
    claims: list[Claim], corr: Corrections | None, window: int, stale: int, max_frames: int,
    as_of: dt.date | None,
) -> None:
    opts = {"as_of": as_of, "window_days": window, "stale_days": stale, "corrections": corr,
            "max_frames": max_frames}
    assert history_frames(claims, **opts) == reference(claims, **opts)


def test_replay_needs_ascending_dates() -> None:
    with pytest.raises(ValueError):
        replay([], [START, START - dt.timedelta(days=1)], window_days=3, stale_days=90)


def test_only_changed_places_are_merged_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A frame merges only the places that got a claim since the previous frame."""
    import mapgen.frames as frames

    calls: list[str] = []
    real = frames.place_state
    monkeypatch.setattr(frames, "place_state", lambda key, cs, **kw: calls.append(key) or real(key, cs, **kw))
    base = dict(report="r.txt", report_id="r" * 64, lat=35.0, lon=40.0, country="SY", kind=Kind.SETTLEMENT,
                resolution=Resolution.RESOLVED, qualifier=None, actor_registered=True, share_min=None,
                share_max=None, attribution=None, date_precision=DatePrecision.DAY, confidence=0.9, start=0,
                end=1, evidence="e", source="AFP", url=None)
    cs = [Claim(id=f"a{d}", place="A", name="A", place_key="geonames:1", actor="IS", status=Status.HELD,
                date=START + dt.timedelta(days=d), **base) for d in range(10)]
    cs.append(Claim(id="b", place="B", name="B", place_key="geonames:2", actor="SDF", status=Status.HELD,
                    date=START, **base))
    out = replay(cs, [START + dt.timedelta(days=d) for d in range(10)], window_days=3, stale_days=90)
    assert [len(s) for _, s in out] == [2] * 10
    assert calls.count("geonames:2") == 1 and calls.count("geonames:1") == 10
