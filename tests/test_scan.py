"""Text folding for the scanner: the fast paths give exactly what the plain definitions give.

``fold_text`` and the anchored regex scans of :mod:`mapgen.scan` and :mod:`mapgen.mentions` were
made faster without changing a result; each is compared here with its straightforward definition
on generated text full of marks, hyphens, articles, Cyrillic and accents.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mapgen import fsio, mentions
from mapgen import scan as sc

ALPHABET = "ab Al-xyzQthe town of Tcity'’ʿ`´.,\n\tщЖéÉ_9²-"
texts = st.text(alphabet=ALPHABET, max_size=60) | st.text(max_size=30)


def reference_fold_text(body: str) -> tuple[object, ...]:
    """The definition: per-text table, ``re.sub`` for inner marks, a loop collapsing spaces."""
    table = dict(sc._ASCII)
    simple = True
    for ch in set(body):
        if ord(ch) >= 128:
            t = sc._char_fold(ch)
            table[ord(ch)] = t
            simple = simple and len(t) == 1
    closed: dict[int, int] = {}

    def close_up(m: re.Match[str]) -> str:
        word = m.group(0)
        tail = ""
        if len(word) >= 3 and word[-2] in sc._MARKS and word[-1] in "sS":
            word, tail = word[:-2], "  "
        head = sc._MARK_RE.sub("", word)
        if len(head) != len(word):
            closed[m.start() + len(head)] = m.start() + len(word)
        return head + " " * (len(word) - len(head)) + tail

    body = sc._INNER_MARK.sub(close_up, body)
    origins = None
    if simple:
        raw = body.translate(table)
    else:
        parts, orig = [], []
        for i, ch in enumerate(body):
            t = table.get(ord(ch), ch)
            parts.append(t)
            orig.extend([i] * len(t))
        raw, origins = "".join(parts), tuple(orig)
    fpos, shift, out, last, removed = [], [], [], 0, 0
    for m in re.finditer(r"  +", raw):
        out.append(raw[last : m.start() + 1])
        removed += m.end() - m.start() - 1
        fpos.append(m.start() + 1 - (removed - (m.end() - m.start() - 1)))
        shift.append(removed)
        last = m.end()
    out.append(raw[last:])
    return "".join(out), tuple(fpos), tuple(shift), origins, closed or None


def fields(ft: sc.FoldedText) -> tuple[object, ...]:
    return ft.text, ft._fpos, ft._shift, ft.origins, ft.closed


@settings(max_examples=400, deadline=None)
@given(texts)
def test_fold_text_equals_its_definition(body: str) -> None:
    assert fields(sc.fold_text(body)) == reference_fold_text(body)


def test_fold_text_examples() -> None:
    examples = ["Ta'izz and Ma\u02bfarrat al-Nu\u02bfman", "the group's Щёлково, Deir ez-Zôr", "", "  a  ,b "]
    for body in examples:
        assert fields(sc.fold_text(body)) == reference_fold_text(body)
    ft = sc.fold_text("IS's hold on Ta'izz")
    k = ft.text.index("taizz")
    assert "IS's hold on Ta'izz"[ft.start(k) : ft.end(k + 5)] == "Ta'izz"


@settings(max_examples=400, deadline=None)
@given(texts)
def test_anchored_scans_equal_plain_finditer(body: str) -> None:
    assert [m.span() for m in sc._inner_marks(body)] == [m.span() for m in sc._INNER_MARK.finditer(body)]
    fast = sc.anchored_finditer(mentions._COREF, mentions._COREF_ANCHOR, body)
    assert [m.groupdict() for m in fast] == [m.groupdict() for m in mentions._COREF.finditer(body)]
    fast = sc.anchored_finditer(mentions._UNKNOWN_NOUN, mentions._UNKNOWN_ANCHOR, body)
    assert [m.span("name") for m in fast] == [m.span("name") for m in mentions._UNKNOWN.finditer(body)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab Al'’-_9²\n\t.", max_size=50))
def test_previous_word_equals_its_regex(window: str) -> None:
    m = re.search(r"([\w'’-]+)[ \t]*$", window[-40:])  # _prev_word looks 40 characters back
    assert mentions._prev_word(window, len(window)) == (m.group(1) if m else "")


def test_scanner_saved_and_loaded_gives_the_same_hits(tmp_path: Path) -> None:
    entries = [("raqqa", "place"), ("deir ez zor", "place"), ("syrian", "demonym"), ("zor", "place")]
    built: list[int] = []

    def make() -> list[tuple[str, str]]:
        built.append(1)
        return entries

    text = sc.fold_text("Syrian forces near Deir ez-Zor and Raqqa.").text
    first = sc.cached_scanner(tmp_path, "abc", make)
    again = sc.cached_scanner(tmp_path, "abc", make)
    assert len(built) == 1  # the second one came from the cache folder
    assert first.scan(text) == again.scan(text) == sc.Scanner(entries).scan(text)
    assert ("deir ez zor", "place") in [(k, t) for _s, _e, k, t in again.scan(text)]
    assert not list(tmp_path.glob(fsio.TMP_PREFIX + "*"))
    # A new fingerprint replaces the old file.
    sc.cached_scanner(tmp_path, "def", make)
    assert [p.name for p in tmp_path.glob("scanner-*.ac")] == ["scanner-def.ac"]


def test_corrupt_or_truncated_scanner_is_rebuilt(tmp_path: Path) -> None:
    entries = [("homs", "place"), ("hama", "place")]
    sc.cached_scanner(tmp_path, "x", lambda: entries)
    path = tmp_path / "scanner-x.ac"
    data = path.read_bytes()
    for bad in (data[: len(data) // 2], data[:-1] + bytes([data[-1] ^ 0xFF]), b"junk", b""):
        path.write_bytes(bad)
        assert sc.load_scanner(path) is None
        rebuilt = sc.cached_scanner(tmp_path, "x", lambda: entries)
        assert [k for _s, _e, k, _t in rebuilt.scan("homs and hama")] == ["homs", "hama"]
        assert sc.load_scanner(path) is not None  # written again, whole
