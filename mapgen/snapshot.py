"""Slide-ready PNG and PDF images of a saved map, drawn by the system's headless Chromium.

mapgen never downloads a browser: it drives the Chromium already installed
(``/usr/bin/chromium``, or the path in ``MAPGEN_CHROMIUM``) through Playwright
(``pip install 'mapgen[browser]'``). The page is fitted to the data with the
legend and title visible, at exactly the requested size; ``preset="slide"``
enlarges the text and hides the interactive controls. Requests to the network
are refused unless the map itself asked for web tiles.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .errors import MapgenError
from .fsio import write_bytes

CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                  "--hide-scrollbars"]
CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
FORMATS = ("png", "pdf")
PRESETS = ("slide",)
MIN_SIZE, MAX_SIZE = 200, 8000
READY_TIMEOUT_MS = 30_000


def find_chromium() -> str | None:
    """The Chromium executable to use, or None when there is none."""
    env = os.environ.get("MAPGEN_CHROMIUM")
    if env:
        return env if Path(env).is_file() else None
    for path in CANDIDATES:
        if Path(path).is_file():
            return path
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _check(html_path: Path, fmt: str, width: int, height: int, preset: str | None) -> str:
    if fmt not in FORMATS:
        raise MapgenError(f"--format {fmt}: images are png or pdf")
    if not (MIN_SIZE <= width <= MAX_SIZE and MIN_SIZE <= height <= MAX_SIZE):
        raise MapgenError(f"--width/--height {width}x{height}: use {MIN_SIZE} to {MAX_SIZE} pixels each")
    if preset is not None and preset not in PRESETS:
        raise MapgenError(f"--preset {preset}: the only preset is 'slide'")
    if not html_path.is_file():
        raise MapgenError(f"{html_path}: no such map; run 'mapgen build' first")
    exe = find_chromium()
    if exe is None:
        raise MapgenError("Chromium was not found (looked for /usr/bin/chromium); install it with "
                          "'apt-get install chromium' or set MAPGEN_CHROMIUM to its path")
    return exe


def export_image(html_path: str | Path, out_path: str | Path, *, fmt: str = "png", width: int = 1600,
                 height: int = 900, preset: str | None = None) -> None:
    """Render a saved map to a PNG or PDF of exactly ``width`` x ``height`` CSS pixels.

    Parameters
    ----------
    html_path
        A map written by :func:`mapgen.render.save_map`.
    out_path
        The image to write (atomically).
    fmt
        ``"png"`` or ``"pdf"``.
    width, height
        Size in pixels (PDF: a page of that size).
    preset
        ``"slide"``: larger text, no zoom/layer/search/slider controls.

    Raises
    ------
    MapgenError
        When Chromium or Playwright is missing, the map does not exist, or the page fails to draw.
    """
    html_path = Path(html_path).resolve()
    exe = _check(html_path, fmt, width, height, preset)
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise MapgenError("image export needs Playwright (it drives the system Chromium; no download): "
                          "pip install 'mapgen[browser]'") from exc
    allow_network = "L.tileLayer(" in html_path.read_text(encoding="utf-8", errors="replace")

    def run() -> bytes:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=exe, headless=True, args=CHROMIUM_FLAGS)
            try:
                return _draw(browser, html_path, fmt, width, height, preset, allow_network)
            finally:
                browser.close()

    try:
        # Playwright's sync API refuses to run in a thread with an asyncio loop (Jupyter, or a
        # caller already driving Playwright): a worker thread of its own always works.
        with ThreadPoolExecutor(max_workers=1) as pool:
            data = pool.submit(run).result()
    except PlaywrightError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise MapgenError(f"{html_path}: Chromium could not draw the map ({first}); "
                          f"check that {exe} starts, or open the map in a browser to see the error") from exc
    write_bytes(out_path, data)


def _draw(browser: object, html_path: Path, fmt: str, width: int, height: int, preset: str | None,
          allow_network: bool) -> bytes:
    context = browser.new_context(viewport={"width": width, "height": height},  # type: ignore[attr-defined]
                                  device_scale_factor=1)

    def route(r: object) -> None:
        url = r.request.url  # type: ignore[attr-defined]
        if url.startswith(("file:", "data:", "about:", "blob:")) or allow_network:
            r.continue_()  # type: ignore[attr-defined]
        else:
            r.abort()  # type: ignore[attr-defined]

    context.route("**/*", route)
    page = context.new_page()
    page.goto(html_path.as_uri(), wait_until="load")
    is_mapgen = page.evaluate("() => !!window.mapgen")
    if is_mapgen:
        page.wait_for_function("() => window.mapgen && window.mapgen.ready", timeout=READY_TIMEOUT_MS)
        page.evaluate("(p) => { window.mapgen.setPreset(p); }", preset or "")
        page.evaluate("() => { var S = window.mapgen.state; if (S) S.map.closePopup(); }")
    # Two animation frames: the canvas redraw after the fit has landed.
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    if fmt == "png":
        with tempfile.TemporaryDirectory(prefix="mapgen-shot-") as tmp:
            shot = Path(tmp) / "map.png"
            page.screenshot(path=str(shot), type="png", full_page=False)
            data = shot.read_bytes()
    else:
        page.emulate_media(media="screen")
        data = page.pdf(width=f"{width}px", height=f"{height}px", print_background=True,
                        margin={"top": "0", "right": "0", "bottom": "0", "left": "0"}, page_ranges="1")
    context.close()
    return data
