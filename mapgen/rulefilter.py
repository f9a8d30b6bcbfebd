"""Which rules may match a sentence skeleton, from words every match of a rule must contain.

:func:`mapgen.patterns.rules_for` picks rules by their trigger words in the sentence; most rules it
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
from re import _constants as K  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

from .patterns import RULES, Rule
from .regexfirst import SOURCES

# Characters the engine equates, under IGNORECASE, with an ASCII letter that str.lower() does not give
# ("ı" and "İ" match "i", "ſ" matches "s", the Kelvin sign "k"): a skeleton holding one is not filtered.
_ODD_CASE = re.compile("[\u0131\u0130\u017f\u212a]")  # (a set the engine scans for: faster than set tests)
_MIN_LEN = 2  # shorter literals say nothing


def required(pattern: str, flags: int = 0) -> list[frozenset[str]]:
    """Clauses of lower-cased literals: every match of ``pattern`` contains, for each clause, one of them.

    Only literals whose characters are ASCII or caseless are kept (their lower case is found in the
    lower-cased text wherever they match, case-insensitively or not); a clause with any other
    alternative is dropped, so the condition stays necessary.
    """
    tree = P.parse(pattern, flags)
    return [c for c in _clauses(tree.data, bool(tree.state.flags & re.I)) if c]


def _usable(literal: str) -> bool:
    return len(literal) >= _MIN_LEN and all(c.isascii() or c.lower() == c == c.upper() for c in literal)


def _clauses(seq: Any, icase: bool) -> list[frozenset[str]]:
    out: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            literal = "".join(run).lower()
            if _usable(literal):
                out.append(frozenset((literal,)))
            run.clear()

    for op, av in seq:
        if op is K.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is K.SUBPATTERN:
            _group, add, remove, sub = av
            out.extend(_clauses(sub, (icase or bool(add & re.I)) and not remove & re.I))
        elif op is K.BRANCH:
            # A match takes one alternative: the union of one clause from each is a clause.
            union: set[str] = set()
            for alternative in av[1]:
                cs = _clauses(alternative, icase)
                if not cs:
                    break
                union |= max(cs, key=_strength)
            else:
                out.append(frozenset(union))
        elif op in (K.MAX_REPEAT, K.MIN_REPEAT, K.POSSESSIVE_REPEAT) and av[0] >= 1:
            out.extend(_clauses(av[2], icase))
        # anything else (sets, classes, anchors, lookarounds, optional parts) requires nothing
    flush()
    return out


def _strength(clause: AbstractSet[str]) -> tuple[int, int]:
    # longer literals, then fewer alternatives: the clause fewer texts hold
    return min(len(s) for s in clause), -len(clause)


def needs(regex: re.Pattern[str]) -> Callable[[str], bool]:
    """A test that is False only for texts ``regex`` cannot match (a few substring tests, from
    :func:`required`): a cheap gate before an expression that is tried at every position."""
    pattern, flags = SOURCES.get(regex, (regex.pattern, regex.flags))
    clauses = [tuple(sorted(c)) for c in required(pattern, flags)]

    def test(text: str) -> bool:
        if _ODD_CASE.search(text) is not None:
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
            pattern, flags = SOURCES.get(rule.regex, (rule.regex.pattern, rule.regex.flags))
            masks = []
            for clause in required(pattern, flags):
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
        if _ODD_CASE.search(skel) is not None:
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
