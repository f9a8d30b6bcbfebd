"""--engine dask: the same store rows and exports as the local engine, the context loaded once per worker."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from build_fakes import fake_analyse, write_report

pytest.importorskip("distributed", reason="--engine dask needs pip install 'mapgen[scale]'")

from distributed import LocalCluster  # noqa: E402

from mapgen import dask_engine  # noqa: E402
from mapgen.build import build  # noqa: E402
from mapgen.config import Config  # noqa: E402
from mapgen.export import export  # noqa: E402
from mapgen.pipeline import Context  # noqa: E402
from mapgen.storeview import read_store  # noqa: E402

CORPUS = Path(__file__).parent / "data" / "corpus"
TABLES = {
    "reports": "id, path, source, url, date, title, language, meta, body, meta_hash, fingerprint, status, "
    "dup_group",
    "claims": "*",
    "mentions": "*",
    "problems": "*",
    "place_states": "*",
}


@pytest.fixture(scope="module")
def cluster():  # noqa: ANN201
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as c:
        yield c


def store_rows(store: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(store)
    try:
        return {t: list(con.execute(f"SELECT {cols} FROM {t} ORDER BY 1, 2")) for t, cols in TABLES.items()}
    finally:
        con.close()


def both_engines(paths: list[Path], tmp: Path, address: str, **kw) -> tuple[Path, Path]:  # noqa: ANN003
    stores = []
    for engine in ("local", "dask"):
        store = tmp / engine / "mapgen.sqlite"
        build(
            [str(p) for p in paths],
            out=tmp / engine / "map.html",
            store=store,
            engine=engine,
            scheduler=address if engine == "dask" else None,
            progress=False,
            **kw,
        )
        stores.append(store)
    return stores[0], stores[1]


def same_outputs(local: Path, remote: Path, tmp: Path) -> None:
    assert store_rows(local) == store_rows(remote)
    texts = []
    for store in (local, remote):
        view = read_store(store)
        out = tmp / f"{store.parent.name}.geojson"
        export(out, view.states, view.claims, fmt="geojson")
        texts.append(out.read_bytes())
    assert texts[0] == texts[1] and len(texts[0]) > 200
    # folium names its elements with random ids; everything else on the map is the same.
    maps = [re.sub(rb"_[0-9a-f]{32}", b"_", (s.parent / "map.html").read_bytes()) for s in (local, remote)]
    assert maps[0] == maps[1]


def test_dask_engine_gives_the_local_rows_and_exports(tmp_path: Path, cluster) -> None:  # noqa: ANN001
    rep = tmp_path / "r"
    for i in range(60):  # more than one task per worker
        place = ["Raqa", "Mosul", "Hawija", "Tabqa", "Atlantis"][i % 5]
        actor = ["IS", "SDF", "Iraqi"][i % 3]
        status = ["held", "captured", "attacking"][i % 3]
        write_report(rep, f"r{i:02d}.txt", f"{actor} {status} {place}.", date=f"2017-09-{1 + i % 28:02d}")
    local, remote = both_engines([rep], tmp_path, cluster.scheduler_address, analyse=fake_analyse)
    same_outputs(local, remote, tmp_path)


def test_dask_engine_real_pipeline_context_loaded_once_per_worker(
    tmp_path: Path,
    cluster,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dask_engine, "BATCH", 8)
    rep = tmp_path / "corpus"
    rep.mkdir()
    files = sorted(CORPUS.glob("*.txt"))[:60]
    for f in files:
        shutil.copy(f, rep / f.name)
        side = f.with_name(f.name + ".meta.yaml")
        if side.exists():
            shutil.copy(side, rep / side.name)
    dask_engine.LOADS.clear()
    dask_engine._LOADED.clear()
    cfg = Config()
    ctx = Context.load(cfg)
    assert ctx.resolver is not None
    local, remote = both_engines([rep], tmp_path, cluster.scheduler_address, context=ctx, config=cfg)
    # Workers loaded the gazetteer themselves (never shipped), once per worker process: the two
    # workers of this in-process cluster share one process, and there were several tasks.
    assert len(files) > 2 * dask_engine.BATCH
    assert [ctx.fingerprint] == dask_engine.LOADS
    same_outputs(local, remote, tmp_path)
    assert store_rows(local)["claims"], "the corpus gave no claims"


def test_worker_with_another_pipeline_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from mapgen.errors import MapgenError

    spec = dask_engine.ContextSpec(Config(), "0000000000000000")
    monkeypatch.setattr(dask_engine, "_LOADED", {})
    monkeypatch.setattr(Context, "load", classmethod(lambda cls, config=None, online=False: Context(config)))
    with pytest.raises(MapgenError, match="same mapgen version"):
        dask_engine.worker_context(spec)


def test_unreachable_scheduler_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mapgen.errors import MapgenError

    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", 1.0)

    rep = tmp_path / "r"
    write_report(rep, "a.txt", "IS held Raqa.")
    with pytest.raises(MapgenError, match="cannot reach the Dask scheduler"):
        build(
            [str(rep)],
            out=None,
            store=tmp_path / "s.sqlite",
            engine="dask",
            scheduler="tcp://127.0.0.1:9",
            analyse=fake_analyse,
            progress=False,
        )


def test_cli_scheduler_option(tmp_path: Path, cluster, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """``mapgen build --engine dask --scheduler ADDRESS`` extracts on that cluster."""
    import json

    from click.testing import CliRunner

    import mapgen.build as b
    from mapgen.cli import main

    seen: list[str | None] = []
    real = dask_engine.run

    def spy(analyse, reports, ctx, scheduler=None):  # noqa: ANN001, ANN202
        seen.append(scheduler)
        return real(fake_analyse, reports, Context(config=ctx.config), scheduler)

    monkeypatch.setattr(dask_engine, "run", spy)
    monkeypatch.setattr(
        b.Context, "load", classmethod(lambda cls, config=None, online=False: Context(config))
    )
    rep = tmp_path / "r"
    write_report(rep, "a.txt", "IS held Raqa.")
    args = [
        "build",
        str(rep),
        "-o",
        str(tmp_path / "out" / "map.html"),
        "--engine",
        "dask",
        "--scheduler",
        cluster.scheduler_address,
        "--json",
        "-q",
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert seen == [cluster.scheduler_address]
    assert json.loads(result.output.splitlines()[0])["places"] == 1
