"""The rule prefilter (mapgen.rulefilter) is a necessary condition: it never drops a rule that matches.

Checked on skeleton-like texts built from the wire corpus, on random text made of the rules' own words
(with characters that case-fold to ASCII letters), and on the words it must find in known expressions.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mapgen.patterns import RULES
from mapgen.regexfirst import SOURCES
from mapgen.rulefilter import RULE_FILTER, RuleFilter, required
from mapgen.rulekeys import rules_for

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
_ALL = tuple(RULES)
_WORDS = sorted(
    {w for r in RULES for w in re.findall(r"[a-z]{2,}", SOURCES.get(r.regex, (r.regex.pattern, 0))[0])}
)
_PIECES = _WORDS + [w.upper() for w in _WORDS[::9]] + [
    "⟨A1⟩", "⟨A2⟩", "⟨R3⟩", "⟨P4⟩", "⟨P5⟩", "⟨P6⟩'s", "⟨P7⟩ s", "⟨A8⟩-held", ",", ".", ";", "-", "90 percent",
    "the", "of", "by", "and", "which", "ſ", "ı", "İ", "\u212a", "\u017feized", "captıred",
]  # fmt: skip


def _check(skel: str) -> int:
    kept = set(map(id, RULE_FILTER.keep(_ALL, skel)))
    dropped = 0
    for rule in RULES:
        if id(rule) not in kept:
            dropped += 1
            assert rule.regex.search(skel) is None, (rule.name, skel)
    return dropped


def _token(m: re.Match[str]) -> str:
    return f"⟨{'AP'[len(m[0]) % 2]}{m.start()}⟩"


def test_no_matching_rule_is_dropped_on_wire_skeletons() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    assert len(texts) >= 40
    dropped = 0
    for text in texts:
        for line in re.sub(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", _token, text).splitlines():
            dropped += _check(line)
    assert dropped > 0  # the filter does filter


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30), st.sampled_from([" ", "", ", "]))
def test_no_matching_rule_is_dropped_on_random_text(pieces: list[str], sep: str) -> None:
    _check(sep.join(pieces))


def test_required_words_of_known_expressions() -> None:
    # literals run across groups and multiply out over short alternations
    assert required(r"(?P<a>⟨A\d+⟩) (?:seized|captured) (?P<p>⟨P\d+⟩)", re.I) == [
        frozenset({"⟨a"}), frozenset({"⟩ seized ⟨p", "⟩ captured ⟨p"}), frozenset({"⟨p"})
    ]
    assert required(r"\b(?:and|then) [AR]x\d", 0) == [frozenset({"and ax", "and rx", "then ax", "then rx"})]
    assert required(r"x(?:held|)y", 0) == [frozenset({"xheldy", "xy"})]  # an empty alternative is ""
    assert required(r"(?:ab)+|cd", 0) == [frozenset({"ab", "cd"})]
    assert required(r"(?:ab)?cd", 0) == [frozenset({"cd"})]  # an optional part breaks a literal
    assert required(r"(?:a|b){2}cd", 0) == [frozenset({"acd", "bcd"})]  # the last repeat ends with a or b
    assert required(r"(?-i:Having) ⟨P", re.I) == [frozenset({"having ⟨p"})]
    assert required(r"a.b|c", 0) == []  # single characters say nothing
    assert required(r"[^a]bc", 0) == [frozenset({"bc"})]


def test_order_is_kept_and_odd_case_texts_are_not_filtered() -> None:
    f = RuleFilter(RULES)
    rules = rules_for("the rebels seized and captured the town which they held")
    kept = f.keep(rules, "⟨A1⟩ seized ⟨P2⟩")
    assert kept and list(kept) == [r for r in rules if r in kept]
    assert f.keep(rules, "⟨A1⟩ ſeized ⟨P2⟩") is rules
    assert f.keep(rules, "⟨A1⟩ seized ⟨P2⟩") is kept  # (memoised)


# Rules whose keys deliberately ask for more than the expression does ("X remains deployed in ⟨P⟩", never
# any "X are in ⟨P⟩").
_NARROWER_KEYS = {"x-remain-in"}


def test_rule_keys_never_skip_a_sentence_a_rule_would_match() -> None:
    """A rule's keys (``mapgen.rulekeys.KEYS``) must cover one of the word clauses every match contains:
    a key missing for a verb added to a rule ("left", "since capturing") silently loses its claims."""
    from mapgen.regexfirst import SOURCES
    from mapgen.rulefilter import required
    from mapgen.rulekeys import KEYS

    uncovered = []
    for rule in RULES:
        keys = KEYS.get(rule.name)
        if keys is None or rule.name in _NARROWER_KEYS:
            continue
        src, flags = SOURCES.get(rule.regex, (rule.regex.pattern, rule.regex.flags))
        clauses = required(src, flags)
        plain = [c for c in clauses if not all("⟨" in lit or "⟩" in lit for lit in c)]
        if plain and not any(all(any(k in lit for k in keys) for lit in c) for c in clauses):
            uncovered.append(rule.name)
    assert uncovered == []
