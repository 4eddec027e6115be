"""A details box: the label-value rows an article sets out about its subject, restated in its prose.

A review opens with the work's credits ("| Release Date | 9 March 2011 |", "| Developer | Ana Colby / Tarn Games |"),
a product page with its specification, a profile with an infobox. A sentence of the body that tells one of those
facts again ("Released in 2011 by designer Ana Colby, it ...") adds nothing the page has not already set out as its
subject's record, and an editor does not ask it to cite the box's own facts twice. Read so (CIT001) only when the
sentence restates both a year and a name that stand in the box's values, so that the claim is about the box's
subject: a year alone, or a name alone, may be another event of the world.

The box is a table of the article whose rows are all two cells, a label and a value (at least
:data:`MIN_ROWS` rows); the claim's year must be the year of the evidence that makes it need a source.
"""

from __future__ import annotations

import re

from auditor.article import Article, per_article
from auditor.compare.totals import tables
from auditor.text import MONTHS

MIN_ROWS = 3
"""A details box has at least this many label-value rows."""
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_NAME = re.compile(r"\b[A-Z][\w'’-]*[a-z][\w'’-]*\b")


@per_article
def details_values(article: Article) -> tuple[frozenset[str], frozenset[str]]:
    """The years and the capitalised words of the values of the article's details boxes."""
    years: set[str] = set()
    names: set[str] = set()
    for rows in tables(article.document):
        if len(rows) < MIN_ROWS or any(len(row) != 2 for row in rows):
            continue
        for _, value in rows:
            years.update(_YEAR.findall(value.text))
            names.update(w for w in _NAME.findall(value.text) if w.lower() not in MONTHS)
    return frozenset(years), frozenset(names)


def restates_details(article: Article, text: str, evidence: str) -> bool:
    """Whether the claim ``text``, which needs a source for ``evidence`` (a date), restates a year and a name of the
    article's details box."""
    years, names = details_values(article)
    if not years:
        return False
    dated = _YEAR.findall(evidence)
    if not dated or not all(y in years for y in dated):
        return False
    words = _NAME.findall(text)
    if words and text.startswith(words[0]):
        words = words[1:]  # the sentence's first word is capitalised whatever it is
    return any(w in names for w in words)
