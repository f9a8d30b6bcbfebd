# ruff: noqa: E501  (regular expressions and data tables read better unbroken)
"""Who said it: quotations, reporting clauses ("the Observatory said", "the coalition estimated that")
and shares ("90 percent", "65-70 percent", "most of").

Pure functions over a sentence skeleton (see :mod:`mapgen.patterns`) and the report body.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .regexfirst import guarded

_REPORTING = (
    r"said|says|say|estimated|estimates|estimate|reported|reports|claimed|claims|announced|announces|"
    r"stated|states|believes|believed|added|told|confirmed|confirms|acknowledged|insisted|declared|"
    r"put the figure at|asserted|noted|tweeted|posted|wrote"
)
_VERB = guarded(rf"\b(?:{_REPORTING})\b")
_ACCORDING = guarded(
    r"\baccording to (?:the )?(?P<name>⟨A\d+⟩|[A-Z][\w'-]*(?: (?:(?:for|of|on|and|the) )*"
    r"[A-Z][\w'-]*)*)"
)
_CAP = guarded(r"⟨A\d+⟩|(?<![⟨\w])[A-Z][\w'-]*(?: (?:(?:for|of|on|and|the) )*[A-Z][\w'-]*)*")
_CLAUSE_START = guarded(
    r"(?:[,;:\"\u201c\u201d]|\b(?:as|and|but|while|whereas|that|after|when|because|"
    r"although|though)\b)"
)
_NOT_NAMES = {
    "On",
    "In",
    "But",
    "And",
    "The",
    "A",
    "An",
    "As",
    "At",
    "By",
    "For",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Earlier",
    "Later",
    "Meanwhile",
    "However",
    "Also",
    "After",
    "Before",
    "Across",
    "Since",
    "Soon",
    "This",
    "That",
    "There",
}
_TAIL = guarded(
    r"^(?:\s|,|\.|on|late|early|in a statement|in a tweet|\w+day|yesterday|today|tonight|"
    r"last night|this week|earlier|later|(?:in|on) \w+|[\"\u201d'])*$",
    re.I,
)
_ORG = re.compile(r"[A-Z][\w'-]*(?: (?:(?:for|of|on|and|the) )*[A-Z][\w'-]*)+")


@dataclass(frozen=True)
class Speaker:
    """A reporting clause in a skeleton: who, where, and whether it covers what precedes or follows."""

    name: str
    start: int  # of the name
    verb_end: int
    covers_before: bool  # "..., the Observatory said." (True) or "the coalition estimated that ..." (False)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks (straight or curly); an unclosed quote runs to the end."""
    spans: list[tuple[int, int]] = []
    if '"' not in text and "\u201c" not in text and "\u201d" not in text:
        return spans
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch == "\u201c" or (ch == '"' and open_at is None):
            if open_at is None:
                open_at = i
        elif (ch == "\u201d" or ch == '"') and open_at is not None:
            spans.append((open_at, i + 1))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


def speakers(skeleton: str, name_of: Callable[[str], str | None]) -> list[Speaker]:
    """Reporting clauses in a skeleton; ``name_of`` turns a name as written (or ``⟨A3⟩``) into a speaker."""
    out: list[Speaker] = []
    for v in _VERB.finditer(skeleton):
        left = skeleton[: v.start()]
        starts = [m.end() for m in _CLAUSE_START.finditer(left)]
        clause_start = starts[-1] if starts else 0
        clause = left[clause_start:]
        name = None
        name_pos = 0
        for m in _CAP.finditer(clause):
            words = [w for w in m.group(0).split() if w not in _NOT_NAMES]
            if not words:
                continue
            text = m.group(0)
            while text.split()[0] in _NOT_NAMES:
                text = text.split(" ", 1)[1]
            name = name_of(text)
            if name:
                name_pos = clause_start + m.start()
                break
        if not name:
            continue
        tail = skeleton[v.end() :]
        out.append(Speaker(name, name_pos, v.end(), bool(_TAIL.match(tail)) or tail.lstrip().startswith(",")))
    for m in _ACCORDING.finditer(skeleton) if "according to" in skeleton else ():  # (a literal it needs)
        name = name_of(m.group("name"))
        if name:
            out.append(Speaker(name, m.start(), m.end(), True))
    return out


def speaker_for(pos: int, found: list[Speaker]) -> str | None:
    """The speaker whose clause covers ``pos``: the nearest "X said that" before, else "..., X said" after."""
    if not found:
        return None
    before = [s for s in found if not s.covers_before and s.verb_end <= pos]
    if before:
        return max(before, key=lambda s: s.verb_end).name
    after = [s for s in found if s.covers_before and s.start >= pos]
    if after:
        return min(after, key=lambda s: s.start).name
    return None


def organisations(body: str) -> list[tuple[int, str]]:
    """Multi-word capitalised names in a body ("Syrian Observatory for Human Rights"), with offsets."""
    out = []
    for m in _ORG.finditer(body):
        name, at = m.group(0), m.start()
        if name.startswith("The "):
            name, at = name[4:], at + 4
        if " " in name:
            out.append((at, name))
    return out


def expand_name(short: str, pos: int, orgs: list[tuple[int, str]]) -> str:
    """The full name a short one stands for ("the Observatory" after "Syrian Observatory for Human Rights")."""
    pattern = re.compile(rf"\b{re.escape(short)}\b")
    best = short
    for at, name in orgs:
        if at >= pos:
            break
        if name != short and pattern.search(name) and len(name) > len(best):
            best = name
    return best


_NUM = re.compile(r"(\d+(?:\.\d+)?)(?:\s*(?:-|–|to|and)\s*(\d+(?:\.\d+)?))?")
_WORDS: dict[str, tuple[float, float]] = {
    "most": (0.5, 1.0),
    "much": (0.3, 0.9),
    "all": (1.0, 1.0),
    "half": (0.5, 0.5),
    "parts": (0.05, 0.5),
    "part": (0.05, 0.5),
    "large parts": (0.3, 0.8),
    "large swathes": (0.3, 0.8),
    "swathes": (0.2, 0.8),
    "a swathe": (0.1, 0.8),
    "a swath": (0.1, 0.8),
    "a chunk": (0.1, 0.8),
    "a stretch": (0.05, 0.5),
    "a tract": (0.05, 0.5),
    "chunks": (0.1, 0.8),
    "large chunks": (0.3, 0.8),
    "a third": (0.33, 0.33),
    "a quarter": (0.25, 0.25),
    "two thirds": (0.67, 0.67),
    "two-thirds": (0.67, 0.67),
    "three quarters": (0.75, 0.75),
    "three-quarters": (0.75, 0.75),
    "the bulk": (0.5, 1.0),
    "virtually all": (0.9, 1.0),
    "nearly all": (0.9, 1.0),
    "almost all": (0.9, 1.0),
    "the majority": (0.5, 1.0),
    "a majority": (0.5, 1.0),
    "the whole": (1.0, 1.0),
    "the entire": (1.0, 1.0),
    "a large part": (0.3, 0.8),
    "a small part": (0.05, 0.3),
    "a section": (0.05, 0.5),
    "a corner": (0.05, 0.3),
    "pockets": (0.05, 0.3),
    "halves": (0.5, 0.5),
}


def parse_share(text: str | None) -> tuple[float, float] | None:
    """A share expression as a (min, max) pair of fractions, or None.

    Examples
    --------
    >>> parse_share("90 percent"), parse_share("65-70 percent"), parse_share("most")
    ((0.9, 0.9), (0.65, 0.7), (0.5, 1.0))
    """
    if not text:
        return None
    t = text.strip().lower()
    mod = ""
    for prefix in (
        "about ",
        "around ",
        "nearly ",
        "almost ",
        "roughly ",
        "some ",
        "more than ",
        "over ",
        "at least ",
        "up to ",
        "less than ",
        "just over ",
        "just under ",
    ):
        if t.startswith(prefix):
            mod, t = prefix.strip(), t[len(prefix) :]
            break
    m = _NUM.match(t)
    if m and ("percent" in t or "per cent" in t or "%" in t or t.endswith("pc")):
        lo = float(m.group(1)) / 100
        hi = float(m.group(2)) / 100 if m.group(2) else lo
        if not (0 <= lo <= 1 and 0 <= hi <= 1):
            return None
        lo, hi = min(lo, hi), max(lo, hi)
        if mod in ("more than", "over", "at least", "just over"):
            hi = 1.0
        elif mod in ("up to", "less than", "just under"):
            lo = 0.0
        return round(lo, 4), round(hi, 4)
    # "a large swathe", "vast swathes", "a chunk": an unmeasured large part
    return _WORDS.get(t) or _WORDS.get(_SPAN_WORD.sub("", t))


# Size words that do not change what an unmeasured span means ("a vast swathe" is "a swathe")
_SPAN_WORD = re.compile(r"(?<=^a )(?:large|vast|huge|wide|big) |^(?:vast|wide|huge) ")
