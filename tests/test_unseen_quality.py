"""Claims quality on the unseen sets (tests/data/holdout7, 9, 10, 19, 20, 23, 24, 26, 27, 34, 37, 39, 41, 43,
46, 47, 49, 50, 53): the honest measure.

Each was written by someone who never read the extractor, kept outside the repository while the extractor was
worked on, and never read by the developer: nothing was tuned to them. holdout7, 9 and 10 were written for the
second claims session, holdout19 and 20 for the fourth, holdout23, 24 and 26 for the fifth, holdout27 for the
sixth, holdout34 for the seventh, holdout37 for the eighth, holdout39 for the ninth, holdout41 and 43 for the
tenth, holdout46 and 47 for the eleventh, holdout49 and 50 for the twelfth, holdout53 for the fourteenth
(their READMEs give their first scores; holdout26's and holdout27's READMEs record a slip: the extractor's
output lines for some or all of their reports were shown once in a diff, and nothing was changed because of
them). holdout15 and 16, unseen in the third session, were read in the fourth; holdout21, 22 and 25 (fifth
session), holdout28, 29 and 30 (sixth), holdout31, 32 and 33 (seventh), holdout35 and 36 (eighth), holdout38
(ninth), holdout40 (tenth; its four reports on the events holdout41 also covers were never read), holdout42
(tenth), holdout44, 45 and 48 (eleventh), holdout51 and 52 (thirteenth) and holdout54 (fourteenth) were read
once scored: they are development sets now. The issue's bar for unseen reports is precision >= 0.85 and recall
>= 0.80; the floors below are the scores at the end of the latest session minus a small margin, so a
regression fails. Measure the next round of work on them once, then write new sets.
"""

from __future__ import annotations

import pytest
from test_dev_quality import below_floor, evidence_problems

# set -> (precision floor, recall floor)
UNSEEN = {
    "holdout7": (0.89, 0.84),
    "holdout9": (0.81, 0.75),
    "holdout10": (0.85, 0.78),
    "holdout19": (0.87, 0.77),
    "holdout20": (0.81, 0.69),
    "holdout23": (0.79, 0.66),
    "holdout24": (0.84, 0.77),
    "holdout26": (0.76, 0.68),
    "holdout27": (0.73, 0.69),
    "holdout34": (0.77, 0.56),
    "holdout37": (0.76, 0.57),
    "holdout39": (0.79, 0.58),
    # (session 10: 0.721 / 0.477 on arrival, 0.648 / 0.490 at the end; session 14: 0.679 / 0.562)
    "holdout41": (0.64, 0.53),
    # (session 10: 0.700 / 0.450 on arrival, 0.656 / 0.450 at the end of the session)
    "holdout43": (0.62, 0.41),
    # (session 11: scored on arrival with the session-start code, 0.642 / 0.316, and the code of that moment;
    # session 14: 0.689 / 0.377)
    "holdout46": (0.65, 0.35),
    # (session 11: 0.747 / 0.434 on arrival with the session-start code)
    "holdout47": (0.76, 0.44),
    # (session 12: 0.878 / 0.750 on arrival with the session-start code)
    "holdout49": (0.85, 0.72),
    # (session 12: 0.722 / 0.542 on arrival with the session-start code)
    "holdout50": (0.69, 0.51),
    # (session 14: 0.851 / 0.660 on arrival with the session-start code)
    "holdout53": (0.82, 0.63),
}


def test_gold_evidence_is_verbatim() -> None:
    assert not evidence_problems(sorted(UNSEEN))


@pytest.mark.parametrize("name", sorted(UNSEEN))
def test_unseen_scores_stay_above_the_floors(name: str) -> None:
    assert below_floor(name, UNSEEN[name]) is None
