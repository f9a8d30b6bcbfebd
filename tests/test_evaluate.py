"""The scoring rule (mapgen.evaluate) and the integrity of the evaluation data it reads."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
import yaml

from mapgen.evaluate import (
    ROLES_BY_STATUS,
    Score,
    haversine_km,
    parse_jsonl,
    score_claims,
    score_toponyms,
)

DATA = Path(__file__).parent / "data"
ALIASES = {"Islamic State": ["IS", "the jihadists"], "Iraqi government forces": ["Iraqi forces",
                                                                                 "security forces (in Iraq)"]}
MOSUL = (36.335, 43.11889)


def gold(role: str = "holds", actor: str = "Islamic State", required: bool = True, file: str = "a.txt",
         lat: float = MOSUL[0], lon: float = MOSUL[1], tol: float = 30) -> dict[str, object]:
    return {"file": file, "place": "Mosul", "lat": lat, "lon": lon, "tol_km": tol, "actor_canonical": actor,
            "role": role, "required": required}


def pred(status: str = "held", actor: str = "Islamic State", report: str = "reports/a.txt",
         lat: float | None = MOSUL[0], lon: float | None = MOSUL[1]) -> dict[str, object]:
    return {"report": report, "lat": lat, "lon": lon, "actor": actor, "status": status}


# --- haversine ---------------------------------------------------------------

def test_haversine_known_distances() -> None:
    assert haversine_km(0, 0, 0, 0) == 0
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.19, abs=0.05)
    # Raqqa -> Mosul is about 380 km on the map
    assert haversine_km(35.95283, 39.00788, 36.335, 43.11889) == pytest.approx(372, abs=10)
    assert haversine_km(10, 179.9, 10, -179.9) < 25  # across the antimeridian


# --- score_claims --------------------------------------------------------------

def test_perfect_prediction() -> None:
    s = score_claims([pred()], [gold()], ALIASES)
    assert (s.precision, s.recall, s.f1, s.tp, s.fp, s.fn) == (1.0, 1.0, 1.0, 1, 0, 0)


def test_alias_case_insensitive_and_context_note() -> None:
    g = [gold(actor="Iraqi government forces", role="attacks")]
    assert score_claims([pred(actor="IRAQI FORCES", status="attacking")], g, ALIASES).recall == 1.0
    assert score_claims([pred(actor="security forces", status="besieging")], g, ALIASES).recall == 1.0
    assert score_claims([pred(actor="Syrian army", status="attacking")], g, ALIASES).recall == 0.0


def test_canonical_names_differing_in_case_pool_their_aliases() -> None:
    # two alias files spell one actor's canonical name with different capitals: both lists count
    aliases = {"Pro-Russian separatists": ["DPR forces"], "pro-Russian separatists": ["separatist fighters"]}
    g = [gold(actor="pro-Russian separatists")]
    assert score_claims([pred(actor="DPR forces")], g, aliases).recall == 1.0
    assert score_claims([pred(actor="separatist fighters")], g, aliases).recall == 1.0


def test_wrong_actor_is_a_false_positive_and_a_miss() -> None:
    s = score_claims([pred(actor="Syrian Democratic Forces")], [gold()], ALIASES)
    assert (s.precision, s.recall, s.tp, s.fp, s.fn) == (0.0, 0.0, 0, 1, 1)
    assert s.false_positives[0]["actor"] == "Syrian Democratic Forces"
    assert s.missed[0]["actor_canonical"] == "Islamic State"


def test_too_far_does_not_match() -> None:
    # 0.3 degrees of latitude is about 33 km: outside a 30 km tolerance, inside 40 km
    far = pred(lat=MOSUL[0] + 0.3)
    assert score_claims([far], [gold()], ALIASES).tp == 0
    assert score_claims([far], [gold(tol=40)], ALIASES).tp == 1


def test_status_maps_to_role() -> None:
    assert score_claims([pred(status="captured")], [gold("holds")], ALIASES).tp == 1
    assert score_claims([pred(status="lost")], [gold("holds")], ALIASES).tp == 0
    assert score_claims([pred(status="held")], [gold("lost")], ALIASES).tp == 0
    assert score_claims([pred(status="besieging")], [gold("attacks")], ALIASES).tp == 1
    assert score_claims([pred(status="nonsense")], [gold("holds")], ALIASES).fp == 1
    assert ROLES_BY_STATUS["contested"] == {"holds", "attacks"}


def test_contested_matches_holds_or_attacks_but_not_lost() -> None:
    assert score_claims([pred(status="contested")], [gold("holds")], ALIASES).recall == 1.0
    assert score_claims([pred(status="contested")], [gold("attacks")], ALIASES).recall == 1.0
    assert score_claims([pred(status="contested")], [gold("lost")], ALIASES).fp == 1


def test_optional_only_counts_neither_way() -> None:
    g = [gold(required=False), gold(role="attacks", actor="Iraqi government forces")]
    s = score_claims([pred()], g, ALIASES)
    assert (s.tp, s.fp, s.ignored, s.precision, s.recall) == (0, 0, 1, 1.0, 0.0)
    # a prediction that matches a required and an optional claim is a true positive
    both = [gold(required=False), gold(required=True)]
    assert score_claims([pred()], both, ALIASES).tp == 1


def test_null_coordinates_match_nothing() -> None:
    s = score_claims([pred(lat=None, lon=None), pred(lat=float("nan"))], [gold()], ALIASES)
    assert (s.tp, s.fp, s.fn) == (0, 2, 1)


def test_file_must_match_unless_disabled() -> None:
    other = pred(report="b.txt")
    assert score_claims([other], [gold()], ALIASES).tp == 0
    assert score_claims([other], [gold()], ALIASES, files=False).tp == 1
    assert score_claims([pred(report="C:\\reports\\a.txt")], [gold()], ALIASES).tp == 1


def test_counts_and_f1_mixed() -> None:
    g = [gold(), gold("attacks", "Iraqi government forces"), gold("lost", file="b.txt")]
    p = [pred(), pred(), pred("attacking", "Iraqi forces"), pred("held", "IS", lat=0.0, lon=0.0)]
    s = score_claims(p, g, ALIASES)
    assert (s.tp, s.fp, s.fn, s.matched, s.required) == (3, 1, 1, 2, 3)
    assert s.precision == pytest.approx(0.75)
    assert s.recall == pytest.approx(2 / 3)
    assert s.f1 == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))
    assert "recall 0.667" in s.summary()


def test_empty_inputs() -> None:
    s = score_claims([], [gold()], ALIASES)
    assert (s.precision, s.recall, s.f1) == (1.0, 0.0, 0.0)
    assert score_claims([], [], ALIASES).recall == 1.0
    assert isinstance(s, Score)


# --- score_toponyms ------------------------------------------------------------

def test_score_toponyms_shapes_and_failures() -> None:
    rows = [{"query": "Raqa", "country": "", "lat": "35.95283", "lon": "39.00788", "tol_km": "25"},
            {"query": "Homs", "country": "SY", "lat": "34.72405", "lon": "36.72559", "tol_km": "25"},
            {"query": "Nowhere", "country": "", "lat": "0", "lon": "0", "tol_km": "25"}]
    answers = {"Raqa": (35.96, 39.0), "Homs": {"lat": 32.65, "lon": 14.26}}  # Homs -> Al Khums: wrong
    seen: list[tuple[str, str | None]] = []

    def resolve(q: str, cc: str | None) -> object:
        seen.append((q, cc))
        return answers.get(q)

    t = score_toponyms(rows, resolve)
    assert (t.n, t.ok) == (3, 1)
    assert t.share == pytest.approx(1 / 3)
    assert ("Homs", "SY") in seen and ("Raqa", None) in seen
    reasons = dict((q, r) for q, _, r in t.failures)
    assert reasons["Nowhere"] == "unresolved" and reasons["Homs"].endswith("km")
    assert t.median_error_km is not None and t.median_error_km > 100


def test_score_toponyms_accepts_geocoded_like_answers() -> None:
    class Place:
        lat, lon = 35.95, 39.0

    class Geocoded:
        place = Place()

    rows = [{"query": "Raqa", "country": "", "lat": 35.95283, "lon": 39.00788, "tol_km": 25}]
    assert score_toponyms(rows, lambda q, c: Geocoded()).ok == 1
    assert score_toponyms(rows, lambda q, c: Place()).ok == 1
    assert score_toponyms(rows, lambda q, c: (None, None)).failures[0][2] == "unresolved"


def test_parse_jsonl() -> None:
    assert parse_jsonl('{"a": 1}\n\n{"b": 2}\n') == [{"a": 1}, {"b": 2}]
    with pytest.raises(ValueError, match="line 1"):
        parse_jsonl("[1, 2]\n")


# --- integrity of the evaluation data -------------------------------------------

CORPUS = DATA / "corpus"


def _corpus_gold() -> list[dict[str, object]]:
    return parse_jsonl((DATA / "corpus_gold.jsonl").read_text(encoding="utf-8"))


def test_corpus_reports_and_sidecars() -> None:
    reports = sorted(CORPUS.glob("*.txt"))
    assert len(reports) >= 45
    conflicts = {p.name.split("_")[1] for p in reports}
    assert len(conflicts) >= 9
    for p in reports:
        assert re.fullmatch(r"\d{3}_[a-z]+_[a-z0-9-]+\.txt", p.name), p.name
        words = len(p.read_text(encoding="utf-8").split())
        assert 120 <= words <= 400, (p.name, words)
        meta = yaml.safe_load((p.parent / (p.name + ".meta.yaml")).read_text(encoding="utf-8"))
        assert str(meta["date"])[:4].isdigit() and meta["source"], p.name


def test_corpus_gold_is_consistent_with_reports() -> None:
    gold_rows = _corpus_gold()
    aliases = json.loads((DATA / "corpus_aliases.json").read_text(encoding="utf-8"))
    assert len(gold_rows) >= 150
    files = {p.name for p in CORPUS.glob("*.txt")}
    for g in gold_rows:
        assert g["file"] in files, g
        body = " ".join((CORPUS / str(g["file"])).read_text(encoding="utf-8").split())
        assert str(g["evidence"]) in body, g
        assert g["role"] in {"holds", "attacks", "lost"}
        assert g["actor_canonical"] in aliases, g
        assert -90 <= float(g["lat"]) <= 90 and -180 <= float(g["lon"]) <= 180  # type: ignore[arg-type]
        assert 1 <= float(g["tol_km"]) <= 400  # type: ignore[arg-type]
        if g.get("historical"):
            assert g.get("date"), g
    # the seed's actors keep every alias of the development file
    seed = json.loads((DATA / "actor_aliases.json").read_text(encoding="utf-8"))
    for canonical, names in seed.items():
        assert set(names) <= set(aliases[canonical])


def test_gold_scores_perfectly_against_itself() -> None:
    """Feeding the gold back as predictions must give recall 1 and precision 1."""
    gold_rows = _corpus_gold()
    aliases = json.loads((DATA / "corpus_aliases.json").read_text(encoding="utf-8"))
    status = {"holds": "held", "attacks": "attacking", "lost": "lost"}
    predicted = [{"report": f"corpus/{g['file']}", "lat": g["lat"], "lon": g["lon"],
                  "actor": g["actor_canonical"], "status": status[str(g["role"])]} for g in gold_rows]
    s = score_claims(predicted, gold_rows, aliases)
    assert (s.recall, s.precision, s.fp) == (1.0, 1.0, 0), s.summary()
    assert s.ignored > 0  # some predictions only echo optional gold


def test_toponym_conflicts_csv() -> None:
    path = DATA / "toponyms_conflicts.csv"
    if not path.exists():
        pytest.skip("toponyms_conflicts.csv not written yet")
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert len(rows) >= 200
    assert len({r["note"] for r in rows}) >= 10
    with_country = sum(bool(r["country"]) for r in rows)
    assert 0.3 * len(rows) <= with_country <= 0.7 * len(rows)
    for r in rows:
        assert r["query"].strip() and -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180
        assert float(r["tol_km"]) in (25.0, 150.0)
