"""The store's schema: its DDL, version and migrations, and the checks made on opening a store.

Holds the SQL of every schema version (:data:`MIGRATIONS`, applied in order by :func:`_migrate`),
the header and truncation check of a store file (:func:`_check_header`), the clean-shutdown mark
(:func:`_closed_cleanly`), the test for a corrupt store (:func:`_is_corrupt`) and the advice given
for rebuilding one (:data:`REBUILD`). :mod:`mapgen.store` opens stores with these.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from .errors import StoreError

SCHEMA_VERSION = 5
DEFAULT_NAME = "mapgen.sqlite"
_HEADER = b"SQLite format 3\x00"

_SCHEMA_V1 = """
CREATE TABLE reports (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    source TEXT, url TEXT, date TEXT, title TEXT, language TEXT,
    meta TEXT NOT NULL DEFAULT '{}',
    body TEXT NOT NULL,
    meta_hash TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    fingerprint TEXT,
    status TEXT NOT NULL DEFAULT 'present' CHECK (status IN ('present', 'withdrawn')),
    dup_group TEXT
);
CREATE INDEX reports_group ON reports(dup_group);
CREATE TABLE files (
    file TEXT PRIMARY KEY,
    report_id TEXT NOT NULL REFERENCES reports(id),
    name TEXT NOT NULL,
    root TEXT
);
CREATE INDEX files_report ON files(report_id);
CREATE TABLE lsh (
    band INTEGER NOT NULL, key INTEGER NOT NULL, report_id TEXT NOT NULL,
    PRIMARY KEY (band, key, report_id)
) WITHOUT ROWID;
CREATE TABLE mentions (
    report_id TEXT NOT NULL REFERENCES reports(id),
    seq INTEGER NOT NULL,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, coref INTEGER NOT NULL,
    qualifier TEXT, resolution TEXT NOT NULL, place_key TEXT, name TEXT, lat REAL, lon REAL,
    country TEXT, kind TEXT, confidence REAL, candidates TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (report_id, seq)
);
CREATE TABLE claims (
    id TEXT PRIMARY KEY, report TEXT NOT NULL, report_id TEXT NOT NULL REFERENCES reports(id),
    place TEXT NOT NULL, name TEXT, place_key TEXT, lat REAL, lon REAL, country TEXT, kind TEXT,
    resolution TEXT NOT NULL, qualifier TEXT, actor TEXT NOT NULL, actor_registered INTEGER NOT NULL,
    status TEXT NOT NULL, share_min REAL, share_max REAL, attribution TEXT, date TEXT,
    date_precision TEXT NOT NULL, confidence REAL NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    evidence TEXT NOT NULL, source TEXT, url TEXT
);
CREATE INDEX claims_report ON claims(report_id);
CREATE INDEX claims_place ON claims(place_key);
CREATE TABLE problems (
    report_id TEXT NOT NULL, seq INTEGER NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL,
    file TEXT, severity TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (report_id, seq)
);
CREATE TABLE builds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started TEXT NOT NULL, finished TEXT NOT NULL, as_of TEXT, fingerprint TEXT,
    summary TEXT NOT NULL, state TEXT NOT NULL
);
"""

# version -> SQL that upgrades a store from version-1 to version. Add entries, never edit them.
MIGRATIONS: dict[int, str] = {
    1: _SCHEMA_V1,
    # 2: remember each file's size/mtime (and read options) so unchanged files are not read again
    2: "ALTER TABLE files ADD COLUMN stat TEXT",
    # 3: the incremental merge: each place's merged state with the build that made it, the places whose
    #    claims changed since (marked in the same transactions as the changes), settings the cache is for
    3: """
CREATE TABLE place_states (place_key TEXT PRIMARY KEY, state TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE dirty_places (place_key TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX claims_actor ON claims(actor)
""",
    # 4: every column a place's merge selects on, in one index: the incremental merge reads the index only
    4: """
CREATE INDEX claims_merge ON claims(place_key, actor, date, status, share_max, report_id, id,
    resolution, lat, lon);
CREATE INDEX claims_unregistered ON claims(actor, report_id) WHERE actor_registered = 0
""",
    # 5: the few claims a map cannot draw, found without scanning every claim on each build
    5: "CREATE INDEX claims_loose ON claims(id) WHERE place_key IS NULL "
    "OR resolution NOT IN ('pinned', 'resolved') OR lat IS NULL OR lon IS NULL",
}
# The drawable resolutions in migration 5's index and the condition that selects by it (same text).
_LOOSE_DRAWABLE = ["pinned", "resolved"]
_LOOSE = "place_key IS NULL OR resolution NOT IN ('pinned', 'resolved') OR lat IS NULL OR lon IS NULL"

REBUILD = (
    "move it away (e.g. mv {p} {p}.broken) and run 'mapgen build' on your report folders again: "
    "the store is rebuilt from the reports (corrections in mapgen.toml are kept)"
)


def _check_header(path: Path) -> str | None:
    """Refuse a file without the SQLite magic string; say how it is shorter than its header says."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
            size = os.fstat(fh.fileno()).st_size
    except OSError as exc:
        raise StoreError(f"{path}: cannot read the store ({exc.strerror}); check its permissions") from None
    if head[: len(_HEADER)] != _HEADER:
        raise StoreError(
            f"{path}: not a mapgen store (not an SQLite file); pass another --store, or "
            + REBUILD.format(p=path)
        )
    if len(head) < 100:
        raise StoreError(f"{path}: the store is truncated (no full header); " + REBUILD.format(p=path))
    # The database size in pages (offset 28) is valid when the change counter (24) equals the
    # version-valid-for number (92); SQLite versions since 3.7.0 keep it so.
    page = int.from_bytes(head[16:18], "big")
    page = 65536 if page == 1 else page
    pages = int.from_bytes(head[28:32], "big")
    if pages and head[24:28] == head[92:96] and size < page * pages:
        return f"{size} bytes, its header says {page * pages}"
    return None


_CLEAN = "closed_cleanly"


def _closed_cleanly(conn: sqlite3.Connection) -> bool:
    """Whether the last session that wrote marked the store clean (stores before schema 3: never)."""
    if conn.execute("PRAGMA user_version").fetchone()[0] < 3:
        return False
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_CLEAN,)).fetchone()
    return bool(row) and row[0] == "true"


def _is_corrupt(exc: sqlite3.DatabaseError) -> bool:
    """SQLITE_CORRUPT or SQLITE_NOTADB (not a busy or locked store, a constraint or an SQL mistake)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    return type(exc) is sqlite3.DatabaseError


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: written by a newer mapgen (store schema {version}, this mapgen reads up to "
            f"{SCHEMA_VERSION}); upgrade mapgen, or use another --store"
        )
    if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise StoreError(f"{path}: an SQLite file that is not a mapgen store; pass another --store")
    for target in range(version + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for stmt in MIGRATIONS[target].split(";"):
                if stmt.strip():
                    conn.execute(stmt)
            conn.execute(f"PRAGMA user_version = {target}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
