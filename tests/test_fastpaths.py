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
