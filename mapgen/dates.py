# ruff: noqa: E501  (regular expressions and data tables read better unbroken)
"""Event dates in wire copy: "Thursday", "on Tuesday", "in July", "in early 2014", "since May", "last week".

Relative expressions are resolved against the report's publication date: a weekday is the most recent
such day on or before it (so "Thursday" in a report dated Thursday is that day), a month without a
year the most recent such month. Pure functions; no I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .model import DatePrecision
from .regexfirst import ODD_CASE, guarded

_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

# Month names are matched capitalised only, so "may" the verb and "march" the noun are not months.
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_PART = (
    r"(?:(?P<part>early|mid|late|the end of|the start of|the beginning of|the middle of|the spring of|"
    r"the summer of|the autumn of|the fall of|the winter of|spring|summer|autumn|winter)[ -])"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    guarded(r"\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b"),
    guarded(rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)? (?:of )?{_MONTH}(?:,? {_YEAR})?\b"),
    guarded(rf"\b{_MONTH} (?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,? {_YEAR})?\b(?! percent| per cent|%)"),
    guarded(
        rf"(?:\b(?:in|since|until|by|from|of|during|before|after|between|and) |\b){_PART}?{_MONTH},? {_YEAR}\b"
    ),
    guarded(
        rf"\b(?:in|since|until|by|from|of|during|before|after|between|and|over|through) "
        rf"{_PART}?{_YEAR}\b(?!-| percent| per cent|%| people| civilians| fighters| troops)"
    ),
    guarded(rf"\b{_PART}{_YEAR}\b"),
    guarded(
        rf"\b(?:in|since|until|by|from|during|before|after|early|late|mid-?|last|this|of|the end of) "
        rf"{_PART}?{_MONTH}(?! \d)\b"
    ),
    guarded(r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b"),
    guarded(
        r"\b(?P<rel>yesterday|last week|last month|last year|earlier this month|earlier this year|"
        r"this month|the previous day|the day before)\b",
        re.I,
    ),
]


# Every date expression contains one of these; most sentences contain none.
# Case-sensitive on purpose (month names are capitalised; the relative words are listed in both cases):
# a case-insensitive alternation is several times slower and this runs on every sentence.
_ANY = guarded(
    r"\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|DAY|[Yy]esterday|YESTERDAY|[Ll]ast|LAST|"
    r"[Tt]his month|[Ee]arlier this|[Tt]he day before|[Tt]he previous day"
)


# The same test as _ANY.search(text), by substring tests (the words inside "Yesterday", "YESTERDAY",
# "[Tt]he day before" and "[Tt]he previous day" all hold "day" or "DAY").
def _any_date_word(text: str) -> bool:
    # (one "in" test after another: a generator over _ANY_WORDS costs more than the tests)
    return (
        "day" in text or "DAY" in text or "Jan" in text or "Feb" in text or "Mar" in text or "Apr" in text
        or "May" in text or "Jun" in text or "Jul" in text or "Aug" in text or "Sep" in text or "Oct" in text
        or "Nov" in text or "Dec" in text or "Last" in text or "last" in text or "LAST" in text
        or "This month" in text or "this month" in text or "Earlier this" in text or "earlier this" in text
        or _DIGIT.search(text) is not None
    )


_DIGIT = re.compile(r"\d")
_MONTHISH = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")


# Every relative expression (the last, case-insensitive pattern) holds one of the words _maybe_relative
# tests once lower-cased, unless the text holds a character the engine equates with an ASCII letter and
# str.lower() does not.
def _maybe_relative(text: str) -> bool:
    if ODD_CASE.search(text) is not None:
        return True
    low = text.lower()
    return (
        "yesterday" in low or "last " in low or "this month" in low or "earlier this " in low
        or "the previous day" in low or "the day before" in low
    )


@dataclass(frozen=True)
class DateExpr:
    """A date expression found in a text, with offsets into that text."""

    start: int
    end: int
    text: str
    date: dt.date | None
    precision: DatePrecision


def find_dates(text: str, report_date: dt.date | None) -> list[DateExpr]:
    """Every date expression in ``text``, resolved against ``report_date``, in order, without overlaps.

    Examples
    --------
    >>> [(d.date.isoformat(), d.precision.value) for d in find_dates("seized it in early 2014", None)]
    [('2014-01-01', 'year')]
    >>> find_dates("On Tuesday", dt.date(2017, 9, 21))[0].date
    datetime.date(2017, 9, 19)
    """
    found: list[DateExpr] = []
    if not _any_date_word(text):
        return found
    taken: list[tuple[int, int]] = []
    digit = _DIGIT.search(text) is not None
    month = _MONTHISH.search(text) is not None
    needs = (digit, digit and month, digit and month, digit and month, digit, digit, month, "day" in text,
             _maybe_relative(text))
    for pattern, needed in zip(_PATTERNS, needs, strict=True):
        if not needed:  # each pattern needs a digit, a month name or "day": skip those that cannot match
            continue
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            resolved = _resolve(m, report_date)
            if resolved is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(_new_date(m.start(), m.end(), m.group(0), *resolved))
    if len(found) > 1:
        found.sort(key=lambda d: d.start)
    return found


def _new_date(start: int, end: int, text: str, date: dt.date | None, precision: DatePrecision) -> DateExpr:
    """``DateExpr(...)`` without the frozen dataclass's ``object.__setattr__`` calls: the same fields in the
    instance dictionary, so the same record (equality, hash, repr)."""
    expr = object.__new__(DateExpr)
    expr.__dict__.update(start=start, end=end, text=text, date=date, precision=precision)
    return expr


def _resolve(m: re.Match[str], today: dt.date | None) -> tuple[dt.date | None, DatePrecision] | None:
    g = m.groupdict()
    try:
        if g.get("iso"):
            return dt.date.fromisoformat(g["iso"]), DatePrecision.DAY
        year = int(g["year"]) if g.get("year") else None
        month = _MONTHS[g["month"].rstrip(".").lower()] if g.get("month") else None
        if g.get("weekday"):
            if today is None:
                return None, DatePrecision.DAY
            back = (today.weekday() - _WEEKDAYS[g["weekday"].lower()]) % 7
            return today - dt.timedelta(days=back), DatePrecision.DAY
        if g.get("rel"):
            return _relative(g["rel"].lower(), today)
        if month and g.get("day"):
            day = int(g["day"])
            if year is None:
                if today is None:
                    return None, DatePrecision.DAY
                year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
            return dt.date(year, month, day), DatePrecision.DAY
        if month:
            if year is None:
                if today is None:
                    return None, DatePrecision.MONTH
                year = today.year if month <= today.month else today.year - 1
            return dt.date(year, month, 1), DatePrecision.MONTH
        if year:
            part = (g.get("part") or "").lower()
            month = 1
            if part in ("mid", "the middle of", "summer", "the summer of"):
                month = 6
            elif part in ("late", "the end of", "autumn", "the autumn of", "the fall of"):
                month = 10
            elif part in ("spring", "the spring of"):
                month = 3
            return dt.date(year, month, 1), DatePrecision.YEAR
    except ValueError:  # 31 February and the like: not a date
        return None
    return None


def _relative(rel: str, today: dt.date | None) -> tuple[dt.date | None, DatePrecision] | None:
    if today is None:
        return None, DatePrecision.DAY
    if rel in ("yesterday", "the previous day", "the day before"):
        return today - dt.timedelta(days=1), DatePrecision.DAY
    if rel == "last week":
        return today - dt.timedelta(days=7), DatePrecision.DAY
    if rel == "last month":
        first = today.replace(day=1) - dt.timedelta(days=1)
        return first.replace(day=1), DatePrecision.MONTH
    if rel in ("earlier this month", "this month"):
        return today.replace(day=1), DatePrecision.MONTH
    if rel == "last year":
        return dt.date(today.year - 1, 1, 1), DatePrecision.YEAR
    if rel == "earlier this year":
        return dt.date(today.year, 1, 1), DatePrecision.YEAR
    return None
