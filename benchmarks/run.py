"""Run every benchmark in one go and write the raw output, with the machine described.

Each ``benchmarks/bench_*.py`` is run as its own process (so peak memory is its
own) and prints its measurements; they are collected side by side with the
baselines they name. The raw output goes to ``benchmarks/out/run.md`` (not committed);
``benchmarks/RESULTS.md`` is the curated summary of such a run.
Usage: ``python -m benchmarks.run [--only NAME]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores{mem}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="run only benchmarks whose file name contains this")
    ap.add_argument("--out", default=str(HERE / "out" / "run.md"))
    args = ap.parse_args()
    benches = sorted(p for p in HERE.glob("bench_*.py") if not args.only or args.only in p.name)
    sections = []
    for bench in benches:
        print(f"running {bench.name} ...", file=sys.stderr)
        t0 = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", f"benchmarks.{bench.stem}"],
            capture_output=True,
            text=True,
            cwd=HERE.parent,
        )
        took = time.perf_counter() - t0
        body = proc.stdout.strip() or "(no output)"
        if proc.returncode:
            body += f"\n\nFAILED (exit {proc.returncode}):\n{proc.stderr.strip()[-2000:]}"
        sections.append(f"## {bench.stem}\n\n({took:.0f} s)\n\n{body}\n")
    text = (
        f"# Benchmark results\n\nRun {dt.date.today().isoformat()} on: {machine()}.\n"
        "Regenerate with `make bench` (or `python -m benchmarks.run`).\n\n" + "\n".join(sections)
    )
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
