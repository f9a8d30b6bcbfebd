"""Which control rules a sentence can need, from its words: one Aho-Corasick pass instead of every rule.

Each rule of :mod:`mapgen.patterns` gets keys (``KEYS``), worked out at import from its expression: the
literal strings of one of the clauses :func:`mapgen.rulefilter.required` finds (every match of the rule
contains one of them), cut down to what the raw sentence must hold. A sentence without any of a rule's
keys never runs that rule; a rule for which no clause can be read on raw text runs on every sentence. A
second, exact filter (:mod:`mapgen.rulefilter`) then keeps only the rules whose required words the
skeleton holds. A rule added to the tables gets its keys the same way: nothing here is kept by hand.

Why the keys must be cut: the rules run on sentence skeletons (:mod:`mapgen.skeleton`), and this pass
runs on the sentence before its skeleton is built. A skeleton is the sentence with actor, pronoun and
place spans replaced by tokens (``⟨A3⟩``), descriptors next to a token folded into it, quotation marks
dropped, curly apostrophes straightened, scare quotes dropped and thousands commas made ``_``. Every
character of a skeleton outside its tokens is therefore a character of the sentence, in the same order,
with at most quotation marks and apostrophes taken out between two of them (folds delete text only next
to a token). So a literal's pieces outside token text, with quotation marks and apostrophes deleted and
cut at ``_``, are found in the sentence once its quotation marks and apostrophes are deleted too
(:func:`rules_for` does that). Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import ahocorasick

from .patterns import RULES, Rule
from .regexfirst import ODD_CASE_CHARS
from .rulefilter import clauses_of, required

# Characters the skeleton drops (quotation marks; scare quotes) or rewrites (curly apostrophes to "'"):
# deleted from both the keys and the text, so a key never straddles one.
_QUOTES = "'\"\u201c\u201d\u2018\u2019\u02bc"
_DELETE_QUOTES = str.maketrans("", "", _QUOTES)
# Characters the engine equates, under IGNORECASE, with an ASCII letter that str.lower() does not give
# (as in mapgen.rulefilter), and the combining dot "İ" lower-cases to ("i\u0307"): a sentence holding
# one runs every rule.
# (lower-cased: "İ".lower() leaves a combining dot, U+0307, behind)
_ODD_CASE = re.compile(f"[{ODD_CASE_CHARS}\u0307]")
_UNUSUAL = re.compile(f"[{_QUOTES}{ODD_CASE_CHARS}\u0307]")
# What may be the inside of a token, lower-cased ("a12", "p", "3"): never a key.
_TOKEN_INSIDE = re.compile(r"[apr]?\d*")
_MIN_KEY = 2  # (a one-character key would pick nearly every sentence)


def raw_pieces(literal: str) -> list[str]:
    """The parts of a lower-cased skeleton literal that any sentence whose skeleton holds it contains.

    The literal is cut at token brackets; a part that may be (part of) a token's inside is dropped, the
    others lose quotation marks and apostrophes and are cut at ``_`` (a thousands comma in the text).
    """
    out: list[str] = []
    for part in re.split("[⟨⟩]", literal):
        if _TOKEN_INSIDE.fullmatch(part):
            continue
        out.extend(p for p in part.translate(_DELETE_QUOTES).split("_") if len(p) >= _MIN_KEY)
    return out


def raw_clause(clause: Iterable[str]) -> frozenset[str] | None:
    """Keys for one clause: the longest raw piece of each literal (None when a literal has none).

    A key that holds another key is dropped: the shorter one is found wherever it is.
    """
    keys: set[str] = set()
    for literal in clause:
        pieces = raw_pieces(literal)
        if not pieces:
            return None
        keys.add(max(pieces, key=lambda p: (len(p), p)))
    return frozenset(k for k in keys if not any(o != k and o in k for o in keys))


# Words nearly every sentence of a report holds: a key made only of them selects little.
_COMMON = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "became", "become", "been", "before", "being", "between",
    "but", "by", "for", "from", "had", "has", "have", "in", "inside", "into", "is", "it", "its", "of", "on",
    "or", "out", "over", "than", "that", "the", "their", "then", "there", "they", "this", "to", "under",
    "was", "were", "when", "where", "which", "who", "whose", "will", "with",
})  # fmt: skip


def _selectivity(keys: frozenset[str]) -> tuple[int, int, int]:
    """How few sentences hold one of ``keys``, guessed (greater is fewer), from the key most sentences
    hold: its rare letters (a common word counts one, each further word three: "was under" is rarer than
    "under"), then its length, then fewer keys. (On the test reports this picks clauses held by 11% more
    sentences than the best clause of each rule would be.)"""

    def rare(key: str) -> int:
        words = re.findall("[a-z]+", key)
        return sum(1 if w in _COMMON else len(w) for w in words) + 3 * max(0, len(words) - 1)

    return min(map(rare, keys)), min(map(len, keys)), -len(keys)


def keys_from(clauses: Iterable[Iterable[str]]) -> tuple[str, ...]:
    """Sorted keys from the clauses of an expression (:func:`mapgen.rulefilter.required`): a sentence
    whose skeleton the expression matches holds one of them.

    Empty when no clause can be read on raw text (the rule then runs on every sentence).
    """
    usable: list[frozenset[str]] = [k for k in map(raw_clause, clauses) if k]
    if not usable:
        return ()
    best = max(usable, key=_selectivity)
    return tuple(sorted(best))


def derive_keys(pattern: str, flags: int = 0) -> tuple[str, ...]:
    """:func:`keys_from` the clauses of an expression's source."""
    return keys_from(required(pattern, flags))


def rule_keys(rule: Rule) -> tuple[str, ...]:
    """:func:`keys_from` a rule's clauses (read once for both rule prefilters)."""
    return keys_from(clauses_of(rule.regex))


KEYS: dict[str, tuple[str, ...]] = {rule.name: keys for rule in RULES if (keys := rule_keys(rule))}


def _key_automaton() -> Any:
    """One Aho-Corasick automaton over every rule's keys: a single pass says which rules may match.

    Each key's value is a bit mask of the rules (by table index) it selects: or-ing a few integers
    costs less than uniting sets."""
    by_key: dict[str, int] = {}
    for i, rule in enumerate(RULES):
        for k in KEYS.get(rule.name, ()):
            by_key[k] = by_key.get(k, 0) | (1 << i)
    auto = ahocorasick.Automaton()
    for k, mask in by_key.items():
        auto.add_word(k, mask)
    auto.make_automaton()
    return auto


KEY_AUTOMATON = _key_automaton()
ALWAYS: frozenset[int] = frozenset(i for i, r in enumerate(RULES) if r.name not in KEYS)
_ALWAYS_MASK = sum(1 << i for i in ALWAYS)


_BY_MASK: dict[int, tuple[Rule, ...]] = {}


def rules_for(lowered: str) -> tuple[Rule, ...]:
    """The rules whose keys occur in a lower-cased sentence, in table order.

    Quotation marks and apostrophes are deleted first (see the module notes); a sentence with a character
    that case-folds to an ASCII letter only under the engine's rules ("ſ") gets every rule.
    """
    if _UNUSUAL.search(lowered) is not None:  # (one test for most sentences: they hold neither)
        if _ODD_CASE.search(lowered) is not None:
            return RULES
        lowered = lowered.translate(_DELETE_QUOTES)
    mask = _ALWAYS_MASK
    for _, bits in KEY_AUTOMATON.iter(lowered):
        mask |= bits
    rules = _BY_MASK.get(mask)
    if rules is None:  # few distinct combinations occur: each is listed once
        if len(_BY_MASK) > 10_000:
            _BY_MASK.clear()
        rules = _BY_MASK[mask] = tuple(rule for i, rule in enumerate(RULES) if mask >> i & 1)
    return rules
