"""The build: reports in, store updated, state merged, map out.

::

    lock -> clean leftovers -> open store -> ingest (new / changed / unchanged / withdrawn)
         -> extract what is new or stale (local or Dask) -> near-duplicates -> merge -> diff -> map

The lock is held for the whole build. Extraction results are committed report
by report in small transactions, so a build killed half-way keeps what it did
and the next build continues; the map is written atomically at the end, so a
killed build leaves the previous map intact. With ``strict=True`` every
problem is an error: nothing is written and :class:`StrictError` is raised.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import operator
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from . import fsio
from .config import Config, as_config
from .corrections import load_corrections
from .errors import MapgenError
from .frames import replay
from .incremental import merge_store
from .ingest import iter_reports
from .lock import store_lock
from .model import Change, Claim, PlaceState, Problem, Report, Severity
from .pipeline import Analysis, Context
from .records import plain, state_dict
from .reportfiles import content_hash, scan_reports
from .state import diff, state_from_dict
from .store import Store, default_store_path, gc_paused, open_store
from .storeview import state_options

PathLike = str | Path
AnalyseFn = Callable[[Report, Context], Analysis]
CHUNK = 200  # reports per extraction transaction
MAX_PRINTED_CHANGES = 50
MAX_FRAMES = 24


class StrictError(MapgenError):
    """``--strict`` found problems; nothing was written."""


@dataclasses.dataclass(frozen=True)
class BuildSummary:
    """What one build did (``build --json`` prints :meth:`to_dict`)."""

    reports_seen: int  # report files found under the paths of this run
    reports_new: int
    reports_changed: int  # same file, new text or metadata
    reports_unchanged: int
    reports_skipped: int  # files that could not be used (see problems)
    reports_withdrawn: int  # files gone from a directory scanned in this run
    reports_extracted: int  # reports (re-)extracted in this run, new ones and stale ones
    reports_total: int  # present reports in the store after the build
    duplicates: int  # present reports that repeat another story (counted once)
    claims: int
    places: int
    changes: tuple[Change, ...]
    problems: tuple[Problem, ...]
    unregistered_actors: tuple[str, ...]
    unresolved: tuple[str, ...]
    ambiguous: tuple[str, ...]
    map_path: str | None
    store_path: str
    as_of: dt.date | None
    elapsed: float
    build_id: int
    first_build: bool = False
    places_merged: int = 0  # places merged again in this build (the others reused the previous state)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {f.name: plain(getattr(self, f.name)) for f in dataclasses.fields(self)}
        d["problems"] = [
            {"code": p.code, "severity": p.severity.value, "file": p.file, "message": p.message}
            for p in self.problems
        ]
        d["changes"] = [
            {
                "place_key": c.place_key,
                "name": c.name,
                "change": c.kind.value,
                "actor": c.actor,
                "before": plain(c.before),
                "after": plain(c.after),
            }
            for c in self.changes
        ]
        d["elapsed"] = round(self.elapsed, 3)
        return d


@dataclasses.dataclass
class _Ingest:
    seen: int = 0
    skipped: int = 0
    new: list[Report] = dataclasses.field(default_factory=list)
    changed: list[Report] = dataclasses.field(default_factory=list)
    restored: list[Report] = dataclasses.field(default_factory=list)
    unchanged: list[str] = dataclasses.field(default_factory=list)  # report ids
    files: list[tuple[str, str, str, str | None, str]] = dataclasses.field(
        default_factory=list
    )  # file, id, name,
    # root, stat
    gone: list[str] = dataclasses.field(default_factory=list)
    problems: list[Problem] = dataclasses.field(default_factory=list)
    index: dict[str, Any] = dataclasses.field(default_factory=dict)  # the store's reports when read

    @property
    def usable(self) -> int:
        return len(self.new) + len(self.changed) + len(self.restored) + len(self.unchanged)


def build(
    paths: Sequence[PathLike] = ("seeds",),
    *,
    out: PathLike | None = "build/map.html",
    store: PathLike | None = None,
    as_of: dt.date | None = None,
    date: dt.date | None = None,
    config: Config | PathLike | None = None,
    encoding: str = "utf-8",
    strict: bool = False,
    wait: float | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    progress: bool = True,
    analyse: AnalyseFn | None = None,
    context: Context | None = None,
    on_wait: Callable[[], None] | None = None,
    today: dt.date | None = None,
    tiles: str | None = None,
    online: bool = False,
) -> BuildSummary:
    """Ingest reports into the store, extract what is new or stale, merge, and write the map.

    Parameters
    ----------
    paths
        Report files and directories (directories are read recursively).
    out
        The map file (``None``: update the store only). The store defaults to ``mapgen.sqlite`` beside it.
    store
        The store file.
    as_of
        The date of the state drawn (``None``: everything known).
    date
        Publication date given to reports that carry none.
    config
        A :class:`~mapgen.config.Config`, a path to ``mapgen.toml``, or None (``./mapgen.toml`` if present).
    encoding
        Text encoding of the reports.
    strict
        Treat every problem (warnings included) as an error: raise :class:`StrictError`, write nothing.
    wait
        Seconds to wait for another build holding the store (``None``: as long as it takes; ``0``: fail
        at once with :class:`~mapgen.errors.LockHeld`, exit code 3).
    engine
        ``"local"`` or ``"dask"`` (needs ``pip install 'mapgen[scale]'``); the results are identical.
    scheduler
        With ``engine="dask"``: the address of a Dask scheduler (``tcp://host:8786``); None starts a
        local cluster for the build.
    progress
        Show a progress bar on stderr while extracting.
    analyse, context
        The extraction function and its context (default: :func:`mapgen.pipeline.analyse` with
        :meth:`Context.load`); injectable for tests and other pipelines.

    Returns
    -------
    BuildSummary

    Examples
    --------
    >>> summary = build(["seeds/"], out="build/map.html")  # doctest: +SKIP
    >>> summary.map_path, len(summary.changes)              # doctest: +SKIP
    ('build/map.html', 9)
    """
    t0 = time.perf_counter()
    started = _now()
    if engine not in ("local", "dask"):
        raise MapgenError(f"unknown engine {engine!r}; use --engine local or --engine dask")
    if engine == "dask":
        from .dask_engine import require

        require()
    elif scheduler:
        raise MapgenError("--scheduler needs --engine dask")
    cfg = as_config(config)
    out_path = Path(out) if out is not None else None
    store_path = Path(store) if store is not None else default_store_path(out_path or "build/map.html")
    with store_lock(store_path, wait=wait, on_wait=on_wait):
        for folder in {store_path.parent, *([out_path.parent] if out_path else [])}:
            fsio.clean_leftovers(folder)
        corr = load_corrections(cfg)
        if any(p.severity is Severity.ERROR for p in corr.problems):
            raise MapgenError(corr.problems[0].line() + "; run 'mapgen check' for every error")
        if analyse is None:
            from .pipeline import analyse as default_analyse

            analyse = default_analyse
            ctx = context or Context.load(cfg, online=online)
        else:
            ctx = context or Context(config=cfg)
        fingerprint = ctx.fingerprint
        with open_store(store_path) as st:
            ing = _ingest(paths, st, encoding=encoding, date=date, today=today)
            if ing.usable == 0:
                detail = f" ({ing.problems[0].line()})" if ing.problems else ""
                raise MapgenError(
                    f"{', '.join(str(p) for p in paths) or 'no path'}: no usable report{detail}; "
                    "check the paths and the messages above"
                )
            index = ing.index  # (ingest writes nothing: still the store's reports)
            fresh = (
                ing.new + ing.changed + [r for r in ing.restored if index[r.id].fingerprint != fingerprint]
            )
            fresh_ids = {r.id for r in fresh}
            stale = st.reports([i for i in st.stale_ids(fingerprint) if i not in fresh_ids])
            todo = sorted(fresh + stale, key=lambda r: r.id)
            results = _run(analyse, todo, ctx, engine, progress, scheduler)
            problems: list[Problem] = list(ctx.problems) + list(corr.problems) + ing.problems
            window, stale_days = state_options(cfg)
            # --strict: everything in one transaction, rolled back when any problem shows up.
            with st.transaction() if strict else contextlib.nullcontext():
                withdrawn = _write_ingest(st, ing)
                extracted = _write_analyses(st, results, fingerprint, problems)
                # Only the places whose claims changed are merged again (mapgen.incremental).
                merged = merge_store(
                    st,
                    as_of=as_of,
                    window_days=window,
                    stale_days=stale_days,
                    corrections=corr.value,
                    fingerprint=fingerprint,
                )
                bad = [p for p in problems + list(merged.problems) if p.severity is not Severity.INFO]
                if strict and bad:
                    raise StrictError(
                        f"--strict: {len(bad)} problem(s); nothing was written (first: {bad[0].line()})"
                    )
            problems.extend(merged.problems)
            states = merged.states
            previous = st.builds(1)
            before = [state_from_dict(d) for d in previous[0]["state"]] if previous else []
            changes = diff(before, states)
            n_claims, unregistered = st.claim_totals()
            if out_path is not None:
                _write_map(
                    out_path,
                    states,
                    st.claims(),  # the map's popups and time slider read every claim
                    as_of,
                    ctx,
                    changes,
                    problems,
                    cfg,
                    window,
                    stale_days,
                    corr.value,
                    tiles=tiles,
                )
            names = st.unresolved_names()
            counts = st.counts()
            dups = st.duplicates()
            summary = BuildSummary(
                reports_seen=ing.seen,
                reports_new=len(ing.new) + len(ing.restored),
                reports_changed=len(ing.changed),
                reports_unchanged=len(ing.unchanged),
                reports_skipped=ing.skipped,
                reports_withdrawn=len(withdrawn),
                reports_extracted=extracted,
                reports_total=counts["reports"],
                duplicates=sum(1 for k, v in dups.items() if v[0] != k),
                claims=n_claims,
                places=len(states),
                changes=changes,
                problems=tuple(problems),
                unregistered_actors=tuple(unregistered),
                unresolved=tuple(names["unresolved"]),
                ambiguous=tuple(names["ambiguous"]),
                map_path=str(out_path) if out_path else None,
                store_path=str(store_path),
                as_of=as_of,
                elapsed=time.perf_counter() - t0,
                build_id=0,
                first_build=not previous,
                places_merged=merged.merged,
            )
            with st.transaction():
                build_id = st.add_build(
                    started,
                    _now(),
                    as_of,
                    fingerprint,
                    _summary_record(summary),
                    [state_dict(s) for s in states],
                )
                st.mark_clean()  # the build ended normally: the next open need not check every page
            return dataclasses.replace(summary, build_id=build_id, elapsed=time.perf_counter() - t0)


# ---------------------------------------------------------------- ingest


def meta_hash(report: Report) -> str:
    """A hash of everything about a report except its body (which its id already covers)."""
    fields = {
        "path": report.path,
        "date": report.date,
        "source": report.source,
        "url": report.url,
        "title": report.title,
        "language": report.language,
        "meta": report.meta,
    }
    text = json.dumps(plain(fields), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _ingest(
    paths: Sequence[PathLike], st: Store, *, encoding: str, date: dt.date | None, today: dt.date | None
) -> _Ingest:
    """Read every report under ``paths`` and sort them by what the store already knows (no writes)."""
    options = f"{encoding}|{date.isoformat() if date else ''}"
    found = scan_reports(paths, options)
    ing = _Ingest(seen=len(found.value), problems=list(found.problems))
    index = ing.index = st.report_index()
    known = st.file_stats()
    known_files = {f: rid for f, (rid, _) in known.items()}
    seen_ids: dict[str, str] = {}
    present_files: set[str] = set()
    to_read = []
    for src, file, stat in found.value:
        present_files.add(file)
        sig, racy = stat or (None, False)
        rid, old_sig = known.get(file, (None, None))
        entry = index.get(rid) if rid else None
        # Written moments ago, a file could change again in the same clock tick keeping its size and
        # mtime (git's "racy clean" case): its content hash is recorded too, and checked next time.
        # The hash is taken before the file is read, so a change in between is seen as a change.
        digest = (
            content_hash(src.path, sidecar=not sig.split("|", 1)[0].endswith(":-"))
            if sig and (racy or (old_sig or "").startswith(sig + "#"))
            else None
        )
        record = (f"{sig}#{digest}" if digest else None) if sig and racy else sig
        if (
            sig is not None
            and (old_sig == sig or (digest is not None and old_sig == f"{sig}#{digest}"))
            and rid is not None
            and entry is not None
            and entry.status == "present"
            and rid not in seen_ids
        ):
            seen_ids[rid] = src.name  # unchanged since it was last read: not read again
            ing.unchanged.append(rid)
            if record != old_sig:
                root = str(src.root.resolve()) if src.root else None
                ing.files.append((file, rid, src.name, root, record or ""))
            continue
        to_read.append((src, file, record))
    for (src, file, sig), item in zip(
        to_read,
        iter_reports([s for s, _, _ in to_read], encoding=encoding, default_date=date, today=today),
        strict=True,
    ):
        ing.problems.extend(item.problems)
        report = item.value
        if report is None:
            ing.skipped += 1
            continue
        ing.files.append(
            (file, report.id, src.name, str(src.root.resolve()) if src.root else None, sig or "")
        )
        if report.id in seen_ids:
            ing.problems.append(
                Problem(
                    "duplicate",
                    f"has the same text as {seen_ids[report.id]}; counted once",
                    report.path,
                    Severity.INFO,
                )
            )
            continue
        seen_ids[report.id] = report.path
        stored = index.get(report.id)
        if stored is None:
            (ing.changed if known_files.get(file) not in (None, report.id) else ing.new).append(report)
        elif stored.meta_hash != meta_hash(report):
            ing.changed.append(report)
        elif stored.status != "present":
            ing.restored.append(report)
        else:
            ing.unchanged.append(report.id)
    # Withdrawal: only files under a directory scanned in this run that no longer exist there.
    roots = [str(Path(p).resolve()) for p in paths if Path(p).is_dir()]
    for file in known_files:
        if file not in present_files and any(file.startswith(r.rstrip("/") + "/") for r in roots):
            ing.gone.append(file)
    return ing


def _write_ingest(st: Store, ing: _Ingest) -> list[str]:
    """Store the reports, their files and near-duplicate groups; withdraw what is gone (one transaction)."""
    from . import dedup

    now = _now()
    with st.transaction():
        for r in ing.new + ing.changed + ing.restored:
            st.put_report(r, meta_hash(r), now)
        st.set_files((file, rid, name, root, sig or None) for file, rid, name, root, sig in ing.files)
        st.remove_files(ing.gone)
        withdrawn = st.withdraw_orphans()
        batch: dict[str, frozenset[int]] = {}
        # New text, in a new file or an edited one, may repeat a story already in the store.
        for r in sorted(ing.new + ing.changed, key=lambda r: r.id):
            sh = dedup.shingles(r.body)
            keys = dedup.band_keys(dedup.signature(sh))
            candidates = st.lsh_candidates(keys) - {r.id}
            if candidates:
                bodies = st.bodies([c for c in candidates if c not in batch])
                similar = [
                    c
                    for c in sorted(candidates)
                    if dedup.jaccard(sh, batch.get(c) or dedup.shingles(bodies.get(c, ""))) >= dedup.THRESHOLD
                ]
                if similar:
                    st.join_group([r.id, *similar])
            st.put_lsh(r.id, keys)
            batch[r.id] = sh
    return withdrawn


# ---------------------------------------------------------------- extraction


def _run(
    analyse: AnalyseFn,
    reports: Sequence[Report],
    ctx: Context,
    engine: str,
    progress: bool,
    scheduler: str | None = None,
) -> Iterator[Analysis]:
    if not reports:
        return iter(())
    if engine == "dask":
        from .dask_engine import run

        return run(analyse, reports, ctx, scheduler)
    return _run_local(analyse, reports, ctx, progress)


def _run_local(
    analyse: AnalyseFn, reports: Sequence[Report], ctx: Context, progress: bool
) -> Iterator[Analysis]:
    bar = None
    if progress and len(reports) > 20 and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=len(reports), unit="report", desc="extracting", file=sys.stderr, leave=False)
    try:
        for r in reports:
            yield analyse(r, ctx)
            if bar is not None:
                bar.update()
    finally:
        if bar is not None:
            bar.close()


def _write_analyses(st: Store, results: Iterable[Analysis], fingerprint: str, problems: list[Problem]) -> int:
    """Commit analyses in chunks; a build killed half-way keeps every committed chunk."""
    n = 0
    chunk: list[Analysis] = []

    def flush() -> None:
        with st.transaction():
            for a in chunk:
                st.put_analysis(a.report.id, a.places, a.claims, a.problems, fingerprint)
        chunk.clear()

    for a in results:
        problems.extend(a.problems)
        chunk.append(a)
        n += 1
        if len(chunk) >= CHUNK:
            flush()
    if chunk:
        flush()
    return n


# ---------------------------------------------------------------- merge options, map, records


def history_frames(
    claims: Sequence[Claim],
    *,
    as_of: dt.date | None,
    window_days: int,
    stale_days: int,
    corrections: Any = None,
    max_frames: int = MAX_FRAMES,
) -> list[tuple[dt.date, tuple[PlaceState, ...]]]:
    """Earlier states for the map's time slider: every claim date when few, else month ends (newest kept)."""
    found = set(map(_date_of, claims))  # one C-level pass: a big store has 500,000 claims and ~1,000 dates
    found.discard(None)
    dates = sorted(d for d in found if as_of is None or d < as_of)
    if not dates:
        return []
    if len(dates) > max_frames:
        months = sorted({_month_end(d) for d in dates})
        dates = [min(m, dates[-1]) for m in months][-max_frames:]
    # One pass over the claims in date order, merging again only the places that changed between two
    # frames (the same states as merge(claims, as_of=d) at each date; see mapgen.frames).
    with gc_paused():  # (see _write_map)
        return replay(claims, dates, window_days=window_days, stale_days=stale_days, corrections=corrections)


_date_of = operator.attrgetter("date")


def _month_end(d: dt.date) -> dt.date:
    nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return nxt - dt.timedelta(days=1)


def _write_map(
    out: Path,
    states: Sequence[PlaceState],
    claims: Sequence[Claim],
    as_of: dt.date | None,
    ctx: Context,
    changes: Sequence[Change],
    problems: Sequence[Problem],
    cfg: Config,
    window: int,
    stale_days: int,
    corrections: Any,
    *,
    tiles: str | None = None,
) -> None:
    from .render import render_map, save_map

    # The frames and the page's data are hundreds of thousands of small objects with no cycles:
    # without the collector's full passes over them the map step of a big store takes half the time.
    with gc_paused():
        frames = history_frames(
            claims, as_of=as_of, window_days=window, stale_days=stale_days, corrections=corrections
        )
        title = cfg.section("map").get("title") if isinstance(cfg.section("map").get("title"), str) else None
        m = render_map(
            states,
            claims,
            as_of=as_of,
            registry=ctx.registry,
            history=frames,
            changes=changes,
            problems=problems,
            title=title,
            populations=populations(states, ctx.resolver),
            tiles=tiles,
        )
    save_map(m, out)


def populations(states: Iterable[PlaceState], resolver: Any) -> dict[str, int]:
    """Place key -> population from the resolver's gazetteer (marker sizes); places without one are left out.

    Examples
    --------
    >>> populations([], None)
    {}
    """
    get = getattr(getattr(resolver, "gazetteer", None), "get", None)
    if get is None:
        return {}
    out: dict[str, int] = {}
    for s in states:
        try:
            place = get(s.place_key)
        except (KeyError, ValueError, TypeError):
            place = None
        pop = getattr(place, "population", None)
        if isinstance(pop, int) and pop > 0:
            out[s.place_key] = pop
    return out


def _summary_record(s: BuildSummary) -> dict[str, Any]:
    d = s.to_dict()
    d.pop("problems")
    d["problems"] = len(s.problems)
    return d


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
