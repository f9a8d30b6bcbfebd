"""How actors and places look on the map: colours, patterns, marker sizes, state codes.

Colour alone fails colour-blind readers and greyscale print, so every actor
also gets a fill pattern and every control state its own shape (pie, split,
ring, dashed ring); the browser side (``static/mapgen.js``) draws them.
The fallback palette is Okabe & Ito's colour-blind-safe set.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any, Protocol

from .model import ControlState, Kind

# Okabe-Ito (2008) minus white; black last because the outline is black.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#999999", "#000000")
# 0 solid, 1 diagonal stripes, 2 dots, 3 horizontal stripes, 4 cross-hatch, 5 vertical stripes
PATTERNS = 6
UNKNOWN_COLOR = "#bdbdbd"

STATE_CODES = {
    ControlState.HELD: "h",
    ControlState.CONTESTED: "c",
    ControlState.BESIEGED: "b",
    ControlState.UNDER_ATTACK: "u",
    ControlState.CHANGED_HANDS: "x",
}
KIND_CODES = {Kind.SETTLEMENT: "s", Kind.ADMIN1: "a", Kind.REGION: "r", Kind.COUNTRY: "c", Kind.FACILITY: "f"}
AREA_KINDS = {Kind.ADMIN1, Kind.REGION, Kind.COUNTRY}

DEFAULT_RADIUS = 6.0
_COLOR_RE = re.compile(r"^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|#[0-9a-fA-F]{8}|[a-zA-Z]{3,20})$")


class Registry(Protocol):
    def color(self, actor_name: str) -> str: ...


def safe_color(value: Any) -> str | None:
    """The colour when it is a plain CSS hex or name, else None (a registry value is user input)."""
    if isinstance(value, str) and _COLOR_RE.match(value.strip()):
        return value.strip()
    return None


def actor_styles(actors: Iterable[str], registry: Registry | None) -> dict[str, tuple[str, int]]:
    """Colour and pattern index for each actor, deterministic for a given set of names.

    Registry colours win; actors the registry does not colour (or when there is
    no registry) take palette colours in sorted-name order, skipping colours the
    registry already used. Patterns follow the sorted order so two actors that
    share a colour still differ.
    """
    names = sorted(set(actors))
    chosen: dict[str, str | None] = {}
    for name in names:
        color = None
        if registry is not None:
            try:
                color = safe_color(registry.color(name))
            except (KeyError, LookupError, ValueError):
                color = None
        chosen[name] = color
    used = {c.lower() for c in chosen.values() if c}
    free = [c for c in PALETTE if c.lower() not in used] or list(PALETTE)
    out: dict[str, tuple[str, int]] = {}
    k = 0
    for i, name in enumerate(names):
        color = chosen[name]
        if color is None:
            color = free[k % len(free)]
            k += 1
        out[name] = (color, i % PATTERNS)
    return out


def radius_for(population: int | None) -> float:
    """Marker radius in pixels: grows with the logarithm of the population; a default when unknown."""
    if not population or population <= 0:
        return DEFAULT_RADIUS
    r = 4.0 + 2.0 * math.log10(max(population, 1000) / 1000.0)
    return round(min(max(r, 4.0), 12.0), 1)
