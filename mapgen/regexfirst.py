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

# Characters the engine's case-insensitive matching equates with an ASCII letter while str.lower() does not
# ("ı", "İ", "ſ", the Kelvin sign): a text holding one may match an expression whose lower-cased words it
# seems to lack, so word prefilters let such a text through.
ODD_CASE_CHARS = "\u0131\u0130\u017f\u212a"
ODD_CASE = re.compile(f"[{ODD_CASE_CHARS}]")  # (a set the engine scans for: faster than set tests)

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
    """``re.compile(pattern, flags)`` with the same matches, faster: word alternations factored by first
    character (:func:`factored`), and a first-character guard when the engine needs one."""
    guard = None if starts_with_literal(pattern, flags) else first_guard(pattern, flags)
    fast = factored(pattern, flags)
    if guard is None and fast == pattern:
        return re.compile(pattern, flags)
    compiled = _with_guard(fast, flags, guard) if guard else re.compile(fast, flags)
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


# --- alternations of words, factored by first character ---------------------------------------------
# The engine skips an alternative at once when it opens with a case-sensitive literal or set that the
# next character fails; under IGNORECASE it enters every alternative in turn instead ("seized|seize|
# seizes|captured|..." is a hundred attempts at each position). Grouping the words by first character,
# each group opening with a case-sensitive set of that character's case variants (the same characters
# the engine's case-insensitive comparison accepts, "ı" and "İ" for i included), keeps only the group of
# the character at hand. The order of the words within a group is kept and an empty word is a barrier,
# so the first alternative that leads to a match is the same word as before: the same matches.
_EQUIVALENT = {"i": "iI\u0130\u0131", "k": "kK\u212a", "s": "sS\u017f"}
_PLAIN_WORD = re.compile(r"[A-Za-z0-9 '-]*")
_OPENER = re.compile(r"\((?:\?(?:P<\w+>|:|[aiLmsux]*-[aiLmsux]+:|[aiLmsux]+:|=|!|<=|<!|[aiLmsux]+))?")


def factored(pattern: str, flags: int = 0) -> str:
    """``pattern`` with every group that is an alternation of three or more plain words factored."""
    icase = bool(P.parse(pattern, flags).state.flags & re.I)
    stack: list[list[str]] = [[]]
    scopes = [icase]
    j, n = 0, len(pattern)
    while j < n:
        ch = pattern[j]
        if ch == "\\":
            stack[-1].append(pattern[j : j + 2])
            j += 2
        elif ch == "[":
            k = j + 1
            k += pattern.startswith("^", k)
            k += pattern.startswith("]", k)
            while pattern[k] != "]":
                k += 2 if pattern[k] == "\\" else 1
            stack[-1].append(pattern[j : k + 1])
            j = k + 1
        elif ch == "(":
            opener = _OPENER.match(pattern, j).group(0)  # type: ignore[union-attr]
            flags_part = opener[2:-1] if opener.endswith(":") and opener.startswith("(?") else ""
            case = scopes[-1]
            if "-" in flags_part and "i" in flags_part.split("-")[1]:
                case = False
            elif "i" in flags_part.split("-")[0]:
                case = True
            stack.append([opener])
            scopes.append(case)
            j += len(opener)
        elif ch == ")":
            opener, *parts = stack.pop()
            case = scopes.pop()
            body = "".join(parts)
            if opener == "(?:" or opener.startswith("(?P<"):
                body = _factor_runs(_top_level(body), case)
            stack[-1].append(opener + body + ")")
            j += 1
        else:
            stack[-1].append(ch)
            j += 1
    return "".join(stack[0])


def _top_level(body: str) -> list[str]:
    """The alternatives of a group body (its "|" outside nested groups and sets)."""
    items, depth, start, j = [], 0, 0, 0
    while j < len(body):
        ch = body[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            j += 1
            j += body.startswith("^", j)
            j += body.startswith("]", j)
            while body[j] != "]":
                j += 2 if body[j] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            items.append(body[start:j])
            start = j + 1
        j += 1
    items.append(body[start:])
    return items


def _factor_runs(items: list[str], icase: bool) -> str:
    """Factor each run of three or more plain words; other alternatives stay where they are, so no word
    moves across one (``\\w+day`` among the adverbs)."""
    if len(items) < 3:
        return "|".join(items)
    out: list[str] = []
    run: list[str] = []
    for item in [*items, None]:
        if item is not None and _PLAIN_WORD.fullmatch(item):
            run.append(item)
            continue
        if len(run) > 2:
            out.append(_factor(run, icase))
        else:
            out.extend(run)
        run = []
        if item is not None:
            out.append(item)
    return "|".join(out)


def _factor(words: list[str], icase: bool) -> str:
    groups: list[tuple[str | None, list[str]]] = []
    open_groups: dict[str, list[str]] = {}
    for w in words:
        if not w:  # the empty word matches at once: nothing after it may move before it
            groups.append((None, [""]))
            open_groups = {}
            continue
        key = w[0].lower() if icase else w[0]
        if key in open_groups:
            open_groups[key].append(w)
        else:
            open_groups[key] = [w]
            groups.append((key, open_groups[key]))
    parts = []
    for group_key, members in groups:
        if group_key is None:
            parts.append("")
            continue
        head = _first_char(members[0][0], icase)
        if len(members) == 1:
            parts.append(head + re.escape(members[0][1:]))
        else:
            parts.append(head + "(?:" + _factor([m[1:] for m in members], icase) + ")")
    return "|".join(parts)


def _first_char(c: str, icase: bool) -> str:
    if icase and c.isalpha():
        variants = _EQUIVALENT.get(c.lower(), c.lower() + c.upper())
        return "(?-i:[" + "".join(re.escape(v) for v in variants) + "])"
    return re.escape(c)
