"""Make a rendered folium page self-contained: every script and stylesheet inlined, no CDN left.

folium links Leaflet, jQuery, Bootstrap, Font Awesome and friends from CDNs, so
a saved map is blank without a network. mapgen's own map needs only Leaflet
(its markers, legend, search and slider are mapgen's own small script), which
ships as Python package data in ``XStatic-Leaflet``. :func:`inline_assets`
replaces each ``<script src>``/``<link rel=stylesheet>`` whose file we ship
with the file's text, turns the ``url(images/...)`` references of Leaflet's CSS
into data URIs, and removes every other external reference (a leftover would
be a network request when the map is opened). :func:`external_references`
lists what is still external, for tests and for :func:`check_offline`.
"""

from __future__ import annotations

import base64
import functools
import mimetypes
import re
from pathlib import Path

from .errors import MapgenError

_SCRIPT_RE = re.compile(r'<script\s+src="(?P<url>[^"]+)"\s*>\s*</script>', re.I)
_LINK_RE = re.compile(r'<link\s+rel="stylesheet"\s+href="(?P<url>[^"]+)"\s*/?>', re.I)
_CSS_URL_RE = re.compile(r"""url\((?P<q>['"]?)(?P<url>[^)'"]+)(?P=q)\)""")
# Anything that would make the browser fetch something from a server.
_EXTERNAL_RE = re.compile(
    r"""<(?:script|link|img|iframe|source|video|audio)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//"""
    r"""|url\(\s*["']?(?:https?:)?//|@import\s""", re.I)

STATIC = Path(__file__).resolve().parent / "static"


def _xstatic_dir(name: str) -> Path:
    import importlib

    try:
        mod = importlib.import_module(f"xstatic.pkg.{name}")
    except ImportError as exc:  # a broken install: say which package to add
        raise MapgenError(f"the Python package XStatic-{name.replace('_', '-')} is missing; "
                          f"reinstall mapgen (pip install -e .)") from exc
    return Path(mod.BASE_DIR)


@functools.cache
def _local_file(filename: str) -> Path | None:
    """Where the file a CDN URL ends with lives on this machine, if we ship it."""
    for pkg in ("leaflet", "leaflet_markercluster"):
        try:
            base = _xstatic_dir(pkg)
        except MapgenError:
            continue
        candidate = base / filename
        if candidate.is_file():
            return candidate
    return None


def _data_uri(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


@functools.cache
def css_text(path: Path) -> str:
    """A stylesheet's text with its relative ``url(...)`` images turned into data URIs.

    References to files that do not exist are removed (``none``) rather than
    left to fail as a request.
    """
    text = path.read_text(encoding="utf-8")

    def sub(match: re.Match[str]) -> str:
        url = match.group("url").strip()
        if url.startswith(("data:", "#")):
            return match.group(0)
        if "//" in url:  # absolute: never fetched
            return "none"
        target = (path.parent / url.split("?")[0].split("#")[0]).resolve()
        return f'url("{_data_uri(target)}")' if target.is_file() else "none"

    return _CSS_URL_RE.sub(sub, text)


@functools.cache
def js_text(path: Path) -> str:
    # A "</script" inside the library would end the inline element early.
    return path.read_text(encoding="utf-8").replace("</script", "<\\/script")


def _basename(url: str) -> str:
    return url.split("?")[0].split("#")[0].rstrip("/").rsplit("/", 1)[-1]


def inline_assets(page: str) -> str:
    """Return ``page`` with known scripts and stylesheets inlined and every other external link removed."""

    def script(match: re.Match[str]) -> str:
        local = _local_file(_basename(match.group("url")))
        if local is None or local.suffix != ".js":
            return ""
        return f"<script>/* {local.name} (inlined) */\n{js_text(local)}\n</script>"

    def link(match: re.Match[str]) -> str:
        local = _local_file(_basename(match.group("url")))
        if local is None or local.suffix != ".css":
            return ""
        return f"<style>/* {local.name} (inlined) */\n{css_text(local)}\n</style>"

    page = _SCRIPT_RE.sub(script, page)
    return _LINK_RE.sub(link, page)


def external_references(page: str) -> list[str]:
    """Snippets of ``page`` that would make a browser fetch from a server (empty when self-contained)."""
    return [page[max(0, m.start() - 40): m.end() + 60] for m in _EXTERNAL_RE.finditer(page)]


def static_text(name: str) -> str:
    """mapgen's own script or stylesheet (``mapgen/static/NAME``)."""
    return (STATIC / name).read_text(encoding="utf-8")
