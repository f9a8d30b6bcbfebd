"""Merge rules (mapgen.state): the contract's worked example on the seed, and multi-report cases."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from mapgen.config import Config
from mapgen.corrections import load_corrections
from mapgen.model import (
    ChangeKind,
    Claim,
    ControlState,
    DatePrecision,
    Kind,
    Resolution,
    Status,
)
from mapgen.state import diff, history, merge

D = dt.date
SEED = D(2017, 9, 21)
IS, SDF, IRQ, SYR, COAL = (
    "Islamic State",
    "Syrian Democratic Forces",
    "Iraqi government forces",
    "Syrian government forces",
    "US-led coalition",
)
PLACES = {
    "Raqa": ("geonames:163915", 35.95, 39.01, Kind.SETTLEMENT, "SY"),
    "Hawija": ("geonames:99347", 35.33, 43.78, Kind.SETTLEMENT, "IQ"),
    "Sharqat": ("geonames:92430", 35.51, 43.23, Kind.SETTLEMENT, "IQ"),
    "Mosul": ("geonames:99072", 36.34, 43.13, Kind.SETTLEMENT, "IQ"),
    "Euphrates Valley": ("region:euphrates-valley", 34.5, 41.0, Kind.REGION, "IQ"),
    "Deir Ezzor": ("admin1:SY-DY", 35.3, 40.1, Kind.ADMIN1, "SY"),
    "Deir ez-Zor city": ("geonames:170794", 35.33, 40.14, Kind.SETTLEMENT, "SY"),
    "Homs": ("admin1:SY-HI", 34.5, 38.0, Kind.ADMIN1, "SY"),
    "Hama": ("admin1:SY-HM", 35.2, 37.5, Kind.ADMIN1, "SY"),
    "Tripoli": (None, None, None, None, None),
}


def claim(
    place: str,
    actor: str,
    status: Status,
    date: dt.date | None = SEED,
    *,
    share: tuple[float, float] | None = None,
    attribution: str | None = None,
    qualifier: str | None = None,
    report: str = "r1",
    resolution: Resolution | None = None,
) -> Claim:
    key, lat, lon, kind, cc = PLACES[place]
    res = resolution or (Resolution.RESOLVED if key else Resolution.AMBIGUOUS)
    ident = hashlib.sha256(
        f"{report}|{place}|{actor}|{status}|{date}|{share}|{attribution}".encode()
    ).hexdigest()[:16]
    return Claim(
        id=ident,
        report=report,
        report_id=hashlib.sha256(report.encode()).hexdigest(),
        place=place,
        name=place,
        place_key=key,
        lat=lat,
        lon=lon,
        country=cc,
        kind=kind,
        resolution=res,
        qualifier=qualifier,
        actor=actor,
        actor_registered=True,
        status=status,
        share_min=share[0] if share else None,
        share_max=share[1] if share else None,
        attribution=attribution,
        date=date,
        date_precision=DatePrecision.DAY,
        confidence=0.9,
        start=0,
        end=10,
        evidence=f"{actor} {status} {place}",
        source="AFP",
        url=None,
    )


def seed_claims() -> list[Claim]:
    return [
        claim(
            "Raqa",
            SDF,
            Status.HELD,
            D(2017, 9, 20),
            share=(0.9, 0.9),
            attribution="Syrian Observatory for Human Rights",
        ),
        claim("Raqa", SDF, Status.HELD, share=(0.65, 0.7), attribution=COAL),
        claim("Raqa", SDF, Status.ATTACKING),
        claim("Raqa", IS, Status.HELD, qualifier="section"),
        claim("Raqa", SDF, Status.BESIEGING),
        claim("Raqa", IS, Status.CAPTURED, D(2014, 1, 15)),  # "seized Raqa in early 2014": ended since
        claim("Hawija", IS, Status.HELD, qualifier="pocket"),
        claim("Hawija", IRQ, Status.ATTACKING),
        claim("Hawija", IRQ, Status.BESIEGING),
        claim("Sharqat", IS, Status.HELD),
        claim("Mosul", IRQ, Status.ATTACKING, D(2017, 6, 1)),
        claim("Mosul", IS, Status.LOST, D(2017, 7, 10)),
        claim("Euphrates Valley", IS, Status.HELD, qualifier="section"),
        claim("Euphrates Valley", IRQ, Status.ATTACKING, D(2017, 9, 19)),
        claim("Deir Ezzor", IS, Status.HELD),
        claim("Deir Ezzor", SYR, Status.ATTACKING),
        claim("Deir Ezzor", SDF, Status.ATTACKING),
        claim("Homs", IS, Status.HELD, qualifier="east"),
        claim("Homs", SYR, Status.ATTACKING),
        claim("Hama", IS, Status.HELD, qualifier="east"),
        claim("Hama", SYR, Status.ATTACKING),
        claim("Tripoli", IS, Status.HELD),
    ]


def by_name(states):  # noqa: ANN001, ANN201
    return {s.name: s for s in states}


def test_seed_worked_example() -> None:
    result = merge(seed_claims(), as_of=SEED)
    s = by_name(result.value)
    raqa = s["Raqa"]
    assert raqa.state is ControlState.CONTESTED
    sdf = [h for h in raqa.holders if h.actor == SDF]
    assert {(h.share_min, h.share_max, h.attribution) for h in sdf} == {
        (0.9, 0.9, "Syrian Observatory for Human Rights"),
        (0.65, 0.7, COAL),
    }
    assert IS in {h.actor for h in raqa.holders}
    assert SDF in raqa.attackers and SDF in raqa.besiegers
    assert raqa.holders[0].actor == SDF  # the largest share first
    assert s["Hawija"].holders[0].actor == IS and len(s["Hawija"].holders) == 1
    assert s["Hawija"].state is ControlState.BESIEGED and s["Hawija"].attackers == (IRQ,)
    assert s["Sharqat"].state is ControlState.HELD and [h.actor for h in s["Sharqat"].holders] == [IS]
    mosul = s["Mosul"]
    assert [h.actor for h in mosul.holders] == [IRQ] and mosul.holders[0].since == D(2017, 7, 10)
    assert mosul.state is ControlState.CHANGED_HANDS
    assert s["Euphrates Valley"].state is ControlState.UNDER_ATTACK
    assert s["Euphrates Valley"].qualifier == "section"
    dz = s["Deir Ezzor"]
    assert [h.actor for h in dz.holders] == [IS] and dz.attackers == (SDF, SYR)
    for prov in ("Homs", "Hama"):
        assert [h.actor for h in s[prov].holders] == [IS] and s[prov].attackers == (SYR,)
        assert s[prov].qualifier == "east"
    # Ambiguous places are never drawn, but reported.
    assert "Tripoli" not in s
    assert any(p.code == "ambiguous-place" and "Tripoli" in p.message for p in result.problems)
    assert not any(st.stale for st in result.value)


def test_lost_without_attacker_is_unknown() -> None:
    states = merge([claim("Mosul", IS, Status.LOST, D(2017, 7, 10))]).value
    assert states[0].holders == () and states[0].state is ControlState.CHANGED_HANDS


def test_capture_ends_older_holds_but_same_day_disagreement_is_contested() -> None:
    older = claim("Raqa", IS, Status.HELD, D(2017, 9, 1), report="a")
    capture = claim("Raqa", SDF, Status.CAPTURED, D(2017, 10, 20), report="b")
    s = merge([older, capture]).value[0]
    assert [h.actor for h in s.holders] == [SDF] and s.state is ControlState.CHANGED_HANDS
    same_day = claim("Raqa", IS, Status.HELD, D(2017, 10, 20), report="c")
    s2 = merge([older, capture, same_day]).value[0]
    assert s2.state is ControlState.CONTESTED and {h.actor for h in s2.holders} == {IS, SDF}
    # Before the capture, the older hold stands.
    s3 = merge([older, capture], as_of=D(2017, 10, 1)).value[0]
    assert [h.actor for h in s3.holders] == [IS] and s3.state is ControlState.HELD


def test_newer_full_hold_by_other_actor_replaces_old_hold_beyond_window() -> None:
    a = claim("Sharqat", IS, Status.HELD, D(2017, 9, 1), report="a")
    b = claim("Sharqat", IRQ, Status.HELD, D(2017, 9, 30), report="b")
    assert [h.actor for h in merge([a, b]).value[0].holders] == [IRQ]
    c = claim("Sharqat", IRQ, Status.HELD, D(2017, 9, 2), report="c")  # within the window: disagreement
    s = merge([a, c]).value[0]
    assert s.state is ControlState.CONTESTED


def test_partial_holds_coexist() -> None:
    a = claim("Raqa", SDF, Status.HELD, D(2017, 9, 1), share=(0.5, 0.5), report="a")
    b = claim("Raqa", IS, Status.HELD, D(2017, 9, 30), share=(0.4, 0.4), report="b")
    s = merge([a, b]).value[0]
    assert {h.actor for h in s.holders} == {SDF, IS}


def test_lost_then_retaken() -> None:
    a = claim("Sharqat", IS, Status.LOST, D(2017, 9, 1), report="a")
    b = claim("Sharqat", IS, Status.CAPTURED, D(2017, 9, 20), report="b")
    s = merge([a, b]).value[0]
    assert [h.actor for h in s.holders] == [IS]


def test_province_and_town_do_not_overwrite_each_other() -> None:
    prov = claim("Deir Ezzor", IS, Status.HELD, D(2017, 9, 21), report="a")
    town = claim("Deir ez-Zor city", SYR, Status.CAPTURED, D(2017, 11, 3), report="b")
    s = by_name(merge([prov, town]).value)
    assert [h.actor for h in s["Deir Ezzor"].holders] == [IS]
    assert [h.actor for h in s["Deir ez-Zor city"].holders] == [SYR]


def test_stale_and_as_of() -> None:
    old = claim("Sharqat", IS, Status.HELD, D(2017, 1, 1), report="a")
    new = claim("Hawija", IS, Status.HELD, D(2017, 9, 21), report="b")
    s = by_name(merge([old, new]).value)
    assert s["Sharqat"].stale and not s["Hawija"].stale
    s2 = by_name(merge([old, new], stale_days=365).value)
    assert not s2["Sharqat"].stale
    assert "Hawija" not in by_name(merge([old, new], as_of=D(2017, 6, 1)).value)


@settings(max_examples=60, deadline=None)
@given(
    st.permutations(
        seed_claims()
        + [
            claim("Raqa", SDF, Status.CAPTURED, D(2017, 10, 20), report="late"),
            claim("Hawija", IRQ, Status.CAPTURED, D(2017, 10, 5), report="late"),
            claim("Sharqat", IS, Status.HELD, D(2017, 9, 21), report="dup"),
        ]
    ),
    st.integers(0, 3),
)
def test_order_independent(claims: list[Claim], dup: int) -> None:
    reference = merge(sorted(claims, key=lambda c: c.id))
    shuffled = merge(claims + claims[:dup])
    assert shuffled == reference


def test_older_report_ingested_late_changes_nothing_newer() -> None:
    base = seed_claims() + [claim("Raqa", SDF, Status.CAPTURED, D(2017, 10, 20), report="late")]
    before = merge(base).value
    old = claim("Raqa", IS, Status.HELD, D(2017, 6, 1), report="old")
    after = merge(base + [old]).value
    assert by_name(before)["Raqa"].holders == by_name(after)["Raqa"].holders


def test_diff_and_history() -> None:
    claims = seed_claims() + [claim("Raqa", SDF, Status.CAPTURED, D(2017, 10, 20), report="late")]
    before = merge(claims, as_of=SEED).value
    after = merge(claims, as_of=D(2017, 10, 31)).value
    changes = diff(before, after)
    assert (ChangeKind.LOST, IS) in {(c.kind, c.actor) for c in changes if c.name == "Raqa"}
    assert all(c.name == "Raqa" for c in changes)
    assert diff(after, after) == ()
    new = diff([], after)
    assert {c.kind for c in new} == {ChangeKind.NEW, ChangeKind.CONTESTED} or {c.kind for c in new} >= {
        ChangeKind.NEW
    }
    h = history(claims, "geonames:163915")
    assert [e.date for e in h] == sorted(e.date for e in h)
    assert h[0].holders == (IS,) and h[-1].holders == (SDF,)


def test_corrections_reject_merge_pin() -> None:
    claims = seed_claims() + [claim("Hawija", "Hashd al-Shaabi", Status.ATTACKING)]
    sharqat = next(c for c in claims if c.name == "Sharqat")
    text = f"""
[corrections]
reject = ["{sharqat.id}", "ffffffffffffffff"]
[corrections.merge]
"Hashd al-Shaabi" = "{IRQ}"
"Nobody" = "{IRQ}"
[[corrections.pin]]
place = "geonames:163915"
holder = "{SDF}"
since = 2017-09-01
"""
    import tomllib

    cfg = Config(path="mapgen.toml", data=tomllib.loads(text), text=text)
    corr = load_corrections(cfg)
    assert corr.problems == ()
    result = merge(claims, corrections=corr.value)
    s = by_name(result.value)
    assert "Sharqat" not in s
    assert s["Hawija"].attackers == (IRQ,)
    raqa = s["Raqa"]
    assert raqa.pinned and [h.actor for h in raqa.holders] == [SDF] and raqa.holders[0].attribution
    # a newer report saying otherwise does not override the pin
    counter = claim("Raqa", IS, Status.CAPTURED, D(2017, 12, 1), report="counter")
    assert [
        h.actor for h in by_name(merge(claims + [counter], corrections=corr.value).value)["Raqa"].holders
    ] == [SDF]
    unmatched = [p.message for p in result.problems if p.code == "correction-unmatched"]
    assert any("ffffffffffffffff" in m for m in unmatched) and any("Nobody" in m for m in unmatched)
    # before the pin's date the claims decide
    early = by_name(merge(claims, corrections=corr.value, as_of=D(2017, 8, 1)).value)
    assert "Raqa" in early and not early["Raqa"].pinned


def test_bad_corrections_have_line_numbers() -> None:
    import tomllib

    text = (
        '[corrections]\nreject = "abc"\n[[corrections.pin]]\nplace = "Raqa"\nholder = "X"\nsince = "soon"\n'
    )
    cfg = Config(path="m.toml", data=tomllib.loads(text), text=text)
    probs = load_corrections(cfg).problems
    assert len(probs) == 2
    assert "line 2" in probs[0].message and "line 4" in probs[1].message


def test_unresolved_never_drawn() -> None:
    c = replace(
        claim("Sharqat", IS, Status.HELD),
        resolution=Resolution.UNRESOLVED,
        place_key=None,
        lat=None,
        lon=None,
    )
    r = merge([c])
    assert r.value == () and r.problems and r.problems[0].code == "unresolved-place"


def test_same_day_hold_and_loss_by_one_actor_is_contested() -> None:
    a = claim("Mosul", IS, Status.LOST, report="a")
    b = claim("Mosul", IS, Status.HELD, report="b")
    s = merge([a, b]).value[0]
    assert s.state is ControlState.CONTESTED and [h.actor for h in s.holders] == [IS]
    later = claim("Mosul", IS, Status.LOST, D(2017, 9, 25), report="c")
    assert merge([a, b, later]).value[0].holders == ()
