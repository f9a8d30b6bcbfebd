"""Fold a whole text for scanning, keeping a map back to the original offsets, and scan it once.

:func:`fold_text` gives the same keys as :func:`mapgen.text.fold` for every word, but keeps
one folded character per original character wherever it can (ASCII text is folded by a single
``str.translate``), so a span found in the folded text maps straight back to the body. Words with
inner apostrophes or ayn marks (``Ta'izz``, ``Ma'arrat``) are closed up and padded; characters that
transliterate to several letters (Cyrillic ``щ``) take a slower path with an explicit offset map.

:class:`Scanner` is an Aho-Corasick automaton (pyahocorasick) over every folded gazetteer name,
built once per process: one pass over the text finds every candidate span.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate

import ahocorasick
from unidecode import unidecode

_MARKS = "'\u2019\u2018\u02bf\u02be\u02bc\u02bb`\u00b4\u2032"
_ASCII = {i: (chr(i).lower() if chr(i).isalnum() else " ") for i in range(128)}
_CHAR_CACHE: dict[str, str] = {}
_INNER_MARK = re.compile(rf"[^\W\d_]+(?:[{re.escape(_MARKS)}][^\W\d_]+)+")
_NON_ALNUM = re.compile(r"[^0-9a-z]")
_MARK_RE = re.compile(f"[{re.escape(_MARKS)}]")


def _char_fold(ch: str) -> str:
    t = _CHAR_CACHE.get(ch)
    if t is None:
        if ch in _MARKS:
            t = " "
        else:
            t = _NON_ALNUM.sub(" ", unidecode(unicodedata.normalize("NFC", ch)).lower())
            if not t:
                t = " "
        _CHAR_CACHE[ch] = t
    return t


@dataclass(frozen=True)
class FoldedText:
    """A folded text (single spaces between words) and the way back to body offsets."""

    text: str
    _fpos: tuple[int, ...] = ()  # folded offsets after which ``_shift`` more characters were removed
    _shift: tuple[int, ...] = ()
    origins: tuple[int, ...] | None = None  # body offset of each raw folded character (slow path only)
    closed: dict[int, int] | None = None  # end of a closed-up word -> its end in the body

    def _raw(self, i: int) -> int:
        k = bisect.bisect_right(self._fpos, i) - 1
        return i + (self._shift[k] if k >= 0 else 0)

    def start(self, i: int) -> int:
        """Body offset of folded offset ``i`` (a span start)."""
        r = self._raw(i)
        return self.origins[r] if self.origins is not None else r

    def end(self, i: int) -> int:
        """Body offset just after folded offset ``i - 1`` (a span end, exclusive)."""
        r = self._raw(i - 1)
        e = self.origins[r] + 1 if self.origins is not None else r + 1
        return self.closed.get(e, e) if self.closed else e


_SPACES = re.compile(r"  +")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LETTER = re.compile(r"[^\W\d_]")
# One translation table for every text: ASCII, plus each other character once it has been seen
# (its fold never changes). Characters folding to several letters (Cyrillic "щ") are noted apart.
_TABLE: dict[int, str] = {i: t for i, t in _ASCII.items()}
_MULTI: set[str] = set()


def _inner_marks(body: str) -> list[re.Match[str]]:
    """``list(_INNER_MARK.finditer(body))``, trying the pattern only at words followed by a mark.

    A match starts where a run of letters starts and contains the mark that ends the run, so each
    mark (a fast character-class search) names the one place a match can start.
    """
    out: list[re.Match[str]] = []
    pos = 0
    for k in _MARK_RE.finditer(body):
        q = k.start()
        if q < pos:
            continue
        p = q
        while p > pos and _LETTER.match(body, p - 1):
            p -= 1
        if p == q:
            continue
        m = _INNER_MARK.match(body, p)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def fold_text(body: str) -> FoldedText:
    """Fold ``body`` for scanning (see the module docstring)."""
    simple = True
    if not body.isascii():
        for ch in set(_NON_ASCII.findall(body)):
            if ord(ch) not in _TABLE:
                t = _char_fold(ch)
                _TABLE[ord(ch)] = t
                if len(t) != 1:
                    _MULTI.add(ch)
            if ch in _MULTI:
                simple = False
    table = _TABLE
    closed: dict[int, int] = {}

    # Close up inner apostrophes (Ta'izz -> "taizz "); a possessive 's becomes "  ". Same length.
    def close_up(m: re.Match[str]) -> str:
        word = m.group(0)
        tail = ""
        if len(word) >= 3 and word[-2] in _MARKS and word[-1] in "sS":
            word, tail = word[:-2], "  "
        head = _MARK_RE.sub("", word)
        if len(head) != len(word):
            closed[m.start() + len(head)] = m.start() + len(word)
        return head + " " * (len(word) - len(head)) + tail

    if any(c in body for c in _MARKS):
        found = _inner_marks(body)
        if found:
            parts: list[str] = []
            last = 0
            for m in found:
                parts.append(body[last : m.start()])
                parts.append(close_up(m))
                last = m.end()
            parts.append(body[last:])
            body = "".join(parts)
    origins: tuple[int, ...] | None = None
    if simple:
        raw = body.translate(table)
    else:
        chars: list[str] = []
        orig: list[int] = []
        for i, ch in enumerate(body):
            t = table.get(ord(ch), ch)
            chars.append(t)
            orig.extend([i] * len(t))
        raw = "".join(chars)
        origins = tuple(orig)
    # Collapse runs of spaces so multi-word keys match across "al-" or ", "; remember the shifts:
    # after the k-th run, ``shift[k]`` characters in all have been removed.
    spans = [m.span() for m in _SPACES.finditer(raw)]
    dels = [e - s - 1 for s, e in spans]
    shift = list(accumulate(dels))
    fpos = [s + 1 - (r - d) for (s, _e), r, d in zip(spans, shift, dels, strict=True)]
    text = _SPACES.sub(" ", raw) if spans else raw
    return FoldedText(text, tuple(fpos), tuple(shift), origins, closed or None)


class Scanner:
    """An Aho-Corasick automaton over folded names; values are ``(key, tag)`` pairs."""

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        self.automaton = ahocorasick.Automaton()
        for key, tag in entries:
            # Padding with spaces makes every match a whole-word match by construction.
            self.automaton.add_word(f" {key} ", (key, tag))
        self.automaton.make_automaton()

    def scan(self, folded: str) -> list[tuple[int, int, str, str]]:
        """Every whole-word match ``(start, end, key, tag)`` in folded coordinates, overlaps included."""
        padded = f" {folded} "
        out = []
        for end, (key, tag) in self.automaton.iter(padded):
            # padded[end] is the trailing space: the key spans padded[end-len(key) : end]
            e = end - 1  # in folded coordinates: end index exclusive = end - 1 + 1 - 1
            s = e - len(key)
            out.append((s, e, key, tag))
        return out


def anchored_finditer(
    pattern: re.Pattern[str], anchor: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying the pattern only where ``anchor`` matches.

    Exactly the same matches when every match of ``pattern`` starts where ``anchor`` finds a match
    and no possible start hides inside another anchor match (a short literal anchor). Python's
    regex engine skips quickly to a literal, but tries a pattern that opens with ``\\b``, a
    lookbehind or ``IGNORECASE`` alternatives at every position. ``pattern`` must not match the
    empty string.
    """
    pos = 0
    for a in anchor.finditer(text):
        p = a.start()
        if p < pos:
            continue
        m = pattern.match(text, p)
        if m is not None:
            yield m
            pos = m.end()
