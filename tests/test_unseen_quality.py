"""Claims quality on the unseen sets (tests/data/holdout7, 9, 10, 19, 20, 23, 24, 26): the honest measure.

Each was written by someone who never read the extractor, kept outside the repository while the extractor
was worked on, and never read by the developer: nothing was tuned to them. holdout7, 9 and 10 were written
for the second claims session, holdout19 and 20 for the fourth, holdout23, 24 and 26 for the fifth (their
READMEs give their first scores; holdout15 and 16, unseen in the third session, were read in the fourth and
are development sets now; so are holdout21, 22 and 25, written for the fifth and read once scored). The
issue's bar for unseen reports is precision >= 0.85 and recall >= 0.80; the floors below are the scores at
the end of the latest session minus a small margin, so a regression fails. Measure the next round of work
on them once, then write new sets.
"""

from __future__ import annotations

import pytest
from test_dev_quality import below_floor, evidence_problems

# set -> (precision floor, recall floor)
UNSEEN = {
    "holdout7": (0.89, 0.83),
    "holdout9": (0.82, 0.73),
    "holdout10": (0.87, 0.77),
    "holdout19": (0.88, 0.76),
    "holdout20": (0.83, 0.68),
    "holdout23": (0.80, 0.66),
    "holdout24": (0.84, 0.77),
    "holdout26": (0.76, 0.67),
}


def test_gold_evidence_is_verbatim() -> None:
    assert not evidence_problems(sorted(UNSEEN))


@pytest.mark.parametrize("name", sorted(UNSEEN))
def test_unseen_scores_stay_above_the_floors(name: str) -> None:
    assert below_floor(name, UNSEEN[name]) is None
