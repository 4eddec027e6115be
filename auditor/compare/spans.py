"""Spans: a stated duration against the span of dates it is told with (calendar arithmetic, exact only).

"The festival runs for four weeks, from 1 March to 12 April" gives one length two ways: 1 March to 12 April is six
weeks. So do "closed for three days, Monday to Friday" (five days), "the three-month trial, from January to June"
(six months) and "head of the school for 12 years, from 2001 to 2009" (eight years). The calendar is arithmetic,
so the check needs no knowledge: a span of days is counted with and without its last day ("ten days, from 3 to 12
June"), weeks are allowed three days either way, months one (a month named at either end may be whole or not),
years one (a year at either end may be whole or not), and a February without a year may have 29 days (CON003).

Read here: a duration ("for four weeks", "a five-day festival", "the three-month trial") with its span right after
it in the same clause ("from 1 March to 12 April", "(2015–2019)", "Monday to Friday", "between 3 and 12 June"),
or in the next claim of the paragraph when that claim opens with a pronoun or takes up a word of the first and has
no duration of its own ("The bridge will be closed for two weeks. The closure runs from 3 June to 30 June.").
Left unread, since the two may not measure one stretch of time (``knowledge/spans.json``): a rate ("five days a
week"), some kinds of days ("ten working days"), a claim that takes days out of the span or adds others
("except Wednesday", "and from ..."), words between the two that tell another moment or plan ("first planned to
run for three weeks, will now run from ..."), a figure between them, a span whose end comes before its start, and a
span of one kind against a duration it cannot measure (days against a span of months or years).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from auditor.compare.quantities import spelled_numbers
from auditor.knowledge import load
from auditor.relative_dates import WEEKDAYS
from auditor.text import MONTHS, lowered_plainly, lowered_twin

MAX_GAP_WORDS = 5
"""Words a duration written before its noun ("the three-month trial of late-night buses, ...") may have before its
span."""
WEEK_SLACK = 3
"""Days either way a span may differ from a number of weeks."""

_NUMBER = r"(?P<n>\d{1,3}|[a-z]+)"
_UNIT = r"(?P<unit>day|week|month|year)"
_DURATION = re.compile(
    rf"\bfor\s+{_NUMBER}\s+(?:(?P<kind>[a-z-]+)\s+)?{_UNIT}s\b"
    rf"|\b{_NUMBER.replace('n>', 'an>')}-{_UNIT.replace('unit>', 'aunit>')}(?:-long)?\s+(?P<noun>[a-z][a-z-]*)\b"
    rf"|\b{_NUMBER.replace('n>', 'bn>')}\s+{_UNIT.replace('unit>', 'bunit>')}s\b",
    re.IGNORECASE,
)
"""A duration: "for four weeks", "for ten working days", "a five-day festival", "12 years"."""
def _has_duration(text: str) -> bool:
    """Whether :data:`_DURATION` is in ``text``, asked only when the lower case holds one of its units (every match
    holds one)."""
    lowered = lowered_plainly(text)
    if lowered is None:
        return _DURATION.search(text) is not None
    if not ("day" in lowered or "week" in lowered or "month" in lowered or "year" in lowered):
        return False
    return _lowered_duration().search(lowered) is not None


@cache
def _lowered_duration() -> re.Pattern[str]:
    return lowered_twin(_DURATION)
_MONTH = r"(?:" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\b\.?"
_DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d|21\d\d)"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_TO = r"\s*(?:to|until|till|through|thru|-|–|—)\s*"
_DATE = (
    rf"(?:(?P<{{p}}d>{_DAYNUM})\s+(?:of\s+)?(?P<{{p}}m>{_MONTH})|(?P<{{p}}m2>{_MONTH})\s+(?P<{{p}}d2>{_DAYNUM})(?![\d:]))"
    rf"(?:,?\s+(?P<{{p}}y>{_YEAR}))?"
)
_BODIES = (
    # 1 March to 12 April (2025); 1 March - 12 April; 1 March and 12 April (after "between")
    ("date", _DATE.format(p="a") + rf"(?:{_TO}|\s+and\s+)" + _DATE.format(p="b") + r"(?!\d)"),
    # 3 to 12 June; 3-12 June; June 3-12
    ("days", rf"(?:(?P<ad>{_DAYNUM})(?:{_TO}|\s+and\s+)(?P<bd>{_DAYNUM})\s+(?:of\s+)?(?P<m>{_MONTH})"
             rf"|(?P<m2>{_MONTH})\s+(?P<ad2>{_DAYNUM})(?:{_TO}|\s+and\s+)(?P<bd2>{_DAYNUM})(?![\d:]))"
             rf"(?:,?\s+(?P<y>{_YEAR}))?(?!\d)"),
    # Monday to Friday
    ("weekdays", rf"(?P<a>{_WEEKDAY})(?:{_TO}|\s+and\s+)(?P<b>{_WEEKDAY})\b(?!\s*,?\s*\d)"),
    # January to June (2024)
    ("months", rf"(?P<a>{_MONTH})(?:\s+(?P<ay>{_YEAR}))?(?:{_TO}|\s+and\s+)(?P<b>{_MONTH})"
               rf"(?:\s+(?P<by>{_YEAR}))?(?!\s*\d)"),
    # 2001 to 2009; 2015–2019
    ("years", rf"(?P<a>{_YEAR})(?:{_TO}|\s+and\s+)(?P<b>{_YEAR})(?![\d/-])"),
)
_OPENER = r"(?:from\s+|between\s+|running\s+from\s+|lasting\s+from\s+|\(\s*)?"
_SPANS = tuple((kind, re.compile(_OPENER + body)) for kind, body in _BODIES)
"""A span right after a duration: "from 1 March to 12 April", "(2015–2019)", "Monday to Friday"."""
_SPAN_ANYWHERE = tuple((kind, re.compile(rf"\b(?:from|between)\s+{body}")) for kind, body in _BODIES)
"""A span anywhere in a claim, after "from" or "between" (the next claim's span)."""
_PRONOUN_OPENING = re.compile(r"^(?:It|They|This|That|These|Those|The\s+(?P<noun>[a-z]+))\b")


@dataclass(frozen=True, slots=True)
class Span:
    """A duration and the span of dates told with it that is of another length, in one claim or two."""

    claim: int
    """The claim of the span (the later one, when the duration is in the claim before)."""
    first: int
    """The claim of the duration."""
    duration: str
    """The duration as written ("four weeks")."""
    span: str
    """The span as written ("from 1 March to 12 April")."""
    length: str
    """The span's length in the duration's unit ("6 weeks")."""

    @property
    def finding(self) -> str:
        return f"the length is given as {self.duration}, but {self.span} is {self.length}"


@cache
def _words() -> dict[str, frozenset[str]]:
    data = load("spans")
    return {key: frozenset(value) for key, value in data.items() if not key.startswith("_")}


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return spelled_numbers().get(word.lower())


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _lengths(kind: str, m: re.Match[str], unit: str) -> tuple[float, float] | None:
    """The lowest and highest length the span may have in ``unit`` (None when it cannot measure that unit)."""
    if kind in ("date", "days"):
        if kind == "date":
            one = (_day(m["ad"] or m["ad2"]), _month(m["am"] or m["am2"]), m["ay"])
            two = (_day(m["bd"] or m["bd2"]), _month(m["bm"] or m["bm2"]), m["by"])
        else:
            month = _month(m["m"] or m["m2"])
            one = (_day(m["ad"] or m["ad2"]), month, m["y"])
            two = (_day(m["bd"] or m["bd2"]), month, m["y"])
        year_b = int(two[2]) if two[2] else None
        year_a = int(one[2]) if one[2] else year_b
        if unit not in ("day", "week", "month"):
            return None
        spans = []
        # Without a year, both a leap year and a common one (the span never runs past a year's end here).
        for year in ([year_a] if year_a else [2023, 2024]):
            end_year = year_b or year
            try:
                start, end = datetime.date(year, one[1], one[0]), datetime.date(end_year, two[1], two[0])
            except ValueError:
                return None
            spans.append((end - start).days)
        low, high = min(spans), max(spans)
        if low <= 0:
            return None
        if unit == "day":
            return low, high + 1
        if unit == "week":
            return (low - WEEK_SLACK) / 7, (high + 1 + WEEK_SLACK) / 7
        return low / 31 - 1, (high + 1) / 28 + 1
    if kind == "weekdays":
        if unit != "day":
            return None
        days = (WEEKDAYS.index(m["b"].lower()) - WEEKDAYS.index(m["a"].lower())) % 7
        return (days, days + 1) if days else None
    if kind == "months":
        if unit != "month":
            return None
        ay, by = m["ay"], m["by"]
        first, last = _month(m["a"]), _month(m["b"])
        months = (int(by) - int(ay or by)) * 12 + last - first if by else last - first
        if (ay and not by) or months <= 0:
            return None
        return months - 1, months + 1
    if unit != "year":
        return None
    years = int(m["b"]) - int(m["a"])
    return (years - 1, years + 1) if years > 0 else None


_GAPS = tuple(re.compile(rf"\s*,?\s*(?:[\w'’-]+\s*,?\s*){{{n}}}") for n in range(MAX_GAP_WORDS + 1))
"""A pause and ``n`` words, for each ``n`` up to :data:`MAX_GAP_WORDS`."""


def _span_after(text: str, at: int, blockers: frozenset[str], gap_words: int) -> tuple[str, re.Match[str], int] | None:
    """The span that follows position ``at`` of ``text`` within ``gap_words`` words of a clause, if any."""
    rest = text[at:]
    for n in range(gap_words + 1):
        lead = _GAPS[n].match(rest)
        if lead is None:
            return None
        gap = rest[: lead.end()]
        if re.search(r"\d|[.;:!?]", gap):
            return None
        if n and not blockers.isdisjoint(w.lower() for w in re.findall(r"[\w'’-]+", gap)):
            return None
        for kind, pattern in _SPANS:
            found = pattern.match(rest, lead.end())
            if found is not None:
                return kind, found, at + found.end()
    return None


@dataclass(frozen=True, slots=True)
class _Duration:
    count: int
    unit: str
    text: str
    end: int
    adjective: bool


_INEXACT_BEFORE = re.compile(
    r"\b(?:about|around|some|nearly|almost|roughly|approximately|over|under|than|least|most|to|within|another|first"
    r"|last|next|extra|further|more|other|few|several)\s*$",
    re.IGNORECASE,
)
"""Words before a duration that make it a bound, a guess or a part ("about four weeks", "the first two days")."""


def _durations(text: str) -> Iterator[_Duration]:
    """The exact durations of a claim: not a rate ("five days a week"), not some kinds of days ("ten working
    days"), not a bound or a guess ("more than four weeks")."""
    words = _words()
    for m in _DURATION.finditer(text):
        count = _number(m["n"] or m["an"] or m["bn"])
        if count is None or not 1 <= count <= 100:
            continue
        if m["kind"] is not None:
            continue  # "for ten working days", "for three more days": some days of the span, or days added
        after = text[m.end() :].split(maxsplit=1)
        if not m["noun"] and after and after[0].lower() in words["per"]:
            continue  # "five days a week"
        if _INEXACT_BEFORE.search(text, 0, m.start()) or text[max(0, m.start() - 1) : m.start()].isalnum():
            continue
        written = m.group()
        if m["noun"]:
            written = written[: written.rfind(" ")].removesuffix("-long")
        written = written.removeprefix("for ").removeprefix("For ")
        yield _Duration(count, (m["unit"] or m["aunit"] or m["bunit"]).lower(), written, m.end(), bool(m["noun"]))


def _takes_out(text: str) -> bool:
    """Whether the claim takes days out of a span or adds others ("except Wednesday")."""
    lowered = text.lower()
    words = set(re.findall(r"[a-z]+", lowered))
    return any((p in lowered) if " " in p else (p in words) for p in _words()["parts"])


def _length_text(kind: str, m: re.Match[str], unit: str) -> str:
    """The span's length in the duration's unit, as the message gives it ("6 weeks"; months and years counted
    from the first to the last named, both whole)."""
    low, high = _lengths(kind, m, unit) or (0, 0)
    if unit == "day":
        value = round(high)
    elif unit == "week":
        value = round((low * 7 + high * 7) / 14)
    elif kind in ("date", "days"):
        value = round((low + high) / 2)
    else:
        value = round(high) if kind == "months" else round((low + high) / 2)
    return f"{value} {unit}{'s' if value != 1 else ''}"


def span_conflicts(texts: Sequence[str], blocks: Sequence[int], spoken: frozenset[int] = frozenset()) -> Iterator[Span]:
    """Each duration whose span of dates, in its claim or the next, is of another length."""
    blockers = _words()["between"]
    for index, text in enumerate(texts):
        if index in spoken or not _has_duration(text) or _takes_out(text):
            continue
        for d in _durations(text):
            found = _span_after(text, d.end, blockers, MAX_GAP_WORDS if d.adjective else 1)
            where = index
            if found is None:
                found = _next_claim_span(texts, blocks, index, text, spoken)
                where = index + 1
                if found is None:
                    continue
            kind, m, _ = found
            if " and " in m.group() and "between" not in m.group().lower():
                continue  # "3 June and 12 June": two days, not a span
            lengths = _lengths(kind, m, d.unit)
            if lengths is None or lengths[0] <= d.count <= lengths[1]:
                continue
            span = m.group().strip(" ,(.").removeprefix("running ").removeprefix("lasting ")
            yield Span(where, index, d.text, span, _length_text(kind, m, d.unit))
            break


def _next_claim_span(
    texts: Sequence[str], blocks: Sequence[int], index: int, text: str, spoken: frozenset[int]
) -> tuple[str, re.Match[str], int] | None:
    """The span of the next claim, when it tells the same stretch of time: same paragraph, no duration of its own,
    opening with a pronoun or with "The" and a word that shares its first four letters with a word of this claim,
    and no other span in this claim."""
    nxt = index + 1
    if nxt >= len(texts) or nxt in spoken or blocks[nxt] != blocks[index] or _takes_out(texts[nxt]):
        return None
    if any(_DURATION.finditer(texts[nxt])) or any(p.search(text) for _, p in _SPAN_ANYWHERE):
        return None
    opening = _PRONOUN_OPENING.match(texts[nxt])
    if opening is None:
        return None
    if opening["noun"]:
        stems = {w[:4] for w in re.findall(r"[a-z]{4,}", text.lower())}
        if opening["noun"][:4] not in stems:
            return None
    spans = [(kind, m) for kind, p in _SPAN_ANYWHERE for m in p.finditer(texts[nxt])]
    if len(spans) != 1:
        return None
    kind, m = spans[0]
    return kind, m, m.end()

