"""Relative dates: "on Monday", "yesterday", "last week", "this month", read against the article's date.

News speaks of its own days without naming them: "Prime Minister X said on Monday", "the administration
said Tuesday it would review ...", "earlier this month". Anchored to the article's date, each becomes a
period of days. A weekday is taken within a week either side of the date (an article may be dated the
day after it was written, and "on Monday" may be the coming one), so a check that needs the exact day
errs towards saying nothing.
"""

from __future__ import annotations

import datetime
import re

from auditor.dating import Period

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEK_WINDOW = 7
"""A weekday names a day within this many days of the article's date."""

_DAY = datetime.timedelta(days=1)
_RELATIVE = re.compile(
    r"\b(?:(?P<weekday>" + "|".join(WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?P<word>yesterday|today|tonight|tomorrow)"
    r"|(?P<which>this|last|past|next|earlier\s+this|later\s+this)\s+(?P<unit>week|weekend|month|year)"
    r"|(?P<ago>(?:a|one|two|three|four|five|six|\d)\s+(?:day|days|week|weeks)\s+ago))\b",
    re.IGNORECASE,
)
"""A weekday, yesterday / today / tomorrow, this or last week / month / year, "two days ago"."""
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _month_end(day: datetime.date) -> datetime.date:
    following = day.replace(day=28) + datetime.timedelta(days=4)
    return following - datetime.timedelta(days=following.day)


def _anchored(m: re.Match[str], today: datetime.date) -> Period | None:
    if m.group("weekday"):
        window = datetime.timedelta(days=WEEK_WINDOW)
        return today - window, today + window
    word = (m.group("word") or "").lower()
    if word == "yesterday":
        return today - _DAY, today - _DAY
    if word in ("today", "tonight"):
        return today, today
    if word == "tomorrow":
        return today + _DAY, today + _DAY
    if m.group("ago"):
        count_text, unit = m.group("ago").lower().split()[:2]
        count = int(count_text) if count_text.isdigit() else _COUNTS[count_text]
        days = count * (7 if unit.startswith("week") else 1)
        return today - datetime.timedelta(days=days + 1), today - datetime.timedelta(days=max(0, days - 1))
    which = " ".join(m.group("which").lower().split())
    unit = m.group("unit").lower()
    if unit in ("week", "weekend"):
        if which in ("last", "past"):
            return today - datetime.timedelta(days=13), today
        if which == "next":
            return today, today + datetime.timedelta(days=13)
        return today - datetime.timedelta(days=6), today + datetime.timedelta(days=6)
    if unit == "month":
        first = today.replace(day=1)
        if which in ("last", "past"):
            previous = first - _DAY
            return previous.replace(day=1), previous
        if which == "next":
            following = _month_end(today) + _DAY
            return following, _month_end(following)
        if which == "earlier this":
            return first, today
        return first, _month_end(today)
    if which in ("last", "past"):
        return datetime.date(today.year - 1, 1, 1), datetime.date(today.year - 1, 12, 31)
    if which == "next":
        return datetime.date(today.year + 1, 1, 1), datetime.date(today.year + 1, 12, 31)
    if which == "earlier this":
        return datetime.date(today.year, 1, 1), today
    return datetime.date(today.year, 1, 1), datetime.date(today.year, 12, 31)


def relative_periods(text: str, today: datetime.date) -> list[tuple[int, Period]]:
    """(offset, period) of every relative date in ``text``, anchored to ``today`` (the article's date)."""
    found = []
    for m in _RELATIVE.finditer(text):
        period = _anchored(m, today)
        if period is not None:
            found.append((m.start(), period))
    return found
