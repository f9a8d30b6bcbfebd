"""Fast paths of the claims stage give what the plain code they replace gives.

Sentence splitting (mapgen.text) against the straightforward splitter it replaced (one expression tried at
every position, each newline a second end), on wire copy and on random text made of its hard cases.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mapgen.text import _ABBREV, Sentence, sentences

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
_REF_END = re.compile(r"[.!?]+[\"'\u201d\u2019)]*(?=\s+|$)|\n\s*\n|\n")


def _reference(body: str) -> list[Sentence]:
    out: list[Sentence] = []
    start = 0

    def append(a: int, b: int) -> None:
        while a < b and body[a].isspace():
            a += 1
        while b > a and body[b - 1].isspace():
            b -= 1
        if b > a:
            out.append(Sentence(a, b, body[a:b]))

    for m in _REF_END.finditer(body):
        end = m.end()
        if m.group(0)[0] == ".":
            before = body[start : m.start()].rsplit(None, 1)
            word = before[-1].lower().rstrip(".") if before else ""
            if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                continue
        append(start, end)
        start = end
    append(start, len(body))
    return out


def test_sentences_match_the_reference_on_wire_copy() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    assert len(texts) >= 40
    for text in texts:
        assert sentences(text) == _reference(text)


_PIECES = ["Mr", "Gen", "e.g", "U.S", "A", "x", "3", "said", ".", ". ", "!", "?", "...", "\n", "\n\n", " ",
           "  \n ", "\r\n", '"', "\u201d", ")", "'", "\u2019", "\t", "\u2029", "\x0b", "3.5",
           "No.", "x" * 31, "Mr" * 20, "\u0130" * 20]  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_sentences_match_the_reference_on_random_text(pieces: list[str]) -> None:
    body = "".join(pieces)
    assert sentences(body) == _reference(body)


# --- descriptor folding (mapgen.skeleton): COLLAPSE searched run by run, behind a stricter gate ---------
_SKEL_WORDS = [
    "the", "a", "its", "town", "city", "province", "of", "in", "around", "including", "parts", "outskirts",
    "north", "rest", "northern", "eastern", "rural", "and", "control", "hands", "fall", "capital", "border",
    "strategic", "region of", "air base", "districts", "held", "by", "⟨P1⟩", "⟨P2⟩'s", "⟨P3⟩ s", "⟨A4⟩",
    "⟨R5⟩", "⟨p6⟩", ",", ".", "'", "-", "(", "Town", "OF", "In", "pockets", "ſection", "K", "\u0130n",
    "territory", "remaining", "of the", "x" * 45,
]  # fmt: skip


def _collapse_cases() -> list[str]:
    return [
        "⟨A0⟩ seized the northern town of ⟨P1⟩ on Thursday, a spokesman said.",
        "⟨A0⟩ holds parts in ⟨P1⟩ and the rest of ⟨P2⟩, officials said.",
        "the town of ⟨P1⟩'s eastern districts of ⟨P2⟩ fell",
        "control of ⟨P1⟩ and in ⟨P2⟩, near the border town of ⟨P3⟩",
        "⟨P1⟩, ⟨P2⟩ and neighbourhoods around the ⟨P3⟩ (the ⟨P4⟩ city of ⟨P5⟩)",
        "parts in ⟨p6⟩ and fighting in ⟨P1⟩",
    ]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_SKEL_WORDS), max_size=30), st.sampled_from([" ", "  ", ", "]))
def test_collapse_by_runs_matches_the_whole_search(words: list[str], sep: str) -> None:
    from mapgen.grammar import COLLAPSE
    from mapgen.skeleton import _descriptor_before_place, _runs_with_place

    for skel in [sep.join(words), *_collapse_cases()]:
        whole = [(m.span(), m.group("tok")) for m in COLLAPSE.finditer(skel)]
        assert [(m.span(), m.group("tok")) for m in _runs_with_place(skel)] == whole
        if whole and _looser_gate(skel):  # (where the old gate let COLLAPSE fold, the new one does too)
            assert _descriptor_before_place(skel), skel


def _looser_gate(skel: str) -> bool:
    """The gate before COLLAPSE as it was: any place token after a word a descriptor can end with."""
    from mapgen.grammar import DESC_ENDS

    i = skel.find("⟨P")
    while i != -1:
        words = skel[max(0, i - 40) : i].split()
        if words and words[-1].lower() == "the":
            words.pop()
        if words and words[-1].lower() in DESC_ENDS:
            return True
        i = skel.find("⟨P", i + 2)
    return False
