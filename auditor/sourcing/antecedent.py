"""Where a claim's source stands next to it: a vague lead-in whose source the next sentence names, and a
sentence that points back to a source named just before it.

- **a lead-in** ("Now research shows ...", "Many reports suggest ...", "..., experts say."), a sweeping claim
  with no figure of its own ("Advocacy groups estimated that a 9% increase ..." is a claim, not a lead-in), is
  sourced when the sentence right after it names a source of the lead-in's kind, on the same subject: a
  document (linked, or a study, report or journal with the name of its publisher: "The study is published in
  the New England Journal of Medicine") for "studies", "research", "reports"; a named person or organisation
  speaking for "experts", "critics", "analysts". A link about something else, or a speaker on another matter,
  leaves the lead-in unsourced;
- **reports named just before** ("From The New York Times to CNN, publications have carried the news. According
  to reports, the bar ...") are the reports a vague reference in the next sentence of the paragraph means;
- **a pointer back** ("It found ...", "The study shows ...", "The researchers say ...") inherits the source
  of the sentence before it in its paragraph, or of the sentence right before its paragraph, when that one
  names or links a document.

- **a speaker of the article**: a view put on someone ("Mr. Frankel warns that ...") whom the article quotes by
  name elsewhere is the writer's paraphrase of their own source;
- **a vague attribution in the sentence** ("according to employee reports", "according to a 2024 survey") points
  at a source of the claim's own without naming it: such a figure is no one's testimony but an outside source's;
- **a link in the paragraph**: a claim that names what a link in its paragraph is about, or a publication whose
  site the article links to, has that page for its source.

What counts as a document's name is data (``institution_words`` in ``need.json``), never wording of one text.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from auditor import urls
from auditor.article import Article, per_article
from auditor.citations import Marker
from auditor.knowledge import load
from auditor.model import Claim
from auditor.phrases import alternation, words_of
from auditor.scope import spreads
from auditor.sourcing.need import Need
from auditor.sourcing.voice import (
    continues_previous,
    name_tokens,
    names_in,
    names_its_agent,
    refers_back,
    refers_to_source,
    reports_speech,
    unnamed_heads,
    unnamed_source,
    unquoted,
)
from auditor.text import stems

SHARED_STEMS = 1
"""A lead-in and the next sentence are about the same subject when they share this many key-term stems (besides
the words of the lead-in itself), or the next sentence points back at it ("The study ...", "They ...")."""


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """(heads that stand for documents, nouns of a document)."""
    data = load("need")
    return frozenset(data["unnamed_document_heads"]), frozenset(data["document_nouns"])


def names_publisher(text: str, known: frozenset[str]) -> bool:
    """The sentence names a document and its publisher: a document noun ("study", "report", "journal") and who
    made it (:func:`auditor.sourcing.voice.names_its_agent`: "by Reuters", "the New England Journal of Medicine")."""
    nouns = _lexicon()[1]
    if nouns.isdisjoint(words_of(text)):
        return False
    return names_its_agent(text, known) or _outlets().search(text) is not None


@cache
def _outlets() -> re.Pattern[str]:
    """The names of news outlets (``outlets.json``): a news outlet publishes what it reports."""
    return re.compile(rf"\b(?:{alternation(load('outlets')['outlets'])})\b")


def names_document(article: Article, k: int, cited: Collection[int], known: frozenset[str]) -> bool:
    """Sentence ``k`` links a source (is one of ``cited``, the sentences with a link, footnote or reference: an
    attribution "according to residents" names people, not a document), or names a document and its publisher."""
    if k in cited:
        return True
    return names_publisher(article.sentence_text(article.sentences[k]), known)


def _next_sentence(article: Article, k: int) -> int | None:
    """The sentence after ``k`` in its paragraph, or the first of the next block when ``k`` ends its own."""
    sentences = article.sentences
    if k + 1 >= len(sentences):
        return None
    blocks = article.document.blocks
    following = sentences[k + 1].block
    same = following == sentences[k].block
    return k + 1 if same or (following == sentences[k].block + 1 and blocks[following].kind == "paragraph") else None


def lead_in_sourced(
    article: Article, k: int, unnamed: str, cited: Collection[int], known: frozenset[str]
) -> bool:
    """The claim of sentence ``k`` points at a source without naming it (``unnamed``: "research shows"), and the
    next sentence names a source of that kind on the same subject (see the module docstring)."""
    nxt = _next_sentence(article, k)
    if nxt is None:
        return False
    own = stems(article.sentence_text(article.sentences[k])) - stems(unnamed)
    if _names_its_source(article, k, nxt, unnamed, own, cited, known, pointing=True):
        return True
    # A standfirst sums up the story below it: its "experts say" is sourced by who speaks further down.
    return any(
        _names_its_source(article, k, j, unnamed, own, cited, known, pointing=False)
        for j in _story_after_standfirst(article, k)
    )


def _names_its_source(
    article: Article,
    k: int,
    j: int,
    unnamed: str,
    own: Collection[str],
    cited: Collection[int],
    known: frozenset[str],
    *,
    pointing: bool,
) -> bool:
    """Sentence ``j`` names a source of the kind ``unnamed`` points at (of sentence ``k``, whose other key terms
    are ``own``), on the same subject (or, next to it and ``pointing``, it points back: "The study ...")."""
    text = article.sentence_text(article.sentences[j])
    documents = _lexicon()[0]
    heads = {w.lower() for w in unnamed.split()}
    if not (names_document(article, j, cited, known) if heads & documents else _speaks(text, known)):
        return False
    if pointing and (refers_to_source(text) or continues_previous(text)):
        return True
    return len(stems(text).intersection(own)) >= SHARED_STEMS


STANDFIRST_SENTENCES = 4
"""A standfirst (the summary above a story) is its first paragraph of at most this many sentences ..."""
STORY_SENTENCES = 40
"""... and the story it sums up is read this far for who speaks."""


def _story_after_standfirst(article: Article, k: int) -> range:
    """The sentences of the story below sentence ``k`` when ``k`` stands in the story's standfirst, else none."""
    standfirst = _standfirst(article)
    if standfirst is None or not standfirst[0] <= k < standfirst[1]:
        return range(0)
    end = standfirst[1]
    return range(end, min(len(article.sentences), end + STORY_SENTENCES))


@per_article
def _standfirst(article: Article) -> tuple[int, int] | None:
    """The sentences [start, end) of the article's first paragraph, when it is short enough to be a standfirst."""
    sentences, blocks = article.sentences, article.document.blocks
    start = next((k for k, s in enumerate(sentences) if blocks[s.block].kind == "paragraph"), None)
    if start is None:
        return None
    end, block = start, sentences[start].block
    while end < len(sentences) and sentences[end].block == block and end - start <= STANDFIRST_SENTENCES:
        end += 1
    return (start, end) if end - start <= STANDFIRST_SENTENCES else None


def named_before(article: Article, k: int, unnamed: str, cited: Collection[int], known: frozenset[str]) -> bool:
    """The claim of sentence ``k`` points at documents without naming them ("According to reports, ...") right
    after a sentence of its paragraph that names or links them ("From The New York Times to CNN, publications
    have carried the news"), on the same subject: the reports are those."""
    if k == 0 or article.sentences[k - 1].block != article.sentences[k].block:
        return False
    if not {w.lower() for w in unnamed.split()} & _lexicon()[0] or not names_document(article, k - 1, cited, known):
        return False
    own = stems(article.sentence_text(article.sentences[k])) - stems(unnamed)
    return len(own & stems(article.sentence_text(article.sentences[k - 1]))) >= SHARED_STEMS


def _speaks(text: str, known: frozenset[str]) -> bool:
    """A named person or organisation speaks in the sentence ("said Ana Ruiz, an economist at ...")."""
    return reports_speech(unquoted(text), known, by_name=True)


def points_back_to_source(article: Article, k: int, text: str, cited: Collection[int], known: frozenset[str]) -> bool:
    """The claim of sentence ``k`` (``text``) points back ("It found ...", "The study shows ...") to the sentence
    before it in its paragraph, or the one right before its paragraph, and that sentence names or links a
    document."""
    if k == 0 or not (continues_previous(text) or refers_to_source(text)):
        return False
    sentences = article.sentences
    block = sentences[k].block
    j = k - 1
    while j >= 0 and sentences[j].block == block:
        if names_document(article, j, cited, known):
            return True
        j -= 1
    opens = j == k - 1 and article.document.blocks[sentences[j].block].kind == "paragraph"
    return opens and names_document(article, j, cited, known)


def speaks_elsewhere(article: Article, claim: Claim, need: Need, known: frozenset[str]) -> bool:
    """The person a view is put on ("Mr. Frankel warns that ...") speaks by name in another sentence of the
    article ("said Jeffrey Frankel, a Harvard economist"): the writer paraphrases their own source."""
    holder = name_tokens(need.evidence)
    speakers = _speakers(article, known)
    return bool(holder) and any(k != claim.sentence for k in speakers.get(holder[-1], ()))


def _speakers(article: Article, known: frozenset[str]) -> dict[str, list[int]]:
    """Word of a name -> the prose sentences in which a speaker named with it speaks ("Frankel said"): read once
    per article, when a claim first puts a view on someone."""
    found = _speakers_of(article)
    if found:
        return found
    blocks = article.document.blocks
    found[""] = []  # read (no name is empty): an article with no speaker is not read again
    for k, s in enumerate(article.sentences):
        if blocks[s.block].kind != "paragraph":
            continue
        text = unquoted(article.sentence_text(s))
        if reports_speech(text, known, by_name=True):
            for token in {t for name in names_in(text, known) for t in name_tokens(name)}:
                found.setdefault(token, []).append(k)
    return found


@per_article
def _speakers_of(article: Article) -> dict[str, list[int]]:
    """What :func:`_speakers` found, filled on first use."""
    return {}


@per_article
def _link_names(article: Article) -> dict[int, list[str]]:
    """Block -> the texts of the links in it: what the block points a reader at."""
    found: dict[int, list[str]] = {}
    for citation, marker in zip(article.citations, article.markers, strict=True):
        if marker.kind in ("link", "reference", "url") and marker.url:
            found.setdefault(marker.block, []).append(citation.text)
    return found


def about_linked(article: Article, claim: Claim, worded: bool, names: list[str]) -> bool:
    """The claim names what a link in its paragraph is about ("[FLC Business site](...) ... FLC Business is a
    single place for ..."), or the site the article links to elsewhere ("he wrote in a Medium post", with a
    medium.com link above): that page is its source."""
    for text in _link_names(article).get(claim.block, ()):
        linked = set(name_tokens(text))
        if any(len(set(name_tokens(name)) & linked) >= NAME_OVERLAP for name in names):
            return True
    if not worded:
        return False  # only words taken from a publication are traced to its site; "Twitter laid off" is not
    sites = _linked_sites(article)
    return any(t.lower() in sites for name in names for t in name_tokens(name))


@per_article
def _linked_sites(article: Article) -> frozenset[str]:
    """The names of the sites the article links to ("medium" for https://medium.com/@x/post)."""
    found = set()
    for marker in article.markers:
        if marker.url and marker.kind in ("link", "reference", "url"):
            host = (urls.split(marker.url).hostname or "").lower().removeprefix("www.")
            if host.count(".") >= 1:
                found.add(host.split(".")[-2])
    return frozenset(found)


NAME_OVERLAP = 2
"""A name shares this many words with a link's text to be what the link is about."""


def vague_attribution(article: Article, claim: Claim, markers: list[Marker]) -> str | None:
    """The words of a vague attribution in the claim's own sentence whose source is a research or people noun
    ("according to employee reports", "industry analysts say"); not a named one ("according to Census
    estimates"), nor anonymous sourcing ("according to officials"), which is journalism's own practice."""
    heads = unnamed_heads()
    for m in markers:
        if m.kind == "attribution" and m.vague and claim.start <= m.start < claim.end:
            words = m.text.split()
            before = article.document.text[max(claim.start, m.start - _BEFORE_MARKER) : m.start].split()[-1:]
            head = words[-1].lower() if words else ""
            if head not in heads and f"{head}s" not in heads:  # "a 2024 survey" is one of "surveys"
                continue
            if refers_back((before + words)[0]) or refers_back(words[0]):
                continue  # "according to their web analytics data", "the study shows": a source named before
            if not any(w[:1].isupper() for w in words[:-1]):
                return article.document.text[m.start : m.end]
    return None


def names_no_one(markers: list[Marker], text: str, known: frozenset[str]) -> bool:
    """The claim's only source is an attribution that, read with the article's names, names no one: a capital
    that opens the sentence is no name ("Independent analysts estimate ..."). Other citations still source it."""
    if any(m.kind != "attribution" for m in markers if spreads(m)):
        return False
    unnamed = unnamed_source(text, known)
    return unnamed is not None and all(m.text in unnamed for m in markers if spreads(m))


def unnamed_credit(marker: Marker) -> bool:
    """An attribution to a source it does not name: vague, and no capitalised word ("a 2024 survey", "one
    estimate"; not "Census estimates")."""
    return marker.kind == "attribution" and marker.vague and not any(w[:1].isupper() for w in marker.text.split())


_BEFORE_MARKER = 12
"""Characters read before an attribution for a determiner that refers back ("the study shows")."""
