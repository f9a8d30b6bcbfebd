"""The map's HTML without a browser: inlined assets, determinism, escaping, data for the page script."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from map_fixtures import IS, PAYLOADS, RAQA_90, SDF, D, hostile, long_history, seed_like  # noqa: E402

from mapgen import render  # noqa: E402
from mapgen.assets import external_references  # noqa: E402
from mapgen.mapdata import expand_frames  # noqa: E402
from mapgen.render import render_html, render_map, save_map, script_json  # noqa: E402

DATA_RE = re.compile(r'<script type="application/json" id="[^"]+_data">(.*?)</script>', re.S)


def page_of(**kw: object) -> str:
    states, claims, changes, problems = seed_like()
    args = {"as_of": D, "changes": changes, "problems": problems, "title": "Seed map"}
    args.update(kw)
    return render_html(render_map(states, claims, **args))  # type: ignore[arg-type]


def data_of(page: str) -> dict:
    found = DATA_RE.findall(page)
    assert len(found) == 1
    return json.loads(found[0])


def normalise(page: str) -> str:
    return re.sub(r"_[0-9a-f]{32}", "_ID", page)


def test_every_asset_is_inlined_and_no_cdn_remains() -> None:
    page = page_of()
    assert external_references(page) == []
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=", page)
    without_data_uris = re.sub(r"data:[a-z/+]+;base64,[A-Za-z0-9+/=]+", "", page).lower()
    for host in ("cdn", "jsdelivr", "unpkg", "code.jquery", "googleapis", "cloudflare"):
        assert host not in without_data_uris
    assert "L.map(" in page and "leaflet.js (inlined)" in page
    # Leaflet's CSS images became data URIs.
    assert "url(images/" not in page and "data:image/png;base64," in page


def test_output_is_deterministic_after_normalising_folium_ids() -> None:
    a, b = page_of(), page_of()
    assert a != "" and normalise(a) == normalise(b)


def test_data_block_carries_places_claims_and_ranges() -> None:
    data = data_of(page_of())
    T = data["T"]
    names = [T[p["n"]] for p in data["P"]]
    assert {"Raqa", "Hawija", "Sharqat", "Deir Ezzor", "Mosul"} <= set(names)
    raqa = next(e for e in data["F"][-1]["p"] if T[data["P"][e["i"]]["n"]] == "Raqa")
    assert raqa["s"] == "c"
    actors = [T[a["n"]] for a in data["A"]]
    holders = [(actors[h[0]], h[1], h[2]) for h in raqa["h"]]
    assert (SDF, 0.9, 0.9) in holders and (SDF, 0.65, 0.7) in holders and (IS, None, None) in holders
    evidence = [T[data["C"][ci]["e"]] for ci in raqa["c"]]
    assert RAQA_90 in evidence
    assert data["asOf"] == "2017-09-21"
    assert "GeoNames (CC BY 4.0)" in data["credits"] and "Natural Earth" in data["credits"]
    assert [q["n"] for q in data["Q"]] == ["Novoxyzivka"]
    assert data["X"] and data["X"][0]["k"] == "gained"
    assert data["basemap"]["features"], "offline basemap missing"
    assert {f["properties"]["name"] for f in data["basemap"]["features"]} >= {"Syria", "Iraq"}


def test_layers_one_per_actor_plus_contested_and_changes() -> None:
    page = page_of()
    overlays = page[page.index("overlays :"):]
    layers = re.findall(r'"((?:[^"\\]|\\.)*)"\s*:\s*feature_group_', overlays)
    text = " ".join(json.loads(f'"{x}"') for x in layers)
    assert len(layers) == 4
    for name in (IS, "Iraqi government forces", "Contested", "Changes since the previous build"):
        assert name in text
    data = data_of(page)
    assert [layer["n"] for layer in data["L"]][:1] and "Contested" in [layer["n"] for layer in data["L"]]


def test_max_claims_limits_popup_and_counts_the_rest() -> None:
    data = data_of(page_of(max_claims=2))
    raqa = next(e for e in data["F"][-1]["p"] if data["T"][data["P"][e["i"]]["n"]] == "Raqa")
    assert len(raqa["c"]) == 2 and raqa["m"] == 1
    # The sentences behind the shares shown (90 % SOHR, 65-70 % coalition) come before newer ones
    # without a figure; among them, newest first.
    shown = [data["T"][data["C"][ci]["e"]] for ci in raqa["c"]]
    assert shown[1] == RAQA_90 and "65 to 70 percent" in shown[0]
    data = data_of(page_of(max_claims=0))
    raqa = next(e for e in data["F"][-1]["p"] if data["T"][data["P"][e["i"]]["n"]] == "Raqa")
    assert "c" not in raqa and raqa["m"] == 3


def test_hostile_text_never_reaches_html_or_script_raw() -> None:
    states, claims, title = hostile()
    page = render_html(render_map(states, claims, as_of=D, title=title))
    outside = DATA_RE.sub("", page)
    for payload in PAYLOADS[:1] + PAYLOADS[4:]:
        assert payload not in page
    for payload in ("${window.__pwned=2}", "window.__pwned=1>"):
        assert payload not in outside
    assert "javascript:" not in page.lower()
    # The JSON block cannot be closed early and round-trips exactly.
    block = DATA_RE.findall(page)[0]
    assert "</" not in block and "<!--" not in block
    data = json.loads(block)
    assert data["title"] == title
    assert "Evidence " + " ".join(PAYLOADS) in data["T"]
    assert all("u" not in c or data["T"][c["u"]].startswith("https://") for c in data["C"])
    # HTML-side strings (page title, layer names) went through the one escaping helper.
    assert "<title>Title &lt;img src=x" in page
    assert "&#36;{window.__pwned=2}" in page and "&#96;" in page


def test_script_json_escapes_closing_tags_and_line_separators() -> None:
    out = script_json({"a": "</script><!-- \u2028 & >"})
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out
    assert json.loads(out) == {"a": "</script><!-- \u2028 & >"}


def test_registry_colours_are_used_and_unsafe_ones_rejected() -> None:
    registry = SimpleNamespace(color=lambda name: {IS: "#123456", SDF: "red;background:url(x)"}.get(name, ""))
    data = data_of(page_of(registry=registry))
    colours = {data["T"][a["n"]]: a["c"] for a in data["A"]}
    assert colours[IS] == "#123456"
    assert colours[SDF].startswith("#") and "url" not in colours[SDF]
    assert len(set(colours.values())) == len(colours)


def test_without_registry_palette_is_deterministic_and_distinct() -> None:
    d1, d2 = data_of(page_of()), data_of(page_of())
    assert d1["A"] == d2["A"]
    assert len({a["c"] for a in d1["A"]}) == len(d1["A"])


def test_areas_become_polygons_when_geometry_is_available(monkeypatch: pytest.MonkeyPatch) -> None:
    from shapely.geometry import box

    calls = []

    def shape_for(key: str, qualifier: str | None) -> object:
        calls.append((key, qualifier))
        if key == "admin1:SY-DY":
            return SimpleNamespace(geometry=box(39.5, 34.5, 41.0, 36.0), lat=35.2, lon=40.2, approximate=True)
        return None

    monkeypatch.setattr(render, "_shape_lookup", lambda: shape_for)
    data = data_of(page_of())
    dz = next(p for p in data["P"] if data["T"][p["n"]] == "Deir Ezzor")
    assert data["G"][dz["g"]]["type"] == "Polygon" and dz["ap"] == 1
    assert (dz["y"], dz["x"]) == (35.2, 40.2)
    assert ("admin1:SY-DY", None) in calls
    assert all(k.startswith("admin1:") for k, _ in calls)  # settlements without qualifier stay points


def test_history_becomes_slider_frames_in_date_order() -> None:
    import datetime as dt

    states, claims, _, _ = seed_like()
    early = [s for s in states if s.name != "Raqa"]
    history = [(dt.date(2017, 9, 1), early), (dt.date(2017, 8, 1), early[:1])]
    data = data_of(render_html(render_map(states, claims, as_of=D, history=history)))
    assert [f["d"] for f in data["F"]] == ["2017-08-01", "2017-09-01", "2017-09-21"]
    frames = expand_frames(data["F"])
    assert len(frames[0]["p"]) == 1 and len(frames[-1]["p"]) == len(states)


def test_places_without_coordinates_are_listed_not_dropped() -> None:
    from dataclasses import replace

    states, claims, _, _ = seed_like()
    states[0] = replace(states[0], lat=None, lon=None)
    data = data_of(render_html(render_map(states, claims, as_of=D)))
    assert any(q["n"] == "Raqa" and q["k"] == "no coordinates" for q in data["Q"])


def test_empty_map_renders() -> None:
    page = render_html(render_map([], [], as_of=None))
    data = data_of(page)
    assert data["P"] == [] and data["basemap"]["features"]


def test_tiles_only_when_asked() -> None:
    assert "L.tileLayer" not in page_of()
    page = page_of(tiles="OpenStreetMap")
    assert "L.tileLayer" in page and data_of(page)["basemap"] is None


def test_save_map_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    states, claims, _, _ = seed_like()
    m = render_map(states, claims, as_of=D)
    out = tmp_path / "map.html"
    save_map(m, out)
    first = out.read_text(encoding="utf-8")
    assert first.startswith("<!DOCTYPE html>")

    def boom(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("mapgen.fsio.os.replace", boom)
    with pytest.raises(OSError):
        save_map(m, out)
    assert out.read_text(encoding="utf-8") == first
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_first_build_changes_are_not_drawn() -> None:
    from mapgen.model import Change, ChangeKind

    states, claims, _, _ = seed_like()
    first = [Change(s.place_key, s.name, ChangeKind.NEW, None) for s in states]
    first.append(Change(states[0].place_key, states[0].name, ChangeKind.CONTESTED, None))
    data = data_of(render_html(render_map(states, claims, as_of=D, changes=first)))
    assert data["X"] == [] and "Changes since the previous build" not in [x["n"] for x in data["L"]]
    later = first[1:]  # one place was on the previous map: these are real changes
    assert len(data_of(render_html(render_map(states, claims, as_of=D, changes=later)))["X"]) == len(later)


def test_notebook_display_is_self_contained() -> None:
    import html

    states, claims, _, _ = seed_like()
    shown = render_map(states, claims, as_of=D)._repr_html_()
    assert shown.startswith("<iframe srcdoc=") and "sandbox=" in shown
    doc = html.unescape(shown.split('srcdoc="', 1)[1].split('" style=', 1)[0])
    assert "<!DOCTYPE html>" in doc and external_references(doc) == []


def test_places_are_labelled_as_the_reports_spell_them() -> None:
    from dataclasses import replace

    states, claims, changes, problems = seed_like()
    states = [replace(s, name="Ar Raqqah") if s.name == "Raqa" else s for s in states]
    data = data_of(render_html(render_map(states, claims, as_of=D)))
    T = data["T"]
    raqa = next(p for p in data["P"] if T[p["n"]] == "Raqa")
    assert T[raqa["gn"]] == "Ar Raqqah"  # the gazetteer name stays in the popup and the search


def test_past_frames_are_changes_against_the_next_frame_and_expand_back() -> None:
    import random

    from mapgen.mapdata import encode_frames

    rng = random.Random(7)
    for _ in range(200):
        frames = []
        for k in range(rng.randint(1, 6)):
            keys = sorted(rng.sample(range(12), rng.randint(0, 12)))
            frames.append({"d": f"2017-0{k + 1}-01",
                           "p": [{"i": i, "s": rng.choice("hcb"), "L": rng.randint(0, 2)} for i in keys]})
        encoded = encode_frames(frames)
        assert expand_frames(json.loads(json.dumps(encoded))) == frames
        assert encoded[-1] == frames[-1]
    # An unchanged place costs nothing in a past frame.
    same = [{"d": "a", "p": [{"i": 0, "s": "h", "L": 0}]}, {"d": "b", "p": [{"i": 0, "s": "h", "L": 0}]}]
    assert encode_frames(same)[0] == {"d": "a", "k": 1, "p": []}


def test_large_histories_keep_the_page_within_its_budget() -> None:
    history, states, claims = long_history(60, 12)
    as_of = max(s.last_reported for s in states)
    places = len(states)
    full = data_of(render_html(render_map(states, claims, as_of=as_of, history=history,
                                          bytes_per_place=None)))
    core = {k: full[k] for k in ("T", "P", "C", "F")}
    assert len(json.dumps(core).encode()) > 1200 * places  # the case needs the budget
    data = data_of(render_html(render_map(states, claims, as_of=as_of, history=history)))
    size = len(json.dumps({k: data[k] for k in ("T", "P", "C", "F")}, ensure_ascii=False,
                          separators=(",", ":")).encode())
    assert size <= 1200 * places
    frames = expand_frames(data["F"])
    assert len(frames) >= 2, "a past frame should survive"
    current = frames[-1]["p"]
    assert all(len(e["c"]) == 3 for e in current), "the current frame keeps its evidence"
    assert all("c" not in e and e["nc"] in (3, -1) for f in frames[:-1] for e in f["p"])
    # The current frame shows the same evidence as without a budget.
    def evidence(d: dict, e: dict) -> list[str]:
        return [d["T"][d["C"][c]["e"]] for c in e["c"]]

    unbudgeted = expand_frames(full["F"])[-1]["p"]
    assert [evidence(full, e) for e in unbudgeted] == [evidence(data, e) for e in current]
