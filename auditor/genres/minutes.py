"""Minutes: the record a body keeps of its own meetings, whose figures and decisions are that record.

A parish council's minutes list the cheques it approved, its bank balance and the accounts it accepted; a board's
minutes, who attended and what was resolved. An editor does not ask minutes to cite the body's own payments or
resolutions: the minutes are where a reader would look them up. The document is read as minutes from what it
calls itself, never from its wording elsewhere: its title (front matter ``title:``, or an HTML ``<title>``/first
heading as the loader gives it) or its first line names a record (``knowledge/minutes.json`` ``records``: "minutes")
together with a meeting ("meeting", "AGM", "council", "committee", "board", ...), and "minutes" is not a
duration ("the 90 minutes of the council meeting").

Only the body's own testimony is read so (:mod:`auditor.checks.unsourced`): a figure credited to an outside source
it does not name ("a county survey found that 40% ..."), or a share of the world, still needs its source.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article, front_fields, per_article
from auditor.compare.quantities import spelled_numbers
from auditor.knowledge import load
from auditor.phrases import alternation

FIRST_LINE_CHARS = 200
"""How much of the body's first line is read for its name."""
_FIRST_LINE = re.compile(rf"\s*([^\n]{{0,{FIRST_LINE_CHARS}}})")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load("minutes")
    records = re.compile(rf"\b(?:{alternation(data['records'])})\b", re.I)
    meetings = re.compile(rf"\b(?:{alternation(data['meetings'])})\b", re.I)
    return records, meetings


def names_minutes(line: str) -> bool:
    """Whether a title or first line names the minutes of a meeting.

    >>> names_minutes("Minutes of the Parish Council Meeting held on 4 March 2024")
    True
    >>> names_minutes("BOARD OF TRUSTEES MEETING MINUTES")
    True
    >>> names_minutes("The council meeting ran for 90 minutes")
    False
    >>> names_minutes("Ten minutes with the chair of the planning committee")
    False
    """
    records, meetings = _patterns()
    return meetings.search(line) is not None and any(not _counts_time(line, m.start()) for m in records.finditer(line))


def _counts_time(line: str, at: int) -> bool:
    """Whether the record word at ``at`` counts time ("90 minutes", "ten minutes")."""
    before = line[max(0, at - 20) : at].split()
    return bool(before) and (before[-1][-1].isdigit() or before[-1].lower() in spelled_numbers())


@per_article
def is_minutes(article: Article) -> bool:
    """The document names itself the minutes of a meeting, in its title or its first line (see the module
    docstring)."""
    title = front_fields(article).get("title", "")
    first = _FIRST_LINE.match(article.document.text)
    return names_minutes(f"{title} {first[1] if first else ''}")
