"""Anniversaries: a thing said to mark N years, against the year it began told in another claim.

"The Harbour Theatre celebrates its 25th anniversary this month" in an article of May 2025, and elsewhere "The
Harbour Theatre was founded in 1990": 35 years, not 25 (CON003). The count and the start year give one length two
ways; :mod:`auditor.compare.chronology` reads the two in one claim, this reader across claims.

Read here, in the present of an article with a date of its own (``Dating.exact``; with none, nothing is read):

- the anniversary: a name, a verb of marking in the present ("celebrates", "is marking", "marks") and "its Nth
  anniversary" (or birthday), or "N years since its founding" (opening, launch ...); or "celebrates N years of"
  and a name;
- the start: the same name, then a verb of starting and its year ("was founded in 1990", "first held in 1990",
  "opened in 2008", ``knowledge/arithmetic.json`` start), or "Founded in 1990, the ..." before it.

A name is read as written, with at least one capitalised word besides a claim's first ("The Harbour Theatre", "the
Mill Lane bakery"); the two claims must give the same name. Left unread: a claim with a year of its own or a word
of another time ("In 2015 the theatre celebrated ...", "will celebrate ..."), years of something the thing has or
does ("20 years of its youth section"), a name given two start years, editions ("its 30th edition"), turns of a
dialogue and hedged claims. One year of slack is allowed either way (an anniversary may fall late in the year).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from auditor.compare.arithmetic import words
from auditor.compare.chronology import ordinal_pattern, ordinal_value
from auditor.compare.quantities import find_quantities
from auditor.phrases import alternation

SLACK = 1
"""Years the count may miss the start year by."""

_NAME = (
    r"(?P<name>(?-i:[A-Z][\w'’&-]*)(?:\s+(?:(?-i:[A-Z][\w'’&-]*)|of|the|and|on|de|la)){0,6}"
    r"(?:\s+(?!(?:was|were|had|has|have|is|are|first|celebrates|celebrating|marks|marking|opened|founded|co-founded"
    r"|established|set|started|began|begun|launched|formed|created|inaugurated|which|this|that)\b)(?-i:[a-z]{3,}))?)"
)
"""A name as written: a few capitalised words, words that join them ("of", "on"), perhaps a noun of its kind
("bakery")."""
_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)(?![\d%])"
_ANY_YEAR = re.compile(r"(?<![\d$£€.,/-])(?:1[6-9]|20)\d\d(?!\d)")
_MARKS = r"(?:celebrates|is\s+celebrating|marks|is\s+marking)"
_STARTING = r"(?:founding|foundation|opening|launch|creation|establishment)"
_PRESENT_TIME = re.compile(r"\b(?:was|were|had|will|would|next|last|previous|ago|then|until|former|could|may|might"
                           r"|planned|plans|expected|if)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Anniversary:
    """A count of years since a thing began, against the year it began."""

    claim: int
    """The claim that gives the count."""
    started: int
    """The claim that gives the start year."""
    name: str
    """The thing as written ("The Harbour Theatre")."""
    phrase: str
    """The count as written ("its 25th anniversary")."""
    years: int
    begun: int
    year: int
    """The article's year, when the count is said."""

    @property
    def finding(self) -> str:
        name = self.name[:1].lower() + self.name[1:] if self.name.startswith("The ") else self.name
        said = self.phrase.removesuffix(" of")
        elapsed = self.year - self.begun
        return f"{name} is said to mark {said} in {self.year}, but it began in {self.begun}: that is {elapsed} years"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """An anniversary after its name, "N years of" before its name, a start after its name, a start before it."""
    ordinal = ordinal_pattern().pattern
    count = r"(?P<count>\d{1,3}|[a-z]+(?:-[a-z]+)?)"
    after = re.compile(
        rf"\b{_NAME}\s+{_MARKS}\s+(?P<phrase>its\s+{ordinal}\s+(?:anniversary|birthday)\b"
        rf"|{count}\s+years\s+since\s+(?:its|the)\s+{_STARTING}\b)"
    )
    before = re.compile(rf"\b{_MARKS}\s+(?P<phrase>{count}\s+years\s+of)\s+(?:the\s+)?{_NAME}")
    # "celebrates twenty-five years of the Kelby Folk Festival": the name after the count
    verbs = alternation([v for v in words()["start"] if v != "born"] + ["opened", "first opened"])
    starts = rf"(?:(?:was|were|had\s+been)\s+)?(?:first\s+)?(?:{verbs})\s+in\s+(?:[A-Z][a-z]+\s+)?{_YEAR}"
    started = re.compile(rf"\b{_NAME}(?:,\s+(?:which\s+was\s+)?|\s+){starts}")
    fronted = re.compile(rf"^(?:First\s+)?(?i:{verbs})\s+in\s+(?:[A-Z][a-z]+\s+)?{_YEAR},\s+(?:the\s+)?{_NAME}")
    return after, before, started, fronted


def _key(text: str, m: re.Match[str]) -> str | None:
    """A name's words in lower case without "the", when it has a capitalised word that is not a claim's first."""
    name = m["name"]
    words_ = name.split()
    proper = [w for i, w in enumerate(words_) if w[:1].isupper() and (i > 0 or m.start("name") > 0)]
    if not proper or (len(proper) == 1 and proper[0] in ("The", "This", "Its", "A", "An")):
        return None
    kept = [w.lower() for w in words_ if w.lower() not in ("the",)]
    return " ".join(kept) or None


def _count(phrase: str, m: re.Match[str]) -> int | None:
    """The number of years a phrase counts ("its 25th anniversary", "twenty-five years of")."""
    if m.groupdict().get("n"):
        return ordinal_value(m["n"])
    quantities = find_quantities(phrase)
    if not quantities or quantities[0].value != int(quantities[0].value):
        return None
    return int(quantities[0].value)


def anniversary_conflicts(
    texts: Sequence[str], today: datetime.date | None, skip: Container[int] = frozenset()
) -> Iterator[Anniversary]:
    """Counts of years since a thing began, said in the present of an article of date ``today``, that the year it
    began, told in another claim, does not allow. A claim is read for an anniversary only when it has "anniversary"
    or "years", and starts are read only when an anniversary is found."""
    if today is None:
        return
    after, before, started, fronted = _patterns()
    said: list[tuple[int, str, str, str, int]] = []
    for index, text in enumerate(texts):
        if index in skip or not ("anniversar" in text or "years" in text or "birthday" in text):
            continue
        if _ANY_YEAR.search(text) or _PRESENT_TIME.search(text):
            continue  # "In 2015 the theatre celebrated ...", "will celebrate": said of another time
        for m in [*after.finditer(text), *before.finditer(text)]:
            key = _key(text, m)
            years = _count(m["phrase"], m)
            if key is not None and years is not None:
                said.append((index, key, m["name"], m["phrase"], years))
    if not said:
        return
    begun: dict[str, set[tuple[int, int]]] = {}
    for index, text in enumerate(texts):
        if index in skip or not _ANY_YEAR.search(text):
            continue
        for m in [*started.finditer(text), *fronted.finditer(text)]:
            key = _key(text, m)
            if key is not None:
                begun.setdefault(key, set()).add((index, int(m["year"])))
    for index, key, name, phrase, years in said:
        starts = begun.get(key, set())
        if len({year for _, year in starts}) != 1:
            continue  # no start, or two: the other rules tell which
        claim, year = min(starts)
        if claim != index and abs(today.year - year - years) > SLACK:
            yield Anniversary(index, claim, name, phrase, years, year, today.year)
