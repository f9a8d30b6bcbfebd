"""``mapgen places`` and ``mapgen geocode`` as the contract says."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from mapgen.cli import main
from mapgen.records import PLACE_FIELDS

SEED = str(Path(__file__).parent.parent / "seeds" / "000_5f087e301ec6f340.txt")


def test_places_jsonl_on_the_seed() -> None:
    r = CliRunner().invoke(main, ["places", SEED, "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows and all(list(row) == PLACE_FIELDS for row in rows)
    names = {row["place"] for row in rows}
    assert {"Raqa", "Hawija", "Mosul", "Sharqat", "Deir Ezzor", "Homs", "Hama", "Euphrates Valley"} <= names
    assert not names & {"Syrian", "Britain", "Abadi", "Washington"}
    assert all(row["resolution"] == "resolved" for row in rows)


def test_places_table_and_missing_file(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["places", SEED])
    assert r.exit_code == 0 and "Raqa" in r.stdout
    r = CliRunner().invoke(main, ["places", str(tmp_path / "missing.txt")])
    assert r.exit_code == 1 and "Traceback" not in r.output


def test_geocode_exit_codes_and_json() -> None:
    r = CliRunner().invoke(main, ["geocode", "Deir ez-Zor", "--format", "json"])
    assert r.exit_code == 0
    d = json.loads(r.stdout)
    assert d["resolution"] == "resolved" and d["country"] == "SY" and d["dataset"] == "geonames"
    r = CliRunner().invoke(main, ["geocode", "Tripoli", "--format", "json", "--explain"])
    assert r.exit_code == 0 and json.loads(r.stdout)["resolution"] == "ambiguous"
    assert "winner" in r.stderr and "candidates" in r.stderr
    r = CliRunner().invoke(main, ["geocode", "Novoxyzivka", "--format", "json"])
    assert r.exit_code == 1
    d = json.loads(r.stdout)
    assert d["resolution"] == "unresolved" and d["lat"] is None and d["place_key"] is None
    r = CliRunner().invoke(main, ["geocode", "Homs", "--country", "LIBYA"])
    assert r.exit_code == 2


def test_help_has_examples() -> None:
    for cmd in ("places", "geocode"):
        r = CliRunner().invoke(main, [cmd, "--help"])
        assert r.exit_code == 0 and "Examples:" in r.output and f"mapgen {cmd}" in r.output
