"""in_text: parenthetical in-text citations, the way reports, papers and reference pages name their sources.

Two shapes, read in the prose (never in code):

- **author-date** (APA, Harvard, Chicago): an author or organisation and a year, with an optional locator, several
  joined by ";": "(Okafor, 2019)", "(Lindqvist & Moreau, 2021, p. 14)", "(Okafor et al. 2019a; Brandt 2020)",
  "(Department of Transport 2018: 22)", "(see Okafor, n.d.)". A year after a capitalised word is what such a
  citation looks like, whether or not the article lists its references.
- **author-page** (MLA): an author and a page, "(Brandt 112)", "(Brandt and Moreau 45-47)". "(Route 66)" has the
  same shape, so it counts only when the article names the author: its own list of works does, a block that opens
  with it ("Brandt, Anna. *Rivers of ...*"), or its prose names a person of that surname in full ("the geographer
  Anna Brandt traces ..."), as an essay with no list of works introduces the book it quotes by page.

What is not an author (a month, a season, "founded", "Figure", "Table" ...) is in ``knowledge/in_text.json``.
:func:`in_text_citations` gives spans; :mod:`auditor.citations` makes them named attributions, which support the
claim they close like a link does.

>>> text = "Ridership fell by a third (Okafor, 2019). It was built in 1871 (Spring 1871)."
>>> [text[s:e] for s, e in in_text_spans(text, 0, len(text), frozenset())]
['(Okafor, 2019)']
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from functools import cache

from auditor.knowledge import load
from auditor.model import Document
from auditor.text import stopwords

_PAREN = re.compile(r"\(([^()\n]{4,240})\)")
"""A parenthesis on one line with a short inside: every in-text citation is one (its inside is then read in parts,
each a bounded string, so no input can make the reading slower than linear)."""
_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\."
_PAGES = r"\d{1,4}(?:\s?[-–]\s?\d{1,4})?"
_LOCATOR = rf"(?:,?\s+(?:pp?\.?|paras?\.|ch(?:ap)?\.|sec\.|fig\.|vol\.|at)\s*{_PAGES}|:\s?{_PAGES}|,\s+{_PAGES})"
_DATED = re.compile(rf"(?P<a>[^\d]+?),?\s+(?:{_YEAR})(?:,\s+(?:{_YEAR}))*{_LOCATOR}?")
"""One author-date part: the author's words, then years (", 2019, 2021"), then a locator."""
_PAGED = re.compile(rf"(?P<a>[^\d,]+?)\s+{_PAGES}")
"""One author-page part: the author's words, then a page or a range of pages."""
_OPENER = re.compile(r"(?:see(?:\s+also)?|e\.g\.,?|cf\.?|compare)\s+", re.IGNORECASE)
_ET_AL = re.compile(r"\s+et\s+al\.?$")
_WORD = r"[A-Z][^\W\d_]*(?:[-'’][A-Za-z][^\W\d_]*)*"
"""A capitalised word of a name, hyphens and apostrophes inside ("O'Neill", "Lévy-Brun")."""
_NAME = re.compile(rf"(?:{_WORD}|[A-Z]\.)\.?,?")
_JOINERS = frozenset({"and", "&", "of", "for", "on", "the"})
_PARTICLES = frozenset({"van", "von", "de", "da", "del", "der", "di", "du", "le", "la", "al", "el", "ten", "ter"})
MAX_AUTHOR_WORDS = 10
_CASE = re.compile(r"\s[vV]s?\.\s")
"""The "v." of a case name: the court and year in parentheses after it are the case citation's, read by
:mod:`auditor.sourcing.statutes`."""
CASE_WINDOW = 160


@cache
def _not_names() -> frozenset[str]:
    return frozenset(load("in_text")["not_names"])


def _author(words: str) -> str | None:
    """The lower-case first word of an author written as names ("Okafor", "Lindqvist & Moreau", "van Dijk",
    "Department of Transport", "Okafor, Brandt, and Sato", "Okafor et al."); None when it is no author."""
    words = _ET_AL.sub("", words.strip())
    parts = words.split()
    if not parts or len(parts) > MAX_AUTHOR_WORDS:
        return None
    if parts[0] in ("the", "The") and len(parts) > 1:
        parts = parts[1:]
    first = next((w for w in parts if w not in _PARTICLES), "")
    if not first or not parts[-1][:1].isupper():
        return None
    for w in parts:
        if w not in _JOINERS and w not in _PARTICLES and _NAME.fullmatch(w) is None:
            return None
    name = first.rstrip(".,").lower()
    return None if name in _not_names() else name


def _parts(inside: str) -> list[str]:
    return [_OPENER.sub("", p.strip(), count=1) for p in inside.split(";")]


def in_text_spans(text: str, start: int, end: int, listed: Container[str]) -> Iterator[tuple[int, int]]:
    """The spans of the in-text citations in ``text[start:end]``; ``listed`` holds the lower-case first words of
    the blocks of the article (its list of works, if any), which an author-page citation's author must open
    (:class:`Authors` reads them only when a parenthesis has an author-page shape)."""
    for m in _PAREN.finditer(text, start, end):
        if _CASE.search(text, max(start, m.start() - CASE_WINDOW), m.start()):
            continue  # "Harlan v. Ridge, 612 P.2d 88 (Colo. 1980)": a court and year close a case citation
        parts = _parts(m[1])
        dated = [_DATED.fullmatch(p) for p in parts]
        if all(d is not None and _author(d["a"]) is not None for d in dated):
            yield m.span()
            continue
        paged = [_PAGED.fullmatch(p) for p in parts]
        if all(d is not None and _author(d["a"]) in listed for d in paged) and not _renames(text, m, start):
            yield m.span()


def _renames(text: str, m: re.Match[str], start: int) -> bool:
    """Whether the parenthesis numbers the name right before it, ending in its first word: "the Great Lakes Region
    (Region 5)", "the old highway (Highway 9)" name a thing and its number, no author's page."""
    before = re.search(r"([^\W\d_]+)\W*$", text[max(start, m.start() - 40) : m.start()])
    return before is not None and before[1].lower() == m[1].split()[0].lower()


def listed_words(doc: Document) -> frozenset[str]:
    """The lower-case first word of every block that opens with a capitalised word, a comma and another
    capitalised word ("Brandt, Anna.", "Brandt, A. (2019)"): the authors of a list of works."""
    found = set()
    for block in doc.blocks:
        m = _ENTRY.match(doc.text, block.start, block.end)
        if m:
            found.add(m[1].lower())
    return frozenset(found)


_ENTRY = re.compile(rf"[\s*_>\-+\d.)\[]*({_WORD}),\s+[A-Z]")


def named_surnames(doc: Document) -> frozenset[str]:
    """The lower-case surnames of the people the article's prose names in full, a capitalised given name (maybe an
    initial) then the surname ("Anna Brandt", "Anna K. Brandt"): an author-page citation of that surname names the
    person the article introduced. A given name that is a stop word, or either word one of what is no author
    or of an institution ("The Brandt", "Housing Office"), names no one."""
    stop, no_one = stopwords(), _no_one()
    found = set()
    for m in _FULL_NAME.finditer(doc.text):
        given, surname = m["given"].lower(), m["surname"].lower()
        if given not in stop and given not in no_one and surname not in no_one:
            found.add(surname)
    return frozenset(found)


@cache
def _no_one() -> frozenset[str]:
    """What is no author and the words of an institution, lower case: built once, not once per full name."""
    return _not_names() | frozenset(w.lower() for w in load("need")["institution_words"])


_FULL_NAME = re.compile(rf"(?P<given>[A-Z](?<!\w[A-Z])[a-z]+)\s+(?:[A-Z]\.\s+)?(?P<surname>{_WORD})\b(?!\s+\d)")
"""A given name and a surname in the prose, not followed by a number ("Anna Brandt", not "Route 66" itself). The
capital comes first and the look-behind (no letter, digit or "_" before it: ``\\b``) after it, so that the regex
engine skips to capitals (2.2x faster on the corpora, the same matches)."""


class Authors:
    """The lower-case words an author-page citation's author may be, of one document: :func:`listed_words` and
    :func:`named_surnames`, read on the first question (most articles have no parenthesis of that shape)."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = listed_words(self._doc) | named_surnames(self._doc)
        return word in self._words
