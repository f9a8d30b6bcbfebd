"""Benchmark claim extraction (not a test): reports/s on ~4.5 KB wire reports, one core.

Measures, over the same generated reports (``benchmarks/generate.py``, seeded):

- ``claims``: actor matching + control patterns (``extract_claims``) given the place mentions;
- ``analyse``: the whole pure pipeline (place mentions, resolution, claims);
- ``spacy``: spaCy's blank English tokenizer over the same text (the floor cost of merely reading it
  with the field's standard NLP library; ``pip install mapgen[bench]``).

Run: ``python benchmarks/bench_claims.py [-n 1000] [--seed 1]``
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    from benchmarks.generate import generate
    from mapgen.claims import extract_claims
    from mapgen.ingest import parse_report
    from mapgen.pipeline import Context, analyse

    ctx = Context.load()
    reports = []
    for g in generate(args.n, args.seed):
        front = "".join(f"{k}: {v}\n" for k, v in g.meta.items())
        r = parse_report(f"---\n{front}---\n{g.text}\n".encode(), g.name).value
        assert r is not None
        reports.append(r)
    size = sum(len(r.body) for r in reports) / len(reports)
    analyses = [analyse(r, ctx) for r in reports]  # warm caches; gives the place mentions
    n_claims = sum(len(a.claims) for a in analyses)

    t = time.perf_counter()
    for a in analyses:
        extract_claims(a.report, a.places, ctx.registry)  # type: ignore[arg-type]
    claims_s = time.perf_counter() - t

    t = time.perf_counter()
    for r in reports:
        analyse(r, ctx)
    full_s = time.perf_counter() - t

    print(f"{len(reports)} reports, {size / 1000:.2f} KB on average, {n_claims} claims")
    print(f"claims (actors + patterns): {len(reports) / claims_s:8.0f} reports/s")
    print(f"analyse (places + claims):  {len(reports) / full_s:8.0f} reports/s")
    try:
        import spacy
    except ImportError:
        print("spacy: not installed (pip install 'mapgen[bench]')")
        return 0
    nlp = spacy.blank("en")
    t = time.perf_counter()
    for r in reports:
        nlp.tokenizer(r.body)
    spacy_s = time.perf_counter() - t
    print(f"spaCy blank tokenizer:      {len(reports) / spacy_s:8.0f} reports/s")
    print(f"claims vs spaCy tokenizer:  {spacy_s / claims_s:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
