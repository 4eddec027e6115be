"""A figure the article states again: the first mention carries the need for a source, the repeats do not.

An explainer states "nine in ten drugs fail, at 90% of trials" once, then walks through a worked example: "Case A:
the drug is one of the 90% that fail." "Case B: it is one of the 10% that pass." The example restates the premise
(the same figure, or a share's complement: 10% of those that pass is 90% of those that fail); an editor asks for
the source where the figure is first given, not again at each step. :func:`restates_figures` says whether every
figure of a claim was given before, in a sentence on the same subject (a content word in common besides the
figures), outside a heading. A claim with a figure of its own (a new count, a new amount) is not a restatement;
small counts ("Option 1", "one of the") and bare years are no figures here: they say nothing that needs a source.
"""

from __future__ import annotations

import math

from auditor.article import Article, per_article
from auditor.compare.quantities import Quantity, bare_year, find_quantities
from auditor.model import Claim
from auditor.text import stems

COUNT_MIN = 10
"""A count below this ("Option 1", "two options") is no figure a reader would ask the source of."""
PERCENT = 100.0


def _figures(text: str) -> list[Quantity]:
    """The figures of ``text`` that could need a source: an amount, a share or a measure, or a count of at least
    ``COUNT_MIN``; bare years left out."""
    return [q for q in find_quantities(text, skip=bare_year) if q.unit or q.value >= COUNT_MIN]


def _words(text: str, figures: list[Quantity]) -> set[str]:
    """The content stems of ``text`` outside its figures ("billion" in "$1 billion" is the figure's)."""
    kept, at = [], 0
    for q in figures:
        kept.append(text[at : q.start])
        at = q.end
    kept.append(text[at:])
    return stems(" ".join(kept))


@per_article
def _stated(article: Article) -> tuple[tuple[int, tuple[Quantity, ...], frozenset[str]], ...]:
    """Each sentence of the body outside headings that gives a figure: (its index, its figures, its words)."""
    blocks = article.document.blocks
    found = []
    for k, s in enumerate(article.sentences):
        if blocks[s.block].kind == "heading":
            continue
        text = article.sentence_text(s)
        figures = _figures(text)
        if figures:
            found.append((k, tuple(figures), frozenset(_words(text, figures))))
    return tuple(found)


def _same_figure(q: Quantity, other: Quantity) -> bool:
    """One figure again: the same unit and value ("$1 billion" for "over a billion dollars"), or a share and its
    complement. Values that are merely near ("roughly 18%", "about 20%") are two figures."""
    if q.unit != other.unit:
        return False
    if math.isclose(q.value, other.value, rel_tol=1e-9):
        return True
    return q.unit == "%" and math.isclose(q.value + other.value, PERCENT, rel_tol=1e-9)


def restates_figures(article: Article, claim: Claim) -> bool:
    """Every figure of the claim was given in an earlier sentence on the same subject (see the module docstring)."""
    text = article.sentence_text(article.sentences[claim.sentence])
    figures = _figures(text)
    if not figures:
        return False
    words = _words(text, figures)
    earlier = [(fs, ws) for k, fs, ws in _stated(article) if k < claim.sentence and ws & words]
    return all(any(_same_figure(q, other) for fs, _ in earlier for other in fs) for q in figures)
