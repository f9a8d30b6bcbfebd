"""Benchmark place resolution (not a test): lookups/s, scanning MB/s, index load time, peak memory.

Run: ``python benchmarks/bench_places.py`` (uses the gazetteer cache; builds it once if needed).
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def load_time() -> float:
    code = (
        "import time; t=time.perf_counter(); from mapgen.gazetteer import load_gazetteer; "
        "load_gazetteer(progress=False); print(time.perf_counter()-t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.strip())


def main() -> int:
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
    print(f"scanner automaton build (once per process): {time.perf_counter() - t:.2f} s")
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
