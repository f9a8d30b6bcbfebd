"""Text utilities shared by the stages: folding names into lookup keys and splitting sentences.

Pure functions over strings; no I/O.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from unidecode import unidecode

# Apostrophes, ayn/hamza marks and quotes that transliterations add or drop at will.
_MARKS = "'\u2019\u2018\u02bf\u02be\u02bc\u02bb`\u00b4\u2032"
_MARK_RE = re.compile(f"[{re.escape(_MARKS)}]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Fold a name into a lookup key: ASCII, lower case, marks dropped, punctuation to single spaces.

    Examples
    --------
    >>> fold("Deir ez-Zôr")
    'deir ez zor'
    >>> fold("Ma\u02bfarrat al-Nu\u02bfman")
    'maarrat al numan'
    """
    text = _MARK_RE.sub("", unicodedata.normalize("NFC", text))
    text = unidecode(text).lower()
    text = _MARK_RE.sub("", text)
    return _NON_ALNUM.sub(" ", text).strip()


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "st",
    "jr",
    "sr",
    "prof",
    "rev",
    "gov",
    "sen",
    "rep",
    "u.s",
    "u.n",
    "u.k",
    "e.g",
    "i.e",
    "no",
    "vs",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "km",
    "approx",
    "est",
    "mt",
    "ft",
}
# Full stops (with closing quotes) and the spaces after them, blank lines, newlines. Written to open with a
# character set, which the engine scans for directly, instead of an alternation it tries at every position;
# a full stop takes the spaces after it (spaces are trimmed from sentences anyway), so the newline after it
# is not a second, empty end.
_END_RE = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'\u201d\u2019)]*(?:\s+|$)|(?<=\n)(?:\s*\n)?)")


def sentences(body: str) -> list[Sentence]:
    """Split a body into sentences with offsets into the body.

    Memoised on the last few bodies: resolution and claim extraction both split the same report.

    Newlines end sentences (wire copy puts one paragraph per line); full stops
    end them unless they follow a known abbreviation or a single capital
    initial. Leading and trailing whitespace is trimmed from each span.
    """
    return list(_sentences(body))


@functools.lru_cache(maxsize=8)
def _sentences(body: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    start = 0
    for m in _END_RE.finditer(body):
        end = m.end()
        if body[m.start()] == "." and "\n" not in m.group():  # (a newline after it ends the sentence anyway)
            # Look at the word before the full stop (in the 32 characters before it: a longer word is no
            # abbreviation and no initial, cut or not).
            before = body[max(start, m.start() - 32) : m.start()].rsplit(None, 1)
            word = before[-1].lower().rstrip(".") if before else ""
            if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                continue
        if start != end:
            _append(out, body, start, end)
        start = end
    _append(out, body, start, len(body))
    return tuple(out)


def _append(out: list[Sentence], body: str, start: int, end: int) -> None:
    # (str.strip drops exactly the characters str.isspace accepts)
    chunk = body[start:end]
    text = chunk.strip()
    if text:
        start += len(chunk) - len(chunk.lstrip())
        out.append(_new_sentence(start, start + len(text), text))


def _new_sentence(start: int, end: int, text: str) -> Sentence:
    """``Sentence(start, end, text)`` without the frozen dataclass's ``object.__setattr__`` calls: the same
    fields in the instance dictionary, so the same record (equality, hash, repr)."""
    sent = object.__new__(Sentence)
    sent.__dict__.update(start=start, end=end, text=text)
    return sent
