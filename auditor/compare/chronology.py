"""Chronology: the calendar's arithmetic inside one claim.

- An ordinal count of years from a start year, against the year it is said of ("now in its 25th year, began in
  2005" in 2026; "Founded in 1996, the bakery celebrates its 40th anniversary"; "the 45th annual race, first
  held in 1990", in 2019). The year it is said of is a year the claim names besides the start year, else the
  article's date when the claim speaks of the present ("now", "is", "celebrates") and not of another time ("was",
  "will", "next"). The Nth year runs from start + N - 1, the Nth anniversary or birthday falls in start + N, and
  an annual event cannot have had more editions than years; each allows one year of slack (a season or
  a financial year straddles two). Only "its Nth ..." is read (the thing the claim is about), and an edition only
  when the claim says the event is annual.
- Two acts of one career in an order that cannot be, in one sentence with one subject ("joined the firm in 2012 and
  became its chief executive in 2010", "was first elected in 2014 and re-elected in 2010", "founded in 1998 and
  closed in 1994"): ``knowledge/arithmetic.json`` ``career`` pairs an act with the acts that presuppose it.
  The second act must follow the first with "and" (no new subject), name the first one's organisation with
  "its" where it could be another's ("became its director", not "became a father"), and take no object where
  one would change what it is about ("left in 2010", not "left the country"). Words between an act and its year
  must not hold another act ("joined the firm founded in 2012" is the firm's year).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Container, Iterator, Sequence
from functools import cache

from auditor.compare.arithmetic import Slip, words

_YEAR = r"(?P<y>(?:1[6-9]|20)\d\d)(?![\d%])"
_YEAR_WORD = re.compile(r"(?:1(?<![\d$£€.,/-]1)[6-9]|2(?<![\d$£€.,/-]2)0)\d\d(?![\d%,.]\d|\d|-)")
"""A year from 1600 to 2099 with no digit, sign or separator before it and no figure after it. The look-behind is
read after the first digit: the regex engine skips to the digits 1 and 2 instead of trying it at every position."""
SLACK = 1
"""Years an ordinal count may miss its start year by."""


@cache
def ordinal_pattern() -> re.Pattern[str]:
    ordinals: dict[str, int] = words()["ordinals"]
    tens = [w for w, n in ordinals.items() if n % 10 == 0 and n >= 20]
    units = [w for w, n in ordinals.items() if n < 10]
    spelled = "|".join(sorted(ordinals, key=len, reverse=True))
    compound = rf"(?:{'|'.join(t[:-4] + 'y' for t in tens)})-(?:{'|'.join(units)})"
    return re.compile(rf"(?P<n>\d{{1,3}}(?:st|nd|rd|th)|{compound}|{spelled})", re.IGNORECASE)


def ordinal_value(word: str) -> int | None:
    word = word.lower()
    if word[:1].isdigit():
        return int(word[:-2])
    ordinals: dict[str, int] = words()["ordinals"]
    if word in ordinals:
        return ordinals[word]
    ten, _, unit = word.partition("-")
    tens = {w[:-4] + "y": n for w, n in ordinals.items() if n % 10 == 0 and n >= 20}
    return tens[ten] + ordinals[unit] if ten in tens and unit in ordinals else None


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    o = ordinal_pattern().pattern
    not_its_own = r"(?!\s+(?:of|since|after|as|at|in\s+a\s+row|running))"
    counted = re.compile(rf"\bits\s+{o}\s+(?P<what>anniversary|birthday|year|season)\b{not_its_own}",
                         re.IGNORECASE)
    annual = re.compile(rf"\b(?:the|its)\s+{o}\s+(?:annual|yearly)\b", re.IGNORECASE)
    starts = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in words()["start"])
    start = re.compile(rf"\b(?:(?:{starts})\s+in\s+(?:[A-Z][a-z]+\s+)?|since\s+){_YEAR}", re.IGNORECASE)
    return counted, annual, start


def _phrase(text: str, phrases: Sequence[str]) -> bool:
    lowered = f" {' '.join(re.findall(r'[a-z]+', text.lower()))} "
    return any(f" {p} " in lowered for p in phrases)


def _years_said_of(text: str, start_year: int, today: datetime.date | None) -> list[int]:
    """The years an ordinal count in ``text`` may be said of: another year the claim names, else the article's."""
    others = [int(y) for y in _YEAR_WORD.findall(text) if int(y) != start_year]
    if others:
        return others
    w = words()
    if today is None or not _phrase(text, w["present"]) or _phrase(text, w["not_present"]):
        return []
    return [today.year]


def count_slips(
    texts: Sequence[str], today: datetime.date | None, skip: Container[int] = frozenset()
) -> Iterator[Slip]:
    """Ordinal counts of years that their start year and the year they are said of deny (the article's date is
    ``today``, None when only a year or nothing is known)."""
    counted, annual, start = _patterns()
    for index, text in enumerate(texts):
        if not ("1" in text or "2" in text) or not _YEAR_WORD.search(text) or index in skip:  # a year has a 1 or a 2
            continue
        starts = {int(m["y"]) for m in start.finditer(text)}
        if len(starts) != 1:
            continue
        (begun,) = starts
        for m in [*counted.finditer(text), *annual.finditer(text)]:
            n = ordinal_value(m["n"])
            if n is None:
                continue
            what = (m.groupdict().get("what") or "annual").lower()
            years = _years_said_of(text, begun, today)
            if not years or any(_fits(what, n, begun, y) for y in years):
                continue
            expected = _expected(what, begun, years[0])
            finding = f"{m.group(0)} does not fit a start in {begun}: in {years[0]} it would be the {expected}"
            yield Slip(index, None, "ordinal", finding, (m.group(0), str(begun), str(years[0])))
            break


def _fits(what: str, n: int, begun: int, year: int) -> bool:
    if what in ("anniversary", "birthday"):
        return abs(year - begun - n) <= SLACK
    if what in ("year", "season"):
        return abs(year - begun + 1 - n) <= SLACK
    return n <= year - begun + 1 + SLACK  # an annual event: at most one edition a year (some may be missed)


def _expected(what: str, begun: int, year: int) -> str:
    n = year - begun if what in ("anniversary", "birthday") else year - begun + 1
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    label = {"annual": "edition at most"}.get(what, what)
    return f"{n}{suffix} {label}"


# ---------------------------------------------------------------- a career in an impossible order


_OBJECT = r"(?P<obj{k}>(?:\s+[A-Za-z'’&.-]+){{0,6}}?)"
_WHEN = r"\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:\d{{1,2}}\s+)?(?P<y{k}>(?:1[6-9]|20)\d\d)\b"
_JOIN = (
    r",?\s+(?:and|then|and\s+then|and\s+later|and\s+eventually|and\s+was\s+later)\s+"
    r"(?:later\s+|then\s+|eventually\s+|subsequently\s+)?"
)


@cache
def _career_patterns() -> list[tuple[re.Pattern[str], str, bool]]:
    found = []
    for first, later, marker, bare in words()["career"]:
        acts = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(later, key=len, reverse=True))
        obj = r"" if bare else r"(?P<obj2>(?:\s+[A-Za-z'’&.-]+){0,6}?)"
        act = r"\s+(?:first\s+)?".join(re.escape(w) for w in first.split())
        pattern = re.compile(
            rf"\b(?:first\s+)?{act}{_OBJECT.format(k=1)}{_WHEN.format(k=1)}{_JOIN}(?P<act>{acts}){obj}{_WHEN.format(k=2)}",
            re.IGNORECASE,
        )
        found.append((pattern, marker, bare))
    return found


def _acts_inside(stretch: str) -> bool:
    """Whether words between an act and its year hold another verb or a relative clause (whose year it may be)."""
    tokens = re.findall(r"[A-Za-z'’-]+", stretch.lower())
    return any(t in words()["relative"] or (t.endswith("ed") and len(t) > 4) for t in tokens)


def career_slips(texts: Sequence[str], skip: Container[int] = frozenset()) -> Iterator[Slip]:
    """Two acts of one subject in one claim dated in an order that cannot be."""
    for index, text in enumerate(texts):
        if not ("1" in text or "2" in text) or len(_YEAR_WORD.findall(text)) < 2 or index in skip:
            continue
        for pattern, marker, _bare in _career_patterns():
            m = pattern.search(text)
            if m is None or _acts_inside(m["obj1"]):
                continue
            second = m.groupdict().get("obj2") or ""
            if (marker and not re.match(rf"\s+(?:{marker}|their)\b", second, re.IGNORECASE)) or _acts_inside(second):
                continue
            first_year, second_year = int(m["y1"]), int(m["y2"])
            if second_year < first_year:
                act = re.sub(r"\s+", " ", m["act"])
                head = m.group(0)[: m.start("obj1") - m.start()].strip()
                finding = f"it says {head} in {first_year} and {act} in {second_year}, before it"
                yield Slip(index, None, "career", finding, (f"{head} {first_year}", f"{act} {second_year}"))
                break
