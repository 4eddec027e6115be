"""The analysed article: the document with its sentences, claims and citations, ready for the rules.

``analyse`` runs the stages between loading and checking::

    artifacts (boilerplate, chrome) -> segment -> citations -> claims -> attachment

Attachment rule (documented in the README): a citation supports the sentence
it stands in (markers right after the full stop belong to the sentence
before). A sentence made only of citations ("Source: [Pew](...)") supports the
sentence before it; when it closes its paragraph, it supports every claim of
that paragraph that has no citation of its own.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property, wraps
from typing import TypeVar
from weakref import WeakKeyDictionary

from auditor.artifacts import Artifacts, find_artifacts
from auditor.citations import Marker, find_markers
from auditor.claims import CHECK_WORTHY_THRESHOLD, check_worthiness, claim_kinds
from auditor.dating import Dating, infer_date
from auditor.model import Citation, Claim, Document, Sentence
from auditor.segment import sentence_spans
from auditor.text import stopwords

MIN_CLAIM_WORDS = 4
"""Shorter sentences ("Subscribe now.") are not statements worth a claim."""
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?])")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_CITATION_KINDS_CUT = frozenset({"placeholder", "empty", "numbered", "footnote"})
_TRAILING = set(" \t\n.,;:!?)]}\"'”’")


T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class Article:
    """Everything the rules look at. Built once per document by :func:`analyse`."""

    document: Document
    artifacts: Artifacts
    sentences: tuple[Sentence, ...]
    claims: tuple[Claim, ...]
    citations: tuple[Citation, ...]
    markers: tuple[Marker, ...]
    """The citations' details (``defined``, ``vague``), index for index with ``citations``."""
    dating: Dating
    """When the article was written, as far as it tells."""

    @cached_property
    def claim_by_id(self) -> dict[str, Claim]:
        """Claims by id."""
        return {c.id: c for c in self.claims}

    @cached_property
    def citation_by_id(self) -> dict[str, tuple[Citation, Marker]]:
        """Citations (with their markers) by id."""
        return {c.id: (c, m) for c, m in zip(self.citations, self.markers, strict=True)}

    def citations_of(self, claim: Claim) -> list[tuple[Citation, Marker]]:
        """The citations attached to a claim."""
        return [self.citation_by_id[i] for i in claim.citations]

    def sentence_text(self, sentence: Sentence) -> str:
        """The body text of a sentence."""
        return self.document.text[sentence.start : sentence.end]


def per_article(compute: Callable[[Article], T]) -> Callable[[Article], T]:
    """Compute something of an article once for all the rules that need it; the result lives as long as
    the article does."""
    results: WeakKeyDictionary[Article, T] = WeakKeyDictionary()

    @wraps(compute)
    def cached(article: Article) -> T:
        if article not in results:
            results[article] = compute(article)
        return results[article]

    return cached


def analyse(doc: Document, assume_published: datetime.date | None = None) -> Article:
    """Split a loaded document into sentences, claims and citations (``assume_published``: the date to
    take when the document gives none, from the configuration)."""
    artifacts = find_artifacts(doc)
    sentences = _sentences(doc, artifacts)
    markers = find_markers(doc, artifacts)
    dating = infer_date(doc, (m.url for m in markers if m.url))
    if dating.day is None and assume_published is not None:
        dating = Dating(assume_published, None, "config")
    if dating.day and not doc.published:
        doc = replace(doc, published=dating.day.isoformat(), published_from=dating.source)
    starts = [s.start for s in sentences]
    in_sentence: dict[int, list[int]] = defaultdict(list)
    for n, marker in enumerate(markers):
        k = bisect_right(starts, marker.start) - 1
        if k >= 0 and sentences[k].block == marker.block:
            in_sentence[k].append(n)
    claims: list[Claim] = []
    claim_of: dict[int, int] = {}
    for k, sentence in enumerate(sentences):
        if doc.blocks[sentence.block].kind == "heading":
            continue
        text = _claim_text(doc.text, sentence, [markers[n] for n in in_sentence.get(k, ())])
        if len(text.split()) < MIN_CLAIM_WORDS:
            continue
        score = round(check_worthiness(text), 4)
        claim_of[k] = len(claims)
        claims.append(
            Claim(
                id=f"c{len(claims) + 1}",
                text=text,
                start=sentence.start,
                end=sentence.end,
                sentence=k,
                block=sentence.block,
                score=score,
                check_worthy=score >= CHECK_WORTHY_THRESHOLD,
                kinds=claim_kinds(text),
            )
        )
    supports = _attach(sentences, in_sentence, claim_of, claims)
    citations = tuple(
        Citation(
            id=f"r{n + 1}",
            kind=m.kind,
            url=m.url,
            text=m.text,
            start=m.start,
            end=m.end,
            claims=tuple(claims[c].id for c in sorted(supports[n])),
            label=m.label,
        )
        for n, m in enumerate(markers)
    )
    cited_by: dict[int, list[int]] = defaultdict(list)
    for n, claim_indexes in supports.items():
        for c in claim_indexes:
            cited_by[c].append(n)
    final = tuple(
        replace(c, citations=tuple(citations[n].id for n in sorted(cited_by[i]))) if i in cited_by else c
        for i, c in enumerate(claims)
    )
    return Article(doc, artifacts, sentences, final, citations, tuple(markers), dating)


def _sentences(doc: Document, artifacts: Artifacts) -> tuple[Sentence, ...]:
    found: list[Sentence] = []
    for index, block in enumerate(doc.blocks):
        if index not in artifacts.excluded:
            found.extend(Sentence(s, e, index) for s, e in sentence_spans(doc.text, block.start, block.end))
    return tuple(found)


def _claim_text(body: str, sentence: Sentence, markers: list[Marker]) -> str:
    """The sentence as a claim: citation markers and trailing citation links cut out, spacing tidied."""
    cuts = [
        (m.start, m.end)
        for m in markers
        if m.kind in _CITATION_KINDS_CUT or (m.kind in ("link", "reference", "url") and _is_trailing(body, m, sentence))
    ]
    if cuts:
        pieces, pos = [], sentence.start
        for start, end in sorted(cuts):
            if start >= pos:
                pieces.append(body[pos:start])
                pos = end
        pieces.append(body[pos : sentence.end])
        text = "".join(pieces)
    else:
        text = body[sentence.start : sentence.end]
    # The patterns run only when their characters are there: this is done for every sentence.
    if "()" in text or "[]" in text or "( " in text or "[ " in text:
        text = _EMPTY_BRACKETS.sub("", text)
    text = " ".join(text.split())
    if " ." in text or " ," in text or " ;" in text or " :" in text or " !" in text or " ?" in text:
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return text


def _is_trailing(body: str, marker: Marker, sentence: Sentence) -> bool:
    """A link that closes its sentence cites it ("... the cuts [Reuters](...).", "... cuts ([AP](...))"),
    unless the words before make it part of the prose ("... according to the [county archive](...).")."""
    if not all(ch in _TRAILING for ch in body[marker.end : sentence.end]):
        return False
    before = body[max(sentence.start, marker.start - 40) : marker.start]
    if before.endswith(("(", "[")):
        return True
    words = before.split()
    return bool(words) and before[-1:].isspace() and words[-1].lower().strip(",") not in stopwords()


def _attach(
    sentences: tuple[Sentence, ...],
    in_sentence: dict[int, list[int]],
    claim_of: dict[int, int],
    claims: list[Claim],
) -> dict[int, set[int]]:
    """Citation index -> indexes of the claims it supports."""
    supports: dict[int, set[int]] = defaultdict(set)
    # The nearest claim sentence before each sentence in its block (-1: none), found in one pass: walking back
    # from every citation-only sentence would cost a long paragraph's length each time.
    nearest: list[int] = []
    last = -1
    for k, sentence in enumerate(sentences):
        if k and sentences[k - 1].block != sentence.block:
            last = -1
        nearest.append(last)
        if k in claim_of:
            last = k
    for k, marker_indexes in in_sentence.items():
        if k in claim_of:
            for n in marker_indexes:
                supports[n].add(claim_of[k])
            continue
        # A sentence of citations only: it supports the sentence before it, or its whole paragraph when it closes it.
        block = sentences[k].block
        if nearest[k] < 0:
            continue
        closes = k + 1 >= len(sentences) or sentences[k + 1].block != block
        if closes:  # the last sentence of its block: once per block, so the walk back stays linear overall
            previous, j = [], nearest[k]
            while j >= 0:
                previous.append(j)
                j = nearest[j]
            targets = [claim_of[j] for j in previous if not in_sentence.get(j)]
        else:
            targets = []
        for n in marker_indexes:
            supports[n].update(targets or [claim_of[nearest[k]]])
    return supports
