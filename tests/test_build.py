"""The build: incremental ingest, withdrawal, near-duplicates, idempotency, strict, faults."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from build_fakes import CALLS, fake_analyse, write_report

from mapgen import fsio
from mapgen.build import StrictError, build
from mapgen.config import Config
from mapgen.errors import MapgenError
from mapgen.model import ChangeKind, ControlState
from mapgen.pipeline import Context

STORY = (
    "Syrian fighters backed by special forces battled on Thursday to clear the last militants holed up in "
    "their crumbling stronghold. Across the border, security forces were attacking the remaining territory "
    "held by the extremists, who are fighting to prevent the collapse of their self-proclaimed caliphate. "
    "The monitor said holdouts were still hiding in underground shelters in a part of the city centre "
    "where a football stadium and former government buildings are located. The operation was slowed down "
    "by large numbers of mines planted in the city, where they have been under siege for three months. "
    "Humanitarian organisations expressed concern for the fate of civilians caught up in the offensive, "
    "and tens of thousands have fled the fighting in recent months."
)


def run(paths, tmp: Path, **kw):  # noqa: ANN001, ANN201
    kw.setdefault("out", tmp / "out" / "map.html")
    kw.setdefault("progress", False)
    kw.setdefault("analyse", fake_analyse)
    return build([str(p) for p in paths], **kw)


def rows(store: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(store)
    try:
        return list(con.execute(sql))
    finally:
        con.close()


def test_incremental_cumulative_and_withdrawal(tmp_path: Path) -> None:
    rep = tmp_path / "reports"
    write_report(rep, "a.txt", "IS held Raqa.\nIraqi attacking Hawija.\nIS held Hawija.")
    write_report(rep, "b.txt", "IS held Sharqat.", date="2017-09-20")
    CALLS.clear()
    s1 = run([rep], tmp_path)
    assert (s1.reports_new, s1.reports_extracted, s1.places) == (2, 2, 3)
    assert s1.first_build and Path(s1.map_path).is_file()
    store = tmp_path / "out" / "mapgen.sqlite"
    assert Path(s1.store_path) == store and store.is_file()
    assert len(CALLS) == 2
    # Same inputs: nothing re-extracted, same rows, no changes.
    before = rows(store, "SELECT * FROM claims ORDER BY id")
    s2 = run([rep], tmp_path)
    assert (s2.reports_new, s2.reports_unchanged, s2.reports_extracted) == (0, 2, 0)
    assert len(CALLS) == 2 and s2.changes == () and not s2.first_build
    assert rows(store, "SELECT * FROM claims ORDER BY id") == before
    # A single new file adds and withdraws nothing.
    extra = write_report(tmp_path / "elsewhere", "c.txt", "SDF captured Raqa.", date="2017-10-20")
    s3 = run([extra], tmp_path)
    assert (s3.reports_new, s3.reports_withdrawn, s3.reports_total) == (1, 0, 3)
    assert len(CALLS) == 3
    kinds = {(c.kind, c.actor, c.name) for c in s3.changes}
    assert (ChangeKind.GAINED, "Syrian Democratic Forces", "Raqa") in kinds
    assert (ChangeKind.LOST, "Islamic State", "Raqa") in kinds
    # Deleting a file under a scanned folder withdraws its report; the single file stays.
    (rep / "b.txt").unlink()
    s4 = run([rep], tmp_path)
    assert (s4.reports_withdrawn, s4.reports_total) == (1, 2)
    assert "Sharqat" not in {c.name for c in s4.changes if c.kind is not ChangeKind.LOST}
    assert rows(store, "SELECT status FROM reports WHERE path = 'b.txt'") == [("withdrawn",)]
    # Putting it back restores it without extracting again (same pipeline).
    write_report(rep, "b.txt", "IS held Sharqat.", date="2017-09-20")
    s5 = run([rep], tmp_path)
    assert (s5.reports_new, s5.reports_extracted, s5.reports_total) == (1, 0, 3)


def test_changed_report_and_metadata(tmp_path: Path) -> None:
    rep = tmp_path / "r"
    write_report(rep, "a.txt", "IS held Raqa.")
    run([rep], tmp_path)
    write_report(rep, "a.txt", "IS held Raqa.", date="2017-09-25")  # metadata only
    s = run([rep], tmp_path)
    assert (s.reports_changed, s.reports_extracted) == (1, 1)
    write_report(rep, "a.txt", "SDF held Raqa.", date="2017-09-25")  # new text in the same file
    s = run([rep], tmp_path)
    assert (s.reports_changed, s.reports_total) == (1, 1)
    assert {c.actor for c in s.changes} == {"Syrian Democratic Forces", "Islamic State"}


def test_same_report_crlf_bom_counts_once(tmp_path: Path) -> None:
    rep = tmp_path / "r"
    rep.mkdir()
    (rep / "a.txt").write_bytes(b"---\ndate: 2017-09-21\n---\nIS held Raqa.\n")
    (rep / "b.txt").write_bytes(b"\xef\xbb\xbf---\r\ndate: 2017-09-21\r\n---\r\nIS held Raqa.  \r\n")
    s = run([rep], tmp_path)
    assert s.reports_total == 1 and s.claims == 1


def test_fingerprint_change_reextracts_everything(tmp_path: Path) -> None:
    rep = tmp_path / "r"
    write_report(rep, "a.txt", "IS held Raqa.")
    write_report(rep, "b.txt", "IS held Mosul.")
    run([rep], tmp_path, context=Context(config=Config()))
    changed = Context(config=Config(path="x.toml", data={"actors": {"x": 1}}))
    assert changed.fingerprint != Context(config=Config()).fingerprint
    s = run([rep], tmp_path, context=changed)
    assert s.reports_extracted == 2
    assert run([rep], tmp_path, context=changed).reports_extracted == 0


def test_near_duplicates_count_once_with_every_source(tmp_path: Path) -> None:
    rep = tmp_path / "r"
    body = STORY + "\nIS held Raqa."
    write_report(rep, "afp.txt", body, source="AFP", date="2017-09-21")
    write_report(
        rep,
        "reuters.txt",
        body.replace("Thursday", "Thursday,", 1) + " Reporting by Reuters.",
        source="Reuters",
        date="2017-09-22",
    )
    write_report(
        rep, "other.txt", "A different story entirely about something else.\nIS held Mosul.", source="AP"
    )
    s = run([rep], tmp_path)
    assert s.reports_total == 3 and s.duplicates == 1
    raqa = [c for c in s.changes if c.name == "Raqa"]
    assert raqa
    store = Path(s.store_path)
    from mapgen.store import open_store

    with open_store(store) as st:
        claims = [c for c in st.claims() if c.name == "Raqa"]
    assert len(claims) == 1 and claims[0].source == "AFP; Reuters"


def test_no_usable_report_is_exit_1(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   ")
    with pytest.raises(MapgenError) as exc:
        run([tmp_path / "empty.txt"], tmp_path)
    assert exc.value.exit_code == 1 and "no usable report" in str(exc.value)
    assert not (tmp_path / "out" / "map.html").exists()


def test_strict_writes_nothing(tmp_path: Path) -> None:
    rep = tmp_path / "r"
    write_report(rep, "a.txt", "IS held Raqa.")
    s1 = run([rep], tmp_path)
    map_before = Path(s1.map_path).read_bytes()
    write_report(rep, "b.txt", "IS held Novoxyzivka.")
    with pytest.raises(StrictError):
        run([rep], tmp_path, strict=True)
    assert Path(s1.map_path).read_bytes() == map_before
    assert rows(Path(s1.store_path), "SELECT count(*) FROM reports") == [(1,)]
    s = run([rep], tmp_path)  # without --strict the build goes on and lists the problem
    assert s.reports_new == 1 and any(p.code == "unresolved-place" for p in s.problems)


def test_map_write_failure_keeps_previous_outputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rep = tmp_path / "r"
    write_report(rep, "a.txt", "IS held Raqa.")
    s1 = run([rep], tmp_path)
    old = Path(s1.map_path).read_bytes()
    write_report(rep, "b.txt", "SDF captured Raqa.", date="2017-10-20")

    def boom(target, data):  # noqa: ANN001, ANN202
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fsio, "write_bytes", boom)
    with pytest.raises(OSError):
        run([rep], tmp_path)
    assert Path(s1.map_path).read_bytes() == old
    assert not list((tmp_path / "out").glob(fsio.TMP_PREFIX + "*"))


def test_leftovers_cleaned_and_as_of(tmp_path: Path) -> None:
    rep = tmp_path / "r"
    write_report(rep, "a.txt", "IS held Raqa.", date="2017-09-01")
    write_report(rep, "b.txt", "SDF captured Raqa.", date="2017-10-20")
    out = tmp_path / "out"
    out.mkdir()
    junk = out / (fsio.TMP_PREFIX + "abc.html")
    junk.write_text("half")
    s = run([rep], tmp_path, as_of=dt.date(2017, 9, 30))
    assert not junk.exists()
    from mapgen.store import open_store

    with open_store(s.store_path) as st:
        state = st.builds(1)[0]["state"]
    assert [h["actor"] for h in state[0]["holders"]] == ["Islamic State"]
    assert state[0]["state"] == ControlState.HELD.value


def test_summary_json_is_plain(tmp_path: Path) -> None:
    rep = tmp_path / "r"
    write_report(rep, "a.txt", "IS held Raqa.\nWagner attacking Raqa.\nIS held Atlantis.")
    s = run([rep], tmp_path)
    d = json.loads(json.dumps(s.to_dict(), allow_nan=False))
    assert d["unregistered_actors"] == ["Wagner"] and d["unresolved"] == ["Atlantis"]
    assert d["map_path"].endswith("map.html")


def test_dask_engine_missing_is_clear(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)  # as if Dask were not installed
    rep = tmp_path / "r"
    write_report(rep, "a.txt", "IS held Raqa.")
    with pytest.raises(MapgenError, match=r"mapgen\[scale\]"):
        run([rep], tmp_path, engine="dask")
    with pytest.raises(MapgenError, match="--engine dask"):
        run([rep], tmp_path, scheduler="tcp://127.0.0.1:8786")


def test_map_markers_sized_by_gazetteer_population(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The build passes the gazetteer's populations to the map: a big city gets a bigger marker."""
    from mapgen import render
    from mapgen.build import populations
    from mapgen.model import Kind, Place

    class Gaz:
        def get(self, key: str) -> Place | None:
            pops = {"geonames:163915": 1_000_000, "geonames:99347": 0}
            if key not in pops:
                return None
            return Place(key, key, 0.0, 0.0, "SY", Kind.SETTLEMENT, population=pops[key])

    class Resolver:
        gazetteer = Gaz()

    seen: list[dict] = []
    real = render.render_map

    def spy(*a, **k):  # noqa: ANN002, ANN003, ANN202
        seen.append(dict(k.get("populations") or {}))
        return real(*a, **k)

    monkeypatch.setattr(render, "render_map", spy)
    rep = tmp_path / "r"
    write_report(rep, "a.txt", "IS held Raqa.\nIS held Hawija.\nIS held Mosul.")
    ctx = Context(config=Config(), resolver=Resolver())
    s = run([rep], tmp_path, context=ctx)
    assert seen == [{"geonames:163915": 1_000_000}]  # unknown places and population 0: default size
    html = Path(s.map_path).read_text(encoding="utf-8")
    assert '"r":10.0' in html.replace(" ", "") and '"r":6.0' in html.replace(" ", "")
    assert populations([], None) == {} and populations(s_states(s), object()) == {}


def s_states(summary):  # noqa: ANN001, ANN201
    from mapgen.state import state_from_dict
    from mapgen.store import open_store

    with open_store(summary.store_path) as st:
        return [state_from_dict(d) for d in st.builds(1)[0]["state"]]


def test_web_tiles_only_when_asked(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from mapgen.cli import main

    seeds = Path(__file__).parent.parent / "seeds"
    plain = CliRunner().invoke(main, ["build", str(seeds), "-q", "-o", str(tmp_path / "a.html")])
    tiled = CliRunner().invoke(main, ["build", str(seeds), "-q", "-o", str(tmp_path / "b" / "b.html"),
                                      "--tiles", "OpenStreetMap"])
    assert plain.exit_code == 0 and tiled.exit_code == 0, plain.output + tiled.output
    assert "tile.openstreetmap.org" not in (tmp_path / "a.html").read_text()
    assert "tile.openstreetmap.org" in (tmp_path / "b" / "b.html").read_text()


def test_scan_finds_what_discover_finds_in_the_same_order(tmp_path: Path) -> None:
    import os

    from mapgen.ingest import discover
    from mapgen.reportfiles import file_stat, scan_reports

    root = tmp_path / "reports"
    files = [
        "a.txt", "a-b.txt", "a/b.txt", "a/b/c.md", "B.TXT", "x.Md", "notes.csv", "x.", "z.txt.meta.yaml",
        "a.txt.meta.yaml", ".hidden.txt", ".git/in.txt", "deep/.h/in.txt", "deep/ok/é.txt", "deep/ok/z.md",
    ]
    for name in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(f"Report {name}.\n")
    (root / "dir.txt").mkdir()  # a folder with a report's name is not a report
    os.symlink(root / "a.txt", root / "link.txt")  # a symlinked file is read
    os.symlink(root / "deep", root / "linked")  # a symlinked folder is not entered (as rglob)
    os.symlink(root / "missing.txt", root / "broken.txt")
    single = root / "a" / "b.txt"
    args = [root, single, tmp_path / "missing"]
    want = discover(args)
    got = scan_reports(args, "utf-8|")
    assert [s for s, _, _ in got.value] == want.value
    assert got.problems == want.problems
    assert len(want.value) == 10  # 9 under the folder (link.txt among them) + the file given
    for src, real, stat in got.value:
        assert real == os.path.realpath(src.path)
        assert stat is not None and stat[0] == file_stat(src.path, "utf-8|")[0]  # sidecars counted alike
