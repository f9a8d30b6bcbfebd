"""The store: schema versions, corrupt or truncated files, transactions, a build killed mid-way."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from build_fakes import fake_analyse, write_report

from mapgen import fsio
from mapgen.build import build
from mapgen.errors import StoreError
from mapgen.store import SCHEMA_VERSION, open_store

TESTS = Path(__file__).parent


def seeded_store(tmp_path: Path, n: int = 3) -> Path:
    rep = tmp_path / "r"
    for i in range(n):
        write_report(
            rep,
            f"{i:03d}.txt",
            f"Report number {i}.\nIS held Raqa.\nIraqi attacking Hawija.",
            date=f"2017-09-{1 + i % 28:02d}",
        )
    s = build([str(rep)], out=tmp_path / "out" / "map.html", analyse=fake_analyse, progress=False)
    return Path(s.store_path)


def test_schema_version_and_newer_store_refused(tmp_path: Path) -> None:
    store = seeded_store(tmp_path)
    con = sqlite3.connect(store)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer mapgen"):
        open_store(store)


def test_truncated_store_detected_with_rebuild_advice(tmp_path: Path) -> None:
    store = seeded_store(tmp_path, n=40)
    data = store.read_bytes()
    store.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreError) as exc, open_store(store) as st:
        st.claims()
    assert "mapgen build" in str(exc.value) and "move it away" in str(exc.value)


def test_garbage_and_foreign_files_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + b"x" * 500)
    with pytest.raises(StoreError, match="not a mapgen store"):
        open_store(junk)
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not a mapgen store"):
        open_store(other)
    with pytest.raises(StoreError, match="mapgen build"):
        open_store(tmp_path / "missing.sqlite", create=False)


def test_corrupt_page_detected(tmp_path: Path) -> None:
    store = seeded_store(tmp_path, n=60)
    data = bytearray(store.read_bytes())
    page = 4096
    for off in range(2 * page, len(data), page):  # scribble over every page after the schema
        data[off + 10 : off + 200] = os.urandom(190)
    store.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="corrupt"), open_store(store) as st:
        st.claims()


def test_transaction_rolls_back(tmp_path: Path) -> None:
    store = seeded_store(tmp_path)
    with open_store(store) as st:
        before = st.counts()
        with pytest.raises(RuntimeError), st.transaction():
            st.conn.execute("DELETE FROM claims")
            raise RuntimeError("injected")
        assert st.counts() == before


SLOW_BUILD = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {tests!r})
    from build_fakes import fake_analyse
    from mapgen.build import build

    def slow(report, ctx):
        time.sleep(0.02)
        return fake_analyse(report, ctx)

    print("start", flush=True)
    build([sys.argv[1]], out=sys.argv[2], analyse=slow, progress=False)
    print("done", flush=True)
""")


def test_build_killed_mid_way_leaves_previous_outputs(tmp_path: Path) -> None:
    rep = tmp_path / "r"
    out = tmp_path / "out" / "map.html"
    write_report(rep, "000.txt", "IS held Raqa.")
    build([str(rep)], out=out, analyse=fake_analyse, progress=False)
    old_map = out.read_bytes()
    store = out.parent / "mapgen.sqlite"
    with open_store(store) as st:
        old_claims = st.claims()
    for i in range(1, 400):
        write_report(rep, f"{i:03d}.txt", f"Item {i}.\nSDF captured Raqa.", date="2017-10-20")
    script = tmp_path / "slow.py"
    script.write_text(SLOW_BUILD.format(tests=str(TESTS)))
    proc = subprocess.Popen(
        [sys.executable, str(script), str(rep), str(out)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "start"
    time.sleep(2.5)  # well inside extraction (400 x 20 ms), after some chunks were committed
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert out.read_bytes() == old_map
    with open_store(store) as st:  # opens, passes quick_check
        assert st.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        claims = st.claims()
    assert {c.id for c in old_claims} <= {c.id for c in claims}
    (out.parent / (fsio.TMP_PREFIX + "left.html")).write_text("half-written")
    s = build([str(rep)], out=out, analyse=fake_analyse, progress=False)  # the next build finishes the job
    assert s.reports_total == 400 and s.reports_extracted < 400
    assert not list(out.parent.glob(fsio.TMP_PREFIX + "*"))
    assert out.read_bytes() != old_map


def test_old_schema_is_migrated(tmp_path: Path) -> None:
    from mapgen.store import MIGRATIONS

    old = tmp_path / "v1.sqlite"
    con = sqlite3.connect(old)
    con.executescript(MIGRATIONS[1])
    con.execute(
        "INSERT INTO reports (id, path, body, meta_hash, first_seen) VALUES ('r', 'a.txt', 'b', 'm', 't')"
    )
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    with open_store(old) as st:
        assert st.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        cols = {r[1] for r in st.conn.execute("PRAGMA table_info(files)")}
        assert "stat" in cols and st.counts()["reports"] == 1


def _ruin_claims_root(store: Path) -> None:
    """Overwrite the root page of the claims table (what reading any claim needs) with 0xFF bytes."""
    con = sqlite3.connect(store)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'claims'").fetchone()[0]
    page = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = bytearray(store.read_bytes())
    data[(root - 1) * page : root * page] = b"\xff" * page
    store.write_bytes(bytes(data))


def test_clean_store_opens_without_reading_every_page_yet_damage_is_reported(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from mapgen.cli.main import main

    store = seeded_store(tmp_path, n=30)
    _ruin_claims_root(store)
    # The last build ended cleanly: opening reads the header and the schema, not every page (fast) ...
    with open_store(store) as st:
        assert st.counts()["reports"] == 30
    # ... and the damage shows as a StoreError (no traceback) as soon as a claim is read,
    with pytest.raises(StoreError, match="corrupt.*move it away"), open_store(store) as st:
        st.claims()
    # at once with verify (what `mapgen check --store` does),
    with pytest.raises(StoreError, match="corrupt"):
        open_store(store, verify=True)
    result = CliRunner().invoke(main, ["check", "--store", str(store)])
    assert result.exit_code == 1 and "corrupt" in result.output and "Traceback" not in result.output
    # and a failed session leaves the store marked unclean: the next open checks every page.
    with pytest.raises(StoreError, match="corrupt"):
        open_store(store)


def test_unclean_shutdown_means_every_page_is_checked_on_open(tmp_path: Path) -> None:
    store = seeded_store(tmp_path, n=30)
    st = open_store(store)
    with st.transaction():
        st.set_meta("probe", 1)
    st.conn.close()  # killed before the session marked the store clean again
    _ruin_claims_root(store)
    with pytest.raises(StoreError, match="corrupt.*mapgen build"):
        open_store(store)


def test_clean_marks_follow_sessions(tmp_path: Path) -> None:
    from mapgen.store import _closed_cleanly

    store = seeded_store(tmp_path)
    with open_store(store) as st:
        assert _closed_cleanly(st.conn)  # the build marked it in its last transaction
        with st.transaction():
            st.set_meta("probe", 1)
        assert not _closed_cleanly(st.conn)
        with pytest.raises(RuntimeError), st.transaction():
            raise RuntimeError("rolled back")
        assert not _closed_cleanly(st.conn)
    with open_store(store) as st:
        assert _closed_cleanly(st.conn)  # a session that wrote and closed normally marks it
        with st.transaction():
            st.set_meta("probe", 2)
    healthy = open_store(store, verify=True)
    healthy.close()
    from click.testing import CliRunner

    from mapgen.cli.main import main

    result = CliRunner().invoke(main, ["check", "--store", str(store)])
    assert result.exit_code == 0 and "store OK" in result.output


def test_truncated_by_one_page_is_refused_on_open(tmp_path: Path) -> None:
    store = seeded_store(tmp_path, n=40)
    data = store.read_bytes()
    store.write_bytes(data[:-4096])
    with pytest.raises(StoreError, match="truncated.*move it away"):
        open_store(store)
    store.write_bytes(data[:60])
    with pytest.raises(StoreError, match="truncated"):
        open_store(store)


def test_undrawable_claims_by_the_partial_index_equal_the_general_query(tmp_path: Path) -> None:
    rep = tmp_path / "r"
    write_report(rep, "a.txt", "IS held Raqa.\nIS held Atlantis.\nIraqi attacking Hawija.", date="2017-09-01")
    write_report(rep, "b.txt", "SDF captured Atlantis.\nIS held Raqa.", date="2017-09-02")
    s = build([str(rep)], out=None, store=tmp_path / "s.sqlite", analyse=fake_analyse, progress=False)
    with open_store(s.store_path) as st:
        indexed = st.undrawable_claims(["resolved", "pinned"])  # the index's own set, in any order
        general = st.undrawable_claims(["pinned", "resolved", "no-such-resolution"])
        plan = st.conn.execute(
            "EXPLAIN QUERY PLAN SELECT c.id FROM claims c WHERE c.place_key IS NULL "
            "OR c.resolution NOT IN ('pinned', 'resolved') OR c.lat IS NULL OR c.lon IS NULL"
        ).fetchall()
    assert len(indexed) == 2 and {c.place for c in indexed} == {"Atlantis"}
    assert indexed == general
    assert "claims_loose" in str(plan)
