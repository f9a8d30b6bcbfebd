"""PNG/PDF export through the system Chromium, and the embed snippet."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))

from map_fixtures import D, busy_legend, decode_png, seed_like  # noqa: E402

from mapgen.embed import embed_snippet  # noqa: E402
from mapgen.errors import MapgenError  # noqa: E402
from mapgen.render import render_map, save_map  # noqa: E402
from mapgen.snapshot import export_image, find_chromium  # noqa: E402

needs_chromium = pytest.mark.skipif(
    find_chromium() is None, reason="Chromium not found at /usr/bin/chromium (apt-get install chromium)")


@pytest.fixture(scope="module")
def seed_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    states, claims, changes, problems = seed_like()
    path = tmp_path_factory.mktemp("snap") / "map.html"
    save_map(render_map(states, claims, as_of=D, changes=changes, problems=problems, title="Seed map"), path)
    return path


@pytest.mark.browser
@needs_chromium
def test_png_export_has_requested_size_and_is_not_blank(seed_map: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.png"
    export_image(seed_map, out, fmt="png", width=900, height=500, preset="slide")
    width, height, rows = decode_png(out.read_bytes())
    assert (width, height) == (900, 500)
    bpp = len(rows[0]) // width
    colours = {rows[y][x * bpp:x * bpp + 3] for y in range(0, height, 4) for x in range(0, width, 4)}
    assert len(colours) > 50, "the image is (nearly) blank"
    # Actor colours from the fallback palette are on the image (the symbols and legend were drawn).
    assert bytes.fromhex("E69F00") in colours or bytes.fromhex("0072B2") in colours


@pytest.mark.browser
@needs_chromium
def test_pdf_export_writes_one_page(seed_map: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.pdf"
    export_image(seed_map, out, fmt="pdf", width=800, height=450)
    data = out.read_bytes()
    import re

    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page(?!s)", data)) == 1
    assert len(data) > 5000


def test_export_errors_are_one_line_with_a_fix(seed_map: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(MapgenError, match="png or pdf"):
        export_image(seed_map, tmp_path / "x.gif", fmt="gif")
    with pytest.raises(MapgenError, match="200 to"):
        export_image(seed_map, tmp_path / "x.png", width=10)
    with pytest.raises(MapgenError, match="mapgen build"):
        export_image(tmp_path / "missing.html", tmp_path / "x.png")
    monkeypatch.setenv("MAPGEN_CHROMIUM", str(tmp_path / "no-such-chromium"))
    with pytest.raises(MapgenError, match="Chromium was not found.*apt-get install chromium"):
        export_image(seed_map, tmp_path / "x.png")
    assert not (tmp_path / "x.png").exists()


def test_embed_snippet_is_a_safe_iframe(seed_map: Path) -> None:
    snippet = embed_snippet(seed_map, height=720)
    assert snippet.startswith("<iframe ") and snippet.endswith("</iframe>")
    assert f'src="{seed_map.as_posix()}"' in snippet and 'height="720"' in snippet
    assert 'title="Seed map"' in snippet and "sandbox=" in snippet
    with pytest.raises(MapgenError):
        embed_snippet(seed_map, width='100%" onload="alert(1)')
    evil = seed_map.parent / 'a"><script>x</script>.html'
    assert "<script>" not in embed_snippet(evil)


def test_embed_inline_keeps_the_whole_map(seed_map: Path) -> None:
    import html

    snippet = embed_snippet(seed_map, inline=True)
    doc = html.unescape(snippet.split('srcdoc="', 1)[1].split('" title=', 1)[0])
    assert doc == seed_map.read_text(encoding="utf-8")


def test_embed_command(seed_map: Path) -> None:
    from mapgen.cli import main

    result = CliRunner().invoke(main, ["embed", "-o", str(seed_map), "--height", "480"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("<iframe ") and 'height="480"' in result.output
    result = CliRunner().invoke(main, ["embed", "--help"])
    assert result.exit_code == 0 and "Examples" in result.output


def credits_box(path: Path, width: int, height: int, preset: str) -> tuple[int, int, int, int]:
    """Where the legend's last line (the data credits) lands on a page of that size, as export draws it."""
    from playwright.sync_api import sync_playwright

    from mapgen.snapshot import CHROMIUM_FLAGS

    def run() -> list[float]:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=find_chromium(), headless=True, args=CHROMIUM_FLAGS)
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(path.as_uri())
            page.wait_for_function("() => window.mapgen && window.mapgen.ready")
            page.evaluate("(p) => window.mapgen.setPreset(p)", preset)
            r = page.evaluate("() => { const r = document.querySelector('.mg-credits')"
                              ".getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }")
            browser.close()
            return r

    # A thread of its own: another test module may hold a Playwright session in this one.
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        r = pool.submit(run).result()
    return int(r[0]), int(r[1]), int(r[2] + 0.999), int(r[3] + 0.999)


@pytest.mark.browser
@needs_chromium
@pytest.mark.parametrize("preset", [None, "slide"])
def test_small_png_shows_the_whole_legend(tmp_path: Path, preset: str | None) -> None:
    """A 900x600 PNG of a map with a tall legend still shows its last line, the data credits."""
    states, claims, changes, problems = busy_legend()
    path = tmp_path / "busy.html"
    save_map(render_map(states, claims, as_of=D, changes=changes, problems=problems, title="Busy"), path)
    out = tmp_path / "busy.png"
    export_image(path, out, fmt="png", width=900, height=600, preset=preset)
    width, height, rows = decode_png(out.read_bytes())
    assert (width, height) == (900, 600)
    left, top, right, bottom = credits_box(path, 900, 600, preset or "")
    assert 0 <= left < right <= 900 and 0 <= top < bottom <= 600
    bpp = len(rows[0]) // width
    # Text was drawn there: dark pixels on the legend's light background.
    dark = sum(1 for y in range(top, bottom) for x in range(left, right)
               if max(rows[y][x * bpp:x * bpp + 3]) < 120)
    assert dark > 30, "no credits text in the image"
