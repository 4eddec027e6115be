"""A bulletin: an organisation's own report of what it counts, whose figures are its testimony.

A situation report, a surveillance update or a statistical release is the primary source of its counts ("A
total of 9,216 cases have been reported", "There have been 4,555 deaths"): an editor does not ask it to cite
them. The document is read as one from what it declares itself, never from its wording: a Markdown front
matter's ``layout``, ``type``, ``category`` (and their kin) naming one of the kinds in
``knowledge/bulletin.json``. A news story about a situation report declares itself news, not a bulletin.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article, front_fields, per_article
from auditor.knowledge import load


@cache
def _declared() -> tuple[frozenset[str], re.Pattern[str]]:
    data = load("bulletin")
    kinds = sorted(data["kinds"], key=len, reverse=True)
    return frozenset(data["keys"]), re.compile(r"\b(?:" + "|".join(map(re.escape, kinds)) + r")\b")


@per_article
def is_bulletin(article: Article) -> bool:
    """The document declares itself a bulletin of its publisher's own counts (see the module docstring).

    >>> from auditor.article import analyse
    >>> from auditor.load import load_document
    >>> page = "---\\nlayout: situation-report\\n---\\nThere have been 455 deaths.\\n"
    >>> is_bulletin(analyse(load_document(page, "markdown")))
    True
    >>> is_bulletin(analyse(load_document("---\\nlayout: post\\n---\\nThere have been 455 deaths.\\n", "markdown")))
    False
    """
    keys, kinds = _declared()
    fields = front_fields(article)
    return any(kinds.search(re.sub(r"[-_/]+", " ", value.lower())) for key, value in fields.items() if key in keys)
