"""Every write mapgen makes to disk goes through here, so faults can be injected in one place.

Writes are atomic: a temporary file in the same folder, flushed and fsynced,
then renamed over the target. A run killed half-way leaves the previous file
intact and a ``.mapgen-tmp-*`` file behind, which :func:`clean_leftovers`
removes on the next run.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

TMP_PREFIX = ".mapgen-tmp-"


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success rename it over ``target``.

    On any exception the temporary file is removed and ``target`` is untouched.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX, suffix=target.suffix, dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        # mkstemp creates 0600 files; give outputs the mode a plain open() would (0666 minus umask).
        os.chmod(tmp_path, 0o666 & ~_umask())
        os.replace(tmp_path, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_bytes(target: str | Path, data: bytes) -> None:
    """Atomically replace ``target`` with ``data``."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def write_text(target: str | Path, text: str) -> None:
    """Atomically replace ``target`` with UTF-8 ``text`` (``\\n`` line endings)."""
    write_bytes(target, text.encode("utf-8"))


def write_with(target: str | Path, writer: Callable[[Path], None]) -> None:
    """Atomically replace ``target`` with whatever ``writer(tmp_path)`` writes."""
    with atomic_path(target) as tmp:
        writer(tmp)


def clean_leftovers(folder: str | Path) -> list[Path]:
    """Remove temporary files a killed run left in ``folder``; return what was removed.

    SQLite's own ``-journal``/``-wal`` files are not ours and are never touched.
    """
    removed: list[Path] = []
    folder = Path(folder)
    if not folder.is_dir():
        return removed
    for p in folder.glob(TMP_PREFIX + "*"):
        with contextlib.suppress(OSError):
            p.unlink()
            removed.append(p)
    return removed


def write_checked_pickle(target: str | Path, value: object, *, magic: bytes, version: str) -> None:
    """Atomically write ``value`` pickled behind a header: ``magic``, ``version``, SHA-256 of the body.

    For mapgen's own cache files (the gazetteer index, the scanner): :func:`read_checked_pickle` returns
    None for a truncated, corrupt or other-version file, so the cache is rebuilt, never misread.
    """
    import hashlib
    import pickle

    body = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    header = b" ".join((magic, version.encode(), hashlib.sha256(body).hexdigest().encode()))
    write_bytes(target, header + b"\n" + body)


def read_checked_pickle(path: str | Path, *, magic: bytes, version: str) -> object | None:
    """The value :func:`write_checked_pickle` wrote, or None when missing, damaged or of another version."""
    import hashlib
    import pickle

    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    nl = data.find(b"\n", 0, 200)
    if nl < 0:
        return None
    parts = data[:nl].split(b" ")
    if len(parts) != 3 or parts[0] != magic or parts[1] != version.encode():
        return None
    body = memoryview(data)[nl + 1 :]
    if hashlib.sha256(body).hexdigest().encode() != parts[2]:
        return None
    try:
        return pickle.loads(body)
    except Exception:  # noqa: BLE001  any unpickling failure means a damaged file: rebuild
        return None
