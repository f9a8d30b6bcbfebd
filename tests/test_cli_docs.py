"""Every command is documented in the README and has --help with an example (like sqlite-utils' test_docs)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from mapgen.cli import main

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
CONTRACT_COMMANDS = [
    "build",
    "extract",
    "places",
    "geocode",
    "state",
    "history",
    "diff",
    "export",
    "embed",
    "watch",
    "check",
]


def test_contract_commands_exist() -> None:
    missing = [c for c in CONTRACT_COMMANDS if c not in main.commands]
    assert not missing, f"commands of the contract not registered: {missing}"


@pytest.mark.parametrize("name", sorted(main.commands))
def test_command_documented_in_readme(name: str) -> None:
    assert f"mapgen {name}" in README, f"README.md does not document `mapgen {name}`"


@pytest.mark.parametrize("name", sorted(main.commands))
def test_command_help_has_an_example(name: str) -> None:
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output, f"`mapgen {name} --help` shows no example"
    assert f"mapgen {name}" in result.output


def test_unknown_command_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["frobnicate"])
    assert result.exit_code == 2


def test_quiet_still_prints_warnings(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("Troops entered Kherson on Friday.\n")  # no date: a warning
    result = CliRunner().invoke(main, ["extract", str(report), "-q"])
    assert "has no date" in result.output


def test_readme_configuration_example_is_valid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    start = README.index('```toml\n[actors."Liwa') + len("```toml\n")
    (tmp_path / "mapgen.toml").write_text(README[start : README.index("```", start)], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 0, result.output
