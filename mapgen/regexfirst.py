"""First-character guards for regular expressions that the engine cannot search quickly.

Python's ``re`` skips ahead quickly only when an expression starts with a literal or a case-sensitive
character set; an expression that starts with a case-insensitive alternation of words ("assault|offensive|
attack|...") or with lookbehinds is tried in full at every position of the text. A lookahead listing every
character a match can start with (worked out from the parsed expression) rejects most positions with one
set test and changes no match: it is a necessary condition of every match at that position.
"""

from __future__ import annotations

import re
from re import _constants as K  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

_CATEGORIES = {
    K.CATEGORY_WORD: r"\w",
    K.CATEGORY_DIGIT: r"\d",
    K.CATEGORY_SPACE: r"\s",
    K.CATEGORY_NOT_WORD: r"\W",
    K.CATEGORY_NOT_DIGIT: r"\D",
    K.CATEGORY_NOT_SPACE: r"\S",
}


class _Unknown(Exception):
    """An element whose first characters are not worked out (the expression is left as it is)."""


def first_guard(pattern: str, flags: int) -> str | None:
    """A lookahead ``(?=[...])`` naming every character a match of ``pattern`` can start with, or None.

    None when the expression can match the empty string or starts with an element not handled here
    (back-references, negated sets, ``.``). Set items keep the case sensitivity of the element they come
    from (``(?-i:[A-Z])`` stays case-sensitive), so the guard accepts exactly what the elements accept.
    """
    out: list[tuple[bool, str]] = []
    try:
        tree = P.parse(pattern, flags)  # (its state's flags include inline global ones: "(?i)...")
        if _first(tree.data, bool(tree.state.flags & re.I), out):
            return None
    except _Unknown:
        return None
    folded = "".join(sorted({item for icase, item in out if icase}))
    exact = "".join(sorted({item for icase, item in out if not icase}))
    parts = ([f"[{folded}]"] if folded else []) + ([f"(?-i:[{exact}])"] if exact else [])
    return "(?=" + "|".join(parts) + ")"


def starts_with_literal(pattern: str, flags: int) -> bool:
    """Whether the engine already skips ahead by itself (the expression opens with a literal character)."""
    data: Any = P.parse(pattern, flags).data
    while data and data[0][0] is K.SUBPATTERN:
        data = data[0][1][3].data
    return bool(data) and data[0][0] is K.LITERAL


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with a first-character guard when the engine needs one."""
    guard = None if starts_with_literal(pattern, flags) else first_guard(pattern, flags)
    if guard is None:
        return re.compile(pattern, flags)
    compiled = _with_guard(pattern, flags, guard)
    SOURCES[compiled] = (pattern, flags)
    return compiled


# Every guarded expression and what it was compiled from (the tests compare their matches).
SOURCES: dict[re.Pattern[str], tuple[str, int]] = {}


def _with_guard(pattern: str, flags: int, guard: str) -> re.Pattern[str]:
    # Inline global flags stay first; the rest is grouped so the guard covers every top-level alternative.
    lead = _GLOBAL_FLAGS.match(pattern)
    cut = lead.end() if lead else 0
    return re.compile(f"{pattern[:cut]}{guard}(?:{pattern[cut:]})", flags)


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _char(c: int) -> str:
    return f"\\U{c:08x}" if c > 0xFFFF else f"\\u{c:04x}"


def _first(seq: Any, icase: bool, out: list[tuple[bool, str]]) -> bool:
    """Add the characters ``seq`` can start with to ``out``; True when ``seq`` can match nothing at all."""
    for op, av in seq:
        if op is K.LITERAL:
            out.append((icase, _char(av)))
            return False
        if op is K.IN:
            for o, a in av:
                if o is K.LITERAL:
                    out.append((icase, _char(a)))
                elif o is K.RANGE:
                    out.append((icase, _char(a[0]) + "-" + _char(a[1])))
                elif o is K.CATEGORY and a in _CATEGORIES:
                    out.append((icase, _CATEGORIES[a]))
                else:
                    raise _Unknown(o)
            return False
        if op is K.BRANCH:
            empty = False
            for alternative in av[1]:
                empty |= _first(alternative, icase, out)
            if not empty:
                return False
        elif op is K.SUBPATTERN:
            _group, add, remove, sub = av
            if not _first(sub, (icase or bool(add & re.I)) and not remove & re.I, out):
                return False
        elif op in (K.MAX_REPEAT, K.MIN_REPEAT, K.POSSESSIVE_REPEAT):
            low, _high, sub = av
            if not _first(sub, icase, out) and low > 0:
                return False
        elif op not in (K.ASSERT, K.ASSERT_NOT, K.AT):  # zero-width: the next element starts the match
            raise _Unknown(op)
    return True
