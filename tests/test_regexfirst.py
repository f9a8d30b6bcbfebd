"""First-character guards (mapgen.regexfirst) never change a match: every guarded expression of the claims
stage finds exactly what the expression it was compiled from finds, on wire sentences, skeletons and
random text built from the expressions' own words (including characters that case-fold to ASCII letters)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mapgen.attribution  # noqa: F401  (import registers its guarded expressions)
import mapgen.claims  # noqa: F401
import mapgen.dates  # noqa: F401
import mapgen.grammar  # noqa: F401
import mapgen.patterns  # noqa: F401
from mapgen.regexfirst import SOURCES, first_guard, guarded

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
PAIRS = sorted(((g, re.compile(*src)) for g, src in SOURCES.items()), key=lambda p: p[1].pattern)
_WORDS = sorted({w for _, ref in PAIRS for w in re.findall(r"[a-z]{2,}", ref.pattern)})
_PIECES = _WORDS + [w.capitalize() for w in _WORDS[::3]] + [w.upper() for w in _WORDS[::7]] + [
    "⟨A1⟩", "⟨A2⟩", "⟨R3⟩", "⟨P4⟩", "⟨p5⟩", "⟨P6⟩'s", "⟨P7⟩ s", ",", ".", ";", "(", ")", '"', "'", "-", "12",
    "2014", "90 percent", "65-70", "Islamic State", "Raqa", "Thursday", "July", "ſ", "ı", "İ", "\u212a",
    "\u017fei\u017fed", "capıtal", "yeſterday", "Iſ",
]  # fmt: skip


def _same(text: str) -> None:
    for got, ref in PAIRS:
        a = [(m.span(), m.groups()) for m in got.finditer(text)]
        b = [(m.span(), m.groups()) for m in ref.finditer(text)]
        assert a == b, (ref.pattern[:80], text)


def test_the_claims_stage_uses_guarded_expressions() -> None:
    names = {p.pattern for _, p in PAIRS}
    assert len(PAIRS) >= 30  # rules, negation, clauses, dates, reporting verbs
    assert any("assault" in n for n in names) and any("yesterday" in n for n in names)


def test_guards_name_first_characters_with_their_case() -> None:
    assert first_guard(r"\b(?:seized|took)", re.I) == "(?=[\\u0073\\u0074])"
    assert first_guard(r"(?-i:[A-Z])x|⟨P", re.I) == "(?=[\\u27e8]|(?-i:[\\u0041-\\u005a]))"
    assert first_guard(r"a?", 0) is None  # may match nothing: no guard
    assert first_guard(r"[^a]b", 0) is None  # negated sets are not worked out
    g = guarded(r"(?i)abc|def")  # inline flags stay first, every alternative is guarded
    assert g.findall("ABC xx DEF") == ["ABC", "DEF"] and g.pattern.startswith("(?i)(?=")


def test_guarded_expressions_match_like_the_originals_on_wire_sentences() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    assert len(texts) >= 40
    for text in texts:
        _same(text)
        # the same text as a skeleton: capitalised runs become actor and place tokens
        _same(re.sub(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", _token, text))


def _token(m: re.Match[str]) -> str:
    return f"⟨{'AP'[len(m[0]) % 2]}{m.start()}⟩"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30), st.sampled_from([" ", "", " ", ", "]))
def test_guarded_expressions_match_like_the_originals_on_random_text(pieces: list[str], sep: str) -> None:
    _same(sep.join(pieces))


@pytest.mark.parametrize("text", ["", "⟨", "⟨P", "the town of ⟨P1⟩", "IS s hub, ⟨P2⟩,", "capıtal ⟨P3⟩"])
def test_edge_texts(text: str) -> None:
    _same(text)


def test_factoring_keeps_the_order_of_words_and_the_other_alternatives() -> None:
    from mapgen.regexfirst import factored

    src = r"(?:(?:in|into|i|now|\w+day|on|one|)x)"
    fast = factored(src, re.I)
    assert fast != src and "\\w+day" in fast
    for text in ["intox", "inx", "ix", "x", "INTOX", "ıntox", "nowx", "Mondayx", "onex", "onx", "ox", "İnx"]:
        spans = [m.span() for m in re.finditer(src, text, re.I)]
        assert [m.span() for m in re.finditer(fast, text, re.I)] == spans, text
    # the first word that leads to a match wins, as before: "on" in "one", not "one"
    for src in (r"(?:on|one|o)", r"(?:one|on|o)", r"(?:o|on|one)"):
        spans = [m.span() for m in re.finditer(src, "one ONE oNe", re.I)]
        assert [m.span() for m in re.finditer(factored(src, re.I), "one ONE oNe", re.I)] == spans, src
    # case-sensitive expressions and scopes stay case-sensitive
    assert re.fullmatch(factored("(?:said|says|say)"), "Said") is None
    assert re.fullmatch(factored("(?-i:(?:said|says|say))", re.I), "Say") is None
