"""Corrections through the commands, and the build/state/history/diff/export/watch/check CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from build_fakes import fake_analyse, write_report
from click.testing import CliRunner

from mapgen import pipeline
from mapgen.cli import main
from mapgen.config import Config


@pytest.fixture(autouse=True)
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "analyse", fake_analyse)
    monkeypatch.setattr(
        pipeline.Context,
        "load",
        classmethod(lambda cls, config=None, online=False: cls(config=config or Config())),
    )


def cli(*args: str, cwd: Path | None = None):  # noqa: ANN201
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_report(
        tmp_path / "seeds", "a.txt", "IS held Raqa.\nSDF attacking Raqa.\nIS held Sharqat.", date="2017-09-01"
    )
    write_report(tmp_path / "seeds", "b.txt", "Hashd attacking Hawija.\nIS held Hawija.", date="2017-09-21")
    return tmp_path


def test_build_state_history_diff_cli(project: Path) -> None:
    r = cli("build", "--json")
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout)
    assert summary["reports_new"] == 2 and summary["map_path"] == "build/map.html"
    assert "map: build/map.html" in r.stderr and "Hashd" in r.stderr  # unregistered actor listed
    assert Path("build/mapgen.sqlite").is_file()
    r = cli("state", "--format", "jsonl")
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert list(rows[0])[:11] == [
        "place_key",
        "name",
        "lat",
        "lon",
        "kind",
        "state",
        "holders",
        "attackers",
        "stale",
        "last_reported",
        "claim_ids",
    ]
    assert {x["name"] for x in rows} == {"Raqa", "Sharqat", "Hawija"}
    table = cli("state").stdout
    assert "Raqa" in table and "under_attack" in table
    write_report(project / "seeds", "c.txt", "SDF captured Raqa.", date="2017-10-20")
    r = cli("build")
    assert "gained Syrian Democratic Forces: Raqa" in r.stderr and "lost Islamic State: Raqa" in r.stderr
    h = cli("history", "raqa", "--format", "jsonl")
    steps = [json.loads(x) for x in h.stdout.splitlines()]
    assert [s["date"] for s in steps] == sorted(s["date"] for s in steps)
    assert steps[-1]["holders"] == ["Syrian Democratic Forces"]
    assert cli("history", "Atlantis").exit_code == 1
    d = cli("diff", "--since-build", "--format", "jsonl")
    assert d.exit_code == 0
    assert {(x["change"], x["actor"]) for x in map(json.loads, d.stdout.splitlines())} == {
        ("gained", "Syrian Democratic Forces"),
        ("lost", "Islamic State"),
    }
    d2 = cli("diff", "--since", "2017-09-02", "--format", "jsonl")
    assert len(d2.stdout.splitlines()) >= 2
    assert cli("diff").exit_code == 2
    # as-of in the past
    past = [
        json.loads(x) for x in cli("state", "--as-of", "2017-09-05", "--format", "jsonl").stdout.splitlines()
    ]
    assert {x["name"] for x in past} == {"Raqa", "Sharqat"}


def test_corrections_applied_on_every_build(project: Path) -> None:
    cli("build")
    rows = [json.loads(x) for x in cli("state", "--format", "jsonl").stdout.splitlines()]
    sharqat = next(x for x in rows if x["name"] == "Sharqat")
    Path("mapgen.toml").write_text(f"""
[corrections]
reject = ["{sharqat["claim_ids"][0]}"]

[corrections.merge]
"Hashd" = "Iraqi government forces"

[[corrections.pin]]
place = "Raqa"
holder = "Syrian Democratic Forces"
since = 2017-09-10
note = "coalition confirmed"
""")
    assert cli("check").exit_code == 0
    r = cli("build", "--json")
    assert r.exit_code == 0, r.stderr
    rows = {x["name"]: x for x in map(json.loads, cli("state", "--format", "jsonl").stdout.splitlines())}
    assert "Sharqat" not in rows
    assert rows["Raqa"]["pinned"] and rows["Raqa"]["holders"][0]["actor"] == "Syrian Democratic Forces"
    assert rows["Hawija"]["attackers"] == ["Iraqi government forces"]
    assert "Iraqi government forces" not in json.loads(r.stdout)["unregistered_actors"]
    # A new report claiming otherwise does not override the analyst.
    write_report(project / "seeds", "d.txt", "IS captured Raqa.", date="2017-11-01")
    cli("build")
    rows = {x["name"]: x for x in map(json.loads, cli("state", "--format", "jsonl").stdout.splitlines())}
    assert rows["Raqa"]["holders"][0]["actor"] == "Syrian Democratic Forces"
    # A correction matching nothing is reported.
    Path("mapgen.toml").write_text('[corrections]\nreject = ["0000000000000000"]\n')
    r = cli("build")
    assert "0000000000000000" in r.stderr and "matches no claim" in r.stderr


def test_check_reports_line_numbers(project: Path) -> None:
    Path("mapgen.toml").write_text('[corrections]\nreject = "x"\n\n[state]\nwindow_days = -1\n')
    r = cli("check")
    assert r.exit_code == 1
    assert "line 2" in r.stderr and "line 5" in r.stderr and "Traceback" not in r.stderr
    Path("mapgen.toml").write_text("[corrections\n")
    assert cli("check").exit_code == 1
    Path("mapgen.toml").unlink()
    (project / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    r = cli("check", "seeds", "bad.txt")
    assert r.exit_code == 1 and "bad.txt" in r.stderr
    assert cli("check", "seeds").exit_code == 0


def test_export_cli_with_paths_and_default_output(project: Path) -> None:
    r = cli("export", "seeds", "--format", "geojson")
    assert r.exit_code == 0, r.stderr
    fc = json.loads(Path("build/state.geojson").read_text())
    assert len(fc["features"]) == 3
    assert not Path("build/map.html").exists()  # export ingests; it does not draw the map
    r = cli("export", "--format", "csv", "-o", "out/claims.csv")
    assert r.exit_code == 0 and Path("out/claims.csv").read_text().startswith("id,report,report_id")
    assert cli("export", "--format", "xls").exit_code == 2


def test_watch_rebuilds_on_change(project: Path) -> None:
    r = cli("watch", "seeds", "--interval", "0.05", "--max-iterations", "3")
    assert r.exit_code == 0, r.stderr
    assert r.stderr.count("map: build/map.html") == 1  # built once; nothing changed afterwards
    assert Path("build/map.html").is_file()


def test_commands_have_help_with_examples() -> None:
    for cmd in ("build", "state", "history", "diff", "export", "watch", "check"):
        r = cli(cmd, "--help")
        assert r.exit_code == 0 and "Examples:" in r.output and "mapgen " + cmd in r.output
