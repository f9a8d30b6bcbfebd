"""The store: one SQLite file holding reports, mentions, claims and builds.

Every write happens in a transaction, so a build killed at any moment leaves
the store as it was after its last commit (SQLite's journal does the atomic
part; its ``-journal``/``-wal`` files are not leftovers). The schema carries a
version (``PRAGMA user_version``) with migrations; a store written by a newer
mapgen is refused. A corrupt or truncated file is detected when opened and
refused with the way to rebuild it: move it away and build again from the
reports (the store is a cache of the reports plus the build history).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .errors import StoreError
from .model import Claim, PlaceMention, Problem, Report, Severity
from .storerows import CLAIM_COLUMNS as CLAIM_COLUMNS
from .storerows import _by_id as _by_id
from .storerows import _claim as _claim
from .storerows import _claim_row as _claim_row
from .storerows import _count_once as _count_once
from .storerows import _date as _date
from .storerows import _iso as _iso
from .storerows import _json as _json
from .storerows import _mention_row as _mention_row
from .storerows import _q as _q
from .storeschema import _CLEAN as _CLEAN
from .storeschema import _LOOSE as _LOOSE
from .storeschema import _LOOSE_DRAWABLE as _LOOSE_DRAWABLE
from .storeschema import DEFAULT_NAME as DEFAULT_NAME
from .storeschema import MIGRATIONS as MIGRATIONS
from .storeschema import REBUILD as REBUILD
from .storeschema import SCHEMA_VERSION as SCHEMA_VERSION
from .storeschema import _check_header as _check_header
from .storeschema import _closed_cleanly as _closed_cleanly
from .storeschema import _is_corrupt as _is_corrupt
from .storeschema import _migrate as _migrate


@dataclasses.dataclass(frozen=True)
class StoredReport:
    """What the store knows about one report, for deciding what to re-read and re-extract."""

    id: str
    meta_hash: str
    fingerprint: str | None
    status: str


class Store:
    """An open store. Use :func:`open_store`; close with :meth:`close` or a ``with`` block."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self._depth = 0
        self._dups: dict[str, tuple[str, list[str]]] | None = None  # see _counting
        self._unclean = False  # this session wrote and has not yet marked the store closed cleanly

    # ------------------------------------------------------------ lifecycle
    def close(self, *, clean: bool = True) -> None:
        """Close; a session that wrote marks the store closed cleanly (unless ``clean`` is false)."""
        if self._unclean and clean:
            with contextlib.suppress(sqlite3.Error), self.transaction():
                self.mark_clean()
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        # A session that failed leaves the store marked unclean: the next open checks every page.
        corrupt = isinstance(exc, sqlite3.DatabaseError) and _is_corrupt(exc)
        if corrupt and self._depth == 0:
            with contextlib.suppress(sqlite3.Error):  # (the damage may keep even this from being written)
                self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, 'false')", (_CLEAN,))
        self.close(clean=kind is None)
        if corrupt:
            # Damage the checks on opening did not see (they read every page only after an unclean
            # shutdown, or with `mapgen check --store`): one line with the way out, no traceback.
            raise StoreError(
                f"{self.path}: the store is corrupt ({exc}); " + REBUILD.format(p=self.path)
            ) from None

    def mark_clean(self) -> None:
        """Record, in the current transaction, that the store was left consistent (see :func:`open_store`).

        The build calls it in the transaction that records the build, so a build that ends normally
        costs no extra commit; a session that dies before leaves the mark off.
        """
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, 'true')", (_CLEAN,))
        self._unclean = False

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: everything inside commits together or not at all.

        Nested calls join the outer transaction (so a caller can make a whole build one transaction).
        """
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        marked = False
        try:
            if not self._unclean:
                # Until this session marks it clean again, an opener checks every page (joins this
                # transaction: no extra commit).
                self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, 'false')", (_CLEAN,))
                self._unclean = marked = True
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            self._dups = None
            if marked:
                self._unclean = False  # rolled back with the rest
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0

    # ------------------------------------------------------------ reports and files
    def report_index(self) -> dict[str, StoredReport]:
        rows = self.conn.execute("SELECT id, meta_hash, fingerprint, status FROM reports")
        return {r[0]: StoredReport(*r) for r in rows}

    def files(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT file, report_id FROM files"))

    def file_stats(self) -> dict[str, tuple[str, str | None]]:
        """file -> (report id, stat signature recorded when it was last read)."""
        return {r[0]: (r[1], r[2]) for r in self.conn.execute("SELECT file, report_id, stat FROM files")}

    def put_report(self, report: Report, meta_hash: str, now: str) -> None:
        """Insert a report, or update its metadata (keeping ``first_seen``) and mark it present."""
        self._dups = None
        old = self.conn.execute(
            "SELECT status, meta_hash FROM reports WHERE id = ?", (report.id,)
        ).fetchone()
        if old is not None and (old[0] != "present" or old[1] != meta_hash):
            # Restored, or new metadata (its date decides which copy of a repeated story counts).
            self.touch_reports([report.id], groups=True)
        self.conn.execute(
            """INSERT INTO reports (id, path, source, url, date, title, language, meta, body, meta_hash,
                                    first_seen, status)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'present')
               ON CONFLICT(id) DO UPDATE SET path=excluded.path, source=excluded.source, url=excluded.url,
                 date=excluded.date, title=excluded.title, language=excluded.language, meta=excluded.meta,
                 meta_hash=excluded.meta_hash, status='present',
                 fingerprint=CASE WHEN reports.meta_hash = excluded.meta_hash THEN reports.fingerprint END""",
            (
                report.id,
                report.path,
                report.source,
                report.url,
                _iso(report.date),
                report.title,
                report.language,
                _json(report.meta),
                report.body,
                meta_hash,
                now,
            ),
        )

    def set_file(
        self, file: str, report_id: str, name: str, root: str | None, stat: str | None = None
    ) -> None:
        self.conn.execute(
            "INSERT INTO files (file, report_id, name, root, stat) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(file) DO UPDATE SET report_id=excluded.report_id, name=excluded.name, "
            "root=excluded.root, stat=excluded.stat",
            (file, report_id, name, root, stat),
        )

    def set_files(self, rows: Iterable[tuple[str, str, str, str | None, str | None]]) -> None:
        """:meth:`set_file` for many (file, report id, name, root, stat) rows in one statement."""
        self.conn.executemany(
            "INSERT INTO files (file, report_id, name, root, stat) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(file) DO UPDATE SET report_id=excluded.report_id, name=excluded.name, "
            "root=excluded.root, stat=excluded.stat",
            rows,
        )

    def remove_files(self, files: Iterable[str]) -> None:
        self.conn.executemany("DELETE FROM files WHERE file = ?", [(f,) for f in files])

    def withdraw_orphans(self) -> list[str]:
        """Mark present reports that no file holds any more as withdrawn; return their ids."""
        ids = [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM reports WHERE status = 'present' AND id NOT IN (SELECT report_id FROM files) "
                "ORDER BY id"
            )
        ]
        self._dups = None
        self.touch_reports(ids, groups=True)
        self.conn.executemany("UPDATE reports SET status = 'withdrawn' WHERE id = ?", [(i,) for i in ids])
        return ids

    def reports(self, ids: Sequence[str] | None = None, *, status: str | None = "present") -> list[Report]:
        """Reports rebuilt from the store (all present ones when ``ids`` is None), sorted by id."""
        sql = "SELECT id, path, body, date, source, url, title, language, meta FROM reports"
        where: list[str] = []
        args: list[str] = []
        if status:
            where.append("status = ?")
            args.append(status)
        if ids is None:
            rows = list(
                self.conn.execute(
                    sql + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id", args
                )
            )
        else:
            # Only the rows asked for (a build with nothing stale asks for none: no 10,000 bodies read).
            wanted = sorted(set(ids))
            rows = []
            for i in range(0, len(wanted), 500):
                part = wanted[i : i + 500]
                cond = " AND ".join([*where, f"id IN ({','.join('?' * len(part))})"])
                rows.extend(self.conn.execute(f"{sql} WHERE {cond}", [*args, *part]))
            rows.sort(key=lambda r: r[0])
        return [
            Report(
                id=r[0],
                path=r[1],
                body=r[2],
                date=_date(r[3]),
                source=r[4],
                url=r[5],
                title=r[6],
                language=r[7],
                meta=json.loads(r[8]),
            )
            for r in rows
        ]

    def bodies(self, ids: Iterable[str]) -> dict[str, str]:
        ids = list(ids)
        out: dict[str, str] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            q = f"SELECT id, body FROM reports WHERE id IN ({marks})"
            out.update(self.conn.execute(q, chunk))
        return out

    def stale_ids(self, fingerprint: str) -> list[str]:
        """Present reports extracted with another pipeline fingerprint (or never)."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM reports WHERE status = 'present' "
                "AND (fingerprint IS NULL OR fingerprint != ?) ORDER BY id",
                (fingerprint,),
            )
        ]

    def counts(self) -> dict[str, int]:
        one = self.conn.execute
        return {
            "reports": one("SELECT count(*) FROM reports WHERE status='present'").fetchone()[0],
            "withdrawn": one("SELECT count(*) FROM reports WHERE status='withdrawn'").fetchone()[0],
            "claims": one("SELECT count(*) FROM claims").fetchone()[0],
        }

    # ------------------------------------------------------------ near-duplicates
    def lsh_candidates(self, keys: Sequence[int]) -> set[str]:
        found: set[str] = set()
        for band, key in enumerate(keys):
            found.update(
                r[0]
                for r in self.conn.execute(
                    "SELECT report_id FROM lsh WHERE band = ? AND key = ?", (band, key)
                )
            )
        return found

    def put_lsh(self, report_id: str, keys: Sequence[int]) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO lsh (band, key, report_id) VALUES (?, ?, ?)",
            [(b, k, report_id) for b, k in enumerate(keys)],
        )

    def join_group(self, ids: Iterable[str]) -> str:
        """Put ``ids`` and every member of their groups in one group; return its id."""
        ids = set(ids)
        groups = {
            g
            for (g,) in self.conn.execute(
                f"SELECT dup_group FROM reports WHERE id IN ({','.join('?' * len(ids))}) "
                "AND dup_group IS NOT NULL",
                list(ids),
            )
        }
        members = set(ids)
        for g in groups:
            members.update(
                r[0] for r in self.conn.execute("SELECT id FROM reports WHERE dup_group = ?", (g,))
            )
        group = min(members | groups)
        self._dups = None
        self.touch_reports(members)  # the copy that counts may change
        self.conn.executemany("UPDATE reports SET dup_group = ? WHERE id = ?", [(group, m) for m in members])
        return group

    def duplicates(self) -> dict[str, tuple[str, list[str]]]:
        """Present reports that repeat another: id -> (id of the one counted, sources of the whole group).

        The report counted is the earliest dated member of the group (then the smallest id), so the
        choice does not depend on the order reports arrived in.
        """
        rows = list(
            self.conn.execute(
                "SELECT id, dup_group, date, source FROM reports "
                "WHERE status = 'present' AND dup_group IS NOT NULL"
            )
        )
        groups: dict[str, list[tuple[str, str | None, str | None]]] = {}
        for rid, g, date, source in rows:
            groups.setdefault(g, []).append((rid, date, source))
        out: dict[str, tuple[str, list[str]]] = {}
        for members in groups.values():
            if len(members) < 2:
                continue
            canon = min(members, key=lambda m: (m[1] or "9999-12-31", m[0]))[0]
            sources = sorted({m[2] for m in members if m[2]})
            for rid, _, _ in members:
                out[rid] = (canon, sources)
        return out

    # ------------------------------------------------------------ analyses
    def put_analysis(
        self,
        report_id: str,
        places: Sequence[PlaceMention],
        claims: Sequence[Claim],
        problems: Sequence[Problem],
        fingerprint: str,
    ) -> None:
        """Replace what was extracted from one report (call inside a transaction)."""
        c = self.conn
        self.touch_reports([report_id])
        self.touch_places(x.place_key for x in claims)
        for table in ("mentions", "claims", "problems"):
            c.execute(f"DELETE FROM {table} WHERE report_id = ?", (report_id,))
        c.executemany(
            "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_mention_row(report_id, i, pm) for i, pm in enumerate(places)],
        )
        c.executemany(
            f"INSERT OR REPLACE INTO claims ({', '.join(_q(k) for k in CLAIM_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(CLAIM_COLUMNS))})",
            [_claim_row(x) for x in claims],
        )
        c.executemany(
            "INSERT INTO problems VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (report_id, i, p.code, p.message, p.file, p.severity.value, _json(p.detail))
                for i, p in enumerate(problems)
            ],
        )
        c.execute("UPDATE reports SET fingerprint = ? WHERE id = ?", (fingerprint, report_id))

    def claims(self, *, count_duplicates_once: bool = True) -> list[Claim]:
        """Claims of present reports, sorted by id; a near-duplicate group counts once, with all sources."""
        rows = self.conn.execute(
            f"SELECT {', '.join('c.' + _q(k) for k in CLAIM_COLUMNS)} FROM claims c "
            "JOIN reports r ON r.id = c.report_id WHERE r.status = 'present'"
        )
        with gc_paused():  # see gc_paused: 3x faster on a store of 460,000 claims
            claims = sorted(map(_claim, rows), key=_by_id)  # sorting here is 2x faster than ORDER BY
        if not count_duplicates_once:
            return claims
        return _count_once(claims, self.duplicates())

    # ------------------------------------------------------------ claims that count, read in parts
    # "Counted" claims are what claims() returns: claims of present reports, one copy per repeated
    # story. These read them without loading every claim, for the incremental merge.
    _COUNTED = "FROM claims c WHERE c.report_id NOT IN (SELECT id FROM temp.uncounted)"

    def _counting(self) -> dict[str, tuple[str, list[str]]]:
        """Refresh ``temp.uncounted`` (reports not present, and repeats of a story counted under another
        report) when a write may have changed it; return the repeated-story groups."""
        if self._dups is not None:
            return self._dups
        dups = self.duplicates()
        c = self.conn
        c.execute("CREATE TEMP TABLE IF NOT EXISTS uncounted (id TEXT PRIMARY KEY) WITHOUT ROWID")
        c.execute("DELETE FROM temp.uncounted")
        c.executemany(
            "INSERT INTO temp.uncounted VALUES (?)", [(k,) for k, v in dups.items() if v[0] != k]
        )
        c.execute("INSERT OR IGNORE INTO temp.uncounted SELECT id FROM reports WHERE status != 'present'")
        self._dups = dups
        return dups

    def _select(self, where: str = "", args: Sequence[Any] = (), order: str = "") -> Iterator[Claim]:
        cols = ", ".join("c." + _q(k) for k in CLAIM_COLUMNS)
        sql = f"SELECT {cols} {self._COUNTED}" + (f" AND ({where})" if where else "") + order
        return map(_claim, self.conn.execute(sql, list(args)))

    def iter_place_claims(self, batch: int = 20_000) -> Iterator[tuple[str, list[Claim]]]:
        """Counted claims with a place key, one place at a time in key order (memory: one place).

        Read in key ranges of about ``batch`` rows so no query holds a read cursor across the caller's
        writes.
        """
        dups = self._counting()
        keys = [
            (k, n)
            for k, n in self.conn.execute(
                "SELECT place_key, count(*) FROM claims WHERE place_key IS NOT NULL "
                "GROUP BY place_key ORDER BY place_key"
            )
        ]
        i = 0
        while i < len(keys):
            j, rows = i, 0
            while j < len(keys) and (rows == 0 or rows + keys[j][1] <= batch):
                rows += keys[j][1]
                j += 1
            lo, hi = keys[i][0], keys[j - 1][0]
            found: dict[str, list[Claim]] = {}
            for cl in self._select("c.place_key BETWEEN ? AND ?", (lo, hi)):
                found.setdefault(cl.place_key or "", []).append(cl)
            for key, _ in keys[i:j]:
                if key in found:
                    yield key, _count_once(sorted(found.pop(key), key=_by_id), dups)
            i = j

    def claims_for_places(self, keys: Iterable[str]) -> dict[str, list[Claim]]:
        """Counted claims of these places, by place key (each list sorted by id)."""
        dups = self._counting()
        keys = sorted(set(keys))
        out: dict[str, list[Claim]] = {}
        for i in range(0, len(keys), 500):
            part = keys[i : i + 500]
            for cl in self._select(f"c.place_key IN ({','.join('?' * len(part))})", part):
                out.setdefault(cl.place_key or "", []).append(cl)
        return {k: _count_once(sorted(v, key=_by_id), dups) for k, v in out.items()}

    def undrawable_claims(self, drawable: Sequence[str]) -> list[Claim]:
        """Counted claims without a drawable place (no key, a resolution not in ``drawable``, no point)."""
        dups = self._counting()
        if sorted(set(drawable)) == _LOOSE_DRAWABLE:
            rows = self._select(_LOOSE)  # literally the partial index's condition: the index is used
        else:
            marks = ",".join("?" * len(drawable))
            rows = self._select(
                f"c.place_key IS NULL OR c.resolution NOT IN ({marks}) OR c.lat IS NULL OR c.lon IS NULL",
                list(drawable),
            )
        return _count_once(sorted(rows, key=_by_id), dups)

    def counted_actors_of(self, ids: Iterable[str]) -> dict[str, str]:
        """Claim id -> actor, for those of these ids that are counted claims."""
        self._counting()
        ids = sorted(set(ids))
        found: dict[str, str] = {}
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            q = f"SELECT c.id, c.actor {self._COUNTED} AND c.id IN ({','.join('?' * len(part))})"
            found.update(self.conn.execute(q, part))
        return found

    def counted_per_actor(self, actors: Iterable[str]) -> dict[str, int]:
        """The number of counted claims of each of these actors (absent: none)."""
        self._counting()
        actors = sorted(set(actors))
        found: dict[str, int] = {}
        for i in range(0, len(actors), 500):
            part = actors[i : i + 500]
            q = (
                f"SELECT c.actor, count(*) {self._COUNTED} AND c.actor IN ({','.join('?' * len(part))}) "
                "GROUP BY c.actor"
            )
            found.update(self.conn.execute(q, part))
        return found

    def claim_totals(self) -> tuple[int, list[str]]:
        """The number of counted claims and their unregistered actors (sorted), from indexes only."""
        self._counting()
        n = self.conn.execute(
            "SELECT count(*) FROM claims c INDEXED BY claims_report "
            "WHERE c.report_id NOT IN (SELECT id FROM temp.uncounted)"
        ).fetchone()[0]
        unregistered = [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT c.actor FROM claims c WHERE c.actor_registered = 0 "
                "AND c.report_id NOT IN (SELECT id FROM temp.uncounted) ORDER BY c.actor"
            )
        ]
        return n, unregistered

    # ------------------------------------------------------------ what a place's merge needs
    def _effective(
        self, as_of: dt.date | None, rejected: Iterable[str], merges: dict[str, str], drawable: Sequence[str]
    ) -> tuple[str, list[Any], str]:
        """FROM/WHERE of the claims a merge counts (present, counted once, not rejected, drawable, dated
        up to ``as_of``), its arguments, and the SQL of each claim's actor after merges."""
        self._counting()
        c = self.conn
        c.execute("CREATE TEMP TABLE IF NOT EXISTS rejected (id TEXT PRIMARY KEY) WITHOUT ROWID")
        c.execute("DELETE FROM temp.rejected")
        c.executemany("INSERT OR IGNORE INTO temp.rejected VALUES (?)", [(i,) for i in rejected])
        c.execute("CREATE TEMP TABLE IF NOT EXISTS amerge (src TEXT PRIMARY KEY, dst TEXT) WITHOUT ROWID")
        c.execute("DELETE FROM temp.amerge")
        c.executemany("INSERT INTO temp.amerge VALUES (?, ?)", sorted(merges.items()))
        sql = (
            f"{self._COUNTED} AND c.id NOT IN (SELECT id FROM temp.rejected) "
            f"AND c.resolution IN ({','.join('?' * len(drawable))}) AND c.lat IS NOT NULL "
            "AND c.lon IS NOT NULL AND (c.date IS NULL OR c.date <= ?)"
        )
        args: list[Any] = [*drawable, as_of.isoformat() if as_of else "9999-12-31"]
        if not merges:
            return sql, args, "c.actor"  # (place_key, actor) in index order: no sorting for GROUP BY
        sql = sql.replace("WHERE", "LEFT JOIN temp.amerge am ON am.src = c.actor WHERE", 1)
        return sql, args, "COALESCE(am.dst, c.actor)"

    def merge_kernel(
        self,
        keys: Sequence[str] | None,
        *,
        as_of: dt.date | None,
        window_days: int,
        rejected: Iterable[str],
        merges: dict[str, str],
        drawable: Sequence[str],
        hold_like: Sequence[str],
        full_share: float,
    ) -> dict[str, list[Claim]]:
        """Per place (all when ``keys`` is None), the claims its merge can depend on, selected in SQL.

        That is, for each actor (after merges): its claims within ``window_days`` of its newest one (all
        of them when none is dated), and one claim at each of its newest dates of a hold, a loss, a full
        hold or capture, a full capture and any capture. Every other claim is ended by the actor's own
        newer claim and moves none of the newest dates the merge rules compare, so the merge of these
        equals the merge of all (see :func:`mapgen.incremental.merge_store`). Actors are as stored.
        """
        eff, args, actor = self._effective(as_of, rejected, merges, drawable)
        c = self.conn
        holds = ",".join("?" * len(hold_like))
        full = "(c.share_max IS NULL OR c.share_max >= ?)"
        c.execute(
            "CREATE TEMP TABLE IF NOT EXISTS mx (place_key TEXT, actor TEXT, lo TEXT, newest TEXT, "
            "hold TEXT, loss TEXT, fullh TEXT, capf TEXT, capany TEXT, PRIMARY KEY (place_key, actor)) "
            "WITHOUT ROWID"
        )
        c.execute("DELETE FROM temp.mx")
        aggregate = (
            f"INSERT INTO temp.mx SELECT c.place_key, {actor} AS ea, date(max(c.date), ?), max(c.date), "
            f"max(CASE WHEN c.status IN ({holds}) THEN c.date END), "
            "max(CASE WHEN c.status = 'lost' THEN c.date END), "
            f"max(CASE WHEN c.status IN ('held', 'captured') AND {full} THEN c.date END), "
            f"max(CASE WHEN c.status = 'captured' AND {full} THEN c.date END), "
            "max(CASE WHEN c.status = 'captured' THEN c.date END) "
            f"{eff} AND c.place_key IS NOT NULL"
        )
        head = [f"-{window_days} days", *hold_like, full_share, full_share]
        if keys is None:
            c.execute(aggregate + " GROUP BY c.place_key, ea", [*head, *args])
        else:
            keys = sorted(set(keys))
            for i in range(0, len(keys), 500):
                part = keys[i : i + 500]
                c.execute(
                    aggregate + f" AND c.place_key IN ({','.join('?' * len(part))}) GROUP BY c.place_key, ea",
                    [*head, *args, *part],
                )
        cols = ", ".join("c." + _q(k) for k in CLAIM_COLUMNS)
        select = (
            f"SELECT {cols} {eff.replace('WHERE', f'JOIN temp.mx m ON m.place_key = c.place_key AND m.actor = {actor} WHERE', 1)} "  # noqa: E501
            "AND (m.newest IS NULL OR c.date >= m.lo "
            f"OR (c.date = m.hold AND c.status IN ({holds})) "
            "OR (c.date = m.loss AND c.status = 'lost') "
            f"OR (c.date = m.fullh AND c.status IN ('held', 'captured') AND {full}) "
            f"OR (c.date = m.capf AND c.status = 'captured' AND {full}) "
            "OR (c.date = m.capany AND c.status = 'captured'))"
        )
        out: dict[str, list[Claim]] = {}
        for cl in map(_claim, c.execute(select, [*args, *hold_like, full_share, full_share])):
            out.setdefault(cl.place_key or "", []).append(cl)
        return out

    def newest_attack(
        self,
        place_key: str,
        *,
        not_by: Iterable[str],
        until: dt.date | None,
        as_of: dt.date | None,
        rejected: Iterable[str],
        merges: dict[str, str],
        drawable: Sequence[str],
        attack_like: Sequence[str],
    ) -> Claim | None:
        """The newest (then highest-id) attack on a place by an actor (after merges) not in ``not_by``,
        dated up to ``until`` (None: undated only): who takes a place its holder lost."""
        eff, args, actor = self._effective(as_of, rejected, merges, drawable)
        others = sorted(set(not_by))
        when = "(c.date IS NULL OR c.date <= ?)" if until else "c.date IS NULL"
        sql = (
            f"SELECT {', '.join('c.' + _q(k) for k in CLAIM_COLUMNS)} {eff} AND c.place_key = ? "
            f"AND c.status IN ({','.join('?' * len(attack_like))}) "
            f"AND {actor} NOT IN ({','.join('?' * len(others))}) AND {when} "
            "ORDER BY c.date IS NULL, c.date DESC, c.id DESC LIMIT 1"
        )
        row = self.conn.execute(
            sql, [*args, place_key, *attack_like, *others, *([until.isoformat()] if until else [])]
        ).fetchone()
        return _claim(row) if row else None

    # ------------------------------------------------------------ the merged state of each place
    def touch_reports(self, ids: Iterable[str], *, groups: bool = False) -> None:
        """Mark the places of these reports' claims (and of their repeated-story groups) to merge again."""
        ids = list(dict.fromkeys(ids))
        c = self.conn
        if groups and ids:
            more: list[str] = []
            for i in range(0, len(ids), 500):
                part = ids[i : i + 500]
                more.extend(
                    r[0]
                    for r in c.execute(
                        "SELECT id FROM reports WHERE dup_group IN (SELECT dup_group FROM reports "
                        f"WHERE dup_group IS NOT NULL AND id IN ({','.join('?' * len(part))}))",
                        part,
                    )
                )
            ids = list(dict.fromkeys(ids + more))
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            c.execute(
                "INSERT OR IGNORE INTO dirty_places SELECT DISTINCT place_key FROM claims "
                f"WHERE place_key IS NOT NULL AND report_id IN ({','.join('?' * len(part))})",
                part,
            )

    def touch_places(self, keys: Iterable[str | None]) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO dirty_places VALUES (?)", [(k,) for k in set(keys) if k is not None]
        )

    def claim_places(self, ids: Iterable[str] = (), actors: Iterable[str] = ()) -> set[str]:
        """Places of the claims with these ids or these actors (what a changed correction affects)."""
        found: set[str] = set()
        for column, values in (("id", sorted(set(ids))), ("actor", sorted(set(actors)))):
            for i in range(0, len(values), 500):
                part = values[i : i + 500]
                found.update(
                    r[0]
                    for r in self.conn.execute(
                        "SELECT DISTINCT place_key FROM claims "
                        f"WHERE place_key IS NOT NULL AND {column} IN ({','.join('?' * len(part))})",
                        part,
                    )
                )
        return found

    def dirty_places(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT place_key FROM dirty_places")}

    def place_states(self) -> dict[str, dict[str, Any]]:
        """The cached merged state of each place (state records), by place key."""
        return {k: json.loads(v) for k, v in self.conn.execute("SELECT place_key, state FROM place_states")}

    def save_place_states(
        self,
        states: Iterable[tuple[str, dict[str, Any]]],
        *,
        drop: Iterable[str] = (),
        everything: bool = False,
    ) -> None:
        """Store merged states (replacing all of them with ``everything``), drop others, clear the marks."""
        c = self.conn
        if everything:
            c.execute("DELETE FROM place_states")
        c.executemany("DELETE FROM place_states WHERE place_key = ?", [(k,) for k in drop])
        c.executemany(
            "INSERT OR REPLACE INTO place_states VALUES (?, ?)", [(k, _json(v)) for k, v in states]
        )
        c.execute("DELETE FROM dirty_places")

    def get_meta(self, key: str) -> Any:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def set_meta(self, key: str, value: Any) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, _json(value)))

    def problems(self) -> list[Problem]:
        rows = self.conn.execute(
            "SELECT p.code, p.message, p.file, p.severity, p.detail FROM problems p JOIN reports r "
            "ON r.id = p.report_id WHERE r.status = 'present' ORDER BY p.file, p.report_id, p.seq"
        )
        return [Problem(r[0], r[1], r[2], Severity(r[3]), json.loads(r[4])) for r in rows]

    def unresolved_names(self) -> dict[str, list[str]]:
        """resolution ('unresolved', 'ambiguous') -> sorted names as written, over present reports."""
        out: dict[str, list[str]] = {"unresolved": [], "ambiguous": []}
        for res in out:
            out[res] = [
                r[0]
                for r in self.conn.execute(
                    "SELECT DISTINCT m.text FROM mentions m JOIN reports r ON r.id = m.report_id "
                    "WHERE r.status = 'present' AND m.resolution = ? AND m.coref = 0 ORDER BY m.text",
                    (res,),
                )
            ]
        return out

    # ------------------------------------------------------------ builds
    def add_build(
        self,
        started: str,
        finished: str,
        as_of: dt.date | None,
        fingerprint: str,
        summary: dict[str, Any],
        state: list[dict[str, Any]],
    ) -> int:
        cur = self.conn.execute(
            "INSERT INTO builds (started, finished, as_of, fingerprint, summary, state) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (started, finished, _iso(as_of), fingerprint, _json(summary), _json(state)),
        )
        return int(cur.lastrowid or 0)

    def builds(self, limit: int = 2) -> list[dict[str, Any]]:
        """The newest builds first: id, started, finished, as_of, summary, state (state records)."""
        rows = self.conn.execute(
            "SELECT id, started, finished, as_of, summary, state FROM builds ORDER BY id DESC LIMIT ?",
            (limit,),
        )
        return [
            {
                "id": r[0],
                "started": r[1],
                "finished": r[2],
                "as_of": r[3],
                "summary": json.loads(r[4]),
                "state": json.loads(r[5]),
            }
            for r in rows
        ]


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block (it is restored as it was afterwards).

    Making hundreds of thousands of long-lived objects (claims read from a big store, the map's
    frames) triggers a full collection every ~25 % of growth, each walking every object made so far:
    two thirds of the time of reading a store's claims. Claims and states hold no reference cycles,
    so nothing is collected later than it would be anyway.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


# ---------------------------------------------------------------- opening, checks, migrations


def default_store_path(out: str | Path) -> Path:
    """``mapgen.sqlite`` in the folder of the map output."""
    return Path(out).parent / DEFAULT_NAME


def open_store(path: str | Path, *, create: bool = True, verify: bool = False) -> Store:
    """Open (and create or migrate) the store at ``path``.

    Every open checks the header and that the file is as long as the header says (a truncated copy).
    Every page is checked (``PRAGMA quick_check``, ~0.25 s on a 10,000-report store) when the last
    session that wrote did not end cleanly (killed, crashed, failed: see :meth:`Store.mark_clean`),
    when a journal is left beside it, or with ``verify`` (``mapgen check --store``). Damage found
    later, on reading a page, is raised as :class:`StoreError` by the ``with`` block.

    Raises
    ------
    StoreError
        When the file is missing and ``create`` is false, is not a SQLite database, is corrupt or
        truncated, or was written by a newer mapgen.
    """
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise StoreError(f"{path}: no store here; run 'mapgen build' first, or pass --store PATH")
    journal = any(Path(f"{path}{s}").exists() for s in ("-journal", "-wal"))
    short = _check_header(path) if exists else None
    if not exists and path.exists():
        path.unlink()  # an empty file left by a crash before the first commit: nothing to keep
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(
            f"{path}: cannot open the store ({exc}); check the path and its folder's permissions"
        ) from None
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA synchronous = FULL")
        # A file shorter than its header says is checked through SQLite rather than refused at once:
        # a build committing at this moment may have written the new header before the new pages.
        if exists and (verify or journal or short or not _closed_cleanly(conn)):
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                what = f"truncated ({short})" if short else f"corrupt ({ok[:80]})"
                raise StoreError(f"{path}: the store is {what}; " + REBUILD.format(p=path))
        _migrate(conn, path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        what = f"truncated ({short}; {exc})" if short else f"corrupt or truncated ({exc})"
        raise StoreError(f"{path}: the store is {what}; " + REBUILD.format(p=path)) from None
    except BaseException:
        conn.close()
        raise
    return Store(path, conn)
