"""The walkthrough notebook runs from top to bottom (its code cells, in order, in one namespace)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import folium
import pytest

ROOT = Path(__file__).parent.parent


def test_walkthrough_notebook_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The notebook reads ../seeds/ and writes ../build/ relative to notebooks/: give it a scratch copy.
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "notebooks").mkdir()
    monkeypatch.chdir(tmp_path / "notebooks")
    nb = json.loads((ROOT / "notebooks" / "walkthrough.ipynb").read_text(encoding="utf-8"))
    namespace: dict[str, object] = {}
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            exec(compile("".join(cell["source"]), "walkthrough", "exec"), namespace)  # noqa: S102
    assert len(namespace["claims"]) >= 20  # type: ignore[arg-type]
    assert isinstance(namespace["m"], folium.Map)
    assert (tmp_path / "build" / "notebook-map.html").is_file()
