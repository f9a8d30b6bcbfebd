"""An iframe snippet that puts a saved map into a web page or web slides."""

from __future__ import annotations

import html as _html
import re
from pathlib import Path

from . import htmlsafe
from .errors import MapgenError

_WIDTH_RE = re.compile(r"^\d{1,5}(px|%|vw|em|rem)?$")
_TITLE_RE = re.compile(r"<title>(.*?)</title>", re.S | re.I)


def embed_snippet(map_path: str | Path, *, width: str | int = "100%", height: str | int = 600,
                  inline: bool = False) -> str:
    """Return an ``<iframe>`` for the map at ``map_path``.

    Parameters
    ----------
    map_path
        The map file; ``src`` is this path as given (make it relative to the page that embeds it).
    width, height
        CSS sizes: a number (pixels) or ``"100%"``-style values.
    inline
        Put the whole map into ``srcdoc`` so the snippet needs no other file.

    The frame is sandboxed (scripts and new-tab links only) and lazy-loaded.
    """
    path = Path(map_path)
    w, h = str(width).strip(), str(height).strip()
    for name, value in (("width", w), ("height", h)):
        if not _WIDTH_RE.match(value):
            raise MapgenError(f"--{name} {value!r}: use a number of pixels or a size like 100%")
    title = "Territorial control map"
    text = None
    if path.is_file():
        text = path.read_text(encoding="utf-8", errors="replace")
        found = _TITLE_RE.search(text[:20000])
        if found and found.group(1).strip():
            title = _html.unescape(found.group(1).strip())
    elif inline:
        raise MapgenError(f"{path}: no such map to inline; run 'mapgen build' first")
    style = f"border:0;width:{w if not w.isdigit() else w + 'px'};height:{h if not h.isdigit() else h + 'px'}"
    source = htmlsafe.html('srcdoc="{doc}"', doc=text) if inline and text is not None else \
        htmlsafe.html('src="{src}"', src=path.as_posix())
    return str(htmlsafe.html(
        '<iframe {source} title="{title}" width="{w}" height="{h}" style="{style}" loading="lazy" '
        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>',
        source=source, title=title, w=w, h=h, style=style))
