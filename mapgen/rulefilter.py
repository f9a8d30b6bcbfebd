"""Which rules may match a sentence skeleton, from words every match of a rule must contain.

:func:`mapgen.rulekeys.rules_for` picks rules by their trigger words in the sentence; most rules it
picks still do not match (the verb is there, the rest of the pattern is not: "which", "and", " by ").
Running a rule's expression over a skeleton costs more than testing a few words, so each rule's
expression is read once, at import, for the literal strings any match of it must contain (a list of
clauses, each a set of alternatives: "⟨P", one of "held"/"controlled"/..., " by "), and a skeleton runs
only the rules whose every clause has an alternative in it. The condition is necessary, never
sufficient: the rules kept are run as before and no match is lost. Nothing in the rule tables changes;
a rule added later is read like the others (or kept unfiltered when nothing can be worked out).
Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from re import _constants as K  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

from .patterns import RULES, Rule
from .regexfirst import ODD_CASE, SOURCES

# Characters the engine equates, under IGNORECASE, with an ASCII letter that str.lower() does not give
# ("ı" and "İ" match "i", "ſ" matches "s", the Kelvin sign "k"): a skeleton holding one is not filtered.
_MIN_LEN = 2  # shorter literals say nothing


def required(pattern: str, flags: int = 0) -> list[frozenset[str]]:
    """Clauses of lower-cased literals: every match of ``pattern`` contains, for each clause, one of them.

    Literals run across groups, anchors and lookarounds (they consume nothing) and multiply out over short
    alternations and character sets (" (?:and|then) ⟨[AR]" gives " and ⟨a", " and ⟨r", " then ⟨a", ...).
    Only literals whose characters are ASCII or caseless are kept (their lower case is found in the
    lower-cased text wherever they match, case-insensitively or not); a clause with any other
    alternative is dropped, so the condition stays necessary.
    """
    return list(dict.fromkeys(c for c in _seq(P.parse(pattern, flags).data).clauses if c))


def clauses_of(regex: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """:func:`required` for a compiled expression (read from its source when it was compiled guarded),
    worked out once per expression: the rule prefilters of :mod:`mapgen.rulefilter` and
    :mod:`mapgen.rulekeys` both need every rule's clauses, and reading them all takes most of a second."""
    pattern, flags = SOURCES.get(regex, (regex.pattern, regex.flags))
    return _clauses(pattern, flags)


@lru_cache(maxsize=1024)
def _clauses(pattern: str, flags: int) -> tuple[frozenset[str], ...]:
    return tuple(required(pattern, flags))


_CAP = 64  # the most alternatives a literal multiplies out into


class _Info:
    """What a piece of an expression says about the text it matches: every string it can match when
    there are few (``finite``), the strings every match starts or ends with, and clauses within."""

    __slots__ = ("finite", "prefix", "suffix", "clauses")

    def __init__(
        self,
        finite: set[str] | None = None,
        prefix: set[str] | None = None,
        suffix: set[str] | None = None,
        clauses: list[frozenset[str]] | None = None,
    ) -> None:
        self.finite, self.prefix, self.suffix = finite, prefix, suffix
        self.clauses: list[frozenset[str]] = clauses or []


def _product(a: set[str], b: set[str]) -> set[str] | None:
    if len(a) * len(b) > _CAP:
        return None
    return {x + y for x in a for y in b}


def _clause(strings: set[str] | None) -> frozenset[str] | None:
    if not strings:
        return None
    lowered = frozenset(s.lower() for s in strings)
    return lowered if all(_usable(s) for s in lowered) else None


def _usable(literal: str) -> bool:
    return len(literal) >= _MIN_LEN and all(c.isascii() or c.lower() == c == c.upper() for c in literal)


def _item(op: Any, av: Any) -> _Info:
    if op is K.LITERAL:
        return _Info(finite={chr(av)})
    if op in (K.AT, K.ASSERT, K.ASSERT_NOT):  # zero-width: the text around them is adjacent
        return _Info(finite={""})
    if op is K.IN:
        if len(av) <= 8 and all(o is K.LITERAL for o, _ in av):
            return _Info(finite={chr(a) for _, a in av})
        return _Info()
    if op is K.SUBPATTERN:
        return _seq(av[3])
    if op is K.BRANCH:
        return _branch([_seq(alternative) for alternative in av[1]])
    if op in (K.MAX_REPEAT, K.MIN_REPEAT, K.POSSESSIVE_REPEAT):
        low, high, sub = av
        inner = _seq(sub)
        if low == high == 1:
            return inner
        if low >= 1:  # the first repeat starts a match of it, the last ends one
            clauses = list(inner.clauses)
            if (c := _clause(inner.finite)) is not None:
                clauses.append(c)
            return _Info(None, inner.prefix, inner.suffix, clauses)
    return _Info()  # optional parts, classes, any character, references: nothing known


def _branch(alternatives: list[_Info]) -> _Info:
    def union(parts: list[set[str] | None]) -> set[str] | None:
        if any(p is None for p in parts):
            return None
        out: set[str] = set().union(*parts)  # type: ignore[arg-type]
        return out if len(out) <= _CAP else None

    finite = union([a.finite for a in alternatives])
    prefix = union([a.prefix for a in alternatives])
    suffix = union([a.suffix for a in alternatives])
    # A match takes one alternative: the union of one clause from each is a clause.
    best: set[str] = set()
    for a in alternatives:
        candidates = [c for c in (*a.clauses, _clause(a.finite), _clause(a.prefix), _clause(a.suffix)) if c]
        if not candidates:
            return _Info(finite, prefix, suffix)
        best |= max(candidates, key=_strength)
    return _Info(finite, prefix, suffix, [frozenset(best)])


def _seq(seq: Any) -> _Info:
    clauses: list[frozenset[str]] = []

    def emit(strings: set[str] | None) -> None:
        if (c := _clause(strings)) is not None:
            clauses.append(c)

    whole: set[str] | None = {""}  # every string the sequence so far can match (None: too many, or unknown)
    prefix: set[str] | None = None
    cur: set[str] | None = {""}  # the strings just before the current point (None: unknown)
    started = False  # (a piece that is not a few strings has been met: the prefix is settled)
    for op, av in seq:
        info = _item(op, av)
        if info.finite is not None:
            if not started:
                whole = _product(whole, info.finite) if whole is not None else None
                if whole is None:
                    started, prefix = True, cur
            joined = _product(cur, info.finite) if cur is not None else None
            if joined is None:
                emit(cur)
                joined = set(info.finite)
            cur = joined
            continue
        if not started:
            started = True
            prefix = (_product(whole, info.prefix) if info.prefix is not None else whole) if whole else None
            if prefix is None:
                prefix = whole
            whole = None
        joined = _product(cur, info.prefix) if cur is not None and info.prefix is not None else None
        if joined is not None:
            emit(joined)
        else:
            emit(cur)
            emit(info.prefix)
        clauses.extend(info.clauses)
        cur = set(info.suffix) if info.suffix is not None else None
    emit(cur)
    if not started:
        return _Info(whole, whole, whole, clauses)
    return _Info(None, prefix, cur, clauses)


def _strength(clause: AbstractSet[str]) -> tuple[int, int]:
    # longer literals, then fewer alternatives: the clause fewer texts hold
    return min(len(s) for s in clause), -len(clause)


def needs(regex: re.Pattern[str]) -> Callable[[str], bool]:
    """A test that is False only for texts ``regex`` cannot match (a few substring tests, from
    :func:`required`): a cheap gate before an expression that is tried at every position."""
    pattern, flags = SOURCES.get(regex, (regex.pattern, regex.flags))
    clauses = [tuple(sorted(c)) for c in required(pattern, flags)]

    def test(text: str) -> bool:
        if ODD_CASE.search(text) is not None:
            return True
        low = text.lower()
        for clause in clauses:
            for literal in clause:
                if literal in low:
                    break
            else:
                return False
        return True

    return test


class RuleFilter:
    """The rules of a candidate list that a skeleton may match (:meth:`keep`)."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        bits: dict[str, int] = {}
        self._clauses: dict[int, tuple[int, ...]] = {}
        for rule in rules:
            masks = []
            for clause in clauses_of(rule.regex):
                mask = 0
                for literal in clause:
                    mask |= bits.setdefault(literal, 1 << len(bits))
                masks.append(mask)
            self._clauses[id(rule)] = tuple(masks)
        self._rules = list(rules)  # (keeps them alive: the ids above stay theirs)
        self._automaton = ahocorasick.Automaton()
        for literal, bit in bits.items():
            self._automaton.add_word(literal, bit)
        self._automaton.make_automaton()
        self._memo: dict[tuple[int, int], tuple[tuple[Rule, ...], tuple[Rule, ...]]] = {}

    def keep(self, rules: tuple[Rule, ...], skel: str) -> tuple[Rule, ...]:
        """``rules`` without those that cannot match ``skel``, in the same order."""
        if ODD_CASE.search(skel) is not None:
            return rules
        found = 0
        for _, bit in self._automaton.iter(skel.lower()):
            found |= bit
        key = (id(rules), found)
        got = self._memo.get(key)
        if got is not None and got[0] is rules:  # (the entry holds ``rules``: its id is not reused)
            return got[1]
        clauses = self._clauses
        kept = tuple(
            r for r in rules if all(found & mask for mask in clauses.get(id(r), ()))
        )
        if len(self._memo) > 20_000:
            self._memo.clear()
        self._memo[key] = (rules, kept)
        return kept


RULE_FILTER = RuleFilter(RULES)
