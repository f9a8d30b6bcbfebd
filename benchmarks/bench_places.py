"""Benchmark place resolution (not a test): lookups/s, scanning MB/s, index load time, peak memory.

Also ``analyse-places``: the place stage of ``mapgen.pipeline.analyse`` (``find_places`` +
``resolve_mentions``) in reports/s on generated wire reports (``benchmarks/generate.py``, ~4.5 KB,
seeded), next to spaCy's blank English tokenizer over the same texts, and the first-call latency
of a fresh process (gazetteer + scanner + first report).

Run: ``python benchmarks/bench_places.py [-n 500]`` (uses the gazetteer cache; builds it once if
needed).
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def load_time() -> float:
    code = (
        "import time; t=time.perf_counter(); from mapgen.gazetteer import load_gazetteer; "
        "load_gazetteer(progress=False); print(time.perf_counter()-t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.strip())


def first_call() -> tuple[float, float, float]:
    """Fresh process: (gazetteer load, scanner ready, first seed report found + resolved), seconds."""
    code = (
        "import time; t=time.perf_counter(); from mapgen.resolve import default_resolver; "
        "from mapgen.mentions import find_places, tables_for; r=default_resolver(); t1=time.perf_counter(); "
        "tables_for(r.gazetteer); t2=time.perf_counter(); "
        "b=open('seeds/000_5f087e301ec6f340.txt', encoding='utf-8').read(); "
        "r.resolve_mentions(b, find_places(b, r).value); t3=time.perf_counter(); "
        "print(t1-t, t2-t1, t3-t2)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    a, b, c = (float(x) for x in out.stdout.split())
    return a, b, c


def analyse_places(n: int, seed: int = 1, repeat: int = 3) -> None:
    """Place stage reports/s on generated reports, and spaCy's blank tokenizer over the same texts."""
    from benchmarks.generate import generate
    from mapgen.ingest import parse_report
    from mapgen.pipeline import Context

    ctx = Context.load()
    resolver: Any = ctx.resolver
    from mapgen.mentions import find_places

    bodies = []
    for g in generate(n, seed):
        front = "".join(f"{k}: {v}\n" for k, v in g.meta.items())
        r = parse_report(f"---\n{front}---\n{g.text}\n".encode(), g.name).value
        assert r is not None
        bodies.append(r.body)
    size = sum(len(b) for b in bodies) / len(bodies)
    mentions = 0
    for b in bodies:  # warm the per-process memo tables once, as a long build would
        mentions += len(resolver.resolve_mentions(b, find_places(b, resolver).value).value)

    def run() -> None:
        for b in bodies:
            resolver.resolve_mentions(b, find_places(b, resolver).value)

    best = min(_timed(run) for _ in range(repeat))
    print(
        f"analyse-places (find_places + resolve_mentions): {len(bodies) / best:,.0f} reports/s "
        f"({len(bodies)} generated reports, {size / 1000:.2f} KB, {mentions / len(bodies):.1f} mentions each)"
    )
    try:
        import spacy
    except ImportError:
        print("spaCy blank tokenizer: not installed (pip install 'mapgen[bench]')")
        return
    nlp = spacy.blank("en")
    sp = min(_timed(lambda: [nlp.tokenizer(b) for b in bodies]) for _ in range(repeat))
    print(f"spaCy blank English tokenizer, same texts: {len(bodies) / sp:,.0f} reports/s")


def _timed(fn: Any) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=500, help="generated reports for analyse-places")
    args = parser.parse_args()
    from mapgen.gazetteer import load_gazetteer

    load_gazetteer()  # build once, outside the measurement
    times = sorted(load_time() for _ in range(3))
    print(f"index load (fresh process, incl. imports): median {times[1]:.3f} s")
    from mapgen.mentions import find_places, tables_for
    from mapgen.resolve import default_resolver

    r = default_resolver()
    gaz = r.gazetteer
    keys = list(gaz.iter_exact_keys())
    rng = random.Random(0)
    sample = [rng.choice(keys) for _ in range(200_000)]
    t = time.perf_counter()
    for k in sample:
        gaz.ids(k)
    dt = time.perf_counter() - t
    print(f"exact lookups of folded names: {len(sample) / dt:,.0f}/s (ids)")
    t = time.perf_counter()
    for k in sample[:50_000]:
        gaz.lookup(k)
    print(f"exact lookups returning Place records: {50_000 / (time.perf_counter() - t):,.0f}/s")
    t = time.perf_counter()
    tables_for(gaz)
    print(f"scanner ready (once per process; loaded from the cache folder): {time.perf_counter() - t:.2f} s")
    seed = (ROOT / "seeds" / "000_5f087e301ec6f340.txt").read_text(encoding="utf-8")
    text = (seed + "\n") * (5_000_000 // len(seed) + 1)
    scanner = tables_for(gaz).scanner
    from mapgen.scan import fold_text

    t = time.perf_counter()
    hits = scanner.scan(fold_text(text).text)
    dt = time.perf_counter() - t
    print(
        f"mention scanning (fold + Aho-Corasick): {len(text) / 1e6 / dt:.1f} MB/s "
        f"over {len(text) / 1e6:.1f} MB,"
        f" {len(hits):,} raw hits"
    )
    chunk = text[:1_000_000]
    t = time.perf_counter()
    ms = find_places(chunk, r)
    dt = time.perf_counter() - t
    print(f"find_places (scan + context rules): {len(chunk) / 1e6 / dt:.2f} MB/s, {len(ms.value):,} mentions")
    t = time.perf_counter()
    res = r.resolve_mentions(seed, find_places(seed, r).value)
    print(f"seed resolve run: {time.perf_counter() - t:.3f} s, {len(res.value)} mentions")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this resolve run: {peak:.0f} MB")
    analyse_places(args.n)
    firsts = sorted(first_call() for _ in range(3))
    g, sc, fr = firsts[1]
    print(
        f"first call, fresh process (median of 3): gazetteer {g:.2f} s, scanner {sc:.2f} s, "
        f"first report {fr:.3f} s, total {g + sc + fr:.2f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
