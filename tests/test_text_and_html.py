"""Pure helpers: folding, sentence splitting, the one HTML-escaping helper, terminal cleaning."""

from __future__ import annotations

import pytest

from mapgen.cli.output import clean
from mapgen.htmlsafe import escape, html, link, safe_url
from mapgen.text import fold, sentences


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Deir ez-Zôr", "deir ez zor"),
        ("Ma\u02bfarrat al-Nu\u02bfman", "maarrat al numan"),
        ("KHARKIV", "kharkiv"),
        ("Mek'ele", "mekele"),
        ("Харків", "kharkiv"),
    ],
)
def test_fold(raw: str, key: str) -> None:
    assert fold(raw) == key


def test_sentences_keep_offsets_and_skip_abbreviations() -> None:
    body = 'Gen. Smith said IS fled. "They left," he said.\nU.S. forces entered Raqa on Tuesday.'
    spans = sentences(body)
    assert [s.text for s in spans] == [
        "Gen. Smith said IS fled.",
        '"They left," he said.',
        "U.S. forces entered Raqa on Tuesday.",
    ]
    assert all(body[s.start : s.end] == s.text for s in spans)


PAYLOADS = ["<img src=x onerror=alert(1)>", "${alert(1)}", "`", "\\`", "</script><script>alert(3)</script>"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_escape_neutralises_html_and_template_literal_breakouts(payload: str) -> None:
    out = escape(payload)
    for bad in ("<", ">", "`", "${", "\\"):
        assert bad not in out


def test_html_escapes_values_but_not_markup() -> None:
    inner = html("<b>{x}</b>", x="<i>")
    assert html("<p>{a}</p>", a=inner) == "<p><b>&lt;i&gt;</b></p>"
    with pytest.raises(ValueError):
        html("<p>`{a}`</p>", a="x")


def test_links_only_for_http_urls() -> None:
    assert safe_url("javascript:alert(1)") is None
    assert safe_url(" JaVaScRiPt:alert(1)") is None
    assert safe_url("data:text/html,<b>") is None
    assert link("AFP", "javascript:alert(1)") == "AFP"
    a = link("A<F>P", "https://example.org/a?b=1&c=2")
    assert 'rel="noopener noreferrer"' in a and "&amp;c=2" in a and "A&lt;F&gt;P" in a


def test_terminal_output_drops_ansi_and_control_characters() -> None:
    assert clean("\x1b[31mred\x1b[0m\x07bell") == "red\ufffdbell"
