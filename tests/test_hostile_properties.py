"""Property tests over hostile input: ingest and extraction never crash; offsets point into the body."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapgen.ingest import parse_report
from mapgen.model import Severity
from mapgen.pipeline import Context, analyse

WORDS = ["Raqa", "Mosul", "Kharkiv", "Tripoli", "Hit", "IS", "SDF", "the army", "Russian forces", "seized",
         "captured", "withdrew from", "held by", "the town of", "the city", "there", "percent", "failed to",
         "\u201c", "\u201d", '"', "'", "s", ",", ".", "\n", "-", "<script>", "${x}", "`", "\\", "\x1b[31m",
         "\u202e", "\u2028", "ʿ", "é", "Ð¥", " "]


@pytest.fixture(scope="module")
def ctx() -> Context:
    return Context.load()


@given(st.binary(max_size=2000))
@settings(max_examples=200, deadline=None)
def test_any_bytes_give_a_report_or_a_clear_problem(raw: bytes) -> None:
    result = parse_report(raw, "x.txt", today=dt.date(2026, 12, 1))
    if result.value is None:
        assert result.problems and all(p.severity is Severity.ERROR for p in result.problems)
        assert all(p.file == "x.txt" and p.message for p in result.problems)
    else:
        assert result.value.body.strip()


@given(st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=80).map(" ".join))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_extraction_never_crashes_and_offsets_are_exact(ctx: Context, text: str) -> None:
    parsed = parse_report(("---\ndate: 2020-05-05\n---\n" + text).encode("utf-8", "surrogatepass"), "r.txt")
    if parsed.value is None:
        return
    report = parsed.value
    result = analyse(report, ctx)
    for pm in result.places:
        assert report.body[pm.mention.start : pm.mention.end] == pm.mention.text
    for c in result.claims:
        assert 0 <= c.start < c.end <= len(report.body)
        assert report.body[c.start : c.end] == c.evidence
        assert 0.0 <= c.confidence <= 1.0
        assert c.lat is None or (-90 <= c.lat <= 90 and -180 <= c.lon <= 180)  # type: ignore[operator]
