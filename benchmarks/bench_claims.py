"""Benchmark claim extraction (not a test): reports/s on ~4.5 KB wire reports, one core.

Measures, over the same generated reports (``benchmarks/generate.py``, seeded):

- ``claims``: actor matching + control patterns (``extract_claims``) given the place mentions;
- ``analyse``: the whole pure pipeline (place mentions, resolution, claims);
- ``spacy``: spaCy's blank English tokenizer over the same text (the floor cost of merely reading it
  with the field's standard NLP library; ``pip install mapgen[bench]``).

``--written`` times the hand-written evaluation reports of ``tests/data`` instead (real wire style: fewer
claims per report than the generated ones, but longer sentences); they are shorter than 4.5 KB, so the
report rate is also given per 4.5 KB.

Run: ``python benchmarks/bench_claims.py [-n 1000] [--seed 1] [--written]``
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
    parser.add_argument("--rounds", type=int, default=3, help="interleaved timing rounds (best is kept)")
    parser.add_argument("--written", action="store_true", help="time tests/data's written reports instead")
    args = parser.parse_args()

    from benchmarks.generate import generate
    from mapgen.claims import extract_claims
    from mapgen.ingest import parse_report
    from mapgen.pipeline import Context, analyse

    ctx = Context.load()
    reports = []
    if args.written:
        from mapgen.ingest import read_reports

        data = ROOT / "tests" / "data"
        folders = [*sorted(data.glob("holdout*/reports")), data / "corpus"]
        reports = list(read_reports(folders).value)
    for g in () if args.written else generate(args.n, args.seed):
        front = "".join(f"{k}: {v}\n" for k, v in g.meta.items())
        r = parse_report(f"---\n{front}---\n{g.text}\n".encode(), g.name).value
        assert r is not None
        reports.append(r)
    size = sum(len(r.body) for r in reports) / len(reports)
    analyses = [analyse(r, ctx) for r in reports]  # warm caches; gives the place mentions
    n_claims = sum(len(a.claims) for a in analyses)

    try:
        import spacy

        tokenizer = spacy.blank("en").tokenizer
    except ImportError:
        tokenizer = None

    def claims_pass() -> None:
        for a in analyses:
            extract_claims(a.report, a.places, ctx.registry)  # type: ignore[arg-type]

    def spacy_pass() -> None:
        for r in reports:
            tokenizer(r.body)  # type: ignore[misc]

    # Interleaved rounds, best of each: the machine may be shared, and both sides see the same load.
    claims_s = spacy_s = float("inf")
    for _ in range(args.rounds):
        claims_s = min(claims_s, _timed(claims_pass))
        if tokenizer is not None:
            spacy_s = min(spacy_s, _timed(spacy_pass))
    full_s = _timed(lambda: [analyse(r, ctx) for r in reports])

    print(f"{len(reports)} reports, {size / 1000:.2f} KB on average, {n_claims} claims")
    print(f"claims (actors + patterns): {len(reports) / claims_s:8.0f} reports/s"
          f"  ({size * len(reports) / claims_s / 4500:.0f} per 4.5 KB)")
    print(f"analyse (places + claims):  {len(reports) / full_s:8.0f} reports/s")
    if tokenizer is None:
        print("spacy: not installed (pip install 'mapgen[bench]')")
        return 0
    print(f"spaCy blank tokenizer:      {len(reports) / spacy_s:8.0f} reports/s")
    print(f"claims vs spaCy tokenizer:  {spacy_s / claims_s:.2f}x")
    return 0


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


if __name__ == "__main__":
    raise SystemExit(main())
