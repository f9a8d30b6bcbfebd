"""Regression guard for the place stage: mentions + resolution of the seed and corpus, byte for byte.

``tests/data/golden/places.jsonl`` holds one line per place mention (the ``mapgen places --format
jsonl`` record plus the resolver's note and kind hint) for ``seeds/`` and ``tests/data/corpus/``.
Speed work on scanning and resolution must not change a single line. A deliberate change of
behaviour regenerates the file (and the diff shows what changed)::

    PYTHONPATH=. .venv/bin/python tests/test_places_golden.py --update
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "data" / "golden" / "places.jsonl"
FOLDERS = ("seeds", "tests/data/corpus")


def current_lines() -> list[str]:
    from mapgen.ingest import read_reports
    from mapgen.mentions import find_places
    from mapgen.records import place_mention_dict
    from mapgen.resolve import default_resolver

    resolver = default_resolver()
    reports = read_reports([str(ROOT / f) for f in FOLDERS], encoding="utf-8").value
    lines: list[str] = []
    for report in sorted(reports, key=lambda r: r.path):
        rel = report.path  # relative to the folder given (the file name)
        mentions = find_places(report.body, resolver)
        resolved = resolver.resolve_mentions(report.body, mentions.value)
        for pm in resolved.value:
            rec: dict[str, Any] = place_mention_dict(report, pm)
            rec["report"] = rel
            rec["kind_hint"] = pm.mention.kind_hint.value if pm.mention.kind_hint else None
            rec["qualifier"] = pm.mention.qualifier
            rec["note"] = pm.note
            lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=True))
        for p in resolved.problems:
            lines.append(json.dumps({"report": rel, "problem": p.code, "message": p.message}, sort_keys=True))
    return lines


def test_places_match_the_golden_file_line_for_line() -> None:
    want = GOLDEN.read_text(encoding="utf-8").splitlines()
    got = current_lines()
    assert len(want) > 400  # the seed and corpus hold several hundred mentions
    diffs = [(n, w, g) for n, (w, g) in enumerate(zip(want, got, strict=False)) if w != g]
    first = f"first: line {diffs[0][0] + 1}\n  want {diffs[0][1]}\n  got  {diffs[0][2]}" if diffs else ""
    assert not diffs, f"{len(diffs)} lines differ ({first})"
    assert len(got) == len(want), f"{len(got)} lines, golden has {len(want)}"


if __name__ == "__main__":
    if "--update" in sys.argv:
        sys.path.insert(0, str(ROOT))
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text("\n".join(current_lines()) + "\n", encoding="utf-8")
        print(f"wrote {GOLDEN}")
