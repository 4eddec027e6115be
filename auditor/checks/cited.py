"""What the article has cited, and the claims near a source: CIT001's reading of "sourced elsewhere".

:mod:`auditor.checks.unsourced` asks these of each claim that needs a source: whether the article cites the
same figure or says again what a cited claim says; whether the claim continues a sourced sentence, speaks of a
source cited before it, stands in a paragraph that points at its own detail further on or opens a made-up
example; whether it is a point of a list right under a paragraph that links its source; and the article's
proper names (:func:`known_names`), its claims' units (a list item, a table row and their lead-in).
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable

from auditor.article import Article, per_article
from auditor.citations import Marker
from auditor.dating import periods_in
from auditor.genres.periodical import is_periodical
from auditor.model import Claim
from auditor.scope import is_lead_in, spreads
from auditor.sourcing.antecedent import names_no_one
from auditor.sourcing.need import Need
from auditor.sourcing.voice import continues_previous, opens_example, plain, points_ahead, refers_to_source
from auditor.text import stems

RESTATED_SHARE = 0.6
"""A claim whose key terms are at least this share of a cited claim's is a restatement of it ..."""
RESTATED_MIN = 3
"""... and it shares at least this many."""
RESTATED_SCAN = 300
"""Up to this many cited claims, a claim is compared with each; beyond, through an index of their stems (both
give the same answer: the index costs more to build than a short article's scan)."""
_LOWER_WORD = re.compile(r"[a-z](?<!\w\w)[a-z]*(?!\w)")
"""A word in lower case (``\\b[a-z]+\\b``), written to open with its letters so that the regex engine skips to them
instead of trying the word boundary at every position."""
_MID_SENTENCE_NAME = re.compile(r"[A-Z](?<=[a-z,;] [A-Z])[\w'’&.-]*[A-Za-z0-9]")
"""A capitalised word after a lower-case word, a comma or a semicolon and a space. The capital comes first and
the look-behind after it: the regex engine skips to capitals instead of trying the look-behind everywhere."""


def _sourced(markers: Iterable[Marker]) -> bool:
    return any(spreads(m) for m in markers)


@per_article
def linked_claims(article: Article) -> frozenset[str]:
    # Once per article: asked per attribution, listing a long claim's thousands of citations each time was quadratic.
    return frozenset(
        c.id for c in article.claims if any(spreads(m) and m.kind != "attribution" for _, m in article.citations_of(c))
    )


@per_article
def known_names(article: Article) -> frozenset[str]:
    """Capitalised words the article uses in the middle of a sentence and never in lower case: its proper
    names ("Public" in "the Public Service Board" is not one when "public" is used too), an owner's without its
    "'s"."""
    text = article.document.text
    found = set(_MID_SENTENCE_NAME.findall(text))  # one pass over the body: cheaper than sentence by sentence
    # a name seen mid-sentence only as an owner ("Acme’s outlook") is a name at a sentence's start too ("Acme said")
    found |= {w[:-2] for w in found if w.endswith(("’s", "'s")) and len(w) > 3}
    lowered = set(_LOWER_WORD.findall(text)) if found else set()
    return frozenset(w for w in found if w.lower() not in lowered or not w[1:].islower())


def claim_unit(article: Article, block: int) -> list[int]:
    """The claim's block with the other blocks of its list item or table row, and the lead-in of its list."""
    blocks = article.document.blocks
    group = blocks[block].group
    found = [block]
    if group is not None:
        found = [i for i in range(max(0, block - 30), min(len(blocks), block + 30)) if blocks[i].group == group]
    if blocks[block].kind == "list" or group is not None:
        j = min(found) - 1
        while j >= 0 and (blocks[j].kind == "list" or blocks[j].group is not None):
            j -= 1
        if j >= 0 and is_lead_in(article.document, j):
            found.append(j)
    return found


@per_article
def cited_claims(article: Article) -> tuple[Claim, ...]:
    """The claims with a source: a citation that reaches them, but not an attribution that, read with the
    article's names, names no one ("Independent analysts estimate ...": a capital that only opens the sentence)."""
    known = known_names(article)
    found = []
    for c in article.claims:
        markers = [m for _, m in article.citations_of(c)]
        if _sourced(markers) and not names_no_one(markers, plain(c.text), known):
            found.append(c)
    return tuple(found)


@per_article
def _cited(article: Article) -> tuple[tuple[int, frozenset[str]], ...]:
    """(sentence index, key-term stems) of every claim with a source: what the article has already cited."""
    return tuple((c.sentence, frozenset(stems(c.text))) for c in cited_claims(article))


@per_article
def linked_sentences(article: Article) -> frozenset[int]:
    """The sentence indices of the claims with a link, footnote or reference to a source (not an attribution)."""
    linked = linked_claims(article)
    return frozenset(c.sentence for c in article.claims if c.id in linked)


@per_article
def _cited_text(article: Article) -> str:
    return "\n".join(c.text for c in cited_claims(article)).lower()


@per_article
def _cited_words(article: Article) -> tuple[tuple[str, ...], dict[str, list[int]]]:
    """The cited claims' texts in lower case (the lines of :func:`_cited_text`), and word -> the ones that have it."""
    texts = tuple(c.text.lower() for c in cited_claims(article))
    index: dict[str, list[int]] = {}
    for n, text in enumerate(texts):
        for word in set(_WORD_RUN.findall(text)):
            index.setdefault(word, []).append(n)
    return texts, index


_WORD_RUN = re.compile(r"\w+")


def _cited_has(article: Article, words: str) -> bool:
    """Whether ``words`` (lower case) are in the text of the cited claims. A word inside them, with other
    characters on both sides, is a whole word of any claim that holds them: only the claims that have it are
    read (reading all of the cited text for each claim was quadratic)."""
    inner = [m.group() for m in _WORD_RUN.finditer(words) if m.start() > 0 and m.end() < len(words)]
    if not inner or "\n" in words:
        return words in _cited_text(article)
    texts, index = _cited_words(article)
    rarest = min(inner, key=lambda w: len(index.get(w, ())))
    return any(words in texts[n] for n in index.get(rarest, ()))


def restated(article: Article, claim: Claim, need: Need) -> bool:
    """The claim says again what the article cites elsewhere: the same figure or quotation, or most of the
    key terms of a cited claim."""
    if not _cited(article):
        return False  # an article that cites nothing restates nothing: its claims' words need not be read
    if need.reason in ("statistics", "quotation") and _cited_has(article, need.evidence.lower()):
        return True
    own = stems(claim.text)
    if len(own) < RESTATED_MIN:
        return False
    least = math.ceil(max(RESTATED_MIN, RESTATED_SHARE * len(own)))
    if least > len(own):
        return False
    cited = _cited(article)
    if len(cited) <= RESTATED_SCAN:
        return any(len(own & other) >= least for _, other in cited)
    # A cited claim with ``least`` of these stems has one of any len(own) - least + 1 of them: only the cited
    # claims of the rarest that many are read (reading every cited claim for every claim was quadratic).
    index = _cited_stems(article)
    rarest = sorted(own, key=lambda s: len(index.get(s, ())))[: len(own) - least + 1]
    candidates = {n for s in rarest for n in index.get(s, ())}
    return any(len(own & cited[n][1]) >= least for n in candidates)


@per_article
def _cited_stems(article: Article) -> dict[str, list[int]]:
    """Stem -> the positions in :func:`_cited` of the cited claims that have it."""
    found: dict[str, list[int]] = {}
    for n, (_, other) in enumerate(_cited(article)):
        for s in other:
            found.setdefault(s, []).append(n)
    return found


def continues_sourced(article: Article, claim: Claim) -> bool:
    """The claim continues the sentence before it in its paragraph ("It also found ...", "... this
    partnership"), and that sentence has a source."""
    k = claim.sentence
    if k == 0 or article.sentences[k - 1].block != claim.block or not continues_previous(plain(claim.text)):
        return False
    return k - 1 in _cited_sentences(article)


@per_article
def _cited_sentences(article: Article) -> tuple[int, ...]:
    """The sentence indices of the cited claims, in order (claims are in document order)."""
    return tuple(sorted({sentence for sentence, _ in _cited(article)}))


def after_publication(article: Article, need: Need) -> bool:
    """A dated claim whose date comes after the article's: a schedule or a plan, not a record."""
    published = article.dating.day
    if need.reason != "historical" or published is None:
        return False
    return any(first > published for _, (first, _last) in periods_in(need.evidence, None))


def sourced_elsewhere(article: Article, claim: Claim) -> bool:
    """The claim's paragraph or item points at the document's own detail further on (which cites a source after the
    pointer), opened a made-up example or a first-hand observation before it, or the claim speaks of a source cited
    before it in its section. Only the sentences up to ``NEARBY`` before or after the claim are read."""
    sentences = article.sentences
    first, last = max(0, claim.sentence - NEARBY), claim.sentence + NEARBY
    ahead = _within(_points_ahead(article), first, last)
    if ahead:
        unit = set(claim_unit(article, claim.block))
        cited = _cited_sentences(article)
        # the detail it points at is sourced: a cited sentence follows the pointer ("Read more below" over a guide's
        # uncited sections sources nothing)
        if any(sentences[k].block in unit and cited and cited[-1] > k for k in ahead):
            return True
    for k in _within(_examples_in(article, claim.block), first, last):
        if sentences[k].start <= claim.start:
            return True
    if not refers_to_source(plain(claim.text)):
        return False
    blocks = article.document.blocks
    cited = _cited_sentences(article)
    before = bisect.bisect_left(cited, claim.sentence)
    if not before:
        return False
    last_cited = cited[before - 1]
    return not any(blocks[b].kind == "heading" for b in range(sentences[last_cited].block, claim.block + 1))


NEARBY = 40
"""A pointer ahead or an example's opening counts for the claims up to this many sentences from it."""


def _within(indices: tuple[int, ...], first: int, last: int) -> tuple[int, ...]:
    """The sorted ``indices`` from ``first`` up to, not including, ``last``."""
    return indices[bisect.bisect_left(indices, first) : bisect.bisect_left(indices, last)]


def _examples_in(article: Article, block: int) -> tuple[int, ...]:
    """The indices of the sentences of ``block`` that open a made-up example or a first-hand observation, in
    order: read once per block, for the blocks that have a claim to ask about (each claim of a long paragraph
    read the 40 sentences before it again)."""
    known = _opens_example(article)
    found = known.get(block)
    if found is None:
        sentences = article.sentences
        found = known[block] = tuple(
            k for k in _block_sentences(article).get(block, ()) if opens_example(article.sentence_text(sentences[k]))
        )
    return found


@per_article
def _opens_example(article: Article) -> dict[int, tuple[int, ...]]:
    """Block -> what :func:`_examples_in` found there, filled on first use."""
    return {}


@per_article
def periodical_issue(article: Article) -> bool:
    return is_periodical(article.document)


def lists_cited_paragraph(article: Article, claim: Claim) -> bool:
    """The claim is a point of a list that follows, with nothing between, a paragraph that links its source: the
    list spells out what the paragraph cites ("... what the proposal will provide." and its numbered points),
    whether or not the paragraph ends with a colon."""
    blocks = article.document.blocks
    j = claim.block
    if blocks[j].kind != "list":
        return False
    while j >= 0 and blocks[j].kind == "list":
        j -= 1
    if j < 0 or blocks[j].kind != "paragraph" or blocks[j].group is not None:
        return False
    linked = linked_sentences(article)
    return any(k in linked for k in _block_sentences(article).get(j, ()))


@per_article
def _block_sentences(article: Article) -> dict[int, list[int]]:
    """Block -> the indices of its sentences, in order."""
    found: dict[int, list[int]] = {}
    for k, s in enumerate(article.sentences):
        found.setdefault(s.block, []).append(k)
    return found


@per_article
def _points_ahead(article: Article) -> tuple[int, ...]:
    """The indices of the sentences that point at the document's own detail further on, in order: each claim
    looks up the few near it instead of reading the 80 sentences around it."""
    return tuple(k for k, s in enumerate(article.sentences) if points_ahead(article.sentence_text(s)))
