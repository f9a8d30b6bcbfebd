"""Event dates from relative expressions, resolved against the report date (Thursday 21 September 2017)."""

from __future__ import annotations

import datetime as dt

import pytest

from mapgen.dates import find_dates
from mapgen.model import DatePrecision as P

THU = dt.date(2017, 9, 21)


@pytest.mark.parametrize(
    "text,date,precision",
    [
        ("battled Thursday to clear", dt.date(2017, 9, 21), P.DAY),  # the report's own weekday is that day
        ("On Tuesday, Iraqi forces", dt.date(2017, 9, 19), P.DAY),
        ("on Friday", dt.date(2017, 9, 15), P.DAY),  # the most recent Friday on or before the report
        ("in July", dt.date(2017, 7, 1), P.MONTH),
        ("since May", dt.date(2017, 5, 1), P.MONTH),
        ("in November", dt.date(2016, 11, 1), P.MONTH),  # a month after the report's is last year's
        ("in early 2014", dt.date(2014, 1, 1), P.YEAR),
        ("in late 2019", dt.date(2019, 10, 1), P.YEAR),
        ("in March 2015", dt.date(2015, 3, 1), P.MONTH),
        ("on 12 September 2016", dt.date(2016, 9, 12), P.DAY),
        ("on September 12", dt.date(2017, 9, 12), P.DAY),
        ("last week", dt.date(2017, 9, 14), P.DAY),
        ("last month", dt.date(2017, 8, 1), P.MONTH),
        ("yesterday", dt.date(2017, 9, 20), P.DAY),
        ("2017-09-01", dt.date(2017, 9, 1), P.DAY),
    ],
)
def test_relative_and_absolute_dates(text: str, date: dt.date, precision: P) -> None:
    (d,) = find_dates(text, THU)
    assert (d.date, d.precision) == (date, precision)


@pytest.mark.parametrize(
    "text",
    [
        "it may fall soon",
        "a march on the capital",
        "90 percent of the city",
        "some 2000 fighters",
        "in 2015-2016 fighting",
        "the 30 February deadline",
    ],
)
def test_not_dates(text: str) -> None:
    assert [d for d in find_dates(text, THU) if d.date is not None] == []


def test_relative_dates_without_a_report_date_stay_unknown() -> None:
    assert [d.date for d in find_dates("on Tuesday", None)] == [None]
    assert [d.date for d in find_dates("in early 2014", None)] == [dt.date(2014, 1, 1)]


def test_offsets_point_at_the_expression() -> None:
    text = "The extremists seized Raqa in early 2014, making it their capital."
    (d,) = find_dates(text, THU)
    assert text[d.start : d.end] == d.text == "in early 2014"


def test_the_date_word_prefilter_is_the_any_expression() -> None:
    """find_dates' substring prefilter says exactly what the documented expression says."""
    from mapgen.dates import _ANY, _any_date_word

    samples = [
        "", "no date here", "on Tuesday", "in 2014", "٣ days", "YESTERDAY", "yEsterday", "Last week",
        "earlier this year", "Earlier This year", "the day before", "The previous day", "in Sept.", "sunDAY",
        "this month", "This Month", "lASt", "Mayor", "DEC",
    ]  # fmt: skip
    for text in samples:
        assert _any_date_word(text) == bool(_ANY.search(text)), text
