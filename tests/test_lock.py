"""The build lock with real processes: a second build fails fast (exit 3) or waits; a killed holder
never blocks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mapgen.errors import LockHeld
from mapgen.lock import lock_path, store_lock

PY = sys.executable
HOLD = """
import sys, time
from mapgen.lock import store_lock
with store_lock(sys.argv[1], wait=0):
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def holder(store: Path, seconds: float) -> subprocess.Popen[str]:
    proc = subprocess.Popen([PY, "-c", HOLD, str(store), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_second_build_no_wait_exits_3(tmp_path: Path) -> None:
    store = tmp_path / "build" / "mapgen.sqlite"
    proc = holder(store, 30)
    try:
        t0 = time.monotonic()
        r = subprocess.run(
            [
                PY,
                "-m",
                "mapgen",
                "build",
                str(tmp_path),
                "--store",
                str(store),
                "--no-wait",
                "-o",
                str(tmp_path / "build" / "map.html"),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert r.returncode == 3, r.stderr
        assert "another build is running" in r.stderr and "Traceback" not in r.stderr
        assert time.monotonic() - t0 < 20
        with pytest.raises(LockHeld), store_lock(store, wait=0.3):
            pass
    finally:
        proc.kill()
        proc.wait()
    assert not store.exists()  # the failed build wrote nothing


def test_killed_holder_never_blocks(tmp_path: Path) -> None:
    store = tmp_path / "mapgen.sqlite"
    proc = holder(store, 60)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert lock_path(store).exists()  # the file stays; the lock does not
    with store_lock(store, wait=0):
        pass


def test_wait_until_holder_finishes(tmp_path: Path) -> None:
    store = tmp_path / "mapgen.sqlite"
    proc = holder(store, 1.0)
    told: list[bool] = []
    t0 = time.monotonic()
    with store_lock(store, wait=30, on_wait=lambda: told.append(True)):
        waited = time.monotonic() - t0
    proc.wait()
    assert told == [True] and 0.3 < waited < 20
