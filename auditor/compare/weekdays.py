"""Weekdays: a day of the week written with a date that falls on another day (calendar facts).

"The council voted on Tuesday, March 6, 2024" names two days when 6 March 2024 was a Wednesday: the weekday
and the date give one day two ways, and one of them is wrong (CON004). The calendar is arithmetic, not
knowledge that goes stale, so the check is exact wherever the date is whole. Read here: a weekday right before
a date ("Tuesday, March 6, 2024", "Tue 6 Mar", "Friday (12 July)", "Thursday 2nd May", "Monday, the 3rd",
"Saturday, 2025-06-14") or right after one ("17 September 2024, a Tuesday", "March 6 (a Tuesday)").

Where the text gives no year (or no month), the article's date gives it, only where that is safe: the article
has a day, the date lies within :data:`YEAR_WINDOW` (or :data:`MONTH_WINDOW`) days of it, the claim and the
text just before it name no other year, and no date the window allows falls on the weekday written. Left
unread, since the weekday may be meant of another day than the date: a weekday joined to another one ("Monday
to Friday, March 4 to 8"), a date that opens a range ("March 4-8"), a possessive ("Tuesday's vote on March 6"),
a claim that names a time zone ("late Monday ET (early Tuesday, March 5 in Tokyo)"), an ordinal that counts
something ("on Friday, the 13th anniversary"), and years before :data:`FIRST_YEAR` (the Julian calendar was
still in use in places). Each claim is read once, on its own; a claim written in capitals ("MEETING HELD ON MONDAY
13th MAY 2015", as notices and minutes head themselves) is read as if its words were capitalised.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from auditor.relative_dates import WEEKDAYS
from auditor.text import MONTHS

FIRST_YEAR = 1924
"""The first year read: by then every country that dated by the Julian calendar had left it."""
LAST_YEAR = 2199
YEAR_WINDOW = 92
"""A date without a year is read in the year that puts it within this many days of the article's date."""
MONTH_WINDOW = 31
"""A day of the month without a month ("Monday, the 3rd") is read within this many days of the article's date."""
CONTEXT = 400
"""Characters of the article before a claim that must name no other year when a year is inferred."""

DAY_NAMES = tuple(day.capitalize() for day in WEEKDAYS)
_SHORT = {day[:3]: number for number, day in enumerate(WEEKDAYS)}
"""A weekday's number by its first three letters."""
_WEEKDAY = (
    r"(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)\.?(?=[\s,(]))"
)
"""A weekday, capitalised (a lower-case "sat" or "wed" is a verb), in full or shortened."""
_MONTH = r"(?P<month>" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\b\.?"
"""A month, capitalised (a lower-case "may" is a verb), in full or shortened ("Mar.", "Sept")."""
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|[:.,]\d)"
_YEAR = r"(?:,?\s+(?P<year>1\d{3}|2[01]\d\d)(?![\d-]))?"
_SEP = r"(?:,\s*|\s+|\s*\(\s*)"
_BEFORE = (
    re.compile(rf"\b{_WEEKDAY}{_SEP}{_MONTH}\s+{_DAY}{_YEAR}"),
    re.compile(rf"\b{_WEEKDAY}{_SEP}(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}{_YEAR}"),
    re.compile(rf"\b{_WEEKDAY}{_SEP}(?P<year>(?:19|20|21)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_WEEKDAY}{_SEP}(?:the\s+)?(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?=\s*(?:[,.;:)]|\s[-–—]\s|$))"),
)
"""A weekday, then a date: "Tuesday, March 6, 2024", "Tue 6 Mar", "Thursday 2nd May", "Saturday, 2025-06-14",
"Monday, the 3rd" (a day alone, then a pause: not "Friday, the 13th anniversary")."""
_AFTER = re.compile(
    rf"(?:\b{_MONTH}\s+{_DAY}{_YEAR}|\b{_DAY.replace('day>', 'day2>')}\s+{_MONTH.replace('month>', 'month2>')}"
    rf"{_YEAR.replace('year>', 'year2>')})"
    rf"(?:,\s+a\s+|\s*\(\s*(?:a\s+)?)(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
)
"""A date, then its weekday: "17 September 2024, a Tuesday", "March 6 (a Tuesday)"."""
_JOINED = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|weekdays?|weekends?)\s*(?:to|through|thru|until|till|and|or|&|-|–|—|/)\s*(?:(?:this|next|last|the)\s+)?$",
    re.IGNORECASE,
)
"""A weekday joined to another one before it ("Monday to Friday, March 4 to 8", "from last Friday to this
Thursday, June 1st through June 7th"): a span of days."""
_MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS)
_RANGE = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and|&|or)\s*(?:(?:" + _MONTH_NAMES + r")\b\.?\s*)?\d")
"""A date that opens a range or a list of days ("March 4-8", "6 and 7 March", "June 1st through June 7th")."""
_ZONE = re.compile(
    r"\b(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|IST|JST|KST|AE[SD]T|HKT|SGT|local\s+time|time\s+zone)\b"
)
_MONTH_WORD = re.compile(r"\b(?:" + "|".join(m.capitalize() for m in MONTHS if len(m) > 3 or m == "may") + r")\b")
_YEAR_WORD = re.compile(r"(?<![\d$£€.,/-])(?:1\d|20|21)\d\d(?![\d%])")


@dataclass(frozen=True, slots=True)
class Weekday:
    """A weekday written with a date that falls on another day."""

    claim: int
    text: str
    """The weekday and date as written ("Tuesday, March 6, 2024")."""
    written: str
    """The weekday written, in full ("Tuesday")."""
    date: datetime.date
    """The date read (its year or month from the article's date when ``inferred``)."""
    inferred: str
    """What the article's date gave: "", "year" or "month and year"."""

    @property
    def actual(self) -> str:
        """The weekday the date falls on."""
        return DAY_NAMES[self.date.weekday()]

    @property
    def finding(self) -> str:
        """What is wrong, as the message says it."""
        day = f"{self.date.day} {self.date.strftime('%B')} {self.date.year}"
        given = f" (the {self.inferred} from the article's date)" if self.inferred else ""
        return (f"gives a weekday and a date that do not agree: {day}{given} is a {self.actual},"
                f" not a {self.written}. Check the date and correct the weekday or the day.")


def weekday_conflicts(texts: Sequence[str], body: str, starts: Sequence[int], today: datetime.date | None,
                      skip: frozenset[int] = frozenset()) -> Iterator[Weekday]:
    """The weekdays of the claims ``texts`` (at ``starts`` in ``body``) that their dates do not fall on.

    ``today`` is the article's date (None: no year or month is inferred); claims in ``skip`` are not read.
    """
    for index, text in enumerate(texts):
        if index in skip:
            continue
        if _SHOUTED_DAY.search(text) and len(_SHOUTED_WORD.findall(text)) >= SHOUTED_WORDS:
            text = _SHOUTED_WORD.sub(lambda w: w[0].capitalize(), text)
        if _WEEKDAY_WORD.search(text) is None or _ZONE.search(text):
            continue
        before = body[max(0, starts[index] - CONTEXT) : starts[index]]
        for pattern in _BEFORE:
            for m in pattern.finditer(text):
                if _JOINED.search(text, 0, m.start()) or _RANGE.match(text, m.end()):
                    continue
                if (found := _check(index, text, m, before, today)) is not None:
                    yield found
        for m in _AFTER.finditer(text):
            if (found := _check(index, text, m, before, today)) is not None:
                yield found


_WEEKDAY_WORD = re.compile(r"(?:M(?<!\wM)on|T(?<!\wT)(?:ue|hu)|W(?<!\wW)ed|F(?<!\wF)ri|S(?<!\wS)(?:at|un))")
"""A word that opens with a weekday's first three letters ("Mon", "Tue" ...), each branch opening with its capital
and the word boundary before it read after that: the regex engine skips to those capitals instead of trying the
boundary at every position (a third of the time, asked of every claim)."""
_SHOUTED_DAY = re.compile(r"(?:M(?<!\wM)ON|T(?<!\wT)(?:UE|HU)|W(?<!\wW)ED|F(?<!\wF)RI|S(?<!\wS)(?:AT|UN))[A-Z]*\b")
"""A weekday in capitals ("MONDAY"), written as :data:`_WEEKDAY_WORD` is."""
_SHOUTED_WORD = re.compile(r"\b[A-Z]{2,}\b")
SHOUTED_WORDS = 4
"""Words in capitals that, with a weekday in capitals, make a claim written in capitals."""


def _weekday_index(word: str) -> int:
    return _SHORT[word.rstrip(".").lower()[:3]]


def _check(index: int, text: str, m: re.Match[str], before: str, today: datetime.date | None) -> Weekday | None:
    """The conflict the weekday and date of ``m`` make, when every reading of the date misses the weekday."""
    weekday = _weekday_index(m["wd"])
    groups = {k.rstrip("2"): v for k, v in m.groupdict().items() if v is not None}
    day, month_word, year = int(groups["day"]), groups.get("month"), groups.get("year")
    if month_word is None:
        dates, inferred = _months_around(day, text, before, today), "month and year"
    else:
        month = int(month_word) if month_word.isdigit() else MONTHS.get(month_word.lower().rstrip("."))
        if month is None:
            return None
        if year:
            dates, inferred = _dates(int(year), month, day), ""
        else:
            dates, inferred = _years_around(month, day, text, before, today), "year"
    if not dates or any(d.weekday() == weekday for d in dates):
        return None  # no date to read, or a reading the weekday fits: the tool cannot tell
    date = min(dates, key=lambda d: abs((d - today).days)) if today else dates[0]
    if not FIRST_YEAR <= date.year <= LAST_YEAR:
        return None
    return Weekday(index, m[0].rstrip(" ,(").strip(), DAY_NAMES[weekday], date, inferred)


def _dates(year: int, month: int, day: int) -> list[datetime.date]:
    try:
        return [datetime.date(year, month, day)]
    except ValueError:
        return []


def _other_year(text: str, before: str, year: int) -> bool:
    """Whether the claim, or the text just before it, names a year other than ``year``."""
    return any(int(y) != year for y in _YEAR_WORD.findall(before + " " + text))


def _years_around(month: int, day: int, text: str, before: str, today: datetime.date | None) -> list[datetime.date]:
    """The one reading of a day and month within :data:`YEAR_WINDOW` days of the article's date, when the text
    names no other year."""
    if today is None:
        return []
    found = [d for year in (today.year - 1, today.year, today.year + 1) for d in _dates(year, month, day)
             if abs((d - today).days) <= YEAR_WINDOW]
    if len(found) != 1 or _other_year(text, before, found[0].year):
        return []
    return found


def _months_around(day: int, text: str, before: str, today: datetime.date | None) -> list[datetime.date]:
    """Every reading of a day of the month within :data:`MONTH_WINDOW` days of the article's date (each must
    miss the weekday for a finding), when the claim names no month and the text no other year."""
    if today is None or _MONTH_WORD.search(text):
        return []
    found = []
    for shift in (-1, 0, 1):
        month, year = today.month + shift, today.year
        if month < 1:
            month, year = 12, year - 1
        elif month > 12:
            month, year = 1, year + 1
        found += [d for d in _dates(year, month, day) if abs((d - today).days) <= MONTH_WINDOW]
    allowed = {today.year} | {d.year for d in found}
    if any(int(y) not in allowed for y in _YEAR_WORD.findall(before + " " + text)):
        return []
    return found
