"""The seed report scores precision >= 0.9 and recall >= 0.9 with the rule of tests/data/README.md.

Runs the whole pipeline (ingest -> mentions -> resolve -> claims) on ``seeds/`` and scores the claims at
confidence >= 0.5 (the ``extract`` default) against ``tests/data/seed_gold.jsonl``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapgen.evaluate import score_claims
from mapgen.ingest import read_reports
from mapgen.pipeline import Context, analyse
from mapgen.records import claim_dict

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
MIN_CONFIDENCE = 0.5


@pytest.fixture(scope="module")
def seed_claims() -> list[dict]:
    ctx = Context.load()
    reports = read_reports([ROOT / "seeds"]).value
    assert reports, "the seed report could not be read"
    return [claim_dict(c) for r in reports for c in analyse(r, ctx).claims if c.confidence >= MIN_CONFIDENCE]


def _gold() -> list[dict]:
    return [json.loads(line) for line in (DATA / "seed_gold.jsonl").read_text().splitlines() if line.strip()]


def test_seed_precision_and_recall(seed_claims: list[dict]) -> None:
    aliases = json.loads((DATA / "actor_aliases.json").read_text())
    score = score_claims(seed_claims, _gold(), aliases)
    detail = (
        f"P={score.precision:.2f} R={score.recall:.2f}; missed: "
        f"{[(g['place'], g['actor_canonical'], g['role']) for g in score.missed]}; false positives: "
        f"{[(p['place'], p['actor'], p['status']) for p in score.false_positives]}"
    )
    assert score.precision >= 0.9, detail
    assert score.recall >= 0.9, detail


def test_seed_claims_carry_evidence_dates_and_attribution(seed_claims: list[dict]) -> None:
    body = (ROOT / "seeds" / "000_5f087e301ec6f340.txt").read_text(encoding="utf-8")
    for c in seed_claims:
        assert body[c["start"] : c["end"]] == c["evidence"]
        assert 0 <= c["confidence"] <= 1
    shares = {
        (c["share_min"], c["share_max"], c["attribution"])
        for c in seed_claims
        if c["actor"] == "Syrian Democratic Forces" and c["status"] == "held" and c["share_min"]
    }
    assert (0.9, 0.9, "Syrian Observatory for Human Rights") in shares
    assert (0.65, 0.7, "US-led coalition") in shares
    historical = [c for c in seed_claims if c["status"] == "captured" and c["actor"] == "Islamic State"]
    assert historical and all(c["date"] == "2014-01-01" and c["date_precision"] == "year" for c in historical)
    mosul = [c for c in seed_claims if c["status"] == "lost" and c["name"] and "Mosul" in c["name"]]
    assert any(c["date"] == "2017-07-01" and c["date_precision"] == "month" for c in mosul)
