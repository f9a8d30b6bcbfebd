"""What "the capital" of a report means.

Wire copy names the seat of the war's government by its role more often than by its name: "the rebels
entered the capital", "the Afghan capital", "the capital's southern outskirts". "The capital" is the
capital of the country the passage is about (of the country its demonym names, when it has one), unless
it only stands in apposition to the place just named ("Monrovia, the capital, ..."), which
:mod:`mapgen.coref` handles. Pure: it reads the mentions already resolved, the gazetteer and the tables of
:mod:`mapgen.countries`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from .countries import capital_names, demonym_countries, is_capital
from .distance import haversine_km
from .model import Kind, Mention, Place, PlaceMention, Resolution
from .text import fold

# A capital this far from the report's own places is not what "the capital" means: in a report about
# Grozny "the capital" is Chechnya's, not Moscow (the country's capital lies 1,500 km away); Tripoli lies
# 650 km from Benghazi and Khartoum 850 km from Nyala.
MAX_KM = 1_300.0

# "the capital" alone, or with a demonym ("the Afghan capital"); "the provincial capital" is not a
# national one
_NATIONAL = re.compile(r"[Tt]he\s+(?:(?:[a-z][\w-]*|\w+-held)\s+)?(?:(?P<demonym>[A-Z][a-z]+)\s+)?[Cc]apital")
_SUBNATIONAL = frozenset({"provincial", "regional", "state", "district"})


def is_national(text: str) -> bool:
    """Whether a back-reference's text asks for a national capital: "the capital", "the besieged capital",
    "the Libyan capital" (a demonym of a country); not "the provincial capital" or "the Kurdish capital"."""
    m = _NATIONAL.fullmatch(text)
    if m is None or any(w in _SUBNATIONAL for w in text.lower().split()):
        return False
    return not m.group("demonym") or fold(m.group("demonym")) in demonym_countries()


def country_named(text: str) -> str | None:
    """The country whose demonym the text carries ("the Afghan capital" -> AF), if any."""
    m = _NATIONAL.fullmatch(text)
    if m is None or not m.group("demonym"):
        return None
    return demonym_countries().get(fold(m.group("demonym")))


def resolve_capital(
    gazetteer: Any, m: Mention, before: Sequence[PlaceMention | None], home: frozenset[str]
) -> PlaceMention | None:
    """What "the capital" stands for, given the resolved mentions ``before`` it and the report's countries
    ``home``; None to let the ordinary back-reference rules decide, for a report far from its country's
    capital.
    """
    places = [pm.place for pm in before if pm is not None and pm.place is not None and not pm.mention.coref]
    cc = country_named(m.text)
    if cc is None:
        # the country most of the report's towns and provinces so far lie in (of its own countries, when it
        # names some; the nearest breaks a tie): "the capital" of a Yemen story that names Abu Dhabi once is
        # Sanaa
        towns = [p for p in places if p.kind is not Kind.COUNTRY and p.country]
        local = [p.country for p in towns if p.country in home or not home]
        if local:
            counts = Counter(local)
            cc = max(reversed(local), key=lambda c: counts[c])  # (max keeps the first best: the nearest)
        elif len(home) == 1:
            cc = next(iter(home))
    if cc is None:
        return _unresolved(m, "no country to take the capital of")
    name = capital_names().get(cc)
    capital = None
    for p in reversed(places):
        if p.country == cc and is_capital(p):
            capital = p
            break
    if capital is None and name:
        capital = next(
            (p for p in gazetteer.lookup(name) if p.country == cc and p.kind is Kind.SETTLEMENT), None
        )
    if capital is None:
        return _unresolved(m, f"no capital known for {cc}")
    # (the capital itself and the country's middle say nothing about which part of it the report is about)
    near = [p for p in places if p.country == cc and p.kind is not Kind.COUNTRY and p.key != capital.key]
    if near and all(_km(p, capital) > MAX_KM for p in near):
        return None  # (a regional capital, then: "the capital" of Chechnya is Grozny)
    return PlaceMention(m, Resolution.RESOLVED, capital, 0.8, (), f"the capital of {cc}")


def _unresolved(m: Mention, why: str) -> PlaceMention:
    return PlaceMention(m, Resolution.UNRESOLVED, None, 0.0, (), why)


def _km(a: Place, b: Place) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)
