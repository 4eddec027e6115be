"""Dates as pages and front matter write them: ``2019-11-18T09:30Z``, ``2019/11/18``, ``Nov 18, 2019``,
``18 November 2019``, ``January 01 2020``, each read as ``YYYY-MM-DD``."""

from __future__ import annotations

import re
from datetime import date

from auditor.text import MONTHS

_NUMERIC_DATE = re.compile(r"((?:19|20)\d\d)[-/.]?(\d\d?)[-/.]?(\d\d?)(?!\d)")
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
