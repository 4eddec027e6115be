"""When was the article written? The publication date, and where it came from.

In order of trust:

1. what the loader read: front matter, HTML meta tags, JSON-LD, ``<time>``;
2. near the top: a "Published:" / "Updated:" / "Posted on" line, a byline with a date ("By Jane Doe |
   May 3, 2025"), a dateline ("LONDON, 3 June 2024 -"), a line that is only a date (under the headline),
   a wire dateline without a year ("LONDON, May 3 (Reuters) -", the year from the article's text); at the
   end, a footer's "Last updated: June 10, 2005"; the year of a date the loader could not order
   (``date: 11-07-2021``);
3. a date in the article's own URL (``/2024/05/02/``);
4. the latest date of the works it cites, in their URLs or in its reference entries ("(2018, December 2)",
   "Retrieved March 3, 2019"): an article cannot cite a page from its future;
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
    re.compile(rf"(?<![\d.])(?P<day>\d\d)\.(?P<month>\d\d)\.{_YEAR}\b"),  # "19.01.2020": day first, as dotted dates are
]
_LABELLED = re.compile(
    r"(?:^|\n)[ \t]*(?:published|posted|updated|last updated|first published|date)"
    r"(?:\s+on)?\s*:?[ \t]*(?P<rest>[^\n]{6,60})",
    re.I,
)
_DATELINE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z.'-]+(?:[ \t][A-Z][A-Z.'-]+){0,3},?[ \t](?P<rest>[^\n]{6,60})")
"""A news dateline: "WASHINGTON, May 21, 2025 (Reuters) -", "LONDON - 3 June 2024 -"."""
_BYLINE = re.compile(
    r"(?:^|\n)[ \t]*(?:By|BY|[Ww]ritten by|[Pp]osted by|[Rr]eporting by|[Ss]tory by)[ \t]+[^\n|·•]{2,80}?"
    r"(?:[ \t]*[|·•,][ \t]*|[ \t]+[-–—][ \t]+)(?P<rest>[^\n]{6,60})"
)
"""A byline with the date: "By Jane Doe | May 3, 2025", "By Jane Doe and Sam Ortiz, 4 March 2024"."""
_PLAIN_DAY, _PLAIN_MONTH, _PLAIN_YEAR = (re.sub(r"\(\?P<\w+>", "(?:", p) for p in (_DAY, _MONTH, _YEAR))
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?),?[ \t]+"
_TIME = r"(?:[ \t]*(?:,|at|-|–|·|\|)?[ \t]*\d{1,2}[:.]\d\d[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]*[A-Z]{2,4})?)?"
_DATE_LINE = re.compile(
    rf"(?:^|\n)[ \t]*(?:{_WEEKDAY})?(?P<rest>(?:{_PLAIN_DAY}[ \t]+{_PLAIN_MONTH},?[ \t]+{_PLAIN_YEAR}"
    rf"|{_PLAIN_MONTH}[ \t]+{_PLAIN_DAY},?[ \t]+{_PLAIN_YEAR}|{_PLAIN_YEAR}-\d\d-\d\d)){_TIME}"
    r"\.?[ \t]*(?=\n|$)",
    re.I,
)
"""A line that is only a date (a weekday, a time): the date printed under a headline."""
_WIRE_DATELINE = re.compile(
    rf"(?:^|\n)[ \t]*[A-Z][A-Z.'-]+(?:[ \t][A-Z][A-Z.'-]+){{0,3}},[ \t]+{_MONTH}[ \t]+{_DAY}\b[^\n]{{0,30}}?[-–—]",
    re.I,
)
"""A wire dateline without a year: "LONDON, May 3 (Reuters) -"; the year comes from the rest of the article."""
_URL_DATE = re.compile(
    r"(?<![\d])(?P<year>(?:19|20)\d\d)[/-](?P<month>0?[1-9]|1[0-2]|[a-z]{3})"
    r"(?:[/-](?P<day>0?[1-9]|[12]\d|3[01]))?(?![\d])",
    re.I,
)
_TEXT_YEAR = re.compile(r"(?<![\d$£€.,])(?:19[5-9]\d|20\d\d)(?![\d%]|s\b)")
HEAD = 1500
"""Labelled dates and datelines are looked for in this many characters at the top of the article."""
TAIL = 1500
"""A footer's "Last updated:" line is looked for in this many characters at the end of the article."""
_LAST_CHANGED = re.compile(
    r"\blast[ \t]+(?:updated|modified|revised|reviewed|edited)(?:[ \t]+on)?[ \t]*:?[ \t]*(?P<rest>[^\n]{6,60})", re.I
)
"""When the page was last changed, as its footer says: "Last updated: June 10, 2005", "This page was last modified
on 3 March 2021."."""


@dataclass(frozen=True, slots=True)
class Dating:
    """The article's date: a day when one is known, else perhaps only a year, and where it came from."""

    day: datetime.date | None
    year: int | None
    source: str | None

    @property
    def exact(self) -> datetime.date | None:
        """The article's own day; None when the day is the latest date of the works it cites: the best estimate of
        its date, good for who held an office, but no anchor for its "on Monday" or its weekdays (it may have been
        written days or years later)."""
        return None if self.source == BOUND_SOURCE else self.day


BOUND_SOURCE = "citation-urls"
"""The source of a day read from the works the article cites (their addresses, their dates in a reference list)."""


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


_DATELINE_DAY = (
    rf"(?i:{_PLAIN_MONTH}[ \t]+{_PLAIN_DAY}(?:,?[ \t]+{_PLAIN_YEAR})?"
    rf"|{_PLAIN_DAY}[ \t]+{_PLAIN_MONTH}(?:[ \t]+{_PLAIN_YEAR})?)"
)
_DATELINE_SOURCE = r"(?:\([^()\n]{2,40}\))?[ \t]*"
_DATELINE_PREFIX = re.compile(
    r"[A-Z][A-Z.'-]+(?:[ \t][A-Z][A-Z.'-]+){0,3}(?:,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)?"
    # "LONDON, May 3 (Reuters) - ", "LONDON, 3 June 2024—": a date anchors the line, the dash may touch the text
    rf"(?:,?[ \t]+{_DATELINE_DAY}[ \t]*{_DATELINE_SOURCE}[-–—]+[ \t]*"
    # "CUPERTINO, California—April 27, 2015—", "SEATTLE, Wash. — March 4, 2024 — ": the date between two dashes
    rf"|,?[ \t]*[-–—]+[ \t]*{_DATELINE_DAY}[ \t]*{_DATELINE_SOURCE}[-–—]+[ \t]*"
    # "WASHINGTON (AP) — ": no date, so the dash stands apart as a dateline's does
    rf"|,?[ \t]+{_DATELINE_SOURCE}[-–—]+[ \t]+)"
    r"(?=[A-Z\"“])"
)
"""A news dateline that opens a story: the place in capitals (and its state or country), the date if any, the agency
in parentheses if any, and the dash that ends it, spaced or not."""


_WORK_DATE = re.compile(
    rf"\(\s*{_YEAR},\s*{_MONTH}(?:\s+{_DAY})?\s*\)"
    rf"|\b(?:retrieved|accessed|last accessed|viewed)(?:\s+(?:on|from))?\s*:?\s*(?P<rest>[^\n]{{6,30}})",
    re.I,
)
"""A cited work's date in a reference entry: an author-date "(2018, December 2)" or "(2018, December)", or the
day it was read ("Retrieved March 3, 2019", "Accessed on 3 March 2019")."""


def cited_work_dates(text: str) -> list[datetime.date]:
    """The dates the article gives for the works it cites (it was written on or after each of them)."""
    found = []
    for m in _WORK_DATE.finditer(text):
        if m["rest"] is not None:
            found += [d for at, d in written_dates(m["rest"]) if at == 0]
        elif day := _date(m["year"], m["month"], m["day"]):
            found.append(day)
    return found


def dateline_end(text: str, start: int = 0) -> int:
    """Where the news dateline opening ``text`` at ``start`` ends ("LONDON, May 3 (Reuters) - "): the claim
    starts after it. ``start`` when there is none."""
    m = _DATELINE_PREFIX.match(text, start)
    return m.end() if m else start


def infer_date(doc: Document, cited_urls: Iterable[str], today: datetime.date | None = None) -> Dating:
    """The best publication date the document offers (never one after ``today``)."""
    today = today or datetime.date.today()
    if doc.published:
        try:
            return Dating(datetime.date.fromisoformat(doc.published), None, doc.published_from)
        except ValueError:
            pass
    if doc.title and (titled := _title_date(doc.title)) and titled <= today:
        return Dating(titled, None, "text:title")
    head = doc.text[:HEAD]
    lines = ((_LABELLED, "text:published-line"), (_BYLINE, "text:byline"), (_DATELINE, "text:dateline"))
    for pattern, source in lines:
        for m in pattern.finditer(head):
            found = [d for at, d in written_dates(m["rest"]) if d <= today and at < 25]
            if found:
                return Dating(found[0], None, source)
    alone = _DATE_LINE.search(head)
    if alone and (found := [d for _, d in written_dates(alone["rest"]) if d <= today]):
        return Dating(found[0], None, "text:date-line")
    if wire := _WIRE_DATELINE.search(head):
        years = [int(y) for y in _TEXT_YEAR.findall(doc.text)]
        for year in sorted(set(years), reverse=True):
            day = _date(str(year), wire["month"], wire["day"])
            if day and day <= today:
                return Dating(day, None, "text:dateline")
    tail = doc.text[-TAIL:]
    for m in _LAST_CHANGED.finditer(tail):
        found = [d for at, d in written_dates(m["rest"]) if d <= today and at < 25]
        if found:
            return Dating(found[0], None, "text:last-updated")
    if doc.published_year and doc.published_year <= today.year:
        return Dating(None, doc.published_year, doc.published_from)  # "date: 11-07-2021": the year is certain
    if doc.source and (dated := url_date(doc.source)) and dated[1] and dated[0] <= today:
        return Dating(dated[0], None, "url")
    cited = [d for url in cited_urls if (dated := url_date(url)) and (d := dated[0]) <= today]
    cited += [d for d in cited_work_dates(doc.text) if d <= today]
    if cited:
        return Dating(max(cited), None, BOUND_SOURCE)
    years = [int(y) for y in _TEXT_YEAR.findall(doc.text) if int(y) <= today.year]
    if years:
        return Dating(None, max(years), "text:years")
    return Dating(None, None, None)


_TITLE_END = re.compile(r"[|·•–—-][ \t]*(?P<rest>[^|·•–—]{6,40})$")
"""The last part of a page title after a separator: "Berlin renames streets | Example News | 19.01.2020"."""


def _title_date(title: str) -> datetime.date | None:
    """The date a page title ends with, when its last part is only a date."""
    m = _TITLE_END.search(title.strip())
    if m is None:
        return None
    rest = m["rest"].strip().rstrip(".")
    found = list(written_dates(rest))
    return found[0][1] if len(found) == 1 and found[0][0] == 0 and len(rest) <= 20 else None


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
