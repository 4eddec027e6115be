"""Logs: sections that each open with the period they report on ("May 2017: ...", "### Week 12").

A station's monthly summaries, a diary, a club's season reports and a changelog by date tell the same measures
again for each period: "Rainfall was 41 mm" under one month and "Rainfall was 63 mm" under the next are two
months' rainfall, not one figure given twice (CON003). :func:`section_periods` reads, for each claim, the period
its section is labelled with: a heading that is a date, a month, a season or a year ("June 2019", "Spring
2021"), or a paragraph or item that opens with one and a colon or a dash ("**May 2017:** May was wet ..."). The
label holds for the blocks after it until the next heading or the next label. Two claims under labels whose
periods do not overlap speak of two times (a claim's own words need not repeat its month).

    >>> from auditor import load_document
    >>> from auditor.article import analyse
    >>> text = "May 2017: A wet month.\\n\\nRain: 70 mm.\\n\\nJune 2017: A dry month.\\n\\nRain: 12 mm.\\n"
    >>> sorted({str(p[0]) for p in section_periods(analyse(load_document(text, "markdown"))).values()})
    ['2017-05-01', '2017-06-01']
"""

from __future__ import annotations

import re

from auditor.article import Article, per_article
from auditor.dating import Period, periods_in

LABEL_WORDS = 5
"""A label is the period and at most this many words in all ("Summary for May 2017")."""
_LEAD = re.compile(r"[ \t]*(?P<label>[^:\n–—]{3,48}?)[ \t]*(?::|[ \t][–—-][ \t])")
"""What opens a paragraph or item as its label: the words before a colon or a spaced dash."""
_WORD = re.compile(r"\w+")


def _period_of(label: str) -> Period | None:
    """The one period a short label names ("May 2017", "Spring 2021", "2019"), else None."""
    if len(_WORD.findall(label)) > LABEL_WORDS:
        return None
    found = periods_in(label, None)
    return found[0][1] if len(found) == 1 else None


@per_article
def section_periods(article: Article) -> dict[int, Period]:
    """For the claims (by index) in a section labelled with a period, that period."""
    blocks, text = article.document.blocks, article.document.text
    current: Period | None = None
    by_block: list[Period | None] = []
    for block in blocks:
        if block.kind == "heading":
            current = _period_of(text[block.start : block.end])
        elif (m := _LEAD.match(text, block.start, block.end)) and (period := _period_of(m["label"])):
            current = period
        elif block.end - block.start <= 48 and (period := _period_of(text[block.start : block.end])):
            current = period  # a paragraph that is only the period: "June 2017"
        by_block.append(current)
    return {n: period for n, c in enumerate(article.claims) if (period := by_block[c.block]) is not None}


def other_periods(periods: dict[int, Period], a: int, b: int) -> bool:
    """Whether claims ``a`` and ``b`` stand under labels of two periods that do not overlap."""
    one, two = periods.get(a), periods.get(b)
    return one is not None and two is not None and (one[1] < two[0] or two[1] < one[0])
