"""The numbered label a list stands under: "Year 2 targets:", "Phase 3:", "### Step 4".

A plan gives its targets year by year ("**Year 1 targets:** ... 3 wellness centres", "**Year 2 targets:** ... 9
wellness centres"), a report its phases: the items of each list speak of their label's year or phase, which their
own words do not repeat. :func:`list_labels` reads, for each claim in a list, the label of the paragraph or heading
right before its list: a word that makes the number after it a name or a position (``need.json`` number_labels:
"year", "phase", "step", "round") and that number. Two items under two labels of one word ("year 1" and "year 2")
are of two occasions, and their figures are not one quantity's (CON003).

    >>> from auditor import load_document
    >>> from auditor.article import analyse
    >>> item = "wellness centres serving residents across the city every month"
    >>> text = f"Year 1 targets:\\n\\n- 3 {item}\\n\\nYear 2 targets:\\n\\n- 9 {item}\\n"
    >>> sorted(list_labels(analyse(load_document(text, "markdown"))).values())
    [('year', '1'), ('year', '2')]
"""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article, per_article
from auditor.knowledge import load

_LABEL = re.compile(r"\b([a-z]+)\s+(\d{1,4}|[ivx]{1,4})\b", re.IGNORECASE)


@cache
def number_labels() -> frozenset[str]:
    """Words before a number that make it a name or a position ("year 2", "phase 3", "version 4": ``need.json``)."""
    return frozenset(load("need")["number_labels"])


@per_article
def list_labels(article: Article) -> dict[int, tuple[str, str]]:
    """For the claims (by index) in a list under a numbered label, the label's word and number."""
    blocks, text = article.document.blocks, article.document.text
    label_of: dict[int, tuple[str, str] | None] = {}
    for i, block in enumerate(blocks):
        if block.kind != "list":
            continue
        if i > 0 and blocks[i - 1].kind == "list":
            label_of[i] = label_of.get(i - 1)
            continue
        label_of[i] = None
        if i > 0 and blocks[i - 1].kind in ("paragraph", "heading"):
            lead = text[blocks[i - 1].start : blocks[i - 1].end]
            found = [(m[1].lower(), m[2].lower()) for m in _LABEL.finditer(lead) if m[1].lower() in number_labels()]
            if len(found) == 1:
                label_of[i] = found[0]
    return {n: label for n, c in enumerate(article.claims) if (label := label_of.get(c.block)) is not None}


def other_occasions(labels: dict[int, tuple[str, str]], a: int, b: int) -> bool:
    """Whether claims ``a`` and ``b`` stand under two labels of one word ("year 1" / "year 2")."""
    one, two = labels.get(a), labels.get(b)
    return one is not None and two is not None and one[0] == two[0] and one[1] != two[1]
