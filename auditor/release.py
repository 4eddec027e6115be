"""A corporate press release and its issuer: the company that announces its own figures is their source.

A press release states the issuer's own decisions and results (a dividend, a buyback, a quarter's sales):
an editor does not ask it to cite them, the issuer is the source. The release is read from its form, never
from its wording:

- **the announcement**: its first paragraph opens, after an optional dateline ("SPRINGFIELD, Ohio, May 4,
  2026 --", "BERLIN--(WIRE)--"), with a name and an announcement verb ("Valley Rail Inc. today announced");
  the name is the issuer;
  or with the issuer telling its own feelings about its news ("Valley Rail is pleased to announce", "The museum
  is proud to host ..."), which a report of the news would attribute;
- and one more sign that the issuer wrote the page: a media contact block ("Press Contact:", "Investor
  Relations"), an "About <issuer>" section (:func:`auditor.checks.unsourced.declared_writer`), or the page's
  head naming the issuer as its publisher (:mod:`auditor.publisher`); after an opening of feelings, also one of
  the issuer's own people quoted as such ("Jane Roe, Valley Rail's chief engineer, said": :mod:`auditor.newsroom`).

A news story that reports an announcement has neither a contact block nor the issuer's name in its head: it is
not a release. :func:`issuer` gives the words of the issuer's name, for the checks that treat the writer's own
testimony as sourced.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article
from auditor.dating import HEAD
from auditor.knowledge import load
from auditor.newsroom import same_organisation as _same
from auditor.newsroom import staff
from auditor.phrases import alternation
from auditor.publisher import publisher
from auditor.voice import name_tokens

CONTACT_MAX_CHARS = 400
"""A contact block is a few short lines; a longer block that starts with "Media relations" is prose."""

_NAME = r"(?P<name>[A-Z][\w&'’.-]*(?:,?[ \t]+(?:[A-Z][\w&'’.-]*|&|of|and|de)){0,5})"
_TRADEMARK = r"[®™]?"


@cache
def _patterns() -> tuple[re.Pattern[str], frozenset[str]]:
    """(the opening of a release, the contact labels), from ``knowledge/genre.json``."""
    data = load("genre")
    verbs = alternation(data["release_verbs"])
    place = r"[A-Z][A-Z.'-]+(?:[ \t][A-Z][A-Z.'-]+){0,3}(?:,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)?"
    date = r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?(?:[ \t]+\d{4})?"
    dash = r"[ \t]*(?:--|[-–—])[ \t]*"
    wire = r"(?:[ \t]*/[^/\n]{2,40}/|[ \t]*\([^()\n]{2,40}\))?"
    dateline = rf"{place}(?:,?[ \t]+|{dash})(?:(?:{date}){wire}{dash}|{wire}{dash})"
    feelings = alternation(data["release_feelings"])
    opening = re.compile(
        rf"(?:{dateline})?{_NAME}{_TRADEMARK}(?:[ \t]*\([^()\n]{{2,40}}\))?,?[ \t]+"
        rf"(?:(?:(?:today|yesterday|this[ \t]+(?:morning|week))[ \t]+)?(?:{verbs})\b"
        rf"|(?:is|are)[ \t]+(?:(?:very|so|especially|truly)[ \t]+)?(?P<feeling>{feelings})[ \t]+to\b)"
    )
    return opening, frozenset(label.lower() for label in data["contact_labels"])


def _contact_block(article: Article) -> bool:
    """A block in the second half of the document whose first line is a media contact label ("Press Contact:")."""
    doc = article.document
    labels = _patterns()[1]
    for block in doc.blocks[len(doc.blocks) // 2 :]:
        if block.end - block.start > CONTACT_MAX_CHARS:
            continue
        line_end = doc.text.find("\n", block.start, block.end)
        first = doc.text[block.start : block.end if line_end < 0 else line_end]
        if " ".join(first.strip(" \t:*#").lower().split()) in labels:
            return True
    return False


DATE_LINE_MAX_WORDS = 4


def _date_only(text: str) -> bool:
    """A line of a date above the release ("June 2015", "March 3, 2015"): short, with a figure, and no word in lower
    case."""
    words = text.split()
    short = len(words) <= DATE_LINE_MAX_WORDS
    return short and any(c.isdigit() for c in text) and not any(w[0].islower() for w in words)


def issuer(article: Article, about: frozenset[str]) -> frozenset[str]:
    """The words of the name of the company whose press release the document is (see the module docstring);
    empty when it is not one. ``about``: the words of the name its "About" section gives, if any."""
    doc = article.document
    paragraphs = (b for b in doc.blocks if b.kind == "paragraph" and b.start < HEAD)
    first = next((b for b in paragraphs if not _date_only(doc.text[b.start : b.end])), None)
    if first is None:
        return frozenset()
    m = _patterns()[0].match(doc.text, first.start, first.end)
    if not m:
        return frozenset()
    words = frozenset(name_tokens(m["name"]) or [m["name"]])
    if _contact_block(article):
        return words
    if words & about or words & publisher(article)[1]:
        return words
    speakers = (org for s in article.sentences for org in staff(article.sentence_text(s))) if m["feeling"] else ()
    if any(_same(m["name"], org) for org in speakers):
        return words  # "Acme is pleased to announce ..." and Acme's own director quoted
    return frozenset()
