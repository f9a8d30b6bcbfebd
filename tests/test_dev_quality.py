"""Claims quality on the development sets (tests/data/holdout2 ... 6, 8, 11 ... 18, 21, 22, 25, 28 ... 33).

Each was written by someone who never read the extractor and kept outside the repository until it was first
scored (the READMEs record those first, honest scores). They were then used to find the constructions the
extractor missed, so today's scores measure regressions, not generalisation: the floors are today's scores
minus a small margin. The honest measure is the newest unseen pair (``tests/test_unseen_quality.py``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import mapgen.api as mg
from mapgen.evaluate import Score, score_claims

DATA = Path(__file__).parent / "data"
# set -> (precision floor, recall floor): the scores at the end of the sixth claims session minus about 0.03
# (h2 0.935/0.943, h3 0.912/0.872, h4 0.934/0.820, h5 0.917/0.850, h6 0.900/0.848, h8 0.909/0.856, h11
# 0.854/0.839, h12 0.896/0.814, h13 0.919/0.764, h14 0.840/0.826, h15 0.859/0.783, h16 0.887/0.806, h17
# 0.896/0.765, h18 0.855/0.766, h21 0.829/0.747, h22 0.932/0.733, h25 0.858/0.686, h28 0.879/0.607, h29
# 0.908/0.679, h30 0.789/0.582; first scores in each set's README)
FLOORS = {
    "holdout2": (0.90, 0.91),
    "holdout3": (0.88, 0.84),
    "holdout4": (0.90, 0.79),
    "holdout5": (0.88, 0.82),
    "holdout6": (0.87, 0.81),
    "holdout8": (0.87, 0.82),
    "holdout11": (0.82, 0.80),
    "holdout12": (0.86, 0.78),
    "holdout13": (0.88, 0.73),
    "holdout14": (0.81, 0.79),
    "holdout15": (0.82, 0.74),
    "holdout16": (0.85, 0.77),
    "holdout17": (0.86, 0.73),
    "holdout18": (0.82, 0.73),
    "holdout21": (0.79, 0.71),
    "holdout22": (0.90, 0.70),
    "holdout25": (0.82, 0.65),
    "holdout28": (0.84, 0.57),
    "holdout29": (0.87, 0.64),
    "holdout30": (0.75, 0.54),
    "holdout31": (0.81, 0.73),
    "holdout32": (0.84, 0.63),
    "holdout33": (0.89, 0.60),
}


def load_aliases(*extra: Path) -> dict[str, list[str]]:
    """The corpus aliases plus every set's extra actors; a key named twice keeps the names of both."""
    aliases: dict[str, list[str]] = json.loads((DATA / "corpus_aliases.json").read_text())
    for path in extra:
        for name, names in json.loads(path.read_text()).items():
            aliases[name] = list(dict.fromkeys([*aliases.get(name, []), *names]))
    return aliases


def gold_of(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "gold.jsonl").read_text().splitlines() if line.strip()]


def score_set(name: str) -> Score:
    folder = DATA / name
    extras = sorted(DATA.glob("holdout*/extra_aliases.json"))
    claims = mg.extract([folder / "reports"])
    records = claims.drop(columns="geometry").to_dict("records")
    return score_claims(records, gold_of(folder), load_aliases(*extras))


def evidence_problems(names: list[str]) -> list[tuple[str, dict]]:
    """Gold claims whose evidence is not verbatim (whitespace-normalised) in their report."""
    bad = []
    for name in names:
        for g in gold_of(DATA / name):
            body = re.sub(r"\s+", " ", (DATA / name / "reports" / g["file"]).read_text())
            if re.sub(r"\s+", " ", g["evidence"]) not in body:
                bad.append((name, g))
    return bad


def below_floor(name: str, floors: tuple[float, float]) -> str | None:
    """Why a set's score is below its (precision, recall) floors, or None."""
    score = score_set(name)
    if score.precision >= floors[0] and score.recall >= floors[1]:
        return None
    return f"{name} below {floors}: {score.summary()}"


def test_gold_evidence_is_verbatim() -> None:
    assert not evidence_problems(sorted(FLOORS))


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_stay_above_the_floors(name: str) -> None:
    assert below_floor(name, FLOORS[name]) is None
