"""Build benchmark: a full build of N generated reports, then adding one report to that store.

Targets (issue 5): full build of 10,000 ~4.5 KB reports <= 60 s on one core with peak memory <= 1 GB;
adding one report to a 10,000-report store costs <= 5 % of the full build (ingest, extraction and
merge; the map render is measured separately, it is bounded by the map issue).

Usage: ``python -m benchmarks.bench_build [-n 10000] [--seed 1] [--render]``
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import write_corpus
from mapgen.build import build
from mapgen.config import Config
from mapgen.model import Claim, DatePrecision, Kind, Report, Resolution, Status
from mapgen.pipeline import Analysis, Context
from mapgen.storeview import read_store

_PLACES: dict[str, tuple[float, float]] = {}
_SENT = re.compile(r"[^\n]+")
_CAP = re.compile(r"\b([A-Z][a-z]{3,})\b")


def fake_analyse(report: Report, ctx: Context) -> Analysis:
    """A fast stand-in for extraction: one claim per sentence naming a capitalised word (deterministic)."""
    claims = []
    statuses = list(Status)
    for m in _SENT.finditer(report.body):
        names = _CAP.findall(m.group())
        if not names:
            continue
        name = names[-1]
        h = int(hashlib.sha256(name.encode()).hexdigest()[:8], 16)
        lat, lon = 30 + (h % 1000) / 100, 35 + (h // 1000 % 1000) / 100
        status = statuses[(h + m.start()) % len(statuses)]
        actor = ("Islamic State", "Syrian Democratic Forces", "Iraqi government forces")[m.start() % 3]
        cid = hashlib.sha256(f"{report.id}|{m.start()}|{name}|{actor}|{status}".encode()).hexdigest()[:16]
        claims.append(
            Claim(
                cid,
                report.path,
                report.id,
                name,
                name,
                f"fake:{name}",
                lat,
                lon,
                "SY",
                Kind.SETTLEMENT,
                Resolution.RESOLVED,
                None,
                actor,
                True,
                status,
                None,
                None,
                None,
                report.date,
                DatePrecision.REPORT,
                0.8,
                m.start(),
                m.end(),
                m.group(),
                report.source,
                report.url,
            )
        )
    return Analysis(report, (), tuple(claims), ())


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--render", action="store_true", help="also time a build that draws the map")
    ap.add_argument(
        "--fake-extract",
        action="store_true",
        help="replace extraction by a fast regex stand-in (~the same claims per report) to measure "
        "what the store, ingest and merge cost on their own",
    )
    ap.add_argument(
        "--keep",
        metavar="DIR",
        help="build in this (new or empty) folder and keep the reports and the store (for bench_map --store)",
    )
    args = ap.parse_args()
    with contextlib.ExitStack() as stack:
        if args.keep:
            root = Path(args.keep)
            root.mkdir(parents=True, exist_ok=True)
        else:
            root = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="mapgen-bench-")))
        corpus = root / "reports"
        t = time.perf_counter()
        paths = write_corpus(corpus, args.n, args.seed)
        gen = time.perf_counter() - t
        size = sum(p.stat().st_size for p in paths) / len(paths)
        t = time.perf_counter()
        ctx = Context.load(Config())
        load = time.perf_counter() - t
        store = root / "mapgen.sqlite"
        t = time.perf_counter()
        kw = {"analyse": fake_analyse} if args.fake_extract else {}
        full = build([str(corpus)], out=None, store=store, context=ctx, progress=False, **kw)
        full_s = time.perf_counter() - t
        mem_full = peak_mb()
        extra = write_corpus(root / "extra", 1, args.seed + 1000)[0]
        target = corpus / "zz_new_report.txt"
        target.write_bytes(extra.read_bytes())
        t = time.perf_counter()
        one = build([str(corpus)], out=None, store=store, context=ctx, progress=False, **kw)
        one_s = time.perf_counter() - t
        t = time.perf_counter()
        build([str(corpus)], out=None, store=store, context=ctx, progress=False, **kw)
        same_s = time.perf_counter() - t
        # The first add-one build also re-hashes the files written less than 2 s before the full build
        # read them (racy size/mtime, see mapgen.build._ingest); a second one shows the steady state.
        extra2 = write_corpus(root / "extra2", 1, args.seed + 2000)[0]
        (corpus / "zz_new_report_2.txt").write_bytes(extra2.read_bytes())
        t = time.perf_counter()
        build([str(corpus)], out=None, store=store, context=ctx, progress=False, **kw)
        two_s = time.perf_counter() - t
        t = time.perf_counter()
        view = read_store(store)
        read_s = time.perf_counter() - t
        rows = [
            ("reports", f"{args.n} (avg {size / 1000:.1f} KB), generated in {gen:.1f} s"),
            ("context load (gazetteer + registry)", f"{load:.2f} s"),
            ("full build (ingest + extract + store + merge)", f"{full_s:.1f} s  (target <= 60 s)"),
            ("  claims / places", f"{full.claims} / {full.places}"),
            ("  peak memory after the full build", f"{mem_full:.0f} MB  (target <= 1024 MB)"),
            (
                "add one report",
                f"{one_s:.2f} s = {100 * one_s / full_s:.1f} % of the full build (target <= 5 %)",
            ),
            (
                "  extracted / places merged again in that build",
                f"{one.reports_extracted} / {one.places_merged}",
            ),
            ("rebuild, nothing changed", f"{same_s:.2f} s"),
            (
                "add another report (no racy files left)",
                f"{two_s:.2f} s = {100 * two_s / full_s:.1f} % of the full build",
            ),
            ("read store + merge (mapgen state)", f"{read_s:.2f} s ({len(view.states)} places)"),
        ]
        if args.render:
            t = time.perf_counter()
            build([str(corpus)], out=root / "map.html", store=store, context=ctx, progress=False, **kw)
            rows.append(("build with the map drawn (nothing new)", f"{time.perf_counter() - t:.1f} s"))
        rows.append(("peak memory (whole run)", f"{peak_mb():.0f} MB"))
        print("| measure | value |\n|---|---|")
        for k, v in rows:
            print(f"| {k} | {v} |")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
