"""Claims quality on the unseen sets (tests/data/holdout7, holdout9, holdout10): the honest measure.

Each was written by someone who never read the extractor, kept outside the repository while the extractor
was worked on, and never read by the developer: nothing was tuned to them. Scores at the end of the second
claims session (every set's extra aliases merged): holdout7 P 0.906 R 0.794, holdout9 P 0.814 R 0.712,
holdout10 P 0.894 R 0.782; pooled P 0.866 R 0.759 over 353 required gold claims. The issue's bar for
unseen reports is precision >= 0.85 and recall >= 0.80; the floors below are today's scores minus a small
margin, so a regression fails. Measure the next round of work on them once, then write new sets.
"""

from __future__ import annotations

import pytest
from test_dev_quality import below_floor, evidence_problems

# set -> (precision floor, recall floor)
UNSEEN = {
    "holdout7": (0.88, 0.76),
    "holdout9": (0.78, 0.67),
    "holdout10": (0.86, 0.75),
}


def test_gold_evidence_is_verbatim() -> None:
    assert not evidence_problems(sorted(UNSEEN))


@pytest.mark.parametrize("name", sorted(UNSEEN))
def test_unseen_scores_stay_above_the_floors(name: str) -> None:
    assert below_floor(name, UNSEEN[name]) is None
