"""Dates as pages and front matter write them: ``2019-11-18T09:30Z``, ``2019/11/18``, ``Nov 18, 2019``,
``18 November 2019``, ``January 01 2020``, each read as ``YYYY-MM-DD``; and with the year last (``11-07-2021``,
``25/12/2020``), read when only one order of day and month makes a date (see :func:`day_first_year`)."""

from __future__ import annotations

import re
from datetime import date

from auditor.text import MONTHS

_NUMERIC_DATE = re.compile(r"((?:19|20)\d\d)[-/.]?(\d\d?)[-/.]?(\d\d?)(?!\d)")
_YEAR_LAST = re.compile(r"(\d\d?)([-/.])(\d\d?)\2((?:19|20)\d\d)(?![\d/.-])")
"""A date with its year last: ``11-07-2021``, ``25/12/2020``, ``19.01.2020``."""
_NAMED_DATE = re.compile(  # "18 November 2019" or "Nov. 18th, 2019"
    r"(?:(\d\d?)\s+([a-z]{3})[a-z]*\.?,?\s+((?:19|20)\d\d))"
    r"|(?:([a-z]{3})[a-z]*\.?\s+(\d\d?)(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d))",
    re.I,
)


def _iso(year: str, month: str, day: str) -> str | None:
    """YYYY-MM-DD, or None when the parts are not a real date."""
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def parse_date(value: str) -> str | None:
    """The date at the start of a timestamp ('2019-11-18T09:30Z', '2019/11/18', 'Nov 18, 2019')."""
    value = value.strip()[:64]
    match = _NUMERIC_DATE.match(value)
    if match:
        return _iso(*match.groups())
    if (last := _YEAR_LAST.match(value)) and (day := year_last_date(last)[0]):
        return day
    for match in _NAMED_DATE.finditer(value):
        day, month, year = (
            (match.group(1), match.group(2), match.group(3))
            if match.group(1)
            else (match.group(5), match.group(4), match.group(6))
        )
        number = MONTHS.get(month.lower())
        found = _iso(year, str(number), day) if number else None
        if found:
            return found
    return None


def year_last_date(match: re.Match[str]) -> tuple[str | None, int]:
    """The day a :data:`_YEAR_LAST` match names, and its year. The day is None when both orders make a date and
    they differ (``11-07-2021``: 11 July or 7 November); a part over 12 is the day (``25-12-2020``), equal parts
    are one day (``05-05-2021``), and a dotted date is day first (``19.01.2020``), as dotted dates are written."""
    first, sep, second, year = match.groups()
    a, b = int(first), int(second)
    if a > 12 or a == b or sep == ".":
        return _iso(year, second, first), int(year)
    if b > 12:
        return _iso(year, first, second), int(year)
    return None, int(year)


def year_of_ambiguous_date(value: str) -> int | None:
    """The year of a date written with its year last whose day and month cannot be told apart (``11-07-2021``),
    else None."""
    match = _YEAR_LAST.match(value.strip()[:64])
    if not match:
        return None
    day, year = year_last_date(match)
    return year if day is None else None
