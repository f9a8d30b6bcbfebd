"""Regression guard for the claims stage: ``mapgen extract --format jsonl --min-confidence 0``, byte for byte.

``tests/data/golden/claims_*.jsonl`` hold the output for ``seeds/``, ``tests/data/corpus/`` and 60
generated wire reports (``benchmarks.generate.generate(60, 7)``, written to a temporary folder: the
generator is seeded, so the texts are the same every time). Speed work on actor finding and claim
extraction must not change a single byte. A deliberate change of behaviour regenerates the files (and
the diff shows what changed)::

    PYTHONPATH=. .venv/bin/python tests/test_claims_golden.py --update
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "data" / "golden"
GENERATED = (60, 7)  # (reports, seed)
CASES = {"seed": "seeds", "corpus": "tests/data/corpus", "generated": None}


def extract_jsonl(folder: Path) -> str:
    """What ``mapgen extract FOLDER --format jsonl --min-confidence 0`` writes to stdout."""
    from click.testing import CliRunner

    from mapgen.cli.main import main

    result = CliRunner().invoke(
        main, ["extract", str(folder), "--format", "jsonl", "--min-confidence", "0", "--quiet"]
    )
    assert result.exit_code == 0, result.output + str(result.exception)
    return result.stdout


def current(case: str) -> str:
    folder = CASES[case]
    if folder is not None:
        return extract_jsonl(ROOT / folder)
    sys.path.insert(0, str(ROOT))  # benchmarks/ is a sibling package, not installed
    from benchmarks.generate import write_corpus

    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(tmp, *GENERATED)
        return extract_jsonl(Path(tmp))


@pytest.mark.parametrize("case", sorted(CASES))
def test_claims_match_the_golden_file_byte_for_byte(case: str) -> None:
    want = (GOLDEN / f"claims_{case}.jsonl").read_text(encoding="utf-8")
    got = current(case)
    assert want.count("\n") > 20  # every case holds dozens of claims
    if got == want:
        return
    w, g = want.splitlines(), got.splitlines()
    diffs = [(n, a, b) for n, (a, b) in enumerate(zip(w, g, strict=False)) if a != b]
    first = f"first: line {diffs[0][0] + 1}\n  want {diffs[0][1]}\n  got  {diffs[0][2]}" if diffs else ""
    raise AssertionError(f"{len(diffs)} lines differ, {len(g)} lines vs {len(w)} golden ({first})")


if __name__ == "__main__":
    if "--update" in sys.argv:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for name in sorted(CASES):
            path = GOLDEN / f"claims_{name}.jsonl"
            path.write_text(current(name), encoding="utf-8")
            print(f"wrote {path}")
