"""Claims quality on the unseen set (tests/data/holdout7): the honest measure of generalisation.

Written by someone who never read the extractor, kept outside the repository while the extractor was
worked on, and never read by the developer: nothing was tuned to it. Its scores (README): P 0.915 R 0.722
for the extractor as the second claims session found it, P 0.903 R 0.773 at that session's end. The issue's
bar for unseen reports is precision >= 0.85 and recall >= 0.80; the floors below are today's score minus a
small margin, so a regression fails. Measure the next round of work on it once, then write a new set.
"""

from __future__ import annotations

import re

import pytest
from test_dev_quality import DATA, gold_of, score_set

from mapgen.evaluate import Score

UNSEEN = "holdout7"
PRECISION_FLOOR = 0.87
RECALL_FLOOR = 0.74


@pytest.fixture(scope="module")
def score() -> Score:
    return score_set(UNSEEN)


def test_gold_evidence_is_verbatim() -> None:
    for g in gold_of(DATA / UNSEEN):
        body = re.sub(r"\s+", " ", (DATA / UNSEEN / "reports" / g["file"]).read_text())
        assert re.sub(r"\s+", " ", g["evidence"]) in body, g


def test_unseen_precision(score: Score) -> None:
    assert score.precision >= PRECISION_FLOOR, score.summary()


def test_unseen_recall(score: Score) -> None:
    assert score.recall >= RECALL_FLOOR, score.summary()
