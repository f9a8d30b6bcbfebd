"""The rule prefilters are necessary conditions: they never drop a rule that matches.

mapgen.rulefilter (on skeletons) is checked on skeleton-like texts built from the wire corpus, on random
text made of the rules' own words (with characters that case-fold to ASCII letters), and on the words it
must find in known expressions. The keys mapgen.rulekeys derives from the same words (on raw sentences)
are checked against the clauses they come from, on the real skeletons of the wire corpus and on made-up
sentences turned into skeletons.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapgen.model import Status
from mapgen.patterns import RULES, Rule
from mapgen.regexfirst import SOURCES
from mapgen.rulefilter import RULE_FILTER, RuleFilter, required
from mapgen.rulekeys import ALWAYS, KEYS, derive_keys, rules_for
from mapgen.skeleton import _THOUSANDS, _unquote
from mapgen.text import Sentence

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


# -- the keys of mapgen.rulekeys, derived from the same clauses -------------------------------------

_TOKEN_TEXT = re.compile(r"⟨[apr]?\d*⟩?|^[apr]?\d*⟩")  # (what of a lower-cased literal may be token text)
_NO_QUOTES = str.maketrans("", "", "'\"\u201c\u201d\u2018\u2019\u02bc")


def _holders(keys: Sequence[str], clause: frozenset[str]) -> list[set[str]]:
    """For each literal of ``clause``, the keys it holds outside its token text (a sentence whose skeleton
    holds the literal holds those keys)."""
    parts = {lit: [p.translate(_NO_QUOTES) for p in _TOKEN_TEXT.split(lit)] for lit in clause}
    return [{k for k in keys if any(k in p for p in parts[lit])} for lit in clause]


def _clauses(rule: Rule) -> list[frozenset[str]]:
    src, flags = SOURCES.get(rule.regex, (rule.regex.pattern, rule.regex.flags))
    return required(src, flags)


def test_every_rule_has_keys_that_cover_a_required_clause_and_need_each_key() -> None:
    """Each rule's keys (``mapgen.rulekeys.KEYS``) cover one of the word clauses every match contains, and
    without any one of them no clause is covered: a key dropped from a derivation would be caught."""
    assert set(KEYS) == {r.name for r in RULES} and not ALWAYS  # (every rule today has a usable clause)
    for rule in RULES:
        keys, clauses = KEYS[rule.name], _clauses(rule)
        assert keys and not any("⟨" in k or "⟩" in k for k in keys), rule.name
        holders = [_holders(keys, c) for c in clauses]
        assert any(all(h) for h in holders), rule.name  # (each literal of a clause holds a key)
        for k in keys:
            assert not any(all(h - {k} for h in hs) for hs in holders), (rule.name, k)


def test_a_new_rule_gets_keys_from_its_expression() -> None:
    from mapgen.grammar import PLIST
    from mapgen.patterns import Emit
    from mapgen.regexfirst import guarded
    from mapgen.rulekeys import rule_keys

    def _r(pattern: str) -> re.Pattern[str]:
        return guarded(pattern, re.I)  # (as mapgen.patterns compiles its rules)

    rule = Rule("test-razed", _r(rf"(?P<a>⟨[AR]\d+⟩) (?:had )?(?P<v>razed|flattened) (?P<p>{PLIST})"),
                (Emit("a", "p", Status.CAPTURED),), 0.6)  # fmt: skip
    # (the optional "had " breaks the literal before the verb; the place token after it is cut off)
    assert rule_keys(rule) == ("flattened ", "razed ")
    # a rule that requires nothing a raw sentence must hold runs everywhere
    assert rule_keys(Rule("test-bare", _r(r"⟨A\d+⟩ ⟨P\d+⟩"), (), 0.5)) == ()
    # quotation marks and apostrophes are taken out of keys (the skeleton drops and straightens them)
    assert derive_keys(r"⟨P\d+⟩'s (?:fall|loss)", re.I) == ("s fall", "s loss")
    assert derive_keys(r"20_000 troops", 0) == ("000 troops",)  # ("_" may be a thousands comma)


def _skeletons(monkeypatch: pytest.MonkeyPatch, folders: list[Path]) -> list[tuple[str, str]]:
    """(sentence, skeleton) for every sentence the claims stage builds a skeleton of, every rule kept."""
    import mapgen.claims as claims
    from mapgen.api import analyse_paths

    seen: list[tuple[str, str]] = []
    build = claims._skeleton

    def record(sent: Sentence, *args: Any, **kwargs: Any) -> Any:
        out = build(sent, *args, **kwargs)
        seen.append((sent.text, out[0]))
        return out

    monkeypatch.setattr(claims, "_skeleton", record)
    monkeypatch.setattr(claims, "rules_for", lambda lowered: RULES)
    analyse_paths(folders)
    return seen


def test_keys_never_skip_a_rule_that_matches_a_wire_skeleton(monkeypatch: pytest.MonkeyPatch) -> None:
    """On the skeletons of the wire corpus (quotations, scare quotes, folded descriptors and all), every
    rule that matches is among the rules picked from the raw sentence."""
    seen = _skeletons(monkeypatch, [CORPUS, CORPUS.parent / "holdout" / "reports"])
    assert len(seen) > 400
    matched = skipped = 0
    for text, skel in seen:
        picked = set(map(id, rules_for(text.lower())))
        skipped += len(RULES) - len(picked)
        for rule in RULES:
            if rule.regex.search(skel) is not None:
                matched += 1
                assert id(rule) in picked, (rule.name, text, skel)
    assert matched > 300 and skipped > 80 * len(seen)  # (the keys skip most rules)


_CLOSING = {"\u201c": "\u201d"}
_QUOTED = st.tuples(
    st.sampled_from(["", "", '"', "'", "\u201c"]), st.sampled_from(_PIECES + ["\u2019s", "20,000"])
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_QUOTED, min_size=1, max_size=30))
def test_keys_never_skip_a_rule_that_matches_a_made_up_skeleton(quoted: list[tuple[str, str]]) -> None:
    text = " ".join(q + w + _CLOSING.get(q, q) for q, w in quoted)
    skel = _made_up_skeleton(text)
    picked = set(map(id, rules_for(text.lower())))
    for rule in RULES:
        if rule.regex.search(skel) is not None:
            assert id(rule) in picked, (rule.name, text, skel)


def _made_up_skeleton(text: str) -> str:
    # A skeleton made from a sentence as mapgen.skeleton does: names become tokens, quotation marks go,
    # apostrophes are straightened, scare quotes dropped, thousands commas made "_".
    skel = re.sub(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", _token, text)
    skel = _THOUSANDS.sub("_", re.sub('["\u201c\u201d]', "", skel).replace("\u2019", "'"))
    return _unquote(skel, list(range(len(skel) + 1)))[0]


def _missed(text: str) -> list[str]:
    """The rules that match the skeleton of ``text`` but are not picked from ``text``; asserts some match."""
    skel = _made_up_skeleton(text)
    matching = [r for r in RULES if r.regex.search(skel) is not None]
    assert matching, skel
    picked = set(map(id, rules_for(text.lower())))
    return [r.name for r in matching if id(r) not in picked]


def test_keys_are_found_across_quotation_marks_and_apostrophes() -> None:
    for text in (
        '⟨A1⟩ "remains in full control" of ⟨P2⟩.',  # (a quoted phrase the rule reads through)
        "⟨A1⟩ was \u201cstill present\u201d in ⟨P2⟩.",
        "⟨A1⟩ had 'liberated' ⟨P2⟩, a spokesman said.",  # (scare quotes)
        "⟨P2⟩ is ⟨A1⟩\u2019s last stronghold.",  # (a curly apostrophe the skeleton straightens)
        "⟨A1⟩ captured \u201c⟨P2⟩\u201d on Monday.",
        "⟨A1⟩ captured ⟨P2⟩, a town of 20,000 people, and ⟨P3⟩.",
    ):
        assert _missed(text) == [], text


def test_odd_case_sentences_get_every_rule() -> None:
    assert rules_for("the rebels \u017feized the town") is RULES
    assert rules_for("captured k\u0130lis".lower()) is RULES  # ("İ" lower-cases to "i" and a combining dot)
    assert len(rules_for("the rebels seized the town")) < len(RULES) / 2
