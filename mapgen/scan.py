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
import contextlib
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Any

import ahocorasick
from unidecode import unidecode

from . import fsio

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
    """An Aho-Corasick automaton over folded names, tagged (``"place"``, ``"demonym"`` ...).

    The automaton stores one integer per name (its length and tag), not a Python object, so it is
    small, and quick to pickle into the cache folder (:func:`cached_scanner`): the key of a match
    is the matched text itself.
    """

    tags: tuple[str, ...]

    def __init__(self, entries: Iterable[tuple[str, str]] = (), *, _state: Any = None) -> None:
        if _state is not None:
            self.tags, self.automaton = _state
            return
        entries = list(entries)
        self.tags = tuple(sorted({tag for _k, tag in entries}))
        code = {tag: n for n, tag in enumerate(self.tags)}
        n = max(1, len(self.tags))
        self.automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for key, tag in entries:
            # Padding with spaces makes every match a whole-word match by construction.
            self.automaton.add_word(f" {key} ", len(key) * n + code[tag])
        self.automaton.make_automaton()

    def scan(self, folded: str) -> list[tuple[int, int, str, str]]:
        """Every whole-word match ``(start, end, key, tag)`` in folded coordinates, overlaps included."""
        padded = f" {folded} "
        tags = self.tags
        n = max(1, len(tags))
        out = []
        for end, value in self.automaton.iter(padded):
            length, tag = divmod(value, n)
            # padded[end] is the trailing space, folded[e] in folded coordinates: the key is
            # folded[e - length : e], exactly the text the automaton matched.
            e = end - 1
            s = e - length
            out.append((s, e, folded[s:e], tags[tag]))
        return out


# -- the scanner in the cache folder ---------------------------------------------------------------
# Bump when what Scanner stores changes. The fingerprint also names the pyahocorasick version and
# the platform: a pickled automaton is a memory image.
SCANNER_FORMAT = "1"
_AC_MAGIC = b"MAPGENAC"


def scanner_fingerprint(parts: Iterable[str]) -> str:
    """A name for the scanner built from ``parts`` (the gazetteer digest, word lists ...)."""
    import platform
    import struct
    import sys
    from importlib.metadata import PackageNotFoundError, version

    try:
        ac_version = version("pyahocorasick")
    except PackageNotFoundError:  # pragma: no cover - installed another way
        ac_version = "?"
    head = f"{SCANNER_FORMAT}|{ac_version}|{sys.version_info[:2]}|{platform.machine()}|{sys.byteorder}"
    h = hashlib.sha256(f"{head}|{struct.calcsize('P')}".encode())
    for part in parts:
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()[:16]


def save_scanner(path: Path, scanner: Scanner) -> None:
    """Pickle with a header carrying the format and a SHA-256 of the body; atomic."""
    value = (scanner.tags, scanner.automaton)
    fsio.write_checked_pickle(path, value, magic=_AC_MAGIC, version=SCANNER_FORMAT)


def load_scanner(path: Path) -> Scanner | None:
    """The scanner saved at ``path``, or None when missing, truncated, corrupt or of another format."""
    value = fsio.read_checked_pickle(path, magic=_AC_MAGIC, version=SCANNER_FORMAT)
    if not isinstance(value, tuple) or len(value) != 2:
        return None
    tags, automaton = value
    if not isinstance(automaton, ahocorasick.Automaton) or not isinstance(tags, tuple):
        return None
    return Scanner(_state=(tags, automaton))


def cached_scanner(
    folder: Path | None, fingerprint: str, entries: Callable[[], Iterable[tuple[str, str]]]
) -> Scanner:
    """The scanner named ``fingerprint`` from ``folder``, built from ``entries()`` and saved if absent.

    Loading the pickled automaton takes a fraction of building it (~0.3 s against ~0.9 s for 650k
    names). A cache folder that cannot be written only means the next process builds again.
    """
    if folder is None:
        return Scanner(entries())
    path = folder / f"scanner-{fingerprint}.ac"
    scanner = load_scanner(path)
    if scanner is not None:
        return scanner
    scanner = Scanner(entries())
    with contextlib.suppress(OSError):
        save_scanner(path, scanner)
        for old in folder.glob("scanner-*.ac"):
            if old != path:
                with contextlib.suppress(OSError):
                    old.unlink()
    return scanner


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
