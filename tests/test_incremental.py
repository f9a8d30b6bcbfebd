"""The incremental merge: a rebuild merges only touched places and gives exactly a full merge's rows."""

from __future__ import annotations

import datetime as dt
import os
import random
from pathlib import Path

import pytest
from build_fakes import GAZ, fake_analyse, write_report
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapgen.build import build
from mapgen.config import Config
from mapgen.corrections import load_corrections
from mapgen.incremental import merge_store
from mapgen.pipeline import Context
from mapgen.records import state_dict
from mapgen.state import merge
from mapgen.store import open_store

ACTORS = ["IS", "SDF", "Iraqi", "Wagner"]
STATUSES = ["held", "captured", "lost", "attacking", "besieging"]
PLACES = [*GAZ, "Atlantis"]
STORY = (
    "Fighters backed by special forces battled on Thursday to clear the last militants holed up in "
    "their crumbling stronghold, where mines slowed the advance and civilians were caught in the "
    "fighting; tens of thousands have fled in recent months, aid groups said on the same day."
)
CTX = Context(config=Config())  # one pipeline fingerprint: configuration changes must not re-extract


def line(rng: random.Random) -> str:
    share = f" {rng.choice([30, 60, 100])}%" if rng.random() < 0.2 else ""
    return f"{rng.choice(ACTORS)} {rng.choice(STATUSES)} {rng.choice(PLACES)}{share}."


def body(rng: random.Random) -> str:
    return "\n".join(line(rng) for _ in range(rng.randint(1, 4)))


def day(rng: random.Random) -> str:
    if rng.random() < 0.08:
        return ""  # an undated report: its claims count as the oldest
    return (dt.date(2017, 6, 1) + dt.timedelta(days=rng.randint(0, 200))).isoformat()


def config(rng: random.Random, claim_ids: list[str]) -> Config:
    """Random corrections and state settings (rejects of real claim ids, merges, a pin)."""
    corr: dict[str, object] = {}
    if claim_ids and rng.random() < 0.6:
        corr["reject"] = rng.sample(claim_ids, min(len(claim_ids), rng.randint(1, 3)))
    if rng.random() < 0.5:
        corr["merge"] = {rng.choice(["Wagner", "Iraqi government forces"]): "Syrian Democratic Forces"}
    if rng.random() < 0.3:
        corr["pin"] = [{"place": rng.choice(list(GAZ)), "holder": "Islamic State", "since": "2017-08-01"}]
    data: dict[str, object] = {"corrections": corr} if corr else {}
    if rng.random() < 0.3:
        data["state"] = {"stale_days": rng.choice([10, 60]), "window_days": rng.choice([3, 3, 10])}
    return Config(path="mapgen.toml", data=data)


def rows_equal_full_merge(summary, store: Path, cfg: Config, as_of) -> None:  # noqa: ANN001
    """The build's stored state rows and problems equal a from-scratch merge of the store's claims."""
    sec = cfg.section("state")
    corr = load_corrections(cfg).value
    opts = {
        "as_of": as_of,
        "window_days": sec.get("window_days", 3),
        "stale_days": sec.get("stale_days", 90),
        "corrections": corr,
    }
    with open_store(store) as s:
        full = merge(s.claims(), **opts)
        stored = s.builds(1)[0]["state"]
        cached = merge_store(s, save=False, **opts)
        claims = s.claims()
    expected = [state_dict(x) for x in full.value]
    assert stored == expected
    assert [state_dict(x) for x in cached.states] == expected
    assert cached.problems == full.problems
    assert summary.places == len(full.value)
    assert summary.claims == len(claims)
    assert all(p in summary.problems for p in full.problems)


class Project:
    """A folder of reports changed step by step, built each time into one store."""

    def __init__(self, root: Path, rng: random.Random) -> None:
        self.root, self.rng = root, rng
        self.reports = root / "reports"
        self.reports.mkdir(parents=True)
        self.gone: dict[str, str] = {}
        self.n = 0
        self.cfg = Config()
        self.as_of: dt.date | None = None

    def files(self) -> list[Path]:
        return sorted(self.reports.glob("*.txt"))

    def step(self, op: str) -> None:
        rng, files = self.rng, self.files()
        if op == "add" or not files:
            self.n += 1
            write_report(self.reports, f"r{self.n:03d}.txt", body(rng), date=day(rng), source=f"S{self.n}")
        elif op == "dup":
            # The same story from another outlet, a little reworded: counted once, with both sources.
            src = rng.choice(files)
            text = src.read_text().split("---\n", 2)[2]
            if STORY not in text:
                write_report(self.reports, src.name, STORY + "\n" + text.strip(), date=day(rng))
            self.n += 1
            again = STORY.replace("Thursday", "Thursday,") + "\n" + text.replace(STORY, "").strip()
            write_report(self.reports, f"r{self.n:03d}.txt", again, date=day(rng), source=f"S{self.n}")
        elif op == "change":
            write_report(self.reports, rng.choice(files).name, body(rng), date=day(rng))
        elif op == "redate":
            f = rng.choice(files)
            write_report(self.reports, f.name, f.read_text().split("---\n", 2)[2].strip(), date=day(rng))
        elif op == "withdraw" and len(files) > 1:
            f = rng.choice(files)
            self.gone[f.name] = f.read_text()
            f.unlink()
        elif op == "restore" and self.gone:
            name = rng.choice(sorted(self.gone))
            (self.reports / name).write_text(self.gone.pop(name))
        elif op == "config":
            with open_store(self.root / "out" / "mapgen.sqlite") as s:
                ids = sorted(c.id for c in s.claims())
            self.cfg = config(rng, ids)
        elif op == "as_of":
            self.as_of = rng.choice([None, None, dt.date(2017, 9, 1), dt.date(2017, 11, 15)])

    def build(self):  # noqa: ANN201
        return build(
            [str(self.reports)],
            out=None,
            store=self.root / "out" / "mapgen.sqlite",
            analyse=fake_analyse,
            context=CTX,
            config=self.cfg,
            as_of=self.as_of,
            progress=False,
        )


OPS = ["add", "add", "dup", "change", "redate", "withdraw", "restore", "config", "as_of"]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**6), ops=st.lists(st.sampled_from(OPS), min_size=3, max_size=9))
def test_incremental_equals_full_merge_after_any_sequence(
    tmp_path_factory, seed: int, ops: list[str]
) -> None:  # noqa: ANN001
    rng = random.Random(seed)
    p = Project(tmp_path_factory.mktemp("inc"), rng)
    for _ in range(3):
        p.step("add")
    rows_equal_full_merge(p.build(), p.root / "out" / "mapgen.sqlite", p.cfg, p.as_of)
    for op in ops:
        p.step(op)
        rows_equal_full_merge(p.build(), p.root / "out" / "mapgen.sqlite", p.cfg, p.as_of)


def test_scripted_sequence_matches_a_from_scratch_build(tmp_path: Path) -> None:
    """Adds, changes, a repeated story, withdrawals, corrections: same rows as one build of the end state."""
    rng = random.Random(7)
    p = Project(tmp_path / "inc", rng)
    for op in ["add"] * 12 + ["dup", "change", "redate", "withdraw", "withdraw", "restore", "config", "add"]:
        p.step(op)
        s = p.build()
        rows_equal_full_merge(s, tmp_path / "inc" / "out" / "mapgen.sqlite", p.cfg, p.as_of)
    fresh = build(
        [str(p.reports)],
        out=None,
        store=tmp_path / "fresh.sqlite",
        analyse=fake_analyse,
        context=CTX,
        config=p.cfg,
        progress=False,
    )
    with (
        open_store(tmp_path / "inc" / "out" / "mapgen.sqlite") as a,
        open_store(tmp_path / "fresh.sqlite") as b,
    ):
        assert a.builds(1)[0]["state"] == b.builds(1)[0]["state"]
    assert (fresh.claims, fresh.places) == (s.claims, s.places)


def test_adding_one_report_merges_only_its_places(tmp_path: Path) -> None:
    rep = tmp_path / "r"
    names = list(GAZ)
    for i in range(40):
        write_report(rep, f"a{i:02d}.txt", f"IS held {names[i % len(names)]}.", date="2017-09-01")
    store = tmp_path / "s.sqlite"
    kw = {"out": None, "store": store, "analyse": fake_analyse, "context": CTX, "progress": False}
    first = build([str(rep)], **kw)
    assert first.places_merged == first.places == len(names)
    again = build([str(rep)], **kw)
    assert again.places_merged == 0 and again.changes == ()
    write_report(rep, "new.txt", "SDF captured Raqa.", date="2017-10-20")
    one = build([str(rep)], **kw)
    assert one.places_merged == 1
    assert {(c.place_key, c.actor) for c in one.changes} == {
        ("geonames:163915", "Syrian Democratic Forces"),
        ("geonames:163915", "Islamic State"),
    }
    # Another as_of merges everything again; going back reuses nothing stale.
    kw_as_of = dict(kw, as_of=dt.date(2017, 9, 15))
    assert build([str(rep)], **kw_as_of).places_merged == len(names)
    back = build([str(rep)], **kw)
    assert back.places_merged == len(names)


def test_stale_recomputed_for_reused_places(tmp_path: Path) -> None:
    """A newer report elsewhere makes an untouched place stale without merging it again."""
    rep = tmp_path / "r"
    write_report(rep, "a.txt", "IS held Raqa.", date="2017-01-01")
    write_report(rep, "b.txt", "IS held Mosul.", date="2017-01-05")
    kw = {
        "out": None,
        "store": tmp_path / "s.sqlite",
        "analyse": fake_analyse,
        "context": CTX,
        "progress": False,
    }
    build([str(rep)], **kw)
    write_report(rep, "c.txt", "Iraqi held Mosul.", date="2017-09-01")
    s = build([str(rep)], **kw)
    assert s.places_merged == 1
    with open_store(tmp_path / "s.sqlite") as st_:
        state = {d["name"]: d for d in st_.builds(1)[0]["state"]}
    assert state["Raqa"]["stale"] is True and state["Mosul"]["stale"] is False


def test_a_changed_correction_merges_only_its_places(tmp_path: Path) -> None:
    rep = tmp_path / "r"
    write_report(rep, "a.txt", "IS held Raqa.\nWagner attacking Mosul.\nIS held Hawija.")
    kw = {
        "out": None,
        "store": tmp_path / "s.sqlite",
        "analyse": fake_analyse,
        "context": CTX,
        "progress": False,
    }
    build([str(rep)], **kw)
    cfg = Config(path="mapgen.toml", data={"corrections": {"merge": {"Wagner": "Syrian Democratic Forces"}}})
    s = build([str(rep)], config=cfg, **kw)
    assert s.places_merged == 1 and s.reports_extracted == 0
    with open_store(tmp_path / "s.sqlite") as st_:
        state = {d["name"]: d for d in st_.builds(1)[0]["state"]}
    assert state["Mosul"]["attackers"] == ["Syrian Democratic Forces"]
    assert build([str(rep)], **kw).places_merged == 1  # the merge removed again


def test_old_store_without_cache_merges_everything(tmp_path: Path) -> None:
    rep = tmp_path / "r"
    write_report(rep, "a.txt", "IS held Raqa.\nIS held Mosul.")
    kw = {
        "out": None,
        "store": tmp_path / "s.sqlite",
        "analyse": fake_analyse,
        "context": CTX,
        "progress": False,
    }
    build([str(rep)], **kw)
    with open_store(tmp_path / "s.sqlite") as st_:
        st_.conn.execute("DELETE FROM meta")  # as a store migrated from schema 2 has it
    assert build([str(rep)], **kw).places_merged == 2


def counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    import mapgen.build as b

    read: list[int] = []
    real = b.iter_reports

    def counting(sources, **k):  # noqa: ANN001, ANN202
        read.append(len(sources))
        return real(sources, **k)

    monkeypatch.setattr(b, "iter_reports", counting)
    return read


@pytest.mark.parametrize("age", [0, 3600])
def test_unchanged_files_are_not_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, age: int
) -> None:
    """Size and mtime skip a file; one written moments ago is checked by its content hash instead."""
    rep = tmp_path / "r"
    f = write_report(rep, "a.txt", "IS held Raqa.")
    if age:
        t = f.stat().st_mtime_ns - age * 10**9
        os.utime(f, ns=(t, t))
    kw = {
        "out": None,
        "store": tmp_path / "s.sqlite",
        "analyse": fake_analyse,
        "context": CTX,
        "progress": False,
    }
    build([str(rep)], **kw)
    read = counting_reads(monkeypatch)
    s = build([str(rep)], **kw)
    assert s.reports_unchanged == 1 and read == [0]


def test_racy_rewrite_with_same_size_and_mtime_is_seen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file rewritten in the same clock tick as it was read (same size, same mtime) is read again."""
    rep = tmp_path / "r"
    f = write_report(rep, "a.txt", "IS held Raqa.")
    kw = {
        "out": None,
        "store": tmp_path / "s.sqlite",
        "analyse": fake_analyse,
        "context": CTX,
        "progress": False,
    }
    build([str(rep)], **kw)
    before = f.stat()
    f.write_text(f.read_text().replace("IS held", "IS lost"), encoding="utf-8")
    os.utime(f, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert f.stat().st_size == before.st_size
    read = counting_reads(monkeypatch)
    s = build([str(rep)], **kw)
    assert read == [1] and s.reports_changed == 1


CLAIM_PLACES = {"Raqa": "geonames:163915", "Mosul": "geonames:99072"}


def make_claim(i: int, place: str, actor: str, status, date, share=None, attribution=None, rid=None):  # noqa: ANN001, ANN201
    from mapgen.model import Claim, DatePrecision, Kind, Resolution

    return Claim(
        id=f"{i:04x}{rid or ''}",
        report=f"r{i % 3}.txt",
        report_id=f"r{i % 3}",
        place=place,
        name=place,
        place_key=CLAIM_PLACES[place],
        lat=1.0,
        lon=2.0,
        country="SY",
        kind=Kind.SETTLEMENT,
        resolution=Resolution.RESOLVED,
        qualifier=None,
        actor=actor,
        actor_registered=True,
        status=status,
        share_min=share,
        share_max=share,
        attribution=attribution,
        date=date,
        date_precision=DatePrecision.DAY,
        confidence=0.9,
        start=i,
        end=i + 1,
        evidence="x",
        source="AFP",
        url=None,
    )


@st.composite
def place_claims_strategy(draw):  # noqa: ANN001, ANN201
    """Dense claims on two places: several actors, every status, shares, undated ones, ties."""
    from mapgen.model import Status

    out = []
    for i in range(draw(st.integers(1, 40))):
        undated = draw(st.integers(0, 9)) == 0
        out.append(
            make_claim(
                i,
                draw(st.sampled_from(sorted(CLAIM_PLACES))),
                draw(st.sampled_from(["A", "B", "C", "Wagner"])),
                draw(st.sampled_from(list(Status))),
                None if undated else dt.date(2017, 1, 1) + dt.timedelta(days=draw(st.integers(0, 40))),
                draw(st.sampled_from([None, None, 0.3, 0.6, 1.0])),
                draw(st.sampled_from([None, "monitor"])),
                rid=f"{draw(st.integers(0, 9999)):04d}",
            )
        )
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    claims=place_claims_strategy(),
    window=st.sampled_from([0, 1, 3, 10]),
    as_of=st.sampled_from([None, dt.date(2017, 1, 20)]),
    merge_wagner=st.booleans(),
)
def test_merge_from_selected_claims_equals_merge_of_all(
    tmp_path_factory, claims, window: int, as_of, merge_wagner: bool
) -> None:  # noqa: ANN001
    """The store merges each place from the few claims it depends on: exactly merge() over all of them."""
    data = {"corrections": {"merge": {"Wagner": "A"}, "reject": [claims[0].id]}} if merge_wagner else {}
    corr = load_corrections(Config(path="mapgen.toml", data=data)).value
    same_as_merge(tmp_path_factory.mktemp("k") / "s.sqlite", claims, as_of, window, corr)


def same_as_merge(path: Path, claims, as_of, window: int, corr):  # noqa: ANN001, ANN201
    from mapgen.model import Report

    with open_store(path) as s:
        with s.transaction():
            for rid in sorted({c.report_id for c in claims}):
                s.put_report(Report(rid, f"{rid}.txt", "body"), "m", "t")
                s.put_analysis(rid, (), [c for c in claims if c.report_id == rid], (), "f")
        got = merge_store(s, as_of=as_of, window_days=window, stale_days=10, corrections=corr, save=False)
    want = merge(claims, as_of=as_of, window_days=window, stale_days=10, corrections=corr)
    assert [state_dict(x) for x in got.states] == [state_dict(x) for x in want.value]
    assert got.problems == want.problems
    return got.states


def test_taker_of_a_lost_place_found_beyond_the_window(tmp_path: Path) -> None:
    """B lost the place on day 5; A attacked it on day 1 and again on day 20: A took it on day 5."""
    from mapgen.model import Status

    mk = [
        ("A", Status.ATTACKING, 1),
        ("A", Status.ATTACKING, 20),
        ("B", Status.LOST, 5),
        ("C", Status.ATTACKING, 0),
    ]
    claims = [
        make_claim(i, "Raqa", a, status, dt.date(2017, 1, 1) + dt.timedelta(days=d))
        for i, (a, status, d) in enumerate(mk)
    ]
    (state,) = same_as_merge(tmp_path / "s.sqlite", claims, None, 3, None)
    assert [h.actor for h in state.holders] == ["A"] and state.holders[0].since == dt.date(2017, 1, 6)


def _map_data(page: Path) -> dict:
    import json
    import re

    block = re.compile(r'<script type="application/json" id="[^"]+_data">(.*?)</script>', re.S)
    found = block.findall(page.read_text())
    assert len(found) == 1
    return json.loads(found[0])


def test_map_of_an_incremental_store_equals_a_from_scratch_one(tmp_path: Path) -> None:
    """The map's data (places, popups' claims, time slider frames) does not depend on the build history."""
    rng = random.Random(11)
    p = Project(tmp_path / "inc", rng)
    for op in ["add"] * 14 + ["dup", "change", "redate", "withdraw", "restore", "config", "add", "change"]:
        p.step(op)
        p.build()
    fresh = tmp_path / "fresh" / "mapgen.sqlite"
    kw = {"analyse": fake_analyse, "context": CTX, "config": p.cfg, "progress": False}
    build([str(p.reports)], out=None, store=fresh, **kw)
    # Drawn by a build with nothing new on each store: no changes layer, only what the claims give.
    a = build([str(p.reports)], out=tmp_path / "a" / "map.html", store=p.root / "out" / "mapgen.sqlite", **kw)
    b = build([str(p.reports)], out=tmp_path / "b" / "map.html", store=fresh, **kw)
    assert a.changes == b.changes == ()
    da, db = _map_data(tmp_path / "a" / "map.html"), _map_data(tmp_path / "b" / "map.html")
    assert len(da["P"]) >= 4 and len(da["F"]) >= 3 and da["C"]
    assert da == db
