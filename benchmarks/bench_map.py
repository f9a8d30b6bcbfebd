"""Map benchmark: render N synthetic places, measure HTML size and Chromium time to interactive.

Usage::

    .venv/bin/python benchmarks/bench_map.py [--places 10000] [--seed 1] [--out build/bench-map.html]
    PYTHONPATH=. .venv/bin/python -m benchmarks.bench_map --store build/bench/mapgen.sqlite

Targets (issue 6): 10,000 places render in <= 10 s, become interactive in
Chromium in <= 3 s, HTML < 1.5 KB per place plus the inlined assets. Not a test.

``--store`` times the map step of a build on an existing store instead (fill one with
``python -m benchmarks.bench_build -n 10000 --fake-extract`` or ``mapgen build``): reading the
claims, the time slider's frames (:func:`mapgen.build.history_frames`) and ``_write_map``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

from mapgen.fsio import write_text
from mapgen.model import Claim, ControlState, DatePrecision, Holder, Kind, PlaceState, Resolution, Status
from mapgen.render import render_html, render_map

ACTORS = ["Islamic State", "Syrian Democratic Forces", "Iraqi government forces", "Syrian government forces",
          "US-led coalition", "Free Syrian Army", "Hezbollah", "Turkish forces"]
SOURCES = ["AFP", "Reuters", "AP", "Anadolu", "SANA"]
TEMPLATES = ["{a} fighters captured {p} on {d} after days of heavy fighting, a monitor said.",
             "{a} held most of {p}, according to a war monitor, while clashes continued on its outskirts.",
             "Forces loyal to {a} besieged {p}, cutting the last road into the town.",
             "{a} launched an offensive on {p} early on Tuesday, the group said in a statement."]


def synthetic(n: int, seed: int) -> tuple[list[PlaceState], list[Claim]]:
    rng = random.Random(seed)
    day = dt.date(2017, 9, 21)
    states, claims = [], []
    for i in range(n):
        lat, lon = rng.uniform(29.0, 38.0), rng.uniform(35.0, 48.0)
        name = f"Town {i:05d}"
        key = f"geonames:{1000000 + i}"
        holder = rng.choice(ACTORS)
        ids = []
        for k in range(rng.randint(1, 3)):
            actor = holder if k == 0 else rng.choice(ACTORS)
            text = rng.choice(TEMPLATES).format(a=actor, p=name, d="Monday")
            cid = f"{i:08x}{k:08x}"
            ids.append(cid)
            claims.append(Claim(
                id=cid, report=f"reports/{i % 500}.txt", report_id="0" * 64, place=name, name=name,
                place_key=key, lat=lat, lon=lon, country="SY", kind=Kind.SETTLEMENT,
                resolution=Resolution.RESOLVED, qualifier=None, actor=actor, actor_registered=True,
                status=Status.HELD, share_min=None, share_max=None, attribution=None,
                date=day - dt.timedelta(days=rng.randint(0, 60)), date_precision=DatePrecision.DAY,
                confidence=0.8, start=0, end=len(text), evidence=text,
                source=rng.choice(SOURCES), url=f"https://example.org/{i % 500}"))
        contested = rng.random() < 0.1
        holders = (Holder(holder, 0.6, 0.8), Holder(rng.choice(ACTORS))) if contested else (Holder(holder),)
        state = ControlState.CONTESTED if contested else rng.choice(
            [ControlState.HELD] * 6 + [ControlState.BESIEGED, ControlState.UNDER_ATTACK])
        pressed = state in (ControlState.BESIEGED, ControlState.UNDER_ATTACK)
        attackers = (rng.choice(ACTORS),) if pressed else ()
        states.append(PlaceState(key, name, lat, lon, Kind.SETTLEMENT, state, holders, attackers,
                                 rng.random() < 0.1, day, tuple(ids),
                                 besiegers=attackers if state is ControlState.BESIEGED else ()))
    return states, claims


def store_step(store: str, out: str) -> int:
    """The map step of a build on an existing store, timed in parts."""
    from mapgen.build import _write_map, history_frames
    from mapgen.config import Config
    from mapgen.incremental import merge_store
    from mapgen.pipeline import Context
    from mapgen.store import open_store
    from mapgen.storeview import state_options as _state_options

    cfg = Config()
    window, stale = _state_options(cfg)
    ctx = Context.load(cfg)
    with open_store(store, create=False) as st:
        states = merge_store(st, save=False, window_days=window, stale_days=stale).states
        t0 = time.perf_counter()
        claims = st.claims()
        load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    frames = history_frames(claims, as_of=None, window_days=window, stale_days=stale)
    frames_s = time.perf_counter() - t1
    t2 = time.perf_counter()
    _write_map(Path(out), states, claims, None, ctx, (), (), cfg, window, stale, None)
    write_s = time.perf_counter() - t2
    size = Path(out).stat().st_size
    print(f"claims={len(claims)} places={len(states)} frames={len(frames)} load_claims_s={load_s:.2f} "
          f"history_frames_s={frames_s:.2f} write_map_s={write_s:.2f} (frames included) "
          f"map_step_s={load_s + write_s:.2f} html_bytes={size}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--places", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="build/bench-map.html")
    ap.add_argument("--store", help="time the map step of a build on this existing store")
    args = ap.parse_args()
    if args.store:
        return store_step(args.store, args.out)

    states, claims = synthetic(args.places, args.seed)
    empty = len(render_html(render_map([], [], as_of=None, title="x")).encode())
    t0 = time.perf_counter()
    page = render_html(render_map(states, claims, as_of=dt.date(2017, 9, 21), title="Benchmark"))
    render_s = time.perf_counter() - t0
    write_text(args.out, page)
    size = len(page.encode())
    per_place = (size - empty) / max(1, args.places)
    print(f"places={args.places} claims={len(claims)} render_s={render_s:.2f} html_bytes={size} "
          f"assets_and_basemap_bytes~{empty} bytes_per_place={per_place:.0f}")

    from mapgen.snapshot import CHROMIUM_FLAGS, find_chromium

    exe = find_chromium()
    if exe is None:
        print("chromium: not found; skipped time to interactive")
        return 0
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, headless=True, args=CHROMIUM_FLAGS)
        page_ = browser.new_page(viewport={"width": 1600, "height": 900})
        t1 = time.perf_counter()
        page_.goto(Path(args.out).resolve().as_uri(), wait_until="load")
        page_.wait_for_function("() => window.mapgen && window.mapgen.ready", timeout=60000)
        ready_s = time.perf_counter() - t1
        # Interactive: a search and a popup answer immediately.
        t2 = time.perf_counter()
        page_.evaluate("() => window.mapgen.open('Town 00042')")
        page_.wait_for_selector(".leaflet-popup-content .mg-popup")
        popup_s = time.perf_counter() - t2
        browser.close()
    print(f"time_to_interactive_s={ready_s:.2f} popup_after_ready_s={popup_s:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
