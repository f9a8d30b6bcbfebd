"""The build lock: one writer per store at a time.

An ``fcntl.flock`` on a file beside the store (``mapgen.sqlite.lock``). The
operating system releases it when the holding process exits or dies, so a
killed build never blocks the next one (no PID files, nothing to clean up).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import LockHeld, StoreError

POLL_SECONDS = 0.1


def lock_path(store: str | Path) -> Path:
    store = Path(store)
    return store.with_name(store.name + ".lock")


@contextlib.contextmanager
def store_lock(
    store: str | Path, *, wait: float | None = None, on_wait: Callable[[], None] | None = None
) -> Iterator[Path]:
    """Hold the lock of ``store`` for the duration of the ``with`` block.

    Parameters
    ----------
    store
        The store file; the lock file sits beside it.
    wait
        Seconds to wait for another build to finish; ``None`` waits as long as it takes,
        ``0`` fails at once.
    on_wait
        Called once when the lock is busy and we start waiting (to tell the user).

    Raises
    ------
    LockHeld
        When another process holds the lock and ``wait`` ran out (exit code 3).
    """
    path = lock_path(store)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(
            f"{path}: cannot create the lock file ({exc.strerror}); check that the store's folder is writable"
        ) from None
    try:
        _acquire(fd, path, store, wait, on_wait)
        try:
            yield path
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _acquire(
    fd: int, path: Path, store: str | Path, wait: float | None, on_wait: Callable[[], None] | None
) -> None:
    deadline = None if wait is None else time.monotonic() + max(wait, 0.0)
    told = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        if deadline is not None and time.monotonic() >= deadline:
            waited = f" after waiting {wait:g} s" if wait else ""
            raise LockHeld(
                f"{store}: another build is running on this store{waited}; wait for it to finish, "
                "or pass --wait SECONDS"
            )
        if not told and on_wait is not None:
            on_wait()
            told = True
        time.sleep(POLL_SECONDS)
