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


def _key(unit: str, value: float) -> tuple[str, float]:
    """A figure's unit and value, the value to 12 significant digits (the same figure parsed twice agrees)."""
    return unit, float(f"{value:.12g}")


@per_article
def _by_figure(article: Article) -> dict[tuple[str, float], tuple[tuple[int, frozenset[str]], ...]]:
    """The sentences of :func:`_stated` by each figure they give: (unit, value) -> (index, words), in body order.
    Looked up, not scanned: every claim of a long article asks about the sentences before it."""
    found: dict[tuple[str, float], list[tuple[int, frozenset[str]]]] = {}
    for k, figures, words in _stated(article):
        for q in figures:
            sentences = found.setdefault(_key(q.unit, q.value), [])
            if not sentences or sentences[-1][0] != k:
                sentences.append((k, words))
    return {key: tuple(sentences) for key, sentences in found.items()}


def _keys(q: Quantity) -> tuple[tuple[str, float], ...]:
    """The figures that state ``q`` again: the same unit and value ("$1 billion" for "over a billion dollars"), or
    for a share its complement. Values that are merely near ("roughly 18%", "about 20%") are two figures."""
    same = _key(q.unit, q.value)
    return (same, _key(q.unit, PERCENT - q.value)) if q.unit == "%" else (same,)


@per_article
def _stated_at(article: Article) -> dict[int, tuple[tuple[Quantity, ...], frozenset[str]]]:
    """:func:`_stated` by sentence index: a claim's own figures and words, read once with every sentence's."""
    return {k: (figures, words) for k, figures, words in _stated(article)}


def restates_figures(article: Article, claim: Claim) -> bool:
    """Every figure of the claim was given in an earlier sentence on the same subject (see the module docstring)."""
    # A claim is never in a heading, so its sentence, if it gives a figure, is one of _stated's.
    figures, words = _stated_at(article).get(claim.sentence, ((), frozenset()))
    if not figures:
        return False
    index = _by_figure(article)
    return all(
        any(k < claim.sentence and not ws.isdisjoint(words) for key in _keys(q) for k, ws in index.get(key, ()))
        for q in figures
    )
