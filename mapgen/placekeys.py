"""Lookup keys for place names: the spelling variants conflict reporting uses, reduced to one key.

Three levels, from strict to loose (each is a pure function of a folded name, see
:func:`mapgen.text.fold`):

``exact``      the folded name itself: ``"deir ez zor"``.
``loose``      Arabic articles dropped, spaces removed, doubled letters collapsed, final ``h``
               after a vowel dropped, a few vowel digraphs normalised: ``Ar-Raqqah`` and ``Raqa``
               both give ``"raqa"``; ``Hawijah``/``Hawija`` give ``"hawija"``.
``skeleton``   the loose key without vowels (``y`` and ``w`` count as vowels after the first
               letter): ``Shirqat``/``Sharqat`` give ``"shrqt"``. Used only with support from the
               report's context, because short skeletons collide.
"""

from __future__ import annotations

import re

# Arabic definite articles as transliterated in the press (al-, el-, ar-, ash- ...), and the
# Persian/Turkic/Pashto connectors that behave the same way.
ARTICLES = frozenset(
    {
        "al",
        "el",
        "il",
        "ul",
        "ar",
        "er",
        "ash",
        "esh",
        "as",
        "es",
        "ad",
        "ed",
        "az",
        "ez",
        "an",
        "en",
        "at",
        "et",
        "ath",
        "adh",
    }
)
_DOUBLE = re.compile(r"(.)\1+")
_DIGRAPHS = (
    ("ee", "i"),
    ("oo", "u"),
    ("ou", "u"),
    ("iy", "i"),
    ("ey", "ay"),
    ("ei", "ay"),
    ("dh", "d"),
    ("th", "t"),
    ("kh", "h"),
    ("gh", "g"),
    ("q", "k"),
    ("j", "dj"),
    ("ddj", "dj"),
)
_VOWELS = re.compile(r"[aeiouyw]")
_GLIDE = re.compile(r"(?<=a)y(?=[eiou])|(?<=[eiou])y(?=a)")


_GLUED = re.compile(r"^[ae]([lrszdtn])\1(\w{2,})$")


def strip_articles(folded: str) -> str:
    """Drop article tokens that precede another token: ``"deir ez zor"`` -> ``"deir zor"``.

    Articles glued and assimilated to the next word go too: ``"deir ezzor"`` -> ``"deir zor"``.
    """
    tokens = folded.split()
    kept = [
        _GLUED.sub(r"\1\2", t) for i, t in enumerate(tokens) if not (t in ARTICLES and i + 1 < len(tokens))
    ]
    return " ".join(kept)


# Russian and Ukrainian forms of "new"/"old"/"great" that alternate in transliteration.
_SLAVIC = re.compile(r"\b(?:novaya|novoye|novoe|novyy|novyi|novy|nove|novyj)\b")
_SLAVIC_OLD = re.compile(r"\b(?:staraya|staroye|staroe|staryy|staryi|stary|stare)\b")


def loose_key(folded: str) -> str:
    """The spelling-tolerant key of a folded name (see the module docstring)."""
    folded = _SLAVIC_OLD.sub("stara", _SLAVIC.sub("nova", folded))
    s = strip_articles(folded).replace(" ", "")
    if not s:
        return ""
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    # A glide between vowels comes and goes with the transliteration: Mykolayiv/Mykolaiv,
    # Nikolayev/Nikolaev (between two different vowels only, so "Mayadin" keeps its y).
    s = _GLIDE.sub("", s)
    s = _DOUBLE.sub(r"\1", s)
    if len(s) > 3 and s.endswith("h") and s[-2] in "aeiou":
        s = s[:-1]
    return s


def skeleton_key(loose: str) -> str:
    """Consonants of a loose key (first letter kept): ``"sharkat"`` -> ``"shrkt"``."""
    if not loose:
        return ""
    s = loose[0] + _VOWELS.sub("", loose[1:])
    return _DOUBLE.sub(r"\1", s)
