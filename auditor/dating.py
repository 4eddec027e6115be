"""When was the article written? The publication date, and where it came from.

In order of trust:

1. what the loader read: front matter, HTML meta tags, JSON-LD, ``<time>``;
2. a "Published:" / "Updated:" / "Posted on" line, or a dateline ("LONDON, 3 June 2024 -"), near the top;
3. a date in the article's own URL (``/2024/05/02/``);
4. the latest date in the URLs it cites (an article cannot cite a page from its future);
5. the latest year its text uses, which gives a year but no day.

Only a full date becomes ``document.published``; a year alone still scopes the
dated checks (see :mod:`auditor.checks.timeline`).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass

from auditor.model import Document
from auditor.text import MONTHS

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WRITTEN_DATES = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_YEAR}-(?P<month>\d\d)-(?P<day>\d\d)\b"),
]
_LABELLED = re.compile(
    r"(?:^|\n)[ \t]*(?:published|posted|updated|last updated|first published|date)"
    r"(?:\s+on)?\s*:?[ \t]*(?P<rest>[^\n]{6,60})",
    re.I,
)
_DATELINE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z.'-]+(?:[ \t][A-Z][A-Z.'-]+){0,3},?[ \t](?P<rest>[^\n]{6,60})")
"""A news dateline: "WASHINGTON, May 21, 2025 (Reuters) -", "LONDON - 3 June 2024 -"."""
_URL_DATE = re.compile(
    r"(?<![\d])(?P<year>(?:19|20)\d\d)[/-](?P<month>0?[1-9]|1[0-2]|[a-z]{3})"
    r"(?:[/-](?P<day>0?[1-9]|[12]\d|3[01]))?(?![\d])",
    re.I,
)
_TEXT_YEAR = re.compile(r"(?<![\d$£€.,])(?:19[5-9]\d|20\d\d)(?![\d%]|s\b)")
HEAD = 1500
"""Labelled dates and datelines are looked for in this many characters at the top of the article."""


@dataclass(frozen=True, slots=True)
class Dating:
    """The article's date: a day when one is known, else perhaps only a year, and where it came from."""

    day: datetime.date | None
    year: int | None
    source: str | None


def _date(year: str, month: str, day: str | None) -> datetime.date | None:
    try:
        m = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
        return datetime.date(int(year), m, int(day) if day else 1)
    except (KeyError, ValueError):
        return None


def written_dates(text: str) -> Iterable[tuple[int, datetime.date]]:
    """(offset, date) of every full date written out in ``text`` ("May 21, 2025", "21 May 2025", "2025-05-21")."""
    for pattern in _WRITTEN_DATES:
        for m in pattern.finditer(text):
            day = _date(m["year"], m["month"], m["day"])
            if day:
                yield m.start(), day


def url_date(url: str) -> tuple[datetime.date, bool] | None:
    """The date in a URL's path, and whether it names the day (``/2024/05/02/``, ``/2019/nov/18/``) or
    only the month."""
    for m in _URL_DATE.finditer(url.split("?", 1)[0].split("//", 1)[-1]):
        day = _date(m["year"], m["month"], m["day"])
        if day:
            return day, m["day"] is not None
    return None


def infer_date(doc: Document, cited_urls: Iterable[str], today: datetime.date | None = None) -> Dating:
    """The best publication date the document offers (never one after ``today``)."""
    today = today or datetime.date.today()
    if doc.published:
        try:
            return Dating(datetime.date.fromisoformat(doc.published), None, doc.published_from)
        except ValueError:
            pass
    head = doc.text[:HEAD]
    for pattern, source in ((_LABELLED, "text:published-line"), (_DATELINE, "text:dateline")):
        for m in pattern.finditer(head):
            found = [d for at, d in written_dates(m["rest"]) if d <= today and at < 25]
            if found:
                return Dating(found[0], None, source)
    if doc.source and (dated := url_date(doc.source)) and dated[1] and dated[0] <= today:
        return Dating(dated[0], None, "url")
    cited = [d for url in cited_urls if (dated := url_date(url)) and (d := dated[0]) <= today]
    if cited:
        return Dating(max(cited), None, "citation-urls")
    years = [int(y) for y in _TEXT_YEAR.findall(doc.text) if int(y) <= today.year]
    if years:
        return Dating(None, max(years), "text:years")
    return Dating(None, None, None)


Period = tuple[datetime.date, datetime.date]
"""A closed range of days."""

_SINCE = re.compile(r"\b(?:since|from|as of|starting)\s+(?:early |late |mid-?)?$", re.I)
_DECADE = re.compile(r"(?<![\d$£€.,/-])(?P<decade>(?:18|19|20)\d0)['’]?s\b")
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b", re.I)
_BARE_YEAR = re.compile(
    r"(?<![\d$£€.,/-])(?P<year>(?:18|19|20)\d\d)(?![\d%/-]|s\b|['’]s\b)(?!\s*(?:people|jobs|employees|workers|units))"
)


def _month_end(day: datetime.date) -> datetime.date:
    following = day.replace(day=28) + datetime.timedelta(days=4)
    return following - datetime.timedelta(days=following.day)


def periods_in(text: str, present: datetime.date | None) -> list[tuple[int, Period]]:
    """(offset, period) of every date a sentence names: full dates, months, years, decades.

    "since X" runs from X to ``present``.
    """
    found: list[tuple[int, Period]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, first: datetime.date, last: datetime.date) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        if present and _SINCE.search(text[max(0, start - 20) : start]):
            last = max(last, present)
        found.append((start, (first, last)))

    for pattern in _WRITTEN_DATES:
        for m in pattern.finditer(text):
            if day := _date(m["year"], m["month"], m["day"]):
                add(m.start(), m.end(), day, day)
    for m in _MONTH_YEAR.finditer(text):
        if day := _date(m["year"], m["month"], None):
            add(m.start(), m.end(), day, _month_end(day))
    for m in _BARE_YEAR.finditer(text):
        year = int(m["year"])
        add(m.start(), m.end(), datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    for m in _DECADE.finditer(text):
        decade = int(m["decade"])
        add(m.start(), m.end(), datetime.date(decade, 1, 1), datetime.date(decade + 9, 12, 31))
    return found
