"""The analysed article: the document with its sentences, claims and citations, ready for the rules.

``analyse`` runs the stages between loading and checking::

    artifacts (boilerplate, chrome) -> segment -> citations -> claims -> attachment

Which claims a citation supports (sentence, paragraph, list item, table row,
lead-in, ``Source:`` line) is :mod:`auditor.scope`'s rule, documented there and
in the README.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property, wraps
from typing import TypeVar, cast

from auditor.anaphora import resolve
from auditor.artifacts import Artifacts, find_artifacts
from auditor.body_spans import Spans
from auditor.citations import Marker, find_markers
from auditor.claims import CHECK_WORTHY_THRESHOLD, check_worthiness, claim_kinds
from auditor.dating import HEAD, Dating, dateline_end, infer_date
from auditor.form import Form, form_of
from auditor.load.front_matter import front_matter
from auditor.memos import trim
from auditor.model import Citation, Claim, Document, Sentence
from auditor.reading import reading
from auditor.scope import SourceLine, attach, is_trailing, source_lines
from auditor.segment import sentence_spans

MIN_CLAIM_WORDS = 4
WORDS_KEPT = 2048
"""The sentences' readings (:func:`auditor.reading.reading`: words, quotations, names) kept from earlier documents
when a new one is analysed:
enough for a document audited again after an edit (a 35 KB article reads ~220 texts' words), few enough that a
process auditing many (check mode's workers) does not hold 32,768 texts' words for ever (~90 MiB over the bench
corpora). The memo is emptied when it holds more."""
"""Shorter sentences ("Subscribe now.") are not statements worth a claim."""
_SPACES_BEFORE_PUNCT = tuple((" " + p, p) for p in ".,;:!?")
"""A space before punctuation, and the punctuation alone: the claim text's spacing is single spaces by then,
so ``str.replace`` does what the pattern ``\\s+([.,;:!?])`` did, without running a pattern per sentence."""
_EMPTY_BRACKETS = re.compile(r"(?<![\w\])])(?:\(\s*\)|\[\s*\])")
"""An emptied marker; one glued to a word (``compile()``, ``args[]``) is code and stays."""
_STRAY_PUNCT = re.compile(
    r"(?<=\.)[,;:]\.(?=\s|$)|[,;:](?=[.!?,;](?:\s|$))|\s*\(\s*(?:[,;]\s*)+\)|\s*[,;]\s*(?=\))"
)
"""Punctuation left where citations were cut: a comma, semicolon or colon before other punctuation
("in 2023, [1]." -> "in 2023,."; "e.g., [x]." -> "e.g.,."), brackets that held only a list of links."""
_STRAY_PUNCT_NEEDS = re.compile(r"[,;:](?:[.!?,;]|(?<=[,;]) ?\))")
"""What ``_STRAY_PUNCT`` cannot match without in single-spaced text: ``,;:`` before other punctuation, or ``,;``
before a ``)`` (at most one space between). It starts with a character class, so ``re`` skips to those
characters; ``_STRAY_PUNCT``, whose branches begin with a look-behind and ``\\s*``, tries every position."""
_CITATION_KINDS_CUT = frozenset({"placeholder", "empty", "numbered", "footnote"})


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
    form: Form
    """Which parts are a conversation or release notes (see :mod:`auditor.form`)."""
    computed: dict[Callable[[Article], object], object] = field(default_factory=dict, init=False, repr=False)
    """What :func:`per_article` functions computed of this article, by function."""

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
        if not claim.citations:  # most claims: the rules ask for every claim's citations
            return []
        by_id = self.citation_by_id
        return [by_id[i] for i in claim.citations]

    def sentence_text(self, sentence: Sentence) -> str:
        """The body text of a sentence."""
        return self.document.text[sentence.start : sentence.end]


_MISSING = object()


def per_article(compute: Callable[[Article], T]) -> Callable[[Article], T]:
    """Compute something of an article once for all the rules that need it; the result is kept in the
    article (``Article.computed``) and lives as long as it does. Rules ask for these for every claim they
    read: a look-up in the article's own dictionary, where a weak-keyed one made a weak reference each time."""

    @wraps(compute)
    def cached(article: Article) -> T:
        computed = article.computed
        found = computed.get(compute, _MISSING)  # one look-up, not two
        if found is _MISSING:
            found = computed[compute] = compute(article)
        return cast(T, found)

    return cached


def analyse(doc: Document, assume_published: datetime.date | None = None) -> Article:
    """Split a loaded document into sentences, claims and citations (``assume_published``: the date to
    take when the document gives none, from the configuration)."""
    if reading.cache_info().currsize > WORDS_KEPT:
        reading.cache_clear()
    trim()  # the other per-text memos (auditor.memos): a long document's entries go
    form = form_of(doc)
    artifacts = find_artifacts(doc, form.spoken)
    sentences = _sentences(doc, artifacts)
    lines = source_lines(doc, artifacts.excluded)
    markers = resolve(_with_named_sources(doc, find_markers(doc, artifacts), lines))
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
    # Each claim's sentence, text and score first: its citations are known only after attach(), and building
    # each Claim once, with them, spares a dataclasses.replace per cited claim.
    read: list[tuple[int, Sentence, str, float, tuple[str, ...]]] = []
    claim_of: dict[int, int] = {}
    for k, sentence in enumerate(sentences):
        if doc.blocks[sentence.block].kind == "heading" or sentence.block in lines or sentence.block in form.choices:
            continue  # a heading, a source line, an option of a form: not claims
        text = _claim_text(doc.text, sentence, [markers[n] for n in in_sentence.get(k, ())])
        if len(text.split(None, MIN_CLAIM_WORDS - 1)) < MIN_CLAIM_WORDS:  # counts words up to the fourth only
            continue
        claim_of[k] = len(read)
        score = round(check_worthiness(text), 4)
        read.append((k, sentence, text, score, claim_kinds(text)))  # kinds right after: the tokens are memoised
    supports = attach(doc, sentences, markers, in_sentence, claim_of, lines)
    claim_ids = [f"c{i + 1}" for i in range(len(read))]  # made once, not once per citation of the claim
    citations = tuple(
        Citation(
            id=f"r{n + 1}",
            kind=m.kind,
            url=m.url,
            text=m.text,
            start=m.start,
            end=m.end,
            claims=tuple(map(claim_ids.__getitem__, sorted(supports[n]))),
            label=m.label,
        )
        for n, m in enumerate(markers)
    )
    cited_by: dict[int, list[int]] = defaultdict(list)
    for n, claim_indexes in supports.items():
        for c in claim_indexes:
            cited_by[c].append(n)
    final = tuple(
        Claim(
            id=claim_ids[i],
            text=text,
            start=sentence.start,
            end=sentence.end,
            sentence=k,
            block=sentence.block,
            score=score,
            check_worthy=score >= CHECK_WORTHY_THRESHOLD,
            kinds=kinds,
            citations=tuple(citations[n].id for n in sorted(cited_by[i])) if i in cited_by else (),
        )
        for i, (k, sentence, text, score, kinds) in enumerate(read)
    )
    return Article(doc, artifacts, sentences, final, citations, tuple(markers), dating, form)


def _sentences(doc: Document, artifacts: Artifacts) -> tuple[Sentence, ...]:
    found: list[Sentence] = []
    # Lines are wrapped in what was written (Markdown, text): judge them there. An HTML page's lines are
    # its markup's, and its body's line breaks are elements (<br>), so its body is judged as it reads.
    written = (doc.raw, doc.offsets.to_raw) if doc.format != "html" else None
    verbatim = Spans(doc.verbatim)
    for index, block in enumerate(doc.blocks):
        if index in artifacts.excluded:
            continue
        spans = _whole_code(sentence_spans(doc.text, block.start, block.end, written), verbatim)
        if spans and block.start < HEAD:  # a news dateline opening the story is not part of its first sentence
            first_start, first_end = spans[0]
            spans[0] = (min(dateline_end(doc.text, first_start), first_end), first_end)
        found.extend(Sentence(s, e, index) for s, e in spans if e > s)
    return tuple(found)


def _whole_code(spans: list[tuple[int, int]], verbatim: Spans) -> list[tuple[int, int]]:
    """``spans`` with no sentence ending inside code or math: "The `time.Sleep` call ..." is one sentence,
    whatever the period in the code looks like to the segmenter."""
    joined = spans[:1]
    for start, end in spans[1:]:
        if verbatim.covers(joined[-1][1] - 1, start + 1):  # the cut between the two lies inside one code span
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _claim_text(body: str, sentence: Sentence, markers: list[Marker]) -> str:
    """The sentence as a claim: citation markers and trailing citation links cut out, spacing tidied."""
    cuts = [
        (m.start, m.end)
        for m in markers
        if m.kind in _CITATION_KINDS_CUT
        or (m.kind in ("link", "reference", "url") and is_trailing(body, m, sentence) and not _prose_link(body, m))
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
    cut = bool(cuts)
    if "()" in text or "[]" in text or "( " in text or "[ " in text:
        text, emptied = _EMPTY_BRACKETS.subn("", text)
        cut = cut or emptied > 0
    text = " ".join(text.split())
    for spaced, punct in _SPACES_BEFORE_PUNCT:
        if spaced in text:
            text = text.replace(spaced, punct)
    # Only where something was cut: punctuation the author wrote stays.
    if cut and any(c in text for c in ",;:") and _STRAY_PUNCT_NEEDS.search(text):
        text = _STRAY_PUNCT.sub("", text)
    return text


def _prose_link(body: str, marker: Marker) -> bool:
    """A link whose words are the sentence's own: lower-case words that go on from the word before them ("are
    offering [significantly more generous leave policies](...)."), not a source's name, a label, a bracketed
    citation or an attribution set off by a comma ("[Reuters](...)", "([source](...))", ", [according to the
    filing](...)"). Its words stay in the claim."""
    words = body[marker.start : marker.end].split()
    before = body[max(0, marker.start - 2) : marker.start]
    return len(words) > 1 and words[0][:1].islower() and before[-1:].isspace() and before[:1].isalnum()


def _with_named_sources(doc: Document, markers: list[Marker], lines: dict[int, SourceLine]) -> list[Marker]:
    """The markers, and the source each ``Source:`` line names in words only (no link, no marker in it):
    "Source: Bureau of Labor Statistics" is a named attribution."""
    marked = {m.block for m in markers}
    named = [
        Marker("attribution", None, line.name, line.name_start, line.name_start + len(line.name), index,
               vague=not any(w[:1].isupper() for w in line.name.split()))
        for index, line in lines.items()
        if index not in marked and line.name
    ]
    return sorted([*markers, *named], key=lambda m: (m.start, m.end)) if named else markers


@per_article
def front_fields(article: Article) -> Mapping[str, str]:
    """The Markdown front matter's simple ``key: value`` fields (empty for other formats), read once per article
    for every reader that asks (:mod:`auditor.genres.bulletin`, :mod:`auditor.compare.summaries`)."""
    doc = article.document
    return front_matter(doc.raw)[1] if doc.format == "markdown" else {}
